"""A list whose items a semicolon sets apart ('due to A; B; and C', 'Three drivers dominate: A, which ...; B that
came into force ...; and C') is one enumeration, not several clauses, and answers a question asking several things.

General properties of such a list:
- a ';' separates items when the sentence's last ';' part opens with 'and' / 'or' (a serial semicolon);
- the first item starts after the word governing the list in the first part (a colon, 'include', 'such as',
  a copula, a causal connective); without one the first part is a clause, no item;
- each item ends at its own aside: a relative clause (', which ...', ' that came ...'), a comma adding a
  circumstance (', with ...', ', while ...'), a bracket putting a figure on it, the sentence's end."""

from __future__ import annotations

import re

from .driver_asked import DEGREE, causes_listed_asked, drivers_asked
from .lead_items import reasons_asked, several_asked

_SERIAL = re.compile(r";\s+(?:and|or)\s+", re.I)
# the words governing a list; the last of them in the first part opens its first item
_GOVERN = re.compile(rf":\s+|\b(?:include[sd]?|including|such\s+as|namely|compris(?:es|e|ing)|consist(?:s|ing)?\s+of|"
                     rf"are|were|(?:(?:{DEGREE})\s+)?(?:due\s+to|a\s+result\s+of|because\s+of|driven\s+by|"
                     r"attributable\s+to|owing\s+to|caused\s+by|reflect(?:s|ed|ing)?))\s+", re.I)
# where an item ends: a relative clause or an aside after it
_ASIDE = re.compile(r",\s+(?:which|who|whose|where|with|while|whereas|but|although|partially|partly|offset)\b|"
                    r"\s+(?:which|who)\s|\s+that\s+(?!(?:the|a|an|its|their|this|these|those)\b)[a-z]|"
                    r"\s*\([^()]*\d[^()]*\)", re.I)
MAX_WORDS = 16  # words: an item is a noun phrase, not a clause


def _item(part: str) -> str:
    aside = _ASIDE.search(part)
    return (part[:aside.start()] if aside is not None else part).strip(" ,;.")


def semicolon_list(question: str, sentence: str) -> str | None:
    """The items of a serial-semicolon list in `sentence` ('A; B; and C'), each cut at its aside and joined by
    '; ', for a question asking several things or their causes; None without such a list."""
    if not (several_asked(question) or reasons_asked(question) or drivers_asked(question)
            or causes_listed_asked(question)):
        return None
    text = re.split(r"\.\s+(?=[A-Z])", sentence.strip())
    for clause in text:
        last = list(_SERIAL.finditer(clause))
        if not last:
            continue
        parts = clause[:last[-1].start()].split(";") + [clause[last[-1].end():]]
        governs = list(_GOVERN.finditer(parts[0]))
        if not governs:
            continue
        parts[0] = parts[0][governs[-1].end():]
        items = [_item(p) for p in parts]
        if len(items) >= 2 and all(items) and all(len(i.split()) <= MAX_WORDS for i in items):
            return "; ".join(items[:-1]) + "; and " + items[-1]
    return None
