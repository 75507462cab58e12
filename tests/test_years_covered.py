"""An answer must cover every year the question names: one whose cited passages never name a year asked abstains."""

from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.years_covered import named, year_uncovered
from rag.types import Answer, Citation
from tests.test_extractive import context


def _answered(ctx, n: int = 0, quote: str = "") -> Answer:
    cite = Citation.from_passage(1, ctx.passages[n], quote=quote or ctx.passages[n].chunk.text)
    return Answer(question=ctx.question, answer="**30.1%**", figure="30.1%", abstained=False, citations=[cite])


def test_named_reads_extracted_and_fiscal_forms():
    assert named("December 31 | 2019 | 2 0 1 8", 2018) and named("FY18 revenue", 2018)
    assert named("(2017/18: €−136 million)", 2018) and named("2018E", 2018)
    assert not named("2019 and 20180", 2018)


def test_a_year_no_cited_passage_names_is_uncovered():
    ctx = context("What was Company A's 2031 share?", "Company A held 30.1% of the market in 2024.")
    assert year_uncovered(ctx, _answered(ctx), (2031,)) == "the passages cited never name 2031"
    assert year_uncovered(ctx, _answered(ctx), (2024,)) is None


def test_a_change_stated_over_a_year_covers_the_year_before():
    ctx = context("What was it in 2023?", "Incidents reached 220 in 2024, a nearly 50% year-on-year increase.")
    assert year_uncovered(ctx, _answered(ctx), (2023,)) is None
    ctx = context("What was it in 2023?", "Incidents were 220 in 2024.")
    assert year_uncovered(ctx, _answered(ctx), (2023,)) is not None


def test_an_abstention_is_never_uncovered():
    ctx = context("What was it in 2031?", "Incidents were 220 in 2024.")
    refused = Answer(question=ctx.question, answer="The reports don't state this.", figure=None, abstained=True,
                     citations=[])
    assert year_uncovered(ctx, refused, (2031,)) is None


def test_the_answerer_abstains_on_a_year_its_evidence_never_names():
    q = "What share of the market did Company A hold in 2031?"
    answer = ExtractiveAnswerer(threshold=0.0).answer(context(q, "Company A held 30.1% of the market in 2024."))
    assert answer.abstained
    answer = ExtractiveAnswerer(threshold=0.0).answer(
        context(q.replace("2031", "2024"), "Company A held 30.1% of the market in 2024."))
    assert not answer.abstained


def test_a_word_merely_starting_like_a_change_states_no_change():
    ctx = context("What was it in 2023?", "Upstream surgery volumes were 220 in 2024.")
    assert year_uncovered(ctx, _answered(ctx), (2023,)) is not None
    ctx = context("What was it in 2023?", "Volumes were up to 220 in 2024.")
    assert year_uncovered(ctx, _answered(ctx), (2023,)) is None


def test_a_year_a_change_starts_from_covers_no_year_before():
    # 'since 2015 ... rose from 501': 2015 is where the rise starts, not a year it ends in over 2014
    ctx = context("How many deals were there in 2014?",
                  "Since 2015, the number of deals rose from 501 to a peak of 1,024 in 2018.")
    assert year_uncovered(ctx, _answered(ctx), (2014,)) is not None
    assert year_uncovered(ctx, _answered(ctx), (2017,)) is None  # the year before the rise's end
    # a range's first year, and a change word in another sentence than the year, cover no year before either
    ctx = context("What was it in 2014?", "Financing Trends, 2015-2024\nDeals declined after a peak.")
    assert year_uncovered(ctx, _answered(ctx), (2014,)) is not None
    ctx = context("What was it in 2014?", "Deals were 501 in 2015. Later they fell.")
    assert year_uncovered(ctx, _answered(ctx), (2014,)) is not None


def test_a_fiscal_year_a_change_starts_from_covers_no_year_before():
    # a start year written as a fiscal year ('since FY2015', 'from FY2015 to FY2024') is a start all the same
    from rag.extractive.years_covered import change_ends_in
    assert not change_ends_in("Deals rose 20% since FY2015.", 2015)
    assert not change_ends_in("Deals rose 20% from FY2015 to FY2024.", 2015)
    assert not change_ends_in("Deals rose 20% over FY2015-FY2024.", 2015)
    assert change_ends_in("Deals rose 20% in FY2015.", 2015)
    assert change_ends_in("Deals rose 20% from FY2014 to FY2015.", 2015)


def test_each_text_is_read_in_full_once_for_all_the_years_checked():
    from rag.extractive.years_covered import named_in
    in_full: dict[str, str] = {}
    texts = ["revenue in '24 and FY2023", "no year here"]
    assert named_in(texts, 2024, in_full) and named_in(texts, 2023, in_full)
    assert not named_in(texts, 2031, in_full)
    assert set(in_full) == {"revenue in '24 and FY2023", "no year here"}  # kept across the years asked


def test_a_date_bound_of_a_condition_is_no_period_asked():
    from rag.extractive.years_covered import bound_years

    assert bound_years("How many of the bonds outstanding at the end of 2020 mature after 2025?") == {2025}
    assert bound_years("What was revenue in 2025?") == set()


def test_a_count_whose_condition_word_no_bound_reads_abstains_named():
    from rag.extractive.answer_covered import first_uncovered
    ctx = context("How many segments grew sales in every year?", "Cloud sales were 40 in 2021 and 55 in 2022.")
    got = first_uncovered(ctx, _answered(ctx), ExtractiveAnswerer().slots(ctx))
    assert got is not None and got[0] == "condition_unread"
    plain = context("How many segments had sales above 50?", "Cloud sales were 40 in 2021 and 55 in 2022.")
    assert first_uncovered(plain, _answered(plain), ExtractiveAnswerer().slots(plain)) is None
