"""A credit rating grade asked ('B-rated issuance', 'bonds rated BBB', 'the Aa2 rating') names the table row whose
label is that grade ('B', 'BBB', 'Aa2'): a one- or two-letter label no content word of the question can name."""

from __future__ import annotations

import re

from ingest.tables import SEP

# S&P/Fitch grades with their notches ('BBB-'), Moody's ('Baa2'), as a table's rating rows write them
_GRADE = r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|D|Aaa|Aa|Baa|Ba|Caa|Ca)(?:[+-](?!\w)|[1-3](?!\w))?"
_ASKED = re.compile(rf"(?<![\w/+-])({_GRADE})(?:-|\s+)rat(?:ed|ing|ings)\b|\brated\s+({_GRADE})(?![\w/+-])")
# the score of a grade's row: above a row named by one word of its label, as a label of two words named
GRADE_SCORE = 2.0


def grade_asked(phrase: str) -> str | None:
    """The rating grade the phrase asks of ('B' of 'B-rated issuance', 'BBB-' of 'rated BBB-'), as written; None when none."""
    m = _ASKED.search(phrase)
    return (m.group(1) or m.group(2)) if m else None


def grade_score(row: str, grade: str | None) -> float | None:
    """GRADE_SCORE when the row's own label is the grade asked (its bracket and footnote mark aside:
    'B(1)', 'BB (high yield)'), else None; case counts ('A' the grade, never the article)."""
    if grade is None:
        return None
    label = re.sub(r"\s*\([^)]*\)", "", row.split(SEP)[-1]).strip()
    label = re.sub(r"(?:-|\s+)rated$", "", label)
    return GRADE_SCORE if label == grade else None
