"""A question asking the items of a plural kind ('what ... the main restraints') is not answered, in bold, by a
sentence that never names that kind: such a sentence is about the topic, its items (if any) of another kind."""

from __future__ import annotations

import re

from .lead_items import AMOUNT_PLURALS, CAUSE_PLURALS
from .names import PLURAL_NOUN

# The rules, as general properties of questions and sentences:
# - the kind asked is the plural noun after 'what'/'which' and at most three modifiers, and any plural joined to it
#   by 'and' ('what business models and use cases'), or the plural a reporting verb's 'as' names ('identify as the
#   main restraints', 'list as key risks'); a plural of an amount or a time ('what costs', 'which years') asks figures;
# - a sentence names the kind when it writes the noun in any number ('restraint', 'use case'), or names things
#   joined by 'and' ('in U.S. dollars and Australian dollars': currencies by their names); a cause asked ('reasons',
#   'drivers', 'restraints') is also named by a word of causing or holding back ('due to', 'weigh on').

_MODS = (r"(?:(?!(?:is|was|are|were|does|did|do|has|have|had|can|could|will|would|may|might|must|should|shall|the)\b)"
         r"[\w-]+\s+){0,3}?")
# what follows the plural asked: a preposition, a verb of its clause, 'and' another plural, or the end
_AFTER = (r"(?=\s+(?:of|for|behind|on|in|among|that|which|are|were|do|did|does|have|has|make|made|to|under|from|is|"
          r"and|characteri[sz]e|[a-z]+ed)\b|\s*[?,]|\s*$)")
# the plural a wh-word asks about, and any plural 'and' joins to it
_WH_PLURAL = re.compile(rf"^\s*(?:what|which)\s+(?:(?:are|were)\s+)?(?:the\s+)?{_MODS}(?!(?:does|is|has|was)\b)"
                        rf"({PLURAL_NOUN})\b{_AFTER}(?:\s+and\s+{_MODS}({PLURAL_NOUN})\b{_AFTER})?", re.I)
# the plural a reporting verb's 'as' names: 'identify as the main restraints', 'cite as key risks'
_AS_PLURAL = re.compile(r"\b(?:identif(?:y|ies|ied)|list(?:s|ed)?|names?|named|cites?|cited|sees?|saw|describes?|described|"
                        r"mentions?|mentioned|considers?|considered|regards?|regarded|views?|viewed|highlights?|highlighted)"
                        r"\s+as\s+(?:the\s+)?(?:(?:main|key|principal|primary|major|biggest|largest|most\s+\w+)\s+)?"
                        rf"({PLURAL_NOUN})\b", re.I)
# plurals of an amount, a time or of figures: they ask figures, not items of a kind
# (lead_items' lists, with the vague plurals and the causes it does not read)
_AMOUNTS = AMOUNT_PLURALS | frozenset("units items things ones details points aspects areas ways terms".split())
_CAUSES = CAUSE_PLURALS | frozenset("tailwinds challenges risks".split())
# words saying a cause, or a force holding back
_CAUSE_SAID = re.compile(r"\b(?:due\s+to|because|owing\s+to|driven\s+by|result(?:ed|ing)?\s+(?:of|from|in)|reflect(?:s|ed|ing)?|"
                         r"attributable|caused|weigh(?:s|ed|ing)?\s+on|held\s+back|hold(?:s|ing)?\s+back|limit(?:s|ed|ing)?|"
                         r"constrain(?:s|ed|ing)?|hamper(?:s|ed|ing)?|support(?:s|ed|ing)?|boost(?:s|ed|ing)?|led\s+to|"
                         r"lead(?:s|ing)?\s+to|thanks\s+to|on\s+the\s+back\s+of|helped|amid|as\s+a\s+result)\b", re.I)

# two names joined by 'and' or 'or': things of a kind named without the kind's noun
_NAMES_JOINED = re.compile(r"\b[A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,3}?\s+(?:and|or)\s+(?:the\s+)?[A-Z]")


def kinds_asked(question: str) -> list[str]:
    """The plural kind nouns `question` asks items of ([] when it asks none, or asks figures)."""
    found: list[str] = []
    m = _WH_PLURAL.match(question)
    if m:
        found += [g for g in m.groups() if g]
    found += _AS_PLURAL.findall(question)
    return [k.lower() for k in found if k.lower() not in _AMOUNTS]


def _stem(noun: str) -> str:
    """'restraints' -> 'restraint', 'companies' -> 'compan', 'businesses' -> 'business'."""
    n = noun.lower()
    if n.endswith("ies"):
        return n[:-3]
    if n.endswith(("sses", "ches", "shes", "xes")):
        return n[:-2]
    return n[:-1]


def kind_unsaid(question: str, sentence: str) -> bool:
    """The question asks items of a plural kind and `sentence` names none of its kinds (nor, for a cause
    asked, says any cause): the sentence is no answer to lead with."""
    kinds = kinds_asked(question)
    if not kinds:
        return False
    low = sentence.lower()
    if any(re.search(rf"\b{re.escape(_stem(k))}", low) for k in kinds) or _NAMES_JOINED.search(sentence):
        return False
    return not (any(k in _CAUSES for k in kinds) and _CAUSE_SAID.search(sentence))
