"""A fact-check quoting a figure ('Is it right that the X was 20%?', 'Some say the X was 20%; is that right?') asks
what the X was: the quoted figure is the asker's to check against the report's, so it is neither a term a passage must
match nor the answer."""

from __future__ import annotations

import re

from ingest.figures import CURRENCY_MARK, NUMBER

# what introduces the claim: 'is it right that', 'can you confirm that', 'some say', "I've read that"
_LEAD = re.compile(r"^\s*(?:(?:is\s+it|would\s+it\s+be)\s+(?:true|right|correct|accurate|the\s+case|fair\s+to\s+say)|"
                   r"is\s+it\s+so)\s+that\s+|"
                   # 'can you confirm (that) the X was 5bn': without 'that' too; a noun phrase with no figure after it
                   # is no claim (asking_frame's confirm-noun reads it)
                   r"^\s*(?:can|could|would)\s+you\s+(?:please\s+)?(?:confirm|verify|check)(?:\s+that)?\s+|"
                   r"^\s*(?:some(?:one)?|people|many|they|analysts|others|a\s+colleague|my\s+boss)\s+(?:say|says|said|"
                   r"claim|claims|claimed|reckon|think|believe|reported|told\s+me)(?:\s+that)?\s+|"
                   r"^\s*i\s*(?:'ve|’ve|\s+have)?\s+(?:read|heard|seen)(?:\s+somewhere)?(?:\s+that)?\s+", re.I)
# what asks for the check after the claim: '; is that right?', ', is this true?'
_TAIL = re.compile(r"\s*[;,:.!—–-]+\s*(?:is|was)\s+(?:that|this|it)\s+(?:right|true|correct|accurate|so)\s*\??\s*$", re.I)
# the claimed figure: a number (with its currency) as ingest.figures reads one, then its units and scales (read by
# yes_no_frame.py too)
CLAIMED_FIGURE = (rf"(?:(?:{CURRENCY_MARK})\s?)?{NUMBER.pattern}(?:\s?(?:%|percent|pct|percentage\s+points|"
                  r"[BMKT]\b|bn|mn|billion|million|trillion|thousand|hundred\s+million|EB|PB|TB|yuan|dollars|USD|RMB))*")
# 'the X in 2024 was 20%, per CIC': subject, verb, figure, and only a date or source after it
_CLAIM = re.compile(r"^(?P<subject>\S.*?)\s+(?P<verb>is|was|are|were|will\s+be|stood\s+at|stands\s+at|reached|reaches|"
                    r"hit|totall?ed|totals|came\s+to|comes\s+to|amounted\s+to|amounts\s+to)(?:\s+worth)?\s+"
                    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?"
                    + CLAIMED_FIGURE + r"(?P<rest>(?:,?\s+(?:in|by|as\s+of|at|for|on|during|according\s+to|per)\b[^.;!?]*)?)"
                    r"\s*[.?!]?\s*$", re.I)
# what after the date or source makes it a second claim or question ('in 2024, so why did it fall', 'for E and 30%
# for F'): a figure other than a year, a clause joined on, or a second verb
_MORE_AFTER = re.compile(r"\d|\b(?:but|so|why|how|while|whereas)\b|\band\s+(?:will|is|was|are|were|has|had)\b", re.I)
_PRESENT = frozenset({"is", "stands at", "reaches", "totals", "comes to", "amounts to"})


def as_figure_question(question: str) -> str | None:
    """The question a figure-quoting fact-check asks ('Is it right that the X was 20% in 2024?' -> 'What was the X in
    2024?'); None when the question quotes no figure as its claim's value."""
    lead = _LEAD.match(question)
    if lead is None:
        return None
    claim = _TAIL.sub("", question[lead.end():])
    m = _CLAIM.match(claim)
    if m is None:
        return None
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    subject, rest = m.group("subject"), m.group("rest")
    if _MORE_AFTER.search(re.sub(r"\b(?:(?:FY|CY)?(?:19|20)\d\d|[QH][1-4])\b", "", rest, flags=re.I)):  # dates kept
        return None
    if verb == "will be":
        return f"What will {subject} be{rest}?"
    aux = verb if verb in ("is", "was", "are", "were") else ("is" if verb in _PRESENT else "was")
    return f"What {aux} {subject}{rest}?"
