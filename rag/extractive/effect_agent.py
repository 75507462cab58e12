"""'Why is Q3 revenue affected?' / 'What impacted the tax rate?': a question asking what caused an effect through a
verb of effect (affected, impacted, hurt, helped ...) is answered by that verb's agent in the sentence ('is affected
by | the reduction of activity ...', 'was favorably impacted primarily by | excess tax benefits ...'); the 'by' and
its adverbs only join the agent to the verb."""

from __future__ import annotations

import re

# verbs that say one thing acted on another's figure (not 'driven by', which CAUSE reads, nor 'offset by')
_EFFECT = r"(?:affect|impact|influenc|hurt|help|boost|support|dampen|hamper|weigh|depress|penali[sz])\w*"
# 'why is/was/were X (usually) affected', 'what (has) impacted X', 'what affects X'
# (after 'what', only a past tense: 'what support do ...' asks a noun's instances)
_ASKED = re.compile(rf"^\s*(?:why\s+(?:is|are|was|were|has|have|had)\b[^?]*?\b({_EFFECT})\s*\?*\s*$|"
                    rf"what\s+(?:has\s+|have\s+|had\s+)?((?:affect|impact|influenc|help|boost|support|dampen|hamper|"
                    rf"weigh|depress|penali[sz])ed)\b)", re.I)


def effect_asked(question: str) -> bool:
    """The question asks what acted on its subject's figure: words, whatever year scopes that subject."""
    return _ASKED.match(question) is not None


def effect_agent(question: str, sentence: str) -> int | None:
    """Where the agent of the question's verb of effect starts in `sentence` (past 'by' and the adverbs before it);
    None when the question asks no such cause or the sentence gives the verb no agent."""
    m = _ASKED.match(question)
    if m is None:
        return None
    verb = (m.group(1) or m.group(2)).lower()
    root = re.sub(r"(?:ed|es|s|ing)$", "", verb)
    said = re.search(rf"\b{re.escape(root)}\w*\s+(?:[a-z]+ly\s+){{0,2}}by\s+(?=\S)", sentence, re.I)
    return said.end() if said else None
