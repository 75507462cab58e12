"""Table-structure stress: small made-up reports, one financial table each, with answers known by construction.

`python -m eval.table_stress gen OUT_DIR [--seed S] [--n N]` writes OUT_DIR/reports/*.html|*.md and OUT_DIR/stress.yaml
(gold format, `report` names the file). `python -m eval.table_stress run OUT_DIR [--json]` ingests every report into a
private index (as the TAT-QA runner does), asks each question within its own report and prints the outcomes by table
structure x question kind. Structures: two header rows, indented sub-rows under a parent, a total row, the scale in the
caption, negatives in parentheses, percent columns, years as rows, two side-by-side column groups, a label column that
is not first, and a Markdown pipe table. Kinds: cell, change, larger (which column), largest (which row), list, count.
WIDE_STRUCTURES (drawn from a second seeded generator, so the first set's cases stay identical) add what annual-report
tables have and TAT-QA asks: a share of a total row, a ratio of two rows, a three-year average, a section's row labels,
a count of rows meeting a condition, non-year columns (carrying amount / fair value), quarterly columns, and a scale
stated only in the text under the table; kinds share, ratio, average, count_if. IFRS_STRUCTURES (eval/table_stress_ifrs.py,
a third generator) add IFRS / UK / European / Asian shapes: a currency row under the years, 'Group | Company', a restated
year, a roll-forward across columns, '2018/19' and 'FY2019' years, capitalised sections, 'Change | % Change' columns,
maturity buckets as columns; kind sum.
The questions are machine-made from each table (answers by construction), so they are fair to tune on; still, no rule
may key on their wording: a fix must be a general property of tables or questions.
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eval.table_stress_ifrs import IFRS_STRUCTURES, make_ifrs

STRUCTURES = ("two_header", "indented", "total", "scale_caption", "negative", "percent_col", "years_rows",
              "side_by_side", "label_second", "markdown", "same_subrows", "change_col", "scale_corner", "three_years", "rollforward",
              "css_indent", "dollar_cells", "footnoted")
WIDE_STRUCTURES = ("share_total", "ratio_rows", "average3", "sections", "count_cond", "value_cols", "quarters",
                   "scale_below")
KINDS = ("cell", "cells", "change", "larger", "largest", "list", "count", "share", "ratio", "average", "count_if", "sum")
# question kind -> TAT-QA answer type (for eval.tatqa.normalise's matching)
ANSWER_TYPE = {"cell": "span", "cells": "multi-span", "change": "arithmetic", "larger": "span", "largest": "span", "list": "multi-span",
               "count": "count", "share": "arithmetic", "ratio": "arithmetic", "average": "arithmetic", "count_if": "count",
               "sum": "arithmetic"}
PARENTS = ("Operating expenses", "Other income", "Current assets", "Accrued liabilities", "Cost of revenue",
           "Intangible assets", "Deferred tax assets", "Property and equipment", "Selling expenses", "Finance costs")
ITEMS = ("Research and development", "Sales and marketing", "General and administrative", "Depreciation",
         "Amortization of software", "Interest income", "Rental income", "Cash and equivalents", "Trade receivables",
         "Inventories", "Prepaid expenses", "Accrued payroll", "Warranty reserve", "Customer deposits",
         "Freight charges", "Hosting fees", "License royalties", "Restructuring charges", "Patents and trademarks",
         "Customer relationships", "Net operating losses", "Stock-based compensation", "Leasehold improvements",
         "Computer hardware", "Office furniture", "Advertising", "Travel and entertainment", "Bank charges",
         "Lease interest", "Legal settlements", "Subscription revenue", "Maintenance contracts")
MEASURES = ("Net revenue", "Gross profit", "Operating income", "Headcount", "Capital expenditure", "Free cash flow")
GROUPS = (("Domestic", "International"), ("Products", "Services"), ("Americas", "Europe"), ("Hardware", "Software"))
# sub-row labels that recur under several parents (filings' 'Current' / 'Deferred' blocks)
SUBROWS = ("Federal", "State", "Foreign", "Other")
PAIRED_PARENTS = (("Current", "Deferred"), ("Short-term", "Long-term"), ("Owned", "Leased"))
HEADINGS = ("Years Ended December 31,", "Fiscal Year Ended June 30,", "Year Ended September 30,")


@dataclass
class Case:
    """One report: its file name, text, structure, and questions (id, question, expected spans, kind, scale)."""

    name: str
    structure: str
    text: str
    questions: list[dict[str, Any]] = field(default_factory=list)


def _fmt(v: int, parens: bool = False) -> str:
    """A figure as a filing writes it: thousands commas, negatives in parentheses when `parens`."""
    s = f"{abs(v):,}"
    return (f"({s})" if parens else f"-{s}") if v < 0 else s


def _q(case: Case, kind: str, question: str, expected: list[str], scale: str = "") -> None:
    case.questions.append({"id": f"{case.name}-{len(case.questions) + 1}", "question": question,
                           "expected": expected, "kind": kind, "scale": scale})


def _html(title: str, caption: str, head: list[list[tuple[str, int]]], body: list[list[str]], note: str = "",
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


def _markdown(title: str, caption: str, head: list[str], body: list[list[str]]) -> str:
    rows = [head, ["---"] * len(head)] + body
    lines = ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows]
    return f"# {title}\n\n{caption}\n\n" + "\n".join(lines) + "\n"


def _years(rng: random.Random) -> tuple[int, int]:
    y = rng.randint(2016, 2023)
    return y, y - 1


def _values(rng: random.Random, n: int, lo: int = 120, hi: int = 98000) -> list[int]:
    vals: set[int] = set()
    while len(vals) < n:
        vals.add(rng.randint(lo, hi))
    return list(vals)


def _common(case: Case, rng: random.Random, labels: list[str], cols: list[str], grid: list[list[int]],
            scale: str = "", parens: bool = False) -> None:
    """Cell, change and larger-column questions on one labelled row of a two-year grid; largest row in column 0."""
    i = rng.randrange(len(labels))
    label, (a, b) = labels[i], grid[i]
    _q(case, "cell", f"What was the {label} in {cols[0]}?", [_fmt(a)], scale)
    _q(case, "change", f"What was the change in {label} between {cols[1]} and {cols[0]}?", [_fmt(a - b)], scale)
    _q(case, "cells", f"What was the {label} in {cols[0]} and {cols[1]}?", [_fmt(a), _fmt(b)], scale)
    j = (i + 1) % len(labels)
    if grid[j][0] != grid[j][1]:
        _q(case, "larger", f"In which year was the {labels[j]} larger?", [cols[0] if grid[j][0] > grid[j][1] else cols[1]])
    top = max(range(len(labels)), key=lambda k: grid[k][0])
    _q(case, "largest", f"Which item had the highest value in {cols[0]}?", [labels[top]])


def make_case(structure: str, idx: int, rng: random.Random) -> Case:
    """One report of `structure` with its questions; deterministic in `rng`."""
    name = f"ts-{idx:03d}-{structure}"
    case = Case(name, structure, "")
    title = f"Company {chr(65 + idx % 26)}{idx} annual report"
    y1, y0 = _years(rng)
    cols = [str(y1), str(y0)]
    n = rng.randint(3, 5)
    labels = rng.sample(ITEMS, n)
    grid = [_values(rng, 2) for _ in labels]
    heading = rng.choice(HEADINGS)
    if structure == "two_header":
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", [[("", 1), (heading, 2)], [("", 1), (cols[0], 1), (cols[1], 1)]], body)
        _common(case, rng, labels, cols, grid)
    elif structure in ("indented", "total"):
        parent = rng.choice(PARENTS)
        body = [[f"{parent}:", "", ""]] + [[f"    {lab}", _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        if structure == "total":
            body.append([f"Total {parent.lower()}", _fmt(tot[0]), _fmt(tot[1])])
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        _common(case, rng, labels, cols, grid)
        _q(case, "list", f"What are the components of {parent.lower()}?", list(labels))
        _q(case, "count", f"How many components of {parent.lower()} are listed?", [str(n)])
        if structure == "total":
            _q(case, "cell", f"What was the total {parent.lower()} in {cols[1]}?", [_fmt(tot[1])])
    elif structure == "scale_caption":
        unit = rng.choice(("thousand", "million"))
        body = [[lab, f"${_fmt(a)}", f"${_fmt(b)}"] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, f"(in {unit}s, except percentages)", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        _common(case, rng, labels, cols, grid, scale=unit)
    elif structure == "negative":
        grid = [[v if rng.random() < 0.5 else -v for v in row] for row in grid]
        body = [[lab, _fmt(a, True), _fmt(b, True)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        _common(case, rng, labels, cols, grid, parens=True)
    elif structure == "percent_col":
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        pct = [[round(100 * g[0] / tot[0], 1), round(100 * g[1] / tot[1], 1)] for g in grid]
        body = [[lab, _fmt(a), f"{p:.1f}%", _fmt(b), f"{q:.1f}%"] for lab, (a, b), (p, q) in zip(labels, grid, pct)]
        head = [[("", 1), (cols[0], 2), (cols[1], 2)], [("", 1), ("Amount", 1), ("% of total", 1), ("Amount", 1),
                                                          ("% of total", 1)]]
        case.text = _html(title, "", head, body)
        _common(case, rng, labels, cols, grid)
        i = rng.randrange(n)
        _q(case, "cell", f"What was the {labels[i]} as a percentage of total in {cols[0]}?", [f"{pct[i][0]:.1f}"],
           "percent")
    elif structure == "years_rows":
        measures = rng.sample(MEASURES, 3)
        years = [y1, y0, y0 - 1]
        vals = [_values(rng, 3) for _ in years]  # vals[year][measure]
        body = [[str(y)] + [_fmt(v) for v in row] for y, row in zip(years, vals)]
        case.text = _html(title, "", [[("Year", 1)] + [(m, 1) for m in measures]], body)
        m = rng.randrange(3)
        _q(case, "cell", f"What was the {measures[m]} in {y0}?", [_fmt(vals[1][m])])
        _q(case, "change", f"What was the change in {measures[m]} between {y0} and {y1}?",
           [_fmt(vals[0][m] - vals[1][m])])
        top = max(range(3), key=lambda k: vals[k][m])
        _q(case, "larger", f"In which year was the {measures[m]} the highest?", [str(years[top])])
        _q(case, "count", "How many years does the table cover?", ["3"])
    elif structure == "side_by_side":
        ga, gb = rng.choice(GROUPS)
        grid2 = [_values(rng, 2) for _ in labels]
        body = [[lab, _fmt(a), _fmt(b), _fmt(c), _fmt(d)] for lab, (a, b), (c, d) in zip(labels, grid, grid2)]
        head = [[("", 1), (ga, 2), (gb, 2)], [("", 1), (cols[0], 1), (cols[1], 1), (cols[0], 1), (cols[1], 1)]]
        case.text = _html(title, "", head, body)
        i = rng.randrange(n)
        _q(case, "cell", f"What was the {gb} {labels[i]} in {cols[1]}?", [_fmt(grid2[i][1])])
        _q(case, "cell", f"What was the {ga} {labels[i]} in {cols[0]}?", [_fmt(grid[i][0])])
        _q(case, "change", f"What was the change in {gb} {labels[i]} between {cols[1]} and {cols[0]}?",
           [_fmt(grid2[i][0] - grid2[i][1])])
    elif structure == "label_second":
        body = [[f"{k + 3}", lab, _fmt(a), _fmt(b)] for k, (lab, (a, b)) in enumerate(zip(labels, grid))]
        case.text = _html(title, "", [[("Note", 1), ("", 1), (cols[0], 1), (cols[1], 1)]], body)
        _common(case, rng, labels, cols, grid)
    elif structure == "markdown":
        parent = rng.choice(PARENTS)
        body = [[f"{parent}:", "", ""]] + [[f"{lab}", _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        body.append([f"Total {parent.lower()}", _fmt(sum(g[0] for g in grid)), _fmt(sum(g[1] for g in grid))])
        case.text = _markdown(title, heading, ["", cols[0], cols[1]], body)
        _common(case, rng, labels, cols, grid)
        _q(case, "count", f"How many components of {parent.lower()} are listed?", [str(n)])
    elif structure == "same_subrows":
        pa, pb = rng.choice(PAIRED_PARENTS)
        subs = rng.sample(SUBROWS, 3)
        ga, gb = [_values(rng, 2) for _ in subs], [_values(rng, 2) for _ in subs]
        body = [[f"{pa}:", "", ""]] + [[f"    {lab}", _fmt(a), _fmt(b)] for lab, (a, b) in zip(subs, ga)]
        body += [[f"{pb}:", "", ""]] + [[f"    {lab}", _fmt(a), _fmt(b)] for lab, (a, b) in zip(subs, gb)]
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        i = rng.randrange(3)
        _q(case, "cell", f"What was the {pb.lower()} {subs[i].lower()} amount in {cols[0]}?", [_fmt(gb[i][0])])
        _q(case, "cell", f"What was the {pa.lower()} {subs[i].lower()} amount in {cols[1]}?", [_fmt(ga[i][1])])
        _q(case, "change", f"What was the change in the {pb.lower()} {subs[i].lower()} amount between {cols[1]} and "
           f"{cols[0]}?", [_fmt(gb[i][0] - gb[i][1])])
        _q(case, "list", f"What are the {pb.lower()} items?", list(subs))
    elif structure == "change_col":
        pct = [round(100 * (a - b) / b, 1) for a, b in grid]
        body = [[lab, _fmt(a), _fmt(b), f"{p:.1f}%"] for lab, (a, b), p in zip(labels, grid, pct)]
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1), ("% Change", 1)]], body)
        _common(case, rng, labels, cols, grid)
        i = rng.randrange(n)
        _q(case, "cell", f"What was the percentage change in {labels[i]} between {cols[1]} and {cols[0]}?",
           [f"{pct[i]:.1f}"], "percent")
    elif structure == "scale_corner":
        unit = rng.choice(("thousands", "millions"))
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", [[(f"(In {unit})", 1), (cols[0], 1), (cols[1], 1)]], body)
        _common(case, rng, labels, cols, grid, scale=unit[:-1])
    elif structure == "three_years":
        y2 = y0 - 1
        grid3 = [g + _values(rng, 1) for g in grid]
        body = [[lab, _fmt(a), _fmt(b), _fmt(c)] for lab, (a, b, c) in zip(labels, grid3)]
        case.text = _html(title, "", [[("", 1), (heading, 3)], [("", 1), (cols[0], 1), (cols[1], 1), (str(y2), 1)]],
                          body)
        i = rng.randrange(n)
        _q(case, "cell", f"What was the {labels[i]} in {y2}?", [_fmt(grid3[i][2])])
        _q(case, "change", f"What was the change in {labels[i]} between {y2} and {cols[0]}?",
           [_fmt(grid3[i][0] - grid3[i][2])])
        top = max(range(3), key=lambda k: grid3[i][k])
        _q(case, "larger", f"In which year was the {labels[i]} the highest?", [[cols[0], cols[1], str(y2)][top]])
        top = max(range(n), key=lambda k: grid3[k][2])
        _q(case, "largest", f"Which item had the highest value in {y2}?", [labels[top]])
    elif structure == "rollforward":
        start = _values(rng, 2)
        adds, reds = _values(rng, 2, 50, 9000), _values(rng, 2, 50, 9000)
        end = [s0 + a - r for s0, a, r in zip(start, adds, reds)]
        body = [["Balance at beginning of year", _fmt(start[0]), _fmt(start[1])],
                ["Additions", _fmt(adds[0]), _fmt(adds[1])], ["Reductions", _fmt(-reds[0], True), _fmt(-reds[1], True)],
                ["Balance at end of year", _fmt(end[0]), _fmt(end[1])]]
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        _q(case, "cell", f"What was the balance at end of year in {cols[1]}?", [_fmt(end[1])])
        _q(case, "cell", f"What were the additions in {cols[0]}?", [_fmt(adds[0])])
        _q(case, "change", f"What was the change in additions between {cols[1]} and {cols[0]}?",
           [_fmt(adds[0] - adds[1])])
        _q(case, "count", "How many line items are in the table?", ["4"])
    elif structure == "css_indent":
        parent = rng.choice(PARENTS)
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        rows = [f"<tr><td>{html.escape(parent)}</td><td>{_fmt(tot[0])}</td><td>{_fmt(tot[1])}</td></tr>"]
        rows += [f"<tr><td style=\"padding-left:12pt\">{html.escape(lab)}</td><td>{_fmt(a)}</td><td>{_fmt(b)}</td></tr>"
                 for lab, (a, b) in zip(labels, grid)]
        case.text = (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\n"
                     f"<h1>{title}</h1>\n<table>\n<tr><th></th><th>{cols[0]}</th><th>{cols[1]}</th></tr>\n"
                     + "\n".join(rows) + "\n</table>\n</body></html>\n")
        _common(case, rng, labels, cols, grid)
        _q(case, "cell", f"What was the total {parent.lower()} in {cols[1]}?", [_fmt(tot[1])])
        _q(case, "list", f"What are the components of {parent.lower()}?", list(labels))
    elif structure == "dollar_cells":
        body = [[lab, "$", _fmt(a), "$", _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", [[("", 1), (cols[0], 2), (cols[1], 2)]], body)
        _common(case, rng, labels, cols, grid)
    elif structure == "footnoted":
        body = [[f"{lab} ({k + 1})", _fmt(a), _fmt(b)] for k, (lab, (a, b)) in enumerate(zip(labels, grid))]
        note = " ".join(f"({k + 1}) Includes amounts for {lab.lower()} of acquired businesses." for k, lab in enumerate(labels))
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body, note)
        _common(case, rng, labels, cols, grid)
    elif structure in IFRS_STRUCTURES:
        return make_ifrs(case, structure, rng, title, y1, labels, grid)
    else:
        return _make_wide(case, structure, rng, title, cols, labels, grid)
    return case


def _pct(x: float) -> str:
    return f"{x:.2f}"


def _make_wide(case: Case, structure: str, rng: random.Random, title: str, cols: list[str], labels: list[str],
               grid: list[list[int]]) -> Case:
    """The WIDE_STRUCTURES: shapes and question kinds of annual-report tables the first set lacks."""
    n = len(labels)
    head2 = [[("", 1), (cols[0], 1), (cols[1], 1)]]
    if structure == "share_total":
        parent = rng.choice(PARENTS)
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        body.append([f"Total {parent.lower()}", _fmt(tot[0]), _fmt(tot[1])])
        case.text = _html(title, "", head2, body)
        i, c = rng.randrange(n), rng.randrange(2)
        # TAT-QA's convention: a 'proportion' is the bare ratio (0.34), a 'percentage' is in percent (33.54)
        _q(case, "share", f"What proportion of total {parent.lower()} was {labels[i]} in {cols[c]}?",
           [_pct(grid[i][c] / tot[c])])
        _q(case, "share", f"What percentage of total {parent.lower()} was {labels[i]} in {cols[c]}?",
           [_pct(100 * grid[i][c] / tot[c])], "percent")
        _q(case, "cell", f"What was the total {parent.lower()} in {cols[0]}?", [_fmt(tot[0])])
    elif structure == "ratio_rows":
        i, j = rng.sample(range(n), 2)
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", head2, body)
        c = rng.randrange(2)
        _q(case, "ratio", f"What was the ratio of {labels[i]} to {labels[j]} in {cols[c]}?",
           [_pct(grid[i][c] / grid[j][c])])
        _q(case, "cell", f"What was the {labels[j]} in {cols[1]}?", [_fmt(grid[j][1])])
    elif structure == "average3":
        y2 = str(int(cols[1]) - 1)
        grid3 = [g + _values(rng, 1) for g in grid]
        body = [[lab, _fmt(a), _fmt(b), _fmt(c)] for lab, (a, b, c) in zip(labels, grid3)]
        case.text = _html(title, "", [[("", 1), (cols[0], 1), (cols[1], 1), (y2, 1)]], body)
        i = rng.randrange(n)
        _q(case, "average", f"What was the average {labels[i]} from {y2} to {cols[0]}?", [_pct(sum(grid3[i]) / 3)])
        _q(case, "average", f"What was the average {labels[i]} for {cols[1]} and {cols[0]}?",
           [_pct((grid3[i][0] + grid3[i][1]) / 2)])
    elif structure == "sections":
        pa, pb = rng.sample(PARENTS, 2)
        k = rng.randint(2, n - 1) if n > 2 else 1
        la, lb = labels[:k], labels[k:]
        body = [[f"{pa}:", "", ""]] + [[f"    {lab}", _fmt(a), _fmt(b)] for lab, (a, b) in zip(la, grid[:k])]
        body += [[f"{pb}:", "", ""]] + [[f"    {lab}", _fmt(a), _fmt(b)] for lab, (a, b) in zip(lb, grid[k:])]
        case.text = _html(title, "", head2, body)
        _q(case, "list", f"What are the items under {pa.lower()}?", list(la))
        i = rng.randrange(n)
        _q(case, "cells", f"What was the {labels[i]} in {cols[0]} and {cols[1]}?", [_fmt(grid[i][0]), _fmt(grid[i][1])])
    elif structure == "count_cond":
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", head2, body)
        up = sum(1 for a, b in grid if a > b)
        _q(case, "count_if", f"How many items increased from {cols[1]} to {cols[0]}?", [str(up)])
        thr = sorted(g[0] for g in grid)[n // 2]
        _q(case, "count_if", f"How many items exceeded {_fmt(thr)} in {cols[0]}?",
           [str(sum(1 for g in grid if g[0] > thr))])
    elif structure == "value_cols":
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        head = [[("", 1), (f"December 31, {cols[0]}", 2)], [("", 1), ("Carrying amount", 1), ("Fair value", 1)]]
        case.text = _html(title, "", head, body)
        i = rng.randrange(n)
        _q(case, "cell", f"What was the fair value of {labels[i]}?", [_fmt(grid[i][1])])
        _q(case, "cell", f"What was the carrying amount of {labels[i]}?", [_fmt(grid[i][0])])
        # TAT-QA dev 0:139: 'the difference between A and B' of one period is the larger less the smaller (6 of 6)
        _q(case, "change", f"What was the difference between the fair value and the carrying amount of {labels[i]}?",
           [_fmt(abs(grid[i][1] - grid[i][0]))])
    elif structure == "quarters":
        qs = ["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter"]
        gq = [_values(rng, 4) for _ in labels]
        body = [[lab] + [_fmt(v) for v in row] for lab, row in zip(labels, gq)]
        case.text = _html(title, "", [[("", 1), (f"Fiscal {cols[0]}", 4)], [("", 1)] + [(q, 1) for q in qs]], body)
        i, qi = rng.randrange(n), rng.randrange(4)
        _q(case, "cell", f"What was the {labels[i]} in the {qs[qi].lower()} of {cols[0]}?", [_fmt(gq[i][qi])])
        _q(case, "average", f"What was the average quarterly {labels[i]} in {cols[0]}?", [_pct(sum(gq[i]) / 4)])
    elif structure == "scale_below":
        unit = rng.choice(("thousands", "millions"))
        body = [[lab, _fmt(a), _fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = _html(title, "", head2, body, below=f"Amounts in the table above are in {unit} of dollars.")
        _common(case, rng, labels, cols, grid, scale=unit[:-1])
    else:
        raise ValueError(f"unknown structure {structure!r}")
    return case


def generate(seed: int = 13, per_structure: int = 4, wide: bool = True) -> list[Case]:
    """`per_structure` reports of every structure, deterministic in `seed`; the WIDE_STRUCTURES and the IFRS_STRUCTURES
    each from a further generator seeded from `seed`, so adding them leaves the earlier sets' cases as they were."""
    rng = random.Random(seed)
    cases = []
    for k in range(per_structure):
        for s in STRUCTURES:
            cases.append(make_case(s, len(cases), rng))
    if wide:
        rng2 = random.Random(seed * 7919 + 1)
        for k in range(per_structure):
            for s in WIDE_STRUCTURES:
                cases.append(make_case(s, len(cases), rng2))
        rng3 = random.Random(seed * 104729 + 3)
        for k in range(per_structure):
            for s in IFRS_STRUCTURES:
                cases.append(make_case(s, len(cases), rng3))
    return cases


def write(cases: list[Case], out: Path) -> Path:
    """OUT/reports/<name>.html|.md and OUT/stress.yaml (gold rows: report = the file name); returns the YAML path."""
    rep = out / "reports"
    rep.mkdir(parents=True, exist_ok=True)
    rows = []
    for c in cases:
        fname = f"{c.name}.{'md' if c.structure == 'markdown' else 'html'}"
        (rep / fname).write_text(c.text, encoding="utf-8")
        for q in c.questions:
            rows.append({"id": q["id"], "question": q["question"], "answerable": True, "expected": q["expected"],
                         "report": fname, "kind": "list" if q["kind"] == "list" else "figure", "split": "dev",
                         "notes": f"table_stress {c.structure} {q['kind']} scale={q['scale'] or '-'}"})
    path = out / "stress.yaml"
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (out / "cases.json").write_text(json.dumps([asdict(c) | {"text": None} for c in cases], indent=1), encoding="utf-8")
    return path


def run(cases: list[Case], out: Path) -> list[dict[str, Any]]:
    """Ingest the written reports into a private index under OUT/index and ask each question within its report."""
    from eval.matrix import settings_for
    from eval.metrics import answer_text
    from eval.tatqa.normalise import holds_gold, lead_exact
    from eval.tatqa.score import outcome_of
    from ingest.settings import Settings
    from rag.factory import build_app
    from rag.types import lead_of

    settings = Settings()
    app = build_app(settings_for(settings, out / "index", settings.chunk_tokens)).warm_up()
    paths = [out / "reports" / f"{c.name}.{'md' if c.structure == 'markdown' else 'html'}" for c in cases]
    report = app.library.ingest(paths)
    by_path = {Path(r.path).resolve(): r.doc_id for r in report.files if r.doc_id}
    rows = []
    for c, p in zip(cases, paths):
        doc = by_path.get(p.resolve())
        for q in c.questions:
            row = {"id": q["id"], "structure": c.structure, "kind": q["kind"], "question": q["question"],
                   "expected": q["expected"]}
            if doc is None:
                row.update(outcome="error", lead=None, answer="not ingested")
            else:
                a = app.assistant.ask(q["question"], doc_ids=[doc])
                text, lead = answer_text(a), lead_of(a.figure, a.answer or "")
                right = lead_exact(lead, q["expected"], ANSWER_TYPE[q["kind"]], q["scale"])
                outcome = outcome_of(a.abstained, right, holds_gold(text, q["expected"], q["scale"]))
                row.update(outcome=outcome, lead=lead, answer=text[:300])
            rows.append(row)
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """Right leads / questions per structure x kind, plus wrong and abstained totals per structure."""
    cnt: Counter = Counter()
    for r in rows:
        cnt[(r["structure"], r["kind"], "n")] += 1
        cnt[(r["structure"], r["kind"], r["outcome"])] += 1
    lines = ["| structure | " + " | ".join(KINDS) + " | wrong | abst |", "|---" * (len(KINDS) + 3) + "|"]
    every = STRUCTURES + WIDE_STRUCTURES + IFRS_STRUCTURES
    for s in every + ("all",):
        cells = []
        for k in KINDS:
            n = sum(cnt[(t, k, "n")] for t in every if s in ("all", t))
            ok = sum(cnt[(t, k, "right")] for t in every if s in ("all", t))
            cells.append(f"{ok}/{n}" if n else "-")
        wr = sum(cnt[(t, k, "wrong")] for t in every for k in KINDS if s in ("all", t))
        ab = sum(cnt[(t, k, "abstained")] for t in every for k in KINDS if s in ("all", t))
        lines.append(f"| {s} | " + " | ".join(cells) + f" | {wr} | {ab} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m eval.table_stress")
    p.add_argument("cmd", choices=("gen", "run"))
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--n", type=int, default=4, help="reports per structure")
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    cases = generate(a.seed, a.n)
    write(cases, a.out)
    if a.cmd == "gen":
        print(f"wrote {len(cases)} reports, {sum(len(c.questions) for c in cases)} questions to {a.out}")
        return 0
    rows = run(cases, a.out)
    (a.out / "results.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(rows, indent=1) if a.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
