"""Gates on a slot the lead's own sentence (or table row) misses, where the passage around it may
still name it: the place whose figure it is, the table a row belongs to, a figure at all for an
amount asked. gates.py lists them with the others; each returns the reason (naming the slot
missing) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from ..number_words import cardinals
from .claim import claim
from .count_words import enumeration_count
from .facts import passage_facts
from .names import lists_names, whole_word
from .noun_asked import amount_noun_asked

if TYPE_CHECKING:
    from .features import Evidence
    from .gates import Decision
    from ..types import AnswerContext


def _names_place(text: str, entity) -> bool:
    """Whether lower-case `text` names the place in one of its forms, each a whole word."""
    return any(whole_word(form.lower()).search(text) for form in entity.forms)


def place_owner(d: Decision) -> str | None:
    """A figure its own clause makes another place's ('China and the U.S. together accounted for
    92%': the nearest place named before it, `claim.owner`) does not answer for a place asked that
    the sentence never names: the reports give that other place's figure."""
    places = [e for e in d.slots.entities if e.place]
    if not places or not d.figures or d.best.row:
        return None
    text = d.best.text.lower()
    if any(_names_place(text, e) for e in places):
        return None
    whose = claim(d.best.text, d.figures[0]).owner
    if whose in (None, "world") or any(whose in e.forms for e in places):
        return None
    return f"the reports give the figure for {whose}, not for {', '.join(e.name for e in places)}"


def caption(ctx: AnswerContext, ev: Evidence, tables: list | None = None) -> str:
    """The title of the table a row is read from (its caption, or the sentence introducing it:
    `cells.tables_of`, passed as `tables` when already read); '' for a sentence."""
    if not ev.row:
        return ""
    if tables is None:
        from .cells import tables_of  # cells imports this module (`asked_tables`): read here, not at import

        tables = tables_of(ctx)
    label = ev.text.lower()
    titles = [t.caption or "" for i, t in tables if i == ev.passage_index]
    if len(set(titles)) > 1:  # several tables in one passage: the one holding the row's cells
        titles = [t.caption or "" for i, t in tables if i == ev.passage_index
                  and any(r.split(" › ")[-1].lower() in label for r in t.rows)] or titles
    return titles[0] if titles else _line_before(ctx, ev)


def _line_before(ctx: AnswerContext, ev: Evidence) -> str:
    """For a row of a passage carrying no parsed table: the nearest line before it that is neither
    a row nor a header line ('Rank | Company name | ...'), the title it is read under."""
    snap = ctx.snapshot
    pos = snap.position.get(ctx.passages[ev.passage_index].chunk.chunk_id) if snap is not None else None
    if pos is None:
        return ""
    before = [s for s in passage_facts(snap, pos).sentences[:ev.sentence_index] if not s.row and " | " not in s.text]
    return before[-1].text if before else ""


_WORLD_TITLE = re.compile(r"\b(global|globally|worldwide|world's|the world)\b", re.I)


def narrowed_by(title: str, other: str, asked: set[str]) -> set[str]:
    """The words asked by which `other` titles a narrower table than `title`: every word of `title`
    is in `other`, and `other` adds words the question asks ('pureplay' in 'Ranking of global
    pureplay ... companies' beside 'Ranking of global ... companies'). Tables whose titles differ
    both ways ('Speech Arena' and 'Video Arena') narrow neither."""
    return _narrowed(set(tokenize(title)), set(tokenize(other)), asked)


def _narrowed(mine: set[str], theirs: set[str], asked: set[str]) -> set[str]:
    if not mine or not mine < theirs:
        return set()
    return (theirs - mine) & asked


def caption_scope(d: Decision) -> str | None:
    """A table row answers within its table's title. A place asked that neither the row nor a title
    speaking of the whole world ('Ranking of global ... companies') names is not answered by it;
    and a retrieved table titled as this one narrowed by a word the question asks ('pureplay') is
    the table asked about, so a row of the broader one does not answer."""
    if not d.best.row:
        return None
    from .cells import tables_of  # see `caption`

    tables = tables_of(d.ctx)
    title = caption(d.ctx, d.best, tables)
    if not title:
        return None
    row = d.best.text.lower()
    places = [e for e in d.slots.entities if e.place]
    if places and _WORLD_TITLE.search(title):
        missing = [e.name for e in places if not _names_place(f"{row} {title.lower()}", e)]
        if missing:
            return f"the table gives global figures ({title.strip()[:80]}), not ones for {', '.join(missing)}"
    asked = set(d.slots.subject)
    seen = {title}
    for e in d.evidence:
        other = caption(d.ctx, e, tables) if e.row and e.passage_index != d.best.passage_index else ""
        if not other or other in seen:
            continue
        seen.add(other)
        words = narrowed_by(title, other, asked)
        if words:
            word = next(w for w in re.findall(r"[A-Za-z][\w-]*", other) if set(tokenize(w)) & words)
            return f"the row is from a broader table than the {word} one asked ({other.strip()[:80]})"
    return None


# a question that asks for an amount in so many words ('how much', 'by how much', 'what share'); not
# 'how many': a sentence naming the things counted ('A, B and C') answers a count without a figure
_AMOUNT_ASKED = re.compile(r"\b(how (much|big|large|fast|high|far)|by what (percentage|factor|multiple|margin))\b|"
                           r"^\s*(what|which) (was |is |were |are )?(the )?(share|percentage|proportion|amount|number|"
                           r"size|value)\b", re.I)
# 'what diagnostic accuracy does X achieve', 'what maximum fine does the EU impose': a measure asked of a
# subject by the question's own verb (group 1: the measure's noun)
_MEASURE_ASKED = re.compile(r"^\s*what (?:[\w-]+ ){0,2}?(accuracy|fines?|penalty|penalties|fees?|prices?|costs?|revenues?|"
                            r"valuation|margins?|budget|salary|rate|share|percentage|proportion|amount|number|size|value) "
                            r"(?:does|did|do|will|would|can|could)\b", re.I)
_COUNT_ASKED = re.compile(r"^\s*how many\b", re.I)
# an amount in words ('three or more', 'doubled', 'half', 'had no accrued interest'): a figure the parser does not read
_NUMBER_WORDS = re.compile(rf"\b(no|nil|{'|'.join(cardinals(0, 12))}|dozens?|hundreds|"
                           r"thousands|millions|billions|trillions|double[sd]?|doubling|triple[sd]?|tripling|twice|half|"
                           r"quadrupled|tenfold|several|majority|most|none|all)\b", re.I)


def no_figure(d: Decision) -> str | None:
    """An amount asked in so many words ('by how much did subscriptions rise') is not answered by
    a sentence that gives no amount at all, not even in words ('a sharp uptick in subscriptions'):
    the reports name it but give no figure for it."""
    s = d.slots
    if s.asks != "amount" or s.shape != "figure" or s.trend or d.figures or \
            any(f.unit != "year" for f in d.best.figures):
        return None
    if s.unit == "count":  # a count is answered by naming what is counted ('A, B and C'), not by naming none
        if not _COUNT_ASKED.search(s.text) or lists_names(d.best.text) or re.search(r"[,;:]", d.best.text) or \
                enumeration_count(s.text, d.best.text):  # 'restraints include A and B': two items, no comma
            return None
    elif not _AMOUNT_ASKED.search(s.text) and not amount_noun_asked(s.text):
        measure = _MEASURE_ASKED.search(s.text)
        if measure is None or _measure_given(d, measure.group(1)):
            return None
    if _NUMBER_WORDS.search(d.best.text):
        return None
    what = s.subject_words() or "it"
    return f"the reports speak of {what} but give no figure for it"


def _measure_given(d: Decision, noun: str) -> bool:
    """A sentence near the top names the measure asked and gives a figure (not only a year): the
    lead may be its context ('Zidong Taichu 2.0 incorporates video ...' before '... accuracy to 98.7%')."""
    stem = re.compile(rf"\b{re.escape(noun.rstrip('s'))}", re.I)
    return any(stem.search(e.text) and any(f.unit != "year" for f in e.figures) for e in d.evidence[:_NEAR_TOP])


_NEAR_TOP = 3


def asked_tables(tables: list, question: str) -> list:
    """Of the (passage, table) pairs retrieved, those the question's words title: when one table's
    title is another's narrowed by words the question asks (`narrowed_by`: 'pureplay'), the
    broader table is left out; otherwise all of them."""
    titles = {t.caption or "" for _, t in tables}
    if len(titles) < 2:
        return tables
    asked = set(tokenize(question))
    words = {t: set(tokenize(t)) for t in titles}  # each title tokenized once, not once per pair
    broader = {a for a in titles for b in titles if a != b and _narrowed(words[a], words[b], asked)}
    return [(i, t) for i, t in tables if (t.caption or "") not in broader] if broader else tables
