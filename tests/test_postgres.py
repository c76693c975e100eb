"""The store on PostgreSQL gives what SQLite gives. Needs a server: $ATTRITION_TEST_PG or the line
ATTRITION_TEST_PG=postgresql+psycopg://... in .ci/pg.env (written by .ci/services.sh); skips otherwise."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ENV = "ATTRITION_TEST_PG"
PG_ENV_FILE = Path(__file__).resolve().parents[1] / ".ci" / "pg.env"


def _server_url() -> str | None:
    url = os.environ.get(ENV)
    if url:
        return url.strip()
    if PG_ENV_FILE.is_file():
        for line in PG_ENV_FILE.read_text().splitlines():
            key, sep, value = line.strip().partition("=")
            if sep and key.strip() == ENV and value.strip():
                return value.strip().strip('"').strip("'")
    return None


@pytest.fixture(scope="module")
def pg_url():
    """A fresh database on the test server, dropped at the end."""
    pytest.importorskip("psycopg")
    url = _server_url()
    if not url:
        pytest.skip(f"no PostgreSQL for tests: set ${ENV} or write {PG_ENV_FILE}")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    server = make_url(url)
    if server.drivername == "postgresql":
        server = server.set(drivername="postgresql+psycopg")
    name = f"attrition_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:  # noqa: BLE001 - an unreachable server is a skip, not a failure
        admin.dispose()
        pytest.skip(f"cannot create a test database on {server.render_as_string(hide_password=True)}: {e}")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": name})
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(scope="module")
def demo_docs():
    import attrition
    docs = list(attrition.read_documents([attrition.demo_path()]))
    assert len(docs) >= 8
    return docs


@pytest.fixture(scope="module")
def stores(pg_url, demo_docs, extractor, tmp_path_factory):
    from attrition.store import Store
    pg = Store.open(pg_url)
    lite = Store.open(tmp_path_factory.mktemp("pg") / "lite.db")
    rep_pg = pg.ingest(demo_docs, extractor)
    rep_lite = lite.ingest(demo_docs, extractor)
    yield pg, lite, rep_pg, rep_lite
    pg.close()
    lite.close()


def _rows(store):
    """(doc_id, acled_sub_event_type, fatalities_best) of every event, in a fixed order."""
    import pandas as pd
    def val(v):
        return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v
    rows = [(r["doc_id"], val(r["acled_sub_event_type"]),
             None if val(r["fatalities_best"]) is None else int(r["fatalities_best"]))
            for r in store.events().to_dict("records")]
    return sorted(rows, key=lambda t: (t[0], t[1] or "", -1 if t[2] is None else t[2]))


def test_postgres_store_is_postgres(stores):
    pg, _, _, _ = stores
    assert pg.engine.dialect.name == "postgresql"


def test_postgres_and_sqlite_hold_the_same_events(stores):
    pg, lite, rep_pg, rep_lite = stores
    assert rep_pg.events == rep_lite.events > 0
    assert (rep_pg.added, rep_pg.errors) == (rep_lite.added, rep_lite.errors)
    assert len(pg.events()) == len(lite.events()) == rep_lite.events
    assert _rows(pg) == _rows(lite)
    assert pg.counts() == lite.counts()


def test_postgres_filters_and_dedupe_agree_with_sqlite(stores):
    pg, lite, _, _ = stores
    for kw in ({"actor": "ISIS-K"}, {"actor": "Daesh-K"}, {"type": "Battles"}, {"since": "2021", "until": "2021-12"},
               {"country": "af"}):
        assert sorted(pg.events(**kw)["id"]) == sorted(lite.events(**kw)["id"]), kw
    assert sorted(pg.events(dedupe=True)["cluster_id"]) == sorted(lite.events(dedupe=True)["cluster_id"])
    a, b = pg.actors(), lite.actors()
    assert a[["id", "documents", "mentions", "events"]].values.tolist() == b[["id", "documents", "mentions", "events"]].values.tolist()


def test_postgres_reingest_is_idempotent(stores, demo_docs, extractor):
    pg, _, _, _ = stores
    before, rows = pg.counts(), _rows(pg)
    rep = pg.ingest(demo_docs, extractor)
    assert rep.unchanged == rep.documents - rep.errors == len([d for d in demo_docs if hasattr(d, "text")])
    assert (rep.added, rep.replaced, rep.events) == (0, 0, 0)
    assert pg.counts() == before
    assert _rows(pg) == rows
