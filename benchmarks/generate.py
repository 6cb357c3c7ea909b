"""Synthetic news articles for the benchmarks: many outlets reporting one of several contested events.

Each article follows the shape of a wire story: a dateline (or a ``date``
header), a lead with the event's place, day and toll, officials with roles,
direct quotes in several mark styles with the speaker before, after or around
the quote, counted numbers (digits and words), relative and absolute dates,
hedges, a denial and a conflicting figure from the other side. Names, places,
numbers and days come from small vocabularies of our own, drawn with a seed,
so a corpus is the same on every run.

    .venv/bin/python benchmarks/generate.py 100 -o /tmp/corpus --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = [
    "Dana",
    "Tomas",
    "Ilse",
    "Rafael",
    "Mirela",
    "Kwame",
    "Sanna",
    "Oskar",
    "Leila",
    "Bruno",
    "Ines",
    "Haruto",
    "Amara",
    "Matteo",
    "Zofia",
    "Emeka",
    "Greta",
    "Farid",
    "Noor",
    "Viggo",
    "Carmen",
    "Anders",
    "Yara",
    "Jonah",
]
LAST = [
    "Okafor",
    "Lindgren",
    "Varga",
    "Moreno",
    "Castellanos",
    "Brandt",
    "Achebe",
    "Sorensen",
    "Halloran",
    "Duval",
    "Kaminski",
    "Oyelaran",
    "Ferreira",
    "Nakamura",
    "Vasquez",
    "Holm",
    "Mbeki",
    "Strand",
    "Quiroga",
    "Albescu",
]
# (country, its people, capital, towns); invented or generic enough to match no real event.
COUNTRIES = [
    ("Norland", "Norlandic", "Vessberg", ["Kallvik", "Ostrava Bay", "Tarnheim", "Lundmark", "Skelde"]),
    ("Carvania", "Carvanian", "Puerto Salas", ["Villarojo", "San Telmo", "Orizaba Alta", "Los Cerros", "Marbella Sur"]),
    ("Estmark", "Estmarkian", "Halden", ["Brekke", "Rostova", "Linnau", "Freyburg", "Arkona"]),
    ("Tessaly", "Tessalian", "Korinos", ["Agia Lena", "Pyrgos Nea", "Melitos", "Kastri", "Argolis"]),
]
OUTLETS = [
    "Northwire",
    "Meridian News",
    "The Daily Ledger",
    "Coastal Herald",
    "Pulse Agency",
    "Global Dispatch",
    "Capital Times",
    "Harbor Post",
]
ROLES = [
    ("Interior Minister", "the interior minister"),
    ("Defence Minister", "the defence minister"),
    ("regional governor", "the regional governor"),
    ("Foreign Ministry spokesperson", "a foreign ministry spokesperson"),
    ("police chief", "the police chief"),
    ("Emergency Services director", "the head of emergency services"),
    ("Deputy Prime Minister", "the deputy prime minister"),
]
AGENCIES = [
    "Interior Ministry",
    "Defence Ministry",
    "Emergency Services Agency",
    "National Police",
    "State Railway",
    "Civil Aviation Authority",
]
# (what happened, the thing, the counted victims, the verb for the blamed side)
EVENTS = [
    ("a train derailment", "the train", "passengers", "sabotaged the tracks"),
    ("a fire at a chemical plant", "the plant", "workers", "ignored safety warnings"),
    ("the collapse of a bridge", "the bridge", "motorists", "skipped repairs"),
    ("a drone strike on a fuel depot", "the depot", "civilians", "launched the drones"),
    ("the sinking of a ferry", "the ferry", "passengers", "overloaded the vessel"),
    ("a clash at a border crossing", "the crossing", "guards", "opened fire first"),
]
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
}
HEDGES = ["reportedly", "allegedly", "according to preliminary data,", "it is believed", "unconfirmed reports say"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True, slots=True)
class Generated:
    name: str
    text: str
    outlet: str
    published: str  # ISO day


@dataclass(frozen=True, slots=True)
class _Event:
    what: str
    thing: str
    victims: str
    blame: str
    country: tuple[str, str, str, list[str]]
    rival: tuple[str, str, str, list[str]]
    town: str
    day: dt.date
    toll: int
    injured: int
    official: tuple[str, str, str]  # name, title-case role, lower-case role
    rival_official: tuple[str, str, str]
    witness: str


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _official(rng: random.Random) -> tuple[str, str, str]:
    title, lower = rng.choice(ROLES)
    return _person(rng), title, lower


def _event(rng: random.Random) -> _Event:
    country, rival = rng.sample(COUNTRIES, 2)
    what, thing, victims, blame = rng.choice(EVENTS)
    return _Event(
        what,
        thing,
        victims,
        blame,
        country,
        rival,
        rng.choice(country[3]),
        dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700)),
        rng.randint(3, 240),
        rng.randint(5, 900),
        _official(rng),
        _official(rng),
        _person(rng),
    )


def _count(rng: random.Random, n: int) -> str:
    """A count as a newspaper writes it: words for small ones sometimes, digits with separators otherwise."""
    if n in NUMBER_WORDS and rng.random() < 0.4:
        return NUMBER_WORDS[n]
    return f"{n:,}"


def _day(rng: random.Random, day: dt.date, published: dt.date) -> str:
    gap = (published - day).days
    forms = [f"on {day:%B} {day.day}", f"on {day.day} {day:%B}", f"on {day:%B} {day.day}, {day.year}"]
    if gap == 1:
        forms.append("yesterday")
    elif 1 < gap < 7:
        forms.append(f"last {WEEKDAYS[day.weekday()]}")
    elif gap == 0:
        forms.append("earlier today")
    return rng.choice(forms)


def _quote(rng: random.Random, words: str, speaker: str, role: str) -> str:
    """``words`` quoted with one of several mark styles and attribution orders."""
    o, c = rng.choice([("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"), ("\u2018", "\u2019")])
    body = words.rstrip(".")
    style = rng.randrange(5)
    if style == 0:
        return f"{o}{body},{c} {speaker}, {role}, said."
    if style == 1:
        return f"{speaker} said: {o}{body}.{c}"
    if style == 2:
        return f"{o}{body},{c} said {speaker}."
    if style == 3:
        first, _, rest = body.partition(", ")
        if rest:
            return f"{o}{first},{c} {speaker} told reporters. {o}{rest[0].upper()}{rest[1:]}.{c}"
        return f"{o}{body},{c} {speaker} told reporters."
    return f"{o}{body},{c} according to {speaker}."


def article(rng: random.Random, ev: _Event, index: int) -> Generated:
    """One outlet's report of ``ev``, a day or a few after it."""
    outlet = rng.choice(OUTLETS)
    published = ev.day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 9]))
    toll = ev.toll if rng.random() < 0.75 else ev.toll + rng.randint(1, 25)  # some reports differ
    name, title, lower = ev.official
    rname, rtitle, rlower = ev.rival_official
    surname, rsurname = name.split()[-1], rname.split()[-1]
    country, people, capital, _ = ev.country
    rival, rpeople, rcapital, _ = ev.rival
    when = _day(rng, ev.day, published)
    hedge = rng.choice(HEDGES)

    if rng.random() < 0.6:
        head = f"{ev.town.upper()}, {published:%B} {published.day} ({outlet}) - "
    else:
        head = f"date {published.isoformat()}\n\n"
    lead = (
        f"At least {_count(rng, toll)} {ev.victims} were killed in {ev.what} near {ev.town} {when}, "
        f"{people} officials said, in an incident that {capital} blamed on {rival}."
    )
    paragraphs = [
        f"{ev.what[0].upper()}{ev.what[1:]} near {ev.town} kills {toll}, {capital} blames {rival}",
        head + lead,
        f"{title} {name} said that {_count(rng, ev.injured)} more people were injured and that "
        f"{rng.randint(2, 40)} of them remained in a critical condition. "
        + _quote(rng, "We will find those responsible for this, and they will answer for it", surname, lower),
        f"The {rng.choice(AGENCIES)} said {rpeople} agents had {ev.blame}, a claim that could not be independently "
        f"verified. {rival} {hedge} moved {_count(rng, rng.randint(2, 50))} units to the area in the days "
        f"before {ev.thing} was hit.",
        f"{rtitle} {rname} of {rival} denied any involvement. "
        + _quote(
            rng,
            f"{rival} had nothing to do with this tragedy, and these accusations are a provocation",
            rsurname,
            f"speaking in {rcapital}",
        ),
        f"{rsurname} said the real toll was {_count(rng, max(1, toll - rng.randint(1, toll)))}, not {toll}, "
        f"and that {country} had refused a joint investigation. {country} rejected that account {when}.",
        f"{ev.witness}, who lives in {ev.town}, described hearing {rng.choice(['two', 'three', 'several'])} "
        f"explosions shortly after {rng.randint(1, 11)} a.m. "
        + _quote(rng, "The windows shook, then the whole street went dark", ev.witness.split()[-1], "a resident"),
        f"Rescue teams with {rng.randint(20, 400)} firefighters worked through the night. The government declared "
        f"{rng.choice(['two', 'three'])} days of national mourning starting {published + dt.timedelta(days=1):%B} "
        f"{(published + dt.timedelta(days=1)).day}, and {outlet} reported that "
        f"{rng.randint(2, 9)} foreign governments had offered help.",
        f"It was the deadliest incident in {country} since {rng.randint(1990, 2021)}, when "
        f"{rng.randint(10, 300)} people died in a similar disaster.",
    ]
    if rng.random() < 0.5:  # a second round: the account changes
        paragraphs.insert(
            -1,
            f"On {(published + dt.timedelta(days=-1)):%B} "
            f"{(published + dt.timedelta(days=-1)).day}, investigators said {ev.thing} had been "
            f"hit by {_count(rng, rng.randint(2, 6))} missiles, not an explosion on board as first "
            f"reported.",
        )
    text = "\n\n".join(paragraphs) + "\n"
    return Generated(f"{index:05d}_{outlet.lower().replace(' ', '_')}.txt", text, outlet, published.isoformat())


def corpus(n: int, seed: int = 7, per_event: int = 10) -> list[Generated]:
    """``n`` articles, about ``per_event`` per event, so clusters and conflicts exist across articles."""
    rng = random.Random(seed)
    events = [_event(rng) for _ in range(max(1, n // per_event))]
    return [article(rng, events[i % len(events)], i) for i in range(n)]


def write(articles: list[Generated], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (out / a.name).write_text(a.text, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    arts = corpus(args.n, args.seed)
    write(arts, args.out)
    print(f"{len(arts)} articles, {sum(len(a.text) for a in arts):,} characters in {args.out}")


if __name__ == "__main__":
    main()
