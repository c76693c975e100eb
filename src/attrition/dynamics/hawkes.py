"""Self-exciting point process (Hawkes) with an exponential kernel, for attack times.

The conditional intensity, in events per day, is

    lambda(t) = mu(t) + alpha * beta * sum_{t_i < t} exp(-beta (t - t_i))

``alpha`` is the branching ratio (the expected number of follow-on attacks each attack
triggers, kept below 1 so the process is stationary) and ``beta`` the decay rate per day
(1/beta is the mean delay of a follow-on attack). ``mu(t)`` is a background rate, constant or
piecewise constant between ``change_points`` (e.g. regimes before Nov 2019, Nov 2019 - Aug 2021
and after Aug 2021 for ISIS-K).

Likelihood and gradient use the O(n) recursion ``A_i = exp(-beta dt_i) (1 + A_{i-1})`` for the
excitation at each event, so a fit is linear in the number of events.

Same-day ties. Event data are usually known to the day, and several attacks share a day. With
exact ties the likelihood rewards beta -> infinity (an event "explains" another at distance 0),
so ties must be handled: ``ties="jitter"`` (default) treats every time as known only to
``resolution`` days and replaces each by ``t + U(0, resolution)``, drawn from
``numpy.random.default_rng(random_state)``; fits are therefore deterministic for a given
``random_state``, and jitter is applied only when ties exist. ``ties="error"`` refuses tied data.

>>> import numpy as np
>>> true = Hawkes().set_params(mu=0.2, alpha=0.5, beta=1.0)
>>> t = true.simulate(500, seed=1)
>>> m = Hawkes().fit(t, end=500)
>>> 0 < m.alpha_ < 1 and m.converged_
True
"""
from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import optimize, stats

from ..errors import ModelError, NotFittedError

__all__ = ["Hawkes", "PoissonProcess", "ConvergenceWarning", "GofResult", "loglik", "loglik_bruteforce"]

_BOUND = 20.0  # box for the unconstrained parameters: keeps exp() finite and the optimiser sane


class ConvergenceWarning(UserWarning):
    """A model fit stopped before its optimiser reported convergence."""


@dataclass(frozen=True)
class GofResult:
    """Time-rescaling goodness of fit: KS test of the rescaled gaps against Exp(1)."""
    statistic: float
    pvalue: float
    n: int
    residuals: np.ndarray

    def __iter__(self):  # so ``ks, p = model.gof()`` works
        return iter((self.statistic, self.pvalue))


# -- likelihood core ------------------------------------------------------------------------------

def _regimes(t: np.ndarray, cps: np.ndarray) -> np.ndarray:
    return np.searchsorted(cps, t, side="right")


def _regime_lengths(start: float, end: float, cps: np.ndarray) -> np.ndarray:
    edges = np.concatenate([[-np.inf], cps, [np.inf]])
    return np.clip(np.minimum(end, edges[1:]) - np.maximum(start, edges[:-1]), 0.0, None)


def _background_integral(x: np.ndarray, mu: np.ndarray, cps: np.ndarray, start: float) -> np.ndarray:
    """int_start^x mu(s) ds for each x (x >= start)."""
    edges = np.concatenate([[-np.inf], cps, [np.inf]])
    lo = np.maximum(start, edges[:-1])
    seg = np.clip(np.minimum(np.asarray(x, float)[:, None], edges[1:]) - lo, 0.0, None)
    return seg @ mu


def _excitation(t: np.ndarray, beta: float, grad: bool = False):
    """A_i = sum_{j<i} exp(-beta (t_i - t_j)) and, with ``grad``, B_i = sum_{j<i} (t_i - t_j) exp(...)."""
    n = len(t)
    if n == 0:
        return (np.zeros(0), np.zeros(0)) if grad else np.zeros(0)
    dt = np.diff(t)
    d = np.exp(-beta * dt).tolist()
    A = [0.0] * n
    a = 0.0
    if not grad:
        for i in range(1, n):
            a = d[i - 1] * (1.0 + a)
            A[i] = a
        return np.asarray(A)
    B = [0.0] * n
    b = 0.0
    dtl = dt.tolist()
    for i in range(1, n):
        di = d[i - 1]
        b = di * (b + dtl[i - 1] * (1.0 + a))
        a = di * (1.0 + a)
        A[i] = a
        B[i] = b
    return np.asarray(A), np.asarray(B)


def _loglik_grad(t, start, end, mu, alpha, beta, cps, grad=True):
    """Log-likelihood of events in [start, end] given those before ``start``; gradient in
    natural parameters (d/dmu_k..., d/dalpha, d/dbeta)."""
    if grad:
        A, B = _excitation(t, beta, grad=True)
    else:
        A = _excitation(t, beta)
    scored = t >= start
    reg = _regimes(t[scored], cps)
    As = A[scored]
    lam = mu[reg] + alpha * beta * As
    if np.any(lam <= 0):
        return (-np.inf, None) if grad else -np.inf
    lengths = _regime_lengths(start, end, cps)
    s = np.clip(start - t, 0.0, None)
    u = end - t
    es, eu = np.exp(-beta * s), np.exp(-beta * u)
    comp_exc = np.sum(es - eu)
    ll = np.sum(np.log(lam)) - mu @ lengths - alpha * comp_exc
    if not grad:
        return ll
    inv = 1.0 / lam
    g_mu = np.bincount(reg, weights=inv, minlength=len(mu)) - lengths
    g_alpha = beta * np.sum(As * inv) - comp_exc
    g_beta = alpha * np.sum((As - beta * B[scored]) * inv) - alpha * np.sum(-s * es + u * eu)
    return ll, np.concatenate([g_mu, [g_alpha, g_beta]])


def loglik(times, end: float, mu, alpha: float, beta: float, start: float = 0.0, change_points=()) -> float:
    """Exact Hawkes log-likelihood of ``times`` (days) on ``[start, end]`` by the O(n) recursion.

    Events before ``start`` are history: they excite but are not scored.

    >>> bool(abs(loglik([1.0, 2.0], 3.0, 0.5, 0.0, 1.0) - (2 * np.log(0.5) - 1.5)) < 1e-12)
    True
    """
    t = np.sort(np.asarray(times, float))
    cps = np.asarray(change_points, float)
    mu = np.atleast_1d(np.asarray(mu, float))
    return float(_loglik_grad(t, start, end, mu, float(alpha), float(beta), cps, grad=False))


def loglik_bruteforce(times, end: float, mu, alpha: float, beta: float, start: float = 0.0,
                      change_points=()) -> float:
    """The same log-likelihood by the O(n^2) double sum, for testing the recursion."""
    t = np.sort(np.asarray(times, float))
    cps = np.asarray(change_points, float)
    mu = np.atleast_1d(np.asarray(mu, float))
    ll = 0.0
    for i, ti in enumerate(t):
        if ti < start:
            continue
        exc = sum(math.exp(-beta * (ti - tj)) for tj in t[:i])
        ll += math.log(mu[_regimes(np.array([ti]), cps)[0]] + alpha * beta * exc)
    ll -= float(mu @ _regime_lengths(start, end, cps))
    for tj in t:
        if tj <= end:
            ll -= alpha * (math.exp(-beta * max(start - tj, 0.0)) - math.exp(-beta * (end - tj)))
    return ll


# -- the estimator --------------------------------------------------------------------------------

class Hawkes:
    """Hawkes process with exponential kernel, fitted by maximum likelihood.

    Parameters
    ----------
    change_points : dates or day numbers where the background rate may change; ``mu_`` then
        holds one rate per regime. Dates need date-valued times or ``origin=`` in ``fit``.
    ties : ``"jitter"`` (default) or ``"error"``: what to do with equal event times (see module doc).
    resolution : width in days of the jitter window (1.0: times are known to the day).
    random_state : seed for the jitter (fits are deterministic for a fixed seed).
    n_starts : optimiser restarts over the decay rate (the likelihood can be multi-modal in beta).
    max_iter, tol : L-BFGS-B limits.
    standard_errors : compute ``se_``/``cov_`` (2p extra gradient evaluations); off for forecasting.

    Fitted attributes: ``mu_`` (per day; float, or array per regime), ``alpha_``, ``beta_``,
    ``se_`` (dict of standard errors), ``cov_`` (natural-scale covariance), ``loglik_``,
    ``n_events_``, ``n_ties_``, ``times_``, ``start_``, ``end_``, ``origin_``,
    ``change_points_`` (days), ``n_iter_``, ``converged_``.
    """

    _self_exciting = True

    def __init__(self, change_points=None, ties: str = "jitter", resolution: float = 1.0,
                 random_state: int | None = 0, n_starts: int = 3, max_iter: int = 500, tol: float = 1e-9,
                 standard_errors: bool = True):
        self.change_points = change_points
        self.ties = ties
        self.resolution = resolution
        self.random_state = random_state
        self.n_starts = n_starts
        self.max_iter = max_iter
        self.tol = tol
        self.standard_errors = standard_errors

    # -- helpers ----------------------------------------------------------------------------------

    def __repr__(self) -> str:
        if hasattr(self, "alpha_"):
            mu = np.round(np.atleast_1d(self.mu_), 4).tolist()
            return (f"{type(self).__name__}(mu={mu if len(mu) > 1 else mu[0]}, "
                    f"alpha={self.alpha_:.4g}, beta={self.beta_:.4g}, n_events={self.n_events_})")
        return f"{type(self).__name__}(change_points={self.change_points!r}, ties={self.ties!r})"

    def set_params(self, mu, alpha: float, beta: float, change_points=None, origin=None) -> "Hawkes":
        """Set parameters by hand (for simulation); returns self, usable as if fitted."""
        mu = np.atleast_1d(np.asarray(mu, float))
        if not (0 <= alpha < 1) or beta <= 0 or np.any(mu < 0):
            raise ModelError(f"need mu >= 0, 0 <= alpha < 1, beta > 0; got mu={mu}, alpha={alpha}, beta={beta}")
        self.origin_ = pd.Timestamp(origin) if origin is not None else None
        if change_points is not None:
            self.change_points = change_points
        self.change_points_ = self._cps_days(self.origin_)
        if len(mu) != len(self.change_points_) + 1:
            raise ModelError(f"{len(self.change_points_)} change points need {len(self.change_points_) + 1} "
                             f"background rates, got {len(mu)}")
        self.mu_ = float(mu[0]) if len(mu) == 1 else mu
        self.alpha_, self.beta_ = float(alpha), float(beta)
        self.times_ = np.zeros(0)
        self.start_ = self.end_ = 0.0
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "alpha_"):
            raise NotFittedError(self)

    @property
    def branching_ratio(self) -> float:
        """Expected number of follow-on events per event (= ``alpha_``)."""
        self._check_fitted()
        return self.alpha_

    def _mu_vec(self) -> np.ndarray:
        return np.atleast_1d(np.asarray(self.mu_, float))

    def _cps_days(self, origin) -> np.ndarray:
        cps = self.change_points
        if cps is None or len(cps) == 0:
            return np.zeros(0)
        arr = np.asarray(list(cps))
        if arr.dtype.kind in "iuf":
            return np.sort(arr.astype(float))
        if origin is None:
            raise ModelError("change points are dates but the event times are numbers: "
                             "pass origin= (the date of day 0) to fit()")
        days = (pd.to_datetime(pd.Series(arr)) - origin) / pd.Timedelta(days=1)
        return np.sort(days.to_numpy(float))

    def _as_days(self, times, origin=None):
        """Event times as float days; date-like input is converted with ``origin``."""
        arr = np.asarray(times.to_numpy() if isinstance(times, (pd.Series, pd.Index)) else times)
        if arr.dtype.kind in "iuf":
            return arr.astype(float).ravel(), (pd.Timestamp(origin) if origin is not None else None), False
        ts = pd.to_datetime(pd.Series(arr.ravel()))
        origin = pd.Timestamp(origin) if origin is not None else ts.min().normalize()
        return ((ts - origin) / pd.Timedelta(days=1)).to_numpy(float), origin, True

    def _to_day(self, x, origin) -> float:
        if isinstance(x, (int, float, np.integer, np.floating)):
            return float(x)
        if origin is None:
            raise ModelError(f"{x!r} is a date but the model has no date origin; give times as dates or pass origin=")
        return (pd.Timestamp(x) - origin) / pd.Timedelta(days=1)

    def _untie(self, t: np.ndarray, end: float, seed_offset: int = 0) -> tuple[np.ndarray, int]:
        t = np.sort(t)
        n_ties = int(np.sum(np.diff(t) == 0)) if len(t) > 1 else 0
        if n_ties == 0:
            return t, 0
        if self.ties == "error":
            raise ModelError(f"{n_ties} events share a time with another; use ties='jitter' or "
                             "give times finer than a day")
        if self.ties != "jitter":
            raise ModelError(f"ties must be 'jitter' or 'error', not {self.ties!r}")
        seed = None if self.random_state is None else self.random_state + seed_offset
        rng = np.random.default_rng(seed)
        width = np.minimum(self.resolution, np.maximum(end - t, 0.0))
        return np.sort(t + rng.uniform(0.0, 1.0, len(t)) * width), n_ties

    # -- parameters -------------------------------------------------------------------------------

    def _unpack(self, theta: np.ndarray):
        k = len(theta) - 2
        mu = np.exp(theta[:k])
        alpha = 1.0 / (1.0 + math.exp(-theta[k]))
        beta = math.exp(theta[k + 1])
        return mu, alpha, beta

    def _jac(self, mu, alpha, beta) -> np.ndarray:
        """d natural / d unconstrained (diagonal)."""
        return np.concatenate([mu, [alpha * (1 - alpha), beta]])

    def _negll(self, theta, t, start, end, cps, scale):
        mu, alpha, beta = self._unpack(theta)
        ll, g = _loglik_grad(t, start, end, mu, alpha, beta, cps, grad=True)
        if not np.isfinite(ll):
            return 1e300, np.zeros_like(theta)
        return -ll / scale, -g * self._jac(mu, alpha, beta) / scale

    # -- fit --------------------------------------------------------------------------------------

    def fit(self, times, end=None, start=0.0, origin=None) -> "Hawkes":
        """Fit to event ``times`` observed on ``[start, end]``.

        ``times`` are days (floats) or dates; with dates, ``origin`` (default: the first event's
        day) is day 0 and ``end`` defaults to the day after the last event. ``end`` and ``start``
        may be dates too.
        """
        t, origin, dated = self._as_days(times, origin)
        if len(t) == 0:
            raise ModelError("no events to fit: a Hawkes fit needs at least 3 event times")
        if not np.all(np.isfinite(t)):
            raise ModelError("event times must be finite numbers or valid dates")
        start = self._to_day(start, origin)
        end = (math.floor(t.max()) + 1.0 if dated else float(t.max())) if end is None else self._to_day(end, origin)
        if np.any(t > end) or np.any(t < start):
            raise ModelError(f"event times must lie in [{start}, {end}] (got {t.min():.6g}..{t.max():.6g}); "
                             "check end=")
        if len(t) < 3:
            raise ModelError(f"only {len(t)} events: a Hawkes fit needs at least 3")
        cps = self._cps_days(origin)
        if np.any(cps <= start) or np.any(cps >= end):
            raise ModelError(f"change points must fall inside the observation window ({start}, {end}) days; "
                             f"got {cps.tolist()}")
        t, n_ties = self._untie(t, end)
        self.origin_, self.change_points_ = origin, cps
        self.start_, self.end_, self.times_ = float(start), float(end), t
        self.n_events_, self.n_ties_ = len(t), n_ties
        self._fit_params(t, start, end, cps)
        self.loglik_ = float(_loglik_grad(t, start, end, self._mu_vec(), self.alpha_, self.beta_ if
                                          self._self_exciting else 1.0, cps, grad=False))
        return self

    def _fit_params(self, t, start, end, cps) -> None:
        n = len(t)
        lengths = _regime_lengths(start, end, cps)
        counts = np.bincount(_regimes(t, cps), minlength=len(cps) + 1)
        mu0 = np.log(np.maximum(0.5 * counts / lengths, 1e-6))
        mean_gap = (end - start) / n
        best = None
        n_iter = 0
        factors = [1.0, 0.1, 10.0][: max(1, self.n_starts)]
        for f in factors:
            theta0 = np.concatenate([mu0, [0.0, math.log(f / mean_gap)]])
            theta0 = np.clip(theta0, -_BOUND + 1, _BOUND - 1)
            res = optimize.minimize(self._negll, theta0, args=(t, start, end, cps, n), jac=True,
                                    method="L-BFGS-B", bounds=[(-_BOUND, _BOUND)] * len(theta0),
                                    options={"maxiter": self.max_iter, "ftol": self.tol, "gtol": 1e-6})
            n_iter += res.nit
            if best is None or res.fun < best.fun:
                best = res
        self.n_iter_ = n_iter
        self.converged_ = bool(best.success)
        mu, alpha, beta = self._unpack(best.x)
        if not best.success:
            warnings.warn(f"Hawkes fit did not converge after {n_iter} iterations: {best.message}. "
                          "Try more data, fewer change points or a larger max_iter.",
                          ConvergenceWarning, stacklevel=3)
        self.mu_ = float(mu[0]) if len(mu) == 1 else mu
        self.alpha_, self.beta_ = float(alpha), float(beta)
        self._standard_errors(best.x, t, start, end, cps)

    def _standard_errors(self, theta, t, start, end, cps) -> None:
        """Observed information: Hessian of -loglik in the unconstrained parameters by central
        differences of the analytic gradient, inverted, then the delta method to natural scale."""
        if not self.standard_errors:
            p = len(theta)
            self._theta_, self._cov_theta_ = theta, np.full((p, p), np.nan)
            self.cov_ = self._cov_theta_.copy()
            self.se_ = {"mu": float("nan") if p == 3 else np.full(p - 2, np.nan), "alpha": float("nan"),
                        "beta": float("nan")}
            return
        p = len(theta)
        H = np.zeros((p, p))
        for i in range(p):
            h = 1e-5 * max(1.0, abs(theta[i]))
            e = np.zeros(p)
            e[i] = h
            gp = self._negll(theta + e, t, start, end, cps, 1.0)[1]
            gm = self._negll(theta - e, t, start, end, cps, 1.0)[1]
            H[:, i] = (gp - gm) / (2 * h)
        H = 0.5 * (H + H.T)
        try:
            cov_theta = np.linalg.inv(H)
            ok = np.all(np.linalg.eigvalsh(H) > 0)
        except np.linalg.LinAlgError:
            ok = False
        if not ok:
            warnings.warn("the observed information is not positive definite at the optimum; standard "
                          "errors are NaN (a parameter is at its boundary or not identified)",
                          ConvergenceWarning, stacklevel=4)
            cov_theta = np.full((p, p), np.nan)
        self._theta_, self._cov_theta_ = theta, cov_theta
        J = self._jac(*self._unpack(theta))
        self.cov_ = cov_theta * np.outer(J, J)
        se = np.sqrt(np.diag(self.cov_))
        k = p - 2
        self.se_ = {"mu": float(se[0]) if k == 1 else se[:k], "alpha": float(se[k]), "beta": float(se[k + 1])}

    def conf_int(self, level: float = 0.95) -> dict:
        """Wald intervals built on the optimiser's scale (log mu, logit alpha, log beta) and mapped
        back, so they stay inside the parameter space: {"mu": (lo, hi), "alpha": ..., "beta": ...}."""
        self._check_fitted()
        if not hasattr(self, "_theta_"):
            raise ModelError("confidence intervals need a fitted model, not set_params()")
        z = stats.norm.ppf(0.5 + level / 2)
        sd = np.sqrt(np.diag(self._cov_theta_))
        lo = self._unpack(self._theta_ - z * sd)
        hi = self._unpack(self._theta_ + z * sd)
        k = len(self._theta_) - 2
        mu = (float(lo[0][0]), float(hi[0][0])) if k == 1 else (lo[0], hi[0])
        return {"mu": mu, "alpha": (lo[1], hi[1]), "beta": (lo[2], hi[2])}

    # -- use --------------------------------------------------------------------------------------

    def score(self, times, end, start=None) -> float:
        """Held-out log-likelihood per event of the events in ``[start, end]``, conditioning on
        the events before ``start`` (default start: the end of the training window).

        If ``times`` holds no event before ``start`` and ``start`` is at or after the training
        end, the training events are the history. Higher is better.
        """
        self._check_fitted()
        t, _, _ = self._as_days(times, self.origin_)
        t = np.sort(t)
        start = self.end_ if start is None else self._to_day(start, self.origin_)
        end = self._to_day(end, self.origin_)
        hist, new = t[t < start], t[(t >= start) & (t <= end)]
        if len(hist) == 0 and start >= self.end_:
            hist = self.times_
        else:
            hist, _ = self._untie(hist, start, 1)
        new, _ = self._untie(new, end, 2)
        if len(new) == 0:
            raise ModelError(f"no held-out events in [{start}, {end}]")
        t = np.concatenate([hist, new])
        ll = _loglik_grad(t, start, end, self._mu_vec(), self.alpha_, self.beta_ if self._self_exciting
                          else 1.0, self.change_points_, grad=False)
        return float(ll) / len(new)

    def intensity(self, grid, times=None) -> np.ndarray:
        """lambda(t) at each grid time (days), given the training events (or ``times``)."""
        self._check_fitted()
        g = np.asarray(grid, float)
        t = self.times_ if times is None else np.sort(np.asarray(times, float))
        base = self._mu_vec()[_regimes(g, self.change_points_)]
        if len(t) == 0 or not self._self_exciting or self.alpha_ == 0:
            return base
        A = _excitation(t, self.beta_)
        k = np.searchsorted(t, g, side="left") - 1  # last event strictly before g
        valid = k >= 0
        exc = np.zeros_like(g)
        kv = k[valid]
        exc[valid] = (A[kv] + 1.0) * np.exp(-self.beta_ * (g[valid] - t[kv]))
        return base + self.alpha_ * self.beta_ * exc

    def compensator(self, times=None, start=None) -> np.ndarray:
        """Lambda(t_i) = int_start^{t_i} lambda for each event (the time-rescaled times)."""
        self._check_fitted()
        t = self.times_ if times is None else np.sort(np.asarray(times, float))
        start = self.start_ if start is None else start
        bg = _background_integral(t, self._mu_vec(), self.change_points_, start)
        if not self._self_exciting or self.alpha_ == 0:
            return bg
        A = _excitation(t, self.beta_)
        # sum_{j<i} (1 - exp(-beta (t_i - t_j))) = i - A_i
        return bg + self.alpha_ * (np.arange(len(t)) - A)

    def gof(self) -> GofResult:
        """Time-rescaling test on the training events: the compensator increments
        ``Lambda(t_i) - Lambda(t_{i-1})`` are iid Exp(1) under the model; KS test against Exp(1)."""
        self._check_fitted()
        if len(self.times_) < 2:
            raise ModelError("goodness of fit needs a model fitted to events")
        tau = np.diff(np.concatenate([[0.0], self.compensator()]))
        ks = stats.kstest(tau, "expon")
        return GofResult(float(ks.statistic), float(ks.pvalue), len(tau), tau)

    def simulate(self, T, seed=None, start=0.0, history=None, method: str = "ogata") -> np.ndarray:
        """Event times in ``(start, T]`` (days), simulated by Ogata thinning (``method="ogata"``) or
        by the branching (cluster) construction (``"cluster"``), continuing ``history`` (event
        times at or before ``start``) when given."""
        self._check_fitted()
        T, start = self._to_day(T, self.origin_), self._to_day(start, self.origin_)
        if method == "cluster":
            _, times = self.simulate_paths(T, 1, seed=seed, start=start, history=history)
            return times
        if method != "ogata":
            raise ModelError(f"method must be 'ogata' or 'cluster', not {method!r}")
        rng = np.random.default_rng(seed)
        mu, cps = self._mu_vec(), self.change_points_
        a, b = self.alpha_, (self.beta_ if self._self_exciting else 1.0)
        ab = a * b
        h = np.asarray(history if history is not None else [], float)
        S = float(np.sum(np.exp(-b * (start - h[h <= start])))) if len(h) else 0.0
        out = []
        t = start
        cps_after = [c for c in cps if c > start] + [math.inf]
        ci = 0
        reg = int(_regimes(np.array([t]), cps)[0])
        while True:
            next_cp = cps_after[ci]
            lam_bar = mu[reg] + ab * S  # intensity only decays until the next event or change point
            w = rng.exponential(1.0 / lam_bar) if lam_bar > 0 else math.inf
            if t + w >= next_cp:
                if next_cp >= T:
                    break
                S *= math.exp(-b * (next_cp - t))
                t = next_cp
                ci += 1
                reg += 1
                continue
            t += w
            if t > T:
                break
            S *= math.exp(-b * w)
            if rng.random() * lam_bar <= mu[reg] + ab * S:
                out.append(t)
                S += 1.0
        return np.asarray(out)

    def simulate_paths(self, T, n_paths: int, seed=None, start=0.0, history=None):
        """``n_paths`` independent continuations on ``(start, T]`` by the cluster construction
        (immigrants at the background rate, each event begetting Poisson(alpha) children after
        Exp(beta) delays); vectorised over paths. Returns ``(path_index, times)``, sorted by path
        then time."""
        self._check_fitted()
        rng = np.random.default_rng(seed)
        mu, cps = self._mu_vec(), self.change_points_
        a, b = self.alpha_, (self.beta_ if self._self_exciting else 1.0)
        edges = np.concatenate([[-np.inf], cps, [np.inf]])
        P, Ts = [], []
        for k in range(len(mu)):
            lo, hi = max(start, edges[k]), min(T, edges[k + 1])
            if hi <= lo or mu[k] == 0:
                continue
            n = rng.poisson(mu[k] * (hi - lo), n_paths)
            P.append(np.repeat(np.arange(n_paths), n))
            Ts.append(rng.uniform(lo, hi, n.sum()))
        h = np.asarray(history if history is not None else [], float)
        if len(h) and a > 0:
            S = float(np.sum(np.exp(-b * (start - h[h <= start]))))
            # children of past events still to come: Poisson(alpha * S) per path, memoryless delays
            n = rng.poisson(a * S, n_paths)
            tt = start + rng.exponential(1.0 / b, n.sum())
            keep = tt <= T
            P.append(np.repeat(np.arange(n_paths), n)[keep])
            Ts.append(tt[keep])
        p = np.concatenate(P) if P else np.zeros(0, int)
        tt = np.concatenate(Ts) if Ts else np.zeros(0)
        allp, allt = [p], [tt]
        while a > 0 and len(tt):
            n = rng.poisson(a, len(tt))
            ct = np.repeat(tt, n) + rng.exponential(1.0 / b, n.sum())
            cp = np.repeat(p, n)
            keep = ct <= T
            p, tt = cp[keep], ct[keep]
            allp.append(p)
            allt.append(tt)
        p, tt = np.concatenate(allp).astype(int), np.concatenate(allt)
        order = np.lexsort((tt, p))
        return p[order], tt[order]


class PoissonProcess(Hawkes):
    """Homogeneous (or piecewise-constant, with ``change_points``) Poisson process: the Hawkes
    model without self-excitation, fitted in closed form (mu_k = n_k / length_k). The baseline
    a Hawkes fit must beat.
    """

    _self_exciting = False

    def _fit_params(self, t, start, end, cps) -> None:
        lengths = _regime_lengths(start, end, cps)
        counts = np.bincount(_regimes(t, cps), minlength=len(cps) + 1)
        mu = counts / lengths
        self.mu_ = float(mu[0]) if len(mu) == 1 else mu
        self.alpha_, self.beta_ = 0.0, float("nan")
        se = np.sqrt(counts) / lengths
        self.se_ = {"mu": float(se[0]) if len(se) == 1 else se, "alpha": 0.0, "beta": float("nan")}
        self.cov_ = np.diag(np.concatenate([se ** 2, [0.0, np.nan]]))
        self.n_iter_, self.converged_ = 0, True

    def conf_int(self, level: float = 0.95) -> dict:
        self._check_fitted()
        z = stats.norm.ppf(0.5 + level / 2)
        mu, se = self._mu_vec(), np.atleast_1d(self.se_["mu"])
        with np.errstate(divide="ignore", invalid="ignore"):
            f = np.exp(z * np.where(mu > 0, se / mu, np.nan))
        lo, hi = mu / f, mu * f
        return {"mu": (lo[0], hi[0]) if len(mu) == 1 else (lo, hi), "alpha": (0.0, 0.0),
                "beta": (float("nan"), float("nan"))}
