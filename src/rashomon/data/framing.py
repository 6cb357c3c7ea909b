"""Cue words and phrases of persuasion techniques (SemEval-2023 Task 3 names), for the framing stage.

Each entry is a cue a reader can check: the technique it signals and the rule
name it fires under. The lists favour precision: a word goes in only when it
is evaluative in (nearly) every sense news copy uses it. Words that are loaded
in some senses only ("attack", "regime", "militants", "criminal", "lies") are
handled by patterns in ``extract/framing.py`` that look at the parse.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Emotive adjectives and adverbs: loaded in every sense a news story uses them.
LOADED_ADJECTIVES = _words("""
    barbaric barbarous monstrous horrendous heinous atrocious abhorrent despicable vile evil sinister diabolical
    nefarious insidious odious reprehensible deplorable disgraceful shameful shameless outrageous scandalous
    cynical hypocritical treacherous perfidious cowardly bloodthirsty savage inhuman inhumane sadistic fanatical
    rabid hysterical obscene grotesque disgusting sickening appalling horrific horrifying gruesome ghastly
    pathetic ludicrous preposterous farcical laughable idiotic moronic deranged unhinged murderous genocidal
    brazen blatant flagrant egregious vicious venomous wicked wretched treasonous traitorous deceitful
    mendacious duplicitous two-faced spineless craven servile subservient russophobic awful horrible
    villainous demonic satanic bestial cannibalistic misanthropic inglorious ignominious shambolic
    glorious spiteful sordid pusillanimous milquetoast hell-bent hateful sleazy degenerate despotic tyrannical
    reckless ridiculous phony ignorant foolish misguided pernicious nonsensical stupid depraved lunatic
""")
LOADED_ADVERBS = _words("""
    brazenly shamelessly cynically barbarically viciously hypocritically treacherously cowardly stubbornly
    callously ruthlessly mercilessly insolently arrogantly deceitfully blatantly recklessly
""")
# Loaded nouns: abstract evaluations and vivid images of violence or madness.
LOADED_NOUNS = _words("""
    atrocity atrocities bloodbath hysteria russophobia frenzy barbarism barbarity savagery bestiality
    butchery hypocrisy cynicism villainy treachery perfidy lunacy madness insanity debacle fiasco
    farce charade travesty scam sham witch-hunt filth nonsense stupidity cowardice depravity tyranny
    whitewash bombshell tantrum tantrums
""")
# Loaded verbs: violence or speech painted in the worst light.
LOADED_VERBS = _words("""
    slaughter butcher exterminate annihilate brainwash spew whine rant peddle smear terrorise terrorize
    massacre
""")

# Labels for people and groups: name calling whoever they are aimed at.
NAME_NOUNS = _words("""
    junta thugs thug henchmen henchman puppet puppets stooge stooges lackey lackeys minions cronies crony
    butchers warmongers warmonger propagandists propagandist fascists neo-nazis neo-nazi nazis gangsters
    cutthroats occupiers invaders orcs rashists fanatics traitors traitor zombies zealots crackpots bootlickers
    hatemongers hatemonger bigots satraps lunatics fools liar liars provocateurs
""")
# Emotive words with a legal or technical sense before some nouns: "reckless driving" is a charge.
NEUTRAL_BEFORE: dict[str, frozenset[str]] = {
    "reckless": _words("driving endangerment homicide conduct manslaughter disregard"),
    "recklessly": _words("endangering endangered"),
}
# Nouns that label a group only when the context makes them a label (see the patterns).
PUPPET_MASTERS = _words("masters handlers curators puppeteers supervisors overlords")
# "regime" names a government as illegitimate when it is tied to a place or a person.
REGIME_WORDS = _words("regime regimes junta clique")
# "criminal" is a legal term before most nouns ("criminal case", "criminal aliens", "criminal histories"), a label
# before the nouns for those who govern or what they do as such ("criminal regime", "criminal orders").
CRIMINAL_POLITICAL = _words("""
    regime regimes junta clique government governments state authorities leadership rulers elite elites
    policy policies orders actions war wars aggression adventure
""")
# "terrorist" before these nouns labels what it is said of ("terrorist act", "the terrorist nature of");
# before group nouns ("a terrorist organisation") it is mostly a legal designation, left to the ban patterns.
TERROR_HEADS = _words("act acts nature state country regime regimes method methods tactics war campaign")
# Before these it names an event; a label only for one particular event or one agent (see ``_terror``).
TERROR_EVENTS = _words("attack attacks strike strikes bombing bombings")
# Multi-word cues: (words, technique, rule). Matched on lower-cased tokens.
PHRASES: tuple[tuple[tuple[str, ...], str, str], ...] = tuple(
    (tuple(words.split()), technique, rule)
    for words, technique, rule in (
        # casting doubt on a thing by its name ("purported" left out: a legal word in court copy)
        ("so-called", "doubt", "so-called"),
        ("so called", "doubt", "so-called"),
        ("self-proclaimed", "doubt", "self-proclaimed"),
        ("self-styled", "doubt", "self-styled"),
        ("can not be trusted", "doubt", "untrustworthy"),  # spaCy splits "cannot" into "can" "not"
        ("can never be trusted", "doubt", "untrustworthy"),
        # loaded images: guilt as blood, a government's speech as a machine
        ("blood on its hands", "loaded_language", "loaded-phrase"),
        ("blood on their hands", "loaded_language", "loaded-phrase"),
        ("blood on his hands", "loaded_language", "loaded-phrase"),
        ("blood on her hands", "loaded_language", "loaded-phrase"),
        ("propaganda machine", "loaded_language", "loaded-phrase"),
        # appeal to fear
        ("existential threat", "appeal_to_fear", "fear-phrase"),
        ("world war three", "appeal_to_fear", "fear-phrase"),
        ("world war iii", "appeal_to_fear", "fear-phrase"),
        ("third world war", "appeal_to_fear", "fear-phrase"),
        ("nuclear apocalypse", "appeal_to_fear", "fear-phrase"),
        ("nuclear armageddon", "appeal_to_fear", "fear-phrase"),
        ("nuclear holocaust", "appeal_to_fear", "fear-phrase"),
        ("reign of terror", "appeal_to_fear", "fear-phrase"),
        ("wiped off the map", "appeal_to_fear", "fear-phrase"),
        ("wipe off the map", "appeal_to_fear", "fear-phrase"),
        ("off the face of the earth", "appeal_to_fear", "fear-phrase"),
        ("end of civilization", "appeal_to_fear", "fear-phrase"),
        ("end of civilisation", "appeal_to_fear", "fear-phrase"),
        ("no one is safe", "appeal_to_fear", "fear-phrase"),
        ("nobody is safe", "appeal_to_fear", "fear-phrase"),
        ("could be next", "appeal_to_fear", "fear-phrase"),
        ("will be next", "appeal_to_fear", "fear-phrase"),
        ("point of no return", "appeal_to_fear", "fear-phrase"),
        ("destroy our way of life", "appeal_to_fear", "fear-phrase"),
        # flag waving
        ("our great nation", "flag_waving", "nation-pride"),
        ("our great country", "flag_waving", "nation-pride"),
        ("patriotic duty", "flag_waving", "nation-pride"),
        ("sacred duty", "flag_waving", "nation-pride"),
        ("true patriots", "flag_waving", "nation-pride"),
        ("real patriots", "flag_waving", "nation-pride"),
        ("our brave soldiers", "flag_waving", "nation-pride"),
        ("our brave boys", "flag_waving", "nation-pride"),
        ("our heroes", "flag_waving", "nation-pride"),
        ("our heroic", "flag_waving", "nation-pride"),
        ("the motherland", "flag_waving", "nation-pride"),
        ("our motherland", "flag_waving", "nation-pride"),
        ("the fatherland", "flag_waving", "nation-pride"),
        ("our fatherland", "flag_waving", "nation-pride"),
        ("sacred land", "flag_waving", "nation-pride"),
        ("sacred soil", "flag_waving", "nation-pride"),
        ("national pride", "flag_waving", "nation-pride"),
        ("un-american", "flag_waving", "nation-pride"),
        ("unpatriotic", "flag_waving", "nation-pride"),
        # exaggeration and minimisation; "a mere", "nothing but", "irrefutable", "of all time" left out: on a
        # public persuasion corpus they were neutral far more often than not ("a mere formality", court copy)
        ("nothing more than", "exaggeration_minimisation", "minimising"),
        ("nothing less than", "exaggeration_minimisation", "exaggerating"),
        ("utterly", "exaggeration_minimisation", "intensifier"),
        ("completely discredited", "exaggeration_minimisation", "intensifier"),
        ("the whole world knows", "exaggeration_minimisation", "everyone-knows"),
        # appeal to authority: authority as proof, unnamed
        ("experts agree", "appeal_to_authority", "experts-agree"),
        ("all experts", "appeal_to_authority", "experts-agree"),
        ("scientists agree", "appeal_to_authority", "experts-agree"),
        ("experts are unanimous", "appeal_to_authority", "experts-agree"),
        ("experts are convinced", "appeal_to_authority", "experts-agree"),
        ("leading experts", "appeal_to_authority", "experts-agree"),
        ("any expert will tell you", "appeal_to_authority", "experts-agree"),
        ("no serious expert", "appeal_to_authority", "experts-agree"),
        ("experts interviewed by", "appeal_to_authority", "unnamed-experts"),
        ("according to experts", "appeal_to_authority", "unnamed-experts"),
        # whataboutism
        ("what about", "whataboutism", "what-about"),
        ("war criminals", "name_calling", "war-criminals"),
        ("double standards", "whataboutism", "double-standards"),
        ("double standard", "whataboutism", "double-standards"),
        ("turn a blind eye", "whataboutism", "blind-eye"),
        ("turns a blind eye", "whataboutism", "blind-eye"),
        ("turned a blind eye", "whataboutism", "blind-eye"),
        ("turning a blind eye", "whataboutism", "blind-eye"),
        ("consistently ignores", "whataboutism", "ignores-others"),
        ("conveniently ignores", "whataboutism", "ignores-others"),
        ("conveniently forgets", "whataboutism", "ignores-others"),
        ("stubbornly refuse to notice", "whataboutism", "ignores-others"),
        ("refuse to notice", "whataboutism", "ignores-others"),
        ("refuses to notice", "whataboutism", "ignores-others"),
        ("remained silent about", "whataboutism", "silent-about"),
        ("remain silent about", "whataboutism", "silent-about"),
        ("kept silent about", "whataboutism", "silent-about"),
    )
)

# Parenthetical or starred labels some outlets must (or choose to) attach to organisations.
BAN_WORDS = _words("banned prohibited outlawed designated recognised recognized listed declared deemed")
BAN_WHAT = _words("""
    russia russian federation extremist extremists terrorist terror terrorists undesirable foreign agent
    agents organisation organization
""")

# A compact Russian lexicon (stems, lower-case): Russian articles get the same labels.
RUSSIAN_STEMS: tuple[tuple[str, str, str], ...] = (
    ("варвар", "loaded_language", "ru-loaded"),
    ("чудовищ", "loaded_language", "ru-loaded"),
    ("зверск", "loaded_language", "ru-loaded"),
    ("циничн", "loaded_language", "ru-loaded"),
    ("лицемер", "loaded_language", "ru-loaded"),
    ("бесчеловеч", "loaded_language", "ru-loaded"),
    ("кощунствен", "loaded_language", "ru-loaded"),
    ("подл", "loaded_language", "ru-loaded"),
    ("боевик", "name_calling", "ru-label"),
    ("неонацист", "name_calling", "ru-label"),
    ("нацист", "name_calling", "ru-label"),
    ("каратель", "name_calling", "ru-label"),
    ("хунт", "name_calling", "ru-label"),
    ("марионет", "name_calling", "ru-label"),
    ("наемник", "name_calling", "ru-label"),
    ("наёмник", "name_calling", "ru-label"),
    ("теракт", "name_calling", "ru-terror-label"),
    ("террорист", "name_calling", "ru-terror-label"),
    ("русофоб", "loaded_language", "ru-loaded"),
    ("так называем", "doubt", "ru-so-called"),
)
RUSSIAN_REGIME = ("режим", "name_calling", "ru-regime-label")
RUSSIAN_BAN = ("запрещ", "экстремист", "террорист", "нежелательн", "иноагент", "иностранн")

# Nouns for people: two counts of the same number of people, in articles on one event, count the same people.
PERSON_NOUNS = _words("""
    people persons individuals men women children soldiers troops servicemen servicemembers military militants
    fighters prisoners captives hostages detainees pows civilians passengers crew members personnel
    residents villagers workers officials migrants refugees victims casualties dead wounded injured
    survivors protesters demonstrators citizens nationals inmates recruits conscripts officers marines
    sailors pilots guards police policemen rebels insurgents combatants mercenaries volunteers staff
    employees students patients tourists pilgrims voters delegates lawmakers deputies journalists
""")
