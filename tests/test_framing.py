"""Framing: each technique fires on texts written to carry it, and never on neutral wire copy."""

from __future__ import annotations

import pytest

NEUTRAL_WIRE = [
    # floods
    "BRASILIA (Reuters) - Floods in southern Brazil have killed at least 39 people and forced more than 20,000 "
    "from their homes, the civil defence agency said on Thursday. Heavy rain hit the state of Rio Grande do Sul "
    "for a fourth day, and rescuers used boats to reach residents stranded on rooftops. Governor Eduardo Leite "
    "said the damage was the worst the state had recorded and asked the federal government for emergency funds.",
    # an election
    "OSLO, Sept 12 (AP) - Norway's centre-left opposition won a majority in Monday's parliamentary election, "
    "official results showed, ending eight years of conservative rule. Labour leader Jonas Gahr Store said he "
    "would begin talks with two smaller parties on forming a government. Turnout was 77 percent, the election "
    "authority said. Outgoing Prime Minister Erna Solberg conceded defeat and congratulated her rival.",
    # trade talks
    "GENEVA (Reuters) - Negotiators from Canada and the European Union ended a third round of trade talks on "
    "Friday without agreement on dairy quotas, officials said. Both sides said progress had been made on "
    "customs rules and would meet again in March. A Canadian official, who asked not to be named, said the "
    "gap on agriculture remained wide. Exports between the two partners rose 4% last year.",
    # a ship collision
    "SINGAPORE (AP) - A container ship and an oil tanker collided in the Singapore Strait early on Sunday, "
    "the Maritime and Port Authority said, spilling an estimated 200 tonnes of fuel oil. No injuries were "
    "reported among the 48 crew members. The authority said the tanker's hull was damaged and an investigation "
    "into the cause had begun. Traffic in the strait, one of the busiest shipping lanes, was not disrupted.",
    # an attack, told neutrally: "attack", "criminal investigation", "militants" of a non-state group
    "KABUL (Reuters) - Gunmen attacked a police checkpoint in eastern Afghanistan on Tuesday, killing four "
    "officers, a provincial spokesman said. Police opened a criminal investigation and arrested two suspects. "
    "Islamist militants have carried out several attacks in the province this year. The village lies on a "
    "river about 30 km from the border, and residents said the road was reopened by evening.",
    # a court report: designations, legal "criminal", a prosecutor's "irrefutable"
    "LONDON (Reuters) - A British court on Friday jailed a 34-year-old man for 12 years for funding a group "
    "the government has designated a terrorist organisation, prosecutors said. Judge Mark Lucraft said the man "
    "had no previous criminal record but had sent money to the group for three years. Prosecutors told the jury "
    "the bank records were irrefutable. Police said there had been 14 terrorist attacks in Britain since 2017.",
    # a central-bank decision
    "FRANKFURT (Reuters) - The European Central Bank kept interest rates unchanged on Thursday and said inflation "
    "was moving towards its 2% target, though a mere 0.1 point rise in services prices was watched closely. "
    "Policymakers see the so-called neutral rate at about 2%, President Christine Lagarde told reporters, adding "
    "that the bank would decide meeting by meeting. The euro was little changed after the decision.",
    # a sports result
    "MELBOURNE (AP) - Jannik Sinner beat Daniil Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 to win the Australian Open on "
    "Sunday, coming back from two sets down for his first Grand Slam title. Medvedev, who has now lost two finals "
    "in Melbourne from two sets up, said he had nothing but respect for his opponent. The crowd of 15,000 gave "
    "both players a standing ovation, and Sinner dedicated the win to his parents.",
    # politics, with words loaded only in other senses
    "WASHINGTON (AP) - The Senate passed a bill on Wednesday that tightens the sanctions regime on exports of "
    "advanced chips, with 71 votes in favour. Senator Maria Cantwell said the measure closed gaps in the export "
    "control regime. The bill now goes to the House. Analysts said the vote showed rare agreement between "
    "the parties on technology policy, and a spokesperson for the Commerce Department declined to comment.",
]


@pytest.mark.parametrize("text", NEUTRAL_WIRE)
def test_neutral_wire_copy_has_no_framing(analyze_text, text: str) -> None:
    found = analyze_text(text).framing
    assert found == (), [(f.text, f.technique, f.rule) for f in found]


def _found(analysis, technique: str) -> list:
    return [f for f in analysis.framing if f.technique == technique]


def _target(analysis, f) -> str | None:
    t = f.target_ref
    return analysis.article.text[t.start : t.end] if t else None


def test_loaded_adjective_targets_the_noun_owner(analyze_text) -> None:
    a = analyze_text("The ministry condemned the barbaric shelling of Marvelle by the Ostrian army on Monday.")
    hits = _found(a, "loaded_language")
    assert [f.text for f in hits] == ["barbaric"]
    assert hits[0].rule == "loaded-adjective"


def test_loaded_adjective_predicated_of_its_subject(analyze_text) -> None:
    a = analyze_text(
        "Senator Hilda Brandt called the decision shameful. The Valdor government is hypocritical, the statement said."
    )
    texts = {f.text for f in _found(a, "loaded_language")}
    assert {"shameful", "hypocritical"} <= texts


def test_loaded_words_in_neutral_senses_do_not_fire(analyze_text) -> None:
    a = analyze_text(
        "The island lies 40 km off the coast. A criminal case was opened against the driver. "
        "The new visa regime takes effect in May."
    )
    assert a.framing == ()


def test_regime_tied_to_a_place_is_name_calling_with_target(analyze_text) -> None:
    a = analyze_text("The Caracas regime has again refused to release the detained journalists, the group said.")
    hits = _found(a, "name_calling")
    assert [f.text for f in hits] == ["Caracas regime"]
    assert _target(a, hits[0]) == "Caracas"


def test_names_of_governments_used_as_plain_names_do_not_fire(analyze_text) -> None:
    """ "the Syrian regime", "the Assad regime" are how much news copy names a government: no label."""
    a = analyze_text(
        "The Syrian regime said on Monday that it would attend the talks. Aid groups said the Assad "
        "regime had allowed convoys into the area. Analysts compared the regimes in the region."
    )
    assert not [f for f in a.framing if f.rule.startswith("regime-label")]


def test_terrorist_as_a_label_not_as_a_designation(analyze_text) -> None:
    a = analyze_text(
        "The ministry added the group to its list of terrorist organisations. After every terror "
        "attack, police review the rules. A criminal alien was deported in May."
    )
    assert a.framing == (), [(f.text, f.rule) for f in a.framing]
    b = analyze_text(
        "Officials called the protesters terrorists. The ministry condemned the terrorist attack on "
        "the Valmora power plant."
    )
    texts = {f.text for f in _found(b, "name_calling")}
    assert texts == {"terrorists", "terrorist attack"}, texts
    assert "Valmora" in (_target(b, next(f for f in b.framing if f.text == "terrorist attack")) or "")
    # a definite "the terrorist attack" repeats the label once the article has given it, and only then
    c = analyze_text(
        "The terrorist attack in the city killed 22 people. Officials called it a terrorist attack "
        "on the republic. An inquiry into the terrorist attack opened on Monday."
    )
    assert [f.rule for f in _found(c, "name_calling")] == ["terror-label:reported", "terror-label-again"]


def test_a_word_judging_a_course_of_action_is_not_aimed(analyze_text) -> None:
    a = analyze_text(
        "It would be reckless on my part to speculate on the cause, the chief inspector said. "
        "Ministers said it was foolish to expect a deal this week. "
        "The driver was charged with reckless driving."
    )
    assert a.framing == (), [(f.text, f.rule) for f in a.framing]
    assert _found(analyze_text("The reckless decision of the Valdor cabinet cost lives."), "loaded_language")


def test_criminal_before_those_who_govern(analyze_text) -> None:
    a = analyze_text("The criminal regime in Dalmor must answer for its crimes, the opposition leader said.")
    assert "criminal regime" in {f.text for f in _found(a, "loaded_language")}


def test_so_called_introducing_a_term_is_not_doubt(analyze_text) -> None:
    a = analyze_text('The bill removes the so-called "sunset" clause. Economists call it the so-called dot plot.')
    assert not _found(a, "doubt")


def test_militants_for_a_state_army(analyze_text) -> None:
    text = (
        "The Dravian army said its troops repelled an assault. Dravian soldiers had held the hill for weeks. "
        "Officials in the capital said 30 captured Dravian militants were exchanged on Friday."
    )
    text = text.replace("Dravian", "Georgian")
    a = analyze_text(text)
    hits = [f for f in _found(a, "name_calling") if f.rule.startswith("militants")]
    assert [f.text for f in hits] == ["Georgian militants"]
    assert _target(a, hits[0]) == "Georgian"


def test_militants_for_a_non_state_group_are_not_labelled(analyze_text) -> None:
    a = analyze_text("Islamist militants attacked a convoy near the border, the army said on Sunday.")
    assert not [f for f in a.framing if f.rule.startswith("militants")]


def test_terror_label_and_quoted_voice(analyze_text) -> None:
    a = analyze_text('The minister said: "This was a monstrous terrorist act by the Selvan regime."')
    rules = {f.text: f.rule for f in a.framing}
    assert rules.get("terrorist act") == "terror-label:quoted"
    assert rules.get("monstrous") == "loaded-adjective:quoted"
    assert (
        "anti-terrorist" not in analyze_text("Police began an anti-terrorist operation.").article.text
        or not analyze_text("Police began an anti-terrorist operation in the city.").framing
    )


def test_ban_parenthetical_targets_the_organisation(analyze_text) -> None:
    a = analyze_text(
        "The report named members of the Northern Brigade (a terrorist organisation banned in "
        "Russia) and of Meridian* (designated as extremist) among the detainees."
    )
    labels = [f for f in a.framing if f.rule.startswith(("ban-label", "asterisk-label"))]
    assert {f.rule for f in labels} == {"ban-label", "asterisk-label"}
    ban = next(f for f in labels if f.text.startswith("(a terrorist"))
    assert ban.technique == "name_calling"
    assert "Brigade" in (_target(a, ban) or "")


def test_parenthetical_without_a_ban_is_not_a_label(analyze_text) -> None:
    a = analyze_text("The Northern Brigade (founded in 2014) said it had withdrawn from the town (population 3,000).")
    assert a.framing == ()


@pytest.mark.parametrize(
    ("text", "technique", "cue"),
    [
        ("The so-called referendum in Eastmark was held under armed guard.", "doubt", "so-called"),
        ("The self-proclaimed president of Lurania spoke on television on Monday.", "doubt", "self-proclaimed"),
        ("If the talks fail, the minister warned of a third world war.", "appeal_to_fear", "fear-phrase"),
        (
            "The opposition leader said the plan posed an existential threat to the republic.",
            "appeal_to_fear",
            "fear-phrase",
        ),
        (
            "It is the patriotic duty of every citizen to buy the bonds, the governor said.",
            "flag_waving",
            "nation-pride",
        ),
        ("The rally ended with songs about the motherland.", "flag_waving", "nation-pride"),
        (
            "The spokesman said the protest was nothing more than a publicity stunt.",
            "exaggeration_minimisation",
            "minimising",
        ),
        (
            "The minister said the report was utterly false and would be withdrawn.",
            "exaggeration_minimisation",
            "intensifier",
        ),
        ("All experts agree that the bridge was sabotaged.", "appeal_to_authority", "experts-agree"),
        (
            "According to experts interviewed by the channel, the dam was poorly built.",
            "appeal_to_authority",
            "unnamed-experts",
        ),
        ("The council accused Brussels of double standards over the subsidies.", "whataboutism", "double-standards"),
        ("Critics say the agency turned a blind eye to abuses by its allies.", "whataboutism", "blind-eye"),
    ],
)
def test_each_technique_fires_on_its_cue(analyze_text, text: str, technique: str, cue: str) -> None:
    hits = _found(analyze_text(text), technique)
    assert hits, f"no {technique} in {text!r}"
    assert hits[0].rule.split(":")[0] == cue


@pytest.mark.parametrize(
    ("text", "technique"),
    [
        ("The referendum in Eastmark was held under armed guard, observers said.", "doubt"),
        ("If the talks fail, the minister warned, fighting could resume along the front.", "appeal_to_fear"),
        ("Every citizen can buy the bonds at post offices, the governor said.", "flag_waving"),
        ("The spokesman said the protest drew about 300 people.", "exaggeration_minimisation"),
        ("Engineers who inspected the bridge said it was damaged by a blast.", "appeal_to_authority"),
        ("The council asked Brussels to explain the subsidies, officials said.", "whataboutism"),
    ],
)
def test_each_technique_stays_silent_without_its_cue(analyze_text, text: str, technique: str) -> None:
    assert not _found(analyze_text(text), technique)


def test_spans_match_the_text(analyze_text) -> None:
    a = analyze_text("The cynical junta in Dalmor has brazenly ignored the ruling, spreading lies about judges.")
    assert a.framing
    for f in a.framing:
        assert a.article.text[f.span.start : f.span.end] == f.text
        assert f.rule


def test_russian_lexicon(analyze_text) -> None:
    a = analyze_text("Киевский режим совершил варварский теракт, заявили в министерстве.", language="ru")
    rules = {f.rule for f in a.framing}
    assert {"ru-regime-label", "ru-loaded", "ru-terror-label"} <= rules


def test_bad_input_gives_nothing(analyze_text) -> None:
    assert analyze_text("").framing == ()
    assert analyze_text("(((* * *)))").framing == ()


def test_report_side_sourcing_voice_and_roles() -> None:
    from rashomon.model import Article, Claim, Frame, Framing, Ledger, Role, Span
    from rashomon.report import framing as fv

    text = "x" * 200
    art = Article(id="A1", source="a", name="a", text=text, sha256="0")
    claims = (
        Claim(
            article="A1",
            span=Span(0, 10),
            text=text[:10],
            stance="asserted",
            id="C1",
            frames=(
                Frame(
                    predicate="shell",
                    kind="attack",
                    roles=(Role(name="agent", span=Span(0, 1), text="x", entity="E1"),),
                ),
            ),
        ),
        Claim(article="A1", span=Span(10, 20), text=text[10:20], stance="attributed", speaker="E2", id="C2"),
        Claim(article="A1", span=Span(20, 30), text=text[20:30], stance="attributed", speaker_text="a source", id="C3"),
        Claim(article="A1", span=Span(30, 40), text=text[30:40], stance="hedged", id="C4"),
        Claim(
            article="A1",
            span=Span(40, 50),
            text=text[40:50],
            stance="attributed",
            speaker="E2",
            id="C5",
            frames=(
                Frame(
                    predicate="intercept",
                    kind="attack",
                    roles=(
                        Role(name="agent", span=Span(40, 41), text="x", entity="E3"),
                        Role(name="patient", span=Span(42, 43), text="x", entity="E4"),
                    ),
                ),
            ),
        ),
    )
    framing = (
        Framing(
            article="A1",
            span=Span(50, 55),
            text=text[50:55],
            technique="name_calling",
            rule="regime-label:quoted",
            target="E1",
            id="F1",
        ),
    )
    ledger = Ledger(articles=(art,), claims=claims, framing=framing)
    (s,) = fv.sourcing(ledger)
    assert (s.claims, s.unattributed, s.named, s.unnamed, s.hedged) == (5, 1, 2, 1, 1)
    assert fv.voice(framing[0]) == "quoted"
    assert fv.roles(ledger)["A1"] == {("E1", "aggressor"): 1, ("E1", "labelled"): 1, ("E3", "protector"): 1}


def test_example_corpus_labels_are_found_with_targets(il76_ledger) -> None:
    """The issue's targets: every loaded label a careful reader sees in the example corpus, aimed at someone."""
    found = {(f.text.casefold(), f.target is not None) for f in il76_ledger.framing}
    texts = {t for t, _ in found}
    for label in (
        "kyiv regime",
        "ukrainian militants",
        "terrorist act",
        "terrorist attack",
        "barbaric",
        "monstrous",
        "hypocritical",
    ):
        assert label in texts, label
    assert any(t.startswith("(a terrorist organi") and aimed for t, aimed in found)
    assert ("kyiv regime", True) in found and ("hypocritical", True) in found


def test_label_on_the_second_of_two_joined_nouns_targets_the_shared_author(analyze_text) -> None:
    a = analyze_text("The envoy said the world ignores the war crimes and terrorist attacks by the Ostrian army.")
    hit = next(f for f in a.framing if f.text == "terrorist attacks")
    assert "Ostrian" in (_target(a, hit) or ""), _target(a, hit)


def test_a_label_someone_gave_is_their_voice_not_the_outlets(analyze_text) -> None:
    a = analyze_text(
        "The blast was quickly termed a terrorist attack by the Ostrian interior ministry. Officials in "
        "Marvelle called the protesters terrorists. The ministry condemned the barbaric shelling of "
        "Torvik by the Ostrian army."
    )
    rules = {f.text: f.rule for f in a.framing}
    assert rules["terrorist attack"].endswith(":reported"), rules
    assert rules["terrorists"].endswith(":reported"), rules
    assert rules["barbaric"] == "loaded-adjective", rules


@pytest.mark.parametrize(
    "text, technique, cue",
    [
        (
            "Once again the Ostrian propaganda machine tried to hide the facts of the Marvelle shelling.",
            "loaded_language",
            "propaganda machine",
        ),
        (
            "The Valdor junta has blood on its hands after the raid on the border villages.",
            "loaded_language",
            "blood on its hands",
        ),
        ("The raid has once again proved that the Ostrian government cannot be trusted.", "doubt", "cannot be trusted"),
    ],
)
def test_loaded_images_and_distrust(analyze_text, text: str, technique: str, cue: str) -> None:
    assert cue in [f.text.casefold() for f in _found(analyze_text(text), technique)]


def test_such_acts_aim_where_the_label_before_them_did(analyze_text) -> None:
    a = analyze_text(
        "Officials condemned the terrorist attacks by the Ostrian army on Marvelle. \u201cWe demand the "
        "prosecution of all who commit such monstrous terrorist acts,\u201d the mayor said. Critics "
        "called the new curfew shameful."
    )
    targets = {f.text: _target(a, f) for f in a.framing}
    assert "Ostrian" in (targets.get("monstrous") or ""), targets
    assert "Ostrian" in (targets.get("terrorist acts") or ""), targets
    assert targets.get("shameful") is None, targets  # no word pointing back: no inherited target
