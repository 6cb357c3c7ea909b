"""General-knowledge tables (places, given names, outlets, equipment, institutions).

These are facts about the world, not about any one corpus: a rule that needs a
list reads it from here, so the lists can grow without touching the rules.
"""
