"""count_led: a count asked however framed, a lead too large to count periods, periods listed outside the range."""

from rag.extractive.count_led import asks_count, count_not_led, out_of_range


def test_asks_count_reads_every_frame() -> None:
    assert asks_count("In how many of the years shown did X exceed 20?")
    assert asks_count("Number of brands with a share above 7%?") == "How many brands with a share above 7%?"
    assert asks_count("For how many segments did revenue rise?")
    assert asks_count("By how many basis points did the margin rise?") is None
    assert asks_count("How many times larger is A than B?") is None
    assert asks_count("Number of employees") is None  # a label asked, no count of things meeting a condition


def test_fronted_count_led_by_a_measure() -> None:
    assert count_not_led("In how many of the years shown do deployments exceed 20 GWh?", "**150.0** (2025).")
    assert count_not_led("In how many quarters was no new supply delivered?", "**160,000** (2025).")
    assert count_not_led("In how many quarters was no new supply delivered?", "**2** (Q1, Q3).") is None


def test_periods_outside_the_range_asked() -> None:
    q = "In how many years from 2022 to 2025E did the share rise by more than 2 pp?"
    assert out_of_range(q, "**5** (2021, 2022, 2023, 2024 and 2025E). x") is not None
    assert out_of_range(q, "**2** (2023 and 2025E). x") is None
    assert out_of_range(q, "**2** (Europe, Asia). x") is None


def test_duration_asked_in_its_own_unit() -> None:
    q = "In how many years is the unrecognized compensation cost to be recognized?"
    assert count_not_led(q, "**2.5 years** (2019). x") is None
    assert count_not_led(q, "**2.5** (2019). x") is not None


def test_a_lead_in_a_currency_code_counts_nothing():
    from rag.extractive.count_led import count_not_led
    q = "How many of the eight ranked foundries increased revenue by more than 5% quarter on quarter?"
    assert count_not_led(q, "**USD 41,761 million** (2025). Total foundry revenue ...") is not None


def test_a_condition_count_led_by_a_measure_in_units_or_by_one_rows_cell() -> None:
    assert count_not_led("How many projects have a capacity of more than 150 MW?", "**50 MW** (2025). Project: X")
    assert count_not_led("How many vendors increased shipments in every quarter?",
                         "**7,720 thousand, 5,865 thousand and 2,310 thousand** (2024).")
    cell = "**1,688**. Germany — Exports: 1,688; Imports: 1,462; Trade balance: 226"
    assert count_not_led("How many countries imported more than they exported?", cell)
    assert count_not_led("How many countries had a trade surplus of more than US$50 billion?", cell.replace("**1,688**", "**226**"))
    assert count_not_led("How many stores had sales above $1m?", "**45**. Number of stores above $1m — 2023: 45") is None
    assert count_not_led("How many countries exported more than US$600 billion?", "**4** (Germany, Italy, France, Spain).") is None


def test_how_many_more_asks_a_difference_in_its_own_unit() -> None:
    assert count_not_led("How many more 5G subscriptions will India have than North America in 2030?",
                         "**551 million** — change: 972 - 421 = 551.") is None


def test_a_count_with_its_set_aside_clause_fronted_is_a_count() -> None:
    q = "Excluding totals, how many rating categories saw 2024 issuance above EUR 50 bn?"
    assert asks_count(q) is not None
    assert count_not_led(q, "**0 billion** — complement: 560.4 - 560.4 = 0.") is not None


def test_a_lead_no_count_of_the_things_asked_is_not_bold():
    assert count_not_led("In how many of the fiscal years shown did Ysmar issue a Eurobond?",
                         "**7** (2025). Ysmar returned to markets in FY2024/25 with a 7-year Eurobond.")  # a tenor
    assert count_not_led("How many sectors had a net balance of +15 or higher in Q1 2025?",
                         "**7** (2025). The all-employer net balance was +7, the weakest since 2021.")  # a signed figure
    assert count_not_led("How many of the issues had a tenor of 10 years or more?", "**2,050mn**. Issuer: Total; Size: 2,050mn")
    assert count_not_led("In how many categories was the 2025 lead time shorter than in 2023?", "**27 and 34** (2025 and 2023).")
    assert count_not_led("How many items in the walk reduced the CET1 ratio?", "**9** — The table lists: A; B; C")
    assert count_not_led("How many stores did the company open in 2024?", "**12** (2024). It opened 12 new stores in 2024.") is None


def test_a_fraction_in_a_scaled_column_counts():
    from rag.extractive.count_led import count_not_led

    assert count_not_led("How many passenger journeys were made in FY2022?",
                         "**331.4** (2022). FY2022 — Passenger journeys (million): 331.4; Passenger-km (million): 2,452  ") is None
    assert count_not_led("How many customers did Kanto Bank have at the end of 2022?",
                         "**4.6** (2022). 2022 — Nimbus Bank: 18.9; Kanto Bank: 4.6; Total: 35.2 (millions)  ") is None
    assert count_not_led("How many employees were there?", "**4.6** (2022). Avg tenure (years) — 2022: 4.6; 2021: 4.4  ")


def test_a_scale_before_a_unit_of_measure_counts_nothing():
    from rag.extractive.count_led import count_not_led

    assert count_not_led("How many sites have probable expansion airspace?",
                         "**20.0** (2024). Lone Mesa — Remaining permitted airspace (million cu yd): 52.8; "
                         "Probable expansion airspace (million cu yd): 20.0; Remaining life (years): 54  ")
    assert count_not_led("How many tonnes were received in 2024?",
                         "**1.2** (2024). Lone Mesa — Tonnes received (million): 1.2; Sites: 4  ") is None


def test_periods_counted_are_no_fraction_and_no_scaled_figure():
    from rag.extractive.count_led import count_not_led

    assert count_not_led("In how many years did HT900 flying hours exceed their 2019 level?",
                         "**6.8 million** (2019). Flying hours (million) › HT900 — 2019: 6.8; 2020: 2.9; 2023: 7.6  ")
    assert count_not_led("In how many years did sales exceed 5.5?", "**3** — The years: 2021; 2022; 2023") is None


def test_a_count_of_periods_meeting_a_bound_led_by_a_fraction_or_scaled_figure_counts_nothing() -> None:
    q = "In how many years did HT900 flying hours exceed their 2019 level?"
    assert count_not_led(q, "**6.8 million** (2019). Flying hours (million) › HT900 — 2019: 6.8; 2020: 2.9") is not None
    assert count_not_led(q, "**2** (2023 and 2024). Flying hours (million) › HT900 — 2019: 6.8; 2023: 7.6") is None


def test_a_scaled_header_with_a_unit_of_measure_measures_and_counts_nothing() -> None:
    lead = "**20.0** (2024). Lone Mesa — Remaining airspace (million cu yd): 52.8; Probable airspace (million cu yd): 20.0; Life: 54  "
    assert count_not_led("How many sites have probable expansion airspace?", lead) is not None
    journeys = "**331.4** (2024). Metro — Passenger journeys (million): 331.4; Stations: 120  "
    assert count_not_led("How many passenger journeys were made?", journeys) is None


def test_how_many_more_asks_a_difference_in_the_measures_own_unit() -> None:
    lead = "**4.3** — change: 58.4 - 54.1 = 4.3. From Hanwo (Shipments (m)): 58.4  ; Solace (Shipments (m)): 54.1  ."
    assert count_not_led("How many more units did Hanwo ship than Solace in Q3 2025?", lead) is None
    assert count_not_led("How many more units did Hanwo ship than Solace?", "**$4.3** — change") is not None
