"""Models of conflict dynamics, in the scikit-learn estimator style.

    Hawkes, PoissonProcess      attack timing (self-exciting point process; the no-excitation baseline)
    forecast                    monthly count forecasters, baselines, rolling-origin backtests
    scoring                     proper scoring rules (CRPS, log score, coverage, PIT)
    series                      dated events in: files, the store, event times, monthly counts
    plots                       PNG and self-contained HTML figures
    Attrition, Scenario...      strength models and scenarios (``attrition.py``, ``scenario.py``),
                                imported lazily so this package works without them
"""
from __future__ import annotations

import importlib

from .hawkes import ConvergenceWarning, GofResult, Hawkes, PoissonProcess

__all__ = ["Hawkes", "PoissonProcess", "ConvergenceWarning", "GofResult",
           "Attrition", "Shock", "Support", "Scenario", "run_scenario", "load_calibration"]

# names defined in sibling modules written separately; resolved on first use
_LAZY = {"Attrition": "attrition", "Shock": "attrition", "Support": "attrition",
         "Scenario": "scenario", "run_scenario": "scenario", "load_calibration": "calibration"}


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


def __getattr__(name: str):
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(f"{__name__}.{mod}"), name)
    except (ModuleNotFoundError, AttributeError) as e:
        raise AttributeError(f"{__name__}.{name} is not available: {e}") from e
    globals()[name] = value
    return value
