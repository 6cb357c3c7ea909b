"""Twenty-third session, sources: whose statement "the statement said" quotes when the last to speak was an outlet
relaying it. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from tests.test_disputes_s16 import _ledger


def _speakers(led: rashomon.Ledger) -> dict[str, str | None]:
    names = {e.id: e.name for e in led.entities}
    return {q.text: names.get(q.speaker or "") for q in led.quotes}


def test_a_statement_an_outlet_relays_is_the_relayed_body_s(tmp_path: Path) -> None:
    text = (
        "Nine people died in Valdoria on Sunday, Al Jazeera said, adding that the Norland Liberation Front notified "
        'the UN mission. "The deaths were caused by a falling interceptor," the statement said.'
    )
    told = _speakers(_ledger(tmp_path, {"01-en.txt": text}))
    assert told["The deaths were caused by a falling interceptor,"] == "Norland Liberation Front"


def test_a_statement_an_outlet_relays_with_no_body_named_is_nobody_s(tmp_path: Path) -> None:
    text = (
        "Nine people died in Valdoria on Sunday, Al Jazeera said. "
        '"The deaths were caused by a falling interceptor," the statement said.'
    )
    told = _speakers(_ledger(tmp_path, {"01-en.txt": text}))
    assert told["The deaths were caused by a falling interceptor,"] is None


def test_a_body_that_spoke_last_still_issues_the_statement(tmp_path: Path) -> None:
    text = (
        "The Norland Liberation Front said nine people died in Valdoria on Sunday. "
        '"The deaths were caused by a falling interceptor," the statement said.'
    )
    told = _speakers(_ledger(tmp_path, {"01-en.txt": text}))
    assert told["The deaths were caused by a falling interceptor,"] == "Norland Liberation Front"
