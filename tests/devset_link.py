"""A development set for the cross-source view: five small corpora about contested events that are not in the
example corpus, written as outlets with opposing positions, with the answers known.

Each corpus lists its articles as (publication day, text) and what linking should find. A claim is named by
(article id, a fragment of its text); the matching claims are every claim of that article containing it.

Run ``PYTHONPATH=src python tests/devset_link.py`` to print the measures; tests/test_link_dev.py asserts them.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

Ref = tuple[str, str]


@dataclass(frozen=True)
class DevCorpus:
    name: str
    articles: tuple[tuple[str, str], ...]
    facts: tuple[tuple[Ref, Ref], ...] = ()  # the same proposition: should share a cluster
    conflicts: tuple[tuple[Ref, Ref, str], ...] = ()  # should be linked by "contradicts", why containing the word
    not_conflicts: tuple[tuple[Ref, Ref], ...] = ()  # must NOT be linked by "contradicts"
    stances: tuple[tuple[str, str, str], ...] = ()  # (article, fragment, stance)
    days: tuple[tuple[str, str, str], ...] = ()  # (day, article, fragment): a timeline entry of that day holds it
    evolutions: tuple[tuple[Ref, Ref, str, str], ...] = ()  # a contradiction whose evolution names both days
    duplicates: tuple[tuple[str, str, str], ...] = ()  # (article, article, near-duplicate | paraphrase)
    diffs: tuple[tuple[str, str, str, str], ...] = ()  # (article, article, detail kind, fragment in its text)
    # the cluster holding the claim: its number of independent origins (None: not checked), and the articles of
    # one of its origins (None: not checked)
    origins: tuple[tuple[Ref, int | None, tuple[str, ...] | None], ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


MISSILE = DevCorpus(
    name="missile",
    articles=(
        (
            "2022-11-16",
            "A missile landed on a grain dryer in the Polish village of Przewodow on November 15, killing two farm "
            "workers. The Polish Foreign Ministry said the missile was made in Russia. Four farm buildings were "
            "damaged "
            "in the blast. Investigators reportedly found fragments of an S-300 missile at the site. Polish President "
            "Andrzej Duda said there was no clear evidence of who fired the missile. About 30 firefighters worked "
            "through the night at the site. The village lies 6 kilometres from the border with Ukraine. Russia's "
            "Defence "
            "Ministry denied that Russian missiles struck targets near the Polish border.",
        ),
        (
            "2022-11-16",
            "A missile fell on the village of Przewodow in eastern Poland on November 15, killing two people. The "
            "Russian "
            "Defence Ministry said the missile was fired by Ukrainian air defence forces. Kyiv rejected claims that "
            "its "
            "air defence fired the missile. Western media allegedly rushed to blame Moscow for the explosion. The "
            "ministry said the fragments belonged to an S-300 missile of the Ukrainian air force. Markets in Warsaw "
            "fell "
            "by 2 percent after the news.",
        ),
        (
            "2022-11-17",
            "The missile that killed two farmers in Przewodow was launched by Russian forces, Ukrainian officials "
            "said. "
            "President Volodymyr Zelensky said on November 16 that the missile was not Ukrainian. Russia fired about "
            "90 "
            "missiles at Ukrainian cities on November 15. Ukraine demanded access to the site for its experts. "
            "Ukrainian "
            "officials said the missile could have been guided deliberately towards Poland.",
        ),
        (
            "2022-11-18",
            "NATO Secretary General Jens Stoltenberg said on November 16 that the blast was probably caused by a "
            "Ukrainian air defence missile. The missile killed two men at a grain facility in Przewodow. Stoltenberg "
            "said "
            "Russia bears ultimate responsibility for the war. Polish prosecutors opened an investigation on November "
            "17. "
            "The funeral of the two farm workers was held on November 19.",
        ),
    ),
    facts=(
        (("A1", "killing two farm workers"), ("A2", "killing two people")),
        (("A1", "killing two farm workers"), ("A4", "killed two men")),
        (("A1", "fragments of an S-300"), ("A2", "fragments belonged")),
    ),
    conflicts=(
        (("A2", "fired by Ukrainian air defence"), ("A3", "launched by Russian forces"), "who did it"),
        (("A2", "fired by Ukrainian air defence"), ("A2", "rejected claims"), "denial"),
    ),
    not_conflicts=(
        (("A1", "killing two farm workers"), ("A1", "30 firefighters")),
        (("A1", "killing two farm workers"), ("A3", "about 90")),
        (("A1", "killing two farm workers"), ("A1", "Four farm buildings")),
        (("A1", "6 kilometres"), ("A2", "2 percent")),
        (("A3", "on November 16"), ("A4", "on November 17")),
        (("A4", "on November 19"), ("A1", "on November 15")),
    ),
    stances=(
        ("A1", "killing two farm workers", "asserted"),
        ("A1", "was made in Russia", "attributed"),
        ("A1", "reportedly found", "hedged"),
        ("A1", "Russian missiles struck targets", "denied"),
        ("A2", "fired by Ukrainian air defence", "attributed"),
        ("A2", "rejected claims", "denied"),
        ("A2", "allegedly rushed", "hedged"),
        ("A3", "could have been guided", "hedged"),
        ("A4", "probably caused", "hedged"),
    ),
    days=(
        ("2022-11-15", "A1", "killing two farm workers"),
        ("2022-11-15", "A2", "killing two people"),
        ("2022-11-17", "A4", "opened an investigation"),
        ("2022-11-19", "A4", "funeral"),
    ),
)

TRAIN = DevCorpus(
    name="train",
    articles=(
        (
            "2024-03-03",
            "A passenger train derailed near the town of Valdora on March 2, killing 12 people. Another 30 passengers "
            "were injured in the crash, the regional health department said. The train was travelling at 120 "
            "kilometres "
            "an hour when it left the rails. The railway operator Nordline blamed a faulty signal for the crash. Five "
            "of "
            "the dead were children. Rescuers worked for 14 hours to free passengers from the wreckage. The line is "
            "expected to reopen on March 8.",
        ),
        (
            "2024-03-03",
            "The derailment near Valdora on March 2 killed 15 people, the railway workers' union said. The union "
            "blamed "
            "years of cuts to track maintenance for the crash. Nordline allegedly ignored warnings about the track. "
            "Nordline denied that it had ignored any warnings. The train carried 240 passengers.",
        ),
        (
            "2024-03-04",
            "A passenger train derailed near Valdora on March 1, the transport ministry said in a statement. The "
            "ministry said the train carried 240 passengers. Transport Minister Ilse Varga said the driver was not to "
            "blame. Prosecutors opened a criminal case on March 3.",
        ),
        (
            "2024-03-06",
            "The death toll from the derailment near Valdora rose on Wednesday. On March 5, the health department said "
            "17 "
            "people had died in the crash. The train carried 240 passengers, according to the transport ministry. "
            "Investigators said the signal box had been inspected in January.",
        ),
    ),
    facts=(
        (("A2", "carried 240 passengers"), ("A3", "carried 240 passengers")),
        (("A1", "derailed near the town of Valdora"), ("A3", "derailed near Valdora")),
    ),
    conflicts=(
        (("A1", "derailed near the town of Valdora"), ("A3", "derailed near Valdora"), "different days"),
        (("A2", "allegedly ignored"), ("A2", "it had ignored any warnings"), "denial"),
    ),
    not_conflicts=(
        (("A1", "killing 12 people"), ("A1", "30 passengers")),
        (("A1", "killing 12 people"), ("A1", "Five of the dead")),
        (("A1", "120 kilometres"), ("A1", "14 hours")),
        (("A1", "killing 12 people"), ("A2", "240 passengers")),
        (("A1", "reopen on March 8"), ("A1", "on March 2")),
        (("A3", "on March 3"), ("A1", "on March 2")),
    ),
    stances=(
        ("A1", "killing 12 people", "asserted"),
        ("A1", "30 passengers", "attributed"),
        ("A2", "killed 15 people", "attributed"),
        ("A2", "allegedly ignored", "hedged"),
        ("A2", "it had ignored any warnings", "denied"),
        ("A3", "driver was not to blame", "attributed"),
    ),
    days=(
        ("2024-03-02", "A1", "killing 12 people"),
        ("2024-03-02", "A2", "killed 15 people"),
        ("2024-03-01", "A3", "derailed near Valdora"),
        ("2024-03-03", "A3", "criminal case"),
        ("2024-03-05", "A4", "17"),
    ),
    # issue 17: a toll that grows from one day to the next is an evolution (an "evolves" relation naming both days),
    # not a conflict; 12 and 15 on one day, from sources the text does not name, are stages of one count. A count
    # in a sentence dated by the event's own day is the count known when the article went out (A1: March 3).
    evolutions=((("A1", "killing 12 people"), ("A4", "17"), "2024-03-03", "2024-03-05"),),
    origins=(
        (("A3", "carried 240 passengers"), 2, ("A3", "A4")),  # A2 on its own; A3 and A4 quote one ministry
    ),
)

BORDER = DevCorpus(
    name="border",
    articles=(
        (
            "2022-09-15",
            "Tajik border guards opened fire on a Kyrgyz border post in the Batken region on September 14. Kyrgyzstan "
            "accused Tajikistan of starting the clashes. The Kyrgyz Foreign Ministry said in a statement that 24 "
            "people "
            "were killed. About 130,000 residents were evacuated from the border villages. The two sides agreed a "
            "ceasefire on September 16.",
        ),
        (
            "2022-09-15",
            "Kyrgyz border guards opened fire on Tajik positions near the Vorukh enclave on September 14. Tajikistan "
            "accused Kyrgyzstan of starting the clashes. Dushanbe said Kyrgyz forces used drones to strike a school. "
            "Tajik officials rejected claims that their troops crossed the border. The Tajik side reported 35 dead.",
        ),
        (
            "2022-09-16",
            "Fighting broke out on the Kyrgyz-Tajik border on September 14, officials in both countries said. "
            "Kyrgyzstan "
            "accused Tajikistan of starting the clashes, according to a statement by the Kyrgyz Foreign Ministry. The "
            "Kyrgyz Foreign Ministry said that 24 people were killed. Russia offered to mediate between the two "
            "countries. The leaders of both countries met at a summit in Samarkand on September 16.",
        ),
        (
            "2022-09-16",
            "Fighting broke out on the Kyrgyz-Tajik border on September 14, officials in both countries said. "
            "Tajikistan "
            "accused Kyrgyzstan of starting the clashes, according to a statement by the Kyrgyz Foreign Ministry. The "
            "Kyrgyz Foreign Ministry said that 24 people were killed. Russia offered to mediate between the two "
            "nations. The leaders of both countries met at a summit in Samarkand on September 16.",
        ),
    ),
    facts=(
        (("A1", "24 people were killed"), ("A3", "24 people were killed")),
        (("A1", "accused Tajikistan"), ("A3", "accused Tajikistan")),
    ),
    conflicts=(
        (("A1", "Tajik border guards opened fire"), ("A2", "Kyrgyz border guards opened fire"), "who did it"),
        (("A1", "accused Tajikistan"), ("A2", "accused Kyrgyzstan"), "reversed"),
        (("A3", "accused Tajikistan"), ("A4", "accused Kyrgyzstan"), "reversed"),
        (("A1", "accused Tajikistan"), ("A4", "accused Kyrgyzstan"), "reversed"),
        (("A2", "accused Kyrgyzstan"), ("A3", "accused Tajikistan"), "reversed"),
    ),
    not_conflicts=(
        (("A1", "24 people were killed"), ("A1", "130,000 residents")),
        (("A1", "ceasefire on September 16"), ("A1", "on September 14")),
        (("A3", "summit in Samarkand"), ("A3", "broke out")),
    ),
    stances=(
        ("A1", "Tajik border guards opened fire", "asserted"),
        ("A1", "24 people were killed", "attributed"),
        ("A2", "rejected claims that their troops", "denied"),
        ("A2", "used drones", "attributed"),
    ),
    days=(
        ("2022-09-14", "A1", "Tajik border guards opened fire"),
        ("2022-09-14", "A2", "Kyrgyz border guards opened fire"),
        ("2022-09-16", "A1", "ceasefire"),
        ("2022-09-16", "A3", "Samarkand"),
    ),
    duplicates=(("A3", "A4", "paraphrase"),),
    diffs=(("A3", "A4", "changed", "Tajikistan accused Kyrgyzstan"),),
    origins=(
        (("A1", "24 people were killed"), 1, ("A1", "A3", "A4")),  # one ministry statement, reprinted
    ),
)

CABLE = DevCorpus(
    name="cable",
    articles=(
        (
            "2023-10-11",
            "The Balticconnector gas pipeline between Finland and Estonia was damaged on October 8. Finnish "
            "investigators "
            "said the Chinese container ship Newnew Polar Bear dragged its anchor across the pipeline. The ship was "
            "heading to Arkhangelsk. Divers found a 6-tonne anchor on the seabed 2 kilometres from the pipe. The "
            "repairs "
            "will take five months.",
        ),
        (
            "2023-10-12",
            "China denied that its ship damaged the pipeline. The Balticconnector pipeline was damaged on October 10, "
            "the Chinese foreign ministry said. The Newnew Polar Bear was sailing to Saint Petersburg at the time, a "
            "shipping company spokesman said. The ship's crew of 21 sailors was safe.",
        ),
        (
            "2023-10-20",
            "Finnish police said the Newnew Polar Bear dragged its anchor across the Balticconnector pipeline. The "
            "pipeline was damaged on October 8, Finnish police said. Gas prices in Europe rose by 12 percent after the "
            "damage. Estonia said a telecommunications cable was also damaged on October 8.",
        ),
    ),
    facts=(
        (("A1", "dragged its anchor"), ("A3", "dragged its anchor")),
        (("A1", "was damaged on October 8"), ("A3", "damaged on October 8")),
    ),
    conflicts=(
        (("A1", "was damaged on October 8"), ("A2", "damaged on October 10"), "different days"),
        (("A1", "heading to Arkhangelsk"), ("A2", "sailing to Saint Petersburg"), "destination"),
        (("A2", "damaged on October 10"), ("A3", "damaged on October 8"), "different days"),
    ),
    not_conflicts=(
        (("A1", "6-tonne"), ("A1", "2 kilometres")),
        (("A2", "21 sailors"), ("A3", "12 percent")),
        (("A1", "five months"), ("A2", "21 sailors")),
    ),
    stances=(
        ("A1", "was damaged on October 8", "asserted"),
        ("A1", "dragged its anchor", "attributed"),
        ("A2", "its ship damaged the pipeline", "denied"),
        ("A2", "sailing to Saint Petersburg", "attributed"),
    ),
    days=(
        ("2023-10-08", "A1", "was damaged on October 8"),
        ("2023-10-10", "A2", "damaged on October 10"),
        ("2023-10-08", "A3", "damaged on October 8"),
    ),
)

DAM = DevCorpus(
    name="dam",
    articles=(
        (
            "2023-06-06",
            "Russian forces blew up the Kakhovka dam on the Dnipro river on June 6, Ukrainian officials said. About 80 "
            "settlements are at risk of flooding. The regional governor said 16,000 people live in the critical zone. "
            "The type of explosive has not been established. The United Nations called the destruction a monstrous "
            "consequence of the war.",
        ),
        (
            "2023-06-06",
            "Ukrainian forces destroyed the Kakhovka dam on June 6 with artillery strikes, the Russian-installed mayor "
            "of Nova Kakhovka said. Moscow rejected accusations that its troops blew up the dam. The mayor said about "
            "900 people were evacuated. The dam may have collapsed because of earlier damage.",
        ),
        (
            "2023-06-07",
            "Russian forces blew up the Kakhovka dam on the Dnipro river on June 6, Ukrainian officials said. About 80 "
            "settlements are at risk of flooding. The regional governor said 16,000 people live in the critical zone. "
            "The type of explosive has not been established. The United Nations called the destruction a monstrous "
            "consequence of the war. Shelling continued in Kherson on Wednesday.",
        ),
        (
            "2023-06-16",
            "Engineers said the Kakhovka dam was destroyed by an explosion inside its structure. The water level in "
            "the reservoir fell by 5 metres in three days. Flooding killed at least 52 people in the region, officials "
            "said on June 15.",
        ),
    ),
    facts=((("A1", "Russian forces blew up"), ("A3", "Russian forces blew up")),),
    conflicts=(
        (("A1", "Russian forces blew up"), ("A2", "Ukrainian forces destroyed"), "who did it"),
        (("A3", "Russian forces blew up"), ("A2", "Ukrainian forces destroyed"), "who did it"),
        # Moscow's denial of the accusation against the accusation itself (a conflict this corpus did not list)
        (("A1", "Russian forces blew up"), ("A2", "Moscow rejected accusations"), "who did it"),
        (("A3", "Russian forces blew up"), ("A2", "Moscow rejected accusations"), "who did it"),
    ),
    not_conflicts=(
        (("A1", "16,000 people"), ("A2", "900 people")),
        (("A1", "80 settlements"), ("A4", "5 metres")),
        (("A1", "16,000 people"), ("A4", "at least 52 people")),
    ),
    stances=(
        ("A1", "Russian forces blew up", "attributed"),
        ("A1", "80 settlements", "asserted"),
        ("A2", "rejected accusations", "denied"),
        ("A2", "may have collapsed", "hedged"),
    ),
    days=(
        ("2023-06-06", "A1", "Russian forces blew up"),
        ("2023-06-06", "A2", "Ukrainian forces destroyed"),
        ("2023-06-15", "A4", "at least 52"),
    ),
    duplicates=(("A1", "A3", "near-duplicate"),),
    origins=(
        (("A1", "Russian forces blew up"), None, ("A1", "A3")),  # a near-copy counts once
    ),
)

CORPORA = (MISSILE, TRAIN, BORDER, CABLE, DAM)


def build(corpus: DevCorpus, root: Path):  # type: ignore[no-untyped-def]
    import rashomon

    for i, (day, text) in enumerate(corpus.articles, start=1):
        (root / f"{i:02d}.txt").write_text(
            f"url: https://n{i}.example/{day.replace('-', '/')}/story\n---\n{text}", encoding="utf-8"
        )
    return rashomon.analyze([root])


def claims_at(ledger, ref: Ref) -> list:  # type: ignore[no-untyped-def]
    article, fragment = ref
    return [c for c in ledger.claims if c.article == article and fragment in c.text]


def _overlap_ids(ledger, ref: Ref) -> set[str]:  # type: ignore[no-untyped-def]
    """The claims the fragment names and every claim overlapping them (a sentence and its clauses)."""
    found = claims_at(ledger, ref)
    return {c.id for c in ledger.claims for f in found if c.article == f.article and c.span.overlaps(f.span)}


def relation_between(ledger, a: Ref, b: Ref, kind: str = "contradicts"):  # type: ignore[no-untyped-def]
    """The relation joining the two claims: as its two ends, or, for a dispute shown once (compare.py), as members of
    its two sides (the ``side`` details list every article and claim giving each answer)."""
    ia, ib = _overlap_ids(ledger, a), _overlap_ids(ledger, b)
    for r in ledger.relations:
        if r.type != kind:
            continue
        if (r.a in ia and r.b in ib) or (r.a in ib and r.b in ia):
            return r
        sides = [side_claims(text) for k, text in r.details if k == "side"]
        if any(x & ia and y & ib for x in sides for y in sides if x is not y):
            return r
    return None


def side_claims(text: str) -> set[str]:
    """``"Chile: A1 C3, A4 C9"`` -> ``{"C3", "C9"}``: the claims one side of a dispute holds."""
    _value, _, told = text.rpartition(": ")
    return {t.split()[-1] for t in told.split(", ") if t.strip()}


def clustered(ledger, a: Ref, b: Ref) -> bool:  # type: ignore[no-untyped-def]
    ka = {c.cluster for c in claims_at(ledger, a) if c.cluster}
    kb = {c.cluster for c in claims_at(ledger, b) if c.cluster}
    return bool(ka & kb)


def stance_of(ledger, article: str, fragment: str) -> str | None:  # type: ignore[no-untyped-def]
    found = claims_at(ledger, (article, fragment))
    return min(found, key=lambda c: len(c.text)).stance if found else None


def on_day(ledger, day: str, article: str, fragment: str) -> bool:  # type: ignore[no-untyped-def]
    ids = {c.id for c in claims_at(ledger, (article, fragment))}
    return any(t.date == day and ids & set(t.claims) for t in ledger.timeline)


def measure(corpus: DevCorpus, ledger) -> dict[str, list]:  # type: ignore[no-untyped-def]
    """Per measure, a list of (item, ok) pairs; "false" lists the contradictions no gold conflict accounts for."""
    out: dict[str, list] = {
        k: []
        for k in ("facts", "conflicts", "not", "stance", "days", "evolution", "duplicates", "diffs", "origins", "false")
    }
    for a, b in corpus.facts:
        out["facts"].append(((a, b), clustered(ledger, a, b)))
    gold_rel = []
    for a, b, word in corpus.conflicts:
        r = relation_between(ledger, a, b)
        gold_rel.append(r)
        out["conflicts"].append(((a, b, word), r is not None and word in r.why))
    for a, b in corpus.not_conflicts:
        out["not"].append(((a, b), relation_between(ledger, a, b) is None))
    for article, fragment, stance in corpus.stances:
        got = stance_of(ledger, article, fragment)
        out["stance"].append(((article, fragment, stance, got), got == stance))
    for day, article, fragment in corpus.days:
        out["days"].append(((day, article, fragment), on_day(ledger, day, article, fragment)))
    for a, b, d1, d2 in corpus.evolutions:
        r = relation_between(ledger, a, b, "evolves") or relation_between(ledger, a, b)
        evo = dict(r.details).get("evolution", "") if r is not None else ""
        out["evolution"].append(((a, b), d1 in evo and d2 in evo and evo.index(d1) < evo.index(d2)))
    for x, y, kind in corpus.duplicates:
        out["duplicates"].append(((x, y, kind), any(r.type == kind and {r.a, r.b} == {x, y} for r in ledger.relations)))
    for x, y, kind, fragment in corpus.diffs:
        ok = any(
            r.type in ("paraphrase", "near-duplicate")
            and {r.a, r.b} == {x, y}
            and any(k == kind and fragment in t for k, t in r.details)
            for r in ledger.relations
        )
        out["diffs"].append(((x, y, kind, fragment), ok))
    for ref, n, arts in corpus.origins:
        ks = {c.cluster for c in claims_at(ledger, ref) if c.cluster}
        got = [(k.independent, [o.articles for o in k.origins]) for k in ledger.clusters if k.id in ks]
        ok = any((n is None or i == n) and (arts is None or arts in origins) for i, origins in got)
        out["origins"].append(((ref, n, arts, got), ok))
    explained = {id(r) for r in gold_rel if r is not None}
    by_id = {c.id: c for c in ledger.claims}
    for r in ledger.relations:
        if r.type == "contradicts" and id(r) not in explained:
            out["false"].append(((by_id[r.a].text[:60], by_id[r.b].text[:60], r.why[:80]), False))
    return out


def report(corpora: tuple[DevCorpus, ...] | None = None) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {}
    for corpus in corpora or CORPORA:
        with tempfile.TemporaryDirectory() as tmp:
            result = measure(corpus, build(corpus, Path(tmp)))
        for key, items in result.items():
            t = totals.setdefault(key, [0, 0])
            t[0] += sum(ok for _, ok in items)
            t[1] += len(items)
            for item, ok in items:
                if not ok:
                    print(f"  {corpus.name:8s} {key:10s} FAIL {item}")
    for key, (ok, n) in totals.items():
        print(f"{key:10s} {ok}/{n}" if key != "false" else f"{key:10s} {n} unexplained contradictions")
    return {k: (v[0], v[1]) for k, v in totals.items()}


# ---------------------------------------------------------------- held out: written after the fixes, measured once

HOSPITAL = DevCorpus(
    name="hospital",
    articles=(
        (
            "2023-10-18",
            "An explosion hit the courtyard of the Al-Ahli hospital in Gaza City on October 17. The Gaza health "
            "ministry said 471 people were killed in the blast. Hamas blamed an Israeli air strike for the explosion. "
            "Israel denied that its aircraft struck the hospital. Hundreds of displaced families were sheltering at "
            "the "
            "site.",
        ),
        (
            "2023-10-18",
            "The Israeli military said a rocket launched by Islamic Jihad militants hit the Al-Ahli hospital on "
            "October 17. Islamic Jihad rejected the accusation. The army said the rocket misfired shortly after "
            "launch. "
            "The car park of the hospital was damaged, the army said. Israel's army released intercepted audio on "
            "October 18.",
        ),
        (
            "2023-10-21",
            "Western intelligence agencies estimated that between 100 and 300 people were killed at the Al-Ahli "
            "hospital. The blast on October 17 was probably caused by a misfired rocket, according to the agencies. "
            "The hospital had treated about 80 patients a day before the war. A vigil was held in Ramallah on "
            "October 19.",
        ),
        (
            "2023-10-18",
            "Взрыв произошёл во дворе больницы аль-Ахли в Газе 17 октября. Министерство здравоохранения Газы заявило, "
            "что погиб 471 человек.",
        ),
    ),
    facts=((("A1", "471 people were killed"), ("A4", "погиб 471 человек")),),
    conflicts=(
        (("A1", "471 people were killed"), ("A3", "between 100 and 300"), "people"),
        (("A1", "Israeli air strike"), ("A2", "launched by Islamic Jihad"), ""),
        (("A2", "launched by Islamic Jihad"), ("A2", "rejected the accusation"), "denial"),  # missed in first gold
    ),
    not_conflicts=(
        (("A1", "471 people were killed"), ("A3", "80 patients")),
        (("A2", "on October 18"), ("A1", "on October 17")),
        (("A3", "vigil was held"), ("A1", "on October 17")),
    ),
    stances=(
        ("A1", "471 people were killed", "attributed"),
        ("A1", "its aircraft struck the hospital", "denied"),
        ("A2", "rejected the accusation", "denied"),
        ("A3", "probably caused", "hedged"),
        ("A1", "Hundreds of displaced families", "asserted"),
        ("A4", "погиб 471 человек", "attributed"),
        ("A4", "Взрыв произошёл", "asserted"),
    ),
    days=(
        ("2023-10-17", "A1", "explosion hit"),
        ("2023-10-17", "A2", "launched by Islamic Jihad"),
        ("2023-10-19", "A3", "vigil"),
    ),
)

FERRY = DevCorpus(
    name="ferry",
    articles=(
        (
            "2024-05-12",
            "A ferry sank off the island of Korsa on May 11, killing 9 passengers. The coast guard said 40 people were "
            "rescued. The ferry was sailing to the port of Lindvik. The owner of the ferry, Baltline, said the vessel "
            "had passed an inspection in April.",
        ),
        (
            "2024-05-12",
            "Nine passengers died when a ferry went down off Korsa on May 11, the coast guard said. The ferry was "
            "heading to the port of Ostrand, according to relatives. Baltline allegedly overloaded the ferry. Baltline "
            "denied that the ferry was overloaded.",
        ),
        (
            "2024-05-15",
            "On May 14, the coast guard said 14 passengers had died in the sinking. Divers recovered 5 more bodies "
            "from the wreck. The ferry sank on May 10, the local newspaper reported. Baltline said the vessel had "
            "passed an inspection in April.",
        ),
    ),
    facts=(
        (("A1", "killing 9 passengers"), ("A2", "Nine passengers died")),
        (("A1", "passed an inspection"), ("A3", "passed an inspection")),
    ),
    conflicts=(
        (("A1", "sailing to the port of Lindvik"), ("A2", "heading to the port of Ostrand"), "destination"),
        (("A2", "allegedly overloaded"), ("A2", "the ferry was overloaded"), "denial"),
        (("A1", "sank off the island"), ("A3", "sank on May 10"), "different days"),
    ),
    not_conflicts=(
        (("A1", "killing 9 passengers"), ("A1", "40 people were rescued")),
        (("A3", "14 passengers"), ("A3", "5 more bodies")),
    ),
    stances=(
        ("A1", "killing 9 passengers", "asserted"),
        ("A2", "allegedly overloaded", "hedged"),
        ("A2", "the ferry was overloaded", "denied"),
        ("A3", "14 passengers had died", "attributed"),
    ),
    days=(
        ("2024-05-11", "A1", "killing 9 passengers"),
        ("2024-05-14", "A3", "14 passengers"),
        ("2024-05-10", "A3", "sank on May 10"),
    ),
    # issue 17: the toll rose from 9 to 14 over three days: an evolution, not a conflict
    evolutions=((("A1", "killing 9 passengers"), ("A3", "14 passengers had died"), "2024-05-11", "2024-05-14"),),
    origins=(
        (("A1", "passed an inspection"), 1, ("A1", "A3")),  # one company's word
    ),
)

HELDOUT = (HOSPITAL, FERRY)


if __name__ == "__main__":
    sys.exit(report(HELDOUT if sys.argv[1:] == ["heldout"] else CORPORA) and 0)
