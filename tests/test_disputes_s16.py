"""Counts of the dead told with a people noun or a lost life in other languages ("dejó 28 turistas muertos",
"унесла жизни 27 человек", "kamen 28 Touristen ums Leben"), a nation's people counted in English ("28 Palestinians
were killed"), a claim of responsibility read without a parse ("se atribuyó el ataque", "взяла на себя
ответственность"), and a name's acronym in brackets before a dash that is no agency dateline. Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rashomon


def _ledger(tmp_path: Path, texts: dict[str, str]) -> rashomon.Ledger:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / name).write_text(
            f"url: https://{name.split('.')[0]}.example/2024/05/01/story\ndate: 2024-05-01\n---\n{text}\n",
            encoding="utf-8",
        )
    return rashomon.analyze([tmp_path])


def _answers(led: rashomon.Ledger, kind: str) -> list[tuple[str, str, float | None]]:
    return [(a.value, a.stance, a.number) for q in led.questions if q.kind == kind for a in q.answers]


@pytest.mark.parametrize(
    ("name", "text", "number"),
    [
        ("01-es.txt", "Un ataque de insurgentes en Valdoria dejó al menos 28 turistas muertos el martes.", 28.0),
        ("01-ru.txt", "Трагедия в Валдории унесла жизни 27 человек, сообщили местные власти.", 27.0),
        ("01-es.txt", "Los hospitales de Valdoria reportaron que 13 manifestantes perdieron la vida el martes.", 13.0),
        ("01-de.txt", "Bei dem Anschlag in Valdoria kamen am Dienstag 28 Touristen ums Leben.", 28.0),
        ("01-it.txt", "Nell'attacco a Valdoria hanno perso la vita 28 turisti, secondo la polizia.", 28.0),
        ("01-es.txt", "El ataque en Valdoria se cobró la vida de al menos 28 personas el martes.", 28.0),
        ("01-fr.txt", "Au moins 28 touristes ont été tués par des hommes armés à Valdoria mardi.", 28.0),
    ],
)
def test_a_count_of_the_dead_told_with_people_or_a_lost_life(
    tmp_path: Path, name: str, text: str, number: float
) -> None:
    killed = _answers(_ledger(tmp_path, {name: text}), "toll_killed")
    assert [n for _, _, n in killed] == [number]


def test_a_count_of_things_beside_a_death_word_is_no_toll(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-es.txt": "El ataque en Valdoria destruyó 28 coches y dejó muertos a dos guardias."})
    assert 28.0 not in [n for _, _, n in _answers(led, "toll_killed")]


def test_the_people_of_a_nation_counted_in_english_are_a_toll(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "At least 28 Palestinians were killed in the strike on the camp in Valdoria, medics said.",
            "02-en.txt": "The strike on the camp in Valdoria killed 45 Palestinians, the health ministry said.",
        },
    )
    killed = sorted(_answers(led, "toll_killed"), key=lambda a: a[2] or 0)
    assert [(v, n) for v, _, n in killed] == [("at least 28 Palestinians", 28.0), ("45 Palestinians", 45.0)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-es.txt", "El grupo Frente Varnish se atribuyó el ataque contra los turistas en Valdoria."),
        ("01-ru.txt", "Ответственность за нападение в Валдории взяла на себя группировка «Фронт Варниш»."),
        ("01-fr.txt", "L'attentat de Valdoria a été revendiqué par le groupe Front Varnish, selon la police."),
        ("01-de.txt", "Zu dem Anschlag in Valdoria bekannte sich am Mittwoch die Gruppe Varnish-Front."),
    ],
)
def test_a_claim_of_responsibility_read_without_a_parse(tmp_path: Path, name: str, text: str) -> None:
    agents = _answers(_ledger(tmp_path, {name: text}), "agent")
    assert len(agents) == 1
    value, stance, _ = agents[0]
    assert "Varnish" in value or "Варниш" in value
    assert stance == "attributed"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-fr.txt", "L'attaque contre les touristes à Valdoria n'a pas été revendiquée par le Front Varnish."),
        ("01-es.txt", "El ataque en Valdoria no ha sido reivindicado por el Frente Varnish hasta el momento."),
    ],
)
def test_a_claim_said_not_made_answers_nothing(tmp_path: Path, name: str, text: str) -> None:
    assert _answers(_ledger(tmp_path, {name: text}), "agent") == []


def test_a_claim_abroad_and_the_groups_denial_contradict(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-es.txt": "El grupo Varnish Front se atribuyó el ataque contra los turistas en Valdoria el martes.",
            "02-en.txt": 'In a statement, the group said: "The Varnish Front denies any involvement in the Valdoria '
            'attack."',
        },
    )
    assert [r for r in led.relations if r.type == "contradicts"]


def test_an_acronym_in_brackets_before_a_dash_is_no_dateline(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Banned militant outfit The Varnish Front (TVF)—a shadow group linked to a larger network—"
            "issued an online statement denying its involvement in the attack in Valdoria on Tuesday.",
        },
    )
    kinds = {e.name: e.type for e in led.entities}
    assert kinds.get("Varnish Front") == "ORG"
    assert "MEDIA" not in kinds.values()


def test_a_wire_after_a_dateline_is_still_an_agency(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": "VALDORIA CITY, March 3 (VNA) — Gunmen attacked a group of tourists in the hills, police said."},
    )
    assert any(e.type == "MEDIA" and "VNA" in (e.name, *e.aliases) for e in led.entities)


def test_a_group_named_in_two_scripts_is_no_rival_of_itself(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-ru.txt": "Ответственность за нападение в Валдории взяла на себя группировка «Фронт Варниш».",
            "02-en.txt": "Police in Valdoria said the Varnish Front carried out the attack on the tourists.",
        },
    )
    assert len(_answers(led, "agent")) == 2
    assert not [r for r in led.relations if r.type == "contradicts"]


@pytest.mark.parametrize(
    ("name", "text", "stance"),
    [
        ("01-es.txt", "La Casa Blanca negó estar detrás de las explosiones en los gasoductos de Valdoria.", "denied"),
        ("01-fr.txt", "Moscou a nié être derrière les explosions des gazoducs de Valdoria.", "denied"),
        ("01-de.txt", "Der Kreml bestreitet, hinter dem Anschlag in Valdoria zu stecken.", "denied"),
        ("01-de.txt", "Nach Angaben der Polizei steckt Russland hinter dem Anschlag in Valdoria.", "told"),
    ],
)
def test_behind_the_attack_in_other_languages(tmp_path: Path, name: str, text: str, stance: str) -> None:
    agents = _answers(_ledger(tmp_path, {name: text}), "agent")
    assert len(agents) == 1
    assert (agents[0][1] == "denied") == (stance == "denied")


def test_a_speaker_saying_it_was_not_involved_denies_for_its_side(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path, {"01-en.txt": "The Kremlin on Friday insisted it wasn't involved in the plane crash in Valdoria."}
    )
    assert _answers(led, "involved") == [("Russia", "denied", None)]


def test_people_involved_in_other_acts_answer_nothing(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path, {"01-en.txt": "He cited the Israelis involved in various assassination attempts in Valdoria."}
    )
    assert _answers(led, "involved") == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-ru.txt", "Пресс-секретарь Кремля Дмитрий Песков заявил: «Мы решительно отвергаем такие обвинения»."),
        ("01-de.txt", "Kremlsprecher Dmitri Peskow wies die Vorwürfe aus Kiew am Montag zurück."),
    ],
)
def test_the_kremlin_in_other_languages_speaks_for_russia(tmp_path: Path, name: str, text: str) -> None:
    assert _answers(_ledger(tmp_path, {name: text}), "agent") == [("Russia", "denied", None)]


def test_where_a_person_travelled_is_no_transports_destination(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The freight train derailed in Marlow on Friday. The train was traveling east from Ashby to "
            "Conway when it derailed.",
            "02-en.txt": "Former Governor Harold Brennan traveled to Marlow on Wednesday to meet residents after the "
            "train derailed there.",
        },
    )
    assert [a[0] for a in _answers(led, "destination")] == ["Conway"]


def test_a_nations_style_is_no_doer(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {"01-en.txt": "The ruling party faced criticism for Russian-style laws targeting the media in Valdoria."},
    )
    assert _answers(led, "agent") == []


def test_a_word_for_tomorrow_opening_a_sentence_is_no_given_name(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The president said he had asked French President Emmanuel Macron to send aerial photos.",
            "02-it.txt": "Il magazzino del porto di Valdoria era in pessime condizioni. Domani Macron in visita a "
            "Valdoria.",
        },
    )
    macron = [e for e in led.entities if "Macron" in e.name]
    assert [(e.name, "Macron" in e.aliases) for e in macron] == [("Emmanuel Macron", True)]


@pytest.mark.parametrize(
    ("name", "text", "person"),
    [
        (
            "01-es.txt",
            "Los militares, encabezados por el comandante general del ejército Juan José Zuñiga, llegaron.",
            "Juan José Zuñiga",
        ),
        (
            "01-fr.txt",
            "Les militaires, menés par le commandant de l'armée Juan José Zúñiga, sont arrivés au palais.",
            "Juan José Zúñiga",
        ),
    ],
)
def test_a_person_named_after_an_armys_noun_is_a_person(tmp_path: Path, name: str, text: str, person: str) -> None:
    led = _ledger(tmp_path, {name: text})
    assert [(e.type, e.name) for e in led.entities if "Juan" in e.name] == [("PERSON", person)]


def test_an_airport_and_a_port_named_in_several_languages_are_one_facility(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The plane crashed at Valmor International Airport on Sunday after a bird strike.",
            "02-en.txt": "The jet belly-landed at Valmor airport and hit a concrete wall.",
            "03-de.txt": "Die Maschine verunglückte am Sonntag am Flughafen Valmor im Süden des Landes.",
            "04-en.txt": "The blast at the Port of Beirut killed dozens of people.",
            "05-fr.txt": "L'explosion au port de Beyrouth a fait des dizaines de morts.",
        },
    )
    names = {e.name: set(e.aliases) for e in led.entities}
    assert {"Valmor airport", "Flughafen Valmor"} <= names["Valmor International Airport"]
    assert "port de Beyrouth" in names["Port of Beirut"]


def test_a_city_called_port_is_no_port_facility() -> None:
    from rashomon.link.aliases import facility_key

    assert facility_key("Port Harcourt") is None
    assert facility_key("Port of Beirut") == facility_key("Beirut port") == facility_key("port de Beyrouth") is not None
    assert facility_key("Shahid Rajaee port") is None  # a port named for itself: its name alone is the port


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-en.txt", "The Varnish Front initially took responsibility for the attack in Valdoria that killed 26."),
        ("01-es.txt", "El grupo Varnish Front inicialmente se atribuyó el ataque en Valdoria, pero luego lo negó."),
    ],
)
def test_a_first_claim_the_words_say_was_superseded_is_no_answer(tmp_path: Path, name: str, text: str) -> None:
    assert [a for a in _answers(_ledger(tmp_path, {name: text}), "agent") if a[1] != "denied"] == []
    # the same claim told without "initially" is the group's answer: the reader works, only the first claim is left
    plain = text.replace("initially ", "").replace("inicialmente ", "").replace(", pero luego lo negó", "")
    claimed = _answers(_ledger(tmp_path / "plain", {name: plain}), "agent")
    assert [s for _, s, _ in claimed] == ["attributed"]


@pytest.mark.parametrize(
    ("name", "text", "stance"),
    [
        ("01-it.txt", "L'esercito russo ha bombardato il mercato di Valdoria mercoledì mattina.", "asserted"),
        ("01-it.txt", "Il mercato di Valdoria è stato colpito da un missile russo mercoledì.", "asserted"),
        ("01-it.txt", "L'esercito russo non ha bombardato il mercato di Valdoria, secondo Mosca.", "denied"),
        ("01-de.txt", "Die russische Armee hat den Markt in Valdoria am Mittwoch beschossen.", "asserted"),
        ("01-de.txt", "Der Markt in Valdoria wurde am Mittwoch von einer russischen Rakete getroffen.", "asserted"),
        ("01-de.txt", "Russland griff am Mittwoch den Markt in Valdoria an.", "asserted"),
        ("01-de.txt", "Russland hat den Markt in Valdoria nicht angegriffen, erklärte Moskau.", "denied"),
        ("01-de.txt", "Bei einem Drohnenangriff der russischen Armee starben in Valdoria 40 Menschen.", "asserted"),
    ],
)
def test_who_did_it_in_italian_and_german(tmp_path: Path, name: str, text: str, stance: str) -> None:
    agents = _answers(_ledger(tmp_path, {name: text}), "agent")
    assert [(v, s == "denied") for v, s, _ in agents] == [("Russia", stance == "denied")]


def test_a_country_struck_in_the_german_passive_is_no_doer(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-de.txt": "Die Ukraine wurde am Mittwoch in Valdoria schwer getroffen."})
    assert _answers(led, "agent") == []


@pytest.mark.parametrize(
    ("name", "text", "side"),
    [
        ("01-fr.txt", "Moscou dénonce de son côté un sabotage ukrainien du barrage de Valdoria.", "Ukraine"),
        ("01-it.txt", "Un attacco missilistico russo ha colpito il mercato di Valdoria mercoledì.", "Russia"),
        ("01-ru.txt", "Президент назвал разрушение плотины в Валдории диверсией Украины.", "Ukraine"),
    ],
)
def test_an_act_named_by_its_noun_and_its_doers_word(tmp_path: Path, name: str, text: str, side: str) -> None:
    assert [v for v, _, _ in _answers(_ledger(tmp_path, {name: text}), "agent")] == [side]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Russian defence ministry said it had struck the market in Valdoria with missiles.", "attributed"),
        ('"We did not strike the market in Valdoria," the Russian defence ministry said.', "denied"),
    ],
)
def test_a_speaker_telling_of_its_own_act(tmp_path: Path, text: str, stance: str) -> None:
    assert _answers(_ledger(tmp_path, {"01-en.txt": text}), "agent") == [("Russia", stance, None)]


def test_it_after_unnamed_witnesses_names_no_doer(tmp_path: Path) -> None:
    assert _answers(_ledger(tmp_path, {"01-en.txt": "Witnesses said it hit the market in Valdoria."}), "agent") == []


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("The helicopter crash near Valdoria was caused by weather conditions that included thick fog.", "weather"),
        ("The army said most of the casualties in Valdoria were caused by a stampede near the trucks.", "crush"),
        ("An army inquiry found the blaze in the Valdoria camp was caused by a secondary explosion.", "secondary"),
        ("The explosion at the Valdoria port was caused by 2,750 tonnes of ammonium nitrate stored there.", "nitrate"),
        ("The blast in Valdoria was most likely triggered by sparks when welders were sealing a hole.", "welding"),
    ],
)
def test_causes_of_a_disaster_on_the_ground(tmp_path: Path, text: str, cause: str) -> None:
    causes = _answers(_ledger(tmp_path, {"01-en.txt": text}), "cause")
    assert len(causes) == 1
    assert cause in causes[0][0]


def test_an_attack_against_an_accident_of_a_stockpile_contradicts(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Officials said the explosion at the Valdoria port was caused by ammonium nitrate kept there.",
            "02-en.txt": "A minister said the explosion at the Valdoria port was caused by a missile strike.",
            "03-en.txt": "The blast at the Valdoria port was triggered by sparks from welding work, officials said.",
        },
    )
    why = [r.why for r in led.relations if r.type == "contradicts"]
    assert why and all("missile" in w for w in why)  # welding and the stockpile are one story, never set apart


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-en.txt", "The security service said the Valdoria dam was blown up by a sabotage group."),
        (
            "01-de.txt",
            "Die Regierung hat den Russen vorgeworfen, den Damm von Valdoria in die Luft gesprengt zu haben.",
        ),
        ("01-ru.txt", "Боевики взорвали заминированное ими здание театра в Валдории."),
    ],
)
def test_blown_up_from_inside_is_a_cause(tmp_path: Path, name: str, text: str) -> None:
    causes = _answers(_ledger(tmp_path, {name: text}), "cause")
    assert [c[0] for c in causes] == ["an explosion inside (a bomb, sabotage)"]


def test_a_tanker_that_blew_up_after_a_hit_was_not_blown_up_from_inside(tmp_path: Path) -> None:
    led = _ledger(tmp_path, {"01-en.txt": "The tanker blew up after it was hit by a missile near Valdoria."})
    assert "an explosion inside (a bomb, sabotage)" not in [c[0] for c in _answers(led, "cause")]


def test_we_telling_what_we_knew_of_anothers_act_is_no_admission(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": '"We had no prior knowledge of Varnia’s intent to target the ship," US spokesman John '
            "Kirby said."
        },
    )
    assert "United States" not in [a[0] for a in _answers(led, "agent")]


def test_a_denial_of_striking_civilians_leaves_a_strike_on_soldiers_standing(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": 'The Russian Defense Ministry said it fired two Iskander-M missiles at a "meeting place of '
            'command staff" in Valdoria. The Kremlin denied targeting civilians or residential buildings in Valdoria.'
        },
    )
    assert not [r for r in led.relations if r.type == "contradicts"]


@pytest.mark.parametrize(
    ("name", "text", "intent"),
    [
        ("01-es.txt", "El ejército ha confirmado que atacó por error a un grupo de civiles en Valdoria.", "accident"),
        ("01-de.txt", "Die Armee habe in Valdoria ungewollt Mitglieder der Gemeinschaft getroffen.", "accident"),
        ("01-it.txt", "Secondo il governo l'attacco contro il mercato di Valdoria è stato deliberato.", "deliberate"),
        ("01-es.txt", "La Casa Blanca calificó el ataque en Valdoria de deliberado.", "deliberate"),
    ],
)
def test_intent_in_other_languages(tmp_path: Path, name: str, text: str, intent: str) -> None:
    assert [a[0] for a in _answers(_ledger(tmp_path, {name: text}), "intent")] == [intent]


def test_a_colon_dateline_in_capitals_is_the_whole_town(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "NEW DELHI: Banned militant outfit The Varnish Front (TVF) issued an online statement on "
            "Saturday denying its involvement in the attack on tourists in the valley near Valdoria."
        },
    )
    names = {e.name for e in led.entities if e.type == "GPE"}
    assert "New Delhi" in names
    assert "New" not in names
