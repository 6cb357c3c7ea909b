"""A denial that states what it denies answers a claim that tells the same thing, not any claim that names the same
people: shared names and words of reporting are no shared proposition. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from rashomon.link.relations import _same_proposition, topic_stems
from rashomon.link.views import ClaimView
from rashomon.model import Claim, Quantity, Span, Stance


def _view(article: str, text: str, words: str, stance: Stance = "asserted") -> ClaimView:
    claim = Claim(article=article, span=Span(0, len(text)), text=text, stance=stance)
    return ClaimView(claim=claim, index=int(article[1:]), published=dt.date(2025, 3, 2), words=set(words.split()))


DENIAL = _view(
    "A1",
    "President Elena Varga has refuted reports of a massacre in Dorvik after the fuel price protests",
    "president elena varga refuted reports massacre dorvik fuel price protests",
    "denied",
)


# words of the story: in many of its articles
STORY = frozenset({"president", "fuel", "price", "protest"})


def test_a_claim_naming_the_same_people_and_protests_is_not_what_is_denied() -> None:
    condoled = _view(
        "A2",
        "President Elena Varga condoled with the families of those killed in the fuel price protests",
        "president elena varga condoled families killed fuel price protests",
    )
    assert not _same_proposition(DENIAL, condoled, STORY)


def test_a_claim_that_tells_the_massacre_is_what_is_denied() -> None:
    massacre = _view(
        "A3",
        "witnesses described a massacre of protesters by police in Dorvik, with bodies left in the street",
        "witnesses described massacre protesters police dorvik bodies left street",
    )
    assert _same_proposition(DENIAL, massacre, STORY)


def test_the_story_s_words_are_those_of_many_of_its_articles() -> None:
    views = [
        _view(f"A{n}", "x", f"president fuel price protests {extra}")
        for n, extra in enumerate(["massacre", "police", "curfew", "bill"], start=1)
    ]
    assert topic_stems(views) == {"president", "fuel", "price", "protest"}
    counted = [_view(f"A{n}", "x", "toll 11,300 reached") for n in range(1, 5)]
    assert topic_stems(counted) == {"toll", "reach"}  # a figure told everywhere is still what a denial denies


def test_the_same_figure_in_a_denial_and_a_claim_is_what_is_denied() -> None:
    def counted(article: str, text: str, words: str, stance: Stance = "asserted") -> ClaimView:
        v = _view(article, text, words, stance)
        at = text.index("4,100")
        v.quantities.append(Quantity(article=article, span=Span(at, at + 5), text="4,100", value=4100.0))
        return v

    denial = counted(
        "A1", "the relief agency denied it had put the toll at 4,100", "relief agency denied toll", "denied"
    )
    claim = counted(
        "A2", "the number of the dead has risen to 4,100, the relief agency said", "number dead risen relief agency"
    )
    story = frozenset({"number", "dead", "toll", "relief", "agency"})
    assert _same_proposition(denial, claim, story)  # only the figure is neither a name nor the story's
    claim.quantities.clear()
    assert not _same_proposition(denial, claim, story)
