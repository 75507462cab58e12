"""Terse questions written as a bare noun phrase ('Share of X in 2024?', 'Compensation cap for Y?'):
the head noun says what is asked, as 'what is the share of' would."""

from __future__ import annotations

import re

# a question or auxiliary word opening the question: not a bare noun phrase
_QUESTION_WORD = re.compile(r"^\s*(what|which|who|whom|whose|how|when|where|why|is|are|was|were|does|did|do|can|could|"
                            r"will|would|has|have|had|should|in|on|per|by|for|from|to|according)(?![\w-])", re.I)
# a quantity noun heading the phrase, after at most two modifiers ('Compensation cap (China) for ...'); a modifier
# follows the article, so a word before 'the' is a verb ('Describe the value of ...'), no bare noun phrase
_AMOUNT_NOUN = re.compile(r"^\s*(?:the\s+)?(?:(?!the\s)[\w-]+\s+){0,2}?(caps?|prices?|fees?|costs?|fines?|penalt(?:y|ies)|amount|"
                          r"shares?|percentage|proportion|number|size|value|valuation|revenues?|budget|salary)\b"
                          r"(?:\s*\([^)]*\))?\s+(?:of|for|on|in)\b", re.I)
# a share heading the phrase ('Share of AI risk incidents that were ...')
_SHARE_NOUN = re.compile(r"^\s*(?:the\s+)?(?:share|percentage|proportion|fraction)\s+of\b", re.I)


def amount_noun_asked(question: str) -> bool:
    """The question is a bare noun phrase headed by a quantity noun: an amount is asked."""
    return not _QUESTION_WORD.match(question) and bool(_AMOUNT_NOUN.match(question))


def share_noun_asked(question: str) -> bool:
    """The question is a bare noun phrase headed by a share: a part of a whole is asked."""
    return not _QUESTION_WORD.match(question) and bool(_SHARE_NOUN.match(question))
