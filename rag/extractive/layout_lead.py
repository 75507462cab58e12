"""A lead sentence that points at where the page gives something ('Below this, a detailed analysis of the joke
is provided') says what the page lays out, not what it says: it names the topic, never the answer asked."""

from __future__ import annotations

import re

from ..types import bold_lead

# a pointer to elsewhere on the page together with a verb of laying out
_WHERE = re.compile(r"\b(?:below|above|following|hereafter|overleaf)\b", re.I)
_LAID = re.compile(r"\b(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:provided|shown|given|presented|listed|illustrated|"
                   r"depicted|displayed)\b", re.I)
# the question asks what the page or a graphic shows: then the layout is what is asked ('what figure is given for
# X' asks a number: a graphic figure is numbered, 'Figure 3'; 'the present value', 'at present' show nothing)
_ASKS_LAYOUT = re.compile(r"\b(?:show|shows|shown|illustrat\w*|depict\w*|display\w*|(?<!\bat\s)present\w*(?!\s+value)|"
                          r"layout|diagram|figure\s+\d+|fig\.|chart|graphic|image|slide|page)(?:\b|(?<=\.))", re.I)


def layout_led(question: str, shown: str) -> str | None:
    """Why a bold lead that only points at where the page gives something does not answer, or None."""
    lead = bold_lead(shown)
    if lead is None or _ASKS_LAYOUT.search(question) or not (_WHERE.search(lead) and _LAID.search(lead)):
        return None
    return "the quoted sentence says where the page gives something, not what it says"
