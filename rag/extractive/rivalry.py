"""How clearly the lead's evidence is ahead of a rival giving another figure for the same slots.

A bold lead is a promise that the reports say this figure for what was asked. When another
retrieved sentence, dated as asked and about the question's terms as fully, gives another figure
of the same unit at nearly the same score, the evidence does not single one figure out. These
features measure that (verify.py records them beside the answer check's, `--explain` shows them,
eval/fit_bold.py fits on them); `weak_lead_rival` and `weak_row_rival` are the rules that act on them."""

from __future__ import annotations

import re

from ingest.figures import Figure
from ingest.keyword import tokenize

from .features import Evidence
from .pick import pick_figures
from .slots import QUESTION_FILLER, Slots

OPEN = 0.5  # the gap when no rival is found: as far ahead as the features can say
CLAUSE = re.compile(r"[;:]|,\s+(?:while|whereas|and|but|with)\s|\.\s")


SEARCHED = 8  # the best-scoring sentences searched for a rival


def rival_of(slots: Slots, evidence: list[Evidence], best: Evidence, lead: Figure) -> tuple[Evidence, Figure] | None:
    """The highest-scoring other sentence (of the first SEARCHED), dated as asked and covering the
    question's terms at least as far as the best does less a little, whose own answering figure has
    the lead's unit and another value: (sentence, its figure) or None."""
    floor = best.features.get("overlap", 0.0) - 0.15
    for e in evidence[:SEARCHED]:
        if e is best or not e.year_ok or e.features.get("overlap", 0.0) < floor:
            continue
        theirs = pick_figures(e.text, e.figures, slots)
        if theirs and theirs[0].unit == lead.unit and not _same(theirs[0], lead):
            return e, theirs[0]
    return None


def _same(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value), abs(b.value))


def clause_of(text: str, f: Figure) -> str:
    """The clause of `text` holding figure `f` (split at ';', ':', a sentence end and a comma before
    'while/and/but/with')."""
    start, end = 0, len(text)
    for m in CLAUSE.finditer(text):
        if m.end() <= f.start:
            start = m.end()
        elif m.start() >= f.end:
            end = m.start()
            break
    return text[start:end]


def clause_terms(slots: Slots, text: str, f: Figure) -> float:
    """Share of the question's content words (not years, not filler) that the lead's own clause
    uses: a figure in a clause about something else answers something else."""
    content = [t for t in dict.fromkeys(slots.terms) if t not in QUESTION_FILLER and not t.isdigit()]
    if not content:
        return 1.0
    words = set(tokenize(clause_of(text, f)))
    return sum(t in words for t in content) / len(content)


def features(slots: Slots, evidence: list[Evidence], best: Evidence, figures: list[Figure]) -> dict[str, float]:
    """`rival_gap` (score ahead of the best rival, capped at OPEN), `rival_other_passage` (the rival
    is in another passage), `rival_close` (the gap is under 0.05), `lead_clause_terms`."""
    lead = figures[0] if figures else None
    found = rival_of(slots, evidence, best, lead) if lead is not None else None
    gap = min(OPEN, max(0.0, best.score - found[0].score)) if found else OPEN
    return {"rival_gap": gap,
            "rival_other_passage": float(found is not None and found[0].passage_index != best.passage_index),
            "rival_close": float(found is not None and gap < 0.05),
            "lead_clause_terms": clause_terms(slots, best.text, lead) if lead is not None and not best.row else 1.0}


def weak_lead_rival(slots: Slots, evidence: list[Evidence], best: Evidence, figures: list[Figure], coverage: float,
                    weak: float, gap: float) -> tuple[Evidence, list[Figure]] | None:
    """A lead whose sentence covers under `weak` of the question's key terms (`coverage`, IDF-weighted)
    is not clearly the answer when a sentence of another passage, within `gap` of its score, gives
    another figure of the same unit: that rival (sentence, [its figure]), or None."""
    if not figures or best.row or coverage >= weak:
        return None
    return _other_passage(slots, evidence, best, figures[0], gap)


def weak_row_rival(slots: Slots, evidence: list[Evidence], best: Evidence, figures: list[Figure], p: float,
                   weak: float, gap: float) -> tuple[Evidence, list[Figure]] | None:
    """A lead read from a table row escapes the answer check's hedge (its claim features read a
    sentence's clauses, which a row has none of); when the check scores it under `weak` and another
    passage, within `gap` of its score, gives another figure of the same unit, the row is not clearly
    the answer: that rival (evidence, [its figure]), or None."""
    if not figures or not best.row or p >= weak:
        return None
    return _other_passage(slots, evidence, best, figures[0], gap)


def _other_passage(slots: Slots, evidence: list[Evidence], best: Evidence, lead: Figure,
                   gap: float) -> tuple[Evidence, list[Figure]] | None:
    """The rival (rival_of) when it is in another passage and within `gap` of the best's score."""
    found = rival_of(slots, evidence, best, lead)
    if found is None or found[0].passage_index == best.passage_index or best.score - found[0].score > gap:
        return None
    return found[0], [found[1]]


def row_item(text: str) -> str:
    """What a table row is of: its label before ' — ' ('Cost of revenue › Products — 2019: $5'), else
    its cells' values in words ('Rank: 2; Company name: Zeta; Share: 4.7%' -> 'Zeta')."""
    if " — " in text:
        return text.split(" — ", 1)[0]
    values = (part.split(":", 1)[1].strip() for part in text.split(";") if ":" in part)
    return " ".join(v for v in values if v and not re.search(r"\d", v))


def rows_apart(slots: Slots, best: Evidence, rival: Evidence, p: float, hedge: float) -> str | None:
    """Two table rows giving different figures do not disagree: each row is its own item's. When
    the lead is a row the answer check doubts (`p` under `hedge`), its rival another row, and neither
    row's item names a word of the question, no row is the item asked and the table gives none for
    it: the reason to refuse, or None."""
    if not (best.row and rival.row) or p >= hedge or best.text == rival.text:
        return None
    asked = {t for t in slots.terms if t not in QUESTION_FILLER and not t.isdigit()}
    if any(asked & set(tokenize(row_item(e.text))) for e in (best, rival)):
        return None
    return "the table gives a figure for each of its rows, and no row is the one asked"


def passage_rival(slots: Slots, evidence: list[Evidence], best: Evidence, figures: list[Figure],
                  margin: float) -> tuple[Evidence, list[Figure]] | None:
    """A sentence from another passage, scoring within `margin` of the best, on the same topic (it covers the
    question's key terms as fully as the best does: 'AI financing' is not a rival for 'the AI market'), that gives
    another figure of the unit asked: (sentence, its figures) or None."""
    if margin <= 0 or not figures or not slots.units or len(slots.years) > 1 or len(slots.entities) > 1:
        return None
    for e in evidence[1:4]:
        if best.score - e.score > margin:
            break
        if e.passage_index == best.passage_index or not e.year_ok:
            continue
        if e.features.get("overlap", 0.0) < best.features.get("overlap", 0.0) - 1e-9:
            continue
        theirs = pick_figures(e.text, e.figures, slots)
        if theirs and theirs[0].unit == figures[0].unit and all(abs(f.value - theirs[0].value) > 1e-9
                                                                  for f in figures):
            return e, theirs
    return None
