"""The conflict brief, the relations/claims CLI and the notebook API over a small store."""
from __future__ import annotations

import json
import re
import time

import pytest

import attrition
from attrition.cli import main
from attrition.records import Document

DOCS = [
    Document("a", "The Taliban and ISIS-K are sworn enemies. On 4 October 2021 Taliban fighters raided an ISIS-K "
                  "hideout in Kabul, killing 5 militants. ISIS-K had about 2,000 fighters in 2021.",
             published="2021-10-05", title="Raid in Kabul"),
    Document("b", "After fighting for more than 20 years, the Taliban and the US have finally found a common enemy: "
                  "ISIS-K. The group now has 4,000-5,000 fighters, a UN report says. The Haqqani network works in "
                  "collaboration with the Taliban.", published="2021-11-01", title="Common enemy"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory, extractor):
    path = tmp_path_factory.mktemp("brief") / "t.db"
    s = attrition.open(str(path))
    s.ingest(DOCS, extractor)
    s.close()
    return str(path)


def test_store_api_returns_dataframes(db):
    s = attrition.open(db)
    rel = s.relations("Taliban", "ISIS-K")
    assert len(rel) == 1 and rel.iloc[0]["polarity"] == "hostile"
    assert len(s.claims(quantity="fighters")) >= 2
    assert {"id", "name", "kind"} <= set(s.actors().columns)


def test_brief_writes_markdown_and_offline_html(db, tmp_path):
    from attrition.analysis.brief import write_brief
    t0 = time.perf_counter()
    md, html = write_brief(attrition.open(db), tmp_path / "out", title="Test brief")
    assert time.perf_counter() - t0 < 5
    text, page = md.read_text(), html.read_text()
    for section in ("## Actors", "## Who is fighting whom", "## Timeline of events", "## Fatalities by month",
                    "## Claims ledger", "## Sources"):
        assert section in text
    assert "hostile" in text and "[^1]:" in text
    assert "data:image/png;base64," in page
    # nothing the page loads comes from the network
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and "<script src" not in page
    assert re.search(r"id='fn1'", page) and "sworn enemies" in page
    assert (tmp_path / "out" / "brief-network.png").is_file()


def test_cli_relations_pair_prints_verdict_and_evidence(db, runner):
    r = runner.invoke(main, ["relations", "Taliban", "ISIS-K", "--db", db])
    assert r.exit_code == 0, r.output
    first, *rest = r.output.splitlines()
    assert re.match(r".+ – .+: hostile \(−\d\.\d\), \d+ statements?", first)
    assert any("sworn enemies" in line and "(a, 2021-10-05)" in line for line in rest)


def test_cli_relations_without_arguments_lists_pairs(db, runner):
    r = runner.invoke(main, ["relations", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert rows and all(x["type"] == "relation" and x["doc_id"] is None for x in rows)
    assert any(x["polarity"] == "mixed" for x in rows)


def test_cli_claims_ledger(db, runner):
    r = runner.invoke(main, ["claims", "--db", db, "--quantity", "fighters", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert any(row["disagree"] and "2,000" in row["figures_text"] and "4,000–5,000" in row["figures_text"] for row in rows)


def test_cli_brief(db, runner, tmp_path):
    r = runner.invoke(main, ["brief", "--db", db, "--out", str(tmp_path / "b")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "b" / "brief.html").is_file()


def test_cli_unknown_actor_is_a_usage_error(db, runner):
    r = runner.invoke(main, ["relations", "Nobody-at-all", "--db", db])
    assert r.exit_code != 0
