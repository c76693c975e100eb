"""Ingest: reports in, Documents out.

Files (.txt .md .html .htm .jsonl .json), folders and standard input become a stream of
:class:`~attrition.records.Document` (cleaned text, title, publication date, metadata) and, for
inputs that cannot be read, :class:`~attrition.records.ErrorRecord`::

    >>> from attrition.ingest import read_documents
    >>> from attrition.demo import corpus_path
    >>> docs = list(read_documents([corpus_path()]))
    >>> all(d.text for d in docs)
    True

Modules: ``readers`` (files, folders, stdin, JSON/JSONL), ``html`` (main text and metadata of
pages), ``furniture`` (page chrome removal for text and Markdown; rules in
``knowledge/data/furniture.yaml``), ``dates`` (publication dates from datelines and metadata).
"""
from attrition.datelines import find_published, normalize_date
from attrition.ingest.furniture import clean_text, strip_markdown
from attrition.ingest.html import document_from_html
from attrition.ingest.readers import DEFAULT_MAX_BYTES, SUFFIXES, document_from_record, document_from_text, read_documents

__all__ = [
    "read_documents", "document_from_html", "document_from_text", "document_from_record",
    "clean_text", "strip_markdown", "find_published", "normalize_date", "DEFAULT_MAX_BYTES", "SUFFIXES",
]
