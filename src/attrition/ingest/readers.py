"""Reading reports: files, folders and standard input to a stream of Documents.

:func:`read_documents` is the one way in. It yields a :class:`Document` per report and, for
each input that cannot be read, one :class:`ErrorRecord` with a reason a user can act on; it
never stops the run for one bad input, never raises for one, and holds at most one file in
memory at a time (JSONL files and JSONL on standard input are read line by line).

What becomes a document:

- ``.txt`` and ``.md`` files: one document, text cleaned of page furniture by
  :func:`attrition.ingest.clean_text` (Markdown markup stripped too). Its id is the path relative
  to the PATH given (for a file given directly: its name).
- ``.html``/``.htm`` files: one document from the page's main text (:mod:`attrition.ingest.html`).
- ``.jsonl`` files: one document per non-empty line ``{"id", "text", ...}``; ``.json`` files: one
  object, or a list of objects. Their ``text`` is taken **verbatim** (no furniture removal): the
  producer of a feed chose that text, and may hold character offsets into it.
- Folders are read recursively in sorted order; hidden files and folders (``.name``) and files
  with other extensions are skipped silently, so notes such as ``NOTES.rst`` stay out.
- ``-`` or no path: standard input. JSONL when every non-empty line is a JSON object (decided
  on the first ``max_bytes``; a longer stream is read on as JSONL line by line), an HTML page
  when it starts like one, otherwise one plain-text document with id ``stdin``.

Titles of text documents: the first line of the cleaned text when it looks like a headline —
at most 16 words and 150 characters, not ending in ``.``, ``,``, ``;`` or ``:``, starting with
a capital letter or a digit, and followed by more text. Otherwise the title is None.

Publication dates: HTML metadata or the JSONL ``published`` field (ISO values kept as given,
other spellings normalised to ``YYYY-MM-DD``); otherwise a dateline or "Published:" line in the
first 400 characters (:func:`attrition.ingest.find_published`).

>>> import io
>>> [d.id for d in read_documents(["-"], stdin=io.StringIO('{"id": "a", "text": "x"}\\n{"id": "b", "text": "y"}\\n'))]
['a', 'b']
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from attrition.errors import InputError
from attrition.datelines import find_published, normalize_date
from attrition.ingest.furniture import clean_text
from attrition.ingest.html import document_from_html
from attrition.records import Document, ErrorRecord

__all__ = ["read_documents", "document_from_text", "document_from_record", "DEFAULT_MAX_BYTES", "SUFFIXES"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
SUFFIXES = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}
STDIN_ID = "stdin"

_RECORD_FIELDS = ("id", "text", "title", "published", "url", "source", "language")
_SNIFF = 65_536  # how much of a file the binary test looks at
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_TITLE_END_BAD = (".", ",", ";", ":")
_READS = "attrition reads .txt, .md, .html, .htm, .jsonl and .json files"


# --- decoding -----------------------------------------------------------------------------------

def _too_large(doc_id: str, size: int, max_bytes: int, what: str = "file") -> InputError:
    return InputError(
        doc_id,
        f"{what} is too large: {size:,} bytes ({size / 1e6:.1f} MB), over the limit of {max_bytes:,} bytes; "
        f"raise the limit with read_documents(..., max_bytes=N) (CLI: --max-bytes N) or split the input",
    )


def _control_share(text: str) -> float:
    sample = text[:_SNIFF]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def decode(data: bytes, doc_id: str) -> tuple[str, str]:
    """Bytes to text and the encoding used: UTF-8 (with or without BOM), UTF-16 with a BOM,
    then cp1252 only when it decodes cleanly and reads as text. Raises InputError otherwise."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(doc_id, f"binary file (contains NUL bytes), not text; {_READS}")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        bad = f"invalid UTF-8 byte 0x{data[e.start]:02x} at offset {e.start}"
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise InputError(
                doc_id, f"cannot decode the text: not UTF-8 ({bad}) and not cp1252; "
                        f"convert it to UTF-8 first (e.g. iconv -f <encoding> -t UTF-8)") from None
        if _control_share(text) > 0.01:
            raise InputError(
                doc_id, f"cannot decode the text: not UTF-8 ({bad}), and read as cp1252 it is mostly "
                        f"not text (binary?); convert it to UTF-8 first") from None
        return text, encoding
    share = _control_share(text)
    if share > 0.02:
        raise InputError(doc_id, f"binary file: {share:.0%} of its first characters are control characters, not text; {_READS}")
    return text, encoding


# --- documents from text and records ------------------------------------------------------------

def _headline(text: str) -> str | None:
    first, sep, rest = text.partition("\n")
    if not sep or not rest.strip():
        return None
    words = first.split()
    if not words or len(words) > 16 or len(first) > 150 or first.endswith(_TITLE_END_BAD):
        return None
    if not (first[0].isupper() or first[0].isdigit()):
        return None
    return first


def document_from_text(raw: str, doc_id: str, *, markdown: bool = False, meta: dict[str, Any] | None = None) -> Document:
    """A Document from plain text or Markdown: furniture removed, headline title, dateline date.

    Raises InputError when the text is empty or nothing is left after removing furniture.

    >>> d = document_from_text("Kabul blast\\n\\nKABUL, Aug 26, 2021 - Two blasts hit the airport.", "a.txt")
    >>> d.title, d.published
    ('Kabul blast', '2021-08-26')
    """
    if not raw.strip():
        raise InputError(doc_id, "empty document: no text (only whitespace)" if raw else "empty document: no text")
    text = clean_text(raw, markdown=markdown)
    if not text:
        raise InputError(doc_id, "no article text left after removing page furniture (banners, bylines, counters); the file holds only page chrome")
    return Document(
        id=doc_id, text=text, title=_headline(text),
        published=find_published(text) or find_published(raw),
        meta=dict(meta or {}),
    )


def document_from_record(obj: Any, default_id: str, where: str) -> Document:
    """A Document from one JSON object ``{"id", "text", ...}``; ``where`` names it in errors
    ("line 3", "item 2"). The text is kept verbatim; unknown keys go to ``Document.meta``."""
    if not isinstance(obj, dict):
        raise InputError(default_id, f"{where}: expected a JSON object with \"text\", got {type(obj).__name__}")
    raw_id = obj.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else default_id
    text = obj.get("text")
    if not isinstance(text, str):
        problem = "has no \"text\" field" if text is None else f"has a \"text\" that is a {type(text).__name__}, not a string"
        raise InputError(doc_id, f"{where}: the JSON object {problem}")
    if not text.strip():
        raise InputError(doc_id, f"{where}: empty document: \"text\" is empty")
    meta = {k: v for k, v in obj.items() if k not in _RECORD_FIELDS}
    published = None
    if obj.get("published") not in (None, ""):
        published = normalize_date(obj["published"])
        if published is None:
            meta["published_raw"] = obj["published"]  # kept, but not trusted as a date
    if published is None:
        published = find_published(text)

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return str(v) if v not in (None, "") else None

    return Document(
        id=doc_id, text=text, title=opt("title"), published=published, url=opt("url"),
        source=opt("source"), language=opt("language") or "en", meta=meta,
    )


# --- files --------------------------------------------------------------------------------------

def _jsonl_lines(lines: Iterable[tuple[int, bytes | str]], file_id: str, max_bytes: int) -> Iterator[Document | ErrorRecord]:
    for number, line in lines:
        default_id = f"{file_id}:{number}"
        try:
            size = len(line)
            if size > max_bytes:
                raise _too_large(default_id, size, max_bytes, what=f"line {number}")
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    raise InputError(default_id, f"line {number}: not UTF-8 (invalid byte at offset {e.start}); JSONL must be UTF-8") from None
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise InputError(default_id, f"line {number}: not valid JSON ({e})") from None
            yield document_from_record(obj, default_id, f"line {number}")
        except InputError as e:
            yield ErrorRecord(e.doc_id, e.reason)


def _read_json(text: str, file_id: str) -> Iterator[Document | ErrorRecord]:
    try:
        data = json.loads(text)
    except ValueError as e:
        raise InputError(file_id, f"not valid JSON ({e})") from None
    if isinstance(data, dict):
        yield document_from_record(data, file_id, "the JSON object")
    elif isinstance(data, list):
        for n, item in enumerate(data, 1):
            try:
                yield document_from_record(item, f"{file_id}:{n}", f"item {n}")
            except InputError as e:
                yield ErrorRecord(e.doc_id, e.reason)
    else:
        raise InputError(file_id, f"a .json file must hold an object or a list of objects with \"text\", got {type(data).__name__}")


def _read_file(path: Path, doc_id: str, kind: str, max_bytes: int) -> Iterator[Document | ErrorRecord]:
    try:
        if kind == "jsonl":
            with path.open("rb") as f:
                yield from _jsonl_lines(enumerate(f, 1), doc_id, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(doc_id, size, max_bytes)
        data = path.read_bytes()
        if not data.strip():
            raise InputError(doc_id, "empty file: no text" if not data else "empty file: only whitespace")
        text, encoding = decode(data, doc_id)
        meta = {"path": str(path), "format": kind}
        if encoding != "utf-8":
            meta["encoding"] = encoding
        if kind == "json":
            yield from _read_json(text, doc_id)
        elif kind == "html":
            doc = document_from_html(text, doc_id)
            yield Document(id=doc.id, text=doc.text, title=doc.title, published=doc.published, url=doc.url,
                           source=doc.source, language=doc.language, meta={**meta, **doc.meta})
        else:
            yield document_from_text(text, doc_id, markdown=kind == "markdown", meta=meta)
    except InputError as e:
        yield ErrorRecord(e.doc_id, e.reason)
    except OSError as e:
        yield ErrorRecord(doc_id, f"cannot read the file: {e.strerror or e}")


def _walk(folder: Path, prefix: str = "") -> Iterator[tuple[Path, str]]:
    """Files under ``folder`` in sorted order, with their ids relative to it; hidden ones skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        log.warning("cannot list %s: %s", folder, e)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(Path(entry.path), rel + "/")
        elif entry.is_file():
            yield Path(entry.path), rel


def _read_path(arg: str | Path, max_bytes: int) -> Iterator[Document | ErrorRecord]:
    path = Path(arg)
    if path.is_dir():
        for file, rel in _walk(path):
            kind = SUFFIXES.get(file.suffix.lower())
            if kind is None:
                log.debug("skipping %s: not a report file type", file)
                continue
            yield from _read_file(file, rel, kind, max_bytes)
    elif path.exists():
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            yield ErrorRecord(path.name, f"unsupported file type {path.suffix or '(no extension)'!r}: {_READS}")
        else:
            yield from _read_file(path, path.name, kind, max_bytes)
    else:
        yield ErrorRecord(str(arg), f"no such file or directory: {arg}")


# --- standard input -----------------------------------------------------------------------------

def _json_object_line(line: bytes | str) -> bool:
    s = line.strip()
    if not s:
        return True  # blank lines do not decide
    if s[:1] not in (b"{", "{"):
        return False
    try:
        return isinstance(json.loads(s), dict)
    except ValueError:
        return False


def _read_stdin(stream: TextIO | BinaryIO, max_bytes: int) -> Iterator[Document | ErrorRecord]:
    source = getattr(stream, "buffer", stream)  # sys.stdin: read bytes, so that we decode it ourselves
    lines = iter(source)
    buffered: list[bytes | str] = []
    size = 0
    jsonl = True
    nonempty = False
    for line in lines:
        buffered.append(line)
        size += len(line) if isinstance(line, bytes) else len(line.encode("utf-8", "surrogatepass"))
        if jsonl and line.strip():
            nonempty = True
            jsonl = _json_object_line(line)
        if size > max_bytes:
            break
    else:
        lines = iter(())
    if jsonl and nonempty:
        rest = ((n, ln) for n, ln in enumerate(lines, len(buffered) + 1))
        yield from _jsonl_lines(enumerate(buffered, 1), STDIN_ID, max_bytes)
        yield from _jsonl_lines(rest, STDIN_ID, max_bytes)
        return
    try:
        if size > max_bytes:
            raise _too_large(STDIN_ID, size, max_bytes, what="standard input (at least)")
        if buffered and isinstance(buffered[0], bytes):
            data = b"".join(buffered)  # type: ignore[arg-type]
            if not data.strip():
                raise InputError(STDIN_ID, "empty standard input: no text")
            text, _ = decode(data, STDIN_ID)
        else:
            text = "".join(buffered)  # type: ignore[arg-type]
            if _control_share(text) > 0.02 or "\x00" in text:
                raise InputError(STDIN_ID, f"binary data on standard input, not text; {_READS}")
        if not text.strip():
            raise InputError(STDIN_ID, "empty standard input: no text")
        if _HTML_START.match(text[:4096]):
            yield document_from_html(text, STDIN_ID)
        else:
            yield document_from_text(text, STDIN_ID)
    except InputError as e:
        yield ErrorRecord(e.doc_id, e.reason)


# --- the entry point ----------------------------------------------------------------------------

def read_documents(
    paths: Sequence[str | Path] | None = None,
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | ErrorRecord]:
    """Documents from files, folders or standard input, one at a time, in input order.

    ``paths``: files and folders (see the module docstring for formats and ids); ``"-"``, an
    empty list or None read ``stdin`` (default ``sys.stdin``). Every input that cannot be read
    yields one ErrorRecord — missing path, unsupported extension given explicitly, binary data,
    undecodable text, empty text, more than ``max_bytes`` bytes (per file; per line for JSONL),
    a JSONL line that is not a JSON object with ``"text"`` — and reading goes on.

    >>> import io
    >>> [type(r).__name__ for r in read_documents(["-"], stdin=io.StringIO("  \\n"))]
    ['ErrorRecord']
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        paths = ["-"]
    for arg in paths:
        if str(arg) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
        else:
            yield from _read_path(arg, max_bytes)
