"""French articles: names found without a model, quotes attributed from the surface. Sentences written here."""

from __future__ import annotations

from collections.abc import Callable

from rashomon.extract.entities_fr import mentions
from rashomon.model import Analysis


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions(text)]


def test_names_places_bodies_and_outlets() -> None:
    got = found(
        "Selon Reuters, le ministère russe de la Défense a démenti. Vladimir Poutine était à Moscou, "
        "près de la province d\u2019Harzan. L\u2019OTAN et les États-Unis ont réagi en mer Noire."
    )
    assert ("Reuters", "MEDIA") in got
    assert ("ministère russe de la Défense", "ORG") in got
    assert ("Vladimir Poutine", "PERSON") in got
    assert ("Moscou", "GPE") in got and ("Harzan", "GPE") in got
    assert ("OTAN", "ORG") in got and ("États-Unis", "GPE") in got
    assert ("mer Noire", "LOC") in got
    assert not any(t in ("Selon", "Selon Reuters", "Le", "L") for t, _ in got)


def test_a_capitalised_first_word_nothing_knows_is_no_name() -> None:
    assert found("Hier, les secours sont arrivés. Rapidement, tout a brûlé.") == []


def test_a_name_after_a_kind_word_is_a_body_with_its_lower_case_words() -> None:
    # "le groupe X": the kind word says a body's name follows, running over the lower-case words of a body's name
    assert found("Le groupe Harzak a revendiqué l\u2019attaque.") == [("Harzak", "ORG")]
    assert found("Hier, le groupe Front islamique a revendiqué l\u2019attaque.") == [("Front islamique", "ORG")]
    assert found("Selon le réseau Reuters, tout a brûlé.") == [("Reuters", "MEDIA")]  # an outlet stays an outlet
    assert found("Hier, le groupe de travail a parlé.") == []  # no capitalised name after it: no body


def test_otan_is_named_nato() -> None:
    assert [m.name for m in mentions("Le sommet de l\u2019OTAN a commencé.")] == ["NATO"]


def speakers(analyze_text: Callable[..., Analysis], text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text, language="fr")
    return [(q.text[:20].strip(), q.speaker_text) for q in a.quotes if q.kind == "direct"]


def test_french_quote_attributions(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Une explosion a frappé le port de Vellmar samedi.\n"
        "\u00ab Pour l\u2019heure, douze personnes ont perdu la vie \u00bb, a indiqué Jean Roe, responsable de la "
        "province.\n"
        "Le ministre de l\u2019Intérieur, Paul Marek, a ordonné une enquête. \u00ab Les responsables doivent "
        "rendre des comptes sans délai \u00bb, a-t-il déclaré.\n"
        "De son côté, Anna Weiss, porte-parole du ministère, a affirmé que \u00ab rien de militaire ne se trouvait "
        "dans la zone \u00bb.\n"
        "Commentant les images, le gouverneur de la province a déclaré : \u00ab L\u2019incendie était limité au "
        "départ \u00bb. Il a souligné que \u00ab les mesures de sécurité étaient insuffisantes \u00bb."
    )
    assert speakers(analyze_text, text) == [
        ("Pour l\u2019heure, douze", "Jean Roe"),
        ("Les responsables doi", "Paul Marek"),
        ("rien de militaire ne", "Anna Weiss"),
        ("L\u2019incendie était lim", "le gouverneur de la province"),
        ("les mesures de sécur", "le gouverneur de la province"),
    ]


def test_a_short_quote_after_a_speech_verb_is_speech_a_term_alone_is_not(
    analyze_text: Callable[..., Analysis],
) -> None:
    a = analyze_text(
        "Le président chilien, Marco Ruiz, a jugé cette victoire \u00ab difficile à croire \u00bb. "
        "Le mot \u00ab victoire \u00bb revient souvent.",
        language="fr",
    )
    kinds = {q.text: (q.kind, q.speaker_text) for q in a.quotes}
    assert kinds["difficile à croire"] == ("direct", "Marco Ruiz")
    assert kinds["victoire"][0] == "scare"


def test_an_outlet_told_relays_the_quote(analyze_text: Callable[..., Analysis]) -> None:
    text = "\u00ab Nous ne céderons pas devant la menace \u00bb, a déclaré le ministre à l\u2019AFP."
    a = analyze_text(text, language="fr")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "le ministre"
    assert [a.article.text[v.start : v.end] for v in q.via_refs] == ["AFP"]


def test_any_participle_after_the_marks_and_one_attribution_for_two_fragments(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "\u00ab Des mesures doivent être prises \u00bb contre ceux \u00ab qui ont commis ces crimes \u00bb, a tancé, "
        "le 3 octobre, le ministre de la Sécurité, Marco Ruiz. \u00ab Nous demandons une enquête rapide et "
        "complète \u00bb, a-t-il exigé.\n"
        "Cette catastrophe est \u00ab une tragédie au-delà de l\u2019imaginable \u00bb, a déclaré le président de "
        "la fédération (FNF), Gianni Rossi."
    )
    assert [s for _, s in speakers(analyze_text, text)] == ["Marco Ruiz", "Marco Ruiz", "Marco Ruiz", "Gianni Rossi"]


def test_designations_in_any_script() -> None:
    from rashomon.extract.entities_fr import designations

    got = [
        m.text for m in mentions("Un Su-27 a heurté le drone MQ-9 Reaper ; l\u2019Embraer 190 du vol J2-8243. Le G20.")
    ]
    assert got[:4] == ["Su-27", "MQ-9 Reaper", "Embraer 190", "J2-8243"] and "G20" not in got
    assert [m.text for m in designations("Российский Су-27 над морем.")] == ["Су-27"]


def test_a_count_before_a_designation_is_no_model_name() -> None:
    assert found("Deux Su-27 ont survolé le drone.") == [("Su-27", "EQUIPMENT")]
    assert ("Reaper MQ9", "EQUIPMENT") in found("Hier, un Reaper MQ9 est tombé.")


def test_a_body_named_in_lower_case_before_its_acronym_is_that_body() -> None:
    text = (
        "Le secrétaire général de l\u2019Association nationale de basket (FNBL), Jean Roche, a parlé à la "
        "Fédération internationale de basket amateur (FIBA). Un match de basket (FNBL) a eu lieu."
    )
    got = {m.text: m for m in mentions(text)}
    assert got["Association nationale de basket"].type == "ORG"
    assert got["Association nationale de basket"].aliases == ("FNBL",)
    assert got["Fédération internationale de basket amateur"].aliases == ("FIBA",)
    assert "match de basket" not in got and "Un match de basket" not in got  # no body's head: no name


def test_a_title_before_a_name_makes_it_a_persons() -> None:
    assert found("Selon le Dr Tedros, le Président Ruiz et M. Dupont ont parlé.") == [
        ("Tedros", "PERSON"),
        ("Ruiz", "PERSON"),
        ("Dupont", "PERSON"),
    ]


def test_a_site_of_a_place_is_named_as_english_names_it() -> None:
    got = [
        (m.text, m.name)
        for m in mentions("La gare de Vellmar et le stade Tarnow, près de l\u2019aéroport d\u2019Ostra.")
    ]
    assert got == [
        ("gare de Vellmar", "Vellmar station"),
        ("stade Tarnow", "Tarnow stadium"),
        ("aéroport d\u2019Ostra", "Ostra airport"),
    ]


def test_french_credits_and_relays(analyze_text: Callable[..., Analysis]) -> None:
    def relayed(text: str) -> list[tuple[str | None, list[str]]]:
        a = analyze_text(text, language="fr")
        return [(q.speaker_text, [text[v.start : v.end] for v in q.via_refs]) for q in a.quotes if q.kind == "direct"]

    said = "\u00ab Nous ne céderons pas devant la menace \u00bb, a déclaré le ministre lundi."
    assert relayed(said) == [("le ministre", [])]
    assert relayed(said + "\n\nAvec AFP") == [("le ministre", ["AFP"])]
    assert relayed(
        "Le ministre a déclaré à l\u2019agence Reuters : \u00ab Nous ne céderons pas devant la menace \u00bb."
    ) == [("Le ministre", ["Reuters"])]


def test_plain_names_nothing_else_types_are_peoples() -> None:
    got = found("Le président de la FIFA, Gianni Rossi, et Yunus Hadi ont parlé de la Coupe du Monde U-20.")
    assert ("Gianni Rossi", "PERSON") in got and ("Yunus Hadi", "PERSON") in got
    assert ("Coupe du Monde", "ORG") in got


def test_a_model_name_before_its_designation_but_not_a_place_or_outlet() -> None:
    got = found("Le drone Reaper MQ9 est tombé. Selon Reuters A320 et Moscou F-16.")
    assert ("Reaper MQ9", "EQUIPMENT") in got
    assert ("A320", "EQUIPMENT") in got and ("F-16", "EQUIPMENT") in got
    assert ("Reuters", "MEDIA") in got and ("Moscou", "GPE") in got


def resolved(analyze_text: Callable[..., Analysis], text: str) -> list[str | None]:
    """The named speaker each direct quote resolves to (the mention's name), None where it stays unnamed."""
    a = analyze_text(text, language="fr")
    names = {(m.span.start, m.span.end): m.name for m in a.mentions}
    return [
        names.get((q.speaker_ref.start, q.speaker_ref.end)) if q.speaker_ref is not None else None
        for q in a.quotes
        if q.kind == "direct"
    ]


def test_a_description_is_the_person_introduced_with_that_role(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Nora Vidal, porte-parole du ministère de la Santé, a reçu la presse. Le maire Luc Brun était présent.\n"
        "\u00ab Aucun lot contaminé n\u2019a quitté l\u2019usine cette année \u00bb, a déclaré la porte-parole du "
        "ministère.\n"
        "Plus tard, le maire a déclaré : \u00ab Nous reconstruirons tout le quartier très vite \u00bb."
    )
    assert resolved(analyze_text, text) == ["Nora Vidal", "Luc Brun"]


def test_a_description_nobody_was_introduced_with_stays_unnamed(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Le ministre Luc Brun a visité le site. Le gouverneur Marc Joly l\u2019accompagnait.\n"
        # no one was introduced as head of diplomacy, nor as mayor; an indefinite spokesman is someone new
        "\u00ab Les secours sont arrivés trop tard dans la zone \u00bb, a déclaré le chef de la diplomatie.\n"
        "\u00ab Nous reconstruirons tout le quartier très vite \u00bb, a affirmé le maire.\n"
        "\u00ab Aucun lot contaminé n\u2019a quitté l\u2019usine cette année \u00bb, a indiqué un porte-parole du "
        "ministère."
    )
    assert resolved(analyze_text, text) == [None, None, None]


def test_a_description_of_the_other_gender_or_body_is_not_the_person(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Le porte-parole de la police, Marc Joly, a parlé lundi.\n"
        # "la porte-parole" is a woman; "du ministère" is not the police's spokesman
        "\u00ab Les secours sont arrivés trop tard dans la zone \u00bb, a déclaré la porte-parole de la police.\n"
        "\u00ab Nous reconstruirons tout le quartier très vite \u00bb, a affirmé le porte-parole du ministère."
    )
    assert resolved(analyze_text, text) == [None, None]


def test_a_pronoun_is_the_subject_of_its_gender_not_the_last_name(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Le ministre de l\u2019Intérieur, Luc Brun, a reçu Nora Vidal mardi. \u00ab Nous ferons toute la lumière "
        "sur ce drame \u00bb, a-t-il ajouté.\n"
        "Luc Brun a ensuite rencontré la juge Nora Vidal. \u00ab Nous allons reprendre l\u2019enquête dès demain "
        "\u00bb, a-t-elle déclaré.\n"
        "Luc Brun a rencontré Marc Joly. \u00ab Les secours sont arrivés trop tard dans la zone \u00bb, a-t-elle "
        "dit."
    )
    # the last: no woman named since the last quote, whose speaker, a woman, carries on
    assert resolved(analyze_text, text) == ["Luc Brun", "Nora Vidal", "Nora Vidal"]
    text = (
        "Le ministre Luc Brun a visité le site. \u00ab Nous ferons toute la lumière sur ce drame \u00bb, a-t-il dit."
        "\nIl a rencontré Marc Joly. \u00ab Les secours sont arrivés trop tard dans la zone \u00bb, a-t-elle ajouté."
    )
    # no woman named since the last quote, and its speaker is a man: nobody rather than a guess
    assert resolved(analyze_text, text) == ["Luc Brun", None]


def test_selon_lui_is_the_person_named_before_and_selon_a_description_takes_the_name_after_it(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "Le porte-parole de la police, Marc Joly, a parlé aux journalistes. \u00ab Les secours sont arrivés trop "
        "tard dans la zone \u00bb, selon lui.\n"
        "\u00ab Nous reconstruirons tout le quartier très vite \u00bb, selon le porte-parole des pompiers, Luc Brun."
    )
    assert resolved(analyze_text, text) == ["Marc Joly", "Luc Brun"]


def test_a_plural_pronoun_is_no_one_person(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Luc Brun a rencontré les familles. \u00ab Nous voulons la vérité sur ce qui s\u2019est passé \u00bb, "
        "ont-ils déclaré."
    )
    assert resolved(analyze_text, text) == [None]


def test_a_dateline_with_accented_capitals_credits_its_agency(analyze_text: Callable[..., Analysis]) -> None:
    text = "TÉHÉRAN (AFP) - \u00ab Les secours sont arrivés trop tard dans la zone \u00bb, a déclaré Luc Brun."
    a = analyze_text(text, language="fr")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert [text[v.start : v.end] for v in q.via_refs] == ["AFP"]


def test_the_subject_after_an_adverbial_with_another_name_speaks(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Lors d\u2019un entretien téléphonique avec son homologue Luc Brun, Marc Joly a reconnu que \u00ab "
        "l\u2019avion avait tenté plusieurs fois d\u2019atterrir \u00bb."
    )
    assert resolved(analyze_text, text) == ["Marc Joly"]


def test_the_group_and_its_message_are_the_body_introduced_before(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Dans un message publié sur Telegram, le groupe Front du Nord a revendiqué l\u2019attaque. Des combattants "
        "\u00ab ont attaqué un grand rassemblement dans la capitale \u00bb, a affirmé le groupe sur l\u2019un de ses "
        "comptes. \u00ab Les combattants se sont retirés sains et saufs \u00bb, ajoute le message."
    )
    assert resolved(analyze_text, text) == ["Front du Nord", "Front du Nord"]


def test_the_group_named_by_one_word_and_its_message(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Dans un message publié sur Telegram, le groupe Harzak a revendiqué l\u2019attaque. Des combattants "
        "\u00ab ont attaqué la caserne \u00bb, a affirmé le groupe sur l\u2019un de ses comptes. \u00ab Les "
        "combattants se sont retirés \u00bb, ajoute le message."
    )
    assert resolved(analyze_text, text) == ["Harzak", "Harzak"]


def test_a_body_or_role_described_is_not_the_place_or_body_in_its_phrase(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Le président du Croissant-Rouge de Vellmar, évoquant l\u2019explosion, a déclaré : \u00ab Après "
        "vérification, l\u2019incident s\u2019est produit dans la zone du dépôt \u00bb.\n"
        "L\u2019ambassade de Russie à Ostra a annoncé que \u00ab plusieurs avions transportant des secouristes sont "
        "partis \u00bb.\n"
        # nobody introduced as the ministry's, no group named: nobody
        "\u00ab Aucun navire militaire ne se trouvait dans le port ce jour-là \u00bb, a indiqué le ministère. "
        "\u00ab Nous avons tout vérifié à plusieurs reprises depuis hier \u00bb, ajoute le message."
    )
    assert resolved(analyze_text, text) == [None, None, None, None]


def test_an_adverbial_part_before_the_subject_is_no_speaker(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Plus tard, le maire a déclaré : \u00ab Nous reconstruirons tout le quartier très vite \u00bb.\n"
        "Samedi soir, la police a indiqué que \u00ab la situation était sous contrôle dans tout le quartier \u00bb."
    )
    assert [s for _, s in speakers(analyze_text, text)] == ["le maire", "la police"]


def test_a_part_or_head_of_a_body_is_not_the_body(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Un incendie a frappé le port de Varnia lundi.\n\n"
        "Le chef de la Société du Croissant-Vert a annoncé que le bilan s\u2019élevait à dix morts, précisant que "
        "\u00ab plus de cent blessés ont été transférés vers les hôpitaux de la région \u00bb.\n\n"
        "\u00ab Deux avions ont mené une interception dangereuse au-dessus de la baie \u00bb, a assuré le centre de "
        "commandement de la Société du Croissant-Vert.\n\n"
        "\u00ab Le port restera fermé toute la semaine prochaine \u00bb, a déclaré le service de presse de la Société "
        "du Croissant-Vert.\n\n"
        "\u00ab Nous rouvrirons les quais dès que possible \u00bb, a déclaré le bureau de presse de la Société du "
        "Croissant-Vert."
    )
    # the head and the command centre are not the society; its press service and press office speak for it
    assert resolved(analyze_text, text) == [None, None, "Société du Croissant-Vert", "Société du Croissant-Vert"]
    assert speakers(analyze_text, text)[0][1] == "Le chef de la Société du Croissant-Vert"


def test_the_head_of_a_body_is_the_person_named_so(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Marc Dutel, chef de la Société du Croissant-Vert, est arrivé au port lundi.\n\n"
        "Le chef de la Société du Croissant-Vert a annoncé dix morts, précisant que \u00ab plus de cent blessés ont "
        "été transférés vers les hôpitaux \u00bb."
    )
    assert resolved(analyze_text, text) == ["Marc Dutel"]


def test_a_pronoun_subject_before_a_gerund_carries_on(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Le maire Luc Brun a visité le port lundi.\n\n"
        "Il a souligné que \u00ab les quais sont désormais sûrs pour tous les dockers \u00bb, ajoutant que "
        "\u00ab ces images réfutent toutes les rumeurs du week-end \u00bb."
    )
    assert [s for _, s in speakers(analyze_text, text)][1] != "Il"
    assert resolved(analyze_text, text) == ["Luc Brun", "Luc Brun"]


def test_a_described_subject_before_a_gerund_speaks_not_the_one_before(analyze_text: Callable[..., Analysis]) -> None:
    # the clause opens with an adverbial ("Sur Twitter,") and its subject is a body left unnamed by the finder
    text = (
        "Le maire Luc Brun a visité le port lundi.\n\n"
        "Sur Twitter, la branche locale de l\u2019agence a partagé des images du quai, en déclarant que "
        "\u00ab les dockers ne sont pas des cibles \u00bb."
    )
    assert speakers(analyze_text, text) == [("les dockers ne sont", "la branche locale de l\u2019agence")]
    assert resolved(analyze_text, text) == [None]


def test_according_to_a_statement_of_a_body_the_body_speaks(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Le bateau a été repéré mardi au large de Vellmar.\n\n"
        "Les passagers \u00ab ont refusé toute aide \u00bb, selon un précédent communiqué des autorités portuaires "
        "de Vellmar.\n\n"
        "Ils \u00ab ne portaient pas de gilets \u00bb, selon le communiqué de la police portuaire."
    )
    assert [s for _, s in speakers(analyze_text, text)] == [
        "autorités portuaires de Vellmar",
        "la police portuaire",
    ]


def test_an_attribution_that_closes_the_sentence_after_more_words(analyze_text: Callable[..., Analysis]) -> None:
    # the marks stand mid-sentence; ", a déclaré X" closes it after a few words of the writer's own
    text = (
        "Il s\u2019agit de \u00ab trois établissements qui ne respectent pas les normes \u00bb identifiés dans la "
        "région, a déclaré le ministère de la santé, dans un communiqué.\n"
        "\u00ab Il est possible que les syndicats contestent les conclusions \u00bb au regard de la situation "
        "tendue, a commenté cette source."
    )
    assert speakers(analyze_text, text) == [
        ("trois établissements", "le ministère de la santé"),
        ("Il est possible que", "cette source"),
    ]


def test_a_time_after_ce_is_no_speaker(analyze_text: Callable[..., Analysis]) -> None:
    text = "\u00ab Nous ne céderons rien aux pressions du conseil \u00bb, a déclaré ce lundi le maire Paul Marek."
    assert speakers(analyze_text, text) == [("Nous ne céderons rie", "Paul Marek")]


def test_marks_inside_the_clause_a_verb_reports_with_que(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Dans le document, l\u2019agence Orvel indique que l\u2019analyse des registres de chacun des trois "
        "hôpitaux \u00ab confirme des retards importants dans les soins urgents \u00bb."
    )
    a = analyze_text(text, language="fr")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert (q.cue, q.speaker_text) == ("indique", "l\u2019agence Orvel")


def test_selon_opening_the_sentence_attributes_the_marks_in_it(analyze_text: Callable[..., Analysis]) -> None:
    # "Selon X, ..." is the source of the whole sentence; a "selon" opening the next sentence is not the quote's
    text = (
        "\u00ab Nous avons respecté toutes les règles de la navigation \u00bb, a affirmé Jean Roe.\n\n"
        "Selon le ministère de la défense, les pilotes ont \u00ab empêché le drone de violer les limites de la "
        "zone \u00bb."
    )
    assert speakers(analyze_text, text) == [
        ("Nous avons respecté", "Jean Roe"),
        ("empêché le drone de", "le ministère de la défense"),
    ]
    text = (
        "Le conseil s\u2019est réuni lundi. \u00ab Rien ne sera caché aux familles des victimes \u00bb.\n\n"
        "Selon Jean Roe, tout sera publié."
    )
    assert speakers(analyze_text, text) == [("Rien ne sera caché a", None)]


def test_an_adverb_between_auxiliary_and_participle(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "\u00ab Un incident s\u2019est produit, mais nous n\u2019avons pas de confirmation \u00bb, avait "
        "d\u2019abord souligné une source proche du dossier."
    )
    a = analyze_text(text, language="fr")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert (q.cue, q.speaker_text) == ("avait d\u2019abord souligné", "une source proche du dossier")


def test_italian_speech_verbs_a_relay_told_and_a_subject_the_verb_drops(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Una delle passeggere descrive il viaggio sul traghetto. "
        '"Le onde erano altissime e nessuno ci ha aiutato per ore", racconta. '
        'Un altro aggiunge: "Siamo rimasti sul ponte per tutta la notte". '
        'Il primo passeggero prosegue: "Alla fine siamo arrivati al porto, stremati", racconta a Reuters.'
    )
    a = analyze_text(text, language="it")
    found = [(q.speaker_text, [text[v.start : v.end] for v in q.via_refs]) for q in a.quotes if q.kind == "direct"]
    assert found == [
        ("Una delle passeggere", []),
        ("Un altro", []),
        ("Il primo passeggero", ["Reuters"]),
    ]
    # French keeps its pronoun: a verb after the marks with no subject names nobody
    fr = analyze_text("Le bateau a chaviré. \u00ab Nous avons tout perdu \u00bb, raconte.", language="fr")
    assert [q.speaker_text for q in fr.quotes if q.kind == "direct"] == [None]


def test_a_first_name_with_a_withheld_surname_keeps_the_initial_and_its_dot() -> None:
    got = {m.name: m.type for m in mentions("Le jeune homme de 17 ans, Maël B., est mort à Lerovo.")}
    assert got.get("Maël B.") == "PERSON"
    assert "Maël" not in got
    # a place a table knows opens no such name: "à Paris M. Roe" is a town and a man
    assert "Paris M." not in {m.name for m in mentions("Il vit à Paris M. Roe arrive demain.")}


def test_an_outlet_short_form_is_named_as_english_articles_name_it() -> None:
    got = {m.text: m.name for m in mentions("Selon l\u2019AFP, le conducteur a refusé de s'arrêter à Lerovo.")}
    assert got.get("AFP") == "Agence France-Presse"


def test_marks_further_on_in_the_que_clause_are_the_subjects_words(analyze_text: Callable[..., Analysis]) -> None:
    text = (
        "Invité sur le plateau, Jean Roe, préfet de la province, a expliqué que les agents avaient tenté une "
        "première fois d'arrêter la voiture, \u00ab qui ne s'est pas arrêtée du tout ce matin-là \u00bb.\n"
        "Anna Weiss a affirmé que la police avait parlé avec Paul Marek, \u00ab un homme très calme et poli \u00bb."
    )
    found = speakers(analyze_text, text)
    assert ("qui ne s'est pas arr", "Jean Roe") in found
    assert "Anna Weiss" not in [s for t, s in found if t.startswith("un homme")]


def test_a_fait_savoir_is_one_speech_verb(analyze_text: Callable[..., Analysis]) -> None:
    text = "Un troisième passager a pris la fuite, il est toujours \u00ab recherché \u00bb, a fait savoir la police."
    assert speakers(analyze_text, text) == [("recherché", "la police")]


def test_a_quote_that_carries_on_the_speaker_keeps_the_outlet_they_spoke_to(
    analyze_text: Callable[..., Analysis],
) -> None:
    text = (
        "\u00ab Mon client a agi dans le respect du droit ce matin-là \u00bb, a indiqué l\u2019avocat du policier, "
        "Me Jean Roe, à l\u2019AFP.\n\n"
        "\u00ab Cette décision, nous allons la contester par toutes les voies de droit \u00bb, a-t-il ajouté.\n\n"
        "\u00ab Nous ne céderons pas devant la menace \u00bb, a déclaré le ministre lundi."
    )
    a = analyze_text(text, language="fr")
    via = {q.text[:10]: [text[v.start : v.end] for v in q.via_refs] for q in a.quotes if q.kind == "direct"}
    assert via == {"Mon client": ["AFP"], "Cette déci": ["AFP"], "Nous ne cé": []}


def test_seats_of_power_are_named_as_english_news_names_them() -> None:
    assert found("De son côté, le Kremlin s'est dit préoccupé.") == [("Kremlin", "ORG")]
    assert [m.name for m in mentions("Selon la Maison-Blanche, rien. La Casa Blanca negó todo.")] == [
        "White House",
        "White House",
    ]
    assert [m.name for m in mentions("Laut dem Weißen Haus war es kein Angriff.")] == ["White House"]


def test_an_opener_and_a_reflexive_pronoun_are_no_part_of_the_speaker(analyze_text: Callable[..., Analysis]) -> None:
    got = speakers(
        analyze_text,
        "Vell a accusé Ostra mardi. De son côté, le Kremlin s'est dit \"extrêmement préoccupé\", estimant qu'il ne "
        'fallait exclure "aucune" hypothèse.',
    )
    assert ("extrêmement préoccup", "le Kremlin") in got
