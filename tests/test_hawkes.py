"""Hawkes process: likelihood, fitting, recovery, goodness of fit, simulation, ties, CLI."""
from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from attrition.dynamics import ConvergenceWarning, Hawkes, PoissonProcess
from attrition.dynamics.hawkes import _loglik_grad, loglik, loglik_bruteforce
from attrition.errors import ModelError, NotFittedError

FIX = Path(__file__).parent / "fixtures" / "dynamics"
TRUE = dict(mu=0.3, alpha=0.5, beta=1.0)


def _sim(T, seed, **kw):
    p = {**TRUE, **kw}
    return Hawkes().set_params(p["mu"], p["alpha"], p["beta"]).simulate(T, seed=seed)


def test_recursive_loglik_equals_bruteforce_double_sum():
    t = _sim(60, seed=1)
    assert len(t) > 20
    for mu, a, b in [(0.3, 0.5, 1.0), (0.05, 0.9, 0.1), (1.2, 0.01, 7.0)]:
        assert loglik(t, 60, mu, a, b) == pytest.approx(loglik_bruteforce(t, 60, mu, a, b), rel=1e-12)


def test_loglik_with_history_and_change_points_equals_bruteforce():
    t = _sim(80, seed=2)
    kw = dict(start=20.0, change_points=[35.0, 60.0])
    assert loglik(t, 80, [0.2, 0.4, 0.1], 0.6, 0.8, **kw) == pytest.approx(
        loglik_bruteforce(t, 80, [0.2, 0.4, 0.1], 0.6, 0.8, **kw), rel=1e-12)


def test_analytic_gradient_matches_finite_differences():
    t = _sim(100, seed=3)
    cps = np.array([50.0])
    x = np.array([0.25, 0.35, 0.55, 1.3])

    def f(v):
        return _loglik_grad(t, 0.0, 100.0, v[:2], v[2], v[3], cps, grad=False)
    g = _loglik_grad(t, 0.0, 100.0, x[:2], x[2], x[3], cps)[1]
    eps = 1e-6
    num = [(f(x + eps * e) - f(x - eps * e)) / (2 * eps) for e in np.eye(4)]
    np.testing.assert_allclose(g, num, rtol=1e-5)


def test_fit_returns_self_and_sets_learned_attributes():
    t = _sim(300, seed=4)
    m = Hawkes()
    assert m.fit(t, end=300) is m
    assert m.converged_ and m.n_iter_ > 0 and m.n_events_ == len(t)
    assert 0 < m.alpha_ < 1 and m.branching_ratio == m.alpha_
    assert all(np.all(np.asarray(m.se_[k]) > 0) for k in ("mu", "alpha", "beta"))
    lo, hi = m.conf_int()["alpha"]
    assert 0 < lo < m.alpha_ < hi < 1


def test_true_parameters_inside_95_interval_in_most_seeded_fits():
    inside = {"mu": 0, "alpha": 0, "beta": 0}
    n_fits = 12
    for seed in range(n_fits):
        m = Hawkes().fit(_sim(400, seed=100 + seed), end=400)
        for k, (lo, hi) in m.conf_int().items():
            inside[k] += lo <= TRUE[k] <= hi
    assert all(v >= 10 for v in inside.values()), inside


def test_change_points_give_one_background_rate_per_regime():
    truth = Hawkes(change_points=[300.0, 600.0]).set_params([0.4, 0.05, 0.25], 0.4, 1.0)
    t = truth.simulate(900, seed=5)
    m = Hawkes(change_points=[300.0, 600.0]).fit(t, end=900)
    assert m.mu_.shape == (3,)
    lo, hi = m.conf_int()["mu"]
    assert np.all(lo <= [0.4, 0.05, 0.25]) and np.all([0.4, 0.05, 0.25] <= hi)


def test_dated_times_and_dated_change_points():
    origin = pd.Timestamp("2019-01-01")
    t = _sim(700, seed=6)
    dates = origin + pd.to_timedelta(np.floor(t), unit="D")
    m = Hawkes(change_points=["2019-11-01"]).fit(dates)
    assert m.origin_ == origin.normalize() or m.origin_ <= dates.min()
    assert m.change_points_[0] == (pd.Timestamp("2019-11-01") - m.origin_).days
    assert m.n_ties_ >= 0 and len(np.atleast_1d(m.mu_)) == 2


def test_time_rescaling_accepts_true_model_and_rejects_poisson_on_self_exciting_data():
    t = _sim(1500, seed=7, alpha=0.7)
    assert Hawkes().fit(t, end=1500).gof().pvalue > 0.05
    ks, p = PoissonProcess().fit(t, end=1500).gof()
    assert p < 0.001 and ks > 0.05


def test_heldout_loglik_per_event_beats_homogeneous_poisson():
    t = _sim(1200, seed=8, alpha=0.6)
    train, test = t[t <= 800], t[t > 800]
    h = Hawkes().fit(train, end=800)
    p = PoissonProcess().fit(train, end=800)
    assert h.score(test, end=1200) > p.score(test, end=1200)
    # conditioning on a given history is the same as conditioning on the training events
    assert h.score(t, end=1200, start=800) == pytest.approx(h.score(test, end=1200))


def test_ogata_and_cluster_simulation_match_the_expected_count():
    mu, a, b, T = 0.5, 0.5, 1.0, 100.0
    expected = mu * T / (1 - a) - mu * a / (b * (1 - a) ** 2) * (1 - math.exp(-b * (1 - a) * T))
    m = Hawkes().set_params(mu, a, b)
    ogata = np.mean([len(m.simulate(T, seed=s)) for s in range(80)])
    path, _ = m.simulate_paths(T, 2000, seed=1)
    cluster = np.bincount(path, minlength=2000).mean()
    # Var N(T) ~ mu T / (1 - a)^3 = 400: sd of the means ~ 2.2 (Ogata), 0.45 (cluster)
    assert abs(ogata - expected) < 9
    assert abs(cluster - expected) < 2.5


def test_simulated_times_are_sorted_and_inside_the_window():
    t = Hawkes(change_points=[10.0]).set_params([0.5, 2.0], 0.3, 2.0).simulate(20, seed=1, start=5.0)
    assert np.all(np.diff(t) > 0) and t.min() > 5.0 and t.max() <= 20.0


def test_compensator_increments_equal_the_integrated_intensity():
    m = Hawkes().fit(_sim(50, seed=9), end=50)
    t = m.times_
    grid = np.linspace(t[3], t[4], 20001)
    lam = m.intensity(grid[1:-1])
    numeric = np.trapz(lam, grid[1:-1]) if hasattr(np, "trapz") else np.trapezoid(lam, grid[1:-1])
    comp = m.compensator()
    assert comp[4] - comp[3] == pytest.approx(numeric, rel=1e-3)


def test_same_day_ties_are_jittered_deterministically_or_refused():
    t = np.floor(_sim(300, seed=10))
    assert np.any(np.diff(t) == 0)
    a, b = Hawkes().fit(t, end=300), Hawkes().fit(t, end=300)
    assert a.n_ties_ > 0 and np.array_equal(a.times_, b.times_) and a.alpha_ == b.alpha_
    assert len(np.unique(a.times_)) == len(t) and a.times_.max() <= 300
    with pytest.raises(ModelError, match="share a time"):
        Hawkes(ties="error").fit(t, end=300)


def test_unfitted_model_raises_not_fitted_error():
    with pytest.raises(NotFittedError):
        Hawkes().gof()
    with pytest.raises(NotFittedError):
        Hawkes().simulate(10)


def test_bad_inputs_raise_model_error():
    with pytest.raises(ModelError):
        Hawkes().fit([1.0, 2.0], end=3)
    with pytest.raises(ModelError, match="lie in"):
        Hawkes().fit([1.0, 2.0, 5.0], end=3)
    with pytest.raises(ModelError, match="origin"):
        Hawkes(change_points=["2020-01-01"]).fit([1.0, 2.0, 3.0], end=4)
    with pytest.raises(ModelError):
        Hawkes().set_params(0.1, 1.2, 1.0)


def test_too_few_iterations_warn_with_convergence_warning():
    t = _sim(200, seed=11)
    with pytest.warns(ConvergenceWarning):
        m = Hawkes(max_iter=1, n_starts=1).fit(t, end=200)
    assert not m.converged_


def test_cli_model_hawkes_fits_a_file_with_regimes(tmp_path):
    from attrition.cli import main
    png, html = tmp_path / "h.png", tmp_path / "h.html"
    r = CliRunner().invoke(main, ["model", "hawkes", "--events", str(FIX / "synthetic_events.csv"),
                                  "--actor", "ISIS-K", "--change-point", "2019-11-01",
                                  "--change-point", "2021-08-15", "--format", "json",
                                  "--png", str(png), "--html", str(html)])
    assert r.exit_code == 0, r.output
    rows = {row["parameter"]: row for row in json.loads(r.stdout)}
    assert len([k for k in rows if k.startswith("mu[")]) == 3
    assert 0.2 < rows["alpha"]["estimate"] < 0.6
    assert "dropped" in r.stderr and "less precisely than the day" in r.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "data:image/png;base64," in html.read_text() and "<script" not in html.read_text()


def test_cli_refuses_both_a_file_and_a_store():
    from attrition.cli import main
    r = CliRunner().invoke(main, ["model", "hawkes", "--events", str(FIX / "synthetic_events.csv"),
                                  "--db", "x.db"])
    assert r.exit_code == 1 and "either --events" in r.stderr
