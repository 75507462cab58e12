from rag.extractive.term_members import bracket_members, members_asked


def test_bracket_after_the_term_asked():
    s = ("They comprise managed security services (outsourced operations centres and managed detection), "
         "consulting & advisory (risk assessments, penetration testing and compliance), and training & awareness.")
    assert bracket_members("What does the consulting & advisory service type cover?", s) == \
        "risk assessments, penetration testing and compliance"


def test_classified_members():
    s = "Demand for magnet rare earths (neodymium, praseodymium, dysprosium and terbium) is projected to grow."
    assert bracket_members("Which elements does the report classify as magnet rare earths?", s) == \
        "neodymium, praseodymium, dysprosium and terbium"


def test_no_members_asked_or_other_term():
    s = "Demand for magnet rare earths (neodymium, praseodymium and terbium) is projected to grow."
    assert not members_asked("What is the demand growth for magnet rare earths?")
    assert bracket_members("What is the demand growth for magnet rare earths?", s) is None
    assert bracket_members("What does the wind turbine segment include?", s) is None


def test_figure_aside_is_no_member_list():
    s = "Targets for regional sales (70% weighting, 30% discretionary) are set yearly."
    assert bracket_members("What do targets for regional sales include?", s) is None


def test_cut_inside_the_defined_term_starts_at_its_verb():
    from rag.extractive.term_members import past_term_rest
    q = "How does the report define publisher fees?"
    assert past_term_rest("fees are payments from game publishers", q) == "are payments from game publishers"
    assert past_term_rest("rights are fees paid by platforms", q) == "rights are fees paid by platforms"
    assert past_term_rest("payments from game publishers", q) == "payments from game publishers"
