"""Twenty-third session, disputes: how many things an act was done to (jets downed, sites struck, drones launched),
one question per kind of thing and act, set against each other between two sides. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from tests.dated_articles import corpus
from tests.test_disputes_s16 import _ledger


def _tallies(led: rashomon.Ledger) -> dict[str, list[tuple[float | None, str | None]]]:
    """Each tally question's label, with its answers' numbers and notes."""
    return {q.label: [(a.number, a.note) for a in q.answers] for q in led.questions if q.kind == "tally"}


def _contradicts(led: rashomon.Ledger) -> list[str]:
    return [r.why for r in led.relations if r.type == "contradicts"]


@pytest.mark.parametrize(
    ("name", "text", "label", "number"),
    [
        ("01-en.txt", "Chile's air force said it had shot down five Peruvian jets over the border.", "aircraft", 5.0),
        (
            "01-en.txt",
            "Six Peruvian fighter jets were downed during the night, the Chilean army said.",
            "aircraft",
            6.0,
        ),
        (
            "01-en.txt",
            "Three Peruvian jets crashed near the border on Monday, officials in Lima said.",
            "aircraft",
            3.0,
        ),
        ("01-en.txt", "The Chilean army said it struck nine sites inside Peru on Monday.", "sites", 9.0),
        ("01-en.txt", "The rebels said they launched twelve drones at the refinery on Monday.", "drones", 12.0),
        ("01-ru.txt", "Чилийские военные заявили, что сбили пять перуанских истребителей.", "aircraft", 5.0),
        ("01-fr.txt", "L'armée chilienne affirme avoir abattu cinq avions péruviens lundi.", "aircraft", 5.0),
        ("01-es.txt", "El ejército chileno derribó cinco aviones de combate peruanos el lunes.", "aircraft", 5.0),
        (
            "01-de.txt",
            "Die chilenische Armee hat nach eigenen Angaben fünf peruanische Kampfjets abgeschossen.",
            "aircraft",
            5.0,
        ),
    ],
)
def test_a_count_of_things_done_is_read(tmp_path: Path, name: str, text: str, label: str, number: float) -> None:
    told = _tallies(_ledger(tmp_path, {name: text}))
    assert [(q.split()[2], [n for n, _ in a]) for q, a in told.items()] == [(label, [number])]


@pytest.mark.parametrize(
    "text",
    [
        "Chile denied that it had shot down five Peruvian jets.",  # denied: no count told
        "The army said it hit two Peruvian jets over the sea.",  # a jet hit may have flown home: not downed
        "Five Peruvian soldiers were killed in the attack on Monday.",  # a toll, asked by its own question
    ],
)
def test_no_count_of_things_done(tmp_path: Path, text: str) -> None:
    assert _tallies(_ledger(tmp_path, {"01-en.txt": text})) == {}


def test_a_count_over_years_is_set_apart(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Chile's navy has shot down more than 300 Peruvian drones since 2020, its chief said.",
            "02-en.txt": "Peruvian officials said two Peruvian drones were shot down on Monday.",
        },
    )
    assert sorted(_tallies(led)["how many drones were downed"]) == [(2.0, None), (300.0, "period")]
    assert not _contradicts(led)


def test_a_part_of_the_count_is_no_rival_count(tmp_path: Path) -> None:
    told = _tallies(
        _ledger(
            tmp_path, {"01-en.txt": "Chile said it shot down five Peruvian jets, including two of the new fighters."}
        )
    )
    assert told["how many aircraft were downed"] == [(5.0, None)]
    text = "Чилийские военные заявили, что сбили пять перуанских истребителей, в том числе три самолета F-16."
    told = _tallies(_ledger(tmp_path / "ru", {"01-ru.txt": text}))
    assert told["how many aircraft were downed"] == [(5.0, None), (3.0, "partial")]


def test_two_sides_counts_of_downed_jets_contradict(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Chile's military said it had shot down five Peruvian jets overnight.",
            "02-en.txt": "Three Peruvian jets crashed overnight, Peruvian government sources told reporters.",
        },
    )
    assert [w.split(":")[0] for w in _contradicts(led)] == ["how many aircraft were downed"]


def test_two_sides_counts_told_in_one_article_contradict(tmp_path: Path) -> None:
    text = (
        "Chile's military said it had shot down five Peruvian jets overnight. "
        "Peruvian government sources said three Peruvian jets crashed overnight."
    )
    led = _ledger(tmp_path, {"01-en.txt": text, "02-en.txt": "Rain fell on Lima on Monday."})
    assert [w.split(":")[0] for w in _contradicts(led)] == ["how many aircraft were downed"]


def test_one_sides_count_rising_is_no_dispute(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-07", "Chile's information minister said Chile had shot down two Peruvian jets."),
        ("2025-05-08", "Chile's military said it had shot down five Peruvian jets."),
    )
    assert not _contradicts(led)
    evolves = [r.why for r in led.relations if r.type == "evolves"]
    assert any("aircraft" in w for w in evolves)


def test_a_bound_that_fits_agrees(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Chile's military said it had shot down five Peruvian jets overnight.",
            "02-en.txt": "Peruvian officials said at least two Peruvian jets were shot down overnight.",
        },
    )
    assert sorted(n for n, _ in _tallies(led)["how many aircraft were downed"]) == [2.0, 5.0]  # both read, one question
    assert not _contradicts(led)


@pytest.mark.parametrize(
    ("text", "label", "number"),
    [
        ("Only 58 Peruvians out of 500 were rescued from the ferry, Lima said.", "how many people were rescued", 58.0),
        ("At least 396 sailors were evacuated from the cruiser on Monday.", "how many people were evacuated", 396.0),
        ("Police arrested 150 people after the clashes on Monday.", "how many people were arrested or detained", 150.0),
        ("Полиция задержала 150 человек после столкновений.", "how many people were arrested or detained", 150.0),
    ],
)
def test_people_an_act_was_done_to(tmp_path: Path, text: str, label: str, number: float) -> None:
    name = "01-ru.txt" if "Полиция" in text else "01-en.txt"
    assert _tallies(_ledger(tmp_path, {name: text})) == {label: [(number, None)]}


@pytest.mark.parametrize(
    "text",
    [
        "Two rescue workers and 25 residents died in the flood, officials said.",  # a noun of rescue, no act
        "An estimated 4,000 people were waiting at the station for evacuation trains.",  # evacuation is no act done
        "Officials said 1,300 people were in the theatre when it was hit and 130 have been rescued.",  # another count's
        "117 человек пострадали, спасатели до сих пор работают на месте.",  # rescuers, not the rescued
    ],
)
def test_no_people_counted_for_an_act(tmp_path: Path, text: str) -> None:
    name = "01-ru.txt" if "человек" in text else "01-en.txt"
    assert not any(label.startswith("how many people") for label in _tallies(_ledger(tmp_path, {name: text})))


def test_a_whole_told_with_its_part_is_one_side(tmp_path: Path) -> None:
    text = (
        "Иранские военные заявили, что сбили пять израильских беспилотников, в том числе три дрона Hermes. "
        "Израильские источники подтвердили, что разбились три беспилотника."
    )
    led = _ledger(tmp_path, {"01-ru.txt": text, "02-en.txt": "Rain fell on Lima on Monday."})
    assert [w.split(":")[0] for w in _contradicts(led)] == ["how many drones were downed"]


def test_a_figure_told_as_an_earlier_one_is_set_apart(tmp_path: Path) -> None:
    text = (
        "Иранские военные заявили, что сбили пять израильских беспилотников. "
        "Ранее министр обороны Ирана Азиз Насирзаде сообщил, что Иран сбил два израильских беспилотника."
    )
    told = _tallies(_ledger(tmp_path, {"01-ru.txt": text}))
    assert told["how many drones were downed"] == [(5.0, None), (2.0, "earlier")]
