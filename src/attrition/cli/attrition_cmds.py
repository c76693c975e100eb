"""``attrition model attrition`` and ``attrition scenario``: thin wrappers over
:class:`attrition.dynamics.attrition.Attrition` and :class:`attrition.dynamics.scenario.Scenario`."""
from __future__ import annotations

import os

import click

from ..errors import UsageError
from . import main
from .dynamics_cmds import event_source_options, load_source, model
from .output import emit, output_option, records


def _model_options(fn):
    for opt in reversed([
        click.option("--opponent", default=None, help="Opponent actor (id or name): its attacks are fitted too."),
        click.option("--subject", default=None,
                     help="Calibration subject whose strength figures to fit (default: --actor, else iskp)."),
        click.option("--calibration", "calibration", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     metavar="FILE", help="Extra calibration CSV with your own figures (repeatable)."),
        click.option("--no-shipped", is_flag=True, help="Leave out the shipped calibration table."),
        click.option("--law", type=click.Choice(["mixed", "linear", "square"]), default="mixed", show_default=True,
                     help="Loss law: Deitchman mixed (A guerrilla), Lanchester linear or square."),
        click.option("--observation", type=click.Choice(["negbin", "poisson"]), default="negbin", show_default=True),
        click.option("--fix", "fixes", multiple=True, metavar="NAME=VALUE",
                     help="Fix a parameter, e.g. --fix B0=60000 or --fix d_A=0.02 (repeatable)."),
        click.option("--free", "free", default=None, metavar="NAMES",
                     help="Comma-separated parameters to estimate (default: A0,g_A,c[,phi][,k_BA])."),
    ]):
        fn = opt(fn)
    return fn


def _parse_kv(items, what):
    out = {}
    for it in items:
        k, sep, v = it.partition("=")
        if not sep:
            raise UsageError(f"{what} {it!r}: write NAME=VALUE")
        try:
            out[k.strip()] = float(v) if what == "--fix" else v.strip()
        except ValueError:
            raise UsageError(f"{what} {it!r}: {v!r} is not a number") from None
    return out


def _fit_events(shocks, supports):
    """Model shocks/support: ``DATE:SIZE`` / ``START[..END]:FACTOR``; ``?`` as size or factor = estimate."""
    from ..dynamics.attrition import Shock, Support
    from ..dynamics.scenario import parse_shock, parse_support
    sh, su = [], []
    for s in shocks:
        if s.strip().endswith(":?"):
            side, _, date = s.strip()[:-2].rpartition("@")
            sh.append(Shock(date, side or "A", None))
        else:
            sh.append(parse_shock(s))
    for s in supports:
        if s.strip().endswith(":?"):
            side, _, period = s.strip()[:-2].rpartition("@")
            start, _, end = period.partition("..")
            su.append(Support(start, end or None, None, side or "B"))
        else:
            su.append(parse_support(s))
    return sh, su


def _fit(db, events_file, actor, since, until, opponent, subject, calibration, no_shipped, law, observation,
         fixes, free, shocks, supports):
    from ..dynamics import series
    from ..dynamics.attrition import Attrition
    from ..dynamics.calibration import load_calibration, strength_observations
    df = load_source(db, events_file, None, since, until)
    mine = series.select(df, actor=actor) if actor else df
    if mine.empty:
        raise UsageError("no events to fit" + (f" for actor {actor!r}" if actor else ""))
    theirs = series.select(df, actor=opponent) if opponent else None
    lo = df["date"].min() if since is None else since
    hi = df["date"].max() if until is None else until
    counts = series.monthly_counts(mine, start=lo, end=hi)
    opp = series.monthly_counts(theirs, start=lo, end=hi) if theirs is not None else None
    table = load_calibration(calibration, shipped=not no_shipped)
    subj = subject or actor or "iskp"
    strengths = strength_observations(table, subject=subj) if len(table) else None
    if strengths is None or strengths.empty:
        click.echo(f"no strength figures for subject {subj!r} in the calibration table: "
                   "the scale of A will not be identified", err=True)
        strengths = None
    sh, su = _fit_events(shocks, supports)
    m = Attrition(law=law, observation=observation, shocks=sh, support=su,
                  fixed=_parse_kv(fixes, "--fix") or None,
                  free=[f.strip() for f in free.split(",")] if free else None)
    m.fit(counts, strengths=strengths, opponent_counts=opp)
    return m, strengths


def _observed_frame(m, strengths):
    import pandas as pd
    if strengths is None:
        return None
    s = strengths.copy()
    s["month"] = pd.PeriodIndex(pd.to_datetime(s["date"]), freq="M")
    return s


def _write_plots(out, stem, title, fans, observed, ylabel, notes, tables):
    if not out:
        return
    from ..dynamics import plots
    from ..dynamics.scenario import plot_fan
    os.makedirs(out, exist_ok=True)
    figs = [plot_fan(f, observed=o, ylabel=y, title=t) for f, o, y, t in zip(fans, observed, ylabel, title)]
    for path in plots.save(figs, png=os.path.join(out, f"{stem}.png"), html=os.path.join(out, f"{stem}.html"),
                           title=title[0], tables=[f"<pre>{_esc(notes)}</pre>"] + tables):
        click.echo(f"wrote {path}", err=True)


def _esc(s):
    import html
    return html.escape(s)


def _fan_table(fan):
    return fan.assign(month=fan["month"].astype(str)).to_html(index=False, float_format=lambda v: f"{v:,.1f}")


@model.command("attrition")
@event_source_options
@_model_options
@click.option("--shock", "shocks", multiple=True, metavar="DATE:SIZE",
              help="Known jump in A's strength, e.g. 2019-11:-1400; DATE:? estimates the size; B@DATE:SIZE for B.")
@click.option("--support", "supports", multiple=True, metavar="START[..END]:FACTOR",
              help="Outside support multiplying B's effectiveness, e.g. 2019-06:1.5; START:? estimates it.")
@click.option("--months", default=12, show_default=True, help="Months to project past the data in the plots.")
@click.option("--sims", default=500, show_default=True, help="Simulations for the uncertainty bands.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--out", default=None, metavar="DIR", help="Write attrition_fit.png and attrition_fit.html here.")
@output_option()
def attrition_cmd(db, events_file, actor, since, until, opponent, subject, calibration, no_shipped, law,
                  observation, fixes, free, shocks, supports, months, sims, seed, out, fmt):
    """Fit the two-sided attrition (strength) model to monthly attacks and published strengths.

    Prints each parameter with its estimate, 95 % interval and whether the data identify it;
    parameters the data cannot identify are fixed and the summary (stderr) says which
    combination is identified instead.
    """
    from ..dynamics.scenario import Scenario
    m, strengths = _fit(db, events_file, actor, since, until, opponent, subject, calibration, no_shipped, law,
                        observation, fixes, free, shocks, supports)
    click.echo(m.summary(), err=True)
    rows = records(m.identifiability_, counts=False)
    emit(rows, fmt, columns=["parameter", "status", "estimate", "se", "ci_low", "ci_high", "note"])
    if out:
        sc = Scenario(m, name="fit")
        strength = sc.run(horizon_months=months, n_sims=sims, seed=seed)
        attacks = sc.run(horizon_months=months, n_sims=sims, seed=seed, quantity="attacks")
        obs_att = m.counts_.rename("value").rename_axis("month").reset_index()
        _write_plots(out, "attrition_fit", ["Strength of A: fit and projection", "Monthly attacks by A"],
                     [{"fit": strength}, {"fit": attacks}], [_observed_frame(m, strengths), obs_att],
                     ["fighters", "attacks per month"], m.summary(),
                     [m.identifiability_.to_html(index=False), _fan_table(strength)])


@main.command("scenario")
@event_source_options
@_model_options
@click.option("--fit-shock", "fit_shocks", multiple=True, metavar="DATE:SIZE",
              help="Known jump used when fitting (as --shock of 'model attrition').")
@click.option("--fit-support", "fit_supports", multiple=True, metavar="START[..END]:FACTOR",
              help="Known support used when fitting (as --support of 'model attrition').")
@click.option("--shock", "shocks", multiple=True, metavar="DATE:SIZE",
              help="What-if jump, e.g. 2021-08:+2000 (B@DATE:SIZE for the opponent; repeatable).")
@click.option("--support", "supports", multiple=True, metavar="START[..END]:FACTOR",
              help="What-if outside support to B (A@... for A), e.g. 2019-06:1.5 (repeatable).")
@click.option("--change", "changes", multiple=True, metavar="NAME=VALUE",
              help="What-if parameter change: NAME=0.02 sets, NAME=*1.5 scales, NAME=+0.01 adds.")
@click.option("--quantity", type=click.Choice(["strength", "attacks"]), default="strength", show_default=True)
@click.option("--months", default=12, show_default=True, help="Months to simulate past the data.")
@click.option("--sims", default=500, show_default=True, help="Simulated runs.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--history", is_flag=True, help="Print the fitted months too, not only the projection.")
@click.option("--out", default=None, metavar="DIR", help="Write scenario.png and scenario.html (fan charts) here.")
@output_option()
def scenario_cmd(db, events_file, actor, since, until, opponent, subject, calibration, no_shipped, law,
                 observation, fixes, free, fit_shocks, fit_supports, shocks, supports, changes, quantity, months,
                 sims, seed, history, out, fmt):
    """Run a what-if on the fitted attrition model and print its fan (median, 50 % and 90 % bands)
    next to the baseline, month by month."""
    from ..dynamics.scenario import Scenario, parse_shock, parse_support
    m, strengths = _fit(db, events_file, actor, since, until, opponent, subject, calibration, no_shipped, law,
                        observation, fixes, free, fit_shocks, fit_supports)
    click.echo(m.summary(), err=True)
    what = Scenario(m, changes=_parse_kv(changes, "--change"), shocks=[parse_shock(s) for s in shocks],
                    support=[parse_support(s) for s in supports], name="scenario")
    base = Scenario(m, name="baseline")
    kw = dict(horizon_months=months, n_sims=sims, seed=seed, quantity=quantity, include_history=True)
    fan_b, fan_s = base.run(**kw), what.run(**kw)
    last = m.start_ + m.data_["months"] - 1
    rows = []
    for b, s in zip(fan_b.itertuples(), fan_s.itertuples()):
        if not history and b.month <= last:
            continue
        rows.append({"month": str(b.month), "baseline_median": b.median, "median": s.median, "q05": s.q05,
                     "q25": s.q25, "q75": s.q75, "q95": s.q95})
    emit(rows, fmt, columns=["month", "baseline_median", "median", "q05", "q25", "q75", "q95"])
    if out:
        obs = _observed_frame(m, strengths) if quantity == "strength" else (
            m.counts_.rename("value").rename_axis("month").reset_index())
        _write_plots(out, "scenario", [f"Scenario vs baseline: {quantity} of A"],
                     [{"baseline": fan_b, "scenario": fan_s}], [obs],
                     ["fighters" if quantity == "strength" else "attacks per month"], m.summary(),
                     [_fan_table(fan_s)])
