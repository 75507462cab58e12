"""The kind of a bold lead against the kind of words asked: a definition or forecast for a cause, a figure for what
a thing includes or is, a header or an amount for which one."""

from rag.extractive.lead_kind import amount_for_which, cause_kind_unsaid, figure_for_words_of, header_for_which
from rag.extractive.slots import parse_unframed


def test_cause_kind_unsaid_definition_or_forecast_for_a_cause():
    said = "**Crude steel is defined as the first solid steel product.**"
    assert cause_kind_unsaid(parse_unframed("What underpins India's steel output growth?"), said,
                             "Crude steel is defined as the first solid steel product.")
    forecast = "Larchmont Graves expects inventory to exceed 16,000 MW by the end of 2027."
    assert "forecast" in cause_kind_unsaid(parse_unframed("What constraints on new supply does Larchmont Graves identify?"),
                                           f"**{forecast}**", forecast)
    scope = "Methodology: production figures cover grey cement, excluding clinker exported."
    assert cause_kind_unsaid(parse_unframed("What restraints on the cement market does the report list?"),
                             f"**{scope}**", scope)


def test_cause_kind_unsaid_keeps_causes_and_other_asks():
    cause = "The impairment was recognised following the Board's decision not to progress the project to 2026."
    assert cause_kind_unsaid(parse_unframed("Why was the impairment recognised?"), "**following the decision**",
                             cause) is None
    warns = "Ironbark expects funding to recover in 2025, to USD 300 million, but warns that slow industrialisation will " \
            "continue to restrain valuations."
    assert cause_kind_unsaid(parse_unframed("What factors does the report expect to continue restraining valuations?"),
                             "**slow industrialisation**", warns) is None
    driven = "Analysts expect sales to rise 5% in 2025, driven by lower rates."
    assert cause_kind_unsaid(parse_unframed("What drives sales?"), "**lower rates**", driven) is None
    assert cause_kind_unsaid(parse_unframed("How is operating profit defined?"), "**EBIT**",
                             "Operating profit is defined as EBIT.") is None
    assert cause_kind_unsaid(parse_unframed("Why did sales fall?"), "Not certain: x", "X is defined as Y.") is None
    # the lead drawn from another quoted sentence than the defining one
    assert cause_kind_unsaid(parse_unframed("Why is net debt analysed as a proportion of EBITDA?"),
                             "**To assess the size of net debt**.", "The net debt to EBITDA ratio is calculated as follows:") is None


def test_figure_for_words_of():
    assert figure_for_words_of("According to the note, what does Asia-Pacific include?", "**2,354** (2022).")
    assert figure_for_words_of("What does the company lease?", "**93,116**. Total lease payments")
    assert figure_for_words_of("On what basis are imports valued?", "**44%**. On the import side")
    assert figure_for_words_of("What type of index is the cost index?", "**100** (2020).")
    assert figure_for_words_of("What does the company lease?", "**office space and vehicles**.") is None
    assert figure_for_words_of("What does the total amount of leases include?", "**93,116**.") is None
    assert figure_for_words_of("What does the plan cover?", "**2019**.") is None


def test_header_for_which():
    assert header_for_which("Which market had the highest asking rent?", "**Gross absorption › 2023** (6,750).")
    assert header_for_which("Which service had the lowest usage?", "**Column 2** (18).")
    assert header_for_which("Which service had the lowest usage?", "**Robo-advisor** (18).") is None
    assert header_for_which("How much was absorbed?", "**Column 2** (18).") is None


def test_amount_for_which():
    assert amount_for_which("Which brand recorded the largest share gain?", "**0.7 percentage points** (2027).")
    assert amount_for_which("Which of the ranked foundries recorded a decline?", "**over USD 40.5 billion** (2024).")
    assert amount_for_which("Excluding Others, which export group was the smallest in 2023?", "**51.5 billion** — x")
    assert amount_for_which("Which company raised the largest round?", "**Pantrio**.") is None
    assert amount_for_which("Which FY has a higher EBITDA?", "**2019**.") is None
    assert amount_for_which("Which age group reported the highest share?", "**18-24**.") is None
    assert amount_for_which("Which discount rate was used?", "**8%**.") is None
    assert amount_for_which("Which company raised the most, and how much?", "**EUR 5 million**.") is None


def test_kind_unmatched_runs_every_lead_kind_check():
    from rag.extractive.lead_kind import kind_unmatched
    assert kind_unmatched("Which service had the lowest usage?", "**Column 2** (18). Source — Column 2: 18") is not None
    assert kind_unmatched("Which market had the highest rent?", "**Gross absorption › 2023** (6,750).") is not None
    assert kind_unmatched("Which market had the highest rent?", "**Tijuana** (9.6).") is None


def test_a_measures_header_with_its_unit_in_brackets_leads_no_which():
    """'All adults (%)' heads a column of shares: it names no service; a name with a footnote or a place does."""
    q = "Which service had the lowest usage among all adults?"
    assert header_for_which(q, "**All adults (%)**. Service — Column 6: All adults (%)") is not None
    assert header_for_which(q, "**Revenue (USD million)** x") is not None
    assert header_for_which(q, "**Germany(a)** x") is None and header_for_which(q, "**Adidas (ADS)** x") is None
    assert header_for_which(q, "**Tijuana (Mexico)** x") is None
    assert header_for_which("What is the market size forecast for 2030?", "**2,910.5 (100 million RMB)** (2030E)") is None


def test_cause_kind_unsaid_judges_the_quoted_sentence_holding_the_lead():
    # the best is a heading; the lead is drawn from the definition quoted after it, which says no cause
    defined = ("Stridewell Research defines running footwear as road, trail and track shoes marketed primarily for "
               "running, including carbon-plate 'super shoes'.")
    assert cause_kind_unsaid(parse_unframed("What restraints on the running footwear market does the report identify?"),
                             "**for running, including carbon-plate 'super shoes'**.", "Global running footwear: shipments",
                             (defined,))
    # a lead drawn from a 'To assess' sentence beside a definition is still not judged by the definition
    assert cause_kind_unsaid(parse_unframed("What restraints does the report identify?"), "**tariffs**",
                             "X is defined as Y.", ("Tariffs weigh on demand.",)) is None
