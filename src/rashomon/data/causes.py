"""What brought an aircraft down or set off a disaster: the causes accounts give, and the words that name them.

Each cause is a stem list (English, French, Russian); a claim naming one as the
cause of the event answers the question "what caused it". Causes in different
rows cannot both be the whole story: a bird strike against a missile, a sharp
manoeuvre against a collision; causes one claim names together (a collision with
birds) are one story. Weather is left out: it is mostly why a flight diverted, a
circumstance rather than a rival cause.
"""

from __future__ import annotations

CAUSES: dict[str, tuple[str, ...]] = {
    "bird strike": (r"birds?\b", r"flock", r"птиц", r"oiseaux?"),
    "struck from outside (missile, air defence, gunfire)": (
        r"surface-to-air",
        r"missiles?\b",
        r"air[- ]defen[cs]e",
        r"shot down",
        r"shooting from the ground",
        r"us(?:e|ed|ing) (?:\w+ )?weapons",
        r"external (?:physical |technical )?interference",
        r"interf[ée]rences? (?:ext[ée]rieure|physique)",
        r"ракет",
        r"пво\b",
        r"сбит",
        r"abattu",
    ),
    "technical failure": (
        r"technical (?:failure|fault|malfunction|problem)",
        r"engine failure",
        r"mechanical (?:failure|fault)",
        r"техническ\w* неисправ",
        r"d[ée]faillance technique",
    ),
    "its own manoeuvre": (r"manoeuvr", r"maneuver", r"маневр", r"манёвр", r"man[œo]e?uvre"),
    "a collision": (
        r"collided",
        r"collision",
        r"came into contact",
        r"come into contact",
        r"struck the propeller",
        r"hit the propeller",
        r"в контакт",
        r"столкнов",
        r"heurt",
    ),
    "negligence (storage or handling)": (
        r"improper (?:handling|storage)",
        r"negligen",
        r"safety (?:rules|violations|lapses)",
        r"халатност",
        r"n[ée]gligence",
    ),
    "a chemical (rocket-fuel) cargo": (
        r"rocket[- ]fuel",
        r"missile[- ]fuel",
        r"propellant",
        r"perchlorate",
        r"chemical (?:ingredient|cargo|substance|shipment)",
        r"химическ\w* веществ",
        r"ракетного топлива",
        r"carburant militaire",
    ),
}

# words that make a clause about the cause of something
CAUSE_MARKS = (
    r"caus",
    r"due to",
    r"because of",
    r"result of",
    r"responsible for",
    r"to blame",
    r"after (?:a|an|the|colliding|being)",
    r"following",
    r"brought (?:it |the \w+ )?down",
    r"shot down",
    r"version",
    r"причин",
    r"из-за",
    r"в результате",
    r"suite [àa]",
    r"[àa] cause",
    r"\bcause",
    r"collided",
    r"collision",
    r"came into contact",
    r"come into contact",
    r"в контакт",
    r"struck",
    r"crashed (?:due|after|because)",
    r"interf[ée]rence",
    r"shooting from the ground",
    r"sharp (?:evasive )?man",
)

# causes that can both be the story: a collision (with what, it does not say) and a strike from outside (a fighter
# that hit a drone is both); set against each other they are not rival accounts
CAUSES_TOGETHER = (frozenset({"a collision", "struck from outside (missile, air defence, gunfire)"}),)
