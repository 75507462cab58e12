"""Another version of a versioned name: 'Claude 4.5 Opus' asked, 'Claude 4.1 Opus' given. A name
with a version (a token holding a digit) is one slot; a sentence or table row naming the same
family with another version answers nothing of it. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.figures import CURRENCIES

if TYPE_CHECKING:
    from .gates import Decision
    from .slots import Slots

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"}
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Za-z0-9]")
# a break inside a run of name words: punctuation other than '.', '-' inside a token, a possessive, a dash
# set off by spaces and a table line's header path mark ('Brisa-3 — Provider: ...' is a row's name, then a column's)
_BREAK = re.compile(r"[,;:()\[\]/|?!\"›]|\s[—–]\s|'s\b|’s\b|\.\s")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _is_name_token(tok: str) -> bool:
    return tok[0].isupper() or any(c.isdigit() for c in tok)


def _parts(tok: str) -> list[str]:
    """A hyphenated name holding a digit in its words ('Speech-02-Turbo' -> Speech, 02, Turbo; 'TTS-1'):
    a family and its version, as the spaced spelling ('Speech 02 Turbo') reads; other tokens whole."""
    return [p for p in tok.split("-") if p] if "-" in tok and any(c.isdigit() for c in tok) else [tok]


def question_name_runs(slots: Slots) -> list[tuple[str, ...]]:
    """`name_runs` of the question, found once per question for every candidate the gates judge."""
    return slots.derived(("name_runs",), lambda: name_runs(slots.text))


def name_runs(text: str) -> list[tuple[str, ...]]:
    """Runs of name words (capitalised, or holding a digit) in `text`, starting with a capitalised
    word that is no month; years are left out ('Claude 4.5 Opus in 2025' -> Claude, 4.5, Opus)."""
    runs: list[tuple[str, ...]] = []
    for part in _BREAK.split(text):
        run: list[str] = []
        for tok in [t for w in _TOKEN.findall(part) for t in _parts(w)] + [""]:
            if tok and _is_name_token(tok) and (run or (tok[0].isupper() and tok.lower() not in MONTHS)):
                if not _YEAR.fullmatch(tok):
                    run.append(tok)
                continue
            if run:
                runs.append(tuple(run))
            run = []
    return runs


def versioned(run: tuple[str, ...]) -> bool:
    """A name and a version after it; a currency before a number ('USD 2 trillion') is an amount."""
    return len(run) >= 2 and run[0].lower() not in CURRENCIES and any(any(c.isdigit() for c in t) for t in run[1:])


def other_version(asked: tuple[str, ...], text: str) -> tuple[str, ...] | None:
    """A versioned name of `text` of the family `asked` names (same first word) that differs from it
    both ways (each has a word the other lacks), when no name of `text` holds all of `asked`."""
    want = {t.lower() for t in asked}
    runs = name_runs(text)
    if any(want <= {t.lower() for t in r} for r in runs):
        return None
    for run in runs:
        low = [t.lower() for t in run]
        if asked[0].lower() in low[1:]:  # 'Zhejiang University's InfiGUIAgent 3B': the family is inside the run
            run = run[low.index(asked[0].lower()):]
        have = {t.lower() for t in run}
        if run[0].lower() == asked[0].lower() and versioned(run) and want - have and have - want:
            return run
    return None


def version_other(d: Decision) -> str | None:
    """The question names a versioned name ('Claude 4.5 Opus', 'Runway Gen 3'), and the lead names
    the same family only with another version ('Claude 4.1 Opus'): the reports give that one. A
    version the question also names ('Kling 2.0 or Kling 1.6') is asked, not another."""
    names = [r for r in question_name_runs(d.slots) if versioned(r)]
    for asked in names:
        given = other_version(asked, d.best.text)
        if given and not any({t.lower() for t in n} <= {t.lower() for t in given} for n in names):
            return f"the reports give {' '.join(given)}, not {' '.join(asked)}"
    return setting_other(d.slots.text, d.best.text)


# a name and the setting in parentheses after it: 'GPT-5 Codex (low)', 'o3 (high)'
_SETTING = re.compile(r"([A-Za-z0-9][\w.\-]*(?:\s+[A-Za-z0-9][\w.\-]*){0,3})\s*\(([^()]{1,24})\)")


def setting_other(question: str, text: str) -> str | None:
    """The question names a model with a setting in parentheses ('GPT-5 Codex (low)'), and `text`
    names that model only with other settings ('GPT-5 Codex (high)'): the reports give that variant."""
    for m in _SETTING.finditer(question):
        words = m.group(1).split()
        for k in range(len(words)):  # the shortest tail of the words before it that `text` names with a setting
            name = " ".join(words[k:])
            if not (words[k][0].isupper() or any(c.isdigit() for c in words[k])):
                continue  # a model's name, not a measure ('revenue (in RMB)')
            given = [g.strip() for g in re.findall(rf"(?<![\w-]){re.escape(name)}\s*\(([^()]{{1,24}})\)", text, re.I)]
            if given:
                if m.group(2).strip().lower() not in {g.lower() for g in given}:
                    return f"the reports give {name} ({given[0]}), not {name} ({m.group(2).strip()})"
                break
    return None


# a name and a version after it the question asks: 'Whisper v3', 'Turbo v2', 'Kling 2.1' (not a year, nor an
# amount or a score such as 'Competitiveness 45.99': a version's parts after the point are single digits)
_ASKED_VERSION = re.compile(r"\b([A-Z][\w-]*)\s+(v\d+(?:\.\d+)*|\d{1,2}(?:\.\d)+)(?![\w%]|[.,]\d)")


def version_unsaid(d: Decision) -> str | None:
    """A versioned name asked ('Whisper v3', 'Turbo v2') that the lead's sentence names only bare ('Whisper') or with a
    longer version ('Turbo v2.5'): the reports give another release (or none said), not the version asked."""
    text = d.best.text
    for m in _ASKED_VERSION.finditer(d.slots.text):
        name, version = m.group(1), m.group(2)
        if name.lower() in CURRENCIES or _YEAR.fullmatch(version):
            continue
        head = rf"(?<![\w-]){re.escape(name)}"
        if not re.search(head + r"(?![\w-])", text) or re.search(rf"{head}\s+{re.escape(version)}(?![\w]|\.\d)", text):
            continue  # the name not written, or the very version named
        given = re.search(rf"{head}[\s-]+(v?\d[\w.]*)", text)
        if given:
            if not given.group(1).startswith(version):
                continue  # another version altogether: version_other's business
            return f"the reports give {name} {given.group(1)}, not {name} {version}"
        return f"the reports name {name} without a version, not {name} {version}"
    return None
