"""A why-question's claim restated by a sentence that refers back to the one before it ('This feedback loop could make
AI ...', '... stored only 2.09 ZB, meaning 95% of data was left unstored'): the reason is that sentence before."""

from __future__ import annotations

import re

from .lead_claim import restated_claim
from .slots import Slots

# a sentence leaning on the one before: it opens with a pointer back ('This loop', 'These gaps', 'Such demand') or
# draws its claim as a consequence of its own figures (', meaning ...', ', which means ...'); 'This year', 'These
# days' point at the present time, not back at a sentence
_REFERS_BACK = re.compile(r"^\s*(?:this|these|such)\s+(?!(?:years?|quarters?|months?|weeks?|days?|decades?)\b)[a-z]|"
                          r",\s*(?:meaning|which\s+means)\b", re.I)


def concluded_from(text: str, before: str, slots: Slots) -> bool:
    """`text` restates the claim a why-question asks about with no cause of it (`restated_claim`) and refers back to
    `before`, which does not restate that claim itself: `before` holds what the claim was concluded from."""
    return bool(_REFERS_BACK.search(text)) and restated_claim(slots, text) is not None \
        and restated_claim(slots, before) is None
