"""The words that make a sentence state something ahead (a forecast or projection), in one place: the core both
the threshold gates and the forecast lead check read, plus each one's own extra alternatives, named."""

from __future__ import annotations

import re

# said of a figure to come: 'expected', 'projected', 'forecast(ed)', 'predicted', 'estimated', 'anticipated', 'will'
FORECAST_CORE = r"expected|projected|forecast(?:ed)?|predicted|estimated|anticipated|will|shall"
# a time ahead or an intent: 'likely', 'plans', 'to be', 'targets', 'by 2030', '2025E', 'within', 'next', 'upcoming'
AHEAD_EXTRA = (r"poised|likely|plan(?:s|ned)?|would|to be|target(?:s|ed)?|by\s+(?:19|20)\d\d|"
               r"(?:19|20)\d\d\s*[EF]\b|within|next|upcoming|future")
# a projection's other forms: 'expects', 'projects', 'projection', 'forecasts', 'outlook', 'going to', 'to reach'
PROJECTION_EXTRA = r"expects?|projects?|projection|forecasts|outlook|going to|to reach"


def forecast_pattern(*extra: str) -> re.Pattern[str]:
    """A case-blind pattern matching, as whole words, the core forecast words or any of `extra`'s alternatives."""
    return re.compile(r"\b(?:" + "|".join((FORECAST_CORE, *extra)) + r")\b", re.I)


# a sentence stating something ahead: a forecast word, a year ahead ('by 2030', '2025E') or a time to come
AHEAD_SAID = forecast_pattern(AHEAD_EXTRA)
# a sentence making a projection: a forecast word in any of its forms
PROJECTION_SAID = forecast_pattern(PROJECTION_EXTRA)
