"""Leads the evidence does not own (rag/extractive/lead_owned.py): each check on the smallest input."""

from rag.extractive.lead_owned import finer_version, heading_lead, period_other, respectively_one_led


def test_period_other_doubts_a_rate_per_another_period():
    assert period_other("What share of monthly code is X?", "X writes 43% of new daily code.")


def test_period_other_keeps_the_period_asked_or_none_said():
    assert period_other("What share of monthly code is X?", "X writes 43% of monthly code, 20% daily.") is None
    assert period_other("What share of monthly code is X?", "X writes 43% of new code.") is None
    assert period_other("What share of code is X?", "X writes 43% of daily code.") is None
    assert period_other("What is the annual growth?", "It grows 5% per year.") is None


def test_finer_version_doubts_a_later_release():
    assert finer_version("What is the Elo of Turbo v2?", "Model: Turbo v2.5; Arena ELO: 1,108")


def test_finer_version_keeps_the_version_asked():
    assert finer_version("What is the Elo of Turbo v2.5?", "Model: Turbo v2.5; Arena ELO: 1,108") is None
    assert finer_version("What is the Elo of Turbo v2?", "Turbo v2: 1,100; Turbo v2.5: 1,108") is None
    assert finer_version("What did Kling 2 score?", "Kling: 1,195") is None
    assert finer_version("Revenue in 2024?", "Revenue in 2024.5") is None


def test_respectively_one_led_doubts_one_item_for_several():
    assert respectively_one_led("What do A and B focus on, respectively?", "**chips**. A: chips")


def test_respectively_one_led_keeps_several_items():
    assert respectively_one_led("What were sales in 2019 and 2018 respectively?", "**5 and 6**. Sales ...") is None
    assert respectively_one_led("What were sales in 2019 and 2018 respectively?", "**5**, **6**. Sales ...") is None
    assert respectively_one_led("What were sales in 2019?", "**5**. Sales ...") is None


def test_heading_lead_doubts_a_numbered_heading():
    assert heading_lead("List the drivers of the industry.", "**I. Overview of Global Model Industry** [1]")
    assert heading_lead("List the drivers.", "**2.3 Market Drivers** [1]")


def test_heading_lead_keeps_sentences_and_asked_sections():
    assert heading_lead("Which chapter covers drivers?", "**I. Overview of Global Model Industry** [1]") is None
    assert heading_lead("How many firms?", "**10 Chinese firms**. ...") is None
    assert heading_lead("List the drivers.", "**Technology leaps and cost reduction.** [1]") is None


def test_heading_lead_keeps_a_figure_and_its_unit():
    # a decimal and a unit or scale is an amount, not a section number and its title
    assert heading_lead("How much power was used?", "**1.5 TWh**. [1]") is None
    assert heading_lead("How many units?", "**3.5 Billion**. [1]") is None


def test_unit_other_doubts_another_unit_read():
    from rag.extractive.lead_owned import unit_other
    assert unit_other("Change in basic EPS (cents per share)?", "**5.2**. From Shares (shares, millions): 1,305.7")


def test_unit_other_keeps_the_unit_asked_or_none_stated():
    from rag.extractive.lead_owned import unit_other
    assert unit_other("Basic EPS (cents per share)?", "**206.2**. Basic EPS (cents per share): 206.2") is None
    assert unit_other("Basic EPS (cents per share)?", "**206.2**. Basic EPS: 206.2") is None
    assert unit_other("Basic EPS?", "**5.2**. Shares (shares, millions): 5.2") is None


def test_unit_other_reads_a_sign_unit_alone_in_parentheses():
    from rag.extractive.lead_owned import unit_other
    # '(%)' and '($)' state a unit as much as '(percent)' does
    assert unit_other("What was the margin (%)?", "**5.2**. From Shares (shares, millions): 1,305.7")


def test_finer_version_reads_a_version_before_a_comma_or_full_stop():
    # 'Turbo v2,' / 'Turbo v2.' name v2; only a digit after them ('2,000', '2.5') makes another number
    assert finer_version("Is Turbo v2, the first one, fast?", "Turbo v2.5 renders 4K video.")
    assert finer_version("How fast is Turbo v2.", "Turbo v2.5 renders 4K video.")


def test_period_other_reads_no_rate_in_a_periodic_document():
    # 'the annual report' names a document, not a figure per year
    assert period_other("How many users does the annual report give?", "Daily users reached 5 million.") is None


def test_unit_other_reads_a_unit_word_whole_not_a_word_it_begins():
    from rag.extractive.lead_owned import unit_other
    # '(Europe)' and '(Centre)' only begin with 'eur' and 'cent': places, not units
    assert unit_other("Sales in the region (Europe)?", "**5.2**. Shares (shares, millions): 5.2") is None
    assert unit_other("Staff at the hub (Centre)?", "**5.2**. Shares (shares, millions): 5.2") is None
    # a currency code with its scale stays a unit: '(EURm)'
    assert unit_other("Revenue (EURm)?", "**5.2**. Shares (shares, millions): 5.2")


def test_half_year_asked_led_by_a_quarter_or_year_is_doubted():
    from rag.extractive.lead_owned import half_other
    q = "What were Nuvora's total shipments in the second half of 2024?"
    assert half_other(q, "**78.4 million units** (2024). In the fourth quarter it shipped 78.4 million units.")
    assert half_other(q, "**136.3** — H2 2024") is None
    assert half_other("What were shipments in 2024?", "**248.1** (2024)") is None
    # the half's two quarters added is the half's figure (quarter_cells); two quarters of different halves are not
    assert half_other(q, "**136.3 million** — total: 78.4 + 57.9 = 136.3. From Nuvora (Q4 2024): 78.4; Nuvora (Q3 2024): 57.9") is None
    assert half_other(q, "**136.3 million** — total: 78.4 + 57.9 = 136.3. From Nuvora (Q4 2024): 78.4; Nuvora (Q2 2024): 57.9")
