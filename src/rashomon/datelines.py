"""The grammar of wire datelines, shared by ingest (the agency, the publication day) and the claims (which start
after it): ``MOSCOW, November 15. /TASS/.``, ``KYIV, Jan 24 (Reuters) -``, ``NAIROBI, 14 June 2024 (AFP)``,
``KYIV, Ukraine, Sept. 9 (AP) —``, ``THE HAGUE (Reuters) -``, ``RAWALPINDI, Mar 14 (APP):``,
``МОСКВА, 3 марта. /ТАСС/.``.

Only the pieces live here; each user compiles the shape it needs.
"""

from __future__ import annotations

import re

UPPER = "A-Z\u0410-\u042f\u0401\u0406\u0407\u0404\u0490"  # Latin, Russian and Ukrainian capitals
LOWER = "a-z\u0430-\u044f\u0451\u0456\u0457\u0454\u0491"
# "KYIV", "Kyiv, Ukraine", "МОСКВА": a place, optionally with its country
PLACE = rf"[{UPPER}][{UPPER}{LOWER} .'\u2019-]{{1,40}}(?:,\s+[{UPPER}][{UPPER}{LOWER} .'\u2019-]{{1,30}})?"
# a place standing alone before the agency must be in capitals: "THE HAGUE (Reuters)", not "Peter Smith (Reuters)"
CAPS_PLACE = rf"[{UPPER}][{UPPER} .'\u2019-]{{1,40}}(?:,\s+[{UPPER}][{UPPER}{LOWER} .'\u2019-]{{1,30}})?"
# "Jan. 24", "24 January", "3 марта", with an optional year
DAY = (
    rf"(?:[A-Z][a-z]{{2,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:[A-Z][a-z]{{2,9}}\.?|[{LOWER}]{{3,10}}))"
    r"(?:,?\s+(?:19|20)\d\d)?"
)
# "/TASS/", "(Reuters)", "/Интерфакс-Украина/": the agency's mark, its name in group ``slash`` or ``paren``
AGENCY = (
    rf"(?:/(?P<slash>[{UPPER}{LOWER}][{UPPER}{LOWER} .-]{{1,30}})/"
    rf"|\((?P<paren>[{UPPER}][{UPPER}{LOWER} .&-]{{1,30}})\))"
)
AGENCY_MARK = re.sub(r"\(\?P<\w+>", "(?:", AGENCY)  # the same, without its groups, to use twice in one pattern
