"""The founding article: the relations and claims it states (skips when ../shared is absent)."""
from __future__ import annotations

import pytest

from attrition.records import Document


@pytest.fixture(scope="module")
def seed(extractor, request):
    from conftest import SEED
    if not SEED.is_file():
        pytest.skip(f"seed article absent: {SEED}")
    return extractor.analyse(Document(id="seed", text=SEED.read_text(encoding="utf-8")))


def _polarity(a, x: str, y: str) -> str | None:
    for r in a.relations:
        if {r.a.id, r.b.id} == {x, y}:
            return r.polarity
    return None


@pytest.mark.parametrize("x,y,want", [
    ("taliban", "iskp", "hostile"),
    ("aq", "isis", "hostile"),
    ("haqqani", "taliban", "cooperative"),
    ("iskp", "ttp", "cooperative"),
    ("taliban", "us_government", "mixed"),
    ("iskp", "pk_government", "hostile"),
    ("iskp", "ir_government", "hostile"),
])
def test_seed_relation_targets(seed, x, y, want):
    assert _polarity(seed, x, y) == want


def test_seed_relations_carry_evidence_with_cues(seed):
    rel = next(r for r in seed.relations if {r.a.id, r.b.id} == {"taliban", "iskp"})
    assert len(rel.evidence) >= 5 and all(e.cue for e in rel.evidence)
    assert any("at odds" == e.cue for e in rel.evidence)
    mixed = next(r for r in seed.relations if {r.a.id, r.b.id} == {"taliban", "us_government"})
    assert {p["polarity"] for p in mixed.periods} >= {"hostile", "cooperative"}


def _claim(a, quantity, value):
    return [c for c in a.claims if c.quantity == quantity and c.value == value]


@pytest.mark.parametrize("quantity,value,subject,qualifier", [
    ("funding", 100_000_000, "iskp", "up to"),
    ("casualties", 10_000, "civ_af", "over"),
    ("attacks", 77, "iskp", None),
    ("surrendered", 1400, "iskp", "about"),
    ("fighters", 2000, "iskp", None),
    ("fighters", 4000, "iskp", None),
    ("killed", 13, "us_military", None),
    ("killed", 100, "civ_af", "over"),
])
def test_seed_claims(seed, quantity, value, subject, qualifier):
    cs = _claim(seed, quantity, value)
    assert cs, f"no {quantity} claim of {value}: {[(c.quantity, c.value) for c in seed.claims]}"
    c = cs[0]
    assert c.subject is not None and c.subject.id == subject
    assert c.qualifier == qualifier


def test_seed_claim_details(seed):
    after = _claim(seed, "fighters", 4000)[0]
    assert after.high == 5000 and after.low == 4000
    assert _claim(seed, "casualties", 10_000)[0].date == "2018"
    assert "4 months" in (_claim(seed, "attacks", 77)[0].period or "")
    assert _claim(seed, "funding", 100_000_000)[0].unit == "USD"
