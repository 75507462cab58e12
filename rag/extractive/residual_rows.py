"""Rows no alternative of a 'which X had the most' question can be: the residual bucket of the unnamed ones
('Others', 'All other'), a whole or a mean over the items ('World total', 'Industry total', 'Unweighted average'),
and a survey's base ('Number of respondents', 'Sample size', 'Base'): none is one of the items ranked."""

from __future__ import annotations

import re

RESIDUAL = re.compile(r"^\s*(?:(?:all\s+)?others?|rest of (?:the )?(?:market|industry)|(?:[\w&-]+\s+){0,2}total"
                      r"|(?:[\w-]+\s+)?(?:average|mean|median)|(?:total\s+)?(?:number of\s+)?respondents"
                      r"|(?:number of respondents|sample size|base|sample)(?:\s*\(n\))?|n)\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


_BASE = re.compile(r"^\s*(?:(?:total\s+)?(?:number of\s+)?respondents|number of responses|sample size|base|sample)"
                   r"\s*(?:\([^)]*\))?\s*[:*]?\s*$", re.I)


def survey_base(label: str) -> bool:
    """Whether a row label is a survey's base ('Number of respondents'): the count asked, never an item answering."""
    return bool(_BASE.match(label))


def residual(label: str) -> bool:
    """Whether a row label is a residual bucket, a whole or mean of the items, or a survey's base (`RESIDUAL`)."""
    return bool(RESIDUAL.match(label))
