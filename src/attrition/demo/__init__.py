"""The demo corpus: ten short reports on the Taliban and ISIS-K, 2015–2023.

The reports were written for this project: the wording, the wire names ("Attrition Demo Wire",
"Attrition Demo Post") and the URLs (example.org) are invented, while the events, places,
dates and casualty figures follow the public record. They come in every input format
``read_documents`` takes: ``.txt`` files (one with page furniture), a Markdown file, an HTML page
wrapped in navigation, cookie and login banners, comments and a view counter, and a JSONL feed
in ``feeds/`` with two documents. ``NOTES.rst`` describes them; readers skip ``.rst`` files in
folders, so the note is never read as a report.

>>> from attrition.ingest import read_documents
>>> docs = list(read_documents([corpus_path()]))
>>> len(docs), docs[0].published
(10, '2015-06-16')
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["corpus_path"]


def corpus_path() -> Path:
    """The folder that holds the demo reports (pass it to ``read_documents`` or ``attrition extract``)."""
    return Path(str(resources.files("attrition.demo")))
