"""Twenty-fifth session, disputes: how a person died in someone's hands (a beating against a heart attack or an
illness of their own), told with no word of cause ("the police speak of a sudden heart attack"), denied ("there was
no physical contact", "caused by illness rather than blows", "she was in perfect health"), in several languages.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_disputes_s16 import _answers, _ledger

_BEATEN = "violence (a beating, blows)"
_ILL = "an illness (a heart attack, natural causes)"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "01-en.txt",
            "Police in Varno said the 30-year-old teacher collapsed in a cell on Monday after a sudden heart attack.",
            {(_ILL, "attributed")},
        ),
        (
            "01-en.txt",
            "Her brother said she died after she was beaten by officers at the station.",
            {(_BEATEN, "attributed")},
        ),
        (
            "01-en.txt",
            "The interior minister said there had been no physical contact between the officers and the woman before "
            "her death.",
            {(_BEATEN, "denied")},
        ),
        (
            "01-en.txt",
            "The coroner said her death was caused by illness rather than blows to the head.",
            {(_BEATEN, "denied"), (_ILL, "attributed")},
        ),
        (
            "01-en.txt",
            "Her father said his daughter was in perfect health and could not simply have died in custody.",
            {(_ILL, "denied")},
        ),
        (
            "01-fr.txt",
            "Selon sa famille, la jeune femme a été rouée de coups par des agents avant sa mort.",
            {(_BEATEN, "attributed")},
        ),
        (
            "01-ru.txt",
            "Семья заявила, что у нее не было проблем с сердцем и что она умерла после побоев.",
            {(_BEATEN, "attributed"), (_ILL, "denied")},
        ),
        (
            "01-de.txt",
            "Die Frau war nach ihrer Festnahme ins Koma gefallen und gestorben. Die Polizei spricht von einem "
            "plötzlichen Herzinfarkt.",
            {(_ILL, "asserted")},
        ),
    ],
)
def test_how_a_person_died_in_custody(tmp_path: Path, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    got = {(value, stance) for value, stance, _ in _answers(_ledger(tmp_path, {name: text}), "cause")}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # no death or collapse in the sentence: a beating is no cause of anything here
        "Protesters said they were beaten by police during the march through Varno on Monday.",
        # gunshots and coups are no beating, the German article is no death
        "Des coups de feu ont été entendus près de la caserne de Varno avant la mort du soldat.",
        "Die Regierung sprach von einem Staatsstreich, die Armee schwieg.",
        # a setback called a blow
        "The minister's death dealt a blow to the government, the party said.",
    ],
)
def test_no_cause_of_death_without_a_death_and_its_cause(tmp_path: Path, text: str) -> None:
    assert (
        _answers(_ledger(tmp_path, {"01-xx.txt".replace("xx", "fr" if "coups" in text else "en"): text}), "cause") == []
    )


def test_a_beating_and_a_heart_attack_are_rival_accounts(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Police in Varno said the teacher died of a sudden heart attack at the station on Monday.",
            "02-en.txt": "Her family said the teacher died after she was severely beaten by officers at the station.",
        },
    )
    rivals = [r for r in led.relations if r.type == "contradicts" and "caused" in r.why]
    assert rivals and _BEATEN in rivals[0].why and _ILL in rivals[0].why


def test_victims_in_cardiac_arrest_are_no_rival_of_a_crush(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The stampede in Varno was caused by huge crowds surging into a narrow alley, police said.",
            "02-en.txt": "The toll may rise, as most of the dead in Varno were already in cardiac arrest at the scene.",
        },
    )
    assert not [r for r in led.relations if r.type == "contradicts" and "caused" in r.why]


def test_a_win_is_no_beating(tmp_path: Path) -> None:
    text = "Two fans died in the crush after the game had ended with Persebol beating Aremo 3-2 in Varno."
    assert [v for v, _, _ in _answers(_ledger(tmp_path, {"01-en.txt": text}), "cause") if v == _BEATEN] == []


def _hours(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str]]:
    return [(value, stance) for value, stance, _ in _answers(_ledger(tmp_path, texts), "hour")]


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("01-en.txt", "The airliner crashed at 9:03 a.m. on Sunday at Varno airport, the ministry said.", "09:03"),
        ("01-en.txt", "The plane crash-landed around 9:07 a.m. on Sunday, according to the Varno Times.", "09:07"),
        ("01-fr.txt", "L'explosion s'est produite vers 22 h 15 dimanche à Varno, selon la police.", "22:15"),
        ("01-de.txt", "Die Explosion ereignete sich am Sonntag gegen 22.22 Uhr in Varno.", "22:22"),
        ("01-en.txt", "The missile struck the city centre on Sunday morning, the regional governor said.", "morning"),
    ],
)
def test_the_time_of_day_of_the_act(tmp_path: Path, name: str, text: str, value: str) -> None:
    assert [v for v, _ in _hours(tmp_path, {name: text})] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The tower warned of a bird strike at 8:57 a.m. on Sunday, one minute before the mayday.",  # another moment
        "As of 4 p.m. on Sunday the toll from the strike stood at 17.",  # a count's time
        "The rescue of the survivors of the crash ended at 11:00 on Monday.",  # the rescue's time
    ],
)
def test_a_time_of_another_moment_is_no_answer(tmp_path: Path, text: str) -> None:
    assert _hours(tmp_path, {"01-en.txt": text}) == []


def test_times_that_cannot_both_be_true_are_rivals(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "The airliner crashed at 9:03 a.m. on Sunday at Varno airport, the ministry said.",
            "02-en.txt": "The plane crash-landed around 9:07 a.m. on Sunday, according to the Varno Times.",
            "03-en.txt": "The attack came in the afternoon on Sunday, a Varno source claimed.",
        },
    )
    rivals = [r.why for r in led.relations if r.type == "contradicts" and "time of day" in r.why]
    assert rivals and "09:03" in rivals[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The blast struck the guesthouse at about 2 a.m. in Varno, state media said.",
            "The blast struck the guesthouse at 22:30 GMT, a Varno official said.",
        ),
        (
            "The crush at about 22:15 on Saturday killed 150 people in Varno, police said.",
            "The crush happened late on Saturday night in Varno, witnesses said.",
        ),
    ],
)
def test_times_in_two_zones_and_an_evening_that_is_night_are_not_rivals(
    tmp_path: Path, first: str, second: str
) -> None:
    led = _ledger(tmp_path, {"01-en.txt": first, "02-en.txt": second})
    assert len(_answers(led, "hour")) == 2
    assert not [r for r in led.relations if r.type == "contradicts" and "time of day" in r.why]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("01-en.txt", "Reports blaming Varno for the attack appeared in all the papers on the morning of April 8."),
        (
            "01-de.txt",
            "Der Abgeordnete Ivan Petrenko schrieb am Vormittag, dass der Bunker den Angriff überstanden habe.",
        ),
    ],
)
def test_the_time_something_was_written_about_the_act_is_no_answer(tmp_path: Path, name: str, text: str) -> None:
    assert _hours(tmp_path, {name: text}) == []


@pytest.mark.parametrize(
    ("name", "text", "stance"),
    [
        (
            "01-en.txt",
            'Varno held a presidential election on Friday. Mr Dorn said: "I strongly protest the many obvious '
            'violations and I will not surrender to this charade."',
            "attributed",
        ),
        (
            "01-en.txt",
            "Varno held a presidential election on Friday. I can say with certainty that there was no fraud, the "
            "leader said.",
            "denied",
        ),
        (
            "01-de.txt",
            "Die Wahl in Varno fand am Freitag statt. Es habe keinen Wahlbetrug gegeben, betonte Dorn.",
            "denied",
        ),
        (
            "01-ru.txt",
            "Выборы в Варно прошли в воскресенье. Оппозиция заявила о массовых фальсификациях.",
            "attributed",
        ),
    ],
)
def test_fraud_in_an_article_about_a_vote_is_about_the_vote(tmp_path: Path, name: str, text: str, stance: str) -> None:
    assert [(v, s) for v, s, _ in _answers(_ledger(tmp_path, {name: text}), "integrity")] == [("fraudulent", stance)]


def test_fraud_in_an_article_about_no_vote_is_no_answer(tmp_path: Path) -> None:
    text = "The bank in Varno was accused of fraud in 2019, the minister said on Monday."
    assert _answers(_ledger(tmp_path, {"01-en.txt": text}), "integrity") == []


def test_more_than_half_of_the_votes_is_a_win_set_against_another_claim_of_victory(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Ivan Dorn has won 62.6 percent of the total votes counted in Varno, the interior ministry "
            "said.",
            "02-en.txt": "Petr Moravec, who had declared victory just after the polls closed in Varno, said the "
            "vote was rigged.",
        },
    )
    assert ("Ivan Dorn", "attributed") in {(v, s) for v, s, _ in _answers(led, "winner")}
    assert [r for r in led.relations if r.type == "contradicts" and r.why.startswith("who won")]


def test_a_minority_share_is_no_win(tmp_path: Path) -> None:
    text = "Petr Moravec got 33.7 percent of the votes counted in Varno, the interior ministry said."
    assert _answers(_ledger(tmp_path, {"01-en.txt": text}), "winner") == []


def test_a_share_of_the_electorate_is_no_win_and_manipulated_protesters_no_fraud(tmp_path: Path) -> None:
    led = _ledger(
        tmp_path,
        {
            "01-en.txt": "Varno held a presidential election on Friday. Figures by Petr Moravec show more than 100% of "
            "those eligible cast their ballot in 170 towns, the council said.",
            "02-en.txt": "Varno held a presidential election on Friday. I reject the idea that the protesters are "
            "manipulated by foreign countries, the minister said.",
        },
    )
    assert _answers(led, "winner") == [] and _answers(led, "integrity") == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "01-es.txt",
            "La joven murió el viernes. La policía ha negado que fuese golpeada y afirma que murió de un infarto.",
        ),
        (
            "01-fr.txt",
            "La jeune femme est morte vendredi. La police a nié qu'elle ait été frappée à mort et a affirmé qu'elle "
            "avait eu une crise cardiaque.",
        ),
    ],
)
def test_what_a_denier_goes_on_to_say_is_not_denied(tmp_path: Path, name: str, text: str) -> None:
    got = {(v, s) for v, s, _ in _answers(_ledger(tmp_path, {name: text}), "cause")}
    assert (_ILL, "denied") not in got and any(v == _ILL for v, _ in got)
