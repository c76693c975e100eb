"""The store: documents and everything extracted from them, in SQLite (default) or PostgreSQL.

    >>> import attrition
    >>> store = attrition.open(":memory:")
    >>> report = store.ingest([attrition.Document(id="a", text="Gunmen killed 3 policemen in Peshawar.")])
    >>> int(store.events()["fatalities_best"].iloc[0])
    3

Guarantees: a document is stored with all its records or not at all; documents are committed in
batches (``ingest(batch_size=...)``), and an error in a batch (the extractor raising, say) first
commits every document written before it, so it loses nothing (a process killed outright loses at
most the open batch, which a rerun adds); re-ingesting an unchanged document changes nothing (its
SHA-1 is stored); a changed document replaces its old records; a document that cannot be read is
recorded in ``errors`` and never touches what is already stored.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from sqlalchemy import JSON, and_, bindparam, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.engine import Engine

from ..errors import StoreError, UsageError
from ..records import Document, ErrorRecord
from . import schema as S

ENV_VAR = "ATTRITION_DB"


def default_path() -> str:
    """Where the store lives unless told otherwise: $ATTRITION_DB, else ~/.local/share/attrition/attrition.db
    (respecting $XDG_DATA_HOME)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return str(base / "attrition" / "attrition.db")


def _url(path_or_url: str | os.PathLike | None) -> str:
    p = str(path_or_url) if path_or_url is not None else default_path()
    if "://" in p:
        return p
    if p == ":memory:":
        return "sqlite://"
    Path(p).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(p).expanduser()}"


@dataclass
class IngestReport:
    documents: int = 0      # documents read
    added: int = 0          # new documents stored
    replaced: int = 0       # changed documents whose records were replaced
    unchanged: int = 0      # already stored with the same text: nothing done
    errors: int = 0
    events: int = 0
    words: int = 0


def _words(text: str) -> int:
    return len(text.split())


# The ingest's statements, built once: SQLAlchemy memoises a statement object's cache key, so
# executing the same object with fresh parameters skips building and keying it per document
# (which cost more than the SQL itself).
_ev = S.events.c
_SELECT_SHA1 = select(S.documents.c.sha1).where(S.documents.c.id == bindparam("doc_id"))
_DELETE = {t.name: delete(t).where((t.c.id if t is S.documents else t.c.doc_id) == bindparam("d_id"))
           for t in (S.documents, S.mentions, S.events, S.statements, S.claims, S.errors)}
_INSERT = {t.name: insert(t) for t in (S.documents, S.actors, S.mentions, S.events, S.statements, S.claims, S.errors)}
_SELECT_ACTORS = select(S.actors.c.id).where(S.actors.c.id.in_(bindparam("ids", expanding=True)))


def _cluster_query(admin1_known: bool, month: bool):
    """Events of other documents that may tell the same event: the same day (``month``: a date in the same month,
    any precision down to the day), country, province and ACLED type. A match across precisions must also give
    the same toll (``e_fat``)."""
    when = _ev.date.like(bindparam("e_month")) if month else and_(_ev.date == bindparam("e_date"),
                                                                        _ev.date_precision == "day")
    where = [_ev.doc_id != bindparam("e_doc_id"), when, _ev.country == bindparam("e_country"),
             _ev.admin1 == bindparam("e_admin1") if admin1_known else _ev.admin1.is_(None),
             _ev.acled_event_type == bindparam("e_type"), _ev.modality != "negated"]
    if month:
        where.append(_ev.fatalities_best == bindparam("e_fat"))
    return select(_ev.cluster_id, _ev.actor1_id, _ev.date_precision, S.actors.c.sector).select_from(
        S.events.outerjoin(S.actors, S.actors.c.id == _ev.actor1_id)).where(and_(*where)).order_by(
        _ev.date_precision != "day").limit(20)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_CLUSTER = {(a, m): _cluster_query(a, m) for a in (True, False) for m in (True, False)}
_SET_CLUSTER = S.events.update().where(_ev.id == bindparam("e_id")).values(cluster_id=bindparam("e_cluster"))


# A batch is written before it is full when its texts reach this many characters (documents may be large)
_BATCH_CHARS = 20_000_000


class _Extracted(NamedTuple):
    """A document extracted and not written yet."""
    doc: Document
    sha1: str           # of its text
    old: str | None     # the SHA-1 of the text stored under its id (None: new)
    analysis: Any       # the extractor's Analysis
    words: int


class _Batch:
    """Documents extracted and not written yet, in order, with their texts' SHA-1 by id."""

    def __init__(self):
        self.docs: list[_Extracted] = []
        self.sha1: dict[str, str] = {}
        self.chars = 0

    def add(self, doc: Document, sha: str, old: str | None, analysis, words: int) -> None:
        self.docs.append(_Extracted(doc, sha, old, analysis, words))
        self.sha1[doc.id] = sha
        self.chars += len(doc.text)

    def clear(self) -> None:
        self.docs, self.sha1, self.chars = [], {}, 0


class _CoreWriter:
    """The ingest's per-document reads and writes, as Core statements (any database)."""

    def sha1(self, c, doc_id: str) -> str | None:
        """The stored text's SHA-1 (None: not stored), read in the ingest's open transaction."""
        return c.execute(_SELECT_SHA1, {"doc_id": doc_id}).scalar()

    def delete(self, c, table: str, doc_id: str) -> None:
        """Delete a document's rows from ``table`` (its own row from ``documents``)."""
        c.execute(_DELETE[table], {"d_id": doc_id})

    def delete_many(self, c, table: str, doc_ids: list[str]) -> None:
        """``delete`` for several documents, in one statement."""
        c.execute(_DELETE[table], [{"d_id": i} for i in doc_ids])

    def insert(self, c, table: str, rows: list[dict]) -> None:
        c.execute(_INSERT[table], rows)


class _SQLiteWriter(_CoreWriter):
    """The same statements as SQL text on the sqlite3 connection, inside SQLAlchemy's transaction.

    For rows this small SQLAlchemy's work per statement costs several times SQLite's, and a
    transaction per document means several statements per document. The values are those the
    Core statements bind: JSON columns through ``json.dumps`` (None too: JSON null), the others
    as they are.
    """

    def __init__(self, dialect):
        self._quote = dialect.identifier_preparer.quote
        self._sql: dict[tuple[str, tuple[str, ...]], tuple[str, list[str]]] = {}

    def sha1(self, c, doc_id: str) -> str | None:
        row = c.connection.driver_connection.execute("SELECT sha1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def delete(self, c, table: str, doc_id: str) -> None:
        key = "id" if table == "documents" else "doc_id"
        c.connection.driver_connection.execute(f"DELETE FROM {self._quote(table)} WHERE {key} = ?", (doc_id,))

    def delete_many(self, c, table: str, doc_ids: list[str]) -> None:
        key = "id" if table == "documents" else "doc_id"
        c.connection.driver_connection.executemany(f"DELETE FROM {self._quote(table)} WHERE {key} = ?",
                                                   [(i,) for i in doc_ids])

    def insert(self, c, table: str, rows: list[dict]) -> None:
        keys = tuple(rows[0])
        sql, json_cols = self._sql.get((table, keys)) or self._prepare(table, keys)
        if json_cols:
            rows = [{**r, **{k: json.dumps(r[k]) for k in json_cols}} for r in rows]
        c.connection.driver_connection.executemany(sql, rows)

    def _prepare(self, table: str, keys: tuple[str, ...]) -> tuple[str, list[str]]:
        cols = S.metadata.tables[table].c
        sql = (f"INSERT INTO {self._quote(table)} ({', '.join(self._quote(k) for k in keys)}) "
               f"VALUES ({', '.join(':' + k for k in keys)})")
        json_cols = [k for k in keys if isinstance(cols[k].type, JSON)]
        self._sql[(table, keys)] = sql, json_cols
        return sql, json_cols


class Store:
    """Documents, actors, mentions, events, relation statements and claims."""

    def __init__(self, engine: Engine):
        self.engine = engine
        # ids of actors known to be stored (committed). Actors are never deleted, so a known id
        # needs no lookup; most documents name only actors seen before.
        self._stored_actors: set[str] = set()
        self._writer = _SQLiteWriter(engine.dialect) if engine.dialect.name == "sqlite" else _CoreWriter()
        try:
            S.metadata.create_all(engine)
        except Exception as e:  # noqa: BLE001 - SQLAlchemy raises many kinds
            raise StoreError(f"cannot create or open the store at {engine.url!r}: {e}") from e

    @classmethod
    def open(cls, path_or_url: str | os.PathLike | None = None) -> "Store":
        """Open (creating if needed) a store: a SQLite file path, ':memory:', or a SQLAlchemy URL
        such as postgresql+psycopg://user@host/db. None means ``default_path()``."""
        url = _url(path_or_url)
        try:
            if url.startswith("sqlite"):
                from sqlalchemy.pool import StaticPool
                kw: dict[str, Any] = {"poolclass": StaticPool} if url == "sqlite://" else {}
                engine = create_engine(url, connect_args={"check_same_thread": False}, **kw)

                @event.listens_for(engine, "connect")
                def _pragmas(conn, _):  # WAL: readers never block the ingest; NORMAL sync is safe with WAL
                    cur = conn.cursor()
                    cur.execute("PRAGMA journal_mode=WAL")
                    cur.execute("PRAGMA synchronous=NORMAL")
                    cur.close()
            else:
                engine = create_engine(url)
        except Exception as e:  # noqa: BLE001
            raise StoreError(f"cannot open the store {url!r}: {e}. Check the path or URL (--db / ${ENV_VAR}).") from e
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------------------
    def ingest(self, docs: Iterable[Document | ErrorRecord], extractor=None, *,
               on_document: Callable[[Document | ErrorRecord, IngestReport], None] | None = None,
               batch_size: int = 100) -> IngestReport:
        """Extract and store documents, committing ``batch_size`` documents per transaction.

        Each document is written whole, after its extraction: when the extractor (or the reading
        of ``docs``, or ``on_document``) raises, every document extracted before is written and
        committed, and then the error goes on; when a write itself fails, the open transaction is
        rolled back, so no document is ever stored in part. ``on_document(d, report)`` is called
        after each document is read and extracted, possibly before it is written: it must not use
        the store.

        The documents of a batch are extracted first and written together (a statement per table
        for the batch, where a document at a time took one per table for each), as they would be
        one by one: the rows, their order and the cross-document clusters are the same.
        """
        if batch_size < 1:
            raise UsageError(f"batch_size must be at least 1, not {batch_size}")
        if extractor is None:
            from ..nlp import Extractor
            extractor = Extractor()
        rep = IngestReport()
        pending: set[str] = set()  # actors inserted in the open transaction
        batch = _Batch()  # documents extracted and not written yet
        with self.engine.connect() as c:
            tx = None
            try:
                for d in docs:
                    rep.documents += 1
                    if tx is None:
                        tx = c.begin()
                    if isinstance(d, ErrorRecord):
                        self._flush(c, tx, batch, pending)  # (in order: a document of the same id may come before)
                        self._write_guarded(tx, lambda: self._store_error(c, d))
                        rep.errors += 1
                    else:
                        self._extract_one(c, tx, d, extractor, rep, batch, pending)
                    if rep.documents % batch_size == 0 or batch.chars > _BATCH_CHARS:
                        self._flush(c, tx, batch, pending)
                    if rep.documents % batch_size == 0:
                        tx = self._commit(tx, pending)
                    if on_document is not None:
                        on_document(d, rep)
            finally:
                # between documents (the extractor or the caller raised, or all went well): what is
                # extracted is written whole, and kept; after a failed write the transaction is rolled back already
                if tx is not None and tx.is_active:
                    self._flush(c, tx, batch, pending)
                    self._commit(tx, pending)
        return rep

    def _commit(self, tx, pending: set[str]) -> None:
        tx.commit()
        self._stored_actors.update(pending)  # committed now
        pending.clear()

    @staticmethod
    def _write_guarded(tx, write: Callable[[], Any]) -> Any:
        """Run writes; on failure roll the open transaction back (nothing half written)."""
        try:
            return write()
        except BaseException:
            tx.rollback()
            raise

    def _store_error(self, c, e: ErrorRecord) -> None:
        self._writer.delete(c, "errors", e.doc_id)
        self._writer.insert(c, "errors", [{"doc_id": e.doc_id, "error": e.error}])

    def _extract_one(self, c, tx, doc: Document, extractor, rep: IngestReport, batch: "_Batch",
                     pending: set[str]) -> None:
        sha = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
        if doc.id in batch.sha1:  # the same id earlier in this batch: compared with that text, once written
            if batch.sha1[doc.id] == sha:
                rep.unchanged += 1
                return
            self._flush(c, tx, batch, pending)
        old = self._writer.sha1(c, doc.id)
        if old == sha:
            rep.unchanged += 1
            return
        a = extractor.analyse(doc)  # before any write: an extraction error leaves this document untouched
        words = _words(doc.text)
        batch.add(doc, sha, old, a, words)
        if old is None:
            rep.added += 1
        else:
            rep.replaced += 1
        rep.events += len(a.events)
        rep.words += words

    def _flush(self, c, tx, batch: "_Batch", pending: set[str]) -> None:
        """Write the batch's documents (all or, rolling the transaction back, none)."""
        if batch.docs:
            self._write_guarded(tx, lambda: self._write(c, batch.docs, pending))
            batch.clear()

    def _write(self, c, items: list[_Extracted], pending: set[str]) -> None:
        """Documents' rows, replacing those of their old texts. A table
        takes the rows of all documents in one statement, in the documents' order; events go in a document at a
        time, each document's then joining the clusters of those before it."""
        w = self._writer
        for doc, _, old, _, _ in items:
            if old is not None:
                for t in ("mentions", "events", "statements", "claims", "documents"):
                    w.delete(c, t, doc.id)
        w.delete_many(c, "errors", [doc.id for doc, _, _, _, _ in items])
        w.insert(c, "documents", [{
            "id": doc.id, "sha1": sha, "title": doc.title, "published": doc.published, "url": doc.url,
            "source": doc.source, "language": doc.language, "chars": len(doc.text), "words": words,
            "sentences": a.n_sentences, "country": a.country, "text": doc.text, "meta": doc.meta or None}
            for doc, sha, _, a, words in items])
        refs: dict = {}
        for _, _, _, a, _ in items:
            for x in a.actors:
                refs.setdefault(x.ref.id, x.ref)
            for e in a.events:
                for r in (e.actor1, e.actor2):
                    if r is not None:
                        refs.setdefault(r.id, r)
        self._upsert_actors(c, refs.values(), pending)
        ms = [{"doc_id": doc.id, "actor_id": x.ref.id, "text": m.text, "start": m.start, "end": m.end}
              for doc, _, _, a, _ in items for x in a.actors for m in x.mentions]
        if ms:
            w.insert(c, "mentions", ms)
        st = [{"doc_id": doc.id, "a_id": s.a.id, "b_id": s.b.id, "polarity": s.polarity, "score": s.score,
               "cue": s.cue, "date": s.date, "record": s.to_dict()} for doc, _, _, a, _ in items for s in a.statements]
        if st:
            w.insert(c, "statements", st)
        cl = [{"doc_id": doc.id, "subject_id": x.subject.id if x.subject else None,
               "subject_name": x.subject.name if x.subject else x.subject_name, "quantity": x.quantity,
               "value": x.value, "low": x.low, "high": x.high, "unit": x.unit, "date": x.date,
               "period": x.period, "record": x.to_dict()} for doc, _, _, a, _ in items for x in a.claims]
        if cl:
            w.insert(c, "claims", cl)
        for _, _, _, a, _ in items:
            if a.events:
                w.insert(c, "events", [self._event_row(e) for e in a.events])
                self._cluster(c, a.events)

    def _upsert_actors(self, c, refs, pending: set[str]) -> None:
        """Insert the actors not stored yet, adding their ids to ``pending`` (stored once the
        transaction commits)."""
        refs = [r for r in refs if r.id not in self._stored_actors and r.id not in pending]
        if not refs:
            return
        have = set(c.execute(_SELECT_ACTORS, {"ids": [r.id for r in refs]}).scalars())
        new = [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "sector": r.sector}
               for r in refs if r.id not in have]
        if new:
            self._writer.insert(c, "actors", new)
        pending.update(r.id for r in refs)

    @staticmethod
    def _event_row(e) -> dict:
        loc, f, i = e.location, e.fatalities, e.injured
        return {
            "id": e.id, "doc_id": e.doc_id, "cluster_id": e.id, "date": e.date, "date_precision": e.date_precision,
            "plover_type": e.plover_type, "plover_mode": e.plover_mode, "acled_event_type": e.acled_event_type,
            "acled_sub_event_type": e.acled_sub_event_type,
            "actor1_id": e.actor1.id if e.actor1 else None, "actor1_name": e.actor1.name if e.actor1 else None,
            "actor1_kind": e.actor1.kind if e.actor1 else None,
            "actor2_id": e.actor2.id if e.actor2 else None, "actor2_name": e.actor2.name if e.actor2 else None,
            "actor2_kind": e.actor2.kind if e.actor2 else None,
            "location": loc.name if loc else None, "admin1": loc.admin1 if loc else None,
            "admin2": loc.admin2 if loc else None, "country": loc.country if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "geo_precision": loc.precision if loc else None,
            "fatalities_best": f.best if f else None, "fatalities_low": f.low if f else None,
            "fatalities_high": f.high if f else None,
            "injured_best": i.best if i else None, "injured_low": i.low if i else None, "injured_high": i.high if i else None,
            "modality": e.modality, "confidence": e.confidence,
            "evidence_text": e.evidence.text, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
            "record": e.to_dict(),
        }

    def _cluster(self, c, evs) -> None:
        """Cross-document merging: an event reported by another document joins that event's cluster when they
        share the day, province, ACLED type and a compatible perpetrator (the same, or one unknown or unidentified). An event dated to its month only ("In
        April it claimed a suicide bombing in Jalalabad that killed 33") joins one of that month, of either
        precision, and a day's event one dated to its month, when they give the same toll as well."""
        for e in evs:
            if e.date is None or e.location is None or e.acled_event_type is None or e.modality == "negated" or \
                    e.date_precision not in ("day", "month"):
                continue
            params = {"e_doc_id": e.doc_id, "e_date": e.date, "e_month": e.date[:7] + "%", "e_country": e.location.country,
                      "e_type": e.acled_event_type, "e_fat": e.fatalities.best if e.fatalities else None}
            if e.location.admin1:
                params["e_admin1"] = e.location.admin1
            for month in ([False] if e.date_precision == "day" else []) + ([True] if e.fatalities else []):
                if self._join_cluster(c, e, params, month):
                    break

    @staticmethod
    def _join_cluster(c, e, params: dict, month: bool) -> bool:
        for cluster_id, a1, precision, sector in c.execute(_CLUSTER[bool(e.location.admin1), month], params):
            if month and "day" == e.date_precision == precision:
                continue  # (two days of one month are two events)
            # the perpetrator: the same, or not known on one side ("a suicide bomber" and "ISIS-K claimed ...")
            if e.actor1 is None or a1 is None or a1 == e.actor1.id or "UAF" in (sector, e.actor1.sector):
                c.execute(_SET_CLUSTER, {"e_id": e.id, "e_cluster": cluster_id})
                return True
        return False

    # -- reading ------------------------------------------------------------------------------
    def resolve_actor(self, name: str) -> list[str]:
        """Actor ids a user's word may mean: an id, a canonical name or any catalog alias."""
        from ..knowledge.catalog import Catalog
        cat = Catalog.default()
        ids = set()
        if name in cat:
            ids.add(name)
        low = name.lower()
        for al in cat.aliases():
            if al.text.lower() == low:
                ids.add(al.actor_id)
        with self.engine.connect() as c:
            ids.update(c.execute(select(S.actors.c.id).where(or_(
                func.lower(S.actors.c.name) == low, func.lower(S.actors.c.id) == low))).scalars())
        return sorted(ids) or [name]

    def _event_query(self, actor=None, type=None, since=None, until=None, country=None, role="any",
                     min_confidence=None, modality=None):
        t = S.events.c
        q = select(S.events)
        if actor:
            ids = self.resolve_actor(actor)
            if role == "actor1":
                q = q.where(t.actor1_id.in_(ids))
            elif role == "actor2":
                q = q.where(t.actor2_id.in_(ids))
            else:
                q = q.where(or_(t.actor1_id.in_(ids), t.actor2_id.in_(ids)))
        if type:
            up = type.upper()
            q = q.where(or_(t.plover_type == up, func.lower(t.acled_event_type) == type.lower(),
                            func.lower(t.acled_sub_event_type) == type.lower()))
        if since:
            q = q.where(t.date >= since)
        if until:
            q = q.where(t.date <= until + "\uffff" if len(until) < 10 else t.date <= until)
        if country:
            q = q.where(t.country == country.upper())
        if min_confidence is not None:
            q = q.where(t.confidence >= min_confidence)
        if modality:
            q = q.where(t.modality.in_(modality if isinstance(modality, (list, tuple)) else [modality]))
        return q.order_by(t.date, t.id)

    def iter_events(self, **filters) -> Iterator[dict]:
        with self.engine.connect() as c:
            for row in c.execute(self._event_query(**filters)).mappings():
                yield dict(row)

    def events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, country: str | None = None, role: str = "any",
               min_confidence: float | None = None, modality=None, dedupe: bool = False):
        """Events as a pandas DataFrame, filtered. ``dedupe`` keeps one row per cross-document cluster."""
        import pandas as pd
        rows = list(self.iter_events(actor=actor, type=type, since=since, until=until, country=country, role=role,
                                     min_confidence=min_confidence, modality=modality))
        df = pd.DataFrame(rows, columns=[c.name for c in S.events.columns])
        if dedupe and len(df):
            df["n_sources"] = df.groupby("cluster_id")["doc_id"].transform("nunique")
            # the cluster's row: the most precise date, then the most confident
            rank = df["date_precision"].map(_PRECISION_RANK).fillna(len(_PRECISION_RANK))
            df = df.assign(_rank=rank).sort_values(["_rank", "confidence"], ascending=[True, False]) \
                .drop_duplicates("cluster_id").drop(columns="_rank").sort_values(["date", "id"])
        return df.drop(columns=["record"]).reset_index(drop=True)

    def event_records(self, **filters) -> list[dict]:
        return [r["record"] for r in self.iter_events(**filters)]

    def actors(self, kind: str | None = None, country: str | None = None):
        """Actors seen in the store with how many documents mention them and how many events they take part in."""
        import pandas as pd
        a, m, e = S.actors.c, S.mentions.c, S.events.c
        with self.engine.connect() as c:
            q = select(S.actors)
            if kind:
                q = q.where(a.kind == kind)
            if country:
                q = q.where(a.country == country.upper())
            rows = [dict(r) for r in c.execute(q.order_by(a.id)).mappings()]
            docs = dict(c.execute(select(m.actor_id, func.count(func.distinct(m.doc_id))).group_by(m.actor_id)).all())
            mcount = dict(c.execute(select(m.actor_id, func.count()).group_by(m.actor_id)).all())
            ev1 = dict(c.execute(select(e.actor1_id, func.count()).group_by(e.actor1_id)).all())
            ev2 = dict(c.execute(select(e.actor2_id, func.count()).group_by(e.actor2_id)).all())
        for r in rows:
            r["documents"] = docs.get(r["id"], 0)
            r["mentions"] = mcount.get(r["id"], 0)
            r["events"] = ev1.get(r["id"], 0) + ev2.get(r["id"], 0)
        df = pd.DataFrame(rows, columns=["id", "name", "kind", "country", "sector", "documents", "mentions", "events"])
        return df.sort_values(["mentions", "id"], ascending=[False, True]).reset_index(drop=True)

    def documents(self):
        import pandas as pd
        cols = [c for c in S.documents.columns if c.name not in ("text", "meta")]
        with self.engine.connect() as c:
            rows = [dict(r) for r in c.execute(select(*cols).order_by(S.documents.c.id)).mappings()]
        return pd.DataFrame(rows, columns=[c.name for c in cols])

    def document_text(self, doc_id: str) -> str | None:
        with self.engine.connect() as c:
            return c.execute(select(S.documents.c.text).where(S.documents.c.id == doc_id)).scalar()

    def errors(self):
        import pandas as pd
        with self.engine.connect() as c:
            rows = [dict(r) for r in c.execute(select(S.errors)).mappings()]
        return pd.DataFrame(rows, columns=["doc_id", "error"])

    def statement_records(self) -> list[dict]:
        with self.engine.connect() as c:
            return [dict(r, doc_id=d) for d, r in c.execute(select(S.statements.c.doc_id, S.statements.c.record))]

    def claim_records(self) -> list[dict]:
        with self.engine.connect() as c:
            return [r for (r,) in c.execute(select(S.claims.c.record).order_by(S.claims.c.id))]

    def relations(self, a: str | None = None, b: str | None = None):
        """Corpus-level relations between actors as a DataFrame (one row per pair)."""
        import pandas as pd
        from ..analysis.relations import aggregate
        rels = aggregate(self.statement_records(), self.event_records())
        ida = set(self.resolve_actor(a)) if a else None
        idb = set(self.resolve_actor(b)) if b else None
        rows = []
        for r in rels:
            pair = {r.a.id, r.b.id}
            if ida and not (pair & ida):
                continue
            if idb and not (pair & idb):
                continue
            if ida and idb and not ((r.a.id in ida and r.b.id in idb) or (r.b.id in ida and r.a.id in idb)):
                continue
            d = r.to_dict()
            rows.append({"a_id": r.a.id, "a": r.a.name, "b_id": r.b.id, "b": r.b.name, "polarity": r.polarity,
                         "score": r.score, "n_evidence": len(r.evidence), "first_seen": r.first_seen,
                         "last_seen": r.last_seen, "evidence": d["evidence"], "periods": d["periods"]})
        cols = ["a_id", "a", "b_id", "b", "polarity", "score", "n_evidence", "first_seen", "last_seen", "evidence", "periods"]
        return pd.DataFrame(rows, columns=cols)

    def claims(self, subject: str | None = None, quantity: str | None = None):
        """Quantitative claims as a DataFrame; ``ledger()`` groups them across sources."""
        import pandas as pd
        recs = self.claim_records()
        if subject:
            ids = set(self.resolve_actor(subject))
            low = subject.lower()
            recs = [r for r in recs if r["subject"].get("id") in ids or low in (r["subject"].get("name") or "").lower()]
        if quantity:
            recs = [r for r in recs if r["quantity"] == quantity]
        rows = [{"doc_id": r["doc_id"], "subject": r["subject"].get("name"), "subject_id": r["subject"].get("id"),
                 "quantity": r["quantity"], "value": r["value"], "low": r["low"], "high": r["high"],
                 "qualifier": r["qualifier"], "unit": r["unit"], "date": r["date"], "period": r["period"],
                 "evidence": r["evidence"]["text"]} for r in recs]
        return pd.DataFrame(rows, columns=["doc_id", "subject", "subject_id", "quantity", "value", "low", "high",
                                           "qualifier", "unit", "date", "period", "evidence"])

    def ledger(self, subject: str | None = None, quantity: str | None = None) -> list[dict]:
        from ..analysis.claims import ledger
        df_ids = None
        recs = self.claim_records()
        if subject:
            df_ids = set(self.resolve_actor(subject))
            recs = [r for r in recs if r["subject"].get("id") in df_ids or subject.lower() in (r["subject"].get("name") or "").lower()]
        if quantity:
            recs = [r for r in recs if r["quantity"] == quantity]
        return ledger(recs)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as c:
            return {t.name: c.execute(select(func.count()).select_from(t)).scalar() or 0
                    for t in (S.documents, S.actors, S.mentions, S.events, S.statements, S.claims, S.errors)}
