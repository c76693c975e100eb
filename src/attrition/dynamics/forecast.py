"""Monthly count forecasts (attacks or fatalities) 1-12 months ahead, and honest backtests.

Every forecaster has one interface:

    fit(counts: pd.Series indexed by month) -> self
    predict(h) -> Forecast                          # predictive distributions for months 1..h

A :class:`Forecast` holds, for each month ahead, a probability mass function over counts
0..K, so every score is exact for the distribution forecast: CRPS, log score, intervals and
PIT (sample-based forecasters are turned into a pmf first; see :meth:`Forecast.from_samples`).

The baselines a model must beat:

    ZeroForecast           all zero: nothing will happen
    LastValuePoisson       Poisson around last month's value
    Bootstrap12            the last 12 months' values, resampled
    PoissonRegression      Poisson GLM with intercept and linear trend on the last 24 months
    NegBinRegression       the same with negative-binomial (NB2) dispersion

and the model: :class:`HawkesForecast`, which fits a :class:`~attrition.dynamics.hawkes.Hawkes`
to the event times up to the forecast origin and simulates forward.

:func:`backtest` runs rolling-origin backtests; :func:`report` writes the markdown report that
says, baseline by baseline, whether a model beats it.

>>> import pandas as pd
>>> s = pd.Series([3, 1, 4, 1, 5, 9, 2, 6], index=pd.period_range("2020-01", periods=8, freq="M"))
>>> f = LastValuePoisson().fit(s).predict(2)
>>> f.mean().round(3).tolist()
[6.0, 6.0]
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import optimize, stats

from ..errors import ModelError, NotFittedError, UsageError
from . import scoring

__all__ = [
    "Forecast", "ZeroForecast", "LastValuePoisson", "Bootstrap12", "PoissonRegression",
    "NegBinRegression", "HawkesForecast", "baselines", "backtest", "summarise", "report",
]

_TAIL = 1e-9  # mass left off the top of a parametric pmf


# -- the predictive distribution ------------------------------------------------------------------

@dataclass
class Forecast:
    """Predictive distributions for consecutive months: ``pmf[i, k]`` = P(count in month i = k)."""
    pmf: np.ndarray
    index: pd.PeriodIndex
    model: str = ""
    _cdf: np.ndarray = field(init=False, repr=False)

    def __post_init__(self):
        self.pmf = np.asarray(self.pmf, float)
        self.pmf /= self.pmf.sum(axis=1, keepdims=True)
        self._cdf = np.cumsum(self.pmf, axis=1)

    @classmethod
    def from_samples(cls, samples, index, model: str = "") -> "Forecast":
        """Predictive pmf from integer samples ``(n_samples, h)``.

        Small counts use the empirical frequencies. When the spread is wide (Silverman bandwidth
        > 1, e.g. fatalities) the frequencies are smoothed with a discretised Gaussian kernel of
        that bandwidth, so a count between sampled values does not get probability zero.
        """
        x = np.rint(np.asarray(samples, float)).astype(int).clip(min=0)
        K = int(x.max()) + 1
        n, h = x.shape
        pmf = np.zeros((h, K + 1))
        for i in range(h):
            col = x[:, i]
            counts = np.bincount(col, minlength=K + 1)[: K + 1].astype(float)
            sd = col.std()
            iqr = np.subtract(*np.percentile(col, [75, 25]))
            spread = min(sd, iqr / 1.349) if iqr > 0 else sd
            bw = 0.9 * spread * n ** -0.2
            if bw > 1:
                pad = int(4 * bw) + 1
                grid = np.arange(-pad, K + 1 + pad)
                kern = np.diff(stats.norm.cdf((np.arange(-pad, pad + 2) - 0.5) / bw))
                sm = np.convolve(counts, kern)  # length K+1 + 2 pad + ... aligned at -pad
                sm = sm[: len(grid)]
                # fold mass below zero back onto zero, keep mass above K on an extended support
                below = sm[grid < 0].sum()
                sm = sm[grid >= 0]
                sm[0] += below
                if len(sm) > pmf.shape[1]:
                    pmf = np.pad(pmf, ((0, 0), (0, len(sm) - pmf.shape[1])))
                pmf[i, : len(sm)] = sm
            else:
                pmf[i, : K + 1] = counts
        return cls(pmf, index, model)

    @classmethod
    def from_dists(cls, dists, index, model: str = "") -> "Forecast":
        """From frozen scipy discrete distributions, one per month, truncated at the 1-1e-9 quantile."""
        K = int(max(d.ppf(1 - _TAIL) for d in dists)) + 1
        k = np.arange(K + 1)
        return cls(np.vstack([d.pmf(k) for d in dists]), index, model)

    @property
    def h(self) -> int:
        return self.pmf.shape[0]

    def mean(self) -> np.ndarray:
        return self.pmf @ np.arange(self.pmf.shape[1])

    def quantile(self, q: float) -> np.ndarray:
        """Smallest count k with P(count <= k) >= q, per month."""
        return np.array([int(np.searchsorted(c, q - 1e-12)) for c in self._cdf])

    def interval(self, level: float = 0.9) -> tuple[np.ndarray, np.ndarray]:
        """Central prediction interval (quantiles (1-level)/2 and (1+level)/2)."""
        return self.quantile((1 - level) / 2), self.quantile((1 + level) / 2)

    def sample(self, n: int, seed=None) -> np.ndarray:
        rng = np.random.default_rng(seed)
        u = rng.uniform(size=(n, self.h))
        return np.column_stack([np.searchsorted(self._cdf[i], u[:, i]) for i in range(self.h)])

    def crps(self, i: int, y) -> float:
        return scoring.crps_discrete(self.pmf[i], y)

    def log_score(self, i: int, y) -> float:
        return scoring.log_score_discrete(self.pmf[i], y)

    def pit(self, i: int, y, u: float) -> float:
        return scoring.pit_discrete(self.pmf[i], y, u=u)

    def to_frame(self, level: float = 0.9) -> pd.DataFrame:
        lo, hi = self.interval(level)
        q50 = self.quantile(0.5)
        pct = int(round(level * 100))
        return pd.DataFrame({"month": self.index.astype(str), "mean": self.mean(), "median": q50,
                             f"lo{pct}": lo, f"hi{pct}": hi})


# -- forecasters ----------------------------------------------------------------------------------

def _as_monthly(counts) -> pd.Series:
    if not isinstance(counts, pd.Series):
        raise UsageError("counts must be a pandas Series indexed by month (see series.monthly_counts)")
    s = counts.copy()
    if not isinstance(s.index, pd.PeriodIndex):
        s.index = pd.PeriodIndex(pd.to_datetime(s.index), freq="M")
    if len(s) == 0:
        raise ModelError("cannot fit a forecaster to an empty series")
    if s.isna().any() or (s < 0).any():
        raise ModelError("monthly counts must be non-negative numbers without gaps (NaN)")
    return s


class _Forecaster:
    name = "forecaster"

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def fit(self, counts) -> "_Forecaster":
        s = _as_monthly(counts)
        self.last_month_ = s.index[-1]
        self.n_months_ = len(s)
        self._fit(s)
        return self

    def _fit(self, s: pd.Series) -> None:
        pass

    def _index(self, h: int) -> pd.PeriodIndex:
        if not hasattr(self, "last_month_"):
            raise NotFittedError(self)
        if h < 1:
            raise UsageError(f"horizon must be at least 1 month, not {h}")
        return pd.period_range(self.last_month_ + 1, periods=h, freq="M")


class ZeroForecast(_Forecaster):
    """Certain that nothing happens: probability 1 on zero every month."""
    name = "zero"

    def predict(self, h: int) -> Forecast:
        return Forecast(np.ones((h, 1)), self._index(h), self.name)


class LastValuePoisson(_Forecaster):
    """Poisson noise around the last observed month, the same for every month ahead."""
    name = "last+poisson"

    def _fit(self, s):
        self.lam_ = float(s.iloc[-1])

    def predict(self, h: int) -> Forecast:
        idx = self._index(h)
        if self.lam_ == 0:
            return Forecast(np.ones((h, 1)), idx, self.name)
        return Forecast.from_dists([stats.poisson(self.lam_)] * h, idx, self.name)


class Bootstrap12(_Forecaster):
    """Each month ahead is one of the last ``window`` (12) months' values, equally likely."""
    name = "bootstrap12"

    def __init__(self, window: int = 12):
        self.window = window

    def _fit(self, s):
        self.values_ = np.rint(s.iloc[-self.window:].to_numpy(float)).astype(int)

    def predict(self, h: int) -> Forecast:
        p = np.bincount(self.values_).astype(float)
        return Forecast(np.tile(p, (h, 1)), self._index(h), self.name)


class _Regression(_Forecaster):
    def __init__(self, window: int = 24, trend: bool = True):
        self.window = window
        self.trend = trend

    def _design(self, s):
        y = s.iloc[-self.window:].to_numpy(float)
        n = len(y)
        x = (np.arange(n) - (n - 1)) / 12.0  # years relative to the last month
        X = np.column_stack([np.ones(n), x]) if self.trend and n >= 6 else np.ones((n, 1))
        return X, y

    def _mean_ahead(self, h):
        x = np.arange(1, h + 1) / 12.0
        eta = self.coef_[0] + (self.coef_[1] * x if len(self.coef_) > 1 else 0.0)
        # a trend fitted on two years can explode over twelve months: cap the mean at a
        # generous multiple of what has been seen
        return np.minimum(np.exp(eta), self.cap_)

    def _fit_poisson(self, X, y):
        def nll(b):
            eta = np.clip(X @ b, -30, 30)
            m = np.exp(eta)
            return np.sum(m - y * eta), X.T @ (m - y)
        b0 = np.zeros(X.shape[1])
        b0[0] = math.log(max(y.mean(), 1e-3))
        r = optimize.minimize(nll, b0, jac=True, method="L-BFGS-B")
        return r.x


class PoissonRegression(_Regression):
    """Poisson GLM, log link, intercept + linear trend on the last ``window`` months."""
    name = "poisson-reg"

    def _fit(self, s):
        X, y = self._design(s)
        self.cap_ = 3 * y.max() + 10
        self.coef_ = self._fit_poisson(X, y)

    def predict(self, h: int) -> Forecast:
        idx = self._index(h)
        m = self._mean_ahead(h)
        return Forecast.from_dists([stats.poisson(mi) for mi in m], idx, self.name)


class NegBinRegression(_Regression):
    """Negative-binomial (NB2) GLM, log link, intercept + trend; dispersion by maximum likelihood."""
    name = "negbin-reg"

    def _fit(self, s):
        X, y = self._design(s)
        self.cap_ = 3 * y.max() + 10
        b = self._fit_poisson(X, y)

        def nll(p):
            eta = np.clip(X @ p[:-1], -30, 30)
            m = np.exp(eta)
            r = math.exp(p[-1])
            return -np.sum(stats.nbinom.logpmf(y, r, r / (r + m)))
        res = optimize.minimize(nll, np.concatenate([b, [math.log(5.0)]]), method="L-BFGS-B",
                                bounds=[(None, None)] * len(b) + [(-8, 12)])
        self.coef_, self.size_ = res.x[:-1], float(math.exp(res.x[-1]))

    def predict(self, h: int) -> Forecast:
        idx = self._index(h)
        m = np.maximum(self._mean_ahead(h), 1e-9)
        r = self.size_
        return Forecast.from_dists([stats.nbinom(r, r / (r + mi)) for mi in m], idx, self.name)


class HawkesForecast(_Forecaster):
    """Fit a Hawkes process to the events up to the end of the training months and simulate
    ``n_samples`` continuations by the cluster construction; months ahead are counted from
    the simulated times.

    ``events`` is the event-series frame (see :mod:`attrition.dynamics.series`); only
    day-precise events inform the fit. With ``value="fatalities"`` each simulated event
    carries a death toll resampled from the training events' tolls.
    """
    name = "hawkes"

    def __init__(self, events: pd.DataFrame, value: str = "events", n_samples: int = 1000,
                 change_points=None, seed: int = 0, hawkes_params: dict | None = None):
        self.events = events
        self.value = value
        self.n_samples = n_samples
        self.change_points = change_points
        self.seed = seed
        self.hawkes_params = hawkes_params

    def __repr__(self) -> str:
        return f"HawkesForecast(value={self.value!r}, n_samples={self.n_samples})"

    def _fit(self, s):
        from .hawkes import Hawkes
        from .series import split_precision
        end_ts = (s.index[-1] + 1).to_timestamp()
        start_ts = s.index[0].to_timestamp()
        day, _ = split_precision(self.events, "day")
        day = day[(day["date"] >= start_ts) & (day["date"] < end_ts)]
        rep = day.loc[day.index.repeat(day["count"].to_numpy(int))]
        self.origin_ = start_ts
        end = (end_ts - start_ts) / pd.Timedelta(days=1)
        cps = [c for c in (self.change_points or []) if start_ts < pd.Timestamp(c) < end_ts]
        self.model_ = Hawkes(change_points=cps or None, **{"standard_errors": False, **(self.hawkes_params or {})})
        t = ((rep["date"] - start_ts) / pd.Timedelta(days=1)).to_numpy(float)
        if len(t) < 3:
            raise ModelError(f"only {len(t)} dated events before {s.index[-1]}: too few for a Hawkes fit")
        self.model_.fit(t, end=end, origin=start_ts)
        self.marks_ = (rep["fatalities"].to_numpy(float) if self.value == "fatalities" else None)
        self.end_ = end

    def predict(self, h: int) -> Forecast:
        idx = self._index(h)
        edges = np.array([((p.to_timestamp() - self.origin_) / pd.Timedelta(days=1)) for p in idx]
                         + [((idx[-1] + 1).to_timestamp() - self.origin_) / pd.Timedelta(days=1)])
        path, t = self.model_.simulate_paths(edges[-1], self.n_samples, seed=self.seed, start=self.end_,
                                             history=self.model_.times_)
        month = np.searchsorted(edges, t, side="right") - 1
        ok = (month >= 0) & (month < h)
        rng = np.random.default_rng(None if self.seed is None else self.seed + 1)
        if self.value == "fatalities":
            w = (rng.choice(self.marks_, size=ok.sum()) if len(self.marks_) else np.zeros(ok.sum()))
        else:
            w = np.ones(ok.sum())
        samples = np.zeros((self.n_samples, h))
        np.add.at(samples, (path[ok], month[ok]), w)
        return Forecast.from_samples(samples, idx, self.name)


def baselines() -> dict:
    """The baseline forecasters every model is compared with, by name."""
    return {m.name: m for m in (ZeroForecast(), LastValuePoisson(), Bootstrap12(),
                                PoissonRegression(), NegBinRegression())}


# -- backtests ------------------------------------------------------------------------------------

def backtest(series: pd.Series, models, horizons=(1, 3, 6, 12), min_train: int = 24, step: int = 1,
             seed: int = 0) -> pd.DataFrame:
    """Rolling-origin backtest: at each origin (after ``min_train`` months, every ``step``
    months) fit each model to the months so far and score its forecast ``h`` months ahead for
    each horizon that is still inside the series.

    ``models`` is a dict ``name -> forecaster`` or a list of forecasters (named by ``.name``);
    each is copied before every fit. Returns one row per (model, origin, horizon) with the
    observed value and ``crps``, ``log_score``, ``covered90`` (1 if inside the central 90 %
    interval), ``pit`` (randomised), ``mean``, ``lo90``, ``hi90``.
    """
    s = _as_monthly(series)
    if isinstance(models, dict):
        named = list(models.items())
    else:
        named = [(m.name, m) for m in models]
    horizons = sorted(set(int(h) for h in horizons))
    if len(s) < min_train + horizons[0]:
        raise ModelError(f"series has {len(s)} months; a backtest needs at least min_train + "
                         f"{horizons[0]} = {min_train + horizons[0]}")
    rng = np.random.default_rng(seed)
    rows = []
    for o in range(min_train, len(s) - horizons[0] + 1, step):
        train = s.iloc[:o]
        hmax = max(h for h in horizons if o + h <= len(s))
        us = rng.uniform(size=len(horizons))  # same PIT randomisation for every model
        for name, proto in named:
            m = copy.deepcopy(proto)
            try:
                f = m.fit(train).predict(hmax)
            except ModelError as e:  # e.g. too few events for a Hawkes fit this early
                for h in horizons:
                    if h <= hmax:
                        rows.append({"model": name, "origin": str(s.index[o - 1]), "horizon": h,
                                     "target": str(s.index[o + h - 1]), "y": float(s.iloc[o + h - 1]),
                                     "error": str(e)})
                continue
            lo, hi = f.interval(0.9)
            mean = f.mean()
            for j, h in enumerate(horizons):
                if h > hmax:
                    continue
                y = float(s.iloc[o + h - 1])
                rows.append({"model": name, "origin": str(s.index[o - 1]), "horizon": h,
                             "target": str(s.index[o + h - 1]), "y": y,
                             "crps": f.crps(h - 1, y), "log_score": f.log_score(h - 1, y),
                             "covered90": float(lo[h - 1] <= y <= hi[h - 1]),
                             "pit": f.pit(h - 1, y, us[j]), "mean": float(mean[h - 1]),
                             "lo90": int(lo[h - 1]), "hi90": int(hi[h - 1]), "error": None})
    return pd.DataFrame(rows)


def summarise(scores: pd.DataFrame) -> pd.DataFrame:
    """Mean CRPS, mean log score and 90 % coverage per model and horizon (failed fits excluded,
    counted in ``failed``)."""
    ok = scores[scores["error"].isna()] if "error" in scores else scores
    g = ok.groupby(["model", "horizon"], sort=False)
    out = g.agg(n=("crps", "size"), crps=("crps", "mean"), log_score=("log_score", "mean"),
                coverage90=("covered90", "mean")).reset_index()
    if "error" in scores:
        failed = scores[scores["error"].notna()].groupby(["model", "horizon"]).size()
        out["failed"] = [int(failed.get((m, h), 0)) for m, h in zip(out["model"], out["horizon"])]
    return out


def _verdict(scores: pd.DataFrame, model: str, base: str, metric: str) -> str:
    """One clause: does ``model`` have a lower mean ``metric`` than ``base`` on the same
    forecasts, at every horizon, some, or none?"""
    ok = scores[scores["error"].isna()] if "error" in scores else scores
    a = ok[ok["model"] == model].set_index(["origin", "horizon"])[metric]
    b = ok[ok["model"] == base].set_index(["origin", "horizon"])[metric]
    both = a.index.intersection(b.index)
    if len(both) == 0:
        return f"cannot be compared on {metric} (no common forecasts)"
    d = (a.loc[both] - b.loc[both]).groupby(level="horizon").mean()
    wins = [int(h) for h in d.index[d < 0]]
    word = "beats" if len(wins) == len(d) else "does not beat" if not wins else "partly beats"
    where = f"{len(wins)}/{len(d)} horizons" + (f": {', '.join(map(str, wins))} months" if 0 < len(wins) < len(d) else "")
    return (f"{word} it on {'CRPS' if metric == 'crps' else metric.replace('_', ' ')} ({where}; mean {a.loc[both].mean():.3f} vs "
            f"{b.loc[both].mean():.3f})")


def report(scores: pd.DataFrame, models=None, title: str = "Backtest") -> str:
    """Markdown report: the score table and, for each model that is not a baseline, a plain
    sentence per baseline saying whether it beats it (lower mean CRPS and log score on the same
    forecasts, horizon by horizon)."""
    summ = summarise(scores)
    base_names = list(baselines())
    models = models or [m for m in summ["model"].unique() if m not in base_names]
    lines = [f"## {title}", ""]
    if len(scores):
        lines.append(f"Rolling-origin backtest, {scores['origin'].nunique()} forecast origins "
                     f"({scores['origin'].min()} to {scores['origin'].max()}), horizons "
                     f"{', '.join(str(h) for h in sorted(scores['horizon'].unique()))} months. "
                     "Lower CRPS and log score are better; 90 % intervals should cover about 90 %.")
        lines.append("")
    cols = ["model", "horizon", "n", "crps", "log_score", "coverage90"] + (["failed"] if "failed" in summ else [])
    lines.append("| " + " | ".join(cols) + " |")
    lines.append("|" + "|".join("---" for _ in cols) + "|")
    for _, r in summ.iterrows():
        cells = [str(r["model"]), str(r["horizon"]), str(r["n"]), f"{r['crps']:.3f}",
                 f"{r['log_score']:.3f}", f"{r['coverage90']:.2f}"] + (
            [str(r["failed"])] if "failed" in summ else [])
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for m in models:
        lines.append(f"**{m}**:")
        lines.append("")
        for b in base_names:
            if b not in set(summ["model"]):
                continue
            lines.append(f"- vs {b}: {_verdict(scores, m, b, 'crps')}; "
                         f"{_verdict(scores, m, b, 'log_score')}.")
        lines.append("")
    return "\n".join(lines)
