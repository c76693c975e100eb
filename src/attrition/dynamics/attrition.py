"""Attrition: a two-sided strength model fitted to attack counts and published strength ranges.

Two forces, A (the actor, e.g. ISIS-K) and B (its opponent, e.g. the Taliban), in months::

    dA/dt = r_A + g_A·A − k_BA·s_B(t)·L_A(A, B)
    dB/dt = r_B + g_B·B − k_AB·s_A(t)·L_B(A, B)

``r`` is recruitment (fighters per month), ``g`` the net internal rate (growth minus
defection: the two only ever act through their difference, so the model estimates ``g`` and
reports ``ρ = g + d`` when the user fixes a defection rate ``d``), ``k`` the effectiveness of one
side against the other and ``s(t)`` an outside-support multiplier (:class:`Support`). The loss
law ``L`` is one of

    ``square``  aimed fire, Lanchester's square law:  L_A = B,    L_B = A   (αA² − βB² is conserved)
    ``linear``  area fire, Lanchester's linear law:   L_A = A·B,  L_B = A·B (αA − βB is conserved)
    ``mixed``   Deitchman's guerrilla model, A the guerrilla under area fire: L_A = A·B, L_B = A

Shocks (:class:`Shock`) add or remove fighters on a date (a prison release, a mass surrender).
Strength never goes below zero.

Observations: monthly attacks by A ~ Poisson or negative binomial with mean ``c·A`` at mid-month
(and optionally attacks by B with mean ``c_B·B``), and published strength figures as
interval-censored log-normal (or normal) observations of A(t) or B(t): a range ``[low, high]``
contributes P(low ≤ estimate ≤ high), a point figure its density, "more than N" a tail.

Fitting is maximum likelihood (scipy L-BFGS-B on log/scaled parameters) with the observed
Fisher information for uncertainty. Then the model asks which parameters the data identify:
a direction of the information matrix with almost no curvature is a combination the data cannot
pin down (attack counts alone identify ``c·A0`` but not ``A0``). The model fixes the parameter
carrying that direction, refits, and says so in :meth:`Attrition.summary` and
``identifiability_`` instead of reporting a number the data cannot support.

>>> import pandas as pd
>>> m = Attrition(observation="poisson")
>>> sim = m.simulate(params={"A0": 1500, "g_A": -0.03, "c": 0.01}, start="2019-01", months=24, seed=1)
>>> m = m.fit(sim.set_index("month")["attacks"])     # counts only: A0 is not identified
>>> m.identifiability_.set_index("parameter").loc["A0", "status"]
'not identified'
"""
from __future__ import annotations

import logging
import math
import warnings
from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy import optimize, special

from ..errors import ModelError, NotFittedError, UsageError

log = logging.getLogger(__name__)

__all__ = ["Attrition", "Shock", "Support", "LAWS", "integrate", "interval_loglik", "invariant"]

LAWS = ("square", "linear", "mixed")
OBSERVATIONS = ("poisson", "negbin")

# name: (transform, default value when fixed, internal scale, meaning)
_SPEC: dict[str, tuple[str, float, float, str]] = {
    "A0": ("log", 1000.0, 1.0, "strength of A at the first month"),
    "B0": ("log", 1.0, 1.0, "strength of B at the first month (1 = B unobserved, k_BA is then a rate)"),
    "g_A": ("lin", 0.0, 0.05, "net internal rate of A per month (growth minus defection)"),
    "g_B": ("lin", 0.0, 0.05, "net internal rate of B per month"),
    "r_A": ("log", 0.0, 1.0, "recruitment into A, fighters per month"),
    "r_B": ("log", 0.0, 1.0, "recruitment into B, fighters per month"),
    "k_BA": ("log", 0.0, 1.0, "effectiveness of B against A"),
    "k_AB": ("log", 0.0, 1.0, "effectiveness of A against B"),
    "c": ("log", 0.01, 1.0, "attacks per fighter of A per month"),
    "c_B": ("log", 0.01, 1.0, "attacks per fighter of B per month"),
    "phi": ("log", 10.0, 1.0, "negative-binomial dispersion (variance = μ + μ²/φ)"),
}
# Which parameter to fix first when several carry an unidentified direction: the scale ones.
_FIX_PREFERENCE = {"A0": 1.25, "B0": 1.3, "k_BA": 1.1, "k_AB": 1.1, "r_A": 1.05, "r_B": 1.05}
_SIDES = {"A": "A", "B": "B", "actor": "A", "opponent": "B"}


@dataclass(frozen=True)
class Shock:
    """``size`` fighters added to (or, if negative, removed from) ``side`` on ``date``.

    ``size=None`` in a model's ``shocks`` means "estimate it" (parameter ``shock_<i>``).

    >>> Shock("2021-08", "A", 2000)
    Shock(date='2021-08', side='A', size=2000)
    """
    date: str
    side: str = "A"
    size: float | None = None


@dataclass(frozen=True)
class Support:
    """Outside support for ``side`` from ``start`` to ``end`` (open-ended if None): the side's
    effectiveness against the other is multiplied by ``factor`` (``None`` = estimate it).

    >>> Support("2019-06", factor=1.5)          # e.g. intelligence support to the opponent B
    Support(start='2019-06', end=None, factor=1.5, side='B')
    """
    start: str
    end: str | None = None
    factor: float | None = None
    side: str = "B"


def _side(s: str) -> str:
    try:
        return _SIDES[s]
    except KeyError:
        raise UsageError(f"side must be 'A' (actor) or 'B' (opponent), not {s!r}") from None


def _month_offset(date, t0: pd.Period) -> float:
    """Months (float) from the start of month ``t0`` to ``date`` ('2021-08', '2021-08-15', Timestamp)."""
    s = str(date).strip() if not isinstance(date, (pd.Timestamp, pd.Period)) else date
    if isinstance(s, pd.Period):
        return float((s.asfreq("M") - t0).n)
    ts = pd.Timestamp(s + "-01-01" if isinstance(s, str) and len(s) == 4 else s)
    p = ts.to_period("M")
    return float((p - t0).n) + (ts.day - 1) / ts.days_in_month


# ---------------------------------------------------------------------------------------------
# the state equations

def _rhs(law: str, p: Mapping, A, B, sA, sB):
    if law == "square":
        lossA, lossB = p["k_BA"] * sB * B, p["k_AB"] * sA * A
    elif law == "linear":
        lossA, lossB = p["k_BA"] * sB * A * B, p["k_AB"] * sA * A * B
    else:  # mixed: A the guerrilla under area fire, B under A's aimed fire
        lossA, lossB = p["k_BA"] * sB * A * B, p["k_AB"] * sA * A
    return p["r_A"] + p["g_A"] * A - lossA, p["r_B"] + p["g_B"] * B - lossB


def integrate(params: Mapping, months: int, law: str = "linear", shocks: Iterable = (),
              support: Iterable = (), substeps: int = 4, method: str = "rk4", rtol: float = 1e-10,
              atol: float = 1e-8):
    """Solve the state equations for ``months`` months; returns ``(t, A, B)`` on a grid of
    ``substeps`` points per month (``t`` in months from the start).

    ``params`` holds A0, B0, g_A, g_B, r_A, r_B, k_BA, k_AB (missing ones are 0; values may be numpy
    arrays to integrate many parameter draws at once). ``shocks`` are ``(t, side, size)`` triples
    and ``support`` ``(t_start, t_end, side, factor)`` with times in months; both snap to the grid.
    ``method="rk4"`` is fixed-step Runge-Kutta (smooth in the parameters, used for fitting);
    ``method="scipy"`` uses ``solve_ivp`` (DOP853) between grid points to tolerance ``rtol``.

    >>> t, A, B = integrate({"A0": 100, "B0": 80, "k_BA": 0.01, "k_AB": 0.02}, 2, law="square")
    >>> round(float(0.02 * A[-1]**2 - 0.01 * B[-1]**2), 6) == round(0.02 * 100**2 - 0.01 * 80**2, 6)
    True
    """
    if law not in LAWS:
        raise UsageError(f"law must be one of {', '.join(LAWS)}, not {law!r}")
    p = {k: params.get(k, 0.0) for k in ("g_A", "g_B", "r_A", "r_B", "k_BA", "k_AB")}
    n = int(substeps)
    steps = int(months) * n
    h = 1.0 / n
    vector = any(np.ndim(v) > 0 for v in params.values())
    jumpA, jumpB = {}, {}
    for t, side, size in shocks:
        j = int(round(t * n))
        if 0 <= j <= steps:
            d = jumpA if _side(side) == "A" else jumpB
            d[j] = d.get(j, 0.0) + size
    mult = {"A": [1.0] * steps, "B": [1.0] * steps}
    for t0, t1, side, factor in support:
        lo = max(0, int(round(t0 * n)))
        hi = steps if t1 is None else min(steps, int(round(t1 * n)))
        arr = mult[_side(side)]
        for j in range(lo, hi):
            arr[j] = arr[j] * factor
    if vector:
        clip = np.maximum
    else:
        def clip(x, y):
            return x if x > y else y
    A = params.get("A0", 0.0) + jumpA.get(0, 0.0)
    B = params.get("B0", 0.0) + jumpB.get(0, 0.0)
    if vector:  # every state a full array of draws, so the path stacks to (steps + 1, n)
        zero = np.zeros(max(np.size(v) for v in params.values()))
        A, B = A + zero, B + zero
    A, B = clip(A, 0.0), clip(B, 0.0)
    As, Bs = [A], [B]
    for j in range(steps):
        sA, sB = mult["A"][j], mult["B"][j]
        if method == "rk4":
            a1, b1 = _rhs(law, p, A, B, sA, sB)
            a2, b2 = _rhs(law, p, A + 0.5 * h * a1, B + 0.5 * h * b1, sA, sB)
            a3, b3 = _rhs(law, p, A + 0.5 * h * a2, B + 0.5 * h * b2, sA, sB)
            a4, b4 = _rhs(law, p, A + h * a3, B + h * b3, sA, sB)
            A = A + h / 6.0 * (a1 + 2 * a2 + 2 * a3 + a4)
            B = B + h / 6.0 * (b1 + 2 * b2 + 2 * b3 + b4)
        elif method == "scipy":
            if vector:
                raise UsageError("method='scipy' integrates one parameter set at a time")
            from scipy.integrate import solve_ivp
            sol = solve_ivp(lambda _t, y: _rhs(law, p, y[0], y[1], sA, sB), (0.0, h), [A, B],
                            method="DOP853", rtol=rtol, atol=atol)
            A, B = float(sol.y[0, -1]), float(sol.y[1, -1])
        else:
            raise UsageError(f"method must be 'rk4' or 'scipy', not {method!r}")
        A = clip(A + jumpA.get(j + 1, 0.0), 0.0)
        B = clip(B + jumpB.get(j + 1, 0.0), 0.0)
        As.append(A)
        Bs.append(B)
    t = np.arange(steps + 1) * h
    return t, np.asarray(As, dtype=float), np.asarray(Bs, dtype=float)


def invariant(law: str, params: Mapping, A, B):
    """The Lanchester conserved quantity for a closed fight (no recruitment, growth or support):
    ``k_AB·A² − k_BA·B²`` (square law) or ``k_AB·A − k_BA·B`` (linear law)."""
    A, B = np.asarray(A, float), np.asarray(B, float)
    if law == "square":
        return params["k_AB"] * A ** 2 - params["k_BA"] * B ** 2
    if law == "linear":
        return params["k_AB"] * A - params["k_BA"] * B
    raise UsageError(f"no simple invariant for law {law!r}; use 'square' or 'linear'")


# ---------------------------------------------------------------------------------------------
# observation models

def _log_diff_ndtr(a, b):
    """log(Φ(b) − Φ(a)) for a ≤ b, stable in both tails."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    flip = a > 0  # both in the upper tail: Φ(b) − Φ(a) = Φ(−a) − Φ(−b)
    lo, hi = np.where(flip, -b, a), np.where(flip, -a, b)
    lhi, llo = special.log_ndtr(hi), special.log_ndtr(lo)
    with np.errstate(divide="ignore"):
        return lhi + np.log1p(-np.exp(np.minimum(llo - lhi, 0.0)) + 0.0)


def interval_loglik(low, high, mean, sd, scale: str = "log"):
    """Log-likelihood of published figures ``[low, high]`` given true strength ``mean``.

    ``scale="log"``: log(estimate) ~ N(log mean, sd²); ``scale="normal"``: estimate ~
    N(mean, (sd·mean)²). ``low == high`` is a point figure (log density of the estimate on that
    scale); a NaN ``high`` means "at least low", a NaN ``low`` "at most high".

    >>> import math
    >>> x = interval_loglik(1000, 4000, 2000, 0.5)          # 2000 is the geometric midpoint
    >>> abs(math.exp(x) - math.erf(math.log(4) / 2 / 0.5 / math.sqrt(2))) < 1e-12
    True
    """
    low, high = np.asarray(low, float), np.asarray(high, float)
    mean = np.maximum(np.asarray(mean, float), 1e-9)
    if scale == "log":
        with np.errstate(divide="ignore", invalid="ignore"):
            zl = (np.log(np.maximum(low, 1e-300)) - np.log(mean)) / sd
            zh = (np.log(np.maximum(high, 1e-300)) - np.log(mean)) / sd
        s = sd
    elif scale == "normal":
        zl, zh = (low - mean) / (sd * mean), (high - mean) / (sd * mean)
        s = sd * mean
    else:
        raise UsageError(f"strength error scale must be 'log' or 'normal', not {scale!r}")
    point = np.isfinite(low) & np.isfinite(high) & (low == high)
    out = np.where(np.isnan(low), special.log_ndtr(np.where(np.isnan(zh), 0, zh)),
                   np.where(np.isnan(high), special.log_ndtr(-np.where(np.isnan(zl), 0, zl)),
                            _log_diff_ndtr(np.where(point, 0, zl), np.where(point, 1, zh))))
    dens = -0.5 * zl ** 2 - np.log(s) - 0.5 * math.log(2 * math.pi)
    out = np.where(point, dens, out)
    return float(np.sum(out))


def _count_loglik(y, mu, observation: str, phi: float):
    mu = np.maximum(mu, 1e-9)
    if observation == "poisson":
        return y * np.log(mu) - mu - special.gammaln(y + 1)
    return (special.gammaln(y + phi) - special.gammaln(phi) - special.gammaln(y + 1)
            + phi * np.log(phi / (phi + mu)) + y * np.log(mu / (phi + mu)))


def _as_monthly(x, what: str) -> pd.Series | None:
    """Monthly counts as a float Series on a PeriodIndex (missing months stay NaN = unobserved)."""
    if x is None:
        return None
    if isinstance(x, pd.DataFrame):
        cols = [c for c in ("count", "attacks", "events", "value") if c in x.columns]
        key = "month" if "month" in x.columns else ("date" if "date" in x.columns else None)
        if not cols or key is None:
            raise UsageError(f"{what}: give a Series indexed by month, or a frame with 'month' and 'count'")
        x = pd.Series(x[cols[0]].to_numpy(), index=x[key])
    s = pd.Series(x).copy()
    idx = s.index
    if not isinstance(idx, pd.PeriodIndex):
        idx = pd.PeriodIndex([pd.Period(pd.Timestamp(str(v)) if not isinstance(v, pd.Period) else v, "M")
                              for v in idx], freq="M")
    s.index = idx.asfreq("M")
    s = pd.to_numeric(s, errors="coerce").astype(float)
    s = s.groupby(level=0).sum(min_count=1)
    if (s.dropna() < 0).any():
        raise UsageError(f"{what}: counts must be >= 0")
    if s.empty:
        raise ModelError(f"{what}: no monthly counts to fit; give at least a few months")
    return s.reindex(pd.period_range(s.index.min(), s.index.max(), freq="M"))


def _as_strengths(df, what: str) -> pd.DataFrame | None:
    """Strength observations as a frame with ``date, low, high, side``."""
    if df is None or len(df) == 0:
        return None
    d = pd.DataFrame(df).copy()
    if "date" not in d.columns:
        if "period_end" in d.columns:
            end = d["period_end"]
            d["date"] = end.where(end.notna(), d.get("period_start"))
        elif "period_start" in d.columns:
            d["date"] = d["period_start"]
        else:
            raise UsageError(f"{what}: needs a 'date' (or 'period_end') column")
    for c in ("value", "low", "high"):
        d[c] = pd.to_numeric(d[c], errors="coerce") if c in d.columns else np.nan
    d["low"] = d["low"].where(d["low"].notna() | d["high"].notna(), d["value"])
    d["high"] = d["high"].where(d["high"].notna() | d["value"].isna(), d["value"])
    d["high"] = d["high"].where(~(d["low"].isna() & d["high"].isna()), d["value"])
    if "side" not in d.columns:
        d["side"] = "A"
    d = d[d["low"].notna() | d["high"].notna()]
    return d[["date", "low", "high", "side"]].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------

class Attrition:
    """Two-sided attrition model with recruitment, defection, outside support and shocks.

    Hyper-parameters (stored as given; scikit-learn style):

    law            "square" | "linear" | "mixed" (see the module docstring)
    observation    "negbin" (default) or "poisson" for monthly attack counts
    shocks         :class:`Shock` list (size None = estimate it)
    support        :class:`Support` list (factor None = estimate it)
    free           parameters to estimate; default A0, g_A, c (+ phi for negbin, + k_BA when
                   support is given, + c_B when opponent counts are given)
    fixed          values for parameters that are not estimated (e.g. ``{"B0": 30000, "d_A": 0.02}``;
                   ``d_A``/``d_B`` are defection rates used only to report ρ = g + d)
    strength_sd    sd of a published figure around the truth (log scale by default): 0.3
    strength_scale "log" or "normal"
    substeps       integration steps per month
    identify       "fisher" (observed information) or "profile" (also profile each parameter)
    fix_unidentified  fix what the data cannot identify (True) or only report it (False)
    """

    def __init__(self, law: str = "mixed", observation: str = "negbin", shocks: Iterable[Shock] = (),
                 support: Iterable[Support] = (), free: Iterable[str] | None = None,
                 fixed: Mapping[str, float] | None = None, strength_sd: float = 0.3,
                 strength_scale: str = "log", substeps: int = 2, identify: str = "fisher",
                 fix_unidentified: bool = True, maxiter: int = 1000):
        self.law = law
        self.observation = observation
        self.shocks = shocks
        self.support = support
        self.free = free
        self.fixed = fixed
        self.strength_sd = strength_sd
        self.strength_scale = strength_scale
        self.substeps = substeps
        self.identify = identify
        self.fix_unidentified = fix_unidentified
        self.maxiter = maxiter

    # -- parameter bookkeeping --------------------------------------------------------------
    def _check(self):
        if self.law not in LAWS:
            raise UsageError(f"law must be one of {', '.join(LAWS)}, not {self.law!r}")
        if self.observation not in OBSERVATIONS:
            raise UsageError(f"observation must be 'poisson' or 'negbin', not {self.observation!r}")
        if self.identify not in ("fisher", "profile"):
            raise UsageError(f"identify must be 'fisher' or 'profile', not {self.identify!r}")
        if self.substeps < 2 or self.substeps % 2:
            raise UsageError("substeps must be an even number >= 2 (mid-month is a grid point)")

    def _spec(self) -> dict[str, tuple[str, float, float, str]]:
        spec = dict(_SPEC)
        for i, s in enumerate(self.shocks):
            spec[f"shock_{i}"] = ("lin", float(s.size or 0.0), 1000.0,
                                  f"fighters added to {_side(s.side)} on {s.date}")
        for i, s in enumerate(self.support):
            spec[f"support_{i}"] = ("log", float(s.factor if s.factor is not None else 1.0), 1.0,
                                    f"multiplier on {_side(s.side)}'s effectiveness from {s.start}")
        return spec

    def _default_free(self, has_b_counts: bool) -> list[str]:
        free = ["A0", "g_A", "c"]
        if self.observation == "negbin":
            free.append("phi")
        if any(s.factor is None for s in self.support) or self.support:
            free.append("k_BA")
        if has_b_counts:
            free.append("c_B")
        free += [f"shock_{i}" for i, s in enumerate(self.shocks) if s.size is None]
        free += [f"support_{i}" for i, s in enumerate(self.support) if s.factor is None]
        return free

    def _full(self, theta: np.ndarray, names: list[str], base: Mapping[str, float]) -> dict:
        spec = self._spec_
        p = dict(base)
        for v, k in zip(theta, names):
            tr, _, sc, _ = spec[k]
            p[k] = math.exp(v) if tr == "log" else v * sc
        return p

    def _to_internal(self, p: Mapping, names: list[str]) -> np.ndarray:
        out = []
        for k in names:
            tr, _, sc, _ = self._spec_[k]
            out.append(math.log(max(p[k], 1e-12)) if tr == "log" else p[k] / sc)
        return np.array(out, float)

    # -- the likelihood ----------------------------------------------------------------------
    def _events(self, p: Mapping):
        shocks = [(self._t(s.date), s.side, p[f"shock_{i}"]) for i, s in enumerate(self.shocks)]
        sup = [(self._t(s.start), None if s.end is None else self._t(s.end), s.side, p[f"support_{i}"])
               for i, s in enumerate(self.support)]
        return shocks, sup

    def _t(self, date) -> float:
        return _month_offset(date, self.start_)

    def _path(self, p: Mapping, months: int, extra_shocks=(), extra_support=()):
        shocks, sup = self._events(p)
        return integrate(p, months, law=self.law, shocks=list(shocks) + list(extra_shocks),
                         support=list(sup) + list(extra_support), substeps=self.substeps)

    def _loglik(self, p: Mapping, data: dict) -> float:
        n = self.substeps
        _, A, B = self._path(p, data["months"])
        mid = np.arange(data["months"]) * n + n // 2
        ll = 0.0
        phi = p.get("phi", 10.0)
        for key, states, rate in (("y", A, "c"), ("yB", B, "c_B")):
            y = data.get(key)
            if y is None:
                continue
            ok = data[key + "_ok"]
            mu = p[rate] * states[mid[: len(y)]]
            ll += float(_count_loglik(y[ok], mu[ok], self.observation, phi).sum())
        if "periods" in data:
            W, tot = data["periods"]
            mu = np.maximum(W @ (p["c"] * A[mid]), 1e-9)
            ll += float((tot * np.log(mu) - mu - special.gammaln(tot + 1)).sum())
        st = data.get("strengths")
        if st is not None:
            idx = np.clip(np.round(st["t"] * n).astype(int), 0, len(A) - 1)
            true = np.where(st["side"] == "A", A[idx], B[idx])
            ll += interval_loglik(st["low"], st["high"], true, self.strength_sd, self.strength_scale)
        return ll

    def _objective(self, theta, names, base, data):
        try:
            with np.errstate(all="ignore"):
                ll = self._loglik(self._full(theta, names, base), data)
        except (OverflowError, FloatingPointError, ValueError):
            return 1e12
        return -ll if np.isfinite(ll) else 1e12

    # -- fitting ------------------------------------------------------------------------------
    def fit(self, counts, strengths=None, opponent_counts=None, start=None, end=None, period_counts=None):
        """Fit by maximum likelihood.

        ``counts``: monthly attacks by A (Series indexed by month, or a frame with ``month`` and
        ``count``; :func:`attrition.dynamics.series.monthly_counts` gives one). ``strengths``:
        published strength figures, a frame with ``date`` (or ``period_end``), ``low``, ``high``
        and/or ``value`` and optional ``side`` ("A" default or "B") — e.g. rows of the calibration
        table. ``opponent_counts``: monthly attacks by B. ``start``: first month (default: the
        first month of the counts); ``end``: last month. ``period_counts``: attack totals by A
        over periods (a frame with ``period_start``, ``period_end``, ``value``, e.g. the calibration
        table's ``attacks`` rows), fitted as Poisson totals of the monthly means (pro rata by days).
        ``counts`` may be None when ``period_counts`` is given. Returns ``self``.
        """
        self._check()
        pc = None if period_counts is None or len(period_counts) == 0 else pd.DataFrame(period_counts)
        if counts is None:
            if pc is None or start is None or end is None:
                raise UsageError("without monthly counts, give period_counts, start and end")
            counts = pd.Series(np.nan, index=pd.period_range(start, end, freq="M"))
        y = _as_monthly(counts, "counts")
        yB = _as_monthly(opponent_counts, "opponent_counts")
        st = _as_strengths(strengths, "strengths")
        t0 = pd.Period(start, "M") if start is not None else y.index.min()
        end = max(y.index.max(), yB.index.max() if yB is not None else y.index.max(),
                  pd.Period(end, "M") if end is not None else y.index.max())
        months = (end - t0).n + 1
        if months < 3:
            raise ModelError(f"only {months} month(s) of data from {t0}: the model needs at least 3")
        self.start_ = t0
        self._spec_ = self._spec()
        data: dict = {"months": months}
        for key, s in (("y", y), ("yB", yB)):
            if s is None:
                continue
            full = s.reindex(pd.period_range(t0, end, freq="M"))
            arr = full.to_numpy(float)
            data[key] = np.nan_to_num(arr)
            data[key + "_ok"] = ~np.isnan(arr)
        if st is not None:
            t = np.array([self._t(d) for d in st["date"]])
            keep = (t >= 0) & (t <= months)
            if (~keep).any():
                log.info("dropping %d strength figure(s) outside the fitted months", int((~keep).sum()))
            st = st[keep]
            data["strengths"] = {"t": t[keep], "low": st["low"].to_numpy(float),
                                 "high": st["high"].to_numpy(float),
                                 "side": np.array([_side(s) for s in st["side"]])} if len(st) else None
        if pc is not None:
            data["periods"] = self._period_weights(pc, t0, months)
        self.data_ = data
        self.counts_ = y.reindex(pd.period_range(t0, end, freq="M"))
        self.n_obs_ = int(data["y_ok"].sum()) + (int(data["yB_ok"].sum()) if "yB" in data else 0) + (
            len(data["strengths"]["t"]) if data.get("strengths") else 0) + (
            len(data["periods"][1]) if "periods" in data else 0)

        user_fixed = dict(self.fixed or {})
        unknown = set(user_fixed) - set(self._spec_) - {"d_A", "d_B"}
        if unknown:
            raise UsageError(f"unknown parameter(s) in fixed: {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(self._spec_)}")
        free = list(self.free) if self.free is not None else self._default_free(yB is not None)
        bad = [k for k in free if k not in self._spec_]
        if bad:
            raise UsageError(f"unknown parameter(s) in free: {', '.join(bad)}; known: {', '.join(self._spec_)}")
        free = [k for k in free if k not in user_fixed]
        if self.observation == "poisson" and "phi" in free:
            free.remove("phi")
        base = {k: v[1] for k, v in self._spec_.items()}
        base.update({k: v for k, v in user_fixed.items() if k in self._spec_})
        start_vals = self._start_values(base, free, data, y)

        self.auto_fixed_: dict[str, dict] = {}
        self.n_iter_ = 0
        current = dict(start_vals)
        for _round in range(len(free) + 1):
            current, H, res = self._optimise(current, free, data)
            if not self.fix_unidentified:
                break
            flat = self._flat_direction(H, free)
            if flat is None:
                break
            k, combo = flat
            self.auto_fixed_[k] = {"value": current[k], "combination": combo}
            free = [f for f in free if f != k]
            if not free:
                break
        self.free_ = free
        self.params_ = {k: float(v) for k, v in current.items()}
        self.loglik_ = -float(res.fun)
        self.converged_ = bool(res.success)
        if not self.converged_:
            warnings.warn(f"Attrition fit did not converge: {res.message}", RuntimeWarning, stacklevel=2)
        self._hessian_ = H
        self._set_uncertainty(H, free)
        self.identifiability_ = self._identifiability(H, free, user_fixed)
        if self.identify == "profile":
            self._profile_check()
        return self

    def _start_values(self, base, free, data, y) -> dict:
        p = dict(base)
        st = data.get("strengths")
        if "A0" in free:
            a0 = None
            if st is not None:
                firsts = [(t, lo, hi) for t, lo, hi, s in zip(st["t"], st["low"], st["high"], st["side"]) if s == "A"]
                if firsts:
                    t, lo, hi = min(firsts)
                    vals = [v for v in (lo, hi) if np.isfinite(v) and v > 0]
                    a0 = float(np.exp(np.mean(np.log(vals)))) if vals else None
            p["A0"] = a0 or base["A0"]
        if data["y_ok"].any():
            mean_y = float(np.nanmean(np.where(data["y_ok"], data["y"], np.nan)))
        elif "periods" in data:
            W, tot = data["periods"]
            mean_y = float(tot.sum() / max(W.sum(), 1e-9))
        else:
            mean_y = 1.0
        if "c" in free:
            p["c"] = max(mean_y, 0.5) / p["A0"]
        if "c_B" in free and "yB" in data:
            p["c_B"] = max(float(data["yB"][data["yB_ok"]].mean()), 0.5) / max(p["B0"], 1e-9)
        if "k_BA" in free and p["k_BA"] <= 0:
            p["k_BA"] = 0.02 / max(p["B0"], 1e-9)
        if "k_AB" in free and p["k_AB"] <= 0:
            p["k_AB"] = 0.02 * max(p["B0"], 1e-9) / p["A0"]
        for k in ("r_A", "r_B"):
            if k in free and p[k] <= 0:
                p[k] = 0.01 * (p["A0"] if k == "r_A" else p["B0"])
        if "phi" in free:
            p["phi"] = 10.0
        return p

    @staticmethod
    def _period_weights(pc: pd.DataFrame, t0: pd.Period, months: int):
        """(W, totals): W[i, m] is the share of month m inside period i (by days)."""
        W = np.zeros((len(pc), months))
        idx = pd.period_range(t0, periods=months, freq="M")
        for i, (a, b) in enumerate(zip(pd.to_datetime(pc["period_start"]), pd.to_datetime(pc["period_end"]))):
            for m, per in enumerate(idx):
                lo, hi = max(a, per.start_time), min(b, per.end_time.normalize())
                if hi >= lo:
                    W[i, m] = ((hi - lo).days + 1) / per.days_in_month
        col = "value" if "value" in pc.columns else "count"
        tot = pd.to_numeric(pc[col], errors="coerce").to_numpy(float)
        keep = np.isfinite(tot) & (W.sum(axis=1) > 0)
        return W[keep], tot[keep]

    def _optimise(self, current: dict, free: list[str], data: dict):
        base = {k: v for k, v in current.items() if k not in free}
        x0 = self._to_internal(current, free)
        if not free:
            fun = self._objective(x0, free, base, data)
            return current, np.zeros((0, 0)), optimize.OptimizeResult(fun=fun, success=True, message="", nit=0)
        bounds = [(-25.0, 25.0) if self._spec_[k][0] == "log" else (-100.0, 100.0) for k in free]
        f = lambda th: self._objective(th, free, base, data)  # noqa: E731
        best = None
        for attempt in range(3):
            res = optimize.minimize(f, x0, jac=lambda th: _grad(f, th), method="L-BFGS-B", bounds=bounds,
                                    options={"maxiter": self.maxiter, "ftol": 1e-13, "gtol": 1e-7})
            self.n_iter_ += int(res.nit)
            if best is None or res.fun < best.fun - 1e-9:
                best = res
            else:
                break
            x0 = res.x
        res = best
        if not res.success and np.max(np.abs(_grad(f, res.x))) < 1e-3:
            res.success = True  # line search stalls at the optimum on flat likelihoods
        H = _hessian(f, res.x)
        return self._full(res.x, free, base), H, res

    def _flat_direction(self, H: np.ndarray, free: list[str]):
        """The parameter to fix for the flattest unidentified direction, or None."""
        if H.size == 0:
            return None
        w, V = np.linalg.eigh(0.5 * (H + H.T))
        i = int(np.argmin(w))
        if w[i] >= _FLAT:
            return None
        v = V[:, i]
        scores = [abs(v[j]) * _FIX_PREFERENCE.get(k, 1.0) for j, k in enumerate(free)]
        j = int(np.argmax(scores))
        return free[j], _combination_text(free, v, j, self._spec_)

    def _set_uncertainty(self, H: np.ndarray, free: list[str]):
        self.cov_internal_ = np.zeros((0, 0))
        self.bse_ = {}
        self.ci_ = {}
        if not free:
            return
        w, V = np.linalg.eigh(0.5 * (H + H.T))
        w = np.maximum(w, 1e-12)
        cov = (V / w) @ V.T
        self.cov_internal_ = cov
        th = self._to_internal(self.params_, free)
        for j, k in enumerate(free):
            tr, _, sc, _ = self._spec_[k]
            sd = math.sqrt(cov[j, j])
            if tr == "log":
                v = self.params_[k]
                self.bse_[k] = v * sd
                with np.errstate(over="ignore"):
                    self.ci_[k] = (float(np.exp(th[j] - 1.96 * sd)), float(np.exp(th[j] + 1.96 * sd)))
            else:
                self.bse_[k] = sd * sc
                self.ci_[k] = (self.params_[k] - 1.96 * sd * sc, self.params_[k] + 1.96 * sd * sc)

    def _identifiability(self, H, free, user_fixed) -> pd.DataFrame:
        rows = []
        cov = self.cov_internal_
        for k in self._relevant():
            v = self.params_[k]
            row = {"parameter": k, "estimate": v, "se": np.nan, "ci_low": np.nan, "ci_high": np.nan,
                   "status": "", "note": ""}
            if k in free:
                j = free.index(k)
                sd = math.sqrt(cov[j, j])
                row.update(se=self.bse_[k], ci_low=self.ci_[k][0], ci_high=self.ci_[k][1])
                if sd <= _SD_IDENTIFIED:
                    row["status"] = "identified"
                elif sd <= _SD_WEAK:
                    row["status"] = "weakly identified"
                    row["note"] = "wide interval: read as an order of magnitude"
                else:
                    row["status"] = "not identified"
                    row["note"] = "almost no information; fix it or add data"
                cond = [f for f, d in self.auto_fixed_.items() if k in d["combination"]]
                if cond:
                    row["note"] = (row["note"] + "; " if row["note"] else "") + f"conditional on fixed {', '.join(cond)}"
            elif k in self.auto_fixed_:
                row["status"] = "not identified"
                row["note"] = f"fixed at {_fmt(v)}: {self.auto_fixed_[k]['combination']}"
            elif k in user_fixed:
                row["status"] = "fixed"
                row["note"] = "fixed by the user"
            else:
                row["status"] = "fixed"
                row["note"] = "not estimated (default value)"
            rows.append(row)
        return pd.DataFrame(rows, columns=["parameter", "status", "estimate", "se", "ci_low", "ci_high", "note"])

    def _relevant(self) -> list[str]:
        """Parameters worth reporting: estimated, auto-fixed, user-fixed or non-zero."""
        names = []
        for k in self._spec_:
            if k == "phi" and self.observation == "poisson":
                continue
            if k == "c_B" and "yB" not in self.data_:
                continue
            if k in ("B0", "g_B", "r_B") and not any(self.params_.get(x, 0.0) for x in ("k_BA", "k_AB", "c_B")):
                continue  # B does not act on anything observed
            if (k in self.free_ or k in self.auto_fixed_ or k in (self.fixed or {})
                    or k.startswith(("shock_", "support_")) or self.params_.get(k, 0.0) != 0.0):
                names.append(k)
        return names

    def _profile_check(self):
        """Refine the Fisher report with profile likelihoods: a parameter whose profile stays
        within the 95% threshold 2 internal units either side is not identified, one side: weakly."""
        df = self.identifiability_.set_index("parameter")
        for k in self.free_:
            tr, _, sc, _ = self._spec_[k]
            th = self._to_internal(self.params_, [k])[0]
            flat_sides = 0
            for step in (-_SD_WEAK, _SD_WEAK):
                val = math.exp(th + step) if tr == "log" else (th + step) * sc
                prof = self.profile(k, [val])
                flat_sides += bool(prof["deviance"].iloc[0] < 3.84)
            status = ("identified", "weakly identified", "not identified")[flat_sides]
            df.loc[k, "status"] = status
            df.loc[k, "note"] = (df.loc[k, "note"] + "; " if df.loc[k, "note"] else "") + "profile likelihood"
        self.identifiability_ = df.reset_index()

    def profile(self, name: str, values: Iterable[float]) -> pd.DataFrame:
        """Profile likelihood of parameter ``name``: refit the others with it fixed at each value.
        Returns ``value, loglik, deviance`` (deviance = 2·(max loglik − loglik); 3.84 bounds a 95% CI).
        """
        self._require_fit()
        if name not in self.free_:
            raise UsageError(f"{name} is not an estimated parameter here (estimated: {', '.join(self.free_)})")
        others = [k for k in self.free_ if k != name]
        rows = []
        for v in values:
            cur = dict(self.params_)
            cur[name] = float(v)
            if others:
                saved = self.n_iter_
                cur, _, res = self._optimise_nohess(cur, others)
                self.n_iter_ = saved
                ll = -float(res.fun)
            else:
                ll = -self._objective(np.zeros(0), [], cur, self.data_)
            rows.append({"value": float(v), "loglik": ll, "deviance": 2 * (self.loglik_ - ll)})
        return pd.DataFrame(rows)

    def _optimise_nohess(self, current, free):
        base = {k: v for k, v in current.items() if k not in free}
        x0 = self._to_internal(current, free)
        bounds = [(-25.0, 25.0) if self._spec_[k][0] == "log" else (-100.0, 100.0) for k in free]
        f = lambda th: self._objective(th, free, base, self.data_)  # noqa: E731
        res = optimize.minimize(f, x0, jac=lambda th: _grad(f, th), method="L-BFGS-B", bounds=bounds,
                                options={"maxiter": self.maxiter, "ftol": 1e-13, "gtol": 1e-7})
        return self._full(res.x, free, base), None, res

    # -- using a fitted model ----------------------------------------------------------------
    def _require_fit(self):
        if not hasattr(self, "params_"):
            raise NotFittedError(self)

    def conf_int(self) -> pd.DataFrame:
        """95% intervals (Wald, on the log scale for positive parameters) of the estimated parameters."""
        self._require_fit()
        return pd.DataFrame([{"parameter": k, "estimate": self.params_[k], "low": self.ci_[k][0],
                              "high": self.ci_[k][1]} for k in self.free_])

    def trajectory(self, months_ahead: int = 0) -> pd.DataFrame:
        """Fitted strengths and expected attacks per month (mid-month), plus ``months_ahead``."""
        self._require_fit()
        months = self.data_["months"] + int(months_ahead)
        _, A, B = self._path(self.params_, months)
        mid = np.arange(months) * self.substeps + self.substeps // 2
        idx = pd.period_range(self.start_, periods=months, freq="M")
        out = pd.DataFrame({"month": idx, "A": A[mid], "B": B[mid], "expected_attacks": self.params_["c"] * A[mid]})
        out["observed_attacks"] = self.counts_.reindex(idx).to_numpy()
        return out

    def score(self, counts, strengths=None) -> float:
        """Mean log-likelihood per observation of new data (same months axis) under the fit."""
        self._require_fit()
        y = _as_monthly(counts, "counts")
        end = y.index.max()
        months = max((end - self.start_).n + 1, 1)
        arr = y.reindex(pd.period_range(self.start_, end, freq="M")).to_numpy(float)
        data = {"months": months, "y": np.nan_to_num(arr), "y_ok": ~np.isnan(arr)}
        st = _as_strengths(strengths, "strengths")
        n = int(data["y_ok"].sum())
        if st is not None:
            data["strengths"] = {"t": np.array([self._t(d) for d in st["date"]]), "low": st["low"].to_numpy(float),
                                 "high": st["high"].to_numpy(float), "side": np.array([_side(s) for s in st["side"]])}
            n += len(st)
        return self._loglik(self.params_, data) / max(n, 1)

    def simulate(self, months: int | None = None, n: int = 1, seed=None, params: Mapping | None = None,
                 start=None) -> pd.DataFrame:
        """Simulate ``n`` runs of ``months`` months: strengths and attack counts drawn from the
        observation model. Uses the fitted parameters, or ``params`` (with defaults for the rest)
        on an unfitted model. Columns ``sim, month, A, B, attacks`` (+ ``attacks_B`` if c_B > 0).
        """
        self._check()
        if params is None:
            self._require_fit()
            p = dict(self.params_)
            t0 = self.start_
            months = months or self.data_["months"]
        else:
            if not hasattr(self, "_spec_") or not hasattr(self, "params_"):
                self._spec_ = self._spec()
            p = {k: v[1] for k, v in self._spec_.items()}
            if hasattr(self, "params_"):
                p.update(self.params_)
            p.update(params)
            t0 = pd.Period(start, "M") if start is not None else getattr(self, "start_", pd.Period("2020-01", "M"))
            if months is None:
                raise UsageError("simulate(params=...) needs months=")
        saved = getattr(self, "start_", None)
        self.start_ = t0
        try:
            _, A, B = self._path(p, months)
        finally:
            if saved is not None:
                self.start_ = saved
        mid = np.arange(months) * self.substeps + self.substeps // 2
        rng = np.random.default_rng(seed)
        idx = pd.period_range(t0, periods=months, freq="M")
        frames = []
        for i in range(n):
            df = pd.DataFrame({"sim": i, "month": idx, "A": A[mid], "B": B[mid]})
            df["attacks"] = _draw_counts(rng, p["c"] * A[mid], self.observation, p.get("phi", 10.0))
            if p.get("c_B", 0) > 0 and ("c_B" in (params or {}) or "yB" in getattr(self, "data_", {})):
                df["attacks_B"] = _draw_counts(rng, p["c_B"] * B[mid], self.observation, p.get("phi", 10.0))
            frames.append(df)
        return pd.concat(frames, ignore_index=True)

    def summary(self) -> str:
        """A plain-text report: estimates, intervals, identifiability and what was fixed and why."""
        self._require_fit()
        lines = [f"Attrition model ({self.law} law, {self.observation} counts), {self.start_} – "
                 f"{self.start_ + self.data_['months'] - 1}, {self.n_obs_} observations",
                 f"log-likelihood {self.loglik_:.2f}, AIC {2 * len(self.free_) - 2 * self.loglik_:.2f}, "
                 f"converged: {self.converged_}", ""]
        df = self.identifiability_
        w = max(len(k) for k in df["parameter"])
        for r in df.itertuples():
            ci = f"[{_fmt(r.ci_low)}, {_fmt(r.ci_high)}]" if np.isfinite(r.ci_low) else ""
            lines.append(f"  {r.parameter:<{w}}  {_fmt(r.estimate):>10}  {ci:<24} {r.status}"
                         + (f" — {r.note}" if r.note else ""))
        lines.append("")
        lines.append("Growth and defection act only through their difference: g = ρ − d is estimated; "
                     "fix d_A/d_B to read ρ.")
        for side in ("A", "B"):
            d = (self.fixed or {}).get(f"d_{side}")
            if d is not None:
                lines.append(f"  ρ_{side} = g_{side} + d_{side} = {_fmt(self.params_[f'g_{side}'] + d)}")
        for k, info in self.auto_fixed_.items():
            lines.append(f"{k} is not identified by these data ({info['combination']}); "
                         f"fixed at {_fmt(info['value'])} and the rest refitted.")
        if "B0" not in self.free_ and self.params_["B0"] == 1.0 and self.params_["k_BA"] > 0:
            lines.append("B's strength is not observed: B is held at 1, so k_BA reads as the monthly "
                         "loss rate B inflicts on A.")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------

_FLAT = 0.25          # curvature below this (internal units) means sd > 2 along the direction
_SD_IDENTIFIED = 0.35  # 95% CI within a factor 2 (log parameters) / ±0.7 scale units
_SD_WEAK = 2.0


def _grad(f, x, h=1e-5):
    g = np.empty_like(x)
    for i in range(len(x)):
        e = np.zeros_like(x)
        e[i] = h
        g[i] = (f(x + e) - f(x - e)) / (2 * h)
    return g


def _hessian(f, x, h=1e-3):
    k = len(x)
    H = np.empty((k, k))
    f0 = f(x)
    for i in range(k):
        ei = np.zeros(k)
        ei[i] = h
        H[i, i] = (f(x + ei) - 2 * f0 + f(x - ei)) / h ** 2
        for j in range(i + 1, k):
            ej = np.zeros(k)
            ej[j] = h
            H[i, j] = H[j, i] = (f(x + ei + ej) - f(x + ei - ej) - f(x - ei + ej) + f(x - ei - ej)) / (4 * h * h)
    return H


def _combination_text(free, v, j, spec) -> str:
    """Name what the data do identify along a flat direction ``v`` (loading ``j`` is fixed)."""
    k = free[j]
    parts = []
    for i, other in enumerate(free):
        if i == j or abs(v[i]) < 0.2:
            continue
        both_log = spec[k][0] == "log" and spec[other][0] == "log"
        if both_log:
            parts.append(f"{other}·{k}" if v[i] * v[j] < 0 else f"{other}/{k}")
        else:
            parts.append(f"a combination of {other} and {k}")
    if parts:
        return "only " + ", ".join(parts) + " identified"
    if k == "phi":
        return "no over-dispersion in the counts: φ runs to infinity, i.e. Poisson"
    return f"the data barely constrain {k}: its 95 % interval would span more than ±4 scale units"


def _draw_counts(rng, mu, observation, phi):
    mu = np.maximum(np.nan_to_num(np.asarray(mu, float)), 0.0)
    if observation == "poisson":
        return rng.poisson(mu)
    lam = rng.gamma(phi, np.where(mu > 0, mu / phi, 0.0))
    return rng.poisson(lam)


def _fmt(v) -> str:
    if v is None or (isinstance(v, float) and not np.isfinite(v)):
        return ""
    a = abs(v)
    if a != 0 and (a < 1e-3 or a >= 1e6):
        return f"{v:.3g}"
    return f"{v:.4g}"
