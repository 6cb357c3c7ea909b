"""Relations and clusters that read a later act of the story, a part of the toll, or a cause at another level as a
rival account; clusters that hold two opposite verdicts on one use of force. Sentences written for these tests,
about invented events."""

from __future__ import annotations

import datetime as dt

from rashomon.data.causes import CAUSES
from rashomon.link import tolls
from rashomon.link.clusters import _contrary
from rashomon.link.compare import same_cause
from rashomon.link.relations import _main_kinds, _same_act
from rashomon.link.views import ClaimView
from rashomon.model import Answer, Claim, Frame, Role, Span, Stance

NEGLIGENCE = next(c for c in CAUSES if c.startswith("negligence"))


def _answer(value: str, stance: Stance = "asserted") -> Answer:
    return Answer(value=value, entity=None, claim="C1", article="A1", span=Span(0, 1), stance=stance)


def test_negligence_is_how_a_collision_or_a_cargo_came_about_not_its_rival() -> None:
    # "the two ferries collided in the strait" vs "the inquiry found negligence by the harbour pilots"
    assert same_cause(_answer("a collision"), _answer(NEGLIGENCE, "hedged")) == "apart"
    assert same_cause(_answer(NEGLIGENCE), _answer("a chemical (rocket-fuel) cargo")) == "apart"
    # against a deliberate act or a fault of the machine it is still a rival account
    assert same_cause(_answer(NEGLIGENCE), _answer("an explosion inside (a bomb, sabotage)")) == "contradicts"
    assert same_cause(_answer(NEGLIGENCE), _answer("technical failure")) == "contradicts"
    # a collision denied against a collision told: rivals, as before
    assert same_cause(_answer("a collision", "denied"), _answer("a collision")) == "contradicts"


def test_bodies_identified_or_handed_over_and_other_victims_are_a_part_of_the_toll() -> None:
    # "Twelve other dead bodies have been identified", "five more bodies were handed over to the families"
    assert tolls.part_of_toll("", " other dead bodies have been identified")
    assert tolls.part_of_toll("", " more bodies were handed over to the families")
    assert tolls.part_of_toll("", " bodies have been identified so far")
    assert tolls.added("", " other victims were named on Tuesday")
    # the toll itself stays a toll
    assert not tolls.part_of_toll("", " people were killed when the bridge fell")
    assert not tolls.added("", " people died in the flood")


def _view(article: str, text: str, frames: tuple[Frame, ...] = (), stance: Stance = "asserted") -> ClaimView:
    claim = Claim(article=article, span=Span(0, len(text)), text=text, stance=stance, frames=frames)
    return ClaimView(claim=claim, index=int(article[1:]), published=dt.date(2025, 3, 2))


def _kill(main: bool) -> Frame:
    patient = Role(name="patient", span=Span(0, 10), text="40 people")
    return Frame(predicate="kill", kind="attack", main=main, roles=(patient,))


def test_a_later_act_dates_itself_not_the_event_it_recalls() -> None:
    crash = _view("A1", "40 people were killed when the ferry sank on Sunday", (_kill(True),))
    arrests = _view(
        "A2",
        "Police today arrested the ferry's owner over the sinking last month that killed 40 people",
        (_kill(False),),
    )
    assert _main_kinds(crash) == {"attack"}
    assert not _main_kinds(arrests)
    assert not _same_act(crash, arrests)
    retold = _view("A3", "40 people were killed when the ferry sank on Monday", (_kill(True),))
    assert _same_act(crash, retold)


def test_force_called_justified_and_force_called_brutal_in_one_cluster_are_no_consensus() -> None:
    justified = _view("A1", "The minister defended the police's use of force, saying it was needed to guard the palace")
    brutal = _view("A2", "Rights groups condemned the brutality against unarmed marchers outside the palace")
    assert _contrary([justified, brutal])
    assert _contrary([_view("A3", "the guards had no choice but to open fire, the governor said"), brutal])
    assert _contrary([justified, _view("A4", "lawyers accused the police of excessive force near the palace")])
    # force told without a verdict, or one verdict told by all: no rival versions
    calm = _view("A5", "Police fired tear gas at marchers outside the palace on Thursday")
    assert not _contrary([justified, calm])
    assert not _contrary([brutal, _view("A6", "police brutality against the marchers drew wide anger")])
