"""Attrition: the state equations, the observation models, recovery and identifiability."""
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from attrition.dynamics.attrition import Attrition, Shock, Support, integrate, interval_loglik, invariant
from attrition.errors import NotFittedError, UsageError

CLOSED = {"A0": 1000.0, "B0": 800.0, "k_BA": 0.02, "k_AB": 0.03}


@pytest.mark.parametrize("method,tol", [("scipy", 1e-9), ("rk4", 1e-9)])
def test_square_law_invariant_is_conserved_along_the_solution(method, tol):
    p = {"A0": 1000.0, "B0": 800.0, "k_BA": 0.02, "k_AB": 0.01}
    _, A, B = integrate(p, 6, law="square", substeps=20, method=method)
    inv = invariant("square", p, A, B)
    assert A[-1] < A[0] and B[-1] < B[0]                   # both sides really lose
    assert np.max(np.abs(inv - inv[0])) <= tol * abs(inv[0]) + 1e-6


def test_linear_law_invariant_is_conserved_along_the_solution():
    p = {"A0": 1000.0, "B0": 800.0, "k_BA": 2e-4, "k_AB": 1e-4}
    _, A, B = integrate(p, 6, law="linear", substeps=20, method="scipy")
    inv = invariant("linear", p, A, B)
    assert B[-1] < 0.9 * B[0]
    assert np.max(np.abs(inv - inv[0])) <= 1e-9 * abs(inv[0])


def test_square_law_invariant_is_exact_in_closed_form():
    # dA = -βB, dB = -αA has A(t) = A0 cosh(√(αβ)t) − √(β/α) B0 sinh(√(αβ)t)
    p = {"A0": 500.0, "B0": 300.0, "k_BA": 0.04, "k_AB": 0.09}
    t, A, _ = integrate(p, 3, law="square", substeps=8)
    w = math.sqrt(0.04 * 0.09)
    exact = 500 * np.cosh(w * t) - math.sqrt(0.04 / 0.09) * 300 * np.sinh(w * t)
    assert np.allclose(A, exact, rtol=1e-9)


def test_shock_is_a_jump_and_strength_never_negative():
    p = {"A0": 100.0, "B0": 1.0, "g_A": 0.0}
    t, A, _ = integrate(p, 4, shocks=[(2.0, "A", 50.0), (3.0, "A", -1000.0)], substeps=2)
    assert A[t < 2].max() == 100 and A[(t >= 2) & (t < 3)].min() == 150 and A[t >= 3].max() == 0


def test_interval_likelihood_matches_closed_forms():
    sd = 0.4
    # log-normal, true value at the geometric midpoint: P = erf(log(hi/lo) / (2·sd·√2))
    got = interval_loglik(1500, 2200, math.sqrt(1500 * 2200), sd)
    assert got == pytest.approx(math.log(math.erf(math.log(2200 / 1500) / (2 * sd * math.sqrt(2)))), rel=1e-12)
    # arbitrary position, far tails, one-sided and point figures against scipy.stats
    for lo, hi, mu in [(1000, 2200, 3000), (4000, 6000, 200), (10, 11, 1e5)]:
        zl, zh = (math.log(lo) - math.log(mu)) / sd, (math.log(hi) - math.log(mu)) / sd
        # upper tail through the survival function, lower tail through the cdf: no cancellation
        want = math.log(stats.norm.sf(zl) - stats.norm.sf(zh)) if zl > 0 else math.log(
            stats.norm.cdf(zh) - stats.norm.cdf(zl))
        assert interval_loglik(lo, hi, mu, sd) == pytest.approx(want, rel=1e-9)
    assert interval_loglik(1400, np.nan, 1400, sd) == pytest.approx(math.log(0.5))
    assert interval_loglik(np.nan, 4000, 4000, sd) == pytest.approx(math.log(0.5))
    assert interval_loglik(2500, 2500, 2000, sd) == pytest.approx(
        stats.norm.logpdf(math.log(2500), math.log(2000), sd))
    # normal scale: sd is relative to the true value
    assert interval_loglik(900, 1100, 1000, 0.1, scale="normal") == pytest.approx(
        math.log(stats.norm.cdf(1) - stats.norm.cdf(-1)))


TRUE = {"A0": 2000.0, "g_A": -0.03, "c": 0.01}


def _sim(seed, months=36, **kw):
    m = Attrition(observation="poisson", **kw)
    return m.simulate(params=TRUE, start="2019-01", months=months, seed=seed)


def _strengths(seed, months=36):
    rng = np.random.default_rng(seed + 1000)
    rows = []
    for t in (6, 18, 30):
        a = TRUE["A0"] * math.exp(TRUE["g_A"] * (t + 0.0))
        est = a * math.exp(rng.normal(0, 0.3))
        rows.append({"date": str(pd.Period("2019-01", "M") + t), "low": est * 0.8, "high": est * 1.25})
    return pd.DataFrame(rows)


def test_parameters_are_recovered_from_simulated_data():
    inside = {k: 0 for k in TRUE}
    seeds = range(8)
    for seed in seeds:
        sim = _sim(seed)
        m = Attrition(observation="poisson").fit(sim.set_index("month")["attacks"], strengths=_strengths(seed))
        assert m.converged_
        for k in TRUE:
            lo, hi = m.ci_[k]
            inside[k] += lo <= TRUE[k] <= hi
    # 95 % intervals: with 8 fits, at least 6 must cover the truth for every parameter
    assert all(v >= 6 for v in inside.values()), inside


def test_counts_alone_cannot_identify_the_scale_and_the_model_says_so():
    sim = _sim(0)
    m = Attrition(observation="poisson").fit(sim.set_index("month")["attacks"])
    rep = m.identifiability_.set_index("parameter")
    assert rep.loc["A0", "status"] == "not identified"
    assert "c·A0" in rep.loc["A0", "note"]
    assert "A0" not in m.free_ and "A0" in m.auto_fixed_
    assert rep.loc["g_A", "status"] == "identified"
    # the product the counts do identify is right
    assert m.params_["c"] * m.params_["A0"] == pytest.approx(TRUE["c"] * TRUE["A0"], rel=0.25)
    assert "not identified" in m.summary() and "c·A0" in m.summary()


def test_confounded_rates_are_flagged_without_support_and_separated_with_it():
    sim = _sim(1)
    y = sim.set_index("month")["attacks"]
    m = Attrition(observation="poisson", free=["A0", "g_A", "k_BA", "c"]).fit(y, strengths=_strengths(1))
    rep = m.identifiability_.set_index("parameter")
    # with B constant, k_BA·B and g_A enter only as g_A − k_BA: one of them must be reported as unidentified
    assert "not identified" in {rep.loc["g_A", "status"], rep.loc["k_BA", "status"]}
    # support doubling B's effectiveness from mid-series changes the net rate: both become identifiable
    sup = [Support("2020-07", factor=3.0)]
    truth = dict(TRUE, g_A=0.02, k_BA=0.03)
    sim = Attrition(observation="poisson", support=sup).simulate(params=truth, start="2019-01", months=36, seed=1)
    m = Attrition(observation="poisson", support=sup).fit(sim.set_index("month")["attacks"], strengths=_strengths(1))
    rep = m.identifiability_.set_index("parameter")
    assert rep.loc["k_BA", "status"] != "not identified" and rep.loc["g_A", "status"] != "not identified"
    assert m.ci_["k_BA"][0] < 0.03 < m.ci_["k_BA"][1]


def test_report_only_mode_keeps_the_parameter_free():
    sim = _sim(2)
    m = Attrition(observation="poisson", fix_unidentified=False).fit(sim.set_index("month")["attacks"])
    assert "A0" in m.free_
    assert m.identifiability_.set_index("parameter").loc["A0", "status"] == "not identified"


def test_estimated_shock_is_recovered():
    shock = [Shock("2020-07", "A", None)]
    m0 = Attrition(observation="poisson", shocks=[Shock("2020-07", "A", 1500.0)])
    sim = m0.simulate(params=TRUE, start="2019-01", months=36, seed=4)
    m = Attrition(observation="poisson", shocks=shock).fit(sim.set_index("month")["attacks"],
                                                            strengths=_strengths(4))
    lo, hi = m.ci_["shock_0"]
    assert lo < 1500 < hi and hi - lo < 2000


def test_unfitted_model_raises_and_bad_options_are_usage_errors():
    with pytest.raises(NotFittedError):
        Attrition().summary()
    with pytest.raises(UsageError):
        Attrition(law="cubic").fit(pd.Series([1, 2, 3, 4], index=pd.period_range("2020-01", periods=4, freq="M")))
    with pytest.raises(UsageError):
        Attrition(fixed={"nope": 1}).fit(pd.Series([1, 2, 3, 4], index=pd.period_range("2020-01", periods=4, freq="M")))


def test_estimator_conventions_and_score():
    sim = _sim(5, months=24)
    y = sim.set_index("month")["attacks"]
    m = Attrition(observation="poisson")
    assert m.fit(y, strengths=_strengths(5)) is m
    assert set(m.params_) >= {"A0", "g_A", "c"} and m.n_iter_ > 0
    traj = m.trajectory(months_ahead=3)
    assert len(traj) == 27 and traj["expected_attacks"].notna().all()
    assert np.isfinite(m.score(y))
    assert m.conf_int().shape[0] == len(m.free_)
