"""Who did an act, in French, Russian and Ukrainian claims, which have no parse: surface patterns of wire copy.

An active clause names the doer just before the verb (``Росія вдарила по лікарні``, ``l'armée russe a frappé``); a
passive one names it, or the owner of the weapon, just after (``touché par un missile ukrainien``, ``по больнице
попала украинская ракета``). The doer is a side word (a country's name or demonym, ``data.disputes.LOWERCASE_SIDES``);
what the words name is read by ``link/questions.py``.
"""

from __future__ import annotations

# verbs of an attack done by the subject, per language (the subject is the side word at most a few words before)
ACTIVE = {
    "fr": (
        r"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?!été\b)\w+\s+)?(?:frappé|bombardé|visé|attaqué|pilonné|ciblé|"
        r"tiré\s+sur|détruit|lancé\s+(?:une|des)\s+(?:frappes?|attaques?|missiles?))\b",
        r"\b(?:frappe|frappent|bombarde|bombardent|attaque|attaquent|vise|visent)\b",
    ),
    # Russian and Ukrainian together: a short text's language is not always told apart, and the forms differ
    "ru": (
        r"(?<!\w)(?:ударил[аио]?|вдарил[аио]?|ударив|вдарив|нанес(?:ла|ли|ло)?\s+(?:\w+\s+){0,2}?удар\w*|"
        r"завда(?:л[аио]?|в)\s+(?:\w+\s+){0,2}?удар\w*|атаковал[аио]?|атакувал[аио]?|атакував|обстрелял[аио]?|"
        r"обстріля\w*|"
        r"выпустил[аио]?|випустил[аио]?|применил[аио]?|застосувал[аио]?)(?!\w)",
    ),
}
# what a passive act or a weapon's hit names after it: "touché par un missile de la défense antiaérienne
# ukrainienne" (the side word within a few words after), "по больнице попала украинская ракета"
PASSIVE = {
    "fr": (r"\b(?:frappée?s?|touchée?s?|visée?s?|bombardée?s?|détruite?s?|causée?s?)\s+par\b",),
    "ru": (r"(?<!\w)(?:попал[аио]?|упал[аио]?|угодил[аио]?|влучил[аио]?|поцілил[аио]?|впал[аио]?)(?!\w)",),
}
# a negation right before the verb: "n'a pas frappé", "не наносила удар", "не вдарила"
NEGATED_BEFORE = r"(?:\bne\b|\bn['’]|(?<!\w)не|(?<!\w)ни)\s*$"
ACTIVE["uk"] = ACTIVE["ru"]  # one table for both: a short text's language is not always told apart
PASSIVE["uk"] = PASSIVE["ru"]
# words a side word may stand among before an active verb ("l'armée russe", "российские военные", "армія РФ")
ACTIVE_GAP = 3
PASSIVE_GAP = 8
