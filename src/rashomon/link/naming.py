"""How each outlet names the same referent: entities, counted things, side by side.

Three kinds of referent, from extracted items only (the text is not parsed again):

- an entity, with the labels framing spans aim at it ("the Kyiv regime" for
  Kyiv, "terrorist attack" for the downing of a plane) beside the plain names;
  a place's spellings count too (Kyiv / Kiev), a person's or body's do not;
- an event entity, by the noun each article uses for it (crash, downing, attack);
- a counted thing: quantities with the same value in several articles whose
  counted nouns share a word, or that both count people (at least ten, so
  that chance agreement is unlikely) — "65 captured militants" and "65
  prisoners of war". The referent is the first such quantity's id, the forms
  cover number and noun, so the report's number groups find their members.

- the actors blamed in one claim cluster: the agents of its claims' attack
  frames (and the patients of its blame frames), per article — "the Ukrainian
  Armed Forces", "troops of the Kyiv regime", "Ukraine". The referent is the
  cluster's id. An agent counts only when it names a party (a named mention or
  a noun for people or forces), not "who", "it" or the weapon ("missiles").

A group is emitted only when at least two articles name the referent and the
articles differ in how they name it; repeating one name is noise to a reader.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..data.framing import PERSON_NOUNS
from ..model import Analysis, Claim, Cluster, Entity, Mention, Naming, NamingForm, Quantity, Span

MAX_FORMS_PER_ARTICLE = 8
_LABEL_TECHNIQUES = ("name_calling", "loaded_language", "doubt")
_ORG_LABELS = ("ban-label", "asterisk-label")
_SPELLED = ("GPE", "LOC")  # a place's spelling is a choice (Kyiv / Kiev); a person's transliteration is not
_STOP = frozenset("the a an of on in at to for by with from and or its their his her this that these those".split())
_TOKEN = re.compile(r"[\w-]+")
_POSTMOD = re.compile(r"\s+(?:(?:connected|linked|belonging|attached|loyal|close|tied)\s+to|of|from)\s+(?:the\s+)?")
_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")
_EVENT_SPLIT = re.compile(r"\s+(?:of|on|against|in|involving|near|over|at)\s+", re.I)


def compare_naming(
    analyses: Sequence[Analysis], entities: Sequence[Entity], clusters: Sequence[Cluster] = ()
) -> tuple[Naming, ...]:
    """Naming groups for entities, counted things and blamed actors that two or more articles name differently."""
    texts = {a.article.id: a.article.text for a in analyses}
    out = [
        *_entity_namings(analyses, entities, texts),
        *_count_namings(analyses, texts),
        *_actor_namings(analyses, clusters, texts),
    ]
    return tuple(out)


# ---------------------------------------------------------------- entities


def _entity_namings(analyses: Sequence[Analysis], entities: Sequence[Entity], texts: dict[str, str]) -> list[Naming]:
    owner: dict[tuple[str, int, int], str] = {(m.article, m.start, m.end): e.id for e in entities for m in e.mentions}
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (aid, s, t), eid in owner.items():
        by_article[aid].append((s, t, eid))
    events = {e.id for e in entities if e.type == "EVENT"}
    labels: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)  # entity -> (article, start, end, key)
    for a in analyses:
        aid = a.article.id
        for f in a.framing:
            if f.target_ref is None or f.technique not in _LABEL_TECHNIQUES:
                continue
            target, ms, me = _owner_at(by_article.get(aid, ()), f.target_ref)
            if target is None:
                continue
            start, end = f.span.start, f.span.end
            rule = f.rule.split(":")[0]
            reach = 12 if rule in _ORG_LABELS else 1  # "Azov* battalion (banned in ...)"
            if ms <= end + reach and start <= me + reach:  # the label touches the name: show them together
                if rule not in _ORG_LABELS:
                    start, end = min(start, ms), max(end, me)
            elif not (f.technique == "name_calling" and target in events):
                continue  # a label far from the name names something else; an event's label is its name
            labels[target].append((aid, start, end, "label:" + ("banned-org" if rule in _ORG_LABELS else rule)))
    out = []
    for e in entities:
        forms: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        keys: dict[str, set[str]] = defaultdict(set)
        names = [(m.article, m.start, m.end) for m in e.mentions if m.article in texts]
        name_key = _name_keys(e, [texts[a][s:t] for a, s, t in names])
        for aid, s, t in names:
            surface = texts[aid][s:t]
            forms[aid].append((s, t, surface))
            if surface in name_key:
                keys[aid].add(name_key[surface])
        keys.update({aid: set() for aid in forms if aid not in keys})
        for aid, s, t, key in labels.get(e.id, ()):
            forms[aid] = [f for f in forms[aid] if not (s <= f[0] and f[1] <= t)]
            forms[aid].append((s, t, texts[aid][s:t]))
            keys[aid].add(key)
        if len(forms) < 2 or len({frozenset(k) for k in keys.values()}) < 2:
            continue
        label = e.name
        if e.type == "EVENT":
            label = f"what happened ({e.name})"
        out.append(Naming(referent=e.id, label=label, forms=_forms(forms)))
    return out


def _owner_at(mentions: Sequence[tuple[int, int, str]], span: Span) -> tuple[str | None, int, int]:
    best: tuple[str | None, int, int] = (None, 0, 0)
    best_overlap = 0
    for s, e, eid in mentions:
        overlap = min(e, span.end) - max(s, span.start)
        if overlap > best_overlap:
            best, best_overlap = (eid, s, e), overlap
    return best


def _name_keys(e: Entity, surfaces: list[str]) -> dict[str, str]:
    """Surface -> what makes it a different naming: the event noun, a place's spelling; else one shared key."""
    if e.type == "EVENT":
        return {s: "event:" + _event_noun(s) for s in surfaces}
    if e.type not in _SPELLED:
        return {}
    # the proper words only: "crossing" / "checkpoint" is a description; acronyms are no spelling
    words = {
        s: [
            w.casefold()
            for w in _TOKEN.findall(s)
            if w[:1].isupper() and not (w.isupper() and len(w) <= 5) and w.casefold() not in _STOP
        ]
        for s in set(surfaces)
    }
    words = {s: w for s, w in words.items() if w}
    # a form whose words all match words of a longer form is the same spelling, shortened
    ordered = sorted(words, key=lambda s: -len(words[s]))
    key: dict[str, str] = {}
    for s in ordered:
        key[s] = next((key[o] for o in ordered if o in key and _covers(words[o], words[s])), "spelling:" + s.casefold())
    return key if len(set(key.values())) > 1 else {}


def _covers(longer: list[str], shorter: list[str]) -> bool:
    return all(any(_same_word(a, b) for a in longer) for b in shorter)


def _same_word(a: str, b: str) -> bool:
    """Russia / Russian, Ukraine / Ukrainian, West / Western: one word; Kyiv / Kiev, Kharkov / Kharkiv: two."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 1


def _event_noun(surface: str) -> str:
    head = _EVENT_SPLIT.split(surface, maxsplit=1)[0]
    words = _words(head)
    return words[-1] if words else surface.casefold()


def _words(text: str) -> list[str]:
    return [w.casefold().removesuffix("'s") for w in _TOKEN.findall(text)]


def _forms(forms: dict[str, list[tuple[int, int, str]]]) -> tuple[NamingForm, ...]:
    out = []
    for aid, items in forms.items():
        seen: set[str] = set()
        for s, t, text in sorted(items):
            norm = " ".join(text.split()).casefold()
            if norm in seen or len(seen) >= MAX_FORMS_PER_ARTICLE:
                continue
            seen.add(norm)
            out.append(NamingForm(article=aid, start=s, end=t, text=text))
    return tuple(out)


# ---------------------------------------------------------------- counted things


def _count_namings(analyses: Sequence[Analysis], texts: dict[str, str]) -> list[Naming]:
    by_value: dict[tuple[float, float | None], list[tuple[Quantity, Span]]] = defaultdict(list)
    for a in analyses:
        for q in a.quantities:
            if q.value is None or q.unit is not None or not q.counts or q.counts_span is None:
                continue
            by_value[(q.value, q.value_max)].append((q, _count_form(q, a.mentions, a.article.text)))
    out = []
    for (value, _), items in by_value.items():
        for group in _same_referent(items, value):
            if len({q.article for q, _ in group}) < 2:
                continue
            per: dict[str, set[str]] = defaultdict(set)
            for q, span in group:
                per[q.article].add(" ".join(_words(texts[q.article][span.start : span.end])[1:]))
            if len({frozenset(v) for v in per.values()}) < 2:
                continue
            first = min((q for q, _ in group), key=_id_order)
            forms: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
            for q, span in group:
                forms[q.article].append((span.start, span.end, texts[q.article][span.start : span.end]))
            number = int(value) if float(value).is_integer() else value
            people = all(_head(q) in PERSON_NOUNS for q, _ in group)
            label = f"the {number} people" if people else f"the {number} {_head(first)}"
            out.append(Naming(referent=first.id, label=label, forms=_forms(forms)))
    return out


def _id_order(q: Quantity) -> tuple[int, str]:
    digits = q.id[1:]
    return (int(digits) if digits.isdigit() else 0, q.id)


def _head(q: Quantity) -> str:
    words = _words(q.counts or "")
    return words[-1] if words else ""


def _count_form(q: Quantity, mentions: Sequence[Mention], text: str) -> Span:
    """The number and what it counts, with a post-modifier naming the group ("... of the Armed Forces of X")."""
    cs = q.counts_span
    assert cs is not None
    start, end = min(q.span.start, cs.start), max(q.span.end, cs.end)
    if cs.start < q.span.start or cs.start - q.span.end > 40:
        return q.span
    m = _POSTMOD.match(text, end)
    if m:
        after = next((x for x in mentions if x.span.start == m.end()), None)
        if after is not None:
            end = after.span.end
            plural = _PLURAL_AFTER.match(text, end)
            if after.type == "NORP" and plural:
                end = plural.end()
    return Span(start, end)


def _same_referent(items: list[tuple[Quantity, Span]], value: float) -> list[list[tuple[Quantity, Span]]]:
    """Components of quantities (same value) that share a counted word, or both count people (value >= 10)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    words = [{w for w in _words(q.counts or "") if w not in _STOP} for q, _ in items]
    people = [value >= 10 and _head(q) in PERSON_NOUNS for q, _ in items]
    for i, (qi, _) in enumerate(items):
        for j in range(i + 1, len(items)):
            qj = items[j][0]
            if qi.article == qj.article or find(i) == find(j):  # already one group: joining them again is a no-op
                continue
            if (people[i] and people[j]) or any(_same_word(a, b) for a in words[i] for b in words[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[tuple[Quantity, Span]]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[find(i)].append(item)
    return list(groups.values())


# ---------------------------------------------------------------- actors blamed

_PARTY_TYPES = frozenset("PERSON ORG GPE NORP MEDIA".split())
_FORCE_NOUNS = frozenset(
    "side forces troops army military units unit servicemen soldiers militants fighters "
    "regime government authorities command leadership".split()
)
_NOT_A_PARTY = frozenset("who which that it they he she we i you someone somebody one".split())
MAX_LABEL = 70


def _actor_namings(analyses: Sequence[Analysis], clusters: Sequence[Cluster], texts: dict[str, str]) -> list[Naming]:
    claims: dict[str, tuple[Claim, Analysis]] = {c.id: (c, a) for a in analyses for c in a.claims if c.id}
    out = []
    for k in clusters:
        forms: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for cid in k.claims:
            if cid not in claims:
                continue
            claim, a = claims[cid]
            for span in _actors(claim, a):
                forms[a.article.id].append((span.start, span.end, texts[a.article.id][span.start : span.end]))
        if len(forms) < 2:
            continue
        named = {aid: frozenset(_bare(t) for _, _, t in items) for aid, items in forms.items()}
        if len(set(named.values())) < 2:
            continue
        label = k.label if len(k.label) <= MAX_LABEL else k.label[: MAX_LABEL - 1].rstrip() + "…"
        out.append(Naming(referent=k.id, label=f"who is said to have done it ({label})", forms=_forms(forms)))
    return out


def _actors(claim: Claim, a: Analysis) -> list[Span]:
    """The parties a claim says acted (attack frames' agents) or blames (blame frames' patients)."""
    out = []
    for frame in claim.frames:
        role = (
            frame.role("agent") if frame.kind == "attack" else frame.role("patient") if frame.kind == "blame" else None
        )
        if role is not None and _is_party(role.span, role.text, a.mentions):
            out.append(role.span)
    return out


def _is_party(span: Span, text: str, mentions: Sequence[Mention]) -> bool:
    words = _words(text)
    if not words or words[0] in _NOT_A_PARTY:
        return False
    if any(w in _FORCE_NOUNS or w in PERSON_NOUNS for w in words):
        return True
    proper = [w for w in _TOKEN.findall(text) if w.casefold() not in _STOP]
    if proper and all(w[:1].isupper() for w in proper):
        return True  # a name the entity stage missed ("Dravia"); a weapon is a common noun ("missiles")
    return any(m.type in _PARTY_TYPES and span.start <= m.span.start and m.span.end <= span.end for m in mentions)


def _bare(text: str) -> str:
    return " ".join(w for w in _words(text) if w not in _STOP)
