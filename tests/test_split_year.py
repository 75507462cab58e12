"""A year heading several columns (Men | Women under 2019) does not pick one cell for a bold lead."""

from rag.extractive.split_year import split_year_led

SHOWN = ("**88.5** (2019). Member aged 45 — 2019 › Men: 88.5; 2019 › Women: 90.7; "
         "2018 › Men: 89.0; 2018 › Women: 91.1")


def test_a_year_over_two_columns_does_not_pick_the_lead():
    assert split_year_led("What was the Member aged 45 in 2019?", SHOWN)


def test_the_question_naming_the_leads_column_picks_it():
    assert split_year_led("What was the Member aged 45 for men in 2019?", SHOWN) is None
    assert split_year_led("What was the Member aged 45 for women in 2019?", SHOWN)


def test_a_change_column_beside_the_year_is_no_sibling():
    shown = "**22.9** (2019). Gross margin — 2019 › Amount: 22.9; 2019 › % Change: 3.1; 2018 › Amount: 21.0"
    assert split_year_led("What was the gross margin in 2019?", shown) is None


def test_a_year_with_one_column_is_left_alone():
    assert split_year_led("What was revenue in 2019?", "**5** (2019). Revenue — 2019: 5; 2018: 4") is None


def test_a_column_named_in_another_form_picks_it():
    assert split_year_led("What was the Member aged 45 for a male member in 2019?", SHOWN) is None


def test_the_leads_column_is_read_from_its_label_when_the_lead_carries_a_scale():
    # '**88.5 million** (2019 › Men)': the lead's column is named in its label, its text is the cell's plus a scale
    shown = "**88.5 million** (2019 › Men). Member aged 45 — 2019 › Men: 88.5; 2019 › Women: 90.7 [1]"
    assert split_year_led("What was the Member aged 45 for men in 2019?", shown) is None
    assert split_year_led("What was the Member aged 45 for women in 2019?", shown)


def test_a_column_headed_by_the_adjective_is_picked_by_the_noun():
    # the sexes' words read in one form on both sides: 'men' names the column 'Male'
    shown = "**88.5** (2019 › Male). Member aged 45 — 2019 › Male: 88.5; 2019 › Female: 90.7"
    assert split_year_led("What was the Member aged 45 for men in 2019?", shown) is None
    assert split_year_led("What was the Member aged 45 for women in 2019?", shown)
