"""One entity per real-world thing. (First version: exact names, and a surname within its article; issue 5 deepens it.)"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Analysis, Entity, MentionRef


def merge_entities(analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    """Group every mention into entities; ids ``E1…`` in order of first mention."""
    groups: dict[tuple[str, str], list[tuple[str, object]]] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for analysis in analyses:
        aid = analysis.article.id
        full_names = [m for m in analysis.mentions if m.type == "PERSON" and " " in m.name]
        for m in analysis.mentions:
            name = m.name
            if m.type == "PERSON" and " " not in name:
                # A lone surname stands for the full name it ends in, in the same article.
                fuller = [f for f in full_names if f.name.split()[-1] == name]
                if len({f.name for f in fuller}) == 1:
                    name = fuller[0].name
            key = (m.type, name.casefold())
            if key not in groups:
                order.append(key)
            groups[key].append((aid, m))
    entities = []
    for i, key in enumerate(order, start=1):
        members = groups[key]
        names = Counter(m.name for _, m in members)  # type: ignore[attr-defined]
        name = max(names, key=lambda n: (len(n.split()), names[n], n))
        roles = Counter(m.role for _, m in members if m.role)  # type: ignore[attr-defined]
        mentions = sorted({MentionRef(article=aid, start=m.span.start, end=m.span.end)  # type: ignore[attr-defined]
                           for aid, m in members}, key=lambda r: (int(r.article[1:]), r.start, r.end))
        entities.append(Entity(
            id=f"E{i}", name=name, type=key[0], aliases=tuple(sorted(names)),
            role=roles.most_common(1)[0][0] if roles else None, mentions=tuple(mentions),
        ))
    return tuple(entities)
