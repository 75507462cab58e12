"""A pie's percentages read with its legend and caption (ingest/pies.py)."""

from ingest.pies import caption_above, pair_slices, read_pies


def test_slices_pair_with_a_legend_one_name_a_line():
    text = "Sales by region, 2024\n50%\n30%\n20%\nNorth\nSouth\nWest\nNote: rounded."
    out = read_pies(text)
    assert "Sales by region, 2024: North 50%; South 30%; West 20%." in out
    assert "Note: rounded." in out and "\nNorth\n" not in out


def test_a_legend_one_short_is_kept_beside_the_shares_never_paired():
    assert pair_slices(["55%", "33%", "6%", "4%", "2%"], ["Apps", "AIGC", "Base", "Tech"]) is None
    # two names run onto one line: pairing in order would give 'Other' the 15% of another slice
    out = read_pies("Financing mix\n52%\n19%\n15%\n14%\nIndustry applications\nAIGC Autonomous driving\nOther")
    assert "Financing mix: Industry applications; AIGC Autonomous driving; Other: 52%, 19%, 15%, 14%." in out
    # short lines after a pie with no legend (headings) name no slice
    out = read_pies("Market share\n45%\n30%\n25%\nMarket Overview\nKey Findings\nThe market grew.")
    assert "Market Overview 45%" not in out and "Key Findings 30%" not in out


def test_legend_that_does_not_pair_is_kept_beside_the_shares():
    out = read_pies("Deals by stage\n42%\n37%\n11%\n9%\nearly stage growth\nlate stage other")
    assert "Deals by stage: early stage growth; late stage other: 42%, 37%, 11%, 9%." in out


def test_side_by_side_pies_share_the_caption_above_the_first():
    out = read_pies("Mix 2024\n60%\n40%\n0%\nApps\nChips\nCloud\n70% 30%\n0%\nApps\nChips\nCloud").split("\n")
    assert "Mix 2024: Apps 60%; Chips 40%; Cloud 0%." in out and "Mix 2024: Apps 70%; Chips 30%; Cloud 0%." in out


def test_percentages_not_adding_to_a_whole_stay_as_they_were():
    text = "Growth\n0%\n7%\n14%\n21%\nNorth"
    assert read_pies(text) == text
    assert read_pies("Share\n50%\n30%\n20%\n") == "Share\n50%\n30%\n20%\n"  # no legend: left alone


def test_caption_stops_at_a_sentence_or_blank_line():
    assert caption_above(["The market grew fast.", "AI", "Financing in 2024"]) == "AI Financing in 2024"
    assert caption_above(["", ""]) is None
