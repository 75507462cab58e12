"""condition_words: a count's condition written in words read into bound form, on tables built here."""

from ingest.tables import Table, read_grid

from rag.extractive.condition_words import (bracketed_loss, bucket_named, condition_read, measure_after, moved_total,
                                            number_words, unread_condition, word_bound)


def _tables(rows) -> list[tuple[int, Table]]:
    return [(0, read_grid([list(r) for r in rows]).table)]


QUARTERS = _tables((("(in millions)", "Q1", "Q2"), ("Net sales", "512", "548"), ("Operating income (loss)", "(12)", "18")))
OBLIGATIONS = _tables((("(in thousands)", "Total", "Less than 1 Year", "1-3 Years"), ("Leases", "48", "6", "42"),
                       ("Notes", "287", "—", "287"), ("Total", "335", "6", "329")))
TAX = _tables((("", "2024", "2023"), ("Profit before tax", "1,284", "1,102"), ("Exempt income", "(6)", "(1)"),
               ("Non-deductible expenses", "2", "1"), ("Income tax expense", "115", "119")))
PIPELINE = _tables((("Area", "Phase 1", "Phase 2", "Phase 3"), ("Oncology", "3", "2", "1"), ("Neuroscience", "1", "—", "—")))


def test_a_bound_written_as_a_word_is_its_number():
    assert number_words("How many areas had at least one programme?") == "How many areas had at least 1 programme?"
    assert number_words("Which one had more than two sites?") == "Which one had more than 2 sites?"


def test_a_fraction_of_a_whole_as_a_bound_is_its_percent():
    assert number_words("Which services were used by more than half of adults aged 30-44?") == \
        "Which services were used by more than 50% of adults aged 30-44?"
    assert number_words("How many firms cited it, at least a quarter of them?") == \
        "How many firms cited it, at least 25% of them?"
    assert number_words("Which segments grew by more than half?") == "Which segments grew by more than half?"  # no whole


def test_a_loss_names_the_row_whose_loss_is_bracketed():
    got = bracketed_loss("In how many quarters did the company report an operating loss?", QUARTERS)
    assert got == "In how many quarters did the company report Operating income (loss) below 0?"
    assert bracketed_loss("How many quarters had a net loss?", QUARTERS) == "How many quarters had a net loss?"


def test_items_that_reduced_a_row_are_the_negative_ones():
    got = moved_total("How many reconciling items reduced the tax expense in 2024?", TAX)
    assert got == "How many reconciling items were below 0 in 2024?"
    assert moved_total("How many items reduced the headcount in 2024?", TAX).endswith("reduced the headcount in 2024?")


def test_a_bound_like_column_name_is_a_bucket_not_a_condition():
    q = "How many categories have payments due in less than 1 year?"
    assert bucket_named(q, OBLIGATIONS) == "How many categories have non-nil payments due in less than 1 year?"
    assert bucket_named("How many years have revenue above 1 million?", OBLIGATIONS).startswith("How many years have revenue")


def test_a_measure_named_after_its_bound_is_read_before_it_the_period_kept_last():
    got = measure_after("How many areas had at least 1 programme in Phase 3 at 30 June 2024?", PIPELINE)
    assert got == "How many areas had programme in Phase 3 at least 1 at 30 June 2024?"
    assert measure_after("How many areas had more than 5 staff?", PIPELINE) == "How many areas had more than 5 staff?"


def test_a_question_asking_no_items_is_left_as_asked():
    assert condition_read("What was the operating loss in Q1?", QUARTERS) == "What was the operating loss in Q1?"


def test_a_period_clause_alone_after_the_bound_is_no_measure():
    growth = _tables((("DKK million", "2021/22", "Acquisitions"), ("Ostomy", "7,842", "0%"), ("Wound", "2,318", "2%")))
    q = "How many business areas had contribution from acquisitions above 0 in 2021/22?"
    assert measure_after(q, growth) == q


def test_a_measure_column_of_no_period_takes_the_date_the_row_labels_state():
    from rag.extractive.measure_period import period_fits
    table = _tables((("Area", "Phase 1", "Phase 3"), ("Oncology", "3", "1"), ("Neuroscience", "1", "—"),
                     ("Total programmes at 30 June 2024", "4", "1"), ("Total programmes at 30 June 2023", "3", "—")))[0][1]
    assert period_fits(table, "column", "Phase 3", [2024], None)
    assert not period_fits(table, "column", "Phase 3", [2021], None)
    years = _tables((("", "2024", "2023"), ("Revenue", "5", "4"), ("Costs", "3", "2")))[0][1]
    assert not period_fits(years, "column", years.columns[0], [2023], None)


def test_a_lone_rate_row_closing_amounts_is_no_item_of_an_amount_bound():
    from rag.extractive.bound_unit import in_bound_unit
    cells = [c for c in TAX[0][1].cells if c.column == TAX[0][1].columns[0]]
    rate = _tables((("", "2024"), ("Effective tax rate", "9.2%")))[0][1].cells
    assert in_bound_unit(cells + rate, percent=False) == cells
    assert in_bound_unit(cells[:2] + rate, percent=False) == cells[:2] + rate  # too few to say which is the measure


def test_a_bound_closed_by_or_more_is_inclusive_and_kept_when_a_comparison_leads():
    from rag.extractive.condition_words import trailing_bound

    assert trailing_bound("How many rounds of USD 25 million or more were raised?") == \
        "How many rounds of at least USD 25 million were raised?"
    assert trailing_bound("How many stores had 100 or fewer staff?") == "How many stores had at most 100 staff?"
    assert trailing_bound("How many had more than 5 or more?") == "How many had more than 5 or more?"


CARGO = _tables((("Region", "2023", "2024", "Load factor 2024 (%)"), ("Asia", "88.2", "100.9", "48.3"),
                 ("Europe", "64.1", "71.0", "51.2"), ("Africa", "5.0", "5.5", "42.7"), ("Industry total", "157.3", "177.4", "46.2")))


def test_a_bound_naming_another_row_is_that_rows_figure_an_average_a_total_rows_rate():
    from rag.extractive.condition_words import row_bound

    q = "How many regions had a load factor above the industry average in 2024?"
    assert row_bound(q, CARGO) == "How many regions had a load factor above 46.2% in 2024?"
    assert row_bound("How many regions had 2024 volume above the industry average?", CARGO).endswith("industry average?")
    assert row_bound("How many regions had a load factor above that of the Africa?", CARGO) == \
        "How many regions had a load factor above 42.7%?"


def test_a_clause_setting_rows_aside_stays_last_when_the_measure_moves():
    got = measure_after("How many areas had at least 1 programme in Phase 3, excluding Neuroscience?", PIPELINE)
    assert got == "How many areas had programme in Phase 3 at least 1, excluding Neuroscience?"


def test_a_condition_word_is_the_bound_it_sets_on_the_measure_after_it():
    assert word_bound("How many companies posted double-digit revenue growth in 2024?") == \
        "How many companies posted revenue growth at least 10% in 2024?"
    assert word_bound("Which units had double-digit margins?") == "Which units had margins at least 10%?"
    assert word_bound("For which lines did exports make up a majority of units sold?") == \
        "For which lines did exports make up more than 50% of units sold?"
    assert word_bound("How many companies saw revenue fall by more than a tenth in 2024?") == \
        "How many companies saw revenue fall by more than 10% in 2024?"
    assert word_bound("Which grew by more than half of the total?") == "Which grew by more than half of the total?"


def test_a_condition_word_no_bound_reads_is_named_not_counted_past():
    assert unread_condition("How many units had single-digit margins in 2024?") is not None
    assert unread_condition("Which segments more than doubled their sales between 2021 and 2024?") is not None
    assert unread_condition("How many companies were in the red in 2024?") is not None
    assert unread_condition("How many segments grew sales in every year?") is not None
    assert unread_condition("Which plants' emissions declined in both 2023 and 2024?") is not None
    assert unread_condition("How many items were reported in both years?") is None  # no movement: no condition
    assert unread_condition("What was the single-digit margin?") is None  # no items asked
    assert unread_condition("How many companies had revenue above 10?") is None


def test_in_the_red_is_a_loss_and_read_it_is_no_hedge():
    from rag.extractive.sign_words import sign_word_read
    tables = _tables((("Company", "Revenue 2024", "Operating profit 2024"), ("A", "1", "(3.1)"), ("B", "2", "4.0")))
    q = "How many companies were in the red at the operating level in 2024?"
    assert word_bound(q) == "How many companies were a loss at the operating level in 2024?"
    read = sign_word_read(condition_read(q, tables), tables)
    assert "Operating profit 2024 below 0" in read
    assert unread_condition(q, read) is None and unread_condition(q) is not None


def test_a_level_or_a_move_held_in_every_period_is_a_condition_no_column_reads():
    assert unread_condition("Which divisions had positive LFL growth in every quarter of FY 2024/25?") is not None
    assert unread_condition("Which segments had a margin above 20% in both 2023 and 2024?") is not None
    assert unread_condition("Which brands gained share in both 2023 and 2024?") is not None
    assert unread_condition("Which segments had a margin above 20% in 2024?") is None
