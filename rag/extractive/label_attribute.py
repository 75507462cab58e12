"""A bracket every ranked label carries names a second attribute of each row (its country, state or owner:
'Pelican Pass LNG (US)', 'Cedar Hollow (GA)'), not part of its name: the name a ranking leads with is without it."""

from __future__ import annotations

import re

# a label ending in one bracket: 'Pelican Pass LNG (US)' -> ('Pelican Pass LNG', 'US')
_BRACKETED = re.compile(r"^(?P<name>.*?\S)\s*\((?P<inner>[^()]+)\)\s*$")
# a bracket that is a proper name or a code: opens with a capital; not a unit, a figure or a range ('(USD/t)', '(<150)')
_PROPER = re.compile(r"[A-Z][\w.&'’ -]*")
_UNIT = re.compile(r"[%$€£¥/\d]|\b(?:USD|EUR|GBP|RMB|CNY|JPY|MW|GW|TEU|FEU|bps|pp)\b")


def _attribute(label: str) -> tuple[str, str] | None:
    """The label's name and its bracketed attribute, or None when the bracket may be the name's own: no proper
    name, a unit or figure, or an acronym of the name (its first letter the name's: 'Polyethylene (PE)')."""
    m = _BRACKETED.match(label.strip())
    if m is None or not _PROPER.fullmatch(m.group("inner").strip()) or _UNIT.search(m.group("inner")):
        return None
    name, inner = m.group("name"), m.group("inner").strip()
    if inner[0].lower() == name.lstrip("“\"'")[0].lower():
        return None
    return name, inner


def attribute_free(labels: list[str]) -> list[str]:
    """The labels without their brackets when at least three are given and every one carries a proper-name bracket
    (a column of names with their places or owners); else the labels as they are."""
    read = [_attribute(label) for label in labels]
    if len(labels) < 3 or any(r is None for r in read):
        return labels
    return [r[0] for r in read if r is not None]
