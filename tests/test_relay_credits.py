"""The agency a reprint's outlet line credits relays every quote of the story. Sentences written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import rashomon
from rashomon.extract.relays import outlet_agencies
from rashomon.model import Analysis, Mention, Span


def test_the_agency_in_the_outlet_line_is_found_in_the_text() -> None:
    media = [Mention(span=Span(30, 37), text="Reuters", type="MEDIA", name="Reuters")]
    assert outlet_agencies("Harbour Daily (Reuters)", media) == [Span(30, 37)]
    assert outlet_agencies("Harbour Daily / Reuters", media) == [Span(30, 37)]
    assert outlet_agencies("Reuters", media) == []  # the publisher itself relays nothing
    assert outlet_agencies("Harbour Daily (AFP)", media) == []  # an agency the text never names


def test_every_quote_of_a_reprint_comes_through_its_agency(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Fans who spoke to Reuters described the crush at the gates.\n\n"
        '"We could not breathe," said Tom Reed, a supporter from the town.'
    )
    assert all(not q.via_refs for q in analyze_text(text).quotes)  # without the credit, no relay
    a = analyze_text(text, outlet="Harbour Daily (Reuters)")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "Tom Reed"
    assert [text[v.start : v.end] for v in q.via_refs] == ["Reuters"]


def test_a_report_by_an_outlet_relays_the_quote(analyze_text: Callable[..., Analysis]) -> None:
    text = '"We are ready," Tom Reed said, according to a report by Al Jazeera.'
    (q,) = [q for q in analyze_text(text).quotes if q.kind == "direct"]
    assert [text[v.start : v.end] for v in q.via_refs] == ["Al Jazeera"]


def test_a_speech_verb_far_before_a_colon_introduces_the_next_paragraph(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "The harbour commander, General Tom Reed, said the following in the statement:\n\n"
        "\u201cAt about 7 a.m. one of the ships struck the pier, causing the crane to fall into the water.\u201d"
    )
    (q,) = [q for q in analyze_text(text).quotes if q.kind == "direct"]
    assert q.speaker_text is not None and "Tom Reed" in q.speaker_text


def test_a_sentence_just_before_that_says_through_whom_the_speaker_spoke_relays_the_quote(tmp_path: Path) -> None:
    text = (
        " date 2023-06-08 Test\n\n"
        "The result was announced on Monday by the spokesman of the President of Vellmar, Omar Field, Interfax "
        "reports. “Why this happened, you should ask the neighbours and ask their officials,” Field said.\n\n"
        "Nora Vidal spoke to Reuters on Monday about the talks. “We will sign nothing until the border is calm "
        "again,” Marc Joly said."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    led = rashomon.analyze([tmp_path / "a.txt"])
    vias = {q.text[:12]: [led.entity(v).name for v in q.via] for q in led.quotes if q.kind == "direct"}
    assert vias["Why this hap"] == ["Interfax"]
    assert vias["We will sign"] == []  # Reuters spoke to Vidal, not to Joly


def test_an_outlet_told_by_someone_else_in_the_sentence_does_not_relay_the_speaker(tmp_path: Path) -> None:
    text = (
        " date 2023-06-08 Test\n\n"
        "Senator Nora Vidal spoke in Ostra on Monday. Her spokesman Marc Joly told Reuters that Vidal's plan would "
        "cover every family. “We will cut taxes for every family in the state next year,” Vidal said."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    led = rashomon.analyze([tmp_path / "a.txt"])
    (q,) = [q for q in led.quotes if q.kind == "direct"]
    assert led.entity(q.speaker).name.endswith("Vidal") and q.via == ()


def test_a_dateline_with_a_place_in_title_case_credits_its_agency(analyze_text: Callable[..., Analysis]) -> None:
    def relayed(text: str) -> list[list[str]]:
        a = analyze_text(text)
        return [[text[v.start : v.end] for v in q.via_refs] for q in a.quotes if q.kind == "direct"]

    said = "“The team has identified all the bodies in the hospital,” Omar Field said on Tuesday."
    assert relayed("Ostra, East Vellmar (ANTARA) - " + said) == [["ANTARA"]]
    # a parenthesis in a sentence, no dash after it: no dateline
    assert relayed("Talks in Ostra (as Reuters noted) went on for hours. " + said) == [[]]


def test_a_relay_said_right_after_a_quote_by_the_same_unnamed_speaker_relays_it_too(tmp_path: Path) -> None:
    def vias(body: str) -> dict[str, list[str]]:
        (tmp_path / "a.txt").write_text(" date 2023-06-08 Test\n\n" + body, encoding="utf-8")
        led = rashomon.analyze([tmp_path / "a.txt"])
        return {q.text[:12]: [led.entity(v).name for v in q.via] for q in led.quotes if q.kind == "direct"}

    said = "“We have not been given access to the site yet,” a spokesman for the ministry said on Monday. "
    assert vias(said + "He told Reuters that the team would wait.")["We have not "] == ["Reuters"]
    assert vias(said + "Nora Vidal told Reuters that the team would wait.")["We have not "] == []
    # a named person may have spoken on two occasions
    named = "“We have not been given access to the site yet,” Omar Field said on Monday. "
    assert vias(named + "Field later told Reuters that the team would wait.")["We have not "] == []
    unnamed = (
        "A former expert at the Vellmar Aviation Agency also said there appeared to be “a lot of shrapnel” on the "
        "wreckage. "
        "Speaking on condition of anonymity, he told AFP that the damage was “reminiscent” of the crash in 2014."
    )
    assert vias(unnamed)["a lot of shr"] == ["Agence France-Presse"]


def test_per_the_agency_in_the_lead_relays_every_quote(analyze_text: Callable[..., Analysis]) -> None:
    # "AP" alone is an outlet only where the text uses it as a source: "per the AP" does
    text = (
        "Riots broke out after the game ended on Saturday evening with the home side losing 3-2, per the AP.\n\n"
        '"We could not breathe," said Tom Reed, a supporter from the town.'
    )
    a = analyze_text(text)
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert [text[v.start : v.end] for v in q.via_refs] == ["AP"]


def test_the_official_after_an_unnamed_source_told_an_agency_comes_through_it_too(
    analyze_text: Callable[..., Analysis],
) -> None:
    def relays(text: str) -> dict[str, list[str]]:
        a = analyze_text(text)
        return {q.text[:10]: [text[v.start : v.end] for v in q.via_refs] for q in a.quotes if q.kind == "direct"}

    told = 'A health ministry source told Reuters that "dozens" of patients were moved. '
    found = relays(told + '"We expect more cases in the coming days," the official said.')
    assert found["We expect "] == ["Reuters"]
    # a named person between is someone else's voice; "the minister" is no unnamed person taken up
    later = told + 'Nora Vidal arrived later. "We expect more cases in the coming days," the official said.'
    assert relays(later)["We expect "] == []
    assert relays(told + '"We expect more cases in the coming days," the minister said.')["We expect "] == []


def test_an_italian_lead_names_the_outlet_it_comes_through(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "ROMA, 3 MAG - Tre testimoni hanno descritto il naufragio del traghetto. Lo riporta il sito di "
        "Kathimerini, che ha raccolto le loro testimonianze.\n\n"
        'Una delle passeggere descrive il viaggio. "Le onde erano altissime e nessuno ci ha aiutato", racconta.'
    )
    (q,) = [q for q in analyze_text(text, language="it").quotes if q.kind == "direct"]
    assert [text[v.start : v.end] for v in q.via_refs] == ["Kathimerini"]
    # an outlet the lead merely names is no relay
    named = text.replace("Lo riporta il sito di Kathimerini", "Anche il sito di Kathimerini ne parla")
    (r,) = [q for q in analyze_text(named, language="it").quotes if q.kind == "direct"]
    assert r.via_refs == ()
