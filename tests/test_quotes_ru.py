"""Russian and Ukrainian quotes through the real pipeline: marks, attribution shapes, speakers, relaying outlets.

Every passage is written for these tests (people and events not in the example corpus).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.model import Analysis, Quote


@pytest.fixture(scope="module")
def quotes_of(analyze_text: Callable[..., Analysis]) -> Callable[..., list[tuple[Quote, str | None, list[str]]]]:
    """(quote, speaker's mention name, via outlet names) for every quote of a text in ``language``."""

    def run(text: str, language: str = "ru") -> list[tuple[Quote, str | None, list[str]]]:
        a = analyze_text(text, language=language)
        at = {m.span: m for m in a.mentions}
        return [
            (q, at[q.speaker_ref].name if q.speaker_ref in at else None, [at[v].name for v in q.via_refs])
            for q in a.quotes
        ]

    return run


def _one(found: list, text: str) -> tuple[Quote, str | None, list[str]]:
    hits = [f for f in found if f[0].text == text]
    assert len(hits) == 1, [f[0].text for f in found]
    return hits[0]


def test_dash_attribution_after_the_quote(quotes_of) -> None:
    text = (
        "Губернатор Курской области Алексей Смирнов сообщил об атаке беспилотников на Рыльск. "
        "«Повреждены два жилых дома и линия электропередачи, пострадавших нет», — заявил Смирнов."
    )
    q, speaker, via = _one(quotes_of(text), "Повреждены два жилых дома и линия электропередачи, пострадавших нет")
    assert (q.kind, speaker, q.cue, via) == ("direct", "Смирнов", "заявил", [])
    assert text[q.speaker_span.start : q.speaker_span.end] == "Смирнов"
    assert text[q.cue_span.start : q.cue_span.end] == "заявил"


def test_pronoun_with_addressee_and_relaying_agency(quotes_of) -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова прокомментировала высылку атташе из Братиславы. "
        "«Ответ будет зеркальным и последует незамедлительно», — сказала она журналистам, передает РИА Новости."
    )
    q, speaker, via = _one(quotes_of(text), "Ответ будет зеркальным и последует незамедлительно")
    assert (q.kind, q.speaker_text, speaker, via) == ("direct", "она", "Мария Захарова", ["RIA Novosti"])


def test_pronoun_takes_the_last_person_of_its_gender(quotes_of) -> None:
    text = (
        "Тимур Валиев встретился в Казани с Ниной Орловой. "
        "«Мост откроют к осени», — сказала она. «Подрядчик уже выбран», — добавил он."
    )
    found = quotes_of(text)
    assert _one(found, "Мост откроют к осени")[1].endswith("Орлова")
    assert _one(found, "Подрядчик уже выбран")[1] == "Тимур Валиев"


def test_cue_before_the_quote_with_colon(quotes_of) -> None:
    text = "Глава Минздрава Олег Саблин написал в своем Telegram-канале: «Троих раненых доставили в больницу Курска»."
    q, speaker, via = _one(quotes_of(text), "Троих раненых доставили в больницу Курска")
    assert (q.kind, speaker, q.cue) == ("direct", "Олег Саблин", "написал")


def test_as_said_before_a_quote(quotes_of) -> None:
    text = "Как заявил министр энергетики Павел Рудаков, «подача газа в регион восстановлена полностью»."
    q, speaker, _ = _one(quotes_of(text), "подача газа в регион восстановлена полностью")
    assert (q.kind, speaker) == ("direct", "Павел Рудаков")


def test_name_and_colon_without_verb(quotes_of) -> None:
    text = "Аркадий Лисицын: «Эвакуация жителей трех сел завершена»"
    q, speaker, _ = _one(quotes_of(text), "Эвакуация жителей трех сел завершена")
    assert (q.kind, speaker) == ("direct", "Аркадий Лисицын")


def test_according_to_in_the_genitive(quotes_of) -> None:
    text = (
        "Мэр Тольятти Геннадий Буров рассказал о последствиях паводка. "
        "По словам Бурова, без света остаются около тысячи домов."
    )
    q, speaker, _ = _one(quotes_of(text), "без света остаются около тысячи домов")
    assert (q.kind, q.speaker_text, speaker, q.cue) == ("indirect", "Бурова", "Буров", "По словам")


def test_said_that(quotes_of) -> None:
    text = "Посол Эстонии Кайдо Тамм заявил журналистам, что его страна не будет закрывать консульство в Пскове."
    q, speaker, _ = _one(quotes_of(text), "его страна не будет закрывать консульство в Пскове")
    assert (q.kind, speaker, q.cue) == ("indirect", "Кайдо Тамм", "заявил")


def test_content_then_said_with_agency(quotes_of) -> None:
    text = "Пожар на нефтебазе локализован, сообщил глава района Семен Воронин, передает ТАСС."
    q, speaker, via = _one(quotes_of(text), "Пожар на нефтебазе локализован")
    assert (q.kind, speaker, via) == ("indirect", "Семен Воронин", ["TASS"])


def test_agency_quotes_a_person_in_the_accusative(quotes_of) -> None:
    text = "«Мы объявили персоной нон грата двух сотрудников посольства», — цитирует ТАСС Бориса Ремизова."
    q, speaker, via = _one(quotes_of(text), "Мы объявили персоной нон грата двух сотрудников посольства")
    assert speaker is not None and speaker.startswith("Борис")
    assert via == ["TASS"]


def test_unnamed_source_keeps_its_description(quotes_of) -> None:
    text = "«Удар пришелся по складу горючего», — заявил источник в силовых структурах агентству Интерфакс."
    q, speaker, via = _one(quotes_of(text), "Удар пришелся по складу горючего")
    assert (q.kind, q.speaker_text, speaker, via) == ("direct", "источник в силовых структурах", None, ["Interfax"])


def test_interview_with_an_outlet(quotes_of) -> None:
    text = "Депутат Госдумы Игорь Курбатов сказал в интервью RT, что законопроект внесут в марте."
    q, speaker, via = _one(quotes_of(text), "законопроект внесут в марте")
    assert (speaker, via) == ("Игорь Курбатов", ["RT"])


def test_role_description_resolves_to_the_person(quotes_of) -> None:
    text = (
        "Пресс-секретарь губернатора Ольга Шубина провела брифинг. "
        "«Все школы области перейдут на дистанционное обучение», — сказала пресс-секретарь губернатора."
    )
    q, speaker, _ = _one(quotes_of(text), "Все школы области перейдут на дистанционное обучение")
    assert q.speaker_text == "пресс-секретарь губернатора"
    assert speaker == "Ольга Шубина"


def test_attribution_inside_the_marks(quotes_of) -> None:
    text = "«Мы готовы обсуждать обмен, — сказал Ремизов, — но только после прекращения обстрелов»."
    found = quotes_of(text)
    assert _one(found, "Мы готовы обсуждать обмен")[1] == "Ремизов"
    assert _one(found, "но только после прекращения обстрелов")[1] == "Ремизов"


def test_continuation_paragraph_keeps_the_speaker(quotes_of) -> None:
    text = (
        "«Противник атаковал подстанцию ночью», — заявил губернатор Брянской области Артем Котов.\n\n"
        "«Ремонтные бригады уже работают на месте и восстановят подачу электричества к утру»."
    )
    found = quotes_of(text)
    assert (
        _one(found, "Ремонтные бригады уже работают на месте и восстановят подачу электричества к утру")[1]
        == "Артем Котов"
    )


def test_quoted_names_are_not_speech(quotes_of) -> None:
    text = "Отряд «Витязь» и компания «Северная звезда» получили гранты, сообщил Иван Пахомов."
    found = quotes_of(text)
    assert all(q.kind == "scare" for q, _, _ in found if q.text in ("Витязь", "Северная звезда"))


def test_german_style_marks(quotes_of) -> None:
    text = "„Переговоры возобновятся в понедельник“, — сказал Лев Осинцев."
    q, speaker, _ = _one(quotes_of(text), "Переговоры возобновятся в понедельник")
    assert (q.kind, speaker) == ("direct", "Лев Осинцев")


def test_english_double_marks_in_russian(quotes_of) -> None:
    text = "“Границу закрыли на сутки”, — заявил Ринат Галеев."
    q, speaker, _ = _one(quotes_of(text), "Границу закрыли на сутки")
    assert speaker == "Ринат Галеев"


def test_outlet_as_the_only_source(quotes_of) -> None:
    text = "В Курске объявлена воздушная тревога, сообщает ТАСС."
    q, speaker, _ = _one(quotes_of(text), "В Курске объявлена воздушная тревога")
    assert (q.kind, speaker) == ("indirect", "TASS")


# ---------------------------------------------------------------- Ukrainian


def test_ukrainian_said_that_with_ukrinform(quotes_of) -> None:
    text = (
        "Начальник обласної адміністрації Ярослав Кравець заявив, що внаслідок удару пошкоджено ліцей, "
        "повідомляє Укрінформ."
    )
    q, speaker, via = _one(quotes_of(text, "uk"), "внаслідок удару пошкоджено ліцей")
    assert (q.kind, speaker, q.cue, via) == ("indirect", "Ярослав Кравець", "заявив", ["Ukrinform"])


def test_ukrainian_according_to(quotes_of) -> None:
    text = "Ярослав Кравець провів нараду. За словами Кравця, загиблих немає, поранено трьох людей."
    q, _, _ = _one(quotes_of(text, "uk"), "загиблих немає, поранено трьох людей")
    assert (q.kind, q.cue, q.speaker_text) == ("indirect", "За словами", "Кравця")


def test_ukrainian_direct_quote(quotes_of) -> None:
    text = "«Ракета влучила у двоповерховий будинок», — сказала речниця ДСНС Оксана Гречко."
    q, speaker, _ = _one(quotes_of(text, "uk"), "Ракета влучила у двоповерховий будинок")
    assert (q.kind, speaker, q.cue) == ("direct", "Оксана Гречко", "сказала")


# ---------------------------------------------------------------- across languages


def test_russian_and_english_quotes_of_one_person_share_a_speaker(tmp_path) -> None:
    import rashomon

    (tmp_path / "ru.txt").write_text(
        "language: ru\n\nГубернатор Курской области Алексей Смирнов сообщил об атаке дронов. "
        "«Пострадавших нет», — заявил Смирнов.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(
        "Kursk governor Alexei Smirnov said a drone attack damaged two homes. "
        "\u201cNobody was hurt,\u201d Smirnov said.\n",
        encoding="utf-8",
    )
    ledger = rashomon.analyze([tmp_path])
    speakers = {q.article: q.speaker for q in ledger.quotes if q.kind == "direct"}
    assert len(speakers) == 2 and None not in speakers.values()
    assert len(set(speakers.values())) == 1, ledger.entities


def test_according_to_him_points_back_to_the_speaker(quotes_of) -> None:
    text = (
        "Мэр Таганрога Светлана Камбулова сообщила об обрушении кровли склада. "
        "По ее словам, под завалами никого нет. Глава МЧС Пётр Греков приехал на место. "
        "По его мнению, здание не подлежит восстановлению."
    )
    found = quotes_of(text)
    q, speaker, _ = _one(found, "под завалами никого нет")
    assert (q.kind, q.speaker_text, q.cue) == ("indirect", "ее", "По ее словам")
    assert speaker.endswith("Камбулова"), speaker
    assert _one(found, "здание не подлежит восстановлению")[1].replace("ё", "е") == "Петр Греков"


def test_a_pronoun_after_a_quote_is_the_person_named_before_it_not_one_inside(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        'Об этом сообщил глава комиссии Олег Ветров. "Комиссия подтверждает, что Иван Кравцов избран мэром на '
        'выборах", - цитируется его в РИА Новости.'
    )
    a = analyze_text(text, language="ru")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_ref is not None and text[q.speaker_ref.start : q.speaker_ref.end] == "Олег Ветров"


def test_an_agency_that_cites_the_speaker_relays_the_quote(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Губернатор провинции выступил утром.\n"
        "«На данный момент число погибших достигло сорока человек», — приводит слова губернатора агентство Mehr."
    )
    (q,) = [q for q in analyze_text(text, language="ru").quotes if q.kind == "direct"]
    assert q.speaker_text == "губернатора"
    assert [text[v.start : v.end] for v in q.via_refs] == ["Mehr"]


def test_a_statement_closed_by_govoritsya_v_soobshchenii_is_its_issuers_and_runs_past_a_quoted_name(quotes_of) -> None:
    text = (
        "Двое задержанных по делу о поджоге склада в Туле дали показания. "
        "Об этом сообщает пресс-служба МВД, передает ТАСС.\n\n"
        '"Задержаны двое жителей области, причастных к поджогу склада на улице "Заречная". '
        'Оба дали признательные показания", – говорится в сообщении.'
    )
    found = quotes_of(text)
    (line,) = [q for q in found if q[0].text.startswith("Об этом")]
    lead, _, lead_via = _one(found, "Двое задержанных по делу о поджоге склада в Туле дали показания")
    assert (lead.kind, lead_via) == ("indirect", ["TASS"])  # "Об этом сообщает ...": the sentence before is theirs
    assert lead.speaker_text is not None and "МВД" in lead.speaker_text
    statement = [q for q in found if q[0].kind == "direct"]
    assert len(statement) == 1
    q, _, via = statement[0]
    assert q.text.endswith("Оба дали признательные показания")  # not cut at the name's mark
    assert q.speaker_text is not None and q.speaker_text == line[0].speaker_text and "МВД" in q.speaker_text
    assert via == ["TASS"]


def test_an_outlet_that_passes_on_what_a_body_reports_is_its_relay(quotes_of) -> None:
    text = (
        "Двое подозреваемых задержаны в Казани. Об этом сообщает ФСБ, передает РИА Новости.\n\n"
        "«Оба задержанных дали признательные показания на первом допросе. Следствие продолжается, новые аресты "
        "возможны уже на этой неделе»."
    )
    found = quotes_of(text)
    said = next(f for f in found if f[0].kind == "indirect" and f[0].text.startswith("Об этом"))
    assert (said[1], said[2]) == ("ФСБ", ["RIA Novosti"])
    q, speaker, via = next(f for f in found if f[0].text.startswith("Оба задержанных"))
    assert (speaker, via) == ("ФСБ", ["RIA Novosti"])


def test_an_outlet_name_with_marks_inside_relays_the_later_quotes_of_its_speaker(quotes_of) -> None:
    # "РИА «Новости»" is RIA Novosti; the next quote of the same pilot comes through the same report
    text = (
        "Два истребителя перехватили беспилотник над морем.\n\n"
        "Видео опубликовало министерство. В нем летчик Петр Кольцов рассказывает, что экипажи получили команду "
        "на вылет, сообщает РИА «Новости».\n\n"
        "«После вылета мы сблизились с аппаратом и провели опознавание», – рассказал Кольцов."
    )
    q, speaker, via = _one(quotes_of(text), "После вылета мы сблизились с аппаратом и провели опознавание")
    assert (speaker, via) == ("Кольцов", ["RIA Novosti"])


def test_the_politician_is_the_person_just_named_in_full(quotes_of) -> None:
    text = (
        "Президент Остравии Иван Сарков прокомментировал удар по Велльску, общаясь с прессой.\n\n"
        "«Я считаю, что это было ужасно, и мне сказали, что они совершили ошибку», — сказал политик."
    )
    q, speaker, _ = _one(quotes_of(text), "Я считаю, что это было ужасно, и мне сказали, что они совершили ошибку")
    assert q.speaker_text == "политик"
    assert speaker == "Иван Сарков"


def test_an_outlet_named_in_marks_after_the_speaker_relays_the_quote(quotes_of) -> None:
    text = (
        "В Кремле прокомментировали публикации о взрывах.\n\n"
        "«Явно, авторы теракта хотят отвлечь внимание от расследования»,— сказал Олег Сарков «РИА Новости», "
        "комментируя публикации."
    )
    _, speaker, via = _one(quotes_of(text), "Явно, авторы теракта хотят отвлечь внимание от расследования")
    assert speaker == "Олег Сарков"
    assert via == ["RIA Novosti"]
