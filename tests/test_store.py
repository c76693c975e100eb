"""The store: idempotent ingest, replacement, errors, crash safety, filters, actor counts, dedupe.

Expected rows for the filters are computed from the extractor's own records for the same documents,
so these tests check the store (persistence, filtering, alias resolution), not the NLP rules.
"""
from __future__ import annotations

import pytest

import attrition
from attrition.records import Document, ErrorRecord
from attrition.store import Store

TEXTS = {
    "a": "IS militants killed two Taliban fighters in Nangarhar on 3 May 2019.",
    "b": "Gunmen killed 3 policemen in Peshawar on 2 May 2023.",
    "c": ("A suicide bomber killed more than 100 people at Kabul airport on 26 August 2021. "
          "Islamic State Khorasan claimed responsibility for the bombing."),
    "f": "Taliban fighters raided an ISIS-K hideout in Kabul on 3 October 2021.",
    "g": "Gunmen killed 3 policemen in Helmand on 4 June 2020.",
}
# the Kabul airport bombing of document "c" as another outlet tells it: same day, province and type
SAME_AS_C = "On 26 August 2021 a suicide bombing at Kabul airport killed at least 170 people, officials said."


def docs(*ids) -> list[Document]:
    return [Document(id=i, text=TEXTS[i]) for i in (ids or TEXTS)]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


@pytest.fixture
def filled(db, extractor):
    s = Store.open(db)
    rep = s.ingest(docs(), extractor)
    assert rep.added == len(TEXTS) and rep.errors == 0
    yield s
    s.close()


@pytest.fixture(scope="module")
def records(extractor):
    """Contract records of TEXTS by document id, as `attrition extract` gives them."""
    return {i: extractor.extract(Document(id=i, text=t)) for i, t in TEXTS.items()}


def ev_records(records):
    return [r for recs in records.values() for r in recs if r["type"] == "event"]


def sides(e) -> set[str]:
    return {x["id"] for x in (e["actor1"], e["actor2"]) if x}


# --- ingest ----------------------------------------------------------------------------------

def test_ingest_stores_what_extract_gives(filled, records):
    counts = filled.counts()
    assert counts["documents"] == len(TEXTS)
    assert counts["events"] == len(ev_records(records)) > 0
    stored = filled.events()
    assert sorted(stored["id"]) == sorted(e["id"] for e in ev_records(records))
    for e in ev_records(records):
        row = stored[stored["id"] == e["id"]].iloc[0]
        assert row["evidence_text"] == e["evidence"]["text"]
        assert filled.document_text(e["doc_id"])[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]


def test_reingest_same_documents_changes_nothing(filled, extractor):
    before = filled.counts()
    ids_before = sorted(filled.events()["id"])
    rep = filled.ingest(docs(), extractor)
    assert rep.unchanged == len(TEXTS)
    assert (rep.added, rep.replaced, rep.errors, rep.events) == (0, 0, 0, 0)
    assert filled.counts() == before
    assert sorted(filled.events()["id"]) == ids_before


def test_reingest_into_a_reopened_file_changes_nothing(db, filled, extractor):
    before = filled.counts()
    filled.close()
    again = Store.open(db)
    rep = again.ingest(docs(), extractor)
    assert rep.unchanged == len(TEXTS) and rep.added == 0
    assert again.counts() == before


def test_changed_text_replaces_that_documents_records(filled, extractor):
    other_before = filled.events()
    other_before = other_before[other_before["doc_id"] != "g"].sort_values("id").reset_index(drop=True)
    new_text = "A roadside bomb killed four soldiers in Kandahar on 9 August 2020."
    rep = filled.ingest([Document(id="g", text=new_text)], extractor)
    assert (rep.replaced, rep.added, rep.unchanged) == (1, 0, 0)
    assert filled.document_text("g") == new_text
    g = filled.events()
    g_rows = g[g["doc_id"] == "g"]
    assert len(g_rows) >= 1
    assert all(new_text[r.evidence_start:r.evidence_end] == r.evidence_text for r in g_rows.itertuples())
    assert "Helmand" not in set(g_rows["admin1"])          # nothing of the old text survives
    assert "Helmand" not in " ".join(g_rows["evidence_text"])
    assert filled.counts()["documents"] == len(TEXTS)
    after_other = g[g["doc_id"] != "g"].sort_values("id").reset_index(drop=True)
    assert after_other.drop(columns=["cluster_id"]).equals(other_before.drop(columns=["cluster_id"]))


def test_error_record_is_stored_and_nothing_else_lost(filled, extractor):
    before = filled.counts()
    rep = filled.ingest([ErrorRecord("broken.txt", "binary file"), ErrorRecord("a", "cannot read the file")], extractor)
    assert rep.errors == 2
    errs = filled.errors()
    assert set(errs["doc_id"]) == {"broken.txt", "a"}
    assert "binary file" in set(errs["error"])
    after = filled.counts()
    assert after["errors"] == before["errors"] + 2
    assert {k: v for k, v in after.items() if k != "errors"} == {k: v for k, v in before.items() if k != "errors"}
    assert filled.document_text("a") == TEXTS["a"]   # an unreadable re-delivery never wipes a stored document


def test_error_in_a_batch_does_not_stop_it(db, extractor):
    s = Store.open(db)
    rep = s.ingest([Document(id="a", text=TEXTS["a"]), ErrorRecord("x", "empty file: no text"),
                    Document(id="b", text=TEXTS["b"])], extractor)
    assert (rep.documents, rep.added, rep.errors) == (3, 2, 1)
    assert sorted(s.documents()["id"]) == ["a", "b"]
    assert list(s.errors()["doc_id"]) == ["x"]


class _Exploding:
    """An extractor whose analyse raises on the n-th document."""

    def __init__(self, inner, n):
        self.inner, self.n, self.calls = inner, n, 0

    def analyse(self, doc):
        self.calls += 1
        if self.calls == self.n:
            raise RuntimeError("boom")
        return self.inner.analyse(doc)


def test_crash_mid_batch_keeps_committed_documents(db, extractor):
    s = Store.open(db)
    with pytest.raises(RuntimeError, match="boom"):
        s.ingest(docs("a", "b", "c", "f"), _Exploding(extractor, 3))
    s.close()
    s2 = Store.open(db)  # a fresh connection sees only what was committed
    assert sorted(s2.documents()["id"]) == ["a", "b"]
    assert set(s2.events()["doc_id"]) <= {"a", "b"}
    assert len(s2.events()) == len(s2.events()[s2.events()["doc_id"].isin(["a", "b"])]) > 0
    rep = s2.ingest(docs("a", "b", "c", "f"), extractor)  # the rerun finishes the batch
    assert (rep.unchanged, rep.added) == (2, 2)


def test_crash_after_a_committed_batch_keeps_both_batches_written(db, extractor):
    s = Store.open(db)
    with pytest.raises(RuntimeError, match="boom"):
        s.ingest(docs("a", "b", "c", "f"), _Exploding(extractor, 4), batch_size=2)  # a, b committed; c written
    s.close()
    assert sorted(Store.open(db).documents()["id"]) == ["a", "b", "c"]


def test_failed_write_stores_nothing_of_its_batch_in_part(db, extractor, monkeypatch):
    s = Store.open(db)
    real = s._writer.insert

    def insert(c, table, rows):
        if table == "events" and rows[0]["doc_id"] == "c":
            raise OSError("disk full")
        real(c, table, rows)
    monkeypatch.setattr(s._writer, "insert", insert)
    with pytest.raises(OSError, match="disk full"):
        s.ingest(docs("a", "b", "f", "c"), extractor, batch_size=2)
    s.close()
    s2 = Store.open(db)  # the batch of "f" and "c" is rolled back whole: no document without its events
    assert sorted(s2.documents()["id"]) == ["a", "b"]
    assert set(s2.events()["doc_id"]) == {"a", "b"}
    assert set(s2.events()["actor1_id"].dropna()) <= set(s2.actors()["id"])
    rep = s2.ingest(docs("a", "b", "f", "c"), extractor)
    assert (rep.unchanged, rep.added) == (2, 2)


def test_batch_size_changes_nothing_stored(tmp_path, extractor):
    stores = []
    for n in (1, 3, 100):
        s = Store.open(tmp_path / f"b{n}.db")
        rep = s.ingest(docs() + docs("a"), extractor, batch_size=n)  # "a" again: unchanged, even uncommitted
        assert (rep.added, rep.unchanged) == (len(TEXTS), 1)
        stores.append(s)
    first = stores[0]
    for s in stores[1:]:
        assert s.counts() == first.counts()
        assert s.events().sort_values("id").reset_index(drop=True).equals(first.events().sort_values("id").reset_index(drop=True))


def test_batch_size_must_be_positive(db, extractor):
    with pytest.raises(attrition.errors.UsageError):
        Store.open(db).ingest(docs("a"), extractor, batch_size=0)


# --- reading ---------------------------------------------------------------------------------

@pytest.mark.parametrize("alias", ["ISKP", "Daesh-K", "iskp", "Islamic State Khorasan Province"])
def test_events_filter_by_actor_alias(filled, records, alias):
    want = sorted(e["id"] for e in ev_records(records) if "iskp" in sides(e))
    assert want, "the fixture texts must give ISIS-K events"
    assert "iskp" in filled.resolve_actor(alias)
    assert sorted(filled.events(actor=alias)["id"]) == want


def test_events_filter_by_actor_role(filled, records):
    want1 = sorted(e["id"] for e in ev_records(records) if e["actor1"] and e["actor1"]["id"] == "taliban")
    want2 = sorted(e["id"] for e in ev_records(records) if e["actor2"] and e["actor2"]["id"] == "taliban")
    assert sorted(filled.events(actor="Taliban", role="actor1")["id"]) == want1
    assert sorted(filled.events(actor="Taliban", role="actor2")["id"]) == want2


@pytest.mark.parametrize("type_", ["ASSAULT", "Battles", "battles", "Suicide bomb", "Explosions/Remote violence"])
def test_events_filter_by_type(filled, records, type_):
    want = sorted(e["id"] for e in ev_records(records)
                  if e["plover_type"] == type_.upper()
                  or (e["acled_event_type"] or "").lower() == type_.lower()
                  or (e["acled_sub_event_type"] or "").lower() == type_.lower())
    got = filled.events(type=type_)
    assert sorted(got["id"]) == want


@pytest.mark.parametrize("since, until", [("2021", None), ("2020-01-01", "2021-08-26"), (None, "2020"),
                                          ("2021-08", "2021-08"), ("2021-08-27", None)])
def test_events_filter_by_date(filled, records, since, until):
    def inside(d):
        if d is None:
            return False
        if since and d < since:
            return False
        if until and d[:len(until)] > until:
            return False
        return True
    want = sorted(e["id"] for e in ev_records(records) if inside(e["date"]))
    got = filled.events(since=since, until=until)
    assert sorted(got["id"]) == want
    assert all(inside(d) for d in got["date"])


def test_events_filter_until_a_month_includes_its_days(filled):
    got = filled.events(since="2021-08", until="2021-08")
    assert list(got["date"]) and all(d.startswith("2021-08") for d in got["date"])


@pytest.mark.parametrize("country", ["AF", "pk"])
def test_events_filter_by_country(filled, records, country):
    want = sorted(e["id"] for e in ev_records(records) if e["location"] and e["location"]["country"] == country.upper())
    assert want
    assert sorted(filled.events(country=country)["id"]) == want


def test_actors_counts_documents_mentions_events(filled, records):
    df = filled.actors().set_index("id")
    exp_docs, exp_mentions, exp_events = {}, {}, {}
    for doc_id, recs in records.items():
        for r in recs:
            if r["type"] == "actor":
                exp_docs.setdefault(r["id"], set()).add(doc_id)
                exp_mentions[r["id"]] = exp_mentions.get(r["id"], 0) + len(r["mentions"])
            elif r["type"] == "event":
                for x in (r["actor1"], r["actor2"]):
                    if x:
                        exp_events[x["id"]] = exp_events.get(x["id"], 0) + 1
    assert {"iskp", "taliban"} <= set(df.index)
    assert set(exp_docs) <= set(df.index)
    for aid in df.index:
        assert df.loc[aid, "documents"] == len(exp_docs.get(aid, ())), aid
        assert df.loc[aid, "mentions"] == exp_mentions.get(aid, 0), aid
        assert df.loc[aid, "events"] == exp_events.get(aid, 0), aid
    assert list(df["mentions"]) == sorted(df["mentions"], reverse=True)  # most mentioned first
    kinds = filled.actors(kind="armed_group")
    assert len(kinds) and set(kinds["kind"]) == {"armed_group"}


def test_dedupe_two_documents_reporting_the_same_event(db, extractor):
    s = Store.open(db)
    s.ingest([Document(id="c", text=TEXTS["c"]), Document(id="c2", text=SAME_AS_C),
              Document(id="a", text=TEXTS["a"])], extractor)
    ev = s.events()
    kabul = ev[(ev["date"] == "2021-08-26") & (ev["admin1"] == "Kabul")]
    assert set(kabul["doc_id"]) == {"c", "c2"}
    assert kabul["cluster_id"].nunique() == 1
    other = ev[ev["doc_id"] == "a"]
    assert not set(other["cluster_id"]) & set(kabul["cluster_id"])
    dd = s.events(dedupe=True)
    assert len(dd) == len(ev) - (len(kabul) - 1)
    row = dd[dd["cluster_id"] == kabul["cluster_id"].iloc[0]]
    assert len(row) == 1 and int(row["n_sources"].iloc[0]) == 2


def test_attrition_open_api(tmp_path, extractor):
    path = tmp_path / "sub" / "conflict.db"
    s = attrition.open(str(path))
    assert isinstance(s, Store)
    rep = s.ingest(attrition.read_documents([attrition.demo_path()]), extractor)
    assert path.exists()
    assert rep.added == rep.documents - rep.errors > 0
    assert len(s.events()) == rep.events > 0
    assert len(s.events(actor="ISIS-K")) > 0
    assert len(s.actors()) > 0
    s.close()
    assert attrition.open(path).counts()["documents"] == rep.added


def test_a_document_twice_in_one_batch_is_replaced_by_its_second_text(db, extractor):
    s = Store.open(db)
    second = "Gunmen killed 4 policemen in Quetta on Monday."
    rep = s.ingest([Document(id="a", text=TEXTS["a"]), Document(id="a", text=second),
                    Document(id="a", text=second)], extractor, batch_size=10)
    assert (rep.added, rep.replaced, rep.unchanged) == (1, 1, 1)
    assert list(s.documents()["id"]) == ["a"]
    ev = s.events()
    assert list(ev["fatalities_best"]) == [4] and list(ev["evidence_text"]) == [second]
    alone = Store.open(":memory:")
    alone.ingest([Document(id="a", text=second)], extractor)
    # (actors once seen stay in the store: only the document's own rows are replaced)
    assert {k: v for k, v in s.counts().items() if k != "actors"} == {k: v for k, v in alone.counts().items() if k != "actors"}


def test_an_error_then_a_readable_document_of_the_same_id_in_one_batch_clears_the_error(db, extractor):
    s = Store.open(db)
    s.ingest([ErrorRecord("a", "empty file: no text"), Document(id="a", text=TEXTS["a"]),
              ErrorRecord("b", "undecodable")], extractor, batch_size=10)
    assert list(s.errors()["doc_id"]) == ["b"]
    assert list(s.documents()["id"]) == ["a"]


_MONTH = "Kabul, 20 May 2015. In April, ISIS-K claimed a suicide bombing outside a bank in Jalalabad that killed 33 people."
_DAY = "Kabul, 19 April 2015. On 18 April 2015 a suicide bomber killed 33 people outside a bank in Jalalabad, officials said."


@pytest.mark.parametrize("order", [("m", "d"), ("d", "m")])
def test_an_event_dated_to_its_month_joins_the_same_toll_on_a_day_of_that_month(db, extractor, order):
    texts = {"m": _MONTH, "d": _DAY}
    s = Store.open(db)
    s.ingest([Document(id=k, text=texts[k]) for k in order], extractor)
    ev = s.events()
    assert sorted(ev["date_precision"]) == ["day", "month"]
    assert ev["cluster_id"].nunique() == 1
    dd = s.events(dedupe=True)
    assert len(dd) == 1 and dd["date"].iloc[0] == "2015-04-18" and int(dd["n_sources"].iloc[0]) == 2


def test_month_and_day_events_with_other_tolls_or_days_stay_apart(db, extractor):
    s = Store.open(db)
    s.ingest([Document(id="m", text=_MONTH.replace("33", "12")), Document(id="d", text=_DAY),
              Document(id="d2", text=_DAY.replace("18 April", "25 April"))], extractor)
    ev = s.events()
    assert len(ev) == 3 and ev["cluster_id"].nunique() == 3
