"""The counted slot: 'how many developers' asks a count of developers, and a lead figure whose own
words count something else ('over 21M joint developers' for parameters, '30 robotics-related
enterprises' for developers) does not answer it. gates.py lists the gate with the others; it
returns the reason (naming the thing counted) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import singular

if TYPE_CHECKING:
    from ingest.figures import Figure

    from .features import Evidence
    from .gates import Decision
    from .slots import Slots

# words ending the noun phrase after 'how many' / 'number of': the verb or preposition that follows it
_END = frozenset("do does did is are was were has have had will would can could could be been being in on of for "
                 "at by from to with as per than that which who whose across among between within during over "
                 "since under after before under and or".split())
_ASKED = re.compile(r"\b(?:how many|(?:total )?number of|count of)\s+((?:[\w-]+\s+){0,4}?[\w-]+)(?=\s+(?:"
                    + "|".join(sorted(_END)) + r")\b|[?,.]|$)", re.I)
# one kind of thing written in different words: a figure counting 'enterprises' counts companies
_KINDS = ({"company", "enterprise", "firm", "player", "business", "vendor", "startup", "unicorn", "organization",
           "organisation", "institution", "provider", "manufacturer", "supplier"},
          {"deal", "transaction", "round", "event", "investment", "financing", "case"},
          {"people", "person", "resident", "individual", "user", "consumer", "customer", "citizen", "population"},
          {"model", "llm", "product", "application", "app", "service", "tool"},
          {"unit", "device", "piece", "item"})
# words a figure is followed by that count nothing ('50 percent', '3 times', '2024 levels')
_NOT_COUNTED = frozenset("percent per times fold year years month months day days point points pct basis "
                         "billion million thousand trillion hundred yuan dollars rmb usd".split())


def asked_counted(question: str) -> str | None:
    """The head noun a count question counts ('How many paying users does X have?' -> 'user');
    None when it asks no count of a thing ('how many times')."""
    m = _ASKED.search(question)
    if not m:
        return None
    words = m.group(1).lower().split()
    plural = [w for w in words if w == "people" or (w.endswith("s") and not w.endswith("ss"))]
    if not plural or plural[0] == "times":
        return None  # 'how many times larger' asks a multiple; a phrase with no plural names nothing counted
    return "person" if plural[0] == "people" else singular(plural[0])


def figure_counted(text: str, end: int) -> str | None:
    """The head noun the figure ending at `end` counts, from the words right after it ('over 21M
    joint developers, enhancing' -> 'developer'); None when no plain noun phrase follows it."""
    words = []
    for w in re.finditer(r"[A-Za-z][\w-]*|\S", text[end:end + 80]):
        token = w.group(0)
        if not re.fullmatch(r"[a-z][a-z-]*", token) or token in _END or re.fullmatch(r"[a-z]+(?:ing|ed)", token):
            break  # a capitalised name, a number, punctuation or a verb ('including', 'listed') ends the phrase
        words.append(token)
        if len(words) == 4:
            break
    if not words or words[0] in _NOT_COUNTED:
        return None
    head = words[-1]
    return singular(head) if head.endswith("s") and not head.endswith("ss") else None


def _stem_of(word: str, other: str) -> bool:
    """Whether one word is the other's stem ('compan' of 'company', as `singular` writes 'companies')."""
    return word.startswith(other) or other.startswith(word)


def _same_kind(a: str, b: str) -> bool:
    """Whether two counted nouns count the same thing (the same word, or one kind, `_KINDS`)."""
    return _stem_of(a, b) or any(any(_stem_of(a, w) for w in k) and any(_stem_of(b, w) for w in k) for k in _KINDS)


def counted_other(d: Decision) -> str | None:
    """A count asked of a thing ('how many developers') is not answered by a lead figure whose own
    words make it a count of another thing ('over 50 major global models'), when the sentence never
    names the thing asked: the reports count something else."""
    if not any(not e.place for e in d.slots.entities):
        return None  # a thing named (a company, a product): the reports name it, but count something else of it
    return other_count(d.slots, d.best, d.figures)


def other_count(slots: Slots, best: Evidence, figures: list[Figure]) -> str | None:
    """The reason when a count asked ('how many enterprises') is led by a figure its own words make a
    count of another kind of thing ('1,509 models') in a sentence never naming the thing asked, or None."""
    if slots.unit != "count" or not figures or figures[0].unit != "count" or best.row:
        return None
    asked = asked_counted(slots.text)
    if asked is None or re.search(rf"\b{re.escape(asked)}", best.text.lower()):
        return None
    counted = figure_counted(best.text, figures[0].end)
    if counted is None or _same_kind(asked, counted):
        return None
    return f"the figure counts something else ({counted}), not the {asked} count asked"


# a question naming money itself ('how many billion yuan', 'how many dollars') may be answered by an amount
_MONEY_ASKED = re.compile(r"\b(?:yuan|rmb|usd|dollars?|euros?|pounds?|yen|won|thousand|million|billion|trillion)\b|[$€£¥]",
                          re.I)


def count_not_amount(d: Decision) -> str | None:
    """A count of things asked ('how many financing deals') is not answered by a lead figure that is
    an amount of money ('1,188 (100 million RMB)', the amount of financing): the reports give how much,
    not how many. A question naming money itself ('how many billion yuan') is left alone, and so is a
    table row: a filing's table marks every cell money by its header ('$ in thousands'), counts too."""
    if not d.figures or d.best.row or d.figures[0].unit != "money" or _MONEY_ASKED.search(d.slots.text):
        return None
    asked = asked_counted(d.slots.text)
    if asked is None:
        return None
    return f"the reports give an amount of money ({d.figures[0].text}), not a count of {asked}s"


_TRAILING = re.compile(r"(?:\s+(?:\(\w{1,3}\)|[\d/.,%-]+))+\s*$")  # '... bond 2018/2028', 'Plant (1)': no head noun


def label_head(label: str) -> str:
    """A row label's head noun: its last word once trailing years, numbers and footnote marks are off
    ('EUR 1,000 million bond 2018/2028' -> 'bond')."""
    plain = _TRAILING.sub("", label).strip()
    return plain.split()[-1].lower() if plain.split() else ""


def item_row_counted(d: Decision) -> str | None:
    """A count asked of things ('how many bonds') is not answered by a figure of a table whose rows are those things,
    each label's head noun the thing counted in the singular ('EUR 1,000 million bond 2018/2028'): a row's figures
    measure one of them, a total row sums their amounts; a label counting them names them in the plural ('Stores')."""
    if not d.best.row or not d.figures:
        return None
    asked = asked_counted(d.slots.text)
    if asked is None:
        return None
    lines = d.ctx.passages[d.best.passage_index].chunk.text.splitlines()
    labels = [line.split(" — ")[0].split(" › ")[-1] for line in lines if " — " in line]
    own = d.best.text.split(" — ")[0].split(" › ")[-1]
    items = [lb for lb in labels if label_head(lb) == asked]
    if label_head(own) != asked and len(items) < 2:
        return None
    return f"the table's rows are each one {asked}: its figures measure them, they are no count of {asked}s"
