"""A claim-framed yes/no question asks its claim's own question (claim_frame.py, choice_names.py)."""

from rag.extractive.choice_names import alternatives
from rag.extractive.claim_frame import as_question


def test_claim_turned_into_its_question():
    assert as_question("Is it true that A is rated above B?") == "Is A rated above B?"
    assert as_question("Does the report back the claim that A has more users than B?") == "Has A more users than B?"
    assert as_question("Is it true that A leads B?") is None  # no auxiliary to front
    assert as_question("Is A rated above B?") is None


def test_rated_above_and_below_name_two_alternatives():
    assert alternatives("Is it true that Acme X1 is rated above Beta Y2?").names == ("Acme X1", "Beta Y2")
    assert alternatives("Is Acme X1 ranked below Beta Y2?").names == ("Acme X1", "Beta Y2")
    assert alternatives("Is Acme X1 rated higher than Beta Y2?").names == ("Acme X1", "Beta Y2")
