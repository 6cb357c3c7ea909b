"""Twentieth session: who did it, when a named group (not a country) is accused or denies a part in the act, in the
languages read without a parse; a group the coverage names found again where another language writes it alone; a
weapon launched by the doer from a place named between. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon
from rashomon.link.parties import NamedParties
from rashomon.model import Entity
from tests.test_disputes_s16 import _ledger

_OPENING = {
    "en": "A rocket hit the market square of Ostrel on Sunday, killing nine people.",
    "de": "Eine Rakete traf am Sonntag den Marktplatz von Ostrel und tötete neun Menschen.",
    "fr": "Une roquette a frappé dimanche la place du marché d'Ostrel, tuant neuf personnes.",
    "es": "Un cohete alcanzó el domingo la plaza del mercado de Ostrel y mató a nueve personas.",
    "it": "Un razzo ha colpito domenica la piazza del mercato di Ostrel uccidendo nove persone.",
    "ru": "В воскресенье ракета попала на рыночную площадь Остреля, погибли девять человек.",
    "uk": "У неділю ракета влучила в ринкову площу Остреля, загинули дев'ять людей.",
}


def _agents(led: rashomon.Ledger) -> dict[str, list[tuple[str, str]]]:
    """Article name -> its agent answers (value, stance)."""
    article = {c.id: c.article for c in led.claims}
    name = {a.id: a.name for a in led.articles}
    out: dict[str, list[tuple[str, str]]] = {}
    for q in led.questions:
        if q.kind == "agent":
            for a in q.answers:
                out.setdefault(name[article[a.claim]], []).append((a.value, a.stance))
    return out


def test_a_named_group_accused_and_denying_in_each_language(tmp_path: Path) -> None:
    said = {
        "01-en.txt": "The army said the Hezbollah group fired it. Hezbollah denied any connection with the attack.",
        "02-de.txt": "Die Armee machte die Hisbollah für den Raketenangriff verantwortlich.",
        "03-de.txt": "Die Hisbollah bestreitet, für den Angriff auf Ostrel verantwortlich zu sein.",
        "04-es.txt": "El ejército culpó a Hezbolá del ataque contra el mercado.",
        "05-es.txt": "Hezbolá negó cualquier responsabilidad en el ataque.",
        "06-it.txt": "L'esercito ha accusato Hezbollah dell'attacco al mercato.",
        "07-it.txt": "Hezbollah ha negato ogni coinvolgimento nell'attacco.",
        "08-ru.txt": "Армия обвинила «Хезболлу» в ракетном ударе по рынку.",
        "09-ru.txt": "«Хезболла» отрицает свою причастность к удару.",
        "10-uk.txt": "Армія звинуватила «Хезболлу» у ракетній атаці на ринок.",
    }
    led = _ledger(tmp_path, {k: f"{_OPENING[k[3:5]]} {v}" for k, v in said.items()})
    agents = _agents(led)
    denying = {"03-de.txt", "05-es.txt", "07-it.txt", "09-ru.txt"}
    for article in said:
        if article == "01-en.txt":
            continue
        want = "denied" if article in denying else "attributed"
        assert ("Hezbollah", want) in agents.get(article, []), (article, agents.get(article))
    assert ("Hezbollah", "denied") in agents["01-en.txt"]
    linked = [r for r in led.relations if r.type == "contradicts" and "Hezbollah" in (r.why or "")]
    assert linked  # the denials stand against the accusations


def test_a_part_denied_in_another_matter_answers_nothing(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": f"{_OPENING['en']} Hezbollah said nothing.",
            "02-fr.txt": f"{_OPENING['fr']} Le Hezbollah a démenti toute implication dans le gouvernement régional.",
            "03-es.txt": f"{_OPENING['es']} Hezbolá negó cualquier papel en el gobierno de la provincia.",
        },
    )
    assert not _agents(led)


def test_a_group_speaking_of_itself_denies_it(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": f'{_OPENING["en"]} "We had nothing to do with the attack," Hezbollah said in a statement.'},
    )
    assert ("Hezbollah", "denied") in _agents(led).get("01-en.txt", [])


def test_a_rocket_launched_from_a_place_by_a_group_is_the_groups(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": f"{_OPENING['en']} Hezbollah said nothing.",
            "02-fr.txt": f"{_OPENING['fr']} Selon l'armée, la roquette a été tirée depuis le Liban par le Hezbollah.",
            "03-es.txt": f"{_OPENING['es']} Según el ejército, el cohete fue lanzado desde el Líbano por Hezbolá.",
        },
    )
    agents = _agents(led)
    for article in ("02-fr.txt", "03-es.txt"):
        values = {v for v, _ in agents.get(article, [])}
        assert values == {"Hezbollah"}, (article, agents.get(article))  # the launch site is no doer


def test_named_parties_are_found_across_spellings_and_scripts() -> None:
    entities = [
        Entity(id="E1", name="Hezbollah", type="ORG"),
        Entity(id="E2", name="Хезболла", type="ORG"),
        Entity(id="E3", name="Pakistan Army", type="ORG", aliases=("Army",)),
        Entity(id="E4", name="Reuters", type="MEDIA"),
        Entity(id="E5", name="Hamas", type="ORG"),
    ]
    parties = NamedParties(entities, lambda e: e.name)
    assert parties("Hisbollah") == ("Hezbollah", "E1")
    assert parties("«Хезболлу»") == ("Hezbollah", "E1")  # the Latin name answers for both scripts
    assert parties("l'Hezbollah") == ("Hezbollah", "E1")
    assert parties("ХАМАСа") == ("Hamas", "E5")
    assert parties("Armee") is None  # a kind of body is no group's name
    assert parties("Reuter") is None  # an outlet is no party
    assert parties("hamas") is None  # a name is capitalised


def test_whose_fire_or_hands_it_was_names_the_doer(tmp_path: Path) -> None:
    said = {
        "01-en.txt": "Witnesses said the crowd came under Israeli fire near the square.",
        "02-en.txt": "The army said the victims died at the hands of Hezbollah.",
        "03-en.txt": "Investigators found the shots came from Israeli security forces.",
        "04-en.txt": "The bullet was likely fired from an Israeli position, the report said.",
        "05-es.txt": "Según los testigos, las víctimas murieron por fuego israelí cerca del mercado.",
        "06-es.txt": "El ejército afirma que murieron a manos de milicianos de Hezbolá.",
        "07-en.txt": 'The army said the gunfire had come from "Palestinian armed groups".',
    }
    opening = {"en": _OPENING["en"], "es": _OPENING["es"]}
    led = _ledger(tmp_path, {k: f"{opening[k[3:5]]} {v}" for k, v in said.items()})
    agents = _agents(led)
    values = {article: {v for v, _ in answers} for article, answers in agents.items()}
    assert values.get("02-en.txt") == {"Hezbollah"}
    assert values.get("05-es.txt") == {"Israel"}
    assert values.get("06-es.txt") == {"Hezbollah"}
    assert values.get("07-en.txt") == {"Palestine"}
    for article in ("01-en.txt", "03-en.txt", "04-en.txt"):
        assert values.get(article) == {"Israel"}, (article, agents.get(article))
    assert {s for _, s in agents["04-en.txt"]} == {"hedged"}  # "likely"


def test_a_cleft_sentence_and_a_train_hijacked(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": f"{_OPENING['en']} The mayor said it was Russia that hit the market with a missile.",
            "02-en.txt": f"{_OPENING['en']} The minister insisted it was not Ukraine that fired the rocket.",
            "03-en.txt": "The train was hijacked by the Baloch Liberation Army near Mach on Tuesday.",
        },
    )
    agents = _agents(led)
    assert ("Russia", "attributed") in agents.get("01-en.txt", [])
    assert ("Ukraine", "denied") in agents.get("02-en.txt", [])
    assert "Baloch Liberation Army" in {v for v, _ in agents.get("03-en.txt", [])}


def test_two_parties_rejecting_any_part_together(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "Deux explosions ont endommagé le gazoduc lundi. Washington et Moscou rejetant tous deux "
            "toute responsabilité dans les explosions.",
            "02-en.txt": f"{_OPENING['en']} Hezbollah said that it has no connection to the incident whatsoever.",
        },
    )
    agents = _agents(led)
    assert set(agents.get("01-fr.txt", [])) == {("United States", "denied"), ("Russia", "denied")}
    assert ("Hezbollah", "denied") in agents.get("02-en.txt", [])


def test_a_statement_cut_before_a_dangling_clause_still_answers(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The Nova Kakhovka dam burst on Tuesday. Kyiv accused Moscow of blowing up the dam and the "
            "power plant beside it, which Russian forces held, while Moscow said Kyiv shelled it."
        },
    )
    assert ("Russia", "attributed") in _agents(led).get("01-en.txt", [])


def test_a_strike_weapon_and_an_interceptor_named_in_one_claim_stay_rivals() -> None:
    """One claim naming a cruise missile and an interceptor (a refutation in a language whose words of contrast are
    not read) does not make the two one story: they remain the two accounts of what hit; two parts of one system
    named together still are one story."""
    import datetime as dt

    from rashomon.link.compare import _named_together
    from rashomon.link.questions import Found
    from rashomon.link.views import ClaimView
    from rashomon.model import Answer, Claim, Span

    def view(n: int) -> ClaimView:
        claim = Claim(article="A1", span=Span(0, 10), text=f"claim {n}", stance="asserted", id=f"C{n}")
        return ClaimView(claim=claim, index=0, published=dt.date(2024, 7, 8))

    def means(n: int, value: str) -> Found:
        return Found("means", n, Answer(value=value, claim=f"C{n}", article="A1", span=Span(0, 5), stance="asserted"))

    views = [view(0), view(1)]
    together = _named_together(
        [
            means(0, "Kh-101 cruise missile"),
            means(0, "NASAMS surface-to-air missile"),
            means(1, "MIM-104A"),
            means(1, "Patriot air defence system"),
        ],
        views,
    )
    assert frozenset({"Kh-101 cruise missile", "NASAMS surface-to-air missile"}) not in together["means"]
    assert frozenset({"MIM-104A", "Patriot air defence system"}) in together["means"]


def test_an_accusation_abroad_is_the_accusers_word(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": f"{_OPENING['en']} Hezbollah denied any role in the attack.",
            "02-de.txt": f"{_OPENING['de']} Israel machte die Hisbollah für den Angriff verantwortlich.",
            "03-es.txt": f"{_OPENING['es']} Israel culpó a Hezbolá del ataque.",
        },
    )
    israel = next(e.id for e in led.entities if e.name == "Israel")
    origins = {
        a.origin
        for q in led.questions
        if q.kind == "agent"
        for a in q.answers
        if a.value == "Hezbollah" and a.stance == "attributed"
    }
    assert origins == {israel}


def test_what_a_sentence_read_without_a_parse_states_before_its_speech_is_a_claim(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "В среду была разрушена плотина у Остреля. Президент Варнии назвал варварской акцией соседей "
            "разрушение плотины у Остреля и отметил, что это привело к катастрофе.",
            "02-ru.txt": "В среду была разрушена плотина у Остреля. Пресс-секретарь президента заявил, что это была "
            "диверсия соседей.",
        },
    )
    texts = {c.text for c in led.claims}
    assert "Президент Варнии назвал варварской акцией соседей разрушение плотины у Остреля" in texts
    assert "это привело к катастрофе" in texts
    assert not any(t.startswith("Пресс-секретарь") for t in texts)  # only who spoke: no claim of its own


def test_a_word_quoted_abroad_leaves_its_sentence_a_claim_told_on_its_speakers_word(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": f"{_OPENING['fr']} Le président a qualifié la frappe de « délibérée ».",
            "02-fr.txt": f"{_OPENING['fr']} Kiev a affirmé que c'était une attaque terroriste planifiée de Moscou.",
            "03-de.txt": f"{_OPENING['de']} Laut der Armee war es eine Rakete der Hisbollah.",
        },
    )
    name = {a.id: a.name for a in led.articles}
    article = {c.id: name[c.article] for c in led.claims}
    found = {(q.kind, article[a.claim], a.value, a.stance) for q in led.questions for a in q.answers}
    assert ("intent", "01-fr.txt", "deliberate", "attributed") in found
    assert ("agent", "02-fr.txt", "Russia", "attributed") in found
    # the source named first is the claim's speaker, what it says the claim (twenty-first session: reported speech)
    said = [c for c in led.claims if name[c.article] == "03-de.txt" and "Rakete der Hisbollah" in c.text]
    assert said and said[0].stance == "attributed" and said[0].speaker_text == "der Armee"


def test_a_noun_after_its_article_is_no_verb_of_attack(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": f"{_OPENING['en']} The head of the railway posted on Telegram that the market was hit.",
            "02-fr.txt": f"{_OPENING['fr']} Le maire a dénoncé sur sa chaîne Telegram une «frappe délibérée».",
            "03-fr.txt": f"{_OPENING['fr']} Selon le maire, la Russie frappe le marché depuis des semaines.",
        },
    )
    agents = _agents(led)
    assert "02-fr.txt" not in agents  # the channel the mayor wrote on did nothing
    assert ("Russia", "attributed") in agents.get("03-fr.txt", [])


def test_a_german_accusation_in_the_perfect(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-de.txt": f"{_OPENING['de']} Russland hatte die Ukraine beschuldigt, den Markt beschossen zu haben.",
            "02-de.txt": f"{_OPENING['de']} Die Regierung in Kiew hat den Russen vorgeworfen, den Markt angegriffen zu "
            "haben.",
            "03-de.txt": f"{_OPENING['de']} Die Stadt hatte seit Jahren vor dem Verfall des Marktes gewarnt.",
        },
    )
    agents = _agents(led)
    assert ("Ukraine", "attributed") in agents.get("01-de.txt", [])
    assert ("Russia", "attributed") in agents.get("02-de.txt", [])
    assert "03-de.txt" not in agents


def test_a_statement_before_a_quote_keeps_its_last_words(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-fr.txt": "Le marché d'Ostrel a été frappé par une roquette des troupes voisines dans la nuit de "
            "dimanche : « C'est un crime contre des civils », a dit le maire.",
        },
    )
    texts = {c.text for c in led.claims}
    assert any(t.endswith("dans la nuit de dimanche") for t in texts), texts
