"""The command line: `extract` (the contract's input, output and exit statuses), `ingest`, `events`,
`actors`, `demo`, and user catalogs."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from attrition.cli import main

KANDAHAR = "Gunmen killed two policemen in Kandahar on 3 May 2019.\n"
NANGARHAR = "IS militants killed two Taliban fighters in Nangarhar on 3 May 2019.\n"

PAGE = """<!doctype html>
<html><head><title>Roadside bomb kills policemen in Helmand | Demo Post</title>
<meta property="article:published_time" content="2020-08-10T08:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li>
<li><a href="/war">Suicide attack kills 50 in Kabul: live updates</a></li>
<li><a href="/login">Login</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies. Accept all cookies to continue.</div>
<main><article>
<h1>Roadside bomb kills policemen in Helmand</h1>
<p>LASHKAR GAH — A roadside bomb killed three policemen in Helmand province on 9 August 2020, officials said.</p>
<p>No group has claimed responsibility so far, and the police are investigating the blast near the provincial capital.</p>
</article></main>
<aside class="related"><h3>Most read</h3><ul>
<li><a href="/x">Gunmen killed 20 people in Kandahar on 1 May 2020</a></li></ul></aside>
<footer><p>Subscribe to our newsletter. Submit your articles. &copy; 2020 Demo Post</p></footer>
</body></html>
"""

FURNITURE_WORDS = ("Kabul", "live updates", "Kandahar", "Subscribe", "cookies", "Login", "Most read")


@pytest.fixture
def fast(monkeypatch, extractor):
    """Commands build an Extractor per run (seconds); hand them the session one when no catalog is given."""
    import attrition.nlp as nlp
    real = nlp.Extractor

    def make(catalog_files=(), **kw):
        catalog_files = tuple(catalog_files)
        if not catalog_files and not kw:
            return extractor
        return real(catalog_files=catalog_files, **kw)

    monkeypatch.setattr(nlp, "Extractor", make)


def invoke(runner, args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def jsonl(result) -> list[dict]:
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    recs = [json.loads(ln) for ln in lines]
    for r in recs:
        assert isinstance(r, dict)
        assert isinstance(r.get("type"), str) and r["type"]
        assert isinstance(r.get("doc_id"), str) and r["doc_id"]
    return recs


def of(recs, type_):
    return [r for r in recs if r["type"] == type_]


def write(path: Path, content) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    return path


# --- extract: inputs -------------------------------------------------------------------------

def test_extract_txt(runner, fast, tmp_path):
    f = write(tmp_path / "report.txt", KANDAHAR)
    res = invoke(runner, ["extract", f])
    assert res.exit_code == 0
    recs = jsonl(res)
    assert recs[0]["type"] == "document" and recs[0]["doc_id"] == "report.txt"
    assert {r["doc_id"] for r in recs} == {"report.txt"}
    ev = of(recs, "event")
    assert len(ev) == 1 and ev[0]["location"]["admin1"] == "Kandahar"
    assert KANDAHAR[ev[0]["evidence"]["start"]:ev[0]["evidence"]["end"]] == ev[0]["evidence"]["text"]


def test_extract_html_ignores_page_furniture(runner, fast, tmp_path):
    f = write(tmp_path / "page.html", PAGE)
    res = invoke(runner, ["extract", f])
    assert res.exit_code == 0
    recs = jsonl(res)
    doc = of(recs, "document")[0]
    assert doc["doc_id"] == "page.html"
    assert doc["published"].startswith("2020-08-10")  # from the HTML metadata
    assert "Roadside bomb kills policemen in Helmand" in (doc["title"] or "")
    evs = of(recs, "event")
    assert evs, "the article's bombing is an event"
    assert {e["location"]["admin1"] for e in evs if e["location"]} == {"Helmand"}
    texts = [e["evidence"]["text"] for e in evs] + [m["text"] for e in evs for m in e["more_evidence"]]
    texts += [c["evidence"]["text"] for c in of(recs, "claim")]
    for t in texts:
        for w in FURNITURE_WORDS:
            assert w not in t, (w, t)


def test_extract_jsonl_file(runner, fast, tmp_path):
    lines = [{"id": "k1", "text": KANDAHAR, "published": "2019-05-04", "source": "wire", "desk": "south"},
             {"id": "n1", "text": NANGARHAR, "title": "Nangarhar"}]
    f = write(tmp_path / "feed.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    res = invoke(runner, ["extract", f])
    assert res.exit_code == 0
    recs = jsonl(res)
    docs = of(recs, "document")
    assert [d["doc_id"] for d in docs] == ["k1", "n1"]
    assert docs[0]["published"] == "2019-05-04" and docs[1]["title"] == "Nangarhar"
    assert {e["doc_id"] for e in of(recs, "event")} == {"k1", "n1"}


def test_extract_folder_recurses_with_relative_ids(runner, fast, tmp_path):
    write(tmp_path / "in" / "a.txt", KANDAHAR)
    write(tmp_path / "in" / "sub" / "b.md", "# Nangarhar\n\n" + NANGARHAR)
    write(tmp_path / "in" / "notes.rst", "Gunmen killed nine people in Kabul on 1 May 2019.\n")  # not a report type
    res = invoke(runner, ["extract", tmp_path / "in"])
    assert res.exit_code == 0
    recs = jsonl(res)
    assert sorted(d["doc_id"] for d in of(recs, "document")) == ["a.txt", "sub/b.md"]
    assert not of(recs, "error")


def test_extract_stdin_text(runner, fast):
    res = invoke(runner, ["extract", "-"], input=KANDAHAR)
    assert res.exit_code == 0
    recs = jsonl(res)
    assert len(of(recs, "document")) == 1
    assert len(of(recs, "event")) == 1
    res2 = invoke(runner, ["extract"], input=KANDAHAR)  # no PATH reads stdin too
    assert res2.exit_code == 0 and jsonl(res2) == recs


def test_extract_stdin_jsonl(runner, fast):
    feed = json.dumps({"id": "s1", "text": KANDAHAR}) + "\n" + json.dumps({"id": "s2", "text": NANGARHAR}) + "\n"
    res = invoke(runner, ["extract", "-"], input=feed)
    assert res.exit_code == 0
    recs = jsonl(res)
    assert [d["doc_id"] for d in of(recs, "document")] == ["s1", "s2"]


# --- extract: formats --------------------------------------------------------------------------

def test_extract_format_json_is_the_same_records(runner, fast, tmp_path):
    f = write(tmp_path / "report.txt", KANDAHAR)
    lines = jsonl(invoke(runner, ["extract", f]))
    res = invoke(runner, ["extract", f, "--format", "json"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert isinstance(data, list) and data == lines


def test_extract_format_table_prints_a_header(runner, fast, tmp_path):
    f = write(tmp_path / "report.txt", KANDAHAR)
    res = invoke(runner, ["extract", f, "--format", "table"])
    assert res.exit_code == 0
    out = res.stdout.splitlines()
    header = out[0].split()
    assert {"doc_id", "date", "actor1", "actor2", "fatalities", "evidence"} <= set(header)
    assert set(out[1].replace(" ", "")) == {"-"}
    assert any("report.txt" in ln and "Kandahar" in ln for ln in out[2:])


# --- extract: bad inputs -------------------------------------------------------------------------

BAD = {
    "binary": ("bad.txt", b"\x00\x01\x02\x03binary\x00data"),
    "undecodable": ("bad.txt", b"caf\x81\x8d\x8f\x90 \x9d text"),
    "empty": ("bad.txt", b""),
    "too_large": ("bad.txt", ("Gunmen killed two policemen in Kandahar. " * 200).encode()),
    "invalid_jsonl_line": ("bad.jsonl", b'{"id": "j1", "text": "' + KANDAHAR.strip().encode() + b'"}\n{not json\n'),
    "missing_path": ("does-not-exist.txt", None),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gives_one_error_and_the_run_goes_on(runner, fast, tmp_path, case):
    name, content = BAD[case]
    good = write(tmp_path / "good.txt", KANDAHAR)
    bad = tmp_path / name if content is None else write(tmp_path / name, content)
    res = invoke(runner, ["extract", bad, good, "--max-bytes", 2000])
    assert res.exit_code == 0
    recs = jsonl(res)
    errors = of(recs, "error")
    assert len(errors) == 1, errors
    assert isinstance(errors[0]["error"], str) and errors[0]["error"].strip()
    assert errors[0]["doc_id"].startswith(name if case != "missing_path" else str(bad))
    assert set(errors[0]) >= {"type", "doc_id", "error"}
    assert "good.txt" in {d["doc_id"] for d in of(recs, "document")}
    assert "good.txt" in {e["doc_id"] for e in of(recs, "event")}
    assert errors[0]["error"].split(":")[0] in res.stderr  # the reason is also told on stderr


def test_invalid_jsonl_line_keeps_the_good_lines(runner, fast, tmp_path):
    name, content = BAD["invalid_jsonl_line"]
    res = invoke(runner, ["extract", write(tmp_path / name, content)])
    assert res.exit_code == 0
    recs = jsonl(res)
    assert [d["doc_id"] for d in of(recs, "document")] == ["j1"]
    assert len(of(recs, "error")) == 1


def test_all_bad_input_exits_1(runner, fast, tmp_path):
    a = write(tmp_path / "empty.txt", b"")
    b = write(tmp_path / "bin.txt", b"\x00\x00\x01")
    res = invoke(runner, ["extract", a, b, tmp_path / "missing.txt"])
    assert res.exit_code == 1
    recs = jsonl(res)
    assert len(of(recs, "error")) == 3 and not of(recs, "document")


@pytest.mark.parametrize("args", [["extract", "--no-such-option"], ["extract", "--format", "xml"],
                                  ["no-such-command"]])
def test_usage_errors_exit_2(runner, args):
    res = runner.invoke(main, args)
    assert res.exit_code == 2


# --- store commands ------------------------------------------------------------------------------

def test_ingest_then_events_and_actors(runner, fast, tmp_path):
    db = tmp_path / "s.db"
    write(tmp_path / "in" / "k.txt", KANDAHAR)
    write(tmp_path / "in" / "n.txt", NANGARHAR)
    res = invoke(runner, ["ingest", tmp_path / "in", "--db", db])
    assert res.exit_code == 0 and db.exists()
    assert "2 added" in res.stderr

    again = invoke(runner, ["ingest", tmp_path / "in", "--db", db])
    assert again.exit_code == 0 and "2 unchanged" in again.stderr

    res = invoke(runner, ["events", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0
    def strict(const):
        raise ValueError(f"{const} is not JSON")
    rows = [json.loads(ln, parse_constant=strict) for ln in res.stdout.splitlines() if ln.strip()]
    assert {r["doc_id"] for r in rows} == {"k.txt", "n.txt"}
    assert {r["admin1"] for r in rows} == {"Kandahar", "Nangarhar"}
    # missing values are null, counts are whole numbers
    assert all(r["fatalities_best"] is None or type(r["fatalities_best"]) is int for r in rows)
    assert any(v is None for r in rows for v in r.values())

    res = invoke(runner, ["events", "--db", db, "--format", "csv", "--actor", "ISKP"])
    assert res.exit_code == 0
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["doc_id"] for r in table] == ["n.txt"]
    assert table[0]["actor1_id"] == "iskp"
    assert "nan" not in res.stdout.lower().split(",")
    assert float(table[0]["lat"]) == next(r["lat"] for r in rows if r["doc_id"] == "n.txt")  # in full, not rounded

    res = invoke(runner, ["actors", "--db", db, "--format", "json"])
    assert res.exit_code == 0
    actors = {a["id"]: a for a in json.loads(res.stdout)}
    assert {"iskp", "taliban"} <= set(actors)
    assert actors["iskp"]["documents"] == 1 and actors["iskp"]["events"] >= 1

    res = invoke(runner, ["actors", "--db", db])
    assert res.exit_code == 0 and res.stdout.split()[0] == "id"


def test_ingest_all_bad_exits_1(runner, fast, tmp_path):
    res = invoke(runner, ["ingest", write(tmp_path / "e.txt", b""), "--db", tmp_path / "s.db"])
    assert res.exit_code == 1


def test_demo_creates_the_store_and_prints_actors_and_events(runner, fast, tmp_path):
    db = tmp_path / "demo.db"
    res = invoke(runner, ["demo", "--db", db])
    assert res.exit_code == 0
    assert db.exists()
    out = res.stdout
    assert "ACTORS" in out and "EVENTS" in out
    assert "Taliban" in out and "Islamic State Khorasan Province" in out
    events = out.split("EVENTS", 1)[1]
    assert "date" in events.splitlines()[1] and "evidence" in events.splitlines()[1]
    from attrition.store import Store
    s = Store.open(db)
    assert s.counts()["documents"] >= 8 and s.counts()["events"] > 0


def test_demo_refuses_an_existing_db(runner, fast, tmp_path):
    db = write(tmp_path / "mine.db", b"precious")
    res = runner.invoke(main, ["demo", "--db", str(db)])
    assert res.exit_code == 2
    assert db.read_bytes() == b"precious"


# --- user catalogs ----------------------------------------------------------------------------

CATALOG = """actors:
  - id: zarqawi_brigade
    name: Zarqawi Brigade
    kind: armed_group
    sector: REB
    country: AF
    aliases: [Zarqawi Brigade, ZB]
"""


def test_user_catalog_alias_is_used(runner, tmp_path):
    cat = write(tmp_path / "mine.yaml", CATALOG)
    text = "ZB attacked a Taliban checkpoint in Kunar on 4 June 2020, killing five guards.\n"
    f = write(tmp_path / "zb.txt", text)
    res = invoke(runner, ["extract", f, "--catalog", cat])
    assert res.exit_code == 0
    recs = jsonl(res)
    actors = {a["id"]: a for a in of(recs, "actor")}
    assert "zarqawi_brigade" in actors
    zb = actors["zarqawi_brigade"]
    assert zb["name"] == "Zarqawi Brigade" and zb["kind"] == "armed_group"
    assert [(m["text"], text[m["start"]:m["end"]]) for m in zb["mentions"]] == [("ZB", "ZB")]
    ev = of(recs, "event")
    assert len(ev) == 1 and ev[0]["actor1"]["id"] == "zarqawi_brigade"


def test_without_the_catalog_the_alias_is_unknown(runner, fast, tmp_path):
    f = write(tmp_path / "zb.txt", "ZB attacked a Taliban checkpoint in Kunar on 4 June 2020.\n")
    recs = jsonl(invoke(runner, ["extract", f]))
    assert "zarqawi_brigade" not in {a["id"] for a in of(recs, "actor")}


def test_broken_catalog_is_a_clear_error(runner, tmp_path):
    cat = write(tmp_path / "bad.yaml", "actors:\n  - id: x\n    aliases: [X]\n")  # no name, no kind
    f = write(tmp_path / "r.txt", KANDAHAR)
    res = runner.invoke(main, ["extract", str(f), "--catalog", str(cat)])
    assert res.exit_code == 1
    assert "bad.yaml" in res.stderr and not res.stdout.strip()
