"""The on-disk cache of built knowledge (catalog, gazetteer): pickles named by a digest of their inputs.

Where: ``$ATTRITION_CACHE_DIR``, else ``$XDG_CACHE_HOME/attrition``, else ``~/.cache/attrition``;
``ATTRITION_NO_CACHE=1`` turns it off. Each kind keeps its few most recently used builds, so two
checkouts or versions side by side do not rebuild each other's, and old builds do not pile up.
A cache that cannot be read or written only costs time: it is never an error.
"""
from __future__ import annotations

import logging
import os
import pickle
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

KEEP = 4  # builds kept per kind


def cache_dir() -> Path:
    if os.environ.get("ATTRITION_CACHE_DIR"):
        return Path(os.environ["ATTRITION_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "attrition"


def enabled() -> bool:
    return not os.environ.get("ATTRITION_NO_CACHE")


def cache_path(kind: str, digest: str) -> Path:
    return cache_dir() / f"{kind}-{digest}.pickle"


def read(path: Path) -> object | None:
    """The cached object, or None when it is missing or unreadable (then it is rebuilt)."""
    if not enabled():
        return None
    try:
        with path.open("rb") as fh:
            obj = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # a stale or broken cache is rebuilt, never fatal
        log.debug("ignoring unreadable cache %s", path)
        return None
    try:
        os.utime(path)  # most recently used: kept when older builds are pruned
    except OSError:
        pass
    return obj


def write(path: Path, obj: object, kind: str) -> None:
    """Store ``obj`` atomically, then prune the kind's older builds beyond :data:`KEEP`."""
    if not enabled():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        builds = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in builds[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as e:  # read-only home, full disk: run without the cache
        log.warning("could not write the %s cache %s: %s", kind, path, e)
