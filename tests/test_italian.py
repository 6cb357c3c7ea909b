"""Italian articles, read by the Romance surface patterns: the compound past of speech verbs ("ha affermato",
"ha assicurato che") and "secondo X"; "the latter" (quest'ultima, cette dernière). Sentences written here (invented
people)."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.model import Analysis


def speakers(analyze_text: Callable[..., Analysis], text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text, language="it")
    return [(q.text[:20].strip(), q.speaker_text) for q in a.quotes if q.kind == "direct"]


def test_italian_compound_past_attributions(analyze_text: Callable[..., Analysis]) -> None:
    got = speakers(
        analyze_text,
        "Il ministro della Difesa di Vell, Edo Marni, ha assicurato che “la situazione è già sotto controllo nelle "
        "Forze Armate”, dopo il tentativo di golpe.\n\n"
        "«È stata usata una bomba a grappolo. Vediamo i muri tagliati», ha affermato Lino Serra, capo "
        "dell'amministrazione regionale.",
    )
    assert ("la situazione è già", "Edo Marni") in got
    assert ("È stata usata una bo", "Lino Serra") in got


def test_secondo_names_the_source(analyze_text: Callable[..., Analysis]) -> None:
    got = speakers(analyze_text, "Secondo Lino Serra, “la diga non ha retto alla piena del fiume”.")
    assert got == [("la diga non ha retto", "Lino Serra")]


def test_the_latter_is_the_last_person_named(analyze_text: Callable[..., Analysis]) -> None:
    def speaker_of(a: Analysis) -> str:
        q = next(q for q in a.quotes if q.kind == "direct")
        assert q.speaker_ref is not None
        return a.article.text[q.speaker_ref.start : q.speaker_ref.end]

    a = analyze_text(
        "Il bilancio è stato fornito dal ministro della Presidenza, Mario Pardo, e da quella della Sanità, Rosa "
        "Castri. Quest’ultima ha dichiarato che “le nostre brigate mediche sono entrate subito in azione”.",
        language="it",
    )
    assert speaker_of(a) == "Rosa Castri"
    a = analyze_text(
        "Le chef de la police, Paul Vidal, a parlé à la ministre Anne Roux. Cette dernière a déclaré que « tout est "
        "sous contrôle dans la ville ».",
        language="fr",
    )
    assert speaker_of(a) == "Anne Roux"
