"""Scoring rules against closed forms."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from attrition.dynamics import scoring as S


def test_crps_of_standard_normal_at_zero_is_the_closed_form():
    assert S.crps_normal(0.0) == pytest.approx(0.233695, abs=1e-6)
    assert S.crps_normal(0.0) == pytest.approx((np.sqrt(2) - 1) / np.sqrt(np.pi), abs=1e-12)


def test_crps_normal_scales_and_shifts():
    assert S.crps_normal(5.0 + 2 * 0.7, 5.0, 2.0) == pytest.approx(2 * S.crps_normal(0.7))


@pytest.mark.parametrize("lam,y", [(0.3, 0), (3.0, 2), (3.0, 2.5), (20.0, 31), (150.0, 120)])
def test_poisson_closed_form_equals_the_exact_series(lam, y):
    pmf = stats.poisson.pmf(np.arange(int(lam * 3 + 60)), lam)
    assert S.crps_poisson(y, lam) == pytest.approx(S.crps_discrete(pmf, y), rel=1e-9)


def test_sample_crps_converges_to_closed_forms():
    rng = np.random.default_rng(0)
    assert S.crps_sample(rng.normal(size=40000), 0.0) == pytest.approx(0.233695, abs=0.01)
    assert S.crps_sample(rng.poisson(4.0, 40000), 6) == pytest.approx(S.crps_poisson(6, 4.0), abs=0.03)
    nb = stats.nbinom(2.0, 2.0 / (2.0 + 5.0)).rvs(40000, random_state=1)
    assert S.crps_sample(nb, 3) == pytest.approx(S.crps_negbin(3, 5.0, 2.0), abs=0.05)


def test_sample_crps_on_columns_matches_one_at_a_time():
    x = np.random.default_rng(2).normal(size=(50, 3))
    y = np.array([0.1, -1.0, 2.0])
    np.testing.assert_allclose(S.crps_sample(x, y), [S.crps_sample(x[:, j], y[j]) for j in range(3)])


@settings(max_examples=50, deadline=None)
@given(st.floats(-50, 50), st.floats(-50, 50))
def test_crps_of_a_point_forecast_is_the_absolute_error(x, y):
    assert S.crps_sample(np.array([x]), y) == pytest.approx(abs(x - y), abs=1e-9)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 20), st.floats(-5, 30))
def test_crps_of_a_point_mass_pmf_is_the_absolute_error(k, y):
    pmf = np.zeros(k + 1)
    pmf[k] = 1.0
    assert S.crps_discrete(pmf, y) == pytest.approx(abs(k - y), abs=1e-9)


def test_log_scores_and_their_cap():
    assert S.log_score_poisson(2, 3.0) == pytest.approx(-stats.poisson.logpmf(2, 3.0))
    assert S.log_score_discrete([0.25, 0.75], 1) == pytest.approx(-np.log(0.75))
    assert S.log_score_discrete([1.0], 3) == S.LOG_SCORE_CAP
    assert S.log_score_negbin(4, 3.0, 2.0) == pytest.approx(-stats.nbinom(2.0, 0.4).logpmf(4))
    assert S.log_score_normal(0.0) == pytest.approx(0.5 * np.log(2 * np.pi))


def test_interval_coverage():
    assert S.interval_coverage(1, 3, 2) == 1.0 and S.interval_coverage(1, 3, 4) == 0.0
    np.testing.assert_array_equal(S.interval_coverage([0, 0], [1, 1], [1, 2]), [1.0, 0.0])


def test_randomised_pit_is_uniform_for_calibrated_count_forecasts():
    rng = np.random.default_rng(3)
    lam = 2.5
    pmf = stats.poisson.pmf(np.arange(40), lam)
    y = rng.poisson(lam, 2000)
    pits = [S.pit_discrete(pmf, yi, rng=rng) for yi in y]
    assert stats.kstest(pits, "uniform").pvalue > 0.01
    assert S.pit_sample(np.arange(10), 4.5) == pytest.approx(0.5)
