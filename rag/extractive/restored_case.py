"""An all-lower-case question ('what was india's share in 2024') with its names' case given back as the
reports write them ('India'), so the steps that read capitals as names (places, firms, sources) read them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..snapshot_memo import kept
from .lower_names import named_lower

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.-]*[A-Za-z0-9]|[A-Za-z]")
_AFTER_PLAIN = re.compile(r"(?:(?<![\w.-])[a-z][a-z-]*|\d[\d.]*),? $")  # right after a word with no capital or a number
_SENTENCE_END = re.compile(r"[.!?:;•\n|&(/]\s*$")
MIN_SEEN = 2  # a form seen once is no evidence of how the reports write a word
# a capitalised word and the capitalised words, numbers and versions after it: 'Gemini 2.5 Pro', 'MiniMax M2'
_NAME_RUN = re.compile(r"(?<![\w.-])[A-Z][\w&.-]*[\w](?:[ ](?:[A-Z0-9][\w&.-]*[\w]|[A-Z0-9]|v\d[\w.]*\w|\((?:[A-Z0-9][^()]*)\)))+")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with"}


def _running(part: str) -> str:
    """`part` without a label before its colon ('Enterprise Distribution: By 1H 2024 ...'): a label is a heading."""
    head, colon, rest = part.partition(":")
    return rest if colon and len(head.split()) <= 4 else part


def _title_line(line: str, in_table: bool) -> bool:
    """A heading written in title case ('Model-based Revenue Share of Key Players'): its capitals say
    nothing of how a word is written in running text."""
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
    return len(words) >= (3 if in_table else 2) and 3 * sum(w[0].isupper() for w in words) >= 2 * len(words)


def case_forms(texts: Iterable[str]) -> dict[str, str]:
    """Lower-cased word or word pair -> the form the texts write it in, where that form has a capital
    and outnumbers every other form (seen twice, or once and never otherwise, right after a lower-case
    word or with an inner capital); words opening a sentence or a line are not counted (their capital is the sentence's)."""
    counts: dict[str, Counter] = {}
    within: set[str] = set()  # capitalised words right after a word with no capital ('apps such as Talkie', '3.5 Sonnet')
    lines = [line for t in texts for line in t.splitlines()]
    for cell in (_running(part) for line in lines if "|" in line or ";" in line for part in re.split(r"[|;]", line)):
        for run in _NAME_RUN.finditer(cell):  # 'Veo 3 Preview (No Audio)' in a table cell: a name, kept whole
            if any(c.isupper() for c in run.group()[run.group().find(" "):]):
                counts.setdefault(run.group().lower(), Counter())[run.group()] += MIN_SEEN
    for text in (_running(part) for line in lines for part in re.split(r"[|;]", line)
                 if not _title_line(part, "|" in line or ";" in line)):
        prev, prev_end = None, 0
        for m in _WORD.finditer(text):
            w = m.group().rstrip(".")
            opening = m.start() == 0 or bool(_SENTENCE_END.search(text[max(0, m.start() - 3):m.start()]))
            if not opening:
                counts.setdefault(w.lower(), Counter())[w] += 1
                if w[0].isupper() and _AFTER_PLAIN.search(text[max(0, m.start() - 24):m.start()]):
                    within.add(w)
                if prev is not None and text[prev_end:m.start()] == " ":
                    pair = f"{prev} {w}"  # 'Company B' opening a cell: the capital of B still tells
                    counts.setdefault(pair.lower(), Counter())[pair] += 1
            prev, prev_end = w, m.start() + len(w)
    forms: dict[str, str] = {}
    for low, seen in counts.items():
        form, n = seen.most_common(1)[0]
        pair_named = low.count(" ") != 1 or form.split(" ")[1] != low.split(" ")[1]  # a pair only for its second word
        # a word written once and never otherwise, capitalised after a lower-case word or with an inner
        # capital ('GPQA', 'SWE-bench'; no sentence or heading gives those): a name a report mentions once
        once = n == sum(seen.values()) == 1 and " " not in low and (form in within or any(c.isupper() for c in form[1:]))
        if form != low and (n >= MIN_SEEN or once) and n * 4 >= 3 * sum(seen.values()) and pair_named:
            forms[low] = form
    return forms


def restored(question: str, forms: dict[str, str]) -> str:
    """`question` with the case of its words given back from `forms` (word pairs first), when it is
    written wholly in lower case; a question with any capital is returned as it is."""
    if question != question.lower() or not forms:
        return question
    runs = sorted((k for k in forms if k.count(" ") >= 2 or not _WORD.fullmatch(k.split(" ")[-1])), key=len, reverse=True)
    for run in runs:  # the longest names first; a name inside a word is not one
        if run not in question:
            continue  # the pattern is the run itself between word bounds: absent, nothing to replace
        question = re.sub(rf"(?<![\w-]){re.escape(run)}(?![\w-])", lambda m, f=forms[run]: f, question)
    return _labels(_words(question, forms))


_LETTER = r"(?<![\w'’.-])[a-z](?![\w-])"
_LABELLED = re.compile(r"([A-Za-z]+)((?:\s+" + _LETTER + r"(?:,|\s+and|\s+or)?)+)")


def _labels(question: str) -> str:
    """Lone letters as labels: 'company b', 'companies d, e and f' -> 'Company B', 'Companies D, E and F'
    (English has no one-letter word but 'a' and 'i': they are labels after a noun that takes one)."""
    nouns = {m.group(1).lower() for m in _LABELLED.finditer(question) if re.search(r"[b-hj-z]", m.group(2))}

    def upper(m: re.Match) -> str:
        noun, rest = m.group(1), m.group(2)
        if noun.lower() not in nouns and not noun[0].isupper() or noun.lower() in _SMALL:
            return m.group()
        return noun[0].upper() + noun[1:] + re.sub(_LETTER, lambda x: x.group().upper(), rest)
    return _LABELLED.sub(upper, question)


def _words(question: str, forms: dict[str, str]) -> str:
    """`question` with each word (or word pair) written as `forms` has it."""
    out, words, i = [], list(_WORD.finditer(question)), 0
    pos = 0
    while i < len(words):
        m = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        pair = nxt and question[m.end():nxt.start()] == " " and forms.get(f"{m.group()} {nxt.group()}".lower())
        if pair:
            out.append(question[pos:m.start()] + pair)
            pos, i = nxt.end(), i + 2
            continue
        w = m.group().rstrip(".")
        out.append(question[pos:m.start()] + forms.get(w, w))
        pos, i = m.start() + len(w), i + 1
    out.append(question[pos:])
    return "".join(out)


def with_case(question: str, snapshot: Any) -> str:
    """`question` with its names' case given back from the reports in `snapshot` (see `restored`), and
    the names the reports never write given a capital by their kind (see `lower_names`)."""
    if question != question.lower():
        return question
    if snapshot is None or not hasattr(snapshot, "chunks"):
        return question
    return named_lower(restored(question, report_forms(snapshot)), lower_text(snapshot))


def report_forms(snapshot: Any) -> dict[str, str]:
    """The case forms of the words the reports in `snapshot` write (`case_forms`), kept with the snapshot."""
    return kept(snapshot, ("case_forms",), lambda: case_forms(c.text for c in snapshot.chunks))


def lower_text(snapshot: Any) -> str:
    """The text of every chunk of `snapshot`, lower-cased and joined by lines, kept with the snapshot."""
    return kept(snapshot, ("lower_text",), lambda: "\n".join(c.text.lower() for c in snapshot.chunks))
