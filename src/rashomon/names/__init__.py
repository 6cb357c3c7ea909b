"""Spelling-independent keys for names, shared by extraction and linking (below both, above only ``data``).

``translit``: Cyrillic to Latin, consonant skeletons, close spellings.
``acronyms``: the acronyms a name can be written as (``OSCE``, ``AFU``).
"""
