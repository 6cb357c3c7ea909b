"""A count's scope: a site, a named place or a stated whole, read around the number (``tolls.scope``)."""

from rashomon.link import tolls


def _scope(text: str, number: str, places: list[tuple[str, str]] | None = None) -> str | None:
    others = []
    for n in ("4", "four", "two", "44", "31", "11:00"):
        i = text.find(n)
        if n != number and i >= 0 and not text[i - 1 : i].isalnum() and not text[i + len(n) : i + len(n) + 1].isalnum():
            others.append((i, i + len(n)))
    i = text.index(number)
    return tolls.scope(text, i, i + len(number), places or [], others)


def test_site_place_and_whole() -> None:
    assert _scope("There were two fatalities at the Marsk children's hospital", "two") == "site:hospital"
    assert _scope("The number of dead in this house has increased to 11.", "11") == "site:house"
    assert _scope("At least 20 people may have died in total.", "20") == "whole"
    assert _scope("In Belvar, ten people died after the strike.", "ten", [("Belvar", "E7")]) == "place:E7"
    assert _scope("The number of victims has increased to 16 people.", "16") is None


def test_each_number_its_own_scope() -> None:
    text = "Flags flew for the 44 people killed across the country, including two people at the Marsk hospital."
    assert _scope(text, "44") == "whole"
    assert _scope(text, "two") == "site:hospital"


def test_a_place_before_a_whole_and_past_a_part() -> None:
    text = "As of 11:00, 31 people, including 4 children, were killed in Velmora."
    assert _scope(text, "31", [("Velmora", "E1")]) == "place:E1"
    assert _scope(text, "31") is None
    assert _scope("In total, 31 people, including 4 children, were killed in Velmora.", "31") == "whole"


def test_a_dateline_or_subject_place_is_no_scope() -> None:
    assert _scope("Velmora said 12 people were killed.", "12", [("Velmora", "E1")]) is None
