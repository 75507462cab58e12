"""The frame a question is wrapped in, taken off so the slots read what it asks: a purpose lead-in
('For a slide: X'), a request for the figure to use ('What's the number I should use for X'), and a
source given as 'per CIC' at the end (the same as 'according to CIC'), a sentence of context before the question
('I'm writing a memo on X. How many ...'), and business shorthand ('mkt', 'bn', 'pct points') spelled out as reports
print it; a fact-check quoting a figure (figure_claim.py), a request to be taught (student_frame.py), a greeting, a
ballpark lead-in or a question put last (voice_frames.py) and an executive's yes/no question (yes_no_frame.py) read
as the question they wrap; a missing closing '?' is put back."""

from __future__ import annotations

import re

from .figure_claim import as_figure_question
from .fronted_phrase import as_question_first
from .student_frame import as_wrapped_question
from .validate import closed
from .voice_frames import as_plain_question, without_filler
from .yes_no_frame import as_asked_question

# 'For a slide:', 'For the board memo:', 'In my deck:': what the answer is for, before a colon; no topic
_PURPOSE = re.compile(r"^\s*(?:for|in)\s+(?:a|an|the|my|our|this|your)\s+[\w-]+(?:\s+[\w-]+)?\s*:\s*", re.I)
# 'What's the number I should use for X', 'what figure can we quote for X': the figure of X is asked; the
# clause saying what the asker will do with it names no topic ('what is the number for X')
_FIGURE_TO_USE = re.compile(r"^\s*what(?:'s|’s|\s+is)\s+(?P<noun>(?:the\s+)?(?:right\s+|best\s+)?(?:number|figure|value|"
                            r"stat|statistic|data point|estimate))\s+(?:that\s+)?(?:i|we|one)\s+(?:should|can|could|would|"
                            r"must|need to|ought to)\s+(?:use|quote|cite|put|take|give|show)\s+(?P<prep>for|on|as)\s+", re.I)
# ', per CIC?', ', per Frost & Sullivan': a capitalised name after 'per' at the end names the source ('per
# share', 'per head' are a rate and written in lower case, and are no clause of their own after a comma)
_PER_SOURCE = re.compile(r",\s*per\s+(?=[A-Z][\w&.’' -]*\??\s*$)")


# "I'm writing a memo on X.", 'We are preparing a deck for the board.': a first sentence telling what the asker is
# doing, before the question proper; a first sentence saying what the asker does not understand is the question
_CONTEXT = re.compile(r"^\s*(?:i\s*(?:'m|’m|\s+am)|we\s*(?:'re|’re|\s+are))\s+(?:currently\s+|now\s+)?(?:writing|preparing|drafting|"
                      r"putting\s+together|working\s+on|researching|building|reviewing|updating|fact-checking|checking|"
                      r"looking\s+into|covering|doing)\b(?:[^.?!]|(?<=\bvs|\bco|\bno)\.|(?<=\binc|\bltd)\.)*"
                      r"(?<!\bvs)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bNo)[.!:]\s+(?=\S)", re.I)  # 'vs.', 'Inc.' end none
# shorthand and synonyms of business writing -> the words reports print ('mkt share' is 'market share', '5 bn' is
# '5 billion'); lower-case words only for the synonyms ('Turnover Ltd' is a name)
_SHORTHAND = ((re.compile(r"\bmkts?\b", re.I), "market"), (re.compile(r"(?<=\d)\s*bn\b|\bbn\b", re.I), " billion"),
              (re.compile(r"(?<=\d)\s*mn\b|\bmn\b", re.I), " million"),
              (re.compile(r"\b(?:pct\.?\s*(?:points?|pts?)|ppts?)(?=\W|$)", re.I), "percentage points"),
              (re.compile(r"\b(?:y/y|y-o-y)(?=\W|$)", re.I), "YoY"),  # the standard abbreviation (query_terms.py)
              # words reports do not use, for the same measure or thing: 'turnover' is revenue, a 'firm' a company;
              # not 'inventory turnover', 'staff turnover rate' (a ratio of its own) nor 'demand remained firm' (no noun)
              (re.compile(r"(?<!\binventory\s)(?<!\basset\s)(?<!\bassets\s)(?<!\bstaff\s)(?<!\bemployee\s)"
                          r"(?<!\blabor\s)(?<!\blabour\s)\bturnover\b(?!\s+(?:rate|ratio|days)\b)"), "revenue"),
              (re.compile(r"\bfirms\b"), "companies"),
              (re.compile(r"\b((?i:the|a|an|each|every|which|one|this|that|per))\s+firm\b"), r"\1 company"))


# 'Can you confirm the X?', 'Could you check Company E's share?': a noun phrase to confirm asks what X is (a clause
# to confirm with a figure, 'can you confirm (that) the X was 5%', is read first by figure_claim.py; one without,
# 'can you confirm that A passed B', is left as written for extractive/claim_frame.py)
# a polite request to be told, given or shown a noun phrase ('Could you tell me the X', 'Please give me the X', "I'd like
# to know the X", 'Would you mind telling me the X') asks what X is, as a request to confirm it does
_CONFIRM_NOUN = re.compile(r"^\s*(?:(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)(?:confirm|verify|check|double-check|"
                           r"(?:tell|give|show)\s+me)|would\s+you\s+mind\s+(?:telling|giving|showing)\s+me|"
                           r"i\s*(?:'d|’d|\s+would)\s+like\s+to\s+know)\s+"
                           r"(?=the\s|(?-i:[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)*(?:'s|’s)\s))", re.I)
# a finite verb makes what follows a clause ('the market grew in 2024'), no noun phrase: a copula or auxiliary, a common
# irregular past, or a past in -ed not after an article and not a participle before its preposition ('the X used by Y')
_CLAUSE_VERB = re.compile(r"\b(?:is|was|are|were|will|has|had|have|did|does|do|rose|fell|grew|grows|rises|falls|overtook|"
                          r"became|led|beat|remains|remained)\b|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<![’']s\s)"
                          r"\b(?!hundred\b)\w{2,}[^\We]ed\b(?!\s+(?:by|in|for|to|on|at|from|with|as)\b)", re.I)


# the words that end a noun phrase's head ('the top use cases of X': 'cases' is the head)
_AFTER_HEAD = re.compile(r"\s+(?:of|in|for|by|on|at|from|with|between|among|across|under|over|to|during|since|per|as|"
                         r"according|that|which|who|whose|than|before|after|within|behind|versus|vs\.?)\b|"
                         r"\s+\w+ed\s+(?=(?:by|in|for|to|on|at|from|with|as)\b)|[,;:?(]|$", re.I)  # 'GPUs used by X'
_PLURAL_IRREGULAR = frozenset({"people", "children", "men", "women", "criteria", "phenomena", "data"})


def is_plural_phrase(phrase: str) -> bool:
    """Whether a noun phrase ('the three stages of X', "Company E's shares") names several things: its head, the last
    word before a preposition or clause, is a plural ('stages', not 'business' or 'status'), or it joins two heads."""
    head_span = phrase[:_AFTER_HEAD.search(phrase).start()].strip()
    if re.search(r"\s(?:and|&)\s", head_span):
        return True
    words = re.findall(r"[A-Za-z][\w-]*", re.split(r"(?:'s|’s)\s", head_span)[-1])
    if not words:
        return False
    head = words[-1].lower()
    if re.fullmatch(r"[A-Z]{2,}s", words[-1]):  # 'KPIs', 'GPUs'
        return True
    return head in _PLURAL_IRREGULAR or (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
                                         and not words[-1].isupper())


def unabbreviated(question: str) -> str:
    """`question` with business shorthand and synonyms written as reports print them ('mkt' -> 'market', '10 mn' ->
    '10 million', 'turnover' -> 'revenue', 'firms' -> 'companies')."""
    for pattern, word in _SHORTHAND:
        question = pattern.sub(word, question)
    return re.sub(r"(?<=\S)  +", " ", question)


def without_frame(question: str) -> str:
    """`question` with its frames taken off: greeting and request sentences and a ballpark lead-in before it, a sentence
    of context before it, a purpose lead-in, business shorthand (spelled out), a question put after its subject, a
    figure-quoting fact-check, a request to be taught and a yes/no question quoting a figure or a name (read as the
    question they wrap), a noun
    phrase to confirm and a request for the figure to use (asked as 'What is ...'), a closing 'per <Name>' (said as
    'according to <Name>') and a missing '?'; a question with no such frame is returned as it is."""
    plain = _PURPOSE.sub("", unabbreviated(_CONTEXT.sub("", without_filler(question), count=1)), count=1)
    plain = as_question_first(plain) or plain  # 'In the energy chapter, what ...': the place after the question
    plain = as_plain_question(plain) or plain  # 'the X in 2024 — what was it?' (voice_frames.py)
    plain = as_figure_question(plain) or as_wrapped_question(plain) or plain  # 'is it right that X was 5%', 'explain why X'
    plain = as_asked_question(plain) or plain  # 'Was the X in 2024 20%?', 'Is Company A the X?' (yes_no_frame.py)
    if (m := _CONFIRM_NOUN.match(plain)) and not _CLAUSE_VERB.search(plain[m.end():]):  # 'confirm the stages of X'
        plain = ("What are " if is_plural_phrase(plain[m.end():]) else "What is ") + plain[m.end():]
    m = _FIGURE_TO_USE.match(plain)
    if m:
        plain = f"What is {m.group('noun')} {m.group('prep')} {plain[m.end():]}"
    plain = _PER_SOURCE.sub(", according to ", plain)
    plain = closed(plain)  # 'CIC 2030 China market size': the same question as with its '?'
    return plain if plain.strip() else question
