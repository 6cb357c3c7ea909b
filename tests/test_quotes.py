"""Quotes: every mark style, speech versus scare quotes, reported speech, speakers and relaying outlets.

Texts are about other events and people than the example corpus. Speakers are
checked through the ledger (entity names), the way a reader sees them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon
from rashomon.extract.quotes import find_marked
from rashomon.model import Ledger, Quote


def ledger_of(tmp_path: Path, text: str, name: str = "a.txt") -> Ledger:
    (tmp_path / name).write_text(" date 2023-06-08 Test\n\n" + text, encoding="utf-8")
    return rashomon.analyze([tmp_path / name])


def direct(ledger: Ledger) -> list[Quote]:
    return [q for q in ledger.quotes if q.kind == "direct"]


def speaker(ledger: Ledger, q: Quote) -> str | None:
    return ledger.entity(q.speaker).name if q.speaker else None


def via(ledger: Ledger, q: Quote) -> list[str]:
    return [ledger.entity(v).name for v in q.via]


def the_quote(ledger: Ledger, starts: str) -> Quote:
    found = [q for q in ledger.quotes if q.text.startswith(starts) and q.kind != "scare"]
    assert found, [q.text for q in ledger.quotes]
    return found[0]


# ---------------------------------------------------------------- finding marks


@pytest.mark.parametrize(
    "text, inner",
    [
        ("\u201cWe will rebuild the bridge,\u201d she said.", "We will rebuild the bridge,"),
        ('"We will rebuild the bridge," she said.', "We will rebuild the bridge,"),
        ("\u00abWe will rebuild the bridge\u00bb, she said.", "We will rebuild the bridge"),
        ("\u201eWe will rebuild the bridge\u201c, she said.", "We will rebuild the bridge"),
        ("\u2018We will rebuild,\u2019 she said about the country\u2019s bridges.", "We will rebuild,"),
        ("''We will rebuild the bridge,'' she said.", "We will rebuild the bridge,"),
        ("``We will rebuild the bridge,'' she said.", "We will rebuild the bridge,"),
    ],
)
def test_every_mark_style(text: str, inner: str) -> None:
    found = find_marked(text)
    assert [text[q.inner.start : q.inner.end] for q in found] == [inner]


def test_apostrophes_are_not_quotes() -> None:
    assert find_marked("The minister\u2019s plan isn\u2019t new, and the city\u2019s mayor agrees.") == []


def test_a_straight_mark_glued_to_the_word_before_still_opens() -> None:
    text = 'Les passagers \u00e0 bord"ont refus\u00e9 toute escale", selon la capitainerie.'
    assert [text[q.inner.start : q.inner.end] for q in find_marked(text)] == ["ont refus\u00e9 toute escale"]
    # a mark glued on both sides whose partner does not close stays a stray
    assert find_marked('The pipe was 3 in"wide and"long.') == []


def test_nested_quotes_come_out_whole() -> None:
    text = "\u201cThey will look for the \u201cforeign hand\u201d again. Nobody believes it,\u201d he said."
    found = find_marked(text)
    outer = next(q for q in found if q.parent is None)
    inner = next(q for q in found if q.parent is not None)
    assert text[outer.inner.start : outer.inner.end].endswith("Nobody believes it,")
    assert text[inner.inner.start : inner.inner.end] == "foreign hand"


def test_quote_running_over_paragraphs() -> None:
    text = (
        "\u201cThe water came at night. We had no warning.\n\n\u201cBy morning the whole street was gone,\u201d "
        "the mayor said."
    )
    found = find_marked(text)
    assert [text[q.inner.start : q.inner.end] for q in found] == [
        "The water came at night. We had no warning.",
        "By morning the whole street was gone,",
    ]
    assert found[0].continues


# ---------------------------------------------------------------- speech and speakers


def test_attribution_after_the_quote(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Mayor Ines Duarte visited the flooded district. \u201cWe will rebuild every house,\u201d Duarte said.",
    )
    q = the_quote(led, "We will rebuild")
    assert (q.kind, speaker(led, q), q.speaker_text, q.cue) == ("direct", "Ines Duarte", "Duarte", "said")


def test_inverted_attribution_and_apposition(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "\u201cThe dam held for now,\u201d said Lars Eriksen, the chief engineer of the "
        "water authority, in a conversation with Reuters.",
    )
    q = the_quote(led, "The dam held")
    assert (speaker(led, q), q.speaker_text, via(led, q)) == ("Lars Eriksen", "Lars Eriksen", ["Reuters"])


def test_attribution_before_the_quote(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Asked about the ceasefire, Foreign Minister Amara Okafor replied: \u201cNo such agreement exists.\u201d",
    )
    q = the_quote(led, "No such agreement")
    assert (speaker(led, q), q.cue) == ("Amara Okafor", "replied")


def test_split_quote(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path, "\u201cWe warned them,\u201d said Colonel Piotr Zielinski, \u201cand they did not listen.\u201d"
    )
    quotes = direct(led)
    assert [q.text for q in quotes] == ["We warned them,", "and they did not listen."]
    assert {speaker(led, q) for q in quotes} == {"Piotr Zielinski"}


def test_pronoun_speaker(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Finance Minister Rosa Lind presented the budget on Monday. \u201cThe deficit will shrink,\u201d she said.",
    )
    q = the_quote(led, "The deficit")
    assert (speaker(led, q), q.speaker_text) == ("Rosa Lind", "she")


def test_description_speaker_by_role(tmp_path: Path) -> None:
    text = (
        "Polish Prime Minister Tomasz Wrona met farmers in Lublin. Agriculture Minister Ewa Kral joined later.\n\n"
        "\u201cWe will not allow the border to be blocked,\u201d the head of the Polish government said."
    )
    q = the_quote(ledger_of(tmp_path, text), "We will not allow")
    assert q.speaker_text == "the head of the Polish government"
    assert speaker(ledger_of(tmp_path, text), q) == "Tomasz Wrona"


def test_description_speaker_by_class(tmp_path: Path) -> None:
    text = (
        "Reporters met Hanna Berg, Norway's ambassador to Kenya, at the embassy. The talks lasted an hour.\n\n"
        "\u201cThe talks were useful,\u201d the diplomat told reporters."
    )
    led = ledger_of(tmp_path, text)
    q = the_quote(led, "The talks were useful")
    assert (speaker(led, q), q.speaker_text, via(led, q)) == ("Hanna Berg", "the diplomat", [])


def test_spokesman_description(tmp_path: Path) -> None:
    text = (
        "Kremlin spokesman Yuri Volkov dismissed the report. Defence Minister Oleg Pavlov did not comment.\n\n"
        "\u201cThis is fiction,\u201d the Kremlin spokesman added."
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "This is fiction")) == "Yuri Volkov"


def test_unnamed_source_keeps_its_description(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "\u201cThe strike was planned weeks ago,\u201d a senior US official told reporters.")
    q = the_quote(led, "The strike was planned")
    assert (q.speaker, q.speaker_text) == (None, "a senior US official")


def test_relaying_outlet_quotes_him(tmp_path: Path) -> None:
    text = (
        "Deputy Minister Karel Novak arrived in Vienna on Monday.\n\n\u201cWe expect an answer this week,\u201d "
        "Interfax quotes him."
    )
    led = ledger_of(tmp_path, text)
    q = the_quote(led, "We expect an answer")
    assert (speaker(led, q), q.speaker_text, via(led, q)) == ("Karel Novak", "him", ["Interfax"])


def test_quoted_as_saying(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "\u201cThe harvest is lost,\u201d RIA Novosti quotes Governor Ivan Sokol as saying.")
    q = the_quote(led, "The harvest is lost")
    assert (speaker(led, q), via(led, q)) == ("Ivan Sokol", ["RIA Novosti"])


def test_outlet_of_an_interview_carries_over(tmp_path: Path) -> None:
    text = (
        "In an interview with the BBC, analyst Marta Sousa said the sanctions had failed.\n\n"
        "\u201cThe economy adapted within months,\u201d Sousa explained."
    )
    led = ledger_of(tmp_path, text)
    assert via(led, the_quote(led, "The economy adapted")) == ["BBC"]


def test_speech_fragment_inside_a_sentence(tmp_path: Path) -> None:
    text = "Envoy Lena Ortiz stressed that her government remains \u201cfully committed\u201d to the deal."
    led = ledger_of(tmp_path, text)
    q = next(q for q in led.quotes if q.text == "fully committed")
    assert (q.kind, speaker(led, q), q.cue) == ("direct", "Lena Ortiz", "stressed")


def test_according_to_fragment(tmp_path: Path) -> None:
    text = (
        "Minister Jonas Berg spoke on Friday. "
        "According to the minister, the opposition wants to \u201cburn the house\u201d."
    )
    led = ledger_of(tmp_path, text)
    q = next(q for q in led.quotes if q.text == "burn the house")
    assert (q.kind, speaker(led, q)) == ("direct", "Jonas Berg")


def test_implicit_subject_continues_the_speaker(tmp_path: Path) -> None:
    text = (
        "\u201cThey knew everything,\u201d General Aleksi Virtanen said. Adding that the ministry, \u201cof course, "
        "denied it.\u201d"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "of course, denied it")) == "Aleksi Virtanen"


def test_quote_in_a_headline(tmp_path: Path) -> None:
    (tmp_path / "h.txt").write_text(
        "Governor Nadia Amar: \u201cWe will rebuild the port within a year\u201d\n\n"
        "The port was destroyed by the storm on Sunday.",
        encoding="utf-8",
    )
    led = rashomon.analyze([tmp_path / "h.txt"])
    q = the_quote(led, "We will rebuild the port")
    assert q.kind == "direct"


def test_unattributed_quote_paragraph_continues_the_speaker(tmp_path: Path) -> None:
    text = (
        "\u201cThe shelling started at dawn,\u201d said Mykola Hrytsenko, a local official.\n\n"
        "\u201cBy noon, three schools and the hospital had been hit, and we had no electricity left.\u201d"
    )
    led = ledger_of(tmp_path, text)
    assert speaker(led, the_quote(led, "By noon")) == "Mykola Hrytsenko"


# ---------------------------------------------------------------- not speech


@pytest.mark.parametrize(
    "text, term",
    [
        ("Fighters of the \u201cAidar\u201d battalion were seen near the river.", "Aidar"),
        ("He supported \u201cRight Sector\u201d (an extremist organization) for years.", "Right Sector"),
        ("The so-called \u201cpeace plan\u201d was published on Sunday.", "peace plan"),
        ("\u201cWinter is coming\u201d\n\nThe energy grid is failing across the region.", "Winter is coming"),
        (
            "Prosecutors opened a case under Article 41 of the Penal Code (\u201cCareless handling of explosive "
            "substances in a populated area\u201d) on Monday.",
            "Careless handling of explosive substances in a populated area",
        ),
    ],
)
def test_scare_quotes_names_and_headings_are_not_speech(tmp_path: Path, text: str, term: str) -> None:
    led = ledger_of(tmp_path, text)
    q = next(q for q in led.quotes if q.text.rstrip(".") == term)
    assert q.kind == "scare" and q.speaker is None


@pytest.mark.parametrize(
    "text, words",
    [
        # brackets that hold more than the quote, or a quoted sentence in brackets, are still someone's words
        (
            "The mayor (who said \u201cthe water will be back by Friday, whatever it costs us\u201d) left early.",
            "the water will be back by Friday",
        ),
        (
            "The clinic stayed open for weeks. (\u201cWe had nowhere else to send the children.\u201d) "
            "Nurse Ilse Brandt said so later.",
            "We had nowhere else to send the children",
        ),
    ],
)
def test_a_quote_in_brackets_with_more_or_a_whole_sentence_stays_speech(tmp_path: Path, text: str, words: str) -> None:
    led = ledger_of(tmp_path, text)
    assert the_quote(led, words).kind == "direct"


def test_term_quoted_inside_a_quote_is_not_speech(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path, "\u201cThey will blame the \u201cforeign hand\u201d again, as always,\u201d analyst Petra Holm said."
    )
    assert next(q for q in led.quotes if q.text == "foreign hand").kind == "scare"
    assert the_quote(led, "They will blame").kind == "direct"


# ---------------------------------------------------------------- reported speech


@pytest.mark.parametrize(
    "text, content, who",
    [
        (
            "Governor Maria Lopez said that the evacuation would continue.",
            "the evacuation would continue",
            "Maria Lopez",
        ),
        ("According to Colonel Ben Avraham, the convoy was hit twice.", "the convoy was hit twice", "Ben Avraham"),
        ("Minister Anton Kral claimed the report was fabricated.", "the report was fabricated", "Anton Kral"),
        (
            "The dam collapsed overnight, emergency chief Olena Shevchuk said.",
            "The dam collapsed overnight",
            "Olena Shevchuk",
        ),
    ],
)
def test_indirect_quotes(tmp_path: Path, text: str, content: str, who: str) -> None:
    led = ledger_of(tmp_path, text)
    q = next(q for q in led.quotes if q.kind == "indirect")
    assert (q.text, speaker(led, q)) == (content, who)


def test_the_outlets_own_voice_is_not_a_quote(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "Let us note that the bridge reopened on Tuesday.")
    assert [q for q in led.quotes if q.speaker_text in ("us", "Let us")] == []


def test_speaker_spans_point_at_the_text(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "\u201cWe will rebuild,\u201d Mayor Ines Duarte said on Monday.")
    q = the_quote(led, "We will rebuild")
    text = led.articles[0].text
    assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_text
    assert text[q.cue_span.start : q.cue_span.end] == q.cue


# ---------------------------------------------------------------- British single marks, documents, things


@pytest.mark.parametrize(
    "text, inners",
    [
        (
            "'We will not retreat,' said the mayor. 'The harbour stays open.'",
            ["We will not retreat,", "The harbour stays open."],
        ),
        (
            "The pilot said the smoke came 'from the left engine, which had been serviced in May'.",
            ["from the left engine, which had been serviced in May"],
        ),
        (
            "'The fishermen's and the sailors' unions agree,' she said.",
            ["The fishermen's and the sailors' unions agree,"],
        ),
        ("\u2018The nurses\u2019 union will strike,\u2019 he said.", ["The nurses\u2019 union will strike,"]),
        ('He said "the \'80s reforms failed," and left.', ["the '80s reforms failed,"]),
    ],
)
def test_single_marks_pair_as_quotes(text: str, inners: list[str]) -> None:
    assert [text[q.inner.start : q.inner.end] for q in find_marked(text)] == inners


def test_apostrophes_elisions_and_possessives_are_not_single_marks() -> None:
    text = "'Tis the season: don't sail after 9 o'clock, the sailors' guild warns, as in the '90s, rock 'n' roll."
    assert find_marked(text) == []


def test_british_quotes_are_direct_with_their_speaker(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "The reservoir above Bergen is nearly dry. 'There is no water left for the farms,' "
        "said Ingrid Halvorsen, a hydrologist at the university. 'The risk is that "
        "nobody acts before the autumn.'\n\nAn engineer, Tomas Lund, said the leak came "
        "'from the eastern pipe, which nobody has inspected since 1998'.",
    )
    quotes = {q.text.strip(" ,."): q for q in direct(ledger)}
    assert speaker(ledger, quotes["There is no water left for the farms"]) == "Ingrid Halvorsen"
    assert speaker(ledger, quotes["The risk is that nobody acts before the autumn"]) == "Ingrid Halvorsen"
    assert speaker(ledger, quotes["from the eastern pipe, which nobody has inspected since 1998"]) == "Tomas Lund"
    assert not [q for q in ledger.quotes if q.kind == "indirect" and "'" in q.text]  # no stray marks


def test_according_to_a_document_is_no_person(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Farm minister Lucia Moreno visited the port of Valparaiso on Monday. Grain "
        "exports fell by a third last year, according to official data. Wheat imports "
        "doubled, according to figures from the Agriculture Ministry.",
    )
    data = the_quote(ledger, "Grain exports fell")
    assert data.speaker is None and data.speaker_text == "official data"
    figures = the_quote(ledger, "Wheat imports doubled")
    assert "Ministry" in (figures.speaker_text or "") and figures.speaker_text != "figures"
    assert speaker(ledger, figures) != "Lucia Moreno"


def test_things_do_not_speak_and_documents_speak_for_nobody(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Inspector Hana Novak examined the warehouse in Brno. The truce, agreed in March, "
        "had mostly held until the floods. She said the evidence suggested the fire had "
        "started in the office. The report said that the alarms had been switched off "
        "for a week.",
    )
    speakers = {q.speaker_text for q in ledger.quotes if q.kind != "scare"}
    assert "The truce" not in speakers and "the evidence" not in speakers
    report = the_quote(ledger, "the alarms had been switched off")
    assert report.speaker is None and report.speaker_text == "The report"


def test_reported_speech_does_not_cut_a_direct_quote(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        'Coach Mateo Ruiz said his players had done nothing wrong and had only "followed '
        "the referee's instructions, as always.\" The league will meet on Friday.",
    )
    indirect = [q for q in ledger.quotes if q.kind == "indirect"]
    assert indirect
    for q in indirect:
        assert q.text.count('"') % 2 == 0, q.text


def test_a_qualified_description_fits_only_a_person_of_that_country_or_organisation(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Kenya's interior ministry spokesperson, Joseph Wambua, said on Tuesday that the "
        'border crossing at Busia would reopen within days. "We are ready," Wambua said.\n\n'
        "A Ugandan government spokesperson said the talks on the crossing were not over. "
        "The spokesperson said the two governments would meet again in Kampala.",
    )
    ugandan = the_quote(ledger, "the talks on the crossing were not over")
    assert ugandan.speaker_text == "A Ugandan government spokesperson"
    assert speaker(ledger, ugandan) != "Joseph Wambua"


def test_a_demonym_picks_the_person_of_that_country(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Brazil's ambassador to the council, Helena Duarte, said the vote had been "
        "rushed. Argentina's envoy Tomas Ibarra said the text was balanced.\n\n"
        "The Brazilian ambassador said her country would abstain. The Chilean ambassador "
        "said Santiago had not yet decided.",
    )
    assert speaker(ledger, the_quote(ledger, "her country would abstain")) == "Helena Duarte"
    assert speaker(ledger, the_quote(ledger, "Santiago had not yet decided")) is None


def test_an_indefinite_description_is_someone_new_unless_introduced_with_a_name(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Red Cross spokeswoman Ingrid Solberg said convoys had reached Goma on Monday. "
        "Government press secretary Paul Mbeki said the road was secure.\n\n"
        "A Red Cross spokeswoman said later that two trucks had been turned back. "
        "A government spokesman said the army had cleared the checkpoints.",
    )
    assert speaker(ledger, the_quote(ledger, "two trucks had been turned back")) == "Ingrid Solberg"
    cleared = the_quote(ledger, "the army had cleared the checkpoints")
    assert cleared.speaker_text == "A government spokesman" and cleared.speaker is None


def test_a_plain_definite_description_still_resolves(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Police spokesman Arturo Ferreira said three men had been arrested in Porto. "
        "The spokesman said they would appear in court on Friday.",
    )
    assert speaker(ledger, the_quote(ledger, "they would appear in court")) == "Arturo Ferreira"


def test_as_others_said_is_a_second_statement(tmp_path: Path) -> None:
    ledger = ledger_of(
        tmp_path,
        "Flood waters in the river town of Hallam rose by two metres overnight, officials "
        "said, as engineers said the levee had been breached in two places.",
    )
    indirect = {q.speaker_text: q.text for q in ledger.quotes if q.kind == "indirect"}
    assert indirect.get("officials", "").startswith("Flood waters in the river town of Hallam rose")
    assert indirect.get("engineers") == "the levee had been breached in two places"


# ---------------------------------------------------------------- whose words (issue 18)


def test_a_participle_shares_the_subject_of_its_clause(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Mayor Tomas Ferreira attacked the council on Monday, saying its budget was "
        "\u201ca waste of public money.\u201d",
    )
    q = the_quote(led, "a waste")
    assert (speaker(led, q), q.speaker_text, q.cue) == ("Tomas Ferreira", "Mayor Tomas Ferreira", "saying")


def test_a_speech_verb_further_up_speaks_for_the_participle(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Governor Ruth Halloran said that the council showed interest in the plan, noting that it could be "
        "\u201ca model for the whole region.\u201d",
    )
    assert speaker(led, the_quote(led, "a model")) == "Ruth Halloran"


def test_a_quote_closed_by_a_full_stop_ends_its_sentence(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Finance minister Ana Kostova insisted that the banks \u201cstop the fees at once.\u201d "
        "Governor Pavel Iliev said the fees were legal.",
    )
    assert speaker(led, the_quote(led, "stop the fees")) == "Ana Kostova"


def test_she_continued_carries_the_speaker(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "\u201cWe will reopen the school in May,\u201d said principal Helena Duarte.\n\n"
        "She continued, \u201cThe roof is already fixed and the classrooms are clean again.\u201d",
    )
    q = the_quote(led, "The roof")
    assert (speaker(led, q), q.speaker_text, q.cue) == ("Helena Duarte", "She", "continued")


def test_a_document_reads(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Parents wrote to the board on Friday.\n\n"
        "\u201cWe ask the board to reconsider its decision on the closures,\u201d the letter reads.",
    )
    q = the_quote(led, "We ask")
    assert (q.speaker, q.speaker_text, q.cue) == (None, "the letter", "reads")


def test_reading_a_book_is_not_speech(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "Pavel Iliev read the \u201cannual review of the harbour authority\u201d on the train.")
    assert [q.speaker_text for q in led.quotes if q.kind != "scare"] == []


_ARREST = "Marco Bellini, 19, was arrested in Turin on Sunday.\n\n"
_NEVER = "\u201cHe had never been in trouble with the police in his life,\u201d"


@pytest.mark.parametrize(
    "text, said_by",
    [
        (f"{_ARREST}{_NEVER} Marco Bellini\u2019s mother said.", "Marco Bellini\u2019s mother"),
        (f"{_ARREST}{_NEVER} said the mother of Marco Bellini.", "the mother of Marco Bellini"),
        (f"{_ARREST}{_NEVER} his grandmother said.", "his grandmother"),
    ],
)
def test_a_relative_is_not_the_person(tmp_path: Path, text: str, said_by: str) -> None:
    led = ledger_of(tmp_path, text)
    q = the_quote(led, "He had never")
    assert (speaker(led, q), q.speaker_text) == (None, said_by)


def test_the_person_named_with_a_relative_still_speaks(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, f"{_ARREST}{_NEVER} said Lucia Bellini, his mother.")
    assert speaker(led, the_quote(led, "He had never")) == "Lucia Bellini"


def test_a_pronoun_is_the_subject_of_its_clause_not_the_last_name(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Clara Voss says she admired Ana Ruiz\u2019s courage through what she calls "
        "\u201ca war of unpleasant words.\u201d",
    )
    q = the_quote(led, "a war of")
    assert (speaker(led, q), q.speaker_text) == ("Clara Voss", "she")


def test_it_is_the_body_that_is_the_subject(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The Harbour Authority on Friday condemned the dumping and pledged new fines as a deterrent to what it "
        "called \u201ca clear threat to the bay.\u201d",
    )
    q = the_quote(led, "a clear threat")
    assert (speaker(led, q), q.speaker_text) == ("Harbour Authority", "it")


def test_it_after_a_sentence_about_a_body(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The Harbour Authority fined the shipping company on Friday.\n\n"
        "\u201cThe dumping is a clear threat to the bay,\u201d it said.",
    )
    assert speaker(led, the_quote(led, "The dumping")) == "Harbour Authority"


def test_it_with_no_body_before_is_nobody(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "\u201cThe dumping is a clear threat to the bay and must stop,\u201d it said.")
    assert the_quote(led, "The dumping").speaker is None


def test_the_mayor_is_the_person_introduced_as_mayor(tmp_path: Path) -> None:
    intro = "Regional governor Pavel Iliev said the station was hit twice on Friday."
    led = ledger_of(
        tmp_path,
        f"{intro} Sofia Mayor Dana Kirova visited the site in the afternoon.\n\n"
        "Iliev said rescue teams were still at work.\n\n"
        "\u201cNobody expected a second strike here,\u201d said the mayor.",
    )
    assert speaker(led, the_quote(led, "Nobody expected")) == "Dana Kirova"
    alone = ledger_of(tmp_path, f"{intro}\n\n\u201cNobody expected a second strike here,\u201d said the mayor.")
    assert the_quote(alone, "Nobody expected").speaker is None  # the governor is not the mayor


def test_a_relative_introduced_with_a_name_speaks_as_that_person(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Police chief Omar Field said the crowd was calm. His daughter, Nora Field, was at the stadium.\n\n"
        "\u201cPeople were pushed against the gates,\u201d his daughter said.",
    )
    q = the_quote(led, "People were")
    assert (speaker(led, q), q.speaker_text) == ("Nora Field", "his daughter")


def test_it_after_an_unnamed_document_is_nobody(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The Harbour Authority published its annual review on Friday.\n\n"
        "\u201cFines have doubled since the new rules came in,\u201d the review says. It also points out that "
        "\u201cmost of the dumping happens at night.\u201d",
    )
    assert the_quote(led, "most of the dumping").speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will rebuild the bridge within a year,\u201d Mayor Dana Kirova said, RBC reports.",
        "RBC reported that Mayor Dana Kirova said the bridge would be \u201crebuilt within a year.\u201d",
        "Mayor Dana Kirova, who spoke to RBC on Friday, said the bridge would be \u201crebuilt within a year.\u201d",
    ],
)
def test_an_outlet_that_passes_the_words_on_is_the_relay(tmp_path: Path, text: str) -> None:
    led = ledger_of(tmp_path, text)
    q = next(q for q in direct(led) if "within a year" in q.text)
    assert (speaker(led, q), via(led, q)) == ("Dana Kirova", ["RBC"])


def test_an_outlet_the_speaker_talks_about_is_no_relay(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "Mayor Dana Kirova said RBC had \u201cmisreported the number of victims\u201d on Friday.")
    q = the_quote(led, "misreported")
    assert (speaker(led, q), via(led, q)) == ("Dana Kirova", [])


def test_she_continued_after_the_quote(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "\u201cThe harbour will stay closed this week,\u201d Governor Ruth Halloran said.\n\n"
        "\u201cWe need to be sure the cranes are safe, and that takes time,\u201d she continued.",
    )
    q = the_quote(led, "We need to be sure")
    assert (speaker(led, q), q.speaker_text, q.cue) == ("Ruth Halloran", "she", "continued")


def test_talks_that_continued_do_not_speak(tmp_path: Path) -> None:
    led = ledger_of(tmp_path, "The talks continued on Monday, \u201cdespite the storm,\u201d and the ships sailed.")
    assert [q.cue for q in led.quotes if q.kind == "direct"] == []


def test_said_before_the_name(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Economists say the new rules make the tax code more complicated. Said Ruth Halloran: "
        "\u201cI do not see any interest in reform at all.\u201d",
    )
    q = the_quote(led, "I do not see")
    assert (speaker(led, q), q.speaker_text) == ("Ruth Halloran", "Ruth Halloran")


def test_a_dash_credit_beats_a_verb_in_the_paragraph_before(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Readers wrote to us about the debate.\n\n"
        "\u201cHe knows nothing about our towns and the people who live there.\u201d \u2015 Jacklyn Ashley",
    )
    q = the_quote(led, "He knows nothing")
    assert speaker(led, q) == "Jacklyn Ashley"


def test_a_colon_introduces_the_quote_in_the_next_paragraph(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Governor Ruth Halloran told reporters:\n\n\u201cWe have no information about the fire at this time.\u201d",
    )
    assert speaker(led, the_quote(led, "We have no information")) == "Ruth Halloran"


def test_an_unattributed_quote_after_a_sentence_about_a_person(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "\u201cThe bridge is safe,\u201d said Mayor Ruth Halloran.\n\n"
        "Her former business partner, Lawrence Cummings, called her a master at impossible deals. "
        "\u201cShe showed again and again an ability to close deals that other people could not.\u201d",
    )
    assert speaker(led, the_quote(led, "She showed")) == "Lawrence Cummings"


def test_an_unattributed_quote_after_a_sentence_about_a_thing_keeps_the_last_speaker(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "\u201cThe bridge is safe,\u201d said Mayor Ruth Halloran.\n\n"
        "The bridge cost 40 million euros. \u201cWe tested every cable twice before we opened it to traffic.\u201d",
    )
    assert speaker(led, the_quote(led, "We tested")) == "Ruth Halloran"


def test_a_pronoun_skips_people_named_inside_quotes(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "President Taras Bondar spoke to reporters in Lviv on Friday.\n\n"
        "\u201cOn Monday all this happened, and Pavel Iliev, instead of dealing with his own people, blamed us,\u201d "
        "he said.",
    )
    assert speaker(led, the_quote(led, "On Monday")) == "Taras Bondar"


def test_an_outlet_reporting_a_statement_relays_it(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "President Adama Barrow said that the authorities would \u201cleave no stone unturned\u201d in the "
        "investigation, the BBC reported.",
    )
    q = the_quote(led, "leave no stone")
    assert (speaker(led, q), via(led, q)) == ("Adama Barrow", ["BBC"])


def test_a_title_glued_to_a_name_gives_the_name(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Former Ruritanian President and current Deputy Chair of the Security Council Pavel Iliev wrote on "
        "Telegram that if \u201cthe harbour attack was planned abroad, the planners will be found.\u201d",
    )
    assert speaker(led, the_quote(led, "the harbour attack")) == "Pavel Iliev"


def test_the_company_is_the_firm_that_was_the_subject(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Siemens said in a statement on Monday that it had followed every rule of the regulator.\n\n"
        "\u201cWe have valid approvals for every turbine we export,\u201d the statement read. The company further said "
        "that \u201csamples were taken by the inspectors on October 1.\u201d",
    )
    assert speaker(led, the_quote(led, "samples were taken")) == "Siemens"
    # the statement quoted is the one Siemens said it spoke in: its words are Siemens's (issue 18, real-news gold)
    assert speaker(led, the_quote(led, "We have valid")) == "Siemens"


def test_the_company_with_no_firm_before_is_nobody(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The ministry said the ferry sank at night.\n\n"
        "\u201cWe found no survivors in the water,\u201d the company said.",
    )
    assert the_quote(led, "We found no").speaker is None


def test_a_description_with_a_telling_word_is_the_body_named_so(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The National Electoral Council said just after midnight that Mr. Vargas had won. Later the electoral "
        "authority proclaimed him president, adding he had won \u201cthe majority of valid votes.\u201d",
    )
    assert speaker(led, the_quote(led, "the majority")) == "National Electoral Council"


def test_the_news_agency_is_the_outlet_named_before(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Gunmen opened fire, RIA Novosti reported.\n\nThey then \u201cfled in a white car,\u201d the news agency said.",
    )
    assert speaker(led, the_quote(led, "fled in")) == "RIA Novosti"


def test_they_is_the_body_that_is_the_subject_of_the_clause_above(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "The Harbour Authority ruled that the dumping broke the law, but in the ruling they also said it was "
        "\u201ca first offence for the company.\u201d",
    )
    q = the_quote(led, "a first offence")
    assert (speaker(led, q), q.speaker_text) == ("Harbour Authority", "they")


def test_they_for_two_people_stays_unresolved(tmp_path: Path) -> None:
    led = ledger_of(
        tmp_path,
        "Governor Ruth Halloran met Mayor Dana Kirova on Monday. They said the talks were "
        "\u201chonest and useful for both towns.\u201d",
    )
    assert the_quote(led, "honest and useful").speaker is None
