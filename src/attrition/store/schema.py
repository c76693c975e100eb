"""The store's tables, in SQLAlchemy Core so that SQLite and PostgreSQL share one definition."""
from __future__ import annotations

from sqlalchemy import (JSON, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text)

SCHEMA_VERSION = 1
metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

documents = Table(
    "documents", metadata,
    Column("id", String(512), primary_key=True),
    Column("sha1", String(40), nullable=False),
    Column("title", Text), Column("published", String(32)), Column("url", Text), Column("source", Text),
    Column("language", String(16)), Column("chars", Integer), Column("words", Integer), Column("sentences", Integer),
    Column("country", String(2)), Column("text", Text), Column("meta", JSON),
)

actors = Table(
    "actors", metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False), Column("kind", String(32)), Column("country", String(2)),
    Column("sector", String(16)),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(128), nullable=False),
    Column("text", Text), Column("start", Integer), Column("end", Integer),
    Index("ix_mentions_doc", "doc_id"), Index("ix_mentions_actor", "actor_id"),
)

events = Table(
    "events", metadata,
    Column("id", String(600), primary_key=True),
    Column("doc_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("cluster_id", String(600)),
    Column("date", String(10)), Column("date_precision", String(8)),
    Column("plover_type", String(16)), Column("plover_mode", String(32)),
    Column("acled_event_type", String(64)), Column("acled_sub_event_type", String(64)),
    Column("actor1_id", String(128)), Column("actor1_name", Text), Column("actor1_kind", String(32)),
    Column("actor2_id", String(128)), Column("actor2_name", Text), Column("actor2_kind", String(32)),
    Column("location", Text), Column("admin1", Text), Column("admin2", Text), Column("country", String(2)),
    Column("lat", Float), Column("lon", Float), Column("geo_precision", String(8)),
    Column("fatalities_best", Integer), Column("fatalities_low", Integer), Column("fatalities_high", Integer),
    Column("injured_best", Integer), Column("injured_low", Integer), Column("injured_high", Integer),
    Column("modality", String(16)), Column("confidence", Float),
    Column("evidence_text", Text), Column("evidence_start", Integer), Column("evidence_end", Integer),
    Column("record", JSON, nullable=False),
    Index("ix_events_doc", "doc_id"), Index("ix_events_date", "date"), Index("ix_events_actor1", "actor1_id"),
    Index("ix_events_actor2", "actor2_id"), Index("ix_events_cluster", "cluster_id"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("a_id", String(128)), Column("b_id", String(128)), Column("polarity", String(16)),
    Column("score", Float), Column("cue", Text), Column("date", String(10)),
    Column("record", JSON, nullable=False),
    Index("ix_statements_doc", "doc_id"), Index("ix_statements_pair", "a_id", "b_id"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("subject_id", String(128)), Column("subject_name", Text), Column("quantity", String(32)),
    Column("value", Float), Column("low", Float), Column("high", Float), Column("unit", String(32)),
    Column("date", String(32)), Column("period", String(64)),
    Column("record", JSON, nullable=False),
    Index("ix_claims_doc", "doc_id"), Index("ix_claims_subject", "subject_id", "quantity"),
)

errors = Table(
    "errors", metadata,
    Column("doc_id", String(512), primary_key=True),
    Column("error", Text, nullable=False),
)
