"""A question asking what a thing means or refers to is not answered by a sentence giving a cause of its change."""

from rag.extractive.definition_asked import cause_only, definition_asked


def test_definition_questions():
    assert definition_asked("What does Vessel Calendar Days refer to?")
    assert definition_asked("What does EBITDA mean?")
    assert definition_asked("How is net debt defined?")
    assert not definition_asked("Why did vessel calendar days decrease?")
    assert not definition_asked("What does the cost of revenue consist of?")


def test_a_cause_of_a_change_is_cause_only():
    assert cause_only("The decrease in vessel calendar days is mainly due to the disposal of ten vessels in 2018.")
    assert not cause_only("Vessel Calendar Days is the total number of days the vessels were in our fleet.")
    assert not cause_only("Adjusted EBITDA means EBITDA driven by ongoing operations.")
