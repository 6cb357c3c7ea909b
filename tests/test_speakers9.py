"""Speakers: kinds of miss that recur on real news, each on sentences written for the test (invented people).

- a subject the parse takes from inside the quote is not the speaker a participle shares;
- a speech verb after ``, and`` with a subject of its own opens another clause: the quote before it is not its;
- a quote opened after a colon belongs to the person the sentence with the colon is about;
- ``it`` after "the press service of X said" is X;
- ``he`` after "X's aide Y told" is the aide, not the person he belongs to;
- French: a name in an adverbial part before the subject (``Lors d'une visite avec X, Y a déclaré``) is not Y;
- an unattributed quote inside a sentence whose subject is a name or a document is that subject's;
- "the report" is who published or released one just before, unless another report was named since;
- a participle with no subject of its own takes no speaker from a quote paragraphs before;
- Russian and Ukrainian: the speaker of ``X заявило, що ... «...»`` stands before ``що``, not in what X reports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rashomon.model import Analysis

from .speaker_cases import ledger_of, quote, speaker


def test_a_participle_shares_the_subject_outside_the_quote(tmp_path: Path) -> None:
    text = (
        "“A quiet square. Shops. A school. People who did nothing wrong,” Mayor Tomas Berg said in a social media "
        "post on Wednesday, adding later that it was a “deliberate” strike against civilians."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "deliberate")
    assert q.cue == "adding"
    assert speaker(led, q) == "Tomas Berg"


def test_a_verb_after_and_with_its_own_subject_is_another_clause(tmp_path: Path) -> None:
    text = (
        "Maria Olsen, the UN's envoy for the region, denounced the raid as “shameful,” and the African Union "
        "condemned it as “cruel and senseless.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "shameful")) == "Maria Olsen"
    assert speaker(led, quote(led, "cruel and senseless")) == "African Union"


def test_and_then_the_verb_of_the_same_subject_still_attributes(tmp_path: Path) -> None:
    text = "“We will rebuild the bridge before winter,” Mayor Ines Kraft said and added that work starts on Monday."
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "We will rebuild")) == "Ines Kraft"


def test_a_quote_after_a_colon_is_what_the_sentence_subject_says(tmp_path: Path) -> None:
    text = (
        "According to the updated figures, 16 people were injured in the blast.\n\n"
        "Mayor Tomas Berg reacted to the blast on his Telegram page: “Anyone who still trades with them is paying "
        "for this. The cruelty of it.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "Anyone who still trades")
    assert speaker(led, q) == "Tomas Berg"


def test_it_after_the_press_service_of_a_body_is_the_body(tmp_path: Path) -> None:
    text = (
        "Asked about the article, the press service of the Norwegian Coast Guard (NCG) said that according to an "
        "inquiry still under way, smugglers were responsible for the fire, which it said had started in the "
        "engine room.\n\n"
        "“This is shown, in particular, by the burned parts recovered at the scene,” it said, adding that the "
        "inquiry was also examining other materials."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "This is shown")) == "Norwegian Coast Guard"


def test_he_after_an_aide_named_with_his_principal_is_the_aide(tmp_path: Path) -> None:
    text = (
        "President Ivan Marek said the country considered the matter closed.\n\n"
        "“What would a hearing be needed for, if all is clear to us?” Marek's senior aide Pavel Dorn told the "
        "media at the time. He called any other account, including a mistake by the army, “absurd.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "absurd")) == "Pavel Dorn"


def test_french_a_name_in_an_adverbial_part_is_not_the_subject(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "La police n'a pas commenté. Lors d'une visite à Lyon avec la ministre allemande Karla Weber, Dumasz a "
        "qualifié l'attaque de \u00ab lâche \u00bb. \u00ab Ceux qui connaissent cet endroit savent qu'il s'agit "
        "d'une zone civile \u00bb, a-t-il déclaré."
    )
    a = analyze_text(text, language="fr")
    said = {q.text.strip(): q.speaker_text for q in a.quotes if q.kind == "direct"}
    assert said["lâche"] == "Dumasz"
    assert "Karla Weber" not in said.values()


def test_french_a_name_after_an_adverbial_part_still_speaks(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Lors d'un entretien avec son homologue Karl Weber, le ministre Paul Dumas a reconnu que \u00ab la "
        "situation est grave et nous devons agir ensemble \u00bb."
    )
    a = analyze_text(text, language="fr")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "Paul Dumas"


def test_ukrainian_the_speaker_stands_before_the_that_clause(analyze_text: Callable[..., Analysis]) -> None:
    # the place in what the outlet reports ("в місті Житомир") is not who reported it
    text = (
        "У вівторок видання The Daily Courier за результатами власного розслідування заявило, що пожежа на складі "
        "в місті Житомир нібито була «необережністю охоронців», а не підпалом."
    )
    a = analyze_text(text, language="uk")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "The Daily Courier"


def test_a_participle_without_a_subject_does_not_reach_a_speaker_paragraphs_back(tmp_path: Path) -> None:
    # "saying" shares the subject "it" (the newspaper), not whoever was quoted three paragraphs before
    text = (
        "Rating director Paul Brandt defended the scores on Monday.\n\n"
        "“We are not just counting facts,” he told the Daily Ledger. “We are trying to give context to every "
        "claim.”\n\n"
        "The site is owned by the Harbor Times, a regional newspaper with a strong editorial line.\n\n"
        "During the primaries, the newspaper gave the senator a warm endorsement.\n\n"
        "Meanwhile, it attacked the governor, saying he “has insulted farmers, teachers and veterans with his "
        "remarks, and he has neither the patience nor the judgment to lead the state.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "has insulted")) != "Paul Brandt"
    assert speaker(led, quote(led, "We are trying")) == "Paul Brandt"


def test_an_unattributed_fragment_is_the_words_of_its_sentence_subject(tmp_path: Path) -> None:
    # not the ambassador quoted just before: the sentence says whose words these are
    text = (
        "“We will not let this pass,” Ambassador Igor Belov said in Washington. Russia expects that the United "
        "States will refrain from further speculation in the press “and stop its flights near the Russian borders "
        "for good”."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "and stop its flights")) == "Russia"


def test_an_unattributed_fragment_under_a_document_is_the_document_s(tmp_path: Path) -> None:
    text = (
        "Many lawmakers say the program is abused. A 2019 audit released by the inspector found that the agency "
        "could not be sure the money did not come from “the drug trade, human trafficking or other criminal "
        "activities.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "the drug trade")
    assert q.speaker_text is not None and "audit" in q.speaker_text
    assert q.speaker is None


def test_a_fragment_in_a_sentence_about_a_thing_goes_on_with_the_last_speaker(tmp_path: Path) -> None:
    text = (
        "“We are shocked,” Mayor Lina Kross said. The flood came at night and was “the worst anyone here has ever "
        "seen in their whole lives.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "the worst anyone")) == "Lina Kross"


def test_the_report_is_its_publisher_s(tmp_path: Path) -> None:
    text = (
        "Late on Monday, the Vella Herald published a report suggesting the fire at the depot was caused by a "
        "faulty heater.\n\n"
        "Mayor Ines Kraft said she had not read it. “We will wait for the police to finish their work before we "
        "say anything at all,” she said.\n\n"
        "The report cites “evidence gathered and reviewed by the investigators, including wiring, photos and "
        "witness accounts.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "evidence gathered")
    assert q.speaker_text == "The report"
    assert speaker(led, q) == "Vella Herald"


def test_the_report_after_another_report_is_named_stays_unresolved(tmp_path: Path) -> None:
    text = (
        "Late on Monday, the Vella Herald published a report suggesting the fire at the depot was caused by a "
        "faulty heater. A report by the Vella Bar Association, however, blamed arson.\n\n"
        "The report cites “evidence gathered and reviewed by the investigators, including wiring, photos and "
        "witness accounts.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "evidence gathered")) is None
