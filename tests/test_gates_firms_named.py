"""firms_unnamed: a 'which firms' question is not answered by a lead listing only descriptions."""

from rag.extractive.gates_firms_named import unnamed_firms

Q = "Which medical imaging firms does the report profile?"


def test_a_list_of_activities_names_no_firm():
    assert unnamed_firms(Q, "Healthcare: Medical imaging analysis; LM-assisted diagnosis; Robotic-assisted surgeries")


def test_a_list_of_names_or_another_question_passes():
    assert not unnamed_firms(Q, "Key players include United Imaging, Tencent and iFlytek.")
    assert not unnamed_firms(Q, "Tencent; Deepwise")
    assert not unnamed_firms("Which uses does the report profile?", "Medical imaging analysis; LM-assisted diagnosis")
