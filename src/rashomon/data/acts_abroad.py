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
        r"tiré\s+sur|détruit|fait\s+sauter|fait\s+exploser|lancé\s+(?:une|des)\s+(?:frappes?|attaques?|missiles?))\b",
        r"\b(?:frappe|frappent|bombarde|bombardent|attaque|attaquent|vise|visent)\b",
    ),
    # Russian and Ukrainian together: a short text's language is not always told apart, and the forms differ
    "ru": (
        r"(?<!\w)(?:ударил[аио]?|вдарил[аио]?|ударив|вдарив|нанес(?:ла|ли|ло)?\s+(?:\w+\s+){0,2}?удар\w*|"
        r"завда(?:л[аио]?|в)\s+(?:\w+\s+){0,2}?удар\w*|атаковал[аио]?|атакувал[аио]?|атакував|обстрелял[аио]?|"
        r"обстріля\w*|"
        r"выпустил[аио]?|випустил[аио]?|применил[аио]?|застосувал[аио]?|"
        # blowing up a structure: "российские войска подорвали плотину", "окупанти підірвали греблю"
        r"подорвал[аио]?|взорвал[аио]?|підірвал[аио]?|підірвав|висадил[аио]?\s+в\s+повітря|"
        # a bomb dropped from the air: "войска РФ сбросили авиабомбу на театр", "скинули бомбу"
        r"сбросил[аио]?|скинул[аио]?|скинув)(?!\w)",
    ),
}
# what a passive act or a weapon's hit names after it: "touché par un missile de la défense antiaérienne
# ukrainienne" (the side word within a few words after), "по больнице попала украинская ракета"
PASSIVE = {
    "fr": (
        r"\b(?:frappée?s?|touchée?s?|visée?s?|bombardée?s?|détruite?s?|causée?s?)\s+par\b",
        # a weapon launched by the doer, from somewhere named between ("tirée depuis le Liban par le Hezbollah")
        r"\b(?:tirée?s?|lancée?s?)\s+(?:(?:depuis|du|de\s+la|des)\s+(?:[\w'’-]+\s+){1,3}?)?par\b",
    ),
    "ru": (r"(?<!\w)(?:попал[аио]?|упал[аио]?|угодил[аио]?|влучил[аио]?|поцілил[аио]?|впал[аио]?)(?!\w)",),
}
# Spanish and Portuguese: "Rusia atacó el edificio", "las tropas rusas bombardearon", "Israel atacou o hospital";
# and the passive, the doer or the weapon's owner after "por": "alcanzado por un misil ruso", "atingido por um
# míssil russo"
ACTIVE["es"] = (
    r"\b(?:atac[óo]|atacaron|bombarde[óo]|bombardearon|dispar[óo]\s+contra|dispararon\s+contra|"
    r"(?:lanz[óo]|lanzaron)\s+(?:un|el|los|varios|una)\s+(?:ataques?|misiles?|drones?|bombardeos?|ofensiva)|"
    r"(?:ha|han|había|habían|habría|habrían)\s+(?:atacado|bombardeado|disparado\s+contra))\b",
)
PASSIVE["es"] = (
    r"\b(?:alcanzad|impactad|atacad|bombardead|destruid|golpead|causad|provocad)[oa]s?\s+por\b",
    r"\b(?:lanzad|disparad)[oa]s?\s+(?:desde\s+(?:[\w-]+\s+){1,3}?)?por\b",
)
ACTIVE["pt"] = (
    r"\b(?:atacou|atacaram|bombardeou|bombardearam|disparou\s+contra|dispararam\s+contra|"
    r"(?:lançou|lançaram)\s+(?:um|o|os|vários|uma)\s+(?:ataques?|m[íi]sseis|m[íi]ssil|drones?|bombardeios?|ofensiva)|"
    r"(?:tinha|tinham|teria|teriam|havia|haviam)\s+(?:atacado|bombardeado))\b",
)
PASSIVE["pt"] = (
    r"\b(?:atingid|alvejad|atacad|bombardead|destru[íi]d|causad|provocad)[oa]s?\s+por\b",
    r"\b(?:lançad|disparad)[oa]s?\s+(?:(?:desde|de|do|da)\s+(?:[\w-]+\s+){1,3}?)?por\b",
)
# Italian: "l'esercito russo ha bombardato il mercato", "colpito da un missile russo"
ACTIVE["it"] = (
    r"\b(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+)?(?:attaccato|bombardato|colpito|"
    r"fatto\s+saltare|lanciato\s+(?:un|dei|il|i|una)\s+(?:attacc\w+|missil\w+|razz\w+|droni?))|attaccò|bombardò|"
    r"colpì|attaccarono|bombardarono|colpirono)\b",
)
PASSIVE["it"] = (
    r"\b(?:colpit|attaccat|bombardat|distrutt|causat|provocat)[oaie]\s+(?:\w+\s+)?da\b",
    r"\b(?:lanciat|sparat)[oaie]\s+(?:(?:dal|dalla|dai|dagli|dall['’])\s*(?:[\w'’-]+\s+){1,3}?)?da\b",
)
# German: the doer before the verb or its auxiliary ("die russische Armee hat den Markt beschossen", "Russland griff
# die Stadt an"); in the passive, after "von" or "durch" ahead of the participle ("von einer russischen Rakete
# getroffen"), the weapon's owner
ACTIVE["de"] = (
    r"\b(?:(?:hat|haben|hatte|hatten|habe|hätte|hätten)\s+(?:[\w-]+\s+){0,6}?(?:beschossen|angegriffen|bombardiert|"
    r"attackiert|gesprengt)|beschoss|beschossen|bombardierte|bombardierten|attackierte|attackierten|sprengte|"
    r"sprengten|(?:griff|griffen)\s+(?:[\w-]+\s+){0,8}?an)\b",
)
PASSIVE["de"] = (
    r"\b(?:von|durch)(?=\s+(?:[\w-]+\s+){0,4}?(?:getroffen|beschossen|angegriffen|bombardiert|zerstört|gesprengt|abgefeuert)\b)",
)
# whose fire or hands it was, the doer's word right after ("murió a manos de milicianos palestinos", "por fuego
# israelí", "tué par des tirs israéliens", "per mano di", "durch Schüsse von palästinensischen Bewaffneten", "от рук
# боевиков"): the first side word or named group of the next few words did it
HANDS_OF = {
    "es": r"\ba\s+manos\s+de(?:l|\s+l[oa]s?)?\s+|"
    r"\bpor\s+(?:el\s+)?(?:fuego|disparos?|balas?)\s+(?:de\s+(?:l[oa]s?\s+)?)?",
    "pt": r"\b(?:às|pelas|nas)\s+mãos\s+d[eoa]s?\s+|\bpor\s+(?:fogo|disparos?|tiros?|balas?)\s+(?:d[eoa]s?\s+)?",
    "it": r"\bper\s+mano\s+(?:di|del|della|dei|degli|dell['’])\s*|"
    r"\bda\s+(?:colpi|spari|fuoco)\s+(?:di|del|dei|degli)?\s*",
    "fr": r"\bsous\s+les\s+(?:tirs|balles|coups)\s+(?:de\s+|d['’]|des\s+|du\s+)?|"
    r"\bpar\s+(?:des\s+)?(?:tirs?|balles?)\s+(?:de\s+|d['’]|des\s+|du\s+)?",
    "de": r"\bdurch\s+(?:die\s+)?(?:Schüsse|Beschuss|Feuer|Kugeln?)\s+(?:von\s+|der\s+|des\s+)?",
    "ru": r"(?<!\w)от\s+(?:рук[и]?|огня|пул[иь]|выстрел\w*)(?!\w)",
    "uk": r"(?<!\w)від\s+(?:рук[и]?|вогню|кул[іь]|пострілу)(?!\w)",
    "pl": r"\bz\s+rąk\s+|\bod\s+(?:kul|ognia|strzałów|ostrzału)\s+",
}
HANDS_OF_GAP = 4  # words after the phrase where the doer is named ("a manos de milicianos palestinos armados")
# a negation right before the verb: "n'a pas frappé", "не наносила удар", "не вдарила", "no atacó", "não atacou"
NEGATED_BEFORE = r"(?:\bne\b|\bn['’]|(?<!\w)не|(?<!\w)ни|\bno\b|\bnão\b|\bnunca\b|\bnon\b|\bnicht\b)\s*$"
# a negation inside a German verb's words ("hat den Markt nicht angegriffen", "griff die Stadt nicht an")
NEGATED_INSIDE = r"\b(?:nicht|nie|niemals)\b"
# Polish: "Rosja zaatakowała Polskę", "rosyjskie wojsko ostrzelało szpital"; the passive, the doer or the weapon's owner
# after "przez": "trafiony przez rosyjską rakietę"
ACTIVE["pl"] = (
    r"\b(?:zaatakował[aoy]?|zaatakowali|zbombardował[aoy]?|zbombardowali|ostrzelał[aoy]?|ostrzelali|"
    r"uderzył[aoy]?\s+w|uderzyli\s+w|wystrzelił[aoy]?|wystrzelili|wysadził[aoy]?|wysadzili|"
    r"przeprowadził[aoy]?\s+(?:\w+\s+)?(?:atak|nalot|uderzenie|ostrzał)|przeprowadzili\s+(?:\w+\s+)?"
    r"(?:atak|nalot|uderzenie|ostrzał))\b",
)
PASSIVE["pl"] = (
    r"\b(?:trafion|zaatakowan|zbombardowan|zniszczon|ostrzelan|spowodowan|wystrzelon)[yaeo]\w*\s+(?:\w+\s+)?przez\b",
)
ACTIVE["uk"] = ACTIVE["ru"]  # one table for both: a short text's language is not always told apart
PASSIVE["uk"] = PASSIVE["ru"]

# An act named by its noun with the doer's national word beside it: "tués dans une frappe de missile russe", "murieron
# en un ataque ruso con misiles", "bei einem russischen Raketenangriff getötet", "внаслідок ракетного удару росії",
# "в результате российского удара". The noun, per language; where the side word stands (after the noun in French,
# Spanish and Portuguese, before it in German, Russian and Ukrainian, and after it, in the genitive, for the Russian
# and Ukrainian blow); and the words that may stand between (what the act was done with, or how).
NOMINAL_ACTS = {
    "fr": r"\b(?:frappes?|attaques?|bombardements?|raids?|tirs?|sabotages?)\b",
    "es": r"\b(?:ataques?|bombardeos?|ofensiva|sabotajes?)\b",
    "pt": r"\b(?:ataques?|bombardeios?|bombardeamentos?|ofensiva|sabotagens?)\b",
    "it": r"\b(?:attacc(?:o|hi)|bombardament[oi]|raid|sabotaggi[oi])\b",
    "de": r"\b\w*(?:angriffs?|angriffe|angriffen|beschuss|beschusses|bombardements?|sabotage)\b",
    "ru": r"(?<!\w)(?:удар|удара|удару|ударом|удары|ударов|ударів|обстрел\w*|обстріл\w*|атак[аиуеоі]\w*|"
    r"диверси\w*)(?!\w)",
}
NOMINAL_ACTS["uk"] = NOMINAL_ACTS["ru"]
NOMINAL_ACTS["pl"] = r"\b(?:atak|ataku|ataki|atakiem|atakach|uderzeni[eau]|ostrzał|ostrzału|nalot|nalotu|naloty)\b"
NOMINAL_SIDE_AFTER = {"fr": 4, "es": 4, "pt": 3, "it": 3}  # words after the noun where its national adjective may stand
NOMINAL_SIDE_BEFORE = {"de": 2, "ru": 2, "uk": 2, "pl": 2}  # words before it ("rosyjskiego ataku")
NOMINAL_GENITIVE = (
    r"(?<!\w)(?:удар|удара|удару|ударов|ударів|диверси\w*)(?!\w)"  # "удару росії": the country after, genitive
)
# German: the doer in the genitive after the noun ("Drohnenangriff der nigerianischen Armee", "Angriff Russlands"):
# the article, then at most an adjective and a noun
GERMAN_GENITIVE_AFTER = r"\s+(?:(?:der|des)\s+)?(?P<words>(?:[\w-]+\s+){0,1}[\w-]+)"
NOMINAL_BETWEEN = {
    "fr": r"^(?:de|au|aux|missiles?|drones?|roquettes?|a[ée]riennes?|a[ée]riens?|massifs?|massives?|meurtri[eè]res?|"
    r"terroristes?|planifi[ée]e?s?|d[ée]lib[ée]r[ée]e?s?)$",
    "es": r"^(?:con|de|misiles?|misil|drones?|dron|cohetes?|a[ée]reos?|a[ée]reas?|masivos?|masivas?|terroristas?|"
    r"planificad[oa]s?|deliberad[oa]s?)$",
    "pt": r"^(?:com|de|m[íi]sseis|m[íi]ssil|drones?|foguetes?|a[ée]reos?|a[ée]reas?|massivos?|massivas?)$",
    "it": r"^(?:con|di|missilistic[oi]|aere[oi]|droni?|massicci[oi])$",
    "de": r"^(?:massiven|massiver|massive|schweren|schwerer|erneuten|erneuter)$",
    "ru": r"^(?:ракетн|авиа|авіа|артиллерийск|артилерійськ|массированн|масован|комбинированн|комбінован|воздушн|"
    r"повітрян)\w*$",
}
NOMINAL_BETWEEN["uk"] = NOMINAL_BETWEEN["ru"]
NOMINAL_BETWEEN["pl"] = r"^(?:rakietow\w*|powietrzn\w*|zmasowan\w*|dronow\w*|lotnicz\w*)$"
# words a side word may stand among before an active verb ("l'armée russe", "российские военные", "армія РФ")
ACTIVE_GAP = 3
# words of a time adverbial between the doer and the verb, not counted in that gap ("российские войска в ночь на 6
# июня нанесли удар", "l'armée russe a dans la nuit du 5 au 6 juin frappé"): numbers and these words
TIME_WORDS_ABROAD = frozenset(
    {
        "в", "у", "на", "с", "з", "ночь", "ніч", "ночью", "вночі", "утром", "вранці", "вечером", "ввечері", "днем",
        "днём", "вдень", "накануне", "напередодні", "сегодня", "сьогодні", "вчера", "вчора", "около", "близько",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
        "жовтня", "листопада", "грудня",
    }
)  # fmt: skip
PASSIVE_GAP = 8

# An act told by its noun, in Russian and Ukrainian ("удару по лікарні", "обстрілу ринку"): the claim tells the act, so
# a weapon it names answers "with what" (``questions._told_abroad``)
ACT_NOUNS_ABROAD = {
    "ru": (r"(?<!\w)(?:удар|удара|удару|ударом|удары|ударов|ударів|обстрел\w*|обстріл\w*)(?!\w)",),
}
ACT_NOUNS_ABROAD["uk"] = ACT_NOUNS_ABROAD["ru"]

# Russian word order with the object first: "удар по рынку ... нанесла украинская армия" (the blow is named before the
# verb, so what follows the verb is who struck), and a verb of attack right before its subject in a form that can only
# be a subject ("по рынку ударила российская армия"; not "обстреляли российские позиции", where the form is also the
# object's)
INVERTED = (
    r"(?<!\w)удар\w*(?!\w)[^.;!?]{0,100}?(?<!\w)(?:нанес(?:ла|ли|ло)?|нанёс|завда(?:ла|ли|ло|в))(?!\w)"
    r"(?!\s+(?:\w+\s+){0,2}?удар)",
)
# subject forms after an INVERTED verb: a national adjective in the nominative, a country's name, or the armed forces'
# initials ("нанесли ВСУ")
NOMINATIVE_ADJECTIVE = r"(?:ая|яя|ий|ый|ое|ее|ие|ые|а|я|е|і)$"
NOMINATIVE_ADJECTIVE_ONLY = r"(?:ая|яя|а|я)$"  # forms no object takes (feminine): the subject after any verb of attack
NOMINATIVE_NAMES = frozenset({"россия", "росія", "украина", "україна", "рф", "всу", "зсу", "сша"})
NOMINATIVE_NAMES_ONLY = frozenset({"россия", "росія", "украина", "україна"})

# An act and, after it, who did it or whose weapon did, in the instrumental case: "удар російським комплексом С-300",
# "обстріл росіянами ринку", "удар был вызван украинской ракетой ПВО"
INSTRUMENTAL_ACTS = (
    r"(?<!\w)(?:удар\w*|обстрел\w*|обстріл\w*|атак\w*|подрыв\w*|підрив\w*|подорван\w*|взорван\w*|підірван\w*|вызван\w*|викликан\w*|спричинен\w*|поражен\w*|уражен\w*|"
    r"разрушен\w*|зруйнован\w*|уничтожен\w*|знищен\w*|поврежден\w*|пошкоджен\w*)(?!\w)",
)
# a weapon or a force in the instrumental case, the head a national adjective qualifies ("российской ракетой",
# "украинскими войсками") or a country's name follows ("армией России", "силами ВСУ")
INSTRUMENTAL_HEADS = (
    r"(?:ракет|антиракет|комплекс|дрон|беспилотник|безпілотник|снаряд|бомб|авиабомб|авіабомб|систем|установк|"
    r"артиллери|артилері|арми|армі|войск|військ|сил|военн|військов|подразделени|підрозділ|"
    r"террорист|терорист|оккупант|окупант|диверсант|групп|груп)"
    r"(?:ой|ою|ом|ем|ей|ею|єю|ами|ями|ыми|ими)"
)
# a national adjective in the instrumental case ("российской", "російським", "украинскими")
INSTRUMENTAL_ADJECTIVE = r"(?:ой|ою|ей|ею|им|ым|ими|ыми)$"
# a country's people or name in the instrumental case ("росіянами", "россиянами", "Россией", "Україною")
INSTRUMENTAL_NAME = r"(?:ами|ями|ей|ею|єю|ой|ою)$"
INSTRUMENTAL_GAP = 4  # words between the act and the instrumental phrase ("был вызван отклонившейся ... ракетой")
INSTRUMENTAL_HEAD_GAP = 2  # words between the national adjective and its head ("российскими диверсионными группами")

# Who is blamed for it: the side word just after a verb of accusing ("pointant du doigt les troupes russes",
# "accusant Moscou", "обвинил Украину", "поклав відповідальність на Росію"); said by someone, so attributed
BLAMED: dict[str, tuple[str, ...]] = {
    "fr": (
        r"\b(?:pointant|pointe|pointent|pointait|pointaient|a\s+point[ée]|ont\s+point[ée])\s+du\s+doigt\b",
        r"\b(?:accusant|accuse|accusent|accusait|accusaient|a\s+accus[ée]|ont\s+accus[ée])\b(?!\s+par\b)",
        r"\b(?:imputant|impute|imputent|a\s+imput[ée]|ont\s+imput[ée])\s+(?:l['’]attaque|la\s+frappe|le\s+tir|"
        r"le\s+bombardement|le\s+drame|l['’]explosion)\s+(?:à|aux?)\b",
    ),
    "ru": (
        r"(?<!\w)(?:обвинил[аио]?|обвиняют|обвиняет|обвинив|обвиняя|звинуватил[аио]?|звинуватив|звинувачують|"
        r"звинувачує|звинувачуючи)(?!\w)",
        # with what it is for told between: "возложил ответственность за разрушение плотины на Киев"
        r"(?<!\w)(?:возлож\w+|возлага\w+)\s+ответственность\s+(?:за\s+[^.;:,!?]{1,80}?\s+)?на(?!\w)",
        r"(?<!\w)(?:поклав|поклала|поклали|покладає|покладають)\s+відповідальність\s+(?:за\s+[^.;:,!?]{1,80}?\s+)?"
        r"на(?!\w)",
    ),
}
BLAMED["uk"] = BLAMED["ru"]
BLAMED["de"] = (
    r"\b(?:beschuldigt\w*|bezichtigt\w*)\b",
    # the accused between the verb and the charge: "machte die Hisbollah für den Angriff verantwortlich", "gab der
    # Ukraine die Schuld"
    r"\b(?:machte|macht|machten|machen)\b(?=[^.;:!?]{0,80}?\bverantwortlich\b)",
    r"\b(?:gab|gibt|gaben|geben)\b(?=[^.;:!?]{0,60}?\bdie\s+Schuld\b)",
    r"\b(?:warf|wirft|warfen|werfen)\b(?=[^.;:!?]{0,60}?\bvor\b)",
    # the perfect, the accused between the auxiliary and the participle ("Russland hatte die Ukraine beschuldigt, ...",
    # "hat den Russen vorgeworfen, ...", "hat Israel für den Angriff verantwortlich gemacht")
    r"\b(?:hat|hatte|haben|hatten|habe|hätten)\b(?=[^.;:!?,]{0,60}?\b(?:beschuldigt|vorgeworfen|bezichtigt|"
    r"verantwortlich\s+gemacht)\b)",
)
BLAMED["es"] = (
    r"\b(?:acus[óo]|acusa|acusan|acusaron|acusando|acusar|culp[óo]|culpa|culpan|culparon|culpando|culpar|"
    r"responsabiliz[óo]|responsabiliza|responsabilizan|responsabilizaron|responsabilizando|responsabilizar)\b"
    r"(?!\s+(?:de|del)\b)",  # "la culpa de": the noun
)
BLAMED["pt"] = (
    r"\b(?:acusou|acusa|acusam|acusaram|acusando|acusar|culpou|culpa|culpam|culparam|culpando|culpar|"
    r"responsabilizou|responsabiliza|responsabilizam|responsabilizaram|responsabilizar)\b(?!\s+(?:de|do|da)\b)",
)
BLAMED["it"] = (
    r"(?<![’'])\b(?:accusa|accusano|accusato|accusata|accusati|accusando|accusare|incolpa|incolpano|incolpato|"
    r"incolpata|incolpando|incolpare)\b",
)
BLAMED["pl"] = (
    r"\b(?:oskarżył[aoy]?|oskarżyli|oskarża|oskarżają|oskarżając|obwinił[aoy]?|obwinili|obwinia|obwiniają|"
    r"obwiniając)\b",
)
BLAMED_GAP = 4  # words between the verb of accusing and the side word ("les «troupes d'occupation russes»")
# what the accusation is of, when the claim says ("accusant Moscou de ...", "обвинил Украину в ..."): it must be an act
# of the event, not another charge ("accuse Kyiv de mentir")
BLAMED_OF = (
    r"^\W*(?:d['’]|de\s|des\s|du\s|в\s|во\s|у\s|"
    # Spanish, Portuguese, Italian, German: "del ataque", "dell'attacco", "für den Angriff", "por el atentado"
    r"del\s|de\s+la\s|de\s+los\s|de\s+las\s|do\s|da\s|dos\s|das\s|dell['’]|della\s|dello\s|dei\s|degli\s|delle\s|"
    r"di\s|por\s|pelo\s|pela\s|für\s|"
    # Polish: "oskarżył Rosję o atak", "obwinił Ukrainę za wybuch"
    r"o\s|za\s)"
)
BLAMED_ACTS = (
    r"frapp\w*|attaqu\w*|bombard\w*|tir\w*|attentat\w*|massacre\w*|drame|explosion|crime\w*|avoir\s+\w+",
    r"удар\w*|обстр[еі]л\w*|атак\w*|атац\w*|теракт\w*|взрыв\w*|вибух\w*|гибел\w*|загибел\w*|трагеди\w*|"
    r"трагеді\w*|злочин\w*|преступлени\w*|подрыв\w*|підрив\w*|разрушени\w*|руйнуванн\w*|зруйнуванн\w*|диверси\w*",
    r"ataque\w*|atentado\w*|bombarde\w*|explosi\w+|detonaci\w+|disparo\w*|masacre\w*|lanzamiento\w*|tragedia\w*|"
    r"haber\s+\w+|ter\s+\w+",
    r"attacc\w+|attentat\w+|bombardament\w+|esplosion\w+|strage|stragi|lanci\w*|aver(?:e)?\s+\w+",
    r"\w*angriff\w*|\w*anschl[äa]g\w*|beschuss\w*|\w*explosion\w*|\w*sprengung\w*|massaker\w*|tod\w*",
    r"atak\w*|uderzeni\w*|ostrzał\w*|zamach\w*|wybuch\w*|eksplozj\w*|nalot\w*|naruszeni\w*",
)

# the accused in the nominative (or the accusative that is its form) when the charge is told first ("обвинило в
# подрыве плотины российские войска"): the charge's words are passed over, at most this many
BLAMED_AFTER_CHARGE_GAP = 8
# a capital standing for its country as the accused or the doer ("возложил ответственность на Киев", "Москва ударила")
CAPITAL_SIDES = {
    "киев": "Ukraine",
    "київ": "Ukraine",
    "москва": "Russia",
    "москву": "Russia",
    "минск": "Belarus",
    "мінськ": "Belarus",
}

# What kind of weapon did it, named by words rather than a system ("антиракета", "ракета ПВО", "missile de
# croisière"): the English value ``data.equipment.weapon_role`` tells the role of, per language. Not "ballistic": the
# S-300, an air-defence system, is fired at the ground as a ballistic missile, so the word sets no role against it

MEANS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "air defence missile": (
            r"\bmissiles?\s+(?:de\s+(?:la\s+)?)?d[ée]fense\s+(?:anti-?a[ée]rienne|a[ée]rienne|antimissile)\b",
            r"\bmissiles?\s+(?:anti-?a[ée]riens?|sol-air|intercepteurs?)\b",
        ),
        "cruise missile": (r"\bmissiles?\s+de\s+croisi[èe]re\b",),
    },
    "es": {
        "air defence missile": (
            r"\bmisil(?:es)?\s+(?:de\s+(?:la\s+)?)?defensa\s+(?:anti)?a[ée]rea\b",
            r"\bmisil(?:es)?\s+(?:antia[ée]reos?|tierra-aire|interceptor(?:es)?)\b",
        ),
        "cruise missile": (r"\bmisil(?:es)?\s+de\s+crucero\b",),
    },
    "pt": {
        "air defence missile": (
            r"\bm[íi]ss(?:il|eis)\s+(?:de\s+)?defesa\s+(?:anti)?a[ée]rea\b",
            r"\bm[íi]ss(?:il|eis)\s+(?:antia[ée]reos?|terra-ar|intercetor(?:es)?|interceptor(?:es)?)\b",
        ),
        "cruise missile": (r"\bm[íi]ss(?:il|eis)\s+de\s+cruzeiro\b",),
    },
    "it": {
        "air defence missile": (
            r"\bmissil[ei]\s+(?:della\s+)?(?:difesa\s+aerea|antiaere[oi]|terra-aria|intercettor[ei])\b",
        ),
        "cruise missile": (r"\bmissil[ei]\s+da\s+crociera\b",),
    },
    "de": {
        "air defence missile": (r"\b(?:flug|luft)?abwehrrakete\w*", r"\bflugabwehr-?rakete\w*"),
        "cruise missile": (r"\bmarschflugkörper\w*",),
    },
    "ru": {
        "air defence missile": (
            r"(?<!\w)антиракет\w*",
            r"(?<!\w)ракет\w*\s+(?:\w+\s+)?(?:ПВО|ППО)(?!\w)",
            r"(?<!\w)(?:зенитн|зенітн)\w*\s+(?:управляем\w+\s+|керован\w+\s+)?ракет\w*",
        ),
        "cruise missile": (r"(?<!\w)(?:крылат|крилат)\w*\s+ракет\w*",),
    },
}
MEANS["uk"] = MEANS["ru"]
# a fall told by its noun ("речь идет о падении антиракеты"): an account of the weapon that did the harm
FALL_NOUNS = r"(?<!\w)(?:падени|падінн)\w*|\bchute\b"

# French names of countries and capitals that are no English word (``la Russie``, ``Moscou``, ``les États-Unis``): side
# words as their English names are (exact words, lower-cased)
FRENCH_SIDES = {
    "russie": "Russia",
    "moscou": "Russia",
    "pologne": "Poland",
    "varsovie": "Poland",
    "biélorussie": "Belarus",
    "états-unis": "United States",
    "etats-unis": "United States",
    "chine": "China",
    "pékin": "China",
    "allemagne": "Germany",
    "israël": "Israel",
    "syrie": "Syria",
    "damas": "Syria",
    "turquie": "Turkey",
    "géorgie": "Georgia",
    "azerbaïdjan": "Azerbaijan",
    "arménie": "Armenia",
    "erevan": "Armenia",
    "téhéran": "Iran",
    "royaume-uni": "United Kingdom",
    "libye": "Libya",
    "liban": "Lebanon",
    "irak": "Iraq",
    "égypte": "Egypt",
}

# a refutation told before the act ("опубликовали опровержение того, что удар был нанесён ...", "Moscou a démenti que
# l'armée russe ait frappé"): the act told after it is denied
REFUTED = (
    r"\bd[ée]ment\w*",
    r"\bd[ée]menti\w*",
    r"\b(?:nie|nient|a\s+nié|ont\s+nié)\s+(?:que|qu['’]|avoir)",
    r"(?:опроверг|опроверж|спростув|спросту|заперечу|заперечи)\w*",
    r"(?<!\w)отрица\w*,?\s+что",
    # a denial of the reports of the act: "niega las informaciones vertidas sobre un supuesto ataque", "smentisce le
    # notizie di un attacco", "bestreitet Berichte über einen Angriff", "dément les informations sur une frappe"
    r"\b(?:niega\w*|neg[óo]|negaron|desmient\w*|desminti\w*|smentisc\w*|smentit\w*|neg[aò]\w*|bestreit\w*|bestritt\w*|"
    r"dementiert\w*)\s+(?:\w+\s+){0,2}?(?:informaciones|noticias|informes|notizie|informazioni|Berichte|Meldungen|"
    r"informations|rapports)\b",
)
# a word that makes the act named after it an allegation, not a fact told ("un supuesto ataque ruso", "una presunta
# incursione", "un prétendu bombardement", "einen angeblichen Angriff", "якобы нанесённого удара"): the doer beside it
# is alleged, not asserted
ALLEGED_BEFORE = (
    r"\b(?:supuest[oa]s?|presunt[oaie]s?|pretendid[oa]s?|pr[ée]sum[ée]e?s?|pr[ée]tendue?s?|"
    r"angeblich\w*|mutma(?:ß|ss)lich\w*|vermeintlich\w*)\s+(?:\w+\s+)?$",
    r"(?<!\w)(?:якобы|предполагаем\w*|нібито|імовірн\w*)\s+(?:\w+\s+)?$",
)

# A claim of responsibility in a language read without a parse: the group that claims the act did it, on its own word.
# CLAIMED_BEFORE: the claiming group is named before the words ("El Frente de Resistencia se atribuyó la agresión",
# "le groupe État islamique a revendiqué l'attentat", "группировка X взяла на себя ответственность");
# CLAIMED_AFTER: it is named after them ("Ответственность за нападение взяла на себя группировка X", "revendiqué
# par X", "Zu dem Anschlag bekannte sich X").
CLAIMED_BEFORE = (
    r"(?:a|ont|avait|avaient|aurait|auraient)\s+revendiqué",
    r"revendiquen?t",
    r"se\s+(?:atribuy[óe]|atribuyeron|adjudic[óe]|adjudicaron)",
    r"(?:ha|han|había|habían|habría)\s+reivindicado",
    r"reivindic(?:ó|aron)",
    r"(?:ha|hanno|aveva|avrebbe)\s+rivendicato",
    r"rivendica(?:no)?",
    r"(?:bekannte|bekannten|bekennt|bekennen)\s+sich",
    r"(?:hat|haben)\s+sich\s+(?:\w+\s+){0,6}?bekannt",
    r"взял[аио]?\s+на\s+себя\s+ответственность",
    r"взя(?:в|ла|ло|ли)\s+на\s+себе\s+відповідальність",
)
CLAIMED_AFTER = (
    r"revendiqu[ée]e?s?\s+par",
    r"reivindicad[oa]s?\s+por",
    r"rivendicat[oa]\s+da",
    r"(?:zu|für)\s+(?:dem|der|den|diesem|dieser)\s+(?:\w+\s+){1,4}?(?:bekannte|bekannten|bekennt|bekennen)\s+sich",
    r"ответственность\s+за\s+(?:\w+\s+){1,4}?взял[аио]?\s+на\s+себя",
    r"відповідальність\s+за\s+(?:\w+\s+){1,4}?взя(?:в|ла|ло|ли)\s+на\s+себе",
)
# a claim of responsibility said not to have been made ("n'a pas été revendiquée", "no ha sido reivindicado",
# "никто не взял на себя ответственность"): no answer, and no denial either
CLAIM_NEGATED_BEFORE = (
    r"(?:n['’]|ne\s)\s*(?:\w+\s+){0,3}?$",
    r"\bpas\s+(?:été\s+|encore\s+)?$",
    r"\bno\s+(?:\w+\s+){0,2}?$",
    r"\bnon\s+(?:\w+\s+){0,2}?$",
    r"\b(?:nicht|kein\w*|niemand)\s+(?:\w+\s+){0,3}?$",
    r"(?<!\w)(?:не|ні|никто|ніхто)\s+(?:\w+\s+){0,2}?$",
)
CLAIMED_GAP = 60  # characters between the claiming words and the group's name
