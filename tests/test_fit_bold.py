"""The hedge threshold rule of eval/fit_bold.py on the smallest dumps (no model, no index)."""

from eval.fit_bold import hedge_trade, largest_hedge, prebold


def lead(p: float, right: bool, bold: bool = True, hedged: bool = False, row: bool = False) -> dict:
    return {"features": {"row": float(row)}, "abstained": False, "p": p, "right": right, "lead": right,
            "bold": bold, "hedged": hedged}


def test_a_lead_the_old_hedge_unbolded_counts_as_bold_before_it():
    assert prebold(lead(0.35, False, bold=False, hedged=True), hedge_was=0.4)
    assert not prebold(lead(0.45, False, bold=False, hedged=True), hedge_was=0.4)  # hedged by another rule
    assert not prebold(lead(0.2, False, row=True), hedge_was=0.4)  # rows are exempt from the check


def test_the_largest_threshold_hedging_at_least_as_many_wrong_leads_as_right():
    rows = [lead(0.32, False), lead(0.42, False), lead(0.47, True), lead(0.51, True), lead(0.52, True), lead(0.9, True)]
    assert hedge_trade(rows, 0.5, 0.4) == {"hedge_wrong": 2, "hedge_right": 1, "lead_lost": 1}
    assert largest_hedge(rows, 0.4, (0.3, 0.4, 0.5, 0.55, 0.6)) == 0.5
    assert largest_hedge([lead(0.9, True)], 0.4) == 0.0


def record(source: str, p: float | None, right: bool, shape: str | None = None) -> dict:
    return {"source": source, "features": {"margin": 0.1} if p is not None else None, "p": p, "right": right,
            "bold": True, "abstained": False, "derived": shape == "computed", "shape": shape, "confidence": 0.8}


def test_leave_one_set_out_names_each_set_and_scores_it_unseen(capsys):
    from eval.fit_bold import loso, loso_vector, set_of

    assert set_of(record("tatqa", 0.5, True)) == "tatqa" and set_of(record("fp3", 0.5, True)) == "fp3"
    assert len(loso_vector(record("gold", None, True, "computed"))) == len(loso_vector(record("gold", 0.4, False)))
    rows = [record(s, p, p > 0.5) for s in ("gold", "fp1", "fp2") for p in (0.2, 0.3, 0.6, 0.7, 0.8, 0.9)]
    loso(rows, 1.0, shares=(0.2,))
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == ["gold", "fp1", "fp2"]
    assert all("wrong 2" in line and "lowest 20%" in line for line in out)
