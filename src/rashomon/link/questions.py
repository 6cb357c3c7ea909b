"""Questions an event raises, and each source's answer, read from the claims scoped to the event.

A fact-checker asks of an event: who did it, with what, how many were killed or
injured (and as of when), was it deliberate, where was the transport going and
what did it carry. Each answer keeps the claim and the words that give it, the
stance the article takes (asserted, attributed, hedged, denied), and its origin:
the first named source of the relay chain (``origin_of``), not the outlet that
repeated it. Comparing answers is ``compare.py``'s job.

Not an answer: a counterfactual (``if X had targeted Y``), a question, an
interception (``air defence fired at an incoming missile`` says who defended,
not who attacked), a retaliation (``in response to``: another act), the figure
a correction replaces (``3,958 instead of 11,300``). A count's words are read by
``tolls.py`` (toll phrases, languages without a parse, parts, corrections, earlier
figures); a projection (``could reach``) is an answer set apart by its note.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .. import folded
from ..casualties import CUMULATIVE, OUTCOMES, PEOPLE, TOLL_NOUNS, outcome_near
from ..data.acts_abroad import (
    ACT_NOUNS_ABROAD,
    ACTIVE,
    ACTIVE_GAP,
    ALLEGED_BEFORE,
    BLAMED,
    BLAMED_ACTS,
    BLAMED_AFTER_CHARGE_GAP,
    BLAMED_GAP,
    BLAMED_OF,
    CAPITAL_SIDES,
    CLAIM_NEGATED_BEFORE,
    CLAIMED_AFTER,
    CLAIMED_BEFORE,
    CLAIMED_GAP,
    FALL_NOUNS,
    FRENCH_SIDES,
    GERMAN_GENITIVE_AFTER,
    HANDS_OF,
    HANDS_OF_GAP,
    INSTRUMENTAL_ACTS,
    INSTRUMENTAL_ADJECTIVE,
    INSTRUMENTAL_GAP,
    INSTRUMENTAL_HEAD_GAP,
    INSTRUMENTAL_HEADS,
    INSTRUMENTAL_NAME,
    INVERTED,
    MEANS,
    NEGATED_BEFORE,
    NEGATED_INSIDE,
    NOMINAL_ACTS,
    NOMINAL_BETWEEN,
    NOMINAL_GENITIVE,
    NOMINAL_SIDE_AFTER,
    NOMINAL_SIDE_BEFORE,
    NOMINATIVE_ADJECTIVE,
    NOMINATIVE_ADJECTIVE_ONLY,
    NOMINATIVE_NAMES,
    NOMINATIVE_NAMES_ONLY,
    PASSIVE,
    PASSIVE_GAP,
    REFUTED,
    TIME_WORDS_ABROAD,
)
from ..data.causes import (
    ACCIDENT,
    ACCIDENT_CAUSE_AFTER,
    ACCIDENT_CAUSE_BEFORE,
    ACCIDENT_CAUSE_EITHER,
    ACCIDENT_CAUSES,
    CAUSE_ASKED,
    CAUSE_LINK,
    CAUSE_LINK_DENIED,
    CAUSE_MARKS,
    CAUSE_OPEN,
    CAUSE_SAID,
    CAUSE_VERSION_OF_OTHERS,
    CAUSES,
    CAUSES_IN_CLAUSE,
    CAUSES_LINKED,
    DEATH_CAUSE_SET_ASIDE,
    DEATH_CAUSES,
    DEATH_CAUSES_DENIED,
    DEATH_WORDS,
    DISBELIEF_AFTER,
    FROM_OUTSIDE,
    HARM,
    LEADS_ON,
)
from ..data.cyrillic import ADJECTIVE_STEMS, CYRILLIC, country_of_word
from ..data.disputes import (
    ACCUSATION_NOUNS,
    ACCUSED_AFTER,
    ACT_NOUNS,
    ARSENAL_DENIED,
    ARSENAL_LISTED,
    ARSENAL_MADE,
    ARSENAL_ONLY_BEFORE,
    ARSENAL_ONLY_BY,
    ARSENAL_ONLY_OF,
    ARSENAL_VERBS,
    ASKED,
    ATTACKERS,
    ATTACKERS_FATE,
    BARE_STATE_NOUNS,
    BASE_USED,
    BLANKET_DENIALS,
    CAPABILITY,
    CLAIMING_PREDICATES,
    CLAIMING_WORDS,
    CONDITIONALS,
    CONTRASTS,
    COUNTED_UNITS,
    COVERED_BEFORE,
    CREW_WORDS,
    DEMANDED_ADMISSION,
    DENIED_REPORT,
    DISMISSALS,
    EFFECT_BEFORE,
    ESCAPE,
    ESCAPE_DIRECT,
    ESCAPE_PREDICATES,
    ESCAPE_TO,
    EVENT_HEADS,
    EXCEEDED,
    FIRED_FROM,
    FIRING_NOUNS,
    FIRST_CLAIM,
    FORCE_PLACES,
    FORCES,
    HARMED_AFTER,
    INITIAL_STANCE,
    INTENT_ASKED,
    INTENT_CONTRAST,
    INTENT_POLICY,
    INTENT_WORDS,
    INVOLVEMENT,
    INVOLVEMENT_DENIED,
    KEPT_ON,
    LABELLING_VERBS,
    LATER_ADMITTED,
    LEANING_HEDGES,
    LOCATIVE,
    LOSER_NOUNS,
    LOWERCASE_SIDES,
    MADE_UP_WORDS,
    MENTIONED_REPORT,
    NATURE_ACCIDENT,
    NATURE_ATTACK,
    NATURE_NO_SIGN,
    NATURE_RUMOURED,
    NEGATED_NOT_DENYING,
    NOT_ACTS,
    OCCASION_HEADS,
    ON_BOARD_AFTER,
    ON_BOARD_BEFORE,
    ON_BOARD_FATE,
    ON_BOARD_WHOLE,
    OPEN_INVOLVEMENT,
    OTHERS_ACT_BETWEEN,
    OWN_DENIALS,
    OWNED_WEAPONS,
    PART_PLACES,
    PLACE_HEADS,
    PLACE_NAMED_EVENTS,
    POLICY_DENIALS,
    REACH_ELSEWHERE,
    REACH_ONLY,
    REACH_OPEN,
    REJECTING_VERBS,
    REJECTIONS,
    RELATIONAL_HEADS,
    REPEATED_ACTS,
    RESCUE,
    RESPONSIBLE,
    RESPONSIBLE_DENIED_BEFORE,
    RIVAL_COUNTS,
    ROLE_DENIALS,
    ROLE_IN,
    RULED_OUT_MEANS,
    SETTLED,
    SHARE_WON,
    SHOT_DOWN,
    SPECULATION,
    STATE_WORDS,
    STATES,
    STATES_DENIED,
    STRUCK_AGAIN,
    TELLING_NOUNS,
    TURNOUT,
    VOTE_CLEAN,
    VOTE_FLAWED,
    VOTE_FRAUD,
    VOTE_FRAUD_LOOSE,
    VOTE_UNITS,
    VOTE_WORDS_ABROAD,
)
from ..data.equipment import is_aircraft, weapon_role
from ..data.hours import HOUR_ABOUT_BEFORE, HOUR_ACTS, HOUR_BOUND_BEFORE, HOUR_OTHER, PARTS_OF_DAY
from ..data.institutions import HEADS
from ..data.nouns import NOUN_CLASSES, VEHICLES
from ..data.places import CAPITALS, SITE_WORDS, cities, country_names, country_of, demonyms, fold, foreign_demonyms
from ..data.speech import REPORTED_FORMS
from ..data.storms import STORM_KINDS
from ..data.tallies import ACT_LABELS, OVER_TIME
from ..data.targets import target_side
from ..dates import find_clocks
from ..model import Answer, Entity, Frame, Quantity, Role, Span
from . import tallies, tolls
from .events import RECALLED_AFTER, Scope
from .incidents import charges, threats
from .origins import relay_chain
from .parties import NamedParties, service_of, with_service
from .views import ClaimView, enemy_of, side_of

LABELS = {
    "agent": "who did it",
    "means": "with what (weapon or instrument)",
    "toll_killed": "how many were killed",
    "toll_injured": "how many were injured",
    "toll_missing": "how many are missing",
    "toll_bodies": "how many bodies were found",
    "cause": "what caused it",
    "intent": "deliberate, accident or staged",
    "winner": "who won",
    "share": "share of the vote",
    "votes": "number of votes",
    "integrity": "was the vote clean",
    "destination": "where the transport was going",
    "cargo": "what the transport carried",
    "when": "on what day it happened",
    "attackers": "how many attackers",
    "on_board": "how many were on board",
    "tally": "how many things were downed, struck or fired",
    "escape": "where the attackers fled",
    "force": "what force was used, and where",
    "involved": "was this party involved",
    "state": "was there",
    "arsenal": "who fields the weapon",
    "reach": "where the product was sold or sent",
    "threat": "was the person a threat when force was used",
    "charge": "what the suspect is held or charged for",
    "hour": "at what time of day it happened",
}
ORDER = tuple(LABELS)

# a condition ("if Moscow finds the attackers were linked to X"): who it would blame is no account of who did it
CONDITIONAL = re.compile("|".join(CONDITIONALS), re.I)
INVOLVED = re.compile("|".join(f"(?:{p})" for p in INVOLVEMENT), re.I)
INVOLVED_DENIED = re.compile("|".join(INVOLVEMENT_DENIED), re.I)
STATE = {name: re.compile("|".join(f"(?:{p})" for p in stems), re.I) for name, stems in STATES.items()}
STATE_DENIED = re.compile("|".join(STATES_DENIED), re.I)
# a negation reaching a state or an involvement further on, inside its clause ("there were no imported or exported
# shipments related to military use", "ni cargaison de carburant militaire ni ...")
NEGATED_CLAUSE = re.compile(
    r"(?:\b(?:not|no|never|neither|nor|denied|denies|deny|denying|rejected|without|ni|aucune?|sans|toute?)\b|"
    r"(?<!\w)(?:не|ни|нет)(?!\w))[^.;,]{0,60}$",
    re.I,
)
EXCEEDED_BEFORE = re.compile(rf"\b(?:{'|'.join(EXCEEDED)})\s*$", re.I)
LOCATIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(LOCATIVE)})\s+(?:the\s+)?$", re.I)
_INVOLVED_AFTER = 40  # characters after an involvement word where its party is named ("contacts on Ukrainian soil")
# a condition on the past: "if X had ...", or its inverted form opening a clause ("Had the army had warning, ..."); a
# past perfect inside a clause is no condition ("children who had died had not taken it")
COUNTERFACTUAL = re.compile(
    r"\bif\b[^.]{0,80}\bhad\b|(?:^|[,;:]\s*)had\b[^.]{0,80}\bhad\b|\bwould have\b|\bcould have been avoided\b", re.I
)
# "hit back" / "struck back": an answer to something before (an accusation, an earlier strike), not this act
RETALIATION = re.compile(
    r"\b(?:in response to|in retaliation|retaliat\w*|in revenge|responded to|(?:hit|hits|hitting|struck|strike|strikes|"
    r"striking) back)\b",
    re.I,
)
# fire aimed at a projectile: "fired at an incoming missile", "shot at the drones"
AT_PROJECTILE = re.compile(
    r"\b(?:fir\w*|shot|shoot\w*|launch\w*)\s+(?:\w+\s+)?(?:at|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:missiles?|drones?|rockets?|projectiles?)\b",
    re.I,
)
PROJECTION = re.compile(
    r"\b(?:could|may|might|would|(?:is|are|was|were) (?:expected|likely) to|feared to|threatens to) "
    r"(?:reach|rise|climb|exceed|grow|increase|top|surpass|touch|be (?:much )?higher\b|be\b(?:\s+(?:as high as|"
    r"as many as|more than|over|up to|around|about|in the region of))?(?=\s*(?:\d|$)))|"
    r"\b(?:projected|forecast|estimates? suggest)\b",
    re.I,
)
# a count said to have changed: the later number is an update, not a rival account
ROSE = re.compile(
    r"\b(?:rose|risen|rising|climbed|grew|grown|increased|jumped|went up|revised|updated|initially|at first|"
    r"earlier (?:reported|said|put)|has now|now stands|now at|latest (?:toll|figure|count)|up from|from \d[\d,]* to|"
    r"s'est alourdi|s'alourdit|a grimpé|sale a|salito|(?:è|sono) aumentat[oi]|ha subido|aument[óo]|"
    r"вырос\w*|возрос\w*|увеличил\w*|зріс|зросл\w*)\b",
    re.I,
)
SETTLED_WORDS = re.compile("|".join(SETTLED), re.I)
RIVAL_WORDS = re.compile("|".join(RIVAL_COUNTS), re.I)
# "the true death toll is several times higher than officially reported and certainly exceeds 100": a toll phrase and,
# in its clause, a verb that makes the number after it a lower bound
TOLL_EXCEEDS = re.compile(
    rf"\b(?:death toll|toll|number of (?:dead|deaths|victims))\b[^.;]{{0,120}}?\b(?:{'|'.join(EXCEEDED)})\s*$", re.I
)
# a count given as provisional: the first figure of a count still moving
PROVISIONAL = re.compile(
    r"\b(?:preliminary|initial(?:ly)?|so far|at the moment|currently|as of|for now|latest|"
    r"по предварительным|предварительн\w*|на данный момент|пока|selon un premier bilan|provisoire|pour l'instant|"
    r"pr[ée]liminaire|actuellement|provvisori[oa]|preliminare|al momento|finora|per ora|hasta (?:el|ahora)|"
    r"vorläufig\w*)\b",
    re.I,
)
# a number counting part of the toll ("12 of them", "including 5 children") or another place's
PARTIAL = re.compile(r"^\s*(?:of|among)\b|\bincluding\s*$", re.I)
# "34 people had died at the venue", "38 killed on the spot": part of the toll, told by where they died
PART_PLACE = re.compile(rf"^[^.;,]{{0,40}}\b(?:{'|'.join(PART_PLACES)})\b", re.I)
ELSEWHERE = re.compile(
    r"\b(?:elsewhere|across the country|nationwide|in (?:other|neighbou?ring) (?:regions|areas|parts|towns|villages|"
    r"cities|provinces|districts|localities)|dans d'autres (?:villes|localités|régions|communes)|in altre "
    r"(?:città|località|zone|province)|в других (?:городах|районах|населённых пунктах|регионах))\b",
    re.I,
)
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
# negative modality: the claim says the answer is probably not so ("it is unlikely that X fired"); a claim left open
# ("no conclusive evidence that", "not clear who") is hedged by the claim's stance, not a denial
UNLIKELY = re.compile(r"\bunlikely\b", re.I)
# the claim's own clause said, right after it, to be unlikely or untrue (the officer said 'the shell having come from
# X' 'was "untrue"')
_RULED_OUT_AFTER = re.compile(
    r"""^[\s"'“”‘’]*(?:was|is|were|are|seems?|seemed|appears?|appeared)\s+(?:highly\s+|very\s+)?["'“‘]?"""
    r"(?:not\s+true\b|(?:unlikely|untrue|false|baseless|unfounded|impossible)\b)",
    re.I,
)
SPECULATED = re.compile("|".join(SPECULATION), re.I)
DISMISSED = re.compile(rf"\b(?:{'|'.join(DISMISSALS)})", re.I)
_ACT_KINDS = frozenset({"agent", "means", "cause", "intent"})  # what a recalled event's clause cannot answer
REJECTED = re.compile("|".join(REJECTIONS), re.I)
DISBELIEVED = re.compile("|".join(DISBELIEF_AFTER), re.I)
VERSION_TOLD = re.compile("|".join(CAUSE_VERSION_OF_OTHERS), re.I)
WEAPON_SHOT_DOWN = re.compile("|".join(SHOT_DOWN), re.I)
RESPONSIBLE_WORDS = re.compile("|".join(RESPONSIBLE), re.I)
DEMANDED_ADMISSION_WORDS = re.compile(DEMANDED_ADMISSION + r"\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+$", re.I)
FIRED_FROM_HELD = re.compile("|".join(FIRED_FROM), re.I)
INTENT = {value: re.compile("|".join(f"(?:{p})" for p in words), re.I) for value, words in INTENT_WORDS.items()}
INTENT_POLICY_WORDS = re.compile("|".join(f"(?:{p})" for p in INTENT_POLICY), re.I)
INTENT_ASKED_WORDS = re.compile("|".join(f"(?:{p})" for p in INTENT_ASKED), re.I)
# any intent word at all: one search tells most claims apart before each intent's own
ANY_INTENT = re.compile("|".join(f"(?:{p.pattern})" for p in INTENT.values()), re.I)
INTEGRITY = {
    "fraudulent": re.compile("|".join((*VOTE_FRAUD, *VOTE_FRAUD_LOOSE)), re.I),
    "clean": re.compile(
        r"\b(?:free (?:and|or) fair|transparent|clean|legitimate|credible|fair)\b|" + "|".join(VOTE_CLEAN), re.I
    ),
}
VOTE_FLAWED_WORDS = re.compile("|".join(VOTE_FLAWED), re.I)
WON = re.compile(r"\b(?:won|wins|winning|winner|victory|victorious|re-?elected|defeated|beat|triumph\w*)\b", re.I)
NOT_A_WIN = re.compile(
    rf"\bdefeated\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(LOSER_NOUNS)})s?\b|\b(?:{'|'.join(LOSER_NOUNS)})s?\s+defeated\b|"
    rf"\b(?:the|a)\s+defeated\b|{SHARE_WON}",
    re.I,
)
CAUSE = {name: re.compile("|".join(f"(?:{stem})" for stem in stems), re.I) for name, stems in CAUSES.items()}
CAUSE_MARK = re.compile("|".join(f"(?:{m})" for m in CAUSE_MARKS), re.I)
CAUSE_LEFT_OPEN = re.compile(rf"\b(?:{'|'.join(CAUSE_OPEN)})", re.I)
CAUSE_STILL_ASKED = re.compile(rf"\b(?:{'|'.join(CAUSE_ASKED)})", re.I)
CAUSE_SAID_WORDS = re.compile("|".join(f"(?:{m})" for m in CAUSE_SAID), re.I)
HARM_WORDS = re.compile(rf"\b(?:{'|'.join(HARM)})", re.I)
LINK_DENIED = re.compile(CAUSE_LINK_DENIED, re.I)
LINKED = re.compile(CAUSE_LINK, re.I)
LINKED_CAUSE = {name: re.compile("|".join(stems), re.I) for name, stems in CAUSES_LINKED.items()}
_CLAUSE_BREAK = re.compile(r"[,;:.–—()]")
_NAME_GOES_ON = re.compile(r"\s+[A-ZА-ЯЁ]")
_CLAUSE_GAP = 60  # characters between a cause told in its clause only and the word that makes it the cause
# a negation shortly before the words: "did not come into contact", "neither shot at", "n'a pas"
NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|neither|nor|rejected|without|pas|aucune?|sans|kein\w*|não|nenhum\w*)\b|"
    r"(?<!\w)(?:не|ни|нет)(?!\w)|"
    # a denial, not a refusal ("denied journalists access to the fragments": nothing is said not to be)
    r"\b(?:denied|denies|deny)\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:access|entry|permission|visas?)\b))"
    # what is not said, or who was not hurt, denies nothing that follows: "did not specify whose drones were shot
    # down", "не уточнил", "were not injured by the missile strike"
    rf"(?!\s+(?:[\w'’-]+\s+)?(?:{'|'.join(NEGATED_NOT_DENYING)})(?!\w))"
    r"[^.;]{0,40}$",
    re.I,
)
# people on board, aboard: who was there, not who died
ABOARD = re.compile(r"^[^.;,]{0,30}\b(?:on board|aboard|onboard|passengers and crew)\b", re.I)
# "5 of the dead", "two among the victims": part of a toll
PART_OF_TOLL = re.compile(
    r"^\s*(?:of|among)\s+(?:the\s+|those\s+)?(?:dead|victims|killed|injured|wounded|them|whom|deceased|fatalities)\b",
    re.I,
)
# "two of the gunmen", "one among the attackers": a part of a group
PART_OF = re.compile(r"\s*(?:of|among)\b", re.I)
# a word for the act itself, in a claim that blames someone for it
ACT_WORDS = re.compile(
    r"\b(?:hit\w*|strik\w+|struck|attack\w*|fir(?:e|ed|ing)|shell\w*|bomb\w*|kill\w*|shot|shoot\w*|missiles?|"
    r"rockets?|launch\w*|target\w*|blow\w*|blew|destroy\w*|downing|explosions?|blasts?|crash(?:ed|es)?|"
    r"tragedy|massacre|sinking)\b",
    re.I,
)
# an accusation someone meant to make, not one made ("Kyiv hoped to accuse Moscow of ...", "bombed the depot in order
# to blame X": the purpose of an act)
INTENDED = re.compile(
    r"\b(?:(?:hop|tr(?:y|ied|ies|ying)|sought|seek|want|attempt|intend|plan|aim)\w*|in order|so as)\s+to\s+"
    r"(?:\w+\s+)?(?:accuse|blame|implicate|frame)",
    re.I,
)
MENTIONED = re.compile("|".join(MENTIONED_REPORT), re.I)
CAPABLE = re.compile("|".join(CAPABILITY), re.I)
LISTED = re.compile("|".join(ARSENAL_LISTED), re.I)
DENYING_REPORT = re.compile("|".join(DENIED_REPORT), re.I)
QUESTION_PUT = re.compile("|".join(ASKED), re.I)
OPEN_INVOLVED = re.compile("|".join(OPEN_INVOLVEMENT), re.I)
# what an involvement is in ("involvement in the blast at X"): the words after it name no party
_INVOLVED_IN = re.compile(r"^\s*(?:in|into)\b", re.I)
# a denial of firing, in English, French, Russian, Ukrainian, Spanish or Portuguese ("do not strike residential
# buildings", "не наносят ударов по жилым домам", "no bombardean inmuebles residenciales")
DENIED_ACT = re.compile(
    r"(?:\b(?:did not|didn['’]t|do not|does not|have not|has not|never|denied|denies|deny|no)\b[^.;]{0,40}"
    r"\b(?:fir(?:e|ed|ing)|strik\w*|struck|attack\w*|shell\w*|target\w*|bomb\w*)\b"
    r"|\b(?:d[ée]menti|ni[ée]|n['’]a pas|n['’]ont pas)\b[^.;]{0,30}\b(?:tirs?|frapp\w*|attaqu\w*|bombard\w*)\b"
    r"|(?:опроверг|отрица|не наносил|не нанос|не обстрел|не атак|не завда|не обстріл)\w*"
    r"|\b(?:no|nunca|não|nega\w*|neg[óo]u?|niega\w*)\s+(?:(?:ha|han|haber|ter|tem|têm)\s+)?"
    r"(?:bombarde\w*|atac\w*|dispar\w*|ataqu\w*))",
    re.I,
)
# a flight or an escape and its direction: "fled towards Chile", "were heading to the Bolivian border"
ESCAPE_WORDS = re.compile(
    rf"\b(?:(?:{'|'.join(ESCAPE)})\s+{ESCAPE_TO}|{ESCAPE_DIRECT})\s+(?:the\s+)?(?P<place>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# "..., not Ukraine": the rival direction, denied
NOT_INSTEAD = re.compile(r",?\s*(?:and\s+)?not\s+(?:to\s+|towards?\s+)?(?:the\s+)?(?P<place>[A-ZА-ЯЁ][\w'’-]+)")
FORCE = {name: re.compile(rf"\b(?:{'|'.join(stems)})", re.I) for name, stems in FORCES.items()}
ANY_FORCE = re.compile("|".join(f"(?:{p.pattern})" for p in FORCE.values()), re.I)
_FORCE_PLACE = re.compile(rf"\b(?:{'|'.join(sorted(FORCE_PLACES))})\b", re.I)
# who travels is the attackers: "the gunmen", "the men who allegedly attacked the hall"
_ATTACKERS_PHRASE = re.compile(
    rf"\b(?:{'|'.join(sorted(ATTACKERS))})\b|\bwho (?:\w+ )?(?:attacked|carried out|opened fire|stormed)\b", re.I
)
NEGATION_WORDS = re.compile(r"\b(?:not|never|no|neither|nor|none|nothing)\b|n't\b", re.I)
# a force aimed at someone the places do not name ("no gunfire was directed at the journalist")
_FIRED_AT_ONE = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:at|toward|towards|on|into)\s+(?:the\s+|her|him|them|his|their)", re.I
)
_NEGATION_BETWEEN = re.compile(r"\b(?:not|never|no|neither|nor|n't)\b|n't\b", re.I)
# a number followed by what it counts when the quantity names nothing: "the toll stood at 125 dead"
BARE_TOLL = re.compile(
    r"^\s+(?:(?:were|was|have been|had been|are|have)\s+)?"
    r"(?:dead|killed|died|deaths|fatalities|injured|wounded|hospitali[sz]ed|missing)\b",
    re.I,
)
# a number a toll phrase leads to: "the number of people killed is 125", "the death toll stood at 131"
TOLL_BEFORE = re.compile(
    r"\b(?:number of (?:people |persons )?(?:killed|dead|deaths|victims)|death toll|toll)"
    r"(?:\s+(?:in|from|at|of)\s+[^,.;]{0,40}?)?\s+"
    r"(?:is|was|stands at|stood at|reached|has reached|had reached|rose to|climbed to|at)\s+"
    r"(?:about |around |at least |more than |over )?$",
    re.I,
)
_SIDE_WORD = re.compile(rf"[A-ZА-ЯЁ][\w'’-]+|(?<![\w])(?:{'|'.join(LOWERCASE_SIDES)})\w*", re.U)


_ELIDED = re.compile(r"^[ld]['’]")  # "l'Allemagne", "d'Israël"


def _side_word(word: str) -> str | None:
    """The country a side word names: a capitalised name or demonym, or a lower-case French or Russian one."""
    low = word.casefold()
    if CYRILLIC.search(word):
        return country_of_word(word)  # "Росія", "российские", "РФ", in any case form
    return side_of(word, None) or next((c for stem, c in LOWERCASE_SIDES.items() if low.startswith(stem)), None)


def _side_word_abroad(word: str) -> str | None:
    """A side word in a French, Russian or Ukrainian account of who did it: as ``_side_word``, or a French country
    or capital name that is no English word (``la Russie``, ``Moscou``, ``l'Allemagne``), or a Russian or Ukrainian
    capital standing for its country (``на Киев``)."""
    low = word.casefold()
    return (
        _side_word(word)
        or FRENCH_SIDES.get(_ELIDED.sub("", low))
        or CAPITAL_SIDES.get(low)
        or (None if CYRILLIC.search(word) else _foreign_side(word))
    )


def source_side(words: str) -> str | None:
    """The country a source's own words name, in any language read (``Indian government sources``, ``четыре
    источника в индийском правительстве``, ``les militaires pakistanais``): its first side word."""
    return next((side for w in _HYPHENATED_WORD.findall(words) if (side := _side_word_abroad(w))), None)


_FOREIGN_ENDINGS = ("s", "es", "en", "er", "em", "e")  # plural and case endings of a national adjective


def _foreign_side(word: str) -> str | None:
    """A Spanish, Portuguese or German country name or national adjective (``Rusia``, ``Rússia``, ``rusas``,
    ``russischen``, ``Russlands``), by the tables of ``data.exonyms``: the word as it stands, or without a plural or
    case ending (``russischen`` is ``russisch``), or a capital's (``Moscú``). A name must be capitalised, as names
    are."""
    low = fold(word)
    demonyms, names = foreign_demonyms(), country_names()
    forms = [low] + [low[: -len(e)] for e in _FOREIGN_ENDINGS if low.endswith(e) and len(low) - len(e) >= 4]
    for form in forms:
        if form in demonyms:
            return demonyms[form]
        if word[:1].isupper() and form in names:
            return names[form]
    capital = cities().get(low) if word[:1].isupper() else None
    return CAPITALS.get(capital.casefold()) if capital else None  # "Moscú", "Moskau": the capital for its country


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
    target: str = ""  # for who did it: what the act was done to (entity id or kind of target), "" when not said
    against: float | None = None  # for counts: the figure its article sets it against (a rival account's)
    scope: str | None = None  # for counts: the site, place or whole the claim counts it for (``tolls.scope``)
    clock: str | None = None  # for counts: the time of day (``HH:MM``) of its day it was true at (``tolls.clocks``)
    sourced: bool = False  # for counts: given by a source named right before it (``a cleric estimating 50``)


def origin_of(view: ClaimView, names: dict[str, Entity]) -> str | None:
    """The first named source of the claim's relay chain (``origins.relay_chain``: who the claim is attributed to,
    else the first agency that relays it, ``TASS quotes ...``) that is a known entity; None when the outlet speaks
    for itself."""
    chain = relay_chain(view)
    return next((e for e in (chain.speaker, *chain.relays) if e is not None and e in names), None)


_SEARCHED: dict[tuple[int, str], tuple[re.Pattern[str], re.Match[str] | None]] = {}
_SEARCHES_KEPT = 1 << 15


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, kept by text: wire copies and reprints give many claims one text, and every claim
    is read for every question (16 patterns a claim). Most texts hold none of a pattern's words: ``folded.search``
    tells so from the lower-cased text, several times faster than the case-insensitive pattern. Kept by the
    pattern's identity (its hash reads its whole compiled code); the pattern kept beside keeps its id its own."""
    key = (id(pattern), text)
    kept = _SEARCHED.get(key)
    if kept is not None and kept[0] is pattern:
        return kept[1]
    if len(_SEARCHED) >= _SEARCHES_KEPT:
        _SEARCHED.clear()
    found = folded.search(pattern, text)
    _SEARCHED[key] = (pattern, found)
    return found


def find_answers(views: Sequence[ClaimView], scope: Scope, entities: Sequence[Entity]) -> list[Found]:
    """Every answer any claim gives to a question about the event it is scoped to."""
    names = {e.id: e for e in entities}
    mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in entities:
        if e.type in ("EQUIPMENT", "PERSON"):
            for m in e.mentions:
                mentions[m.article].append((m.start, m.end, e.id))
    for listed in mentions.values():
        listed.sort()
    out: list[Found] = []
    countries = _event_countries(views, scope, names)
    parties = NamedParties(entities, _party_name)
    told: dict[str, list[Found]] = defaultdict(list)  # per article, the counts it gave so far
    hours = tolls.clocks(views)
    dead_from: dict[str, int] = {}  # per article, the first claim that tells of a death
    voted_from: dict[str, int] = {}  # per article, the first claim that names a vote
    for k, v in enumerate(views):
        if v.article not in dead_from and _search(DEATH_WORD, f"{v.lead} {v.claim.text}"):
            dead_from[v.article] = k
        if v.article not in voted_from and v.words & _ELECTION_WORDS:
            voted_from[v.article] = k
        event = scope.event_of[k]
        if event is None:
            continue
        clause = v.nested and not v.frames  # a clause with no act of its own ("that left 16 people dead"): its counts
        text = v.claim.text
        if "?" in text or _search(COUNTERFACTUAL, text):
            continue
        stance = _stance(v)
        origin = origin_of(v, names)
        as_of = _as_of(v, scope.events[event].day)
        base = {"claim": v.claim.id, "article": v.article, "origin": origin}
        mine = [] if clause else _acts(k, v, stance, base, names, countries.get(event))
        counted = {**base, "origin": tolls.count_origin(v, origin, names)}
        places = _places(v, names)
        counts = _counts(k, v, stance, counted, as_of, _settled_next(views, k), told[v.article], places)
        mine += [dataclasses.replace(f, clock=hours[k]) for f in counts] if hours[k] else counts
        mine += _bodies(k, v, stance, counted, as_of)
        told[v.article].extend(f for f in mine if f.kind in _COUNT_KINDS)
        mine += _death_cause(k, views, stance, base, dead_from)  # a clause's too: "said she died after she was beaten"
        if clause:
            out.extend(mine)  # the clause's numbers are its own (``ClaimView.quantities``), no other claim's
            continue
        mine += _intent(k, v, stance, base)
        mine += _nature(k, v, stance, base, mine)
        mine += _cause(k, v, stance, base)
        mine += _linked_cause(k, v, stance, base, mine)
        mine += _accident_cause(k, v, stance, base)
        mine += _hour(k, v, stance, base, v.day if v.day_inside else None)  # the day it names, not the article's
        mine += _attackers(k, v, stance, base, as_of)
        mine += _on_board(k, v, stance, base)
        mine += _tallies(k, v, stance, base, as_of)
        mine += _force(k, v, stance, base)
        if not any(f.kind == "escape" for f in mine):
            mine += _escape(k, v, stance, base, names)
        if not any(f.kind == "agent" for f in mine) and v.language in _CLAIMING_LANGUAGES:
            mine += _claimed_abroad(k, v, stance, base, names)
        if not any(f.kind == "agent" for f in mine) and v.language in _ACTIVE:
            mine += _acts_abroad(k, v, stance, base, names, parties)
        if v.language in _MEANS_ABROAD:
            mine += _means_abroad(k, v, stance, base)
        if not any(f.kind == "agent" for f in mine):
            mine += _denied_acts(k, v, base, names, parties)
        if not any(f.kind == "agent" for f in mine):
            mine += _responsible(k, v, stance, base, names) or _fired_from(k, v, stance, base, parties)
        if not any(f.kind == "agent" for f in mine):
            mine += _role_denied(k, v, base, names, parties)
        if v.language in (None, "en") and (cleft := _cleft_doer(k, v, stance, base, names, parties)):
            # "it was not Ukraine that fired": the cleft's own stance, over a parse that read "Ukraine ... fired"
            mine = [f for f in mine if f.kind != "agent" or f.answer.value != cleft[0].answer.value] + cleft
        if not any(f.kind == "agent" for f in mine) and v.language in _NOMINAL_ACTS:
            mine += _nominal_abroad(k, v, stance, base, parties)
        if not any(f.kind == "agent" for f in mine):
            mine += _blanket_denial(k, v, base, names)
        if _weapon_shot_down(text):
            mine = [f for f in mine if f.kind not in ("agent", "means")]  # "a missile ... was shot down elsewhere"
        # "the Kremlin denied any Ukrainian involvement": the part denied is another party's, not the denier's
        mine = [f for f in mine if not _denies_anothers_part(f, text)]
        if _search(CONDITIONAL, f"{v.lead} {text}"):
            mine = [f for f in mine if f.kind != "agent"]  # "if X finds the attackers were linked to Y"
        asked = _asked_from(v)
        if asked is not None:  # "was asked how X could say it does not attack ...": a question, not an answer
            mine = [f for f in mine if f.answer.span.start < asked]
        recalled = _search(RECALLED_AFTER, text)
        if recalled is not None:  # "the crash comes months after X launched a mutiny": the mutiny is another event's
            cut = v.claim.span.start + recalled.end()
            mine = [f for f in mine if f.kind not in _ACT_KINDS or f.answer.span.start < cut]
        mentioned = _mentioned_from(v)
        if mentioned is not None:  # "after reports that X had struck the town": the reports', not the speaker's
            mine = [_reports_answer(f) if f.kind == "agent" and f.answer.span.start >= mentioned else f for f in mine]
        mine += _involved(k, v, stance, base, names)
        mine += _states(k, v, stance, base)
        mine += _reach(k, v, stance, base)
        mine += _threat(k, v, stance, base)
        mine += _charge(k, v, stance, base, as_of)
        listed = mentions.get(v.article, [])
        at = bisect.bisect_left(listed, (v.claim.span.start, -1, ""))
        inside = []
        while at < len(listed) and listed[at][0] < v.claim.span.end:
            if listed[at][1] <= v.claim.span.end:
                inside.append(listed[at])
            at += 1
        mine += _equipment(k, v, stance, base, inside, names, mine)
        mine += _ruled_out_means(k, v, base, names)
        mine += _struck_from_outside(k, mine)
        elected = (first_vote := voted_from.get(v.article)) is not None and first_vote < k
        mine += _vote(k, v, stance, base, inside, names, elected)
        mine += _arsenal(k, v, stance, base, inside, names)
        out.extend(_at_service(f, v, names) if f.kind == "agent" else f for f in mine)
    out = _no_storm_agents(out, views)
    out = [_earlier_year(f, views[f.view], _event_day(scope, f.view)) for f in out]
    return _bodies_set_against(out, views)


def _event_day(scope: Scope, view: int) -> str | None:
    event = scope.event_of[view]
    return scope.events[event].day if event is not None else None


_STORM_NAMED = re.compile(rf"\b(?:{'|'.join(STORM_KINDS)})\s+«?([A-ZА-ЯЁ][\w-]+)", re.I)


def _no_storm_agents(found: list[Found], views: Sequence[ClaimView]) -> list[Found]:
    """A storm is no party (``Maria may have killed 4,645 people``): agent answers naming a storm the coverage
    names by its kind (``Hurricane Maria``) are dropped."""
    storms = {m.group(1).casefold() for v in views for m in _STORM_NAMED.finditer(f"{v.lead} {v.claim.text}")}
    if not storms:
        return found
    return [f for f in found if f.kind != "agent" or f.answer.value.casefold().split()[-1] not in storms]


_YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?:['’]s)?(?![\d,.])")


def _earlier_year(f: Found, v: ClaimView, event_day: str | None) -> Found:
    """A count in a claim that names a year before the event's (``the official death toll from 2005's Hurricane
    Katrina is 1,833``): another event's count, set apart as told elsewhere."""
    if f.kind not in _COUNT_KINDS or not event_day or f.answer.note:
        return f
    year = int(event_day[:4])
    told = [int(m.group(1)) for m in _YEAR.finditer(v.claim.text) if m.group(1) != f"{f.answer.number or 0:.0f}"]
    if not any(y < year for y in told):
        return f
    return dataclasses.replace(f, answer=dataclasses.replace(f.answer, note="elsewhere"))


def _bodies(k: int, v: ClaimView, stance: str, base: dict[str, str | None], as_of: str | None) -> list[Found]:
    """The counts of bodies found a claim gives (``tolls.bodies``): a question of its own, not the toll of the dead,
    each count told as of its day; a number inside a clause nested in the claim is that clause's."""
    if stance == "denied":
        return []
    out = []
    at = v.claim.span.start
    for start, end, value in tolls.bodies(v.claim.text):
        span = Span(at + start, at + end)
        if any(n.start <= span.start and span.end <= n.end for n in v.inner):
            continue
        answer = _answer(
            f"{value} bodies",
            span,
            stance,
            base,
            as_of=as_of,
            number=float(value),
        )
        out.append(Found("toll_bodies", k, answer))
    return out


def _bodies_set_against(found: list[Found], views: Sequence[ClaimView]) -> list[Found]:
    """An article that tells a second source's count of bodies beside a first's of the same day, with a word that
    sets the source apart (``TASS, for its part, reported seven``, ``X a, elle, mentionné sept``): the two figures
    are rival accounts of one moment, each set against the other, not an update of the count."""
    earlier: dict[str, int] = {}  # per article, where in ``found`` its last count of bodies stands
    out = list(found)
    for i, f in enumerate(out):
        if f.kind != "toll_bodies":
            continue
        v = views[f.view]
        j = earlier.get(v.article)
        earlier[v.article] = i
        if j is None:
            continue
        before = out[j]
        if before.answer.number == f.answer.number or before.answer.as_of != f.answer.as_of or before.view == f.view:
            continue
        if _search(tolls.SOURCE_CONTRAST_WORDS, f"{v.lead} {v.claim.text}") is None:
            continue
        out[i] = dataclasses.replace(f, against=before.answer.number)
        out[j] = dataclasses.replace(before, against=f.answer.number)
    return out


def _at_service(f: Found, v: ClaimView, names: dict[str, Entity]) -> Found:
    """A country's answer kept at the grain of the service it names (``the Chilean Air Force``: ``Chile (air
    force)``), from the answer's words, else from its entity's names (``the CAF``); ``parties`` compares them."""
    value = f.answer.value
    if side_of(value, None) != value:
        return f  # a person, a group: no country's forces
    at = v.claim.span.start
    words = v.claim.text[f.answer.span.start - at : f.answer.span.end - at]
    entity = names.get(f.answer.entity or "")
    service = service_of(words, (entity.name, *entity.aliases) if entity else ())
    if service is None:
        return f
    return dataclasses.replace(f, answer=dataclasses.replace(f.answer, value=with_service(value, service)))


def _mentioned_from(v: ClaimView) -> int | None:
    """Where the claim starts telling a report it only mentions (``MENTIONED_REPORT``: ``after reports that``,
    ``questioning claims of``, read from the sentence's words before the claim on), as an article offset; None when
    it mentions none. An answer told after it is the mentioned report's, not the claim's (``_reports_answer``)."""
    lead = f"{v.lead} "
    m = _search(MENTIONED, lead + v.claim.text)
    return None if m is None else v.claim.span.start + m.end() - len(lead)


def _asked_from(v: ClaimView) -> int | None:
    """Where a question put to someone starts (``was asked how ...``, ``asked whether ...``), read from the sentence's
    words before the claim on, as an article offset; None when the claim tells none."""
    lead = f"{v.lead} "
    m = _search(QUESTION_PUT, lead + v.claim.text)
    return None if m is None else max(v.claim.span.start, v.claim.span.start + m.start() - len(lead))


def _reports_answer(f: Found) -> Found:
    """An answer told inside a report the claim only mentions: hedged, on no named source's word (the reports'), not
    the speaker's; a denial stays the claim's own."""
    if f.answer.stance == "denied":
        return f
    return dataclasses.replace(f, answer=dataclasses.replace(f.answer, stance="hedged", origin=None))


def _as_of(v: ClaimView, event_day: str | None) -> str | None:
    """The day a count was true for: the day the claim names (``on March 5, the department said 17``), unless that
    is the event's own day in an article published later (``the attack on Friday killed 139``: Friday is when it
    happened, the count is the one known when the article went out) or in an article whose day is only inferred
    (then unknown); else the day the article was published."""
    published = v.published.isoformat() if v.published else None
    if v.day and published and v.day == event_day and published > v.day:
        return published
    if v.day and v.day == event_day and v.published_inferred:
        return None  # "the strike on 14 January killed 44" in an undated article: known some day after, not which
    return v.day or published


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
    if stance == "denied":
        return []
    if not any(f.kind in ("attack", "use") for f in v.frames) and not v.words & _WEAPON_NOUNS and not _told_abroad(v):
        return []  # an act neither parsed, nor named by a weapon noun, nor told in a language with no parse
    if any(f.kind == "use" and f.negated for f in v.frames):
        return []  # "X does not use Y": about X's arsenal, not about the act
    if _search(CAPABLE, v.claim.text):
        return []  # "the jet can carry four guided bombs": what it could bear, not what was used
    if _search(LISTED, v.claim.text) is not None and not any(
        f.kind == "attack" and f.role("patient") for f in v.frames
    ):
        # "the attacks included X missiles": one weapon of a barrage's list, with no target it is said to have hit
        inside = [m for m in inside if not _listed(v, m[0])]
    have = {x.answer.entity for x in found if x.view == k and x.kind == "means"}
    # what was hit, carried or flown is no weapon of the act; but a weapon that crashed or fell (``the wreckage of the
    # Tochka-U rocket crashed near the station``) is the one that struck
    hit = {
        v.roles.get((n, role.name))
        for n, f in enumerate(v.frames)
        for role in f.roles
        if role.name in ("patient", "cargo", "vehicle") and not (f.kind == "incident" and _weaponish(role.text))
    }
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
    before = v.claim.text[: span.start - v.claim.span.start]
    if _NOT_THE_ONE.search(before):
        stance = "denied"  # "the warhead was not that of an S-300 missile": that weapon is ruled out
    return [_found("means", k, names[eid].name, span, stance, base, eid)]


def _struck_from_outside(k: int, found: list[Found]) -> list[Found]:
    """A weapon that hit it (``two Neptune missiles hit the cruiser``) says what caused the harm: a strike from
    outside, the rival of a fire or an explosion on board; given as a cause answer too, unless the claim gave a
    cause of its own. A weapon denied, or one whose role no word tells, says nothing of the cause."""
    if any(f.kind == "cause" for f in found):
        return []
    for f in found:
        if f.kind == "means" and f.answer.stance != "denied" and weapon_role(f.answer.value) is not None:
            answer = dataclasses.replace(f.answer, value=FROM_OUTSIDE, entity=None)
            return [Found("cause", k, answer)]
    return []


# a weapon ruled out right where it is named: "was not an S-300", "not that of a Tochka-U", "it was no Iskander"
_NOT_THE_ONE = re.compile(r"\b(?:not|never|no)\s+(?:(?:that|those|one)\s+of\s+)?(?:an?\s+|the\s+)?$", re.I)


_LISTED_GAP = 24  # characters between "including" and the weapon it lists ("including Kinzhal hypersonic missiles")


def _listed(v: ClaimView, start: int) -> bool:
    """The weapon mention at ``start`` is listed right after "included", "including", "such as": one item of a
    list (``the attacks included X``), not the weapon the claim says hit something."""
    text = v.claim.text
    at = start - v.claim.span.start
    for m in LISTED.finditer(text, 0, at):
        gap = text[m.end() : at]
        if len(gap) <= _LISTED_GAP and not any(mark in gap for mark in ",;:") and " that " not in f" {gap} ":
            return True
    return False


_RULED_OUT = re.compile("|".join(RULED_OUT_MEANS), re.I)


def _ruled_out_means(k: int, v: ClaimView, base: dict[str, str | None], names: dict[str, Entity]) -> list[Found]:
    """Evidence said not to fit a named weapon (``the damage appears inconsistent with a HIMARS-launched attack``,
    ``the fragments do not match a Tochka-U``): that weapon, denied as the means. The weapon is the first named
    weapon (an equipment entity's name or alias, as a word) after the words, inside their clause; the name may be
    written into a compound (``HIMARS-launched``) where the entity finder saw no mention."""
    text = v.claim.text
    m = _search(_RULED_OUT, text)
    if m is None:
        return []
    rest = text[m.end() :]
    rest = rest[: next((c.start() for c in _CLAUSE_END.finditer(rest)), len(rest))]
    best: tuple[int, int, Entity] | None = None
    for e in names.values():
        if e.type != "EQUIPMENT" or _craft(e):
            continue
        for name in (e.name, *e.aliases):
            w = re.search(rf"(?<![\w]){re.escape(name)}(?![^\W_])", rest)
            if w is not None and (best is None or w.start() < best[0]):
                best = (w.start(), w.end(), e)
    if best is None:
        return []
    at = v.claim.span.start + m.end()
    return [_found("means", k, best[2].name, Span(at + best[0], at + best[1]), "denied", base, best[2].id)]


def _craft(entity: Entity) -> bool:
    """An aircraft, ship or vehicle named as equipment: what was hit or carried, not what hit it."""
    words = {w.casefold() for name in (entity.name, *entity.aliases) for w in name.split()}
    return is_aircraft(entity.name) or bool(words & VEHICLES)


_NOT_A_SHARE_AFTER = re.compile(rf"\s*(?:of|des|из)?\s*(?:the\s+|les\s+)?{COUNTED_UNITS}", re.I)
_TURNOUT_BEFORE = re.compile(rf"\b(?:{'|'.join(TURNOUT)})\b[^.;%]{{0,30}}$", re.I)
# a share set against the one before it: "51% against 44%", "51,2 % contre 44,2 %"
_AGAINST = re.compile(r"\b(?:against|versus|vs|contre|против)\b", re.I)
# a survey's estimate, not a count of the vote
_POLL = re.compile(r"\b(?:exit|opinion)[- ]polls?\b|\bsondages?\b|\bэкзитпол\w*", re.I)
_FOR_WORD_AFTER = re.compile(r"\W*(?:for|pour|для|за)\b", re.I)
# a negation before a verdict on the vote: "was not fair", "does not consider the vote free or fair", "didn't find it
# credible"; "no doubt" affirms
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|neither|nor|kein\w*|aucune?|ningún|ninguna)\b|\bno\b(?!\s+doubt)|n['’]t\b|\bpas\s+de\b|"
    r"(?<!\w)(?:нет|никаких|не было)(?!\w))[^.,;]{0,40}$",
    re.I,
)


def _vote(
    k: int,
    v: ClaimView,
    stance: str,
    base: dict[str, str | None],
    inside: list[tuple[int, int, str]],
    names: dict[str, Entity],
    elected_before: bool = False,
) -> list[Found]:
    """Who won, each candidate's share, and whether the vote was clean: a person named next to a win word, a
    percentage after a person's name, a word for fraud or for fairness (a word for fraud alone, ``elected_before``,
    in an article that named the vote before)."""
    out: list[Found] = []
    text, start = v.claim.text, v.claim.span.start
    people = sorted((s, e, eid) for s, e, eid in inside if names[eid].type == "PERSON")
    won = next((m for m in WON.finditer(text) if not _not_a_win(text, m)), None) if _search(WON, text) else None
    if won is not None and people:
        at = start + won.start()
        before = [p for p in people if p[1] <= at]
        person = before[-1] if before else people[0]
        if "defeat" in won.group(0).casefold() or "beat" in won.group(0).casefold():
            person = before[-1] if before else person
        out.append(_found("winner", k, names[person[2]].name, Span(person[0], person[1]), stance, base, person[2]))
    counted_votes = False  # a number of votes came before in the claim: the next may leave "votes" out
    for q in v.quantities:
        if q.value is None or not people:
            continue
        if q.unit is None and (_votes_counted(q) or counted_votes and _votes_elided(q, text, start)):
            elided, counted_votes = not _votes_counted(q), True
            voted = _candidate(q, text, start, people)
            if voted is not None and (not elided or voted[0] >= q.span.end):  # left out: only "for" a name after
                answer = _tally_answer(q, f"{q.text} votes", voted[2], base, stance, text)
                out.append(Found("votes", k, answer, names[voted[2]].name))
            continue
        if q.unit != "%":
            continue
        if _NOT_A_SHARE_AFTER.match(text[q.span.end - start :]) or _TURNOUT_BEFORE.search(text[: q.span.start - start]):
            continue  # "80% of the tally sheets", "turnout was 59%": the count or the voters, not a candidate's share
        candidate = _candidate(q, text, start, people)
        if candidate is None:
            continue
        answer = _tally_answer(q, q.text, candidate[2], base, stance, text)
        out.append(Found("share", k, answer, names[candidate[2]].name))
        if _MAJORITY < q.value < 100 and not _search(_ELECTORATE, text) and not any(f.kind == "winner" for f in out):
            # "Ahmadinejad has won 62.63 percent of the votes": more than half of them is a win, whoever else claims one
            out.append(_found("winner", k, names[candidate[2]].name, q.span, answer.stance, base, candidate[2]))
    if not (v.words & _VOTE_WORDS or v.words & VOTE_WORDS_ABROAD) and elected_before:
        # "there was no fraud", "many obvious violations", in an article about a vote that named it before: only a
        # word for fraud, not one for fairness, says by itself that it is about the vote
        m = _FRAUD_ALONE.search(text)
        if m is not None:
            negated = bool(_NEGATION_BEFORE.search(text[: m.start()]))
            span = Span(start + m.start(), start + m.end())
            out.append(_found("integrity", k, "fraudulent", span, "denied" if negated else stance, base, None))
    if v.words & _VOTE_WORDS or v.words & VOTE_WORDS_ABROAD:
        flawed = VOTE_FLAWED_WORDS.search(text)
        for value, pattern in INTEGRITY.items():
            m = pattern.search(text)
            if m is not None and not (flawed is not None and flawed.start() <= m.start() < flawed.end()):
                negated = bool(_NEGATION_BEFORE.search(text[: m.start()]))
                span = Span(start + m.start(), start + m.end())
                out.append(_found("integrity", k, value, span, "denied" if negated else stance, base, None))
        if flawed is not None and not any(f.kind == "integrity" and f.answer.value == "clean" for f in out):
            # "an uneven playing field": a clean vote denied, whoever says it
            span = Span(start + flawed.start(), start + flawed.end())
            out.append(_found("integrity", k, "clean", span, "denied", base, None))
    return out


def _not_a_win(text: str, won: re.Match[str]) -> bool:
    """Whether a win word is said of a loser or of a share (``the defeated candidate X``, ``won 34 percent``)."""
    return any(m.start() <= won.start() < m.end() for m in NOT_A_WIN.finditer(text, max(0, won.start() - 40)))


_FOR_AFTER = 30  # characters between a share and the candidate it is "for"


def _tally_answer(q: Quantity, value: str, entity: str, base: dict[str, str | None], stance: str, text: str) -> Answer:
    """A candidate's votes or share (``q``), as an answer: a poll's figure is a projection, not a count."""
    return _answer(
        value,
        q.span,
        stance,
        base,
        entity=entity,
        number=q.value,
        qualifier=q.qualifier,
        note="projection" if _POLL.search(text) else None,
    )


def _candidate(q: Quantity, text: str, start: int, people: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The candidate a share or a number of votes is for: the person right after ``for`` (``44.2% for González``,
    ``2.7 million votes for Ruiz``), else the person named before it; None when a rival stands between (``Maduro won
    51% against 44%``: the second share is the rival's, who is not named here)."""
    before = [p for p in people if p[1] <= q.span.start]
    reach = q.span.end + _FOR_AFTER
    rival = _FOR_A_RIVAL.match(text, q.span.end - start)
    if rival is not None:  # "6.2 million for his rival, the former mayor Ruiz": the rival named after the comma
        reach = start + rival.end()
    after = [p for p in people if q.span.end <= p[0] <= reach]
    if after and _FOR_WORD_AFTER.match(_after_counted(q, text, start)):
        return after[0]
    if rival is not None or _FOR_A_RIVAL_CUT.match(text, q.span.end - start):
        return None  # the rival of the one named before, whose name the claim does not reach
    between = text[before[-1][1] - start : q.span.start - start] if before else ""
    if before and not _AGAINST.search(between) and not _SOMEONE_ELSE.search(between):
        return before[-1]
    return None


# a pronoun for someone else between the person named and the share: "donnant M. X vainqueur avec 80 % des voix et ne
# lui en accordant que 10 %" (her share, not his)
_SOMEONE_ELSE = re.compile(r"\b(?:lui|leur|her|him|them|ihr|ihm|ihnen)\b|(?<!\w)(?:ей|ему|им)(?!\w)", re.I)


# "for his rival, former diplomat X": a candidate named by an apposition after the word for the rival
_FOR_A_RIVAL = re.compile(
    rf"(?:\s*(?:{'|'.join(sorted(VOTE_UNITS))}))?\s+for\s+(?:his|her|their|the)\s+(?:main\s+)?(?:rival|opponent|"
    r"challenger)s?,\s+(?:[\w.'-]+\s+){0,4}",
    re.I,
)
_FOR_A_RIVAL_CUT = re.compile(
    rf"(?:\s*(?:{'|'.join(sorted(VOTE_UNITS))}))?\s+for\s+(?:his|her|their|the)\s+(?:main\s+)?(?:rival|opponent|"
    r"challenger)s?\b",
    re.I,
)
# "2.7 million votes for Ruiz and 6.2 million for ...": the second number's "votes" left out
_ELIDED_VOTES = re.compile(r"\s*(?:,|and|et|и)\s*$", re.I)
_ELIDED_GAP = 60  # characters between the first number of votes and the next


def _votes_elided(q: Quantity, text: str, start: int) -> bool:
    """A number right after a number of votes for someone (``... votes for Ruiz and 6.2 million for his rival``),
    itself for someone: votes, with the word left out."""
    before = text[max(0, q.span.start - start - _ELIDED_GAP) : q.span.start - start]
    return bool(_ELIDED_VOTES.search(before)) and bool(_FOR_WORD_AFTER.match(text, q.span.end - start))


def _after_counted(q: Quantity, text: str, start: int) -> str:
    """The text after a number and the word it counts (``votes`` in ``2.7 million votes for Ruiz``)."""
    rest = text[q.span.end - start :]
    m = _VOTES_WORD.match(rest)
    return rest[m.end() :] if m else rest


def _votes_counted(q: Quantity) -> bool:
    words = (q.counts or "").casefold().split()
    return bool(words) and words[-1].strip(".,") in VOTE_UNITS


_VOTES_WORD = re.compile(rf"\s*(?:{'|'.join(sorted(VOTE_UNITS))})\b", re.I)
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


_MAJORITY = 50  # per cent of the votes above which a candidate's share is a win
# a share of the voters, not of the votes ("more than 100% of those eligible have cast their ballot")
_ELECTORATE = re.compile(r"\b(?:eligible|turnout|participation|cast their)\b", re.I)
# the words for fraud that say by themselves it was the vote's (not "manipulated" or "stolen", said of much else)
_FRAUD_ALONE = re.compile("|".join(VOTE_FRAUD), re.I)  # said of the vote without naming it
# the words that name a vote itself (not a count or a result, which other stories have too)
_ELECTION_WORDS = frozenset({"election", "elections", "vote", "voting", "ballot", "ballots"}) | VOTE_WORDS_ABROAD
_ARSENAL_DENIED = re.compile("|".join(ARSENAL_DENIED), re.I)
_ARSENAL_ONLY_BY = re.compile("|".join(ARSENAL_ONLY_BY), re.I)
_ARSENAL_ONLY_OF = re.compile("|".join(ARSENAL_ONLY_OF), re.I)
_ARSENAL_ONLY_BEFORE = re.compile(ARSENAL_ONLY_BEFORE, re.I)
_ARSENAL_VERB = re.compile(rf"\b{ARSENAL_VERBS}\b", re.I)
_MADE = re.compile(ARSENAL_MADE, re.I)
_ARTICLE = re.compile(r"(?:the|its|their|l[ae']|les)\s*", re.I)
_CLAUSE_END = re.compile(r"[.;!?]")
_ARSENAL_WINDOW = 100  # characters around a weapon's name where who fields it is said
_ARSENAL_SIDE_GAP = 50  # characters between the side and the words that deny or restrict its use


def _arsenal(
    k: int,
    v: ClaimView,
    stance: str,
    base: dict[str, str | None],
    inside: list[tuple[int, int, str]],
    names: dict[str, Entity],
) -> list[Found]:
    """Who fields a named weapon, a question of its own per weapon (``does Russia use the Tochka-U?``): a side that
    says it does not (``X does not use W``: denied), a side said to be the only one that has it (``W is used only by
    X``, ``X is the only party that uses W``: note ``only``), or a side word right before the name (``a Russian W``).
    Who built it (``Soviet-made``) is not who fields it."""
    text, start = v.claim.text, v.claim.span.start
    out: list[Found] = []
    done: set[str] = set()
    for s, e, eid in inside:
        if eid in done or names[eid].type != "EQUIPMENT" or _craft(names[eid]):
            continue
        rel_s, rel_e = s - start, e - start
        before = text[max(0, rel_s - _ARSENAL_WINDOW) : rel_s]
        before = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0) :]
        offset = rel_s - len(before)
        after = text[rel_e : rel_e + _ARSENAL_WINDOW]
        after = after[: next((m.start() for m in _CLAUSE_END.finditer(after)), len(after))]
        found = _arsenal_side(before, after, offset, rel_e)
        if found is None:
            continue
        side, at, end, how = found
        done.add(eid)
        answer = _answer(
            side,
            Span(start + min(at, rel_s), start + max(end, rel_e)),
            "denied" if how == "denied" else stance,
            base,
            note="only" if how == "only" else None,
        )
        out.append(Found("arsenal", k, answer, names[eid].name))
    return out


def _arsenal_side(before: str, after: str, offset: int, rel_e: int) -> tuple[str, int, int, str] | None:
    """``(side, start, end, how)`` for the words around one weapon's name: ``how`` is ``denied``, ``only`` or
    ``named``; offsets are the claim's."""
    m = _ARSENAL_DENIED.search(before)
    if m is not None:
        side = _last_side(before[: m.start()], offset)
        if side is not None:
            return side[0], side[1], offset + m.end(), "denied"
    m = _ARSENAL_ONLY_BY.search(after)
    if m is not None:
        rest = after[m.end() :]
        skip = _ARTICLE.match(rest)
        w = _SIDE_WORD.match(rest, skip.end() if skip else 0)
        side_name = _side_word(w.group(0)) if w else None
        if w is not None and side_name is not None:
            return side_name, rel_e + m.end() + w.start(), rel_e + m.end() + w.end(), "only"
    m = _ARSENAL_ONLY_OF.search(before)
    if m is not None:
        side = _last_side(before[: m.start()], offset)
        if side is not None:
            return side[0], side[1], offset + m.end(), "only"
    for w in _SIDE_WORD.finditer(before):
        side_name = _side_word(w.group(0))
        if side_name and _ARSENAL_ONLY_BEFORE.search(before[: w.start()]) and _ARSENAL_VERB.search(before[w.end() :]):
            return side_name, offset + w.start(), offset + w.end(), "only"  # "only Ukraine uses W"
    last = before.rstrip().rsplit(None, 1)
    word = last[-1] if last else ""
    side_name = _side_word(word) if word and not _MADE.match(word) else None
    if side_name is not None and before.endswith((" ", "\u00a0")):
        at = offset + len(before.rstrip()) - len(word)
        return side_name, at, at + len(word), "named"  # "a Russian Tochka-U"
    return None


def _last_side(text: str, offset: int) -> tuple[str, int, int] | None:
    """The last side word in ``text`` if it stands close to its end: ``(country, start, end)``, offsets + ``offset``."""
    sides = [(w.start(), w.end(), s) for w in _SIDE_WORD.finditer(text) if (s := _side_word(w.group(0)))]
    if not sides or len(text) - sides[-1][1] > _ARSENAL_SIDE_GAP:
        return None
    at, end, side = sides[-1]
    return side, offset + at, offset + end


def _stance(v: ClaimView) -> str:
    """The claim's stance, with negative modality read as a denial (``it is unlikely that X fired``)."""
    if v.claim.stance == "denied" and _search(_NOT_ONLY, v.claim.text):
        return "attributed" if v.claim.speaker_text or v.claim.cue else "asserted"  # "didn't just kill him": did
    if v.claim.stance != "denied" and _search(UNLIKELY, v.claim.text):
        return "denied"
    if v.claim.stance != "denied" and v.trail and _RULED_OUT_AFTER.match(v.trail):
        return "denied"  # 'the officer said the shell having come from X was "untrue"': ruled out
    if v.claim.stance != "denied" and _search(DISMISSED, v.claim.text):
        return "denied"  # "he called foreign reports on the missile fuel baseless"
    if v.claim.stance != "denied" and _search(REJECTED, v.claim.text):
        return "denied"  # "reports that a missile brought the jet down were inaccurate", "an absolute lie"
    if v.claim.stance != "denied" and v.lead and _denied_report(v):
        return "denied"  # "dismissed as untrue allegations that [the army deliberately hit it]"
    if v.claim.stance in ("asserted", "attributed") and _search(SPECULATED, v.claim.text):
        return "hedged"  # "cautioning against speculation that the plane was shot down"
    return v.claim.stance


def _denied_report(v: ClaimView) -> bool:
    """The claim is the clause of an allegation its sentence denies (``rejected claims that [...]``, ``dismissed as
    untrue allegations [that ...]``): the words of denial end just before it, or at its opening "that"."""
    head = v.claim.text[:8]
    m = DENYING_REPORT.search(f"{v.lead}{head}")
    return m is not None and m.end() >= len(v.lead) - 1 and m.end() <= len(v.lead) + len(head)


def _acts(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity], country: str | None
) -> list[Found]:
    """Who did it, with what, where the transport went, read from the claim's frames; ``country`` is where the
    event's acts were done (``_event_countries``), None when unknown."""
    out: list[Found] = []
    text = v.claim.text
    for n, f in enumerate(v.frames):
        if f.negated and (_kept_on(text) or _NOT_ONLY.search(text)):
            # "did not stop firing": fired, and went on firing; "didn't just kill a man": killed, and more
            f = dataclasses.replace(f, negated=False)
        if f.kind == "attack" and not RETALIATION.search(text):
            if _defence(f, text) or _not_an_act(f) or _another_country(v, n, f, country):
                continue
            agent = f.role("agent")
            side = v.side.get((n, "agent"))
            entity = v.roles.get((n, "agent"))
            accusers = {r.span for g in v.frames if g.kind == "blame" for r in g.roles if r.name == "agent"}
            if agent is not None and agent.span in accusers:
                agent = None  # "Kyiv accused Russia of hitting it": the accuser is not who hit it
            if agent is not None and _weapon_head(agent.text):
                # "a Russian-made missile hit it": the means; its owner is a "responsible" frame's. A weapon told by
                # what it is for ("an air defence missile hit the hospital") answers with what
                named = _weapon_phrase(agent.text)
                listed = names.get(entity or "")
                known = listed is not None and listed.type == "EQUIPMENT"  # a named weapon: ``_equipment``'s
                if named and weapon_role(named) and not known and not f.negated and stance != "denied":
                    span = Span(agent.span.start, agent.span.start + agent.text.find(named) + len(named))
                    out.append(_found("means", k, named, span, _frame_stance(f, stance), base, None))
                agent = None
            if agent is not None and _head_word(agent.text) in SITE_WORDS:
                agent = None  # "an explosion at X's main port that killed 40": hung on the site
            if agent is not None and _named_for_a_place(agent.text, side, names.get(entity or "")):
                agent = None  # "the Christchurch shootings killed 50": an event named for its town, not a doer
            if agent is not None and (_firing_noun(f, text) or _search(_BASE_USED, text)):
                agent = None  # "using the upper floors as firing points", "using the plant to fire on positions"
            if agent is not None and _CAUSED_BEFORE.search(text[: max(0, agent.span.start - v.claim.span.start)]):
                agent = None  # "had Navalny killed": the one killed; who had it done is the subject of "had"
            if agent is not None and (_harmed(v, agent.span) or _tied_to_another(agent.text)):
                agent = None  # "Iranian officials killed in the crash": harmed; "Tehran's arch-foe": not Tehran
            spoken = _speaker_itself(v, agent, names) if agent is not None and side is None and not entity else None
            if spoken is not None and agent is not None:
                # "the Russian defence ministry said it had struck the market", "“We did not strike it,” the
                # ministry said": the speaker tells of its own side's act
                found = _found("agent", k, spoken, agent.span, _frame_stance(f, stance), base, None)
                out.append(dataclasses.replace(found, target=_target(v, n, f)))
            elif agent is not None and _party(agent.text, side, entity, names) and _agent_placed(v, f, agent.span):
                value = side or _party_name(names[entity])  # type: ignore[index]
                found = _found("agent", k, value, agent.span, _frame_stance(f, stance), base, entity)
                out.append(dataclasses.replace(found, target=_target(v, n, f)))
            instrument = f.role("instrument")
            if (
                instrument is not None
                and not f.negated
                and stance != "denied"  # a denial is about who, not what
                and _head_word(instrument.text) not in _UNKNOWN_AGENTS  # "it was launched": a pronoun names nothing
            ):
                entity = v.roles.get((n, "instrument"))
                equipment = entity if entity and names.get(entity) and names[entity].type == "EQUIPMENT" else None
                value = names[equipment].name if equipment else _head_phrase(instrument.text)
                if value:
                    out.append(_found("means", k, value, instrument.span, stance, base, equipment))
        elif f.kind == "responsible" and not RETALIATION.search(text):
            # "X was behind it", "caused by X's rocket", "X denied responsibility" (negated): who did it
            agent = f.role("agent")
            side = v.side.get((n, "agent"))
            entity = v.roles.get((n, "agent"))
            if agent is not None and agent.text.casefold() in _FIRST_PERSON:
                side, entity = _speaker_side(v, names), None  # "our rocket": the speaker's side
            if agent is not None and _tied_to_another(agent.text):
                agent = None  # "Tehran's arch-foe has denied any involvement": another party than Tehran
            if agent is not None and _covered(v, agent.span):
                agent = None  # "killed while covering a raid by X": the raid is the setting, not the act
            act = f.predicate.split()[0] if f.predicate else ""
            if agent is not None and _named_for_a_place(f"{agent.text} {act}", side, names.get(entity or "")):
                agent = None  # "the Beslan massacre", "the Paris attacks": events named for their place
            if f.negated and stance != "denied" and _weapon_told(v, f):
                agent = None  # "the X shells did not hit the depot": X's shells were fired; not what they hit
            if agent is not None and _party(agent.text, side, entity, names):
                value = side or _party_name(names[entity])  # type: ignore[index]
                named = _head_phrase(agent.text)
                if not side and value != named and value in named.split():
                    # "Islamic State's claim": the NER kept "Islamic" only; the party is the entity of the whole name
                    value, entity = _whole_name(named, entity, names)
                said, firm = base, _frame_stance(f, stance)
                if f.predicate == "own responsibility" and firm != "denied":
                    # "ISIS confirmed its responsibility": on that party's own word, as a claim of responsibility
                    said, firm = dict(base, origin=entity if entity in names else base["origin"]), "attributed"
                out.append(_found("agent", k, value, agent.span, firm, said, entity))
            weapon = f.role("patient")
            if weapon is not None and not f.negated and stance != "denied":
                # "a Ukrainian air-defence missile crashed into it": with what, where the words tell what it is for
                named = _weapon_phrase(weapon.text)
                if named and weapon_role(named):
                    span = Span(weapon.span.start, weapon.span.start + weapon.text.find(named) + len(named))
                    out.append(_found("means", k, named, span, _frame_stance(f, stance), base, None))
        elif f.kind == "admit" and f.negated and f.predicate not in CLAIMING_PREDICATES:
            # "X did not admit responsibility": a denial; "X did not claim responsibility" is no claim, not a denial
            patient = f.role("patient")
            side = v.side.get((n, "agent"))
            if (
                side
                and patient is not None
                and patient.text.casefold().split()[-1] in ("responsibility", "involvement")
            ):
                out.append(_found("agent", k, side, patient.span, "denied", base, v.roles.get((n, "agent"))))
        elif f.kind == "blame" and not f.negated and _blames_act(v, f) and not INTENDED.search(text):
            # "X accused Y of hitting the station": Y did it, on X's word
            patient = f.role("patient")
            side = v.side.get((n, "patient"))
            entity = v.roles.get((n, "patient"))
            if patient is not None and _party(patient.text, side, entity, names):
                accuser = v.roles.get((n, "agent"))
                said = dict(base, origin=accuser if accuser in names else base["origin"])
                value = side or _party_name(names[entity])  # type: ignore[index]
                # the blame's own negation, not the claim's ("X denied the accusation and blamed Y": Y is blamed)
                denied = f.negated
                out.append(_found("agent", k, value, patient.span, "denied" if denied else "attributed", said, entity))
        elif f.kind == "use" and not f.negated:
            # "a weapon used by the Russian military": who used the weapon
            agent, instrument = f.role("agent"), f.role("instrument")
            side = v.side.get((n, "agent"))
            entity = v.roles.get((n, "agent"))
            if (
                agent is not None
                and instrument is not None
                and (v.classes.get((n, "instrument")) == "weapons" or _weaponish(instrument.text))
                and _party(agent.text, side, entity, names)
            ):
                value = side or _party_name(names[entity])  # type: ignore[index]
                out.append(_found("agent", k, value, agent.span, stance, base, entity))
        elif f.kind == "admit" and not f.negated and stance != "denied" and not _search(_FIRST_CLAIM, text):
            # "the Varnish Front claimed responsibility": who did it, on that party's own word
            agent, patient = f.role("agent"), f.role("patient")
            side = v.side.get((n, "agent"))
            entity = v.roles.get((n, "agent"))
            if (
                agent is not None
                and patient is not None
                and patient.text.casefold().split()[-1] in _CLAIMED
                and _party(agent.text, side, entity, names)
            ):
                # "urged Russia to accept responsibility": the urger's charge, not the party's own word
                said = (
                    base
                    if _search(DEMANDED_ADMISSION_WORDS, text[: agent.span.end - v.claim.span.start])
                    else (dict(base, origin=entity if entity in names else base["origin"]))
                )
                value = side or _party_name(names[entity])  # type: ignore[index]
                out.append(_found("agent", k, value, agent.span, "attributed", said, entity))
        elif f.kind == "transport" and not f.negated and _fled(f):
            # "the attackers were heading to Bolivia": where they fled, not a transport's destination
            r = f.role("destination")
            if r is not None:
                firm = _stance_at(v, stance, r.span)
                out.append(_escape_answer(k, r.text, r.span, firm, base, v.roles.get((n, "destination")), names))
                out += _not_instead(k, v, r.span, base, names)
        elif f.kind == "transport" and not f.negated and not _person_travels(v, n, f, names):
            for role in ("destination", "cargo"):
                r = f.role(role)
                if r is not None:
                    out.append(_found(role, k, " ".join(r.text.split()), r.span, stance, base, v.roles.get((n, role))))
    if _withdrawn(v):
        out = [f for f in out if f.answer.stance != "denied"]  # a first denial its sentence says was taken back
    if _search(_REPEATED, text):
        out = [f for f in out if f.kind != "agent"]  # "have repeatedly attacked it": a side's record, not this act
    return _unique(out)


def _speaker_itself(v: ClaimView, agent: Role, names: dict[str, Entity]) -> str | None:
    """The side of a claim's speaker when the act's doer is the speaker itself: "we" in its words, or "it"/"they"
    opening the clause it is said to have said (``the ministry said it had struck``); None otherwise."""
    word = agent.text.casefold()
    own = word in _FIRST_PERSON or (
        word in ("it", "they") and agent.span.start == v.claim.span.start and bool(v.claim.speaker_text)
    )
    after = v.claim.text[agent.span.end - v.claim.span.start :][:80]
    return _speaker_side(v, names) if own and not _OTHERS_ACT.search(after) else None


_OTHERS_ACT = re.compile(OTHERS_ACT_BETWEEN, re.I)


def _person_travels(v: ClaimView, n: int, f: Frame, names: dict[str, Entity]) -> bool:
    """A named person goes somewhere by himself (``Former President Trump traveled to East Palestine``): the frame
    names no vehicle, and what it moves is a person; where he went is no transport's destination or cargo."""
    if any(_head_word(r.text) in VEHICLES for r in f.roles):
        return False
    mover = names.get(v.roles.get((n, "cargo")) or "")
    return mover is not None and mover.type == "PERSON"


_FIRST_PERSON = frozenset({"our", "my", "we"})
_KEPT_ON = re.compile("|".join(KEPT_ON), re.I)


_HARMED_AFTER = re.compile(HARMED_AFTER, re.I)
_POSSESSIVE = re.compile(r"\w['’]s?\s", re.I)


def _harmed(v: ClaimView, agent: Span) -> bool:
    """The would-be doer is followed by a participle of harm (``Iranian officials killed in the crash``): harmed."""
    if not v.claim.span.contains(agent):
        return False
    return bool(_HARMED_AFTER.match(v.claim.text[agent.end - v.claim.span.start :]))


_BASE_USED = re.compile("|".join(BASE_USED), re.I)
_REPEATED = re.compile("|".join(REPEATED_ACTS), re.I)
_COVERED_BEFORE = re.compile(COVERED_BEFORE, re.I)


def _firing_noun(f: Frame, text: str) -> bool:
    """ "firing" as the adjective of a place or a unit (``firing points``, ``firing positions``): no act of firing."""
    patient = f.role("patient")
    if patient is None or _head_word(patient.text) not in FIRING_NOUNS:
        return False
    return re.search(rf"\bfiring\s+{re.escape(patient.text)}", text, re.I) is not None


def _covered(v: ClaimView, agent: Span) -> bool:
    """The doer of an act the victim was covering (``killed while covering a raid by X``): the setting's doer."""
    if not v.claim.span.contains(agent):
        return False
    return bool(_COVERED_BEFORE.search(v.claim.text[: agent.start - v.claim.span.start]))


def _tied_to_another(named: str) -> bool:
    """A party named by its tie to another (``Tehran's arch-foe``, ``Lima's closest ally``): not the possessor."""
    return _head_word(named) in RELATIONAL_HEADS and bool(_POSSESSIVE.search(named))


_INITIAL = re.compile(INITIAL_STANCE, re.I)
_LATER_ADMITTED = re.compile(LATER_ADMITTED, re.I)


_FIRST_CLAIM = re.compile("|".join(FIRST_CLAIM), re.I)


def _withdrawn(v: ClaimView) -> bool:
    """A denial told as a first stance that its own sentence says was taken back (``initially rejected their
    involvement, but later acknowledged their role``): the denial is history, not the source's answer."""
    return bool(v.trail) and bool(_LATER_ADMITTED.match(v.trail)) and bool(_INITIAL.search(f"{v.lead} {v.claim.text}"))


def _kept_on(text: str) -> bool:
    """The claim's only negation is that of a verb of stopping before the act (``did not stop firing even after she
    fell``): the act is told as going on, not denied."""
    m = _search(_KEPT_ON, text)
    return m is not None and len(NEGATION_WORDS.findall(text)) <= 1


def _weapon_told(v: ClaimView, f: Frame) -> bool:
    """A "responsible" frame that names a weapon as a side's (``the X shells``) in a claim whose negated act has
    that weapon for its doer and something else for what it hit (``the X shells did not hit the depot``): the
    negation says what the weapon spared, not who fired it."""
    weapon = f.role("patient")
    if weapon is None or not _weapon_head(weapon.text):
        return False
    return any(
        g.kind == "attack"
        and g.negated
        and (doer := g.role("agent")) is not None
        and doer.span == weapon.span
        and g.role("patient") is not None
        for g in v.frames
    )


def _event_countries(views: Sequence[ClaimView], scope: Scope, names: dict[str, Entity]) -> dict[int, str]:
    """Where each event happened, by country: its place's own country (``Moscow``), else the country its claims name
    right beside the place (``Orvik, Peru``, ``the northern Peruvian town of Orvik``), when more than half
    of such mentions name one; an event left out is placed nowhere. One pass over the claims."""
    out: dict[int, str] = {}
    places: dict[int, Entity] = {}
    for i, ev in enumerate(scope.events):
        place = names.get(ev.place or "")
        own = side_of(place.name, place) if place else None
        if own:
            out[i] = own
        elif place is not None:
            places[i] = place
    spots: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for place in places.values():
        for m in place.mentions:
            spots[(place.id, m.article)].append((m.start, m.end))
    told: dict[int, Counter[str]] = defaultdict(Counter)
    for k, v in enumerate(views):
        event = scope.event_of[k]
        place = places.get(event) if event is not None else None
        if event is None or place is None or place.id not in v.entities:
            continue
        text, start = v.claim.text, v.claim.span.start
        for s, e in spots.get((place.id, v.article), ()):
            if start <= s and e <= v.claim.span.end:
                after = _PLACE_COUNTRY_AFTER.match(text, e - start)
                before = _PLACE_COUNTRY_BEFORE.search(text[: s - start])
                told[event].update(c for m in (after, before) if m and (c := country_of(m.group(1))))
    for event, counted in told.items():
        side, most = counted.most_common(1)[0] if counted else ("", 0)
        if 2 * most > sum(counted.values()):
            out[event] = side
    return out


# a country told beside a place: "Orvik, Peru", "Orvik in northern Peru"; "the Peruvian town of Orvik"
_PLACE_COUNTRY_AFTER = re.compile(
    r",?\s+(?:in\s+)?(?:(?:the\s+)?(?:north|south|east|west|central)\w*\s+)?([A-Z][\w'’-]+)(?!\s+[A-Z])"
)
_PLACE_COUNTRY_BEFORE = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:village|town|city|region|province|port|settlement|district)\s+of\s+$"
)


def _another_country(v: ClaimView, n: int, f: Frame, country: str | None) -> bool:
    """The act was done to a whole country other than the one the event happened in (``X shelled Y on Monday``
    in coverage of a strike in Z): another act, whose author answers nothing about the event's."""
    patient = f.role("patient")
    if country is None or patient is None:
        return False
    named = patient.text.strip()
    named = named[4:] if named.casefold().startswith("the ") else named
    side = v.side.get((n, "patient"))
    return bool(side) and side != country and named[:1].isupper() and country_of(named) == side


def _whole_name(named: str, entity: str | None, names: dict[str, Entity]) -> tuple[str, str | None]:
    """The party a phrase names when the entity found for it holds only part of the name (``Islamic`` for ``Islamic
    Front``): the entity that has the whole phrase among its names, as ``(value, entity id)``; else the phrase, with
    the partial entity."""
    folded_name = named.casefold()
    for eid, e in names.items():
        if e.type in _PARTIES and any(n.casefold() == folded_name for n in (e.name, *e.aliases)):
            return _party_name(e), eid
    return named, entity


def _speaker_side(v: ClaimView, names: dict[str, Entity]) -> str | None:
    """The country the claim's speaker speaks for: its words (``Chilean President Mateo Rojas``), its entity's names
    or its role."""
    speaker = names.get(v.speaker or "")
    said = " ".join(w for w in (v.claim.speaker_text, speaker.role if speaker else None) if w)
    return side_of(said, speaker)


def _unique(found: list[Found]) -> list[Found]:
    """One answer per question, value and stance in a claim (``X denied responsibility and any involvement``)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in found:
        key = (f.kind, f.answer.value, f.answer.stance)
        if f.kind == "agent" and key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _frame_stance(f: Frame, stance: str) -> str:
    """The stance of an answer a frame carries: denied when the claim denies it or a negation governs the frame's
    predicate, hedged when a modal or an open word governs it (``may have been behind``), else the claim's."""
    if stance == "denied" or f.negated:
        return "denied"
    return "hedged" if f.hedged else stance


def _party_name(entity: Entity) -> str:
    """A party named by an entity: its country when the name says one (``Peruvian troops``, ``the Chilean army``),
    so that one side's forces and its state answer alike; else its name."""
    return side_of(entity.name, entity) or entity.name


_CLAIMED = frozenset({"responsibility", "credit"})


def _blames_act(v: ClaimView, f: Frame) -> bool:
    """A blame about the act: it names the act (``accused Y of hitting the station``), or blames a party and says
    nothing else (``Russia, in turn, blamed Ukraine``: in coverage of one event, blamed for it)."""
    if ACT_WORDS.search(v.claim.text):
        return True
    patient = f.role("patient")
    return patient is not None and not v.claim.text[patient.span.end - v.claim.span.start :].strip(" .,;:!\"'”’")


def _fled(f: Frame) -> bool:
    """A movement of the attackers' own (``the gunmen were heading to ...``, ``the men who attacked the hall
    headed to ...``); being taken somewhere by others is not a flight."""
    cargo = f.role("cargo")
    verb = f.predicate.split()[0] if f.predicate else ""
    return cargo is not None and verb in ESCAPE_PREDICATES and _ATTACKERS_PHRASE.search(cargo.text) is not None


def _escape_answer(
    k: int,
    place: str,
    span: Span,
    stance: str,
    base: dict[str, str | None],
    entity: str | None,
    names: dict[str, Entity],
) -> Found:
    """Where they fled: the country when the place names one (``the Bolivian border`` is Bolivia), else the place as
    said; ``note`` says which, so that only two countries are set against each other."""
    country = side_of(place, names.get(entity or ""))
    answer = _answer(
        country or " ".join(place.split()),
        span,
        stance,
        base,
        entity=entity,
        note="country" if country else None,
    )
    return Found("escape", k, answer)


def _stance_at(v: ClaimView, stance: str, span: Span) -> str:
    """A claim's denial reaches an answer told before its cue only when it is the answer's own: "headed to Belarus,
    not Ukraine, contradicting a claim by X" denies X's claim, not Belarus."""
    cue = (v.claim.cue or "").casefold()
    if stance != "denied" or not cue:
        return stance
    at = v.claim.text.casefold().find(cue)
    if at >= span.end - v.claim.span.start:
        return "attributed"
    said = _SAID_NEXT.search(v.claim.text, max(at, 0), max(0, span.start - v.claim.span.start))
    return "attributed" if said else stance  # "denied it had hit X and said that Y was to blame": Y is not denied


# a second statement joined to a denial ("denied it had hit the school and said that ..."): what follows is said,
# not denied
_SAID_NEXT = re.compile(
    rf"\b(?:and|but)\s+(?:also\s+)?(?:{'|'.join(REPORTED_FORMS)}|claimed|insisted|argued|suggested)\b|"
    # the same in the other languages read: "y afirma que", "et a affirmé que", "e ha detto che", "und sagte",
    # "и заявил"
    r"\b(?:y|pero)\s+(?:ha\s+)?(?:afirm\w*|asegur\w*|dij\w*|dicho|señal\w*|sostien\w*|sostuv\w*)\b|"
    r"\b(?:et|mais)\s+(?:a\s+)?(?:affirm\w*|assur\w*|déclar\w*|dit)\b|"
    r"\be\s+(?:ha\s+)?(?:afferm\w*|sostien\w*|sostenuto|detto|dichiar\w*)\b|"
    r"\bund\s+(?:sagte|erklärte|betonte|behauptet\w*)\b|"
    r"(?<!\w)(?:и|но)\s+(?:заявил\w*|сказал\w*|утвержда\w*)(?!\w)",
    re.I,
)


def _not_instead(
    k: int, v: ClaimView, span: Span, base: dict[str, str | None], names: dict[str, Entity]
) -> list[Found]:
    """``headed to Belarus, not Ukraine``: the place after "not" is denied as the direction."""
    m = NOT_INSTEAD.match(v.claim.text, span.end - v.claim.span.start)
    if m is None:
        return []
    start = v.claim.span.start + m.start("place")
    place = Span(start, start + len(m.group("place")))
    return [_escape_answer(k, m.group("place"), place, "denied", base, None, names)]


def _escape(k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity]) -> list[Found]:
    """``The gunmen fled towards Chile``: the attackers' flight and its direction, read from the words when no frame
    gave it."""
    m = _search(ESCAPE_WORDS, v.claim.text)
    if m is None or _ATTACKERS_PHRASE.search(v.claim.text[: m.start()]) is None:
        return []  # who fled must be the attackers ("the prisoners were heading to ..." is a transport)
    negated = bool(NEGATION_BEFORE.search(v.claim.text[: m.start()]))
    start = v.claim.span.start + m.start("place")
    span = Span(start, start + len(m.group("place")))
    firm = "denied" if negated else _stance_at(v, stance, span)
    return [_escape_answer(k, m.group("place"), span, firm, base, None, names), *_not_instead(k, v, span, base, names)]


def _attackers(k: int, v: ClaimView, stance: str, base: dict[str, str | None], as_of: str | None) -> list[Found]:
    """How many attackers: a count of gunmen, assailants ... (``at least five gunmen``); a count of their fate
    (``three gunmen were killed``) or a part (``two of the attackers``) is another question."""
    if stance == "denied":
        return []
    out = []
    text = v.claim.text
    for q in v.quantities:
        if q.value is None or q.unit or not q.counts:
            continue
        words = [w.strip(".,").casefold() for w in q.counts.split()]
        if not words or (words[-1] not in ATTACKERS and " ".join(words[-2:]) not in ATTACKERS):
            continue
        rel_end = q.span.end - v.claim.span.start
        if _near_after(text, rel_end, ATTACKERS_FATE):
            continue
        note = "partial" if PART_OF.match(text[rel_end:]) or words[0] in ("of", "among") else None
        answer = _answer(
            " ".join(f"{q.qualifier or ''} {q.text} {words[-1]}".split()),
            q.span,
            stance,
            base,
            as_of=as_of,
            number=float(q.value),
            qualifier=q.qualifier,
            note=note,
        )
        out.append(Found("attackers", k, answer))
    return out


_FATE_WINDOW = 40  # characters after a count of attackers where their fate is told ("were killed by police")
_ON_BOARD_AFTER = re.compile("|".join(ON_BOARD_AFTER), re.I)
_ON_BOARD_BEFORE = re.compile("|".join(ON_BOARD_BEFORE), re.I)
_ON_BOARD_FATE = re.compile("|".join(ON_BOARD_FATE), re.I)
_COUNTED_GAP = 20  # characters between a number and the noun it counts ("400 Pakistani migrants")
_ALL_OF_THEM = re.compile(r"\b(?:all|всех|все|tous|toutes|tutti|todos|alle)\s+(?:the\s+)?$", re.I)


def _on_board(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """How many were on board: a count of people told on board (``750 people on board``, ``carrying some 400
    migrants``); a count of what became of some of them (``104 people on board were rescued``) is no answer, all of
    them (``all 179 people on board died``) is. Unlike a toll, the number does not grow with time."""
    if stance == "denied":
        return []
    out = []
    text, start = v.claim.text, v.claim.span.start
    for q in v.quantities:
        if q.value is None or q.unit:
            continue
        words = [w.strip(".,").casefold() for w in (q.counts or "").split()]
        crew = bool(set(words) & CREW_WORDS)
        if words and words[-1] not in PEOPLE and not tolls.people_abroad(words[-1]) and not crew:
            continue
        rel_start, rel_end = q.span.start - start, q.span.end - start
        after = text[rel_end:]
        noun = after.casefold().find((q.counts or "").casefold()) if q.counts else -1
        if 0 <= noun <= _COUNTED_GAP:
            after = after[noun + len(q.counts or "") :]  # "400 migrants were on board": past what is counted
        told_after = _ON_BOARD_AFTER.match(after)
        if not told_after and not (words and _ON_BOARD_BEFORE.search(text[:rel_start])):
            continue
        rest = after[told_after.end() :] if told_after else after
        if _ON_BOARD_FATE.match(rest) and not _ALL_OF_THEM.search(text[:rel_start]):
            continue  # "104 people on board were rescued": who was rescued, not who was aboard
        counted = " ".join(words) if words else "people"
        answer = _answer(
            " ".join(f"{q.qualifier or ''} {q.text} {counted}".split()),
            q.span,
            stance,
            base,
            number=float(q.value),
            qualifier=q.qualifier,
            # the crew alone, or those counted by who they are, are a part of all on board: no rival of everyone
            note="crew" if crew else None if len(words) <= 1 and set(words) <= ON_BOARD_WHOLE else "part",
        )
        out.append(Found("on_board", k, answer))
    return out


TALLY_OVER_TIME = re.compile("|".join(OVER_TIME), re.I)


def _tallies(k: int, v: ClaimView, stance: str, base: dict[str, str | None], as_of: str | None) -> list[Found]:
    """How many things an act was done to (``shot down five Indian jets``, ``struck nine sites``): one question per
    kind of thing and act (``tallies.read``); a part of a larger count (``including three Rafales``), a figure
    recalled as an earlier one or a tally over a period (``since 2020``) is noted."""
    if stance == "denied":
        return []
    out = []
    text, start = v.claim.text, v.claim.span.start

    def recalled(t: tallies.Tally) -> bool:  # "Ранее министр сообщил, что ...": an earlier figure, told as one
        return folded.search(tolls.RECALLED_WORDS, f"{v.lead} {text[: t.quantity.span.start - start]}") is not None

    told = tallies.read(v)
    if not told:
        return []
    # "has shot down more than 300 drones since 2020": a tally over days or years, not the event's
    over_days = bool(_search(tolls.PERIOD_WORDS, text) or _search(TALLY_OVER_TIME, f"{v.lead} {text}"))
    for t in told:
        q = t.quantity
        assert q.value is not None
        answer = _answer(
            " ".join(f"{q.qualifier or ''} {t.said}".split()),
            q.span,
            stance,
            base,
            as_of=as_of,
            number=float(q.value),
            number_max=float(q.value_max) if q.value_max is not None else None,
            qualifier=q.qualifier,
            note="partial" if t.partial else "earlier" if recalled(t) else "period" if over_days else None,
        )
        # the side that did it, where told: two sides' fire ("Israeli forces fired eight rockets", "Hamas fired ...")
        # are two counts, not rivals (``compare``: answers on different targets are apart)
        out.append(Found("tally", k, answer, f"{t.things} {ACT_LABELS[t.act]}", target=t.doer))
    return out


def label(kind: str, head: str) -> str:
    """A question's label: its kind's, with what it counts where it counts something other than people."""
    if kind == "tally":
        things, _, act = head.partition(" ")
        return f"how many {things} were {act}"
    return LABELS[kind] if head in ("", "people") else f"{LABELS[kind]} ({head})"


def _near_after(text: str, end: int, words: frozenset[str]) -> bool:
    return bool(set(_HYPHENATED_WORD.findall(text[end : end + _FATE_WINDOW].casefold())) & words)


def _force(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """What force was used, and where (``tear gas fired into the stands``); a negation before it (``no tear gas
    was fired``) or between it and its place (``tear gas did not reach the stands``) makes the answer a denial."""
    text = v.claim.text
    if not _search(ANY_FORCE, text):
        return []
    out = []
    for name, pattern in FORCE.items():
        m = _search(pattern, text)
        if m is None:
            continue
        place = _FORCE_PLACE.search(text, m.end())
        between = text[m.end() : place.start()] if place else text[m.end() :]
        negated = (
            stance == "denied"
            or bool(NEGATION_BEFORE.search(text[: m.start()]))
            or bool(_NEGATION_BETWEEN.search(between))
        )
        where = FORCE_PLACES[place.group(0).casefold()] if place else ""
        if negated and not where and _FIRED_AT_ONE.match(text, m.end()):
            continue  # "no gunfire was directed at the journalist": a denial for one target, no denial of all fire
        value = f"{name} ({where})" if where else name
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        found = _found("force", k, value, span, "denied" if negated else stance, base, None)
        out.append(dataclasses.replace(found, target=where))
    return out


def _involved(k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity]) -> list[Found]:
    """Was a party involved: ``no Ukrainian involvement``, ``denied any Ukrainian involvement`` (denied),
    ``had contacts on Ukrainian soil`` (asserted). The party is a side word just before the involvement word, else
    one just after it, else the last one before it; a negation before it, or words that deny by themselves
    (``had nothing to do with``), make the answer a denial."""
    text = v.claim.text
    m = _search(INVOLVED, text)
    if m is None:
        return []
    if _search(OPEN_INVOLVED, f"{v.lead} {text[: m.start()]}"):
        return []  # "to settle the question of any involvement by X": asked
    at = v.claim.span.start + m.start()
    if any(n.start <= at < n.end for n in v.inner):
        return []  # "X was hit, as the army continued to deny involvement": the inner clause's answer, not this one's
    # in a language read without a parse, the national words of that language too ("jede russische Beteiligung")
    english = v.language in (None, "en")
    side_of, words = (_side_word, _SIDE_WORD) if english else (_side_word_abroad, _WORD_GAP)
    before = [
        (w.start(), w.end(), s)
        for w in words.finditer(text[: m.start()])
        if (s := side_of(w.group(0))) and not _ACCUSATION_AFTER.match(text, w.end(), m.start())
    ]
    window = text[m.end() : m.end() + _INVOLVED_AFTER]
    if _INVOLVED_IN.match(window):
        window = ""  # "involvement in the blast at X": what one is involved in, not who
    after = [(m.end() + w.start(), m.end() + w.end(), s) for w in words.finditer(window) if (s := side_of(w.group(0)))]
    if before and not text[before[-1][1] : m.start()].strip(" '’s"):
        party = before[-1]  # "Ukrainian involvement", "Kyiv's role"
    elif before and _OWN_INVOLVEMENT.search(text[: m.start()]):
        party = before[-1]  # "Russia has always denied its involvement and blamed Ukraine": Russia's own
    elif after:
        party = after[0]  # "involvement of Ukraine", "contacts on Ukrainian soil"
    elif before:
        party = before[-1]  # "Kyiv denied any involvement"
    elif _PRONOUN_SUBJECT.match(text[: m.start()]) and (spoken := _speaker_side(v, names)):
        party = (m.start(), m.start(), spoken)  # the Kremlin said "it wasn't involved in the crash": the speaker's side
    else:
        return []
    if _names_a_weapon(text, party[0], party[1]):
        return []  # "nothing to do with X's rockets": whose weapon, a question of the means, not of the party
    denied = stance == "denied" or bool(INVOLVED_DENIED.search(m.group(0)) or NEGATED_CLAUSE.search(text[: m.start()]))
    if not english and not denied:  # "bestreitet jede russische Beteiligung", "niega cualquier implicación"
        denied = _search(_DISMISSING, text[max(0, m.start() - _DENIED_BEFORE) : m.start()]) is not None
    span = Span(v.claim.span.start + min(party[0], m.start()), v.claim.span.start + max(party[1], m.end()))
    if denied and _withdrawn(v):
        return []  # "initially rejected their involvement, but later acknowledged it": not the last word
    found = [_found("involved", k, party[2], span, "denied" if denied else stance, base, None)]
    if denied and _of_the_act(text[m.end() :]):  # "it wasn't involved in the crash": nor did it do it
        found.append(_found("agent", k, party[2], span, "denied", base, None))
    return found


_PARTY_PART = (
    re.compile(r"\b([\w'’-]+)\s+(?:involvement|responsibility|role|part)\b", re.I),
    re.compile(r"\b(?:involvement|responsibility|role|part)\s+(?:of|by)\s+(?:the\s+)?([\w'’-]+)", re.I),
)


def _denies_anothers_part(f: Found, text: str) -> bool:
    """A denial read as the denier's own part (``the Kremlin denied any involvement``, not Russia) where the claim
    names the part denied as another party's (``any Ukrainian involvement``, ``any involvement of Kyiv``)."""
    return f.kind == "agent" and f.answer.stance == "denied" and _others_part(text, f.answer.value)


def _others_part(text: str, side: str | None) -> bool:
    """A part (involvement, responsibility, role) named in ``text`` as another party's than ``side``."""
    for pattern in _PARTY_PART:
        for m in pattern.finditer(text):
            named = _side_word(m.group(1).removesuffix("'s").removesuffix("’s"))
            if named is not None and named != side:
                return True
    return False


_OWN_INVOLVEMENT = re.compile(r"\b(?:its|their|his|her|our)\s+(?:own\s+)?(?:\w+\s+)?$", re.I)
_INVOLVED_OBJECT = re.compile(r"^\s*(?:in|into|with|to)\s+(?:the|this|that|any|a|an)?\s*(?:[\w'’-]+\s+){0,3}?$", re.I)


def _of_the_act(after: str) -> bool:
    """The words after an involvement word name the act or the incident (``in the fiery plane crash``), or nothing."""
    stop = _SENTENCE_STOP.search(after)
    rest = after[: stop.start()] if stop else after
    if not rest.strip(" ,\"'”’»"):
        return True
    told = rest[:_ROLE_REACH]
    head = ACT_WORDS.search(told) or _ROLE_OBJECT.search(told)
    return head is not None and _INVOLVED_OBJECT.match(told[: head.start()]) is not None


_DENIED_BEFORE = 40  # characters before an involvement word where a verb of denial in another language is read
# a side word that makes the accusations ("US allegations of involvement", "выдвинутые США обвинения в причастности",
# "les accusations américaines de complicité"): the accuser, not the party accused
_ACCUSATION_AFTER = re.compile(
    rf"\W*(?:\w+\W+)?(?:{'|'.join(sorted(ACCUSATION_NOUNS))}|обвинени\w*|звинувачен\w*|vorwürf\w*|acusaci\w+)\b",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|we|they)\b(?:\s+[\w'’]+){0,3}\s*$", re.I)


def _names_a_weapon(text: str, start: int, end: int) -> bool:
    """The side word at ``text[start:end]`` qualifies a weapon (``Chilean rockets``, ``Chilean-made``): it tells
    whose or where-made the weapon is, not that the side took part."""
    if _MADE.match(text[start:end]):
        return True
    m = _NEXT_WORD.match(text, end)
    head = m.group(1).casefold() if m else ""
    return head in _WEAPON_NOUNS or head in OWNED_WEAPONS or head.removesuffix("s") in OWNED_WEAPONS


def _weapon_shot_down(text: str) -> bool:
    """A weapon said to have been shot down (``a Tochka-U missile ... has been shot down in another region``): it
    hit nothing, so the claim tells neither who struck nor with what."""
    m = _search(WEAPON_SHOT_DOWN, text)
    return m is not None and _weaponish(text[: m.start()])


def _responsible(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity]
) -> list[Found]:
    """``ISIS bears sole responsibility for this attack``, ``Kyiv was behind the attack``: the party named before
    the words did it (a side word, else a named group, state or person)."""
    text = v.claim.text
    m = _search(RESPONSIBLE_WORDS, text)
    if m is None:
        return []
    if _in_charge_of_a_body(text[m.end() :]):
        return []  # "the ministry, which is responsible for the coast guard": oversight, not blame
    before = text[: m.start()]
    sides = [(w.start(), w.end(), s) for w in _SIDE_WORD.finditer(before) if (s := _side_word(w.group(0)))]
    named = []
    for eid in sorted(v.entities):
        e = names.get(eid)
        if e is None or e.type not in _PARTIES:
            continue
        for name in (e.name, *e.aliases):
            at = before.rfind(name)
            if at >= 0:
                named.append((at, at + len(name), e.name, eid))
    if named and (not sides or max(named)[0] >= sides[-1][0]):
        start, end, value, entity = max(named)
        value = _party_name(names[entity]) if entity else value
    elif sides:
        (start, end, value), entity = sides[-1], None
    else:
        return []
    denied = stance == "denied" or bool(NEGATED_CLAUSE.search(before[end:]) or _RESPONSIBLE_DENIED.search(before[end:]))
    span = Span(v.claim.span.start + start, v.claim.span.start + end)
    return [_found("agent", k, value, span, "denied" if denied else stance, base, entity)]


_RESPONSIBLE_DENIED = re.compile(RESPONSIBLE_DENIED_BEFORE, re.I)
_ROLE_DENIED = re.compile("|".join(f"(?:{p})" for p in ROLE_DENIALS), re.I)
_ROLE_OBJECT = re.compile(rf"\b(?:{ROLE_IN}|{'|'.join(BLAMED_ACTS)})", re.I)
_ROLE_REACH = 80  # characters after the words where the act they deny a part in is named
_SENTENCE_STOP = re.compile(r"[.;!?]")
_GROUP_SUBJECT = re.compile(
    r"^\W*(?:it|they|we|the\s+(?:group|organi[sz]ation|movement|militia|party))\s+(?:\w+\s+){0,2}?$", re.I
)


def _role_denied(
    k: int, v: ClaimView, base: dict[str, str | None], names: dict[str, Entity], parties: NamedParties
) -> list[Found]:
    """A party's denial of any part in the act (``Hezbollah denied any connection with the rocket attack``, ``a nié
    toute implication``, ``dementiert, für den Angriff verantwortlich zu sein``, ``отрицает свою причастность к
    удару``; ``data.disputes.ROLE_DENIALS``): the party named nearest before the words in their clause denies it did
    it; with none named there, a group that speaks of itself (``it had nothing to do with the attack``, said by the
    group). The words must be followed by the act, the incident or nothing (a part "in the government" is another
    matter); a person who denies is no party (their side is not told)."""
    text = v.claim.text
    m = _search(_ROLE_DENIED, text)
    if m is None or any(f.kind == "attack" and not f.negated for f in v.frames):
        return []
    rest = text[m.end() :]
    stop = _SENTENCE_STOP.search(rest)
    rest = rest[: stop.start()] if stop else rest
    told = text[m.start() : m.end()] + rest[:_ROLE_REACH]  # "für den Angriff verantwortlich": the act inside the words
    if rest.strip(" ,\"'”’»") and not (ACT_WORDS.search(told) or _ROLE_OBJECT.search(told)):
        return []
    clause = text.rfind(";", 0, m.start()) + 1
    named = _party_before(v, names, parties, clause, m.start())
    if named is not None:
        start, end, value, entity = named
        also = _party_before(v, names, parties, clause, start)  # "Washington et Moscou rejetant toute responsabilité"
        if also is not None and _COORDINATED.fullmatch(text[also[1] : start]) and also[2] != value:
            span = Span(v.claim.span.start + also[0], v.claim.span.start + also[1])
            first = [_found("agent", k, also[2], span, "denied", base, also[3])]
        else:
            first = []
    elif _GROUP_SUBJECT.match(text[clause : m.start()]) and (speaking := _group_speaking(v, names)) is not None:
        (start, end), (value, entity), first = (m.start(), m.end()), speaking, []
    else:
        return []
    span = Span(v.claim.span.start + min(start, m.start()), v.claim.span.start + max(end, m.end()))
    return [*first, _found("agent", k, value, span, "denied", base, entity)]


def _group_speaking(v: ClaimView, names: dict[str, Entity]) -> tuple[str, str] | None:
    """The group a claim's "it" or "we" stands for: its speaker when a group speaks, else the group named last in
    the words of its sentence before it (``The Air Force issued a statement saying it was not responsible``)."""
    if v.speaker in names and names[v.speaker].type in _GROUPS:
        return _party_name(names[v.speaker]), v.speaker
    lead = v.lead
    named = [
        (at, e.id)
        for e in names.values()
        if e.type in _GROUPS
        for name in (e.name, *e.aliases)
        if len(name) >= _LEAD_NAME_LETTERS and (at := lead.rfind(name)) >= 0
    ]
    if not named:
        return None
    eid = max(named)[1]
    return _party_name(names[eid]), eid


_LEAD_NAME_LETTERS = 3  # "UN", "US" in a lead are too often part of other words
_COORDINATED = re.compile(r"\s*(?:,|and|et|und|y|e|и|і|та|ed)\s*", re.I)
_GROUPS = frozenset({"ORG", "NORP", "GPE"})
_CLEFT = re.compile(
    r"\bit\s+(?:was|is|were)(?P<neg>\s+not|n['’]t)?\s+(?P<doer>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:that|who|which)\s+"
    r"(?:\w+\s+)?(?:hit|struck|attacked|fired|shelled|bombed|launched|blew|destroyed|downed|shot|killed|carried\s+out)\b",
    re.I,
)


def _cleft_doer(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity], parties: NamedParties
) -> list[Found]:
    """``it was Russia that hit the hospital with a missile``, ``it was not Ukraine who fired``: the doer a cleft
    sentence puts first (a negation inside denies it); a parse often reads "it" as the subject."""
    text = v.claim.text
    m = _search(_CLEFT, text)
    if m is None:
        return []
    named = _party_before(v, names, parties, m.start("doer"), m.end("doer"))
    if named is None:
        return []
    start, end, value, entity = named
    negated = stance == "denied" or m.group("neg") is not None
    span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
    return [_found("agent", k, value, span, "denied" if negated else stance, base, entity)]


def _party_before(
    v: ClaimView, names: dict[str, Entity], parties: NamedParties, start: int, end: int
) -> tuple[int, int, str, str | None] | None:
    """The party named last in ``text[start:end]`` of a claim: a side word, a group, people or state among the
    claim's entities, or a group of the coverage written alone (``NamedParties``); (start, end, answer, entity)."""
    text = v.claim.text
    english = v.language in (None, "en")
    found: list[tuple[int, int, str, str | None]] = []
    for w in (_SIDE_WORD if english else _WORD_GAP).finditer(text, start, end):
        side = _side_word(w.group(0)) if english else _side_word_abroad(w.group(0))
        if side is not None:
            found.append((w.start(), w.end(), side, None))
        elif (party := parties(w.group(0))) is not None:
            found.append((w.start(), w.end(), party[0], party[1]))
    for eid in sorted(v.entities):
        e = names.get(eid)
        if e is None or e.type not in _GROUPS:
            continue
        for name in (e.name, *e.aliases):
            at = text.rfind(name, start, end)
            if at >= 0:
                found.append((at, at + len(name), _party_name(e), eid))
    return max(found, key=lambda f: (f[0], f[1], f[3] is not None)) if found else None


# the noun phrase right after "responsible for", up to its head: "the Coast Guard", "the national police"
_FOR_WHAT = re.compile(
    r"\s*(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+)(?=\s*(?:$|[,;.)]|\s+(?:and|or|"
    r"which|that|who|in|of|at|on|since|until|for)\b))",
    re.I,
)


def _in_charge_of_a_body(after: str) -> bool:
    """What follows ``responsible for`` is a body (its head is a word that ends organisation names: ``the Coast
    Guard``, ``the police``): in charge of it, not to blame for an act."""
    m = _FOR_WHAT.match(after)
    return m is not None and m.group("head").casefold() in _BODY_HEADS


_BODY_HEADS = frozenset(h.casefold() for h in HEADS)


def _fired_from(k: int, v: ClaimView, stance: str, base: dict[str, str | None], parties: NamedParties) -> list[Found]:
    """Who fired, told by where the fire came from or whose hands it was: ``the rocket was launched from the
    territory controlled by Ukraine`` (who holds the launch site), ``the shots came from Israeli security forces``,
    ``fired from an Israeli position``, ``died at the hands of Hamas``; in other languages ``a manos de milicianos
    palestinos``, ``por fuego israelí``, ``par des tirs israéliens``, ``от рук боевиков «Азова»``
    (``data.acts_abroad.HANDS_OF``)."""
    text = v.claim.text
    lang = v.language or "en"
    if lang == "en":
        m = _search(FIRED_FROM_HELD, text)
        words = [w] if m is not None and (w := _SIDE_WORD.match(text, m.end())) else []
    else:
        m = _search(_HANDS_OF[lang], text) if lang in _HANDS_OF else None
        words = _words_after(text, m.end(), HANDS_OF_GAP) if m is not None else []
    for w in words:
        side = (_side_word(w.group(0)) if lang == "en" else _side_word_abroad(w.group(0))) or _party_value(
            w.group(0), parties
        )
        if side is not None:
            span = Span(v.claim.span.start + w.start(), v.claim.span.start + w.end())
            return [_found("agent", k, side, span, stance, base, None)]
    return []


_HANDS_OF = {lang: re.compile(p, re.I) for lang, p in HANDS_OF.items()}


def _states(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """Was there a state the coverage asserts or denies (``STATES``: military cargo, a warning): ``a shipment of
    solid rocket fuel`` (asserted), ``no military-grade material was present`` (denied), ``fired without warning``
    (no warning: denied)."""
    text = v.claim.text
    low = text.casefold()
    out = []
    for value, pattern in STATE.items():
        if not any(w in low for w in STATE_WORDS[value]):
            continue
        m = _search(pattern, text)
        if m is None:
            continue
        m = _after_contrast(pattern, text, m)
        denied = stance == "denied" or bool(STATE_DENIED.match(m.group(0)) or NEGATED_CLAUSE.search(text[: m.start()]))
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        found = _found("state", k, value, span, "denied" if denied else stance, base, None)
        out.append(dataclasses.replace(found, head=value))  # each state is a question of its own
    return out


_STATE_CONTRAST = re.compile(CONTRASTS, re.I)


def _after_contrast(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> re.Match[str]:
    """``X says the target was a meeting of commanders, but only civilians were there``: where a sentence gives a
    state twice with a contrast between, the words after the contrast are the sentence's own account."""
    for later in pattern.finditer(text, m.end()):
        if _STATE_CONTRAST.search(text, m.end(), later.start()):
            return later
    return m


_REACH_ONLY = re.compile("|".join(REACH_ONLY), re.I)
_REACH_ELSEWHERE = re.compile("|".join(REACH_ELSEWHERE), re.I)
_REACH_OPEN = re.compile(REACH_OPEN, re.I)
_REACH_PLACE = re.compile(r"(?:the\s+|l[ae]\s+|l['’])?(?P<place>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _reach(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """Where a product was sold or sent: one place only (``the syrups were only sold in X``: the place, note
    ``only``), or other countries beyond it (``distributed to other countries``: note ``elsewhere``). A negation
    before the words denies the answer (``were not exported to other countries``); a modal governing their verb
    (``could have been distributed``) leaves it open (hedged)."""
    text = v.claim.text
    out = []
    for m, note in ((_search(_REACH_ONLY, text), "only"), (_search(_REACH_ELSEWHERE, text), "elsewhere")):
        if m is None:
            continue
        if note == "only":
            place = _REACH_PLACE.match(text, m.end())
            if place is None:
                continue
            country = side_of(place.group("place"), None)
            value, at, end = country or place.group("place"), place.start("place"), place.end("place")
        else:
            value, at, end = "other countries", m.start(), m.end()
        before = text[: m.start()]
        told = "denied" if stance == "denied" or NEGATION_BEFORE.search(before) else stance
        if told != "denied" and _REACH_OPEN.search(before):
            told = "hedged"
        answer = _answer(
            value,
            Span(v.claim.span.start + at, v.claim.span.start + end),
            told,
            base,
            note=note,
        )
        out.append(Found("reach", k, answer))
    return out


def _threat(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """Was the person on whom force was used a threat at that moment (``incidents.threats``: came at the officers,
    armed, self-defence, against moving away, unarmed, posed no threat). A clause inside a larger claim is read with
    it, in the larger claim's stance (``appears to fire as he tries to drive off`` is hedged as a whole)."""
    if v.nested:
        return []
    out = []
    for r in threats(v.claim.text, v.lead):
        span = Span(v.claim.span.start + r.start, v.claim.span.start + r.end)
        # "video shows his hands in the air, contradicting the police's claim that ...": the denial is of the claim
        # after its cue, not of the answer before it
        told = "denied" if r.told == "denied" else _stance_at(v, stance, span)
        out.append(_found("threat", k, r.value, span, told, base, None))
    return out


def _charge(k: int, v: ClaimView, stance: str, base: dict[str, str | None], as_of: str | None) -> list[Found]:
    """What the suspect is held, investigated, charged or convicted for (``incidents.charges``): the value is the
    stage and the offence (``charged: intended killing (...)``), the note the stage, the day the one the claim was
    true for; ``has not been charged`` is the stage ``charged``, denied."""
    if v.nested:
        return []
    out = []
    for r in charges(v.claim.text, v.lead):
        span = Span(v.claim.span.start + r.start, v.claim.span.start + r.end)
        firm = _stance_at(v, stance, span)
        told = "denied" if firm == "denied" or r.told == "denied" else "hedged" if r.told == "hedged" else firm
        answer = _answer(
            r.stage if r.value == r.stage else f"{r.stage}: {r.value}",
            span,
            told,
            base,
            as_of=as_of,
            note=r.stage,
        )
        out.append(Found("charge", k, answer))
    return out


def _target(v: ClaimView, n: int, f: Frame) -> str:
    """What an act was done to, as far as comparing accounts goes: ``civilians`` and ``military`` for people and
    places of either kind (``the army does not shell civilians`` says nothing against ``it shelled positions``),
    else the entity or noun class; "" when the act names no target."""
    patient = f.role("patient")
    if patient is None:
        # "it fired two missiles at a meeting place of command staff": what the act was aimed at, after "at"
        return next((side for m in _AIMED_AT.finditer(v.claim.text) if (side := target_side(m.group(1)))), "")
    return target_side(patient.text) or v.roles.get((n, "patient")) or v.classes.get((n, "patient")) or ""


_AIMED_AT = re.compile(r"\b(?:at|on|against|targeting)\s+([^,.;]{3,60})", re.I)


def _weapon_head(text: str) -> bool:
    """The phrase names a weapon (``a Russian-made missile``, ``Ukrainian military drones``), not who used it."""
    head = _head_word(text)
    return head in _WEAPON_NOUNS or head in OWNED_WEAPONS or head.removesuffix("s") in OWNED_WEAPONS


def _weaponish(text: str) -> bool:
    return any(w.strip(".,").casefold() in _WEAPON_NOUNS for w in text.split())


_ACTIVE = {lang: re.compile("|".join(p), re.I) for lang, p in ACTIVE.items()}
_PASSIVE = {lang: re.compile("|".join(p), re.I) for lang, p in PASSIVE.items()}
_NEGATED_BEFORE = re.compile(NEGATED_BEFORE, re.I)
_WORD_GAP = re.compile(r"[^\s,;:.!?()«»\"“”]+")


_ACT_NOUNS = {lang: re.compile("|".join(p), re.I) for lang, p in ACT_NOUNS_ABROAD.items()}
_INVERTED = re.compile("|".join(INVERTED), re.I)
_NOMINATIVE_ADJECTIVE = re.compile(NOMINATIVE_ADJECTIVE, re.I)
_NOMINATIVE_ADJECTIVE_ONLY = re.compile(NOMINATIVE_ADJECTIVE_ONLY, re.I)
_INSTRUMENTAL_ACTS = re.compile("|".join(INSTRUMENTAL_ACTS), re.I)
_INSTRUMENTAL_HEAD = re.compile(rf"^{INSTRUMENTAL_HEADS}$", re.I)
_INSTRUMENTAL_ADJECTIVE = re.compile(INSTRUMENTAL_ADJECTIVE, re.I)
_INSTRUMENTAL_NAME = re.compile(INSTRUMENTAL_NAME, re.I)
_BLAMED = {lang: re.compile("|".join(p), re.I) for lang, p in BLAMED.items()}
_BLAMED_OF = re.compile(BLAMED_OF, re.I)
_BLAMED_ACT = re.compile(rf"{BLAMED_OF}\W*(?:[^\W\d_]+\s+){{0,2}}?(?:{'|'.join(BLAMED_ACTS)})", re.I)
_MEANS_ABROAD = {
    lang: [(value, re.compile("|".join(p), re.I)) for value, p in kinds.items()] for lang, kinds in MEANS.items()
}
_FALL_NOUNS = re.compile(FALL_NOUNS, re.I)
_NOMINAL_ACTS = {lang: re.compile(p, re.I) for lang, p in NOMINAL_ACTS.items()}
_NOMINAL_BETWEEN = {lang: re.compile(p, re.I) for lang, p in NOMINAL_BETWEEN.items()}
_NOMINAL_GENITIVE = re.compile(NOMINAL_GENITIVE, re.I)
_CLAUSE_BREAKS = ",;:"
_REFUTED = re.compile("|".join(REFUTED), re.I)
_ALLEGED_BEFORE = re.compile("|".join(ALLEGED_BEFORE), re.I)
_ALLEGED_REACH = 40  # characters before an act's noun where a word making it an allegation stands
_REFUTED_REACH = 80  # characters before the act where a refutation of it stands ("опровержение того, что удар")


def _refuted_before(text: str, at: int) -> bool:
    """A negation right before ``at`` (``не вдарила``), or a refutation told before it in the claim (``опровержение
    того, что удар был нанесён``): what is told at ``at`` is denied."""
    return bool(_NEGATED_BEFORE.search(text[:at]) or _REFUTED.search(text[max(0, at - _REFUTED_REACH) : at]))


def _told_abroad(v: ClaimView) -> bool:
    """A French, Russian or Ukrainian claim that tells an attack (``оккупанты ударили ... ракетой С-300``), by a verb
    or, in Russian and Ukrainian, by the act's noun (``запис удару по лікарні``)."""
    lang = v.language or ""
    if lang not in _ACTIVE:
        return False
    patterns = (_ACTIVE[lang], _PASSIVE[lang], *((_ACT_NOUNS[lang],) if lang in _ACT_NOUNS else ()))
    return any(p.search(v.claim.text) for p in patterns)


def _acts_abroad(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity], parties: NamedParties
) -> list[Found]:
    """Who did it, in a French, Russian or Ukrainian claim (no parse; ``data.acts_abroad``): the side word just
    before an active verb of attack (``Росія вдарила по лікарні``), else the one just after a passive verb or a
    weapon's hit (``touché par un missile ukrainien``); a negation right before the verb makes it a denial."""
    text = v.claim.text
    lang = v.language or ""
    if _search(_REPEATED, text):
        return []  # "habían bombardeado la planta en varias ocasiones": a record, not who did this act
    for pattern, before in ((_ACTIVE[lang], True), (_PASSIVE[lang], False)):
        m = next((x for x in pattern.finditer(text) if not _determined(text, x.start())), None)
        if m is None:
            continue  # "une «frappe délibérée»": a noun after its article, not the verb
        if before:  # the nearest side word among the last few before the verb, in the verb's own clause
            clause = max(text.rfind(ch, 0, m.start()) for ch in ",;:") + 1
            everything = list(_WORD_GAP.finditer(text, clause, m.start()))
            counted = [w for w in everything if not _time_word(w.group(0))]
            words = list(reversed(counted[-ACTIVE_GAP:]))
            if lang in ("ru", "uk"):  # a side word after a preposition is a place, not the doer ("Россия на Украине")
                placed = {
                    w.start()
                    for n, w in enumerate(everything)
                    if n and everything[n - 1].group(0).casefold() in _CHARGE_PREPOSITIONS
                }
                words = [w for w in words if w.start() not in placed]
        else:
            words = list(_WORD_GAP.finditer(text, m.end()))
            words = [w for w in words if not any(ch in text[m.end() : w.start()] for ch in ",;.")][:PASSIVE_GAP]
        # a side word, or what the side the claim is told from calls the other ("оккупанты ударили", "ворог вдарив")
        side = next(
            ((w, s) for w in words if (s := _doer_abroad(w.group(0), v, parties))),
            None,
        )
        if side is None:
            continue
        w, value = side
        negated = _refuted_before(text, m.start()) or bool(_NEGATED_INSIDE.search(m.group(0)))
        span = Span(v.claim.span.start + min(w.start(), m.start()), v.claim.span.start + max(w.end(), m.end()))
        return [_found("agent", k, value, span, "denied" if negated or stance == "denied" else stance, base, None)]
    if lang in ("ru", "uk"):
        told = _inverted_abroad(v, lang) or _instrumental_abroad(v)
        if told is not None:
            (start, end), value, negated = told
            span = Span(v.claim.span.start + start, v.claim.span.start + end)
            return [_found("agent", k, value, span, "denied" if negated or stance == "denied" else stance, base, None)]
    return _blamed_abroad(k, v, stance, base, names, parties)


_NEGATED_INSIDE = re.compile(NEGATED_INSIDE, re.I)


def _determined(text: str, at: int) -> bool:
    """An article or a determiner stands right before ``at``: the word there is a noun, not a verb."""
    return _DETERMINED.search(text, max(0, at - _DETERMINER_REACH), at) is not None


_DETERMINER_REACH = 12  # characters before a verb where an article that makes it a noun may stand ("leurs «")
# an article or a determiner right before a word (with a quote mark between): the word is a noun ("une «frappe»")
_DETERMINED = re.compile(
    r"(?<!\w)(?:une?|la|le|les|l['’]|cette|ce|cet|ces|des|sa|son|ses|leur|leurs|el|los|las|una|il|lo|gli|der|die|das|"
    r"eine?|einen)\s*[«\"“„]?\s*$",
    re.I,
)
_GERMAN_GENITIVE = re.compile(GERMAN_GENITIVE_AFTER, re.I)
_CLAIMED_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(CLAIMED_BEFORE)})(?!\w)", re.I)
_CLAIMED_AFTER = re.compile(rf"(?<!\w)(?:{'|'.join(CLAIMED_AFTER)})(?!\w)", re.I)
_CLAIM_NEGATED = re.compile(rf"(?:{'|'.join(CLAIM_NEGATED_BEFORE)})", re.I)
_CLAIMING_LANGUAGES = frozenset({"fr", "es", "it", "pt", "de", "ru", "uk"})


def _claimed_abroad(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity]
) -> list[Found]:
    """Who did it, on the word of the group that claims it, in a language read without a parse (``El Frente de
    Resistencia se atribuyó la agresión``, ``Ответственность за нападение взяла на себя группировка X``, ``revendiqué
    par X``): the named group (an entity of the claim) nearest the words, on its own side of them, in their clause.
    A claim said not to have been made (``n'a pas été revendiquée``) answers nothing; a denied claim neither."""
    if stance == "denied" or _search(_FIRST_CLAIM, v.claim.text):
        return []
    text = v.claim.text
    for pattern, after in ((_CLAIMED_AFTER, True), (_CLAIMED_BEFORE, False)):
        m = pattern.search(text)
        if m is None:
            continue
        clause = max(text.rfind(ch, 0, m.start()) for ch in ",;:") + 1
        if _CLAIM_NEGATED.search(text[clause : m.start()]):
            return []
        if after:
            stop = min((at for ch in ",;." if (at := text.find(ch, m.end())) >= 0), default=len(text))
            window = (m.end(), min(stop, m.end() + CLAIMED_GAP))
        else:
            window = (max(clause, m.start() - CLAIMED_GAP), m.start())
        placed = []
        for eid in sorted(v.entities):
            e = names.get(eid)
            if e is None or e.type not in ("ORG", "PERSON"):  # a group, not a nation's word ("pakistanais")
                continue
            for name in (e.name, *e.aliases):
                at = text.find(name, *window)
                if at >= 0 and at + len(name) <= window[1]:
                    placed.append((at, at + len(name), eid))
        if not placed:
            continue
        start, end, eid = min(placed) if after else max(placed)
        said = dict(base, origin=eid)
        span = Span(v.claim.span.start + start, v.claim.span.start + end)
        firm = "hedged" if stance == "hedged" else "attributed"
        return [_found("agent", k, _party_name(names[eid]), span, firm, said, eid)]
    return []


def _nominal_abroad(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], parties: NamedParties
) -> list[Found]:
    """Who did it, told by the act's noun and the doer's national word beside it (``tués dans une frappe de missile
    russe``, ``murieron en un ataque ruso``, ``bei einem russischen Raketenangriff``, ``в результате российского
    удара``, ``внаслідок ракетного удару росії``): the side word after the noun, or before it, across the words
    ``data.acts_abroad.NOMINAL_BETWEEN`` lets stand between; a negation right before the noun makes it a denial."""
    text = v.claim.text
    lang = v.language or ""
    between = _NOMINAL_BETWEEN[lang]
    for m in _NOMINAL_ACTS[lang].finditer(text):
        runs: list[list[re.Match[str]]] = []  # each run of words read outwards from the noun, up to a word of neither
        if lang in NOMINAL_SIDE_AFTER:
            runs.append(_words_after(text, m.end(), NOMINAL_SIDE_AFTER[lang]))
        if lang in NOMINAL_SIDE_BEFORE:
            clause = max(text.rfind(ch, 0, m.start()) for ch in ",;:") + 1
            runs.append(list(reversed(list(_WORD_GAP.finditer(text, clause, m.start()))))[: NOMINAL_SIDE_BEFORE[lang]])
            if _NOMINAL_GENITIVE.fullmatch(m.group(0)):
                runs.append(_words_after(text, m.end(), 1))  # "удару росії": the country in the genitive after it
            if lang == "de" and (genitive := _GERMAN_GENITIVE.match(text, m.end())) is not None:
                # "Drohnenangriff der nigerianischen Armee", "Angriff Russlands": the doer in the genitive after it
                runs.append(list(_WORD_GAP.finditer(text, genitive.start("words"), genitive.end("words")))[:1])
        for run in runs:
            for w in run:
                side = _side_word_abroad(w.group(0)) or _party_value(w.group(0), parties)
                if side is not None:
                    at, end = min(w.start(), m.start()), max(w.end(), m.end())
                    denied = stance == "denied" or _refuted_before(text, at)
                    alleged = _ALLEGED_BEFORE.search(text[max(0, at - _ALLEGED_REACH) : at]) is not None
                    span = Span(v.claim.span.start + at, v.claim.span.start + end)
                    told = "denied" if denied else "hedged" if alleged and stance != "denied" else stance
                    return [_found("agent", k, side, span, told, base, None)]
                if not between.match(w.group(0)):
                    break
    return []


def _doer_abroad(word: str, v: ClaimView, parties: NamedParties) -> str | None:
    """The side or party a word of a claim read without a parse names as a doer: a side word, what the claim's
    side calls the other (``оккупанты``, ``ворог``), or a group the coverage names (``Hisbollah``)."""
    return _side_word_abroad(word) or enemy_of(word, v.speaks_for) or _party_value(word, parties)


def _party_value(word: str, parties: NamedParties) -> str | None:
    found = parties(word)
    return found[0] if found else None


def _time_word(word: str) -> bool:
    """A word of a time adverbial (``в ночь на 6 июня``): not counted between a doer and its verb."""
    return word.isdigit() or word.casefold() in TIME_WORDS_ABROAD


def _words_after(text: str, at: int, limit: int) -> list[re.Match[str]]:
    """The first few words after ``at`` in its clause."""
    words: list[re.Match[str]] = []
    for w in _WORD_GAP.finditer(text, at):
        if len(words) >= limit or any(ch in text[at : w.start()] for ch in _CLAUSE_BREAKS + ".!?"):
            break
        words.append(w)
    return words


def _nominative_side(word: str, only: bool) -> str | None:
    """The side a Russian or Ukrainian word names when it can be a verb's subject: a national adjective in the
    nominative (``украинская``, ``російські``), a country's name (``Россия``), the armed forces' initials (``ВСУ``);
    ``only``: in a form no object takes (``российская``, ``Россия``; not ``российские``, ``ВСУ``)."""
    low = word.casefold()
    if low in (NOMINATIVE_NAMES_ONLY if only else NOMINATIVE_NAMES):
        return country_of_word(word) or _side_word(word)
    if any(low.startswith(stem) for stem in ADJECTIVE_STEMS):
        form = _NOMINATIVE_ADJECTIVE_ONLY if only else _NOMINATIVE_ADJECTIVE
        return country_of_word(word) if form.search(low) else None
    return None


def _inverted_abroad(v: ClaimView, lang: str) -> tuple[tuple[int, int], str, bool] | None:
    """Who did it, named after the verb in Russian and Ukrainian word order: the blow named first (``удар по рынку
    ... нанесла украинская армия``), or a verb of attack and a subject in a form no object takes (``по рынку ударила
    российская армия``); the words' span (in the claim), the side, and whether the verb is negated."""
    text = v.claim.text
    found = [(m, False) for m in _INVERTED.finditer(text)] + [(m, True) for m in _ACTIVE[lang].finditer(text)]
    for m, only in found:
        for w in _words_after(text, m.end(), 2):
            side = _nominative_side(w.group(0), only) or enemy_of(w.group(0), v.speaks_for)
            if side is not None:
                verb_at = m.end() - len(m.group(0).split()[-1]) if not only else m.start()  # "удар ... нанесла"
                negated = _refuted_before(text, verb_at)
                return (m.start(), w.end()), side, negated
    return None


def _instrumental_abroad(v: ClaimView) -> tuple[tuple[int, int], str, bool] | None:
    """Who did it, named after an act in the instrumental case (Russian and Ukrainian): the owner of the weapon or
    force that did it (``удар російським комплексом С-300``, ``был вызван украинской ракетой ПВО``, ``силами ВСУ``)
    or the doers themselves (``обстріл росіянами ринку``); the words' span, the side, and whether the act is
    negated."""
    text = v.claim.text
    for m in _INSTRUMENTAL_ACTS.finditer(text):
        words = _words_after(text, m.end(), INSTRUMENTAL_GAP + 2 + INSTRUMENTAL_HEAD_GAP)
        for n, w in enumerate(words[: INSTRUMENTAL_GAP + 2]):
            word = w.group(0)
            low = word.casefold()
            side = country_of_word(word) if CYRILLIC.search(word) else None
            if side is None:
                continue
            adjective = any(low.startswith(stem) for stem in ADJECTIVE_STEMS)
            if adjective:  # "российской ракетой", "украинской зенитной ракетой": the head it qualifies is instrumental
                if not _INSTRUMENTAL_ADJECTIVE.search(low):
                    continue
                heads = [x.group(0) for x in words[n + 1 : n + 1 + INSTRUMENTAL_HEAD_GAP]]
                if not any(_INSTRUMENTAL_HEAD.match(h) for h in heads):
                    continue
            elif not (_INSTRUMENTAL_NAME.search(low) or (n > 0 and _INSTRUMENTAL_HEAD.match(words[n - 1].group(0)))):
                continue  # "росіянами", "Россией"; or a force in the instrumental before it ("силами ВСУ")
            return (m.start(), w.end()), side, _refuted_before(text, m.start())
    return None


def _blamed_abroad(
    k: int, v: ClaimView, stance: str, base: dict[str, str | None], names: dict[str, Entity], parties: NamedParties
) -> list[Found]:
    """Who is blamed, in a claim read without a parse: the side word or named group just after a verb of accusing
    (``pointant du doigt les troupes russes``, ``обвинил Украину в ударе``, ``culpó a Hezbolá del ataque``),
    attributed to the accuser named before the verb in its clause (else to the claim's own origin); none when the
    accusation is negated or is of something other than an act (``accuse Kyiv de mentir``)."""
    text = v.claim.text
    lang = v.language or ""
    if lang not in _BLAMED or stance == "denied":
        return []
    for m in _BLAMED[lang].finditer(text):
        if _NEGATED_BEFORE.search(text[: m.start()]):
            continue
        if lang in ("ru", "uk") and _BLAMED_ACT.match(text[m.end() :]):
            accused = _blamed_after_charge(text, m.end())  # "обвинило в подрыве плотины российские войска"
            if accused is not None:
                span = Span(v.claim.span.start + m.start(), v.claim.span.start + accused[0])
                stance_told = "hedged" if stance == "hedged" else "attributed"
                return [_found("agent", k, accused[1], span, stance_told, base, None)]
            continue
        for w in _words_after(text, m.end(), BLAMED_GAP):
            value = _doer_abroad(w.group(0), v, parties)
            if value is None:
                continue
            after = text[w.end() :]
            if _BLAMED_OF.match(after) and not _BLAMED_ACT.match(after):
                break  # "accusant Moscou de mentir": another charge
            span = Span(v.claim.span.start + m.start(), v.claim.span.start + w.end())
            clause = max(text.rfind(ch, 0, m.start()) for ch in ",;:") + 1
            accuser = _party_before(v, names, parties, clause, m.start())
            who = accuser[3] if accuser is not None and accuser[3] is not None else _person_named(v, names, clause, m)
            said = dict(base, origin=who) if who is not None else base
            return [_found("agent", k, value, span, "hedged" if stance == "hedged" else "attributed", said, None)]
    return []


def _person_named(v: ClaimView, names: dict[str, Entity], start: int, verb: re.Match[str]) -> str | None:
    """The person named last before the verb of accusing in its clause (``Premier Jan Kowalczyk oskarżył Rosję``): the
    accuser, whose word the accusation is; None when the clause names no one."""
    text = v.claim.text
    found = []
    for eid in v.entities:
        e = names.get(eid)
        if e is None or e.type != "PERSON":
            continue
        at = max(text.rfind(name, start, verb.start()) for name in (e.name, *e.aliases))
        if at >= 0:
            found.append((at, eid))
    return max(found)[1] if found else None


def _blamed_after_charge(text: str, at: int) -> tuple[int, str] | None:
    """The accused told after the charge (``обвинило в подрыве плотины российские войска``): a side word in a form
    a subject or a direct object takes (``российские``, ``Россию`` is not one: it is read before the charge), not one
    after a preposition (``в ударе по украинскому городу``: the place of the act); its end and side."""
    words = _words_after(text, at, BLAMED_AFTER_CHARGE_GAP)
    for n, w in enumerate(words):
        if n and words[n - 1].group(0).casefold() in _CHARGE_PREPOSITIONS:
            continue
        side = _nominative_side(w.group(0), False)
        if side is not None:
            return w.end(), side
    return None


_CHARGE_PREPOSITIONS = frozenset({"по", "в", "у", "на", "над", "под", "від", "от", "для", "біля", "возле", "из", "з"})


def _means_abroad(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """What kind of weapon did it, named by words in a claim in another language than English that tells the act or
    a weapon's fall (``речь идет о падении антиракеты``, ``touché par un missile balistique``, ``alcanzado por un
    misil balístico``): ``air defence missile``, ``ballistic missile``, ``cruise missile``; a negation right before
    makes it a denial."""
    lang = v.language or ""
    text = v.claim.text
    if lang not in _MEANS_ABROAD or not (_told_abroad(v) or _FALL_NOUNS.search(text)):
        return []
    out = []
    for value, pattern in _MEANS_ABROAD[lang]:
        m = pattern.search(text)
        if m is None:
            continue
        negated = _refuted_before(text, m.start()) or stance == "denied"
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        out.append(_found("means", k, value, span, "denied" if negated else stance, base, None))
    return out


def _denied_acts(
    k: int, v: ClaimView, base: dict[str, str | None], names: dict[str, Entity], parties: NamedParties
) -> list[Found]:
    """A side that says it did not fire (``Russian forces did not have any firing missions``, ``l'armée russe a
    démenti tout tir``): a denial of the answer "that side did it", when no frame gave one."""
    text = v.claim.text
    own = _search(_OWN_DENIAL, text)
    if own is not None and not v.frames:
        side = _speaker_side(v, names)  # "We certainly did not order this," the president said: his side denies it
        span = Span(v.claim.span.start + own.start(), v.claim.span.start + own.end())
        return [_found("agent", k, side, span, "denied", base, None)] if side else []
    m = _search(DENIED_ACT, text)
    if m is None or any(f.kind == "attack" and not f.negated for f in v.frames):
        return []
    if _NO_CLAIM.search(m.group(0)) or _kept_on(text):
        return []  # "did not claim responsibility for the attack": no claim, no denial; "did not stop firing"
    before = text[: m.start()]
    if v.language in (None, "en"):
        sides = [(n.start(), s) for n in _SIDE_WORD.finditer(before) if (s := _side_word(n.group(0)))]
    else:  # lower-case national words of every language read without a parse ("las fuerzas armadas peruanas")
        sides = [
            (n.start(), s)
            for n in _WORD_GAP.finditer(before)
            if (s := _side_word_abroad(n.group(0)) or _party_value(n.group(0), parties))
        ]
    if not sides:
        return []
    at, side = sides[-1]
    span = Span(v.claim.span.start + at, v.claim.span.start + m.end())
    return [_found("agent", k, side, span, "denied", base, None)]


_BLANKET = re.compile("|".join(f"(?:{p})" for p in BLANKET_DENIALS), re.I)
_ACCUSED_AFTER = re.compile(ACCUSED_AFTER, re.I)
_ACCUSER_BEFORE = re.compile(r"\S+\s+$")  # the word before "baseless accusations": who made them
_REJECTING_VERB = re.compile(REJECTING_VERBS, re.I)


def _blanket_denial(k: int, v: ClaimView, base: dict[str, str | None], names: dict[str, Entity]) -> list[Found]:
    """A rejection of the accusations themselves (``refuting all of London's allegations``, ``evidence-free
    accusations against the Russian Federation``, ``called the rumours an utter lie``): the accused side denies it
    did it, though the claim never names the act. The accused is the side named after "against"; else the side that
    speaks (the claim's speaker, or the first side the sentence names before the rejection: its subject). A side
    that cannot be told gives no answer. The denial answers both who did it and whether that side had a hand in it."""
    text = v.claim.text
    m = _search(_BLANKET, text)
    if m is None or any(f.kind == "attack" and not f.negated for f in v.frames):
        return []  # "X rejected the accusations and struck again": an act of its own, read by its frame
    after = _ACCUSED_AFTER.match(text, m.end())
    side = None
    if after is not None:
        named = _WORD_GAP.search(text, after.end())
        side = _side_word_abroad(named.group(0)) if named else None
        if named and side is None:  # "against the Russian Federation": the first side word of the phrase
            phrase = text[after.end() : after.end() + 40]
            side = next((s for w in _WORD_GAP.finditer(phrase) if (s := _side_word_abroad(w.group(0)))), None)
    if side is None:
        side = _speaker_side(v, names)
    if side is None:
        # the subject, not the accuser that qualifies the accusations ("India's baseless accusations", "les
        # accusations américaines"): side words right before the rejection or inside it are left out
        before = text[: m.start()]
        before = before[before.rfind(";") + 1 :]  # "X blamed Y; Z has denied the allegations": Z's clause
        if not _REJECTING_VERB.match(m.group(0)):
            before = _ACCUSER_BEFORE.sub("", before)
        side = next((s for w in _WORD_GAP.finditer(before) if (s := _side_word_abroad(w.group(0)))), None)
    if side is None:
        return []
    span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
    # the accusations rejected are of the act and of any hand in it ("we reject the baseless allegations" against
    # "the attack was sponsored by X"): a denial of both
    return [
        _found("agent", k, side, span, "denied", base, None),
        _found("involved", k, side, span, "denied", base, None),
    ]


_NO_CLAIM = re.compile(CLAIMING_WORDS, re.I)
_OWN_DENIAL = re.compile("|".join(OWN_DENIALS), re.I)
_BY_BEFORE = re.compile(r"\bby\s*$")
# an act named as a noun and what it was done to: "the rocket attack on", "strikes against"
_TARGET_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(ACT_NOUNS))})s?\s+(?:on|against|at|targeting)\s+(?:the\s+)?$", re.I
)


def _agent_placed(v: ClaimView, f: Frame, agent: Span) -> bool:
    """The agent stands where an agent can: before its verb (``X fired``), or after ``by`` (``fired by X``); a
    noun after the verb's word is something else (``the forces' strike on the plane, the West ...``)."""
    text, start = v.claim.text, v.claim.span.start
    if not v.claim.span.contains(agent):
        # the parse took it from the sentence around the clause: trust it, unless it is what an act was done to
        # ("the rocket attack on X, which killed 16": X was hit, not the killer)
        at = agent.start - (start - len(v.lead))
        if 0 <= at <= len(v.lead) and LOCATIVE_BEFORE.search(v.lead[:at]):
            return False  # "the attack in Pahalgam, Kashmir, which killed 26": where it happened, not who did it
        return not (0 <= at <= len(v.lead) and _TARGET_BEFORE.search(v.lead[:at]))
    if _BY_BEFORE.search(text[: agent.start - start]):
        return True
    if _TARGET_BEFORE.search(text[: agent.start - start]):
        return False  # "the strike on X killed 16"
    if LOCATIVE_BEFORE.search(text[: agent.start - start]):
        return False  # "the shooting in the hall near Moscow, which killed 133": a place, not who did it
    stem = f.predicate.split()[0][:4].casefold()
    at = text.casefold().find(stem)
    return at < 0 or agent.start - start < at


def _party(text: str, side: str | None, entity: str | None, names: dict[str, Entity]) -> bool:
    """An agent that names a party (a country's side, or a named person, group or state), not a weapon
    (``missiles fired from X``: the missile is the means) nor a pronoun."""
    head = text.casefold().split()[-1].strip(".,")
    if head in _UNKNOWN_AGENTS or head in _NOT_AGENTS or head in PLACE_HEADS or head in OCCASION_HEADS:
        return False  # an occasion ("during the harvest festival") is no actor
    if _modified_head(text) in _NOT_AGENTS:
        return False  # "a fishing boat southwest of the Peloponnese": the boat, placed; the place did nothing
    if _MANNER.search(text):
        return False  # "Russian-style laws", "Soviet-era rules": a manner or a time, not the nation's doing
    if side:
        return True
    if entity and entity in names and names[entity].name.casefold().removeprefix("the ") in BARE_STATE_NOUNS:
        return False  # "the Kingdom's authorities": which kingdom, the name does not say
    return bool(entity and entity in names and names[entity].type in _PARTIES and head not in _WEAPON_NOUNS)


_MANNER = re.compile(r"\b[A-Z][\w'’]*-(?:style|era|type|like|inspired|speaking|language)\b")
# where a noun phrase's head ends and a phrase after it begins: "a boat southwest of X", "the crash near X"
_POSTMODIFIER = re.compile(
    r"\s(?:of|off|in|near|at|from|on|outside|inside|around|with|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?)\s",
    re.I,
)


def _modified_head(text: str) -> str:
    """The head of a noun phrase with a phrase after it (``a fishing boat southwest of the Peloponnese``: boat), lower
    case; "" when nothing follows the head."""
    m = _POSTMODIFIER.search(text)
    if m is None:
        return ""
    words = text[: m.start()].casefold().split()
    return words[-1].strip(".,") if words else ""


# what "killed 38 people" may have as subject without being anyone's act: the event itself, or the craft
_NOT_AGENTS = (
    frozenset(
        {
            "crash",
            "explosion",
            "blast",
            "fire",
            "incident",
            "accident",
            "disaster",
            "collapse",
            "flood",
            "floods",
            "storm",
            "earthquake",
            "stampede",
            "crush",
            "derailment",
            "tragedy",
            "plane",
            "jet",
            "aircraft",
            "airliner",
            "flight",
            "ship",
            "vessel",
            "ferry",
            "boat",
            "trawler",
            "shipwreck",
            "sinking",
            "capsizing",
            "train",
            "bus",
            "truck",
            "drone",
        }
    )
    | VEHICLES
)  # "a Ukraine International Airlines jetliner crashed, killing all 176": the craft, no party
_PARTIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _not_an_act(f: Frame) -> bool:
    """An attack verb whose object is no target nor weapon (``launched an investigation``)."""
    return any(r.name in ("patient", "instrument") and _head_word(r.text) in NOT_ACTS for r in f.roles)


def _named_for_a_place(text: str, side: str | None, entity: Entity | None) -> bool:
    """Whether an agent phrase is an event named for its place (``the Paris attacks``, ``the Christchurch shootings``,
    ``the Beslan massacre``): its head an event's noun and the name before it a known town, or a massacre or
    shootings named by anything but a country or its people. ``the Russian strike`` and ``a Hamas attack`` name
    a doer."""
    words = [w.strip(".,") for w in text.split()]
    head = words[-1].casefold() if words else ""
    if head.removesuffix("s") not in EVENT_HEADS and head not in EVENT_HEADS:
        return False
    name = " ".join(w for w in words[:-1] if w[:1].isupper() and w.casefold() not in ("the", "a", "an"))
    if not name:
        return False
    if name.casefold() in cities():
        return True
    if head not in PLACE_NAMED_EVENTS or name.isupper():
        return False
    told = name if entity is None else entity.name
    return country_of(told) is None and told.casefold() not in demonyms() and (side is None or country_of(side) is None)


def _head_word(text: str) -> str:
    words = text.casefold().split()
    return words[-1].strip(".,") if words else ""


def _defence(f: Frame, text: str) -> bool:
    """The act was aimed at a projectile (an interception), so its agent defended rather than attacked."""
    if f.predicate in ("intercept",) or (f.predicate in ("fire", "shoot", "launch") and AT_PROJECTILE.search(text)):
        return True
    patient = f.role("patient")
    if patient is not None and patient.text.casefold().split()[-1].strip(".,") in _WEAPON_NOUNS:
        return True
    return False  # "the missile was fired by Ukrainian air defence" answers whose missile it was


def _weapon_phrase(text: str) -> str:
    """A weapon's words up to its noun (``Ukrainian air defense missile`` of ``a Ukrainian air defense missile
    crashing into the ward``), without its article; "" when no weapon noun ends it."""
    m = _WEAPON_END.search(text)
    if m is None:
        return ""
    first, _, rest = text[: m.end()].partition(" ")
    return rest if rest and first.casefold() in _DETERMINERS else text[: m.end()]


_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
_WEAPON_END = re.compile(rf"\b(?:{'|'.join(sorted(OWNED_WEAPONS))})s?\b", re.I)


def _head_phrase(text: str) -> str:
    words = [w.strip(".,\"'") for w in text.split()]
    words = [w for w in words if w.casefold() not in _DETERMINERS]
    return " ".join(words[-3:])


def _settled_next(views: Sequence[ClaimView], k: int) -> bool:
    """The claim right after this one, in the same article, says a count is settled and gives no number of its own
    (``The number of people killed is 125. There is no increase.``)."""
    if k + 1 >= len(views) or not views[k].quantities:
        return False
    v, after = views[k], views[k + 1]
    gap = after.claim.span.start - v.claim.span.end
    return (
        after.article == v.article
        and 0 <= gap <= _NEXT_GAP
        and not after.quantities
        and _search(SETTLED_WORDS, after.claim.text) is not None
    )


_NEXT_GAP = 3  # characters between a sentence and the next one (a full stop and a space)


def _counts(
    k: int,
    v: ClaimView,
    stance: str,
    base: dict[str, str | None],
    as_of: str | None,
    settled_next: bool = False,
    told: Sequence[Found] = (),
    places: Sequence[tuple[str, str]] = (),
) -> list[Found]:
    """The counts of dead, injured and missing a claim gives (``told``: the counts its article gave before it, what
    ``that number`` or ``another seven`` leans on; ``places``: the names of the places it names, for each count's
    scope)."""
    text = v.claim.text
    if stance == "denied" or _search(CUMULATIVE, text) or not (v.quantities or v.language in ("ru", "uk")):
        return []
    out: list[Found] = []
    outcomes = {name for name, words in OUTCOMES.items() if v.words & words}
    missing = bool(v.words & MISSING)
    abroad = v.language not in (None, "en")
    numbers = v.quantities
    if abroad and v.language in ("ru", "uk"):
        numbers = sorted([*numbers, *tolls.worded(text, v.article, v.claim.span.start)], key=lambda q: q.span.start)
    for q in numbers:
        rel_start, rel_end = q.span.start - v.claim.span.start, q.span.end - v.claim.span.start
        prefix = text[:rel_start]
        if q.value is None or q.unit or tolls.replaced(prefix):
            continue  # "at least 3,958 instead of 11,300": the figure replaced is not the claim's count
        read = (
            _count_abroad(text, rel_start, rel_end)
            if abroad
            else _count_read(q, text, rel_start, rel_end, outcomes, missing, [*told, *out], bool(out))
        )
        if read is None:
            continue
        kind, head, qualifier, against, rival, said = read
        if ABOARD.search(text[rel_end:][:40]) and not _KILLED_ALL.search(prefix[-30:]):
            continue  # "67 people on board": who was there; "killing all 176 people on board" is the toll
        if tolls.rate(text[rel_end:]):
            continue  # "an average of 118 deaths daily": a rate, no toll
        if qualifier is None and EXCEEDED_BEFORE.search(prefix[-12:]):
            qualifier = "more than"  # "the toll had exceeded 125"
        previous = out[-1] if out else (told[-1] if told else None)
        added = tolls.added(prefix[-12:], text[rel_end:]) and previous is not None and previous.kind == kind
        note = _count_note(v, rel_start, rel_end, settled_next, added)
        firm = "attributed" if rival or (said and stance == "asserted") else stance
        if tolls.denied_outcome(text[rel_end:]):
            firm = "denied"  # "3000 people did not die": the count denied (shown, compared with none)
        answer = _answer(
            " ".join(f"{qualifier or ''} {q.text} {head}".split()),
            q.span,
            firm,
            {**base, "origin": None} if rival else base,
            as_of=as_of,
            number=float(q.value),
            number_max=float(q.value_max) if q.value_max is not None else None,
            qualifier=qualifier,
            note=note,
        )
        if (
            rival and out
        ):  # "10,000 missing, lower than the 20,000 another spokesperson gave": each set against the other
            out[-1] = dataclasses.replace(out[-1], against=float(q.value))
        spans = [(n.span.start - v.claim.span.start, n.span.end - v.claim.span.start) for n in numbers if n is not q]
        where = tolls.scope(text, rel_start, rel_end, places, spans)
        sourced = tolls.own_source(prefix)
        out.append(Found(kind, k, answer, head, against=against, scope=where, sourced=sourced))
    return out


def _places(v: ClaimView, names: dict[str, Entity]) -> list[tuple[str, str]]:
    """The names and aliases of the places a claim names, each with its entity id."""
    out = []
    for eid in sorted(v.entities):
        e = names.get(eid)
        if e is not None and e.type in ("GPE", "LOC"):
            out += [(name, eid) for name in (e.name, *e.aliases)]
    return out


_KINDS = {"dead": "toll_killed", "injured": "toll_injured", "missing": "toll_missing"}
_COUNT_KINDS = frozenset(_KINDS.values())


class _Read(NamedTuple):
    """What a number counts, as a claim gives it."""

    kind: str
    head: str
    qualifier: str | None
    against: float | None = None  # the figure its article sets it against
    rival: bool = False  # the number is that other figure ("lower than the 20,000 X gave")
    said: bool = False  # the claim names who gives it ("a representative put that number at")


def _count_read(
    q: Quantity,
    text: str,
    rel_start: int,
    rel_end: int,
    outcomes: set[str],
    missing: bool,
    told: Sequence[Found],
    in_claim: bool,
) -> _Read | None:
    """What an English count counts: the outcome and who (``head``), from a toll phrase leading to it (``the number of
    people who died has risen to 11,000``), a source putting a count at it (``put that number higher, at 11,300``:
    the count before it, set against it), a figure the claim sets its count against (``lower than the 20,000 X
    gave``) or the words around it; None when it counts no dead, injured or missing."""
    prefix, after = text[:rel_start], text[rel_end:]
    put = tolls.put_at(prefix)
    if put == "that":  # "that number": the count of the dead the article gave last, else its last count
        previous = next((f for f in reversed(told) if f.kind == "toll_killed"), told[-1] if told else None)
        if previous is None:
            return None
        against = previous.answer.number if tolls.SET_AGAINST_WORDS.search(text) else None
        return _Read(previous.kind, previous.head, q.qualifier, against, said=True)
    if in_claim and tolls.set_against(prefix, after):  # the claim's own count, then the figure it is set against
        return _Read(told[-1].kind, told[-1].head, q.qualifier, told[-1].answer.number, rival=True)
    led_to = put == "dead" or TOLL_BEFORE.search(prefix) is not None or tolls.led_to(prefix)
    led_to = led_to or TOLL_EXCEEDS.search(prefix) is not None  # "the toll ... exceeds 100"
    elided = None if q.counts or led_to else tolls.elided_outcome(prefix, after)  # "and injuring at least 50"
    bare = led_to or elided is not None or (not q.counts and BARE_TOLL.match(after) is not None)
    if not (q.counts or bare):
        return None
    head = "people" if bare else _counted(q)
    if head is None:
        return None
    # "17 people died and 32 were injured": the number's own predicate before the nearest outcome word
    outcome = elided or tolls.predicate_outcome(after) or _outcome(text, rel_start, rel_end)
    if outcome is None and missing and _near(text, rel_start, rel_end, MISSING):
        outcome = "missing"
    if outcome is None and len(outcomes) == 1 and head in GENERAL_COUNTED:
        outcome = next(iter(outcomes))
    if outcome is None and led_to:
        outcome = "dead"  # "the death toll could reach 20,000", "the number of casualties has risen to 11,300"
    if outcome is None:
        return None
    return _Read(_KINDS[outcome], head, q.qualifier, said=put == "dead")


_KILLED_ALL = re.compile(r"\b(?:killing|killed|kills)\s+(?:all\s+(?:of\s+the\s+)?|everyone\s+)?$", re.I)


_NOT_ONLY = re.compile(r"(?:\bnot|n['’]t)\s+(?:just|only|merely|simply)\b", re.I)
_CAUSED_BEFORE = re.compile(r"\b(?:had|has|have|having|got|get|gets)\s+$", re.I)  # a causative before its patient


def _count_abroad(text: str, rel_start: int, rel_end: int) -> _Read | None:
    """A count in a language read without a parse: the outcome word beside the number (``almeno 11.300 morti``)."""
    read = tolls.abroad(text, rel_start, rel_end)
    if read is None:
        return None
    outcome, qualifier = read
    return _Read(_KINDS[outcome], "people", qualifier)


def _count_note(v: ClaimView, rel_start: int, rel_end: int, settled_next: bool, added: bool) -> str | None:
    """Why a count is set apart or how it moves: a projection, a part of the toll (``12 of them``, ``the dead
    included 12``, ``another seven``), a count elsewhere or of more acts than the event, a tally over several days
    (``in recent days``), a correction (``3,958 instead of 11,300``), an earlier
    figure recalled (``had previously put the number at``), a rival of the official count, an update, a settled or
    a provisional count."""
    text = v.claim.text
    after, before = text[rel_end:][:40], text[:rel_start][-12:]
    if folded.search(PROJECTION, text[:rel_start]):
        return "projection"  # "could reach 20,000", "the toll was expected to be 250"
    if (
        added
        or folded.search(PART_OF_TOLL, after)
        or folded.search(PARTIAL, before)
        or folded.search(PART_PLACE, after)
    ):
        return "partial"
    if tolls.part_of_toll(text[:rel_start], text[rel_end:]):
        return "partial"
    if _search(ELSEWHERE, text) or _search(tolls.WIDER_WORDS, text):
        return "elsewhere"  # "in neighbouring villages", "as a result of a series of attacks": another scope
    if _search(tolls.PERIOD_WORDS, text) or tolls.since_clause(f"{v.lead}{text[:rel_start]}"):
        return "period"  # "249 officers injured in the violence of recent days": a tally over days, not one count
    if _search(tolls.CORRECTED_WORDS, text):
        return "correction"
    if folded.search(tolls.RECALLED_WORDS, f"{v.lead} {text[:rel_start]}"):  # "had previously put the number at 5,500"
        return "earlier"
    if _search(RIVAL_WORDS, text):
        return "rival"
    if _search(ROSE, text):
        return "updated"
    if settled_next or _search(SETTLED_WORDS, text):
        return "settled"
    if _search(PROVISIONAL, text) or _search(PROJECTION, text):
        return "provisional"  # "reached more than 5,000 and was expected to rise further": a count still moving
    return None


def _outcome(text: str, start: int, end: int) -> str | None:
    """The outcome a number counts, read first inside its own comma-bounded part of the sentence (``About 30
    killed, about 100 people were injured``: 100 injured), then around it."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
    right = min((i for i in (text.find(",", end), text.find(";", end)) if i >= 0), default=len(text))
    inside = outcome_near(text[left:right], start - left, end - left)
    return inside or outcome_near(text, start, end)


def _counted(q: Quantity) -> str | None:
    """What a count counts, as one word (``people`` for people, victims, the dead ...); None when not people."""
    words = [w.strip(".,").casefold() for w in (q.counts or "").split()]
    if not words:
        return None
    last = words[-1]
    if last in ("other", "more", "one", "them", "those"):
        return None
    if len(words) >= 2 and (last in GENERAL_COUNTED or last in TOLL_NOUNS) and _group_word(words[-2]):
        # "two foreign deaths", "three British deaths": the dead of one group, not the whole toll
        return "foreigners" if words[-2] == "foreign" else words[-2].capitalize()
    if last in GENERAL_COUNTED or " ".join(words[-2:]) in TOLL_NOUNS or last in TOLL_NOUNS:
        return "people"
    if last in PEOPLE or last.rstrip("s") in PEOPLE:
        return last if last.endswith("s") or last in PEOPLE else last + "s"
    if last.endswith("s") and last in demonyms():  # "at least 28 Palestinians were killed": people of a nation
        return last.capitalize()
    return None


def _group_word(word: str) -> bool:
    """``foreign``, ``British``: a word before the dead that makes them one group's, not the whole toll's."""
    return word == "foreign" or (word in demonyms() and not word.endswith("s"))


_HYPHENATED_WORD = re.compile(r"[\w-]+")


def _near(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    window = _HYPHENATED_WORD.findall(text[max(0, start - 60) : end + 60].casefold())
    return bool(set(window) & words)


def _cause(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """What caused it, in a clause about the cause (``after a collision with birds``, ``due to shooting from the
    ground``); a cause said not to be (``did not come into contact``, ``had not taken the medicine``) is denied, a
    cause said with doubt (``suspected of causing``) is hedged, a cause still asked (``yet to confirm that ... was
    caused by``, ``confirmation that``) is no answer. A cause told in
    nearly every sentence of its coverage (``CAUSES_IN_CLAUSE``: the product the victims took) counts only inside the
    clause of the word that names it the cause."""
    text = v.claim.text
    if not _search(CAUSE_MARK, text) or _search(CAUSE_STILL_ASKED, f"{v.lead} {text}"):
        return []
    left_open = bool(_search(CAUSE_LEFT_OPEN, f"{v.lead} {text}"))
    out = []
    for value, pattern in CAUSE.items():
        m = _search(pattern, text)
        if m is None:
            continue
        if _EFFECT_BEFORE.search(text[: m.start()]):
            m = next((w for w in pattern.finditer(text) if not _EFFECT_BEFORE.search(text[: w.start()])), None)
            if m is None:
                continue  # "the fog caused the helicopter's collision": the collision is what was caused
        found = [m]
        if value in CAUSES_IN_CLAUSE:
            found = [w for w in pattern.finditer(text) if _in_clause(text, w) and _search(HARM_WORDS, text)]
            if not found:
                continue
        negated = any(NEGATION_BEFORE.search(text[: w.start()]) or _link_denied(text[: w.start()]) for w in found)
        m = found[0]
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        if not negated and _search(VERSION_TOLD, text):
            told = "hedged"  # "a technical fault, as the authorities claim, ...": their version, told as theirs
        elif negated or _search(DISBELIEVED, text[m.end() :]):
            told = "denied"  # "von einer Sabotage ... geht der Experte nicht aus": a cause not believed
        else:
            told = "hedged" if left_open and stance != "denied" else _stance_at(v, stance, span)
        out.append(_found("cause", k, value, span, told, base, None))
    return out


HOUR_ACT = re.compile("|".join(HOUR_ACTS), re.I)
HOUR_OTHER_WORDS = re.compile("|".join(HOUR_OTHER), re.I)
PART_OF_DAY = {part: re.compile("|".join(stems), re.I) for part, stems in PARTS_OF_DAY.items()}
_HOUR_BOUND = re.compile(HOUR_BOUND_BEFORE, re.I)
_HOUR_ABOUT = re.compile(HOUR_ABOUT_BEFORE, re.I)
# clock times the shared reader leaves out: "22 h 15", "22h15", "19.04 Uhr", "um 19 Uhr"
_HOUR_CLOCK = re.compile(
    r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?:\s?h\s?(?P<m>[0-5]\d)?|[.:](?P<m2>[0-5]\d)\s*Uhr|\s*Uhr)(?!\w)", re.I
)
_HOUR_REACH = 60  # characters between a time and the word of the act it is the time of


def _hour(k: int, v: ClaimView, stance: str, base: dict[str, str | None], as_of: str | None) -> list[Found]:
    """At what time of day it happened: a clock time (``09:03``, with its zone when one is given) or a part of the
    day (``morning``, ``afternoon``, ``evening``, ``night``) nearest a word of the act (``HOUR_ACTS``: struck, the
    crash, the blast) and nearer it than any word of another moment (``HOUR_OTHER``: a warning, a take-off, a count);
    a bound (``as of 4 p.m.``, ``by 9 p.m.``) is no answer, ``about``/``around`` makes it approximate. One answer a
    claim, the first."""
    text = v.claim.text
    if not _search(HOUR_ACT, text):
        return []
    times = [(a, b, clock) for a, b, clock in find_clocks(text)]
    for m in _HOUR_CLOCK.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in times):
            times.append((m.start(), m.end(), f"{int(m.group('h')):02d}:{int(m.group('m') or m.group('m2') or 0):02d}"))
    for part, pattern in PART_OF_DAY.items():
        times += [(m.start(), m.end(), part) for m in pattern.finditer(text)]
    acts = [m.span() for m in HOUR_ACT.finditer(text)]
    others = [m.span() for m in HOUR_OTHER_WORDS.finditer(text)]
    for a, b, value in sorted(times):
        if _HOUR_BOUND.search(text[max(0, a - 20) : a]):
            continue
        to_act = min(_gap((a, b), w) for w in acts)
        if to_act > _HOUR_REACH or any(_gap((a, b), w) < to_act for w in others):
            continue
        qualifier = "about" if _HOUR_ABOUT.search(text[max(0, a - 40) : a]) else None
        span = Span(v.claim.span.start + a, v.claim.span.start + b)
        answer = _answer(value, span, _stance_at(v, stance, span), base, as_of=as_of, qualifier=qualifier)
        return [Found("hour", k, answer)]
    return []


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans of one text (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


DEATH_CAUSE = {name: re.compile("|".join(stems), re.I) for name, stems in DEATH_CAUSES.items()}
DEATH_WORD = re.compile("|".join(DEATH_WORDS), re.I)
DEATH_CAUSE_DENIED = {name: re.compile("|".join(stems), re.I) for name, stems in DEATH_CAUSES_DENIED.items()}
_SET_ASIDE_BEFORE = re.compile(DEATH_CAUSE_SET_ASIDE, re.I)
_SPECULATED_BEFORE = re.compile(r"\b(?:speculat\w*|rumou?r\w*|suspect\w*)\b[^.;]{0,60}$", re.I)


def _death_cause(
    k: int, views: Sequence[ClaimView], stance: str, base: dict[str, str | None], dead_from: dict[str, int]
) -> list[Found]:
    """How a person died in someone's hands, as rival accounts tell it (``DEATH_CAUSES``: a beating against a heart
    attack), in a claim whose sentence tells of a death or a collapse: "the police speak of a sudden heart attack",
    "she was beaten to death", "there was no physical contact" (denied), "her family denied she had any heart
    problems" (denied), "caused by illness rather than blows" (blows denied), "she was in perfect health" (an illness
    denied: ``DEATH_CAUSES_DENIED``), "people speculate that she is a victim of police brutality" (hedged). The death
    may be told in any claim of the article before (``dead_from``: "She fell into a coma and died. ... The police
    deny she was beaten.")."""
    v = views[k]
    text = v.claim.text
    if _search(CAUSE_STILL_ASKED, f"{v.lead} {text}"):
        return []
    if not _search(DEATH_WORD, f"{v.lead} {text}") and not (
        (first := dead_from.get(v.article)) is not None and first < k
    ):
        return []
    out = []
    for value, pattern in DEATH_CAUSE.items():
        m = _search(pattern, text)
        opposite = DEATH_CAUSE_DENIED.get(value)
        said_opposite = _search(opposite, text) if m is None and opposite is not None else None
        m = m or said_opposite
        if m is None:
            continue
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        before = text[: m.start()]
        if said_opposite is not None:
            told = "denied"
        elif (
            NEGATION_BEFORE.search(before) or _SET_ASIDE_BEFORE.search(before) or _search(DISBELIEVED, text[m.end() :])
        ):
            told = "denied"
        elif _SPECULATED_BEFORE.search(before) or _search(VERSION_TOLD, text) or _search(CAUSE_LEFT_OPEN, text):
            told = "hedged" if stance != "denied" else stance
        else:
            told = _stance_at(v, stance, span)
        out.append(_found("cause", k, value, span, told, base, None))
    return out


_EFFECT_BEFORE = re.compile(EFFECT_BEFORE, re.I)
ACCIDENT_WORDS = re.compile("|".join(ACCIDENT), re.I)
ACCIDENT_CAUSE = {name: re.compile("|".join(stems), re.I) for name, stems in ACCIDENT_CAUSES.items()}
# the marks that make a cause of an accident, with where its cause stands: after, before or either side of them
_ACCIDENT_MARKS = (
    (re.compile("|".join(ACCIDENT_CAUSE_AFTER), re.I), "after"),
    (re.compile("|".join(ACCIDENT_CAUSE_BEFORE), re.I), "before"),
    (re.compile("|".join(ACCIDENT_CAUSE_EITHER), re.I), "either"),
)
_ANY_ACCIDENT_MARK = re.compile("|".join((*ACCIDENT_CAUSE_AFTER, *ACCIDENT_CAUSE_BEFORE, *ACCIDENT_CAUSE_EITHER)), re.I)
_LEADS_ON = re.compile(LEADS_ON, re.I)


def _accident_cause(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """What made a craft or a structure fail, as a rival account tells it (``ACCIDENT_CAUSES``: panic on board, a tow
    by another vessel): a cause word inside the clause of a word that makes it the cause (``capsized after the tow``,
    ``panic may have been the cause of the capsize``, ``an attempt to tow it, which led to the sinking``), in a claim
    (or its sentence) that names the accident. A negation before it denies it (``the capsize was not caused by a
    tow``), an open word hedges it (``may have``), a cause still asked (``whether``) is no answer."""
    text = v.claim.text
    around = f"{v.lead} {text}"
    if not _search(_ANY_ACCIDENT_MARK, text) or not _search(ACCIDENT_WORDS, around):
        return []
    if _search(CAUSE_STILL_ASKED, around):
        return []
    left_open = bool(_search(CAUSE_LEFT_OPEN, around))
    out = []
    for value, pattern in ACCIDENT_CAUSE.items():
        found = [w for w in pattern.finditer(text) if _accident_clause(text, w)]
        if not found:
            continue
        negated = any(NEGATION_BEFORE.search(text[: w.start()]) for w in found)
        span = Span(v.claim.span.start + found[0].start(), v.claim.span.start + found[0].end())
        told = "denied" if negated or stance == "denied" else "hedged" if left_open else stance
        out.append(_found("cause", k, value, span, told, base, None))
    return out


def _accident_clause(text: str, word: re.Match[str]) -> bool:
    """A cause word on the cause's side of a mark in its clause: after ``after``/``because of``, before ``led to``,
    either side of ``caused``; a mark after the word may open another clause that takes it as its subject (``..., which
    led to``, ``..., causing``)."""
    for marks, where in _ACCIDENT_MARKS:
        for m in marks.finditer(text):
            if where == "after" and m.end() > word.start() or where == "before" and m.start() < word.end():
                continue
            if _one_clause(text, word.span(), m.span()):
                return True
            if m.start() >= word.end() and _LEADS_ON.fullmatch(text, word.end(), m.start()):
                return True
    return False


def _linked_cause(k: int, v: ClaimView, stance: str, base: dict[str, str | None], found: list[Found]) -> list[Found]:
    """A cause named as the second term of a link between the event and it (``denied any connection between the
    incident and a drone attack``: ``CAUSES_LINKED``), when the claim gave that cause no answer otherwise; a denied
    link denies it, a link still asked (``whether``) is no answer."""
    text = v.claim.text
    m = _search(LINKED, text)
    if m is None or _search(CAUSE_STILL_ASKED, f"{v.lead} {text}"):
        return []
    have = {f.answer.value for f in found if f.kind == "cause"}
    out = []
    for value, pattern in LINKED_CAUSE.items():
        w = pattern.match(text, m.end())
        if w is None or value in have:
            continue
        span = Span(v.claim.span.start + w.start(), v.claim.span.start + w.end())
        told = "denied" if stance == "denied" or _link_denied(text[: w.start()]) else stance
        out.append(_found("cause", k, value, span, told, base, None))
    return out


def _link_denied(before: str) -> bool:
    """The cause stands after a denied link between the event and it (``denied any connection between the incident
    and a drone attack``): a denial further back than a negation reaches."""
    return "between" in before and LINK_DENIED.search(before) is not None


def _in_clause(text: str, word: re.Match[str]) -> bool:
    """A cause word inside the clause of a word that says it caused the harm, and not part of a name (``the
    Medicines Control Agency``: a capitalised word followed by another)."""
    if word.group(0)[:1].isupper() and _NAME_GOES_ON.match(text, word.end()):
        return False
    return any(_one_clause(text, word.span(), m.span()) for m in CAUSE_SAID_WORDS.finditer(text))


def _one_clause(text: str, word: tuple[int, int], mark: tuple[int, int]) -> bool:
    """A word and a mark of cause close together with no clause break between them."""
    lo, hi = min(word[1], mark[1]), max(word[0], mark[0])
    return hi - lo <= _CLAUSE_GAP and not _CLAUSE_BREAK.search(text, lo, hi)


# a negation ruling an intent out: "not deliberate", "ruled out an accident", "n'était pas délibéré", "не умышленно"
_RULED_OUT_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|ruled out|rule out|pas|jamais|exclu\w*)\b|(?<![\w])(?:не|ні|нет|исключ\w*|виключ\w*)"
    r"(?![\w]))[^.,;]{0,30}$",
    re.I,
)


def _intent(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    policy = _policy_denial(k, v, stance, base)
    if not _search(ANY_INTENT, v.claim.text):
        return policy or ([] if stance == "denied" else _struck_again(k, v, stance, base))
    out = policy
    for value, pattern in INTENT.items():
        m = _search(pattern, v.claim.text)
        if (
            m is None
            or (value == "staged" and _MADE_UP.match(v.claim.text, m.end()))
            or _labels_accusation(v.claim.text[: m.start()], stance)
            or _deliberate_provocation(value, v.claim.text, m)
            or _NOT_OF_THE_ACT.match(v.claim.text, m.end()) is not None
            or _policy_intent(v.claim.text, m)
            or _intent_asked(f"{v.lead} {v.claim.text[: m.start()]}")
        ):
            continue
        before = v.claim.text[: m.start()]
        # the negation may stand in the sentence just before the clause ('there is "no reason to believe" she was
        # deliberately targeted'): read with the clause's lead
        negated = bool(_RULED_OUT_BEFORE.search(f"{v.lead}{before}"))
        firm = "denied" if negated else stance
        if firm == "denied" and _CONTRASTED.search(before):
            firm = "attributed" if v.claim.speaker_text or v.claim.cue else "asserted"  # "not meant but an accident"
        elif firm == "denied" and not negated and _PRESUPPOSED.search(before):
            continue  # "denied that the lack of X led to the mishap": the denial is of the cause, not of the mishap
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        out.append(_leaning(_found("intent", k, value, span, firm, base, None), v))
    return out


_NATURE = (
    *((re.compile(p, re.I), "deliberate", False) for p in NATURE_ATTACK),
    *((re.compile(p, re.I), "deliberate", True) for p in NATURE_NO_SIGN),
    *((re.compile(p, re.I), "accident", False) for p in NATURE_ACCIDENT),
)
_NATURE_RUMOURED = re.compile("|".join(f"(?:{p})" for p in NATURE_RUMOURED), re.I)
_DISMISSING = re.compile(rf"\b{REJECTING_VERBS}", re.I)  # a verb of rejecting, searched anywhere
_LEANING = re.compile("|".join(f"(?:{p})" for p in LEANING_HEDGES), re.I)


def _nature(k: int, v: ClaimView, stance: str, base: dict[str, str | None], found: list[Found]) -> list[Found]:
    """What the event was, said of the event itself: an attack or a bomb (``they think it was an attack``, ``called
    the blast an attack``), no sign of one (``no indication of an attack``: denied), rumours of one dismissed
    (``dismissed rumours of subversive action``: denied), or an accident in the languages whose word for it the
    intent words leave out (``es war ein Unfall``). Intent ``deliberate`` or ``accident``; a claim that gave that
    intent already gives no second answer, and a question still asked (``whether``) none at all."""
    text = v.claim.text
    have = {f.answer.value for f in found if f.kind == "intent"}
    out: list[Found] = []
    for pattern, value, no_sign in _NATURE:
        m = _search(pattern, text)
        if m is None or value in have or _intent_asked(f"{v.lead} {text[: m.start()]}"):
            continue
        negated = no_sign or bool(m.groupdict().get("neg")) or bool(_RULED_OUT_BEFORE.search(text[: m.start()]))
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        out.append(_found("intent", k, value, span, "denied" if negated else stance, base, None))
        have.add(value)
    m = _search(_NATURE_RUMOURED, text)
    dismissed = m is not None and (stance == "denied" or _search(_DISMISSING, text[: m.start()]) is not None)
    if m is not None and dismissed and "deliberate" not in have:
        span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
        out.append(_found("intent", k, "deliberate", span, "denied", base, None))
    return [_leaning(f, v) for f in out]


def _leaning(f: Found, v: ClaimView) -> Found:
    """A hedged intent that still leans one way (``most likely an accident``, ``they seem to think it was an
    attack``): noted ``likely``, so the comparison sets it against a rival answer as a firm one."""
    if f.answer.stance != "hedged" or not _search(_LEANING, v.claim.text):
        return f
    return dataclasses.replace(f, answer=dataclasses.replace(f.answer, qualifier="likely"))


_MADE_UP = re.compile(MADE_UP_WORDS, re.I)  # "fabricating allegations": the words made up, not the event
# a negation, then a contrast with no negation after it: "no be intentional but na accident", "not X, rather Y"
_CONTRASTED = re.compile(
    rf"(?:\b(?:not|no|never|pas|jamais|nicht|kein\w*)\b|(?<![\w])(?:не|ні)(?![\w]))[^.;]{{0,40}}"
    rf"{INTENT_CONTRAST}(?:(?!\b(?:not|no|never|pas|nicht)\b)[^.;]){{0,30}}$",
    re.I,
)
# an intent word in a definite phrase a preposition or a verb of causing governs ("led to the mishap", "for the
# accidental strike"): the event as the source names it, not what its denial denies
_PRESUPPOSED = re.compile(r"\b(?:to|caused?|behind|for|of|in|after|over)\s+the\s+$", re.I)
_STRUCK_AGAIN = re.compile("|".join(f"(?:{p})" for p in STRUCK_AGAIN), re.I)
_RESCUE = re.compile("|".join(f"(?:{p})" for p in RESCUE), re.I)


def _struck_again(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """``as they tended the wounded, another bomb was dropped``: a second strike on the people who came to help, told
    in one sentence, is the source's account against an accident (``deliberate``, noted ``struck again``); a strike
    told again without the rescue (``Russia struck the city again on Monday``) is another day's act, no answer."""
    m = _search(_STRUCK_AGAIN, v.claim.text)
    if m is None or (not m.group(0).casefold().startswith("double") and not _RESCUE.search(f"{v.lead} {v.claim.text}")):
        return []
    span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
    found = _found("intent", k, "deliberate", span, "hedged" if stance == "hedged" else stance, base, None)
    return [dataclasses.replace(found, answer=dataclasses.replace(found.answer, note="struck again"))]


_POLICY_REACH = 60  # characters around an intent word where a general policy that holds it is read


def _policy_denial(k: int, v: ClaimView, stance: str, base: dict[str, str | None]) -> list[Found]:
    """``Russian forces have never targeted civilian infrastructure``: a side's answer to the charge of a deliberate
    attack on civilians, read as a denial that it was deliberate, noted ``policy`` (a rule it says it keeps; whoever
    reads the dispute sees it is no account of this act). A denial of the policy itself, or a hedged one, is none."""
    m = _search(_POLICY_DENIALS, v.claim.text)
    if m is None or stance in ("denied", "hedged"):
        return []
    span = Span(v.claim.span.start + m.start(), v.claim.span.start + m.end())
    return [Found("intent", k, _answer("deliberate", span, "denied", base, note="policy"))]


_POLICY_DENIALS = re.compile("|".join(f"(?:{p})" for p in POLICY_DENIALS), re.I)


def _policy_intent(text: str, word: re.Match[str]) -> bool:
    """An intent word inside a general policy (``says it does not deliberately target civilians``, ``affirmant ne pas
    cibler délibérément les civils``): a rule a side says it keeps, no answer about whether this act was meant."""
    lo = max(0, word.start() - _POLICY_REACH)
    hi = min(len(text), word.end() + _POLICY_REACH)
    # the word inside the policy, or just after it ("never targets civilian infrastructure deliberately")
    return any(m.start() <= word.start() <= m.end() + _POLICY_AFTER for m in INTENT_POLICY_WORDS.finditer(text, lo, hi))


def _intent_asked(before: str) -> bool:
    """The words before an intent word in its clause ask about it (``to determine whether it was deliberate``,
    ``afin de déterminer toute intention délibérée``): a question still open, no answer."""
    cut = max(0, before.rfind(";"), before.rfind(". "), *(m.end() for m in _NEXT_CLAUSE.finditer(before)))
    clause = before[cut:][-_ASKED_REACH:]
    return _search(INTENT_ASKED_WORDS, clause) is not None


# a clause joined after a comma ("the bullet is too damaged to examine, and that there is no reason to believe she
# was deliberately targeted"): what the words before it ask is not asked of what follows
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but)\b", re.I)


_ASKED_REACH = 80  # characters before an intent word where the words that ask about it are read
_POLICY_AFTER = 16  # characters after a policy's words where an intent word still qualifies it


_ACCUSATION = "|".join(sorted(ACCUSATION_NOUNS))
# "these accusations were a deliberate provocation"
_ACCUSATION_IS = re.compile(rf"\b(?:{_ACCUSATION})\b[^.,;:]{{0,20}}\b(?:is|are|was|were)\b[^.,;:]{{0,30}}$", re.I)
# "called the reports a provocation", "describing the claims as", "calling them a provocation"
_LABELLED = re.compile(
    rf"\b(?:{'|'.join(LABELLING_VERBS)})\s+(?:(?:the|these|those|such|this)\s+)?"
    rf"(?:(?P<noun>{_ACCUSATION})|them|it|this|that)\b[^.,;:]{{0,30}}$",
    re.I,
)


_PROVOCATION = re.compile(r"\s+(?:[\w-]+\s+)?provocations?\b", re.I)


# an intent word that qualifies a way of telling, not the act ("conscious and deliberate falsification of the truth",
# "a deliberate lie", "une désinformation délibérée" is read the other way round and left alone)
_NOT_OF_THE_ACT = re.compile(rf"\s+(?:{'|'.join(TELLING_NOUNS)})\b", re.I)


def _deliberate_provocation(value: str, text: str, word: re.Match[str]) -> bool:
    """``a deliberate provocation``: what is called a provocation may be the act or the accusation (``the
    minister's remarks were a deliberate provocation``), and a provocation is deliberate by its meaning, so the word
    says nothing of the act's intent; ``a staged provocation`` still says staged."""
    return value == "deliberate" and _PROVOCATION.match(text, word.end()) is not None


def _labels_accusation(before: str, stance: str) -> bool:
    """An intent word that names an accusation or a report, not the act: ``these accusations were a provocation``,
    ``describing the claims as deliberate lies``; after a denial, a pronoun stands for what it denies (``denied the
    reports, calling them a provocation``). Said by the side that rejects the accusation, it answers nothing about
    whether the act was deliberate."""
    if _ACCUSATION_IS.search(before):
        return True
    m = _LABELLED.search(before)
    return m is not None and (m.group("noun") is not None or stance == "denied")


def _found(
    kind: str, k: int, value: str, span: Span, stance: str, base: dict[str, str | None], entity: str | None
) -> Found:
    return Found(kind, k, _answer(value, span, stance, base, entity=entity))


def _answer(
    value: str,
    span: Span,
    stance: str,
    base: dict[str, str | None],
    *,
    entity: str | None = None,
    as_of: str | None = None,
    number: float | None = None,
    number_max: float | None = None,
    qualifier: str | None = None,
    note: str | None = None,
) -> Answer:
    """An answer pinned to the claim, article and origin ``base`` names (``find_answers``)."""
    return Answer(
        value=value,
        claim=base["claim"] or "",
        article=base["article"] or "",
        span=span,
        stance=stance,
        entity=entity,
        origin=base["origin"],
        as_of=as_of,
        number=number,
        number_max=number_max,
        qualifier=qualifier,
        note=note,
    )
