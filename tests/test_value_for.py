"""Values paired with what they are for ('V for A, V for B', and a later clause's values 'respectively')."""

from ingest.figures import parse_figures

from rag.extractive.phrase import answer_phrase
from rag.extractive.value_for import paired_figures, value_for, value_pairs

LIVES = "useful lives range from 3 to 7 years for developed technology, 5 to 10 years for customer relationships."
LEASES = ("the remaining lease term was 7.2 years for operating leases and 5.8 years for finance leases, and the "
          "discount rate was 3.9% and 4.4%, respectively.")


def test_value_before_the_named_item():
    assert value_for("What is the useful life range for customer relationships?", LIVES) == "5 to 10 years"


def test_phrase_leads_with_the_named_items_value():
    assert answer_phrase("What is the useful life range for customer relationships?", LIVES, "words") == "5 to 10 years"


def test_no_item_named_no_value():
    assert value_for("What is the useful life range?", LIVES) is None


def test_one_pair_is_no_list():
    assert value_pairs("The term was 7.2 years for operating leases.") == []


def test_respectively_clause_follows_the_items():
    pairs = value_pairs(LEASES)
    assert [LEASES[s:e] for s, e, i in pairs if i == "finance leases"] == ["5.8 years", "4.4%"]


def test_figures_of_other_items_dropped():
    figs = [f for f in parse_figures(LEASES) if f.unit == "percent"]
    kept = paired_figures(LEASES, figs, "What was the discount rate for finance leases?")
    assert [f.text for f in kept] == ["4.4%"]


def test_parallel_for_clauses_answer_the_named_item():
    from rag.extractive.value_for import clause_for
    s = ("Revenue by geography is based on the addresses of our customers, which for advertising revenue is the "
         "location of the advertiser and for payments and other fees revenue is the location of the user.")
    assert clause_for("How is revenue by geography determined for advertising revenue?", s) == "the location of the advertiser"
    assert clause_for("How is revenue by geography determined?", s) is None


def test_item_valued_in_two_clauses_takes_the_measure_asked() -> None:
    from rag.extractive.value_for import value_for
    s = ("As of December 30, 2023, the weighted-average remaining lease term was 8.4 years for operating leases and "
         "6.9 years for finance leases, and the weighted-average discount rate was 4.6% for operating leases and 4.1% "
         "for finance leases.")
    assert value_for("What was the weighted-average remaining lease term for finance leases?", s) == "6.9 years"
    assert value_for("What was the weighted-average discount rate for finance leases?", s) == "4.1%"
