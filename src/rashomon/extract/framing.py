"""Persuasion techniques: lexicon cues and parse patterns, each detection with its evidence and rule.

Technique names follow SemEval-2023 Task 3 (``loaded_language``, ``name_calling``,
``doubt``, ``appeal_to_fear``, ``flag_waving``, ``exaggeration_minimisation``,
``appeal_to_authority``, ``whataboutism``). One pass over the tokens looks each
word up in the sets of ``data/framing.py``; words that are loaded only in some
senses get a look at the parse ("regime" tied to a place or person, "militants"
for a state's soldiers, "criminal" before a non-legal noun, "terrorist" before
"act"/"attack"). Precision comes first: neutral wire copy must yield nothing.

Quoted speech: a cue inside a direct (or scare) quote is the speaker's language,
an indirect quote the speaker's as the outlet reports it. Both are kept, as the
outlet chose to relay the words, with ``:quoted`` / ``:reported`` appended to the
rule, so a reader (and the report) can tell the outlet's own voice from its sources'.

``target_ref`` is the span of the mention the technique is aimed at, found from
the parse: the noun a loaded adjective modifies (or what that noun belongs to),
the subject a label is predicated of, the place before "regime", the
organisation before a ``(banned in Russia)`` label; an unnamed "this act" goes
to the nearest event mention before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..data import framing as lex
from ..data.places import demonyms
from ..model import Analysis, Framing, Mention, Span
from .nlp import text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_HYPHEN_KEPT = re.compile(r"(-)")


def _phrase_index() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """Phrases by first token; hyphens are tokens of their own in spaCy ("so", "-", "called")."""
    phrases = list(lex.PHRASES)
    for listed, technique, rule in (
        (lex.NAME_NOUNS, "name_calling", "label-noun"),
        (lex.LOADED_ADJECTIVES, "loaded_language", "loaded-adjective"),
        (lex.LOADED_NOUNS, "loaded_language", "loaded-noun"),
    ):
        phrases += [((w,), technique, rule) for w in listed if "-" in w]
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for words, technique, rule in phrases:
        tokens = tuple(t for w in words for t in _HYPHEN_KEPT.split(w) if t)
        index.setdefault(tokens[0], []).append((tokens, technique, rule))
    return index


_PHRASES_BY_FIRST = _phrase_index()
# every word a rule of ``_tokens`` starts from (a token's lower-case form); any other token yields nothing but a
# verb, whose lemma is looked up: the loop visits only these tokens, found at once from the Doc's arrays
_STARTS = frozenset(
    {
        *_PHRASES_BY_FIRST,
        "terrorist",
        "terrorists",
        "terror",
        "militants",
        "militant",
        "criminal",
        "lies",
        "lying",
        *lex.REGIME_WORDS,
        *lex.PUPPET_MASTERS,
        *lex.NAME_NOUNS,
        *lex.LOADED_ADJECTIVES,
        *lex.LOADED_ADVERBS,
        *lex.LOADED_NOUNS,
    }
)

# "(a terrorist organisation, banned in Russia)", "(designated as extremist)"; one pattern, compiled once.
_PAREN = re.compile(r"\(([^()\n]{3,120})\)")
_STAR = re.compile(r"(?<=[\w”\"»])\*(?![\w*])")
_WORD = re.compile(r"[\w-]+")
_SOLDIER_WORDS = frozenset("troops soldiers army military servicemen forces armed navy marines".split())
_EVENT_NOUNS = frozenset(
    "act acts attack attacks strike strikes crash downing tragedy incident disaster "
    "catastrophe bombing shelling explosion killing killings crime crimes event".split()
)
_NAMED_TYPES = ("PERSON", "ORG", "GPE", "NORP", "MEDIA", "LOC", "FAC")
_LOCATIVE = frozenset("in on at under near beside behind inside outside across along within off".split())


_CALLING_VERBS = frozenset("call term brand label dub describe denounce portray paint name".split())


def extract_framing(doc: Doc, analysis: Analysis) -> Iterator[Framing]:
    """Yield the framing spans of one article, in text order, overlapping cues of one technique merged."""
    ctx = _Context(doc, analysis)
    if analysis.article.language not in (None, "en"):
        found = list(_russian(doc, ctx)) if analysis.article.language in ("ru", "uk") else []
    else:
        found = [*_labels(doc, ctx), *_tokens(doc, ctx)]
    kept: list[tuple[Span, str, str, Span | None]] = []
    labelled = False  # "the terrorist attack" repeats a label only once the article has given it
    for span, technique, rule, target in sorted(found, key=lambda f: (f[0].start, -f[0].end)):
        labelled = labelled or rule == "terror-label"
        if rule == "terror-label-again" and not labelled:
            continue
        if any(k[0].overlaps(span) and (k[1] == technique or k[2].startswith("ban-label")) for k in kept):
            continue
        if target is None and _points_back(doc, span):
            target = next((k[3] for k in reversed(kept) if k[3] is not None and span.start - k[0].end < _BACK), None)
        kept.append((span, technique, rule, target))
    text = analysis.article.text
    for span, technique, rule, target in kept:
        yield Framing(
            article=analysis.article.id,
            span=span,
            text=text[span.start : span.end],
            technique=technique,
            rule=rule + ctx.voice(span),
            target_ref=target,
        )


_BACK = 400  # characters: how far "such acts" looks back for the label it repeats
_POINTING = frozenset("such these those this that".split())


def _points_back(doc: Doc, span: Span) -> bool:
    """ "such monstrous acts", "these crimes": they refer to the label just before, and aim where it did."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return False
    i = tokens.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].lower_ not in _POINTING and tokens.start - i < 3:
        i -= 1
    return i >= 0 and doc[i].lower_ in _POINTING or any(t.lower_ in _POINTING for t in tokens)


class _Context:
    """What the rules look up: mentions by position, quotes, and which demonyms name a state's soldiers here."""

    def __init__(self, doc: Doc, analysis: Analysis) -> None:
        self.doc = doc
        self.mentions = sorted(analysis.mentions, key=lambda m: m.span.start)
        self.quoted = [q.span for q in analysis.quotes if q.kind in ("direct", "scare")]
        self.reported = [q.span for q in analysis.quotes if q.kind == "indirect"]
        dem = demonyms()
        self.armies = {
            low for k, low in enumerate(words_of(doc)[0]) if low in dem and doc[k].head.lower_ in _SOLDIER_WORDS
        }

    def voice(self, span: Span) -> str:
        if any(q.contains(span) for q in self.quoted):
            return ":quoted"
        if any(q.contains(span) for q in self.reported) or self._named_by_someone(span):
            return ":reported"
        return ""

    def _named_by_someone(self, span: Span) -> bool:
        """ "was termed a terror act by the ministry", "officials called them terrorists": the namer's word."""
        tok = next((t for t in self.doc if t.idx >= span.start), None)
        while tok is not None and tok.dep_ not in ("ROOT", "ccomp", "relcl"):
            head = tok.head
            if head.lemma_.lower() in _CALLING_VERBS and (
                tok.dep_ in ("oprd", "attr")
                or tok.dep_ == "prep"
                and tok.lower_ == "as"
                or tok.dep_ == "dobj"
                and any(c.dep_ == "nsubjpass" for c in head.children)
            ):
                namers = [
                    c
                    for h in (head, tok)
                    for c in h.children
                    if c.dep_ == "nsubj" or c.dep_ in ("agent", "prep") and c.lower_ == "by"
                ]
                return any(c.lower_ not in ("we", "i") for c in namers)
            tok = head if head is not tok else None
        return False

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The named mention overlapping ``[start, end)``; people, bodies and places before things."""
        hits = [m for m in self.mentions if m.span.start < end and start < m.span.end]
        hits.sort(key=lambda m: (m.type not in _NAMED_TYPES, -m.span.length))
        return hits[0] if hits else None

    def event_before(self, pos: int) -> Mention | None:
        events = [m for m in self.mentions if m.type == "EVENT" and m.span.end <= pos]
        return events[-1] if events else None


# ---------------------------------------------------------------- targets


def _chunk_target(tok: Token, ctx: _Context) -> Span | None:
    """The mention in the noun's own left part ("the Kyiv regime", "Ukrainian militants") or its owner."""
    left = tok.left_edge.idx
    m = ctx.mention_in(left, tok.idx + len(tok))
    if m:
        return m.span
    heads = (tok, tok.head) if tok.dep_ == "conj" else (tok,)  # "war crimes and terrorist attacks by X"
    return _object_of(heads, ("of", "by", "in"), ctx)


def _object_of(heads: tuple[Token, ...], preps: tuple[str, ...], ctx: _Context) -> Span | None:
    """The first mention in the object of one of ``preps`` hanging on ``heads``."""
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    m = ctx.mention_in(pobj.left_edge.idx, pobj.idx + len(pobj))
                    if m:
                        return m.span
    return None


def _subject_target(verb: Token, ctx: _Context) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            m = ctx.mention_in(child.left_edge.idx, child.idx + len(child))
            if m:
                return m.span
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head is not verb:
        return _subject_target(verb.head, ctx)
    return None


def _noun_target(noun: Token, ctx: _Context) -> Span | None:
    own = _chunk_target(noun, ctx)
    if own:
        return own
    if noun.dep_ in ("attr", "dobj", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        subj = _subject_target(noun.head, ctx)
        if subj:
            return subj
        # "The incident was termed a terror act": the label is said of an unnamed event
        noun = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), noun)
    if noun.lower_ in _EVENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "the", "such") for c in noun.children
    ):
        event = ctx.event_before(noun.idx)
        if event:
            return event.span
    return None


def _modifier_target(tok: Token, ctx: _Context) -> Span | None:
    """What an adjective or adverb is said of: the noun it modifies, the subject it is predicated of."""
    head = tok.head
    if tok.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN"):
        return _noun_target(head, ctx)
    if tok.dep_ in ("acomp", "advmod", "attr", "oprd") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return _subject_target(head if head.pos_ != "ADJ" else head.head, ctx)
    return None


def _span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last))


# ---------------------------------------------------------------- rules


def _candidates(doc: Doc) -> Iterator[Token]:
    """The tokens a rule of ``_tokens`` may start from, in order: a listed word or a verb. The lower-case forms are
    the Doc's own list (``words_of``), and the tags one array: a token is made only where a rule may start."""
    from spacy.attrs import POS
    from spacy.symbols import VERB

    if not len(doc):
        return
    tags = doc.to_array(POS).tolist()
    for i, low in enumerate(words_of(doc)[0]):
        if low in _STARTS or tags[i] == VERB:
            yield doc[i]


def _tokens(doc: Doc, ctx: _Context) -> Iterator[tuple[Span, str, str, Span | None]]:
    for tok in _candidates(doc):
        low = tok.lower_
        phrase = _phrase_at(doc, tok)
        if phrase:
            yield phrase[0], phrase[1], phrase[2], _sentence_target(tok, ctx, phrase[1])
            continue
        if tok.pos_ == "PROPN" and not tok.is_lower:
            continue
        if low in ("terrorist", "terrorists", "terror"):
            hit = _terror(tok, ctx)
            if hit:
                yield hit
            continue
        if low in lex.REGIME_WORDS and tok.pos_ == "NOUN":
            hit = _regime(tok, ctx)
            if hit:
                yield hit
            continue
        if low in ("militants", "militant") and tok.pos_ == "NOUN":
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in ctx.armies]
            if mods:
                yield _span(mods[0], tok), "name_calling", "militants:state-forces", _chunk_target(tok, ctx)
            continue
        if low in lex.PUPPET_MASTERS and tok.pos_ == "NOUN":
            mods = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and (c.lower_ in ("western", "foreign", "overseas") or c.lower_ in demonyms())
            ]
            if mods:
                yield (
                    _span(mods[0], tok),
                    "name_calling",
                    "puppet-masters",
                    _chunk_target(tok, ctx) or _subject_target(tok.head, ctx),
                )
            continue
        if (
            low == "criminal"
            and tok.dep_ == "amod"
            and tok.head.pos_ == "NOUN"
            and tok.head.lower_ in lex.CRIMINAL_POLITICAL
        ):
            yield _span(tok, tok.head), "loaded_language", "criminal-label", _noun_target(tok.head, ctx)
            continue
        if low in ("lies", "lying"):
            hit = _lies(tok, ctx)
            if hit:
                yield hit
            continue
        if low in lex.NEUTRAL_BEFORE and (
            tok.head.lower_ in lex.NEUTRAL_BEFORE[low]
            or tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in lex.NEUTRAL_BEFORE[low]
        ):
            continue
        if low in lex.NAME_NOUNS and tok.pos_ in ("NOUN", "ADJ"):
            yield _span(tok, tok), "name_calling", "label-noun", _noun_target(tok, ctx)
        elif low in lex.LOADED_ADJECTIVES and tok.pos_ in ("ADJ", "VERB", "NOUN", "ADV") and not _of_an_act(tok):
            yield _span(tok, tok), "loaded_language", "loaded-adjective", _modifier_target(tok, ctx)
        elif low in lex.LOADED_ADVERBS and tok.pos_ == "ADV":
            yield _span(tok, tok), "loaded_language", "loaded-adverb", _subject_target(tok.head, ctx)
        elif low in lex.LOADED_NOUNS and tok.pos_ == "NOUN":
            yield _span(tok, tok), "loaded_language", "loaded-noun", _noun_target(tok, ctx)
        elif tok.lemma_.lower() in lex.LOADED_VERBS and tok.pos_ == "VERB":
            yield _span(tok, tok), "loaded_language", "loaded-verb", _subject_target(tok, ctx)


def _of_an_act(adj: Token) -> bool:
    """ "it would be reckless to speculate": the word judges a course of action, not someone it is aimed at."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in (*adj.children, *(adj.head.children if adj.dep_ in ("acomp", "attr", "oprd") else ()))
    )


def _phrase_at(doc: Doc, tok: Token) -> tuple[Span, str, str] | None:
    for words, technique, rule in _PHRASES_BY_FIRST.get(tok.lower_, ()):
        end = tok.i + len(words)
        if end > len(doc) or any(doc[tok.i + k].lower_ != w for k, w in enumerate(words)):
            continue
        last = doc[end - 1]
        if len(words) == 1 and tok.pos_ == "PROPN" and not tok.is_lower:
            continue  # "Glorious Revolution", a party called "Motherland"
        if (
            rule == "what-about"
            and not (tok.is_sent_start or doc[tok.i - 1].is_punct)
            or rule == "what-about"
            and not tok.sent.text.rstrip(" \"'”’").endswith("?")
        ):
            continue
        if rule == "so-called" and last.i + 1 < len(doc):  # the doubt covers what is so called
            nxt = doc[last.i + 1]
            head = nxt.head if nxt.head.i > last.i and nxt.head.i - last.i <= 4 else nxt
            # 'the so-called "sunset" clause', 'the so-called Gallen Group', 'the so-called neutral rate'
            # introduce a term or a name; the doubt is in 'the so-called referendum', 'so-called experts'
            if nxt.is_quote or nxt.pos_ == "PROPN" and not nxt.is_lower or head.i > nxt.i:
                continue
            last = head if head.pos_ in ("NOUN", "PROPN") else nxt
        return _span(tok, last), technique, rule
    return None


def _sentence_target(tok: Token, ctx: _Context, technique: str) -> Span | None:
    if technique in ("appeal_to_authority", "flag_waving"):
        return None
    if technique == "doubt":
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        return _noun_target(nxt.head if nxt.head.pos_ in ("NOUN", "PROPN") else nxt, ctx)
    return _subject_target(tok.sent.root, ctx)


def _terror(tok: Token, ctx: _Context) -> tuple[Span, str, str, Span | None] | None:
    """ "a terrorist act", "the terrorist attack on the base", "called them terrorists": the word said of something.

    Not "terrorist groups such as ..." (a designation), "after every terror attack" or "the terrorist attack in
    the city killed 22" (an event told, not a contested one named), nor a noun "terrorists" merely mentioned.
    """
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].lower_ in ("anti", "counter"):
        return None  # "anti-terrorist operation" names a kind of operation
    head = tok.head
    if tok.dep_ in ("amod", "compound", "nmod") and head.pos_ == "NOUN":
        if head.lower_ in lex.TERROR_HEADS:
            return _span(tok, head), "name_calling", "terror-label", _noun_target(head, ctx)
        if head.lower_ in lex.TERROR_EVENTS and _aimed_event(head):
            return _span(tok, head), "name_calling", "terror-label", _noun_target(head, ctx) or _aimed_at(head, ctx)
        if head.lower_ in lex.TERROR_EVENTS and _definite(head):  # kept only after a labelled one, see below
            return _span(tok, head), "name_calling", "terror-label-again", _noun_target(head, ctx)
        return None
    if tok.lower_ in ("terrorist", "terrorists") and tok.pos_ == "NOUN":
        army = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in ctx.armies]
        if army:
            return _span(army[0], tok), "name_calling", "terror-label:state-forces", _chunk_target(tok, ctx)
        if _predicated(tok):
            return _span(tok, tok), "name_calling", "label-noun", _noun_target(tok, ctx)
    return None


def _aimed_at(noun: Token, ctx: _Context) -> Span | None:
    """The named thing an attack is on or against."""
    return _object_of((noun,), ("on", "against"), ctx)


def _predicated(noun: Token) -> bool:
    """The noun is what something is said to be: "they are terrorists", "branded them traitors"."""
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        return False  # "there were terrorists in the hotel" says they were there
    return (
        noun.dep_ in ("attr", "oprd", "appos")
        or noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
        and noun.head.head.lemma_.lower() in ("call", "brand", "label", "describe", "denounce", "portray", "paint")
    )


def _aimed_event(noun: Token) -> bool:
    """An attack said to be one: predicated of something, or one attack tied to its target or its author."""
    if noun.dep_ in ("attr", "oprd", "appos"):
        return not any(c.dep_ == "expl" for c in noun.head.children)  # "there were 14 terrorist attacks"
    heads = [noun, noun.head] if noun.dep_ == "conj" else [noun]  # "war crimes and terrorist attacks by X"
    preps = {
        c.lower_ for h in heads for c in h.children if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)
    }
    return bool(preps & {"on", "against", "by"})


def _definite(noun: Token) -> bool:
    """ "the terrorist attack", "this terror attack": one event the article has already named."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _regime(tok: Token, ctx: _Context) -> tuple[Span, str, str, Span | None] | None:
    """ "the Kyiv regime", "Assad's regime", "the regime in Caracas": a government named as illegitimate."""
    if tok.lower_ in ("junta", "clique"):
        return _span(tok, tok), "name_calling", "regime-label", _chunk_target(tok, ctx)
    if tok.lower_ == "regimes":
        return None  # "the regimes in the region": a class of governments, rarely one named as illegitimate
    # "the Kyiv regime", "the regime in Caracas": a government named by its seat. Not "the Iranian regime" or
    # "the Assad regime", which much news copy uses as the plain name of a government.
    for c in tok.children:
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.lower_ not in demonyms():
            m = ctx.mention_in(c.left_edge.idx, c.idx + len(c))
            if m and m.type in ("GPE", "LOC"):
                return _span(c.left_edge, tok), "name_calling", "regime-label", _chunk_target(tok, ctx)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    m = ctx.mention_in(pobj.left_edge.idx, pobj.idx + len(pobj))
                    if m and m.type in ("GPE", "LOC"):
                        return _span(tok, pobj), "name_calling", "regime-label", m.span
    return None


def _lies(tok: Token, ctx: _Context) -> tuple[Span, str, str, Span | None] | None:
    """ "spreading lies", "they are lying": not "the village lies on the river"."""
    if tok.lower_ == "lies" and tok.pos_ == "NOUN":
        return _span(tok, tok), "loaded_language", "lies", _subject_target(tok.head, ctx)
    if tok.lower_ == "lying" and tok.pos_ == "VERB":
        aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s")]
        where = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE]
        if aux and not where:
            return _span(tok, tok), "loaded_language", "lies", _subject_target(tok, ctx)
    return None


def _labels(doc: Doc, ctx: _Context) -> Iterator[tuple[Span, str, str, Span | None]]:
    """ "(a terrorist organisation, banned in Russia)" and "Azov*": labels attached to an organisation's name."""
    text = text_of(doc)
    for m in _PAREN.finditer(text):
        words = {w.casefold() for w in _WORD.findall(m.group(1))}
        if not words & lex.BAN_WORDS or not words & lex.BAN_WHAT:
            continue
        target = _mention_before(ctx, m.start())
        yield Span(m.start(), m.end()), "name_calling", "ban-label", target.span if target else None
    for m in _STAR.finditer(text):
        word = _WORD.findall(text[max(0, m.start() - 40) : m.start()])
        if not word or not word[-1][:1].isupper():
            continue
        start = m.start() - len(word[-1])
        while start > 0 and text[start - 1] in '"“«':
            start -= 1
        target = ctx.mention_in(start, m.start())
        yield Span(start, m.end()), "name_calling", "asterisk-label", target.span if target else None


def _mention_before(ctx: _Context, pos: int) -> Mention | None:
    """The organisation a parenthetical label follows: the last mention ending within a few words of it."""
    best = None
    for m in ctx.mentions:
        if m.span.end <= pos and pos - m.span.end <= 30 and m.type in ("ORG", "MEDIA", "PERSON", "NORP", "GPE"):
            best = m
    return best


def _russian(doc: Doc, ctx: _Context) -> Iterator[tuple[Span, str, str, Span | None]]:
    """The compact Russian lexicon: stems over tokens, and the ban parenthetical."""
    for tok in doc:
        low = tok.lower_
        for stem, technique, rule in lex.RUSSIAN_STEMS:
            if " " in stem:
                nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
                if f"{low} {nxt}".startswith(stem):
                    yield _span(tok, doc[tok.i + 1]), technique, rule, None
                    break
            elif low.startswith(stem):
                yield _span(tok, tok), technique, rule, None
                break
        else:
            prev = doc[tok.i - 1] if tok.i > 0 else tok
            if (
                low.startswith(lex.RUSSIAN_REGIME[0])
                and prev is not tok
                and (prev.text[:1].isupper() or prev.lower_.endswith(("ский", "ского", "ском", "ским", "ская")))
            ):
                m = ctx.mention_in(prev.idx, prev.idx + len(prev))
                yield _span(prev, tok), lex.RUSSIAN_REGIME[1], lex.RUSSIAN_REGIME[2], m.span if m else None
    for paren in _PAREN.finditer(text_of(doc)):
        inner = paren.group(1).casefold()
        if any(s in inner for s in lex.RUSSIAN_BAN) and ("запрещ" in inner or "призна" in inner):
            target = _mention_before(ctx, paren.start())
            yield Span(paren.start(), paren.end()), "name_calling", "ban-label", target.span if target else None
