"""A strike with a disputed author and weapon (issue "strike"), on sentences written for these tests (never article
text): the day a statement was made is not the day of the act it reports; a weapon listed among a barrage's
arsenal is no rival answer; denials of others' allegations and questions put to a spokesman are not claims; who
established that an act was done is not its doer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rashomon.link.views import ClaimView
from rashomon.model import Analysis, Claim, Ledger, Span

from .dated_articles import answers, corpus


def contradictions(led: Ledger, kind: str | None = None) -> list:
    return [
        r for r in led.relations if r.type == "contradicts" and (kind is None or r.details and r.details[0][0] == kind)
    ]


def the_claim(analysis: Analysis, starts: str) -> Claim:
    match = [c for c in analysis.claims if c.text.startswith(starts)]
    assert match, [c.text for c in analysis.claims]
    return match[0]


def day_of(analysis: Analysis, c: Claim) -> tuple[str | None, bool]:
    """The claim's day and whether it is named inside the claim."""
    if c.time_ref is None:
        return None, False
    t = next(t for t in analysis.times if (t.span.start, t.span.end) == (c.time_ref.start, c.time_ref.end))
    return t.value, c.span.contains(c.time_ref)


def test_the_day_of_saying_is_not_the_day_of_the_act() -> None:
    from rashomon.extract.claims import _day_of_saying
    from rashomon.extract.nlp import english
    from rashomon.model import Span

    text = "The governor said Tuesday on his channel that the clinic in Ostrov was hit by a rocket on Monday."
    doc = english()(text)

    def at(word: str) -> Span:
        start = text.index(word)
        return Span(start, start + len(word))

    assert _day_of_saying(doc, at("Tuesday"))  # when it was said
    assert not _day_of_saying(doc, at("Monday"))  # when the clinic was hit


def test_a_weapon_listed_in_the_barrage_is_no_rival_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-06", "Investigators said a Vestan Sokol-9 cruise missile hit the children's clinic in Ostrov."),
        (
            "2024-05-06",
            "The overnight attacks on Norland included Grom-5 ballistic missiles, the air force said. A Vestan "
            "Sokol-9 cruise missile hit the children's clinic in Ostrov, officials said.",
        ),
    )
    values = {a.value for a in answers(led, "means")}
    assert any("Sokol-9" in v for v in values), values
    assert not any("Grom-5" in v for v in values), values
    assert not contradictions(led, "means")


def test_a_weapon_after_including_in_another_sense_stays_an_answer(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-06",
            "The ministry said it had been confirmed, including by witnesses, that a Grom-5 missile landed on the "
            "clinic in Ostrov.",
        ),
    )
    assert any("Grom-5" in a.value for a in answers(led, "means"))


def view(sentence: str, claim: str, stance: str = "attributed", cue: str | None = "said") -> ClaimView:
    """The view of the claim ``claim`` inside ``sentence``, as linking sees it (its lead and trail words)."""
    from rashomon.link.views import _lead, _trail

    start = sentence.index(claim)
    span = Span(start, start + len(claim))
    c = Claim(article="A1", span=span, text=claim, stance=stance, cue=cue)  # type: ignore[arg-type]
    return ClaimView(
        claim=c, index=0, published=None, lead=_lead(sentence, span.start), trail=_trail(sentence, span.end)
    )


def test_a_dismissed_allegation_is_denied_not_claimed() -> None:
    from rashomon.link.questions import _stance

    sentence = (
        "The ministry dismissed as untrue Norland's allegations that a Vestan strike deliberately targeted the "
        "clinic, as it said footage showed a falling missile."
    )
    assert _stance(view(sentence, "that a Vestan strike deliberately targeted the clinic")) == "denied"
    sentence = "The ministry said that a Vestan strike deliberately targeted the clinic."
    assert _stance(view(sentence, "that a Vestan strike deliberately targeted the clinic")) == "attributed"


def test_a_question_put_to_a_spokesman_is_no_answer_of_his() -> None:
    from rashomon.link.questions import _asked_from

    sentence = "The spokesman, at his briefing, was asked how Vesta could say it does not attack civilian targets."
    claim = "how Vesta could say it does not attack civilian targets"
    v = view(sentence, claim, "hedged", "could")
    assert _asked_from(v) == v.claim.span.start
    assert _asked_from(view("The spokesman said Vesta does not attack civilians.", "Vesta does not attack")) is None


def test_a_denial_does_not_reach_what_the_denier_said_next() -> None:
    from rashomon.link.questions import _stance_at

    sentence = "Vesta denied it had attacked the clinic and said, without details, that Norland's fire was to blame."
    claim = "it had attacked the clinic and said, without details, that Norland's fire was to blame"
    v = view(sentence, claim, "denied", "denied")
    fire = sentence.index("Norland's fire")
    attacked = sentence.index("attacked")
    assert _stance_at(v, "denied", Span(fire, fire + 14)) == "attributed"
    assert _stance_at(v, "denied", Span(attacked, attacked + 8)) == "denied"


def test_claims_said_to_be_not_true_are_denied(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-05-07",
            "The Vestan ministry said on Monday that claims about a deliberate strike on the clinic in Ostrov are "
            "not true.",
        ),
    )
    intents = [(a.value, a.stance) for a in answers(led, "intent")]
    assert intents and all(stance == "denied" for _, stance in intents), intents


def test_a_denial_in_a_clause_of_its_own_does_not_deny_the_claim(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text(
        "Monitors said the clinic took a direct hit from a Vestan missile, as Vesta continued to deny involvement."
    )
    assert the_claim(analysis, "the clinic took a direct hit").stance == "attributed"
    assert the_claim(analysis, "Vesta continued to deny").stance == "denied"


def test_who_established_the_act_is_not_its_doer(analyze_text: Callable[..., Analysis]) -> None:
    for text in (
        "Norland's police investigators established Vesta hit the clinic with a Sokol-9 missile.",
        "Norland's police investigators found Vesta hit the clinic with a Sokol-9 missile.",
    ):
        c = the_claim(analyze_text(text), "Norland's police")
        frame = next(f for f in c.frames if f.kind == "attack")
        assert frame.role("agent").text == "Vesta", text  # type: ignore[union-attr]


def test_two_sentences_blaming_one_side_never_contradict(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-05-06", "On Monday morning, Vesta carried out a missile attack on Norland's cities."),
        (
            "2024-05-07",
            "Norland's security service investigators established Vesta hit the children's clinic in Ostrov with a "
            "Sokol-9 missile.",
        ),
    )
    given = {a.value for a in answers(led, "agent") if a.stance != "denied"}
    assert "Norland" not in given, given
    assert not contradictions(led, "agent")
