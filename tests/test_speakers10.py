"""Speakers: kinds of miss seen on unseen real news, each on sentences written for the test (invented people).

- Ukrainian and Russian: a bare "official" (``чиновник``, ``посадовець``) right after a named official's quote is
  that official; English "the official" likewise;
- a participle in a long title after the quote is no verb that ends the search for the cue
  (``,” the Moscow-installed head of the region, X, said``);
- a title in scare quotes inside the subject (``The occupying “mayor” of the town, X, stated that “...”``) is the
  subject, and those marks are no speech;
- German: quotes attributed after the marks (``sagte X``, ``so X``, ``schrieb X``, ``sagte er``), before them
  (``X sagte: „...“``, ``Am Mittwoch erklärte X, dass ...``), the outlet told (``der Nachrichtenagentur Y``), and an
  unattributed quote after an attributed one.
"""

from __future__ import annotations

from pathlib import Path

from .speaker_cases import ledger_of, quote, speaker


def test_a_bare_official_after_a_named_officials_quote_is_that_official(tmp_path: Path) -> None:
    text = (
        '"Вода піднялася вночі і затопила весь район", - розповів секретар ради Петро Кравець, повідомляє "УНІАН".\n\n'
        '"Ми евакуювали понад тисячу людей з прибережних сіл", - зазначив чиновник.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Ми евакуювали")) == "Петро Кравець"


def test_a_bare_official_with_nobody_named_before_stays_unnamed(tmp_path: Path) -> None:
    text = '"Ми евакуювали понад тисячу людей з прибережних сіл", - зазначив чиновник.'
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Ми евакуювали")) is None


GERMAN = (
    "Der Damm sei in der Nacht gebrochen, erklärte der Bürgermeister der Stadt, Peter Haller. "
    '"Die Menschen warten auf den Dächern ihrer Häuser auf Hilfe", schrieb Haller auf Telegram.\n\n'
    'Die Ministerin Anna Berger sagte: "Wir schicken heute noch zwanzig Boote in die Region."\n\n'
    '"Das Wasser steigt weiter und wir können nichts tun", sagte sie der Nachrichtenagentur Reuters.\n\n'
    "Am Mittwoch erklärte der Sprecher des Roten Kreuzes, Jonas Weber, dass die Lage "
    '"sehr ernst und für viele Familien gefährlich" sei.\n\n'
    '"Wir brauchen mehr Trinkwasser in allen Dörfern", so Weber. '
    '"Die Pumpen laufen seit gestern nicht mehr."\n\n'
    "Der Landrat Karl Brandt meinte, man habe keine Zeit mehr."
)


def test_german_quotes_after_the_marks(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, GERMAN)
    q = quote(led, "Die Menschen warten")
    assert q.cue == "schrieb"
    assert speaker(led, q) == "Peter Haller"  # the surname alone: the person named before
    assert speaker(led, quote(led, "Wir brauchen mehr")) == "Jonas Weber"


def test_german_pronoun_after_the_verb_and_the_outlet_told(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, GERMAN)
    q = quote(led, "Das Wasser steigt")
    assert speaker(led, q) == "Anna Berger"
    assert q.via and "Reuters" in led.entity(q.via[0]).name


def test_german_quotes_before_the_marks(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, GERMAN)
    assert speaker(led, quote(led, "Wir schicken")) == "Anna Berger"  # "X sagte: „...“"
    # the subject after the verb, past an apposition: "Am Mittwoch erklärte der Sprecher ..., X, dass ..."
    assert speaker(led, quote(led, "sehr ernst")) == "Jonas Weber"


def test_german_unattributed_quote_goes_on_with_the_speaker_before(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, GERMAN)
    assert speaker(led, quote(led, "Die Pumpen laufen")) == "Jonas Weber"


def test_the_official_after_a_named_officials_quote(tmp_path: Path) -> None:
    text = (
        "“We have closed the coastal road until the water goes down,” Transport Minister Lena Moss said. "
        "“It will reopen on Monday at the earliest,” the official added."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "It will reopen")) == "Lena Moss"


def test_a_participle_in_a_long_title_does_not_stop_the_search_for_the_cue(tmp_path: Path) -> None:
    text = (
        "Floods hit the south on Friday.\n\n"
        "“Unfortunately, there are casualties... Their number has grown to five people,” the Moscow-installed "
        "head of the Dolyna region, Ivan Sorokin, said on Telegram."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Unfortunately")) == "Ivan Sorokin"


def test_a_title_in_scare_quotes_inside_the_subject(tmp_path: Path) -> None:
    text = (
        "Floods hit the south on Friday.\n\n"
        "The occupying “mayor” of Nova Dolyna, Pavlo Dremin, initially stated that “everywhere in the city "
        "is normal, everything is quiet and calm,” but later said otherwise."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "everywhere in the city")) == "Pavlo Dremin"
    assert not [q for q in led.quotes if q.text == "mayor" and q.kind == "direct"]
