"""definition_end: a definition asked ends where its sentence turns to its own predicate or an aside."""

from rag.extractive.definition_end import definition_asked, definition_end


def test_appositive_definition_ends_before_the_subjects_predicate():
    q = "How is the disbursement ratio defined?"
    p = "disbursements in the year as a share of the undisbursed portfolio, improved to 19.4% from 17.8%"
    assert definition_end(q, p) == "disbursements in the year as a share of the undisbursed portfolio"


def test_present_tense_predicate_and_participle_aside_end_it():
    assert definition_end("How does the report define the buy-to-fly ratio?",
                          "the weight of raw material per unit of finished part, averages about 8:1") == \
        "the weight of raw material per unit of finished part"
    assert definition_end("How is average annual value defined?",
                          "total contract value divided by the number of seasons, converted to US dollars at signing") == \
        "total contract value divided by the number of seasons"


def test_restated_term_opening_and_gloss_are_dropped():
    assert definition_end("How is RevPAR calculated?",
                          "(revenue per available room) is rooms revenue divided by available room nights, equivalent "
                          "to occupancy multiplied by ADR") == "rooms revenue divided by available room nights"


def test_a_list_of_nouns_and_other_questions_are_left_alone():
    assert definition_end("How is X defined?", "royalties, fees and charges paid to songwriters") == \
        "royalties, fees and charges paid to songwriters"
    assert definition_end("Why did X fall?", "lower demand, offset by price rises") == "lower demand, offset by price rises"
    assert not definition_asked("How much was revenue in 2024?")
    assert definition_end("How is X defined?", None) is None


def test_an_operation_of_the_measure_stays_in_it():
    assert definition_end("How is annualized base rent calculated?",
                          "the monthly base rent, multiplied by 12, and excludes abatements") == \
        "the monthly base rent, multiplied by 12, and excludes abatements"
    assert definition_end("How does the report define the market?", "the value of packs sold, measured at the pack level") == \
        "the value of packs sold, measured at the pack level"
