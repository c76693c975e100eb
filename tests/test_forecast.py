"""Monthly forecasters, backtests, reports, plots and the forecast CLI."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from scipy import stats

from attrition.dynamics import forecast as fc
from attrition.dynamics import plots, series
from attrition.errors import ModelError, NotFittedError

FIX = Path(__file__).parent / "fixtures" / "dynamics"


def _series(values, start="2019-01"):
    return pd.Series(values, index=pd.period_range(start, periods=len(values), freq="M"))


@pytest.fixture(scope="module")
def events():
    return series.select(series.load_events(FIX / "synthetic_events.csv"), actor="ISIS-K")


@pytest.mark.parametrize("model", list(fc.baselines().values()), ids=lambda m: m.name)
def test_every_baseline_fits_returns_self_and_predicts_the_next_months(model):
    s = _series(np.random.default_rng(1).poisson(4, 30))
    assert model.fit(s) is model
    f = model.predict(3)
    assert list(f.index.astype(str)) == ["2021-07", "2021-08", "2021-09"]
    assert f.pmf.shape[0] == 3 and np.allclose(f.pmf.sum(axis=1), 1.0)
    lo, hi = f.interval(0.9)
    assert np.all(lo <= hi)


def test_unfitted_forecaster_raises_not_fitted_error():
    with pytest.raises(NotFittedError):
        fc.ZeroForecast().predict(1)


def test_baselines_give_the_distributions_they_promise():
    s = _series([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 7])
    assert fc.ZeroForecast().fit(s).predict(1).crps(0, 4) == pytest.approx(4.0)
    last = fc.LastValuePoisson().fit(s).predict(1)
    assert last.log_score(0, 5) == pytest.approx(-stats.poisson.logpmf(5, 7))
    boot = fc.Bootstrap12().fit(s).predict(1)
    assert boot.pmf[0, 7] == pytest.approx(2 / 12) and boot.pmf[0, 1] == 0


def test_negative_binomial_regression_finds_overdispersion():
    rng = np.random.default_rng(4)
    y = stats.nbinom(1.5, 1.5 / (1.5 + 10)).rvs(48, random_state=rng)
    m = fc.NegBinRegression(window=48, trend=False).fit(_series(y))
    assert m.size_ < 5 and np.exp(m.coef_[0]) == pytest.approx(10, rel=0.35)


def test_forecast_from_samples_is_a_distribution_with_the_sample_mean():
    rng = np.random.default_rng(5)
    x = np.column_stack([rng.poisson(2, 4000), rng.poisson(200, 4000)])
    f = fc.Forecast.from_samples(x, pd.period_range("2020-01", periods=2, freq="M"))
    assert np.allclose(f.pmf.sum(axis=1), 1)
    np.testing.assert_allclose(f.mean(), [2, 200], rtol=0.02)
    assert f.pmf[1, 201] > 0  # smoothed: no holes between sampled values


def test_hawkes_forecast_simulates_forward_from_the_fitted_process(events):
    s = series.monthly_counts(events, end="2023-12")
    f = fc.HawkesForecast(events, n_samples=300, change_points=["2019-11-01", "2021-08-15"]).fit(s).predict(4)
    assert f.h == 4 and str(f.index[0]) == "2024-01"
    # last regime: mu ~ 0.06/day, alpha ~ 0.4 -> about 3 a month
    assert 1.5 < f.mean().mean() < 6
    fat = fc.HawkesForecast(events, value="fatalities", n_samples=300).fit(s).predict(2)
    assert fat.mean()[0] > f.mean()[0]


def test_hawkes_forecast_with_too_few_events_raises_model_error(events):
    s = series.monthly_counts(events).iloc[:1]
    with pytest.raises(ModelError):
        fc.HawkesForecast(events.iloc[:2]).fit(s)


def test_backtest_scores_each_model_origin_and_horizon_and_reports_plainly():
    rng = np.random.default_rng(6)
    s = _series(rng.poisson(np.linspace(2, 8, 40)))
    scores = fc.backtest(s, fc.baselines(), horizons=(1, 3), min_train=30, step=2)
    origins = range(30, 40, 2)
    expected = sum(1 + (o + 3 <= 40) for o in origins)
    assert len(scores) == expected * 5
    assert {"crps", "log_score", "covered90", "pit"} <= set(scores.columns)
    summ = fc.summarise(scores)
    assert set(summ["model"]) == set(fc.baselines())
    text = fc.report(scores, models=["negbin-reg"])
    assert "**negbin-reg**" in text and "vs zero:" in text
    assert any(w in text for w in ("beats it on CRPS", "does not beat it on CRPS"))


def test_backtest_needs_enough_months():
    with pytest.raises(ModelError, match="at least"):
        fc.backtest(_series([1, 2, 3]), fc.baselines(), min_train=24)


def test_plots_write_png_and_self_contained_html(tmp_path):
    s = _series(np.arange(24) % 5)
    f = fc.NegBinRegression().fit(s).predict(6)
    written = plots.save(plots.plot_forecast(s, f), png=tmp_path / "f.png", html=tmp_path / "f.html",
                         title="fan")
    assert len(written) == 2 and (tmp_path / "f.png").read_bytes()[:4] == b"\x89PNG"
    page = (tmp_path / "f.html").read_text()
    assert "data:image/png;base64," in page and "http" not in page.split("<body>")[1]


def test_cli_forecast_prints_a_fan_table_and_writes_plots(tmp_path):
    from attrition.cli import main
    r = CliRunner().invoke(main, ["forecast", "--events", str(FIX / "synthetic_events.csv"), "--actor", "ISIS-K",
                                  "--horizon", "3", "--samples", "200", "--format", "json",
                                  "--png", str(tmp_path / "f.png"), "--html", str(tmp_path / "f.html")])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [row["month"] for row in rows] == ["2024-01", "2024-02", "2024-03"]
    assert all(row["lo90"] <= row["median"] <= row["hi90"] for row in rows)
    assert (tmp_path / "f.png").exists() and (tmp_path / "f.html").exists()


def test_cli_forecast_backtest_writes_the_report(tmp_path):
    from attrition.cli import main
    rep = tmp_path / "bt.md"
    r = CliRunner().invoke(main, ["forecast", "--events", str(FIX / "isisk_major_attacks.csv"), "--backtest",
                                  "--model", "negbin-reg", "--horizons", "1,6", "--min-train", "60", "--step", "12",
                                  "--report", str(rep), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0].startswith("model,horizon,n,crps")
    assert "vs bootstrap12:" in rep.read_text()
