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

# a rise as a verb or its noun before 'by' / 'of' ('grew by', 'an increase of'), and a fall as a verb: the movement a
# bound measures (measure_meeting, periods_meeting) or a set of items moved (moved_items, which adds its comparatives)
MOVED_UP = r"grew|grow|grown|growth|increased?|rose|rise|risen|gained?|improved?|climbed?|jumped?"
MOVED_DOWN = r"fell|fall|fallen|declined?|decreased?|dropped?|shrank|shrunk|lost|contracted|slipped"

# stems of change and continuation after those of a rise (a token that is one names the effect, not the thing)
CHANGE_STEMS = r"climb|expan|jump|soar|gain|boom|declin|fall|fell|drop|decreas|shr[iau]nk|slow|plung|narrow|chang|ongo|continu|trend"

# a change's words before a figure or a noun (pick, computed_doubt, gates_domain: each its own window and anchoring)
UP_DOWN = r"up|down"
# a change as a noun: 'an increase of', 'the growth in'
CHANGE_NOUNS = r"increase|decrease|rise|drop|decline|growth"
# a change as a verb, its stems (the user adds the ending it takes): 'increased', 'dropping', 'added', 'improves'
CHANGE_VERB_STEMS = r"increas|decreas|grew|grow|rose|rise|risen|fell|fall|declin|dropp|add|gain|improv|reduc|expand|jump|climb|surg"
# a change as a verb, these inflected forms only ('rising', 'fell'; not 'rises', 'falls')
CHANGE_VERB_FORMS = (r"rose|rising|risen|increas(?:e|ed|ing)|decreas(?:e|ed|ing)|grew|growing|grown|dropp(?:ed|ing)|drop|fell|"
                     r"falling|declin(?:e|ed|ing)|gain(?:ed|ing)?|surg(?:e|ed|ing)|jump(?:ed)?")
# an approximation between a change word and its figure: 'rose by about 5%', 'up more than 10'
APPROXIMATELY = r"about|over|nearly|around|approximately|more than|almost|some"
