"""The grammar of a question computing with two things it names: the phrasings that name them and in which order
('the difference between A and B', 'what share of B was A', 'how many times larger A than B'), and the operation a
comparison with no operation word asks. The cells the two name are computed_pairs' to read."""

from __future__ import annotations

import re

from .compared_frames import comparison
from .compared_verb import EXCEEDS as _EXCEEDS, TRAILS as _TRAILS
from .operations import MARGIN_BETWEEN, operation
from .share_nouns import SHARE_NOUNS

# 'ratio of A to B', 'proportion of A over B', 'percentage of A in B': the two rows named
TWO_ROWS = [re.compile(r"\b(?:ratio|proportion|percentage(?: of)? constitution|percentage|percent|share|portion)"
                        r"\s+of\s+(.+?)\s+(?:to|over|in|of|out of|among|against|divided by|compared to)\s+(.+)", re.I),
             re.compile(r"^(.+?)\s+as an? (?:proportion|percentage|share|ratio|fraction) of\s+(.+)", re.I)]
# 'the difference (in X) between A and B', 'how much more A than B', 'the sum of A and B'. Narrower than
# compared_frames' grammar on purpose: 'difference' alone (no 'gap'), eight comparatives, 'that of B' kept in B
BETWEEN = re.compile(r"\bdifference\b(?:\s+(?:in|of|for)\s+(?:the\s+)?(?P<what>.+?))?\s+between\s+(?:the\s+)?"
                      r"(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
MORE = re.compile(r"\bhow much (?:more|higher|less|lower|greater|larger|bigger|smaller)\s+(?P<a>.+?)\s+"
                   r"(?:than|as compared to|compared to|compared with)\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
# 'how many times larger (was) A than B': A over B, a multiple (compared_frames reads the forms without a comparative)
_TIMES = re.compile(r"\bhow many times (?:larger|bigger|higher|greater|more|as (?:large|big|high|much|many))\s+"
                    r"(?:(?:is|was|are|were|did|does|do)\s+)?(?P<a>.+?)\s+(?:than|as)\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
SUM_OF = re.compile(r"\b(?:sum|total) of\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)


# 'what percentage of B was A', 'what share of B came from A', 'what proportion of B related to A', 'what share
# of B did A account for': the words after 'of' name the whole B, those after the linking verb (and its
# preposition) the part A, whichever verb links them: A over B
PART_OF = re.compile(rf"\bwhat {SHARE_NOUNS} of\s+(?:the\s+)?(?P<b>.+?)\s+"
                      r"(?P<verb>was|were|is|are|came|comes|come|related|relates|relate|had|has|have|went|goes|go|"
                      r"did|does|do)\s+(?:(?:from|to|in|for)\s+)?(?:the\s+)?(?P<a>.+?)\s*\??\s*$", re.I)
# with 'did / does / do' the part's own verb follows it ('did A account for (in 2020)'): it names no part
_PART_VERB = re.compile(r"\s+(?:account(?:ed|s)?\s+for|represent(?:ed|s)?|make\s+up|made\s+up|constitute[sd]?|"
                        r"comprise[sd]?|contribute[sd]?)\b.*$", re.I)
# 'the combined A and B', 'what were A and B combined': their sum
COMBINED = re.compile(r"\bcombined\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
# 'the combined shipments of A and B': the measure first, then the two things it is said of
COMBINED_OF = re.compile(r"\bcombined\s+(?P<what>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:of|from|for)\s+(?:the\s+)?"
                          r"(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
TOGETHER = re.compile(r"^\s*(?:what|how much)\s+(?:was|were|is|are)\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?"
                       r"(?P<b>.+?)\s+(?:combined|together|altogether)\b", re.I)
# 'the average of A and B': their mean
_AVERAGE_OF = re.compile(r"\baverage of\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
# the phrasings naming two things for each operation, tried in turn; True: the larger less the smaller
ASKED = {"change": ((BETWEEN, True), (MARGIN_BETWEEN, False), (MORE, False), (_EXCEEDS, False), (_TRAILS, False)), "sum": ((SUM_OF, False), (COMBINED, False), (TOGETHER, False),
                                                                 (COMBINED_OF, False)),
          "multiple": ((_TIMES, False),), "average": ((_AVERAGE_OF, False),),
          # 'what proportion of B (in 2019) was A' first: its verb fixes which side is the whole, where 'the proportion
          # of A to B' read into it would cut a label at its own 'of' ('total cost | of revenue was A') and invert it
          "ratio": tuple((rx, False) for rx in (PART_OF, *TWO_ROWS)),
          "share": tuple((rx, False) for rx in (PART_OF, *TWO_ROWS))}


def asks_items(question: str) -> bool:
    """The question computes with two named things (rows or columns), with or without a period."""
    return any(rx.search(question) for rx in (BETWEEN, MARGIN_BETWEEN, MORE, _EXCEEDS, _TRAILS, SUM_OF, _TIMES, COMBINED, TOGETHER, COMBINED_OF,
                                                   _AVERAGE_OF, PART_OF, *TWO_ROWS)) or comparison(question) is not None


# a gap noun asks its difference by the operation's own words (operations.py), not by a comparison with no operation word
_GAP_NOUN = re.compile(r"\b(?:difference|gap|disparity|differential|spread|margin)\b[^?]*\bbetween\b", re.I)


def compared(question: str) -> str | None:
    """The operation a comparison of two things asks with no operation word: 'how many times larger A
    than B' a multiple, 'how much more / higher A than B', 'by how much did A exceed / trail B' a change; None otherwise."""
    if _TIMES.search(question):
        return "multiple"
    if any(rx.search(question) for rx in (MORE, _EXCEEDS, _TRAILS)):
        return "change"
    frame = comparison(question)  # the general grammar: 'by how many points was A higher than B', 'how many times B was A'
    return frame.op if frame is not None and not frame.what and not _GAP_NOUN.search(question) else None


def operation_in_sides(question: str, op: str) -> bool:
    """Whether the operation `op` read from the question is a word of one of the two things compared ('how many times
    higher was average spend per buyer in France than in Poland': 'average' names the measure), not of the frame: the
    question with both sides taken out no longer asks it."""
    spans = [m.span("a") for rx in (_TIMES, MORE, _EXCEEDS, _TRAILS) if (m := rx.search(question))] + \
        [m.span("b") for rx in (_TIMES, MORE, _EXCEEDS, _TRAILS) if (m := rx.search(question))]
    frame = comparison(question)
    if frame is not None:
        spans += [(k, k + len(s)) for s in (frame.a, frame.b) if (k := question.find(s)) >= 0]
    if not spans:
        return False
    outside = question
    for start, end in sorted(spans, reverse=True):
        outside = outside[:start] + " " + outside[end:]
    return operation(outside) != op


_CONNECTOR = re.compile(r"\s+(?:to|over|in|of|out of|among|against|divided by|compared to)\s+", re.I)


_TOTAL_WORD = re.compile(r"^(?:total|all)\s+", re.I)


def part_named(m: re.Match) -> str:
    """The part a 'what share of B <verb> A' question names: A without the verb 'did A account for' ends on;
    members of B that 'had A' are the B with A ('what proportion of total customers had ARR over $100,000':
    the customers with it)."""
    verb, a = m.group("verb").lower(), m.group("a")
    if verb in ("did", "does", "do"):
        return _PART_VERB.sub("", a)
    if verb in ("had", "has", "have"):
        return f"{_TOTAL_WORD.sub('', m.group('b'))} with {a}"
    return a


def later_cuts(m: re.Match) -> list[tuple[str, str]]:
    """The two sides of 'the ratio of A to B' cut at each connector after the first (A may hold 'to')."""
    both = m.string[m.start(1):m.end(2)]
    first = m.end(1) - m.start(1)
    return [(both[:k.start()], both[k.end():]) for k in _CONNECTOR.finditer(both) if k.start() > first]
