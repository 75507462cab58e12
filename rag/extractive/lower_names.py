"""Names an all-lower-case question still writes in lower case after the reports' case is given back
(`restored_case`): the reports never write them, so no case comes back and, with no capital, no gate
asks a passage to name them ('how many ai unicorns are in france', 'o3-pro's index'). Two general
properties tell such a word is a name without the reports' capitals:
- it is one of the places the product knows ('france', 'eu', 'japanese'; 'us' excepted: a pronoun),
  wherever the reports write it (a sentence's opening capital is no evidence for `restored_case`);
- it opens with a letter, holds a digit ('gpt-3.5', 'o3-pro', 'k2') and the reports never write it:
  a model or version name (no English word holds a digit), unless a period marker ('q3', 'h1', 'fy19');
  one the reports write ('speech-02-hd') is found as it is, in whatever case they give it."""

from __future__ import annotations

import re

from .question_names import COUNTRY_FORMS
from .written_whole import writes_whole

_PLACES = {f.lower(): f for forms in COUNTRY_FORMS for f in forms if f.lower() != "us"}
_PLACE_RUN = re.compile(r"(?<![\w.-])(?:" + "|".join(sorted((re.escape(k) for k in _PLACES), key=len, reverse=True))
                        + r")(?![\w-]|\.\w)")
_VERSIONED = re.compile(r"(?<![\w.-])[a-z][a-z.+-]*\d(?:[\w.+-]*[a-z0-9+])?(?![\w-])")
# a period or rank written with a digit ('q3', 'h1', 'fy19', 'fy2024', 'mid-2024', 'tier-1', 'top-10'), matched whole;
# 'h20', 'h100' (chips), 'gpt-4', 'k2' are names
_PERIOD = re.compile(r"(?:fy|cy)(?:\d{2}|\d{4})|q[1-4]|h[12]|[a-z]+-(?:19|20)\d\d|"
                     r"(?:top|tier|no\.?|level|phase|stage|gen)-?\d+")


def named_lower(question: str, written: str) -> str:
    """`question` (written wholly in lower case) with its known places, and the versioned names that the
    reports' lower-cased text `written` never has, given a capital ('france' -> 'France', 'o3-pro' -> 'O3-pro')."""
    def place(m: re.Match) -> str:
        return _PLACES[m.group()]

    def versioned(m: re.Match) -> str:
        w = m.group()
        return w[0].upper() + w[1:] if not _PERIOD.fullmatch(w) and not writes_whole(w, [written], dotted=True) else w
    return _VERSIONED.sub(versioned, _PLACE_RUN.sub(place, question))
