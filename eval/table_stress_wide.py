"""The WIDE_STRUCTURES of eval.table_stress (drawn from their own seeded generator): what annual-report tables have
and TAT-QA asks: a share of a total row, a ratio of two rows, a three-year average, a section's row labels, a count of
rows meeting a condition, non-year columns, quarterly columns, and a scale stated only in the text under the table."""

from __future__ import annotations

import random

from eval.table_stress_parts import (PARENTS, Case, ask, common_questions, distinct_values, fmt, html_page,
                                     two_places)

WIDE_STRUCTURES = ("share_total", "ratio_rows", "average3", "sections", "count_cond", "value_cols", "quarters",
                   "scale_below")


def make_wide(case: Case, structure: str, rng: random.Random, title: str, cols: list[str], labels: list[str],
               grid: list[list[int]]) -> Case:
    """The WIDE_STRUCTURES: shapes and question kinds of annual-report tables the first set lacks."""
    n = len(labels)
    head2 = [[("", 1), (cols[0], 1), (cols[1], 1)]]
    if structure == "share_total":
        parent = rng.choice(PARENTS)
        tot = [sum(g[0] for g in grid), sum(g[1] for g in grid)]
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        body.append([f"Total {parent.lower()}", fmt(tot[0]), fmt(tot[1])])
        case.text = html_page(title, "", head2, body)
        i, c = rng.randrange(n), rng.randrange(2)
        # 'what proportion of W was P' asks a part of a whole, which report writers give in percent (33.54), as
        # for 'what percentage'; only TAT-QA's 'the proportion of A over B' / 'A as a proportion of B' is a bare ratio
        ask(case, "share", f"What proportion of total {parent.lower()} was {labels[i]} in {cols[c]}?",
           [two_places(100 * grid[i][c] / tot[c])], "percent")
        ask(case, "share", f"What percentage of total {parent.lower()} was {labels[i]} in {cols[c]}?",
           [two_places(100 * grid[i][c] / tot[c])], "percent")
        ask(case, "cell", f"What was the total {parent.lower()} in {cols[0]}?", [fmt(tot[0])])
    elif structure == "ratio_rows":
        i, j = rng.sample(range(n), 2)
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", head2, body)
        c = rng.randrange(2)
        ask(case, "ratio", f"What was the ratio of {labels[i]} to {labels[j]} in {cols[c]}?",
           [two_places(grid[i][c] / grid[j][c])])
        ask(case, "cell", f"What was the {labels[j]} in {cols[1]}?", [fmt(grid[j][1])])
    elif structure == "average3":
        y2 = str(int(cols[1]) - 1)
        grid3 = [g + distinct_values(rng, 1) for g in grid]
        body = [[lab, fmt(a), fmt(b), fmt(c)] for lab, (a, b, c) in zip(labels, grid3)]
        case.text = html_page(title, "", [[("", 1), (cols[0], 1), (cols[1], 1), (y2, 1)]], body)
        i = rng.randrange(n)
        ask(case, "average", f"What was the average {labels[i]} from {y2} to {cols[0]}?", [two_places(sum(grid3[i]) / 3)])
        ask(case, "average", f"What was the average {labels[i]} for {cols[1]} and {cols[0]}?",
           [two_places((grid3[i][0] + grid3[i][1]) / 2)])
    elif structure == "sections":
        pa, pb = rng.sample(PARENTS, 2)
        k = rng.randint(2, n - 1) if n > 2 else 1
        la, lb = labels[:k], labels[k:]
        body = [[f"{pa}:", "", ""]] + [[f"    {lab}", fmt(a), fmt(b)] for lab, (a, b) in zip(la, grid[:k])]
        body += [[f"{pb}:", "", ""]] + [[f"    {lab}", fmt(a), fmt(b)] for lab, (a, b) in zip(lb, grid[k:])]
        case.text = html_page(title, "", head2, body)
        ask(case, "list", f"What are the items under {pa.lower()}?", list(la))
        i = rng.randrange(n)
        ask(case, "cells", f"What was the {labels[i]} in {cols[0]} and {cols[1]}?", [fmt(grid[i][0]), fmt(grid[i][1])])
    elif structure == "count_cond":
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", head2, body)
        up = sum(1 for a, b in grid if a > b)
        ask(case, "count_if", f"How many items increased from {cols[1]} to {cols[0]}?", [str(up)])
        thr = sorted(g[0] for g in grid)[n // 2]
        ask(case, "count_if", f"How many items exceeded {fmt(thr)} in {cols[0]}?",
           [str(sum(1 for g in grid if g[0] > thr))])
    elif structure == "value_cols":
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        head = [[("", 1), (f"December 31, {cols[0]}", 2)], [("", 1), ("Carrying amount", 1), ("Fair value", 1)]]
        case.text = html_page(title, "", head, body)
        i = rng.randrange(n)
        ask(case, "cell", f"What was the fair value of {labels[i]}?", [fmt(grid[i][1])])
        ask(case, "cell", f"What was the carrying amount of {labels[i]}?", [fmt(grid[i][0])])
        # TAT-QA dev 0:139: 'the difference between A and B' of one period is the larger less the smaller (6 of 6)
        ask(case, "change", f"What was the difference between the fair value and the carrying amount of {labels[i]}?",
           [fmt(abs(grid[i][1] - grid[i][0]))])
    elif structure == "quarters":
        qs = ["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter"]
        gq = [distinct_values(rng, 4) for _ in labels]
        body = [[lab] + [fmt(v) for v in row] for lab, row in zip(labels, gq)]
        case.text = html_page(title, "", [[("", 1), (f"Fiscal {cols[0]}", 4)], [("", 1)] + [(q, 1) for q in qs]], body)
        i, qi = rng.randrange(n), rng.randrange(4)
        ask(case, "cell", f"What was the {labels[i]} in the {qs[qi].lower()} of {cols[0]}?", [fmt(gq[i][qi])])
        ask(case, "average", f"What was the average quarterly {labels[i]} in {cols[0]}?", [two_places(sum(gq[i]) / 4)])
    elif structure == "scale_below":
        unit = rng.choice(("thousands", "millions"))
        body = [[lab, fmt(a), fmt(b)] for lab, (a, b) in zip(labels, grid)]
        case.text = html_page(title, "", head2, body, below=f"Amounts in the table above are in {unit} of dollars.")
        common_questions(case, rng, labels, cols, grid, scale=unit[:-1])
    else:
        raise ValueError(f"unknown structure {structure!r}")
    return case
