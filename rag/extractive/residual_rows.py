"""Rows no alternative of a 'which X had the most' question can be: the residual bucket of the unnamed ones
('Others', 'All other'), a whole under any of its names ('World total', 'All industries', 'World'), a mean over
the items ('Unweighted average') and a survey's base ('Number of respondents', 'Base'): none is one of the items ranked."""

from __future__ import annotations

import re

from rag.extractive.whole_rows import whole_label

# the residual bucket and a mean over the items; a whole row is read by whole_rows.whole_label under any of its names
RESIDUAL = re.compile(r"^\s*(?:(?:all\s+)?others?|rest of (?:the )?(?:market|industry)"
                      r"|(?:[\w-]+\s+)?(?:average|mean|median)|(?:total\s+)?(?:number of\s+)?respondents"
                      r"|(?:number of respondents|sample size|base|sample)(?:\s*\(n\))?|n)\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


_BASE = re.compile(r"^\s*(?:(?:total\s+)?(?:number of\s+)?respondents|number of responses|sample size|base|sample)"
                   r"\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


def survey_base(label: str) -> bool:
    """Whether a row label is a survey's base ('Number of respondents'): the count asked, never an item answering."""
    return bool(_BASE.match(label))


def residual(label: str) -> bool:
    """Whether a row label is a residual bucket, a whole or mean of the items, or a survey's base (`RESIDUAL`)."""
    return bool(RESIDUAL.match(label)) or whole_label(label)
