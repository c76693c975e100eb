"""The exception tree of attrition.

    AttritionError                 root: catch this to catch everything we raise
    ├── InputError                 a document or file that cannot be read (binary, encoding, empty, too large)
    ├── KnowledgeError             a catalog, gazetteer, lexicon or calibration file that is malformed
    ├── StoreError                 the database cannot be opened, migrated or written
    ├── ModelError                 a statistical model cannot be fitted or used
    │   └── NotFittedError         a model used before ``fit``
    └── UsageError                 arguments that do not make sense together

Each message says what failed, the offending value, and what to do about it.
The library never prints or exits; the CLI maps these to exit codes in one place.
"""
from __future__ import annotations


class AttritionError(Exception):
    """Root of every error attrition raises on purpose."""


class InputError(AttritionError):
    """A document that cannot be read. ``doc_id`` names it."""

    def __init__(self, doc_id: str, reason: str):
        self.doc_id = doc_id
        self.reason = reason
        super().__init__(f"{doc_id}: {reason}")


class KnowledgeError(AttritionError):
    """A knowledge file (catalog, gazetteer, lexicon, calibration table) is malformed."""

    def __init__(self, path: str, key: str | None, problem: str):
        self.path = path
        self.key = key
        self.problem = problem
        where = f"{path}" + (f" [{key}]" if key else "")
        super().__init__(f"{where}: {problem}")


class StoreError(AttritionError):
    """The store cannot be opened or written."""


class ModelError(AttritionError):
    """A statistical model cannot be fitted or used as asked."""


class NotFittedError(ModelError, ValueError):
    """A model was used before ``fit`` was called."""

    def __init__(self, model: object):
        super().__init__(
            f"This {type(model).__name__} is not fitted yet: call fit() before using it."
        )


class UsageError(AttritionError):
    """Arguments that do not fit together."""
