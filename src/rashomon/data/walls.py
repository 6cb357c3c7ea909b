"""What a page served with 200 says when it is not an article: consent walls, paywall stubs, error pages.

A cue counts only on a short page (see ``ingest/walls.py``): a long report that
mentions "subscribe" or "page not found" is still an article. Cues are matched
case-insensitively on the page's text and title; each kind names itself in the
reason a user reads.
"""

from __future__ import annotations

WALLS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "a cookie or consent wall",
        (
            "accept all cookies",
            "accept cookies",
            "reject all cookies",
            "we use cookies",
            "this site uses cookies",
            "cookie preferences",
            "cookie settings",
            "manage your privacy",
            "manage consent",
            "we value your privacy",
            "your privacy choices",
            "consent to the use",
            "before you continue",
            "agree and continue",
            "you can change your choices at any time",
        ),
    ),
    (
        "a paywall",
        (
            "subscribe to continue reading",
            "subscribe to read",
            "subscribe now to continue",
            "this article is for subscribers",
            "this content is for subscribers",
            "subscribers only",
            "exclusive to subscribers",
            "already a subscriber",
            "to continue reading, subscribe",
            "sign in to continue reading",
            "log in to continue reading",
            "you have reached your limit of free articles",
            "you've reached your free article limit",
            "unlock this article",
            "start your free trial",
        ),
    ),
    (
        "an error page",
        (
            "page not found",
            "404 not found",
            "error 404",
            "the page you are looking for",
            "the page you requested",
            "this page does not exist",
            "this page doesn't exist",
            "no longer available",
            "internal server error",
            "service unavailable",
            "access denied",
            "403 forbidden",
            "something went wrong",
            "an error occurred",
        ),
    ),
    (
        "a bot check",
        (
            "are you a robot",
            "verify you are human",
            "verify that you are human",
            "checking your browser",
            "enable javascript and cookies to continue",
            "please enable javascript",
            "unusual traffic from your computer",
            "just a moment...",
            "attention required",
        ),
    ),
)

# A page whose text has at most this many words is short enough for one cue to decide it.
SHORT_PAGE_WORDS = 150

# A fetched page with fewer words of main text than this is "no article: too little text" (a teaser, a menu).
MIN_ARTICLE_WORDS = 40
