"""Questions an event raises, and each source's answer, read from the claims scoped to the event.

A fact-checker asks of an event: who did it, with what, how many were killed or
injured (and as of when), was it deliberate, where was the transport going and
what did it carry. Each answer keeps the claim and the words that give it, the
stance the article takes (asserted, attributed, hedged, denied), and its origin:
the first named source of the relay chain (``origin_of``), not the outlet that
repeated it. Comparing answers is ``compare.py``'s job.

Not an answer: a counterfactual (``if X had targeted Y``), a question, an
interception (``air defence fired at an incoming missile`` says who defended,
not who attacked), a retaliation (``in response to``: another act), a number
said to be a projection (``could reach``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..casualties import CUMULATIVE, OUTCOMES, PEOPLE, TOLL_NOUNS, outcome_near
from ..data.equipment import is_aircraft
from ..data.nouns import NOUN_CLASSES
from ..model import Answer, Entity, Frame, Quantity, Span
from .events import Scope
from .views import ClaimView

LABELS = {
    "agent": "who did it",
    "means": "with what (weapon or instrument)",
    "toll_killed": "how many were killed",
    "toll_injured": "how many were injured",
    "toll_missing": "how many are missing",
    "intent": "deliberate, accident or staged",
    "winner": "who won",
    "share": "share of the vote",
    "integrity": "was the vote clean",
    "destination": "where the transport was going",
    "cargo": "what the transport carried",
    "when": "on what day it happened",
}
ORDER = tuple(LABELS)

COUNTERFACTUAL = re.compile(r"\b(?:if|had)\b[^.]{0,80}\bhad\b|\bwould have\b|\bcould have been avoided\b", re.I)
RETALIATION = re.compile(r"\b(?:in response to|in retaliation|retaliat\w*|in revenge|responded to)\b", re.I)
# an interception: the act is aimed at a projectile, so its agent defended
DEFENCE = re.compile(
    r"\b(?:intercept\w*|air[- ]defen[cs]e|shot down (?:an? )?(?:incoming )?(?:missile|drone|rocket)s?|"
    r"incoming (?:missile|drone|rocket)s?)\b",
    re.I,
)
PROJECTION = re.compile(
    r"\b(?:could|may|might|would|is expected to|are expected to|is likely to|feared to|threatens to) "
    r"(?:reach|rise|climb|exceed|grow|increase|top|surpass)\b|\b(?:projected|forecast|estimates? suggest)\b",
    re.I,
)
# a count said to have changed: the later number is an update, not a rival account
ROSE = re.compile(
    r"\b(?:rose|risen|rising|climbed|grew|grown|increased|jumped|went up|revised|updated|initially|at first|"
    r"earlier (?:reported|said|put)|has now|now stands|now at|latest (?:toll|figure|count)|up from|from \d[\d,]* to)\b",
    re.I,
)
# a number counting part of the toll ("12 of them", "including 5 children") or another place's
PARTIAL = re.compile(r"^\s*(?:of|among)\b|\bincluding\s*$", re.I)
ELSEWHERE = re.compile(r"\b(?:elsewhere|across the country|nationwide|in other (?:regions|areas|parts))\b", re.I)
MISSING = frozenset({"missing", "unaccounted", "disappeared"})
GENERAL_COUNTED = frozenset(
    {
        "people",
        "person",
        "persons",
        "dead",
        "victims",
        "victim",
        "lives",
        "deaths",
        "fatalities",
        "toll",
        "casualties",
        "others",
        "injured",
        "wounded",
        "missing",
        "bodies",
    }
)
# negative modality: the claim says the answer is not so ("unlikely", "no evidence that")
UNLIKELY = re.compile(
    r"\b(?:unlikely|no (?:conclusive )?evidence|not (?:clear|known|established) (?:that|whether|who))\b", re.I
)
INTENT = {
    "deliberate": re.compile(
        r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|on purpose|premeditated|targeted attack)\b", re.I
    ),
    "accident": re.compile(
        r"\b(?:accident(?:al|ally)?|by mistake|mistaken(?:ly)?|in error|technical (?:failure|fault|"
        r"malfunction)|malfunction\w*|stray)\b",
        re.I,
    ),
    "staged": re.compile(r"\b(?:staged|provocation|false[- ]flag|fabricat\w+|hoax)\b", re.I),
}
INTEGRITY = {
    "fraudulent": re.compile(r"\b(?:fraud\w*|rigged|stolen|falsif\w+|manipulat\w+|irregularit\w+)\b", re.I),
    "clean": re.compile(r"\b(?:free and fair|transparent|clean|legitimate|credible|fair)\b", re.I),
}
WON = re.compile(r"\b(?:won|wins|winning|winner|victory|victorious|re-?elected|defeated|beat|triumph\w*)\b", re.I)
_UNKNOWN_AGENTS = frozenset(
    {"who", "whoever", "someone", "somebody", "anyone", "anybody", "which", "what", "it", "they", "unknown", "nobody"}
)
_WEAPON_NOUNS = NOUN_CLASSES["weapons"]


@dataclass(frozen=True, slots=True)
class Found:
    """An answer before ids: the question kind, the view it came from, and the answer."""

    kind: str
    view: int
    answer: Answer
    head: str = ""  # for counts: what is counted, normalised ("people", "children")


def origin_of(view: ClaimView, names: dict[str, Entity]) -> str | None:
    """The first named source of the relay chain: who the claim is attributed to; else the first agency that
    relays it (``TASS quotes ...``); None when the outlet speaks for itself. One place to improve as relay chains
    (``via``) get richer."""
    if view.speaker and view.speaker in names:
        return view.speaker
    for e in view.via:
        if e in names:
            return e
    return None


def find_answers(views: Sequence[ClaimView], scope: Scope, entities: Sequence[Entity]) -> list[Found]:
    """Every answer any claim gives to a question about the event it is scoped to."""
    names = {e.id: e for e in entities}
    mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in entities:
        if e.type in ("EQUIPMENT", "PERSON"):
            for m in e.mentions:
                mentions[m.article].append((m.start, m.end, e.id))
    out: list[Found] = []
    for k, v in enumerate(views):
        if scope.event_of[k] is None or v.nested and not v.frames:
            continue
        text = v.claim.text
        if "?" in text or COUNTERFACTUAL.search(text):
            continue
        stance = _stance(v)
        origin = origin_of(v, names)
        as_of = v.day if v.day else (v.published.isoformat() if v.published else None)
        base = {"claim": v.claim.id, "article": v.article, "origin": origin}
        out.extend(_acts(k, v, stance, base, names))
        out.extend(_counts(k, v, stance, base, as_of))
        out.extend(_intent(k, v, stance, base))
        inside = [m for m in mentions.get(v.article, ()) if v.claim.span.start <= m[0] and m[1] <= v.claim.span.end]
        out.extend(_equipment(k, v, stance, base, inside, names, out))
        out.extend(_vote(k, v, stance, base, inside, names))
    return out


def _equipment(
    k: int,
    v: ClaimView,
    stance: str,
    base: dict[str, str | None],
    inside: list[tuple[int, int, str]],
    names: dict[str, Entity],
    found: list[Found],
) -> list[Found]:
    """A named weapon in a claim about the act (``hit by Tochka-U``, ``an Iskander was used``) answers "with
    what", whatever the parse made of its role."""
    if not any(f.kind in ("attack", "use") for f in v.frames) and not v.words & _WEAPON_NOUNS:
        return []
    if any(f.kind == "use" and f.negated for f in v.frames):
        return []  # "X does not use Y": about X's arsenal, not about the act
    have = {x.answer.entity for x in found if x.view == k and x.kind == "means"}
    hit = {v.roles.get((n, r)) for n, _f in enumerate(v.frames) for r in ("patient", "cargo", "vehicle")}
    named: dict[str, Span] = {}
    for start, end, eid in inside:
        if names[eid].type == "EQUIPMENT" and eid not in have and eid not in hit and not _craft(names[eid]):
            named.setdefault(eid, Span(start, end))
    if not named:
        return []
    if len(named) > 1:  # "a MIM-104A missile of the Patriot system": one weapon named twice, compatible with both
        value = " / ".join(sorted({names[e].name for e in named}))
        span = Span(min(s.start for s in named.values()), max(s.end for s in named.values()))
        return [_found("means", k, value, span, stance, base, None)]
    eid, span = next(iter(named.items()))
    return [_found("means", k, names[eid].name, span, stance, base, eid)]


def _craft(entity: Entity) -> bool:
    """An aircraft, ship or vehicle named as equipment: what was hit or carried, not what hit it."""
    words = {w.casefold() for name in (entity.name, *entity.aliases) for w in name.split()}
    return is_aircraft(entity.name) or bool(words & _CRAFT_WORDS)


_CRAFT_WORDS = NOUN_CLASSES["aircraft"] | {"ship", "vessel", "ferry", "tanker", "train", "bus", "truck"}


def _vote(
    k: int,
    v: ClaimView,
    stance: str,
    base: dict[str, str | None],
    inside: list[tuple[int, int, str]],
    names: dict[str, Entity],
) -> list[Found]:
    """Who won, each candidate's share, and whether the vote was clean: a person named next to a win word, a
    percentage after a person's name, a word for fraud or for fairness."""
    out: list[Found] = []
    text, start = v.claim.text, v.claim.span.start
    people = sorted((s, e, eid) for s, e, eid in inside if names[eid].type == "PERSON")
    won = WON.search(text)
    if won is not None and people:
        at = start + won.start()
        before = [p for p in people if p[1] <= at]
        person = before[-1] if before else people[0]
        if "defeat" in won.group(0).casefold() or "beat" in won.group(0).casefold():
            person = before[-1] if before else person
        out.append(_found("winner", k, names[person[2]].name, Span(person[0], person[1]), stance, base, person[2]))
    for q in v.quantities:
        if q.unit != "%" or q.value is None or not people:
            continue
        before = [p for p in people if p[1] <= q.span.start]
        after = [p for p in people if q.span.end <= p[0] <= q.span.end + _FOR_AFTER]
        if after and re.match(r"\W*(?:for|pour|для|за)\b", text[q.span.end - start :], re.I):
            person = after[0]  # "44.2% for González"
        elif before:
            person = before[-1]
        else:
            continue
        answer = Answer(
            value=f"{q.text}",
            entity=person[2],
            claim=base["claim"] or "",
            article=base["article"] or "",
            span=q.span,
            stance=stance,
            origin=base["origin"],
            number=float(q.value),
            qualifier=q.qualifier,
        )
        out.append(Found("share", k, answer, names[person[2]].name))
    if v.words & _VOTE_WORDS:
        for value, pattern in INTEGRITY.items():
            m = pattern.search(text)
            if m is not None:
                negated = bool(re.search(r"\b(?:not|no|never|neither|nor)\b[^.,;]{0,25}$", text[: m.start()]))
                span = Span(start + m.start(), start + m.end())
                out.append(_found("integrity", k, value, span, "denied" if negated else stance, base, None))
    return out


_FOR_AFTER = 30  # characters between a share and the candidate it is "for"
_VOTE_WORDS = frozenset(
    {
        "election",
        "elections",
        "vote",
        "votes",
        "voting",
        "ballot",
        "ballots",
        "poll",
        "polls",
        "count",
        "tally",
        "results",
        "result",
    }
)


def _stance(v: ClaimView) -> str:
    """The claim's stance, with negative modality read as a denial (``it is unlikely that X fired``)."""
    if v.claim.stance != "denied" and UNLIKELY.search(v.claim.text):
        return "denied"
    return v.claim.stance


def _acts(k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity]) -> list[Found]:
    out: list[Found] = []
    text = v.claim.text
    for n, f in enumerate(v.frames):
        if f.kind == "attack" and not RETALIATION.search(text):
            if _defence(f, text):
                continue
            agent = f.role("agent")
            side = v.side.get((n, "agent"))
            entity = v.roles.get((n, "agent"))
            if agent is not None and _party(agent.text, side, entity, names) and _agent_placed(v, f, agent.span):
                value = side or names[entity].name  # type: ignore[index]
                denied = stance == "denied" or f.negated
                out.append(_found("agent", k, value, agent.span, "denied" if denied else stance, base, entity))
            instrument = f.role("instrument")
            if instrument is not None and not f.negated:
                entity = v.roles.get((n, "instrument"))
                equipment = entity if entity and names.get(entity) and names[entity].type == "EQUIPMENT" else None
                value = names[equipment].name if equipment else _head_phrase(instrument.text)
                if value:
                    out.append(_found("means", k, value, instrument.span, stance, base, equipment))
        elif f.kind == "admit" and f.negated:
            patient = f.role("patient")
            side = v.side.get((n, "agent"))
            if (
                side
                and patient is not None
                and patient.text.casefold().split()[-1] in ("responsibility", "involvement")
            ):
                out.append(_found("agent", k, side, patient.span, "denied", base, v.roles.get((n, "agent"))))
        elif f.kind == "transport" and not f.negated:
            for role in ("destination", "cargo"):
                r = f.role(role)
                if r is not None:
                    out.append(_found(role, k, " ".join(r.text.split()), r.span, stance, base, v.roles.get((n, role))))
    return out


def _agent_placed(v: ClaimView, f: Frame, agent: Span) -> bool:
    """The agent stands where an agent can: before its verb (``X fired``), or after ``by`` (``fired by X``); a
    noun after the verb's word is something else (``the forces' strike on the plane, the West ...``)."""
    text, start = v.claim.text, v.claim.span.start
    if not v.claim.span.contains(agent):
        return True  # the parse took it from the sentence around the clause: trust it
    if re.search(r"\bby\s*$", text[: agent.start - start]):
        return True
    stem = f.predicate.split()[0][:4].casefold()
    at = text.casefold().find(stem)
    return at < 0 or agent.start - start < at


def _party(text: str, side: str | None, entity: str | None, names: dict[str, Entity]) -> bool:
    """An agent that names a party (a country's side, or a named person, group or state), not a weapon
    (``missiles fired from X``: the missile is the means) nor a pronoun."""
    head = text.casefold().split()[-1].strip(".,")
    if head in _UNKNOWN_AGENTS:
        return False
    if side:
        return True
    return bool(entity and entity in names and names[entity].type in _PARTIES and head not in _WEAPON_NOUNS)


_PARTIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _defence(f: Frame, text: str) -> bool:
    """The act was aimed at a projectile (an interception), so its agent defended rather than attacked."""
    if f.predicate in ("intercept",):
        return True
    patient = f.role("patient")
    if patient is not None and patient.text.casefold().split()[-1].strip(".,") in _WEAPON_NOUNS:
        return True
    return f.role("agent") is not None and bool(DEFENCE.search(f.role("agent").text))  # type: ignore[union-attr]


def _head_phrase(text: str) -> str:
    words = [w.strip(".,\"'") for w in text.split()]
    words = [w for w in words if w.casefold() not in ("a", "an", "the", "its", "their", "his", "her")]
    return " ".join(words[-3:])


def _counts(k: int, v: ClaimView, stance: str, base: dict[str, str | None], as_of: str | None) -> list[Found]:
    text = v.claim.text
    if CUMULATIVE.search(text) or stance == "denied":
        return []
    out: list[Found] = []
    outcomes = {name for name, words in OUTCOMES.items() if v.words & words}
    missing = bool(v.words & MISSING)
    rose = bool(ROSE.search(text))
    projected = bool(PROJECTION.search(text))
    elsewhere = bool(ELSEWHERE.search(text))
    for q in v.quantities:
        if q.value is None or q.unit or not q.counts:
            continue
        rel_start, rel_end = q.span.start - v.claim.span.start, q.span.end - v.claim.span.start
        head = _counted(q)
        if head is None:
            continue
        outcome = outcome_near(text, rel_start, rel_end)
        if outcome is None and missing and _near(text, rel_start, rel_end, MISSING):
            outcome = "missing"
        if outcome is None and len(outcomes) == 1 and head in GENERAL_COUNTED:
            outcome = next(iter(outcomes))
        if outcome is None:
            continue
        after = text[rel_end:][:14]
        before = text[:rel_start][-12:]
        note = None
        if projected:
            note = "projection"
        elif PARTIAL.search(after) or PARTIAL.search(before):
            note = "partial"
        elif elsewhere:
            note = "elsewhere"
        elif rose:
            note = "updated"
        kind = {"dead": "toll_killed", "injured": "toll_injured", "missing": "toll_missing"}[outcome]
        answer = Answer(
            value=" ".join(f"{q.qualifier or ''} {q.text} {head}".split()),
            claim=base["claim"] or "",
            article=base["article"] or "",
            span=q.span,
            stance=stance,
            origin=base["origin"],
            as_of=as_of,
            number=float(q.value),
            qualifier=q.qualifier,
            note=note,
        )
        out.append(Found(kind, k, answer, head))
    return out


def _counted(q: Quantity) -> str | None:
    """What a count counts, as one word (``people`` for people, victims, the dead ...); None when not people."""
    words = [w.strip(".,").casefold() for w in (q.counts or "").split()]
    if not words:
        return None
    last = words[-1]
    if last in ("other", "more", "one", "them", "those"):
        return None
    if last in GENERAL_COUNTED or " ".join(words[-2:]) in TOLL_NOUNS or last in TOLL_NOUNS:
        return "people"
    if last in PEOPLE or last.rstrip("s") in PEOPLE:
        return last if last.endswith("s") or last in PEOPLE else last + "s"
    return None


def _near(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    window = re.findall(r"[\w-]+", text[max(0, start - 60) : end + 60].casefold())
    return bool(set(window) & words)


def _intent(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    out = []
    for value, pattern in INTENT.items():
        m = pattern.search(v.claim.text)
        if m is None:
            continue
        negated = bool(re.search(r"\b(?:not|no|never|ruled out|rule out)\b[^.,;]{0,30}$", v.claim.text[: m.start()]))
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        out.append(_found("intent", k, value, span, "denied" if negated else stance, base, None))
    return out


def _found(
    kind: str, k: int, value: str, span: Span, stance: str, base: dict[str, str | None], entity: str | None
) -> Found:
    return Found(
        kind,
        k,
        Answer(
            value=value,
            entity=entity,
            claim=base["claim"] or "",
            article=base["article"] or "",
            span=span,
            stance=stance,
            origin=base["origin"],
        ),
    )
