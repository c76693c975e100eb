"""The knowledge cache: atomic writes, unreadable files rebuilt, old builds pruned."""
from __future__ import annotations

import os
import time

from attrition.knowledge import cache


def test_roundtrip_and_pruning(tmp_path, monkeypatch):
    monkeypatch.setenv("ATTRITION_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ATTRITION_NO_CACHE", raising=False)
    paths = []
    for i in range(cache.KEEP + 3):
        p = cache.cache_path("thing", f"{i:04d}")
        cache.write(p, {"n": i}, "thing")
        os.utime(p, (time.time() - 100 + i, time.time() - 100 + i))  # distinct, increasing use times
        paths.append(p)
    left = sorted(tmp_path.glob("thing-*.pickle"))
    assert len(left) == cache.KEEP
    assert paths[-1] in left and paths[0] not in left
    assert cache.read(paths[-1]) == {"n": cache.KEEP + 2}
    cache.write(cache.cache_path("other", "x"), 1, "other")  # other kinds are not pruned by this one
    assert len(list(tmp_path.glob("thing-*.pickle"))) == cache.KEEP


def test_unreadable_or_disabled_cache_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("ATTRITION_CACHE_DIR", str(tmp_path))
    p = cache.cache_path("thing", "bad")
    p.write_bytes(b"not a pickle")
    assert cache.read(p) is None
    assert cache.read(cache.cache_path("thing", "missing")) is None
    monkeypatch.setenv("ATTRITION_NO_CACHE", "1")
    cache.write(cache.cache_path("thing", "off"), 1, "thing")
    assert not cache.cache_path("thing", "off").exists()
