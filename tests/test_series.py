"""Event-series input: files, store frames, precision, event times, monthly counts."""
from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from attrition.dynamics import series
from attrition.errors import InputError, UsageError

FIX = Path(__file__).parent / "fixtures" / "dynamics"


def test_csv_with_day_month_and_year_dates_gets_precisions():
    df = series.load_events(io.StringIO("date,count,fatalities\n2021-08-26,2,183\n2021-10,1,\n2022,1,3\n"),
                            format="csv")
    assert list(df["date_precision"]) == ["day", "month", "year"]
    assert list(df["count"]) == [2, 1, 1]
    assert list(df["fatalities"]) == [183, 0, 3]
    assert df["date"].iloc[1] == pd.Timestamp("2021-10-01")


def test_jsonl_file_by_suffix(tmp_path):
    p = tmp_path / "ev.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in [{"date": "2020-01-02", "actor1_name": "ISIS-K"},
                                                   {"date": "2020-01-02", "fatalities": 4}]) + "\n")
    df = series.load_events(p)
    assert len(df) == 2 and df["count"].sum() == 2 and df["fatalities"].sum() == 4


def test_unreadable_inputs_raise_input_error_naming_the_problem(tmp_path):
    with pytest.raises(InputError, match="no 'date' column"):
        series.load_events(io.StringIO("day\n2020-01-01\n"), format="csv")
    with pytest.raises(InputError, match="row 2"):
        series.load_events(io.StringIO("date\n2020-01-01\nyesterday\n"), format="csv")
    with pytest.raises(InputError, match="not found"):
        series.load_events(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="count"):
        series.load_events(io.StringIO("date,count\n2020-01-01,-1\n"), format="csv")


def test_store_frame_is_normalised_and_drops_undated_and_negated_events():
    store_df = pd.DataFrame({
        "id": ["e1", "e2", "e3", "e4"], "date": ["2021-08-26", "2021-10", None, "2021-11-02"],
        "date_precision": ["day", "month", None, "day"], "actor1_id": ["isis-k"] * 4,
        "actor1_name": ["ISIS-K"] * 4, "fatalities_best": [183, None, 1, 25],
        "modality": ["asserted", "asserted", "asserted", "negated"]})
    df = series.from_store(store_df)
    assert list(df["id"]) == ["e1", "e2"] and list(df["fatalities"]) == [183, 0]
    assert df.attrs["n_undated"] == 1 and df.attrs["n_negated"] == 1
    assert series.from_store(store_df.iloc[:0]).empty


def test_select_matches_perpetrator_id_or_name_case_insensitively_and_dates():
    df = series.load_events(FIX / "synthetic_events.csv")
    k = series.select(df, actor="isis-k")
    assert len(k) > 0 and set(k["actor1_name"]) == {"ISIS-K"}
    sub = series.select(df, since="2020-01-01", until="2020-12-31")
    assert sub["date"].min() >= pd.Timestamp("2020-01-01") and sub["date"].max() <= pd.Timestamp("2020-12-31")
    with pytest.raises(UsageError):
        series.select(pd.DataFrame({"date": []}), actor="x")


def test_event_times_expand_counts_and_keep_only_day_precise_rows():
    df = series.load_events(io.StringIO("date,count\n2020-01-01,1\n2020-01-03,2\n2020-02,5\n"), format="csv")
    t = series.event_times(df, origin="2020-01-01")
    np.testing.assert_array_equal(t, [0.0, 2.0, 2.0])
    kept, dropped = series.split_precision(df, "day")
    assert len(kept) == 2 and dropped == 5


def test_monthly_counts_are_zero_filled_and_can_sum_fatalities():
    df = series.load_events(io.StringIO("date,fatalities\n2020-01-05,3\n2020-01-20,1\n2020-04,7\n2021,9\n"),
                            format="csv")
    s = series.monthly_counts(df)
    assert list(s.index.astype(str)) == ["2020-01", "2020-02", "2020-03", "2020-04"]
    assert s.tolist() == [2, 0, 0, 1]
    assert series.monthly_counts(df, "fatalities").tolist() == [4, 0, 0, 7]
    assert len(series.monthly_counts(df, start="2019-11", end="2020-06")) == 8
    with pytest.raises(UsageError):
        series.monthly_counts(df, "deaths")


def test_founding_case_fixture_has_a_source_for_every_row():
    raw = pd.read_csv(FIX / "isisk_major_attacks.csv")
    assert raw["source"].notna().all() and raw["source"].str.startswith("Wikipedia:").all()
    df = series.load_events(FIX / "isisk_major_attacks.csv")
    assert (df["date_precision"] == "day").all() and df["date"].is_monotonic_increasing


class _FakeStore:
    def __init__(self, df):
        self.df, self.calls = df, []

    def events(self, **kw):
        self.calls.append(kw)
        return self.df

    def close(self):
        pass


def test_cli_reads_events_from_the_store(monkeypatch):
    from attrition.cli import dynamics_cmds, main
    raw = series.load_events(FIX / "synthetic_events.csv")
    fake = _FakeStore(pd.DataFrame({"id": range(len(raw)), "date": raw["date"].dt.strftime("%Y-%m-%d"),
                                    "date_precision": raw["date_precision"], "actor1_id": "isis-k",
                                    "actor1_name": raw["actor1_name"], "fatalities_best": raw["fatalities"],
                                    "modality": "asserted"}))
    monkeypatch.setattr(dynamics_cmds, "_open_store", lambda db: fake)
    r = CliRunner().invoke(main, ["forecast", "--db", "x.db", "--actor", "ISIS-K", "--model", "negbin-reg",
                                  "--horizon", "2", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert fake.calls[0]["actor"] == "ISIS-K" and fake.calls[0]["role"] == "actor1"
    assert len(json.loads(r.stdout)) == 2
