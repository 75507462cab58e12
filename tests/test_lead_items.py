"""The items of an enumeration lead a question asking several things."""

from rag.extractive.lead_items import cause_items, named_list, listed_reasons, closed_list, introduced, listed_items, several_asked, short_items
from rag.extractive.phrase_lead import lead_phrase


def test_several_asked_by_a_plural_naming_no_amount():
    assert several_asked("What were the main reasons for the increase in unit cost?")
    assert several_asked("What non-cash and other items are adjusted for in determining FFO?")
    assert several_asked("Which metals make up the basket?")
    assert not several_asked("What were the net sales in 2019?")
    assert not several_asked("What is the basis of preparation?")
    assert not several_asked("What does the deferred tax benefit primarily reflect?")


def test_introducing_words_are_no_item():
    q = "What items are adjusted for in determining FFO?"
    assert listed_items(q, "", "such as property revaluations, derivative movements and amortisation") == \
        "property revaluations, derivative movements and amortisation"


def test_amount_broken_down_and_cause_connective_are_cut():
    q = "What were the components of the increase in area?"
    s = "Area increased by 560 hectares, comprising 406 hectares of new land and 154 hectares of restocking."
    assert lead_phrase(q, (), (), s, "words") == "406 hectares of new land and 154 hectares of restocking"
    q = "What were the primary drivers of the increase in broadband revenue?"
    p = "due to rate adjustments and a higher mix of customers, partially offset by a decrease in customers"
    assert listed_items(q, "", p) == "rate adjustments and a higher mix of customers"


def test_a_list_qualified_before_including_keeps_its_head():
    q = "What enterprise functions do voice agents help in?"
    assert listed_items(q, "", "sales and customer service, including recruitment, finance, healthcare") is None


def test_a_cause_is_no_list_of_other_things_asked():
    assert listed_items("What products were launched?", "", "due to A and B") is None


def test_bracket_listing_after_its_aside():
    q = "What are the financial targets on which the incentive is based?"
    s = "The STI is based on financial targets (70% weighting: core EBITDA, free cash flow and sales growth) and objectives."
    assert listed_items(q, s, "(70% weighting") == "core EBITDA, free cash flow and sales growth"


def test_places_end_at_the_first_item_that_is_no_name():
    q = "Where were customer service centres closed?"
    assert listed_items(q, "", "in Luleå and Kalmar and costs for the integration of the operator") == "Luleå and Kalmar"
    assert listed_items(q, "", "in the United States and various states") is None


def test_short_items_introduced_by_a_verb_of_composition():
    s = "The 4E basket comprises platinum, palladium, rhodium and gold."
    assert lead_phrase("Which metals make up the 4E basket?", (), (), s, "words") == "platinum, palladium, rhodium and gold"
    assert introduced(s, "platinum, palladium, rhodium and gold") and short_items("platinum, palladium, rhodium and gold")
    assert not introduced("Demand across healthcare, finance, and manufacturing.", "healthcare, finance, and manufacturing")


def test_a_relative_clause_after_the_items_is_an_aside():
    q = "In which countries do the subsidiaries operate?"
    s = "The subsidiaries operate in Xland, Yland and the Republic of Z, where the tax rates are 20%, 22% and 15% respectively."
    assert lead_phrase(q, (), (), s, "words") == "Xland, Yland and the Republic of Z"


def test_the_item_after_the_last_conjunction_closes_the_list():
    assert closed_list("A, B and C, accounted for 37% of the total") == "A, B and C"
    assert closed_list("the X Hotel, acquired in 2024, and two hotels under renovation") == \
        "the X Hotel, acquired in 2024, and two hotels under renovation"
    assert closed_list("sales and service, including A, B") == "sales and service, including A, B"
    q = "What countries did international revenue mainly come from?"
    assert listed_items(q, "", "Portugal, Chile and Peru, accounted for 37% of the total") == "Portugal, Chile and Peru"


def test_a_listed_enumeration_cut_short_runs_on_to_its_last_item():
    q = "Which methods are used to estimate reserves?"
    s = "Reserves use several methods, including loss development methods, the BF method and frequency techniques."
    assert listed_items(q, s, "loss development methods") == "loss development methods, the BF method and frequency techniques"


def test_the_causes_listed_answer_a_reasons_question_scoped_by_a_year():
    q = "What were the main reasons for the rise in fees in 2023?"
    s = "The rise in fees in 2023 was mainly due to new client wins in Asia, higher market levels, and a 3% price increase."
    assert lead_phrase(q, (), (2023,), s, "words") == "new client wins in Asia, higher market levels, and a 3% price increase"
    assert listed_reasons("What was the fee income in 2023?", s) is None  # no causes asked
    assert listed_reasons(q, "Fees rose in 2023 due to new client wins.") is None  # one cause: no list


def test_a_preposition_repeated_before_a_later_cause_joins_the_causes():
    s = "The margin rose, driven by a better product mix, and by lower freight costs."
    assert cause_items(s, "a better product mix, and by lower freight costs") == "a better product mix, and lower freight costs"
    # a phrase no causal words introduce keeps its wording
    assert cause_items("Goods shipped to A and to B.", "A and to B") == "A and to B"
    # no comma: the repeated 'by' may belong inside one cause ('deposited by A and by B')
    s = "Deposits grew, driven by loans deposited by firms and by stimulus paid to consumers."
    assert cause_items(s, "loans deposited by firms and by stimulus paid to consumers") == \
        "loans deposited by firms and by stimulus paid to consumers"


def test_a_clause_conjunction_repeated_before_a_later_reason_joins_the_reasons():
    s = "The fill rate fell because one satellite entered service empty and because two broadcasters left."
    assert cause_items(s, "one satellite entered service empty and because two broadcasters left") == \
        "one satellite entered service empty and two broadcasters left"
    s = "Shipments peaked as vendors built stock, and as a tender delivered 180 thousand devices."
    assert cause_items(s, "vendors built stock, and as a tender delivered 180 thousand devices") == \
        "vendors built stock, and a tender delivered 180 thousand devices"
    # the first reason not opened by the same conjunction: the later 'as' is no repetition
    s = "Sales fell due to weak demand and as prices dropped."
    assert cause_items(s, "weak demand and as prices dropped") == "weak demand and as prices dropped"
    # a phrase cut at the later reason alone is given the earlier one back
    s = "Board was the only grade to decline, as producers lost share to imports and as one machine was idled."
    assert cause_items(s, "one machine was idled") == "producers lost share to imports and one machine was idled"
    assert cause_items("Sales fell on weak demand and as prices dropped.", "prices dropped") == "prices dropped"
    # 'as well' / 'as of' open no clause of reason
    s = "Costs rose because wages rose and as well as rents."
    assert cause_items(s, "wages rose and as well as rents") == "wages rose and as well as rents"


def test_a_question_asking_several_things_is_led_by_the_names_singled_out():
    q = "What were the main import sources?"
    s = "Imports, mainly from Norway, the Slovak Republic and Chile, made up 40% of supply in 2023."
    assert lead_phrase(q, (), (), s, "words") == "Norway, the Slovak Republic and Chile"
    q = "The weakening of which currencies lowered sales?"
    s = "Currency effects, primarily the weakening of the Swedish krona, the Polish zloty and the Turkish lira against the euro, lowered sales by 3%."
    assert named_list(q, s) == "the Swedish krona, the Polish zloty and the Turkish lira"
    assert named_list("What was the sales growth?", s) is None  # a figure asked
    assert named_list(q, "Sales fell 3% in Norway, Chile and Peru.") is None  # no word singles the names out
    # names of other things than those asked are no answer
    s = "Top models outperformed rivals on benchmarks such as MMLU, MATH, and HumanEval."
    assert named_list("Which structural shifts is the industry going through?", s) is None


def test_a_list_closes_after_its_first_part_holding_a_conjunction():
    # a serial comma's ', and D' is not read as a further item: 'hubs in A, B, C and D, and a base in E' lists four
    # hubs (tests/test_count_words.py); an 'and' inside an item ('offtake contracts and subsidy schemes') stays a limit
    from rag.extractive.lead_items import closed_list
    assert closed_list("mainly to A, B and C, and accounted for 38%") == "mainly to A, B and C"
    assert closed_list("A, B and C, accounted for 38%") == "A, B and C"


def test_causes_asked_by_their_noun_lead_with_the_passive_agents():
    q = "What factors support the growth of X?"
    assert listed_reasons(q, "X will grow, supported by A rules, B tariffs and C schemes.") == "A rules, B tariffs and C schemes"
    assert listed_reasons("What factors hold back X?", "X remains low, held back by old systems, strict rules and bad data.") == \
        "old systems, strict rules and bad data"


def test_a_colon_announcing_the_causes_is_no_item():
    q = "What are the three drivers that underpin growth?"
    assert listed_reasons(q, "Growth is underpinned by three drivers: A rules, B credits, and C models.") == \
        "A rules, B credits, and C models"


def test_a_list_cut_inside_its_first_item_starts_at_its_listing_word():
    q = "What are the key drivers of ride-hailing adoption?"
    s = "Key drivers include the spread of ride-hailing, the use of wallets, and the bundling of rides."
    assert listed_items(q, s, "the use of wallets, and the bundling of rides") == \
        "the spread of ride-hailing, the use of wallets, and the bundling of rides"


def test_factors_asked_with_the_verb_of_driving_keep_the_reason_clause():
    s = "Sales improvement was driven by Bars, Food and Accommodation, benefitting from refurbishments."
    assert listed_reasons("What factors drove the sales improvement?", s) is None


def test_serial_comma_closes_at_its_conjunction():
    from rag.extractive.lead_items import closed_list
    text = "the cost gap with hydrogen, uncertainty over offtake contracts and subsidy schemes, and grid delays"
    assert closed_list(text) == text
    assert closed_list("A, B and C, accounted for 38%") == "A, B and C"
    assert closed_list("mainly to A, B and C, accounted for 38%") == "mainly to A, B and C"


def test_superlative_before_the_plural_asks_items():
    from rag.extractive.lead_items import ranked_items_asked
    from rag.extractive.phrase_lead import lead_phrase
    q = "What were the most commonly cited barriers among firms that have not deployed one?"
    assert ranked_items_asked(q)
    assert not ranked_items_asked("Which segments had the highest revenue in 2019?")
    s = "Among firms that have not deployed one, the most commonly cited barriers were cost (61%), skills (44%) and data privacy (38%)."
    assert lead_phrase(q, (), (), s) == "cost, skills and data privacy"
