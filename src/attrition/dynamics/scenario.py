"""What-if runs of a fitted :class:`~attrition.dynamics.attrition.Attrition` model, as fan charts.

A scenario changes parameters, adds shocks (fighters added or removed on a date) and outside
support (a multiplier on one side's effectiveness over a period), then simulates the model
from its first month to ``horizon_months`` past the data many times: each run draws the
parameters from the fit's covariance (the estimated ones; fixed ones stay fixed) and, for attack
counts, draws the counts from the observation model. The fan is the per-month median and the
50 % and 90 % bands.

>>> from attrition.dynamics.attrition import Attrition
>>> m = Attrition(observation="poisson")
>>> sim = m.simulate(params={"A0": 2000, "g_A": -0.02, "c": 0.01}, start="2020-01", months=24, seed=2)
>>> m = m.fit(sim.set_index("month")["attacks"], strengths=[{"date": "2020-06", "low": 1500, "high": 2200}])
>>> fan = Scenario(m, shocks=[Shock("2022-02", "A", 2000)]).run(horizon_months=6, n_sims=200, seed=1)
>>> list(fan.columns)
['month', 'median', 'q05', 'q25', 'q75', 'q95', 'mean']
"""
from __future__ import annotations

from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from ..errors import ModelError, UsageError
from .attrition import Attrition, Shock, Support, _draw_counts, _side, integrate

__all__ = ["Scenario", "Shock", "Support", "run_scenario", "parse_shock", "parse_support", "plot_fan"]

QUANTILES = {"q05": 0.05, "q25": 0.25, "median": 0.5, "q75": 0.75, "q95": 0.95}


class Scenario:
    """A what-if on a fitted model.

    ``changes``: parameter → new value; a string ``"*1.5"`` multiplies and ``"+0.01"`` adds to the
    fitted value. ``shocks``: :class:`Shock` list (size required). ``support``: :class:`Support`
    list (factor required). ``parameter_uncertainty=False`` runs the fitted values only.
    """

    def __init__(self, model: Attrition, changes: Mapping[str, float | str] | None = None,
                 shocks: Iterable[Shock] = (), support: Iterable[Support] = (),
                 parameter_uncertainty: bool = True, name: str = "scenario"):
        self.model = model
        self.changes = dict(changes or {})
        self.shocks = list(shocks)
        self.support = list(support)
        self.parameter_uncertainty = parameter_uncertainty
        self.name = name

    def _draws(self, n: int, rng) -> dict:
        m = self.model
        m._require_fit()
        p: dict = dict(m.params_)
        if self.parameter_uncertainty and m.free_ and n > 1:
            th = m._to_internal(m.params_, m.free_)
            draws = rng.multivariate_normal(th, m.cov_internal_, size=n, method="eigh")
            for j, k in enumerate(m.free_):
                tr, _, sc, _ = m._spec_[k]
                p[k] = np.exp(draws[:, j]) if tr == "log" else draws[:, j] * sc
        for k, v in self.changes.items():
            if k not in p:
                raise UsageError(f"unknown parameter {k!r} in changes; known: {', '.join(p)}")
            if isinstance(v, str):
                s = v.strip()
                try:
                    if s.startswith("*"):
                        p[k] = p[k] * float(s[1:])
                    elif s.startswith("+"):
                        p[k] = p[k] + float(s[1:])
                    else:
                        p[k] = float(s)
                except ValueError:
                    raise UsageError(f"change for {k}: {v!r} is not a number, '*factor' or '+amount'") from None
            else:
                p[k] = float(v)
        return p

    def paths(self, horizon_months: int = 12, n_sims: int = 500, seed=None):
        """Simulated strengths: ``(months, A, B, params)`` with A and B of shape (n_sims, months)
        at mid-month, ``months`` a PeriodIndex from the model's first month."""
        m = self.model
        m._require_fit()
        if n_sims < 1 or horizon_months < 0:
            raise UsageError("n_sims must be >= 1 and horizon_months >= 0")
        rng = np.random.default_rng(seed)
        p = self._draws(n_sims, rng)
        months = m.data_["months"] + int(horizon_months)
        base_shocks, base_support = m._events(p)
        for s in self.shocks:
            if s.size is None:
                raise UsageError(f"scenario shock on {s.date} needs a size (e.g. +2000)")
        for s in self.support:
            if s.factor is None:
                raise UsageError(f"scenario support from {s.start} needs a factor (e.g. 1.5)")
        shocks = list(base_shocks) + [(m._t(s.date), _side(s.side), float(s.size)) for s in self.shocks]
        support = list(base_support) + [(m._t(s.start), None if s.end is None else m._t(s.end), _side(s.side),
                                         float(s.factor)) for s in self.support]
        with np.errstate(all="ignore"):
            _, A, B = integrate(p, months, law=m.law, shocks=shocks, support=support, substeps=m.substeps)
        mid = np.arange(months) * m.substeps + m.substeps // 2
        A, B = np.atleast_2d(A[mid].T), np.atleast_2d(B[mid].T)
        if A.shape[0] != n_sims:
            A, B = np.repeat(A[:1], n_sims, 0), np.repeat(B[:1], n_sims, 0)
        idx = pd.period_range(m.start_, periods=months, freq="M")
        return idx, A, B, p

    def run(self, horizon_months: int = 12, n_sims: int = 500, seed=None, quantity: str = "strength",
            side: str = "A", include_history: bool = True) -> pd.DataFrame:
        """Simulate and summarise: one row per month with ``median, q05, q25, q75, q95, mean``.

        ``quantity``: ``"strength"`` (fighters) or ``"attacks"`` (monthly counts with observation
        noise); ``side``: "A" or "B". ``include_history=False`` keeps only the forecast months.
        """
        if quantity not in ("strength", "attacks"):
            raise UsageError(f"quantity must be 'strength' or 'attacks', not {quantity!r}")
        idx, A, B, p = self.paths(horizon_months, n_sims, seed)
        side = _side(side)
        X = A if side == "A" else B
        if quantity == "attacks":
            rate = p["c"] if side == "A" else p["c_B"]
            rate = np.asarray(rate, float).reshape(-1, 1) if np.ndim(rate) else rate
            if side == "B" and not np.any(rate):
                raise ModelError("B's attacks are not modelled (c_B = 0): fit with opponent_counts")
            phi = np.asarray(p.get("phi", 10.0), float)
            phi = phi.reshape(-1, 1) if phi.ndim else phi
            rng = np.random.default_rng(None if seed is None else np.random.SeedSequence(seed).spawn(1)[0])
            X = _draw_counts(rng, rate * X, self.model.observation, phi).astype(float)
        self.samples_ = X
        fan = _fan(idx, X)
        if not include_history:
            fan = fan[fan["month"] > self.model.start_ + self.model.data_["months"] - 1].reset_index(drop=True)
        return fan


def _fan(idx: pd.PeriodIndex, X: np.ndarray) -> pd.DataFrame:
    qs = np.nanquantile(X, list(QUANTILES.values()), axis=0)
    out = pd.DataFrame({"month": idx})
    for (name, _), row in zip(QUANTILES.items(), qs):
        out[name] = row
    out["mean"] = np.nanmean(X, axis=0)
    return out[["month", "median", "q05", "q25", "q75", "q95", "mean"]]


# --- parsing the CLI's compact forms ------------------------------------------------------------

def parse_shock(text: str, side: str = "A") -> Shock:
    """``"2021-08:+2000"`` → Shock("2021-08", side, 2000); an optional side prefix ``"B@2021-08:-500"``.

    >>> parse_shock("2019-11:-1400")
    Shock(date='2019-11', side='A', size=-1400.0)
    """
    s = text.strip()
    if "@" in s:
        side, s = s.split("@", 1)
    date, sep, size = s.rpartition(":")
    try:
        pd.Timestamp(date)
        return Shock(date, _side(side), float(size.replace(",", "")))
    except (ValueError, TypeError):
        raise UsageError(f"cannot read shock {text!r}: write DATE:SIZE, e.g. 2021-08:+2000") from None


def parse_support(text: str, side: str = "B") -> Support:
    """``"2019-06:1.5"`` or ``"2019-06..2021-08:1.5"`` → Support; optional side prefix ``"A@..."``.

    >>> parse_support("2019-06..2021-08:2")
    Support(start='2019-06', end='2021-08', factor=2.0, side='B')
    """
    s = text.strip()
    if "@" in s:
        side, s = s.split("@", 1)
    period, _, factor = s.rpartition(":")
    start, _, end = period.partition("..")
    try:
        pd.Timestamp(start)
        if end:
            pd.Timestamp(end)
        f = float(factor)
        if f <= 0:
            raise ValueError
        return Support(start, end or None, f, _side(side))
    except (ValueError, TypeError):
        raise UsageError(f"cannot read support {text!r}: write START[..END]:FACTOR with FACTOR > 0, "
                         "e.g. 2019-06:1.5") from None


# --- pictures (fan charts; pages are written with dynamics.plots.save) --------------------------

def plot_fan(fans: Mapping[str, pd.DataFrame], observed: pd.DataFrame | None = None, ax=None,
             ylabel: str = "fighters", title: str = ""):
    """Draw one or more fans (name → fan frame) with 50 % and 90 % bands; ``observed`` is a frame
    with ``month`` and ``low``/``high``/``value`` columns (ranges drawn as bars). Returns the figure."""
    import matplotlib
    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    fig = None
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 4.5))
    colors = ["#1f5f99", "#b5452b", "#2e7d32", "#6a1b9a"]
    for (name, fan), col in zip(fans.items(), colors):
        x = fan["month"].dt.to_timestamp() if hasattr(fan["month"], "dt") else fan["month"]
        ax.fill_between(x, fan["q05"], fan["q95"], color=col, alpha=0.15, lw=0)
        ax.fill_between(x, fan["q25"], fan["q75"], color=col, alpha=0.3, lw=0)
        ax.plot(x, fan["median"], color=col, lw=1.8, label=f"{name} (median, 50/90 % bands)")
    if observed is not None and len(observed):
        ox = pd.PeriodIndex(observed["month"], freq="M").to_timestamp()
        lo = observed.get("low", pd.Series(np.nan, index=observed.index)).to_numpy(float)
        hi = observed.get("high", pd.Series(np.nan, index=observed.index)).to_numpy(float)
        val = observed.get("value", pd.Series(np.nan, index=observed.index)).to_numpy(float)
        mid = np.where(np.isfinite(val), val, np.where(np.isfinite(lo) & np.isfinite(hi),
                                                        np.sqrt(lo * hi), np.fmax(lo, hi)))
        err = np.vstack([np.nan_to_num(mid - lo), np.nan_to_num(hi - mid)])
        ax.errorbar(ox, mid, yerr=np.clip(err, 0, None), fmt="o", color="black", ms=4, capsize=3,
                    label="published figures")
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    if title:
        ax.set_title(title)
    ax.legend(loc="best", fontsize=8)
    ax.grid(alpha=0.3)
    return fig or ax.figure


def run_scenario(model: Attrition, horizon_months: int = 12, n_sims: int = 500, seed=None,
                 quantity: str = "strength", **scenario) -> pd.DataFrame:
    """One call: ``Scenario(model, **scenario).run(horizon_months, n_sims, seed, quantity)``."""
    return Scenario(model, **scenario).run(horizon_months=horizon_months, n_sims=n_sims, seed=seed,
                                           quantity=quantity)
