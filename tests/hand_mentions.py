"""Articles built from mentions typed by hand, so naming rules are tested apart from the NER model."""

from __future__ import annotations

import hashlib

from rashomon.model import Analysis, Article, Entity, Mention, Span


def analysis(id: str, *mentions: tuple[str, str], language: str = "en") -> Analysis:
    """An article whose text is its mentions one per line, each typed as given."""
    text = "\n".join(t for t, _ in mentions)
    out, at = [], 0
    for surface, kind in mentions:
        out.append(Mention(span=Span(at, at + len(surface)), text=surface, type=kind, name=surface))
        at += len(surface) + 1
    article = Article(
        id=id, source=id, name=id, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), language=language
    )
    return Analysis(article=article, sentences=(Span(0, len(text)),), mentions=tuple(out))


def same(entities: tuple[Entity, ...], a: str, b: str) -> bool:
    """Both names belong to one entity."""
    pair = {a.casefold(), b.casefold()}
    return any(pair <= {e.name.casefold(), *(x.casefold() for x in e.aliases)} for e in entities)
