"""A lead whose own label names what the question excludes: no bold.

'What were the non-cash movements other than new leases?', 'Excluding inventory movements, how many costs rose?':
the thing after 'other than' / 'excluding' is set aside by the question, so a figure whose row or column label names
it ('New leases and other non-cash: (227)') answers for the excluded part, never for what is left.
"""

from __future__ import annotations

import re

from ingest.figures import NUMBER

from ..types import Answer, lead_of
from .cells import words

# what a question sets aside: 'excluding X', 'other than X', 'except (for) X', 'apart from X', up to a comma, the
# question's end or a clause naming the period or asking on
_EXCLUDED = re.compile(r"\b(?:excluding|other than|except(?:\s+for)?|apart from|aside from|not including)\s+(?:the\s+)?"
                       r"(?P<x>[^,?;]+?)\s*(?=,|\?|;|$|\s+(?:in|for|during|from|between|how|what|which|as)\b)", re.I)
# a label saying an exclusion itself ('Revenue excluding currency effects') names the remainder, not the part set aside
_SAYS_EXCLUSION = re.compile(r"\b(?:exclud\w*|other than|except|apart from|aside from|not including|without|net of)\b",
                             re.I)
_LEAD = re.compile(r"^\s*\*\*(.+?)\*\*")
EXCLUDED_WHY = "the figure led is the one for '{x}', which the question excludes"


def excluded_asked(question: str) -> str | None:
    """The thing the question sets aside ('other than new leases?' -> 'new leases'), or None."""
    m = _EXCLUDED.search(question)
    return m.group("x").strip() if m and words(m.group("x")) else None


def lead_labels(answer: Answer) -> tuple[str, str]:
    """(the row label, the column or clause) the answer writes its lead's first number under: ('Lease liabilities',
    'New leases and other non-cash') for 'Lease liabilities — ...; New leases and other non-cash: (227)'; a sentence's
    lead has no row label (''), only the clause before it; ('', '') when the answer writes no such number."""
    lead = lead_of(answer.figure, answer.answer)
    m = NUMBER.search(lead or "")
    if m is None:
        return "", ""
    number = re.compile(rf"(?<![\d.,]){re.escape(m.group(0))}(?![\d,]|\.\d)")
    rest = " ".join(_LEAD.sub("", answer.answer or "", count=1).split())
    for line in re.split(r"\[\d+\]", rest):
        found = number.search(line)
        if found is None:
            continue
        before = line[:found.start()]
        row = re.split(r"\.\s", before.split(" — ")[0])[-1].strip() if " — " in before else ""
        return row, re.split(r"[;.—]\s", before)[-1].strip().rstrip(" :($€£¥-−")
    return "", ""


def excluded_led(question: str, answer: Answer) -> str | None:
    """EXCLUDED_WHY when a bold lead's row or column label, or every operand of its computation, names every content
    word of what the question excludes, and says no exclusion itself; else None."""
    if answer.abstained or "**" not in (answer.answer or "") or (x := excluded_asked(question)) is None:
        return None
    wanted = set(words(x))
    operands = [f"{o.get('row') or ''} {o.get('label') or ''}" for o in (answer.derivation or {}).get("operands") or []]
    if operands and all(wanted <= set(words(o)) and not _SAYS_EXCLUSION.search(o) for o in operands):
        return EXCLUDED_WHY.format(x=x)  # computed from the excluded row's cells alone ('excluding A': A's change)
    for label in lead_labels(answer):
        if label and wanted <= set(words(label)) and not _SAYS_EXCLUSION.search(label):
            return EXCLUDED_WHY.format(x=x)
    return None
