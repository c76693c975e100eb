"""The store: SQLAlchemy Core over SQLite (default) or PostgreSQL."""
from .store import ENV_VAR, IngestReport, Store, default_path

__all__ = ["Store", "IngestReport", "default_path", "ENV_VAR"]
