"""What brought an aircraft down or set off a disaster: the causes accounts give, and the words that name them.

Each cause is a stem list (English, French, Russian); a claim naming one as the
cause of the event answers the question "what caused it". Causes in different
rows cannot both be the whole story: a bird strike against a missile, a sharp
manoeuvre against a collision; causes one claim names together (a collision with
birds) are one story. Weather is left out: it is mostly why a flight diverted, a
circumstance rather than a rival cause.
"""

from __future__ import annotations

# the cause a weapon that hit gives (``questions._struck_from_outside``)
FROM_OUTSIDE = "struck from outside (missile, air defence, gunfire)"
CAUSES: dict[str, tuple[str, ...]] = {
    "bird strike": (r"birds?\b", r"flock", r"птиц", r"oiseaux?"),
    FROM_OUTSIDE: (
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
        r"сбил[аи]?\b",
        r"abattu",
        # the downing verbs and air defence of the other languages ("doborât de apărarea antiaeriană", "derribado por
        # la defensa antiaérea", "derrubado", "ein Abschuss", "abgeschossen")
        r"dobor[âa]t\w*",
        r"antiaer\w*",
        r"derribad\w*",
        r"derrubad\w*",
        r"abschuss",
        r"abgeschossen",
        r"(?:luft|flug)abwehr\w*",
        r"shot (?:it |the \w+ )?down",
        r"took (?:it |the \w+ )?down",
    ),
    # an explosion from inside (a bomb or grenades on board, an explosive planted, sabotage): the rival of a strike
    # from outside; an explosion alone is what any strike makes, so only one told inside or intended counts, and a
    # bomb only one not dropped from the air (a guided, glide or cluster bomb is a strike from outside)
    "an explosion inside (a bomb, sabotage)": (
        r"explosi\w* (?:aboard|on board|onboard|inside|from (?:within|inside)|à bord|a bordo|an bord)",
        r"(?:intentional|deliberate|planted|intencional|intentionnelle|absichtlich\w*) explosi\w*",
        r"explosi\w* (?:intencional|intentionnelle|délibérée)",
        r"(?<!guided )(?<!glide )(?<!aerial )(?<!cluster )(?<!air )(?<!dropped )\bbomb[ae]?\b(?!\s*(?:shelter|threat))",
        r"explosive device",
        r"engin explosif",
        r"artefacto explosivo",
        r"sprengsatz",
        r"(?:hand )?grenades?\b",
        r"granadas?\b",
        r"granaten?\b",
        r"\bsabota(?:ge|je|gem)\b",
        r"бомб\w*",
        r"гранат\w*",
        r"взрывн\w* устройств\w*",
        r"диверси\w*",
        # blown up by someone, with charges laid in it ("Kyiv accused Moscow of blowing up the dam", "den Damm in die
        # Luft gesprengt", "взорвали заминированное ими здание"): never a strike from outside
        r"\bblowing up\b",
        r"\bblown up\b",
        r"\bblew (?:up (?:the|a|an|its|it)\b|(?:it|the \w+) up\b)",
        r"in die luft gesprengt",
        r"\bgesprengt\b",
        r"\bsprengung\w*",
        r"fait sauter",
        r"volad[oa] por los aires",
        r"fatto saltare",
        r"взорвали",
        r"підірва\w*",
        r"заминирова\w*",
        r"замінова\w*",
    ),
    "technical failure": (
        r"technical (?:failures?|faults?|malfunctions?|problems?|difficult\w*|issues?|glitch\w*)",
        r"engine failure",
        r"mechanical (?:failure|fault)",
        r"техническ\w* неисправ",
        r"d[ée]faillance technique",
        r"panne technique",
        r"technische\w* (?:fehler|defekt\w*|panne)",
        r"fall[oa]s? t[ée]cnic[oa]s?",
        r"falhas? t[ée]cnicas?",
        r"defec[țt]iun\w* tehnic\w*",
    ),
    # the crew's mistake: a rival of a failure of the machine and of anything done to it
    "pilot or crew error": (
        r"(?:pilot|crew|pilots'?|pilot's) errors?",
        r"erreur (?:de pilotage|du pilote|humaine de l'équipage)",
        r"error (?:del piloto|de pilotaje|humano del piloto)",
        r"erro do piloto",
        r"pilotenfehler",
        r"ошибк\w* (?:пилот|экипаж)\w*",
    ),
    "its own manoeuvre": (r"manoeuvr", r"maneuver", r"маневр", r"манёвр", r"man[œo]e?uvre"),
    "a collision": (
        r"collided",
        r"collision",
        r"came into contact",
        r"come into contact",
        r"struck the propeller",
        r"percut\w*",
        r"hit the propeller",
        r"в контакт",
        r"столкнов",
        r"heurt",
    ),
    # what set off a blast or a fire on the ground, as rival accounts tell it: an attack against an accident (a
    # stockpile of chemicals, sparks from welding) or a blast of what was stored (ammunition going off after a strike)
    "a stockpile of ammonium nitrate": (
        r"ammonium[- ]nitrate",
        r"nitrate d['’]ammonium",
        r"nitrato de am[oô]ni[oa]",
        r"nitrato di ammonio",
        r"ammoniumnitrat\w*",
        r"нитрат\w* аммони\w*",
        r"аммиачн\w* селитр\w*",
    ),
    "welding work": (
        r"welding",
        r"welders?\b",
        r"soudure",
        r"soldadura",
        r"soldagem",
        r"saldatura",
        r"schwei(?:ß|ss)arbeit\w*",
        r"сварочн\w*",
        r"зварювальн\w*",
    ),
    "a secondary explosion (stored munitions)": (
        r"secondary explosions?",
        r"explosions? secondaires?",
        r"explosi[oó]n(?:es)? secundaria\w*",
        r"esplosion[ei] secondari\w*",
        r"sekundär\w*",
        r"вторичн\w* (?:детонаци|взрыв)\w*",
        r"detonation of (?:the |its )?ammunition",
        r"ammunition (?:exploded|detonated|went off)",
        r"munition detoniert\w*",
        r"детонаци\w* боезапас\w*",
        r"(?:hidden |stored )?(?:store|cache|depot) of (?:weapons|munitions|ammunition)",
    ),
    "a crush (stampede, trampling)": (
        r"stampede",
        r"trampl\w*",
        r"bousculade",
        r"pi[ée]tin\w*",
        r"estampida",
        r"pisotead\w*",
        r"avalancha humana",
        r"calca\b",
        r"massenpanik",
        r"gedränge",
        r"давк\w*",
        r"тиснян\w*",
    ),
    "bad weather (a storm, high winds or waves)": (
        r"(?:bad|poor|adverse|difficult|severe) weather",
        r"weather conditions",
        r"\bthick fog\b",
        r"\bfog\b",
        r"conditions m[ée]t[ée]orologiques",
        r"mauvais temps",
        r"brouillard",
        r"condiciones meteorol[oó]gicas",
        r"mal tiempo",
        r"niebla",
        r"maltempo",
        r"nebbia",
        r"schlechte\w* wetter",
        r"wetterbedingungen",
        r"\bnebel\b",
        r"погодн\w* услови\w*",
        r"туман\w*",
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
    # deaths after taking something (a medicine, a food): the product against an illness the victims had anyway
    "a product the victims took (medicine, food)": (
        r"syrups?\b",
        r"medicines?\b",
        r"medications?\b",
        r"vaccines?\b",
        r"tablets\b",
        r"tainted (?:food|milk|alcohol|water)",
        r"sirops?\b",
        r"m[ée]dicaments?\b",
        r"сироп",
        r"лекарств",
    ),
    "an infection (bacteria, virus)": (
        r"infect(?:ed|ion)",
        r"bacteri",
        r"bact[ée]rie",
        r"virus",
        r"e\.? ?coli\b",
        r"escherichia",
        r"cholera",
        r"choléra",
        r"инфекц",
        r"бактери",
        r"вирус",
    ),
}

# causes told in nearly every sentence of their coverage (the product the victims took): named as the cause only
# inside the clause of a word that says so ("the syrups were responsible for the deaths"), not anywhere in a sentence
# that has such a word for something else ("the statement linking the deaths to the syrup caused damage")
CAUSES_IN_CLAUSE = frozenset({"a product the victims took (medicine, food)", "an infection (bacteria, virus)"})

# the marks that say in words that something caused the harm (not "after" or "following": an order of events), the
# only ones that name a cause told in its clause only (CAUSES_IN_CLAUSE); CAUSE_MARKS holds them with the others
_SAID_FIRST = (
    r"caus(?!al)",
    r"due to",
    r"because of",
    r"result of",
    r"responsible for",
    r"to blame",
)
_SAID_LAST = (
    r"infected with",
    r"died (?:of|from)",
    r"morts? (?:de|des suites)",
    # the victims never took what is blamed ("some of the dead had not taken the medicine"): a cause denied
    r"(?:had|have|has|did) (?:not|never) (?:consumed|consume|taken|take|eaten|eat|drunk|drink|received|receive)\b",
)
CAUSE_SAID = (*_SAID_FIRST, *_SAID_LAST)
# words that make a clause about the cause of something ("causal" names the question: "a causal relation")
CAUSE_MARKS = (
    *_SAID_FIRST,
    r"after (?:a|an|the|colliding|being)",
    r"following",
    r"brought (?:it |the \w+ )?down",
    r"shot down",
    r"version",
    r"\bblowing up\b",  # a cause told by its verb: blown up with charges laid in it
    r"\bblown up\b",
    r"in die luft gesprengt",
    r"fait sauter",
    r"взорвали",
    r"підірва\w*",
    r"trigger(?:ed|ing)",  # "triggered by sparks from welding", "a fire ... ignited the stockpile"
    r"ignit(?:ed|ing)",
    r"spark(?:ed|ing)",
    r"set off",
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
    # a downing or a cause in the words of other languages ("took down the plane", "сбили ракетой", "doborât de",
    # "derribado por", "ein Abschuss", "a causa de", "die Ursache"), and the names of a cause that say by themselves
    # that they caused it (a technical fault, a pilot's error, a bomb on board)
    r"took (?:it |the \w+ )?down",
    r"\bdowned\b",
    r"сбил\w*",
    r"сбит\w*",
    r"dobor[âa]t\w*",
    r"derriba\w*",
    r"derruba\w*",
    r"abschuss",
    r"abgeschossen",
    r"ursache",
    r"\bcausa(?:s|do|da|dos|das)?\b",
    r"\bcaus(?:ó|ou)\b",
    r"\bprovoc(?:ado|ada|ó|ou|at|ată)\b",
    r"technical (?:failure|fault|malfunction)",
    r"technische\w* (?:fehler|defekt\w*)",
    r"fall[oa]s? t[ée]cnic[oa]s?",
    r"falhas? t[ée]cnicas?",
    r"(?:pilot|crew) error",
    r"explosi\w* (?:aboard|on board|onboard|à bord|a bordo|an bord)",
    r"(?:intentional|deliberate) explosi\w*",
    r"detonat\w* (?:aboard|on board|onboard|inside)",
    r"bomb[ae]? (?:aboard|on board|à bord|a bordo|an bord)",
    r"atentado con bomba",
    r"sabota(?:ge|je|gem) (?:a[mn]|on|of|to|del|do|de)\b",
    # French verbs of contact or of downing that say how it came down ("a percuté le drone", "entre en collision",
    # "qui ont abattu le drone"); not "heurter", which as often hits the ground or the water
    r"percut\w*",
    r"entr\w* en collision",
    r"abattu\w*",
    # a link between the event and a cause, often denied ("denied any connection between the crash and X")
    r"(?:connection|link)s? between",
    *_SAID_LAST,
)
# a link denied between the event and the cause named after it ("denied any connection between the incident and a
# drone attack", "ruled out any link between the crash and X"): the cause, denied
CAUSE_LINK_DENIED = (
    r"\b(?:denied|denies|deny|denying|rejected|rejects|ruled out|rules out|no)\s+(?:any\s+)?(?:connection|link)s?"
    r"\s+between\b[^.;]{0,80}$"
)
# the harm a cause told in its clause only must be the cause of: deaths (not "the bacteria caused diarrhoea")
HARM = (
    r"deaths?\b",
    r"died\b",
    r"dead\b",
    r"deceased",
    r"killed",
    r"killing",
    r"fatal",
    r"décès",
    r"morts?\b",
    r"tu[ée]s?\b",
    r"смерт",
    r"погиб",
    r"умер",
)
# the disbelief a German sentence puts after what it does not believe ("von einer Sabotage geht der Experte nicht
# aus", "einen technischen Fehler glaubt er nicht"): the cause before it, denied
DISBELIEF_AFTER = (
    r"\b(?:geht|gehen|ging|gingen)\b[^.;]{0,40}\bnicht\s+aus\b",
    r"\b(?:glaubt|glauben|glaubte|glaubten)\b[^.;]{0,40}\bnicht\b",
    r"\b(?:schlie(?:ss|ß)t|schlie(?:ss|ß)en)\b[^.;]{0,40}\baus\b",
)
# a cause told as the version of someone else, by the words of its sentence ("a technical fault, as the authorities
# claim", "wie die Behörden behaupten", "comme l'affirment les autorités"): their version, hedged, whether or not the
# writer's source then believes it
CAUSE_VERSION_OF_OTHERS = (
    r"\b(?:as|like)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:claim|claims|claimed|allege|alleges|alleged|insist|insists)\b",
    r"\bwie\s+(?:[\wäöüß-]+\s+){0,3}(?:behaupt\w*|angeb\w*)",
    r"\bcomme\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:\w+\s+){0,3}?(?:l['’])?(?:affirm\w*|prétend\w*)",
    r"\bcomo\s+(?:\w+\s+){0,3}(?:afirma\w*|alega\w*|sostien\w*)",
)
# words that leave a cause open: said with doubt ("suspected of causing", "comme cause possible"): hedged
CAUSE_OPEN = (
    r"suspect(?:ed)? (?:of|to)",
    r"thought to",
    r"believed to",
    r"(?:may|might|could) have",
    r"possib(?:le|ly|lement)",
    r"probabl\w*",
    r"soupçonn\w*",
    # could, perhaps and the like in the other languages ("pudo ser derribado", "könnte", "poderá ter", "ar fi")
    r"pud(?:o|iera|ieron) (?:ser|haber)",
    r"podr(?:ía|ian|ían) (?:ser|haber)",
    r"pode(?:ria|rá)? ter",
    r"k[öo]nnte\w*",
    r"m[öo]glicherweise",
    r"vermutlich",
    r"ar fi (?:putut|fost)",
    r"posibil\w*",
    r"posiblemente",
    r"possivelmente",
    r"возможно",
    r"(?<!не)вероятно",
)
# words that make the cause a question still asked, no answer: "yet to confirm that ... was caused by", "confirmation
# that the syrups caused the deaths" (asked for, not given), "whether", "yet to pinpoint the exact cause"
CAUSE_ASKED = (
    r"confirmation (?:that|of)",
    r"(?:yet to|not yet|to) (?:confirm|establish|determine|prove|pinpoint|identify)\w*",
    r"(?:pas (?:de |encore de |la )?)?confirmation que",
    r"(?:exact|precise) cause",
    r"whether",
)

# causes named only as the second term of a link between the event and them ("no connection between the crash and a
# drone attack"): in any other sentence of crash coverage a drone attack is as often the background (drone strikes on
# the region that day, an airport closed for them) as the cause
CAUSES_LINKED: dict[str, tuple[str, ...]] = {
    "struck from outside (missile, air defence, gunfire)": (r"drone (?:attacks?|strikes?)\b",),
}
# the link itself, up to its second term ("connection between the incident and ")
CAUSE_LINK = r"\b(?:connection|link)s? between\b[^.;]{0,60}?\band\s+(?:an?\s+|the\s+)?"

# causes that can both be the story: a collision (with what, it does not say) and a strike from outside (a fighter
# that hit a drone is both); set against each other they are not rival accounts
# Negligence (rules not followed, improper handling) is how the people in charge let a mechanism happen, not a rival
# of the mechanism: a collision, a dangerous cargo, a tainted product or an infection can each have come about
# through it (an inquiry's finding of negligence after a train collision confirms the collision); it is the rival only
# of other accounts of who or what set it off (sabotage, a strike from outside, a technical failure, the crew).
CAUSES_TOGETHER = (
    frozenset({"a collision", "struck from outside (missile, air defence, gunfire)"}),
    # one accident's chain: welders' sparks set off a stockpile kept without care
    *(
        frozenset(pair)
        for pair in (
            ("welding work", "a stockpile of ammonium nitrate"),
            ("welding work", "negligence (storage or handling)"),
            ("a stockpile of ammonium nitrate", "negligence (storage or handling)"),
            ("bad weather (a storm, high winds or waves)", "pilot or crew error"),
            ("bad weather (a storm, high winds or waves)", "technical failure"),
        )
    ),
    *(
        frozenset({"negligence (storage or handling)", mechanism})
        for mechanism in (
            "a collision",
            "a chemical (rocket-fuel) cargo",
            "a product the victims took (medicine, food)",
            "an infection (bacteria, virus)",
        )
    ),
)

# What made a craft or a structure fail (a boat capsize or sink, a plane crash, a building collapse, a crowd crush), as
# rival accounts tell it: the authority's (panic, people shifting their weight, the weather, a breakdown) against the
# witnesses' or critics' (another vessel towing it, too many people on board). These causes are told in many sentences
# of their coverage as background ("a rope", "panic on the shore", "the storm had passed"), so each counts only inside
# the clause of a word that makes it the cause of the accident (ACCIDENT_CAUSE_SAID) in a claim that names the
# accident (ACCIDENT).
ACCIDENT_CAUSES: dict[str, tuple[str, ...]] = {
    "panic or a shift of weight on board": (
        r"\bpanic\w*",
        r"\bshift(?:ed|ing|s)? (?:of |in )?(?:the |their )?weight",
        r"\b(?:rushed|moved|ran|leaned|crowded) to one side",
        r"\bpaniqu\w*",
        r"\bпаник\w*",
    ),
    "a tow or a pull by another vessel": (
        r"(?<!\bin )\btow(?:s|ed|ing)?\b",
        r"\bropes?\b",
        r"\bremorqu\w*",
        r"\bбуксир\w*",
    ),
    # the noun or a predicate ("it was overloaded"): "the overloaded boat" only says what the boat was like
    "overloading": (
        r"\boverloading\b",
        r"\bovercrowding\b",
        r"\b(?:was|were|being) (?:badly |heavily |dangerously )?(?:overloaded|overcrowded)\b",
        r"\btoo many (?:passengers|people)\b",
        r"\bsurcharge\b",
        r"\bперегруз(?:ка|ки|ке|ом)?\b",
    ),
    "bad weather (a storm, high winds or waves)": (
        r"\bstorms?\b",
        r"\b(?:high|strong|heavy) (?:winds?|waves|seas)\b",
        r"\brough (?:seas?|weather)\b",
        r"\bbad weather\b",
        r"\btempête\w*",
        r"\bшторм\w*",
    ),
    "a technical failure (engine, structure)": (
        r"\b(?:engine|mechanical|technical|structural) (?:failure|fault|problems?|malfunction)\b",
        r"\b(?:panne|défaillance) (?:de moteur|technique|mécanique)\b",
        r"\bтехническ\w+ неисправност\w*",
    ),
}
# the accident a cause above must be the cause of
ACCIDENT = (
    r"capsiz\w*",
    r"\bsank\b",
    r"\bsink(?:s|ing)?\b",
    r"\bsunk\b",
    r"overturn\w*",
    r"keel(?:ed)? over",
    r"turned (?:upside down|over)",
    r"shipwreck\w*",
    r"\bcrash\w*",
    r"collaps\w*",
    r"\bcrush\b",
    r"chavir\w*",
    r"naufrag\w*",
    r"couler|coulé\w*",
    r"effondr\w*",
    r"затону\w*",
    r"опрокин\w*",
    r"крушени\w*",
    r"обрушени\w*",
)
# the words that make something the cause of an accident, by where the cause stands: after them ("capsized after the
# tow", "because of panic", "blamed on a rope"), before them ("an attempt to tow it, which led to the sinking", "panic
# made it capsize"), or either side (CAUSE_SAID's "caused": "panic caused it", "caused by a tow", "the cause was panic")
ACCIDENT_CAUSE_AFTER = (
    r"\bafter\b",
    r"\bfollowing\b",
    r"\bdue to\b",
    r"\bbecause of\b",
    r"\bblamed on\b",
    r"\bà cause d",
    r"\b(?:à la )?suite (?:à|d)",
    r"\bпосле\b",
    r"\bиз-за\b",
    r"\bв результате\b",
)
ACCIDENT_CAUSE_BEFORE = (
    r"\bled to\b",
    r"\blead(?:s|ing)? to\b",
    r"\bresult(?:ed|ing|s)? in\b",
    r"\bbr(?:ought|ing|ings) (?:it |her |the \w+ )?down\b",
    r"\bmade (?:it|her|the \w+) (?:capsize|sink|overturn|collapse|crash)",
    r"\bprovoqu\w*",
)
ACCIDENT_CAUSE_EITHER = (r"caus(?!al)", r"result of", r"responsible for", r"to blame", r"\bcontribut\w* to\b")
# what may stand between a cause and a mark after it in another clause that takes the first as its subject: "an
# attempt was made to tow it, which led to the sinking", "they pulled it, causing it to capsize"
LEADS_ON = r"[^.;:()–—,]{0,60},\s*(?:(?:which|that)\s+(?:\w+\s+)?)?"

# how a person died in someone's hands (in custody, in a cell, at a station), as rival accounts tell it: violence
# done to them against an illness of their own. Either answers "what caused it" only in a sentence about a death or a
# collapse (``DEATH_WORDS``), with no mark of cause needed ("the police speak of a sudden heart attack", "the family
# says she was beaten"); a negation before it, or a denial, denies it ("there was no physical contact", "she had no
# heart problems"). Plural blows only: "a blow to the government" is a setback
DEATH_CAUSES: dict[str, tuple[str, ...]] = {
    "violence (a beating, blows)": (
        r"\bbeaten\b(?!\s+(?:back|off|out|by\s+[A-Z]\w+\s+\d))",
        r"\bbeatings\b",
        # a beating as a noun, not a win ("Persebaya beating Arema 3-2")
        r"\b(?:a|the|of|severe|brutal|savage|violent|fatal|heavy)\s+beating\b",
        r"\bbeating\s+(?:by|at\s+the\s+hands|in\s+custody)\b",
        r"\bblows\b",
        r"\bblow to (?:the|her|his) head\b",
        r"physical contact",
        r"contact physique",
        r"contacto físico",
        r"contatto fisico",
        r"körperliche\w* kontakt\w*",
        r"физическ\w* контакт\w*",
        r"(?:mis|ill)-?treat(?:ed|ment)\b",
        r"police brutality",
        r"\broué\w* de coups\b",
        r"\b(?:des|les|aux|de|sous) coups\b(?!\s*(?:d['’]|de (?:feu|canon|semonce|mortier)))",  # not gunshots or coups
        r"\bfrapp[ée]e?s? à mort\b",
        r"\bmaltrait\w*",
        r"\bgolpead[oa]s?\b",
        r"\bgolpes\b(?!\s+de\s+estado)",
        r"\bpalizas?\b",
        r"\bmaltrat\w*",
        r"\bpicchiat[oaie]\b",
        r"\bpercoss[ae]\b",
        r"zu tode geschlagen",
        r"\bschläge\w* (?:auf|gegen) (?:den|ihren|seinen) kopf",
        r"\bmisshandl\w*",
        r"(?<!\w)избит\w*",
        r"(?<!\w)избиени\w*",
        r"(?<!\w)побо(?:и|ев|ям|ями)(?!\w)",
        r"ضرب مبرح",
        r"للضرب",
        r"ضرب و شتم",
    ),
    "an illness (a heart attack, natural causes)": (
        r"heart (?:attack|failure|problems?|condition|defect|disease)s?\b",
        r"cardiac (?:arrest|failure|problems?)\b",
        r"natural causes",
        r"sudden death syndrome",
        r"underlying (?:disease|illness|condition)",
        r"\billness\b",
        r"\bmaladie\b",
        r"\benfermedad\b",
        r"\bkrankheit\b",
        r"\bmalattia\b",
        r"(?<!\w)болезн\w*",
        r"\binfarto\b",
        r"problemas? cardíac[oa]s?",
        r"paro cardíaco",
        r"crise cardiaque",
        r"arrêt cardiaque",
        r"problèmes? cardiaques?",
        r"causes? naturelles?",
        r"herz(?:infarkt|versagen|stillstand|probleme?)\w*",
        r"natürliche\w* ursache\w*",
        r"attacco di cuore",
        r"arresto cardiaco",
        r"problemi cardiaci",
        r"cause naturali",
        r"сердечн\w* (?:приступ|недостаточност)\w*",
        r"остановк\w* сердца",
        r"проблем\w* с сердцем",
        r"(?<!\w)инфаркт\w*",
        r"естественн\w* причин\w*",
        r"синдром\w* внезапной смерти",
        r"سکته قلبی",
        r"مشكلة في القلب",
        r"(?:أزمة|نوبة) قلبية",
    ),
}
# words that deny a cause of death by saying the opposite ("she was in perfect health": no illness)
DEATH_CAUSES_DENIED: dict[str, tuple[str, ...]] = {
    "an illness (a heart attack, natural causes)": (
        r"(?:in )?perfect(?:ly)? (?:good )?health\w*",
        r"parfaite (?:bonne )?santé",
        r"perfecta salud",
        r"perfetta salute",
        r"kerngesund",
        r"совершенно здоров\w*",
        r"абсолютно здоров\w*",
    ),
}
# what sets a cause aside in favour of another ("caused by illness rather than blows"): the cause after it, denied
DEATH_CAUSE_SET_ASIDE = r"\b(?:rather than|instead of|plutôt que|en lugar de|invece che|statt|а не)\s+(?:\w+\s+){0,2}$"
# a death or a collapse: the sentence where a cause of one is told
DEATH_WORDS = (
    r"\bdie[ds]\b",  # not "die": the German article
    r"\bdying\b",
    r"\bdeath\b",
    r"\bdead\b",
    r"collaps\w*",
    r"\bcoma\b",
    r"\bmuri[óo]\b",
    r"falleci\w*",
    r"\bmuerte\b",
    r"\bmort[es]?\b",
    r"décéd\w*",
    r"\bdécès\b",
    r"\bmorta\b",
    r"\bmorte\b",
    r"decesso",
    r"\btod\b",
    r"\bstarb\b",
    r"gestorben",
    r"(?<!\w)умер\w*",
    r"скончал\w*",
    r"смерт\w*",
    r"جان باخت",
    r"درگذشت",
    r"وفاتها",
    r"وفاة",
    r"توفي\w*",
)
