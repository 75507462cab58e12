"""A question asking several things ('what were the main reasons for X', 'which metals make up Y', 'what
are the components of Z') answered by an enumeration is led by the enumeration's items, not by the
phrase around them.

General properties, of questions and sentences:
- a question asks several things when the noun its wh-word asks about is plural and names no amount
  ('what non-cash and other items are ...', 'what were the primary drivers of ...'); 'where' asked of
  several places is answered by the places' names;
- an enumeration's items follow the words introducing them ('such as', 'comprising', 'including',
  'mainly due to', 'a result of'): those words, and the short phrase they qualify ('by 560 hectares,
  comprising ...'), are no item;
- the enumeration ends where the sentence turns to what works against it or adds an aside
  (', partially offset by ...', ', which ...', ', where ...', ', during which ...', ', in accordance with ...');
- its last item is the one after its last conjunction, closed by the next comma ('mainly to A, B and C,
  accounted for 38%'); an enumeration a listing word introduces runs on to that item when cut short;
- an aside in brackets putting a figure on an item ('(70% weighting)') is no part of it, and a bracket
  that opens with such an aside and a colon lists the items after its colon ('targets (70% weighting:
  A, B and C)');
- a list of places ends at the first item that is not a name ('in Luleå and Kalmar and costs for ...').
The items keep the sentence's own wording and separators (a list written as one span still matches)."""

from __future__ import annotations

import re

from .driver_asked import DEGREE, causes_listed_asked
from .names import PLURAL_NOUN

# a plural noun the wh-word asks about, after at most four modifiers ('what non-cash and other items are')
_PLURAL_ASKED = re.compile(r"^\s*(?:in\s+|(?:the\s+)?[a-z]+\s+(?:of|in|for|from)\s+)?(?:what|which)\s+(?!(?:is|was|does|did|do|has|had|can|will)\b)"
                           rf"(?:(?:are|were)\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,4}}?({PLURAL_NOUN})\b(?!['’])"
                           r"(?=\s+(?:of|for|behind|on|in|among|that|which|are|were|do|did|does|have|has|make|made|to|under|"
                           r"from|is)\b|\s*\??\s*$|\s+[a-z]+ed\b)", re.I)
# plural nouns of an amount or a time: they ask figures, not items
AMOUNT_PLURALS = frozenset("""sales revenues expenses costs assets liabilities earnings proceeds profits losses margins
returns taxes payments fees rates amounts values totals numbers figures years months quarters days periods dates levels
balances charges prices shares percentages proportions ratios changes increases decreases savings""".split())
CAUSE_PLURALS = frozenset("reasons drivers factors causes contributors restraints constraints barriers obstacles "
                           "headwinds".split())
# the words introducing an enumeration's items, with the amount before them they break down ('by 560 hectares,')
_INTRO = re.compile(r"^(?:[^,;()]{0,30}\d[^,;()]{0,30},\s+)?(?:(?:" + DEGREE + r")\s+)?(?:as\s+)?(?:(?:such\s+as|including|comprising|consisting\s+of|"
                    r"namely|compris(?:es|e)|comprised\s+of)|(?:due\s+to|a\s+result\s+of|result\s+of|because\s+of|driven\s+by|"
                    r"attributable\s+to|owing\s+to|caused\s+by|reflecting))\s+", re.I)
_CAUSAL = re.compile(r"due|result|because|driven|attributable|owing|caused|reflecting", re.I)
# where an enumeration ends: what works against it, or an aside
_TAIL = re.compile(r",\s+(?:(?:partially|partly)\s+)?offset\s+by\b|,\s+(?:which|while|whereas|but|although)\b|"
                   # a relative clause adding an aside about the items (', where the rates are ...', ', during which ...')
                   r",\s+(?:where|whose|who|(?:during|in|under|through|for|of)\s+which)\b|"
                   r",?\s+(?:in\s+(?:accordance|compliance|conformity|line)\s+with|pursuant\s+to)\b", re.I)
_JOINS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
_FIGURE_ASIDE = re.compile(r"\s*\([^()]*\d[^()]*\)")
# a bracket opening with an aside and a colon, its items after the colon: '(70% weighting: A, B and C)'
_BRACKET_LIST = re.compile(r"^\(([^():]{1,40}):\s+([^()]+)\)")
_PLACE = re.compile(r"^(?:in|at|across|to|from)\s+(?=[A-Z])")
_NAME = re.compile(r"(?:the\s+)?[A-Z]")


def several_asked(question: str) -> bool:
    """The question asks several things: the noun its wh-word asks about is a plural naming no amount."""
    m = _PLURAL_ASKED.match(question)
    return m is not None and m.group(1).lower() not in AMOUNT_PLURALS


# a superlative or a degree qualifying the plural asked ('the most commonly cited barriers', 'the largest risks')
_RANKED_PLURAL = re.compile(r"\b(?:most|least|largest|biggest|main|greatest|highest|top)\b[\w\s-]{0,30}$", re.I)


def ranked_items_asked(question: str) -> bool:
    """The question asks several things its superlative ranks ('what were the most commonly cited barriers'):
    the superlative stands before the plural asked, so it picks the items out; it asks no figure ranking them."""
    m = _PLURAL_ASKED.match(question)
    return m is not None and m.group(1).lower() not in AMOUNT_PLURALS and \
        _RANKED_PLURAL.search(question[:m.start(1)]) is not None


def reasons_asked(question: str) -> bool:
    """The plural asked names causes ('what were the main reasons / primary drivers of X')."""
    m = _PLURAL_ASKED.match(question)
    return m is not None and m.group(1).lower() in CAUSE_PLURALS or causes_listed_asked(question)


def _items(text: str) -> list[str]:
    return [i for i in _JOINS.split(text) if i.strip()]


_COMMA = re.compile(r",(?!\d{3})")
_CONJ = re.compile(r"(?:^|\s)(?:and|or)\s", re.I)


_SERIAL = re.compile(r"^\s*(?:and|or)\s", re.I)
# an 'and' after a preposition of its own part joins that preposition's objects ('uncertainty over contracts and schemes')
_INNER_CONJ = re.compile(r"\b(?:of|over|for|with|from|between|on|in|to|about|among)\s+[^,]*?\s(?:and|or)\s", re.I)


def closed_list(text: str) -> str:
    """The enumeration up to its last item: the first comma-separated part after the first to hold a
    conjunction closes it ('A, B and C'); what follows that part's comma ('..., accounted for 38%') is the
    sentence going on, no item. ('A and B, ...' is left whole: the comma may qualify the list.) An 'and'
    after a preposition of its own part joins that preposition's objects inside one item: when a later part
    opens with the conjunction (a serial comma, 'A, B over C and D, and E'), that part closes the list."""
    cuts = [m.start() for m in _COMMA.finditer(text)]
    bounds = list(zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    joined = [(a, b) for a, b in bounds[1:] if _CONJ.search(text[a:b])]
    k = 0
    while k + 1 < len(joined) and _INNER_CONJ.search(text[joined[k][0]:joined[k][1]]) and \
            _SERIAL.match(text[joined[k + 1][0]:joined[k + 1][1]]):
        k += 1
    closing = joined[k][1] if joined else None
    return text[:closing] if closing is not None else text


SHORT_ITEM = 4  # words: an item named, not a clause


def short_items(phrase: str) -> bool:
    """The phrase enumerates two or more short items ('platinum, palladium, rhodium and gold'): names of
    things, lower case or not, what a 'which <plural>' question asks."""
    items = _items(phrase)
    return len(items) >= 2 and all(len(i.split()) <= SHORT_ITEM for i in items)


def _place_names(phrase: str) -> str | None:
    """'in Luleå and Kalmar and costs for ...' -> 'Luleå and Kalmar': the run of names after a place's
    preposition, ended at the first item that is not a name; None unless two names at least."""
    m = _PLACE.match(phrase)
    if m is None:
        return None
    rest = phrase[m.end():]
    end, count = 0, 0
    for part in re.finditer(r"(.+?)(?=,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|$)", rest):
        item = part.group(1).strip(" ,")
        if not item or re.fullmatch(r"(?:and|or)\s*", item):
            continue
        item = re.sub(r"^(?:and|or)\s+", "", item)
        if not _NAME.match(item) or len(item.split()) > 4:
            break
        end, count = part.end(), count + 1
    return rest[:end].strip(" ,") if count >= 2 else None


# the words opening a list: one list for `introduced` and `list_begun` (which alone also takes 'included')
_LIST_WORDS = r"such\s+as|including|{include}|comprising|compris(?:es|e)|consist(?:s|ing)?\s+of|namely"
_LISTING = re.compile(r"(?:\b(?:" + _LIST_WORDS.format(include=r"includes?") + r")|:)\s*$", re.I)


def introduced(sentence: str, phrase: str) -> bool:
    """The phrase follows, in its sentence, the words or the colon introducing a list ('comprises A, B and C',
    'three paradigms: A, B or C')."""
    at = sentence.find(phrase)
    return at > 0 and _LISTING.search(sentence[:at]) is not None


_LIST_OPEN = re.compile(r"\b(?:" + _LIST_WORDS.format(include=r"include[sd]?") + r")\s+|:\s+", re.I)


def list_begun(sentence: str, at: int) -> int | None:
    """Where the enumeration that a phrase starting at `at` continues begins: a phrase cut after a list's comma
    ('include A with the question's word, | B, and C'), the listing word before it in the same clause, starts a
    list whose first items come before the cut (a question's word inside an item is no answer's start); None
    when the phrase opens no such continued list."""
    opens = list(_LIST_OPEN.finditer(sentence[:at]))
    if not opens:
        return None
    between = sentence[opens[-1].end():at]
    if not between.strip() or not re.search(r",\s*$", between) or re.search(r"[;:.](?:\s|$)", between):
        return None
    return opens[-1].end()


_CAUSE_INTRO = re.compile(r"\b(?:(?:primarily|mainly|largely|principally|mostly)\s+)?(?:due\s+to|a\s+result\s+of|"
                          r"because\s+of|driven\s+by|attributable\s+to|owing\s+to|caused\s+by|"
                          # the passives of supporting and of holding back name their agents too ('supported by A, B and C')
                          r"(?:supported|underpinned|fuel+ed|held\s+back|restrained|hampered|constrained)\s+by)\s+", re.I)


# a noun phrase announcing the items with a colon ('three drivers: '), no item of its own
_ANNOUNCING = re.compile(r"^[^,;:()]{1,40}:\s+")


def listed_reasons(question: str, sentence: str) -> str | None:
    """For a question asking several causes ('what were the main reasons for X in 2024'), the causes the
    sentence enumerates after its causal words ('X was mainly due to A, B and C'), up to an aside; the
    year in the question scopes X, it asks no figure. None unless two items at least follow."""
    if not reasons_asked(question):
        return None
    m = _CAUSE_INTRO.search(sentence)
    if m is None:
        return None
    text = re.split(r"[;.](?:\s|$)", sentence[m.end():] + " ")[0]
    text = _ANNOUNCING.sub("", text, count=1)  # 'underpinned by three drivers: A, B and C': the items after the colon
    tail = _TAIL.search(text)
    text = text[:tail.start()] if tail is not None else text
    text = repeated_preposition(_FIGURE_ASIDE.sub("", closed_list(text)).strip(" ,;."))
    return text if len(_items(text)) >= 2 else None


_REPEATED = re.compile(r"(,\s+(?:and|or)\s+)(?:by|to|from)\s+(?=\S)", re.I)


def repeated_preposition(items: str) -> str:
    """'A, and by B' -> 'A, and B': an enumeration after a preposition ('driven by A, and by B') repeats it before
    a later item; the preposition joins, it is no part of the item. Only after a comma: without one ('deposited
    by A and by B') the 'by' may belong to a phrase inside the item."""
    return _REPEATED.sub(r"\1", items)


# a name: capitalised words, with at most one common noun after them ('the Brazilian real'), never a preposition
_NAMED = r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}(?:\s+(?!(?:against|in|of|for|to|from|by|with|at|on|and|or)\b)[a-z]{3,}(?=,|\s+(?:and|or|against|in|of|for|to|from|by|with|at|on)\b))?"
_NAME_RUN = re.compile(rf"(?<![\w-])(?:{_NAMED}),\s+(?:(?:{_NAMED}),\s+)*(?:{_NAMED}),?\s+(?:and|or)\s+(?:{_NAMED})(?![\w-])")
_MAINLY = re.compile(r"\b(?:mainly|primarily|principally|largely|predominantly|chiefly|namely|such\s+as|including)\b", re.I)


def named_list(question: str, sentence: str) -> str | None:
    """For a question asking several things, the run of three or more names the sentence gives after a word
    singling them out ('Exports, mainly to A, the B Republic and C, accounted for ...'), in a sentence naming the
    things asked (their noun or its modifier) before them; None without one."""
    m = _PLURAL_ASKED.match(question)
    if m is None or m.group(1).lower() in AMOUNT_PLURALS:
        return None
    words = question[:m.end(1)].split()[-2:]  # the asked noun and the word before it ('export destinations')
    stems = [w.lower()[:max(4, min(6, len(w) - 2))] for w in words if len(w) > 3 and w.lower() not in ("what", "which")]
    for intro in _MAINLY.finditer(sentence):
        run = _NAME_RUN.search(sentence, intro.end())
        if run is not None and run.start() - intro.end() <= 40 and not re.search(r"[,;.]", sentence[intro.end():run.start()]) \
                and any(st in sentence[:run.start()].lower() for st in stems):  # the names are of the things asked
            return run.group(0).rstrip(".")
    return None


# the words after 'as' / 'since' / 'because' that make it no clause of reason ('as of', 'as well', 'as a result'):
# one list for the repeated conjunction and the first one it repeats
_NO_CLAUSE = r"(?!(?:of|well|such|part|a\s+result|at|per|to|for|from|in|with)\b)"
# a clause conjunction of reason repeated before a later clause ('because A and because B', 'as A and as B')
_CLAUSE_JOIN = re.compile(r"(,?\s+and\s+)(because|as|since)\s+" + _NO_CLAUSE + r"(?=\S)", re.I)
# the same conjunction opening the earlier clause (its word formatted in; 'such as', 'as well as' open none)
_CONJUNCTION = r"(?<![\w-])(?<!such )(?<!well )({})\s+" + _NO_CLAUSE + r"(?=\S)"


def repeated_conjunction(sentence: str, phrase: str) -> str:
    """'A and because B' -> 'A and B', when the sentence opens A with the same 'because' ('as', 'since'): the
    conjunction repeated before the later clause marks two reasons coordinated, one per clause; it joins the
    clause to the fact and is no part of either reason. A phrase cut at B alone ('... as A and as | B') is
    given A back: the coordinated reasons are one answer. Without the same conjunction before A it is left."""
    at = sentence.find(phrase)
    if at <= 0:
        return phrase
    m = _CLAUSE_JOIN.search(phrase)
    if m is not None:
        if re.search(rf"\b{m.group(2)}\s*$", sentence[:at], re.I) is None:
            return phrase
        return phrase[:m.start()] + m.group(1) + phrase[m.end():]
    later = re.search(r"(,?\s+and\s+)(because|as|since)\s+$", sentence[:at], re.I)
    if later is None:
        return phrase
    clause = re.split(r"[;:](?:\s|$)|\.\s", sentence[:later.start()])[-1]
    first = list(re.finditer(_CONJUNCTION.format(later.group(2)), clause, re.I))
    if not first:
        return phrase
    offset = later.start() - len(clause)
    return sentence[offset + first[-1].end():later.start()] + later.group(1) + phrase


def cause_items(sentence: str, phrase: str | None) -> str | None:
    """A phrase the sentence's causal words introduce ('driven by A, and by B') with the preposition repeated
    before a later cause dropped, and the clause conjunction repeated ('because A and because B'); any other
    phrase as it is."""
    if not phrase:
        return phrase
    phrase = repeated_conjunction(sentence, phrase)
    at = sentence.find(phrase)
    if at <= 0 or not re.search(r"\b(?:by|to|of)\s*$", sentence[:at]) or \
            _CAUSE_INTRO.search(sentence[max(0, at - 40):at + 1]) is None:
        return phrase
    return repeated_preposition(phrase)


def listed_items(question: str, sentence: str, phrase: str | None) -> str | None:
    """The lead phrase cut to the items of the enumeration it holds, for a question asking several things
    (or several places); None when the phrase is no such enumeration or nothing is to be cut."""
    if not phrase:
        return None
    if re.match(r"^\s*where\b", question, re.I):
        return _place_names(phrase)
    if not several_asked(question):
        return None
    text = phrase
    at = sentence.find(phrase)
    if at > 0 and (begun := list_begun(sentence, at)) is not None:  # the items before the cut are listed too
        text = re.split(r"[;.](?:\s|$)", sentence[begun:])[0]
    elif at > 0 and introduced(sentence, phrase):  # a listed enumeration cut short runs on to its last item
        run = _TAIL.split(re.split(r"[;.](?:\s|$)", sentence[at:])[0])[0]
        run = _FIGURE_ASIDE.sub("", closed_list(run)).strip(" ,;.")
        if len(run) > len(phrase) and short_items(run):
            text = run
    bracket = _BRACKET_LIST.match(sentence[at:]) if at >= 0 and phrase.startswith("(") else None
    if bracket is not None:
        text = bracket.group(2)
    else:
        intro = _INTRO.match(text)
        if intro is not None and _CAUSAL.search(intro.group(0)) and not reasons_asked(question) and \
                not re.search(r"\b(?:such as|including|comprising|consisting)\b", intro.group(0), re.I):
            intro = None  # a cause introduced, other things asked: the phrase is no list of them
        if intro is not None:
            text = text[intro.end():]
    tail = _TAIL.search(text)
    if tail is not None:
        text = text[:tail.start()]
    text = _FIGURE_ASIDE.sub("", closed_list(text)).strip(" ,;.")
    if len(_items(text)) < 2 or text == phrase:
        return None
    return text
