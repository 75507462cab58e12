"""Stress copies of the dev gold in other voices, to measure robustness to how a question is worded.

`python -m eval.voice_stress OUT_DIR` writes OUT_DIR/stress-{o,a,...,r}.yaml from the dev gold
(without the unseen confirm parts, eval.gold.UNSEEN_CONFIRM), each question rewritten mechanically, answers kept:
o as written; a terse ('What was the X in 2024?' -> 'X in 2024'); b articles dropped; c 'For a slide: '
lead-in; d all lower case, no mark; e 'What's the number I should use for X?' (figures asked only); f a context
sentence first ("I'm writing a memo on this sector. X"); g 'Can you confirm the X?' (what/which questions only);
h business shorthand (bn, mn, mkt, pct points, y/y, CAGR); i synonyms (turnover for revenue, firms for enterprises);
j a fact-check quoting the expected figure ('Is it right that the X was 20%?'), k one quoting a wrong figure (the
expected one times 1.5), each alternating with 'Some say the X was 20%; is that right?' (single-figure answers only);
l a student ('Explain to me why X', 'Can you help me understand how X', "I don't get what X means");
m an executive's yes/no ('Was the X in 2024 20%?', 'Did the X pass 10%?', 'Does the report put the X above 10%?',
the figure quoted alternately as expected, half of it, 1.5 times it; single-figure answers; 'Was Company A the X?' for a
one-label 'Which/Who is the X' answer); n a hurried typist (no apostrophes, 'whats', 'hw many', one common word
misspelt); r (o is taken by the original) a forwarded request with filler ('Hi, my manager asked me to find this out. X', 'Quick one from the
board: X'); p ballpark wording ('Roughly what was X', 'Ballpark, how many X', 'About what share X'); q the question put
last or nominalised ('The X in 2024 — what was it?', 'The X in 2024, please.').
Run `reportqa eval --gold OUT_DIR/stress-a.yaml --json` per voice and compare outcomes by id with o's.
Keep the copies out of eval/gold.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from .gold import GOLD_DIR, UNSEEN_CONFIRM

_WH = re.compile(r"^\s*(?:what|which)(?:'s|’s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+)?", re.I)


def terse(q: str) -> str:
    """'What was the X in 2024?' -> 'X in 2024': question word, auxiliary, article and mark dropped."""
    return _WH.sub("", q).rstrip().rstrip("?").rstrip()


def articles_dropped(q: str) -> str:
    """'the', 'a', 'an' dropped ('Company A', 'Q&A' keep their A)."""
    q = re.sub(r"^(?:The|A|An)\s+", "", q)
    return re.sub(r"\s+", " ", re.sub(r"(?<![&\w])(?:the|a|an)\b\s*", "", q)).strip()


def number_to_use(q: str, unit: str) -> str:
    """'What's the number I should use for X?', for a figure asked with 'What is/was (the) X'."""
    t = terse(q)
    if unit not in ("money", "percent", "count") or t == q.rstrip("?").rstrip() or q.lower().startswith("what's the number"):
        return q
    first = t.split()[0]
    return "What's the number I should use for " + (t[0].lower() + t[1:] if first.islower() or first in ("Share", "Size", "Number") else t) + "?"


def context_first(q: str) -> str:
    """A sentence saying what the answer is for, before the question."""
    return "I'm writing a memo on this sector. " + q


def confirm(q: str) -> str:
    """'What was the X in 2024?' -> 'Can you confirm the X in 2024?'; questions without a what/which frame are kept."""
    t = terse(q)
    if t == q.rstrip("?").rstrip():
        return q
    first = t.split()[0]
    common = first.islower() or first in ("Share", "Size", "Number")
    return "Can you confirm " + ("the " + t[0].lower() + t[1:] if common else t) + "?"


_FIGURE = re.compile(r"^(?:(?:USD|RMB|CNY|EUR|US\$|\$|€|£|¥)\s?)?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?:%|[A-Za-z]+(?: [a-z]+)?)?$")
_HOW_BIG = re.compile(r"^\s*how\s+(?:big|large|much)\s+(?P<aux>is|was|are|were)\s+(?:the\s+)?", re.I)
_SOURCE_END = re.compile(r",?\s+(?:according to|per)\s+[A-Z][^,]*$")  # 'per capita' is no source


def _scaled(figure: str, factor: float) -> str:
    """`figure` with its number times `factor`, written as it was (thousands commas, as many decimals)."""
    m = _FIGURE.match(figure)
    num = m.group("num")
    decimals = len(num.split(".")[1]) if "." in num else 0
    value = float(num.replace(",", "")) * factor
    text = f"{value:,.{decimals}f}" if "," in num else f"{value:.{decimals}f}"
    return figure[:m.start("num")] + text + figure[m.end("num"):]


def fact_check(q: str, expected: list, right: bool, form: int) -> str:
    """'What was the X in 2024?' with a one-figure answer -> 'Is it right that the X in 2024 was <figure>?' (form 0)
    or 'Some say the X in 2024 was <figure>; is that right?' (form 1); the figure is the expected one when `right`,
    else the expected one times 1.5. Questions without a what frame or a single-figure answer are kept."""
    m = _WH.match(q) or _HOW_BIG.match(q)
    if m is None or q.lstrip().lower().startswith("which") or len(expected) != 1 or not _FIGURE.match(str(expected[0]).strip()):
        return q
    aux = m.group("aux").lower() if "aux" in m.groupdict() else \
        ({"'s": "is", "’s": "is"}.get(m.group(0).split()[0][4:].lower(), "") or m.group(0).split()[1].lower())
    aux = "will be" if aux == "will" else aux
    figure = str(expected[0]).strip() if right else _scaled(str(expected[0]).strip(), 1.5)
    t = confirm(_WH.sub("What is the ", q, count=0) if _WH.match(q) else "What is the " + q[m.end():])
    t = t[len("Can you confirm "):].rstrip("?")
    source = _SOURCE_END.search(t)
    subject, tail = (t[:source.start()], source.group(0)) if source else (t, "")
    claim = f"{subject} {aux} {figure}{tail}"
    return f"Is it right that {claim}?" if form == 0 else f"Some say {claim}; is that right?"


_WHY_HOW = re.compile(r"^\s*(why|how)\s+(?!many\b|much\b|big\b|large\b|fast\b|far\b|long\b|old\b|high\b|often\b)", re.I)
_MEANS = re.compile(r"^\s*what\s+(?:does|do)\s+(?P<x>.+?)\s+mean\b(?P<rest>.*?)\??\s*$", re.I)


def student(q: str) -> str:
    """'Why did X?' -> 'Explain to me why did X', 'How does X?' -> 'Can you help me understand how does X', 'What does X
    mean?' -> "I don't get what X means"; other questions are kept."""
    if m := _MEANS.match(q):
        return f"I don't get what {m.group('x')} means{m.group('rest')}"
    if m := _WHY_HOW.match(q):
        lead = "Explain to me why " if m.group(1).lower() == "why" else "Can you help me understand how "
        return lead + q[m.end():].rstrip().rstrip("?").rstrip()
    return q


_SHORT = [(r"\bbillion\b", "bn"), (r"\bmillion\b", "mn"), (r"\bmarket\b", "mkt"), (r"\bpercentage points?\b", "pct points"),
          (r"\byear[- ](?:on|over)[- ]year\b", "y/y"), (r"\bcompound annual growth rate\b", "CAGR")]
_SYNONYMS = [(r"\brevenues\b", "turnover"), (r"\brevenue\b", "turnover"), (r"\benterprises\b", "firms"),
             (r"\bcompanies\b", "firms")]


def _swap(q: str, pairs: list[tuple[str, str]]) -> str:
    for pattern, short in pairs:
        q = re.sub(pattern, short, q)  # lower case only: 'Companies D and E', a title's 'Market' are names
    return q


def shorthand(q: str) -> str:
    """Business shorthand: 'billion' -> 'bn', 'market' -> 'mkt', 'percentage points' -> 'pct points', ..."""
    return _swap(q, _SHORT)


def synonyms(q: str) -> str:
    """Words the reports do not use: 'turnover' for revenue, 'firms' for enterprises and companies."""
    return _swap(q, _SYNONYMS)


def executive(q: str, expected: list, form: int) -> str:
    """'What was the X in 2024?' with a one-figure answer -> 'Was the X in 2024 <figure>?' (form 0, expected figure),
    'Did the X in 2024 pass <half of it>?' (1), 'Does the report put the X in 2024 above <1.5 times it>?' (2); 'Which/Who
    is the X?' with a one-label answer -> 'Is <label> the X?'; other questions kept."""
    if len(expected) != 1:
        return q
    answer = str(expected[0]).strip()
    if not _FIGURE.match(answer):
        m = re.match(r"^\s*(?:which|who)\s+(is|was)\s+(the\s+\S.*?)\s*\?\s*$", q, re.I)
        if m is None or len(answer.split()) > 4:
            return q
        return f"{m.group(1).capitalize()} {answer} {m.group(2)}?"
    m = _WH.match(q) or _HOW_BIG.match(q)
    if m is None or q.lstrip().lower().startswith("which"):
        return q
    t = confirm(_WH.sub("What is the ", q, count=0) if _WH.match(q) else "What is the " + q[m.end():])
    subject = t[len("Can you confirm "):].rstrip("?")
    if subject == q.rstrip("?") or subject.startswith("Can you"):
        return q
    source = _SOURCE_END.search(subject)
    subject, tail = (subject[:source.start()], source.group(0)) if source else (subject, "")
    verb = (m.group(0).split()[1].lower() if len(m.group(0).split()) > 1 and not m.group(0).split()[0].lower().endswith(
        ("'s", "’s")) else "is")
    if m.re is _HOW_BIG:
        verb = m.group("aux").lower()
    if form % 3 == 0:
        aux = {"will": "Will", "are": "Are", "were": "Were", "was": "Was"}.get(verb, "Is")
        return f"{aux} {subject} {'be ' if aux == 'Will' else ''}{answer}{tail}?"
    if form % 3 == 1:
        return f"Did {subject} pass {_scaled(answer, 0.5)}{tail}?"
    return f"Does the report put {subject} above {_scaled(answer, 1.5)}{tail}?"


# ordinary words a hurried typist misspells, each with its misspelling (never a name or a topic's word)
_TYPOS = (("according", "acording"), ("between", "betwen"), ("which", "wich"), ("their", "thier"),
          ("compared", "comapred"), ("approximately", "aproximately"), ("about", "abuot"), ("there", "tehre"),
          ("does", "dose"), ("what", "waht"))


def hurried(q: str) -> str:
    """A hurried typist: apostrophes dropped ('whats', 'Company Es'), 'how many' -> 'hw many', the first of a few
    ordinary words misspelt once, no closing mark."""
    t = q.replace("'", "").replace("’", "")
    t = re.sub(r"\b([Hh])ow many\b", lambda m: m.group(1) + "w many", t)
    for word, typo in _TYPOS:
        if re.search(rf"\b{word}\b", t):
            t = re.sub(rf"\b{word}\b", typo, t, count=1)
            break
    return t.rstrip().rstrip("?").rstrip()


_FILLERS = ("Hi, my manager asked me to find this out. ", "Quick one from the board: ",
            "Hello, forwarding a request from a client. Could you check this for me? ")


def forwarded(q: str, form: int) -> str:
    """A forwarded request: a greeting and filler before the question, three forms in turn."""
    return _FILLERS[form % 3] + q


def ballpark(q: str, unit: str, form: int) -> str:
    """'What was the X?' -> 'Roughly what was the X?', 'Ballpark, what was the X?', 'About what was the X?' in turn;
    'How many/big/much ...' and 'What share ...' take the same lead-ins; other questions kept."""
    if unit not in ("money", "percent", "count") or not re.match(r"^\s*(?:what|how\s+(?:many|much|big|large))\b", q, re.I):
        return q
    lead = ("Roughly ", "Ballpark, ", "About ")[form % 3]
    return lead + q[0].lower() + q[1:]


def put_last(q: str, form: int) -> str:
    """'What was the X in 2024?' -> 'The X in 2024 — what was it?' (form 0) or 'The X in 2024, please.' (form 1);
    questions without a what/which frame kept."""
    m = _WH.match(q)
    t = terse(q)
    if m is None or t == q.rstrip("?").rstrip() or q.lstrip().lower().startswith("which"):
        return q
    first = t.split()[0]
    subject = ("The " + t[0].lower() + t[1:]) if first.islower() or first in ("Share", "Size", "Number") else t
    aux = m.group(0).split()[1].lower() if not m.group(0).split()[0].lower().endswith(("'s", "’s")) else "is"
    if form % 2 == 0:
        return f"{subject} — what {'will it be' if aux == 'will' else aux + ' ' + ('they' if aux in ('are', 'were') else 'it')}?"
    return f"{subject}, please."


VOICES = {"o": lambda q, u: q, "a": lambda q, u: terse(q), "b": lambda q, u: articles_dropped(q),
          "c": lambda q, u: "For a slide: " + q, "d": lambda q, u: q.lower().rstrip("?").rstrip(), "e": number_to_use,
          "f": lambda q, u: context_first(q), "g": lambda q, u: confirm(q), "h": lambda q, u: shorthand(q),
          "i": lambda q, u: synonyms(q), "l": lambda q, u: student(q)}


def main(out: str) -> None:
    files = [p for p in sorted(GOLD_DIR.glob("*.yaml")) if p.name not in UNSEEN_CONFIRM and not p.name.startswith("heldout")]
    items = [it for p in files for it in (yaml.safe_load(p.read_text()) or {}).get("questions", [])
             if it.get("split", "dev") == "dev"]
    for voice, rewrite in VOICES.items():
        qs = [{**it, "question": rewrite(it["question"], it.get("unit", "none"))} for it in items]
        Path(out, f"stress-{voice}.yaml").write_text(yaml.safe_dump({"questions": qs}, allow_unicode=True, sort_keys=False))
    for voice, right in (("j", True), ("k", False)):
        qs = [{**it, "question": fact_check(it["question"], it.get("expected") or [], right, (n + (not right)) % 2)}
              for n, it in enumerate(items)]
        Path(out, f"stress-{voice}.yaml").write_text(yaml.safe_dump({"questions": qs}, allow_unicode=True, sort_keys=False))
    turns = {"m": lambda q, it, n: executive(q, it.get("expected") or [], n), "n": lambda q, it, n: hurried(q),
             "r": lambda q, it, n: forwarded(q, n), "p": lambda q, it, n: ballpark(q, it.get("unit", "none"), n),
             "q": lambda q, it, n: put_last(q, n)}
    for voice, rewrite in turns.items():
        qs = [{**it, "question": rewrite(it["question"], it, n)} for n, it in enumerate(items)]
        Path(out, f"stress-{voice}.yaml").write_text(yaml.safe_dump({"questions": qs}, allow_unicode=True, sort_keys=False))


if __name__ == "__main__":
    main(sys.argv[1])
