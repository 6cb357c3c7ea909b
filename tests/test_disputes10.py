"""Who blew up or destroyed a structure, in Russian, Ukrainian and French claims read without a parse, on sentences
written for these tests (never article text): a verb of blowing up, the act told by its noun with the doers in the
instrumental case, an accusation with the charge told before the accused, responsibility laid on a capital, and a
time adverbial between the doer and the verb."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus


def told(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(tmp_path, ("2025-03-02", text))
    return {(a.value, a.stance) for a in answers(led, "agent")}


def test_a_verb_of_blowing_up_names_its_doer(tmp_path: Path) -> None:
    assert told(tmp_path / "a", "Ночью российские войска подорвали плотину водохранилища у Веля.") == {
        ("Russia", "asserted")
    }
    assert told(tmp_path / "b", "Вночі російські війська підірвали греблю водосховища біля Веля.") == {
        ("Russia", "asserted")
    }
    assert told(tmp_path / "c", "L'armée russe a fait sauter le barrage de Vell dans la nuit.") == {
        ("Russia", "asserted")
    }


def test_the_blowing_up_told_by_its_noun_and_the_doers_in_the_instrumental(tmp_path: Path) -> None:
    text = "Следователи считают, что подрыв плотины у Веля был совершен российскими войсками."
    assert {v for v, _ in told(tmp_path / "a", text)} == {"Russia"}
    text = "Слідчі кажуть, що вночі стався підрив греблі біля Веля російськими терористами."
    assert {v for v, _ in told(tmp_path / "b", text)} == {"Russia"}


def test_the_accused_told_after_the_charge(tmp_path: Path) -> None:
    assert told(tmp_path / "a", "Командование обвинило в подрыве плотины у Веля российские войска.") == {
        ("Russia", "attributed")
    }


def test_the_place_of_the_act_told_with_the_charge_is_not_the_accused(tmp_path: Path) -> None:
    text = "Командование обвинило в ударе по украинскому городу Велю российские войска."
    assert told(tmp_path, text) == {("Russia", "attributed")}


def test_responsibility_laid_on_a_capital_with_the_act_told_between(tmp_path: Path) -> None:
    text = "Губернатор возложил ответственность за разрушение плотины у Веля на Киев."
    assert told(tmp_path / "a", text) == {("Ukraine", "attributed")}
    text = "Мер поклав відповідальність за руйнування греблі біля Веля на Москву."
    assert told(tmp_path / "b", text) == {("Russia", "attributed")}


def test_a_time_adverbial_between_the_doer_and_the_verb(tmp_path: Path) -> None:
    text = "Российские войска в ночь на 6 июня нанесли серию ударов по плотине у Веля."
    assert {v for v, _ in told(tmp_path, text)} == {"Russia"}


def test_a_country_after_a_preposition_is_a_place_not_the_doer(tmp_path: Path) -> None:
    assert {v for v, _ in told(tmp_path, "Россия на Украине нанесла удар по рынку Веля.")} == {"Russia"}


def intent(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(tmp_path, ("2025-03-02", text))
    return {(a.value, a.stance) for a in answers(led, "intent")}


def test_staged_before_an_indefinite_article_is_carried_out_not_a_sham(tmp_path: Path) -> None:
    text = "The occupiers wanted to scare people by blowing up the dam near Vell and staged a disaster, he said."
    assert not intent(tmp_path / "a", text)
    text = "Moscow said the attack on the dam near Vell was staged by Kyiv."
    assert intent(tmp_path / "b", text) == {("staged", "attributed")}


def test_a_denial_written_with_a_typographic_apostrophe(tmp_path: Path) -> None:
    text = "Russian troops blew up the dam near Vell. They (the Ukrainians) didn’t strike it."
    assert told(tmp_path, text) == {("Russia", "asserted"), ("Ukraine", "denied")}
