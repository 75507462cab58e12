"""A figure read from a table row while a word the question asks about is said nowhere on its page: no bold.

A row answers a question when the row, its column, the table's caption and the page around it say
what is asked. A content word of the question ('unrevised', 'equity') said by none of them (not a
period, unit, operation or generic word) asks for something else than the row holds: the figure is
shown without bold.
"""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from ingest.tables import SEP
from ingest.year_forms import FORECAST_YEAR

from .cells import words
from .maturity_columns import maturity_words
from .measure_names import other_forms_said
from ..acronym_table import snapshot_table
from .passage_tables import page_chunks, tables_of
from .row_partial import asked_terms, says
from .rows import ROW_LINE

UNSAID_WHY = "the question asks of '{word}', which neither the row read nor its table or page says"
# periods, units and question words that name no item of a table
_NOT_ITEM = frozenset("january february march april may june july august september october november december "
                      "year annual q1 q2 q3 q4 quarterly period date month day week half first second third fourth last "
                      "amount value number figure much many dollar usd eur gbp rmb pence cent percentage "
                      "million billion thousand k m bn mn respective each both all two three company entity "
                      "report reported state stated mentioned shown according".split())
# words framing the question (relation, comparison, wording) rather than naming what is asked
_FRAMING = frozenset("above below over under within among across from into after before altogether absolute exceed exceeded "
                     "exceeding greater than there why how which where when whose one nominal definition define defined "
                     "constitution constitute consist comprise calculated calculate categorie type kind component item segment "
                     "done made make generated arising accounting issued fys "
                     # verbs booking a figure in a period ('downgrades recorded', 'new business written'), and the
                     # holdings a portfolio table's rows are: they say how a row's figure arose, not another item
                     "recorded booked written holding".split())

# a word a table may say in another form of the same meaning ('male' members in a column 'Men')
_SAME = {"male": ("men", "man"), "female": ("women", "woman")}


def asked_words(question: str) -> set[str]:
    """The question's words naming what it asks about (not its operation, period, unit or generic words)."""
    return {w for w in asked_terms(question) if w not in _NOT_ITEM and w not in _FRAMING and not any(ch.isdigit() for ch in w)}


def _stem(word: str) -> str:
    """A word's stem for matching forms: 'inventory' and 'inventories' ('inventorie') alike."""
    return re.sub(r"(?:ies|ie|y|es|e|ed|ing|s)$", "", word) if len(word) > 4 else word


def _near(word: str, other: str) -> bool:
    """One letter added, dropped or changed, in words of five letters or more: a misprint ('EBITA' for 'EBITDA')."""
    if min(len(word), len(other)) < 5 or abs(len(word) - len(other)) > 1:
        return False
    i = 0
    while i < min(len(word), len(other)) and word[i] == other[i]:
        i += 1
    return word[i + 1:] == other[i + 1:] or word[i + 1:] == other[i:] or word[i:] == other[i + 1:]


# the endings that make a noun of a verb ('ship' -> 'shipment', 'deliver' -> 'delivery', 'sell' -> 'seller')
_NOUN_ENDINGS = ("ment", "ments", "y", "ie", "ies", "ion", "ions", "er", "ers")


def _verb_of(word: str, said_words: set[str]) -> bool:
    """`word` a verb whose noun is said ('ship' of 'Shipments', 'deliver' of 'Deliveries'): the row names the act."""
    return len(word) >= 4 and any(s.startswith(word) and s[len(word):] in _NOUN_ENDINGS for s in said_words)


def unsaid_word(question: str, said: str) -> str | None:
    """The first word the question asks about (alphabetically) that `said` says in no form, or None."""
    said_words = set(words(said))
    stems = {_stem(s) for s in said_words}
    for w in sorted(asked_words(question)):
        if len(w) >= 3 and not says(said_words, w) and _stem(w) not in stems and not _verb_of(w, said_words) \
                and not any(_near(w, s) for s in said_words) and not said_words & set(_SAME.get(w, ())):
            return w
    return None


# the words asking for a figure ahead: a forecast column ('2030E', '2026F') says them
_FORECAST_WORDS = "forecast forecasted expected projected projection estimated predicted anticipated outlook"
# the words asking an amount's size ('how large', 'market size'); a market's size is its amount in a currency
_SIZE_WORDS = "large larger largest big size sized"
_SIZED = re.compile(r"\b(?:size|large|big)\b", re.I)
# the bold lead's own bracket: the column read ('**2,910.5 (100 million RMB)** (2030E)')
_READ_COLUMN = re.compile(r"\*\*[^*]+\*\*\s*\(([^)]{1,40})\)")


def read_says(ctx: AnswerContext, answer: Answer) -> str:
    """The words the figure read says by what it is: a forecast column's (E/F year) satisfy 'forecast', 'expected',
    'projected'; an amount in a currency satisfies the size words ('large', 'size') and, asked with one, 'market'."""
    said = []
    column = _READ_COLUMN.search(answer.answer)
    if column and FORECAST_YEAR.search(column.group(1)):
        said.append(_FORECAST_WORDS)
    lead = answer.answer.split("**")[1] if answer.answer.count("**") >= 2 else ""
    if lead.rstrip().endswith("%"):
        return " ".join(said)
    for _, t in tables_of(ctx):
        rows = {r for r in t.rows if f"{r.split(SEP)[-1]} — " in answer.answer}
        if any(c.row in rows and c.unit not in (None, "%") for c in t.cells):
            said.append(_SIZE_WORDS + (" market" if _SIZED.search(ctx.question) else ""))
            break
    return " ".join(said)


def row_word_unsaid(ctx: AnswerContext, answer: Answer) -> str | None:
    """UNSAID_WHY when one bold figure read from a table row (shape 'figure') leaves a word the question asks about unsaid
    by the answer, every table retrieved (rows, columns, caption), every passage and the page's prose; else None."""
    if answer.abstained or answer.shape != "figure" or "**" not in answer.answer or not ROW_LINE.search(answer.answer):
        return None  # one figure read as it stands: a ranking, comparison or computation names its rows otherwise
    parts = [answer.answer, read_says(ctx, answer)] + [p.chunk.text for p in ctx.passages]
    for _, t in tables_of(ctx):
        parts += [t.caption or "", " ".join(t.columns), " ".join(t.rows), maturity_words(t.columns)]
    try:
        parts += [c.text for c in page_chunks(ctx, tables=False)]
    except (AttributeError, ValueError, KeyError, TypeError):
        pass  # no index snapshot: the passages alone
    said = "\n".join(parts)
    # a measure said in one form says the other ('Free cash flow' says FCF; 'ARPU' says average revenue per user)
    word = unsaid_word(ctx.question, f"{said}\n{other_forms_said(said, snapshot_table(ctx.snapshot))}")
    return UNSAID_WHY.format(word=word) if word else None
