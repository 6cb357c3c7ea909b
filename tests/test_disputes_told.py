"""How a side's account is told, on sentences written for these tests (never article text): a participle clause
after a verb of saying or condemning (``..., calling it a deliberate attack``) is its subject's claim; a party
that caused the blast did it; a weapon that hit, told by what it is for, answers with what; the weapon used in the
act was the side's whose launcher fired it; a name given with "known as" ends a claim."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus

EVENT = "An explosion at the depot in Vell killed 12 workers on Sunday."


def told(tmp_path: Path, text: str, kind: str) -> set[tuple[str, str]]:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(tmp_path, ("2025-03-02", f"{EVENT} {text}"))
    return {(a.value, a.stance) for a in answers(led, kind)}


def claims(tmp_path: Path, text: str) -> dict[str, tuple[str, str | None]]:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(tmp_path, ("2025-03-02", text))
    return {c.text: (c.stance, c.speaker_text) for c in led.claims}


def test_a_participle_after_a_verb_is_its_subjects_claim(tmp_path: Path) -> None:
    out = claims(tmp_path, "The mayor condemned the blast, calling it a deliberate attack on the workers.")
    assert out["calling it a deliberate attack on the workers"] == ("attributed", "The mayor")
    assert out["The mayor condemned the blast"][0] == "asserted"


def test_a_participle_after_a_quote_is_the_speakers(tmp_path: Path) -> None:
    text = '"We will answer this," the mayor said, accusing Chile of deliberately shelling the depot.'
    out = claims(tmp_path, text)
    assert out["accusing Chile of deliberately shelling the depot"][0] == "attributed"
    assert "the mayor said" not in out  # only who spoke: no claim of its own


def test_a_participle_before_a_scare_quote_keeps_its_words(tmp_path: Path) -> None:
    text = '"It was a crime," the mayor said, describing the blast as a deliberate attack on a "quiet town."'
    out = claims(tmp_path, text)
    assert any(t.startswith("describing the blast as a deliberate attack") for t in out)


def test_a_blame_told_beside_a_denial_is_not_denied(tmp_path: Path) -> None:
    text = "The Chilean ministry denied the report, blaming Peruvian artillery for the explosion."
    assert ("Peru", "attributed") in told(tmp_path, text, "agent")


def test_the_intent_a_speaker_gives_is_attributed(tmp_path: Path) -> None:
    text = "The mayor condemned the blast at the depot, calling it a deliberate attack on civilians."
    assert ("deliberate", "attributed") in told(tmp_path, text, "intent")


def test_a_party_that_caused_the_blast_did_it(tmp_path: Path) -> None:
    text = "The ministry said Chilean troops caused the blast at the depot using a rocket launcher known as Ravo."
    assert ("Chile", "attributed") in told(tmp_path, text, "agent")


def test_weather_that_caused_a_collapse_names_no_party(tmp_path: Path) -> None:
    assert not told(tmp_path, "Heavy rain caused the collapse of the depot roof, officials said.", "agent")


def test_a_weapon_told_by_its_role_answers_with_what(tmp_path: Path) -> None:
    text = "An air defence missile hit the depot, the Chilean ministry said."
    assert ("air defence missile", "attributed") in told(tmp_path, text, "means")


def test_a_bare_missile_says_nothing_of_the_means(tmp_path: Path) -> None:
    assert not told(tmp_path, "A missile hit the depot, officials said.", "means")


def test_the_weapon_used_in_the_act_is_the_side_whose_launcher_fired_it(tmp_path: Path) -> None:
    text = "Experts said the missile used in the attack was launched from a Peruvian air defence system."
    assert ("Peru", "attributed") in told(tmp_path, text, "agent")


def test_a_launcher_alone_names_no_doer(tmp_path: Path) -> None:
    # no act: a weapon launched somewhere is no answer to who hit the depot
    assert not told(tmp_path, "Peru said a missile was launched from a Ravo system in the south.", "agent")


def test_a_name_given_with_known_as_ends_a_claim(tmp_path: Path) -> None:
    text = "The ministry said Chilean troops shelled the depot with a launcher known as Ravo."
    assert ("Chile", "attributed") in told(tmp_path, text, "agent")


def test_a_weapon_used_by_a_side_in_a_clause_hung_elsewhere_is_that_sides(tmp_path: Path) -> None:
    # the parse hangs "that had been fired by ..." on "probability"; it follows the weapon, so it is the weapon's
    text = (
        "Several signs point to the high probability that it was an air defence missile that had been fired by "
        "the Peruvian forces, the ministry said."
    )
    assert ("Peru", "attributed") in told(tmp_path, text, "agent")


def test_a_cluster_holding_rival_answers_to_a_disputed_question_is_no_consensus() -> None:
    import datetime as dt

    from rashomon.link.clusters import describe_clusters
    from rashomon.link.views import ClaimView
    from rashomon.model import Answer, Claim, Question, Span

    def view(n: int, article: str) -> ClaimView:
        claim = Claim(article=article, span=Span(0, 10), text=f"claim {n}", stance="asserted", id=f"C{n}")
        return ClaimView(claim=claim, index=int(article[1:]), published=dt.date(2025, 3, 2))

    def answer(n: int, value: str, stance: str = "asserted") -> Answer:
        return Answer(value=value, claim=f"C{n}", article=f"A{n}", span=Span(0, 5), stance=stance)

    views = [view(1, "A1"), view(2, "A2"), view(3, "A3")]

    def status(*answers: Answer, kind: str = "agent") -> str:
        question = Question(id="W1", event="V1", kind=kind, label="who", answers=answers, status="disputed")
        (cluster,) = describe_clusters(views, [[0, 1, 2]], [], [], [], [question])
        return cluster.status

    assert status(answer(1, "Chile"), answer(2, "Chile")) == "consensus"
    assert status(answer(1, "Chile"), answer(3, "Peru")) == "contested"  # two doers of one act
    assert status(answer(1, "Chile"), answer(3, "Chile", "denied")) == "contested"  # told and denied
    assert status(answer(1, "Chile"), answer(3, "Peru", "hedged")) == "consensus"  # a hedge takes no side
    assert status(answer(1, "a missile"), answer(3, "Ravo"), kind="means") == "consensus"


def test_the_responsibility_of_a_party_names_it(tmp_path: Path) -> None:
    text = "The data all point to the obvious responsibility of the Chilean army, the ministry said."
    assert ("Chile (army)", "attributed") in told(tmp_path, text, "agent")  # at the grain of the service named


def test_a_refused_access_is_no_denial_of_the_cause(tmp_path: Path) -> None:
    text = (
        "Well aware of who was to blame, the Chilean regime denied journalists access to missile fragments and the "
        "area affected by the strike."
    )
    assert not {s for _, s in told(tmp_path, text, "cause")} & {"denied"}


def test_an_act_named_by_its_noun_after_a_support_verb_names_its_doer(tmp_path: Path) -> None:
    assert ("Chile", "attributed") in told(
        tmp_path, "Chile has committed sabotage at the depot, the ministry said.", "agent"
    )
    text = "Peruvian troops conducted the attack on the depot, the mayor said."
    assert ("Peru", "attributed") in told(tmp_path, text, "agent")
    assert not told(tmp_path, "The army made a mistake at the depot, the minister said.", "agent")


def test_sabotage_by_a_side_names_it(tmp_path: Path) -> None:
    text = "We can say unequivocally that this is deliberate sabotage by the Chilean side, the spokesman said."
    assert ("Chile", "attributed") in told(tmp_path, text, "agent")


def test_the_day_evidence_came_out_is_not_the_day_of_the_act(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    led = corpus(
        tmp_path,
        ("2025-03-07", "Chilean troops blew up the depot in Vell on March 2, officials said."),
        (
            "2025-03-08",
            "The police said on Friday they had intercepted a call proving a Chilean unit blew up the depot in Vell.",
        ),
    )
    assert not [r for r in led.relations if r.type == "contradicts" and "different days" in r.why]


def test_who_arrested_the_accused_did_not_commit_the_act(tmp_path: Path) -> None:
    text = "Earlier, a Chilean court arrested four men accused of committing the attack on the depot."
    assert not told(tmp_path, text, "agent")
