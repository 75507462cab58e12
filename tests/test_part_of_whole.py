"""A place's amount given only as its share of a world total is that share of the total, computed
exactly, each operand cited; no such sentence, no answer from here."""

from rag import compute
from rag.extractive.part_of_whole import part_of_whole
from tests.test_extractive import evidence

WORLD = ("As of 1H 2024, the number of global AI companies exceeded 30,000, with America and China "
         "accounting for 34% and 15%, respectively.")


def test_a_share_of_a_whole_is_computed_exactly_and_recomputes():
    done = compute.part_of(compute.Operand.of("34%"), compute.Operand.of("30,000"))
    assert done.text == "10,200" and done.derivation == "34% × 30,000 = 10,200"
    assert compute.recompute("part_of", ["34", "30,000"], "10,200")
    assert not compute.recompute("part_of", ["34", "30,000"], "10,300")


def test_the_places_share_of_the_world_total_gives_its_amount():
    ctx, slots, ev = evidence("How many AI companies did China have as of 1H 2024?", WORLD)
    a = part_of_whole(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "about 4,500" and a.derivation["op"] == "part_of"


def test_no_world_total_or_no_share_of_the_place_gives_nothing():
    ctx, slots, ev = evidence("How many AI companies did India have as of 1H 2024?", WORLD)
    assert part_of_whole(ctx, slots, ev, "extractive") is None  # no share for the place asked
    ctx, slots, ev = evidence("How many AI companies did China have?", "China has 34% of the 30,000 companies it tracks.")
    assert part_of_whole(ctx, slots, ev, "extractive") is None  # no world total


def test_respectively_gives_each_name_the_figure_in_its_position():
    ctx, slots, ev = evidence("How many AI companies did America have as of 1H 2024?", WORLD)
    assert part_of_whole(ctx, slots, ev, "extractive").figure == "about 10,200"


def test_a_share_held_together_with_another_is_not_the_places():
    text = "In 2024, global AI financing surpassed USD 50 billion, with Brazil and Chile together representing 92%."
    ctx, slots, ev = evidence("How much AI financing did Brazil raise in 2024?", text)
    assert part_of_whole(ctx, slots, ev, "extractive") is None


def test_a_world_total_of_another_measure_is_no_whole_of_the_one_asked():
    ctx, slots, ev = evidence("How many AI financing deals did China close as of 1H 2024?", WORLD)
    assert slots.metrics  # 'financing' is the measure asked; the sentence counts companies
    assert part_of_whole(ctx, slots, ev, "extractive") is None


def test_several_shares_of_one_whole_are_their_sums_share_and_recompute_in_one_step():
    done = compute.part_of([compute.Operand.of("34%"), compute.Operand.of("15%")], compute.Operand.of("30,000"))
    assert done.text == "14,700" and done.derivation == "(34% + 15%) × 30,000 = 14,700"
    assert compute.recompute("part_of", ["34", "15", "30,000"], "14,700")
    assert not compute.recompute("part_of", ["34", "15", "30,000"], "10,200")


def test_places_asked_together_hold_the_sum_of_their_shares():
    ctx, slots, ev = evidence("How many AI companies did America and China have between them as of 1H 2024?", WORLD)
    a = part_of_whole(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "about 14,700"
    assert [o["value"] for o in a.derivation["operands"]] == ["34", "15", "30,000"]


def test_places_not_asked_together_get_no_summed_share():
    """'How many did America and China have' may ask each one's: no joint word, no sum."""
    ctx, slots, ev = evidence("How many AI companies did America and China have as of 1H 2024?", WORLD)
    assert part_of_whole(ctx, slots, ev, "extractive") is None
