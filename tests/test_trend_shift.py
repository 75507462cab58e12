"""Where a thing is going, asked in words, on the smallest inputs (strings written for the test,
not gold wording; no embedding model):

- 'which way is X moving', 'where is X heading', 'what's the direction of travel' ask where a thing goes:
  a trend asked, not a choice among names; 'how has X evolved' asks how it changed, not where it goes;
- a sentence saying what a thing moves from and to ('shifting from A to B', 'advancing toward B',
  'gradually becoming standard') states a direction, and answers a destination asked in words;
  one only naming the thing's importance ('X is becoming a key direction') does not."""

from __future__ import annotations

from rag.extractive.slots import parse
from rag.extractive.trend import destination_asked, shift_asked, states_direction, states_shift
from test_extractive import evidence


def test_a_destination_asked():
    assert destination_asked("Which way is chip export control moving?")
    assert destination_asked("Where is robot assembly heading?")
    assert destination_asked("Voice bots - what's the direction of travel?")
    assert destination_asked("What's the direction of cloud pricing?")
    assert not destination_asked("How has chip export control evolved?")
    assert not destination_asked("How much did chip exports grow in 2023?")


def test_the_direction_of_travel_is_a_trend_asked():
    assert parse("Voice bots - what's the direction of travel?").trend
    assert parse("Which way is chip export control moving?").trend


def test_a_shift_from_and_to_states_a_direction():
    assert states_shift("Pricing is shifting from seats to usage.")
    assert states_shift("Bots are advancing from scripts toward open dialogue.")
    assert states_shift("Voice output is gradually becoming standard in apps.")
    assert states_direction("Pricing is shifting from seats to usage.")
    assert not states_shift("Cloud pricing is becoming a key topic for buyers.")
    assert not states_shift("Pricing went from bad to worse for some.")  # no movement said of a thing


def test_a_shift_answers_only_a_destination_asked_in_words():
    where = parse("Which way is cloud pricing moving?")
    how = parse("How has cloud pricing evolved?")
    said = "Cloud pricing is shifting from seats to usage."
    assert shift_asked(where) and states_shift(said)  # features.build reads the two apart: the first once a question
    assert not shift_asked(how)


def test_the_sentence_saying_where_the_thing_moves_scores_it():
    q = "Which way is cloud pricing moving?"
    _, _, ev = evidence(q, "Cloud pricing is a key issue for buyers of compute. Cloud pricing is shifting from seats to usage.")
    by_text = {e.text: e.features for e in ev}
    assert by_text["Cloud pricing is shifting from seats to usage."]["shift_said"] == 1.0
    assert by_text["Cloud pricing is a key issue for buyers of compute."]["shift_said"] == 0.0
    # a shift of something the question does not name says nothing of where the thing asked goes
    _, _, ev = evidence(q, "Robots are shifting from arms to humanoids.")
    assert ev[0].features["shift_said"] == 0.0
