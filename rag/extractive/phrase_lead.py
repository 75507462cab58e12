"""What leads an answer in words: the phrase cut from its best sentence, the sentence itself, or nothing when the
question asks a quantity or a ranking (the figure leads). Split from phrase.py, which cuts the phrase."""

from __future__ import annotations

import re

from .asked_verb import past_asked_verb
from .coordinated import coordinated_lead
from .duration_asked import no_duration
from .effect_agent import effect_asked
from .lead_items import cause_items, listed_items, listed_reasons, named_list, ranked_items_asked, several_asked
from .list_run import series_lead
from .phrase import answer_phrase, frequency
from .question_readings import relation_asked, words_asked
from .rows import ROW_LINE, is_row
from .stated_list import stated_list
from .table_meta import table_asked, table_subject
from .term_apposition import term_apposition
from .term_members import bracket_members
from .word_stems import TOKEN as _TOKEN


# (a change or an average asked is a quantity: 'what was the change in X from 2018 to 2019'; not what the
# change 'was recognized as' / 'related to' / 'was (primarily) due to' / 'driven primarily by', which a phrase answers)
_QUANTITY_Q = re.compile(r"\bhow (?:much|many|long|often|old|far|big|large)\b|\bwhat (?:is|was|were|are) the "
                         r"(?:amount|number|value|total|percentage|rate)\b|\bwhat (?:is|was|were|are) the "
                         r"(?:(?:net|total|percentage|average|annual)\s+)?(?:change|increase|decrease|difference|"
                         r"average|sum|ratio|growth)\b(?![^?]*\b(?:\w+(?:ed|en)|due|owing|attributable)(?:\s+\w+ly)?\s+"
                         r"(?:as|to|by|for|with|from)\s*\?*\s*$)",
                         re.I)
# 'which year was X higher': a ranking of figures, answered from the table, not by a phrase
_RANKING = re.compile(r"\b(?:higher|lower|larger|smaller|greater|bigger|highest|lowest|largest|smallest|greatest|"
                      r"biggest|most|least|more|less|fewer)\b", re.I)


def lead_phrase(question: str, units: tuple[str, ...], years: tuple[int, ...], sentence: str,
                asked_kind: str | None = None) -> str | None:
    """The bold lead for a question that asks for words, from its best sentence; None when the
    question asks a quantity (a unit, 'how much', or what something was in a year asked: the figure
    leads; not what the subject of that year reflects or relates to), or the sentence is a table row or header line, or no phrase is cut."""
    k = asked_kind if asked_kind is not None else words_asked(question)  # (slots.words_asked: read once)
    if ROW_LINE.search(sentence):
        return None
    often = frequency(question, sentence)
    if often:
        return often
    if table_asked(question) and (subject := table_subject(sentence)):
        return subject  # 'what does the table show': what the sentence introducing it says it holds
    related = relation_asked(question) or effect_asked(question)  # 'what do salaries in FY21 reflect': the year scopes
    members = bracket_members(question, sentence)  # 'what does X cover': the items in the bracket after X
    if members:
        return members
    if (gloss := term_apposition(question, sentence)) is not None:
        return gloss  # 'Net revenue (revenue less pass-through costs) is ...': the gloss says what the term is
    reasons = listed_reasons(question, sentence) or named_list(question, sentence) or stated_list(question, sentence)  # 'the main reasons for X in 2024': the causes listed, the year scopes X
    if reasons:
        return reasons
    return _coordinated_over(question, sentence, _cut_phrase(question, units, years, sentence, k, related))


def _cut_phrase(question: str, units: tuple[str, ...], years: tuple[int, ...], sentence: str, k: str | None,
                related: bool) -> str | None:
    """The phrase cut from the sentence (or None when the question asks a quantity or a ranking)."""
    ranking = _RANKING.search(question) and not ranked_items_asked(question)  # 'the most cited barriers' asks items
    if k == "words" and ((units or years) and not related or _QUANTITY_Q.search(question) or ranking):
        return None
    if k == "words" and _HEADER_LINE.search(sentence):
        return None  # a table's line of column names ('Useful Lives (in years) | Fair Value') holds no phrase
    phrase = answer_phrase(question, sentence, k)
    phrase = listed_items(question, sentence, phrase) or phrase  # several things asked: the enumeration's items
    phrase = _series_over(question, sentence, phrase)
    phrase = cause_items(sentence, phrase)  # 'driven by A, and by B': the repeated 'by' joins the causes
    return None if phrase and no_duration(question, phrase) else phrase  # a period asked: a duration answers


_HEADER_LINE = re.compile(r"\S \| \S")
_DIGIT = re.compile(r"(?<![A-Za-z\d])\d")


def _coordinated_over(question: str, sentence: str, phrase: str | None) -> str | None:
    """A list asked of prose (names, or two ends) leads with the coordination attached to the question's words,
    unless the phrase cut is already a list of two names or more."""
    coordinated = coordinated_lead(question, sentence)
    if coordinated is None or phrase and names_like(phrase) and len(_ITEMS.split(phrase)) >= 2:
        return phrase
    return coordinated


_ITEMS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _series_over(question: str, sentence: str, phrase: str | None) -> str | None:
    """For a question asking several things (or places), the series of three or more the sentence enumerates
    leads when no phrase was cut, when the phrase holds the series and more, or when the phrase is a figure
    the question does not ask; else (and for a question asking why) the phrase."""
    if not (several_asked(question) or re.match(r"^\s*where\b", question, re.I)) or re.search(r"\bwhy\b", question, re.I):
        return phrase  # ('why' asks an explanation: its sentence answers and is checked as one)
    run = series_lead(sentence, question)
    if run is None or run == phrase:
        return phrase
    if phrase is None or run in phrase or _DIGIT.search(phrase) and not _DIGIT.search(run):
        return run
    return phrase


def answering_sentence(question: str, sentence: str) -> str | None:
    """For a question asking for words that no phrase answers, the sentence itself is the answer:
    without a footnote mark or a heading before it ('Cash flows: The changes ...'); None for a
    quantity or ranking question, a table row (also one written as header paths, 'As of 2018 › Losses:
    $6,671; ...', or a piece of one), a sentence introducing a table (':'), or a long one."""
    if _QUANTITY_Q.search(question) or _RANKING.search(question) or ROW_LINE.search(sentence) or is_row(sentence):
        return None
    text = re.sub(r"^(?:\(\w{1,3}\)|[-–•*])\s*", "", sentence.strip())  # a footnote mark, a bullet
    text = re.sub(r"^[A-Z][\w ,’'()-]{0,60}:\s+(?=[A-Z])", "", text)  # a heading run into the sentence
    text = past_asked_verb(text, question)  # a fragment opening with the question's own verb ('Calculated based on')
    if text.endswith(":") or len(text) > 380 or len(_TOKEN.findall(text)) < 4 or no_duration(question, text):
        return None
    return text


def names_like(phrase: str) -> bool:
    """Whether a phrase reads as names ('Greece and Turkey', 'Germany, Ghana, the UK'): what a
    'which'/'who' question asks for; every item capitalised, a dozen words at most."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", phrase) if i.strip()]
    return bool(items) and len(phrase.split()) <= 12 and all(
        re.match(r"(?:the\s+)?[A-Z0-9]", i) for i in items)
