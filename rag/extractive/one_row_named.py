"""'Which <things>' asks several things of a kind: one name read off one table row ('**Orion Pigments**. Rank: 1;
Company: Orion Pigments; ...') is at most one item of the list asked, so it is no bold answer; the rows that also meet
the question's condition were never read. A list leads in bold only when its items are read together."""

from __future__ import annotations

import re

from ..types import bold_lead
from .names import PLURAL_NOUN

_MODS = (r"(?:(?!(?:is|was|are|were|does|did|do|has|have|had|can|could|will|would|may|might|must|should|shall|the|"
         r"of|one|single)\b)[\w&/-]+\s+){0,3}?")
# 'which (ranked) producers', 'For a slide: which companies': the plural the wh-word asks about
_WHICH_PLURAL = re.compile(rf"^\s*(?:[^:?]{{1,80}}:\s*)?which\s+({_MODS})({PLURAL_NOUN})\b(?!['’])\s*(\S*)", re.I)
# a word ending the modifiers that reads as one (an adjective, a participle, a name), so the plural after it is the
# noun asked, not a verb after a singular noun ('which company operates ...')
_MODIFIER_END = re.compile(r"(?:ed|ing|al|ic|ive|ous|ful|ary|ate|ent|ant|-[\w]+)\s*$|^\s*$|\b[A-Z][\w&/-]*\s*$")
# what follows a plural noun asked: a verb of its clause or a preposition
_AFTER_NOUN = re.compile(r"(?:[a-z]+ed|saw|had|lost|grew|made|took|led|won|fell|rose|held|paid|sold|spent|kept|met|ran|"
                         r"bought|did|do|does|are|were|have|has|of|in|on|for|from|with|that|to|under|among|\?)$", re.I)
# plurals of amounts or times: 'which years', 'which quarters' ask periods, often one
_NOT_KINDS = frozenset("""years months quarters days periods dates figures numbers amounts values rates levels times
sales revenues costs expenses prices shares percentages""".split())
# a superlative or 'only' may pick one thing out of the kind asked
_ONE_PICKED = re.compile(r"\b(?:most|least|largest|smallest|highest|lowest|biggest|best|worst|top(?!\s*\d)|first|last|"
                         r"the\s+only|single|fastest|slowest|strongest|weakest)\b", re.I)
# a choice between named alternatives ('..., Grok 4 or Grok 4 Fast?') asks one of them
_CHOICE = re.compile(r"\bor\b[^?]*\??\s*$|\b(?:higher|lower|more|less|better|worse|larger|smaller)\b", re.I)
# the quoted line after the lead is a table row written as 'Header: cell; Header: cell'
_ROW_QUOTED = re.compile(r"[^;:\n]{1,60}:\s*[^;\n]{1,80};\s*[^;:\n]{1,60}:\s")
_SEVERAL = re.compile(r",|;|\s(?:and|or)\s")
ONE_ROW_WHY = "the question asks which things, several of a kind; the lead names one table row's"


def one_row_for_several(question: str, shown: str) -> str | None:
    """ONE_ROW_WHY when 'which <plural kind>' (no superlative or 'the only' picking one) is led by a single name that
    is a cell of the table row the answer quotes after it; else None."""
    lead = bold_lead(shown)
    m = _WHICH_PLURAL.match(question)
    if lead is None or m is None or m.group(2).lower() in _NOT_KINDS or _ONE_PICKED.search(question) or \
            _CHOICE.search(question):
        return None
    if not (_MODIFIER_END.search(m.group(1)) or _AFTER_NOUN.match(m.group(3))):
        return None  # 'which company operates': the plural-looking word is the verb
    if _SEVERAL.search(lead) or not re.search(r"[A-Za-z]", lead):
        return None
    rest = shown[shown.find(lead) + len(lead):]
    # the lead is a cell of the quoted row ('Company: Orion Pigments;'): that item's own row, the others unread (a
    # line across the items, 'Grocery: 2.9%; General merchandise: (2.1)%', has them read and the lead among its labels)
    own_row = re.search(r":\s*" + re.escape(lead) + r"\s*(?:;|\[|$|\n|\s{2})", rest)
    return ONE_ROW_WHY if own_row and _ROW_QUOTED.search(rest) else None
