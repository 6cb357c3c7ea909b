"""Who did it, with what, and how many died, in French, Russian and Ukrainian claims read without a parse, on
sentences written for these tests (never article text): the doer after the verb in Russian word order, the owner of
the weapon in the instrumental case, a verb of accusing, the kind of weapon named by words, a French country name,
and a toll phrase that leads to its number through a verb."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus


def told(tmp_path: Path, kind: str, text: str) -> set[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(tmp_path, ("2025-03-02", text))
    return {(a.value, a.stance) for a in answers(led, kind)}


def test_the_doer_named_after_the_verb_in_russian_word_order(tmp_path: Path) -> None:
    text = "Следователи пришли к выводу, что удар по рынку в Веле нанесла украинская армия."
    assert {v for v, _ in told(tmp_path / "a", "agent", text)} == {"Ukraine"}
    text = "Вчера по рынку в Веле ударила российская армия."
    assert {v for v, _ in told(tmp_path / "b", "agent", text)} == {"Russia"}


def test_what_was_shelled_after_the_verb_is_not_who_shelled(tmp_path: Path) -> None:
    assert not told(tmp_path / "a", "agent", "Накануне вечером обстреляли российские позиции под Велем.")
    assert not told(tmp_path / "b", "agent", "Удар по складу у Веля нанесли российским войскам.")


def test_the_owner_of_the_weapon_in_the_instrumental_case(tmp_path: Path) -> None:
    text = "Эксперты считают, что удар по рынку в Веле был вызван отклонившейся украинской ракетой ПВО."
    assert {v for v, _ in told(tmp_path / "a", "agent", text)} == {"Ukraine"}
    text = "Слідчі заявили, що уламки свідчать про удар російським комплексом по ринку у Велі."
    assert {v for v, _ in told(tmp_path / "b", "agent", text)} == {"Russia"}


def test_the_doers_themselves_in_the_instrumental_case(tmp_path: Path) -> None:
    text = "Прокуратура розслідує обстріл росіянами ринку у Велі минулого тижня."
    assert {v for v, _ in told(tmp_path, "agent", text)} == {"Russia"}


def test_a_national_adjective_on_something_else_than_the_weapon_names_no_doer(tmp_path: Path) -> None:
    # the blow and, in the genitive after it, the side's weapon: that side struck (``_nominal_abroad``)
    text = "После удара российской ракеты по Велю в городе объявили траур."
    assert told(tmp_path / "a", "agent", text) == {("Russia", "asserted")}
    assert not told(tmp_path / "b", "agent", "Удар по рынку в Веле обсуждали с украинскими журналистами.")
    assert not told(tmp_path / "c", "agent", "После удара по российской территории в Веле объявили траур.")


def test_who_is_blamed_by_a_verb_of_accusing(tmp_path: Path) -> None:
    text = "Le maire a annoncé douze blessés, pointant du doigt les soldats russes."
    assert told(tmp_path / "a", "agent", text) == {("Russia", "attributed")}
    assert told(tmp_path / "b", "agent", "Kyiv accuse la Russie d'avoir bombardé le marché de Vell.") == {
        ("Russia", "attributed")
    }
    assert told(tmp_path / "c", "agent", "В министерстве обвинили Украину в ударе по рынку Веля.") == {
        ("Ukraine", "attributed")
    }


def test_an_accusation_of_something_else_or_by_someone_names_no_doer(tmp_path: Path) -> None:
    assert not told(tmp_path / "a", "agent", "Le ministre accuse l'Ukraine de mentir sur le marché de Vell.")
    assert not told(tmp_path / "b", "agent", "Le maire de Vell a été accusé par la Russie de corruption.")
    assert not told(tmp_path / "c", "agent", "Министерство обвинило Украину во лжи о рынке в Веле.")


def test_the_kind_of_weapon_named_by_words(tmp_path: Path) -> None:
    text = "Le marché de Vell a été touché par un missile de croisière, selon le ministère."
    assert {v for v, _ in told(tmp_path / "a", "means", text)} == {"cruise missile"}
    text = "В министерстве заявили, что речь идет о падении антиракеты на рынок в Веле."
    assert {v for v, _ in told(tmp_path / "b", "means", text)} == {"air defence missile"}
    text = "Слідство встановило, що по лікарні у Велі вдарила крилата ракета."
    assert {v for v, _ in told(tmp_path / "c", "means", text)} == {"cruise missile"}


def test_a_weapon_kind_with_no_act_told_is_no_answer(tmp_path: Path) -> None:
    assert not told(tmp_path / "a", "means", "Вель получил новые зенитные ракеты от союзников в прошлом году.")
    # "ballistic" sets no role: an air-defence system fired at the ground flies as a ballistic missile
    assert not told(tmp_path / "b", "means", "Le marché de Vell a été touché par un missile balistique.")


def test_an_interceptor_against_a_strike_missile_is_a_dispute_over_the_means(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2025-03-02", "В министерстве заявили, что речь идет о падении антиракеты на больницу в Веле."),
        ("2025-03-02", "Le ministère affirme que l'hôpital de Vell a été touché par un missile de croisière."),
    )
    means = [r for r in led.relations if r.type == "contradicts" and r.details and r.details[0][0] == "means"]
    assert len(means) == 1, [r.why for r in led.relations]


def test_a_french_country_name_is_a_side_word(tmp_path: Path) -> None:
    assert ("Russia", "attributed") in told(tmp_path, "agent", "La Russie a frappé le marché de Vell, selon Kyiv.")


def test_a_toll_phrase_led_to_its_number_through_a_verb(tmp_path: Path) -> None:
    text = "По словам губернатора, на данный момент число людей, скончавшихся от травм, достигло 40."
    assert {v for v, _ in told(tmp_path / "a", "toll_killed", text)} == {"40 people"}
    text = (
        "Selon la télévision, le bilan des morts suite à une explosion au port de Vell, dans la province du Sud, "
        "avait atteint 80 personnes."
    )
    assert {v for v, _ in told(tmp_path / "b", "toll_killed", text)} == {"80 people"}
    text = "Le bilan provisoire de l'explosion au port de Vell s'élève à au moins 12 personnes."
    assert {v for v, _ in told(tmp_path / "c", "toll_killed", text)} == {"at least 12 people"}


def test_the_toll_of_the_injured_led_to_its_number(tmp_path: Path) -> None:
    text = "Число раненых в результате взрыва в порту Веля составило 25."
    assert {v for v, _ in told(tmp_path, "toll_injured", text)} == {"25 people"}


def test_an_act_told_after_its_refutation_is_denied(tmp_path: Path) -> None:
    text = "Вчера в министерстве опубликовали опровержение того, что удар по Велю был нанесён украинской ракетой ПВО."
    assert told(tmp_path / "a", "agent", text) == {("Ukraine", "denied")}
    assert {s for _, s in told(tmp_path / "b", "means", text)} == {"denied"}
