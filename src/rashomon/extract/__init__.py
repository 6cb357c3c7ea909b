"""Per-article extractors. Each is a pure function of one article's Doc and what earlier stages found.

Where a quote's speaker is decided: ``quotes.py``. Where a number learns what it
counts: ``quantities.py``. Where a date is resolved to a day: ``times.py``.
"""
