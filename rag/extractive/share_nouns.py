"""The nouns that ask a part's share of a whole ('what share / proportion / percentage / percent / fraction / portion
of W'): one list, so every pattern reading such a question reads the same nouns."""

from __future__ import annotations

SHARE_NOUNS = r"(?:share|proportion|percentage|percent|fraction|portion)"
