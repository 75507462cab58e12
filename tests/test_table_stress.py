"""table_stress: a tiny seeded run writes one report per structure and a gold YAML whose expected answers are the
table's own cells (or sums of them), the same every run."""

import re

import yaml

from eval.gold import load_gold
from eval.table_stress import KINDS, STRUCTURES, WIDE_STRUCTURES, generate, write
from eval.table_stress_ifrs import IFRS_STRUCTURES


def _cell_texts(text: str) -> set[str]:
    return set(re.findall(r"\(?[\d,]+(?:\.\d)?%?\)?", text))


def test_a_seeded_run_is_deterministic_and_covers_every_structure(tmp_path):
    a, b = generate(7, 1), generate(7, 1)
    assert [c.text for c in a] == [c.text for c in b]
    assert sorted({c.structure for c in a}) == sorted(STRUCTURES + WIDE_STRUCTURES + IFRS_STRUCTURES)
    assert {q["kind"] for c in a for q in c.questions} <= set(KINDS)


def test_files_and_gold_are_well_formed(tmp_path):
    cases = generate(7, 1)
    path = write(cases, tmp_path)
    rows = yaml.safe_load(path.read_text())
    assert len(rows) == sum(len(c.questions) for c in cases) and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert (tmp_path / "reports" / r["report"]).is_file() and r["expected"] and r["answerable"]
    assert len(load_gold([path])) == len(rows)  # the gold loader reads it


def test_cell_answers_are_written_in_their_report():
    for c in generate(7, 1):
        cells = _cell_texts(c.text)
        for q in c.questions:
            if q["kind"] == "cell":
                e = q["expected"][0]
                assert e in c.text or f"({e.lstrip('-')})" in cells, (c.name, q)
            if q["kind"] == "list":
                assert all(item in c.text for item in q["expected"])


def test_the_wide_structures_leave_the_first_set_as_it_was():
    narrow, wide = generate(13, 2, wide=False), generate(13, 2)
    assert [c.text for c in narrow] == [c.text for c in wide[:len(narrow)]]
    assert {c.structure for c in wide[len(narrow):]} == set(WIDE_STRUCTURES + IFRS_STRUCTURES)


def test_a_share_is_a_part_over_its_total_row():
    case = next(c for c in generate(7, 1) if c.structure == "share_total")
    proportion, pct = [q for q in case.questions if q["kind"] == "share"]
    # 'what proportion of W was P' is a part of a whole in percent, as 'what percentage of W was P' is
    assert proportion["scale"] == pct["scale"] == "percent" and proportion["expected"] == pct["expected"]
    assert 0 < float(pct["expected"][0]) < 100


def test_ifrs_answers_follow_tat_qa_conventions():
    cases = [c for c in generate(13, 2) if c.structure in IFRS_STRUCTURES]
    for c in (c for c in cases if c.structure == "roll_across"):  # the change across the columns: closing less opening
        change = next(q for q in c.questions if q["kind"] == "change")
        assert "from 1 April" in change["question"] and change["expected"][0].lstrip("-")
    for c in (c for c in cases if c.structure == "group_company"):  # two things of one year: the larger less the smaller
        diff = next(q for q in c.questions if "difference between" in q["question"])
        assert not diff["expected"][0].startswith("-")
    for c in (c for c in cases if c.structure == "fy_years"):  # 'which year': '2018/19' as printed, 'FY2019' its year
        larger = next(q for q in c.questions if q["kind"] == "larger")
        split = re.search(r"<th>((?:19|20)\d{2}/\d{2})</th>", c.text)
        assert re.fullmatch(r"(19|20)\d{2}/\d{2}" if split else r"(19|20)\d{2}", larger["expected"][0])
        assert not split or f"<th>{larger['expected'][0]}</th>" in c.text
    for c in (c for c in cases if c.structure == "caps_sections"):  # a count of items leaves the total out
        count = next(q for q in c.questions if q["kind"] == "count")
        listed = next(q for q in c.questions if q["kind"] == "list")
        assert count["expected"] == [str(len(listed["expected"]))]


def test_a_short_split_year_is_expected_as_printed():
    from eval.table_stress_ifrs import larger_year
    assert larger_year(["2022/23", "2021/22"], [5, 3], 2023) == "2022/23"
    assert larger_year(["2022/23", "2021/22"], [3, 5], 2023) == "2021/22"
    assert larger_year(["FY2023", "FY2022"], [3, 5], 2023) == "2022"
    split = [c for c in generate(13, 4) if c.structure == "fy_years" and "<th>2022/23</th>" in c.text]
    larger = [q for c in split for q in c.questions if q["kind"] == "larger"]
    assert larger and all(q["expected"][0] in ("2022/23", "2021/22") for q in larger)
