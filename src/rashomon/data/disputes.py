"""Words for the questions held-out news raised: how many attackers, where they fled, what force was used.

- ``ATTACKERS``: nouns for the people who carried out an attack (``four gunmen``, ``at least five assailants``);
  a count of them answers "how many attackers". Suspects detained are another count (arrests grow for days) and
  are not listed.
- ``ATTACKERS_FATE``: words that make a count of attackers a count of something else (``three gunmen were
  killed``, ``two attackers detained``): their fate, not how many there were.
- ``ESCAPE``: verbs and phrases of a flight or an escape, followed by the direction (``fled towards``, ``were
  heading to``, ``tried to cross into``).
- ``FORCES``: means of force that are not weapons of war (tear gas, water cannon, batons), each with the stems
  that name it; the question is whether it was used, and where.
- ``FORCE_PLACES``: where such force may be aimed, each word with the place it names (the tribunes and the
  seating areas are the stands): an answer's place.
- ``ESCAPE_PREDICATES``: the movements (frames' predicates) that can be the attackers' own flight.
- ``HEDGE_PHRASES``: phrases that leave a claim open rather than assert it (``too early to say``, ``no
  conclusive evidence``, ``it is unlikely that``): the claim is hedged, whatever its verb; so is a clause that
  is their complement (``too early to say [whether Chile fired]``).
- ``UNNAMED_SOURCES``: the last word of a source that names nobody in particular (``officials said``): two counts
  on such words are stages of one moving toll, not rival figures.
- ``COUNTED_UNITS`` and ``TURNOUT``: what makes a percentage the share of the count processed or of the voters
  who voted, not a candidate's share of the vote.
- ``SETTLED``: a count its source says did not rise or is final: set against another source's count for the same
  day, it is a rival figure, not a stage of a toll still rising.
- ``NOT_ACTS``: objects that make an attack verb something else (``launched an investigation``).
- ``PART_PLACES``: where only part of a toll died (``on the spot``, ``at the venue``, ``in hospital``): a count
  told with them is a part of the toll, not a rival count.
- ``COUNTERFACTUALS``: a claim about what did not happen (``if the army had fired``, ``would have hit``).
"""

from __future__ import annotations

ATTACKERS = frozenset(
    {
        "gunmen",
        "gunman",
        "attackers",
        "attacker",
        "assailants",
        "assailant",
        "shooters",
        "shooter",
        "terrorists",
        "terrorist",
        "perpetrators",
        "perpetrator",
        "assaillants",
        "tireurs",
        "armed men",
        "gunmen in camouflage",
        "террориста",
        "боевика",
        "боевиков",
        "террористов",
        "нападавших",
    }
)
# words that say what kind of group a party is, not which one ("Baloch separatists", "the Hezbollah group"): two
# answers naming the same group with or without them agree
GROUP_KIND_WORDS = frozenset(
    "separatist separatists militant militants rebel rebels insurgent insurgents fighter fighters group groups "
    "movement organisation organization terrorist terrorists gunmen the of".split()
)
ATTACKERS_FATE = frozenset(
    {
        "killed",
        "dead",
        "died",
        "detained",
        "arrested",
        "captured",
        "apprehended",
        "neutralised",
        "neutralized",
        "caught",
        "charged",
        "wounded",
        "injured",
        "identified",
    }
)
ESCAPE = (
    r"fled",
    r"flee(?:ing|s)?",
    r"escap(?:ed|ing|e)",
    r"(?:were|was|had been) (?:\w+ly )?(?:heading|headed|driving|making)",
    r"(?:tried|trying|attempted|attempting) to (?:cross|escape|flee|reach|get)(?: into)?",
    r"made (?:their|his) way",
)
ESCAPE_TO = r"(?:towards?|to|for|into|in the direction of)"
# a flight told with the place as object: "intended to enter Belarus", "tried to reach the border"
ESCAPE_DIRECT = r"(?:intended|planned|wanted|tried|trying|attempted|attempting|hoped|meant) to (?:enter|reach)"
FORCES: dict[str, tuple[str, ...]] = {
    "tear gas": (
        r"tear[- ]?gas",
        r"gaz lacrymog\w*",
        r"слезоточив\w*",
        r"gas(?:es)? lacrim[óo]gen\w*",
        r"lacrimogen[io]\b",
        r"tränengas\w*",
        r"gás lacrimogêneo",
    ),
    "water cannon": (r"water[- ]cannons?",),
    "rubber bullets": (r"rubber bullets?", r"rubber[- ]coated bullets?"),
    "stun grenades": (r"stun grenades?", r"flash[- ]bangs?"),
    "pepper spray": (r"pepper spray",),
    "batons": (r"batons?", r"truncheons?", r"matraques?"),
    "live ammunition": (r"live (?:ammunition|rounds|fire)",),
    # shots fired by anyone at all, in the languages of the coverage ("no shots were fired", "opened fire on the
    # crowd", "disparo de balines", "tirs de grenaille", "colpi sparati", "Schüsse", "открыли огонь"); a denial of it
    # denies the kinds of shot below (``FORCE_KINDS_OF``)
    "gunfire": (
        r"gunfire\b",
        r"gun ?shots?\b",
        r"shots? (?:were |was |had been |being |have been )?fired\b",
        r"fired (?:live |warning )?(?:shots|rounds|bullets|pellets)\b",
        r"open(?:ed|ing|s)? fire\b",
        # "did not fire at the crowd", "kept firing toward us" (a witness among those shot at)
        r"fir(?:e|es|ed|ing) (?:on|at|into|toward|towards) (?:the )?(?:crowds?|protesters|demonstrators|people|"
        r"civilians|mourners|us)\b",
        r"shooting (?:at|on|into) (?:the )?(?:crowds?|protesters|demonstrators|people|civilians|mourners)\b",
        r"disparos?\b",
        r"dispar(?:aron|ó|ando)\b",
        r"armas? de fuego\b",
        r"balines\b",
        r"perdigones\b",
        r"abrieron fuego\b",
        r"tiros\b",
        r"coups de feu\b",
        r"ouvert le feu\b",
        r"grenaille\b",
        r"balles réelles\b",
        r"colpi (?:d['’]arma da fuoco|sparati)\b",
        r"aperto il fuoco\b",
        r"schüssen?\b",
        r"geschossen\b",
        r"das feuer (?:auf \w+ \w+ )?eröffnet\b",
        r"открыл[иа]? огонь",
        r"стрельб\w*",
    ),
}
# a force that is a kind of another: a denial of gunfire ("no shots were fired") denies live rounds and rubber bullets
FORCE_KINDS_OF = {"gunfire": ("live ammunition", "rubber bullets")}
FORCE_PLACES = {
    "stands": "stands",
    "stand": "stands",
    "tribune": "stands",
    "tribunes": "stands",
    "terraces": "stands",
    "seating": "stands",
    "gradins": "stands",
    "crowd": "crowd",
    "crowds": "crowd",
    "foule": "crowd",
    "pitch": "pitch",
    "field": "pitch",
    "spectators": "spectators",
    "fans": "fans",
    "supporters": "fans",
    "protesters": "protesters",
    "demonstrators": "protesters",
}
# the movements a flight is told with (a transport by others, "were taken to Moscow", is not the attackers' flight)
ESCAPE_PREDICATES = frozenset({"head", "move", "travel", "fly", "sail", "flee", "escape", "drive", "go", "run"})
HEDGE_PHRASES = (
    r"too (?:early|soon) to (?:say|tell|know|conclude)",
    r"no (?:conclusive|definitive|hard|clear) (?:evidence|proof)",
    r"(?:it is|it's|it was|remains|is still) (?:not yet |still )?(?:unclear|not clear|not known|unknown) "
    r"(?:whether|if|who|what|how|why)",
    r"(?:is|was|seems|appears) (?:highly |very )?unlikely",
    r"cannot (?:be )?(?:ruled out|excluded)",
    r"could not (?:be )?(?:confirmed|verified)",
    r"(?:has|have|had) not (?:yet )?been (?:confirmed|verified)",
)
# a claim about what did not happen, or a question: "if the army had fired", "would have hit", "did Chile fire?"
COUNTERFACTUALS = (
    r"\bif\b[^.;]{0,80}\bhad\b",
    r"\bwould have\b",
    r"\bwould not have\b",
    r"\bcould have been avoided\b",
)
# who a count is given on the word of without naming anyone in particular ("officials said", "sources say")
UNNAMED_SOURCES = frozenset(
    {"officials", "official", "authorities", "sources", "source", "reports", "media", "outlets", "rescuers", "it"}
)
# a percentage of the count, not of the vote: "80% of the tally sheets processed", "после обработки 80% бюллетеней"
COUNTED_UNITS = (
    r"(?:tally|tallies|tally sheets|protocols|ballots|ballot boxes|voting stations|polling stations|precincts|"
    r"bulletins|voting centres|voting centers|actas|procès-verbaux|bureaux de vote|бюллетеней|протоколов|участков)"
)
# a percentage of voters who voted, not a candidate's share
TURNOUT = (r"turnout", r"participation", r"явк\w*", r"taux de participation")
# a count its source says is settled: it did not rise, it is final ("no increase", "the final toll", "remains at")
SETTLED = (
    r"\bno (?:further )?(?:increase|rise|change)\b",
    r"\b(?:has|have|had) not (?:increased|risen|grown|changed)\b",
    r"\bunchanged\b",
    r"\bfinal (?:toll|count|figure|tally)\b",
    r"\bremain(?:s|ed)? at\b",
)
# what an "attack" verb may take that makes it no attack: "launched an investigation", "opened a probe"
NOT_ACTS = frozenset(
    {
        "investigation",
        "investigations",
        "probe",
        "probes",
        "inquiry",
        "enquiry",
        "review",
        "appeal",
        "campaign",
        "case",
        "bid",
        "initiative",
        "programme",
        "program",
        "fund",
        "website",
        "app",
        "crossing",  # "launch a ferry crossing": a service opened, not a shot
        "crossings",
        "ferry",
        "ferries",
    }
)
# where only part of a toll died: "34 died at the venue", "38 were killed on the spot", "died in hospital"
PART_PLACES = (
    r"on the spot",
    r"at the (?:scene|venue|stadium|arena)",
    r"inside the (?:stadium|venue|hall|arena|building)",
    r"in (?:the )?hospital",
    # one facility's intake ("176 wounded were brought to the facility", "admitted to a hospital"): a part
    r"(?:brought|taken|admitted|rushed|carried)\s+(?:in\s+)?to\s+(?:the|a|its|this|that|one)\s+"
    r"(?:facility|hospital|clinic|medical\s+cent(?:er|re))",
    r"sur (?:le coup|place)",
    r"на месте",
)
# a condition, not an account: "if Moscow finds the attackers were linked to X", "unless", "si", "если"
CONDITIONALS = (r"\bif\b", r"\bunless\b", r"\bprovided that\b", r"(?<!\w)si(?!\w)", r"(?<!\w)если(?!\w)")
# "was X involved": the nouns of a party's part in the act ("no Ukrainian involvement", "contacts on the Ukrainian
# side", "nié toute implication", "причастность Киева"); the party is the side word nearest before or just after
INVOLVEMENT = (
    r"involvement",
    r"complicity",
    r"implication",
    r"participation",
    r"причастност\w*",
    # the same noun in Spanish, Portuguese, Italian and German ("la implicación de las Fuerzas Aéreas")
    r"implicación",
    r"envolvimento",
    r"coinvolgimento",
    r"beteiligung",
    r"hand in",
    r"links? (?:to|with)",
    r"ties (?:to|with)",
    r"(?<!into )contacts? (?:on|in|with)",  # "came into contact with the plane": a touch, not a tie
    r"контакт\w* на",
    r"(?:had|has|have) nothing to do with",
    # "it wasn't involved in the crash", "Israel was not involved in": a predicate, not "the Israelis involved in"
    r"(?:\b(?:was|were|is|are|been|being|be)\s+(?:not\s+|never\s+)?|n['’]t\s+)(?:\w+ly\s+)?involved"
    r"(?=\s+(?:in|directly|at\s+all)\b)",
    r"n'(?:a|ont) rien à voir",
    r"не (?:имеет|имеют) (?:никакого )?отношения",
    # a hand in someone else's affair, an election most of all ("accused Moscow of meddling in the election", "the
    # Kremlin rejected the accusations of interference", "Никакого вмешательства не было")
    r"(?<!physical )(?<!technical )(?<!external )interference",
    # a hand in it by paying or steering ("the attack was sponsored by X", "orchestrated by X", "X-backed")
    r"(?:sponsored|backed|orchestrated|masterminded|instigated|financed|funded)\s+by",
    r"meddl(?:ing|ed)",
    r"interfer(?:ed|ing) in",
    r"ingérences?",
    r"injerencias?",
    r"einmischung",
    r"вмешательств\w*",
    r"втручанн\w*",
)
# the words of an involvement that deny it by themselves ("X had nothing to do with it")
INVOLVEMENT_DENIED = (
    r"nothing to do with",
    r"rien à voir",
    r"не (?:имеет|имеют)",
    r"\bnot\b",
    r"n['’]t\b",
    r"\bnever\b",
)
# states an account asserts or denies as such, each with the words that name it; a negation before the words (``no
# military cargo was on board``, ``ni cargaison de carburant militaire``) makes the answer a denial. Each is one
# question (was there X), answered yes or no.
# what contaminates a medicine or a food ("found to contain diethylene glycol")
CONTAMINANTS = (
    r"(?:di)?ethylene glycol",
    r"melamine",
    r"methanol",
    r"arsenic",
    r"mercury",
    r"salmonella",
    r"listeria",
    r"toxins?",
    r"toxic \w+",
)
# a product said to meet its standards: no contamination, in the words that say so
PRODUCT_SAFE = (
    r"compl(?:y|ies|ied|ying|iant) with (?:the |all )?(?:required |necessary |applicable |quality )?"
    r"(?:specifications|standards|norms|requirements)",
    r"(?:met|meet|meets|meeting|fulfill?(?:ed|s|ing)?|satisf(?:ied|y|ies|ying)) (?:all )?(?:the )?(?:required |"
    r"necessary |applicable )?(?:safety |quality )?(?:criteria|standards|specifications|requirements|norms)",
    r"of standard quality",
    r"conformes? aux (?:normes|sp[ée]cifications|exigences)",
    r"соответству\w* (?:требованиям|стандартам|нормам)",
)
# help turned down by those it was offered to ("refused any help", "turned down attempted assistance", "their offers
# of help were refused", "ont refusé toute aide"): by their own account they did not ask for it, a denial of the call
# for help
HELP_REFUSED = (
    r"(?:refus\w*|reject\w*|declin\w*|turn\w* down|did not want|didn't want|did not ask for|didn't ask for|"
    r"never asked for|did not request|had not asked for) (?:\w+ ){0,2}?(?:help|assistance|aid|rescue)\b",
    r"offers? (?:of (?:help|assistance|aid)|to help)?[^.;]{0,60}?\b(?:were|was) (?:\w+ )?(?:refused|rejected|declined|"
    r"turned down)",
    r"(?:ont |a )?refusé (?:toute |l['’]|leur |son )?(?:aide|assistance|secours)",
    r"отказал\w* от (?:\w+ )?помощи",
)
# no soldiers where the strike hit ("there were no military targets there", "those present were all civilians", "il
# n'y a pas de soldats ici", "solo había civiles", "Жодного військового"): a denial of a military presence by itself
MILITARY_ABSENT = (
    r"(?:no|not a single|not one|were no|was no)\s+(?:\w+\s+)?(?:soldiers?|servicem[ae]n|troops|military|fighters)\b",
    r"(?:(?:there|present|those)\s+(?:\w+\s+)?(?:were|was)\s+(?:all|only)|"
    r"only civilians (?:were|was) (?:there|present))\s*(?:\w+\s+)?civilians\b",
    r"pas de (?:\w+\s+)?(?:base militaire|soldats|militaires|cibles? militaires?)",
    r"(?:solo|sólo|únicamente) (?:había|hubo|eran) civiles",
    r"(?:keine|kein)\s+(?:\w+\s+)?(?:soldaten|militär\w*)",
    r"(?<![\w])(?:жодного|ни одного|никаких)\s+(?:\w+\s+)?(?:військов\w*|военн\w*|солдат\w*)",
)
# places people gather that a strike or a blast may hit, as the coverage names them: a mall, a market, a station, a
# theatre, a hospital, a school ("a crowded shopping mall", "un centre commercial fermé", "нефункционировавшем
# торговом центре")
_VENUE = (
    r"(?:shopping\s+)?(?:mall|cent(?:er|re)|complex)|market(?:place)?|supermarket|store|station|theat(?:er|re)|"
    r"cinema|hospital|school|caf[ée]|restaurant|building"
)
_VENUE_FR = r"centre commercial|march[ée]|gare|th[ée][âa]tre|cin[ée]ma|h[ôo]pital|[ée]cole|b[âa]timent|magasin"
_VENUE_ES = r"centro comercial|mercado|estaci[óo]n|teatro|cine|hospital|escuela|edificio|tienda"
_VENUE_DE = r"Einkaufszentrum|Markt|Bahnhof|Theater|Kino|Krankenhaus|Schule|Gebäude|Geschäft"
_VENUE_RU = (
    r"торгов\w+\s+(?:\w+\s+)?центр\w*|ТЦ|ТРЦ|рын\w+|вокзал\w*|театр\w*|больниц\w+|лікарн\w+|школ\w+|здани\w+|"
    r"будівл\w+"
)
# a place said to have been closed, empty or out of use when it was hit: nobody inside, a denial by itself
PLACE_UNUSED = (
    rf"(?:closed|empty|deserted|abandoned|disused|non-?functioning|non-?operational|unused)\s+(?:\w+\s+)?(?:{_VENUE})\b",
    rf"(?:{_VENUE}),?\s+(?:which|that)\s+(?:was|were|had been)\s+(?:closed|empty|deserted|not\s+(?:operational|"
    r"functioning|working|open|in use))",
    rf"(?:{_VENUE})\s+(?:was|were|had been)\s+(?:closed|empty|deserted|not\s+(?:operational|functioning|working|open|"
    r"in use))",
    rf"(?:{_VENUE_FR})\s+(?:qui\s+)?(?:(?:était|étaient)\s+)?(?:fermée?s?|vides?|désaffectée?s?|à l['’]arrêt|hors "
    r"service)\b",
    rf"(?:{_VENUE_ES})\s+(?:que\s+)?(?:(?:estaba|permanecía|se encontraba)\s+)?(?:cerrad[oa]s?|vací[oa]s?|"
    r"abandonad[oa]s?|inactiv[oa]s?|sin funcionar)\b",
    rf"(?:{_VENUE_DE})\b[^.;]{{0,80}}?\b(?:geschlossen|leer|außer Betrieb|nicht in Betrieb)\b",
    rf"(?<![\w])(?:не\s*функционир\w+|нефункционир\w+|не\s*работа\w+|неработа\w+|закрыт\w+|пуст\w+|"
    rf"не\s*працю\w+|непрацю\w+|закрит\w+|порожн\w+)\s+(?:{_VENUE_RU})",
    rf"(?<![\w])(?:{_VENUE_RU})\s+(?:был\w*\s+|був\w*\s+)?(?:закрыт\w*|закрит\w*|пуст\w*|порожн\w*|не\s+работал\w*|"
    r"не\s+функционировал\w*|не\s+працював\w*)",
)
_MANY = (
    r"(?:about|around|some|more than|over|nearly|almost|up to|at least|roughly)?\s*"
    r"(?:\d[\d,.]*|hundreds|thousands|a thousand|dozens)"
)
STATES: dict[str, tuple[str, ...]] = {
    # the weather when it happened: a storm or not ("sank in stormy sea conditions", "the weather was not stormy",
    # "une tempête", "шторм"); a storm that is the event itself is told by all alike, so only a denial sets it apart
    "a storm": (
        r"\bstorm(?:s|y)?\b(?!\s+of\b)",  # "a storm of criticism" is no weather
        r"\btempêtes?\b",
        r"\btempetes?\b",
        r"\btormentas?\b",
        r"\btempest(?:a|e|oso)\b",
        r"\bsturm\b",
        r"(?<![\w])шторм\w*",
    ),
    # people taken away by men in or out of uniform ("21 abductions and disappearances", "there have been no
    # abductions", "desapariciones forzadas", "enlèvements", "похищения"): were there any
    "abductions": (
        r"\babduct\w*",
        r"\b(?:enforced|forced) disappearances?",
        r"\bsecuestr\w*",
        r"\bdesapariciones? forzadas?",
        r"\benlèvements?",
        r"\bdisparitions? forcées?",
        r"\bentführ\w*",
        r"(?<![\w])похищ\w*",
    ),
    # was the place struck a military one: soldiers gathered there, a military target ("a gathering of servicemen",
    # "an award ceremony for soldiers", "скопление военных", "cibles militaires"), or only civilians
    # (``MILITARY_ABSENT``, a denial by itself)
    "a military target at the site": (
        *MILITARY_ABSENT,
        r"(?:military|army) (?:targets?|facilit(?:y|ies)|objects?|installations?|base|gathering|meeting)\b",
        r"(?:soldiers|servicem[ae]n|troops|fighters|militants|commanders|military personnel)\s+(?:\w+\s+)?(?:were |had "
        r"been |are )?(?:gathered|gathering|concentrated|present|stationed|assembled)\b",
        r"(?:gathering|concentration|meeting|cluster|accumulation)\s+of\s+(?:\w+\s+){0,2}?(?:military|servicem[ae]n|"
        r"soldiers|troops|fighters|commanders|officers|command\s+staff)\b",
        r"(?:awards?|medal)\s+ceremony\s+for\s+(?:\w+\s+){0,2}?(?:military|soldiers|servicem[ae]n|troops|brigade)",
        r"(?:cibles?|objectifs?|bases?|sites?) militaires?",
        r"(?:rassemblement|réunion|concentration) de (?:\w+ ){0,2}?(?:militaires|soldats|commandants)",
        r"(?:objetivos?|blancos?) militares",
        r"(?:reunión|concentración) de (?:\w+ ){0,2}?(?:militares|soldados|comandantes)",
        r"militärische\w* (?:ziel|einrichtung|objekt)\w*",
        r"скоплени\w+\s+(?:\w+\s+)?(?:военн|боевик|военнослужащ|командир)\w*",
        r"(?:военн|військов)\w+\s+(?:цел|объект|ціл|об'єкт)\w*",
        r"(?:находились|присутствовали)\s+(?:около\s+|более\s+)?(?:\d+\s+)?(?:военн|боевик|военнослужащ)\w*",
        # weapons kept there: "hangars with weapons and ammunition", "a depot with weapons", "ангары с вооружениями",
        # "хранившихся боеприпасов", "hangares con armas", "un dépôt de munitions", "Munitionslager"
        r"(?:hangars?|depots?|warehouses?|stores|storage(?:\s+\w+)?|dumps?)\s+(?:with|of|for|holding|containing|"
        r"storing)\s+(?:\w+\s+){0,3}?(?:weapons|arms|ammunition|munitions)\b",
        r"(?:weapons|arms|ammunition|munitions)\s+(?:depots?|stores|storage|warehouses?|dumps?|caches?)\b",
        r"(?:stored|storing)\s+(?:\w+\s+){0,3}?(?:weapons|arms|ammunition|munitions)\b",
        r"(?<![\w])(?:ангар\w*|склад\w*)\s+(?:с\s+|з\s+)?(?:\w+\s+){0,2}?(?:вооружени|оружи|боеприпас|озброєн|зброї|"
        r"боєприпас)\w*",
        r"(?<![\w])(?:хранивш|хранящ|хранил|зберіга)\w*\s+(?:\w+\s+){0,2}?(?:вооружени|оружи|боеприпас|озброєн|зброї|"
        r"боєприпас)\w*",
        r"(?:hangar(?:es)?|almac[ée]n(?:es)?|dep[óo]sitos?)\s+(?:con|de)\s+(?:\w+\s+){0,2}?(?:armas|municiones|armamento)",
        r"(?:dépôts?|entrepôts?|hangars?)\s+(?:d['’]|de\s+)(?:\w+\s+){0,2}?(?:armes|munitions|armement)",
        r"(?:Waffen|Munitions)(?:lager|depot|depots)\b",
        r"(?:Hangars?|Lager(?:hallen)?)\s+mit\s+(?:\w+\s+){0,2}?(?:Waffen|Munition)",
    ),
    # was the place struck open, with people inside ("around 1,000 people were inside at the time", "a crowded
    # mall", "voller Menschen", "où se trouvaient plus de mille civils"), or closed and empty (``PLACE_UNUSED``, a
    # denial by itself: "a non-functioning shopping center", "geschlossen gewesen", "estaba cerrado")
    "people inside the place struck": (
        *PLACE_UNUSED,
        rf"{_MANY}\s+(?:people|civilians|shoppers|customers|visitors|patients|children|workers)\s+"
        rf"(?:were\s+|had been\s+)?(?:inside|in\s+the\s+(?:{_VENUE}))\b",
        rf"(?:crowded|packed|busy|bustling|thronged)\s+(?:\w+\s+)?(?:{_VENUE})\b",
        rf"(?:{_VENUE})\s+(?:was|were)\s+(?:crowded|packed|full of (?:people|shoppers|civilians)|busy)",
        r"\bvoller\s+(?:Menschen|Kunden|Besucher)",
        r"Menschen\s+(?:\w+\s+){0,8}?(?:im|in dem|in der)\s+(?:\w+\s+){0,2}?(?:Gebäude|Einkaufszentrum|Markt|Bahnhof)",
        r"\b(?:lleno|llena|repleto|repleta|abarrotad[oa])\s+de\s+(?:gente|personas|clientes|civiles)",
        r"(?:había|se encontraban|estaban|había unas)\s+(?:más de\s+|unas\s+|alrededor de\s+|cerca de\s+)?[\w\d.]+\s+"
        r"(?:personas|civiles|clientes)",
        r"\b(?:plein|pleine|bondée?)\s+(?:de monde|de gens|de civils)",
        r"(?:se trouvaient|il y avait|étaient présents?)\s+(?:plus de\s+|près de\s+|environ\s+)?[\w\d]+\s+"
        r"(?:personnes|civils|clients)",
        r"(?<![\w])(?:находил\w+|было|перебувал\w+|було)\s+(?:более\s+|около\s+|свыше\s+|понад\s+|близько\s+|"
        r"більше\s+)?[\w\d]+\s+(?:человек|людей|посетител\w+|осіб|відвідувач\w+)",
        r"(?<![\w])(?:многолюдн|переполненн|людн)\w*\s+(?:торгов|ТЦ|ТРЦ|рын|вокзал)",
    ),
    "military cargo": (
        r"(?:military|army)[- ](?:use|grade|cargo|shipments?|equipment|material|goods)",
        r"(?:rocket|missile)[- ](?:fuel|propellant)",
        r"solid (?:rocket )?fuel",
        r"(?:weapons?|arms|munitions?|ammunition) (?:cargo|shipments?|consignments?)",
        r"(?:cargo|shipments?|consignments?) of (?:weapons|arms|munitions|ammunition)",
        r"carburant militaire",
        r"usage militaire",
        r"ракетного топлива",
        r"военн\w+ груз\w*",
    ),
    "warning": (
        r"warning shots?",
        r"(?:gave|give|given|issued|issue|shouted|sounded) (?:a |any |several |repeated )?(?:verbal )?warnings?",
        r"without (?:any |prior )?warning",
        r"sans (?:aucun )?avertissement",
        r"без предупреждения",
    ),
    # a crowd incident: did rival supporters fight ("not a clash between X supporters and Y", "fans of both teams
    # fought"), told of the fans, not of the police
    "a clash between fans": (
        r"(?:clash\w*|fight\w*|brawl\w*|violence|beating|harassment|scuffles?) between (?:the )?(?:[\w-]+ ){0,2}"
        r"(?:supporters|fans)",
        r"(?:supporters|fans) of (?:both|the two|rival) (?:teams|clubs|sides)[^.;]{0,40}\b(?:fought|clash\w*|fight\w*|"
        r"brawl\w*|argument)",
        r"(?:rival|opposing) (?:supporters|fans) (?:clashed|fought|brawled)",
        r"(?:affrontements?|bagarres?|heurts?) entre (?:les )?(?:supporters|supporteurs|fans)",
    ),
    # a product blamed for harm (a medicine, a food): was it contaminated or below standard, or did it meet the
    # standards ("samples complied with specifications", "met the safety criteria": no by themselves)
    # an accident at sea or in the air: did the craft take a tow from another vessel ("an attempt was made to tow the
    # boat", "tied a rope to the bow and pulled it") or not ("they made no attempt to tow the boat")
    "a tow by another vessel": (
        r"(?<!\bin )\btow(?:s|ed|ing)?\b",
        r"(?:tied|attached|fastened|threw|secured) (?:a |the )?(?:rope|cable|hawser)[^.;]{0,80}?\b(?:pull\w*|"
        r"dragg?\w*)",
        r"remorqu\w*",
        r"буксир\w*",
    ),
    # did those in danger ask for help ("sent distress calls", "asked for help", "was in distress") or turn it down
    # ("refused any help": HELP_REFUSED, a denial by itself)
    "a call for help (in distress)": (
        *HELP_REFUSED,
        r"distress (?:calls?|signals?|messages?)",
        r"\bin distress\b",
        r"(?:asked|asking|called|calling|begged|begging|pleaded|pleading|radioed|signalled|signaled|appealed) for "
        r"(?:\w+ )?(?:help|assistance|rescue)",
        r"request(?:ed|ing)? (?:\w+ )?(?:help|assistance|rescue)",
        r"(?:sent|issued|made|sending) (?:an? )?(?:sos|mayday)",
        r"appels? (?:de détresse|à l['’]aide|au secours)",
        r"en détresse",
        r"сигнал\w* бедствия",
        r"просил\w* о помощи",
    ),
    "a contaminated or substandard product": (
        r"contaminat\w*",
        r"adulterat\w*",
        r"substandard",
        r"sub-standard",
        rf"contain(?:s|ed|ing)? (?:[\w-]+ ){{0,3}}?(?:{'|'.join(CONTAMINANTS)})",
        r"contamin[ée]\w*",
        r"frelat[ée]\w*",
        r"загрязн\w*",
        r"некачественн\w*",
        *PRODUCT_SAFE,
    ),
}
# for each state, words one of which every wording of it contains (lower case): a claim with none of them is not read
# for the state at all (a substring test is many times cheaper than the patterns; tests/test_rules_data.py checks that
# every pattern of a state names one of its words)
STATE_WORDS: dict[str, tuple[str, ...]] = {
    "a storm": ("storm", "tempête", "tempete", "tormenta", "tempest", "sturm", "шторм"),
    "abductions": (
        "abduct",
        "disappearance",
        "secuestr",
        "desaparicion",
        "enlèvement",
        "disparition",
        "entführ",
        "похищ",
    ),
    "a military target at the site": (
        "weapon",
        "arms",
        "ammunition",
        "munition",
        "вооружени",
        "оружи",
        "боеприпас",
        "озброєн",
        "зброї",
        "боєприпас",
        "armas",
        "municion",
        "armamento",
        "armes",
        "armement",
        "waffen",
        "soldat",
        "soldier",
        "servicem",
        "troops",
        "military",
        "fighter",
        "militant",
        "command",
        "civilian",
        "civiles",
        "militai",
        "militar",
        "militär",
        "військов",
        "военн",
        "солдат",
        "боевик",
    ),
    "people inside the place struck": (
        "people",
        "civilians",
        "shoppers",
        "customers",
        "visitors",
        "patients",
        "children",
        "workers",
        "crowded",
        "packed",
        "busy",
        "bustling",
        "thronged",
        "closed",
        "empty",
        "deserted",
        "abandoned",
        "disused",
        "functioning",
        "operational",
        "unused",
        "working",
        "open",
        "in use",
        "fermé",
        "vide",
        "désaffect",
        "arrêt",
        "hors service",
        "cerrad",
        "vací",
        "abandonad",
        "inactiv",
        "sin funcionar",
        "geschlossen",
        "leer",
        "betrieb",
        "menschen",
        "kunden",
        "besucher",
        "gente",
        "personas",
        "civiles",
        "clientes",
        "monde",
        "gens",
        "civils",
        "personnes",
        "функционир",
        "работа",
        "закрыт",
        "пуст",
        "працю",
        "закрит",
        "порожн",
        "человек",
        "людей",
        "посетител",
        "осіб",
        "відвідувач",
        "многолюдн",
        "переполненн",
        "людн",
        "bondé",
        "plein",
        "lleno",
        "llena",
        "repleto",
        "repleta",
        "abarrotad",
        "voller",
    ),
    "military cargo": (
        "military",
        "army",
        "fuel",
        "propellant",
        "cargo",
        "shipment",
        "consignment",
        "militaire",
        "ракетного",
        "военн",
    ),
    "warning": ("warning", "avertissement", "предупрежд"),
    "a clash between fans": ("supporters", "supporteurs", "fans"),
    "a tow by another vessel": ("tow", "rope", "cable", "hawser", "remorqu", "буксир"),
    "a call for help (in distress)": (
        "help",
        "assistance",
        "rescue",
        "distress",
        "sos",
        "mayday",
        "aide",
        "secours",
        "détresse",
        "помощ",
        "бедстви",
    ),
    "a contaminated or substandard product": (
        "contamin",
        "adulter",
        "standard",
        "contain",
        "compl",
        "criteria",
        "specification",
        "requirement",
        "norm",
        "conform",
        "frelat",
        "загрязн",
        "некачеств",
        "соответств",
    ),
}
# the words of a state that deny it by themselves ("fired without warning": no warning was given)
STATES_DENIED = (
    *MILITARY_ABSENT,
    *PLACE_UNUSED,
    r"without (?:any |prior )?warning",
    r"sans (?:aucun )?avertissement",
    r"без предупреждения",
    *PRODUCT_SAFE,
    *HELP_REFUSED,
)
# a verb that makes the number after it a lower bound: "the toll had exceeded 125" is more than 125
EXCEEDED = (
    r"exceed(?:ed|s)?",
    r"surpass(?:ed|es)?",
    r"topp?(?:ed|s)",
    r"pass(?:ed|es)",
    r"d[ée]pass[ée]\w*",
    r"превысил\w*",
)
# prepositions that put a name inside a place phrase ("the shooting in the hall near Moscow, which killed 133"): a
# name right after one is where something happened, not who did it
LOCATIVE = ("near", "in", "at", "outside", "inside", "around", "from")
# what a claim calls speculation or rumour is left open by it: "Moscow cautioned against speculation that the plane
# was shot down" does not say it was
SPECULATION = (
    r"speculat\w* (?:that|about|on)",
    r"rumou?rs? (?:that|of)",
    r"conjectur\w* that",
    r"(?:the )?possibility that",
    r"theor(?:y|ies) (?:that|have been|has been)",
)
# a report or a claim the sentence only mentions, as what its speaker answers, doubts or follows ("questioning claims
# of X shelling the depot", "after reports that X had struck the town"): who the mentioned report blames is not the
# speaker's answer but the reports', hedged (a denial of it, "denied reports that ...", is read by the stance); a
# claim of responsibility is the claimant's own answer
MENTIONED_REPORT = (
    r"\b(?:following|after|amid|despite|disputing|contradicting|contrary to|countering|rebutting|dismissing|"
    r"questioning|doubting)\s+(?:[\w,'’-]+\s+){0,3}?(?:reports?|claims?|suggestions?|speculation|allegations?|"
    r"accusations?|assertions?)\s+(?:that|of)\b(?!\s+responsibility)",
)
# a weapon named as one item of what a barrage comprised ("the attacks included X missiles", "40 missiles of various
# types, including X"): one of the night's arsenal, not the answer to which weapon hit a given target
ARSENAL_LISTED = (
    r"\binclud(?:e|es|ed|ing)\b",
    r"\bamong (?:them|which|others)\b",
    r"\bsuch as\b",
)
# the clause after a denial of what others allege ("dismissed as untrue allegations that", "rejected claims that"):
# what is denied, read from the words just before the claim
DENIED_REPORT = (
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|"
    r"untrue|false|baseless|groundless|unfounded)\s+(?:[\w,'’-]+\s+){0,3}?(?:reports?|claims?|allegations?|"
    r"accusations?|assertions?|suggestions?)\s+(?:that|of)\b",
)
# a denial of a report named only as a report ("Kyiv rejected the September 19 report by the U.S. daily", "denied
# these accusations"), with no "that" clause: what it denies is not said, so no claim can be matched to it by words
DENIED_REPORT_ONLY = (
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)"
    r"\s+(?:the|these|those|this|that|such|its|their|his|her)\s+(?:[\w.,'’-]+\s+){0,6}?(?:reports?|claims?|"
    r"allegations?|accusations?|assertions?|article|story|investigation|findings)\b(?!\s+(?:that|of)\b)",
)
# a question put to someone ("was asked how X could say", "asked whether the army fired"): the clause is the
# question, no one's answer
ASKED = (r"\b(?:ask|asks|asked|asking|wondered|wonders)\b(?:\s+[\w'’-]+){0,3}?\s+(?:how|whether|why|if|what|who)\b",)
# what a craft or a side could carry or do, not what it did ("the jet can carry four guided bombs", "capable
# de lancer"): a weapon named there is no weapon of the act
CAPABILITY = (
    r"\b(?:capable of|able to|can|could)\s+(?:also\s+)?(?:carry|carrying|launch|launching|fire|firing|hold|holding)\b",
    r"\bcapables? de (?:transporter|porter|tirer|lancer|emporter)\b",
    r"\bpeu(?:t|vent)\s+(?:aussi\s+|également\s+)?(?:transporter|porter|emporter|tirer|lancer)\b",
    r"(?<!\w)способ\w* (?:нести|нес[тл]и|перевозить|запускать)",
)
# an involvement asked about, not asserted ("to settle the question of any involvement by X",
# "whether X had any involvement")
OPEN_INVOLVEMENT = (
    r"\b(?:question|questions|issue|matter)\s+(?:of|about|over)\s+(?:the\s+|any\s+|a\s+)?(?:possible\s+|"
    r"alleged\s+)?$",
    r"\bwhether\b[^.;,]{0,40}$",
)
# what an accusation or a report is called when a side rejects it ("these accusations were a provocation",
# "describing the reports as a deliberate provocation"): the words name the accusation, not the act's intent
ACCUSATION_NOUNS = frozenset(
    {
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "claim",
        "claims",
        "report",
        "reports",
        "statement",
        "statements",
        "charge",
        "charges",
        "assertion",
        "assertions",
        "version",
    }
)
LABELLING_VERBS = (
    r"describ\w*",
    r"call(?:s|ed|ing)?",
    r"brand\w*",
    r"label\w*",
    r"term(?:s|ed|ing)?",
    r"characteri[sz]\w*",
)
# a speaker named by a pronoun only ("he said"): who said it is a guess the ledger made, not the article's word
PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it", "him", "her", "them", "il", "elle", "ils", "он", "она", "они"})
# a claim that opens on a verb has lost its subject ("was prepared by the Ukrainians"): no proposition to deny
SUBJECTLESS_START = (r"(?:was|were|is|are|had|has|have|been|being)\b",)
# a clause that opens on a relative word ("which Chilean troops shelled", "where prisoners died", "qui a tiré") is
# part of its sentence: what it says leans on a noun outside it, so it is no statement to show on its own
RELATIVE_START = (
    r"(?:that|which|who|whom|whose|where|whereby)\b",
    r"(?:in|at|on|from|by|of|after|during|under|with|for) (?:which|whom)\b",
    r"(?:qui|que|qu'|qu’|dont|où|lequel|laquelle|lesquels|lesquelles)(?!\w)",
    r"(?:котор\w+|где)(?!\w)",
    r"(?:che|cui|dove|quale|quali|donde|cuyo|cuya)(?!\w)",
)
# a claim that refers back to an act ("killed in the attack", "that strike"): in a paragraph that recalls an earlier
# event, it is about that event
ACT_REFERENCE = (r"\b(?:the|that|this) (?:attack|strike|shelling|bombing|explosion|blast|incident|raid|crash)\b",)
# words that dismiss what they are said of ("called the reports baseless"): the claim denies it
DISMISSALS = (
    r"baseless",
    r"unfounded",
    r"groundless",
    r"untrue",
    r"sans fondement",
    r"infond[ée]e?s?",
    r"безосновательн\w*",
    r"не соответству\w* действительности",
)
# stems of the words that report, claim or deny (a stem: the word less a final "s" and "ed"), which say nothing of
# what is denied: two claims sharing only these share no proposition ("denied the reports" and "the reports say")
REPORTING_STEMS = frozenset(
    """report claim allegation accusation statement say said told tell deni deny refut refute reject dismiss
    rebutt rebut alleg accus suggest suggestion news media account version insist assert assertion""".split()
)
# the words before a figure that another has replaced ("revised to 275 from 288", "275 and not 288", "3,958 instead of
# 11,300", "en lugar de", "au lieu de", "вместо"): the figure right after them is the one corrected away
REPLACED_FIGURE = (
    r"\b(?:revised|corrected|lowered|raised|cut|downgraded|adjusted|reduced|updated)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?",
    r"\band\s+not\s+",
    r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?",
    r"\b(?:au\s+lieu\s+d[e']|et\s+non\s+(?:pas\s+)?)\s*",
    r"\b(?:en\s+lugar\s+de|en\s+vez\s+de|y\s+no)\s+",
    r"\b(?:statt|anstatt|und\s+nicht)\s+",
    r"(?<!\w)(?:вместо|а\s+не|замість)\s+",
)
# words by which a claim rejects what others tell ("reports ... were inaccurate", "an absolute lie", "had nothing to
# do with it"), besides the dismissals above: a cluster that holds such a claim beside claims that tell the thing is
# no consensus. "False" and "inaccurate" reject only as a predicate of a report or of what stands for one ("reports
# that ... were inaccurate", "this is false", "dismissed as untrue"), or of a report ("false reports"): "a false death
# toll" says what the toll was, a missile "known to be inaccurate" misses, and a "false flag" is an accusation.
_UNTRUE = (
    r"(?:(?:completely|entirely|totally|absolutely|simply|also|all|utterly|patently|plainly)\s+)?"
    r"(?:false|inaccurate|untrue|lies)\b(?!\s+flag)"
)
REJECTIONS = (
    r"\b(?:reports?|claims?|allegations?|accusations?|information|news|statements?|stor(?:y|ies)|versions?|accounts?|"
    r"assertions?|rumou?rs?|speculation|figures?|it|this|these|those|everything)\b[^,;.!?]{0,120}?"
    rf"\b(?:is|was|are|were|be|been|being)\s+{_UNTRUE}",
    rf"\bas\s+{_UNTRUE}",
    r"\b(?:false|inaccurate)\s+(?:reports?|claims?|allegations?|accusations?|information|news|statements?|stories)\b",
    r"\b(?:an?|the)\s+(?:absolute|complete|total|outright|blatant|pure|big)\s+lie\b",
    r"\b(?:is|was|are|were)\s+(?:not\s+true|a\s+lie)\b",
    r"\b(?:nothing|anything)\s+to\s+do\s+with\b",
    r"\bno\s+relation\s+to\b",
    r"\b(?:was|were|is|are)(?:\s+not|n[’']t)\s+involved\b",
    r"\bno\s+(?:involvement|role)\s+in\b",
    r"\b(?:est|était|sont|étaient)\s+(?:\w+\s+)?(?:faux|fausses?|mensongers?|mensongères?)\b",
    r"\bmensonges?\b",
    r"\brien\s+à\s+voir\b",
    r"(?<!\w)(?:ложь|неправд\w*|непричастн\w*|непричетн\w*)",
    r"(?<!\w)(?:назвал\w*|назва\w*|считает|вважає)\s+(?:\w+\s+)?фейк\w*",  # "назвала фейком удар": a fake, denied
    r"(?<!\w)не\s+(?:имеют|имеет|имели|имел|мають|має|мали|мав)\s+(?:никакого\s+|жодного\s+)?(?:отношени|відношенн)\w*",
    r"\b(?:ist|sind|war|waren)\s+(?:\w+\s+)?falsch\b",
    r"\bLüge\b",
    r"\bnichts\s+zu\s+tun\b",
    r"\b(?:es|son|era|eran|é|são|foi)\s+(?:\w+\s+)?fals[oa]s?\b",
    r"\bmentiras?\b",
    r"\bnada\s+(?:que|a)\s+ver\b",
)
# Force by police or soldiers told as justified ("defended the use of force", "the force was necessary to protect
# ...", "had no choice but to open fire") against force told as wrong ("police brutality", "excessive force", fired on
# "unarmed" people): two opposite verdicts on one act. A cluster holding one of each, in different claims, is no
# consensus however alike their words (both name the force, the place, the institution it protected).
FORCE_JUSTIFIED = (
    r"\b(?:justif\w*|defend\w*)\s+(?:the\s+)?(?:\w+['’]s?\s+)?(?:use\s+of\s+(?:\w+\s+)?(?:force|firearms|live)|"
    r"(?:crack\s*down|response|shooting|firing|actions?)\b)",
    r"\b(?:force|shooting|firing|response)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:necessary|justified|"
    r"proportionate|warranted|needed)\b",
    r"\b(?:necessary|needed|justified)\s+(?:to\s+use\s+)?force\b",
    r"\bno\s+(?:other\s+)?(?:choice|option)\s+but\s+to\s+(?:fire|shoot|open\s+fire|use\s+(?:\w+\s+)?force)\b",
    r"\b(?:was|were)\s+forced\s+to\s+(?:fire|shoot|open\s+fire|use\s+(?:\w+\s+)?force)\b",
    r"\bin\s+self[- ]defen[cs]e\b",
)
FORCE_CONDEMNED = (
    r"\bbrutality\b",
    r"\b(?:excessive|disproportionate|unjustified|indiscriminate|lethal|deadly)\s+(?:use\s+of\s+)?force\b",
    r"\bheavy[- ]handed\w*\b",
    r"\bunarmed\b",
    r"\bpeaceful\s+(?:protesters|demonstrators|crowds?|civilians)\b",
    r"\bextrajudicial\b",
)
# a weapon said to have been shot down did not hit anything: it says nothing of the act the coverage is about
SHOT_DOWN = (r"(?:has|have|had|was|were|been)\s+(?:been\s+)?(?:shot down|intercepted|downed)",)
# a party said to be responsible in so many words ("ISIS bears sole responsibility", "Kyiv was behind the attack")
RESPONSIBLE = (
    r"\b(?:bears?|bore|carr(?:y|ies|ied)) (?:the |sole |full |all )*responsibility\b",
    r"\b(?:is|was|are|were) (?:solely |fully )?responsible for\b",
    r"\b(?:is|was|are|were) behind (?:the|this|that) (?:attack|strike|shelling|bombing|explosion|blast|shooting)\b",
    # the same in other languages, the party named before ("La Casa Blanca negó estar detrás de las explosiones")
    r"\b(?:estar|estuvo|está|estaba|estaban|estuvieron|están)\s+detrás\s+de\s+(?:l[oa]s?|el|este|esta|estos|estas)\s+"
    r"(?:ataques?|explosi\w+|atentados?|bombardeos?|disparos?|sabotajes?)\b",
    r"\b(?:être|est|était|sont|étaient|serait|seraient)\s+derrière\s+(?:l['’]|les?\s|la\s|cette\s|ces\s|cet\s)\s*"
    r"(?:attaques?|explosions?|attentats?|frappes?|tirs?|bombardements?|sabotages?)\b",
    r"\b(?:essere|è|era|sono|erano|sarebbe|sarebbero)\s+dietro\s+(?:l['’]|gli\s|i\s|il\s|la\s|le\s|lo\s|questo\s|questa\s)"
    r"\s*(?:attacc\w+|esplosion\w+|attentat\w+|bombardament\w+|sabotagg\w+)\b",
    # Polish: "Rosja stoi za atakiem", "odpowiada za incydent", "ponosi odpowiedzialność"
    r"\b(?:stoi|stała|stał|stali|stoją|stać|stałaby|stałby|stoją)\s+za\s+(?:tym\s+|tymi\s+)?"
    r"(?:atak\w*|incydent\w*|uderzeni\w*|eksplozj\w*|wybuch\w*|zamach\w*|ostrzał\w*|naruszeni\w*|nalot\w*)",
    r"\b(?:ponosi|ponoszą|ponosiła|ponosił)\s+(?:pełną\s+)?odpowiedzialność\b",
    # German: the party may stand between the verb and "hinter" ("steckt Russland hinter dem Anschlag")
    r"\bhinter\s+(?:dem|den|der|diesem|diesen)\s+(?:Anschl\w+|Angriff\w*|Explosion\w*|Sprengung\w*|Sabotage\w*)\b",
)
# a verb of denial right before those words in another language ("negó estar detrás de", "a nié être derrière",
# "bestreitet, hinter dem Anschlag zu stecken"): the party is denied
RESPONSIBLE_DENIED_BEFORE = (
    r"(?:niega|niegan|neg[óo]|negaron|negado|nie|nient|nié|nega|negano|negato|negò|bestreitet|bestreiten|bestritt|"
    r"bestritten|dementiert\w*|d[ée]ment\w*|d[ée]menti\w*)\s*,?\s*(?:di\s+|de\s+|d['’])?(?:\w+\s+){0,2}?$"
)
# A party's denial of any part in the act, in the languages rashomon reads ("Hezbollah denied any connection with the
# attack", "had nothing to do with it", "a nié toute implication", "dementiert, für den Angriff verantwortlich zu
# sein", "negó cualquier responsabilidad", "ha negato ogni coinvolgimento", "отрицает свою причастность к удару"): the
# party named before the words (or the group that speaks) denies it did it. What follows must be the act or nothing.
ROLE_DENIALS = (
    r"\bden(?:y|ies|ied|ying)\s+(?:any|all|its|their|his|her|a|having\s+(?:any|a|played\s+any))?\s*(?:\w+\s+)?"
    r"(?:role|connection|involvement|responsibility|links?|part|hand)\b",
    r"\b(?:had|has|have|having)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\b",
    r"\b(?:had|has|have|having)\s+no\s+(?:\w+\s+)?(?:connection|involvement|role|links?|part|hand)\s+(?:in|to|with)\b",
    r"\b(?:is|was|are|were)\s+not\s+(?:\w+\s+)?responsible\b(?:\s+for\b)?",
    r"\b(?:ni[ée]e?s?|nie|nient|niait|d[ée]ment\w*|d[ée]menti\w*|r[ée]fut\w*|rejet\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:implication|responsabilit[ée]|participation|r[ôo]le|liens?)\b",
    r"\b(?:ni[ée]e?s?|nie|nient|d[ée]ment\w*)\s+(?:être|avoir\s+été)\s+(?:l['’]auteur|responsables?|derri[èe]re|impliqu)",
    r"\bn['’](?:a|ont|avait|avaient)\s+rien\s+à\s+voir\s+avec\b",
    r"\bn['’](?:est|était|sont|étaient)\s+pas\s+responsables?\b",
    r"\b(?:dementier\w*|bestreit\w*|bestritt\w*|bestritten|leugne\w*)\b[^.;:!?]{0,80}?\b(?:verantwortlich|Verantwortung|"
    r"Beteiligung|Verwicklung|Rolle|Verbindung|beteiligt)\b",
    r"\bnichts\s+(?:\w+\s+){0,4}?zu\s+tun\b",
    r"\bnicht\s+(?:\w+\s+)?verantwortlich\b",
    r"\b(?:neg[óo]|niega|niegan|negaron|negando|negar|rechaz[óo]|rechaza|rechazan|rechazaron|desminti[óo]|desmiente)\s+"
    r"(?:cualquier|toda|su|tener|haber\s+tenido)?\s*(?:\w+\s+)?(?:responsabilidad|participaci[óo]n|implicaci[óo]n|"
    r"v[íi]nculo|relaci[óo]n|papel|autor[íi]a)\b",
    r"\bnada\s+(?:que|a)\s+ver\s+com?\b",
    r"\bno\s+(?:es|son|era|fue)\s+responsables?\b",
    r"\b(?:negou|nega|negam|negaram|rejeitou|desmentiu)\s+(?:qualquer|toda|sua)?\s*(?:\w+\s+)?(?:responsabilidade|"
    r"participa[çc][ãa]o|envolvimento|liga[çc][ãa]o|papel|autoria)\b",
    r"\b(?:negato|nega|negano|negando|smentit\w*|smentisce|smentiscono|respint\w*|respinge)\s+(?:ogni|qualsiasi|"
    r"qualunque|la\s+propria|il\s+proprio|di\s+avere?)?\s*(?:\w+\s+)?(?:responsabilit[àa]|coinvolgimento|ruolo|"
    r"legam[ei]|partecipazione|paternit[àa])\b",
    r"\bnulla\s+a\s+che\s+(?:fare|vedere)\s+con\b",
    r"\bnon\s+(?:è|era|sono|erano)\s+responsabil[ei]\b",
    r"(?<!\w)(?:отрица\w*|опроверг\w*|отверг\w*)\s+(?:свою\s+|своё\s+|свое\s+|какую-либо\s+|любую\s+|всякую\s+)?"
    r"(?:причастност\w*|ответственност\w*|участи\w*|связ\w*)",
    r"(?<!\w)не\s+(?:имеет|имели|имел|имела|имеют)\s+(?:никакого\s+)?отношения\s+к(?!\w)",
    r"(?<!\w)не\s+причаст\w*",
    r"(?<!\w)(?:заперечу\w*|заперечи\w*|спростову\w*|спростува\w*|відкида\w*)\s+(?:свою\s+|будь-яку\s+)?"
    r"(?:причетн\w*|відповідальн\w*|участ\w*|зв['’]яз\w*)",
    r"(?<!\w)не\s+(?:має|мали|мав|мала|мають)\s+(?:жодного\s+)?(?:стосунку|відношення)\s+до(?!\w)",
    r"(?<!\w)не\s+причетн\w*",
    # Polish: "nie ma nic wspólnego z", "zaprzeczył jakiemukolwiek udziałowi w", "nie jest odpowiedzialna za"
    r"\bnie\s+(?:ma|mają|miał|miała|mieli|mamy)\s+(?:nic|żadnego)\s+(?:\w+\s+)?(?:wspólnego|związku)\s+z\b",
    r"\b(?:zaprzeczył\w*|zaprzecza\w*|odrzucił\w*|odrzuca\w*)\s+(?:\w+\s+)?(?:udział\w*|odpowiedzialnoś\w*|"
    r"zaangażowani\w*|związk\w*)",
    r"\bnie\s+(?:jest|są|był|była|byli)\s+odpowiedzialn\w*",
)
# what a denied part may be in: the act or the incident, in any of those languages (a part "in the government" is
# another matter)
ROLE_IN = (
    r"incident|incidente|inciden|Vorfall\w*|инцидент\w*|інцидент\w*|tragedy|tragédie|tragedia|Tragödie|трагеди\w*|"
    r"трагеді\w*|événement\w*|evento|hecho|accaduto|"
    # a death or a harm done to someone ("any role in the death of", "dans la mort de", "в гибели", "nel sabotaggio")
    r"deaths?|murder\w*|assassinat\w*|poison\w*|disappearance|sabotage\w*|mort|meurtre|empoisonnement|Tod\w*|Mord\w*|"
    r"Vergiftung|muerte|asesinato|envenenamiento|morte|omicidio|avvelenamento|sabotaggio|смерт\w*|гибел\w*|"
    r"убийств\w*|отравлени\w*|загибел\w*|вбивств\w*|отруєнн\w*|"
    # Polish: "incydent", "atak", "śmierć", "zamach"
    r"incydent\w*|atak\w*|śmier\w*|zamach\w*|zabójstw\w*|wybuch\w*"
)
# who fires, after a side word: where fire came from names a side's forces or position
FIRING_SIDES = (
    r"(?:positions?|side|soldiers?|troops|forces|sniper|snipers|military|army|gunmen|fighters|militants|police|"
    r"officers?|groups?)"
)
# where a weapon came from, told as who holds the place ("launched from territory controlled by X", "came from a town
# under the control of X forces"): X fired it
FIRED_FROM = (
    r"\b(?:fired|launched|came|coming|flew|shot)\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:territory|territories|area|areas|town|village|city|positions?|region|side)\s+"
    r"(?:controlled by|under the control of|held by|occupied by)\s+(?:the\s+)?",
    # the side's own forces or position named as where the fire came from ("the shots came from Israeli security
    # forces", "fired from an Israeli position", "gunfire from an Israeli soldier")
    r"\b(?:fired|came|come|coming|shot)\s+from\s+(?:an?\s+|the\s+)?[\"“‘']?"
    rf"(?=[\w'’-]+\s+(?:[\w-]+\s+)?{FIRING_SIDES}\b)",
    r"\b(?:gunfire|fire|shots?|bullets?|sniper\s+fire)\s+from\s+(?:an?\s+|the\s+)?"
    rf"(?=[\w'’-]+\s+(?:[\w-]+\s+)?{FIRING_SIDES}\b)",
    # the doer named as whose hands it was ("she died at the hands of Palestinian gunmen")
    r"\bat\s+the\s+hands\s+of\s+(?:the\s+)?",
    # the side's fire the victims came under ("they came under Israeli fire")
    r"\b(?:came|come|comes|coming|were|was|been)\s+under\s+(?:heavy\s+)?"
    r"(?=[\w'’-]+\s+(?:fire|gunfire|shelling|bombardment|attack|air\s*strikes?)\b)",
)
# words that say an act was meant or not, by meaning ("questions.INTENT"): in English, French, Russian and Ukrainian.
# A word of accident covers friendly fire and a mishap; "unintentional" says accident, never deliberate
INTENT_WORDS = {
    "deliberate": (
        r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|on purpose|premeditated|targeted attack)\b",
        r"\bd[ée]lib[ée]r[ée](?:e|s|es|ment)?\b",
        r"\bintentionnel(?:le|s|les|lement)?\b",
        r"(?<![\w])(?:умышленн|преднамеренн|намеренн|навмисн|умисн|цілеспрямован|целенаправленн)\w*",
        r"\bpurpose(?:ful)?ly\b",
        # Spanish, Portuguese, Italian, German
        r"\b(?:deliberad[oa]s?|deliberadamente|intencionad[oa]s?|intencionadamente|a prop[óo]sito|premeditad[oa]s?)\b",
        r"\b(?:intencional(?:es|mente)?|de prop[óo]sito)\b",
        r"\b(?:deliberat[oaie]|deliberatamente|intenzional(?:e|i|mente)|di proposito|premeditat[oaie])\b",
        r"\b(?:absichtlich\w*|vorsätzlich\w*|gezielt\w*)\b",
    ),
    "accident": (
        r"\b(?:accident(?:al|ally)?|by mistake|mistaken(?:ly)?|in error|technical (?:failure|fault|"
        r"malfunction)|malfunction\w*|stray|unintentional(?:ly)?|unintended|inadvertent(?:ly)?|friendly fire|"
        r"mishap)\b",
        r"\b(?:accidentel(?:le|s|les|lement)?|par erreur|involontaire(?:s|ment)?|tir ami)\b",
        r"(?<![\w])(?:случайн|по ошибке|ненамеренн|непреднамеренн|випадков|помилков|ненавмисн)\w*",
        r"\b(?:accidental(?:es|mente)?|por error|por equivocaci[óo]n|involuntari[oa]s?|fuego amigo)\b",
        r"\b(?:acidental(?:mente)?|por engano|por erro|fogo amigo)\b",
        r"\b(?:accidental(?:e|i|mente)|per errore|involontari[oaie]|fuoco amico)\b",
        r"\b(?:versehentlich\w*|ungewollt\w*|unbeabsichtigt\w*|irrtümlich\w*|aus versehen)\b",
        # a mistake made, or the act called one ("they made a mistake", "called what happened a mistake", "совершили
        # ошибку"): never "a mistake" alone, which may judge a policy
        r"\b(?:made|make|makes|making)\s+(?:a|an)\s+(?:\w+\s+)?(?:mistake|error)\b",
        r"\b(?:called|calls|calling|described)\s+[^.;]{0,60}?\s(?:a|an)\s+(?:tragic\s+|terrible\s+)?(?:mistake|error)\b",
        r"(?<![\w])(?:совершил[аи]?|допустил[аи]?)\s+(?:\w+\s+)?ошибк\w*",
        r"(?<![\w])(?:зробил[аи]?|зробив|припустил\w*)\s+(?:\w+\s+)?помилк\w*",
        r"\b(?:cometi[óo]|cometieron|cometido)\s+un\s+(?:\w+\s+)?error\b",
        r"\b(?:commis|commet|commettent)\s+une\s+(?:\w+\s+)?erreur\b",
        r"\b(?:commesso|commettono)\s+un\s+(?:\w+\s+)?errore\b",
        r"\b(?:einen|ein)\s+Fehler\s+(?:gemacht|begangen)\b",
    ),
    # "provocation" is left out: it calls an act or a statement deliberate ("a provocation by the other side", "the
    # minister's remarks were a provocation"), not the act staged. "Staged" before an indefinite article is the verb of
    # carrying out ("the occupiers staged a disaster", "rebels staged an attack"), not a sham ("a staged attack", "the
    # attack was staged")
    "staged": (
        r"\b(?:staged(?!\s+an?\b)|false[- ]flag|fabricat\w+|hoax)\b",
        r"\b(?:mise en scène|mis en scène)\b",
        r"инсценир\w*",
    ),
}
# what the event was, said of the event itself: an attack, a bomb, sabotage ("they think it was an attack", "it was a
# bomb of some kind", "called the blast an attack", "dass es ein Anschlag war", "считают взрыв нападением", "fue un
# atentado"): the source's account against an accident (``questions._nature``: intent ``deliberate``). Only the event
# as subject ("it", "the explosion") or object of a verb of calling it so; a strike told as an attack ("Russia's
# attack on the city") is no answer about intent. A negation inside ("it was not an attack") denies it.
_NATURE_NOUNS_EN = (
    r"(?:(?:terrorist|deliberate|planned|targeted|premeditated)\s+)?"
    r"(?:attack|bomb(?:ing)?|act of (?:terror(?:ism)?|sabotage|war)|sabotage|terror(?:ist)?\s+act)"
)
NATURE_ATTACK = (
    r"\b(?:it|this|that|the\s+(?:explosions?|blasts?|crash|fire|incident|disaster|collapse|sinking)"
    r"(?:\s+(?:in|at|on|near|of)\s+(?:the\s+)?[\w-]+)?)\s+"
    r"(?:was|is|had\s+been|has\s+been|looks\s+like|looked\s+like|seems\s+to\s+(?:be|have\s+been)|seemed\s+to\s+be|"
    r"appears\s+to\s+(?:be|have\s+been)|appeared\s+to\s+be|must\s+have\s+been)\s+(?P<neg>not\s+)?(?:an?\s+|the\s+)?"
    r"[\"“'‘]?" + _NATURE_NOUNS_EN + r"\b",
    r"\b(?:called|calling|calls|described|describing|describes|labell?ed|termed|branded)\s+(?:the|this|it)\s*"
    r"(?:(?:explosions?|blasts?|crash|fire|incident)\s+)?(?:as\s+)?(?:an?\s+)?[\"“'‘]?" + _NATURE_NOUNS_EN + r"\b",
    r"\b(?:es|die\s+Explosion|der\s+Absturz|das\s+Unglück)\s+(?:war|sei|ist|wäre)\s+(?P<neg>kein\w*\s+|nicht\s+)?"
    r"(?:ein\w*\s+)?(?:Art\s+(?:von\s+)?)?(?:Anschlag|Terroranschlag|Bombe|Sabotageakt)\b",
    r"\bes\s+(?P<neg>kein\w*\s+)?(?:ein\w*\s+)?(?:Art\s+(?:von\s+)?)?(?:Anschlag|Terroranschlag|Bombe|Sabotageakt)\s+"
    r"(?:war|sei|ist|gewesen)\b",
    r"\bes\s+sich\s+um\s+(?P<neg>kein\w*\s+)?(?:ein\w*\s+)?(?:Anschlag|Terroranschlag|Bombe|Sabotageakt)\b",
    r"(?<![\w])(?:это|взрыв\w*|крушение|катастроф\w*)\s+(?:было|был|была|стал[оа]?|являлось|являлся)\s+"
    r"(?:\w+\s+)?(?:нападение\w*|теракт\w*|атак\w*|диверси\w*|бомб\w*)",
    r"(?<![\w])(?:считают|считает|назвал\w*|называ\w*)\s+(?:взрыв\w*|это|катастрофу|крушение)\s+(?:\S+\s+){0,3}?"
    r"(?:нападением|терактом|атакой|диверсией)",
    r"\b(?P<neg>no\s+|não\s+|non\s+)?(?:fue|era|es|se\s+trató\s+de|è\s+stat[oa]|fu|foi|c['’]était|c['’]est|"
    r"il\s+s['’]agit\s+d['’]|"
    r"il\s+s['’]agissait\s+d['’])\s*(?:un|una|um|uma|d['’]un)?\s*"
    r"(?:atentado|attentato|attentat|ataque|attacco|attaque|bomba|bombe|sabotaje|sabotaggio|sabotagem)\b",
)
# no sign of an attack: the source's account against one ("no indication of an attack", "keinerlei Hinweise auf einen
# Anschlag", "não há indícios de atividades terroristas", "aucun signe d'un attentat"): intent ``deliberate`` denied
NATURE_NO_SIGN = (
    r"\bno\s+(?:\w+\s+)?(?:indications?|signs?|evidence|traces?|suggestion)\s+(?:of|that|to\s+suggest)\s+(?:an?\s+|any\s+)?"
    r"(?:\w+\s+)?(?:attack|bomb\w*|terror\w*|sabotage|foul\s+play|explosive\s+device)",
    r"\bkein\w*\s+(?:\w+\s+)?(?:Hinweise?|Anzeichen|Indizien|Belege|Beweise)\s+(?:auf|für)\s+(?:ein\w*\s+)?(?:\w+\s+)?"
    r"(?:Anschlag|Terror\w*|Sabotage|Fremdeinwirkung|Bombe)",
    r"\bn(?:ão|o)\s+h(?:á|ay)\s+(?:\w+\s+)?(?:ind[íi]cios?|señales|sinais|evid[êe]ncias?|pruebas|provas)\s+de\s+"
    r"(?:um?a?\s+)?(?:atentado|ataque|atividades?\s+terroristas?|actividad(?:es)?\s+terroristas?|terroris\w+|sabota\w+)",
    r"\baucun\w*\s+(?:\w+\s+)?(?:indices?|signes?|éléments?|preuves?|traces?)\s+(?:d['’]une?\s+|de\s+|d['’])?"
    r"(?:attentat|attaque|acte\s+terroriste|terroris\w+|sabotage)",
    r"\bnessun\w*\s+(?:\w+\s+)?(?:indizio|segno|prova|traccia)\s+(?:di\s+)?(?:un\s+)?(?:attentato|attacco|terrorismo|"
    r"sabotaggio)",
    r"(?<![\w])(?:нет|никаких|не\s+обнаружен\w*)\s+(?:\w+\s+)?(?:признаков|следов|доказательств|указаний)\s+(?:\w+\s+)?"
    r"(?:теракт\w*|нападени\w*|диверси\w*|атак\w*)",
)
# rumours of an attack a source dismisses ("dismissed rumors about subversive action"): read only when the claim
# denies them
NATURE_RUMOURED = (
    r"\b(?:rumou?rs?|reports?|allegations?|claims?|speculation|talk)\s+(?:about|of|that)\s+(?:an?\s+|any\s+)?"
    r"(?:(?:terrorist|deliberate|planned|premeditated|external|foreign)\s+)?"
    r"(?:attack|subversive\s+action|subversion|sabotage|bomb\w*|terror\w*|premeditated\s+detonation)",
)
# an accident, said of the event in the languages whose word for it the intent words leave out ("es war ein Unfall",
# "fue un accidente", "nicht auf einen Unfall"): intent ``accident``, a negation before it denies it
NATURE_ACCIDENT = (
    r"\b(?:war|sei|ist|wäre)\s+(?P<neg>kein\w*\s+|nicht\s+)?(?:ein\s+)?Unfall\b",
    r"\b(?P<neg>nicht)\s+auf\s+einen\s+Unfall\b",
    r"\b(?P<neg>no\s+|não\s+)?(?:fue|era|es|foi|se\s+trató\s+de)\s+(?:un|um)\s+(?:accidente|acidente)\b",
)
# hedges that still lean one way ("most likely an accident", "they seem to think it was an attack", "wahrscheinlich"):
# an answer a reader sets against another, unlike an open one ("possibly", "no evidence that")
LEANING_HEDGES = (
    r"\b(?:most|very|highly)\s+(?:likely|probably)\b",
    r"\bprobabl[ey]\b",
    r"(?<!un)\blikely\b",
    r"\b(?:seems?|seemed|appears?|appeared)\s+to\s+(?:think|believe|be|have)\b",
    r"\b(?:höchst)?wahrscheinlich\b",
    r"\b(?:probablement|vraisemblablement|probablemente|probabilmente|provavelmente)\b",
    r"(?<![\w])(?:скорее\s+всего|вероятно|по\s+всей\s+видимости)(?![\w])",
)
# the French and Russian words of such a policy ("ne cible jamais les civils", "никогда не наносит удары по мирным")
_POLICY_ABROAD = (
    r"\bne\s+(?:pas|jamais)\s+(?:\w+ment\s+)?(?:cibler|viser|frapper|attaquer|bombarder)\s+(?:\w+ment\s+)?"
    r"(?:les\s+)?(?:civils|populations?\s+civiles?|cibles\s+civiles|infrastructures?\s+civiles?)\b",
    r"\bne\s+(?:cible|cibl\w+|vise|frappe|attaque)\s+(?:pas|jamais)\s+(?:\w+ment\s+)?"
    r"(?:les\s+)?(?:civils|populations?\s+civiles?|cibles\s+civiles|infrastructures?\s+civiles?)\b",
    r"(?<![\w])(?:не|никогда не)\s+(?:\w+о\s+)?(?:наносит|наносят|бь[её]т|атакует|обстреливает)\s+"
    r"(?:удар\w*\s+)?(?:по\s+)?(?:мирн\w+|гражданск\w+|цивільн\w+)",
)
# A side's word that it never strikes civilians ("Russian forces have never targeted civilian infrastructure", "the
# army does not target civilian objectives", "ne cible jamais les civils", "никогда не наносит удары по мирным"): its
# answer to the charge that the attack on them was deliberate, so a denial that it was (read with or without an intent
# word; a rule it says it keeps, set against the charge, not against who did it)
POLICY_DENIALS = (
    r"\b(?:(?:do|does|did)\s+not|don't|doesn't|didn't|(?:has|have|had)\s+never|never)\s+(?:\w+ly\s+)?"
    r"(?:target|attack|strike|hit|shell|bomb)(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?"
    r"(?:civilians|civilian\s+\w+|residential\s+\w+|hospitals|markets|peaceful\s+\w+)\b",
    *_POLICY_ABROAD,
)
# a general policy about a class of targets, with an intent word ("does not deliberately target civilians", "affirmant
# ne pas cibler délibérément les civils", "никогда не наносит удары по мирным жителям"): a rule the side says it keeps,
# no answer about whether this act was meant
INTENT_POLICY = (
    r"\b(?:do|does)\s+not\s+(?:\w+ly\s+)?(?:target|attack|strike|hit|shell|bomb)s?\s+(?:\w+\s+)?"
    r"(?:civilians|civilian\s+\w+|residential\s+\w+|hospitals|markets|people)\b",
    r"\b(?:don't|doesn't|never)\s+(?:\w+ly\s+)?(?:target|attack|strike|hit|shell|bomb)s?\s+(?:\w+\s+)?"
    r"(?:civilians|civilian\s+\w+|residential\s+\w+|hospitals|markets|people)\b",
    *_POLICY_ABROAD,
)
# words before an intent word that make it a question still asked ("investigating whether it was deliberate", "afin de
# déterminer toute intention délibérée", "чтобы выяснить, было ли это умышленно"): no answer
INTENT_ASKED = (
    r"\bwhether\b",
    r"\b(?:to|will|would|must|should|yet to|not yet)\s+(?:\w+\s+)?(?:determine|establish|find out|ascertain|"
    r"investigate|examine|clarify|verify)\b",
    r"\b(?:d[ée]terminer|[ée]tablir|v[ée]rifier|[ée]claircir|savoir)\b",
    r"(?<![\w])(?:выяснить|установить|проверить|ли|з'ясувати|встановити|чи)(?![\w])",
)
# what a side's own press and officials call the other side ("the enemy", "the occupiers", "ворог", "оккупанты"): the
# adversary of the article's side (``ADVERSARIES``), by the word's stem, lower-cased
ENEMY_WORDS = (
    r"enem(?:y|ies)",
    r"occupiers?",
    r"occupying\s+(?:forces?|troops|army)",
    r"occupation\s+(?:forces?|troops|army)",
    r"invaders?",
    r"aggressors?",
    r"l['’]ennemi",
    r"l['’]occupant",
    r"(?:les\s+)?(?:occupants|envahisseurs|agresseurs?)",
    r"оккупант\w*",
    r"окупант\w*",
    r"окупаці\w+\s+військ\w*",
    r"ворог\w*",
    r"враг\w*",
    r"противник\w*",
    r"агрессор\w*",
    r"агресор\w*",
    r"рашист\w*",
    r"russists?",
    r"ruscists?",
)
# two countries at war, each the other's "enemy" in its own press: a side word of ``ENEMY_WORDS`` names the other
ADVERSARIES = {
    "Ukraine": "Russia",
    "Russia": "Ukraine",
    "Armenia": "Azerbaijan",
    "Azerbaijan": "Armenia",
    "India": "Pakistan",
    "Pakistan": "India",
}

# side words written lower-case in French and Russian ("l'armée russe", "на украинской стороне"), by stem: the
# country table (data/places.py) reads capitalised English names and demonyms only
LOWERCASE_SIDES = {
    "russe": "Russia",
    "российск": "Russia",
    "русск": "Russia",
    "ukrainien": "Ukraine",
    "украинск": "Ukraine",
    "українськ": "Ukraine",
    "російськ": "Russia",
    # French and Russian/Ukrainian demonyms of other parties to news of conflict (lower case in those languages)
    "israélien": "Israel",
    "palestinien": "Palestine",
    "iranien": "Iran",
    "syrien": "Syria",
    "libanais": "Lebanon",
    "irakien": "Iraq",
    "libyen": "Libya",
    "égyptien": "Egypt",
    "turc": "Turkey",
    "polonais": "Poland",
    "biélorusse": "Belarus",
    "azerbaïdjanais": "Azerbaijan",
    "arménien": "Armenia",
    "chinois": "China",
    "français": "France",
    "britannique": "United Kingdom",
    "allemand": "Germany",
    "chilien": "Chile",
    "péruvien": "Peru",
    "vénézuélien": "Venezuela",
    "израильск": "Israel",
    "ізраїльськ": "Israel",
    "палестинск": "Palestine",
    "палестинськ": "Palestine",
    "иранск": "Iran",
    "іранськ": "Iran",
    "польск": "Poland",
    "польськ": "Poland",
    "белорусск": "Belarus",
    "білоруськ": "Belarus",
    "américain": "United States",
    "американск": "United States",
    # Polish adjectives, any case ("rosyjskie drony", "rosyjskiego ataku")
    "rosyjsk": "Russia",
    "ukraińsk": "Ukraine",
    "polsk": "Poland",
    "białorusk": "Belarus",
    "izraelsk": "Israel",
    "irańsk": "Iran",
    "amerykańsk": "United States",
    "palestyńsk": "Palestine",
}
# counts that grow from one day to the next by their nature (people detained, evacuated, rescued; "so far"): two
# articles of different days giving two of them are stages, not rival accounts
GROWING_COUNTS = (
    r"detain\w*",
    r"arrest\w*",
    r"apprehend\w*",
    r"evacuat\w*",
    r"rescued",
    r"displaced",
    r"hospitali[sz]ed",
    r"to date",
    r"so far",
)
# who fields a weapon ("does Russia use the Tochka-U?"): the verbs of having or using one, a side that denies it (``X
# does not use W``, ``X denied having W``), and a side said to be the only one that has it (``W is used only by X``,
# ``X is the only party that uses W``). A side word right before the weapon's name (``a Russian W``) says whose it was.
ARSENAL_VERBS = r"(?:uses?|using|used|has|have|having|possess\w*|fields?|operates?|operating|utilise\w*|utilize\w*)"
ARSENAL_DENIED = (
    rf"\b(?:does|do|did)\s*(?:not|n't)\s+(?:\w+\s+)?{ARSENAL_VERBS}\b",
    rf"\b(?:no longer|never)\s+{ARSENAL_VERBS}\b",
    r"\b(?:denied|denies|deny|denying)\s+(?:ever\s+)?(?:using|having|possessing|fielding|operating)\b",
    r"\bn'(?:utilise|possède)\w*\s+(?:pas|plus)\b",
    r"(?<!\w)не\s+(?:использу|име|примен)\w*",
)
# the side is named after these words: "used only by the Ukrainian army", "in service only with X"
ARSENAL_ONLY_BY = (
    r"\b(?:used|operated|fielded|possessed|in service|employed)\s+(?:exclusively|only|solely)\s+(?:by|with)\s+",
    r"\b(?:exclusively|only|solely)\s+(?:used|operated|fielded|possessed|in service|employed)\s+(?:by|with)\s+",
    r"\butilis\w*\s+(?:uniquement|seulement|exclusivement)\s+par\s+",
)
# the side is named before these words: "only Ukraine uses W", "Kyiv is the only party ... that uses W"
ARSENAL_ONLY_OF = (
    rf"\b(?:is|are|was|were|remains?)\s+the\s+only\s+[^.;]{{0,50}}?\b{ARSENAL_VERBS}\b",
    rf"\b(?:alone|exclusively)\s+{ARSENAL_VERBS}\b",
)
ARSENAL_ONLY_BEFORE = r"\b(?:only|solely|seule?s?)\s+(?:the\s+|l[ae']\s*)?$"
# "Soviet-made", "Ukrainian-made": who built it, not who fields it
ARSENAL_MADE = r"^[\w'’-]*-?made$|^[\w'’-]+-built$"
# what a number of votes counts: "5,150,092 votes", "6,27 millions de voix", "5 150 092 голосов"
VOTE_UNITS = frozenset({"votes", "vote", "ballots", "voix", "votos", "голосов", "голоса", "голос"})
# a count its source sets against the official one ("the true death toll is several times higher than officially
# reported", "the real number of victims"): a rival figure, not a stage of a toll still rising
RIVAL_COUNTS = (
    r"\b(?:true|real|actual) (?:death )?(?:toll|number|figure|count)\b",
    r"\bhigher than (?:the )?official(?:ly)?\b",
    r"\b(?:several|many|\w+) times (?:higher|more|greater) than\b",
    r"\bunder-?report\w*",
    r"\bplayed down\b|\bdownplay\w*",
    r"\bbilan r[ée]el\b|\bvrai bilan\b",
    r"\bреальн\w+ (?:число|количество)\b",
)
# responsibility said in general grammar, read from the parse (extract/frames.py, kind "responsible"): "X was
# responsible / to blame", "X was behind it", "the work of X", "X was the culprit", "held X responsible"
RESPONSIBLE_ADJECTIVES = frozenset({"responsible", "accountable", "culpable", "guilty"})
RESPONSIBLE_NOUNS = frozenset({"work", "handiwork", "doing", "fault"})  # "the work of X", "X's doing"
CULPRITS = frozenset(
    {"culprit", "perpetrator", "perpetrators", "culprits", "author", "authors", "organiser", "organizer"}
)
# what a party disowns ("denied responsibility", "rejected any involvement", "had no role in"): a denial that it did it
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "involvement", "role", "part", "complicity", "guilt", "hand"})
DISOWNING_VERBS = frozenset({"deny", "reject", "disclaim", "refute", "dismiss", "disavow"})
# what a party is accused of, disowned ("X denied the accusation", "rejected the allegations"): in coverage of one
# event, a denial that it did it (a denial of a report, "rejected the report", says nothing of who did it)
DISOWNED_ACCUSATIONS = frozenset({"accusation", "allegation", "charge", "blame"})
# acts named as nouns whose doer follows "by" ("an errant launch by X", "a strike by X"), and weapons whose owner
# says who fired them ("X's rocket", "a Peruvian air defence missile") when they caused the harm
ACT_NOUNS = frozenset(
    {
        "launch",
        "strike",
        "airstrike",
        "attack",
        "shelling",
        "bombing",
        "bombardment",
        "fire",
        "salvo",
        "barrage",
        "raid",
        "shot",
        "misfire",
        "crime",
        "sabotage",
        "atrocity",
        "massacre",
        "murder",
    }
)
# nouns of a whole deadly event: "the Christchurch shootings killed 50": as the subject of a verb of harm, the
# event itself, named for where it was, never a doer (a place before it says where, not who)
EVENT_HEADS = ACT_NOUNS | frozenset({"shooting", "blast", "explosion", "bombing", "stampede", "crash", "fire"})
# nouns of events that news names for their place whatever name stands before them: "the Beslan massacre",
# "the Christchurch shootings", "the Boston bombings" (a doer is told otherwise: "the Russian strike", "a Hamas attack")
PLACE_NAMED_EVENTS = frozenset({"massacre", "shootings", "bombings"})
# verbs that say an act named by its noun was done ("delivered a strike", "carried out the shelling", "conducted
# an attack"): the subject did the act
SUPPORT_VERBS = frozenset({"deliver", "carry", "conduct", "perform", "make", "stage", "mount", "commit", "inflict"})
OWNED_WEAPONS = frozenset(
    {
        "weapon",
        "missile",
        "rocket",
        "shell",
        "bomb",
        "drone",
        "projectile",
        "interceptor",
        "munition",
        "warhead",
        "torpedo",
        "mine",
        "grenade",
        "system",
        "battery",
        "launcher",
    }
)
# what a party is said to have caused when it is said to have done the event ("X caused the blast")
CAUSED_EVENTS = frozenset(
    {"blast", "explosion", "explosions", "fire", "crash", "collapse", "sinking", "disaster", "tragedy", "massacre"}
)
# verbs whose doer, or whose "by" phrase, is the cause of the harm: "caused by X's rocket", "a Peruvian shell hit"
CAUSING_VERBS = frozenset(
    {
        "cause",
        "hit",
        "strike",
        "kill",
        "destroy",
        "damage",
        "wound",
        "injure",
        "down",
        "attack",
        "target",
        "shell",
        "bomb",
    }
)
# verbs of harm suffered in an act named after them ("killed in a Peruvian air strike", "died in the shelling"): the
# act is the harm's cause, so its owner is who did it
HARMED_IN_VERBS = frozenset({*CAUSING_VERBS, "die", "perish"})
# verbs a weapon and a wreck alike are subject of ("the missile fell", "the drone fell into the sea"): the weapon is the
# doer only when the harm follows ("a Russian missile fell, killing two")
FALLING_VERBS = frozenset({"fall", "land", "explode", "crash", "come", "cross"})
# verbs that say who sent a weapon off ("a rocket misfired by X", "a missile launched by the army"): its owner
FIRING_VERBS = frozenset({"fire", "misfire", "launch", "shoot", "drop", "send"})
# what a weapon may fall into without harm ("the drone fell into the sea"): a fall into anything else is a hit
OPEN_GROUND = frozenset({"sea", "water", "waters", "river", "lake", "field", "fields", "ground", "forest", "woods"})
# nouns for the blow a weapon strikes ("a direct hit from a Russian missile", "the impact of a rocket")
IMPACT_NOUNS = frozenset({"hit", "impact", "strike", "blow"})
# what, governing a clause, says its act is probably not so ("it is unlikely that X fired"): a denial of the answer
UNLIKELY_WORDS = frozenset({"unlikely", "improbable", "implausible", "impossible", "untrue", "false"})
# what, governing a clause, leaves its act open ("it is possible that", "no evidence that", "too early to say")
OPEN_WORDS = frozenset(
    {"possible", "likely", "probable", "unclear", "early", "premature", "uncertain", "whether", "perhaps", "possibly"}
)
OPEN_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "possibility", "question", "speculation"})
# verbs that say something points to an act: with nothing or no noun as their subject ("nothing suggests that",
# "there is nothing to suggest that", "no data indicate that") they leave the act open, as "no evidence that" does
INDICATING_VERBS = frozenset({"suggest", "indicate", "show", "prove", "imply", "mean"})
# what says that nothing points to it: "nothing suggests", "there is nothing to indicate"
NOTHING_WORDS = frozenset({"nothing", "none"})
OPEN_WHEN_NEGATED = frozenset({"clear", "know", "establish", "confirm", "sure", "certain", "determine"})
HEDGING_MODALS = frozenset({"may", "might", "could"})
# an estimate said with confidence ("highly probable", "a high probability", "most likely") is the speaker's answer,
# not a hedge: the side's position, set against the other side's
CONFIDENT = frozenset({"highly", "very", "most", "almost", "extremely", "high", "strong", "overwhelming", "great"})
ESTIMATE_NOUNS = frozenset({"probability", "likelihood", "chance", "possibility"})
# the head nouns of a place, never of a party that acts ("which killed 40" hung on "..., Donetsk Oblast"); a capital
# stands for its government ("Moscow denied"), a republic or a state may be a party, so neither is here
PLACE_HEADS = frozenset(
    {
        "oblast",
        "region",
        "province",
        "district",
        "county",
        "village",
        "town",
        "city",
        "settlement",
        "area",
        "territory",
        "krai",
        "raion",
        "suburb",
        "neighbourhood",
        "neighborhood",
    }
)
# evidence said not to fit a weapon ("the damage is inconsistent with a HIMARS strike", "the craters do not match a
# Grad rocket", "incompatibles avec un tir de ..."): the weapon named after the words is denied as the means
RULED_OUT_MEANS = (
    r"\b(?:in|not\s+)consistent\s+with\b",
    r"\b(?:incompatible|not\s+compatible)\s+with\b",
    r"\b(?:does|do|did)\s*(?:not|n't)\s+(?:match|fit)\b",
    r"\bincompatibles?\s+avec\b",
    r"\bne\s+correspond\w*\s+pas\s+(?:à|a|aux|au)\b",
)
# where a product was sold or sent ("the syrups were only sold in X", "exported only to X", "distributed to other
# countries", "distribués dans d'autres pays"): the verbs of selling or sending, a restriction to one place, and
# "other countries" for a reach beyond it
REACH_VERBS = (
    r"(?:sold|exported|distributed|supplied|shipped|marketed|sent|"
    r"vendue?s?|export[ée]e?s?|distribu[ée]e?s?|livr[ée]e?s?|"
    r"продава\w*|продан\w*|экспортир\w*|поставля\w*|поставлен\w*|распростран\w*)"
)
REACH_ONLY = (
    rf"\b(?:only|exclusively|solely)\s+(?:been\s+)?{REACH_VERBS}\s+(?:in|to|into|within)\s+",
    rf"\b{REACH_VERBS}\s+(?:only|exclusively|solely)\s+(?:in|to|into|within)\s+",
    rf"\b(?:uniquement|exclusivement|seulement)\s+{REACH_VERBS}\s+(?:en|au|aux|vers|à|a)\s+",
    rf"\b{REACH_VERBS}\s+(?:uniquement|exclusivement|seulement)\s+(?:en|au|aux|vers|à|a)\s+",
    rf"(?<!\w){REACH_VERBS}\s+только\s+(?:в|во)\s+",
)
REACH_ELSEWHERE = (
    rf"\b{REACH_VERBS}\s+(?:in|to|into|across|throughout)\s+(?:\w+\s+)?other\s+countries\b",
    rf"\b{REACH_VERBS}\s+(?:dans|vers|en)\s+d['’]autres\s+pays\b",
    rf"(?<!\w){REACH_VERBS}\s+(?:\w+\s+)?(?:в|во)\s+друг\w+\s+стран\w*",
)
# a modal that leaves the reach open: it governs the non-finite verb of the reach ("could have been distributed",
# "pourraient avoir causé ... et avoir été distribués"); the reporting conditional ("auraient été distribués":
# reportedly, a finite verb) is the source's word, not a doubt
REACH_OPEN = (
    r"\b(?:could|may|might|pourrai\w*|pourr?ait|peut|peuvent|могл\w*|может)\b[^.;:]*"
    r"(?:\bhave\s+been|\bbe|\bavoir\s+été|\bêtre|(?<!\w)быть)\s*$"
)
# the service of a country's forces an agent names ("the Chilean Air Force", "navy gunboats", "la Fuerza Aérea",
# "l'armée de l'air"): who did it is compared at this grain when both answers give it. Two services of one country are
# rival answers; one service's denial leaves another's admission standing. Each service by its words in English,
# French, Spanish, German and Russian, lower-cased stems
SERVICES = {
    "air force": (
        r"air[- ]?forces?",
        r"arm[ée]e\s+de\s+l['’]air",
        r"fuerzas?\s+a[ée]reas?",
        r"for[çc]a\s+a[ée]rea",
        r"luftwaffe|luftstreitkr[äa]fte",
        r"(?<![\w])(?:ввс|военно-воздушн\w+\s+сил\w*|воздушно-космическ\w+\s+сил\w*|вкс)(?![\w])",
    ),
    "air defence": (r"air[- ]defen[cs]e\s+(?:forces?|units?|troops|batter(?:y|ies)|crews?)", r"(?<![\w])пво(?![\w])"),
    "army": (
        r"army|armies",
        r"arm[ée]e\s+de\s+terre",
        r"ej[ée]rcito",
        r"heer(?:es)?",
        r"(?<![\w])сухопутн\w+\s+войск\w*",
    ),
    "navy": (r"navy|navies|naval\s+forces?", r"marine\s+nationale", r"armada", r"(?<![\w])вмф(?![\w])"),
    "marines": (r"marines?\s+corps|marines(?!\s+nationale)",),
    "police": (r"police|policemen|officers?\s+of\s+the\s+police", r"polic[ií]a", r"polizei", r"(?<![\w])полици\w*"),
    "national guard": (r"national\s+guard", r"guardia\s+nacional", r"garde\s+nationale", r"(?<![\w])нацгвард\w*"),
    "coast guard": (r"coast\s*guards?", r"garde[- ]c[ôo]tes?", r"guardia\s+costera", r"k[üu]stenwache"),
    "border guard": (r"border\s+(?:guards?|police|force)", r"garde[- ]fronti[èe]res?", r"(?<![\w])погранич\w*"),
    "special forces": (r"special\s+forces", r"forces\s+sp[ée]ciales", r"spezialkr[äa]fte", r"(?<![\w])спецназ\w*"),
    "gendarmerie": (r"gendarmerie", r"gendarmes?"),
}
# words that name a country's forces as a whole ("the military", "the armed forces", "troops", "the defence ministry",
# "l'armée", "die Armee", "las Fuerzas Armadas"): an answer at the country's grain, compatible with any of its services.
# "Army" alone is a service in English; "l'armée" and "die Armee" are most often the whole military
WHOLE_FORCES = (
    r"military|militaries|armed\s+forces|defen[cs]e\s+(?:forces|ministry|headquarters|department)|troops|soldiers|forces",
    r"forces?\s+arm[ée]es|l['’]arm[ée]e(?!\s+de\s+(?:l['’]air|terre))|militaires?",
    r"fuerzas\s+armadas|militar(?:es)?",
    r"armee|bundeswehr|streitkr[äa]fte|milit[äa]r",
    r"(?<![\w])(?:арми\w*|вооруж[её]нн\w+\s+сил\w*|военн\w+|минобороны)(?![\w])",
)
# the head of a phrase that names an occasion, not an actor ("a wedding", "the festival", "the Eid prayers"): an agent's
# head must be someone who acts, so "during the harvest festival a drone struck" gives no answer "the festival"
OCCASION_HEADS = frozenset(
    {
        "celebration",
        "celebrations",
        "festival",
        "festivities",
        "feast",
        "ceremony",
        "ceremonies",
        "wedding",
        "funeral",
        "holiday",
        "holidays",
        "prayer",
        "prayers",
        "mass",
        "procession",
        "pilgrimage",
        "gathering",
        "concert",
        "match",
        "fair",
        "market",
        "anniversary",
        "commemoration",
        "vigil",
        "carnival",
        "parade",
        "fête",
        "célébration",
        "celebración",
        "fiesta",
        "feier",
        "fest",
    }
)
# a strike told again on the same people, and the people it hit being those who came to help ("a second bomb fell as
# villagers carried the wounded away", "the jets returned and struck the rescuers", a "double tap"): a source's account
# against an accident, read as an answer "deliberate" only where the claim's sentence tells both the repeat and the
# rescue (``questions._struck_again``)
STRUCK_AGAIN = (
    r"\bdouble[- ]tap\b",
    r"\b(?:bomb(?:ed|s)?|struck|strikes?|hit|shelled|attacked|fired\s+on|raided)\b[^.;:]{0,50}\b(?:again|once more)\b",
    r"\b(?:returned|came\s+back|circled\s+back)\s+(?:and|to)\s+(?:bomb|strike|attack|fire|shell|drop)\w*",
    r"\b(?:a\s+)?(?:second|another|further|fresh)\s+(?:bomb|missile|rocket|shell|strike|air\s*strike|drone\s+strike|"
    r"explosive|round)s?\b[^.;:]{0,30}\b(?:was|were)?\s*(?:dropped|fired|launched|fell|struck|hit|landed|followed)\b",
    r"\b(?:une?\s+)?(?:seconde?|deuxi[èe]me|autre|nouvelle)\s+(?:frappe|bombe|missile|roquette)\b",
    r"\b(?:segundo|segunda|otro|otra|nuevo|nueva)\s+(?:ataque|bomba|misil|bombardeo)\b|\bvolvi[óo]\s+a\s+bombardear\b",
    r"\b(?:zweite[rn]?|weitere[rn]?)\s+(?:Angriff|Bombe|Rakete|Luftangriff)\b|\berneut\s+(?:bombardiert|angegriffen)\b",
)
RESCUE = (
    r"\b(?:rescu\w+|first\s+responders|paramedics|medics|ambulances?|sauveteurs|secouristes|rescatistas|Retter|"
    r"Rettungskr[äa]fte)\b",
    r"\b(?:attend\w*|tend\w*|help\w*|carry\w*|carried|convey\w*|evacuat\w*|treat\w*|aid\w*|search\w*|dig\w*)\s+"
    r"(?:to\s+|for\s+|out\s+)?(?:the\s+)?(?:critically\s+|badly\s+)?(?:injured|wounded|victims|survivors|dead|bodies)\b",
)
# "not meant but an accident", "pas délibéré mais accidentel": a negation that a contrast after it closes, so the
# intent word after the contrast is told, not denied
INTENT_CONTRAST = r"\b(?:but|rather|instead|mais|plutôt|sino|sondern|a\s+pesar)\b"

# A negated verb of stopping before the act ("did not stop firing", "never ceased shelling", "n'a pas cessé de
# tirer", "no dejó de disparar"): the act went on; the negation is the stopping's, not the act's.
KEPT_ON = (
    r"\b(?:not|never)\s+(?:stop|stopped|cease|ceased|halt|halted|quit|let\s+up)\s+(?:[\w'’-]+ing)\b",
    r"n['’]t\s+(?:stop|cease|halt|quit)\s+(?:[\w'’-]+ing)\b",
    r"\bn['’](?:a|ont|avait|avaient)\s+(?:pas|jamais)\s+cessé\s+d[e'’]",
    r"\b(?:no|nunca)\s+(?:dejó|dejaron|paró|pararon|cesó|cesaron)\s+de\b",
    r"\bhörten?\s+nicht\s+auf\b",
    r"(?<![\w])не\s+прекращал\w*",
)
# Verbs of claiming an act as one's own (a frame's predicate): not claiming it is no denial ("X did not claim
# responsibility"), only the absence of a claim.
CLAIMING_PREDICATES = frozenset({"claim", "take"})
# The same, read in the words between a negation and an act ("did not directly claim responsibility for the attack").
CLAIMING_WORDS = r"\b(?:claim(?:ed|s|ing)?|tak(?:e|en|ing)\s+(?:responsibility|credit)|revendiqu\w*|reivindic\w*)\b"
# A denial its own sentence says was withdrawn ("initially rejected their involvement, but later acknowledged their
# role"): the words that make it the first of two stances (read in the claim and its lead), and the later admission
# (read in the words after the claim).
INITIAL_STANCE = r"\b(?:initially|at\s+first|originally|first)\b"
# a claim of responsibility told as a first position ("TRF initially took responsibility", "after the group first
# claimed the attack", "inicialmente se atribuyó"): superseded, as the words say, by what the group said later
FIRST_CLAIM = (
    rf"{INITIAL_STANCE}\s+(?:\w+\s+)?(?:claim\w*|took|taken|tak(?:e|es|ing)|accept\w*|admit\w*)\b",
    r"(?:initialement|d['’]abord|inicialmente|en\s+un\s+principio|inizialmente|zunächst|zuerst|изначально|сначала|"
    r"спочатку)\s+(?:\w+\s+)?(?:a\s+)?(?:revendiqu\w*|se\s+atribuy\w*|reivindic\w*|rivendic\w*|bekannt\w*|"
    r"взял\w*|взя\w*)",
)
LATER_ADMITTED = (
    r"^\W*(?:but|and|before|then|only)\s+(?:\w+\s+){0,3}?(?:later|subsequently|eventually|afterwards|then)\s+"
    r"(?:\w+\s+)?(?:acknowledg\w*|admit\w*|confirm\w*|conced\w*|accept\w*|claim\w*)"
)
# A cause word right after a verb of causing (and up to three words of its object: "caused the helicopter's
# collision into the mountain"): what was caused, the effect, not the cause ("caused by" is left to the cause).
EFFECT_BEFORE = (
    r"\b(?:caused|causing|causes|cause|led\s+to|leading\s+to|resulted\s+in|resulting\s+in|triggered|triggering|"
    r"provoked|brought\s+about|ignited|igniting|sparked|sparking|set\s+off)\s+(?!by\b)(?:(?!by\b)[\w'’-]+\s+){0,3}$"
)
# What a source is accused of making up when it is its own words, not the event (``fabricating allegations``,
# ``fabricated lies about the incident``): an accusation of lying, no answer that the event was staged.
MADE_UP_WORDS = (
    r"\s+(?:[\w-]+\s+)?(?:allegations?|accusations?|claims?|charges?|lies|stories|story|narratives?|information|"
    r"news|reports?|figures?|numbers?|statements?)\b"
)
# Nouns that name a party by its tie to another (``Tehran's arch-foe``, ``Moscow's neighbour``): the possessor is the
# other party, not the one named.
RELATIONAL_HEADS = frozenset(
    "foe foes arch-foe arch-foes archfoe enemy enemies archenemy arch-enemy rival rivals arch-rival archrival "
    "adversary adversaries opponent opponents nemesis ally allies neighbour neighbours neighbor neighbors partner "
    "partners".split()
)
# A participle of harm right after a would-be doer (``Iranian officials killed in the crash``, ``three soldiers
# wounded by shrapnel``): a headline's or a list's passive; the people named were harmed, they did not do it.
HARMED_AFTER = (
    r"^\s+(?:were\s+|was\s+)?(?:killed|injured|wounded|hurt|slain|died|dead)\s+"
    r"(?:in|during|at|on|when|after|as|by|while)\b"
)
# Nouns that "firing" qualifies as an adjective (``using the upper floors as firing points``, ``from firing
# positions near the river``): a place or a unit to fire from, not what was fired at.
FIRING_NOUNS = frozenset(
    {"point", "points", "position", "positions", "range", "line", "lines", "squad", "post", "posts"}
)
# A place used to fire from (``using the plant to fire on positions across the river``, ``using the school as a
# base to shell the city``): the act told is fired from the place, not at it; who does it answers nothing about an
# attack on the place.
BASE_USED = (
    r"\busing\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:plant|station|building|hospital|school|site|"
    r"facility|territory|roof|floors?|compound|area)\s+(?:as\s+(?:an?\s+)?[\w-]+\s+)?(?:to|for)\s+"
    r"(?:fire|firing|shell|shelling|strike|striking|launch|launching|attack|attacking)\b",
)
# The victim's work at the time (``killed while covering a raid by X``): the act covered is the setting, not the
# act that killed; read before the would-be doer.
COVERED_BEFORE = (
    r"\b(?:covering|reporting\s+on|filming|documenting|photographing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}by\s+$"
)
# An act told as a repeated pattern (``have repeatedly attacked it``, ``had shelled the plant on several occasions``,
# ``en varias ocasiones``): a side's record, not who did this act; its doer answers nothing about the event.
REPEATED_ACTS = (
    r"\b(?:repeatedly|again\s+and\s+again|time\s+and\s+again|regularly|routinely|on\s+(?:several|many|multiple|"
    r"numerous)\s+occasions)\b",
    r"\b(?:en\s+(?:varias|repetidas|numerosas|múltiples)\s+ocasiones|repetidamente|reiteradamente)\b",
    r"\b(?:à\s+plusieurs\s+reprises|régulièrement)\b",
    r"\b(?:wiederholt|mehrfach|immer\s+wieder)\b",
    r"(?<![\w])(?:неоднократно|регулярно|многократно|неодноразово)(?![\w])",
)
# Verbs that tell a denial as someone's word (``X has denied attacking the plant``, ``Israël nie être en cause``):
# the denier's answer, which an article setting it beside an accusation sets against it.
TOLD_DENIALS = (
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\b",
    r"\b(?:nie|nient|nié|démenti|dément|niega|niegan|negó|negaron|desmintió|bestreitet|bestritt|bestritten|"
    r"dementiert\w*)\b",
    r"(?<![\w])(?:отрица\w*|опроверг\w*|заперечу\w*|спростову\w*)",
)
# A side's own denial in the first person (``"We certainly did not order this"``, ``"It wasn't us"``, ``non siamo stati
# noi``, ``это не мы``): the speaker's side denies doing the act the sentence refers to ("this", "it").
OWN_DENIALS = (
    r"^\W*we\s+(?:[\w-]+\s+){0,2}?(?:did\s+not|didn['’]t|have\s+not|haven['’]t|had\s+not|never)\s+(?:[\w-]+\s+)?"
    r"(?:order(?:ed)?|do|done|carr(?:y|ied)\s+out|commit(?:ted)?|attack(?:ed)?|strike|struck|hit|shell(?:ed)?|"
    r"fire[d]?|bomb(?:ed)?)\s+(?:this|that|it)\b",
    r"^\W*it\s+(?:was\s*n['’]t|was\s+not|wasn['’]t)\s+us\b",
    r"^\W*ce\s+n['’]est\s+pas\s+nous\b",
    r"^\W*non\s+siamo\s+stati\s+noi\b",
    r"^\W*(?:это|то)\s+не\s+мы\b",
)
# A rejection of the accusations themselves, whatever they say ("refuting all of London's allegations", "evidence-free
# accusations against the Russian Federation", "called the rumours an utter lie", "Moskau weist die Vorwürfe zurück",
# "отвергла обвинения"): the accused side says it did not do it, though the claim never names the act. Each pattern
# needs a noun of accusation or report and a word that rejects it; the accused is named after "against" (the
# ACCUSED_AFTER words) or else is the side of whoever rejects. Reports and rumours count only with a word that calls
# them false outright (a lie, fabricated, propaganda), never with "denied reports" alone (the reports' "that" clause is
# read by DENIED_REPORT, and what they say may be no accusation at all).
_ACCUSATIONS = (
    r"(?:accusations?|allegations?|charges|claims|insinuations?|"
    r"allégations|imputations|"
    r"Vorwürfen?|Anschuldigungen|Beschuldigungen|Unterstellungen|"
    r"acusaciones|alegaciones|señalamientos|"
    r"accuse|accusa|insinuazioni|"
    r"acusações|"
    r"обвинени\w*|претензи\w*|инсинуаци\w*|звинувачен\w*)"
)
_REPORTS = (
    r"(?:reports?|rumou?rs?|news|stor(?:y|ies)|claims?|informations?|rapports?|Berichte|informes?|notizie|"
    r"сообщени\w*|слух\w*)"
)
_FALSE_OUTRIGHT = (
    r"(?:(?:an?|the|utter|big|outright|blatant|complete|absolute|total)\s+)*lies?|fabricat\w*|concocted|"
    r"ridiculous|absurd|nonsense|fake|propaganda|psychological\s+(?:warfare|operations?)|disinformation|"
    r"mensonges?|absurdes?|grotesques?|Lügen?|erfunden|absurd|mentiras?|falsas?|absurd[oa]s?|menzogne|"
    r"ложь|лож\w+|абсурд\w*|вымысел|фейк\w*|дезинформаци\w*|провокаци\w*|брехн\w*"
)
BLANKET_DENIALS = (
    # a verb of rejection with the accusations as its object: "rejected the accusations", "refuting all of London's
    # allegations", "dismissed these charges as politically motivated"
    rf"\b(?:reject\w*|refut\w*|dismiss\w*|den(?:y|ies|ied|ying)|rebut\w*|repudiat\w*)\s+(?:all\s+(?:of\s+)?)?"
    rf"(?:the\s+|these\s+|those\s+|such\s+|any\s+|its\s+|their\s+|[\w’']+['’]s\s+)?(?:[\w-]+\s+){{0,2}}?{_ACCUSATIONS}\b"
    r"(?!\s+(?:that|of)\b)",  # "rejected claims that [...]": the clause says what is denied (DENIED_REPORT)
    # the accusations called false: "baseless accusations", "evidence-free accusations", "accusations ... absurd"
    rf"\b(?:baseless|groundless|unfounded|unsubstantiated|evidence-free|false|absurd|ridiculous|fabricated|"
    rf"politically\s+motivated|infondées?|sans\s+fondement|haltlose[nr]?|unbegründete[nr]?|infundad[oa]s|"
    rf"falsas|infondat[ei]|голословн\w*|необоснованн\w*|бездоказательн\w*|беспочвенн\w*|абсурдн\w*|"
    rf"безпідставн\w*)\s+{_ACCUSATIONS}\b",
    rf"\b{_ACCUSATIONS}\s+(?:[\w’'-]+\s+){{0,6}}?(?:as|were|are|is|was|sont|seien|sind|son|sono|являются)?\s*"
    rf"(?:baseless|groundless|unfounded|unsubstantiated|absurd|ridiculous|fabricated|politically\s+motivated|"
    rf"infondées?|haltlos|unbegründet|infundad[oa]s|infondat[ei]|голословн\w*|необоснованн\w*|беспочвенн\w*)\b",
    # reports or rumours called a lie or a fabrication: "called the rumours an utter lie", "reports ... as part of
    # psychological warfare", "termed reports ... as 'lies'"
    rf"\b{_REPORTS}\b[^.;!?]{{0,120}}?\b(?:as|an?|were|are|is|was|of|part\s+of)\s+(?:[\w’']+\s+){{0,3}}?['‘“\"«]?(?:{_FALSE_OUTRIGHT})\b",
    # languages with a verb that carries its particle apart ("weist die Vorwürfe zurück"), or set after its object
    r"\b(?:weist|wies|wiesen|weisen)\b[^.;!?]{0,60}?\b(?:Vorwürfe|Anschuldigungen|Beschuldigungen|Berichte)\b[^.;!?]{0,40}?\bzurück\b",
    r"\b(?:Vorwürfe|Anschuldigungen|Beschuldigungen)\b[^.;!?]{0,60}?\bzurückgewiesen\b",
    r"\b(?:rejette|rejeté|rejetait|réfute|dément|démenti)\w*\s+(?:toutes\s+)?(?:les|ces|ses|leurs)\s+(?:\w+\s+)?(?:accusations|allégations|imputations)\b",
    r"\b(?:rechaz\w+|desmient\w*|desmintió|neg[óo])\s+(?:todas\s+)?(?:las|esas|estas|sus)\s+(?:\w+\s+)?(?:acusaciones|alegaciones|señalamientos)\b",
    r"\b(?:respin\w+|smentisc\w+|smentito|nega\w*)\s+(?:tutte\s+)?(?:le|queste|tali)\s+(?:\w+\s+)?accuse\b",
    r"(?<!\w)(?:отверг\w*|опроверг\w*|отрица\w*|відкин\w*|спростува\w*|заперечу\w*)\s+(?:все\s+|всі\s+)?(?:\w+\s+){0,2}?(?:обвинени\w*|звинувачен\w*)",
)
# the words after an accusation that name whom it is against ("accusations against the Russian Federation")
ACCUSED_AFTER = r"\s+(?:[\w-]+\s+){0,3}?(?:against|contre|gegen|contra|contro|против|проти)\s+"
# the verbs a blanket denial can open on (its subject is the side that rejects, not the accuser)
REJECTING_VERBS = (
    r"(?:reject|refut|dismiss|den[iy]|rebut|repudiat|weis|wies|rejet|réfut|dément|démenti|rechaz|desmin|neg|nieg|"
    r"respin|smenti|nega|bestreit|bestritt|отверг|опроверг|отрица|відкин|спростув|запереч)"
)
# words that set what follows against what went before in a sentence ("X says the target was a meeting of commanders,
# but only civilians were there"): what follows is the sentence's own account
CONTRASTS = r"\b(?:but|pero|mais|ma|aber|mas|however)\b|(?<![\w])(?:но|однако|але)(?![\w])"
# nouns of telling that an intent word can qualify instead of the act ("conscious and deliberate falsification",
# "a deliberate lie", "intentional misinformation"): the word then says nothing of whether the act was meant
TELLING_NOUNS = (
    r"falsifications?",
    r"lies",
    r"lie",
    r"lying",
    r"distortions?",
    r"deceptions?",
    r"misinformation",
    r"disinformation",
    r"misrepresentations?",
    r"cover-?ups?",
    r"omissions?",
    r"concealment",
)
# a state named by its kind alone ("the Kingdom's authorities", "the Republic"): no party, for the name does not say
# which
BARE_STATE_NOUNS = frozenset({"kingdom", "republic", "federation", "emirate", "state", "union", "government"})

# words between a speaker's "we"/"it" and an act that make the act another's ("We had no prior knowledge of Ukraine's
# intent to target the ship"): the speaker tells what it knew of someone's act, not of its own
OTHERS_ACT_BETWEEN = (
    r"['’]s\b|\b(?:knowledge|knew|know|intent|intention|intentions|plan|plans|decision|decisions|order|orders|"
    r"information|idea|aware|intelligence|participat\w*|help\w*|assist\w*|support\w*)\b"
)

# the one who lost, named by a win word used of them: "the defeated candidate X", "supporters of defeated rival X",
# "the candidates defeated in June": a loser, never a winner; and "won 34 percent of the vote", a share won, no victory
LOSER_NOUNS = ("candidate", "rival", "opponent", "challenger", "contender", "incumbent")
SHARE_WON = r"(?:won|wins|winning)\s+(?:about\s+|nearly\s+|almost\s+|only\s+|just\s+)?\d"
# The words after a negation that keep it from denying what follows in the clause (``questions.NEGATION_BEFORE``): a
# source that does not say, specify or confirm leaves it open ("did not specify whose drones were shot down", "не
# уточнил", "ne précise pas", "no precisó"); people not hurt by a strike do not deny the strike ("the servicemen were
# not injured by the missile strike")
NEGATED_NOT_DENYING = (
    r"say",
    r"said",
    r"specif(?:y|ied)",
    r"clarif(?:y|ied)",
    r"disclose[ds]?",
    r"elaborate[ds]?",
    r"comment(?:ed)?",
    r"identif(?:y|ied)",
    r"injured",
    r"hurt",
    r"harmed",
    r"wounded",
    r"уточн\w*",
    r"сообщ\w*",
    r"называ\w*",
    r"назва\w*",
    r"пострада\w*",
    r"précis\w*",
    r"precis\w*",
    r"especific\w*",
)
# The verbs that ask a party to own an act, before the party asked ("urged Russia to accept responsibility", "called
# on Tehran to admit"): what follows is the asker's charge, not the party's claim of responsibility
DEMANDED_ADMISSION = r"\b(?:urg\w*|call(?:ed|s|ing)?\s+on|ask\w*|demand\w*|press(?:ed|es|ing)?|insist\w*\s+that)"
# How many were on board a boat, train or aircraft: the words right after a count of people ("750 people on board",
# "some 400 migrants aboard", "440 passengers on the train"), or before it ("carrying about 750 people"); a count told
# with what became of them right after ("104 people on board were rescued") is that outcome's, not who was aboard,
# unless it is all of them ("all 179 people on board were killed")
ON_BOARD_AFTER = (
    r"^\s+(?:who\s+were\s+|were\s+)?(?:on\s+board|aboard|onboard)\b",
    r"^\s+(?:on|in)\s+(?:the|that|this)\s+(?:boat|ship|vessel|trawler|train|plane|aircraft|flight|jet|helicopter|"
    r"bus|ferry)\b",
    r"^\s+(?:à bord|a bordo|an bord)\b",
    r"^\s+(?:на\s+борту)",
)
ON_BOARD_BEFORE = (
    r"\b(?:carrying|carried|transporting)\s+(?:some\s+|about\s+|around\s+|at\s+least\s+|up\s+to\s+|"
    r"more\s+than\s+|nearly\s+|over\s+|an\s+estimated\s+)?$",
)
ON_BOARD_FATE = (
    r"^\s*(?:(?:who\s+)?(?:were|was|have\s+been|had\s+been|are)\s+)?(?:\w+\s+){0,2}?"
    r"(?:rescued|saved|killed|died|dead|missing|survived|evacuated|injured|hurt|recovered|found|pulled|taken|brought|"
    r"hospitali[sz]ed|drowned|perished|freed|released)\b",
    # "138 people on the flight were supposed to catch connecting flights", "57 on board were Canadians": what is
    # told of some of those aboard, not how many were
    r"^\s*(?:were|was|are|had|have)\b",
)
# The words that count everyone aboard ("750 people", "440 passengers", "some 400 migrants"): a count of anyone
# else, or with a word that says who they are ("65 captured soldiers", "three accompanying persons", "100 children"),
# is a part of all on board, no rival of a count of everyone
ON_BOARD_WHOLE = frozenset(
    "people persons passengers migrants refugees souls individuals personas personnes persone menschen человек "
    "людей пассажиров".split()
)
# The crew of a craft, counted apart from all on board ("12 crew members on board" is no rival of "400 people")
CREW_WORDS = frozenset("crew crewmen crewmembers sailors seafarers seamen équipage экипажа экипаж".split())

# whether a vote was clean, beyond "free and fair": other words for a clean vote ("open and competitive", "free and
# democratic", "the free expression of the will of citizens", "libres y transparentes", "свободные и честные") ...
VOTE_CLEAN = (
    r"free (?:and|or) (?:democratic|transparent|competitive)",
    r"open(?:,| and) competitive",
    r"free expression of the(?: \w+)? will",
    r"libres?,? (?:y|et|e) (?:justas|transparentes|democr[áa]tic[ao]s|équitables|démocratiques)",
    r"frei(?:e|en)? und fair(?:e|en)?",
    r"свободн\w+ и (?:честн|справедлив|демократичн|прозрачн)\w*",
)
# ... and words that say it was not, a denial of a clean vote by themselves ("an uneven playing field", "marred by
# intimidation", "fell short of international standards", "neither free nor fair")
VOTE_FLAWED = (
    r"uneven playing field",
    r"\bmarred\b",
    r"\bflawed\b",
    r"(?:fell|falls|fall) short of (?:\w+ )?(?:international|democratic|basic) standards",
    r"(?:did|does) not meet (?:\w+ )?(?:international|democratic|basic) standards",
    r"neither free nor fair",
    r"ni libres? ni (?:justas|transparentes|équitables|démocratiques)",
)
# the words of a vote in the languages read without a parse ("elecciones", "comicios", "scrutin", "выборы", "Wahl")
# words for a fraudulent vote: those that say by themselves it was the vote's ("there was no fraud", "many obvious
# violations", "keinen Wahlbetrug", "фальсификации"), and those that need the vote named beside them ("stolen",
# "manipulated", said of much else)
VOTE_FRAUD = (
    r"\b(?:fraud\w*|rigged|falsif\w+|irregularit\w+|wahl(?:betrug|fälschung)\w*|truqu\w*|amañ\w*)\b",
    r"(?<!rights )\bviolations\b",
    r"(?<!\w)(?:фальсифи\w*|подтасов\w*|вброс\w*)",
)
VOTE_FRAUD_LOOSE = (r"\b(?:stolen|manipulat\w+|gefälscht\w*)\b",)
VOTE_WORDS_ABROAD = frozenset(
    "elecciones elección comicios votación votos élection élections scrutin vote votes wahl wahlen abstimmung "
    "выборы выборов выборах голосование голосования вибори виборів".split()
)
