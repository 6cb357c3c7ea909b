"""Quantities: every form of number, qualifiers, units, what is counted, and what is not a quantity."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.model import Analysis, Quantity


def quantities(analyze_text: Callable[..., Analysis], text: str) -> list[Quantity]:
    analysis = analyze_text(text)
    for q in analysis.quantities:
        assert analysis.article.text[q.span.start : q.span.end] == q.text
    return list(analysis.quantities)


def only(analyze_text: Callable[..., Analysis], text: str) -> Quantity:
    found = quantities(analyze_text, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rescuers pulled 212 passengers from the ferry.", 212),
        ("The convoy carried sixty five wounded soldiers.", 65),
        ("The convoy carried sixty-five wounded soldiers.", 65),
        ("Police detained six protesters near the embassy.", 6),
        ("Farmers brought a dozen tractors to the square.", 12),
        ("The fire destroyed 1,200 homes in the valley.", 1200),
        ("The flood displaced 2.5 million people across the delta.", 2_500_000),
        ("The agency counted one hundred and twenty aftershocks.", 120),
        ("Officials said half a dozen buildings collapsed.", 6),
    ],
)
def test_numbers_in_digits_and_words(analyze_text: Callable[..., Analysis], text: str, value: float) -> None:
    assert only(analyze_text, text).value == value


@pytest.mark.parametrize(
    "text, qualifier, value",
    [
        ("At least 14 people died when the bridge collapsed.", "at least", 14),
        ("More than 300 families lost their homes.", "more than", 300),
        ("The missile can hit targets up to 300 km away.", "up to", 300),
        ("About 40 ships waited outside the port.", "about", 40),
        ("Nearly 90 percent of voters backed the measure.", "nearly", 90),
        ("The pastor told reporters, “Over 40 worshippers were hurt in the blast.”", "over", 40),
        ("The report (“more than 60 homes”) was denied.", "more than", 60),
    ],
)
def test_qualifiers(analyze_text: Callable[..., Analysis], text: str, qualifier: str, value: float) -> None:
    q = only(analyze_text, text)
    assert (q.qualifier, q.value) == (qualifier, value)


def test_range(analyze_text: Callable[..., Analysis]) -> None:
    q = only(analyze_text, "Between 30 and 39 miners were trapped underground.")
    assert (q.value, q.value_max) == (30, 39)
    q = only(analyze_text, "The storm killed 30 to 39 people along the coast.")
    assert (q.value, q.value_max, q.counts) == (30, 39, "people")


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("Inflation reached 12% in March, the bank said.", "%", 12),
        ("The aid package is worth $300 million, officials said.", "USD", 300_000_000),
        ("The EU approved 50 billion euros in loans.", "EUR", 50_000_000_000),
        ("The drone flew 1,500 kilometres before it was shot down.", "km", 1500),
        ("The ship carried 40,000 tonnes of grain.", "t", 40000),
    ],
)
def test_units_and_money(analyze_text: Callable[..., Analysis], text: str, unit: str, value: float) -> None:
    q = only(analyze_text, text)
    assert (q.unit, q.value) == (unit, value)


@pytest.mark.parametrize(
    "text, counts",
    [
        ("The boat carried 43 migrants from Libya.", "migrants"),
        ("Four crew members were rescued by fishermen.", "crew members"),
        ("Soldiers captured 19 Russian military vehicles.", "Russian military vehicles"),
        ("Two of the missiles were intercepted over the city.", "missiles"),
        ("Twelve members of the rescue team were injured.", "members of the rescue team"),
        ("The rockets have a range of up to 70 km.", "range"),
        ("The distance from the border to the plant is 30 km.", "distance"),
    ],
)
def test_what_is_counted(analyze_text: Callable[..., Analysis], text: str, counts: str) -> None:
    assert only(analyze_text, text).counts == counts


@pytest.mark.parametrize(
    "text",
    [
        "The Su-25 and the S-400 battery were moved to the front.",
        "Leaders of the G20 met in Rome.",
        "Article 5 of the treaty has been invoked once.",
        "Cases of COVID-19 rose sharply.",
        "The talks began on March 3, 2022 and ended in 2023.",
        "The first convoy arrived at 15:40 local time.",
        "The envoys blamed one another for the delay.",
        "Ukrainians say one thing, Russians say another.",
        "If that is true, one should investigate it.",
        "He finished second in the 2019 election.",
    ],
)
def test_not_quantities(analyze_text: Callable[..., Analysis], text: str) -> None:
    assert quantities(analyze_text, text) == []


def test_vague_amount_has_no_value(analyze_text: Callable[..., Analysis]) -> None:
    q = only(analyze_text, "Dozens of people gathered outside the court.")
    assert (q.value, q.qualifier, q.counts) == (None, "dozens", "people")


def test_digits_in_a_language_without_a_parser(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text(
        "На борту находились 65 военнопленных и 9 членов экипажа, сообщило министерство.", language="ru"
    )
    assert [q.value for q in analysis.quantities] == [65, 9]


def test_four_digits_without_a_separator_in_a_language_without_a_parser(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text("В одном из районов города погибли 1700 человек, в другом — 11.300 и 2 500.", language="ru")
    assert [q.value for q in analysis.quantities] == [1700, 11300, 2500]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("She won the 400m race in record time.", 400, "m"),  # "m" stuck to a number is metres unless money comes first
        ("The bank lent the port authority \u20ac300m last year.", 300_000_000, "EUR"),
        ("Ministers agreed a further USD 75m.", 75_000_000, "USD"),
        ("The bill will cost \u00a31.3bn over a decade.", 1_300_000_000, "GBP"),
    ],
)
def test_scale_suffixes_and_metres(analyze_text: Callable[..., Analysis], text: str, value: float, unit: str) -> None:
    q = only(analyze_text, text)
    assert (q.value, q.unit) == (value, unit) and not q.text.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "The home side won 3-1 in front of a quiet crowd.",
        "Call the embassy hotline on 0800 555 0134 for help.",
        "The protest started outside 10 Downing Street.",
        "Two-thirds of the deputies abstained.",
        "The army received more Leopard 2 tanks.",
    ],
)
def test_more_non_quantities(analyze_text: Callable[..., Analysis], text: str) -> None:
    assert quantities(analyze_text, text) == []


def test_a_range_is_not_a_score(analyze_text: Callable[..., Analysis]) -> None:
    q = only(analyze_text, "Officials expect 10-12 inches of rain.")
    assert (q.value, q.value_max) == (10, 12)


@pytest.mark.parametrize(
    "text, counts",
    [
        ("The death toll from the landslide rose to 37 on Thursday.", "death toll"),
        ("Rescuers put the toll at 29 before dawn.", "toll"),
        ("The number of dead climbed to 52, the governor said.", "number of dead"),
        ("By Sunday the toll was 61.", "toll"),
        ("Doctors said 19 of the wounded were flown to Ankara.", "wounded"),
    ],
)
def test_a_toll_counts_what_its_noun_names(analyze_text: Callable[..., Analysis], text: str, counts: str) -> None:
    # the number stands after a verb, not beside its noun: the counted thing is the verb's subject or object
    q = next(q for q in quantities(analyze_text, text) if q.value not in (None,) and q.value > 10)
    assert q.counts == counts and q.unit is None


@pytest.mark.parametrize(
    "text, counts",
    [
        ("The navy lost five of its seven frigates in the first week.", ["frigates", "frigates"]),
        ("The twins have won two of their three finals.", ["finals", "finals"]),
    ],
)
def test_a_part_of_a_possessed_whole_counts_the_whole_s_noun(
    analyze_text: Callable[..., Analysis], text: str, counts: list[str]
) -> None:
    assert [q.counts for q in quantities(analyze_text, text)] == counts


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The province announced Rs 10 lakh for each family.", 1_000_000, "rupee"),
        ("The council approved ₹5 crore for repairs.", 50_000_000, "INR"),
        ("The ministry set aside Rs 2.5 crore for roads.", 25_000_000, "rupee"),
        ("Farmers were promised two lakh rupees each.", 200_000, "rupee"),
        ("The fair drew 3 lakh visitors.", 300_000, None),
    ],
)
def test_south_asian_scales(analyze_text: Callable[..., Analysis], text: str, value: float, unit: str | None) -> None:
    q = only(analyze_text, text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, value, counts",
    [
        ("Rebels fired six 122mm rockets at the base overnight.", 6, "rockets"),
        ("Gunners fired four 155-mm shells at the ridge.", 4, "shells"),
    ],
)
def test_count_before_a_calibre_counts_the_noun(
    analyze_text: Callable[..., Analysis], text: str, value: float, counts: str
) -> None:
    q = only(analyze_text, text)  # the calibre names the kind of shell: no quantity of its own
    assert (q.value, q.counts) == (value, counts)


def test_a_measurement_in_millimetres_is_kept(analyze_text: Callable[..., Analysis]) -> None:
    q = only(analyze_text, "The crack in the dam wall was 40 mm wide.")
    assert (q.value, q.unit) == (40, "mm")


def test_count_before_a_calibre_in_a_partitive(analyze_text: Callable[..., Analysis]) -> None:
    q = only(analyze_text, "Divers recovered parts of at least eight 81mm mortar bombs, a police officer said.")
    assert (q.value, q.qualifier, q.counts) == (8, "at least", "mortar bombs")
