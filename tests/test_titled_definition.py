"""A definition asked of a term a title line names: the sentence under the title defines it; a passage
never naming the term's words defines something else (the lead is doubted)."""

from __future__ import annotations

from rag.extractive.slots import parse
from rag.extractive.titled_definition import names_term, term_unnamed, titled_definition
from tests.test_extractive import evidence

TEXT = ("Quantifiable return on investment\nHigh data and infrastructure readiness\n"
        "Model training cannot be separated from high-quality data and strong infrastructure support. "
        "Data volume matters too.")


def test_the_term_a_definition_question_asks():
    assert parse("What does 'high data readiness' mean in the report's factors?").term_asked == "high data readiness"
    assert parse("What does CIC mean by unified multi-modal models?").term_asked == "unified multi-modal models"
    assert parse("How does the white paper define 'sovereign AI'?").term_asked == "sovereign AI"
    assert parse("How is the churn rate defined?").term_asked == "churn rate"
    assert parse("What does the report say about data readiness?").term_asked is None


def test_the_title_and_its_body_must_cover_the_whole_term():
    assert names_term("unified multi-modal models", "Unified multi-modal understanding and generation",
                      "Researchers explore unified models capable of both.")
    assert not names_term("unified multi-modal models", "Unified multi-modal understanding", "It is new.")
    assert not names_term("sovereign AI", "AI adoption", "AI is sovereign.")  # the title names too little


def test_the_sentence_under_the_title_naming_the_term_answers():
    q = "What does 'high data and infrastructure readiness' mean in the implementation factors?"
    ctx, _, ev = evidence(q, TEXT)
    got = titled_definition(ctx, parse(ctx.question), ev, lambda e: True)
    assert got is not None and got.text.startswith("Model training cannot")
    title = next(e for e in ev if e.text == "High data and infrastructure readiness")
    assert got.score >= title.score  # it answers with the score of the title it continues
    assert titled_definition(ctx, parse(ctx.question), ev, lambda e: False) is None  # off topic: none
    ctx, _, ev = evidence("What does the report say about data readiness?", TEXT)
    assert titled_definition(ctx, parse(ctx.question), ev, lambda e: True) is None  # no definition asked


def test_a_passage_never_naming_the_term_is_doubted():
    q = "How does the white paper define 'sovereign AI'?"
    assert term_unnamed(parse(q), "Risk governance will define the boundaries of AI deployment.") is not None
    assert term_unnamed(parse(q), "Sovereign AI is AI built on a nation's own infrastructure.") is None
    assert term_unnamed(parse("What drove AI deployment?"), "Risk governance will define AI.") is None
