"""Scenarios: fans are ordered, shocks move the median by what survives of them, CLI forms parse."""
import math

import numpy as np
import pandas as pd
import pytest

from attrition.dynamics.attrition import Attrition
from attrition.dynamics.scenario import Scenario, Shock, Support, parse_shock, parse_support, run_scenario
from attrition.errors import UsageError

TRUE = {"A0": 2000.0, "g_A": -0.03, "c": 0.01}


@pytest.fixture(scope="module")
def fitted():
    m = Attrition(observation="poisson")
    sim = m.simulate(params=TRUE, start="2019-01", months=30, seed=11)
    strengths = pd.DataFrame({"date": ["2019-06", "2020-06"], "low": [1500, 1100], "high": [2100, 1600]})
    return m.fit(sim.set_index("month")["attacks"], strengths=strengths)


def test_fan_quantiles_are_ordered(fitted):
    for quantity in ("strength", "attacks"):
        fan = Scenario(fitted).run(horizon_months=6, n_sims=300, seed=1, quantity=quantity)
        q = fan[["q05", "q25", "median", "q75", "q95"]].to_numpy()
        assert (np.diff(q, axis=1) >= -1e-9).all()
        assert len(fan) == 36 and (fan["q95"] > fan["q05"]).any()


def test_shock_raises_the_median_by_its_survivors_in_a_deterministic_run(fitted):
    n = 2000
    base = Scenario(fitted, parameter_uncertainty=False).run(horizon_months=12, n_sims=5, seed=0)
    shocked = Scenario(fitted, shocks=[Shock("2021-09", "A", n)], parameter_uncertainty=False).run(
        horizon_months=12, n_sims=5, seed=0)
    g = fitted.params_["g_A"]
    diff = (shocked["median"] - base["median"]).to_numpy()
    months = fitted.start_ + np.arange(len(diff))
    t_shock = (pd.Period("2021-09", "M") - fitted.start_).n
    for i, mth in enumerate(months):
        if mth < pd.Period("2021-09", "M"):
            assert diff[i] == pytest.approx(0, abs=1e-9)
        else:  # linear dynamics: the extra fighters decay at the net rate, measured at mid-month
            assert diff[i] == pytest.approx(n * math.exp(g * (i + 0.5 - t_shock)), rel=1e-6)


def test_support_to_the_opponent_lowers_strength():
    m = Attrition(observation="poisson", free=["A0", "g_A", "c"], fixed={"k_BA": 0.02})
    sim = m.simulate(params=TRUE, start="2019-01", months=24, seed=3)
    m.fit(sim.set_index("month")["attacks"], strengths=[{"date": "2019-06", "low": 1400, "high": 2200}])
    base = Scenario(m).run(12, 200, seed=2, include_history=False)
    helped = Scenario(m, support=[Support("2021-01", factor=3.0)]).run(12, 200, seed=2, include_history=False)
    assert len(base) == 12 and (helped["median"] < base["median"]).all()


def test_changes_set_scale_and_add(fitted):
    s = Scenario(fitted, changes={"g_A": "+0.05", "c": "*2", "A0": 3000})
    p = s._draws(1, np.random.default_rng(0))
    assert p["g_A"] == pytest.approx(fitted.params_["g_A"] + 0.05)
    assert p["c"] == pytest.approx(2 * fitted.params_["c"]) and p["A0"] == 3000
    with pytest.raises(UsageError):
        Scenario(fitted, changes={"zz": 1}).run(1, 2)


def test_runs_are_reproducible_with_a_seed(fitted):
    a = run_scenario(fitted, horizon_months=3, n_sims=100, seed=7, quantity="attacks")
    b = run_scenario(fitted, horizon_months=3, n_sims=100, seed=7, quantity="attacks")
    pd.testing.assert_frame_equal(a, b)


def test_cli_forms_parse_and_bad_ones_say_how_to_write_them():
    assert parse_shock("2021-08:+2000") == Shock("2021-08", "A", 2000.0)
    assert parse_shock("B@2022-01:-500") == Shock("2022-01", "B", -500.0)
    assert parse_support("2019-06:1.5") == Support("2019-06", None, 1.5, "B")
    with pytest.raises(UsageError, match="DATE:SIZE"):
        parse_shock("August:lots")
    with pytest.raises(UsageError, match="FACTOR"):
        parse_support("2019-06:-1")
