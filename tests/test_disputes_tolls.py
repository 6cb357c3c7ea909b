"""Tolls of a disaster read and compared as a reader needs them (sentences written for these tests, invented places
and people): toll wordings in English and in languages read without a parse, parts of a toll told beside it, a
correction against the figure it replaces, an earlier figure recalled, same-day rival figures from named sources,
and figures an article sets against each other."""

from __future__ import annotations

from pathlib import Path

from rashomon.link.compare import same_count
from rashomon.model import Answer, Ledger, Relation, Span

from .dated_articles import answers, corpus


def count(n: float, qual: str | None = None, day: str | None = "2025-05-01", **kw: object) -> Answer:
    return Answer(
        value=f"{n:g}",
        claim="C1",
        article="A1",
        span=Span(0, 1),
        stance="attributed",
        number=n,
        qualifier=qual,
        as_of=day,
        **kw,  # type: ignore[arg-type]
    )


def toll(led: Ledger, kind: str = "toll_killed") -> dict[float, Answer]:
    return {a.number: a for a in answers(led, kind) if a.number is not None}


def counts_linked(led: Ledger) -> list[Relation]:
    return [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0].startswith("toll")]


# ---------------------------------------------------------------- the comparison, one rule at a time


def test_two_named_sources_far_apart_on_one_day_are_rivals_even_when_one_says_its_count_rose() -> None:
    services = count(2300, origin="E1")
    minister = count(5200, "more than", origin="E2", note="updated")  # "the toll has now reached more than 5,200"
    assert same_count(services, minister) == "contradicts"
    assert same_count(count(2300), count(5200, "more than", note="updated")) == "evolution"  # nobody named
    assert same_count(count(2300, origin="E1"), count(5200, origin="E1", note="updated")) == "evolution"  # one source
    assert same_count(count(2300, origin="E1", note="provisional"), minister) == "evolution"  # "so far"
    assert same_count(count(2300, origin="E1"), count(3100, origin="E2", note="updated")) == "evolution"  # not far


def test_a_correction_contradicts_the_far_higher_figure_it_replaces() -> None:
    corrected = count(3958, "at least", day="2025-05-19", note="correction", origin="E3")  # "3,958 instead of 11,300"
    assert same_count(count(11300, day="2025-05-14", origin="E1"), corrected) == "contradicts"  # its bound aside
    assert same_count(count(11300, day=None), corrected) == "contradicts"  # a day unknown: still the figure replaced
    assert same_count(count(11300, day="2025-05-20"), corrected) != "contradicts"  # told after it: not what it replaced
    # revised by a little (double-counted dead taken out): a revision, not a conflict
    assert same_count(count(174, day="2025-05-01"), count(125, day="2025-05-02", note="correction")) == "evolution"


def test_an_earlier_figure_recalled_is_set_apart() -> None:
    recalled = count(11000, "more than", day="2025-05-25", note="earlier")  # "some time ago, the UN put it at"
    assert same_count(recalled, count(3958, day="2025-05-19")) == "apart"


def test_a_range_is_compared_by_both_its_ends() -> None:
    assert same_count(count(2000, number_max=5000), count(4000)) == "agrees"
    assert same_count(count(2000, number_max=5000), count(5200, "more than")) != "agrees"


def test_a_first_provisional_count_is_no_target_for_a_rival_of_the_official_toll() -> None:
    rival = count(100, "more than", day=None, note="rival")  # "the true toll is several times higher"
    assert same_count(count(40, day=None), rival) == "contradicts"
    assert same_count(count(4, day=None, note="provisional"), rival) != "contradicts"


# ---------------------------------------------------------------- toll wordings


def test_toll_wordings_whose_counted_noun_is_elsewhere(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-01", "The number of casualties in the town of Varnholm has risen to 1,250, the Red Cross said."),
        ("2025-05-02", "The Red Cross says the number of people who died in Varnholm has risen to 1,400."),
        ("2025-05-02", "Some time ago, the regional council put the number of victims at more than 900."),
        ("2025-05-03", "The death toll from the landslide in Varnholm may touch 5,000."),
        ("2025-05-03", "The mayor warned that a final tally could reach the region of 6,000-7,000."),
        (
            "2025-05-04",
            "The death toll in Varnholm rose to 1,700 on Sunday; the council had previously put the death toll at "
            "1,500.",
        ),
    )
    killed = toll(led)
    assert {1250, 1400, 900, 5000, 6000, 1700, 1500} <= set(killed)
    assert killed[1700].note == "updated" and killed[1500].note == "earlier"  # words before each number say which
    assert killed[900].note == "earlier"
    assert killed[5000].note == "projection" and killed[6000].note == "projection"
    assert killed[6000].number_max == 7000
    assert not counts_linked(led)


def test_that_number_is_the_count_before_it(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-02",
            "About 1,900 people were confirmed to have died in Varnholm, the governor said. "
            "But a Red Cross official put that number higher, at 4,200.",
        ),
    )
    killed = toll(led)
    assert killed[4200].stance == "attributed"  # a source in the sentence gives it


def test_a_projection_is_told_by_the_words_before_the_number(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-02", "The death toll in Varnholm reached more than 1,300 and was expected to rise further."),
        ("2025-05-02", "The toll in Varnholm was expected to be 200, the Red Cross said."),
    )
    killed = toll(led)
    assert killed[1300].note == "provisional"  # a count still moving, not a projection
    assert killed[200].note == "projection"


def test_tolls_in_languages_read_without_a_parse(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-04",
            "Le frane di una settimana fa hanno provocato almeno 1.250 morti a Varnholm, nel nord del Paese. "
            "Nella sola città di Varnholm si registrano circa 3.400 persone disperse.",
        ),
        (
            "2025-05-04",
            "L'explosion a fait au moins 40 morts et plus de 100 blessés dans le port de Kesh, selon les secours.",
        ),
        ("2025-05-04", "По разным оценкам, от трёх до шести тысяч человек погибли после оползня в Варнхольме."),
        ("2025-05-05", "Ранее министерство здравоохранения сообщало о 2600 жертвах оползня в Варнхольме."),
        ("2025-05-05", "Il bilancio provvisorio parla di 2.900 vittime nella valle di Varnholm."),
    )
    killed, missing, injured = toll(led), toll(led, "toll_missing"), toll(led, "toll_injured")
    assert killed[1250].qualifier == "at least"
    assert missing[3400].qualifier == "about"
    assert killed[40].qualifier == "at least" and injured[100].qualifier == "more than"
    assert killed[3000].number_max == 6000
    assert killed[2600].note == "earlier"  # "Ранее ... сообщало": a figure recalled
    assert killed[2900].note == "provisional"


# ---------------------------------------------------------------- parts, places, corrections


def test_parts_of_a_toll_told_beside_it_are_set_apart(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-01",
            "The mudslide killed 2,000 people in Varnholm, the prime minister said on Monday. "
            "The dead included 14 people in the mountain village of Ostrel, its clinic said. "
            "Another nine people were reported dead in the coastal town of Kesh. "
            "In neighbouring villages, 40 people were killed, the governor said. "
            "Another 3,000 people are reported missing in the city, the Red Cross said.",
        ),
        ("2025-05-01", "The mudslide in Varnholm killed more than 2,000 people, rescuers said on Monday."),
        ("2025-05-03", "В одном из двух районов города погибли 1700 человек, сообщили в больнице Варнхольма."),
        ("2025-05-03", "На месте схода оползня обнаружены тела четырех погибших."),
    )
    killed = toll(led)
    assert killed[14].note == "partial" and killed[9].note == "partial" and killed[40].note == "elsewhere"
    assert killed[1700].note == "partial" and killed[4].note == "partial"
    assert toll(led, "toll_missing")[3000].note != "partial"  # another count, not more of the dead
    assert not counts_linked(led)


def test_a_retraction_contradicts_the_figure_it_replaces(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-14", "The Red Crescent said 6,300 people died in the floods in Varnholm on Thursday."),
        (
            "2025-05-19",
            "The agency amended its toll, saying that at least 2,100 people have died in Varnholm instead of 6,300 "
            "as was before reported.",
        ),
    )
    killed = toll(led)
    assert killed[2100].note == "correction" and 6300 in killed
    assert [a for a in answers(led, "toll_killed") if a.article == "A2"] == [killed[2100]]  # 6,300 is not its count
    linked = counts_linked(led)
    assert linked and "6,300" in linked[0].why and "2,100" in linked[0].why


def test_same_day_rival_tolls_from_named_sources_are_linked(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-05-06", "Emergency services said on Tuesday that the storm had killed 1,100 people in Varnholm."),
        (
            "2025-05-06",
            "The death toll from the storm in Varnholm has now reached more than 2,600, according to interior "
            "minister Pavel Grint.",
        ),
    )
    linked = counts_linked(led)
    assert linked and "1,100" in linked[0].why and "2,600" in linked[0].why


def test_figures_an_article_sets_against_each_other_are_rivals_wherever_told(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-08",
            "The number of people who died in Varnholm has risen to 4,200, the Red Cross said on Thursday. "
            "Another 5,000 people are reported missing in the city, the organisation said.",
        ),
        (
            "2025-05-09",
            "The governor said about 1,900 people were confirmed to have died in Varnholm. "
            "But a Red Cross official put that number higher, at 4,200. "
            "A further 5,000 people were still missing, lower than the 9,000 a different spokesperson gave on "
            "Thursday.",
        ),
    )
    linked = {r.details[0][0]: r.why for r in counts_linked(led)}
    assert "1,900" in linked.get("toll_killed", "") and "4,200" in linked["toll_killed"]
    assert "9,000" in linked.get("toll_missing", "") and "5,000" in linked["toll_missing"]
    # each relation joins two articles: the article that sets the figures against each other tells both
    article = {c.id: c.article for c in led.claims}
    assert all(article[r.a] != article[r.b] for r in counts_linked(led))


def test_a_relaying_agency_is_not_the_origin_of_the_figure_it_relays(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2025-05-06",
            "Rescue services indicated on Tuesday that the quake had killed 700 people, according to the Reuters "
            "news agency.",
        ),
    )
    names = {e.id: e.name for e in led.entities}
    (quake,) = [a for a in answers(led, "toll_killed") if a.number == 700]
    assert "Reuters" not in names.get(quake.origin or "", "")


def test_an_undated_count_has_no_place_on_the_way_a_count_changed(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("", "So far 4 people have died in the blast at the Kesh fuel depot, rescuers said."),
        ("2025-05-02", "The blast at the Kesh fuel depot killed 28 people, the governor said on Friday."),
        ("2025-05-04", "The toll of the blast at the Kesh fuel depot rose to 31, the governor said on Sunday."),
    )
    evolves = [r.why for r in led.relations if r.type == "evolves"]
    assert any("28" in w and "31" in w for w in evolves), evolves
    assert not any("None" in w or "4 people" in w for w in evolves), evolves
