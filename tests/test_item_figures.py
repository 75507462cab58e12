"""item_figures: two items a question joins with 'and' each read their own figure of a sentence (no model)."""

from ingest.figures import parse_figures

from rag.extractive.item_figures import item_figures


def _read(question, text):
    got = item_figures(text, parse_figures(text), question)
    return [f.text for f in got] if got else None


def test_each_item_its_figure_after_its_mention_in_the_question_order():
    text = "Pet shops remain the largest channel with 52% of value sales, while e-commerce has grown to 18%."
    assert _read("What shares did pet shops and e-commerce account for?", text) == ["52%", "18%"]
    assert _read("What shares did e-commerce and pet shops account for?", text) == ["18%", "52%"]


def test_a_mention_with_no_figure_before_the_other_is_passed_over():
    text = "Pets reached 124.1 million in 2024, of which cats numbered 71.5 million and dogs 52.6 million."
    assert _read("How many cats and dogs were there?", text) == ["71.5 million", "52.6 million"]


def test_values_paired_before_their_items_read_in_the_clause_of_the_measure():
    text = "The lease term was 7.2 years for operating leases and 5.8 years for finance leases."
    assert _read("What were the lease terms for operating and finance leases?", text) == ["7.2", "5.8"]


def test_no_pair_asked_or_one_item_unnamed_gives_none():
    text = "Pet shops remain the largest channel with 52% of value sales, while e-commerce has grown to 18%."
    assert _read("What share did pet shops account for?", text) is None
    assert _read("What shares did pet shops and supermarkets account for?", text) is None
    assert _read("What were the shares in 2023 and 2024?", text) is None


def test_a_figure_given_as_a_change_is_no_items_level():
    text = ("The income of urban residents increased by 4.6% to RMB 54.2 thousand in 2024, while rural residents saw "
            "a 6.6% increase to reach RMB 23.1 thousand.")
    assert _read("What were urban and rural residents' incomes in 2024?", text) == ["RMB 54.2 thousand", "RMB 23.1 thousand"]
