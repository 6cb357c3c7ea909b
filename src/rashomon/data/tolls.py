"""Words for reading a toll (the dead, the injured, the missing) of any disaster, war or accident, and for telling
which counts of it are rival accounts: in English and in the other languages read without a parse.

- ``OUTCOMES_ABROAD``: per outcome, the stems that say what a number counts in a language read without a parse
  (``11.300 morti``, ``погибли 1700 человек``, ``12 blessés``, ``10.100 dispersi``).
- ``PEOPLE_ABROAD``: nouns for people that may stand between a number and its outcome (``170 persone sono
  morte``, ``1700 человек``).
- ``LIFE_LOST_AFTER``, ``LIFE_TAKEN_BEFORE``: a life lost or taken, in words, after or before the count
  (``13 manifestantes perdieron la vida``, ``унесла жизни 27 человек``): the dead.
- ``QUALIFIERS_ABROAD``: words before a number that bound it, each with the English qualifier ``bounds`` reads
  (``almeno`` at least, ``plus de`` more than, ``около`` about).
- ``NOT_PEOPLE_AFTER``: words right after a number that make it an age, a span of time or a distance, not a
  count of people (``mort à 45 ans``).
- ``TOLL_PHRASES``: English phrases naming a count of the dead (``the death toll``, ``the number of people who
  died``, ``a final tally``); ``TOLL_VERBS``: what leads from one to its number (``has risen to``, ``could
  reach``, ``may touch``); ``TOLL_BOUNDS``: qualifiers between them (``the region of``, ``as high as``).
- ``PUT_AT``: a source putting a count at a number (``put the number at 5,500``, ``pegged the toll at``); the
  count is the one a ``TOLL_PHRASES`` noun names, else the one the sentence before gave (``that number``).
- ``ADDED``: words that make a count an addition to another of the same outcome (``another seven``, ``seven
  others``, ``altre 170``): a part of the toll, told beside it, not a rival.
- ``INCLUDED``: a count said to be among the dead (``the dead included 12``, ``dont``, ``из них``): a part.
- ``BODIES``: a count of bodies found or recovered (``the bodies of four dead were found``, ``тела четырех
  погибших``): the dead found so far, a part of the toll.
- ``PART_OF_AREA``: a count for one part of the place (``in one of the two districts``): a part.
- ``PLACE_NOUNS``: nouns of a settlement or an area: a count told ``in the town of X`` for another place than the
  event's is another scope.
- ``CORRECTED``: a figure said to replace an earlier one (``instead of 11,300``, ``revised down``, ``adjusting the
  numbers from``): when it falls far below a count given before it, the two cannot both be true.
- ``REPLACED_BEFORE``: words right before the figure a correction replaces (``instead of``, ``from a previous
  report that said``): that figure is not the claim's own count.
- ``RECALLED``: a figure told as an earlier one, no longer current (``some time ago``, ``had previously put``,
  ``in its previous report``, ``ранее ... сообщало``), read before the number: not the count of the day the article
  was written.
- ``GIVEN_VERBS``: what a source did with the figure a count is set against (``the 20,000 a different spokesperson
  gave``); ``SOURCE_VERBS``: the verbs of a claim that names its own source before its words (``Libyan emergency
  services indicated on Tuesday that ...``): an outlet it is attributed to only relays that source.
- ``SET_AGAINST``: an article setting one count against another of the same day (``put that number higher``,
  ``lower than the 20,000``, ``but ... said``): the two figures are rival accounts, wherever else they are told.
- ``PREDICATE_OUTCOMES``: the words of outcome a number's own predicate gives (``32 were injured``, ``17 people
  died``), read before an outcome word nearer to the number that belongs to the count before it (``17 people died
  and 32 were injured``: 32 injured); ``PREDICATE_AUXILIARIES`` may stand between them.
- ``OUTCOME_VERBS``: verbs of outcome whose object is a bare number, the people left unsaid (``killing at least two
  people and injuring at least 50``: 50 injured).
- ``WIDER``: a count told for more acts than the event (``as a result of a series of missile attacks``, ``a wave
  of strikes``): another scope, set apart like a count elsewhere.
- ``PERIOD``: a count told as a tally over several days (``in the violence of recent days``, ``over the past three
  nights``, ``since Tuesday``, ``have since been killed``, ``since the start of the war``): not one day's count,
  set apart.
- ``SINCE_CLAUSE``: a relative clause (``which killed 1,200``) right after an earlier act
  its sentence names after "since": the count is that act's, told elsewhere in time, set apart.
"""

from __future__ import annotations

OUTCOMES_ABROAD: dict[str, tuple[str, ...]] = {
    "dead": (
        # French, Italian, Spanish, Portuguese, German
        r"morts?",
        r"mortes",
        r"tu[ée]e?s",
        r"d[ée]c[ée]d[ée]e?s",
        r"d[ée]c[èe]s",
        r"morti",
        r"morte",
        r"decedut[ie]",
        r"uccis[ie]",
        r"decessi",
        r"vittime",  # "il bilancio delle vittime", "11.300 vittime": the dead
        r"muert[oa]s",
        r"muertes",
        r"fallecid[oa]s",
        r"murieron",
        r"fallecieron",
        r"mortos",
        r"morreram",
        r"toten?",
        r"get[öo]tete?n?",
        r"starben",
        # Russian and Ukrainian
        r"погиб\w*",
        r"убит\w*",
        r"жертв\w*",  # "о 36 жертвах", "число жертв": in Russian and Ukrainian news a disaster's victims are its dead
        r"скончал\w*",
        r"скончавш\w*",
        r"умерш\w*",
        r"умерл\w*",
        r"загин\w*",
        r"загибл\w*",
        r"вбит\w*",
    ),
    "injured": (
        r"bless[ée]e?s",
        r"ferit[ie]",
        r"herid[oa]s",
        r"ferid[oa]s",
        r"verletzte?n?",
        r"ранен\w*",
        r"пострадавш\w*",
        r"пострадал\w*",
        r"поранен\w*",
        r"постражда\w*",
    ),
    "missing": (
        r"disparu\w*",
        r"dispers[ie]",
        r"scompars[ie]",
        r"desaparecid[oa]s",
        r"vermisste?n?",
        r"vermisst",
        r"пропавш\w*",
        r"безвісти",
        r"зникл\w*",
    ),
}
PEOPLE_ABROAD = (
    # who was aboard ("alle 173 Passagiere und Crewmitglieder getötet")
    r"passagers",
    r"passeggeri",
    r"pasajeros",
    r"passageiros",
    r"passagiere",
    r"insassen",
    r"crewmitglieder",
    r"пассажир\w*",
    r"personnes",
    r"persone",
    r"personas",
    r"pessoas",
    r"menschen",
    r"personen",
    r"человека?",
    r"людей",
    r"осіб",
    r"enfants",
    r"bambini",
    r"niños",
    r"детей",
    r"дітей",
    r"civils",
    r"civili",
    r"civiles",
    r"жителей",
    # who the dead and injured of attacks, crushes, disasters and crackdowns are ("dejó al menos 28 turistas
    # muertos", "13 manifestantes perdieron la vida", "10 военнослужащих погибли")
    # French
    r"touristes",
    r"manifestants",
    r"soldats",
    r"militaires",
    r"policiers",
    r"gendarmes",
    r"habitants",
    r"résidents",
    r"femmes",
    r"hommes",
    r"élèves",
    r"étudiants",
    r"travailleurs",
    r"ouvriers",
    r"mineurs",
    r"marins",
    r"pèlerins",
    r"migrants",
    r"réfugiés",
    r"fidèles",
    r"supporters",
    r"spectateurs",
    r"journalistes",
    r"patients",
    r"membres",
    r"combattants",
    r"otages",
    r"détenus",
    r"prisonniers",
    r"secouristes",
    r"pompiers",
    r"agents",
    r"employés",
    r"villageois",
    # Spanish and Portuguese
    r"turistas",
    r"manifestantes",
    r"soldados",
    r"militares",
    r"policías",
    r"policiais",
    r"agentes",
    r"habitantes",
    r"vecinos",
    r"moradores",
    r"residentes",
    r"mujeres",
    r"mulheres",
    r"hombres",
    r"homens",
    r"menores",
    r"crianças",
    r"estudiantes",
    r"estudantes",
    r"trabajadores",
    r"trabalhadores",
    r"mineros",
    r"mineiros",
    r"marineros",
    r"marinheiros",
    r"peregrinos",
    r"migrantes",
    r"refugiados",
    r"fieles",
    r"aficionados",
    r"hinchas",
    r"torcedores",
    r"espectadores",
    r"periodistas",
    r"jornalistas",
    r"pacientes",
    r"miembros",
    r"combatientes",
    r"rehenes",
    r"presos",
    r"bomberos",
    # Italian
    r"turisti",
    r"manifestanti",
    r"soldati",
    r"militari",
    r"poliziotti",
    r"agenti",
    r"abitanti",
    r"residenti",
    r"donne",
    r"uomini",
    r"ragazzi",
    r"studenti",
    r"lavoratori",
    r"operai",
    r"minatori",
    r"marinai",
    r"pellegrini",
    r"migranti",
    r"profughi",
    r"rifugiati",
    r"fedeli",
    r"tifosi",
    r"spettatori",
    r"giornalisti",
    r"pazienti",
    r"membri",
    r"combattenti",
    r"ostaggi",
    r"detenuti",
    r"pompieri",
    # German (nouns are capitalised, so a list, not a shape)
    r"touristen",
    r"demonstranten",
    r"demonstrierende",
    r"soldaten",
    r"polizisten",
    r"einwohner",
    r"bewohner",
    r"anwohner",
    r"zivilisten",
    r"frauen",
    r"männer",
    r"kinder",
    r"schüler",
    r"studenten",
    r"arbeiter",
    r"bergleute",
    r"seeleute",
    r"matrosen",
    r"pilger",
    r"migranten",
    r"flüchtlinge",
    r"fans",
    r"zuschauer",
    r"journalisten",
    r"patienten",
    r"mitglieder",
    r"kämpfer",
    r"geiseln",
    r"häftlinge",
    r"feuerwehrleute",
    r"besatzungsmitglieder",
    # Russian and Ukrainian (the genitive after a number: "27 человек", "10 военнослужащих", "5 мирных жителей")
    r"турист\w*",
    r"військов\w*",
    r"военнослужащ\w*",
    r"военн\w*",
    r"солдат\w*",
    r"мирн\w*",
    r"цивільн\w*",
    r"жител\w*",
    r"мешкан\w*",
    r"женщин\w*",
    r"жінок",
    r"мужчин\w*",
    r"чоловік\w*",
    r"полицейск\w*",
    r"поліцейськ\w*",
    r"демонстрант\w*",
    r"протестующ\w*",
    r"студент\w*",
    r"рабоч\w*",
    r"горняк\w*",
    r"шахт[её]р\w*",
    r"моряк\w*",
    r"паломник\w*",
    r"мигрант\w*",
    r"беженц\w*",
    r"болельщик\w*",
    r"зрител\w*",
    r"журналист\w*",
    r"журналіст\w*",
    r"пациент\w*",
    r"боевик\w*",
    r"заложник\w*",
    r"заключ[её]нн\w*",
    r"спасател\w*",
    r"рятувальник\w*",
    r"пожарн\w*",
    r"сотрудник\w*",
    r"граждан\w*",
    r"громадян\w*",
    r"иностранц\w*",
)
# a life lost, in words after the count ("13 manifestantes perdieron la vida", "28 Menschen kamen ums Leben"): the dead
LIFE_LOST_AFTER = (
    r"(?:han\s+|habían\s+)?perd(?:ieron|ido)\s+la\s+vida",
    r"(?:ont\s+|avaient\s+)?perdu\s+la\s+vie",
    r"(?:ont\s+)?trouvé\s+la\s+mort",
    r"(?:hanno\s+|avevano\s+)?perso\s+la\s+vita",
    r"perderam\s+a\s+vida",
    r"(?:kamen|sind|waren)\s+(?:\w+\s+){0,2}?ums\s+Leben",
    r"ums\s+Leben",  # "kamen 28 Touristen ums Leben"
)
# lives taken, in words right before the count ("la tragedia унесла жизни 27 человек", "se cobró la vida de 28
# personas", "a coûté la vie à 12 personnes"), a qualifier allowed between: the dead
LIFE_TAKEN_BEFORE = (
    r"унес(?:ла|ло|ли)?\s+жизни",
    r"забрал(?:а|о|и)?\s+жизни",
    r"забра(?:в|ла|ло|ли)\s+життя",
    r"обірва(?:в|ла|ло|ли)\s+життя",
    r"se\s+cobró\s+la\s+vida\s+de",
    r"costó\s+la\s+vida\s+a",
    r"acabó\s+con\s+la\s+vida\s+de",
    r"coûté\s+la\s+vie\s+à",
    r"costat[oa]\s+la\s+vita\s+a",
    r"perso\s+la\s+vita",  # told before its subject ("hanno perso la vita 28 turisti")
    r"perd(?:ieron|ido)\s+la\s+vida",
    # killed by someone, the count the object ("los militantes asesinaron a 21 pasajeros", "ont tué 12 personnes",
    # "hanno ucciso 21 passeggeri")
    r"(?:asesinaron|asesinó|mataron|mató|ejecutaron)\s+a",
    r"(?:ont|a|avaient|avait)\s+tué",
    r"(?:hanno|ha|avevano|aveva)\s+ucciso",
    r"(?:mataram|matou|assassinaram)",
)
# "and" between two people nouns after a count ("173 Passagiere und Crewmitglieder getötet"): read through, after the
# number only
PEOPLE_JOINED_ABROAD = (r"und", r"et", r"e", r"y", r"и", r"і")
# Russian forms of the verb "to be" and auxiliaries of other languages that may stand between a count and its outcome
# ("170 persone sono morte", "12 personnes ont été tuées")
AUXILIARIES_ABROAD = (
    r"sont",
    r"ont",
    r"été",
    r"sono",
    r"stati",
    r"state",
    r"son",
    r"han",
    r"sido",
    r"sind",
    r"wurden",
    r"были",
    r"было",
    # verbs of ending up and of staying, and the adverbs between ("9 civiles resultaron heridos", "12 persone sono
    # rimaste ferite", "35 personnes restent toujours portées disparues", "46 personas permanecen desaparecidas")
    r"resultaron",
    r"result[óo]",
    r"resultado",
    r"quedaron",
    r"fueron",
    r"furono",
    r"rimast[eio]",
    r"restano",
    r"restent",
    r"permanecen",
    r"siguen",
    r"continúan",
    r"toujours",
    r"encore",
    r"ancora",
    r"todavía",
    r"aún",
    r"port[ée]e?s?",
)
QUALIFIERS_ABROAD: dict[str, str] = {
    "au moins": "at least",
    "pas moins de": "at least",
    "plus de": "more than",
    "près de": "nearly",
    "environ": "about",
    "quelque": "about",
    "almeno": "at least",
    "oltre": "more than",
    "più di": "more than",
    "circa": "about",
    "quasi": "nearly",
    "al menos": "at least",
    "más de": "more than",
    "cerca de": "nearly",
    "casi": "nearly",
    "unos": "about",
    "alrededor de": "about",
    "mindestens": "at least",
    "mehr als": "more than",
    "über": "more than",
    "rund": "about",
    "etwa": "about",
    "fast": "nearly",
    "не менее": "at least",
    "по меньшей мере": "at least",
    "как минимум": "at least",
    "более": "more than",
    "больше": "more than",
    "свыше": "more than",
    "около": "about",
    "почти": "nearly",
    "порядка": "about",
    "щонайменше": "at least",
    "понад": "more than",
    "більше": "more than",
    "близько": "about",
    "майже": "nearly",
}
# a toll phrase in a language read without a parse and the verb that leads it to its number, with whatever stands
# between (``le bilan des morts suite à l'explosion ... avait atteint 80``, ``число людей, скончавшихся от травм,
# достигло 40``): the outcome is the outcome word between them, else the dead (``bilan`` alone is the death toll)
TOLL_NOUNS_ABROAD = (r"bilan", r"nombre", r"число", r"количество", r"кількість", r"числ[оа]")
# a toll noun named after the number it is raised or brought to ("eleva a 211 el número total de muertes", "porte à
# 30 le nombre de morts", "steigt auf 40 die Zahl der Toten")
TOLL_NOUNS_AFTER_ABROAD = (
    r"n[úu]mero",
    r"cifra",
    r"balance",
    r"saldo",
    r"nombre",
    r"bilan",
    r"Zahl",
    r"Bilanz",
    r"bilancio",
)
TOLL_NOUN_ALONE_ABROAD = r"bilan"  # a toll by itself, with no outcome word ("le bilan provisoire s'élève à 40")
TOLL_VERBS_ABROAD = (
    r"s['’](?:élève|élevait|est\s+élevé)\s+à",
    r"(?:a|avait)\s+atteint",
    r"atteint",
    r"atteignait",
    r"(?:est|était)\s+(?:passé|monté)\s+à",
    r"passe\s+à",
    r"(?:a|avait)\s+grimpé\s+à",
    r"s['’](?:est|était)\s+alourdi\s+à",
    r"достиг\w*",
    r"составил\w*",
    r"составляет",
    r"(?:вырос|возрос|увеличил|дошл|дошел|дошёл)\w*\s+до",
    r"сягну\w*",
    r"досягл\w*",
    r"досягну\w*",
    r"становить",
    r"склал\w*",
    r"(?:зрос|зріс|збільшил)\w*\s+до",
)
NOT_PEOPLE_AFTER = (
    r"ans",
    r"années",
    r"anni",
    r"años",
    r"jahre\w*",
    r"лет",
    r"года?",
    r"роки?",
    r"jours",
    r"giorni",
    r"días",
    r"дн\w+",
    r"heures",
    r"ore",
    r"horas",
    r"час\w*",
    r"km",
    r"км",
    r"mètres",
    r"metri",
    r"метр\w*",
    r"%",
)
TOLL_PHRASES = (
    r"(?:death|casualty|final|overall|official) (?:toll|tally|count|figure)",
    r"toll",
    r"tally",
    r"number of (?:the )?(?:dead|deaths|victims|casualties|fatalities|bodies)",
    r"number of (?:people|persons|those|residents|civilians) (?:killed|dead|who (?:died|were killed|lost their lives|"
    r"perished))",
)
TOLL_VERBS = (
    r"(?:is|was|stands at|stood at|now stands at|remains at|remained at)",
    r"(?:has |have |had )?(?:reached|risen to|rose to|climbed to|increased to|grown to|jumped to|soared to|hit)",
    r"(?:has |had )?(?:exceeded|surpassed|topped|passed)",
    r"(?:could|may|might|would|will|is expected to|was expected to|is likely to|threatens to) (?:be|reach|touch|top|"
    r"exceed|surpass|rise to|climb to|hit)",
    r"at",
)
TOLL_BOUNDS = (
    r"about",
    r"around",
    r"at least",
    r"more than",
    r"over",
    r"nearly",
    r"almost",
    r"some",
    r"as high as",
    r"as many as",
    r"up to",
    r"(?:in )?the region of",
    r"roughly",
)
PUT_AT = r"\b(?:put|puts|putting|pegged|pegs|placed|places|set|sets|estimated|estimates)\b"
ADDED = (
    r"\banother\s*$",
    r"\ba further\s*$",
    r"\b(?:an )?additional\s*$",
    r"(?<!\w)(?:altr[ei]|autres|otr[oa]s|weitere)\s*$",
    r"(?<!\w)(?:ещё|еще|другие|інші)\s*$",
)
# "seven others", "five more", "ten other victims": a count added to one told before
ADDED_AFTER = (r"^\s+others?\b", r"^\s+more\b(?!\s+than)", r"^\s+autres\b", r"^\s+altr[ei]\b")
INCLUDED = (
    r"\b(?:dead|victims|killed|toll|casualties)\b[^.;:]{0,40}?\b(?:included|includes|include)\s*$",
    r"(?<!\w)(?:dont|di cui|de ellos|из них|з них|в том числе|у тому числі)\s*$",
)
BODIES_BEFORE = (
    r"\bbodies of\s*(?:the\s+)?$",
    r"(?<!\w)(?:тела|тел|останки)\s*$",
    r"\b(?:corps|corpi|cadavres|cadaveri|cadáveres|cuerpos|leichen)\s*(?:de\s+|di\s+|von\s+)?$",
)
# "40 bodies were recovered", "10 other dead bodies have been identified": bodies found, named or handed over, a part
BODIES_AFTER = (
    r"^\s+(?:(?:other|more|further|additional)\s+)?(?:(?:dead|unidentified|charred|burned|burnt|mutilated)\s+)?"
    r"(?:bodies|corps|corpi|cadavres|cadaveri|cadáveres|cuerpos|leichen|тел|тела)\b"
)
# A count of deaths that came after a toll was given, which the sentence adds to it: "one more died, bringing the toll
# to 87", "two of the injured died overnight, raising the number of dead to 14", "making it 70"; the words after the
# number in its clause, with no other number or clause of its own ("but", "while") before the total's verb
_TOTAL = (
    r"(?:(?:the|its|their)\s+(?:(?:overall|total|final|official|provisional|death|casualty)\s+)*"
    r"(?:toll|number|figure|count|tally|total)(?:\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities))?|it|that)"
)
INCREMENT_AFTER = (
    r"^(?:(?!\b(?:but|and|while|whereas|although)\b)[^.;!?\d]){0,80}?\b(?:thus\s+|so\s+)?"
    rf"(?:increasing|raising|bringing|taking|pushing|lifting|making|swelling)\s+{_TOTAL}\s+(?:up\s+)?to\b",
)
# "after which one person died", "out of this figure, one died": the number counts deaths among a count told before it
INCREMENT_BEFORE = (
    r"\bafter which\s*$",
    r"\b(?:out\s+)?of\s+(?:this|that|these|those|the)\s+(?:figure|number|total|count|tally|toll)\s*,?\s*$",
)
PART_OF_AREA = (
    r"\bin one of (?:the )?(?:\w+ )?(?:districts|neighbou?rhoods|areas|towns|villages|parts|sectors|quarters)\b",
    r"(?<!\w)в одном из\b",
    r"(?<!\w)в одному з\b",
    r"\bdans l'une? des\b",
    r"\bin un[oa]? de[il]\b",
)
PLACE_NOUNS = (
    r"towns?",
    r"villages?",
    r"cities",
    r"city",
    r"districts?",
    r"provinces?",
    r"regions?",
    r"municipalit(?:y|ies)",
    r"settlements?",
    r"communes?",
    r"ville",
    r"villes",
    r"città",
    r"paese",
    r"località",
)
CORRECTED = (
    r"\binstead of\b",
    r"\brather than\b",
    r"\brevis(?:ed|ing|es) (?:it |its \w+ |the \w+ )?down(?:wards?)?\b",
    r"\bdownward revision\b",
    r"\badjust\w* (?:the |its |their )?(?:numbers?|figures?|toll|count) from\b",
    r"\bcorrect(?:ed|ing|s) (?:the |its |their |an? )?(?:earlier |previous )?(?:numbers?|figures?|toll|count)\b",
    r"\blowered (?:the |its |their )?(?:numbers?|figures?|toll|count)\b",
    r"\bau lieu de\b",
    r"\brevu\w* à la baisse\b",
    r"\binvece d[ie]\b",
    r"\banziché\b",
    r"\bal ribasso\b",
    r"(?<!\w)вместо(?!\w)",
    r"\bв сторону (?:уменьшения|снижения)\b",
)
REPLACED_BEFORE = (
    r"\binstead of\s*$",
    r"\brather than\s*$",
    r"\bdown from\s*$",
    r"\bfrom a previous \w+ that said\s*$",
    r"\bau lieu de\s*$",
    r"\b(?:invece d[ie]|anziché)\s*$",
    r"(?<!\w)вместо\s*$",
)
RECALLED = (
    r"\bsome time ago\b",
    r"\b(?:had|has) previously\b",
    r"\bpreviously (?:put|said|gave|reported|announced)\b",
    r"\b(?:in |from )?(?:its|their|his|her|a|the) (?:previous|earlier|former) (?:report|statement|update|count|tally|"
    r"figures?)\b",
    r"\bas (?:was |had been )?(?:before|previously|earlier) reported\b",
    r"\b(?:auparavant|précédemment|in precedenza|precedentemente)\b",
    r"(?<!\w)(?:ранее|раніше)\s+(?:\w+\s+){0,6}?(?:сообща\w*|сообщил\w*|заявля\w*|заявил\w*|называ\w*|говори\w*|"
    r"повідомля\w*|повідомил\w*|заявив\w*)",
)
SET_AGAINST = (
    r"\bput (?:that|the|this|their|its) (?:number|figure|toll|count|tally) (?:much |far |even )?(?:higher|lower)\b",
    r"\b(?:lower|higher|fewer|more) than the [\d,.]+\b",
)
# the words that set a claim's own count against another source's figure right after them ("lower than the 20,000 a
# different spokesperson gave", "contrary to the 81 figure quoted by the army", "unlike the 40 the police reported")
CONTRASTED_WITH = (
    r"\b(?:lower|higher)\s+than\s+the",
    r"\bcontrary\s+to\s+the",
    r"\bunlike\s+the",
    r"\bas\s+opposed\s+to\s+the",
    r"\bin\s+contrast\s+(?:to|with)\s+the",
    r"\bat\s+odds\s+with\s+the",
    r"\bcontradicting\s+the",
    r"\bdisputing\s+the",
)
# "with a local cleric estimating 50 deaths and two witnesses claiming around 80": a participle of giving a figure
# right before the number (a qualifier between), its source named before it; each such number is its source's own
# account, so a sentence that gives two of them tells a dispute, not one account twice
SOURCE_PARTICIPLES = (
    r"estimating",
    r"claiming",
    r"saying",
    r"reporting",
    r"counting",
    r"putting\s+(?:the\s+|that\s+|its\s+|their\s+)?(?:death\s+)?(?:toll|number|figure|count|tally)\s+at",
    r"putting\s+it\s+at",
    r"citing",
)
GIVEN_VERBS = (
    r"gave",
    r"given",
    r"said",
    r"reported",
    r"announced",
    r"cited",
    r"put forward",
    r"estimated",
    r"claimed",
    r"offered",
    r"quoted",
    r"provided",
    r"released",
    r"published",
    r"issued",
    r"confirmed",
    r"stated",
)
SOURCE_VERBS = (
    r"said",
    r"says",
    r"stated",
    r"states",
    r"indicated",
    r"indicates",
    r"reported",
    r"reports",
    r"announced",
    r"announces",
    r"confirmed",
    r"confirms",
    r"estimated",
    r"estimates",
)
# The scope a count is told for (``link/tolls.scope``): a site, a stated whole, or a named place after one of the
# prepositions that place a count. A site's count is a part of a larger toll; counts of different scopes are apart.
SCOPE_PREPOSITIONS = (r"in", r"at", r"on", r"inside", r"across", r"throughout", r"against", r"near", r"outside")
# a site: one building or a part of a town ("at the city's main hospital", "in this house", "in another district")
SCOPE_SITES = (
    r"hospital",
    r"clinic",
    r"house",
    r"building",
    r"block",
    r"apartment\s+block",
    r"residential\s+building",
    r"school",
    r"kindergarten",
    r"factory",
    r"plant",
    r"market",
    r"shopping\s+(?:centre|center|mall)",
    r"mall",
    r"station",
    r"district",
    r"neighbou?rhood",
)
# "the", "this", "a", "another", a possessive, then at most three words before the site noun
SCOPE_SITE_DETERMINERS = (r"the", r"this", r"that", r"a", r"an", r"another", r"one", r"its", r"their", r"[\w'’-]+['’]s")
# a whole, stated as such: "in total", "across the country", "nationwide"
SCOPE_WHOLE = (
    r"in\s+total",
    r"in\s+all",
    r"overall",
    r"altogether",
    r"nationwide",
    r"countrywide",
    r"across\s+the\s+(?:country|nation|region)",
    r"throughout\s+the\s+(?:country|nation|region)",
    r"all\s+over\s+the\s+country",
)
# the time of day a count was true for, said before the clock ("as of 4 p.m.", "по состоянию на 16:00", "станом на
# 16:00", "un bilan arrêté à 16h00"): two sources' counts for one hour of one day are rival figures, not stages of a
# rising count
COUNT_AS_OF = (
    r"\bas\s+(?:of|at)",
    r"\bby",
    r"по\s+состоянию\s+на",
    r"станом\s+на",
    r"\barr[êe]t[ée]e?s?\s+à",  # not a bare "à", which as often tells when the act was done ("à 14h, un missile")
    r"\ben\s+date\s+de",
)
# "17 people died and 32 were injured": the outcome a number's own predicate gives, between the number and it at most
# the counted noun and an auxiliary; the word before the number ("died and") belongs to the count before
PREDICATE_OUTCOMES: dict[str, tuple[str, ...]] = {
    "dead": (r"killed", r"died", r"dead", r"perished", r"slain", r"massacred"),
    "injured": (r"injured", r"wounded", r"hurt", r"hospitali[sz]ed"),
    "missing": (r"missing", r"unaccounted\s+for"),
}
PREDICATE_AUXILIARIES = (
    r"were",
    r"was",
    r"are",
    r"is",
    r"have\s+been",
    r"has\s+been",
    r"had\s+been",
    r"have",
    r"had",
    r"got",
)
# "killing at least two people and injuring at least 50": a verb of outcome whose object is a bare number
OUTCOME_VERBS: dict[str, tuple[str, ...]] = {
    "dead": (r"killing", r"killed", r"kills"),
    "injured": (r"injuring", r"injured", r"injures", r"wounding", r"wounded", r"wounds", r"hurting"),
}
_ACTS = r"(?:attacks|strikes|airstrikes|air\s+strikes|raids|bombings|explosions|blasts|shelling)"
WIDER = (
    rf"\b(?:a|the)\s+series\s+of\s+(?:[\w-]+\s+){{0,3}}?{_ACTS}\b",
    rf"\b(?:a|the)\s+waves?\s+of\s+(?:[\w-]+\s+){{0,3}}?{_ACTS}\b",
    r"(?<!\w)(?:une|la)\s+(?:série|vague)\s+(?:de|d['’])\s*(?:frappes|attaques|bombardements)",
)
_NIGHTS = r"(?:days|nights|weeks)"
PERIOD = (
    rf"\b(?:in|over|during)\s+(?:the\s+)?(?:violence\s+of\s+)?recent\s+{_NIGHTS}\b",
    rf"\bof\s+recent\s+{_NIGHTS}\b",
    rf"\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|\w+\s+)?{_NIGHTS}\b",
    r"\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\bover\s+(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|nights)\b",
    # "killing at least 160 people in the past 24 hours": a day's tally across the territory, not one act's
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours\b",
    # "at least 30,000 have since been killed": a tally kept since an earlier act the sentence names, not its count
    r"\b(?:has|have|had)\s+since\s+(?:been|died|risen|climbed|reached)\b",
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:war|conflict|offensive|invasion|"
    r"fighting|hostilities)\b",
    r"\bsince\s+the\s+(?:war|conflict|offensive|invasion|fighting)\s+(?:began|started|broke\s+out|erupted)\b",
)
# A clause hung on an earlier act that its sentence names after "since" ("an offensive since the October attack,
# which killed 1,200 people"): the clause's count is that act's, not the event's. Read in the words of the sentence
# before the number (periods allowed: "since an Oct. 7 attack, which").
SINCE_CLAUSE = r"\bsince\b[^;]{0,120}[,\s]\s*(?:which|that|who)\b[^,;]{0,80}$"

# Bodies found or recovered: a count of its own, not the toll of the dead. Searchers reach the bodies one by one, so
# the count rises through the day (four, then eight, then all ten) while the toll stays what it was; two sources'
# different figures are rivals only where an article sets them side by side. ``BODY_NOUNS``: the nouns, in the
# languages read with and without a parse; ``BODY_FOUND``: the verbs or participles that make a count of them a count
# of the found; ``BODY_NUMBER_WORDS``: small numbers in words, read only beside a body noun, where a word that is also
# another word ("neuf", "sei") is safe (``numerals.NUMBER_WORDS`` is what the extraction of numbers reads anywhere).
BODY_NOUNS = (
    r"bod(?:y|ies)",
    r"corps",
    r"cadavres?",
    r"corpi",
    r"cadaveri",
    r"cad[áa]veres?",
    r"cuerpos?",
    r"corpos?",
    r"leichen?",
    r"leichname?",
    r"trupuri(?:le)?",
    r"cadavre(?:le)?",
    r"тела",
    r"тел",
    r"тіла",
    r"тіл",
)
BODY_FOUND = (
    r"found",
    r"recovered",
    r"retrieved",
    r"pulled\s+(?:out|from)",
    r"located",
    r"discovered",
    r"removed",
    r"brought\s+out",
    r"retrouv[ée]e?s?",
    r"r[ée]cup[ée]r[ée]e?s?",
    r"d[ée]couvert(?:e|s|es)?",
    r"extraits?",
    r"halla(?:d[oa]s?|ron|do)",
    r"encontra(?:d[oa]s?|ron|ram)",
    r"recupera(?:d[oa]s?|ron|ram)",
    r"ritrovat[ie]",
    r"recuperat[ie]",
    r"gefunden",
    r"geborgen",
    r"g[ăa]sit(?:e|i)?",
    r"recuperate",
    r"найден\w*",
    r"обнаружен\w*",
    r"извлечен\w*",
    r"извлекли",
    r"нашли",
    r"знайден\w*",
    r"виявлен\w*",
)
BODY_NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    2: ("two", "deux", "dos", "dois", "duas", "due", "zwei", "doi", "două"),
    3: ("three", "trois", "tres", "três", "tre", "drei", "trei"),
    4: ("four", "quatre", "cuatro", "quatro", "quattro", "vier", "patru"),
    5: ("five", "cinq", "cinco", "cinque", "fünf", "cinci"),
    6: ("six", "seis", "sei", "sechs", "șase", "şase"),
    7: ("seven", "sept", "siete", "sete", "sette", "sieben", "șapte", "şapte"),
    8: ("eight", "huit", "ocho", "oito", "otto", "acht", "opt"),
    9: ("nine", "neuf", "nueve", "nove", "neun", "nouă"),
    10: ("ten", "dix", "diez", "dez", "dieci", "zehn", "zece"),
    11: ("eleven", "onze", "undici", "elf", "unsprezece"),
    12: ("twelve", "douze", "doce", "doze", "dodici", "zwölf", "doisprezece"),
    15: ("fifteen", "quinze", "quince", "quindici", "fünfzehn", "cincisprezece"),
    20: ("twenty", "vingt", "veinte", "vinte", "venti", "zwanzig", "douăzeci"),
}
# between a number and the body noun after it, or the noun and the number after it: an article, an adjective
BODY_BETWEEN = (
    r"(?:more|other|further|additional|dead|charred|burned|burnt|autres|otros|outros|altri|weitere|de|des|du|"
    r"of|the|los|las|les|dos|das|di|dei|delle|der|von|ale|celor|a)"
)
# words by which an article sets a second source's figure beside the first's ("TASS, for its part, reported seven",
# "L'agence X a, elle, mentionné sept"): two accounts of one moment, not an update of the count
SOURCE_CONTRAST = (
    r"\bfor (?:its|their|his|her) part\b",
    r"\bon the other hand\b",
    r"\bby contrast\b",
    r"\bde son côté\b",
    r"\bpour sa part\b",
    r"\bquant à (?:elle|lui|eux|elles)\b",
    r"\b(?:a|ont|avait|avaient)\s*,?\s*(?:elle|lui|eux|elles)\s*,?\s+\w+[ée]e?s?\b",
    r"\bpor su parte\b",
    r"\bpor (?:sua|seu) (?:vez|parte|lado)\b",
    r"\bda parte sua\b",
    r"\bdal canto (?:suo|loro)\b",
    r"\b(?:ihrerseits|seinerseits)\b",
    r"\bla rândul (?:său|ei|lor)\b",
    r"(?<!\w)в свою очередь(?!\w)",
)

# A count of deaths per day ("an average of 118 deaths daily", "20 morts par jour"): a rate, no toll
RATE_AFTER = (
    r"^\s+(?:[\w-]+\s+){0,2}?(?:daily|a\s+day|per\s+day|each\s+day|every\s+day|par\s+jour|al\s+d[ií]a|por\s+d[ií]a|"
    r"t[äa]glich|pro\s+tag|al\s+giorno|в\s+день|в\s+сутки|за\s+сутки)\b",
)
# A count said not to have died ("3000 people did not die", "no murieron 3.000 personas" is read by the stance): the
# count denied, shown as such and compared with none
DENIED_OUTCOME_AFTER = (
    r"^\s+(?:[\w-]+\s+){0,2}?(?:did\s+not|didn['’]t|have\s+not|haven['’]t|had\s+not|were\s+not|weren['’]t)\s+"
    r"(?:die|died|been\s+killed|perish(?:ed)?)\b",
)
# An aside that lists who is among the counted, between commas after them ("26 человек, в том числе женщины и дети,
# погибли", "31 personnes, dont quatre enfants, ont été tuées"): read past it to the outcome (``link.tolls.abroad``)
INCLUDED_ASIDE = (
    r"^(?P<counted>\s*[^\W\d_]*)\s*,\s*(?:в том числе|включая|у тому числі|серед них|dont|parmi eux|parmi elles|"
    r"incluidos|incluidas|entre ellos|entre ellas|tra cui|tra i quali|darunter|unter ihnen)(?!\w)[^,.;:]{1,60},"
)
