"""A list asked of prose is the coordination attached to the question's words (coordinated)."""

from rag.extractive.coordinated import coordinated_ends, coordinated_kind, coordinated_lead, coordinated_names, names_asked
from rag.extractive.phrase_lead import lead_phrase


def test_names_attached_to_the_questions_words_end_at_the_last_name():
    s = ("Fees averaged $58.40 per tonne in 2024, up 5.2% from $55.50 in 2023, with the largest increases at "
         "Cedar Hollow and Millbrook where competing sites closed.")
    assert coordinated_names("At which sites were the largest fee increases?", s) == "Cedar Hollow and Millbrook"
    s = ("Growth was driven by price increases that passed through minimum wage increases, notably in Spain, Germany "
         "and several US states, and by demand for event security.")
    assert coordinated_names("Where were the minimum wage increases?", s) == "Spain, Germany and several US states"


def test_the_coordination_saying_most_of_the_question_answers():
    s = ("Exports fell 2.8% in 2024, with declines in China and Hong Kong partly offset by the United States "
         "and Japan.")
    assert coordinated_names("Which markets partly offset the declines in exports?", s) == "the United States and Japan"
    s = "Producers diverted volumes to Turkey, India and China, while tyre makers turned to imports from Egypt and Peru."
    assert coordinated_names("Where did tyre makers source imports?", s) == "Egypt and Peru"


def test_the_asked_plural_after_the_names_attaches_them():
    s = "Sales rose after the installation of optical sorters at the Tacoma and Spokane facilities; prices held."
    assert coordinated_names("At which facilities were optical sorters installed?", s) == "the Tacoma and Spokane"


def test_no_names_asked_or_none_attached_gives_none():
    s = "Sales rose in Spain and Germany."
    assert not names_asked("What were sales in 2024?")
    assert not names_asked("In which years did sales rise?")
    assert coordinated_names("What were sales in 2024?", s) is None
    assert coordinated_names("Which brands launched in 2024?", s) is None  # nothing the question says is before them


def test_before_and_after_asks_the_two_ends_in_order():
    s = "The agreement reduced the import tariff on whisky from 150% to 100%, with further cuts to 75% later."
    assert coordinated_ends("What were the import tariffs on whisky before and after the agreement?", s) == "150% and 100%"
    assert coordinated_ends("What was the import tariff on whisky in 2024?", s) is None
    t = "Dealer inventories were reduced to 41 days from 56 days at the end of the prior year."
    assert coordinated_ends("What were dealer inventories before and after?", t) == "56 days and 41 days"
    assert coordinated_lead("What were the import tariffs on whisky before and after the agreement?", s) == "150% and 100%"


def test_a_phrase_listing_names_is_kept_and_a_ranking_question_gets_its_names():
    s = "Demand was strongest in Punjab, Haryana and Uttar Pradesh, while sales in Maharashtra lagged."
    assert lead_phrase("In which states was demand strongest?", (), (), s) == "Punjab, Haryana and Uttar Pradesh"
    s = "Fees rose 5.2% from $55.50 in 2023, with the largest increases at Cedar Hollow and Millbrook."
    assert lead_phrase("At which sites were the largest fee increases?", (), (), s) == "Cedar Hollow and Millbrook"


def test_items_of_the_asked_kind_end_the_list_or_are_none():
    q = "Which actuarial methods are used to estimate reserves?"
    s = ("Reserves are estimated using a variety of actuarial methods, including paid and incurred loss development "
         "methods, the Bornhuetter-Ferguson method and frequency/severity techniques.")
    assert coordinated_kind(q, s) is None  # 'paid and incurred' is inside one item of a longer list
    s = "Chloride plants use high-grade feedstocks such as rutile and chloride slag, while sulphate plants use ilmenite."
    assert coordinated_kind("Which feedstocks do chloride plants use?", s) == "rutile and chloride slag"
    s = "Loans grew, led by new relationships in our healthcare and equipment finance verticals, and mortgages rose."
    assert coordinated_kind("In which verticals did new relationships drive loan growth?", s) == \
        "healthcare and equipment finance"
