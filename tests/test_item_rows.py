"""item_rows: the item rows a row-set question reads (no embedding model)."""

from __future__ import annotations

from ingest.tables import SEP, read_grid
from rag.extractive.item_rows import item_rows, named_headings

SEGMENTS = [["", "2020", "2019"], ["Cars", "270", "264"], ["Finance", "21", "22"], ["All other", "6", "7"],
            ["Intersegment elimination", "(6)", "(5)"], ["Total net revenues", "291", "288"]]
BY_PLACE = [["", "2020", "2019"], ["Regulated - United States:", "", ""], ["Transmission", "9", "8"], ["Integrated", "6", "5"],
            ["Total United States", "15", "13"], ["Regulated - Canada:", "", ""], ["Gas", "4", "4"], ["Electric", "1", "1"],
            ["Total Canada", "5", "5"], ["Total rate base", "20", "18"]]


def test_totals_and_eliminations_are_no_items():
    rows = item_rows(read_grid(SEGMENTS, None).table)
    assert rows == ["Cars", "Finance", "All other"]


def test_a_heading_is_named_by_the_words_setting_it_apart_a_place_by_its_adjective():
    table = read_grid(BY_PLACE, None).table
    assert named_headings(table, "How many Canadian utilities had a rate base above 3?") == ["Regulated - Canada"]
    assert [r.split(" › ")[-1] for r in item_rows(table, "Which Canadian utilities ...")] == ["Gas", "Electric"]
    assert named_headings(table, "How many utilities had a rate base above 3?") == []
    assert len(item_rows(table, "How many utilities had a rate base above 3?")) == 4


def test_a_row_summing_the_items_above_it_is_no_item_though_no_total_names_it():
    grid = [["", "2021", "2020"], ["Gas", "412", "395"], ["Electric", "288", "301"], ["Corporate", "(64)", "(58)"],
            ["Operating income", "636", "638"]]
    assert item_rows(read_grid(grid, None).table) == ["Gas", "Electric", "Corporate"]


def test_a_closing_row_sums_its_amounts_under_its_heading_rates_aside():
    # 'Cash cost' closes the block under its heading (the row above the heading is another block); its % change
    # and the group's growth rates do not add
    grid = [["", "2024", "2023", "Change %"], ["Tonnes mined", "900", "850", "5.9"], ["Unit costs ($/t)", "", "", ""],
            ["Mining", "30", "28", "7.1"], ["Processing", "20", "21", "(4.8)"], ["Cash cost", "50", "49", "2.0"],
            ["Royalties", "6", "7", "(14.3)"]]
    rows = item_rows(read_grid(grid, None).table, "How many unit cost components rose?")
    assert [r.split(" › ")[-1] for r in rows] == ["Mining", "Processing", "Royalties"]


def test_a_heading_named_by_its_stem_and_rows_set_aside():
    grid = [["", "2023", "2022"], ["Reported profit", "400", "380"], ["Adjusted for:", "", ""],
            ["Impairment", "20", "–"], ["Restructuring", "5", "9"], ["Tax effect of above items", "(6)", "(2)"],
            ["Underlying profit", "419", "387"]]
    table = read_grid(grid, None).table
    rows = item_rows(table, "How many adjustment items rose, excluding the tax effect?")
    assert [r.split(" › ")[-1] for r in rows] == ["Impairment", "Restructuring"]


def test_rows_carrying_a_total_on_to_its_restatement_are_no_items():
    # 'Net loans' restates 'Total loans' less the allowance: neither the allowance nor the net row is a loan class;
    # a grand total summing a subtotal and the rows after it ('Total assets') sets nothing aside
    grid = [["", "2023", "2022"], ["Commercial", "500", "450"], ["Mortgage", "300", "320"], ["Consumer", "100", "110"],
            ["Total loans", "900", "880"], ["Allowance for credit losses", "(12)", "(10)"], ["Net loans", "888", "870"]]
    assert item_rows(read_grid(grid, None).table) == ["Commercial", "Mortgage", "Consumer"]
    grid = [["", "2023", "2022"], ["Cash", "50", "40"], ["Receivables", "30", "35"], ["Total current assets", "80", "75"],
            ["Property", "200", "210"], ["Goodwill", "90", "90"], ["Total assets", "370", "375"]]
    assert item_rows(read_grid(grid, None).table) == ["Cash", "Receivables", "Property", "Goodwill"]


def test_rows_below_the_total_of_every_row_above_are_other_lines():
    # 'Total sales volume' adds up every row from the first: the revenue and price rows below it are no product
    grid = [["('000 tonnes)", "2024", "2023"], ["Rebar", "731", "702"], ["Wire rod", "167", "174"],
            ["Sections", "116", "109"], ["Total sales volume", "1,014", "985"], ["Revenue (AED million)", "3,238", "3,297"],
            ["Average realised price (AED/tonne)", "2,532", "2,696"]]
    assert item_rows(read_grid(grid, None).table) == ["Rebar", "Wire rod", "Sections"]


def test_a_rate_adding_up_other_rates_is_one_rate_among_them():
    grid = [["", "2023", "2022"], ["Ratios:", "", ""], ["Loss ratio", "60.2%", "65.4%"], ["Expense ratio", "31.2%", "32.3%"],
            ["Combined ratio", "91.4%", "97.7%"]]
    rows = item_rows(read_grid(grid, None).table, "How many of the ratios were lower in 2023 than in 2022?")
    assert [r.split(" › ")[-1] for r in rows] == ["Loss ratio", "Expense ratio", "Combined ratio"]


def test_the_bucket_of_the_kind_counted_is_no_item():
    # 'Other provinces' sums several provinces: no province; 'Other income' of a count of segments is an item
    grid = [["Province", "2024"], ["Xinjiang", "7.9"], ["Shandong", "4.4"], ["Other provinces", "9.6"],
            ["National total", "21.9"]]
    table = read_grid(grid, None).table
    assert item_rows(table, "How many provinces added more than 4 GW in 2024?") == ["Xinjiang", "Shandong"]
    assert item_rows(table, "How many regions added more than 4 GW in 2024?") == ["Xinjiang", "Shandong", "Other provinces"]
    regions = read_grid([["Region", "2024"], ["China", "5"], ["Other regions", "4"], ["Rest of World", "3"]], None).table
    assert item_rows(regions, "Which regions had more than 3.5?") == ["China", "Rest of World"]


def test_a_stated_number_of_items_picks_the_level_it_fits():
    from ingest.tables import SEP, Cell, Table
    rows = ["Consumer", f"Consumer{SEP}Oral care", f"Consumer{SEP}Self-care", "Pharma", f"Pharma{SEP}Oncology",
            f"Pharma{SEP}Cardiology", "Animal", "Total"]
    figures = {"Consumer": 30, "Pharma": 50, "Animal": 7, "Total": 87}
    table = Table(None, ["2023"], rows, [Cell(r, "2023", str(v), float(v)) for r, v in
                                         {**figures, **{r: 10 + i for i, r in enumerate(rows) if SEP in r}}.items()])
    assert item_rows(table, "How many of the three reporting segments grew in 2023?") == ["Consumer", "Pharma", "Animal"]
    assert item_rows(table, "How many lines grew in 2023?") == []  # no number stated, no level named by the noun


IVD = [["Segment", "2020", "2024"], ["Immunoassay", "24.6", "29.8"], ["Molecular diagnostics", "28.9", "15.6"],
       ["Molecular diagnostics › PCR-based", "24.1", "10.2"],
       ["Molecular diagnostics › Sequencing-based", "2.6", "3.9"], ["Molecular diagnostics › Isothermal", "2.2", "1.5"], ["Clinical chemistry", "13.2", "14.9"],
       ["Point-of-care testing", "18.7", "11.8"], ["Others", "5.3", "6.0"], ["Total", "90.7", "78.1"]]
CASES = [["Scenario", "2024", "2030E"], ["Conservative", "5,360", "7,280"], ["Base", "5,360", "8,640"],
         ["Optimistic", "5,360", "10,150"]]


def test_the_stated_number_of_items_picks_the_level_and_counts_the_others_bucket_among_them():
    t = read_grid(IVD, None).table
    got = [r.split(SEP)[-1] for r in item_rows(t, "How many of the five top-level segments were smaller in 2024 than in 2020?")]
    assert got == ["Immunoassay", "Molecular diagnostics", "Clinical chemistry", "Point-of-care testing", "Others"]
    assert item_rows(t, "How many of the nine segments were smaller in 2024 than in 2020?") == []  # no level of nine


def test_a_base_case_between_other_cases_is_an_item_not_a_survey_base():
    assert [r for r in item_rows(read_grid(CASES, None).table, "")] == ["Conservative", "Base", "Optimistic"]


def test_a_ranking_of_the_top_n_states_no_set_of_items():
    t = read_grid(IVD, None).table
    assert item_rows(t, "What was the combined 2024 size of the three largest segments?") != []


def test_the_next_years_quarters_below_a_total_of_quarters_are_items():
    grid = [["Quarter", "Admissions", "Seen in 4h (%)"], ["Q1 2023-24", "38.2", "71.3"], ["Q2 2023-24", "37.5", "70.8"],
            ["Q3 2023-24", "35.1", "66.4"], ["Q4 2023-24", "39.6", "68.9"], ["Total 2023-24", "150.4", "69.4"],
            ["Q1 2024-25", "40.3", "72.6"], ["Q2 2024-25", "41.0", "73.1"]]
    got = item_rows(read_grid(grid, None).table, "In how many of the quarters shown was admissions above 38?")
    assert got == ["Q1 2023-24", "Q2 2023-24", "Q3 2023-24", "Q4 2023-24", "Q1 2024-25", "Q2 2024-25"]


def test_a_row_below_the_total_stating_its_own_unit_is_another_measure():
    grid = [["US$ billions", "2023", "2024"], ["USDX", "91.7", "138.4"], ["CUSD", "24.6", "43.9"], ["DAIQ", "5.3", "4.9"],
            ["Total supply", "121.6", "187.2"], ["Transfer volume (US$ trillions)", "10.4", "15.6"]]
    assert item_rows(read_grid(grid, None).table, "How many coins grew?") == ["USDX", "CUSD", "DAIQ"]


def test_a_set_of_the_n_largest_reads_the_one_block_of_n_the_table_sums_else_no_rows():
    grid = [["Firm", "2023", "2024"], ["A", "78", "74"], ["B", "71", "73"], ["C", "64", "66"], ["D", "52", "51"],
            ["Mid-tier firms", "29", "31"], ["Other firms", "6", "5"], ["Total", "300", "300"]]
    assert item_rows(read_grid(grid, None).table, "How many of the four largest firms lost clients in 2024?") == []
    summed = grid[:5] + [["Big Four subtotal", "265", "264"]] + grid[5:]
    assert item_rows(read_grid(summed, None).table, "How many of the four largest firms lost clients in 2024?") == \
        ["A", "B", "C", "D"]


TWO_LEVELS = [["US$ m", "2023", "2024"], ["Coatings", "1,240", "1,315"], [f"Coatings{SEP}Architectural", "610", "655"],
              [f"Coatings{SEP}Industrial", "630", "660"], ["Adhesives", "880", "842"], [f"Adhesives{SEP}Construction", "510", "470"],
              [f"Adhesives{SEP}Packaging", "370", "372"], ["Specialty", "415", "468"], ["Total", "2,535", "2,625"]]


def test_a_count_over_two_figured_levels_reads_the_level_it_names_and_none_when_it_names_none():
    t = read_grid(TWO_LEVELS, None).table
    assert item_rows(t, "How many top-level segments grew in 2024?") == ["Coatings", "Adhesives", "Specialty"]
    assert [r.split(SEP)[-1] for r in item_rows(t, "How many sub-segments grew in 2024?")] == \
        ["Architectural", "Industrial", "Construction", "Packaging", "Specialty"]
    assert item_rows(t, "How many lines grew in 2024?") == []
    assert item_rows(t, "Which segment grew the most in 2024?") != []  # no count: the rows as read


def test_a_count_over_two_figured_levels_reads_the_level_its_counted_noun_is_the_kind_of():
    t = read_grid(TWO_LEVELS, None).table
    assert item_rows(t, "How many segments grew in 2024?") == ["Coatings", "Adhesives", "Specialty"]
    assert [r.split(SEP)[-1] for r in item_rows(t, "How many end markets grew in 2024?")] == \
        ["Architectural", "Industrial", "Construction", "Packaging", "Specialty"]
    assert len(item_rows(t, "How many categories grew in 2024?")) == 5
    sectors = [["Net balance", "Q1"], ["Private sector", "12"], [f"Private sector{SEP}Retail", "9"],
               [f"Private sector{SEP}Banks", "15"], ["Public sector", "4"], [f"Public sector{SEP}Health", "4"],
               [f"Public sector{SEP}Schools", "3"]]
    assert item_rows(read_grid(sectors, None).table, "How many sectors had a balance above 5?") == []  # heads say it too
