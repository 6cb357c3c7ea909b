"""Comparing answers to one question about one event: a declared table, one small function per question kind.

Each comparison says what two answers are to each other:

- ``contradicts``: they cannot both be true (``who did it: Russia`` vs ``Ukraine``; an answer and its denial);
- ``evolution``: a count that grew with time, or that an article says was updated;
- ``agrees``: both can be true (``at least 3,000`` and ``more than 3,800``; two reports of one denial);
- ``apart``: not comparable (killed vs a projection, a partial count, another place's count, an earlier figure
  recalled), or the same answer told with another firmness (hedged vs asserted: shown, not a conflict).

``contradicts`` becomes a ledger relation with a reason a reader can check; a question's status follows from its
answers: disputed, evolving, agreed (two or more independent origins, nothing contrary) or single-source.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from .. import bounds
from ..data.causes import CAUSES_TOGETHER, DEATH_CAUSES
from ..data.disputes import FORCE_KINDS_OF, GROUP_KIND_WORDS, RELATIVE_START, TOLD_DENIALS, UNNAMED_SOURCES
from ..data.equipment import missile_flight, weapon_role
from ..data.hours import PART_HOURS, PARTS_OVERLAPPING
from ..data.incidents import CHARGE_RANKS, CHARGE_RIVALS, CHARGE_VAGUE, THREAT_ASPECTS
from ..data.nouns import VEHICLES
from ..data.speech import REPORTING_LEMMAS
from ..model import Answer, Entity, Event, Question, Relation
from .events import Scope
from .parties import compatible, denial_reaches, denial_reaches_whole, grain, services_told
from .questions import ORDER, Found, source_side
from .questions import label as question_label
from .union import Union
from .views import ClaimView, side_of

Verdict = str  # contradicts | evolution | agrees | apart


@dataclass(frozen=True, slots=True)
class _Count:
    """An answer's number, as ``bounds.conflict`` reads it."""

    value: float | None
    qualifier: str | None
    value_max: float | None = None


def _count(a: Answer) -> _Count:
    """An answer's number with its bound and, for a range (``between 100 and 300``), its upper end."""
    return _Count(a.number, a.qualifier, a.number_max)


def _stances(a: Answer, b: Answer) -> Verdict | None:
    """What stance alone decides: a denial against the answer it denies, two reports of one denial."""
    da, db = a.stance == "denied", b.stance == "denied"
    if da and db:
        return "agrees" if a.value == b.value else "apart"
    if da or db:
        return "contradicts" if a.value == b.value else "apart"
    return None


def _hedged(a: Answer, b: Answer) -> bool:
    return "hedged" in (a.stance, b.stance)


def same_party(a: Answer, b: Answer) -> Verdict:
    """Who did it: different parties contradict. A hedged answer stays a side of the dispute it joins (listed with
    its stance; the representative pair takes the firmest statements): made apart, it was measured to change no
    dev event's figures and left the sources that only hedge out of the dispute. Answers are compared at the finest
    grain both give (``parties``): two services of one country are rivals, the country and one of its services agree,
    and a service's denial reaches only that service."""
    da, db = a.stance == "denied", b.stance == "denied"
    if da and db:
        return "agrees" if compatible(a.value, b.value) else "apart"
    if da or db:
        denied, told = (a, b) if da else (b, a)
        return "contradicts" if denial_reaches(denied.value, told.value) else "apart"
    if compatible(a.value, b.value) or (a.entity and a.entity == b.entity) or _one_group_named(a.value, b.value):
        return "agrees"  # told firmly by one and hedged by the other: shown (the stance), not a conflict
    if _script(a.value) != _script(b.value):
        return "apart"  # "Фронт сопротивления" and "Resistance Front": maybe one group in two languages; unknown
    return "contradicts"


def _one_group_named(a: str, b: str) -> bool:
    """One answer names the group the other names more fully (``Baloch``, ``Baloch separatists``, ``Baloch
    Liberation Army``): the words of the shorter, what kind of group aside, are all in the longer."""
    wa, wb = (set(_WORD.findall(v.casefold())) - GROUP_KIND_WORDS for v in (a, b))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _script(value: str) -> str:
    """The script a name is written in, by its first letter: a group named in Cyrillic and one named in Latin letters
    cannot be told apart as rivals (countries are filed under their English names)."""
    first = next((ch for ch in value if ch.isalpha()), "")
    return "cyrillic" if "\u0400" <= first <= "\u04ff" else "latin"


def same_thing(a: Answer, b: Answer) -> Verdict:
    """Which weapon, cargo, destination: two different named things contradict; a general noun and a name
    (``a missile``, ``a Patriot missile``) can both be true; a cruise missile and a ballistic one cannot."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    wa, wb = set(_WORD.findall(a.value.casefold())), set(_WORD.findall(b.value.casefold()))
    if wa <= wb or wb <= wa or (a.entity and a.entity == b.entity):
        return "agrees"
    fa, fb = missile_flight(a.value), missile_flight(b.value)
    if fa and fb and fa != fb:
        return "apart" if _hedged(a, b) else "contradicts"  # a cruise missile against a ballistic one
    ra, rb = weapon_role(a.value), weapon_role(b.value)
    if ra and ra == rb and not (a.entity and b.entity):
        return "agrees"  # "a NASAMS missile" and "a Western-made surface-to-air missile": a name and its kind
    if ra and rb and ra != rb:
        # "an air-defence missile" against "a Kh-101 cruise missile": an interceptor of one side against the other
        # side's strike weapon, whether or not either is named
        return "apart" if _hedged(a, b) else "contradicts"
    if not (a.entity and b.entity) or _hedged(a, b):
        return "apart"  # only named things (entities) are set against each other
    return "contradicts"


_WORD = re.compile(r"\w+")  # "Tochka-U" and "Tochka U" are one name


def same_count(a: Answer, b: Answer) -> Verdict:
    """A count: a projection, a part, another place's count or an earlier figure recalled is apart; a correction
    contradicts the far higher figure it replaces (``_corrects``); bounds that both fit agree; a count its source sets
    against the official one (``the real toll is higher than officially reported``) contradicts the others of its
    day, and so do two named sources' counts of one day far apart (``_rivals``), unless one is provisional; a count
    that rose over time or was said to be updated is an evolution; otherwise two numbers that cannot both be true
    contradict."""
    if a.note in _SET_APART or b.note in _SET_APART:
        return "apart"
    if a.stance == "denied" or b.stance == "denied":
        return "apart"
    if _corrects(a, b) or _corrects(b, a):
        return "contradicts"  # "3,958 instead of 11,300": the figure it replaces was wrong, not a stage of the count
    if not bounds.conflict(_count(a), _count(b)):
        return "agrees"
    provisional = "provisional" in (a.note, b.note)  # a first count said to be still moving: no rival's target
    provisional = provisional or _undated_stage(a, b)
    if (a.note == "rival") != (b.note == "rival") and a.as_of == b.as_of and not _hedged(a, b) and not provisional:
        return "contradicts"  # "the true toll is several times higher than officially reported" (that day's count)
    if a.as_of is not None and a.as_of == b.as_of and not provisional and _rivals(a, b):
        return "contradicts"  # two sources' counts of one day far apart, even where one says its count rose
    if a.note in _MOVED or b.note in _MOVED:
        return "evolution"
    if (a.as_of is None) != (b.as_of is None):
        return "apart"  # one count's day is unknown: it cannot be ordered against the other
    if a.as_of and b.as_of and a.as_of != b.as_of:
        later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
        if (later.number or 0) >= (earlier.number or 0):
            return "evolution"
        # a toll that fell from one day to the next: a revision (double-counted dead taken out, 130 then 125), unless
        # it fell far (the health ministry's 471 against the agencies' 100 to 300 three days later)
        far = bool(earlier.number and later.number and earlier.number / later.number >= _RIVAL_RATIO)
        return "contradicts" if far else "apart"
    if _rivals(a, b):
        return "contradicts"
    return "evolution"  # a toll moves through the first day: two numbers of one day are stages, not rival accounts


def same_bodies(a: Answer, b: Answer) -> Verdict:
    """A count of bodies found: searchers reach them one by one, so two figures of one day are stages of the count
    (four, then eight, then all ten), whoever gives them, and so is a higher figure a later day; a lower one a later
    day is apart (another search, another site). Two figures are rivals only where an article sets them side by side
    (``questions._bodies_set_against``)."""
    if a.stance == "denied" or b.stance == "denied":
        return "apart"
    if not bounds.conflict(_count(a), _count(b)):
        return "agrees"
    if (a.as_of is None) != (b.as_of is None):
        return "apart"
    if a.as_of and b.as_of and a.as_of != b.as_of:
        later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
        return "evolution" if (later.number or 0) >= (earlier.number or 0) else "apart"
    return "evolution"


_RIVAL_RATIO = 2.0  # rival sources a factor this far apart on one day dispute the count
# a projection, a part of the toll, another place's count, an earlier figure recalled, a tally over several days:
# not the count itself
_SET_APART = frozenset({"projection", "partial", "elsewhere", "earlier", "period"})
_MOVED = frozenset({"updated", "provisional", "correction"})  # a count said to have changed or to be still moving


def _undated_stage(a: Answer, b: Answer) -> bool:
    """Two counts of unknown day, one said to have risen to its figure (``the toll rose to eight``): a stage of a
    count on its way up, which nothing places on the day a rival figure disputes."""
    return a.as_of is None and b.as_of is None and "updated" in (a.note, b.note)


def _corrects(fixed: Answer, other: Answer) -> bool:
    """``fixed`` is said to correct an earlier figure (``3,958 instead of 11,300``, ``adjusting the numbers from a
    previous report``) and ``other`` is a count far above it, told no later: the figure it replaces, or one of its
    kind. A toll of the dead does not fall by half; the two cannot both be true, whatever bound either gives
    (``at least 3,958`` corrects ``11,300``). A correction by a little (174 revised to 125, double-counted dead
    taken out) is a revision, an evolution."""
    if fixed.note != "correction" or other.note == "correction" or not fixed.number or not other.number:
        return False
    later = bool(fixed.as_of and other.as_of and other.as_of > fixed.as_of)
    return other.number >= _RIVAL_RATIO * fixed.number and not later and not _hedged(fixed, other)


def _rivals(a: Answer, b: Answer) -> bool:
    """Two origins, one of them named, that put one day's count far apart (``5 dead, per the police`` vs ``50, per
    the organisers``)."""
    if not (a.origin or b.origin) or a.origin == b.origin or not a.number or not b.number:
        return False
    return max(a.number, b.number) / min(a.number, b.number) >= _RIVAL_RATIO


def same_share(a: Answer, b: Answer) -> Verdict:
    """One candidate's share: two shares that cannot both be true contradict, whatever the day; a survey's estimate
    (an exit poll) is another measure, apart."""
    if a.stance == "denied" or b.stance == "denied" or _hedged(a, b) or "projection" in (a.note, b.note):
        return "apart"
    if not bounds.conflict(_rounded(a), _rounded(b)):
        return "agrees"
    if _revised_share(a, b):
        return "apart"
    return "contradicts"


_REVISED_SHARE = 1.0  # points between two counts of one candidate's share that a later tally moves, not a dispute


def _revised_share(a: Answer, b: Answer) -> bool:
    """Two shares of one candidate less than a point apart, on the same side of a majority (``80.23%`` in the
    preliminary count, ``80.08%`` in the final): a tally updated, not a dispute over who won."""
    if a.number is None or b.number is None:
        return False
    low, high = sorted((a.number, b.number))
    return high - low < _REVISED_SHARE and not low < _MAJORITY < high


_MAJORITY = 50.0


_DIGITS = re.compile(r"\d+(?:[.,](\d+))?")


def _rounded(a: Answer) -> _Count:
    """A share as stated, with the rounding its digits allow: ``51%`` is 50.5 to 51.5, ``51.2%`` 51.15 to 51.25."""
    m = _DIGITS.search(a.value)
    if a.number is None or m is None or a.qualifier:
        return _Count(a.number, a.qualifier)
    half = 0.5 / 10 ** len(m.group(1) or "")
    return _Count(a.number - half, None, a.number + half)


def same_votes(a: Answer, b: Answer) -> Verdict:
    """One candidate's number of votes: two counts more than ``_VOTES_APART`` apart cannot both be the count,
    whatever the day (``5.15 million per the council`` vs ``2.76 million per the opposition's tally sheets``); a
    rounded figure (``2.75 million``) agrees with the exact one it rounds; a survey's estimate is apart."""
    if a.stance == "denied" or b.stance == "denied" or _hedged(a, b) or "projection" in (a.note, b.note):
        return "apart"
    if not a.number or not b.number:
        return "apart"
    if abs(a.number - b.number) <= _VOTES_APART * max(a.number, b.number):
        return "agrees"
    return "contradicts"


_VOTES_APART = 0.01  # rounding "2,759,256" to "2.75 million" moves it by less than this share


def same_label(a: Answer, b: Answer) -> Verdict:
    """Clean or fraudulent: different labels contradict, a label and its denial too."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    return "agrees" if a.value == b.value or (a.entity and a.entity == b.entity) else "contradicts"


def same_intent(a: Answer, b: Answer) -> Verdict:
    """Deliberate, accident or staged: different labels contradict, a label and its denial too; a label left open
    (``no evidence that it was deliberate``, ``possibly an accident``) is set against nothing: it says the question
    is not settled, which both a denial and another label can be true beside. A label that leans (``most likely an
    accident``, noted ``likely``) is compared as a firm one."""
    if _open(a) or _open(b):
        return "agrees" if a.value == b.value and a.stance == b.stance else "apart"
    return same_party(a, b)


def _open(a: Answer) -> bool:
    """A hedged answer that leans no way (``possibly``, ``no evidence that``); one noted ``likely`` (``most likely an
    accident``) is an account a reader sets against a rival one."""
    return a.stance == "hedged" and a.qualifier != "likely"


def same_cause(a: Answer, b: Answer) -> Verdict:
    """What caused it: different causes contradict, unless they can both be the story (``CAUSES_TOGETHER``: a
    collision and a strike from outside). How one person died (``DEATH_CAUSES``: a beating, a heart attack) is set
    only against another account of that death: "the victims were in cardiac arrest" tells nothing against a crush."""
    if frozenset((a.value, b.value)) in CAUSES_TOGETHER and "denied" not in (a.stance, b.stance):
        return "apart"
    if (a.value in DEATH_CAUSES) != (b.value in DEATH_CAUSES):
        return "apart"
    return same_label(a, b)


def same_number(a: Answer, b: Answer) -> Verdict:
    """How many attackers: unlike a toll, the number does not grow with time, so two counts that cannot both be
    true contradict whatever the day (``four gunmen`` vs ``at least five``); a part (``two of the gunmen``) or a
    hedged count is apart."""
    if a.note == "partial" or b.note == "partial" or a.stance == "denied" or b.stance == "denied" or _hedged(a, b):
        return "apart"
    if not bounds.conflict(_Count(a.number, a.qualifier), _Count(b.number, b.qualifier)):
        return "agrees"
    return "contradicts"


def same_aboard(a: Answer, b: Answer) -> Verdict:
    """How many were on board: as ``same_number`` (the number does not grow); the crew alone, or a part counted by
    who they are (children), apart from all aboard."""
    return "apart" if a.note != b.note or a.note is not None else same_number(a, b)


def same_tally(a: Answer, b: Answer) -> Verdict:
    """How many things an act was done to (jets downed, sites struck, drones launched): a count of one night's acts,
    which each side tells its own way; two that cannot both be true contradict here, and ``_verdicts`` keeps the
    contradiction only between two sides or far-apart named sources (``_tally_rivals``); a part (``including three
    Rafales``), a figure recalled as an earlier one, a denial or a hedge is apart."""
    if {a.note, b.note} & _TALLY_APART or a.stance == "denied" or b.stance == "denied" or _hedged(a, b):
        return "apart"
    if not bounds.conflict(_count(a), _count(b)):
        return "agrees"
    return "contradicts"


_TALLY_APART = frozenset({"partial", "earlier", "period"})  # a part, an earlier figure recalled, a tally over days


def same_country(a: Answer, b: Answer) -> Verdict:
    """Where the attackers fled: two different countries contradict (towards Chile vs towards Bolivia); a town and
    a country, or two towns, can both be on one road, so they are apart."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    if a.value == b.value:
        return "agrees"
    if a.note == "country" and b.note == "country" and not _hedged(a, b):
        return "contradicts"
    return "apart"


def same_claim(a: Answer, b: Answer) -> Verdict:
    """Yes or no about one thing (was Ukraine involved, was there military cargo, was a warning given): an answer
    and its denial contradict, reports of one denial agree; answers about different things are apart."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    return "agrees" if a.value == b.value else "apart"


def same_force(a: Answer, b: Answer) -> Verdict:
    """What force was used, and where: ``tear gas (stands)`` and its denial contradict; a denial that names no place
    (``no tear gas was used``) contradicts every use of it; a denial for one place says nothing of another (``no tear
    gas in the stands`` vs ``tear gas on the pitch``). Two uses can both be true."""
    force_a, _, where_a = a.value.partition(" (")
    force_b, _, where_b = b.value.partition(" (")
    if force_a != force_b and not _kind_of_denied(a, b) and not _kind_of_denied(b, a):
        return "apart"
    da, db = a.stance == "denied", b.stance == "denied"
    if da and db:
        return "agrees"
    if da or db:
        denied, used = (where_a, where_b) if da else (where_b, where_a)
        return "contradicts" if not denied or denied == used else "apart"
    return "agrees"


def _kind_of_denied(denial: Answer, used: Answer) -> bool:
    """``no shots were fired`` against ``rubber bullets``: the force denied is a kind the other's use is of."""
    force, _, _ = denial.value.partition(" (")
    kind, _, _ = used.value.partition(" (")
    return denial.stance == "denied" and used.stance != "denied" and kind in FORCE_KINDS_OF.get(force, ())


def same_arsenal(a: Answer, b: Answer) -> Verdict:
    """Who fields a weapon: a side and its denial contradict; a side said to be the only one that has it contradicts
    any other side said to have it; two sides that each have it can both be true."""
    by_stance = _stances(a, b)
    if by_stance:
        return by_stance
    if a.value == b.value:
        return "agrees"
    if "only" in (a.note, b.note) and not _hedged(a, b):
        return "contradicts"
    return "agrees"


def same_reach(a: Answer, b: Answer) -> Verdict:
    """Where a product was sold or sent: one place only contradicts another place only and any reach to other
    countries, even one left open (``could have been distributed elsewhere`` is the dispute a reader needs); a
    denied reach elsewhere agrees with one place only; otherwise an answer and its denial contradict."""
    if "only" not in (a.note, b.note):
        return same_claim(a, b)
    only, other = (a, b) if a.note == "only" else (b, a)
    if only.stance == "denied":
        return "apart"
    if other.note == "elsewhere":
        return "agrees" if other.stance == "denied" else "contradicts"
    if other.stance == "denied":
        return "contradicts" if other.value == only.value else "apart"
    return "agrees" if other.value == only.value else "contradicts"


def _threatened(a: Answer) -> bool:
    """Whether an answer says the person was a threat: its value's side, turned over by a denial (``did not drive
    at the officers`` says no threat)."""
    return THREAT_ASPECTS[a.value][1] != (a.stance == "denied")


def same_threat(a: Answer, b: Answer) -> Verdict:
    """Was the person a threat when force was used: two firm answers on opposite sides contradict when they are
    about the same thing (coming at the officers against moving away, armed against unarmed) or one of them is about
    the account as a whole (self-defence against moving away); unarmed against came at the officers is apart (a car
    needs no weapon). A hedged answer is shown with the side it agrees with, never set against the other."""
    if _threatened(a) == _threatened(b):
        return "agrees"
    if _hedged(a, b):
        return "apart"
    aspects = {THREAT_ASPECTS[a.value][0], THREAT_ASPECTS[b.value][0]}
    return "contradicts" if len(aspects) == 1 or "whole" in aspects else "apart"


def _offence(a: Answer) -> str:
    """The offence of a charge answer (``charged: X`` gives X); "" for a stage denied outright (``not charged``)."""
    return a.value.partition(": ")[2]


def same_charge(a: Answer, b: Answer) -> Verdict:
    """What the suspect is held or charged for. Two stages on different days are an evolution when the later one is
    further on (held on suspicion, then charged; charged, then convicted), otherwise apart; at one stage, rival
    offences for the act (an intended killing against an unintended one) contradict, an offence and a killing said
    without saying which agree. A stage denied (``not charged``) contradicts that stage told on the same day or
    after it, and is an evolution when the charge came later; a hedged charge (``could face``) is set against
    nothing."""
    if _hedged(a, b):
        return "agrees" if a.value == b.value and a.stance == b.stance else "apart"
    da, db = a.stance == "denied", b.stance == "denied"
    if da and db:
        return "agrees" if a.value == b.value else "apart"
    if da or db:
        denied, told = (a, b) if da else (b, a)
        if denied.note != told.note or _offence(denied) not in ("", _offence(told)):
            return "apart"
        if denied.as_of and told.as_of and told.as_of > denied.as_of:
            return "evolution"  # not charged on Monday, charged on Wednesday
        return "contradicts"
    if a.note != b.note:
        if a.as_of and b.as_of and a.as_of != b.as_of:
            later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
            if CHARGE_RANKS.get(later.note or "", 0) > CHARGE_RANKS.get(earlier.note or "", 0):
                return "evolution"
        return "apart"
    oa, ob = _offence(a), _offence(b)
    if oa == ob or oa in CHARGE_VAGUE or ob in CHARGE_VAGUE:
        return "agrees"
    return "contradicts" if frozenset((oa, ob)) in CHARGE_RIVALS else "apart"


def same_hour(a: Answer, b: Answer) -> Verdict:
    """At what time of day it happened: two clock times in one zone that differ contradict (``9:03`` vs ``9:07``),
    beyond a few minutes when one is approximate (``about 22:15``); a clock time and a part of the day, or two parts,
    contradict when the time falls outside the part (``10:15`` vs ``the afternoon``); parts that can name one hour
    (the evening and the night) and times given in different zones (``4 a.m. local`` vs ``01:00 GMT``), or on
    different days, are apart."""
    if a.stance == "denied" or b.stance == "denied" or (a.as_of and b.as_of and a.as_of != b.as_of):
        return "apart"
    ca, cb = _clock(a.value), _clock(b.value)
    if ca is not None and cb is not None:
        if ca[1] != cb[1]:
            return "apart"  # another zone
        gap = abs(ca[0] - cb[0])
        gap = min(gap, 24 * 60 - gap)
        # one approximate time is as loose as it says; two are as loose as the more precise one
        both = a.qualifier == "about" and b.qualifier == "about"
        slack = (min if both else max)(_slack(a, ca[0]), _slack(b, cb[0]))
        return "agrees" if gap <= slack else "contradicts"
    pa = _part(a.value, ca)
    pb = _part(b.value, cb)
    if pa is None or pb is None or (ca is not None and ca[1]) or (cb is not None and cb[1]):
        return "apart"
    if pa == pb:
        return "agrees"
    return "apart" if frozenset((pa, pb)) in PARTS_OVERLAPPING else "contradicts"


def _slack(a: Answer, minutes: int) -> int:
    """Minutes an approximate time may be off: a round one (``about 22:15``) by ten, an odd one (``around 9:07``) by
    two; an exact one by none."""
    if a.qualifier != "about":
        return 0
    return 10 if minutes % 5 == 0 else 2


def _clock(value: str) -> tuple[int, str] | None:
    """``09:03`` -> (543, ""), ``01:00 GMT`` -> (60, "GMT"); None for a part of the day."""
    hhmm, _, zone = value.partition(" ")
    if len(hhmm) != 5 or hhmm[2] != ":" or not (hhmm[:2] + hhmm[3:]).isdigit():
        return None
    return int(hhmm[:2]) * 60 + int(hhmm[3:]), zone.casefold() if zone.casefold() != "local time" else ""


def _part(value: str, clock: tuple[int, str] | None) -> str | None:
    """The part of the day a value names or a clock time falls in."""
    if clock is None:
        return value if value in PART_HOURS else None
    hour = clock[0] // 60
    for part, (start, end) in PART_HOURS.items():
        if (start <= hour < end) if start < end else (hour >= start or hour < end):
            return part
    return None


COMPARISONS: dict[str, Callable[[Answer, Answer], Verdict]] = {
    "agent": same_party,
    "means": same_thing,
    "toll_killed": same_count,
    "toll_injured": same_count,
    "toll_missing": same_count,
    "toll_bodies": same_bodies,
    "intent": same_intent,
    "cause": same_cause,
    "winner": same_party,
    "share": same_share,
    "votes": same_votes,
    "integrity": same_label,
    "destination": same_thing,
    "cargo": same_thing,
    "attackers": same_number,
    "on_board": same_aboard,
    "tally": same_tally,
    "escape": same_country,
    "force": same_force,
    "involved": same_claim,
    "state": same_claim,
    "arsenal": same_arsenal,
    "reach": same_reach,
    "threat": same_threat,
    "charge": same_charge,
    "hour": same_hour,
}
# kinds whose contradictions the ledger's relations carry (cargo and destination: the slot rules in relations.py)
RELATED_KINDS = frozenset(
    {
        "agent",
        "means",
        "cause",
        "toll_killed",
        "toll_injured",
        "toll_missing",
        "toll_bodies",
        "intent",
        "winner",
        "share",
        "votes",
        "integrity",
        "attackers",
        "on_board",
        "tally",
        "escape",
        "force",
        "involved",
        "state",
        "arsenal",
        "reach",
        "threat",
        "charge",
        "hour",
    }
)


@dataclass(frozen=True, slots=True)
class Compared:
    questions: tuple[Question, ...]
    relations: tuple[Relation, ...]


def compare(found: Sequence[Found], views: Sequence[ClaimView], scope: Scope, entities: Sequence[Entity]) -> Compared:
    """Questions per event, their answers compared, and the contradictions between them as relations."""
    names = {e.id: e.name for e in entities}
    grouped: dict[tuple[int, str, str], list[Found]] = defaultdict(list)
    carried = _transport_events(views, scope)
    for f in found:
        event = scope.event_of[f.view]
        if event is not None and (f.kind not in _TRANSPORT_KINDS or event in carried):
            grouped[(event, f.kind, f.head)].append(f)
    questions: list[Question] = []
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    used: set[str] = set()  # claims already an end of a dispute shown
    together = _named_together(found, views)
    people = {key: e for e in entities if e.type == "PERSON" for key in (e.id, e.name)}  # sides read when asked
    keys = sorted(grouped, key=lambda key: (key[0], ORDER.index(key[1]), -len(grouped[key]), key[2]))
    for event, kind, head in keys:
        every = grouped[(event, kind, head)]
        items = _bounded(every)
        verdicts = _verdicts(kind, items, views, together, names, scope.events[event].day, people)
        independent = _independent(items, verdicts, views)
        status = _status(items, verdicts, independent)
        label = question_label(kind, head)
        questions.append(
            Question(
                id=f"W{len(questions) + 1}",
                event=scope.events[event].id,
                kind=kind,
                label=label,
                answers=tuple(f.answer for f in every),
                status=status,
                independent=independent,
            )
        )
        if kind in RELATED_KINDS and scope.events[event].main:
            relations.extend(_relations(kind, label, items, verdicts, views, names, seen, used))
            relations.extend(_evolutions(label, items, verdicts, views, seen, kind in _COUNT_KINDS))
    return Compared(tuple(questions), tuple(relations))


_TRANSPORT_KINDS = frozenset({"cargo", "destination"})
_STRUCK = frozenset({"attack", "incident"})


def _transport_events(views: Sequence[ClaimView], scope: Scope) -> set[int]:
    """Events whose object is a vehicle (a plane shot down, a boat that capsized): only they raise the transport's
    questions (what it carried, where it was going). In a flood's or a shooting's coverage, "a convoy carrying
    doctors" or "the car" is no transport the event is about."""
    out: set[int] = set()
    for k, v in enumerate(views):
        event = scope.event_of[k]
        if event is None or event in out:
            continue
        for f in v.frames:
            if f.kind not in _STRUCK or f.negated:
                continue
            # what was struck, or what sank or crashed by itself ("the boat sank": its subject, with no object)
            struck = ("patient", "vehicle") if f.role("patient") else ("patient", "vehicle", "agent")
            if any(r.name in struck and _last_word(r.text) in VEHICLES for r in f.roles):
                out.add(event)
    return out


def _last_word(phrase: str) -> str:
    words = phrase.casefold().split()
    return words[-1].strip(".,;:!?\"'”’)") if words else ""


_COMPARED = 120  # answers compared per question, in corpus order
_COMPARED_PER_VALUE = 24  # answers compared per value and stance: a dispute shows in a few; linear at scale


def _bounded(items: list[Found]) -> list[Found]:
    """The answers compared: all of them in a news corpus, a few per value and stance in a very large one (the
    rest are listed in the question all the same)."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    out: list[Found] = []
    for f in items:
        key = (f.answer.value, f.answer.stance)
        if seen[key] < _COMPARED_PER_VALUE and len(out) < _COMPARED:
            seen[key] += 1
            out.append(f)
    return out


def _whole_denied(a: Answer, b: Answer, doers: dict[str, set[str]]) -> bool:
    """One answer a service's denial, the other its country told as a whole, and no other service told as the
    doer (``parties.denial_reaches_whole``)."""
    if (a.stance == "denied") == (b.stance == "denied"):
        return False
    denied, told = (a, b) if a.stance == "denied" else (b, a)
    return denial_reaches_whole(denied.value, told.value, doers)


def _verdicts(
    kind: str,
    items: list[Found],
    views: Sequence[ClaimView],
    together: dict[str, set[frozenset[str]]],
    names: dict[str, str],
    event_day: str | None = None,
    people: dict[str, Entity] | None = None,
) -> dict[tuple[int, int], Verdict]:
    compare_one = COMPARISONS.get(kind)
    out: dict[tuple[int, int], Verdict] = {}
    if compare_one is None:
        return out
    given: dict[int, set[str]] = defaultdict(set)
    for f in items:
        # a count its own source gives in the claim ("a cleric estimating 50 and witnesses claiming 80"): a side of
        # the dispute the claim tells, each set against the others'
        if f.answer.stance != "denied" and not f.sourced and not (kind == "tally" and f.answer.note in _TALLY_APART):
            given[f.view].add(_side_key(kind, f.answer))  # a part named beside its whole is no second side
    both = {k for k, values in given.items() if len(values) > 1}  # a claim telling both sides sets none against
    declared = [f for f in items if f.against is not None] if kind in _COUNT_KINDS else []
    doers = services_told(f.answer.value for f in items if f.answer.stance != "denied") if kind == "agent" else {}
    for x, y in combinations(range(len(items)), 2):
        a, b = items[x], items[y]
        if views[a.view].article == views[b.view].article and not _sources_set_against(kind, a, b, views, names):
            continue  # one article's answers are its own account (an update, a quoted rival): not a dispute here
        verdict = compare_one(a.answer, b.answer)
        if verdict == "apart" and kind == "agent" and _whole_denied(a.answer, b.answer, doers):
            verdict = "contradicts"
        # figures an article sets against each other: rivals wherever told, even where one claim tells both
        declared_rivals = any(_set_against(a.answer, b.answer, f) for f in declared)
        if declared_rivals:
            verdict = "contradicts"
        if verdict == "evolution" and kind in _COUNT_KINDS and _same_day_rivals(a, b, views, names):
            verdict = "contradicts"
        if verdict == "evolution" and kind == "toll_injured" and _injured_rivals(a, b, views, event_day):
            verdict = "contradicts"
        if verdict in ("evolution", "agrees") and kind in _COUNT_KINDS and a.clock and b.clock:
            verdict = _same_hour(a.answer, b.answer, a.clock, b.clock, verdict)
        if verdict == "contradicts" and kind == "tally" and not _tally_rivals(a, b, views, names):
            verdict = _tally_moved(a.answer, b.answer)
        if verdict == "contradicts" and kind in _COUNT_KINDS and _two_sides(a, b, views, names):
            verdict = "apart"  # each side of a conflict may count its own dead: another scope
        if verdict == "contradicts" and kind in _COUNT_KINDS and not declared_rivals and _scopes_differ(a, b):
            verdict = "apart"  # a hospital's dead against a city's, one city's against another's or the country's
        both_told = a.view in both or b.view in both
        if verdict == "contradicts" and kind not in _TOGETHER_KINDS and both_told and not declared_rivals:
            verdict = "apart"
        if verdict == "contradicts" and kind == "agent" and people:
            verdict = _person_and_state(a.answer, b.answer, people) or verdict
        if verdict == "contradicts" and a.target and b.target and a.target != b.target:
            verdict = "apart"  # two acts on different targets: each may have its own author
        if verdict == "contradicts" and kind in _TOGETHER_KINDS:
            pair = frozenset((a.answer.entity or a.answer.value, b.answer.entity or b.answer.value))
            if pair in together.get(kind, set()):
                verdict = "agrees"  # named side by side in one claim ("a MIM-104A of the Patriot system")
        out[(x, y)] = verdict
    return out


_COUNT_KINDS = frozenset({"toll_killed", "toll_injured", "toll_missing", "toll_bodies"})


def _person_side(entity: Entity) -> str | None:
    """The country a person acts for, where the person's names or role say it (``Saudi Crown Prince ...``)."""
    return side_of(" ".join(w for w in (entity.role, entity.name) if w), entity)


def _person(a: Answer, people: dict[str, Entity]) -> bool:
    """The answer names a person: by its value, or by its entity where the value is no country's side (an answer
    "Saudi Arabia" read from "a team of Saudi officials" is the state, whatever entity the phrase carried)."""
    return a.value in people or (a.entity in people and side_of(a.value, None) is None)


def _person_and_state(a: Answer, b: Answer, people: dict[str, Entity]) -> Verdict | None:
    """Who did it, a person against a state (``the crown prince`` against ``Saudi Arabia``): the person may have acted
    for that state, so the two are rivals only when the person is known to act for another (``the crown prince``, a
    Saudi, against ``Turkey``); a person whose country is not known is set apart, not against the state."""
    pa, pb = _person(a, people), _person(b, people)
    if pa == pb or "denied" in (a.stance, b.stance):
        return None
    person, state = (a, b) if pa else (b, a)
    entity = people.get(person.value) or people.get(person.entity or "")
    side = _person_side(entity) if entity is not None else None
    if side is None:
        return "apart"
    return "agrees" if side == grain(state.value)[0] else None


# who did it, whether it was meant, whether a party was involved, what was there (people inside, a military target)
_SET_AGAINST_KINDS = frozenset({"agent", "intent", "involved", "state"})


def _sources_set_against(
    kind: str, a: Found, b: Found, views: Sequence[ClaimView], names: dict[str, str] | None = None
) -> bool:
    """One article telling two named sources' rival answers about who did it or whether it was meant, each in its
    own claim (``Energoatom blamed Russian shelling`` ... ``the Russian-installed administration said Ukrainian
    shells struck``): the article sets the two accounts against each other, a dispute like two articles'. An
    article's own narration, an unnamed source or one source's two answers stay its own account. A named source's
    answer and a denial the article tells (``the ministry said X shelled it`` ... ``X has denied attacking it``) are
    set against each other too. Two sides' counts of things done (``_tally_rivals``) are set against each other
    wherever told."""
    x, y = a.answer, b.answer
    if kind == "tally" and a.view != b.view and names is not None:
        return _tally_rivals(a, b, views, names)  # "Pakistan says five jets ... Indian sources say three crashed"
    if kind not in _SET_AGAINST_KINDS or a.view == b.view:
        return False
    for told, denial in ((a, b), (b, a)):
        if told.answer.origin and told.answer.stance != "denied" and _told_denial(denial, views):
            return True  # "the ministry said X shelled the plant ... X has denied attacking it": the accused's word
    if not x.origin or not y.origin or x.origin == y.origin:
        return False
    return _origin_key(a, views) != _origin_key(b, views)


def _told_denial(f: Found, views: Sequence[ClaimView]) -> bool:
    """An answer denied in a claim told as a denial (``Kyiv has denied attacking the plant``): the denier's word."""
    return f.answer.stance == "denied" and _DENIAL_TOLD.search(views[f.view].claim.text) is not None


_DENIAL_TOLD = re.compile("|".join(TOLD_DENIALS), re.I)


def _scopes_differ(a: Found, b: Found) -> bool:
    """Two counts told for different scopes (``tolls.scope``): different sites or places, a site against a place or
    a whole; a count with no scope told is compared as any other."""
    return a.scope is not None and b.scope is not None and a.scope != b.scope


_NEAR = 0.1  # a figure within this share of another is the same figure told again (10,100 and "a further 10,000")
_DAYS_APART = 1  # reports of a figure this many days from the article that set it against another are the same figure


def _set_against(a: Answer, b: Answer, told: Found) -> bool:
    """``told``'s article sets its count against another figure (``But a Red Crescent representative put that number
    higher, at 11,300``; ``10,000 missing, lower than the 20,000 a different spokesperson gave``): a report of the one
    figure and a report of the other, within a day of it, are rival accounts wherever they are told. Projections,
    parts, hedged and denied answers are none of them."""
    against = told.against
    if against is None or not a.number or not b.number:
        return False
    if {a.note, b.note} & _SET_APART or "denied" in (a.stance, b.stance) or _hedged(a, b):
        return False
    if not bounds.conflict(_count(a), _count(b)):
        return False
    mine = _count(told.answer)
    theirs = _Count(against, None)
    for x, y in ((a, b), (b, a)):
        if (
            _same_figure(x, mine)
            and _same_figure(y, theirs)
            and _near_day(x, told.answer)
            and _near_day(y, told.answer)
        ):
            return True
    return False


def _same_figure(a: Answer, figure: _Count) -> bool:
    """``a`` gives ``figure`` again: bounds that fit it, or one of the two the other rounded (``a further 10,000``
    for 10,100) within ``_NEAR`` of it; 85 is not 87 told again."""
    if figure.value is None or a.number is None:
        return False
    if not bounds.conflict(_count(a), figure):
        return True
    if abs(a.number - figure.value) > _NEAR * max(a.number, figure.value):
        return False
    return _rounds(a.number, figure.value) or _rounds(figure.value, a.number)


def _rounds(rounded: float, exact: float) -> bool:
    """``rounded`` ends in zeros and is ``exact`` rounded to them (10,000 for 10,100; 80 for 81)."""
    step = 1
    while rounded and rounded % (step * 10) == 0:
        step *= 10
    return step > 1 and round(exact / step) * step == rounded


def _near_day(a: Answer, b: Answer) -> bool:
    if not a.as_of or not b.as_of or len(a.as_of) != 10 or len(b.as_of) != 10:
        return True
    try:
        gap = abs((dt.date.fromisoformat(a.as_of) - dt.date.fromisoformat(b.as_of)).days)
    except ValueError:
        return True
    return gap <= _DAYS_APART


def _side_key(kind: str, a: Answer) -> str:
    """Which side of a question a claim's answer stands on, for telling a claim that gives both: its value or
    entity; for a threat, whether it says the person was one (``he drove at them and the officer acted in
    self-defence`` is one side told twice); for a charge, the offence (two stages of one offence are one side)."""
    if kind == "threat":
        return str(_threatened(a))
    if kind == "charge":
        return _offence(a)
    return a.entity or a.value


def _same_day_rivals(a: Found, b: Found, views: Sequence[ClaimView], names: dict[str, str]) -> bool:
    """Two counts for one day and one scope from two named sources, one of which says its count is settled (``no
    increase``, ``the final toll``): rival figures, not stages of one count. Without that word, two officials' counts
    of one day are a toll still rising (a strike's toll climbs from 27 to 50 in an afternoon, each figure from
    someone else), so they stay an evolution; counts on an outlet's own word or "officials'" too, unless the settled
    count is someone's statement (a quote saying the count did not rise); counts from two sides of a conflict are set
    apart by ``_two_sides`` (each may count its own dead)."""
    x, y = a.answer, b.answer
    if not x.as_of or x.as_of != y.as_of or _hedged(x, y):
        return False
    if {x.note, y.note} - {None, "settled"} or "settled" not in (x.note, y.note):
        return False
    ka, kb = _origin_key(a, views), _origin_key(b, views)
    settled = a if x.note == "settled" else b
    if settled.answer.stance == "attributed" and ka != kb:
        return True  # someone said the count is settled ("There is no increase"): another count that day is a rival
    return ka != kb and not _unnamed(ka) and not _unnamed(kb)


def _injured_rivals(a: Found, b: Found, views: Sequence[ClaimView], event_day: str | None) -> bool:
    """Two counts of the injured for one day after the event's own, from two origins, one of them named, that cannot
    both be true: rival accounts. The injured are counted once, as they reach the hospitals, on the day of the act;
    unlike a toll of the dead, which grows for days as bodies are found, a later day's count of them is not a stage
    on the way up, so two authorities' differing figures for it disagree (on the event's day itself, or with the day
    unknown, they are stages of a count still moving)."""
    x, y = a.answer, b.answer
    if not event_day or not x.as_of or x.as_of != y.as_of or x.as_of <= event_day or _hedged(x, y):
        return False
    if {x.note, y.note} - {None, "settled"}:
        return False
    if not (x.origin or y.origin) or _origin_key(a, views) == _origin_key(b, views):
        return False
    return bounds.conflict(_count(x), _count(y))


def _same_hour(a: Answer, b: Answer, clock_a: str, clock_b: str, verdict: Verdict) -> Verdict:
    """Two counts of one day, each said to be true at a time of day (``as of 4 p.m.``): for the same hour, figures
    that cannot both be true are rival accounts, not stages of a rising count (which the articles' order would
    wrongly make them); for two hours, the later count is the later stage, so one that fell is no evolution."""
    if not a.as_of or a.as_of != b.as_of or _hedged(a, b):
        return verdict  # "as of 4 p.m." makes a count provisional: still one hour's count, so no exception
    if not bounds.conflict(_count(a), _count(b)):
        return verdict
    if clock_a == clock_b:
        return "contradicts"
    later, earlier = (a, b) if clock_a > clock_b else (b, a)
    return "evolution" if (later.number or 0) >= (earlier.number or 0) else "apart"


def _tally_rivals(a: Found, b: Found, views: Sequence[ClaimView], names: dict[str, str]) -> bool:
    """Two counts of things done that are rival accounts: told for two sides of the conflict (five jets downed, per
    Pakistan's military, against three crashed, per Indian officials). One side's counts, or outlets' own, may be
    stages of one count (two jets downed by night, five by morning) or each a part of it: measured on the
    development events, two named sources far apart (``_rivals``) were as often one side's count moving on."""
    sa, sb = (_side(f, views, names) or _told_side(f, views, names) for f in (a, b))
    return sa is not None and sb is not None and sa != sb


def _told_side(f: Found, views: Sequence[ClaimView], names: dict[str, str]) -> str | None:
    """The side of a count's source, where ``_side`` reads no English name: its speaker's role, else read from its
    words in any language (``Пакистанские военные заявили``): the claim's speaker, its origin, else the words before
    it."""
    claim = views[f.view].claim
    if views[f.view].speaker_side:
        return views[f.view].speaker_side  # the speaker's role says it ("Saudi military spokesman Turki al-Malki")
    before = f"{views[f.view].lead} {claim.text[: max(0, f.answer.span.start - claim.span.start)]}"
    for words in (claim.speaker_text, names.get(f.answer.origin or ""), before):
        side = source_side(words) if words else None
        if side is not None:
            return side
    return None


def _tally_moved(a: Answer, b: Answer) -> Verdict:
    """One side's or unnamed sources' two counts of things done: a higher count a later day is the count moving on;
    otherwise the two are set apart (not shown as a dispute)."""
    if a.as_of and b.as_of and a.as_of != b.as_of:
        later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
        if (later.number or 0) >= (earlier.number or 0):
            return "evolution"
    return "apart"


def _two_sides(a: Found, b: Found, views: Sequence[ClaimView], names: dict[str, str]) -> bool:
    sa, sb = _side(a, views, names), _side(b, views, names)
    return sa is not None and sb is not None and sa != sb


def _unnamed(key: str) -> bool:
    """An origin that names nobody in particular: the outlet itself, "officials", "sources", "reports"."""
    if key.startswith("outlet:"):
        return True
    kind, _, said = key.partition(":")
    words = said.split() if kind == "said" else [kind]  # a named origin's key is its entity id
    return not words or words[-1] in UNNAMED_SOURCES


def _side(f: Found, views: Sequence[ClaimView], names: dict[str, str]) -> str | None:
    """The country the count's source speaks for, if it says: its origin or speaker (``the Kyrgyz Foreign
    Ministry``: Kyrgyzstan), else who the claim says reported it (``the Tajik side reported 35 dead``)."""
    claim = views[f.view].claim
    source = names.get(f.answer.origin or "", "") or claim.speaker_text
    if source:
        return side_of(source, None)
    before = claim.text[: max(0, f.answer.span.start - claim.span.start)]
    m = _REPORTED.search(before)
    return side_of(before[: m.start()], None) if m else None


_REPORTED = re.compile(rf"\b(?:(?:{'|'.join(sorted(REPORTING_LEMMAS))})\w*|said|told|wrote)\b", re.I)


def _named_together(found: Sequence[Found], views: Sequence[ClaimView]) -> dict[str, set[frozenset[str]]]:
    """Per question kind, pairs of answers that one claim gives together without setting them against each other
    (``a MIM-104A of the Patriot system``, ``a collision with a flock of birds``): parts of one story."""
    per_claim: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in found:
        if f.kind in _TOGETHER_KINDS and f.answer.stance != "denied":
            per_claim[(f.kind, f.view)].add(f.answer.entity or f.answer.value)
    entities = {f.answer.entity for f in found if f.kind == "means" and f.answer.entity is not None}
    for k, v in enumerate(views):
        named = v.entities & entities
        if named:
            per_claim[("means", k)].update(named)
    out: dict[str, set[frozenset[str]]] = defaultdict(set)
    role = {f.answer.entity or f.answer.value: weapon_role(f.answer.value) for f in found if f.kind == "means"}
    for (kind, k), values in per_claim.items():
        if len(values) > 1 and not _RIVAL_WORDS & views[k].words and not _ALTERNATIVES.search(views[k].claim.text):
            pairs = (frozenset(p) for p in combinations(sorted(values), 2))
            # a strike weapon and an interceptor named in one claim are the two accounts of what hit, not one story
            out[kind].update(p for p in pairs if kind != "means" or not _strike_and_defence(p, role))
    return out


def _strike_and_defence(pair: frozenset[str], role: dict[str, str | None]) -> bool:
    roles = {role.get(x) for x in pair}
    return None not in roles and len(roles) == 2


_TOGETHER_KINDS = frozenset({"means", "cause"})
_RIVAL_WORDS = frozenset({"not", "rather", "instead", "contrary", "versus", "denied", "whereas", "while", "but"})
# words that set two answers of one claim side by side as alternatives or rivals, in any language ("a bomb or a
# missile", "sei es eine Bombe oder eine Rakete", "some say a bomb, while others say a drone", "mientras otros")
_ALTERNATIVES = re.compile(
    r"(?<!\w)(?:or|either|oder|ou|sau|или|либо|mientras|mientras que|whereas|während|tandis|alors que|enquanto|"
    r"otros|others|autres|andere)(?!\w)",
    re.I,
)


def _status(items: list[Found], verdicts: dict[tuple[int, int], Verdict], independent: int) -> str:
    """Disputed when two answers contradict; evolving when a count changed; agreed only when two or more
    independent origins agree and nothing is contrary (four outlets relaying one ministry are one origin)."""
    values = set(verdicts.values())
    if "contradicts" in values:
        return "disputed"
    if "evolution" in values:
        return "evolving"
    return "agreed" if "agrees" in values and independent >= 2 else "single-source"


def _origin_key(f: Found, views: Sequence[ClaimView]) -> str:
    """Who stands behind an answer: its named origin, else who the article says said it (``the ministry``), else
    the article (an outlet speaking for itself)."""
    speaker = " ".join((views[f.view].claim.speaker_text or "").casefold().split())
    return f.answer.origin or (f"said:{speaker}" if speaker else f"outlet:{views[f.view].article}")


def _independent(items: list[Found], verdicts: dict[tuple[int, int], Verdict], views: Sequence[ClaimView]) -> int:
    """Independent origins behind the answer most origins give (consensus needs two and nothing contrary)."""
    by_value: dict[str, set[str]] = defaultdict(set)
    for f in items:
        if f.answer.stance != "denied":
            by_value[f.answer.value].add(_origin_key(f, views))
    return max((len(o) for o in by_value.values()), default=0)


def _relations(
    kind: str,
    label: str,
    items: list[Found],
    verdicts: dict[tuple[int, int], Verdict],
    views: Sequence[ClaimView],
    names: dict[str, str],
    seen: set[tuple[str, str]],
    used: set[str],
) -> list[Relation]:
    """One relation per dispute, not per pair of articles: when several sources give answer A and several give a
    rival answer B (or deny A), the reader needs the dispute once, with every source on each side listed.

    The two claims the relation joins are its representative pair (``_representative``): the most direct statement
    of each side, the first reports among equals. The other sources of each side ride in the relation's details
    (``side`` entries: the answer, then each article and claim that gives it) and in the question's answers."""
    group = _answer_groups(items, verdicts, kind in _COUNT_KINDS)
    figure = _figures(items) if kind in _COUNT_KINDS else list(range(len(items)))
    rivals: dict[tuple[object, object], list[tuple[int, int]]] = defaultdict(list)
    for (x, y), verdict in verdicts.items():
        if verdict != "contradicts":
            continue
        gx, gy = group[x], group[y]
        if gx == gy and kind in _COUNT_KINDS and figure[x] != figure[y]:
            # counts joined through a vaguer bound ("at least 6,000" fits 6,000 and 11,300): each figure is a side,
            # with its reports in every wording ("11,300", "almeno 11.300", "about 11,300")
            gx, gy = ("figure", figure[x]), ("figure", figure[y])
        elif gx == gy:  # rivals joined through a third, vaguer answer ("a missile"): each value is its own side
            gx, gy = _shown(items[x].answer), _shown(items[y].answer)
        key, pair = ((gx, gy), (x, y)) if str(gx) <= str(gy) else ((gy, gx), (y, x))
        rivals[key].append(pair)
    out: list[Relation] = []
    # the most told disputes first: a claim giving two answers at once is shown under the commoner
    for _groups, pairs in sorted(_star(rivals, items).items(), key=lambda kv: (-_sources(kv[1]), min(kv[1]))):
        for x, y in sorted(pairs, key=lambda p: _representative(items[p[0]], items[p[1]], views, used)):
            relation = _relation(kind, label, items[x], items[y], views, names)
            if relation is None or (relation.a, relation.b) in seen or (relation.b, relation.a) in seen:
                continue
            seen.add((relation.a, relation.b))
            used.update((relation.a, relation.b))
            # each side: the answers of its group that the other side's contradict (two uses of tear gas agree, but
            # a denial for the stands contradicts only the use in the stands)
            side_x, side_y = sorted({p[0] for p in pairs}), sorted({p[1] for p in pairs})
            sides = (_side_detail(x, side_x, items, views), _side_detail(y, side_y, items, views))
            out.append(
                dataclasses.replace(
                    relation, why=_also(relation.why, sides, items[x], items[y]), details=relation.details + sides
                )
            )
            break  # the dispute is shown once
    return out


def _star(
    rivals: dict[tuple[object, object], list[tuple[int, int]]], items: list[Found]
) -> dict[tuple[object, object], list[tuple[int, int]]]:
    """With three or more rival answers to one question (tolls of 27, 39 and 50; three parties blamed), not every
    pair: a spanning tree of the rivalries, each answer joined once, preferring links to the answers most sources
    give (k answers give at most k - 1 relations; with every pair rival, the commonest answer against each of the
    others)."""
    told: dict[object, set[str]] = defaultdict(set)
    for (gx, gy), pairs in rivals.items():
        for x, y in pairs:
            told[gx].add(items[x].answer.article)
            told[gy].add(items[y].answer.article)
    ordered = sorted(told, key=lambda g: (-len(told[g]), sorted(told[g], key=_article_order), str(g)))
    rank = {g: n for n, g in enumerate(ordered)}
    parent = {g: g for g in told}

    def find(g: object) -> object:
        while parent[g] != g:
            g = parent[g]
        return g

    kept = {}
    for key in sorted(rivals, key=lambda k: sorted((rank[k[0]], rank[k[1]]))):
        ra, rb = find(key[0]), find(key[1])
        if ra != rb:
            parent[ra] = rb
            kept[key] = rivals[key]
    return kept


def _figures(items: list[Found]) -> list[int]:
    """For counts, which figure each answer gives: answers whose numbers lie within ``_NEAR`` of each other (11,300,
    "about 11.300", 11,000) give one figure; a denial is a figure of its own."""
    figures = Union(len(items))
    told = sorted((f.answer.number, i) for i, f in enumerate(items) if f.answer.number and f.answer.stance != "denied")
    for (low, i), (high, j) in zip(told, told[1:], strict=False):
        if high - low <= _NEAR * high:
            figures.union(i, j)
    return [figures.find(i) for i in range(len(items))]


def _sources(pairs: list[tuple[int, int]]) -> int:
    return len({i for pair in pairs for i in pair})


def _answer_groups(items: list[Found], verdicts: dict[tuple[int, int], Verdict], counts: bool = False) -> list[object]:
    """Which side each answer is on: answers that give the same value, or that the comparison finds compatible
    (``51%`` and ``51.2%``, two reports of one denial), are one side of a dispute; so are an answer and a denial that
    one claim gives together (``headed to Belarus, not Ukraine``: one account, shown once against ``Ukraine``). An
    answer too vague to side with one of two rivals (``_bridges``) joins neither, only the vague answers that agree
    with it (one side, not one dispute each); counts have their own figures (``_figures``)."""
    sides = Union(len(items))
    first: dict[str, int] = {}
    told: dict[int, int] = {}
    for i, f in enumerate(items):
        sides.union(i, first.setdefault(_shown(f.answer), i))
        other = told.setdefault(f.view, i)
        if other != i and (items[other].answer.stance == "denied") != (f.answer.stance == "denied"):
            sides.union(i, other)
    bridges = set() if counts else _bridges(verdicts)
    for (x, y), verdict in verdicts.items():
        if verdict == "agrees" and (x in bridges) == (y in bridges):
            sides.union(x, y)  # two vague answers that agree are one side too ("an air-defence missile", "a SAM")
    return [sides.find(i) for i in range(len(items))]


def _bridges(verdicts: dict[tuple[int, int], Verdict]) -> set[int]:
    """Answers too vague to side with anyone: each agrees with two answers that contradict each other (``a missile``
    fits both ``Kh-101`` and ``an air-defence missile``). Joined through them, the two rivals would be one side."""
    agreeing: dict[int, set[int]] = defaultdict(set)
    rivals = []
    for (x, y), verdict in verdicts.items():
        if verdict == "agrees":
            agreeing[x].add(y)
            agreeing[y].add(x)
        elif verdict == "contradicts":
            rivals.append((x, y))
    out: set[int] = set()
    for x, y in rivals:
        out |= agreeing.get(x, set()) & agreeing.get(y, set())
    return out


_DIRECTNESS = {"asserted": 0, "attributed": 1, "denied": 1, "hedged": 2}


def _representative(
    a: Found, b: Found, views: Sequence[ClaimView], used: set[str]
) -> tuple[int, int, int, int, int, int, int, int, int]:
    """Which pair of claims stands for a dispute: claims no other dispute shows already (each dispute shows sources
    of its own where it can: a sentence that already stands for "who did it" is not also the one shown for "with
    what" when another source says it), then two named sources one article sets against each other (the dispute
    shown where a reader sees both accounts at once: ``_sources_set_against``), then statements that stand alone
    before relative clauses (``which Chilean troops shelled``: its subject is outside it), then the most direct
    statements (stated as fact before attributed or denied, before hedged: the one a reader checks without unwrapping
    who said it or how firmly), then the first reports of the two sides (the earliest articles: where the dispute
    shows first), then the shortest claims in them (the answer said plainly, not inside a long sentence about
    something else), then the earliest. Nothing in the rule looks at which pair any gold lists."""
    va, vb = views[a.view], views[b.view]
    return (
        (va.claim.id in used) + (vb.claim.id in used),
        int(va.article != vb.article),
        _clause(va) + _clause(vb),
        _DIRECTNESS.get(a.answer.stance, 3) + _DIRECTNESS.get(b.answer.stance, 3),
        min(va.index, vb.index),
        max(va.index, vb.index),
        len(va.claim.text) + len(vb.claim.text),
        va.claim.span.start,
        vb.claim.span.start,
    )


_RELATIVE = re.compile("|".join(RELATIVE_START), re.I)


def _clause(v: ClaimView) -> int:
    """1 for a claim that opens on a relative word (a clause leaning on a noun outside it), else 0."""
    return int(bool(_RELATIVE.match(v.claim.text.lstrip(" \"'“‘«"))))


def _side_detail(rep: int, side: list[int], items: list[Found], views: Sequence[ClaimView]) -> tuple[str, str]:
    """Every source on one side of a dispute, labelled with its representative's answer: ``("side", "Ukraine: A1 C9,
    A4 C126")``, in corpus order."""
    told: dict[tuple[int, int], str] = {}
    for i in side:
        v = views[items[i].view]
        told.setdefault((v.index, v.claim.span.start), f"{items[i].answer.article} {v.claim.id}")
    return ("side", f"{_shown(items[rep].answer)}: " + ", ".join(told[k] for k in sorted(told)))


def _also(why: str, sides: tuple[tuple[str, str], ...], a: Found, b: Found) -> str:
    """The relation's why, with the other articles of each side named (``; also A4, A5 for Ukraine``)."""
    shown = {a.answer.article, b.answer.article}
    more = []
    for _kind, text in sides:
        value, _, told = text.rpartition(": ")
        others = sorted({t.split()[0] for t in told.split(", ")} - shown, key=_article_order)
        if others:
            more.append(f"{value} also in {', '.join(others)}")
    return f"{why}; {'; '.join(more)}" if more else why


def _article_order(article: str) -> tuple[int, str]:
    return len(article), article


def _evolutions(
    label: str,
    items: list[Found],
    verdicts: dict[tuple[int, int], Verdict],
    views: Sequence[ClaimView],
    seen: set[tuple[str, str]],
    count: bool = True,
) -> list[Relation]:
    """A count (or a stage, ``count`` False) that changed between days: an ``evolves`` relation from each earlier
    answer to the latest one."""
    dated = [  # an undated answer has no place on the way a count changed ("from None")
        (x, y)
        for (x, y), v in verdicts.items()
        if v == "evolution"
        and items[x].answer.as_of
        and items[y].answer.as_of
        and items[x].answer.as_of != items[y].answer.as_of
    ]
    if not dated:
        return []
    latest = max(items[i].answer.as_of or "" for pair in dated for i in pair)
    what = "count" if count else "account"
    out: list[Relation] = []
    linked: set[str] = set()
    for x, y in sorted(dated, key=lambda p: _rank(items[p[0]], items[p[1]], views)):
        early, late = (
            (items[x], items[y])
            if (items[x].answer.as_of or "") < (items[y].answer.as_of or "")
            else (
                items[y],
                items[x],
            )
        )
        if late.answer.as_of != latest or early.answer.article in linked:
            continue
        a, b = views[early.view].claim.id, views[late.view].claim.id
        if (a, b) in seen or (b, a) in seen or a == b:
            continue
        seen.add((a, b))
        linked.add(early.answer.article)
        change = f"{early.answer.as_of} ({early.answer.article}) → {late.answer.as_of} ({late.answer.article})"
        out.append(
            Relation(
                type="evolves",
                a=a,
                b=b,
                score=1.0,
                why=f"{label}: {_shown(early.answer)} then {_shown(late.answer)}; the {what} changed from {change}",
                details=(("evolution", change),),
            )
        )
    return out


def _relation(
    kind: str, label: str, a: Found, b: Found, views: Sequence[ClaimView], names: dict[str, str]
) -> Relation | None:
    va, vb = views[a.view], views[b.view]
    if va.claim.id == vb.claim.id:
        return None
    first, second = (a, b) if (va.index, va.claim.span.start) <= (vb.index, vb.claim.span.start) else (b, a)
    if a.clock and a.clock == b.clock:
        label = f"{label} as of {a.clock}"  # two counts for one hour: "how many were injured as of 16:00"
    return Relation(
        type="contradicts",
        a=views[first.view].claim.id,
        b=views[second.view].claim.id,
        score=1.0,
        why=_why(label, first.answer, second.answer, names),
        details=((kind, f"{_shown(first.answer)} vs {_shown(second.answer)}"),),
    )


def _why(label: str, a: Answer, b: Answer, names: dict[str, str]) -> str:
    """``who did it: Russia, per the governor (A3) vs Ukraine (A2)``; a denial against the answer it denies says so."""
    told = f"{label}: {_told(a, names)} vs {_told(b, names)}"
    if (a.stance == "denied") != (b.stance == "denied"):
        return f"denial and assertion of the same act: {told}"
    return told


def _rank(a: Found, b: Found, views: Sequence[ClaimView]) -> tuple[int, int, int, int]:
    """Plain statements first, then attributed and denied, then hedged; earlier articles and claims first."""
    order = {"asserted": 0, "attributed": 1, "denied": 1, "hedged": 2}
    return (
        order.get(a.answer.stance, 3) + order.get(b.answer.stance, 3),
        views[b.view].index,
        views[a.view].claim.span.start,
        views[b.view].claim.span.start,
    )


def _shown(a: Answer) -> str:
    if a.stance == "denied":
        return f"not {a.value}"
    return f"only {a.value}" if a.note == "only" else a.value


def _told(a: Answer, names: dict[str, str]) -> str:
    """``Russia, per the regional governor (A3)``: the answer, on whose word, in which article."""
    who = names.get(a.origin or "", "")
    per = f", per {who}" if who else ""
    firm = " (hedged)" if a.stance == "hedged" else ""
    return f"{_shown(a)}{firm}{per} ({a.article})"


def events_label(events: Sequence[Event]) -> str:
    """The main event's label, for a report's heading."""
    return next((e.label for e in events if e.main), "")
