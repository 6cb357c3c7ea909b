"""Frames: who did what to whom, with what, where to, read from the parse of a claim.

The cross-source step cannot compare sentences word by word: ``the Il-76 was
shot down by the Ukrainian Armed Forces`` and ``Ukraine shot down the Il-76``
say the same; ``shot down by troops of the Kyiv regime`` and ``does not admit
responsibility`` do not. A frame keeps the predicate, its class and its roles:

    attack     agent, patient, instrument      shoot down, hit, strike, destroy ...
    transport  vehicle, cargo, destination     transport, carry, head to, be on board ...
    blame      agent, patient                  accuse, blame, implicate ...
    admit      agent, patient                  admit, acknowledge (negated: a denial)
    establish  unknown                         "the type of which has not been established"
    use        agent, instrument               use, employ, deploy
    incident   patient                         derail, crash, collapse, explode, break out
    responsible agent                          X was behind it, was responsible, the work of X, X's rocket
                                               caused it, a launch by X; X denied responsibility (negated)

A frame is negated when a negation, or a word that says its act is probably not so (``it is unlikely that``,
``denied that``), governs its predicate, and hedged when a modal or an open word does (``may have``, ``no evidence
that``, ``too early to say whether``); such words elsewhere in the sentence leave it alone.

What is fired or launched is the instrument, not the target: ``Russia fired 90 missiles at cities``
attacks the cities, and ``the missile was fired by X`` says who fired it, not what it hit.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..data.disputes import (
    ACT_NOUNS,
    CAUSED_EVENTS,
    CAUSING_VERBS,
    CONFIDENT,
    CULPRITS,
    DISOWNED_ACCUSATIONS,
    DISOWNING_VERBS,
    ESTIMATE_NOUNS,
    FALLING_VERBS,
    FIRING_VERBS,
    HARMED_IN_VERBS,
    HEDGING_MODALS,
    IMPACT_NOUNS,
    INDICATING_VERBS,
    NOTHING_WORDS,
    OPEN_GROUND,
    OPEN_NOUNS,
    OPEN_WHEN_NEGATED,
    OPEN_WORDS,
    OWNED_WEAPONS,
    RESPONSIBILITY_NOUNS,
    RESPONSIBLE_ADJECTIVES,
    RESPONSIBLE_NOUNS,
    SUPPORT_VERBS,
    UNLIKELY_WORDS,
)
from ..data.institutions import HEADS
from ..data.speech import FINDING_LEMMAS, REPORTING_LEMMAS, SUBJECT_CONTROL
from ..model import Frame, Mention, Role, Span
from .nlp import text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

KINDS: dict[str, str] = {
    "shoot down": "attack",
    "down": "attack",
    "hit": "attack",
    "strike": "attack",
    "attack": "attack",
    "destroy": "attack",
    "bomb": "attack",
    "shell": "attack",
    "kill": "attack",
    "target": "attack",
    "shoot": "attack",
    "fire": "attack",
    "intercept": "attack",
    "ambush": "attack",
    "sink": "attack",
    "blow up": "attack",
    "launch": "attack",
    "damage": "attack",
    "sabotage": "attack",
    "open fire": "attack",
    "hijack": "attack",
    "bombard": "attack",
    "raid": "attack",
    "assassinate": "attack",
    "murder": "attack",
    "massacre": "attack",
    "derail": "incident",
    "crash": "incident",
    "collapse": "incident",
    "explode": "incident",
    "break out": "incident",
    "sail": "transport",
    "transport": "transport",
    "carry": "transport",
    "fly": "transport",
    "take": "transport",
    "move": "transport",
    "head": "transport",
    "bring": "transport",
    "deliver": "transport",
    "convey": "transport",
    "ship": "transport",
    "transfer": "transport",
    "evacuate": "transport",
    "travel": "transport",
    "be on board": "transport",
    "accuse": "blame",
    "blame": "blame",
    "implicate": "blame",
    "charge": "blame",
    "frame": "blame",
    "admit": "admit",
    "acknowledge": "admit",
    "accept": "admit",
    "claim": "admit",
    "establish": "establish",
    "identify": "establish",
    "determine": "establish",
    "ascertain": "establish",
    "clarify": "establish",
    "confirm": "establish",
    "know": "establish",
    "use": "use",
    "employ": "use",
    "deploy": "use",
}
_LAUNCH = {"launch", "open fire"}  # what they take as object is the projectile (or nothing), never the target
_CONTROL = {
    "try",
    "hope",
    "want",
    "seek",
    "attempt",
    "intend",
    "plan",
    "aim",
    "manage",
    "decide",
    "continue",
    "begin",
    "start",
    "threaten",
    "refuse",
}
_PLACES = {
    "center",
    "centre",
    "checkpoint",
    "crossing",
    "border",
    "city",
    "town",
    "village",
    "airport",
    "airfield",
    "base",
    "hospital",
    "camp",
    "prison",
    "region",
    "capital",
    "port",
    "station",
    "front",
    "territory",
    "point",
}
_VEHICLES = {
    "plane",
    "aircraft",
    "airliner",
    "airplane",
    "jet",
    "helicopter",
    "ship",
    "vessel",
    "boat",
    "ferry",
    "bus",
    "train",
    "truck",
    "car",
    "convoy",
    "flight",
}
_WEAPON_WORDS = {
    "missile",
    "missiles",
    "system",
    "systems",
    "rocket",
    "rockets",
    "drone",
    "drones",
    "weapon",
    "weapons",
    "shell",
    "shells",
    "bomb",
    "bombs",
    "battery",
    "launcher",
    "gun",
    "artillery",
}


# the lemmas a frame can stand on: "be" (on board ...), "open" (open fire), and every predicate's first words
_FRAME_LEMMAS = frozenset(
    {
        "be",
        "open",
        *KINDS,
        *(kind[:i] for kind in KINDS for i, ch in enumerate(kind) if ch == " "),
        *SUPPORT_VERBS,  # "X committed the sabotage", "conducted the strike": ``_support``'s
    }
)
# the lemmas a responsibility frame stands on: a copula, "hold" (responsible), "bear" (responsibility), "have"
# (nothing to do with), a verb that disowns, a weapon or an act named as a noun
_RESPONSIBLE_LEMMAS = frozenset(
    {
        "be",
        "cause",
        "hold",
        "bear",
        "carry",
        "have",
        "responsibility",
        "claim",
        *DISOWNING_VERBS,
        *OWNED_WEAPONS,
        *ACT_NOUNS,
    }
)


def claim_frames(tokens: SpacySpan, mentions: tuple[Mention, ...]) -> tuple[Frame, ...]:
    """Every frame whose predicate stands in the claim's tokens."""
    frames: list[Frame] = []
    start, end = tokens.start, tokens.end
    doc, lemmas = tokens.doc, words_of(tokens.doc)[1]
    for i in range(start, end):
        if lemmas[i] not in _FRAME_LEMMAS and lemmas[i] not in _RESPONSIBLE_LEMMAS:
            continue  # neither "be" (_existential) nor a word a predicate of KINDS starts with (_verb_frame)
        tok = doc[i]
        frame = None
        if lemmas[i] in _FRAME_LEMMAS:
            frame = _existential(tok, start, end) or _verb_frame(tok, start, end)
        if frame is None and lemmas[i] in _RESPONSIBLE_LEMMAS:
            frame = _responsibility(tok)
        if frame is not None:
            heads_claim = tok.head.i == tok.i or not start <= tok.head.i < end
            negated, hedged = _scope(_governor(tok))
            frames.append(dataclasses.replace(frame, main=heads_claim, negated=frame.negated or negated, hedged=hedged))
    return tuple(frames)


def _governor(tok: Token) -> Token:
    """The verb whose clause a frame's word stands in: the word itself when it is a verb, else the verb above it
    (``caused by a Peruvian rocket``: "caused"; ``the result of a launch by X``: "was")."""
    head = tok
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return head
        head = head.head
    return head


def _scope(verb: Token) -> tuple[bool, bool]:
    """(negated, hedged) for the act a verb tells, from the words that govern it: its own negation or modal
    (``did not fire``, ``may have fired``), then, clause by clause up to the verb that reports it, a word that says it
    is probably not so (``it is unlikely that``, ``denied that``) or leaves it open (``it is possible that``, ``no
    evidence that``, ``too early to say whether``, ``it is not clear whether``)."""
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    negated = negated or any(c.dep_ == "nsubjpass" and _no_det(c) for c in verb.children)  # "no strikes were made"
    clause = any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)
    negated = negated or (verb.dep_ == "acl" and not clause and _no_det(verb.head))  # "no strikes targeting it"
    hedged = any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in verb.children)
    hedged = hedged or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
    hedged = hedged or any(c.dep_ == "advmod" and c.lower_ in OPEN_WORDS for c in verb.children)
    tok = verb
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "csubj", "csubjpass", "acl", "advcl", "pcomp"):
            break
        if tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
            break  # "..., killing 5": a clause of its own, not one that is governed
        up = tok.head
        lemma = up.lemma_.lower()
        up_negated = any(c.dep_ == "neg" for c in up.children)
        if lemma in DISOWNING_VERBS and not up_negated:
            return True, hedged  # "Lima denied that its troops fired"
        if lemma in OPEN_NOUNS and (_no_det(up) or _denied_there(up)):
            return negated, True  # "no evidence that X fired", "nor is there evidence that": left open, not denied
        if lemma in INDICATING_VERBS and points_nowhere(up):
            return negated, True  # "nothing suggests that X fired", "there is nothing to indicate that"
        if lemma in OPEN_WHEN_NEGATED and up_negated:
            return negated, True  # "it is not clear whether", "we do not know if"
        if lemma in ESTIMATE_NOUNS:
            return negated, not _confident(up)  # "a high probability that X fired" answers; "a chance that" leaves open
        if lemma in OPEN_WORDS:
            return negated, not _confident(up)  # "too early to say" (the parse hangs "say" on "early")
        for c in up.children:
            low = c.lemma_.lower()
            if c.dep_ in ("acomp", "attr", "advmod") and low in UNLIKELY_WORDS:
                return not negated, hedged
            if c.dep_ in ("acomp", "attr", "advmod") and low in OPEN_WORDS:
                return negated, not _confident(c)  # "it is possible that"; "it is highly probable that" answers
            if c.dep_ in ("acomp", "attr") and low in OPEN_WHEN_NEGATED and up_negated:
                return negated, True
        if lemma in REPORTING_LEMMAS:
            break  # the verb that reports it: its speaker's stance is the claim's
        tok = up
    return negated, hedged


def points_nowhere(verb: Token) -> bool:
    """A verb that says something points to an act, said of nothing: ``nothing suggests that``, ``there is nothing
    to suggest that``, ``no data indicate that``, ``it does not show that``. What it governs is left open."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nothing(c) for c in verb.children):
        return True
    if verb.dep_ in ("acl", "relcl"):
        return _nothing(verb.head)
    # "there is nothing, absolutely nothing, to suggest": the parse may hang the verb on "is", beside "nothing"
    return verb.dep_ == "xcomp" and any(c.dep_ in ("attr", "nsubj") and _nothing(c) for c in verb.head.children)


def _nothing(tok: Token) -> bool:
    return tok.lower_ in NOTHING_WORDS or _no_det(tok) or _denied_there(tok)


def open_noun(noun: Token) -> bool:
    """``no evidence``, ``no sign``, ``nor is there any indication``: a noun that would point to an act, said not to
    be there."""
    return noun.lemma_.lower() in OPEN_NOUNS and (_no_det(noun) or _denied_there(noun))


def _denied_there(noun: Token) -> bool:
    """``nor is there evidence``, ``there is not any proof``: the verb that says the noun is there is negated (the
    parse may hang "nor" on the verb the clause is joined to)."""
    verb = noun.head
    if noun.dep_ not in ("attr", "nsubj", "dobj"):
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("nor", "neither", "never") for c in verb.children if c.i < noun.i):
        return True
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in ("nor", "neither") and c.i < verb.i for c in verb.head.children
    )


def _confident(tok: Token) -> bool:
    """An estimate said with confidence: ``highly probable``, ``most likely``, ``a high probability``."""
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in CONFIDENT for c in tok.children)


def _responsibility(tok: Token) -> Frame | None:
    """Who is said to have done it, in general grammar: ``X was behind the attack``, ``X was responsible``, ``the
    work of X``, ``X was the culprit``, ``held X responsible`` (a blame), ``X bears responsibility``, ``X denied
    responsibility`` and ``X had nothing to do with it`` (negated), ``caused by X's rocket``, ``an errant launch by
    X`` (the weapon's owner, the act's doer). The party is the agent role; whether it names a party is linking's
    question."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    subject = _antecedent(subject, tok)
    if lemma == "be" and subject is not None:
        if any(t.lemma_.lower() in REPORTING_LEMMAS for t in subject.subtree if t.i != subject.i):
            return None  # "media quoting officials claiming a missile was to blame": a source, not the doer
        if any(c.dep_ == "prep" and c.lower_ == "behind" for c in kids):
            return _frame("be behind", "responsible", agent=subject)
        for c in kids:
            low = c.lemma_.lower()
            if c.dep_ in ("acomp", "attr") and low in RESPONSIBLE_ADJECTIVES:
                if _in_charge_of_a_body(c):
                    return None  # "the ministry, which is responsible for the coast guard": oversight, not blame
                return _frame("be responsible", "responsible", agent=subject)
            if c.dep_ == "xcomp" and low == "blame" and any(g.lower_ == "to" for g in c.children):
                return _frame("be to blame", "responsible", agent=subject)  # "X is to blame"
            if c.dep_ == "attr" and low in RESPONSIBLE_NOUNS:
                return _frame("the work of", "responsible", agent=_prep_object(c, ("of",)))
            if c.dep_ == "attr" and low in CULPRITS:
                return _frame("be the culprit", "responsible", agent=subject)  # "X was the perpetrator"
            if c.dep_ == "attr" and subject.lemma_.lower() in CULPRITS:
                return _frame("be the culprit", "responsible", agent=c)  # "the culprit was X"
        return None
    if lemma == "hold" and tok.pos_ == "VERB":
        held = next((c for c in kids if c.dep_ == "dobj"), None)
        if held is not None and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in RESPONSIBLE_ADJECTIVES for c in kids
        ):
            by = _prep_object(tok, ("by",))
            return _frame("hold responsible", "blame", agent=subject if by is None else by, patient=held)
        return None
    if lemma == "cause" and tok.pos_ == "VERB" and subject is not None and subject.lemma_.lower() not in OWNED_WEAPONS:
        # "Ukrainian forces caused the blast": who brought the event about (a weapon's doing is ``_causer``'s)
        done = next((c for c in kids if c.dep_ == "dobj"), None)
        if done is not None and done.lemma_.lower() in CAUSED_EVENTS:
            return _frame("cause", "responsible", agent=subject)
        return None
    if lemma in ("bear", "carry") and tok.pos_ == "VERB":
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in kids):
            return _frame("bear responsibility", "responsible", agent=subject)
        return None
    if lemma in DISOWNING_VERBS and tok.pos_ == "VERB":
        if any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS | DISOWNED_ACCUSATIONS for c in kids):
            return _frame(f"{lemma} responsibility", "responsible", agent=subject, negated=True)
        return None
    if lemma == "have" and subject is not None:
        for c in kids:
            if c.dep_ != "dobj":
                continue
            if c.lower_ == "nothing" and any(g.lemma_ == "do" for g in c.children):
                return _frame("have nothing to do with", "responsible", agent=subject, negated=True)
            if c.lemma_.lower() in RESPONSIBILITY_NOUNS and any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children
            ):
                return _frame("have no part in", "responsible", agent=subject, negated=True)  # "had no role in it"
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in ("responsibility", "claim"):
        return _owned_responsibility(tok)
    if lemma in ACT_NOUNS:
        by = _prep_object(tok, ("by",))
        if by is not None and by.lower_ not in _WEAPON_WORDS:
            return _frame(f"{lemma} by", "responsible", agent=by)  # "an errant launch by the army"
    if lemma in (OWNED_WEAPONS | ACT_NOUNS) and _causer(tok):  # "caused by X's rocket", "it was a Russian attack"
        owner = _owner(tok)
        if owner is not None:
            # "caused by a Peruvian rocket": the owner did it; the weapon rides as the patient (what it was done with)
            return _frame(f"{lemma} of", "responsible", agent=owner, patient=tok if lemma in OWNED_WEAPONS else None)
    return None


def _in_charge_of_a_body(adjective: Token) -> bool:
    """``responsible for the Coast Guard``, ``responsible for the police``: in charge of a body (its object's head is a
    word that ends organisation names, ``institutions.HEADS``), not to blame for an act."""
    body = _prep_object(adjective, ("for",))
    return body is not None and body.text.casefold() in _BODY_HEADS


_BODY_HEADS = frozenset(h.casefold() for h in HEADS)


def _owned_responsibility(tok: Token) -> Frame | None:
    """``ISIS confirmed its responsibility``, ``the group's claim of responsibility``: the party owns the act. A verb
    that disowns it (``denied its responsibility``) is read where it stands."""
    claim = tok.lemma_.lower() == "claim"
    if claim and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() == "responsibility" for g in c.children)
        for c in tok.children
    ):
        return None  # a claim of something else
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None and not claim:
        owner = _prep_object(tok, ("of",))  # "point to the responsibility of the army"
    if owner is None:
        return None
    verb = tok.head
    if verb.lemma_.lower() in DISOWNING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if owner.lower_ in ("its", "their", "his", "her"):
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else None
    if owner is None or owner.pos_ not in ("PROPN", "NOUN"):
        return None
    return _frame("own responsibility", "responsible", agent=owner)


def _causer(tok: Token) -> bool:
    """The weapon is what did the harm: the doer of a verb of harm (``a Peruvian shell hit the market``), its
    ``by`` phrase (``caused by X's rocket``), or what the event was (``it was a Peruvian missile``, ``the result of
    X's strike``)."""
    head = tok.head
    # "missiles crossed the border and killed two", "a missile fell, killing two": the harm told by a second verb
    verbs = (head, *(c for c in head.children if c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG")))
    if tok.dep_ == "nsubj" and any(v.lemma_.lower() in CAUSING_VERBS for v in verbs):
        return True
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in CAUSING_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "in" and tok.lemma_.lower() in ACT_NOUNS:
        # "twelve people were killed in a Peruvian missile strike", "the block was hit in a major Peruvian strike":
        # the harm was done in the act, so the act is its cause (not "in the attack's aftermath", a noun between)
        return head.head.lemma_.lower() in HARMED_IN_VERBS and head.head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "pobj" and head.lower_ == "by":
        # "no strikes were made ... by Russian weapons" (the parse may hang "by" on a noun before it): the weapons'
        # owner made them
        done = next((c for c in _governor(head).children if c.dep_ == "nsubjpass"), None)
        if done is not None and done.lemma_.lower() in ACT_NOUNS:
            return True
    if tok.dep_ == "attr" and head.lemma_ == "be":
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and _harms(c) for c in tok.children):
        return True  # "footage showed a Ukrainian missile crashing into the hospital", "a missile hitting the market"
    if any(_used_in_the_act(c) for c in tok.children):
        return True  # "the missile used in the attack was launched from a Ukrainian Buk system"
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in IMPACT_NOUNS:
        return _causer(head.head)  # "caused by a direct hit from a Russian missile": the hit's weapon
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in ("come", "originate"):
        return True  # "the missile came from a Ukrainian air defence system"
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("result", "consequence")


def _used_in_the_act(c: Token) -> bool:
    """``used in the attack``, ``fired in the strike``: a participle saying the weapon is the act's own."""
    if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in _USED_VERBS:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "during", "for")
        and any(o.lemma_.lower() in ACT_NOUNS for o in p.children)
        for p in c.children
    )


_USED_VERBS = frozenset({"use", "employ", *FIRING_VERBS})


def _harms(verb: Token) -> bool:
    """A verb telling a weapon's harm: one that harms (``hitting the market``), or a fall into something that is not
    open ground or water (``crashing into the health facility``, not ``falling into the sea``)."""
    lemma = verb.lemma_.lower()
    if lemma in CAUSING_VERBS:
        return True
    if lemma not in FALLING_VERBS:
        return False
    into = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "onto", "on")), None)
    place = next((c for c in into.children if c.dep_ == "pobj"), None) if into is not None else None
    return place is not None and place.lemma_.lower() not in OPEN_GROUND


def _owner(tok: Token) -> Token | None:
    """Whose weapon it is: a possessive (``Chile's missile``) or a party's adjective (``a Peruvian rocket``), not
    where it was made (``a Russian-made missile``, ``a Soviet-era rocket``)."""
    doc = tok.doc
    # "a Ukrainian Buk system": the parse may hang the party's word on the name before the head
    before = [c for c in tok.children if c.i < tok.i]
    before += [
        g for c in before if c.dep_ == "compound" for g in c.children if g.i < c.i and g.dep_ in ("amod", "compound")
    ]
    for c in before:
        made = c.i + 1 < len(doc) and doc[c.i + 1].text in ("-", "‑")
        if c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("our", "my")) and not made:
            return c  # "Chile's missile"; "our rocket": the speaker's side
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") and not made:
            return c
    # a relative clause right after the weapon is the weapon's, wherever the parse hangs it ("the probability that
    # it was a missile that had been used by the army": hung on "probability")
    after = (
        tok.i + 1 < len(doc) and doc[tok.i + 1].head.dep_ == "relcl" and doc[tok.i + 1].head.left_edge.i == tok.i + 1
    )
    for c in [*tok.children, *([doc[tok.i + 1].head] if after else [])]:
        # "a missile that had been used by the army", "an interceptor which was fired by the army"
        passive = c.dep_ == "relcl" and any(g.dep_ == "auxpass" for g in c.children)
        if (c.dep_ == "acl" and c.tag_ == "VBN" or passive) and c.lemma_.lower() in _USED_VERBS:
            by = next((g for g in c.children if g.dep_ == "agent"), None)
            doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if doer is not None:
                return doer  # "a rocket misfired by the Varnish Front militants", "a missile launched by the army"
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in FIRING_VERBS:
        # "the missile was launched from a Ukrainian Buk system", "the rocket was fired by the militants"
        fired = tok.head
        by = next((g for g in fired.children if g.dep_ == "agent"), None)
        doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if doer is not None:
            return doer
        source = next((g for g in fired.children if g.dep_ == "prep" and g.lower_ == "from"), None)
        system = next((g for g in source.children if g.dep_ == "pobj"), None) if source is not None else None
        if system is not None and system.lemma_.lower() in OWNED_WEAPONS:
            return _owner(system)
    for c in tok.children:
        # "a Western-made missile from the Ukrainian air defence system": the system it came from is the owner's
        system = (
            next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "from" else None
        )
        if system is not None and system.lemma_.lower() in OWNED_WEAPONS:
            return _owner(system)
    return None


def _frame(
    predicate: str, kind: str, *, agent: Token | None, patient: Token | None = None, negated: bool = False
) -> Frame | None:
    """A frame with the phrases of its agent (and patient), inside the agent's sentence; None without an agent."""
    if agent is None:
        return None
    sent = agent.sent
    roles = []
    for name, head in (("agent", agent), ("patient", patient)):
        if head is None or not sent.start <= head.i < sent.end:
            continue
        span = _phrase(head, sent.start, sent.end)
        if span is not None:
            roles.append(Role(name=name, span=span, text=text_of(head.doc)[span.start : span.end]))
    if not roles or roles[0].name != "agent":
        return None
    return Frame(predicate=predicate, kind=kind, negated=negated, roles=tuple(roles))


def _verb_frame(tok: Token, start: int, end: int) -> Frame | None:
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = tok.lemma_.lower()
    if lemma in SUPPORT_VERBS:
        act = _support(tok)
        if act is not None:
            return act
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    predicate = f"{lemma} {prt}" if prt and f"{lemma} {prt}" in KINDS else lemma
    if lemma == "open" and any(c.dep_ == "dobj" and c.lemma_ == "fire" for c in tok.children):
        predicate = "open fire"  # "opened fire on a border post"
    kind = KINDS.get(predicate)
    if kind is None:
        return None
    if lemma == "take":
        if any(c.lemma_ == "responsibility" for c in tok.children):
            kind = "admit"
        elif any((c.dep_ == "prep" and c.lower_ == "to") or c.lower_ in ("home", "back") for c in tok.children):
            kind = "transport"  # "taken home", "taken to the hospital"
        else:
            return None  # "take into account", "take part"
    if kind == "use" and tok.dep_ in ("advcl", "acl", "xcomp"):
        return None  # "shot down ... using a missile system": the instrument of the main verb, not a frame of its own
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children) or (
        tok.head.i != tok.i and tok.dep_ in ("xcomp",) and any(c.dep_ == "neg" for c in tok.head.children)
    )
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
    roles: list[Role] = []
    sent = tok.sent

    def add(name: str, head: Token | None) -> None:
        # roles may stand outside the claim's clause but not outside its sentence ("Ukraine ..., but does not admit")
        if head is not None and sent.start <= head.i < sent.end:
            span = _phrase(head, sent.start, sent.end)
            if span is not None:
                roles.append(Role(name=name, span=span, text=text_of(tok.doc)[span.start : span.end]))

    subject = _subject(tok)
    if _no_det(subject if passive else next((c for c in tok.children if c.dep_ == "dobj"), None)):
        negated = True  # "no tear gas was fired", "the army fired no shells": nothing was done
    if subject is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        subject = tok.head  # "missiles fired from the Kharkiv region": the missiles were fired
    obj = _antecedent(next((c for c in tok.children if c.dep_ in ("dobj",)), None), tok)
    by = _pobj(tok, "agent") or _prep_object(tok, ("by",))
    fired = subject if passive else obj
    if kind == "attack" and (
        predicate in _LAUNCH or predicate in ("fire", "shoot") and fired is not None and _weapon(fired) is not None
    ):
        target = _prep_object(tok, ("at", "on", "towards", "toward", "into"))
        if passive:
            add("agent", by)
            add("instrument", subject)
        else:
            add("agent", subject)
            add("instrument", obj if predicate != "open fire" else None)
        add("patient", target)
    elif kind == "attack":
        if passive:
            agent = by if by is not None and by.lower_ not in _WEAPON_WORDS else None
            add("agent", agent)
            add("patient", subject)
            if by is not None and agent is None:
                add("instrument", by)
        else:
            add("agent", subject)
            add("patient", obj)
        add("instrument", _weapon(_prep_object(tok, ("with", "from"))) or _using(tok))
    elif kind == "transport":
        cargo = (
            obj
            if obj is not None
            else (subject if lemma in ("head", "travel", "move", "fly", "sail") or passive else None)
        )
        vehicle = subject if obj is not None and subject is not None else None
        add("vehicle", vehicle)
        add("cargo", cargo)
        add("destination", _prep_object(tok, ("to", "towards", "toward")) or _place_to(tok))
    elif kind == "blame":
        on = _prep_object(tok, ("on",)) if lemma == "blame" else None  # "blamed the strike on X": X is blamed
        add("agent", subject if not passive else by)
        add("patient", on if on is not None else obj if not passive else subject)
    elif kind == "admit":
        add("agent", subject)
        add("patient", obj)
    elif kind == "establish":
        if not negated and not _yet_unknown(tok):
            return None  # only what is NOT established is a slot of its own
        negated = True
        target = subject if passive else obj
        if target is not None and any(c.lower_ == "which" for c in target.subtree):
            target = _noun_before(target.left_edge)  # "a missile system, the type of which has not been established"
        elif target is not None and tok.dep_ == "relcl":
            target = tok.head
        add("unknown", target)
    elif kind == "use":
        add("agent", subject if not passive else by)  # "a missile that had been used by X": X used it
        add("instrument", obj if not passive else subject)
    elif kind == "incident":
        add("patient", subject)
    if not roles:
        return None
    return Frame(predicate=predicate, kind=kind, negated=negated, roles=tuple(roles))


def _support(tok: Token) -> Frame | None:
    """``Ukraine delivered a strike against the prison``, ``the shelling was carried out by X``: an act named by its
    noun, done by the verb's subject (or its ``by`` phrase), to what follows ``against``, ``on`` or ``at``."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    act = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if act is None or act.lemma_.lower() not in ACT_NOUNS or act.lemma_.lower() == "shot":
        return None
    agent = _prep_object(tok, ("by",)) if passive else _subject(tok)
    target = _prep_object(tok, ("against", "on", "at", "upon")) or _prep_object(act, ("against", "on", "at", "upon"))
    sent = tok.sent
    roles = []
    for name, head in (("agent", agent), ("patient", target), ("instrument", _weapon(_prep_object(tok, ("with",))))):
        if head is not None and sent.start <= head.i < sent.end:
            span = _phrase(head, sent.start, sent.end)
            if span is not None:
                roles.append(Role(name=name, span=span, text=text_of(tok.doc)[span.start : span.end]))
    if not any(r.name == "agent" for r in roles):
        return None
    negated = _no_det(act) or any(c.dep_ == "neg" for c in tok.children)
    return Frame(
        predicate=f"{tok.lemma_.lower()} {act.lemma_.lower()}", kind="attack", negated=negated, roles=tuple(roles)
    )


def _existential(tok: Token, start: int, end: int) -> Frame | None:
    """``On board the plane were six crew members ...``: who or what was on board."""
    if tok.lemma_ != "be":
        return None
    board = None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ == "board":
                board = pobj
    if board is None:
        return None
    attr = next((c for c in tok.children if c.dep_ == "attr"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    subj = _antecedent(subj, tok) if subj is not None else None
    cargo = attr if attr is not None and attr.lower_ not in ("there",) else subj
    vehicle = next((c for c in board.children if c.dep_ in ("pobj", "dobj", "npadvmod")), None)
    if vehicle is None and attr is not None and subj is not None and cargo is not None and subj.i != cargo.i:
        vehicle = subj  # "On board the plane were ...": the parse makes the plane the subject
    if cargo is not None and vehicle is not None and cargo.lower_ in _VEHICLES and vehicle.lower_ not in _VEHICLES:
        cargo, vehicle = vehicle, cargo  # "prisoners that were on board the crashed aircraft"
    roles = []
    for name, head in (("cargo", cargo), ("vehicle", vehicle)):
        if head is not None and start <= head.i < end:
            span = _phrase(head, start, end, lists=True)
            if span is not None:
                roles.append(Role(name=name, span=span, text=text_of(tok.doc)[span.start : span.end]))
    if not any(r.name == "cargo" for r in roles):
        return None
    return Frame(predicate="be on board", kind="transport", roles=tuple(roles))


def _subject(tok: Token) -> Token | None:
    """The verb's subject: its own, a relative clause's antecedent, or the subject of the verb it depends on
    (``Kyiv hoped to accuse``, ``does not deny ..., but does not admit``)."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return _antecedent(subject, tok)
    if tok.tag_ in _FINITE_TAGS:
        # "X was angry after Y accused it": the parse may take "after Y" for a preposition and its object, and hang
        # the verb, with no subject, on the main clause; Y, the object of its own conjunction, is the subject
        for mark in (c for c in tok.children if c.dep_ == "mark" and c.i < tok.i):
            noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.i < tok.i:
                return noun
    if tok.dep_ == "relcl":
        return tok.head  # "a plane, which was transporting ..."
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "missiles fired from ...": the noun is what the verb was done to, see _patient_of_participle
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return tok.head  # "missiles from X, including ones targeting the capital": the ones target it
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "agent":
        return (
            None  # "prisoners were killed by shelling": the shelling's doer is not said, the prisoners are its victims
        )
    head = tok
    for _ in range(5):
        if head.head.i == head.i or head.dep_ in ("ccomp", "relcl"):
            break  # a reported clause or a relative clause has a subject of its own
        clause, head = head, head.head
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and head.lemma_ == "be":
            # "X was on a plane that crashed, killing all 10 on board": being somewhere kills no one; the parse hung
            # the participle on "was", and what did the killing (the crash) is no one named
            return None
        if (
            clause.dep_ == "acl"
            and clause.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "mark") for c in clause.children)
        ):
            return None  # "the court arrested four men accused of committing it": the men are said to, not the court
        if _complement(head, clause):
            doer = _misparsed_subject(head, clause)
            if doer is not None:
                return _antecedent(doer, head)  # "investigators established Russia hit the school": Russia hit it
            if head.lemma_.lower() in FINDING_LEMMAS:
                return None  # who established or found that it was done did not do it: the origin, not the agent
        if clause.dep_ == "xcomp" and head.lemma_.lower() not in SUBJECT_CONTROL:
            told = next((c for c in head.children if c.dep_ == "dobj" and c.i < clause.i), None)
            if told is not None:
                return _antecedent(told, head)  # "the EU urged Russia to accept responsibility": Russia would accept
        if head.lemma_.lower() in REPORTING_LEMMAS:
            continue  # "As the ministry emphasized, by hitting the plane, Kyiv hoped ...": the speaker did not hit it
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("there", "it"):
            return _antecedent(subject, head)
    return None


def _complement(verb: Token, clause: Token) -> bool:
    """A finite clause with no conjunction under a verb of finding or saying: what was found or said, whatever
    the parse hung it by (``established Russia hit the school`` parsed as an adverbial clause)."""
    return (
        verb.lemma_.lower() in FINDING_LEMMAS | REPORTING_LEMMAS
        and clause.tag_ in _FINITE_TAGS
        and not any(c.dep_ == "mark" for c in clause.children)
    )


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _misparsed_subject(verb: Token, clause: Token) -> Token | None:
    """``established Russia hit the school``: the parse may make the clause's subject the object of the verb of
    finding or saying, and the clause hang from that verb; the object just before the clause is its subject."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.right_edge.i + 1 != clause.left_edge.i:
        return None
    return obj


def _antecedent(tok: Token | None, verb: Token) -> Token | None:
    """A relative pronoun stands for the noun its clause describes: "the Il-76, which was shot down"."""
    if tok is not None and tok.lower_ in ("which", "who", "that", "whom") and verb.dep_ == "relcl":
        return verb.head
    return tok


def _noun_before(tok: Token) -> Token | None:
    """The noun a relative phrase refers back to: the last noun before it, across a comma."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    while k >= 0 and doc[k].pos_ not in ("NOUN", "PROPN"):
        if doc[k].is_sent_start:
            return None
        k -= 1
    return doc[k] if k >= 0 else None


def _yet_unknown(tok: Token) -> bool:
    return any(c.lower_ in ("yet",) for c in tok.children) and any(c.dep_ == "neg" for c in tok.children)


def _pobj(tok: Token, dep: str) -> Token | None:
    for child in tok.children:
        if child.dep_ == dep:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _place_to(verb: Token) -> Token | None:
    """A "to" phrase deeper in the verb's subtree that names a place (the parse often hangs it on the cargo:
    "transporting 65 people connected to X to the regional centre")."""
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("to", "towards") and tok.head.i != verb.i:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in ("GPE", "LOC", "FAC") or pobj.lower_ in _PLACES):
                return pobj
    return None


def _weapon(tok: Token | None) -> Token | None:
    """Keep an object only when it names a weapon ("from the Patriot system"), not a place ("from the territory")."""
    if tok is None:
        return None
    words = {t.lower_ for t in tok.subtree}
    return tok if words & _WEAPON_WORDS or tok.ent_type_ in ("PRODUCT",) or any(c.isdigit() for c in tok.text) else None


def _using(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("advcl", "xcomp", "prep") and child.lemma_ == "use":
            return next((c for c in child.children if c.dep_ == "dobj"), None)
    return None


def _phrase(head: Token, start: int, end: int, lists: bool = False) -> Span | None:
    """The noun phrase of a role: modifiers and ``of`` complements, not clauses; coordinated items with ``lists``."""
    doc = head.doc
    a = max(head.left_edge.i, start)
    while a < head.i and (doc[a].is_punct or doc[a].dep_ in ("cc", "mark", "case")):
        a += 1
    b = head.i + 1
    for child in head.rights:
        if child.i != b and not lists:
            break
        if child.dep_ in ("compound", "flat", "nummod", "amod") or (child.dep_ == "prep" and child.lower_ == "of"):
            b = child.right_edge.i + 1
        elif lists and child.dep_ in ("conj", "cc", "punct", "prep", "acl", "appos"):
            b = child.right_edge.i + 1
        else:
            break
    b = min(b, end)
    comma = next((k for k in range(head.i, b) if doc[k].text in (",", "(", ";") and not lists), None)
    if comma is not None:
        b = comma
    while b > a and doc[b - 1].is_punct:
        b -= 1
    if b <= a:
        return None
    return Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))


def _no_det(head: Token | None) -> bool:
    """The phrase is quantified by ``no`` (``no tear gas``, ``no strikes``)."""
    return head is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
