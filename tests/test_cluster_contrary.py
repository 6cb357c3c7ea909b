"""A cluster whose members disagree is no consensus, however alike their words: one member rejects what the others
tell. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from rashomon.link.clusters import _contrary
from rashomon.link.views import ClaimView
from rashomon.model import Claim, Quantity, Span, Stance


def _view(article: str, text: str, stance: Stance = "attributed") -> ClaimView:
    claim = Claim(article=article, span=Span(0, len(text)), text=text, stance=stance)
    return ClaimView(claim=claim, index=int(article[1:]), published=dt.date(2025, 3, 2))


TOLD = _view("A1", "a drone launched from the coast sank the ferry, two officials said")


def test_a_member_that_calls_the_others_inaccurate_or_a_lie_makes_the_cluster_contrary() -> None:
    assert _contrary([TOLD, _view("A2", "reports that a drone sank the ferry were inaccurate")])
    assert _contrary([TOLD, _view("A3", "the ministry called the drone story an absolute lie")])
    assert _contrary([TOLD, _view("A4", "the navy denied that a drone sank the ferry", "denied")])
    assert _contrary([TOLD, _view("A5", "the debris shown on television has no relation to our drones")])
    assert _contrary([TOLD, _view("A6", "la marine a dit que ces informations étaient fausses")])
    assert _contrary([TOLD, _view("A7", "министерство заявило, что флот не имеет отношения к гибели парома")])


def test_members_that_all_tell_it_or_all_reject_it_agree() -> None:
    b = _view("A2", "a coastal drone hit and sank the ferry, the harbour master said")
    assert not _contrary([TOLD, b])
    c = _view("A3", "the navy said reports of a drone were false")
    d = _view("A4", "the ministry denied that a drone sank the ferry", "denied")
    e = _view("A5", "the debris has nothing to do with the navy's drones")
    assert not _contrary([c, d, e])


def test_a_false_figure_or_a_false_flag_is_no_rejection() -> None:
    flag = _view("A2", "the sinking was a false flag operation, the rebels said")
    assert not _contrary([TOLD, flag])
    figure = _view("A3", "asked why the agency had announced a false passenger count, its spokesman said")
    wrong = _view("A4", "on why the agency gave the passenger count wrongly, its spokesman said")
    assert not _contrary([figure, wrong])


def _counted(article: str, text: str, *figures: tuple[str, float]) -> ClaimView:
    v = _view(article, text, "asserted")
    for word, value in figures:
        at = text.index(word)
        v.quantities.append(Quantity(article=article, span=Span(at, at + len(word)), text=word, value=value))
    return v


def test_a_figure_beside_its_correction_makes_the_cluster_contrary() -> None:
    old = _counted("A1", "the collision left at least 140 people dead", ("140", 140))
    fixed = _counted("A2", "the toll was revised to 131 from 140 after double counting", ("131", 131), ("140", 140))
    assert _contrary([old, fixed])
    not_that = _counted("A3", "the number of dead is 131 and not 140, the governor said", ("131", 131), ("140", 140))
    assert _contrary([old, not_that])


def test_a_correction_beside_the_corrected_figure_told_as_such_or_the_new_one_agrees() -> None:
    fixed = _counted("A2", "the toll was revised to 131 from 140 after double counting", ("131", 131), ("140", 140))
    new = _counted("A1", "the collision left 131 people dead, officials said", ("131", 131))
    assert not _contrary([new, fixed])
    both = _counted("A3", "officials cut the toll from 140 to 131", ("140", 140), ("131", 131))
    assert not _contrary([both, fixed])


def test_a_figure_written_in_a_clause_nested_in_the_claim_counts() -> None:
    old = _view("A1", "the collision that left at least 140 people dead was caused by a signalling fault")
    fixed = _counted("A2", "the toll was revised to 131 from 140 after double counting", ("131", 131), ("140", 140))
    assert _contrary([old, fixed])
    other = _view("A3", "the collision that left 1,140 people homeless was caused by a signalling fault")
    assert not _contrary([other, fixed])
