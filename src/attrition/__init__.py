"""attrition: conflict intelligence from reports, every datum tied to its source sentence.

    >>> import attrition
    >>> store = attrition.open(":memory:")            # or a path; default: attrition.store.default_path()
    >>> _ = store.ingest(attrition.read_documents([attrition.demo_path()]))
    >>> store.events().columns[:3].tolist()
    ['id', 'doc_id', 'cluster_id']
"""
from __future__ import annotations

from .errors import AttritionError
from .records import Document

__version__ = "0.1.0"


def open(path_or_url=None):  # noqa: A001 - mirrors sqlite3.connect / shelve.open
    """Open a store (SQLite path, ':memory:' or SQLAlchemy URL; None = the default path)."""
    from .store import Store
    return Store.open(path_or_url)


def read_documents(paths=None, **kw):
    """Read reports from files, folders or stdin: see ``attrition.ingest.read_documents``."""
    from .ingest import read_documents as _rd
    return _rd(paths, **kw)


def demo_path():
    """The folder of the demo corpus shipped with the package."""
    from .demo import corpus_path
    return corpus_path()


def extract(doc: Document) -> list[dict]:
    """Contract records for one document with the default knowledge."""
    from .nlp import Extractor
    global _EXTRACTOR
    try:
        ex = _EXTRACTOR
    except NameError:
        ex = _EXTRACTOR = Extractor()
    return ex.extract(doc)


__all__ = ["open", "read_documents", "demo_path", "extract", "Document", "AttritionError", "__version__"]
