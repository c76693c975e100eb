"""Proper scoring rules for probabilistic forecasts.

Conventions, the same everywhere in attrition: every score is **negatively oriented** (lower is
better). CRPS is in the units of the forecast quantity. The log score is ``-log p(y)``, truncated
at :data:`LOG_SCORE_CAP` (= 10, as in the CDC FluSight evaluations) so that a forecast giving
an observed count zero probability is penalised heavily but the mean stays finite.

>>> round(crps_normal(0.0, 0.0, 1.0), 6)
0.233695
>>> round(crps_sample(np.array([0.0, 0.0]), 1.0), 6)
1.0
"""
from __future__ import annotations

import math

import numpy as np
from scipy import special, stats

__all__ = [
    "LOG_SCORE_CAP", "crps_sample", "crps_normal", "crps_poisson", "crps_negbin", "crps_discrete",
    "log_score_discrete", "log_score_poisson", "log_score_negbin", "log_score_normal",
    "interval_coverage", "pit_discrete", "pit_sample",
]

LOG_SCORE_CAP = 10.0


def crps_sample(samples, y) -> float | np.ndarray:
    """CRPS of the empirical distribution of ``samples`` at ``y``: E|X - y| - E|X - X'| / 2.

    ``samples`` is 1-D (one forecast) or 2-D ``(n_samples, k)`` with ``y`` of length k.
    O(n log n) per forecast via the sorted-sample identity for E|X - X'|.
    """
    x = np.asarray(samples, float)
    one = x.ndim == 1
    x = x[:, None] if one else x
    y = np.broadcast_to(np.asarray(y, float), (x.shape[1],))
    n = x.shape[0]
    xs = np.sort(x, axis=0)
    e1 = np.mean(np.abs(xs - y[None, :]), axis=0)
    w = (2 * np.arange(1, n + 1) - n - 1)[:, None]
    e2 = 2.0 * np.sum(w * xs, axis=0) / (n * n)
    out = e1 - 0.5 * e2
    return float(out[0]) if one else out


def crps_normal(y, loc=0.0, scale=1.0):
    """Closed form: scale * [z (2 Phi(z) - 1) + 2 phi(z) - 1/sqrt(pi)], z = (y - loc)/scale."""
    z = (np.asarray(y, float) - loc) / scale
    out = scale * (z * (2 * stats.norm.cdf(z) - 1) + 2 * stats.norm.pdf(z) - 1 / math.sqrt(math.pi))
    return float(out) if np.ndim(out) == 0 else out


def crps_poisson(y, lam):
    """Closed form for Poisson(lam) (Wei & Held 2014):
    (y - lam)(2F(y) - 1) + 2 lam f(floor y) - lam exp(-2 lam) (I0(2 lam) + I1(2 lam))."""
    y = np.asarray(y, float)
    lam = np.asarray(lam, float)
    fl = np.floor(y)
    # ive(v, x) = iv(v, x) exp(-x): stable for large lam
    out = ((y - lam) * (2 * stats.poisson.cdf(fl, lam) - 1) + 2 * lam * stats.poisson.pmf(fl, lam)
           - lam * (special.ive(0, 2 * lam) + special.ive(1, 2 * lam)))
    out = np.where(lam == 0, np.abs(y), out)
    return float(out) if out.ndim == 0 else out


def _nb_dist(mean, size):
    # NB2: variance = mean + mean^2 / size
    return stats.nbinom(size, size / (size + mean))


def crps_discrete(pmf, y) -> float:
    """Exact CRPS of a distribution on 0, 1, ..., K with probabilities ``pmf`` at ``y``.

    F is constant on each [k, k+1), so the integral of (F(x) - 1{x >= y})^2 is a finite sum.
    """
    p = np.asarray(pmf, float)
    y = float(y)
    n = max(len(p), int(math.ceil(y)) + 1)
    F = np.ones(n)
    F[: len(p)] = np.cumsum(p) / p.sum()
    k = np.arange(n)
    below = np.clip(y - k, 0.0, 1.0)  # share of [k, k+1) lying below y
    total = np.sum(below * F ** 2 + (1 - below) * (F - 1) ** 2)
    return float(total + max(-y, 0.0))


def crps_negbin(y, mean, size) -> float:
    """CRPS of the negative binomial (NB2, variance mean + mean^2/size): the exact series
    sum_k (F(k) - 1{y <= k})^2, summed until the upper tail is below 1e-12."""
    d = _nb_dist(mean, size)
    K = int(max(d.ppf(1 - 1e-12), y)) + 1
    return crps_discrete(d.pmf(np.arange(K + 1)), y)


def log_score_discrete(pmf, y, cap: float = LOG_SCORE_CAP) -> float:
    """-log p(y) for a pmf on 0..K, truncated at ``cap``."""
    p = np.asarray(pmf, float)
    yi = int(round(float(y)))
    py = p[yi] / p.sum() if 0 <= yi < len(p) else 0.0
    return float(min(cap, -math.log(py))) if py > 0 else cap


def log_score_poisson(y, lam, cap: float = LOG_SCORE_CAP) -> float:
    return float(min(cap, -stats.poisson.logpmf(y, lam)))


def log_score_negbin(y, mean, size, cap: float = LOG_SCORE_CAP) -> float:
    return float(min(cap, -_nb_dist(mean, size).logpmf(y)))


def log_score_normal(y, loc=0.0, scale=1.0) -> float:
    """-log density (not truncated: densities are not probabilities)."""
    return float(-stats.norm.logpdf(y, loc, scale))


def interval_coverage(lower, upper, y) -> float | np.ndarray:
    """1.0 where ``lower <= y <= upper`` else 0.0 (the mean over forecasts is the coverage rate)."""
    y = np.asarray(y, float)
    out = ((np.asarray(lower) <= y) & (y <= np.asarray(upper))).astype(float)
    return float(out) if out.ndim == 0 else out


def pit_discrete(pmf, y, u: float | None = None, rng=None) -> float:
    """Randomised PIT for a count forecast: F(y-1) + u (F(y) - F(y-1)), u ~ U(0,1).
    Uniform on (0, 1) when the forecasts are calibrated."""
    p = np.asarray(pmf, float)
    F = np.concatenate([[0.0], np.cumsum(p) / p.sum()])
    yi = int(round(float(y)))
    lo = F[min(max(yi, 0), len(p))]
    hi = F[min(max(yi + 1, 0), len(p))]
    if u is None:
        u = (rng or np.random.default_rng(0)).uniform()
    return float(lo + u * (hi - lo))


def pit_sample(samples, y) -> float:
    """PIT from samples, mid-rank for ties: (#{x < y} + #{x == y}/2) / n."""
    x = np.asarray(samples, float)
    return float((np.sum(x < y) + 0.5 * np.sum(x == y)) / len(x))
