"""Table-structure stress: small made-up reports, one financial table each, with answers known by construction.

`python -m eval.table_stress gen OUT_DIR [--seed S] [--n N]` writes OUT_DIR/reports/*.html|*.md and OUT_DIR/stress.yaml
(gold format, `report` names the file). `python -m eval.table_stress run OUT_DIR [--json]` ingests every report into a
private index (as the TAT-QA runner does), asks each question within its own report and prints the outcomes by table
structure x question kind. Structures: two header rows, indented sub-rows under a parent, a total row, the scale in the
caption, negatives in parentheses, percent columns, years as rows, two side-by-side column groups, a label column that
is not first, and a Markdown pipe table. Kinds: cell, change, larger (which column), largest (which row), list, count.
WIDE_STRUCTURES (eval/table_stress_wide.py, drawn from a second seeded generator, so the first set's cases stay
identical) add what annual-report tables have and TAT-QA asks: a share of a total row, a ratio of two rows, a three-year
average, a section's row labels, a count of rows meeting a condition, non-year columns (carrying amount / fair value),
quarterly columns, and a scale stated only in the text under the table; kinds share, ratio, average, count_if. IFRS_STRUCTURES (eval/table_stress_ifrs.py,
a third generator) add IFRS / UK / European / Asian shapes: a currency row under the years, 'Group | Company', a restated
year, a roll-forward across columns, '2018/19' and 'FY2019' years, capitalised sections, 'Change | % Change' columns,
maturity buckets as columns; kind sum. 'In which year was X larger' over short split-year columns ('2022/23 | 2021/22')
expects the label as printed, what a reader of the report sees (the lead's decision, session 58); over 'FY2019' the
year; TAT-QA's full-year '2017/2018' form (not generated here) keeps its convention, the year it ends (2019).
The shared parts (a case, figure writing, a page with one table, the common questions) are eval/table_stress_parts.py.
The questions are machine-made from each table (answers by construction), so they are fair to tune on; still, no rule
may key on their wording: a fix must be a general property of tables or questions.
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from eval.table_stress_ifrs import IFRS_STRUCTURES, make_ifrs
from eval.table_stress_parts import (PARENTS, Case, ask, common_questions, distinct_values, fmt, html_page,
                                     markdown_page, two_years)
from eval.table_stress_wide import WIDE_STRUCTURES, make_wide

STRUCTURES = ("two_header", "indented", "total", "scale_caption", "negative", "percent_col", "years_rows",
              "side_by_side", "label_second", "markdown", "same_subrows", "change_col", "scale_corner", "three_years", "rollforward",
              "css_indent", "dollar_cells", "footnoted")
KINDS = ("cell", "cells", "change", "larger", "largest", "list", "count", "share", "ratio", "average", "count_if", "sum")
# question kind -> TAT-QA answer type (for eval.tatqa.normalise's matching)
ANSWER_TYPE = {"cell": "span", "cells": "multi-span", "change": "arithmetic", "larger": "span", "largest": "span", "list": "multi-span",
               "count": "count", "share": "arithmetic", "ratio": "arithmetic", "average": "arithmetic", "count_if": "count",
               "sum": "arithmetic"}
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


def make_case(structure: str, idx: int, rng: random.Random) -> Case:
    """One report of `structure` with its questions; deterministic in `rng`."""
    name = f"ts-{idx:03d}-{structure}"
    case = Case(name, structure, "")
    title = f"Company {chr(65 + idx % 26)}{idx} annual report"
    y1, y0 = two_years(rng)
    cols = [str(y1), str(y0)]
    n = rng.randint(3, 5)
    labels = rng.sample(ITEMS, n)
    grid = [distinct_values(rng, 2) for _ in labels]
    heading = rng.choice(HEADINGS)
    if structure == "two_header":
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", [[("", 1), (heading, 2)], [("", 1), (cols[0], 1), (cols[1], 1)]], body)
        common_questions(case, rng, labels, cols, grid)
    elif structure in ("indented", "total"):
        parent = rng.choice(PARENTS)
        body = [[f"{parent}:", "", ""]] + [[f"    {lab}", fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        if structure == "total":
            body.append([f"Total {parent.lower()}", fmt(tot[0]), fmt(tot[1])])
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        common_questions(case, rng, labels, cols, grid)
        ask(case, "list", f"What are the components of {parent.lower()}?", list(labels))
        ask(case, "count", f"How many components of {parent.lower()} are listed?", [str(n)])
        if structure == "total":
            ask(case, "cell", f"What was the total {parent.lower()} in {cols[1]}?", [fmt(tot[1])])
    elif structure == "scale_caption":
        unit = rng.choice(("thousand", "million"))
        body = [[lab, f"${fmt(a)}", f"${fmt(b)}"] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, f"(in {unit}s, except percentages)", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        common_questions(case, rng, labels, cols, grid, scale=unit)
    elif structure == "negative":
        grid = [[v if rng.random() < 0.5 else -v for v in row] for row in grid]
        body = [[lab, fmt(a, True), fmt(b, True)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        common_questions(case, rng, labels, cols, grid, parens=True)
    elif structure == "percent_col":
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        pct = [[round(100 * g[0] / tot[0], 1), round(100 * g[1] / tot[1], 1)] for g in grid]
        body = [[lab, fmt(a), f"{p:.1f}%", fmt(b), f"{q:.1f}%"] for lab, (a, b), (p, q) in zip(labels, grid, pct)]
        head = [[("", 1), (cols[0], 2), (cols[1], 2)], [("", 1), ("Amount", 1), ("% of total", 1), ("Amount", 1),
                                                          ("% of total", 1)]]
        case.text = html_page(title, "", head, body)
        common_questions(case, rng, labels, cols, grid)
        i = rng.randrange(n)
        ask(case, "cell", f"What was the {labels[i]} as a percentage of total in {cols[0]}?", [f"{pct[i][0]:.1f}"],
           "percent")
    elif structure == "years_rows":
        measures = rng.sample(MEASURES, 3)
        years = [y1, y0, y0 - 1]
        vals = [distinct_values(rng, 3) for _ in years]  # vals[year][measure]
        body = [[str(y)] + [fmt(v) for v in row] for y, row in zip(years, vals)]
        case.text = html_page(title, "", [[("Year", 1)] + [(m, 1) for m in measures]], body)
        m = rng.randrange(3)
        ask(case, "cell", f"What was the {measures[m]} in {y0}?", [fmt(vals[1][m])])
        ask(case, "change", f"What was the change in {measures[m]} between {y0} and {y1}?",
           [fmt(vals[0][m] - vals[1][m])])
        top = max(range(3), key=lambda k: vals[k][m])
        ask(case, "larger", f"In which year was the {measures[m]} the highest?", [str(years[top])])
        ask(case, "count", "How many years does the table cover?", ["3"])
    elif structure == "side_by_side":
        ga, gb = rng.choice(GROUPS)
        grid2 = [distinct_values(rng, 2) for _ in labels]
        body = [[lab, fmt(a), fmt(b), fmt(c), fmt(d)] for lab, (a, b), (c, d) in zip(labels, grid, grid2)]
        head = [[("", 1), (ga, 2), (gb, 2)], [("", 1), (cols[0], 1), (cols[1], 1), (cols[0], 1), (cols[1], 1)]]
        case.text = html_page(title, "", head, body)
        i = rng.randrange(n)
        ask(case, "cell", f"What was the {gb} {labels[i]} in {cols[1]}?", [fmt(grid2[i][1])])
        ask(case, "cell", f"What was the {ga} {labels[i]} in {cols[0]}?", [fmt(grid[i][0])])
        ask(case, "change", f"What was the change in {gb} {labels[i]} between {cols[1]} and {cols[0]}?",
           [fmt(grid2[i][0] - grid2[i][1])])
    elif structure == "label_second":
        body = [[f"{k + 3}", lab, fmt(a), fmt(b)] for k, (lab, (a, b)) in enumerate(zip(labels, grid))]
        case.text = html_page(title, "", [[("Note", 1), ("", 1), (cols[0], 1), (cols[1], 1)]], body)
        common_questions(case, rng, labels, cols, grid)
    elif structure == "markdown":
        parent = rng.choice(PARENTS)
        body = [[f"{parent}:", "", ""]] + [[f"{lab}", fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        body.append([f"Total {parent.lower()}", fmt(sum(g[0] for g in grid)), fmt(sum(g[1] for g in grid))])
        case.text = markdown_page(title, heading, ["", cols[0], cols[1]], body)
        common_questions(case, rng, labels, cols, grid)
        ask(case, "count", f"How many components of {parent.lower()} are listed?", [str(n)])
    elif structure == "same_subrows":
        pa, pb = rng.choice(PAIRED_PARENTS)
        subs = rng.sample(SUBROWS, 3)
        ga, gb = [distinct_values(rng, 2) for _ in subs], [distinct_values(rng, 2) for _ in subs]
        body = [[f"{pa}:", "", ""]] + [[f"    {lab}", fmt(a), fmt(b)] for lab, (a, b) in zip(subs, ga)]
        body += [[f"{pb}:", "", ""]] + [[f"    {lab}", fmt(a), fmt(b)] for lab, (a, b) in zip(subs, gb)]
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        i = rng.randrange(3)
        ask(case, "cell", f"What was the {pb.lower()} {subs[i].lower()} amount in {cols[0]}?", [fmt(gb[i][0])])
        ask(case, "cell", f"What was the {pa.lower()} {subs[i].lower()} amount in {cols[1]}?", [fmt(ga[i][1])])
        ask(case, "change", f"What was the change in the {pb.lower()} {subs[i].lower()} amount between {cols[1]} and "
           f"{cols[0]}?", [fmt(gb[i][0] - gb[i][1])])
        ask(case, "list", f"What are the {pb.lower()} items?", list(subs))
    elif structure == "change_col":
        pct = [round(100 * (a - b) / b, 1) for a, b in grid]
        body = [[lab, fmt(a), fmt(b), f"{p:.1f}%"] for lab, (a, b), p in zip(labels, grid, pct)]
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1), ("% Change", 1)]], body)
        common_questions(case, rng, labels, cols, grid)
        i = rng.randrange(n)
        ask(case, "cell", f"What was the percentage change in {labels[i]} between {cols[1]} and {cols[0]}?",
           [f"{pct[i]:.1f}"], "percent")
    elif structure == "scale_corner":
        unit = rng.choice(("thousands", "millions"))
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", [[(f"(In {unit})", 1), (cols[0], 1), (cols[1], 1)]], body)
        common_questions(case, rng, labels, cols, grid, scale=unit[:-1])
    elif structure == "three_years":
        y2 = y0 - 1
        grid3 = [g + distinct_values(rng, 1) for g in grid]
        body = [[lab, fmt(a), fmt(b), fmt(c)] for lab, (a, b, c) in zip(labels, grid3)]
        case.text = html_page(title, "", [[("", 1), (heading, 3)], [("", 1), (cols[0], 1), (cols[1], 1), (str(y2), 1)]],
                          body)
        i = rng.randrange(n)
        ask(case, "cell", f"What was the {labels[i]} in {y2}?", [fmt(grid3[i][2])])
        ask(case, "change", f"What was the change in {labels[i]} between {y2} and {cols[0]}?",
           [fmt(grid3[i][0] - grid3[i][2])])
        top = max(range(3), key=lambda k: grid3[i][k])
        ask(case, "larger", f"In which year was the {labels[i]} the highest?", [[cols[0], cols[1], str(y2)][top]])
        top = max(range(n), key=lambda k: grid3[k][2])
        ask(case, "largest", f"Which item had the highest value in {y2}?", [labels[top]])
    elif structure == "rollforward":
        start = distinct_values(rng, 2)
        adds, reds = distinct_values(rng, 2, 50, 9000), distinct_values(rng, 2, 50, 9000)
        end = [s0 + a - r for s0, a, r in zip(start, adds, reds)]
        body = [["Balance at beginning of year", fmt(start[0]), fmt(start[1])],
                ["Additions", fmt(adds[0]), fmt(adds[1])], ["Reductions", fmt(-reds[0], True), fmt(-reds[1], True)],
                ["Balance at end of year", fmt(end[0]), fmt(end[1])]]
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body)
        ask(case, "cell", f"What was the balance at end of year in {cols[1]}?", [fmt(end[1])])
        ask(case, "cell", f"What were the additions in {cols[0]}?", [fmt(adds[0])])
        ask(case, "change", f"What was the change in additions between {cols[1]} and {cols[0]}?",
           [fmt(adds[0] - adds[1])])
        ask(case, "count", "How many line items are in the table?", ["4"])
    elif structure == "css_indent":
        parent = rng.choice(PARENTS)
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        rows = [f"<tr><td>{html.escape(parent)}</td><td>{fmt(tot[0])}</td><td>{fmt(tot[1])}</td></tr>"]
        rows += [f"<tr><td style=\"padding-left:12pt\">{html.escape(lab)}</td><td>{fmt(a)}</td><td>{fmt(b)}</td></tr>"
                 for lab, (a, b) in zip(labels, grid)]
        case.text = (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\n"
                     f"<h1>{title}</h1>\n<table>\n<tr><th></th><th>{cols[0]}</th><th>{cols[1]}</th></tr>\n"
                     + "\n".join(rows) + "\n</table>\n</body></html>\n")
        common_questions(case, rng, labels, cols, grid)
        ask(case, "cell", f"What was the total {parent.lower()} in {cols[1]}?", [fmt(tot[1])])
        ask(case, "list", f"What are the components of {parent.lower()}?", list(labels))
    elif structure == "dollar_cells":
        body = [[lab, "$", fmt(a), "$", fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", [[("", 1), (cols[0], 2), (cols[1], 2)]], body)
        common_questions(case, rng, labels, cols, grid)
    elif structure == "footnoted":
        body = [[f"{lab} ({k + 1})", fmt(a), fmt(b)] for k, (lab, (a, b)) in enumerate(zip(labels, grid))]
        note = " ".join(f"({k + 1}) Includes amounts for {lab.lower()} of acquired businesses." for k, lab in enumerate(labels))
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1)]], body, note)
        common_questions(case, rng, labels, cols, grid)
    elif structure in IFRS_STRUCTURES:
        return make_ifrs(case, structure, rng, title, y1, labels, grid)
    else:
        return make_wide(case, structure, rng, title, cols, labels, grid)
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
