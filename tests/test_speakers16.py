"""Speakers (thirteenth session): documents that speak for their authors, a generic "the group", a name set off by
an apposition holding an acronym in brackets, French quotes that go on after their own attribution, Russian quotes
"said in the ministry" or "said in the statement" (sentences written for the tests; invented people and places).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rashomon.model import Analysis

from .speaker_cases import ledger_of, quote, speaker


def test_the_report_said_is_the_author_a_report_by_names(tmp_path: Path) -> None:
    text = (
        "Investigators in Varno gave their findings on Thursday. A report by the Ostran Aviation Board was "
        "published the same day. The report said the wreck had been found by drones, but the “thick fog, rain and "
        "the steep slopes” slowed the rescue teams."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "thick fog, rain")) == "Ostran Aviation Board"


def test_a_statement_released_by_a_body_is_quoted_as_that_bodys(tmp_path: Path) -> None:
    text = (
        "Varno has blamed the weather, according to a statement released by the Ostran Aviation Board. “No traces "
        "of gunfire were found on the hull of the aircraft,” the Vell Television channel quoted the statement as "
        "saying."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "No traces of gunfire")) == "Ostran Aviation Board"


def test_a_participle_after_a_report_published_by_a_body_is_the_bodys(tmp_path: Path) -> None:
    text = (
        "The report, published by the Ostran Aviation Board on Sunday, ruled out sabotage, saying the “sudden fog "
        "over the pass was the main cause of the crash.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "sudden fog over the pass")) == "Ostran Aviation Board"


def test_it_after_a_report_by_a_body_is_that_body(tmp_path: Path) -> None:
    text = (
        "The board gave its findings. “No traces of gunfire were seen on the wreck,” said a preliminary report by "
        "the Ostran Aviation Board. “The aircraft caught fire after it hit the slope,” it said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The aircraft caught fire")) == "Ostran Aviation Board"


def test_the_group_is_the_organisation_last_a_subject(tmp_path: Path) -> None:
    text = (
        "The Ostran Rights Foundation published its findings on Thursday. Based on witness accounts, “at least a "
        "dozen people died in the attack, and likely many more,” the group added."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "at least a dozen people")) == "Ostran Rights Foundation"


def test_a_report_with_no_author_named_stays_unattributed(tmp_path: Path) -> None:
    text = "Rescuers searched all night. The report said the “thick fog, rain and steep slopes” slowed the teams."
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "thick fog, rain")) is None


def test_a_name_before_an_apposition_with_an_acronym_in_brackets_speaks(tmp_path: Path) -> None:
    text = (
        "The ministry has said that at least 40 people were killed.\n"
        "In a statement on social media, Arno Vesk, spokesman for the Ostran Defence Forces (ODF), said, "
        '"Dozens of people were injured as a result of pushing and trampling."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Dozens of people were injured")) == "Arno Vesk"


def _speakers(analyze_text: Callable[..., Analysis], text: str, language: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text, language=language)
    return [(q.text, q.speaker_text) for q in a.quotes if q.kind == "direct"]


def test_french_quote_right_after_its_attribution_goes_on_with_the_speaker(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        'Le président a répondu aux journalistes. "Il n\'y a aucun doute sur les auteurs", a déclaré Tomas Vell. '
        '"Il a été ordonné et exécuté par les services de sécurité."'
    )
    found = dict(_speakers(analyze_text, text, "fr"))
    assert found["Il a été ordonné et exécuté par les services de sécurité."] == "Tomas Vell"


def test_french_next_quotes_attribution_is_not_the_previous_quotes(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        '"Il n\'y a aucun doute sur les auteurs", a déclaré Tomas Vell. "Il a été ordonné par les services."\n'
        '"Les services, ainsi que des citoyens qui ont aidé à organiser cette attaque", a précisé Ivo Marsh.'
    )
    found = dict(_speakers(analyze_text, text, "fr"))
    assert found["Il a été ordonné par les services."] == "Tomas Vell"
    assert found["Les services, ainsi que des citoyens qui ont aidé à organiser cette attaque"] == "Ivo Marsh"


def test_french_inverted_verb_then_a_participle_is_the_subject_after_the_verb(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "L'attaque contre le pont visait \"l'infrastructure critique\" du pays, a déclaré Ivo Marsh, ajoutant qu'il "
        "s'agissait \"d'un acte de terrorisme\"."
    )
    found = dict(_speakers(analyze_text, text, "fr"))
    assert found["d'un acte de terrorisme"] == "Ivo Marsh"


def test_french_tout_en_opens_a_participle_part_not_a_subject(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        'Tout en reconnaissant des "tirs limités", le porte-parole de la police a fait état "d\'une bousculade '
        'durant laquelle des dizaines de personnes ont été blessées".'
    )
    found = dict(_speakers(analyze_text, text, "fr"))
    assert found["d'une bousculade durant laquelle des dizaines de personnes ont été blessées"] == (
        "le porte-parole de la police"
    )


def test_russian_said_in_the_ministry_is_the_ministry_named_before(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Боевики взорвали здание театра, заявили в Минобороны Остравии.\n\n"
        "«По имеющимся данным, боевики совершили новую провокацию», — сообщили в ведомстве."
    )
    a = analyze_text(text, language="ru")
    at = {m.span: m for m in a.mentions}
    q = next(q for q in a.quotes if q.text.startswith("По имеющимся данным"))
    assert q.speaker_ref in at and "Минобороны" in at[q.speaker_ref].text


def test_russian_said_in_the_statement_with_no_quote_before_is_the_issuer_named_before(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "Об этом сообщила пресс-служба Армии обороны Остравии (АОО).\n\n"
        "«Десятки людей пострадали в результате давки», – говорится в сообщении."
    )
    a = analyze_text(text, language="ru")
    q = next(q for q in a.quotes if q.text.startswith("Десятки людей"))
    assert q.speaker_text is not None and "Армии обороны Остравии" in q.speaker_text


def test_russian_representatives_of_a_company_named_in_marks_speak_for_it(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "Представители компании «Варноэнерго» заявили, что после обстрела отключен один из энергоблоков, а в "
        "результате повреждений «имеются риски утечки водорода»."
    )
    a = analyze_text(text, language="ru")
    at = {m.span: m for m in a.mentions}
    q = next(q for q in a.quotes if q.text.startswith("имеются риски"))
    assert q.speaker_ref in at and at[q.speaker_ref].name == "Варноэнерго"


def test_a_quote_after_this_was_stated_by_is_that_sources(tmp_path: Path) -> None:
    text = (
        "The pumping station was hit on Friday. This was stated by the press service of Varnoatom.\n\n"
        '"The attackers seriously damaged the pumping station and the auxiliary building of the plant."'
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "The attackers seriously damaged")
    assert q.speaker_text == "the press service of Varnoatom"


def test_a_bare_quote_after_an_ordinary_sentence_is_not_given_a_stated_by_source(tmp_path: Path) -> None:
    text = (
        "This was stated by the press service of Varnoatom on Friday, after the shelling. Rescuers worked all "
        'night.\n\n"The attackers seriously damaged the pumping station and the auxiliary building of the plant."'
    )
    led = ledger_of(tmp_path, text)
    assert quote(led, "The attackers seriously damaged").speaker_text != "the press service of Varnoatom"


def test_russian_said_in_a_ministry_is_the_ministry_not_the_country_in_its_name(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "В Минобороны России заявили, что в результате обстрела «повреждены линии электропередачи и насосная станция»."
    )
    a = analyze_text(text, language="ru")
    q = next(q for q in a.quotes if q.text.startswith("повреждены линии"))
    assert q.speaker_text == "Минобороны России"


def test_german_bare_quote_after_a_sentence_its_speaker_opens(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Die Lage ist ernst. Tomas Vellmann drängte am Montag auf Sanktionen gegen die Atomindustrie. "
        '"Wer anderen Völkern mit Atomwaffen droht, kann mit der Technik nicht sicher umgehen." Konkret forderte er '
        "Strafmaßnahmen."
    )
    found = dict(_speakers(analyze_text, text, "de"))
    assert found["Wer anderen Völkern mit Atomwaffen droht, kann mit der Technik nicht sicher umgehen."] == (
        "Tomas Vellmann"
    )


def test_german_bare_quote_after_a_sentence_opened_by_no_name_stays_unattributed(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "Am Montag traf Tomas Vellmann den Kanzler. "
        '"Wer anderen Völkern mit Atomwaffen droht, kann mit der Technik nicht sicher umgehen."'
    )
    found = dict(_speakers(analyze_text, text, "de"))
    assert found["Wer anderen Völkern mit Atomwaffen droht, kann mit der Technik nicht sicher umgehen."] is None


def test_a_name_that_opens_a_short_clause_ending_in_a_colon_speaks(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Il rapporto prova a chiarire i dubbi. Joanne Varner, Amnesty International: \"C'erano le prove di una "
        'presenza civile molto numerosa nel teatro". Il bombardamento è avvenuto nelle prime settimane.'
    )
    found = dict(_speakers(analyze_text, text, "it"))
    assert found["C'erano le prove di una presenza civile molto numerosa nel teatro"] == "Joanne Varner"


def test_a_long_clause_ending_in_a_colon_is_no_label(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Joanne Varner ha visitato la città di Varno tre volte nelle ultime settimane con la sua squadra di "
        'ricercatori: "C\'erano le prove di una presenza civile molto numerosa nel teatro".'
    )
    found = dict(_speakers(analyze_text, text, "it"))
    assert found["C'erano le prove di una presenza civile molto numerosa nel teatro"] is None


def test_a_statement_released_in_a_sentence_is_its_subjects_not_the_last_speakers(tmp_path: Path) -> None:
    text = (
        "The Ostran Rights Council handed the bullet to the investigators.\n\n"
        "In response, the Vell Defence Forces reportedly released a statement that said the source of the bullet "
        'could not be determined but added that "no soldier deliberately fired" at the reporter.\n\n'
        '"The army regrets harm to non-combatants and is fully committed to protecting the freedom of the press," '
        "the statement said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The army regrets harm")) == "Vell Defence Forces"


def test_a_report_published_by_an_agency_is_relayed_by_it(tmp_path: Path) -> None:
    text = (
        "The board gave its findings. “No traces of gunfire were seen on the wreck,” said a preliminary report by "
        "the Ostran Aviation Board published by the official Xinhua news agency late Thursday."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "No traces of gunfire")
    assert speaker(led, q) == "Ostran Aviation Board"
    assert [led.entity(v).name for v in q.via] == ["Xinhua"]
