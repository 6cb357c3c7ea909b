"""Speakers: patterns of language where the nearest speech verb is not the one that attributes a quote.

Each text is written for the test (invented people and places) and reproduces one pattern: a relative clause or a
later clause whose verb is not the attribution, a participle that goes with the main clause, a document's verb
reported under a person's, credits after a dash or after "per", an uncued quote after a sentence about someone.
"""

from __future__ import annotations

from pathlib import Path

from .speaker_cases import ledger_of, quote, speaker


def test_a_relative_clause_on_the_subject_of_the_quote_is_not_its_cue(tmp_path: Path) -> None:
    # "who complains" is about "anybody"; the quote is what anybody does, said by whoever says the clause
    text = (
        "Clara Jensen had mocked the protest, saying anybody who complains about the weather “is not having a good "
        "season.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "is not having")
    assert speaker(led, q) == "Clara Jensen"
    assert q.cue == "saying"


def test_a_relative_clause_that_holds_the_quote_still_speaks(tmp_path: Path) -> None:
    text = (
        "The ceremony drew the singer Paula Mendes and the painter Omar Haddad, who joked about the new hall, "
        "“I have not seen it yet, but I am going to.”"
    )
    led = ledger_of(tmp_path, text)
    assert quote(led, "I have not seen").cue == "joked"


def test_a_participle_after_a_relative_clause_goes_with_the_main_clause(tmp_path: Path) -> None:
    text = (
        "Emma Rossi was equally defensive when asked about firing a gardener who said he was cheated after he "
        "planted the park at one of her hotels, saying, “Maybe he did not do a good job, and I was not happy "
        "with his work.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "Maybe he did not")) == "Emma Rossi"


def test_adding_after_a_relative_clause_goes_on_with_its_speaker(tmp_path: Path) -> None:
    # "adding" continues what the ministry said: its antecedent speaks, not the relative pronoun, not the subject
    text = (
        "Pedro Alves thanked the ministry, which said the road would open soon, adding, “We are proud of the "
        "workers who built it in winter.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "We are proud")
    assert q.speaker_text == "the ministry"
    assert speaker(led, q) != "Pedro Alves"


def test_per_names_the_source(tmp_path: Path) -> None:
    text = (
        "Though members may usually send deputies to vote for them, it is forbidden when voting “to fill a seat "
        "on the national board,” per the club’s bylaws."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "to fill a seat")
    assert q.speaker_text == "the club’s bylaws"
    assert q.cue == "per"


def test_a_dash_credit_names_the_speaker(tmp_path: Path) -> None:
    text = (
        "Readers wrote to us after the debate.\n\n"
        "“During the debate Morgan said farmers live in misery. He knows nothing about our lives and work.”"
        "― Lara Benitez\u00a0\n"
        "“I am so tired of this campaign. I cannot believe a man with no record could get this far in the race.”"
        "\u00a0― Tomas Ferreira\u00a0\n"
        "“Morgan must stop calling farmers lazy when most of us work from dawn to dusk.” ― Nina Okafor"
    )
    led = ledger_of(tmp_path, text)
    assert quote(led, "I am so tired").speaker_text == "Tomas Ferreira"
    assert quote(led, "Morgan must stop").speaker_text == "Nina Okafor"  # whether or not the model found the name


def test_a_verb_in_a_later_clause_does_not_attribute_the_quote(tmp_path: Path) -> None:
    text = (
        "The spot ends with footage of Morgan saying during the debate last week, “That makes me clever,” when "
        "Alvarez blasted him for not paying taxes."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "That makes me clever")
    assert q.cue == "saying"
    assert q.speaker_text == "Morgan"


def test_a_clause_opened_by_while_is_someone_else(tmp_path: Path) -> None:
    text = (
        "Only 40 percent of voters agreed that Dorn is “fit enough to serve as governor,” while 70 percent said "
        "the same of Alvarez."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "fit enough")
    assert q.cue == "agreed"
    assert q.speaker_text is not None and q.speaker_text.startswith("Only 40 percent")


def test_a_documents_verb_under_a_persons_is_the_persons_quote(tmp_path: Path) -> None:
    text = (
        "City Attorney Brad Holm said in the letter that the report “plainly and wrongly” suggests that the city "
        "and its police back the plan."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "plainly and wrongly")) == "Brad Holm"


def test_an_uncued_quote_after_a_sentence_that_names_a_show(tmp_path: Path) -> None:
    text = (
        "Governor Mike Dorn said the plan was sound. “We will build it,” he said.\n\n"
        'On "Meet the Press," Senator Ruth Alvarez named anger with the banks as one reason to vote. "The '
        'farmers are angry, more than any generation before them, and they are tired of waiting for help."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The farmers are angry")) == "Ruth Alvarez"


def test_an_uncued_quote_after_a_sentence_the_parse_roots_at_its_opening_name(tmp_path: Path) -> None:
    text = (
        "Governor Mike Dorn said the plan was sound. “We will build it,” he said.\n\n"
        "Sen. Ruth Alvarez (N.M.), who lost the primary to Dorn, named farmers' anger with the banks as one of the "
        'reasons they should back Dorn. "The farmers are angry, more than any generation before them, and they are '
        'tired of waiting for help."'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The farmers are angry")) == "Ruth Alvarez"


def test_a_verb_after_but_is_a_clause_of_its_own(tmp_path: Path) -> None:
    text = (
        "Mayor Ines Carvalho described the flood as a “national disgrace,” but stopped short of calling the "
        "builders negligent."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "national disgrace")
    assert q.cue == "described"
    assert speaker(led, q) == "Ines Carvalho"


def test_a_quote_in_a_clause_before_the_main_verb_is_that_clauses_speakers(tmp_path: Path) -> None:
    text = (
        "Paul was drifting off again, and as Gabriel Morgan went on about “how the market is broken,” and "
        "“hurting farm families” and “our own forgotten towns,” Lucy Hale said yes, yes, yes, over and over again."
    )
    led = ledger_of(tmp_path, text)
    for start in ("how the market", "hurting farm", "our own forgotten"):
        q = quote(led, start)
        assert q.cue == "went on"
        assert q.speaker_text is not None and "Morgan" in q.speaker_text


def test_a_clause_before_a_quote_that_does_not_hold_it_leaves_the_verb_after(tmp_path: Path) -> None:
    text = "When the vote was counted on Sunday night, “we won the town,” Mayor Lena Dorn said."
    led = ledger_of(tmp_path, text)
    assert quote(led, "we won the town").cue == "said"


def test_he_after_an_unnamed_person_is_nobody_named_before(tmp_path: Path) -> None:
    text = (
        "Aviation blogger Ivan Petrov said the plane was hit by a missile.\n\n"
        'A former expert at the national crash agency also said there was "a lot of shrapnel" on the wreckage.\n\n'
        'Speaking on condition of anonymity, he told the agency that the damage was "reminiscent" of an earlier '
        "crash."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "reminiscent")
    assert q.speaker_text == "A former expert at the national crash agency"  # "he" is that unnamed expert
    assert speaker(led, q) != "Ivan Petrov"  # not the blogger named before


def test_he_after_a_named_person_still_points_back(tmp_path: Path) -> None:
    text = (
        "A former expert at the national crash agency said the plane was old.\n\n"
        "Aviation blogger Ivan Petrov said the plane was hit by a missile.\n\n"
        'Speaking to reporters, he said the damage was "reminiscent" of an earlier crash.'
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "reminiscent")) == "Ivan Petrov"


def test_a_participle_does_not_take_its_subject_from_inside_the_quote(tmp_path: Path) -> None:
    text = (
        'The voters do not agree with Morgan," Alvarez said, suggesting a few questions, including, "Mr. '
        'Morgan, do you really think that bankers need a huge tax cut? Mr. Morgan, why do you want to cut farm aid?"'
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "Mr. Morgan, do you")
    assert q.speaker_text != "you"
    assert speaker(led, q) == "Alvarez"


def test_an_inverted_speaker_parsed_as_an_object_still_speaks(tmp_path: Path) -> None:
    text = (
        "The result was announced on Monday at a briefing by the spokesman of the President of Vellmar, Omar Field. "
        "“Why this happened, you should ask the neighbours and ask their officials to be calm,” stressed the "
        "representative of the Vellmar leader."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "Why this happened")
    assert q.speaker_text == "the representative of the Vellmar leader"
    assert speaker(led, q) == "Omar Field"


def test_the_statement_is_the_body_that_said_it_in_a_statement_or_reported_just_before(tmp_path: Path) -> None:
    text = (
        "The Vellmar Defence Ministry rejected the claims. “Nothing was fired at the area near the border,” the "
        "ministry said in a statement. “The fragments shown by the media have nothing to do with our weapons,” the "
        "statement reads.\n\n"
        "The Ostra Investigative Committee reported the arrests on Friday. “In order to hide its crimes, the other "
        "side struck the prison,” the statement reads."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The fragments shown")) == "Vellmar Defence Ministry"
    assert speaker(led, quote(led, "In order to hide")) == "Ostra Investigative Committee"


def test_the_statement_after_an_unnamed_subject_stays_unnamed(tmp_path: Path) -> None:
    text = (
        "The Vellmar Defence Ministry rejected the claims on Monday.\n\n"
        "A leaked report found more damage than announced. “The fragments shown by the media have nothing to do "
        "with our weapons,” the statement reads."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The fragments shown")) is None


def test_they_after_a_body_spoke_is_that_body_but_not_after_someone_else_is_named(tmp_path: Path) -> None:
    text = (
        "The Vellmar Defence Ministry called the claims a provocation. “No strikes were made near the border by our "
        "weapons,” the ministry said. They added that “the fragments have nothing to do with our weapons.”\n\n"
        "“The wreckage came from an old missile,” the ministry said. Local farmers gathered near the field, and "
        "Omar Field met them. They said that “nobody has told us anything about the blast.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "the fragments have")) == "Vellmar Defence Ministry"
    assert speaker(led, quote(led, "nobody has told")) is None


def test_the_representative_of_a_body_is_its_person_who_just_spoke_not_another_bodys(tmp_path: Path) -> None:
    intro = (
        "This was reported by Red Cross public relations specialist Omar Field in a comment to Reuters. “We have "
        "not been given access to the site yet,” he said. “Relatives can call the hotline to find out more about "
        "their family,” said the "
    )
    led = ledger_of(tmp_path, intro + "Red Cross representative.")
    assert speaker(led, quote(led, "Relatives can call")) == "Omar Field"
    led = ledger_of(tmp_path, intro + "UNICEF representative.")
    assert speaker(led, quote(led, "Relatives can call")) != "Omar Field"


def test_a_description_with_a_place_is_not_the_person_in_focus(tmp_path: Path) -> None:
    text = (
        "Ostra Senator Nora Vidal met voters on Monday. “We will win this state,” she said. “The race is far from "
        "over,” the Ostra governor said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The race is far")) != "Nora Vidal"


def test_a_speech_verb_after_a_long_title_and_name_attributes_the_quote(tmp_path: Path) -> None:
    text = (
        "The police denied a report that the toll had risen.\n\n"
        "“The team has identified all the bodies with the help of the hospitals. There is no increase,” Chief of the "
        "Public Relations Division of the National Police Inspector General Omar Field said in Ostra on Tuesday."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "The team has identified")
    assert q.cue == "said" and speaker(led, q) == "Omar Field"


def test_a_verb_far_after_the_quote_past_another_verb_is_not_its_cue(tmp_path: Path) -> None:
    text = (
        "“We will not stop the work at the station this week,” the workers wrote on a banner that hung over the "
        "main gate of the plant, and the manager Omar Field said nothing."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "We will not stop")) != "Omar Field"


def test_it_after_a_long_quote_is_the_body_that_was_the_subject_before_the_quote(tmp_path: Path) -> None:
    # the quote "it" attributes is no part of the distance back to the body; unquoted prose is
    said = (
        "“The Council has offered its help with the evacuation of the injured and will send blankets, tents, water "
        "pumps and medical supplies to the valley. Our priority right now is making sure that the injured receive "
        "care and that the families who lost their homes are housed before the cold nights come back. We are also in "
        "contact with the local authorities on both banks of the river to reach the villages that are still cut off,” "
        "it said."
    )
    text = (
        "The Harbour Relief Council said it was seeking access to the flooded valley on Friday.\n\n"
        "Hundreds of families were stranded when the river rose overnight.\n\n" + said
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The Council has offered")) == "Harbour Relief Council"


def test_it_far_from_any_body_in_plain_prose_stays_nobody(tmp_path: Path) -> None:
    prose = (
        "Hundreds of families were stranded when the river rose overnight, and farmers lost their herds in the "
        "fields along the lower bank. Roads into the valley were cut in several places, bridges were closed "
        "for inspection and buses stopped running for two days. Schools were shut, shops ran short of bread, "
        "and volunteers carried water to the villages on foot through the mud and the rain all week long.\n\n"
    )
    text = (
        "The Harbour Relief Council said it was seeking access to the flooded valley.\n\n"
        + prose
        + ("“We need more boats,” it said.")
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "We need more boats")) is None


def test_the_statement_after_a_press_office_reported_is_the_office_s_body(tmp_path: Path) -> None:
    text = (
        "Ostra shelled the prison camp near the border overnight, the press office of the Vellmar Investigative "
        "Committee reported on Friday.\n\n"
        "“The accuracy of the hits shows that the strike was planned,” the statement reads."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The accuracy of the hits")) == "Vellmar Investigative Committee"


def test_the_statement_after_an_unnamed_press_office_stays_nobody(tmp_path: Path) -> None:
    text = (
        "Heavy rain flooded the depot near the border overnight, the press office of the regional council reported "
        "on Friday.\n\n"
        "“The water rose faster than expected,” the statement reads."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The water rose")) is None


def test_a_speech_verb_after_and_goes_with_the_saying_not_a_reported_passive(tmp_path: Path) -> None:
    # the parse hangs "posted" on the reported passive clause; permits cannot post: the one who said it did
    text = (
        "The city’s chief planning officer Daniel Ortega Ruiz said 12,000 permits had been told for the new "
        "district and posted on Facebook: “To the residents, our apologies. We hope the families will be patient.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "To the residents")
    assert q.cue == "posted"
    assert speaker(led, q) == "Daniel Ortega Ruiz"


def test_the_company_is_the_firm_not_the_government_body_before_it(tmp_path: Path) -> None:
    text = (
        "The syrups were made by the Indian company Harlow Pharmaceuticals Limited. In its response, the Centre "
        "issued a statement saying that the syrups might have been “contaminated with a toxic solvent.”\n\n"
        "“We are following every protocol,” the company said in its defence."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "We are following")) == "Harlow Pharmaceuticals Limited"


def test_words_cried_are_speech_however_short_and_the_crier_is_the_from_phrase(tmp_path: Path) -> None:
    text = (
        "The ferry turned sharply in the storm, prompting cries of “Stop!” from the passengers on the upper deck. "
        "Their shouts of “Help!” went unheard. Its sister ship “Storm” sails on Mondays."
    )
    led = ledger_of(tmp_path, text)
    stop = quote(led, "Stop!")
    assert (stop.speaker_text, stop.cue) == ("the passengers", "cries")
    assert quote(led, "Help!").speaker_text == "Their"
    assert [q.kind for q in led.quotes if q.text == "Storm"] == ["scare"]  # a name, not words cried


def test_a_later_the_statement_and_it_are_the_issuer_named_before(tmp_path: Path) -> None:
    # a second "said the statement" after "the statement said", and "It underlined ..." after it: the ministry
    text = (
        "“Any claim of bias in the harbour police is groundless,” said Vellmar Interior Ministry in a statement.\n\n"
        "Noting that officers face strict control, the statement said: “Vellmar fights bias in every form.”\n\n"
        "“There can be no doubt about this,” said the statement.\n\n"
        "It underlined that officers act “with great care” in violent situations."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "There can be no doubt")) == "Vellmar Interior Ministry"
    assert speaker(led, quote(led, "with great care")) == "Vellmar Interior Ministry"


def test_the_statement_after_someone_else_spoke_is_not_carried_over(tmp_path: Path) -> None:
    text = (
        "“Any claim of bias in the harbour police is groundless,” said Vellmar Interior Ministry in a statement.\n\n"
        "Noting that officers face strict control, the statement said: “Vellmar fights bias in every form.”\n\n"
        "Opposition leader Clara Jensen disagreed. “This is a moment to look hard at the force,” Jensen said.\n\n"
        "“There can be no doubt about this,” said the statement."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "There can be no doubt")) != "Vellmar Interior Ministry"


def test_she_after_a_mother_named_after_her_son_is_the_mother(tmp_path: Path) -> None:
    text = (
        "“I blame one person, the one who took my son,” Karim’s mother Zoulikha told the Vellmar Post.\n\n"
        "She said the officer “wanted to hurt him” that morning."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "wanted to hurt")) == "Zoulikha"


def test_the_prosecutor_is_the_prosecutor_named_before(tmp_path: Path) -> None:
    text = (
        "Two officers stopped a yellow van on the ring road, prosecutor Pascal Ferrand said Thursday.\n\n"
        "The officers walked to the van, “one at the driver's door”, according to the prosecutor.\n\n"
        "“They both drew their weapons,” the prosecutor said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "one at the driver")) == "Pascal Ferrand"
    assert speaker(led, quote(led, "They both drew")) == "Pascal Ferrand"


def test_french_broadcasters_told_relay_the_quote(tmp_path: Path) -> None:
    text = (
        "“I blame one person, the one who took my son,” Karim’s mother Zoulikha told the France 5 channel.\n\n"
        "“We want justice for him,” the lawyer Jean Roe told LCI."
    )
    led = ledger_of(tmp_path, text)
    assert [led.entity(v).name for v in quote(led, "I blame one").via] == ["France 5"]
    assert [led.entity(v).name for v in quote(led, "We want justice").via] == ["LCI"]


def test_a_relative_clause_after_a_day_goes_with_the_statement_before_it(tmp_path: Path) -> None:
    # the parse hangs "which urged" on "Tuesday"; a day never speaks: the statement does, and its author is named
    text = (
        "Norvik rejected a statement from the Northern Rivers Commission on Tuesday, which urged the government to "
        "stop “the dredging of the estuary before the spawning season”."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "the dredging of")
    assert q.speaker_text == "the Northern Rivers Commission"
    assert q.cue == "urged"


def test_the_one_heard_saying_speaks_not_the_outlet_that_reports_it(tmp_path: Path) -> None:
    # the agency that reports the recording relays the words; "the agency" is the outlet the text called one
    text = (
        "Footage posted online and verified by the Reuters news agency tells a different story.\n\n"
        "The agency also reports that a man in the footage can be heard saying “you will not leave this place "
        "alive” as the crowd scatters."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "you will not leave")
    assert q.speaker_text == "a man in the footage"
    assert [led.entity(v).name for v in q.via] == ["Reuters"]


def test_the_one_heard_in_a_recording_speaks_not_the_broadcaster_before(tmp_path: Path) -> None:
    # the channel that aired the recording relays the words of the one heard on it
    text = (
        "The television channel Vista Nove said the recording was genuine and aired it with the footage.\n\n"
        "In the recording, the driver is heard saying: “I made this recording because nobody believed what "
        "happened to my brother on that road.”"
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "I made this recording")
    assert q.speaker_text == "the driver"
    assert speaker(led, q) is None
    assert [led.entity(v).name for v in q.via] == ["Vista Nove"]


def test_the_agency_is_the_outlet_the_text_called_a_news_agency(tmp_path: Path) -> None:
    text = (
        "Footage verified by the Reuters news agency shows the arrest.\n\n"
        "The agency said the officer “fired twice at the car” before it stopped."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "fired twice")) == "Reuters"


def test_the_agency_is_still_a_government_agency_named_so(tmp_path: Path) -> None:
    text = (
        "Reuters reported the recall on Monday.\n\n"
        "The Valmont Medicines Agency said the syrup was safe. The agency said it had “no record of the batch”."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "no record")) == "Valmont Medicines Agency"


def test_words_told_to_someone_are_the_teller_s_not_the_narrator_s(tmp_path: Path) -> None:
    # "she said" only tells what the guard said; the quoted order is the guard's
    text = (
        "The driver said the night began quietly at the border post.\n\n"
        "The guard then threatened Tomas Berg, telling him to “stop the engine or I will shoot you,” she said."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "stop the engine")
    assert q.speaker_text == "The guard"
    assert q.cue == "telling"


def test_a_speech_verb_before_the_quote_that_it_is_no_part_of_leaves_the_verb_after(tmp_path: Path) -> None:
    # "spoke" is in a relative clause the quote does not belong to: the verb after the quote attributes it
    text = (
        "Rescuers reached the valley at dawn. Tomas Berg, who spoke after the vote, “will not resign over the "
        "bridge,” his spokeswoman Anna Kolar said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "will not resign")) == "Anna Kolar"


def test_he_after_an_unnamed_expert_is_that_expert(tmp_path: Path) -> None:
    text = (
        "Investigators examined the wreck on Monday. A former inspector at the Valmont Safety Board also said there "
        "appeared to be “a lot of fire” damage on the tail.\n\n"
        "Speaking on condition of anonymity, he told the Daily Courier that the damage was “typical” of an engine "
        "explosion."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "typical")
    assert q.speaker_text == quote(led, "a lot of fire").speaker_text
    assert q.speaker_text is not None and q.speaker_text.startswith("A former inspector")
    # the outlet the expert spoke to relays the first quote too
    assert [led.entity(v).name for v in quote(led, "a lot of fire").via] == ["Daily Courier"]


def test_he_does_not_take_up_an_unnamed_spokeswoman(tmp_path: Path) -> None:
    text = (
        "A spokeswoman for the ferry company said the crew had followed “every procedure”.\n\n"
        "Speaking later, he said the company would “cooperate fully”."
    )
    led = ledger_of(tmp_path, text)
    assert quote(led, "cooperate fully").speaker_text == "he"


def test_he_who_tells_of_a_person_is_not_that_person(tmp_path: Path) -> None:
    # "he said" reports what was done to Karim Osei: "he" is the one telling it, named before, not Karim Osei
    text = (
        "The recording was made by Ali Demir, a passenger in the car driven by Karim Osei.\n\n"
        "Karim Osei stopped the car after the officers turned on their sirens, Demir recounted.\n\n"
        "The officer then threatened Karim Osei, ordering him to stop the engine at once, he said."
    )
    led = ledger_of(tmp_path, text)
    told = [q for q in led.quotes if q.text.startswith("The officer then threatened")]
    assert told and speaker(led, told[0]) == "Ali Demir"


def test_he_after_an_unnamed_passenger_is_not_the_person_the_passenger_spoke_of(tmp_path: Path) -> None:
    text = (
        "The recording was made by a passenger in the car driven by Karim Osei.\n\n"
        "Karim Osei stopped the car after the officers turned on their sirens, the passenger recounted.\n\n"
        "He claimed that the officer later struck Karim Osei with “the butt of his gun”."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "the butt of his gun")) != "Karim Osei"


def test_a_document_by_a_body_speaks_for_that_body(tmp_path: Path) -> None:
    text = (
        "Lawyers for the inmates went to court on Monday.\n\n"
        "A report by the Valmont Rights Council said the guards had used “excessive force”."
    )
    led = ledger_of(tmp_path, text)
    q = quote(led, "excessive force")
    assert q.speaker_text == "the Valmont Rights Council"
    assert speaker(led, q) == "Valmont Rights Council"


def test_a_document_commissioned_by_a_body_is_not_that_body_s_words(tmp_path: Path) -> None:
    text = (
        "Lawyers for the inmates went to court on Monday.\n\n"
        "A study commissioned by the Valmont Rights Council said the guards were “poorly trained”."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "poorly trained")) is None


def test_she_after_the_subject_of_the_clause_she_reports_is_that_subject(tmp_path: Path) -> None:
    # "X scolded him: “...,” she said": the reporter's "she said" repeats who speaks, the one scolding
    text = (
        "The minister appeared before the committee on Tuesday.\n\n"
        "Senator Ilse Varga scolded him: “The experts are almost all against you on these three products,” she said."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The experts are almost")) == "Ilse Varga"


def test_he_after_a_name_in_a_clause_set_before_is_that_name(tmp_path: Path) -> None:
    # an official report is no one "he" can take up; the judge named in the "as" clause before "he said" speaks
    text = (
        "An official report concluded: “Tear gas was the main cause of the deaths in the stadium.”\n\n"
        "But as Judge Tomas Berg read his verdict in the district court, he said the gas had “not reached the "
        "stands” where most fans sat."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "not reached the stands")) == "Tomas Berg"


def test_a_station_named_after_told_relays_the_quote(tmp_path: Path) -> None:
    text = "“Hundreds of homes are gone,” Omar Haddad told TV station Al-Wadi about the flood in the valley."
    led = ledger_of(tmp_path, text)
    assert [led.entity(v).name for v in quote(led, "Hundreds of homes").via] == ["Al-Wadi"]


def test_the_kremlin_spokesman_is_the_russian_presidential_spokesman_named_before(tmp_path: Path) -> None:
    text = (
        "The strike was staged, Russian presidential spokesman Ivan Sorokin told reporters on Monday. "
        "“It is a stunt,” Sorokin said. “The missile was fired badly,” the Kremlin spokesman added."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The missile was fired")) == "Ivan Sorokin"


def test_the_kremlin_spokesman_is_not_another_country_s_presidential_spokesman(tmp_path: Path) -> None:
    text = (
        "The strike was deliberate, Ukrainian presidential spokesman Petro Melnyk told reporters on Monday. "
        "“It is a war crime,” Melnyk said. “The missile was fired badly,” the Kremlin spokesman said later."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "The missile was fired")) != "Petro Melnyk"


def test_he_after_an_unnamed_spokesman_who_told_an_outlet_is_that_spokesman(tmp_path: Path) -> None:
    # the outlet that was told is no one who speaks between the spokesman and "he"
    text = (
        "The rescue team finished its work in the valley, a ministry spokesman told the Vellmar Post on Monday.\n\n"
        "“The team has completed its mission,” he said.\n\n"
        "The French rescue workers had worked for ten days. “Nearly 2,000 cubic meters of debris were cleared,” "
        "he noted."
    )
    led = ledger_of(tmp_path, text)
    for starts in ("The team has completed", "Nearly 2,000"):  # a nationality word between names no one
        q = quote(led, starts)
        assert q.speaker_text == "a ministry spokesman"
        assert speaker(led, q) is None
        assert [led.entity(v).name for v in q.via] == ["Vellmar Post"]  # the same telling, to the same outlet


def test_an_outlet_a_statement_was_made_to_relays_that_speaker_s_quotes(tmp_path: Path) -> None:
    text = (
        "A deputy spokesman for the agency, Farid Nassar, said in a statement to the Vellmar Post that the figures "
        "had been verified, and when asked about the error, Nassar said: “In many disasters, the numbers change.”"
    )
    led = ledger_of(tmp_path, text)
    assert [led.entity(v).name for v in quote(led, "In many disasters").via] == ["Vellmar Post"]


def test_a_name_apposed_after_a_title_is_a_person_where_the_model_tags_none() -> None:
    from rashomon.extract.entities import _titled_apposed_people
    from rashomon.extract.nlp import parse

    text = "The estimate comes from the head of the federation, Tamir Oduya. The region, Upper Vell, is flooded."
    doc = parse(text, "en")
    doc.ents = []  # as where the model misses the name (a surname that is also a common word)
    found = [(text[c.start : c.end], c.type) for c in _titled_apposed_people(doc)]
    assert found == [("Tamir Oduya", "PERSON")]  # "the region" is no title: "Upper Vell" stays untouched


def test_a_name_apposed_after_a_title_is_the_person_he_stands_for(tmp_path: Path) -> None:
    text = (
        "About 900 people are missing, according to the Vellmar Rescue Federation. The estimate comes from the head "
        "of the federation, Tamir Oduya. He said in a video call that the figure is based on “independent sources.”"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, quote(led, "independent sources")) == "Tamir Oduya"


def test_towns_in_a_list_of_cities_are_places_not_people_he_may_stand_for(tmp_path: Path) -> None:
    text = (
        "“We could have avoided most of the casualties,” Omar Field, the agency chief, told reporters on Thursday.\n\n"
        "Torrential rains swept several regions, most notably the cities of Derna, Benghazi, Al Vella, Al Marsa, "
        "and Tousa.\n\n"
        "“The network has been destroyed,” he said."
    )
    led = ledger_of(tmp_path, text)
    assert all(e.type != "PERSON" for e in led.entities if e.name in ("Al Vella", "Al Marsa"))
    assert speaker(led, quote(led, "The network has been")) == "Omar Field"
