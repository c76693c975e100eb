"""Figures for the dynamics models: PNG files and self-contained HTML pages.

Each ``plot_*`` function returns a matplotlib Figure (Agg backend, no display needed);
:func:`save` writes it as PNG and/or as an HTML page that embeds the PNG as a base64 data URI,
so the page opens offline and can be mailed as one file (no scripts, no CDN).

>>> import numpy as np
>>> fig = plot_bands(np.arange(5), np.ones(5), np.zeros(5), 2 * np.ones(5), title="demo")
>>> html = to_html(fig, "demo")
>>> html.startswith("<!DOCTYPE html>") and "data:image/png;base64," in html
True
"""
from __future__ import annotations

import base64
import html as _html
import io
import os

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

__all__ = ["plot_intensity", "plot_gof", "plot_forecast", "plot_backtest", "plot_bands",
           "png_bytes", "to_html", "save"]


def _dates(x, origin):
    return pd.Timestamp(origin) + pd.to_timedelta(np.asarray(x, float), unit="D") if origin is not None else x


def plot_intensity(model, n_grid: int = 2000, title: str | None = None):
    """Fitted conditional intensity (events/day) over the training window, events as a rug,
    change points as dashed lines."""
    model._check_fitted()
    fig, ax = plt.subplots(figsize=(10, 3.6), dpi=100)
    grid = np.linspace(model.start_, model.end_, n_grid)
    # add each event time so the jumps are drawn at the right place
    g = np.unique(np.concatenate([grid, model.times_, model.times_ + 1e-9]))
    g = g[(g >= model.start_) & (g <= model.end_)]
    lam = model.intensity(g)
    x = _dates(g, model.origin_)
    ax.plot(x, lam, lw=0.8, color="#b2182b", label="fitted intensity")
    base = model._mu_vec()[np.searchsorted(model.change_points_, g, side="right")]
    ax.plot(x, base, lw=1.2, color="#2166ac", label="background rate")
    ax.plot(_dates(model.times_, model.origin_), np.zeros(len(model.times_)), "|", color="k", ms=8,
            alpha=0.5, label=f"events (n={len(model.times_)})")
    for c in model.change_points_:
        ax.axvline(_dates([c], model.origin_)[0] if model.origin_ is not None else c, ls="--", color="grey", lw=1)
    ax.set_ylabel("events per day")
    ax.set_title(title or f"Hawkes fit: branching ratio {model.alpha_:.2f}, decay {model.beta_:.3g}/day")
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def plot_gof(gof, title: str | None = None):
    """Q-Q plot of the time-rescaled gaps against Exp(1), with the KS result."""
    tau = np.sort(gof.residuals)
    n = len(tau)
    q = -np.log(1 - (np.arange(1, n + 1) - 0.5) / n)
    fig, ax = plt.subplots(figsize=(4.5, 4.5), dpi=100)
    ax.plot(q, tau, ".", ms=3, color="#b2182b")
    m = max(q.max(), tau.max())
    ax.plot([0, m], [0, m], color="grey", lw=1)
    ax.set_xlabel("Exp(1) quantiles")
    ax.set_ylabel("rescaled inter-event times")
    ax.set_title(title or f"Time-rescaling: KS={gof.statistic:.3f}, p={gof.pvalue:.3g}")
    fig.tight_layout()
    return fig


def plot_bands(x, median, lo, hi, title: str = "", ylabel: str = "", label: str = "median",
               inner: tuple | None = None, observed: tuple | None = None, ax=None):
    """A central line with a shaded band (and optionally an inner band and observed points):
    the shape of forecast fans and strength trajectories."""
    own = ax is None
    if own:
        fig, ax = plt.subplots(figsize=(10, 3.6), dpi=100)
    ax.fill_between(x, lo, hi, color="#fdae61", alpha=0.45, lw=0, label="90 % band")
    if inner is not None:
        ax.fill_between(x, inner[0], inner[1], color="#f46d43", alpha=0.5, lw=0, label="50 % band")
    ax.plot(x, median, color="#a50026", lw=1.5, label=label)
    if observed is not None:
        ax.plot(observed[0], observed[1], color="k", lw=1, marker=".", ms=3, label="observed")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    if own:
        ax.figure.tight_layout()
    return ax.figure


def plot_forecast(history: pd.Series, forecast, title: str | None = None, ylabel: str | None = None,
                  last: int = 60):
    """Forecast fan (median, 50 % and 90 % bands) after the last ``last`` observed months."""
    h = history.iloc[-last:]
    hx = h.index.to_timestamp()
    fx = forecast.index.to_timestamp()
    # join the fan to the last observation so it reads as a continuation
    x = hx[-1:].append(fx)
    y0 = float(h.iloc[-1])
    q = {p: np.concatenate([[y0], forecast.quantile(p)]) for p in (0.05, 0.25, 0.5, 0.75, 0.95)}
    return plot_bands(x, q[0.5], q[0.05], q[0.95], inner=(q[0.25], q[0.75]), observed=(hx, h.to_numpy()),
                      title=title or f"Forecast ({forecast.model}), {len(fx)} months ahead",
                      ylabel=ylabel or str(history.name or "count"), label="forecast median")


def plot_backtest(scores: pd.DataFrame, title: str = "Backtest scores (lower is better)"):
    """Mean CRPS and log score by horizon for each model, and 90 % coverage."""
    from .forecast import summarise
    s = summarise(scores)
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.6), dpi=100)
    for name, g in s.groupby("model", sort=False):
        for ax, col in zip(axes, ("crps", "log_score", "coverage90")):
            ax.plot(g["horizon"], g[col], marker="o", lw=1.2, label=name)
    for ax, lab in zip(axes, ("mean CRPS", "mean log score", "90 % interval coverage")):
        ax.set_xlabel("months ahead")
        ax.set_title(lab, fontsize=10)
    axes[2].axhline(0.9, color="grey", ls="--", lw=1)
    axes[2].set_ylim(-0.02, 1.02)
    axes[0].legend(fontsize=7, frameon=False)
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    return fig


def png_bytes(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def to_html(figs, title: str, tables: list[str] | None = None, notes: str | None = None) -> str:
    """A self-contained HTML page: the figures as embedded PNGs, then optional HTML tables."""
    figs = figs if isinstance(figs, (list, tuple)) else [figs]
    imgs = "\n".join(
        f'<img alt="{_html.escape(title)} {i + 1}" src="data:image/png;base64,'
        f'{base64.b64encode(png_bytes(f)).decode("ascii")}">' for i, f in enumerate(figs))
    body = imgs + "".join(tables or []) + (f"<p>{_html.escape(notes)}</p>" if notes else "")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_html.escape(title)}</title><style>body{{font-family:sans-serif;max-width:1200px;"
            "margin:1em auto}img{max-width:100%;display:block;margin:1em 0}table{border-collapse:collapse;"
            "font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style></head>"
            f"<body><h1>{_html.escape(title)}</h1>\n{body}\n</body></html>\n")


def save(figs, png: str | os.PathLike | None = None, html: str | os.PathLike | None = None,
         title: str = "attrition", tables: list[str] | None = None) -> list[str]:
    """Write the first figure to ``png`` and all of them to one ``html`` page; close them.
    Returns the paths written."""
    figs = figs if isinstance(figs, (list, tuple)) else [figs]
    written = []
    if png:
        figs[0].savefig(png, format="png")
        written.append(str(png))
    if html:
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(to_html(figs, title, tables))
        written.append(str(html))
    for f in figs:
        plt.close(f)
    return written
