"""Words for the two questions coverage of force used on a person disputes: was the person a threat, and what the
one who used the force is held or charged for.

Threat (the person on whom force was used, at the moment it was used):

- ``OFFICERS``: nouns for those who use force in the line of duty (police, gendarmes, guards, soldiers), English
  and French; a threat counts only when it is aimed at them, and force counts only when it is theirs (a shot *at*
  the officers is the person's threat, not the officers' force).
- ``OBJECT_PRONOUNS``: the pronouns that may stand for the officers as the object of a threat (``drove at them``,
  ``lui fonce dessus``).
- ``CROWDS``: nouns for a crowd (rioters, protesters, fans, people): what a crowd did to officers, often in the
  unrest that followed, is no account of what the one person did; a claim that names one in its sentence before the
  words is not read.
- ``UNREST``: words of riots and protests, and the means of crowd control (tear gas, water cannon); a threat told in
  a claim about them is the crowd's, not the person's.
- ``GENERIC``: words that make a sentence a statement about many incidents (``each year``, ``cases of``).
- ``THREATS``: for each answer, the patterns that give it, with ``THREAT_ASPECTS`` saying what each is about and
  whether it says the person was a threat: coming at the officers against moving away, armed against unarmed, and
  the account as a whole (self-defence, posed a threat) against posed no threat, hands up, complied. Patterns name
  the officer's place with ``{officer}`` (an officer noun, after an optional article or number) and ``{target}``
  (the same, or an object pronoun). ``THREAT_ANCHORED`` answers need the force or the officers named in the claim,
  ``THREAT_FORCE_ANCHORED`` ones the force itself.
- ``FORCE_USED``: the words of the force itself (fired, shot, a shot, tirer), not when ``FORCE_NOT_USED`` stands
  right before them (``did not fire``, ``don't shoot``); ``AS_MARKERS``: the words that tie a movement to the moment
  of the force (``fired as he drove off``, ``when the car began to drive off, ... fired``, ``tire quand la voiture
  redémarre``). A movement away counts only so tied: ``one passenger fled while the other was arrested`` says
  nothing of the shot.
- ``REPORTED``: the words after which a claim tells what someone said (``police said the man ...``): who did the
  act is looked for after them.

Charge (``CHARGE_*``): the offence said in the words of a stage of the proceedings (``charged with``, ``held on
suspicion of``, ``a manslaughter investigation``, ``placé en garde à vue pour``, ``mis en examen pour``). Offences are
read in classes a translation keeps (``homicide volontaire`` is rendered voluntary homicide, murder, or voluntary
manslaughter): an intended killing, an unintended one, a killing said without saying which (``homicide charges``,
``manslaughter``: either), an assault; only an intended and an unintended killing exclude each other. Words that
name the offence outside any stage (a family's complaint, a call for charges, an acquittal) are no answer.
"""

from __future__ import annotations

OFFICERS = (
    r"officers?",
    r"police(?:men|man|women|woman)?",
    r"cops?",
    r"constables?",
    r"troopers?",
    r"deput(?:y|ies)",
    r"gendarmes?",
    r"guards?",
    r"soldiers?",
    r"troops",
    r"agents?",
    r"policiers?",
    r"motards?",
    r"fonctionnaires? de police",
    r"forces de l['’]ordre",
    r"militaires?",
)
OBJECT_PRONOUNS = (r"him", r"her", r"them", r"us", r"me", r"lui", r"eux")
CROWDS = (
    r"rioters?",
    r"protesters?",
    r"protestors?",
    r"demonstrators?",
    r"crowds?",
    r"mobs?",
    r"youths",
    r"people",
    r"fans",
    r"supporters",
    r"hooligans?",
    r"émeutiers?",
    r"manifestants?",
    r"casseurs?",
    r"supporteurs?",
    r"foule",
)
UNREST = (
    r"riot\w*",
    r"unrest",
    r"protests?",
    r"demonstrations?",
    r"clashes",
    r"looting",
    r"émeutes?",
    r"manifestations?",
    r"violences urbaines",
    r"échauffourées?",
    # the means of crowd control: force used on a crowd, not on one person
    r"tear[- ]?gas",
    r"water[- ]cannons?",
    r"stun grenades?",
    r"gaz lacrymog\w*",
)
# where a claim's words turn to what someone said (``police said the man ...``): the subject is after them
REPORTED = (
    r"that",
    r"said",
    r"says",
    r"told",
    r"claimed",
    r"suggested",
    r"stated",
    r"alleged",
    r"insisted",
    r"according to",
    r"que",
    r"qu['’]",
    r"selon",
    r"d['’]après",
)
GENERIC = (
    r"every year",
    r"each year",
    r"last year",
    r"in recent years",
    r"cases of",
    r"on average",
    r"chaque année",
    r"l['’]an dernier",
    r"l['’]année dernière",
    r"ces dernières années",
)
# an officer in a phrase: "the officers", "two officers", "one of the officers", "un policier", "les gendarmes"
_THE = (
    r"(?:(?:the|an?|two|three|several|one of the|both|les|le|la|l['’]|un|une|des|deux|trois|plusieurs|l['’]un des)\s*)?"
)
OFFICER_PHRASE = _THE + r"(?:(?:police|traffic|motorcycle|border|prison|riot)\s+)?(?:{officers})\b"
_VEHICLE = r"(?:(?:his|her|their|the|a|its)\s+)?(?:car|vehicle|truck|van|lorry|motorbike|motorcycle|scooter|suv)\s+"
_WEAPON = r"(?:gun|weapon|firearm|pistol|handgun|rifle|knife|blade|machete|axe|hammer|screwdriver)"
_FR_WEAPON = r"(?:arme|pistolet|fusil|couteau|machette|hache|marteau|tournevis)"
THREATS: dict[str, tuple[str, ...]] = {
    # the person came at the officers: with a vehicle, with their body, or tried to run them down
    "came at the officers": (
        r"\b(?:drove|drives?|driving|accelerat\w+|sped|speeding|swerv\w+|veer\w+|steer\w+|plough\w*|plow\w*|"
        r"ramm?\w*|revers\w+|reversed)\s+(?:" + _VEHICLE + r")?(?:straight\s+|directly\s+)?"
        r"(?:at|towards?|into|onto)\s+{target}",
        r"\b(?:charg\w+|lung\w+|rush\w+|ran|runs|running|came|comes|coming|advanc\w+|went|lurch\w+)\s+"
        r"(?:straight\s+|directly\s+)?(?:at|towards?)\s+{target}",
        r"\b(?:advanc\w+|bore|bearing|bears?)\s+(?:down\s+)?on\s+{target}",
        r"\b(?:tri\w+|attempt\w*|sought|trying)\s+to\s+(?:run\s+(?:over\s+)?{target}(?:\s+over)?|ram\s+{target}|"
        r"mow\s+(?:down\s+)?{target}|hit\s+{officer}|run\s+down\s+{target})",
        r"\b(?:lui|leur)\s+(?:a\s+|avait\s+|aurait\s+)?fonc\w*\s+(?:\w+\s+)?dessus\b",
        r"\bfonc\w*\s+(?:droit\s+|directement\s+)?(?:sur|vers)\s+{target}",
        r"\b(?:s['’]est\s+|se\s+)?(?:dirig\w+|avanc\w+|précipit\w+)\s+(?:droit\s+)?(?:vers|sur)\s+{officer}",
        r"\b(?:tent\w+|essay\w+)\s+d['’](?:écraser|percuter|renverser)\s+{target}",
        r"\b(?:percut\w+|renvers\w+|heurt\w+)\s+{officer}",
    ),
    # the person attacked them or held a weapon
    "armed or attacking": (
        r"\b(?:attack\w*|assault\w*|stabb?\w*|punch\w*|kick\w*|bit|hit|struck|shot at|fired at|fired on|"
        r"opened fire (?:at|on))\s+{officer}",
        r"\b(?:point\w*|aim\w*)\s+(?:a|an|his|her|their|the)\s+(?:\w+\s+)?" + _WEAPON + r"\s+at\s+{target}",
        r"\bbrandish\w*\s+(?:a|an|his|her|their|the)\s+(?:\w+\s+)?" + _WEAPON,
        r"\barmed\s+with\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?" + _WEAPON,
        r"\breach\w*\s+for\s+(?:a|an|his|her|their|the)\s+(?:" + _WEAPON + r"|waistband|pocket)",
        r"\brefus\w*\s+to\s+(?:drop|put down|lower)\s+(?:a|an|his|her|their|the)\s+(?:\w+\s+)?" + _WEAPON,
        r"\bwith\s+an?\s+(?:\w+\s+)?" + _WEAPON + r"\s+in\s+(?:his|her|their)\s+hands?\b",
        r"\bholding\s+an?\s+(?:\w+\s+)?" + _WEAPON + r"\b",
        r"\barmée?\s+d['’](?:un|une)\s+" + _FR_WEAPON,
        r"\b" + _FR_WEAPON + r"\s+à\s+la\s+main\b",
        r"\b(?:attaqu\w+|agress\w+|frapp\w+|poignard\w+)\s+{officer}",
        r"\bbraqu\w+\s+(?:son|une|un)\s+" + _FR_WEAPON + r"\s+sur\s+{target}",
        r"\bmenac\w+\s+{officer}\s+(?:avec|d['’]un)",
    ),
    # the account as a whole: the force answered a threat
    "a threat (self-defence)": (
        r"\bself[- ]defen[cs]e\b",
        r"\blégitime défense\b",
        r"\bfear\w*\s+for\s+(?:his|her|their|its)\s+(?:own\s+)?li(?:fe|ves)\b",
        r"\bfelt\s+(?:his\s+life\s+was\s+)?threatened\b",
        r"\b(?:his|her|their|the officers['’]?)\s+li(?:fe|ves)\s+(?:was|were)\s+(?:in danger|threatened|at risk)\b",
        r"\bpos(?:ed|ing|es?)\s+an?\s+(?:\w+\s+)?(?:threat|danger)\b",
        r"\bendanger\w*\s+(?:the\s+)?(?:lives?\s+of\s+)?{officer}",
        r"\bput\s+(?:the\s+)?(?:officers['’]?|their|his)\s+li(?:fe|ves)\s+(?:in danger|at risk)\b",
        r"\bcraign\w+\s+pour\s+sa\s+vie\b",
        r"\bmis\s+en\s+danger\s+la\s+vie\b",
    ),
    # the person was moving away when the force was used (read only when tied to it by an AS_MARKER)
    "moving away": (
        r"\b(?:driv\w*|drove|pull\w*|sped|speed\w*|mov\w*|ran|run|runs|running|walk\w*|back\w*|turn\w*|took|"
        r"head\w*|flee\w*|fled|escap\w+)\s+(?:off|away)\b",
        r"\b(?:driv\w*|drove|took|sped|speed\w*)\s+off\b",
        r"\bfle(?:e|es|eing|d)\b",
        r"\bescap(?:e|es|ed|ing)\b",
        r"\bred[ée]marr\w*",
        r"\bd[ée]marr\w*",
        r"\bs['’](?:enfu\w+|éloign\w+)",
        r"\bpr(?:end|ena|enai|is|it)\w*\s+la\s+fuite\b",
        r"\brepart\w*",
        r"\bfuy\w+",
    ),
    "unarmed": (
        r"\bunarmed\b",
        r"\b(?:was|were|had been)\s+not\s+armed\b",
        r"\bhad\s+no\s+(?:gun|weapon|firearm|knife)\b",
        r"\bno\s+(?:gun|weapon|firearm|knife)\s+was\s+found\b",
        r"\bnon\s+armée?\b",
        r"\bsans\s+arme\b",
        r"\bn['’]était\s+pas\s+armée?\b",
    ),
    "no threat": (
        r"\bpos(?:ed|ing|es?)\s+no\s+(?:\w+\s+)?(?:threat|danger|risk)\b",
        r"\b(?:did|does|do)\s+not\s+pose\s+(?:a|an|any)\s+(?:\w+\s+)?(?:threat|danger|risk)\b",
        r"\b(?:was|were)\s+(?:not|never)\s+a\s+(?:\w+\s+)?(?:threat|danger)\b",
        r"\bne\s+(?:représent|présent)ai\w*\s+(?:pas|aucun\w*)\s+(?:de\s+|une\s+)?(?:menace|danger)\b",
        r"\baucune\s+menace\b",
    ),
    # the person gave up or did as told: read only beside the force itself ("with his hands up when he was shot"),
    # since complying with orders is told of arrests where no force was used
    "complied (hands up)": (
        r"\bhands\s+(?:up|raised|in the air)\b",
        r"\bwith\s+(?:his|her|their)\s+hands\s+(?:up|raised|on the (?:steering\s+)?wheel)\b",
        r"\b(?:had\s+|was\s+|were\s+)?compl(?:ied|ying)\s+with\b",
        r"\bmains\s+(?:levées|en l['’]air)\b",
    ),
}
# each answer: (what it is about, whether it says the person was a threat). Answers about the same thing, or one of
# them about the account as a whole, set opposite polarities against each other; "unarmed" against "came at the
# officers" is apart (a car needs no weapon)
THREAT_ASPECTS: dict[str, tuple[str, bool]] = {
    "came at the officers": ("movement", True),
    "moving away": ("movement", False),
    "armed or attacking": ("weapon", True),
    "unarmed": ("weapon", False),
    "a threat (self-defence)": ("whole", True),
    "no threat": ("whole", False),
    "complied (hands up)": ("whole", False),
}
# the answers that count only in a claim that names the force or the officers (a storm "poses no threat"; "unarmed
# civilians" in a war): they say nothing of an officer's use of force by themselves
THREAT_ANCHORED = frozenset({"a threat (self-defence)", "unarmed", "no threat"})
# the answers that count only in a claim that names the force itself
THREAT_FORCE_ANCHORED = frozenset({"complied (hands up)"})
# the answers tied to the moment of the force by a marker: a movement away is only an account of the shot "as" or
# "when" it was made
THREAT_TIED = frozenset({"moving away"})
FORCE_USED = (
    r"shot",
    r"shoots?",
    r"shooting",
    r"fir(?:ed|es|ing)",
    r"fire",
    r"opened fire",
    r"gunshots?",
    r"gunfire",
    r"bang",
    r"pulled the trigger",
    r"tase[dr]\w*",
    r"taser\w*",
    r"tir\w*",
    r"abatt\w*",
    r"fait feu",
    r"fait usage de son arme",
    r"coups? de feu",
    r"détonation",
)
AS_MARKERS = (
    r"as",
    r"just as",
    r"while",
    r"when",
    r"quand",
    r"lorsqu['’]?e?",
    r"alors que",
    r"au moment où",
    r"tandis que",
    r"pendant que",
)
# what makes a word of force no use of it: a negation or a plea ("did not fire", "hands up, don't shoot")
FORCE_NOT_USED = (
    r"not",
    r"never",
    r"don['’]t",
    r"didn['’]t",
    r"doesn['’]t",
    r"won['’]t",
    r"wouldn['’]t",
    r"ne",
    r"n['’]",
    r"pas",
    r"jamais",
)
# characters between a marker and the movement it governs ("as the car starts moving away")
AS_REACH = 40

# charge: the offence classes, most specific first (an attempt, an unintended killing, before the words they contain)
CHARGE_INTENDED = "intended killing (murder, voluntary homicide)"
CHARGE_UNINTENDED = "unintended killing (involuntary manslaughter, negligence)"
CHARGE_KILLING = "homicide (not said which)"
CHARGE_ATTEMPT = "attempted murder"
CHARGE_ASSAULT = "assault or violence"
CHARGE_OFFENCES: dict[str, tuple[str, ...]] = {
    CHARGE_ATTEMPT: (
        r"attempted (?:murder|homicide|manslaughter)",
        r"tentatives? d['’](?:homicide|assassinat)",
        r"tentatives? de meurtre",
    ),
    CHARGE_UNINTENDED: (
        r"involuntary (?:manslaughter|homicide)",
        r"unintentional (?:homicide|killing)",
        r"(?:criminally\s+)?negligent (?:homicide|manslaughter)",
        r"reckless (?:homicide|manslaughter)",
        r"(?:gross\s+)?negligence manslaughter",
        r"manslaughter by (?:gross\s+)?negligence",
        r"(?:criminal\s+)?negligence (?:causing|resulting in|leading to) (?:the\s+)?death",
        r"causing (?:the\s+)?death by (?:dangerous|careless|reckless|negligent)\s+\w+",
        r"homicides? involontaires?",
        r"homicides? par imprudence",
        r"violences? volontaires? ayant (?:entraîné|causé|provoqué) la mort",
        r"coups mortels",
    ),
    CHARGE_INTENDED: (
        r"(?:first|second|third)[- ]degree murder",
        r"murder(?:ing|s)?",
        r"voluntary (?:manslaughter|homicide)",
        r"intentional (?:homicide|killing)",
        r"wil(?:l)?ful killing",
        r"homicides? volontaires?",
        r"meurtres?",
        r"assassinats?",
    ),
    CHARGE_KILLING: (
        r"manslaughter",
        r"homicides?",
        r"unlawful killing",
        r"culpable homicide",
    ),
    CHARGE_ASSAULT: (
        r"(?:aggravated\s+)?assault(?:ing)?",
        r"grievous bodily harm",
        r"actual bodily harm",
        r"battery",
        r"violences? volontaires?",
        r"coups et blessures",
    ),
}
# the offences that cannot both be the charge for one act at one stage
CHARGE_RIVALS = frozenset({frozenset({CHARGE_INTENDED, CHARGE_UNINTENDED})})
# a killing said without saying which: compatible with either kind
CHARGE_VAGUE = frozenset({CHARGE_KILLING})
# the stages, each with the words that name it; the offence is the one they govern (``CHARGE_LINKS``). A stage's rank
# orders the proceedings: an investigation and custody come before a charge, a charge before a verdict
CHARGE_STAGES: dict[str, tuple[str, ...]] = {
    "investigated": (
        r"investigat\w*",
        r"inquiry",
        r"enquiry",
        r"probe",
        r"enquête",
        r"information judiciaire",
    ),
    "held or suspected": (
        r"arrest(?:ed|s)?",
        r"detained",
        r"held",
        r"jailed",
        r"custody",
        r"suspicion",
        r"suspected",
        r"garde à vue",
        r"interpellée?s?",
        r"arrêtée?s?",
        r"soupçonnée?s?",
    ),
    "charged": (
        r"charg(?:ed|es|e|ing)",
        r"indicted",
        r"indictment",
        r"prosecuted",
        r"stand(?:s|ing)? trial",
        r"on trial",
        r"mise?s?\s+en\s+examen",
        r"inculpée?s?",
        r"poursuivie?s?",
    ),
    "convicted": (
        r"convicted",
        r"found guilty",
        r"sentenced",
        r"condamnée?s?",
    ),
}
# an offence named before the word of its stage: "a manslaughter investigation", "homicide charges"
CHARGE_STAGE_AFTER: dict[str, tuple[str, ...]] = {
    "investigated": (r"investigation", r"inquiry", r"probe"),
    "charged": (r"charges?", r"counts?"),
}
# the words right before an offence that make it the one a stage governs ("charged with", "on suspicion of", "pour",
# "du chef de"), and those that go on a list of offences after one of them ("murder, arson and manslaughter")
CHARGE_LINKS = (
    r"with",
    r"for",
    r"of",
    r"over",
    r"on",
    r"including",
    r"pour",
    r"de",
    r"d['’]",
    r"du chef d['’]e?",
    r"des chefs d['’]e?",
    r"notamment",
)
CHARGE_LIST = (r",", r"and", r"or", r"et", r"ou")
CHARGE_RANKS = {"investigated": 0, "held or suspected": 0, "charged": 1, "convicted": 2}
# words that make the offence after them no stage of the proceedings: an accusation by a party, a call for a
# charge, an acquittal, a charge dropped, a blame ("a complaint for murder", "calls for murder charges", "cleared of",
# "held responsible for the murder")
CHARGE_BLOCKED = (
    r"complaints?",
    r"plaintes?",
    r"accus\w+",
    r"call\w*\s+for",
    r"demand\w*",
    r"urg\w+",
    r"seek\w*",
    r"sought",
    r"request\w*",
    r"réclam\w+",
    r"requis",
    r"acquitt\w+",
    r"cleared",
    r"relax[ée]\w*",
    r"dropp\w+",
    r"responsib\w+",
    r"accountable",
    r"blam\w+",
)
# a charge still open: "could face murder charges" (hedged); a condition ("if convicted") is disputes.CONDITIONALS
CHARGE_OPEN = (r"could", r"may", r"might", r"likely", r"expected to", r"pourrai\w*", r"risqu\w*")
# the charge itself denied, without an offence: "has not been charged", "released without charge"
CHARGE_DENIED = (
    r"(?:has|have|had|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+)?charged\b",
    r"(?:hasn['’]t|haven['’]t|wasn['’]t|weren['’]t)\s+(?:yet\s+)?(?:been\s+)?charged\b",
    r"\b(?:released|freed)\s+without\s+(?:charge|being charged)\b",
    r"\bno\s+charges?\s+(?:have|has|had)\s+(?:yet\s+)?been\s+(?:filed|brought|laid)\b",
    r"\bn['’](?:a|ont)\s+pas\s+(?:encore\s+)?été\s+mise?s?\s+en\s+examen\b",
    r"\bn['’](?:a|ont)\s+pas\s+(?:encore\s+)?été\s+inculpée?s?\b",
)
# characters between a stage's words and the offence they govern ("mis en examen, ce jeudi, pour homicide")
CHARGE_REACH = 60
