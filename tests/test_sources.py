"""Sources and names: who said it, through whom, and who is who (speakers, relay chains, name variants).

Every text is a sentence of our own about invented people, places and events.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import rashomon
from rashomon.extract.entities import retype
from rashomon.extract.quotes import find_marked
from rashomon.extract.relays import credited_agencies
from rashomon.extract.speakers import Resolver
from rashomon.link.aliases import merge_entities, person_parts, place_key
from rashomon.link.origins import origin_of, relay_chain
from rashomon.model import Analysis, Entity, Ledger, Mention, Quote, Span
from rashomon.names.translit import close_spelling


def ledger_of(tmp_path: Path, text: str, name: str = "a.txt") -> Ledger:
    (tmp_path / name).write_text(" date 2023-06-08 Test\n\n" + text, encoding="utf-8")
    return rashomon.analyze([tmp_path / name])


def the_quote(ledger: Ledger, starts: str) -> Quote:
    found = [q for q in ledger.quotes if q.text.startswith(starts) and q.kind != "scare"]
    assert found, [q.text for q in ledger.quotes]
    return found[0]


def speaker(ledger: Ledger, q: Quote) -> str | None:
    return ledger.entity(q.speaker).name if q.speaker else None


def via(ledger: Ledger, q: Quote) -> list[str]:
    return [ledger.entity(v).name for v in q.via]


def same(entities: tuple[Entity, ...], a: str, b: str) -> bool:
    for e in entities:
        names = {e.name.casefold(), *(x.casefold() for x in e.aliases)}
        if a.casefold() in names and b.casefold() in names:
            return True
    return False


# ---------------------------------------------------------------- speakers


def test_the_quotes_own_first_words_are_not_its_speaker(tmp_path: Path) -> None:
    text = (
        "\u201cMy answer, that was a disgrace,\u201d the council's former budget chief Tomas Varga said in an "
        "interview on Monday.\n\n\u201cThe harbour will flood again. Full stop,\u201d said Ilse Brandt, a senior "
        "engineer at the port authority."
    )
    led = ledger_of(tmp_path, text)
    first = the_quote(led, "My answer")
    assert first.speaker_text != "My answer" and speaker(led, first) == "Tomas Varga"
    second = the_quote(led, "The harbour")
    assert second.speaker_text == "Ilse Brandt"


def test_a_name_before_its_apposition_speaks_not_the_show_quoted_after_the_verb(tmp_path: Path) -> None:
    text = (
        "\u201cThe bridge will reopen before winter, and the ferry will run all night,\u201d Tomas Varga, a senior "
        "adviser to the council, said on Monday on Channel Nine\u2019s \u201cMorning Show.\u201d"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "The bridge")) == "Tomas Varga"


def test_a_missed_name_resolves_to_the_person_named_so_elsewhere() -> None:
    text = "Minister Ilse Brandt arrived. Later Brandt spoke."
    ilse = Mention(span=Span(9, 20), text="Ilse Brandt", type="PERSON", name="Ilse Brandt")
    resolver = Resolver((ilse,), text)
    assert resolver.resolve("Brandt", Span(36, 42)) == ilse
    assert resolver.resolve("Mr. Brandt", Span(32, 42)) == ilse


def test_a_surname_two_people_share_stays_unresolved() -> None:
    text = "Ilse Brandt and Karl Brandt arrived. Later Brandt spoke."
    ilse = Mention(span=Span(0, 11), text="Ilse Brandt", type="PERSON", name="Ilse Brandt")
    karl = Mention(span=Span(16, 27), text="Karl Brandt", type="PERSON", name="Karl Brandt")
    assert Resolver((ilse, karl), text).resolve("Brandt", Span(43, 49)) is None


# ---------------------------------------------------------------- relay chains


def _media(text: str, *names: str) -> list[Mention]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(Mention(span=Span(start, start + len(name)), text=name, type="MEDIA", name=name))
    return out


@pytest.mark.parametrize(
    "text, agency",
    [
        ("PORTVILLE, May 3 (Reuters) - The dam held, officials said.\n\nMore rain is due.", "Reuters"),
        ("PORTVILLE (AP) \u2014 The dam held, officials said.\n\nMore rain is due.", "AP"),
        ("(Reuters) -The dam held, officials said.\n\nMore rain is due.", "Reuters"),
        ("PORTVILLE (Riverside News / Sputnik - 3rd May, 2023) The dam held.\n\nMore rain is due.", "Sputnik"),
        ("The dam held, officials said.\n\nMore rain is due.\n\n\u2014 AFP", "AFP"),
        ("By Jane Roe, Reuters\n\nThe dam held, officials said.\n\nMore rain is due.", "Reuters"),
        ("The dam held.\n\nSource: Belta, a state news agency, quoting the governor\n\nMore rain is due.", "Belta"),
        ("The dam held, according to Xinhua.\n\nMore rain is due, officials said.", "Xinhua"),
    ],
)
def test_agencies_credited_by_the_article(text: str, agency: str) -> None:
    spans = credited_agencies(text, _media(text, agency))
    assert [text[s.start : s.end] for s in spans] == [agency]


@pytest.mark.parametrize(
    "text",
    [
        "The dam held, officials said. Reuters had reported a breach last year.\n\nMore rain is due.",
        "The dam held.\n\nA reporter from Reuters and one from AFP watched the water rise all night long.",
    ],
)
def test_an_outlet_merely_mentioned_is_no_credit(text: str) -> None:
    media = _media(text, "Reuters") + (_media(text, "AFP") if "AFP" in text else [])
    assert credited_agencies(text, media) == []


def test_every_quote_of_a_wire_story_comes_through_its_agency(tmp_path: Path) -> None:
    text = (
        "HARBOURTON, May 3 (Reuters) - The dam on the Vell river held overnight, officials said.\n\n"
        "\u201cWe were lucky this time,\u201d said Ilse Brandt, the town's mayor.\n\n"
        "\u201cThe water is falling,\u201d Tomas Varga, a hydrologist, told Bloomberg."
    )
    led = ledger_of(tmp_path, text)
    assert "Reuters" in via(led, the_quote(led, "We were lucky"))
    relayed = via(led, the_quote(led, "The water is falling"))
    assert "Reuters" in relayed and "Bloomberg" in relayed


# ---------------------------------------------------------------- entities


def test_a_title_glued_to_a_name_is_a_role(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "Harbourton Mayor Ilse Brandt said the dam held after a night of rain.")
    people = [e for e in led.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Ilse Brandt"]
    assert "Mayor" in (people[0].role or "")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Olena Hrytsenko", "Olena Grytsenko"),
        ("Лукас Сантос", "Lucas Santos"),
        ("Мартин Гонсалес", "Martin Gonzalez"),
    ],
)
def test_spellings_across_scripts_share_a_person_key(a: str, b: str) -> None:
    assert person_parts(a) == person_parts(b)
    assert close_spelling(a.split()[-1], b.split()[-1])


def test_different_people_keep_different_keys() -> None:
    assert person_parts("Lucas Santos") != person_parts("Lucas Soto")
    assert not close_spelling("Hill", "Gallo")  # one key (H is G), but spellings too far apart to be one name


@pytest.mark.parametrize(
    "a, b",
    [
        ("Republic of Poland", "Poland"),
        ("Bolivarian Republic of Venezuela", "Venezuela"),
        ("U S", "US"),
    ],
)
def test_a_states_long_and_short_names_are_one_place(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize("a, b", [("Republic of China", "China"), ("Republic of Korea", "North Korea")])
def test_long_forms_that_name_another_state_stay_apart(a: str, b: str) -> None:
    assert place_key(a) != place_key(b)


@pytest.mark.parametrize(
    "text, label, expected",
    [
        ("María Elena Duarte", "ORG", "PERSON"),
        ("Jorge Alberto Rivas", "WORK_OF_ART", "PERSON"),
        ("Victoria Station", "FAC", "FAC"),
        ("George Mason University", "ORG", "ORG"),
        ("G-7", "EQUIPMENT", "ORG"),
        ("Tochka-U", "GPE", "EQUIPMENT"),
    ],
)
def test_types_checked_against_the_name(text: str, label: str, expected: str) -> None:
    assert retype(text, label) == expected


def test_group_names_and_courtesy_titles_merge(analyze_text: Callable[..., Analysis]) -> None:
    entities = merge_entities(
        [
            analyze_text("Finance ministers of the G-20 met in Harbourton. Mr. Varga chaired.", id="A1"),
            analyze_text("The G20 meeting ended. Tomas Varga said it went well.", id="A2"),
        ]
    )
    assert same(entities, "G-20", "G20")
    assert same(entities, "Tomas Varga", "Mr. Varga")


# ---------------------------------------------------------------- origins


def test_the_origin_is_the_first_named_source_in_the_chain(tmp_path: Path) -> None:
    text = (
        "HARBOURTON, May 3 (Reuters) - The dam on the Vell river held overnight.\n\n"
        "\u201cWe were lucky this time,\u201d said Ilse Brandt, the town's mayor.\n\n"
        "Officials said the water was falling and the roads would reopen on Friday."
    )
    led = ledger_of(tmp_path, text)
    named = the_quote(led, "We were lucky")
    chain = relay_chain(named, led)
    assert led.entity(chain.speaker or "").name == "Ilse Brandt"
    assert [led.entity(r).name for r in chain.relays] == ["Reuters"]
    assert origin_of(named, led) == chain.speaker
    unnamed = the_quote(led, "the water was falling")
    assert unnamed.speaker is None and origin_of(unnamed, led) == chain.relays[0]
    claims = [c for c in led.claims if c.quote == named.id]
    assert claims and all(origin_of(c, led) == named.speaker for c in claims)


def test_an_article_speaking_for_itself_has_no_origin(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "The dam on the Vell river held overnight after three days of rain in the hills.")
    assert led.claims and all(origin_of(c, led) is None for c in led.claims)


@pytest.mark.parametrize("a, b", [("Махачкалу", "Makhachkala"), ("Грозного", "Grozny"), ("Казахстане", "Kazakhstan")])
def test_a_known_place_in_cyrillic_in_any_case(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


def test_names_across_scripts_and_types_merge(analyze_text: Callable[..., Analysis]) -> None:
    entities = merge_entities(
        [
            analyze_text("Fans gathered at Vellmar Arena Hall before the concert on Friday.", id="A1"),
            analyze_text("Вчера в Веллмар Арена Холле прошел концерт.", id="A2", language="ru"),
        ]
    )
    assert same(entities, "Vellmar Arena Hall", "Веллмар Арена Холле")


def test_a_transcript_label_is_the_speaker(tmp_path: Path) -> None:
    text = (
        "Channel host Dana Holt interviewed Senator Ivo Marek on Sunday.\n\n"
        "\"HOLT: Let's begin with the budget. Will you vote for it tonight?\n\n"
        '"MAREK: Well, look, I will vote for it if the bridge money stays in."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "HOLT:")) == "Dana Holt"
    assert speaker(led, the_quote(led, "MAREK:")) == "Ivo Marek"


def test_the_prosecutor_is_the_prosecutor_named_before(tmp_path: Path) -> None:
    text = (
        "Prosecutor Anna Novak opened a case on Monday against Interior Minister Karl Weber. "
        "The campaign said it would appeal. \u201cWe have strong evidence,\u201d the prosecutor said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "We have strong evidence")) == "Anna Novak"


@pytest.mark.parametrize(
    "phrase, outlet",
    [
        ("Kremlin aide Ivo Marek told the Ruritanian state-run TASS news agency.", "TASS"),
        ("Ivo Marek said on Fox News.", "Fox News"),
        ("Speaking to the news agency AFP, Ivo Marek said so.", "Agence France-Presse"),
    ],
)
def test_relays_named_with_a_description(tmp_path: Path, phrase: str, outlet: str) -> None:
    led = ledger_of(tmp_path, "\u201cThe talks will go on next week in the capital,\u201d " + phrase)
    assert outlet in via(led, the_quote(led, "The talks"))


def test_refusing_comment_is_speech_refusing_to_act_is_not(tmp_path: Path) -> None:
    text = (
        "The ministry on Friday refused any comment \u201cbefore the end of the inquiry\u201d. "
        "The minister refused to travel to the border."
    )
    led = ledger_of(tmp_path, text)
    assert the_quote(led, "before the end").kind == "direct"
    assert not [q for q in led.quotes if "travel" in q.text]


@pytest.mark.parametrize(
    "text, inner",
    [
        ('"We will rebuild the bridge,\u201d she said.', ["We will rebuild the bridge,"]),
        ('\u201cWe will rebuild the bridge," she said.', ["We will rebuild the bridge,"]),
        (
            "She said: \u201cWe will rebuild the bridge and the road.\nThe rain stopped.",
            ["We will rebuild the bridge and the road."],
        ),
        ('The so-called "peace plan of the council was dropped', []),
    ],
)
def test_tolerant_quote_pairing(text: str, inner: list[str]) -> None:
    assert [text[q.inner.start : q.inner.end] for q in find_marked(text)] == inner


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "A fire broke out at the depot in Varnia on Monday.\n\nAs reported by the Varnia Courier with reference to "
            "the Varnia Harbour Authority.\n\n\u201cThe blaze was put out within an hour,\u201d the statement said.",
            "Varnia Harbour Authority",
        ),
        (
            "Citing the Lerovo Transport Inspectorate, local media reported a derailment near Tavrin.\n\n"
            "\u201cNo passenger was hurt,\u201d the statement said.",
            "Lerovo Transport Inspectorate",
        ),
        (
            "Officials backed the joint statement of the Lerovo Rail Workers Union on Friday.\n\n"
            "\u201cWe demand a full inquiry,\u201d the statement says.",
            "Lerovo Rail Workers Union",
        ),
    ],
)
def test_a_statement_is_the_source_the_text_drew_on(tmp_path: Path, text: str, want: str) -> None:
    led = ledger_of(tmp_path, text)
    got = speaker(led, the_quote(led, text.split("\u201c")[1][:12]))
    assert got is not None and want.split()[-1] in got, got


def test_a_statement_after_another_voice_is_not_the_earlier_source(tmp_path: Path) -> None:
    text = (
        "Citing the Lerovo Transport Inspectorate, local media reported a derailment near Tavrin.\n\n"
        "Mayor Ivan Dorn told reporters that the line would reopen soon.\n\n"
        "\u201cNo passenger was hurt,\u201d the statement said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "No passenger")) != "Lerovo Transport Inspectorate"
    text = (
        "Citing a letter from the Lerovo Transport Inspectorate, local media reported a derailment near Tavrin.\n\n"
        "\u201cNo passenger was hurt,\u201d the statement said."
    )
    led = ledger_of(tmp_path, text, "b.txt")
    assert speaker(led, the_quote(led, "No passenger")) != "Lerovo Transport Inspectorate"
