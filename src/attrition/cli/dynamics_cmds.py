"""``attrition model ...`` and ``attrition forecast``: thin wrappers over attrition.dynamics.

Other command modules add to the ``model`` group (``from .dynamics_cmds import model``) and may
reuse :func:`event_source_options` / :func:`load_source` for the same ``--db/--events`` inputs.
"""
from __future__ import annotations

import os

import click

from ..errors import UsageError
from . import main
from .output import emit, output_option, records


def event_source_options(fn):
    """``--db``, ``--events``, ``--actor``, ``--since``, ``--until``: where the events come from."""
    for opt in reversed([
        click.option("--db", "db", default=None, metavar="PATH",
                     help="Store to read events from (default: $ATTRITION_DB, else the default store)."),
        click.option("--events", "events_file", default=None, metavar="FILE",
                     type=click.Path(exists=True, dir_okay=False),
                     help="CSV/TSV/JSONL of events with a 'date' column (optional count, fatalities, actor1_name)."),
        click.option("--actor", default=None, help="Keep events whose perpetrator (actor1) id or name is this."),
        click.option("--since", default=None, metavar="DATE", help="First date (YYYY-MM-DD)."),
        click.option("--until", default=None, metavar="DATE", help="Last date (YYYY-MM-DD)."),
    ]):
        fn = opt(fn)
    return fn


def _open_store(db: str | None):
    try:
        from .. import store as store_mod
    except ImportError:  # pragma: no cover - the store package always exists in a full install
        store_mod = None
    path = db or os.environ.get("ATTRITION_DB")
    if path is None:
        default = getattr(store_mod, "default_path", None)
        if default is None:
            raise UsageError("no store is available yet: pass --events FILE (a CSV/JSONL of dated events)")
        path = default()
    import attrition
    opener = getattr(attrition, "open", None) or getattr(store_mod, "open", None)
    if opener is None:
        raise UsageError(f"cannot open the store {path!r}: the store module is not available; pass --events FILE")
    return opener(str(path))


def load_source(db, events_file, actor=None, since=None, until=None):
    """The normalised event frame (see attrition.dynamics.series) from a file or the store.

    From the store, ``actor`` is resolved through the actor catalog (ids, names, aliases) and
    matched as the perpetrator (actor1); events merged across documents count once.
    """
    from ..dynamics import series
    if events_file and db:
        raise UsageError("give either --events FILE or --db PATH, not both")
    if events_file:
        return series.select(series.load_events(events_file), actor=actor, since=since, until=until)
    store = _open_store(db)
    try:
        raw = store.events(actor=actor, role="actor1", since=since, until=until, dedupe=True)
    finally:
        getattr(store, "close", lambda: None)()
    df = series.from_store(raw)
    for key, what in (("n_undated", "undated"), ("n_negated", "negated (reported as not having happened)")):
        if df.attrs.get(key):
            click.echo(f"left out {df.attrs[key]} {what} events", err=True)
    return series.select(df, since=since, until=until)


def _plots(figs, png, html, title, tables=None):
    if not (png or html):
        return
    from ..dynamics import plots
    for path in plots.save(figs, png=png, html=html, title=title, tables=tables):
        click.echo(f"wrote {path}", err=True)


@main.group()
def model() -> None:
    """Fit models of conflict dynamics to dated events."""


@model.command("hawkes")
@event_source_options
@click.option("--change-point", "change_points", multiple=True, metavar="DATE",
              help="Date where the background rate may change (repeatable), e.g. 2019-11-01.")
@click.option("--ties", type=click.Choice(["jitter", "error"]), default="jitter", show_default=True,
              help="Same-day events: spread uniformly within the day (seeded), or refuse.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the tie jitter.")
@click.option("--png", default=None, metavar="FILE", help="Write the fitted intensity as PNG.")
@click.option("--html", default=None, metavar="FILE", help="Write intensity and goodness-of-fit plots as one HTML page.")
@output_option()
def hawkes_cmd(db, events_file, actor, since, until, change_points, ties, seed, png, html, fmt):
    """Fit a Hawkes (self-exciting) process to attack times.

    Prints the background rate(s) mu (events/day), the branching ratio alpha (follow-on
    attacks per attack) and the decay beta (per day) with standard errors and 95 % intervals,
    then the log-likelihood and the time-rescaling goodness-of-fit test.
    """
    import numpy as np
    import pandas as pd

    from ..dynamics import Hawkes, PoissonProcess, series
    df = load_source(db, events_file, actor, since, until)
    day, dropped = series.split_precision(df, "day")
    if dropped:
        click.echo(f"dropped {dropped} events dated less precisely than the day", err=True)
    if day.empty:
        raise UsageError("no day-precise events to fit" + (f" for actor {actor!r}" if actor else ""))
    origin = day["date"].min() if since is None else min(day["date"].min(), pd.Timestamp(since))
    end_ts = (pd.Timestamp(until) if until else day["date"].max()) + pd.Timedelta(days=1)
    t = series.event_times(day, origin)
    m = Hawkes(change_points=list(change_points) or None, ties=ties, random_state=seed)
    m.fit(t, end=(end_ts - origin).days, origin=origin)
    if m.n_ties_:
        click.echo(f"{m.n_ties_} same-day ties: times jittered uniformly within the day (seed {seed})", err=True)
    ci = m.conf_int()
    rows = []
    mus, mu_se = np.atleast_1d(m.mu_), np.atleast_1d(m.se_["mu"]).astype(float)
    bounds = [str(origin.date())] + list(change_points) + [str((end_ts - pd.Timedelta(days=1)).date())]
    mu_lo, mu_hi = np.atleast_1d(ci["mu"][0]), np.atleast_1d(ci["mu"][1])
    for k, mu in enumerate(mus):
        name = "mu" if len(mus) == 1 else f"mu[{bounds[k]}..{bounds[k + 1]}]"
        rows.append({"parameter": name, "estimate": float(mu), "se": float(mu_se[k]), "ci95_lo": float(mu_lo[k]),
                     "ci95_hi": float(mu_hi[k]), "unit": "events/day"})
    rows.append({"parameter": "alpha", "estimate": m.alpha_, "se": m.se_["alpha"], "ci95_lo": float(ci["alpha"][0]),
                 "ci95_hi": float(ci["alpha"][1]), "unit": "follow-on events per event"})
    rows.append({"parameter": "beta", "estimate": m.beta_, "se": m.se_["beta"], "ci95_lo": float(ci["beta"][0]),
                 "ci95_hi": float(ci["beta"][1]), "unit": "per day"})
    g = m.gof()
    pois = PoissonProcess(change_points=list(change_points) or None, ties=ties, random_state=seed)
    pois.fit(t, end=(end_ts - origin).days, origin=origin)
    pg = pois.gof()
    rows += [
        {"parameter": "n_events", "estimate": m.n_events_, "unit": f"{origin.date()} to {bounds[-1]}"},
        {"parameter": "loglik", "estimate": m.loglik_, "unit": f"Poisson: {pois.loglik_:.6g}"},
        {"parameter": "gof_ks", "estimate": g.statistic, "unit": f"Poisson: {pg.statistic:.3g}"},
        {"parameter": "gof_p", "estimate": g.pvalue, "unit": f"Poisson: {pg.pvalue:.3g} (small p = misfit)"},
        {"parameter": "converged", "estimate": str(m.converged_), "unit": f"{m.n_iter_} iterations"},
    ]
    emit(rows, fmt, columns=["parameter", "estimate", "se", "ci95_lo", "ci95_hi", "unit"])
    if png or html:
        from ..dynamics import plots
        title = f"Hawkes fit{' for ' + actor if actor else ''}"
        _plots([plots.plot_intensity(m, title=title), plots.plot_gof(g)], png, html, title)


_MODELS = ("hawkes", "negbin-reg", "poisson-reg", "bootstrap12", "last+poisson", "zero")


@main.command("forecast")
@event_source_options
@click.option("--value", type=click.Choice(["events", "fatalities"]), default="events", show_default=True,
              help="Forecast monthly attack counts or monthly fatalities.")
@click.option("--model", "model_name", type=click.Choice(_MODELS), default="hawkes", show_default=True)
@click.option("--horizon", type=click.IntRange(1, 60), default=12, show_default=True, help="Months ahead.")
@click.option("--samples", type=click.IntRange(10), default=1000, show_default=True,
              help="Simulated paths for the Hawkes forecast.")
@click.option("--change-point", "change_points", multiple=True, metavar="DATE",
              help="Background-rate change point for the Hawkes model (repeatable).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--backtest", "do_backtest", is_flag=True,
              help="Instead of forecasting, backtest the model against every baseline.")
@click.option("--horizons", default="1,3,6,12", show_default=True, help="Backtest horizons (months).")
@click.option("--min-train", type=click.IntRange(3), default=24, show_default=True,
              help="Months of history before the first backtest origin.")
@click.option("--step", type=click.IntRange(1), default=1, show_default=True, help="Months between backtest origins.")
@click.option("--report", "report_path", default=None, metavar="FILE", help="Write the backtest report as Markdown.")
@click.option("--png", default=None, metavar="FILE", help="Write the forecast fan (or backtest scores) as PNG.")
@click.option("--html", default=None, metavar="FILE", help="Write the plot and table as one HTML page.")
@output_option()
def forecast_cmd(db, events_file, actor, since, until, value, model_name, horizon, samples, change_points, seed,
                 do_backtest, horizons, min_train, step, report_path, png, html, fmt):
    """Forecast monthly attacks or fatalities 1..N months ahead as predictive distributions.

    Prints mean, median and the 90 % interval per month. With --backtest, runs a
    rolling-origin backtest of the model and the baselines (all-zero, last value + Poisson,
    12-month bootstrap, Poisson and negative-binomial regression) scored by CRPS, log score
    and 90 % coverage, and says whether the model beats each baseline.
    """
    from ..dynamics import forecast as fc
    from ..dynamics import series
    df = load_source(db, events_file, actor, since, until)
    counts = series.monthly_counts(df, value, start=since, end=until)
    kept, coarse = series.split_precision(df, "month")
    if len(kept) < len(df):
        click.echo(f"dropped {int(df['count'].sum() - kept['count'].sum())} events dated less precisely "
                   "than the month", err=True)
    if len(counts) == 0:
        raise UsageError("no events to forecast from" + (f" for actor {actor!r}" if actor else ""))
    _, n_month_only = series.split_precision(kept, "day")
    if model_name == "hawkes" and n_month_only:
        click.echo(f"{n_month_only} month-precise events count in the monthly series but not in the Hawkes fit",
                   err=True)

    def make(name):
        if name == "hawkes":
            return fc.HawkesForecast(df, value=value, n_samples=samples, seed=seed,
                                     change_points=list(change_points) or None)
        return fc.baselines()[name]

    if do_backtest:
        try:
            hs = tuple(int(h) for h in horizons.split(","))
        except ValueError:
            raise UsageError(f"--horizons must be comma-separated whole numbers, not {horizons!r}") from None
        models = dict(fc.baselines())
        models[model_name] = make(model_name)
        scores = fc.backtest(counts, models, horizons=hs, min_train=min_train, step=step, seed=seed)
        summ = fc.summarise(scores)
        emit(records(summ, counts=False), fmt)
        text = fc.report(scores, models=[model_name],
                         title=f"Backtest: monthly {value}{' by ' + actor if actor else ''}")
        if report_path:
            with open(report_path, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
            click.echo(f"wrote {report_path}", err=True)
        else:
            click.echo(text.split("\n\n**", 1)[-1] if "**" in text else "", err=True)
        if png or html:
            from ..dynamics import plots
            _plots([plots.plot_backtest(scores)], png, html, "Backtest scores",
                   tables=[summ.to_html(index=False, float_format=lambda v: f"{v:.3f}")])
        return
    f = make(model_name).fit(counts).predict(horizon)
    table = f.to_frame(0.9)
    emit(records(table, counts=False), fmt)
    if png or html:
        from ..dynamics import plots
        title = f"Forecast of monthly {value}{' by ' + actor if actor else ''} ({model_name})"
        _plots([plots.plot_forecast(counts, f, title=title)], png, html, title,
               tables=[table.to_html(index=False, float_format=lambda v: f"{v:.2f}")])
