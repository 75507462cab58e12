"""The shared parts of the table-stress generators (eval.table_stress and its WIDE and IFRS sets): a case, how a
figure is written, an HTML or Markdown page holding one table, and the cell / change / larger / largest questions
every two-year grid gets."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from typing import Any

PARENTS = ("Operating expenses", "Other income", "Current assets", "Accrued liabilities", "Cost of revenue",
           "Intangible assets", "Deferred tax assets", "Property and equipment", "Selling expenses", "Finance costs")


@dataclass
class Case:
    """One report: its file name, text, structure, and questions (id, question, expected spans, kind, scale)."""

    name: str
    structure: str
    text: str
    questions: list[dict[str, Any]] = field(default_factory=list)


def fmt(v: int, parens: bool = False) -> str:
    """A figure as a filing writes it: thousands commas, negatives in parentheses when `parens`."""
    s = f"{abs(v):,}"
    return (f"({s})" if parens else f"-{s}") if v < 0 else s


def ask(case: Case, kind: str, question: str, expected: list[str], scale: str = "") -> None:
    """Add a question to `case`, numbered after the ones it has."""
    case.questions.append({"id": f"{case.name}-{len(case.questions) + 1}", "question": question,
                           "expected": expected, "kind": kind, "scale": scale})


def html_page(title: str, caption: str, head: list[list[tuple[str, int]]], body: list[list[str]], note: str = "",
          below: str = "") -> str:
    """A titled HTML page with one table: header rows of (text, colspan) cells, body rows of texts (a leading run of
    spaces in a body cell becomes that many &nbsp;, the indentation filings use)."""
    e = html.escape
    thead = "".join("<tr>" + "".join(f"<th colspan=\"{n}\">{e(t)}</th>" if n > 1 else f"<th>{e(t)}</th>"
                                     for t, n in row) + "</tr>\n" for row in head)

    def cell(t: str) -> str:
        pad = len(t) - len(t.lstrip(" "))
        return "<td>" + "&nbsp;" * pad + e(t.lstrip(" ")) + "</td>"

    tbody = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>\n" for row in body)
    cap = f"<caption>{e(caption)}</caption>\n" if caption else ""
    para = f"<p>{e(note)}</p>\n" if note else ""
    after = f"<p>{e(below)}</p>\n" if below else ""
    return (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{e(title)}</title></head><body>\n"
            f"<h1>{e(title)}</h1>\n{para}<table>\n{cap}<thead>\n{thead}</thead>\n<tbody>\n{tbody}</tbody>\n</table>\n"
            f"{after}</body></html>\n")


def markdown_page(title: str, caption: str, head: list[str], body: list[list[str]]) -> str:
    """A titled Markdown page with one pipe table."""
    rows = [head, ["---"] * len(head)] + body
    lines = ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows]
    return f"# {title}\n\n{caption}\n\n" + "\n".join(lines) + "\n"


def two_years(rng: random.Random) -> tuple[int, int]:
    """A report year and the one before it."""
    y = rng.randint(2016, 2023)
    return y, y - 1


def distinct_values(rng: random.Random, n: int, lo: int = 120, hi: int = 98000) -> list[int]:
    """`n` distinct figures in [lo, hi], in the order a set gives them back."""
    vals: set[int] = set()
    while len(vals) < n:
        vals.add(rng.randint(lo, hi))
    return list(vals)


def common_questions(case: Case, rng: random.Random, labels: list[str], cols: list[str], grid: list[list[int]],
            scale: str = "", parens: bool = False) -> None:
    """Cell, change and larger-column questions on one labelled row of a two-year grid; largest row in column 0."""
    i = rng.randrange(len(labels))
    label, (a, b) = labels[i], grid[i]
    ask(case, "cell", f"What was the {label} in {cols[0]}?", [fmt(a)], scale)
    ask(case, "change", f"What was the change in {label} between {cols[1]} and {cols[0]}?", [fmt(a - b)], scale)
    ask(case, "cells", f"What was the {label} in {cols[0]} and {cols[1]}?", [fmt(a), fmt(b)], scale)
    j = (i + 1) % len(labels)
    if grid[j][0] != grid[j][1]:
        ask(case, "larger", f"In which year was the {labels[j]} larger?", [cols[0] if grid[j][0] > grid[j][1] else cols[1]])
    top = max(range(len(labels)), key=lambda k: grid[k][0])
    ask(case, "largest", f"Which item had the highest value in {cols[0]}?", [labels[top]])


def two_places(x: float) -> str:
    """A ratio or average as the answers write it: two decimals."""
    return f"{x:.2f}"
