"""kind_unsaid: a sentence never naming the plural kind a question asks items of is no bold answer."""
from rag.extractive.kind_unsaid import kind_unsaid, kinds_asked


def test_kinds_asked_read_the_plural_after_the_wh_word_or_a_reporting_verbs_as() -> None:
    assert kinds_asked("What business models and use cases characterise AI platforms?") == ["models", "cases"]
    assert kinds_asked("What does the report identify as the main restraints on shipments in 2025?") == ["restraints"]
    assert kinds_asked("What were the main reasons for the decline?") == ["reasons"]
    assert kinds_asked("What costs were incurred in 2024?") == []  # a plural of an amount asks figures
    assert kinds_asked("What might AI video products eventually become?") == []  # a modal, not a modifier
    assert kinds_asked("What limits cloud-side intelligence?") == []  # a verb, not the plural asked


def test_a_sentence_about_the_topic_that_never_names_the_kind_is_unsaid() -> None:
    q = "What does the report identify as the main restraints on shipments in 2025?"
    assert kind_unsaid(q, "Looking ahead, Halvorsen forecasts global shipments of 1,238 million units in 2025.")
    assert not kind_unsaid(q, "Tariff uncertainty and weak demand remain the main restraints.")
    assert not kind_unsaid(q, "Shipments were held back by tariff uncertainty.")  # a cause said in words


def test_names_joined_by_and_may_name_the_kind_without_its_noun() -> None:
    q = "What are the two main currencies involved in the systems business?"
    assert not kind_unsaid(q, "Net sales were denominated in U.S. dollars and Australian dollars.")
    assert not kind_unsaid("What is revenue?", "Revenue is what the company earns.")  # no plural kind asked


def test_a_plural_asked_is_one_form_for_its_readers():
    import re
    from rag.extractive.names import PLURAL_NOUN
    assert [w for w in ("producers", "business", "status", "analysis", "gas", "restraints") if re.fullmatch(PLURAL_NOUN, w)] \
        == ["producers", "restraints"]
