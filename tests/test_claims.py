"""Claims: units, stance (asserted, attributed, hedged, denied), speaker, day and frames. Other events' texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.model import Analysis, Claim


def claims(analyze_text: Callable[..., Analysis], text: str, **kw: object) -> list[Claim]:
    analysis = analyze_text(text, **kw)
    for c in analysis.claims:
        assert analysis.article.text[c.span.start : c.span.end] == c.text
    return list(analysis.claims)


def the_claim(found: list[Claim], starts: str) -> Claim:
    match = [c for c in found if c.text.startswith(starts)]
    assert match, [c.text for c in found]
    return match[0]


@pytest.mark.parametrize(
    "text, starts, stance",
    [
        ("The ferry was sunk by a sea mine near the harbour.", "The ferry was sunk", "asserted"),
        ("The coast guard said the ferry was sunk by a sea mine.", "the ferry was sunk", "attributed"),
        ("According to the navy, the ferry was sunk by a sea mine.", "the ferry was sunk", "attributed"),
        ("The ferry was allegedly sunk by a sea mine.", "The ferry was allegedly", "hedged"),
        ("The ferry could have been sunk by a sea mine.", "The ferry could have", "hedged"),
        ("The mine appeared to come from a minefield laid last year.", "The mine appeared", "hedged"),
        ("The navy denied that its mines sank the ferry.", "its mines sank", "denied"),
        ("The admiral rejected the accusations as absurd.", "The admiral rejected", "denied"),
    ],
)
def test_stances(analyze_text: Callable[..., Analysis], text: str, starts: str, stance: str) -> None:
    assert the_claim(claims(analyze_text, text), starts).stance == stance


@pytest.mark.parametrize(
    "text, starts, stance",
    [
        ("There is nothing to suggest that the ferry was sunk on purpose.", "the ferry was sunk", "hedged"),
        ("There is nothing, nothing at all, to suggest that the navy sank the ferry.", "the navy sank", "hedged"),
        ("Nothing indicates that the rebels fired the rocket deliberately.", "Nothing indicates", "hedged"),
        ("The minister said there was no sign that the army shelled the market.", "there was no sign", "hedged"),
        ("The inquiry does not show that the guards fired first.", "The inquiry does not", "hedged"),
        # what points to it, said of something, and what is no pointer at all, leave the claim as it is
        ("The report suggests that the guards fired first.", "the guards fired first", "attributed"),
        ("There is no doubt that the army shelled the market.", "There is no doubt", "asserted"),
        ("Nothing was left of the bridge that the rebels blew up.", "Nothing was left", "asserted"),
    ],
)
def test_nothing_pointing_to_an_act_leaves_it_open(
    analyze_text: Callable[..., Analysis], text: str, starts: str, stance: str
) -> None:
    """``nothing suggests``, ``no sign that``, ``does not show that`` govern like ``no evidence that``: hedged."""
    assert the_claim(claims(analyze_text, text), starts).stance == stance


def test_rejecting_a_request_is_not_a_denial(analyze_text: Callable[..., Analysis]) -> None:
    found = claims(analyze_text, "Norway rejected Sweden's request to hold a meeting on Friday.")
    assert the_claim(found, "Norway rejected").stance == "asserted"


def test_not_admitting_responsibility_is_a_denial(analyze_text: Callable[..., Analysis]) -> None:
    found = claims(
        analyze_text, "Serbia does not deny that shots were fired, but does not admit responsibility for the deaths."
    )
    denial = the_claim(found, "does not admit")
    assert denial.stance == "denied"
    frame = next(f for f in denial.frames if f.kind == "admit")
    assert frame.negated and frame.role("agent").text == "Serbia"  # type: ignore[union-attr]


def test_attributed_claim_carries_the_speaker(analyze_text: Callable[..., Analysis]) -> None:
    found = claims(analyze_text, "Police chief Anna Berg said that the bridge was closed by protesters.")
    c = the_claim(found, "the bridge was closed")
    assert (c.stance, c.speaker_text, c.cue) == ("attributed", "Police chief Anna Berg", "said")


def test_a_quote_gives_one_claim_per_sentence(analyze_text: Callable[..., Analysis]) -> None:
    found = claims(
        analyze_text, "\u201cThe port is closed. The ships will wait outside,\u201d harbour master Jonas Lind said."
    )
    texts = [c.text for c in found if c.speaker_text]
    assert texts == ["The port is closed.", "The ships will wait outside,"]


def test_nested_clause_is_a_claim_of_its_own(analyze_text: Callable[..., Analysis]) -> None:
    found = claims(analyze_text, "A cargo ship, which was carrying 40,000 tonnes of grain, ran aground near Varna.")
    assert any(c.text.startswith("which was carrying") for c in found)
    assert any(c.text.startswith("A cargo ship") for c in found)


def test_the_day_of_a_claim(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text(
        "On March 3, the ministry said that the dam was damaged on March 1.", published="2023-03-05"
    )
    c = the_claim(list(analysis.claims), "the dam was damaged")
    day = next(t for t in analysis.times if (t.span.start, t.span.end) == (c.time_ref.start, c.time_ref.end))
    assert day.value == "2023-03-01"  # the day the claimed event happened, not when it was said


@pytest.mark.parametrize(
    "text, kind, roles",
    [
        ("The convoy was hit by a drone near Kherson.", "attack", {"patient": "The convoy", "instrument": "a drone"}),
        ("Rebels shot down a helicopter over the valley.", "attack", {"agent": "Rebels", "patient": "a helicopter"}),
        (
            "The train carried 300 refugees to Przemysl.",
            "transport",
            {"vehicle": "The train", "cargo": "300 refugees", "destination": "Przemysl"},
        ),
        ("Georgia accused Moscow of staging the attack.", "blame", {"agent": "Georgia", "patient": "Moscow"}),
    ],
)
def test_frames(analyze_text: Callable[..., Analysis], text: str, kind: str, roles: dict[str, str]) -> None:
    c = claims(analyze_text, text)[0]
    frame = next(f for f in c.frames if f.kind == kind)
    assert {r.name: r.text for r in frame.roles if r.name in roles} == roles


def test_unknown_slot(analyze_text: Callable[..., Analysis]) -> None:
    found = claims(analyze_text, "The tanker was hit by a drone, the type of which has not yet been established.")
    frames = [f for c in found for f in c.frames if f.kind == "establish"]
    assert frames and frames[0].negated and frames[0].role("unknown").text == "a drone"  # type: ignore[union-attr]


def test_on_board_listing(analyze_text: Callable[..., Analysis]) -> None:
    c = claims(analyze_text, "On board the ferry were 12 crew members and 80 passengers.")[0]
    frame = next(f for f in c.frames if f.predicate == "be on board")
    assert frame.role("vehicle").text == "the ferry"  # type: ignore[union-attr]
    assert "80 passengers" in frame.role("cargo").text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "KISUMU, Aug 9 (KNA): Police dispersed the protesters near the port with tear gas.",
        "Aug 9 (KNA): Police dispersed the protesters near the port with tear gas.",
        "GENEVA (AFP) - Police dispersed the protesters near the port with tear gas.",
    ],
)
def test_a_wire_dateline_is_not_part_of_the_claim(analyze_text: Callable[..., Analysis], text: str) -> None:
    found = claims(analyze_text, text)
    assert [c.text for c in found if "tear gas" in c.text] == [
        "Police dispersed the protesters near the port with tear gas."
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("КРАСНОДАР, 12 апреля. /ТАСС/. Полиция перекрыла дорогу к порту после аварии.", "ru"),
        ("КРАСНОДАР, 12 апреля 2024.\nПолиция перекрыла дорогу к порту после аварии.", "ru"),
        ("KISUMU, Aug 9 - Police dispersed the protesters near the port with tear gas.", "en"),
    ],
)
def test_a_dateline_is_no_claim_of_its_own(analyze_text: Callable[..., Analysis], text: str, language: str) -> None:
    found = [c.text for c in analyze_text(text, language=language).claims]
    assert found and not any(t.startswith(("КРАСНОДАР", "KISUMU")) for t in found), found


def test_a_language_without_a_parser_is_never_walked_as_a_tree() -> None:
    """spaCy leaves a blank pipeline's tree edges unset, and walking them (a sentence's root, its children) read
    past the Doc's memory and killed the process on one French wire story: claims take whole sentences there."""

    from rashomon.extract import claims
    from rashomon.extract.nlp import parse
    from rashomon.model import Article

    text = (
        "Le ministère a publié mardi un communiqué sur l'incident survenu au-dessus de la mer. "
        "Selon ce texte, deux avions ont approché l'appareil à plusieurs reprises. "
        "Les autorités ont assuré que leurs pilotes n'avaient pas utilisé leurs armes."
    )
    doc = parse(text, "fr")
    assert not doc.has_annotation("DEP")

    def no_tree(span: object) -> object:
        raise AssertionError("a sentence of an unparsed Doc was walked as a tree")

    doc.user_span_hooks["root"] = no_tree
    article = Article(id="A1", source="x", name="x", text=text, sha256="0", language="fr")
    found = list(claims.extract_claims(doc, Analysis(article=article)))
    assert [c.text for c in found] == [text[s.start_char : s.end_char].strip() for s in doc.sents]
