"""A cluster whose members disagree is no consensus, however alike their words: one member rejects what the others
tell. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from rashomon.link.clusters import _contrary
from rashomon.link.views import ClaimView
from rashomon.model import Claim, Span, Stance


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
