"""Words of a change's direction (grow / rise / fall / decline ...) that several modules read the same way: each list
here once, each module composing its own pattern from it (lists that differ by a form stay in their modules)."""

from __future__ import annotations

import re

# a fall asked, its forms: 'declined', 'falling', 'dropped', 'shrank', 'contracted'
FALL = r"declin\w*|decreas\w*|fall|falls|fell|falling|drop\w*|shr[ai]nk\w*|contract\w*"
FALL_ASKED = re.compile(r"\b(?:" + FALL + r")\b", re.I)
# a question asking how a figure moved: grew, declined, its growth or change
GROWTH_ASKED = re.compile(r"\b(?:grow|grew|grows|growing|grown|growth|expand\w*|increas\w*|ris(?:e|es|ing|en)|rose|"
                          + FALL + r"|change[sd]?|"
                          r"cagrs?|yoy|qoq)\b|\b(?:year|quarter)[- ](?:on|over)[- ](?:year|quarter)\b", re.I)

# a rise as a verb or its noun before 'by' / 'of' ('grew by', 'an increase of'): measure_meeting's and moved_items'
MOVED_UP = r"grew|grow|growth|increased?|rose|rise|gained?"

# stems of change and continuation after those of a rise (a token that is one names the effect, not the thing)
CHANGE_STEMS = r"climb|expan|jump|soar|gain|boom|declin|fall|fell|drop|decreas|shr[iau]nk|slow|plung|narrow|chang|ongo|continu|trend"
