"""The calibration table: shipped figures are cited and well formed; user files are validated."""
import pandas as pd
import pytest
from click.testing import CliRunner

from attrition.dynamics.calibration import COLUMNS, QUANTITIES, load_calibration, strength_observations
from attrition.errors import KnowledgeError

HEADER = ",".join(COLUMNS) + "\n"


def test_shipped_table_is_cited_and_keeps_ranges_as_ranges():
    t = load_calibration()
    assert len(t) >= 15
    assert t["source"].str.len().gt(5).all()
    assert set(t["quantity"]) <= set(QUANTITIES)
    unama = t[(t.quantity == "casualties") & (t.period_start == "2018-01-01")].iloc[0]
    assert unama.value == 10993 and "UNAMA" in unama.source
    killed = t[(t.quantity == "killed") & (t.period_start == "2018-01-01")].iloc[0].value
    injured = t[(t.quantity == "injured") & (t.period_start == "2018-01-01")].iloc[0].value
    assert killed + injured == 10993
    ranges = t[(t.quantity == "fighters") & t.low.notna() & t.high.notna()]
    assert (ranges.low < ranges.high).all() and ranges.value.isna().all()


def test_strength_observations_are_dated_at_the_end_of_their_period():
    obs = strength_observations(load_calibration(), subject="iskp")
    assert list(obs.columns) == ["date", "value", "low", "high", "side", "source"]
    assert obs["date"].is_monotonic_increasing and "2018-06-30" in set(obs["date"])


def test_user_rows_are_added(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text(HEADER + "fighters,iskp,2024-01,,\"1,500\",,,people,My notes,2024-02,,\n", encoding="utf-8")
    t = load_calibration([f])
    mine = t[t["file"] == str(f)]
    assert len(mine) == 1 and mine.iloc[0].value == 1500
    assert mine.iloc[0].period_end == pd.Timestamp("2024-01-31")


@pytest.mark.parametrize("row,column,words", [
    ("fighters,iskp,2024-13,,100,,,people,Me,,,", "period_start", "cannot read date"),
    ("fighters,iskp,2024-01,,lots,,,people,Me,,,", "value", "not a number"),
    ("fighters,iskp,2024-01,,,300,200,people,Me,,,", "low", "above high"),
    ("soldiers,iskp,2024-01,,100,,,people,Me,,,", "quantity", "unknown quantity"),
    ("fighters,iskp,2024-01,,100,,,people,,,,", "source", "source is empty"),
    ("fighters,iskp,2024-01,,,,,people,Me,,,", "value", "no figure"),
])
def test_malformed_user_file_is_rejected_naming_file_row_and_column(tmp_path, row, column, words):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER + "fighters,iskp,2023-01,,100,,,people,Me,,,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as e:
        load_calibration([f])
    msg = str(e.value)
    assert str(f) in msg and "row 2" in msg and f"column {column}" in msg and words in msg


def test_missing_header_columns_are_named(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("quantity,value\nfighters,100\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="subject"):
        load_calibration([f])


def test_cli_fits_and_runs_a_scenario_writing_plots(tmp_path):
    from attrition.cli import main
    from attrition.dynamics.attrition import Attrition
    sim = Attrition(observation="poisson").simulate(params={"A0": 2000, "g_A": -0.02, "c": 0.01},
                                                    start="2019-01", months=24, seed=1)
    ev = tmp_path / "ev.csv"
    pd.DataFrame({"date": sim["month"].astype(str), "count": sim["attacks"]}).to_csv(ev, index=False)
    r = CliRunner().invoke(main, ["model", "attrition", "--events", str(ev), "--observation", "poisson",
                                  "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "parameter,status" in r.output and "g_A" in r.output
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["scenario", "--events", str(ev), "--observation", "poisson", "--shock",
                                  "2021-02:+1000", "--months", "3", "--sims", "50", "--out", str(out),
                                  "--format", "json"])
    assert r.exit_code == 0, r.output
    assert (out / "scenario.png").stat().st_size > 1000
    assert "<img" in (out / "scenario.html").read_text(encoding="utf-8")
