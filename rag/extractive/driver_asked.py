"""A question asking what drove something ('what drove X', 'what was X driven by', 'the drivers of X', 'what
led X', 'what contributed to X', 'what held back X') asks the agent of the driving: the noun phrase after the
connective ('driven by | the expansion of ...', 'a result of | A, B and C', a passive's 'held back by | A'), without a factor
that worked against it (', partially offset by ...': an offset is no driver). One naming factors or reasons asks a
reason clause, connective and all (TAT's 'What factors drove X?': 'Driven by A, ...')."""

from __future__ import annotations

import re

# the adverbs of degree a causal connective may carry ('primarily due to', 'mainly driven by'): one list for every reader
DEGREE = "primarily|mainly|largely|principally|partly|partially|mostly|substantially|predominantly"
# the verbs of driving: one list for the driver question and the causes-listed check
_DRIVING_VERBS = r"drove|drives|driven|driving|contribut(?:ed|es|ing)\s+to"
_DRIVE_Q = re.compile(rf"(?<!-)\b(?:{_DRIVING_VERBS}|drivers?|contributors?|"
                      r"held\s+back|holds?\s+back|holding\s+back)\b|^\s*what\s+led\s+(?:the|its|our)\b", re.I)
# a question naming the reason noun it asks ('what factors drove X') asks a reason, answered as a reason clause
# is, with its connective ('driven by A, ...')
_REASON_NOUN = re.compile(r"\b(?:factors?|reasons?|causes?)\b", re.I)
# a connective naming the driver ('primarily driven by', 'mainly due to', 'as a result of')
_CONNECTIVE = re.compile(rf"^(?:(?:{DEGREE})\s+)?(?:driven\s+by|due\s+to|as\s+a\s+result\s+of|a\s+result\s+of|"
                         r"because\s+of|attributable\s+to|resulting\s+from|by)\s+(?=\S)", re.I)
_OFFSET = re.compile(r",\s+(?:(?:partially|partly|largely|more than|somewhat)\s+)?offset\s+(?:in\s+part\s+)?by\b", re.I)


def drivers_asked(question: str) -> bool:
    """The question names the verb of driving (drove, driven by, drivers of), not a reason noun ('what factors')."""
    return bool(_DRIVE_Q.search(question)) and not _REASON_NOUN.search(question)


def as_driver(phrase: str, sentence: str) -> str:
    """`phrase` without the connective it opens with (kept when the sentence itself opens with it: a fragment
    'Driven by A, ...' is quoted as written) and without an offsetting factor after it."""
    m = _CONNECTIVE.match(phrase)
    if m and not _CONNECTIVE.match(sentence.strip()):
        phrase = phrase[m.end():]
    o = _OFFSET.search(phrase)
    return phrase[:o.start()].rstrip(" ,") if o else phrase


# the nouns naming causes or constraints ('what factors support X', 'what restraints does the report identify')
CAUSE_NOUNS = r"(?:factors?|drivers?|restraints?|constraints?|barriers?|obstacles?|headwinds?|tailwinds?|reasons?|causes?)"
_CAUSES_ASKED = re.compile(rf"^\s*what\s+(?:[\w-]+\s+){{0,2}}?{CAUSE_NOUNS}\b|"
                           rf"^\s*what (?:is|are|was|were) (?:the|its|their) (?:[\w-]+\s+){{0,2}}?{CAUSE_NOUNS}\b|"
                           rf"^\s*what (?:does|do|did) [^?]*\b(?:as|identify|cite|list|name)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                           rf"{CAUSE_NOUNS}\b", re.I)


# a factor that is a measure's own name ('the seat load factor', 'the capacity factor'): a ratio, not a cause
_MEASURE_FACTOR = re.compile(r"\b(?:load|capacity|emissions?|conversion|discount|power|utili[sz]ation|annuity|"
                             r"scaling|weighting|credit[- ]conversion)\s+factor$", re.I)


def _causes_match(question: str) -> re.Match | None:
    """The cause noun's asking clause (`_CAUSES_ASKED`), None when the noun is a measure's name (`_MEASURE_FACTOR`)."""
    m = _CAUSES_ASKED.search(question)
    return None if m is None or _MEASURE_FACTOR.search(m.group(0)) else m


def causes_named_asked(question: str) -> bool:
    """The question asks causes or constraints by their noun ('what factors support X', 'what does the report
    identify as the main restraints'): the causes are asked in words, whatever verb follows the noun."""
    return _causes_match(question) is not None


_DRIVING = re.compile(rf"\b(?:{_DRIVING_VERBS})\b", re.I)


def causes_listed_asked(question: str) -> bool:
    """Causes asked by their plural noun with a verb other than driving ('what factors support X'): the causes
    listed answer (one 'reason' asks one); 'what factors drove X' asks the reason clause, connective and all (`drivers_asked`)."""
    m = _causes_match(question)
    return m is not None and m.group(0).lower().endswith("s") and not _DRIVING.search(question)
