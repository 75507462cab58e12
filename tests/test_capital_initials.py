from rag.extractive.capital_initials import written_out


def test_acronym_written_out_in_capitalised_words():
    assert written_out("AA", "Artificial Analysis Video Arena Leaderboard")
    assert written_out("ICBC", "Industrial and Commercial Bank of China")


def test_lower_case_words_or_other_initials_do_not_spell_it():
    assert not written_out("AA", "an arena of artificial analysis")
    assert not written_out("AA", "Artificial Video Analysis")
    assert not written_out("AA", "Artificial intelligence Analysis")  # a lower-case word breaks the run
    assert not written_out("Gen", "Generative Engine Network")  # not an acronym


def test_joining_word_never_starts_it():
    assert not written_out("OC", "of Commerce")


def test_a_joining_word_is_never_the_first_initial():
    assert not written_out("IA", "In Asia, growth slowed.")  # 'In' joins; it starts no name
    assert written_out("IA", "In Industrial Automation")  # the name starts after it


def test_spelled_or_defined_takes_either_the_initials_or_a_defined_form():
    from rag.extractive.capital_initials import spelled_or_defined
    table = {"cagr": frozenset({"compound annual growth rate"})}
    assert spelled_or_defined("AA", "Scores from Artificial Analysis", {})
    assert spelled_or_defined("CAGR", "The compound annual growth rate was 5%", table)
    assert not spelled_or_defined("CAGR", "The compound annual growth rate was 5%", {})
    assert not spelled_or_defined("CAGR", "Growth was 5%", table, lowered="growth was 5%")


def test_every_joining_word_the_acronym_table_knows_is_left_out():
    from rag.extractive.capital_initials import written_out
    assert written_out("RLHF", "Reinforcement Learning from Human Feedback")
    assert not written_out("RLHF", "reinforcement learning from human feedback")
