"""A town the model takes for a person, read from the words around it. Sentences written here."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis


def test_a_name_after_in_is_a_place_a_possessor_after_in_is_not(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text(
        "Fire broke out at the container port in Bandar Vellam on Saturday. "
        "In Jane Roe's view, the port was not ready. Tom Reed met Anna Weiss in Paris."
    )
    types = {m.text: m.type for m in a.mentions}
    assert types.get("Bandar Vellam") in ("GPE", "LOC", "FAC")
    assert types.get("Jane Roe") == "PERSON" and types.get("Anna Weiss") == "PERSON"


def test_persian_given_names_in_a_are_mens() -> None:
    from rashomon.data.genders import pronoun_gender

    assert pronoun_gender("Reza") == pronoun_gender("Mojtaba") == "m"
    assert pronoun_gender("Olga") == "f"


def test_a_country_whose_article_is_part_of_its_name_keeps_it(analyze_text: Callable[..., Analysis]) -> None:
    a = analyze_text("Children died in The Gambia last month. Officials in the Gambia said more had died.")
    assert [(m.text, m.name) for m in a.mentions if m.type == "GPE"] == [
        ("The Gambia", "The Gambia"),
        ("the Gambia", "The Gambia"),
    ]
