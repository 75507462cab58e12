"""The measure slot, narrowed: a word before the measure's head noun picks a part or a kind of it
('the urbanization rate', 'application-layer AI financing', 'the per-token cost'). A passage
that never uses that word gives another measure or the whole, not the part asked. gates.py lists
the gate with the others; it returns its reason (naming the word missing) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize
from ingest.name_years import coupon_named

from ..query_terms import found_as_asked, snapshot_forms
from ..snapshot_memo import kept
from .facts import passage_facts, where
from .slots import QUESTION_FILLER

if TYPE_CHECKING:
    from .gates import Decision
    from .slots import Slots

# the head nouns of a measure asked: what a figure is a figure of
_HEAD = (r"rates?|shares?|size|revenues?|financing|investments?|funding|markets?|costs?|prices?|income|spending|"
         r"consumption|gdp|valuations?|sales|profits?|margins?|penetration|capacity|demand|expenditure|output")
# words that end a measure's phrase going back from its head
_STOP = frozenset("the a an of in on for to what which how much many was is were are did does do its their this "
                  "that these those and or by from with at as per than who whose after before during over into "
                  "under between about within across among "
                  # 'high vs low penetration': two sides compared, the phrase of each ends at the comparing word
                  "vs vs. versus".split())
# words before a head that do not narrow the measure ('total AI financing', 'the global market'); 'intelligent'
# and 'smart' are the reports' other words for AI ('intelligent agent' = 'AI agent'): the domain, not a part
_WHOLE = frozenset(tokenize("ai intelligent smart global worldwide world overall total whole entire combined annual yearly "
                            "cumulative current latest recent precise exact approximate estimated expected projected "
                            "forecast "
                            # a computation asked of the figures ('the average cost per employee'), not a kind of measure
                            "average mean median sum difference change"))
# the short forms reports write for a narrowing word ('avg. deal size', 'a CAGR of 5%')
_SHORT = {"compound": ("cagr",), "annual": ("cagr",), "growth": ("cagr",),
          "year": ("yoy",)}
# a comparative or superlative ('the largest share', 'drew less investment') compares, it names no part
_COMPARING = frozenset(tokenize("larger largest bigger biggest smaller smallest higher highest lower lowest greater "
                                "greatest less least more most hottest top faster fastest slower slowest quicker "
                                "quickest stronger strongest weaker weakest better best worse worst"))
# ('more', 'most', 'less' ... are stop words the tokenizer drops: matched as written); a plain degree
# ('high penetration', 'low margins') says how much of the measure, not which part: matched as written, so
# a compound ('high-end market', 'low-income households') still narrows
_COMPARING_RAW = frozenset("more most less least fewer fewest high low".split())
# a verb of gaining or losing before a measure ('gained share', 'lose market share') says what happened to it
_GAIN_LOSE = re.compile(r"gain(?:s|ed|ing)?|los(?:e|es|ing|t)", re.I)
_PHRASE = re.compile(rf"((?:[A-Za-z][\w&.'’-]*\s+){{1,3}})({_HEAD})\b", re.I)


def narrowing_words(slots: Slots) -> list[list[str]]:
    """For each measure the question names, the words (as written) that narrow it: in 'What was the
    urbanization rate of the U.S.?' [['urbanization']]; names, places, years, filler and words for
    the whole ('total', 'global') are not narrowing. Measures with no narrowing word are left out."""
    names = {t for n in slots.names for t in tokenize(n)}
    out: list[list[str]] = []
    for m in _PHRASE.finditer(slots.text):
        kept_words: list[str] = []
        for w in reversed(m.group(1).split()):
            if w.lower() in _STOP or set(tokenize(w)) & _COMPARING or w.lower() in _COMPARING_RAW or w.endswith(("'s", "’s", "'", "’")) or \
                    re.search(r"\d", w) or w.lower().endswith("ly") or _GAIN_LOSE.fullmatch(w):  # 'typically': how, not which part
                break
            kept_words.append(w)
        phrase = [w for w in reversed(kept_words) if (terms := [t for t in tokenize(w) if t not in QUESTION_FILLER])
                  and not any(t in names or t in _WHOLE for t in terms)]
        if phrase and phrase not in out:
            out.append(phrase)
    return out


def _amount_asked(s: Slots) -> bool:
    """A figure asked as an amount in a unit: what the narrowing checks apply to."""
    return s.unit is not None and s.asks == "amount" and s.shape not in ("explanation", "list")


def narrowed_terms(slots: Slots) -> tuple[frozenset[str], ...]:
    """The terms of each narrowing phrase (`narrowing_words`) of a figure asked; none when no amount is asked."""
    if not _amount_asked(slots):
        return ()
    return tuple(frozenset(t for w in p for t in tokenize(w)) for p in narrowing_words(slots))


def measure_narrowed(d: Decision) -> str | None:
    """A figure asked of a narrowed measure (a unit asked) is not answered from a passage that
    never uses the narrowing word in any form: 'the urbanization rate' beside a passage on model
    shares, 'application-layer financing' beside total financing. The reports give another
    measure, or the whole, not the part asked."""
    s = d.slots
    if not _amount_asked(s):
        return None
    phrases = narrowing_words(s)
    if not phrases or _tabular(d):
        return None
    text = where(d.ctx.passages[d.best.passage_index].chunk)
    forms = snapshot_forms(d.ctx.snapshot)
    present = _coupon_read(text, kept(d.ctx.snapshot, ("terms", text), lambda: set(tokenize(text))) | set(tokenize(_rows(d))))
    # a question naming several measures ('the deferred revenue and the gross margin') may be
    # answered part by part: the lead needs the words of one of them
    missing = [_missing(p, present, forms) for p in phrases]
    if all(missing):
        return f"the reports do not give the {' '.join(missing[0])} figure"
    near = _near(d)
    if near is not None:
        far = [_missing(p, _coupon_read(near, set(tokenize(near))), forms) for p in phrases]
        if all(far):
            return f"the reports give a figure, but not the {' '.join(far[0])} one"
    return None


def _coupon_read(text: str, terms: set[str]) -> set[str]:
    """`terms` of `text` with 'interest' added where the text gives an interest rate in other words: a coupon,
    or a percent naming a debt instrument ('0.125% convertible senior notes')."""
    if coupon_named(text) or set(tokenize("coupon")) & terms:
        return terms | set(tokenize("interest"))
    return terms


def _missing(words: list[str], present: set[str], forms) -> list[str]:
    """The narrowing words `present` (a set of terms) does not hold in any form or short form."""
    return [w for w in words if not all(found_as_asked([t], present, forms) or present & set(_SHORT.get(t, ()))
                                        for t in tokenize(w))]


def _near(d: Decision) -> str | None:
    """The lead sentence with its neighbours (before and after), its passage's frame (section,
    title, topic sentence) and table rows: where a word naming the lead figure's measure stands;
    None for a row."""
    if d.best.row:
        return None
    snap = d.ctx.snapshot
    pos = snap.position.get(d.ctx.passages[d.best.passage_index].chunk.chunk_id)
    if pos is None:
        return None
    facts = passage_facts(snap, pos)
    i = d.best.sentence_index
    around = " ".join(facts.sentences[j].text for j in (i - 1, i + 1) if 0 <= j < len(facts.sentences))
    # a note under a table ('Before exceptional items ... $4.3 million') speaks of the row it annotates
    # (its table may sit in another passage retrieved: the rows retrieved count, `_rows`)
    rows = " ".join(x.text for x in facts.sentences if x.row)
    return f"{d.best.text} {around} {facts.frame} {rows} {_rows(d)}"


def _tabular(d: Decision) -> bool:
    """Whether the lead is a table row or its passage holds one: a table names its measures in a
    header and labels that a passage cut from it may not carry, so a word missing there says little."""
    if d.best.row:
        return True
    snap = d.ctx.snapshot
    pos = snap.position.get(d.ctx.passages[d.best.passage_index].chunk.chunk_id)
    return pos is not None and any(x.row for x in passage_facts(snap, pos).sentences)


def _rows(d: Decision) -> str:
    """The table rows retrieved: a table names what its figures measure in its row labels, and the
    prose speaking of them (in another passage cut from the same page) may not repeat the label."""
    return " ".join(e.text for e in d.evidence if e.row)
