"""Verbs of saying: English by lemma and by the forms written after a speaker, Russian and Ukrainian by stem.

Each list has one job, said beside it; where one is a part of another the test
``tests/test_rules_data.py`` says so.
"""

from __future__ import annotations

# English lemmas whose clause or quotation is what someone said: "X said that ...", "..., she told reporters".
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "state",
        "declare",
        "announce",
        "explain",
        "clarify",
        "write",
        "post",
        "claim",
        "insist",
        "argue",
        "warn",
        "predict",
        "believe",
        "think",
        "consider",
        "conclude",
        "reply",
        "respond",
        "answer",
        "comment",
        "remark",
        "recall",
        "acknowledge",
        "admit",
        "deny",
        "confirm",
        "point",
        "complain",
        "assert",
        "suggest",
        "urge",
        "vow",
        "promise",
        "quote",
        "cite",
        "report",
        "disclose",
        "reveal",
        "tweet",
        "ask",
        "accuse",
        "allege",
        "underline",
        "highlight",
        "mention",
        "observe",
        "specify",
        "inform",
        "assure",
        "affirm",
        "reaffirm",
        "threaten",
        "describe",
        "estimate",
        "express",
        "stated",
        "maintain",
        "contend",
        "continue",
        "repeat",
        "reiterate",
        "told",
        "agree",
        "concede",
        "speculate",
        "caution",
        "demand",
        "assess",
        # verbs that characterise with the speaker's own words: "called him a “vicious snake”"
        "call",
        "label",
        "dub",
        "brand",
        "term",
        "slam",
        "blast",
        "condemn",
        "denounce",
        "praise",
        "criticize",
        "criticise",
        "hail",
        "lambaste",
        "dismiss",
        "mock",
        "decry",
        "tout",
        "deride",
        "pledge",
        "boast",
        "joke",
        "quip",
        "recount",
        "charge",
        "retort",
        "exclaim",
        "shout",
        "scream",
        "whisper",
        "testify",
        "liken",
        "compare",
        "nickname",
        "ridicule",
        # "“...,” the letter reads": a document's words (the extractor takes it only without an object)
        "read",
        # "refused any comment “before the conclusions of the investigation”": the refusal is what was said
        "refuse",
        "decline",
    }
)

# The plainest of them: an act under one of these is reported, not done ("said the plane was shot down").
REPORTING_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "state",
        "declare",
        "announce",
        "explain",
        "claim",
        "insist",
        "argue",
        "warn",
        "believe",
        "report",
        "write",
        "confirm",
        "suggest",
    }
)

# Verbs of finding out: who "established", "found" or "concluded" that an act was done is the source of the
# finding, not the doer of the act ("investigators established Russia hit the school").
FINDING_LEMMAS = frozenset(
    {
        "establish",
        "find",
        "determine",
        "conclude",
        "discover",
        "prove",
        "ascertain",
        "learn",
        "reveal",
        "show",
        "confirm",
        "verify",
    }
)

# The forms a verb of saying takes right after its speaker or a quotation ("Peskov said", "..., the ministry noted").
# verbs of saying that name the outlet told with "to" ("confirmed to Reuters", "said to the agency"): a relay
SAID_TO_VERBS = (
    "confirmed",
    "explained",
    "recounted",
    "recalled",
    "described",
    "admitted",
    "stated",
    "said",
    "says",
    "confirms",
    "explains",
)
SAID_FORMS = ("said", "says", "told", "called", "stressed", "noted", "added", "wrote", "declared", "stated")
# The forms that close a sentence with its source: "..., the press office of the committee reported on Friday."
REPORTED_FORMS = (*SAID_FORMS, "reported", "announced", "informed")
# Verbs a person, not a movement or a tribe, is the subject of right after the name ("Burhan said", "Burhan met").
PERSON_VERBS = (
    "said",
    "says",
    "told",
    "added",
    "warned",
    "accused",
    "denied",
    "met",
    "called",
    "urged",
    "ordered",
    "agreed",
    "rejected",
    "insisted",
    "stressed",
    "noted",
    "wrote",
    "spoke",
    "announced",
    "declared",
    "vowed",
)

# Speech verbs as stems before the tense ending: заяви-л, заявля-ет, сказа-в (uk), повідоми-ла (uk).
CUE_STEMS = (
    "привод",  # "— приводит слова губернатора агентство Mehr": the agency relays the governor
    "заяви",
    "заявля",
    "сказа",
    "сообщи",
    "сообща",
    "отмети",
    "отмеча",
    "подчеркну",
    "подчеркива",
    "добави",
    "добавля",
    "поясни",
    "поясня",
    "уточни",
    "уточня",
    "написа",
    "пиш",
    "рассказа",
    "рассказыва",
    "призна",
    "предупреди",
    "предупрежда",
    "ответи",
    "отвеча",
    "завери",
    "заверя",
    "указа",
    "указыва",
    "счита",
    "полага",
    "утвержда",
    "призва",
    "призыва",
    "констатирова",
    "прокомментирова",
    "комментиру",
    "напомни",
    "напомина",
    "объяви",
    "объявля",
    "обвини",
    "обвиня",
    "опроверг",
    "отверг",
    "подтверди",
    "подтвержда",
    "говори",
    "цитиру",
    "переда",
    "информиру",
    "процитирова",
    "повідоми",
    "повідомля",
    "зазначи",
    "зазнача",
    "наголоси",
    "наголошу",
    "дода",
    "підкресли",
    "підкреслю",
    "напис",
    "розпові",
    "розповіда",
    "поясню",
    "уточню",
    "цит",
    "вважа",
    "попереди",
    "попереджа",
    "запевни",
    "відповіли",
    "відпові",
    "визна",
    "спростува",
    "назва",
    "называ",
)

# Verbs by which an outlet relays what someone said: "передает ТАСС", "сообщает Интерфакс", "повідомляє Укрінформ".
RELAY_STEMS = ("переда", "сообща", "пиш", "пише", "цитиру", "цит", "информиру", "повідомля", "привод")
# Endings of Russian and Ukrainian adverbial participles (деепричастия): "комментируя", "отвечая", "подчеркивая",
# "коментуючи", "сказавши", "обратившись". Such a word opens a clause about the subject ("Комментируя итоги, он
# сказал, что ...") and is not the verb of the attribution; "-ся" endings are finite reflexives ("поделился").
GERUND_ENDINGS_RU = ("ая", "яя", "уя", "юя", "ея", "ия", "ря", "ючи", "ячи", "учи", "ачи", "вши", "вшись", "ясь")

# Words that make a sentence of a text without a parse (Russian, Ukrainian) someone's account: "заявил", "сказав".
UNTAGGED_SPEECH_STEMS = (
    "заявил", "сообщил", "сказал", "утвержда", "заявля", "повідоми", "заяви", "сказа", "обвинил", "обвинив", "отметил",
    "подчеркнул",
)  # fmt: skip
# French words that say a claim is someone's ("selon le parquet", "a déclaré le ministre", "affirme Moscou"), read
# word by word where French has no parse here; only verbs that cannot be nouns or the verb of a toll ("a fait")
UNTAGGED_FRENCH_CUES = frozenset(
    (
        "selon déclaré affirmé indiqué ajouté expliqué souligné précisé assuré annoncé confié insisté rapporté "
        "raconté estimé déclare affirme indique ajoute explique souligne précise assure annonce estime affirment "
        "déclarent indiquent assurent estiment qualifié qualifie dénoncé dénonce accusé"
    ).split()
)

# Words that say a claim is someone's in the other languages read word by word ("laut der Armee", "según el
# ministerio", "secondo la polizia", "dijo", "sagte", "ha dichiarato"): verbs of saying that are no nouns, and the
# words for "according to"
UNTAGGED_CUES = frozenset(
    (
        "laut zufolge sagte sagten erklärte erklärten teilte teilten betonte bezeichnete nannte "
        "según dijo dijeron afirmó afirmaron declaró declararon aseguró aseguraron calificó denunció señaló "
        "secondo dichiarato affermato detto definito denunciato "
        "segundo disse disseram afirmou afirmaram declarou declararam"
    ).split()
)

# French speech verbs, as past participles after "a"/"ont" ("a déclaré", "a-t-il ajouté"), as present or imperfect
# forms ("ajoute-t-il", "déclarait") and as present participles that carry on a speaker's clause ("ajoutant que").
FRENCH_PARTICIPLES = (
    "déclaré dit indiqué affirmé ajouté expliqué souligné précisé estimé assuré annoncé confié écrit insisté "
    "martelé rapporté raconté noté poursuivi conclu prévenu réagi lancé commenté dénoncé jugé déploré averti "
    "rappelé reconnu confirmé démenti répondu accusé regretté qualifié exprimé évoqué appelé tweeté twitté "
    "publié posté fait signalé révélé admis observé prévenu menacé promis répété"
).split(" ") + ["fait savoir"]  # "a fait savoir le parquet": one verb of two words
FRENCH_PRESENT = (
    "déclare dit indique affirme ajoute explique souligne précise estime assure annonce confie écrit insiste "
    "martèle rapporte raconte note poursuit conclut prévient réagit lance commente dénonce juge déplore avertit "
    "rappelle reconnaît confirme dément répond déclarait disait indiquait affirmait ajoutait expliquait "
    "soulignait précisait estimait assurait annonçait écrivait insistait rapportait racontait poursuivait "
    "déclarent disent indiquent affirment ajoutent expliquent soulignent précisent estiment assurent annoncent "
    "évoque qualifie"
).split(" ")
# Italian and Spanish speech verbs in the present, read by the same surface patterns as French ones (the Romance
# articles go through quotes_fr): "», racconta a Kathimerini", "Un altro aggiunge: « ... »", "X dice que ...".
ROMANCE_PRESENT = (
    "dice racconta aggiunge prosegue continua spiega afferma dichiara sottolinea conferma riferisce ribadisce "
    "osserva ricorda conclude descrive denuncia dicono raccontano aggiungono spiegano affermano dichiarano "
    "definisce "
    "explica afirma declara añade asegura señala relata"
).split(" ")
# Italian speech verbs in the compound past, read by the same surface patterns ("», ha affermato Artyukh", "Il
# ministro ha assicurato che “...”", "ha infine detto il ministro"): auxiliaries, adverbs between, participles.
ITALIAN_AUXILIARIES = ("ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero")
ITALIAN_ADVERBS = ("infine", "anche", "poi", "inoltre", "ancora", "già", "pure", "quindi")
ITALIAN_PARTICIPLES = (
    "dichiarato detto affermato aggiunto spiegato sottolineato precisato assicurato annunciato confermato riferito "
    "ribadito raccontato scritto osservato ricordato concluso denunciato commentato evidenziato rivelato twittato "
    "smentito risposto ammesso avvertito insistito garantito definito"
).split(" ")
# Languages whose verbs need no subject pronoun: "«...», racconta." is said by whoever the text spoke of just before.
PRO_DROP_LANGUAGES = frozenset({"it", "es", "pt"})
# Spanish speech verbs (and Portuguese ones where they differ little), read by ``quotes_es``: past participles after
# "ha"/"han" ("», ha explicado X", "ha añadido"), simple past, present and imperfect forms ("dijo X", "afirma",
# "explicaba") and gerunds that carry on a speaker's clause ("añadiendo que").
SPANISH_PARTICIPLES = frozenset(
    (
        "dicho declarado afirmado explicado añadido agregado señalado indicado asegurado subrayado destacado "
        "precisado apuntado manifestado confirmado denunciado reconocido advertido insistido recordado relatado "
        "contado informado sostenido comentado escrito publicado detallado alertado lamentado criticado respondido "
        "concluido anunciado expresado aseverado reiterado admitido negado desmentido matizado puntualizado "
        "enfatizado aclarado revelado reclamado pedido exigido prometido tuiteado remarcado recalcado expuesto "
        "proseguido argumentado valorado defendido zanjado sentenciado replicado agradecido opinado avisado alegado "
        "justificado mantenido apostillado espetado incidido calificado considerado estimado trasladado reprochado "
        "lamentado ironizado resumido adelantado avanzado contestado apuntillado narrado relatado descrito "
        "garantizado prometido augurado vaticinado"
    ).split()
)
SPANISH_FINITE = frozenset(
    (
        "dijo declaró afirmó explicó añadió agregó señaló indicó aseguró subrayó destacó precisó apuntó manifestó "
        "confirmó denunció reconoció advirtió insistió recordó relató contó informó sostuvo comentó escribió publicó "
        "detalló alertó lamentó criticó respondió concluyó anunció expresó aseveró reiteró admitió negó desmintió "
        "matizó puntualizó enfatizó aclaró reveló reclamó pidió exigió prometió tuiteó "
        "dijeron declararon afirmaron explicaron añadieron agregaron señalaron indicaron aseguraron denunciaron "
        "relataron contaron informaron confirmaron "
        "dice declara afirma explica añade agrega señala indica asegura subraya destaca precisa apunta manifiesta "
        "confirma denuncia reconoce advierte insiste recuerda relata cuenta informa sostiene comenta escribe "
        "detalla lamenta responde concluye anuncia expresa reitera admite niega "
        "dicen declaran afirman explican añaden agregan señalan indican aseguran relatan cuentan denuncian "
        "decía declaraba afirmaba explicaba añadía señalaba indicaba aseguraba contaba relataba recordaba "
        "remarcó recalcó expuso prosiguió argumentó valoró defendió zanjó sentenció replicó agradeció opinó avisó "
        "alegó justificó mantuvo apostilló espetó incidió calificó consideró estimó reprochó ironizó resumió "
        "adelantó avanzó contestó narró describió garantizó auguró vaticinó "
        "remarca recalca expone argumenta valora defiende sentencia replica opina avisa alega justifica mantiene "
        "considera estima reprocha resume adelanta avanza contesta narra describe garantiza "
        "remarcaron recalcaron expusieron argumentaron defendieron replicaron alegaron mantuvieron consideraron "
        "advirtieron insistieron recordaron respondieron anunciaron negaron admitieron reconocieron pidieron "
        "exigieron criticaron lamentaron precisaron subrayaron destacaron apuntaron manifestaron detallaron "
        "disse declarou afirmou explicou acrescentou disseram afirmaram diz afirma "
        "sublinhou destacou ressaltou frisou alertou garantiu admitiu negou informou comentou observou defendeu "
        "criticou lamentou avaliou reiterou salientou apontou relatou contou escreveu anunciou confirmou denunciou "
        "reconheceu advertiu insistiu lembrou respondeu concluiu revelou pediu exigiu prometeu assegurou "
        "argumentou considerou estimou adiantou acrescentaram declararam explicaram informaram confirmaram "
        "denunciaram relataram contaram garantiram negaram alertaram destacaram afirmam dizem declara explica "
        "acrescenta sublinha destaca ressalta garante admite nega informa comenta observa defende critica lamenta"
    ).split()
)
# Romanian speech verbs, read by ``quotes_es`` with the Spanish ones: past participles after "a"/"au" ("», a spus X",
# "a declarat", "au precizat") and present forms ("spune X", "declară").
ROMANIAN_PARTICIPLES = frozenset(
    (
        "spus declarat precizat afirmat anunțat anuntat adăugat adaugat explicat subliniat menționat mentionat "
        "transmis relatat arătat aratat confirmat avertizat insistat răspuns raspuns scris comunicat estimat "
        "susținut sustinut dezvăluit negat recunoscut"
    ).split()
)
ROMANIAN_FINITE = frozenset("spune declară afirmă precizează explică adaugă subliniază anunță".split())
ROMANIAN_AUXILIARIES = frozenset("a au".split())
# Words right after a Romanian speech verb that open no subject: "a spus pentru agenția X", "a declarat luni".
ROMANIAN_NOT_SPEAKER = frozenset("pentru pe în într cu luni marți miercuri joi vineri sâmbătă duminică ieri".split())
SPANISH_GERUNDS = frozenset(
    "añadiendo agregando explicando señalando asegurando precisando subrayando indicando afirmando "
    "destacando apuntando insistiendo recordando advirtiendo acrescentando".split()
)
# Auxiliaries before a participle: "ha explicado", "han dicho", "había asegurado", "habría dicho"; Portuguese "tem".
SPANISH_AUXILIARIES = frozenset("ha han había habían habría habrían hubo".split())
# Adverbs between the auxiliary and the participle, or right after the verb: "ha también explicado", "dijo además".
SPANISH_ADVERBS = frozenset("también además luego después ya asimismo posteriormente incluso finalmente".split())
# Subject pronouns: the last speaker ("», dijo él").
SPANISH_PRONOUNS = frozenset("él ella ellos ellas".split())
# Words right after a speech verb that open no subject: what the speaker said it to, where, when.
SPANISH_NOT_SPEAKER = frozenset(
    (
        "a al ante en desde por para tras durante con sobre que este esta ese esa lunes martes miércoles "
        "jueves viernes sábado domingo hoy ayer anoche mañana según mediante vía à ao na no em"
    ).split()
)
FRENCH_GERUNDS = (
    "ajoutant précisant soulignant expliquant estimant affirmant assurant indiquant déclarant rappelant "
    "dénonçant évoquant insistant notant"
).split(" ")
# Auxiliaries before a participle: "a déclaré", "ont indiqué", "avait affirmé", "aurait dit".
FRENCH_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il", "a-t-elle", "ont-ils")
# Adverbs that may stand between the auxiliary and the participle: "a également déclaré".
FRENCH_ADVERBS = (
    "également",
    "aussi",
    "encore",
    "ensuite",
    "notamment",
    "alors",
    "enfin",
    "déjà",
    "plus tard",
    "plus tôt",  # "avait plus tôt annoncé"
    "auparavant",
    "d'abord",
    "d\u2019abord",
    "aussitôt",
    "pourtant",
    "cependant",
    "toutefois",
    "de nouveau",
)
# Pronoun subjects of French speech: "a-t-il déclaré", "Il a souligné que", "a-t-elle ajouté".
FRENCH_PRONOUNS = {"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "p"}
# "The latter" as the subject of a speech verb, with the gender it tells (None: either): the last person named.
LATTER = {
    "ce dernier": "m",
    "cette dernière": "f",
    "quest'ultimo": "m",
    "quest'ultima": "f",
    "questo ultimo": "m",
    "questa ultima": "f",
    "este último": "m",
    "esta última": "f",
    "letzterer": "m",
    "letztere": None,
    "the latter": None,
}
# Prepositions that open what follows a speech verb without being its subject: "a indiqué sur Telegram X".
FRENCH_NOT_SPEAKER = frozenset(
    "que qu sur dans à au aux lors devant auprès lundi mardi mercredi jeudi vendredi samedi "
    "dimanche hier samedi mardi ce cette en via par pour après avant a ad alla ai agli su sui sul sulla nel nella "
    "tramite durante ieri oggi lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)  # the Italian from "a": "racconta a Kathimerini" tells the outlet, "ha scritto sui social" a place, no speaker
# Demonstratives that open a speaker phrase ("a commenté cette source") unless a time follows ("a dit ce lundi").
FRENCH_DEMONSTRATIVES = frozenset("ce cet cette ces".split())
FRENCH_TIME_NOUNS = frozenset(
    "matin soir midi semaine semaines année mois jour jours nuit week-end après-midi fois lundi mardi mercredi jeudi "
    "vendredi samedi dimanche printemps été automne hiver".split()
)
# A day said between a speech verb and its subject ("a déclaré jeudi l'ambassadeur", "ha detto ieri sera il
# ministro"), with the part of the day that may follow it: no part of the speaker.
ROMANCE_TIME_LEADS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui ieri oggi stamattina stasera "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)
ROMANCE_DAY_PARTS = frozenset("matin soir midi après-midi dernier mattina sera pomeriggio scorso".split())
# Sentence openers that are no subject: "De son côté, X a déclaré", "Par ailleurs, ...".
FRENCH_OPENERS = (
    "de son côté",
    "de leur côté",
    "pour sa part",
    "pour leur part",
    "par ailleurs",
    "en outre",
    "de plus",
    "dans un communiqué",
    "dans une déclaration",
    "cependant",
    "toutefois",
    "en revanche",
    "ainsi",
)

# French nouns that head a description of one person ("le porte-parole du ministère", "la juge", "le maire"),
# feminine forms mapped to the masculine: "la ministre" fits a person introduced as "ministre". A description
# headed by one resolves to the person the article introduced with the same noun, never to anyone else.
FRENCH_ROLE_HEADS: dict[str, str] = {
    **{
        w: w
        for w in (
            "porte-parole ministre président maire gouverneur procureur juge ambassadeur directeur chef responsable "
            "secrétaire commandant général colonel député sénateur chancelier premier dirigeant patron avocat "
            "médecin expert analyste journaliste correspondant enquêteur préfet conseiller représentant envoyé "
            "diplomate émissaire commissaire capitaine officier militaire lieutenant entraîneur joueur témoin"
        ).split()
    },
    "présidente": "président",
    "gouverneure": "gouverneur",
    "procureure": "procureur",
    "ambassadrice": "ambassadeur",
    "directrice": "directeur",
    "cheffe": "chef",
    "secrétaire-générale": "secrétaire",
    "générale": "général",
    "députée": "député",
    "sénatrice": "sénateur",
    "chancelière": "chancelier",
    "première": "premier",
    "dirigeante": "dirigeant",
    "patronne": "patron",
    "avocate": "avocat",
    "experte": "expert",
    "correspondante": "correspondant",
    "enquêtrice": "enquêteur",
    "préfète": "préfet",
    "conseillère": "conseiller",
    "représentante": "représentant",
    "envoyée": "envoyé",
    "commissaire": "commissaire",
    "joueuse": "joueur",
    "entraîneuse": "entraîneur",
}
# Feminine heads: "la directrice" is a woman whatever the article says.
FRENCH_FEMININE_HEADS = frozenset(
    w for w, m in FRENCH_ROLE_HEADS.items() if w != m and w not in ("commissaire", "secrétaire-générale")
) | {"secrétaire-générale"}
# Words of a French description that qualify its head without saying whose it is ("le nouveau ministre").
FRENCH_DESCRIPTION_FILLERS = frozenset(
    "le la les l un une des du de d au aux et en son sa ses leur leurs ce cet cette nouveau nouvelle ancien "
    "ancienne actuel actuelle haut haute principal principale adjoint adjointe même lui-même elle-même".split()
)
# Articles that make a description indefinite: "un porte-parole du ministère" is someone not named.
FRENCH_INDEFINITE = frozenset({"un", "une", "des"})
# Words that open an adverbial part before a French subject: "Plus tard, le maire a déclaré", "Hier, la police".
FRENCH_ADVERBIAL_OPENERS = frozenset(
    "plus puis ensuite enfin hier aujourd'hui aujourd demain mais or donc alors depuis lors après avant pendant "
    "selon vendredi samedi dimanche lundi mardi mercredi jeudi dès jusqu peu quelques cette ce mardi soir matin "
    "auparavant désormais entre-temps finalement également aussi toutefois cependant néanmoins pourtant".split()
)
# French nouns that head a description of a body ("le groupe", "le ministère", "l'ambassade de Russie"): the body
# introduced with that noun before, never the place in the phrase.
FRENCH_BODY_HEADS = frozenset(
    "groupe ministère ambassade armée police gouvernement agence organisation comité commission service "
    "parquet tribunal cour mission conseil office direction état-major administration compagnie entreprise "
    "société fédération ong association parti mouvement".split()
)
# Words of a French office that speaks for the body it belongs to ("le service de presse du ministère", "le bureau de
# presse de X", "la cellule de communication de X"): what it says is the body's.
FRENCH_VOICE_OFFICES = frozenset("porte-parole presse communication communications information".split())
# What a speaker issues and a later sentence quotes as the speaker: "« ... », ajoute le message".
FRENCH_ISSUED = frozenset("message communiqué déclaration texte lettre publication".split())
# Pronouns after "selon" / "d'après" that stand for a speaker named before: "selon lui", "d'après elle".
FRENCH_STRESSED_PRONOUNS = {"lui": "m", "elle": "f", "eux": "p", "elles": "p"}

# Russian and Ukrainian words that introduce an outlet's name: "агентство Mehr", "телеканал RT".
OUTLET_WORDS_RU = (
    "информагентство",
    "агентство",
    "агентства",
    "издание",
    "издания",
    "телеканал",
    "газета",
    "радио",
    "портал",
    "сайт",
    "агентство",
    "видання",
    "телеканал",
)

# Words that say an outlet's name follows, in French, Spanish, Portuguese, Italian and German ("el canal de
# televisión Almasirah", "la chaîne Al-Mayadeen", "l'emittente Al Manar", "der Sender Chabar"): the name is an
# outlet's, whatever else a table or the capitals would make of it.
ROMANCE_OUTLET_WORDS = frozenset(
    """
    chaîne agence quotidien hebdomadaire journal radio télévision site canal cadena agencia diario periódico emisora
    televisión televisora revista agência jornal emissora revista agenzia quotidiano emittente canale settimanale
    sender fernsehsender nachrichtensender nachrichtenagentur zeitung tageszeitung wochenzeitung
    """.split()
)
# German outlet words are nouns, written with a capital; the others are read only in lower case ("le Journal du
# dimanche" is a name, not "journal" before one).
GERMAN_OUTLET_TAILS = ("sender", "zeitung", "agentur")
# The words an outlet word may take before the name ("el canal de televisión X", "l'agenzia di stampa X").
OUTLET_KIND_LINKS = frozenset("de di da".split())
OUTLET_KIND_TAILS = frozenset("televisión noticias información televisão notícias informação stampa presse".split())
# Words in the first paragraph of a French, Spanish, Portuguese, German or Romanian article that say the story
# reached the publisher through an outlet. Before the name: "dos entrevistas, recogidas por Europa Press", "selon
# l'AFP", "..., rapporte l'AFP", "segundo a agência Lusa", "laut dpa", "potrivit Agerpres"; after it: "AFP
# zufolge", "..., como EFE informó". Regular expressions, matched case-blind.
LEAD_RELAY_BEFORE = (
    r"selon",
    r"d['\u2019]apr\u00e8s",
    r"(?:rapport|recueilli|cit|relay|repris)\u00e9?e?s?\s+par",
    r"rapporte|rapportent|informe",
    r"seg\u00fan",
    r"de acuerdo con",
    r"(?:recogid|citad|difundid|recabad)[oa]s?\s+por",
    r"informa|inform\u00f3|informaron",
    r"segundo",
    r"de acordo com",
    r"(?:recolhid|citad|divulgad|noticiad)[oa]s?\s+(?:por|pel[oa]s?)",
    r"informou",
    r"laut",
    r"berichtet|berichtete|meldet|meldete",
    r"potrivit|conform",
    r"(?:citat|citat\u0103|relatat|preluat)\s+de",
    r"relateaz\u0103|informeaz\u0103",
)
LEAD_RELAYED_AFTER = (
    r"zufolge",
    r"berichtet|berichtete|meldet|meldete",
    r"informa|inform\u00f3|informou|informe|rapporte",
    r"relateaz\u0103|informeaz\u0103",
)
# What may stand between those words and the name: an article and a kind of outlet ("selon l'agence", "según la
# agencia de noticias", "pela agência", "laut der Nachrichtenagentur", "potrivit agen\u021biei").
LEAD_RELAY_ARTICLES = r"l['\u2019]|le|la|les|el|los|las|o|os|a|as|der|die|dem|des"
LEAD_RELAY_KINDS = (
    r"agence(?: de presse)?|agencia(?: de noticias)?|ag\u00eancia(?: de not\u00edcias)?|agen\u021bia|"
    r"agen\u021biei|nachrichtenagentur|agentur|quotidien|journal|diario|peri\u00f3dico|jornal|zeitung|cha\u00eene|"
    r"cadena|emissora|site|sitio|portal"
)

# Nouns of a cry whose "of" names the words cried: "cries of “Stop!” from the migrants", "their shouts of “Help!”".
# The quoted words are speech however short, and the crier is the noun's possessor or a "from" phrase right after.
OUTCRY_NOUNS = frozenset({"cry", "shout", "scream", "yell", "chant", "roar", "shriek", "wail", "plea", "exclamation"})

# Verbs of perceiving or recording whose passive subject is the one presented speaking: "a man in the video can be
# heard saying “...”", "the driver is heard saying: “...”", "was filmed telling fans “...”". The words are the
# subject's, not those of the outlet or broadcaster that reports the recording.
PERCEIVED_LEMMAS = frozenset(
    {"hear", "overhear", "see", "film", "record", "tape", "videotape", "show", "catch", "capture", "depict"}
)

# Verbs whose "by" names who a document speaks for: "reports cited by the police said", "a statement issued by the
# council said" (not "commissioned by", whose agent paid for the words of others).
AUTHORING_LEMMAS = frozenset(
    {"issue", "release", "publish", "compile", "write", "prepare", "produce", "sign", "send", "cite", "present", "file"}
)

# Singular nouns for a person left unnamed: "A former expert at the agency said ... . Speaking on condition of
# anonymity, he told AFP ...": a "he" after such a subject is that person, not someone named before; so after a
# quote of "the passenger" or "the speaker" that the text names no further.
UNNAMED_PERSON_NOUNS = frozenset(
    {
        "expert",
        "official",
        "source",
        "witness",
        "resident",
        "analyst",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "officer",
        "investigator",
        "insider",
        "aide",
        "employee",
        "worker",
        "doctor",
        "lawyer",
        "man",
        "passenger",
        "driver",
        "survivor",
        "speaker",
        "neighbour",
        "neighbor",
        "friend",
        "guard",
        "soldier",
        "pilot",
        "nurse",
        "student",
        "teacher",
        "journalist",
        "reporter",
        "activist",
        "protester",
        "volunteer",
        "rescuer",
        "woman",
        # people of a place, unnamed: "a local said", "another villager told ..."
        "local",
        "villager",
        "inhabitant",
        "eyewitness",
        "bystander",
        "onlooker",
    }
)

# Nouns of a person's job that, after "the" and alone, go on with the person who just spoke: "Hikmet Hajiyev
# said ... . “...,” the official added", "said Cara Field, chief executive of the trust ... . “...,” the medic said".
# Read only right after that person's quote, with no unnamed speaker between (extract/speakers.py).
ANAPHORIC_PERSON_NOUNS = frozenset(
    """official diplomat minister medic doctor physician surgeon spokesman spokeswoman spokesperson envoy
    ambassador prosecutor governor mayor lawyer attorney commander officer chief director expert analyst
    politician lawmaker senator secretary adviser advisor executive chairman chairwoman president premier
    general colonel scientist researcher professor economist""".split()
)

# Parts of a body that speak for it: "the press office of the Ostra Investigative Committee reported ...": as the
# subject of a sentence they stand for the body they belong to (a later "it" or "the statement" is that body's).
VOICE_OFFICES = frozenset(
    {
        "office",
        "service",
        "department",
        "directorate",
        "centre",
        "center",
        "headquarters",
        "secretariat",
        "bureau",
    }
)

# A participle after a verb that says what its subject holds of the event (``Zelensky said, describing the strike
# as a deliberate attack``; ``the ministry denied the report, blaming the air defence``): the participle's clause is
# its subject's claim, told on the subject's authority, not the outlet's (extract/claims.py, ``_participles``).
CHARACTERISING_PARTICIPLES = frozenset(
    {
        "accuse",
        "allege",
        "blame",
        "brand",
        "call",
        "characterise",
        "characterize",
        "claim",
        "describe",
        "dub",
        "hold",
        "insist",
        "label",
        "term",
    }
)

# German speech verbs, in the forms news copy attributes quotes with (past and present, third person): "„...“,
# sagte X", "X erklärte: „...“", "X schrieb auf Telegram, dass „...“". ``so`` ("„...“, so X") is read apart.
GERMAN_SPEECH_VERBS = frozenset(
    "sagte sagten sagt sagen erklärte erklärten erklärt schrieb schrieben schreibt betonte betonten betont "
    "warnte warnten warnt meinte meinten meint fügte fügten fügt ergänzte ergänzt sprach spricht kritisierte "
    "kritisiert forderte fordert berichtete berichtet teilte teilt mitteilte erklärt äußerte äußert "
    "bekräftigte bekräftigt versicherte versichert unterstrich unterstreicht hieß heißt teilten mitteilten rief "
    "riefen twitterte twitterten twittert postete postet schloss schloß antwortete antwortet fragte fragt "
    "behauptete behauptet räumte erklärten erzählt erzählte erzählten".split()
)
# German subject pronouns and the speaker they take: "„...“, sagte er"
GERMAN_PRONOUNS = {"er": "m", "sie": "f"}
# Words before a name that make it the addressee or the outlet, not the speaker: "sagte er gegenüber der Agentur X"
GERMAN_NOT_SPEAKER = frozenset(
    "gegenüber der dem den agentur nachrichtenagentur zeitung sender im in auf zu zum zur".split()
)

# verbs that bring evidence out ("on Friday it intercepted a call proving ..."), and the participles that tell what the
# evidence shows: a day on such a verb is when the evidence came out, not when the act it shows was done
REVEALING_LEMMAS = frozenset(
    {"intercept", "publish", "release", "obtain", "reveal", "record", "post", "air", "broadcast"}
)
PROVING_LEMMAS = frozenset({"prove", "show", "confirm", "indicate", "suggest", "reveal", "demonstrate"})

# Offices of a place in English, French, German and Spanish, with the English word they share: "the governor of X
# state", "le gouverneur de l'État de X", "Gouverneur des Bundesstaats X" and "X governor Y" are one office of X.
PLACE_OFFICES = {
    "governor": "governor",
    "gouverneur": "governor",
    "gouverneure": "governor",
    "gobernador": "governor",
    "gobernadora": "governor",
    "mayor": "mayor",
    "maire": "mayor",
    "mairesse": "mayor",
    "bürgermeister": "mayor",
    "bürgermeisterin": "mayor",
    "oberbürgermeister": "mayor",
    "alcalde": "mayor",
    "alcaldesa": "mayor",
    "prefect": "prefect",
    "préfet": "prefect",
    "préfète": "prefect",
    "präfekt": "prefect",
    "prosecutor": "prosecutor",
    "procureur": "prosecutor",
    "procureure": "prosecutor",
    "staatsanwalt": "prosecutor",
    "fiscal": "prosecutor",
    "procuratore": "prosecutor",
    "прокурор": "prosecutor",
    "губернатор": "governor",
    "мэр": "mayor",
    "premier": "premier",
}
# Words of a place description that name the kind of place, not which one: "X state", "l'État de X", "Bundesstaats X"
# Offices of a country, read with the country that holds them ("Georgia's prime minister", "the Hungarian prime
# minister", "le président du Brésil"): a two-word office is written with a hyphen once read.
# the portfolios of the ministers besides foreign, defence and interior, each a country's office of its own
_MINISTER_PORTFOLIOS = tuple(
    "finance health justice transport energy trade education economy agriculture information home".split()
)
NATIONAL_OFFICES = {
    "president": "president",
    "président": "president",
    "présidente": "president",
    "presidente": "president",
    "präsident": "president",
    "präsidentin": "president",
    "prime-minister": "prime minister",
    "premier": "prime minister",
    "premier-ministre": "prime minister",
    "première-ministre": "prime minister",
    "primer-ministro": "prime minister",
    "primera-ministra": "prime minister",
    "primeiro-ministro": "prime minister",
    "foreign-minister": "foreign minister",
    "defence-minister": "defence minister",
    "defense-minister": "defence minister",
    "interior-minister": "interior minister",
    "chancellor": "chancellor",
    "crown-prince": "crown prince",
    "prince-héritier": "crown prince",
    "kronprinz": "crown prince",
    "príncipe-heredero": "crown prince",
    "principe-ereditario": "crown prince",
    "наследный-принц": "crown prince",
    "king": "king",
    "roi": "king",
    "könig": "king",
    "rey": "king",
    "emir": "emir",
    "émir": "emir",
    "президент": "president",
    "премьер-министр": "prime minister",
    "премьер": "prime minister",
    "канцлер": "chancellor",
    # the other portfolios of a country's government ("Bangladesh's finance minister", "the Greek health minister")
    **{f"{p}-minister": f"{p} minister" for p in _MINISTER_PORTFOLIOS},
}
NATIONAL_OFFICE_PAIRS = {
    **{(p, "minister"): f"{p}-minister" for p in _MINISTER_PORTFOLIOS},
    ("prime", "minister"): "prime-minister",
    ("premier", "ministre"): "premier-ministre",
    ("première", "ministre"): "première-ministre",
    ("primer", "ministro"): "primer-ministro",
    ("primera", "ministra"): "primera-ministra",
    ("primeiro", "ministro"): "primeiro-ministro",
    ("foreign", "minister"): "foreign-minister",
    ("defence", "minister"): "defence-minister",
    ("defense", "minister"): "defense-minister",
    ("interior", "minister"): "interior-minister",
    ("crown", "prince"): "crown-prince",
    ("prince", "héritier"): "prince-héritier",
    ("príncipe", "heredero"): "príncipe-heredero",
    ("principe", "ereditario"): "principe-ereditario",
    ("наследный", "принц"): "наследный-принц",
}
# Words that say the holder is not the one in office now: "the former president", "l'ex-président"
FORMER_WORDS = frozenset("former ex ex-president ancien ancienne expresidente ehemalige ehemaliger late".split())

PLACE_KIND_WORDS = frozenset(
    """state states province region district county city town municipality oblast governorate department
    état etat province région département ville commune
    staat bundesstaat bundesstaats bundesland bundeslandes provinz region stadt
    estado provincia región ciudad""".split()
)

# People named by whom they serve ("an adviser to X", "X's lawyer", "a spokesman for X"): the phrase speaks of X
# but is someone else, named in an apposition after it when the article names them.
AIDE_NOUNS = frozenset(
    "adviser advisor advisers advisors aide aides assistant assistants lawyer lawyers attorney attorneys counsel "
    "envoy envoys confidant ally allies deputy deputies".split()
)

# Spanish offices of the state a person is introduced by, masculine and feminine ("el alcalde", "la gobernadora")
_SPANISH_OFFICES_M = tuple(
    "funcionario alcalde gobernador ministro viceministro portavoz vocero presidente vicepresidente jefe director "
    "secretario fiscal embajador comandante asesor consejero delegado diputado senador".split()
)
_SPANISH_OFFICES_F = tuple(
    "funcionaria alcaldesa gobernadora ministra viceministra portavoz vocera presidenta vicepresidenta jefa directora "
    "secretaria fiscal embajadora comandante asesora consejera delegada diputada senadora".split()
)
# Spanish and Portuguese head nouns that stand for an office a person was introduced with by another word ("dijo el
# mandatario" after "el presidente boliviano, Luis Arce"): the head -> the words that introduce that office.
SPANISH_ROLE_SYNONYMS = {
    "mandatario": ("presidente", "mandatario", "jefe"),
    "mandataria": ("presidenta", "mandataria", "jefa"),
    "gobernante": ("presidente", "presidenta", "gobernante"),
    # "escribió el funcionario" after "citando al alcalde de la urbe, X": the last person introduced by an office
    "funcionario": _SPANISH_OFFICES_M,
    "funcionaria": _SPANISH_OFFICES_F,
}

# Spanish and Portuguese head nouns of a description that stands for a body the article named before ("ha informado
# el Ministerio" after "el Ministerio de Defensa de Rusia", "ha añadido la organización" after "la organización
# Sarkan"): the head -> the words that may name or introduce that body.
SPANISH_BODY_HEADS = {
    "ministerio": ("ministerio",),
    "organización": ("organización", "grupo"),
    "grupo": ("grupo", "organización"),
    "gobierno": ("gobierno", "ejecutivo"),
    "ejecutivo": ("ejecutivo", "gobierno"),
    "agencia": ("agencia",),
    "comité": ("comité",),
    "comisión": ("comisión",),
    "ejército": ("ejército", "fuerzas"),
    "empresa": ("empresa", "compañía", "aerolínea"),
    "compañía": ("compañía", "empresa", "aerolínea"),
    "aerolínea": ("aerolínea", "compañía", "empresa"),
    "movimiento": ("movimiento",),
    "ministério": ("ministério",),
    "governo": ("governo",),
    "organização": ("organização", "grupo"),
}

# Participles of a sentence that names the source of the quote after it: "This was stated by the press service of X."
STATED_BY_PARTICIPLES = ("stated", "said", "announced", "reported", "declared", "written", "posted")

# Polish verbs of saying as past-tense stems: the stem takes "ł" (he), "ła" (she), "ło", "li" or "ły" (they), as in
# "powiedzia-ł", "oświadczy-ła", "poinformowa-li"; "ostrzegł" has no vowel before its ending and is listed whole.
POLISH_SPEECH_STEMS = frozenset(
    (
        "powiedzia oświadczy poinformowa przekaza stwierdzi doda podkreśli zaznaczy napisa oceni zapewni wyjaśni "
        "przyzna ogłosi oznajmi mówi tłumaczy przekonywa zauważy relacjonowa opowiada opowiedzia zapowiedzia "
        "zaapelowa apelowa skomentowa komentowa odpowiedzia odpowiada zapyta pyta wskaza wskazywa argumentowa "
        "potwierdzi zaprzeczy zdementowa odrzuci oskarży zarzuci twierdzi uzna przypomnia przypomina podsumowa "
        "poda alarmowa ocenia dodawa podkreśla zaznacza informowa zapewnia ostrzega"
    ).split()
)
POLISH_SPEECH_WHOLE = frozenset(
    (
        "ostrzegł ostrzegła ostrzegli mówi twierdzi podkreśla zaznacza dodaje pisze ocenia przekonuje wyjaśnia "
        "tłumaczy zapewnia relacjonuje komentuje informuje przekazuje ostrzega przypomina wskazuje podaje apeluje "
        "odpowiada zauważa oznajmia oświadcza stwierdza zaprzecza"
    ).split()
)
POLISH_PAST_ENDINGS = {"ł": "m", "ła": "f", "ło": None, "li": "p", "ły": "p"}
# Polish denials and hedges, read as stems ("zaprzeczył", "zaprzeczyła", "zdementował"; "rzekomo", "prawdopodobnie")
POLISH_DENIAL_STEMS = ("zaprzecz", "zdementowa", "dementuj", "odrzuci", "odrzuca")
POLISH_HEDGES = frozenset("rzekomo prawdopodobnie najprawdopodobniej podobno możliwe ponoć".split())
# Words before a name after the verb that say to whom or where the speaker spoke, never who: "powiedział w rozmowie
# z RMF FM", "napisał na platformie X", "powiedział dla Polsat News", "cytowany przez PAP"
POLISH_NOT_SPEAKER = frozenset("z ze dla na w we przez do od wobec o u po przed".split())
# "według premiera", "zdaniem ministra", "jak podał X": the source of what the sentence tells
POLISH_ACCORDING = ("według", "wedle", "zdaniem")

# Reported speech outside quotation marks, in the languages read without a parse ("X a déclaré que ...", "Según X,
# ...", "..., sagte X"): per language, the words that open the speech after a verb of saying, the words for "according
# to", the prepositions that make a name after the verb whom or where the speaker spoke, and the verbs of denying
# whose speech is what is denied.
REPORTED_THAT = {
    "fr": r"(?:que|qu['’])",
    "es": r"(?:que)",
    "pt": r"(?:que)",
    "it": r"(?:che)",
    "de": r"(?:dass|daß)",
    "pl": r"(?:że|iż|jakoby)",
}
REPORTED_ACCORDING = {
    "fr": ("selon", "d'après", "d’après"),
    "es": ("según",),
    "pt": ("segundo", "conforme"),
    "it": ("secondo",),
    "de": ("laut",),
    "pl": POLISH_ACCORDING,
}
REPORTED_NOT_SPEAKER = {
    "fr": frozenset("à au aux devant sur dans lors pour auprès chez en".split()),
    "es": frozenset("a al ante en para con desde".split()),
    "pt": frozenset("a ao à aos em no na para com".split()),
    "it": frozenset("a al alla ai agli in su sul sulla per con".split()),
    "de": frozenset("gegenüber vor im in auf bei dem mit".split()),
    "pl": POLISH_NOT_SPEAKER,
}
REPORTED_DENIALS = frozenset(
    "démenti dément démentent nié nie nient contesté conteste "
    "negó negaron niega niegan desmintió desmienten negado desmentido rechazó "
    "smentito negato nega negano smentisce respinto "
    "negou negaram nega negam desmentiu "
    "bestritt bestreitet bestritten dementierte dementiert".split()
)
# German reported speech with no "dass": the verb of saying, a comma, and a clause in the subjunctive ("sagte, die
# Polizei habe in Notwehr gehandelt")
GERMAN_SUBJUNCTIVE = frozenset("habe sei seien werde würden würde hätte hätten könne müsse wolle solle gebe".split())
# Verbs of the speech tables that report no speech before "que" ("a fait que", "a lancé que"): left out
REPORTED_NOT_SPEECH = frozenset("fait lancé appelé publié posté qualifié menacé".split())
# The definite articles that open a description of a body a speaker phrase may be ("the army", "der Armee",
# "l'armée", "el ejército", "o Exército"), in the languages read (``link.described``); the indefinite "a" leaves a
# speaker unnamed. "des" is the German genitive ("Angaben des Ministeriums"); the French "des responsables" it also
# reads names no body's words.
DEFINITE_ARTICLES = frozenset("the der die das dem den des le la les l el los las lo il gli o os".split())
# The linking words inside a description that name no part of the body ("service d'urgence", "ministerio de")
DESCRIPTION_LINKS = frozenset("of for de d du del della dello delle di da do dos das von vom zur zum".split())
# Verbs whose own subject, not their object, does what their infinitive says ("promised them to pay"): every other
# verb with an object hands the infinitive to its object ("urged Russia to accept responsibility", ``extract.frames``)
SUBJECT_CONTROL = frozenset({"promise", "threaten", "vow", "pledge", "offer"})
