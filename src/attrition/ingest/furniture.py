"""Page furniture removal for plain text and Markdown: keep the article, drop the chrome.

A report pasted or scraped as text keeps its page around it: login and subscription banners,
author boxes, view counters, disclaimers, share buttons, tag lines. :func:`clean_text` drops
those lines by the rules in ``knowledge/data/furniture.yaml`` and keeps everything else. The
rules are conservative: a line that reads as a sentence is only dropped by a phrase that no
article sentence uses ("The views and opinions expressed ... are the author's own").

>>> clean_text("Subscription banner youtube\\nThe Taliban said.\\n(Visited 655 times, 1 visits today)")
'The Taliban said.'
>>> clean_text("# Attack in *Kabul*\\nSee [the report](http://x.org/r).", markdown=True)
'Attack in Kabul\\nSee the report.'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from attrition.errors import KnowledgeError

__all__ = ["clean_text", "strip_markdown", "Furniture", "load_furniture"]

_DATA = "furniture.yaml"
_SPACES = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]*| [ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_YEARISH = re.compile(r"^(\d{4}|[-–—|/•·:,&+]+)$")


@dataclass(frozen=True)
class Furniture:
    """The compiled furniture rules (see ``furniture.yaml`` for what each kind means)."""

    exact: frozenset[str]
    short: re.Pattern[str]
    anywhere: re.Pattern[str]
    anywhere_cues: tuple[str, ...]
    box: re.Pattern[str]
    tag_words: frozenset[str]
    short_max_words: int
    box_max_chars: int


def _compile(path: str, key: str, patterns: object) -> re.Pattern[str]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise KnowledgeError(path, key, "must be a list of regular expressions (strings)")
    for p in patterns:
        try:
            re.compile(p)
        except re.error as e:
            raise KnowledgeError(path, key, f"bad regular expression {p!r}: {e}") from None
    if not patterns:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def load_furniture() -> Furniture:
    """Load and validate the packaged furniture rules (cached)."""
    path = f"attrition/knowledge/data/{_DATA}"
    try:
        raw = yaml.safe_load(resources.files("attrition.knowledge").joinpath("data", _DATA).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise KnowledgeError(path, None, f"cannot read the furniture rules: {e}") from None
    if not isinstance(raw, dict):
        raise KnowledgeError(path, None, "must be a mapping of rule kinds")

    def words(key: str) -> frozenset[str]:
        v = raw.get(key, [])
        if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
            raise KnowledgeError(path, key, "must be a list of strings")
        return frozenset(s.strip().lower() for s in v)

    def number(key: str, default: int) -> int:
        v = raw.get(key, default)
        if not isinstance(v, int) or v <= 0:
            raise KnowledgeError(path, key, f"must be a positive integer, got {v!r}")
        return v

    anywhere = raw.get("anywhere", [])
    if not isinstance(anywhere, list) or not all(
            isinstance(r, dict) and isinstance(r.get("cue"), str) and r["cue"] and isinstance(r.get("regex"), str) for r in anywhere):
        raise KnowledgeError(path, "anywhere", "must be a list of {cue: literal, regex: pattern} entries")
    for r in anywhere:
        if r["cue"] != r["cue"].lower():
            raise KnowledgeError(path, "anywhere", f"cue {r['cue']!r} must be lower case")

    tag_words: set[str] = set()
    for phrase in words("tag_words"):
        tag_words.update(phrase.split())
    return Furniture(
        exact=words("exact"),
        short=_compile(path, "short", raw.get("short", [])),
        anywhere=_compile(path, "anywhere", [r["regex"] for r in anywhere]),
        anywhere_cues=tuple(sorted({r["cue"] for r in anywhere})),
        box=_compile(path, "box", raw.get("box", [])),
        tag_words=frozenset(tag_words),
        short_max_words=number("short_max_words", 12),
        box_max_chars=number("box_max_chars", 600),
    )


# --- Markdown -----------------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MD_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_MD_REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$")
_MD_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,3}[.)]\s+)?")
_MD_HEADING_TAIL = re.compile(r"\s+#+\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_MD_HTML = re.compile(r"</?[A-Za-z][^>\n]*>")


def strip_markdown(text: str) -> str:
    """Markdown to plain text: markup goes, the words stay (links become their text).

    >>> strip_markdown("## Toll\\n- **13** US service members\\n> quoted [here](u)")
    'Toll\\n13 US service members\\nquoted here'
    """
    out: list[str] = []
    for line in text.split("\n"):
        if _MD_FENCE.match(line) or _MD_RULE.match(line) or _MD_REFDEF.match(line):
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            continue  # the underline of a "Title\n=====" heading
        heading = line.lstrip().startswith("#")
        line = _MD_PREFIX.sub("", line, count=1)
        if heading:
            line = _MD_HEADING_TAIL.sub("", line)
        if "[" in line:
            line = _MD_IMAGE.sub(r"\1", line)
            line = _MD_LINK.sub(r"\1", line)
        if "<" in line:
            line = _MD_AUTOLINK.sub(r"\1", line)
            line = _MD_HTML.sub("", line)
        if "`" in line:
            line = _MD_CODE.sub(r"\1", line)
        if "*" in line or "_" in line:
            line = _MD_EMPHASIS.sub(r"\2", line)
        out.append(line)
    return "\n".join(out)


# --- Furniture ----------------------------------------------------------------------------------

_CLOSERS = "\"'”’»)]"


def _is_sentence(line: str, n_words: int) -> bool:
    return n_words >= 4 and line.rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def _is_furniture(line: str, rules: Furniture, cues: tuple[str, ...]) -> bool:
    """``cues``: the `anywhere` cues present in the whole text (usually none)."""
    low = line.lower()
    if cues and any(cue in low for cue in cues) and rules.anywhere.search(line):
        return True
    n_words = line.count(" ") + 1
    if n_words > rules.short_max_words:
        return False  # long lines are article text unless an `anywhere` phrase marks them
    if low.rstrip(".:!?,;| ") in rules.exact:
        return True
    return not _is_sentence(line, n_words) and rules.short.search(line) is not None


def _is_tag_line(line: str, rules: Furniture, first: bool) -> bool:
    """An isolated tag-like line: "Submissions 2023", "Current Affairs"; and, as the first line
    of a page, an all-lower-case label such as "taliban isis-k" (a slug or tag cloud)."""
    words = line.replace(",", " ").split()
    if not words or len(words) > 5 or line.rstrip(_CLOSERS)[-1:] in (".", "!", "?"):
        return False
    if all(w.lower() in rules.tag_words or _YEARISH.match(w) for w in words):
        return True
    return first and len(words) <= 4 and line == line.lower() and any(c.isalpha() for c in line)


def clean_text(text: str, *, markdown: bool = False) -> str:
    """The article text of a plain-text (or, with ``markdown=True``, Markdown) page.

    Normalises line ends and runs of spaces, drops furniture lines (see the module docstring
    and ``knowledge/data/furniture.yaml``), drops isolated tag-like lines (a short label between
    blank lines, e.g. "Submissions 2023"), drops an author box (the line "+ posts" and the bio
    paragraph right under it), and keeps one blank line between paragraphs. Returns "" when
    nothing is left.

    >>> clean_text("A War of Attrition\\n\\nSubmissions 2023\\n\\nISIS-K attacked Kabul.")
    'A War of Attrition\\n\\nISIS-K attacked Kabul.'
    """
    rules = load_furniture()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if markdown:
        text = strip_markdown(text)
    low_text = text.lower()
    cues = tuple(c for c in rules.anywhere_cues if c in low_text)
    lines = [ln.strip() for ln in text.split("\n")]
    keep: list[str] = []
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if not line:
            if keep and keep[-1]:
                keep.append("")
            i += 1
            continue
        if rules.box.search(line):
            # The author box: this line and the bio paragraph glued under it.
            j, size = i + 1, 0
            while j < n and lines[j]:
                size += len(lines[j])
                j += 1
            i = j if size <= rules.box_max_chars else i + 1
            continue
        if _is_furniture(line, rules, cues):
            i += 1
            continue
        isolated = (i == 0 or not lines[i - 1]) and (i + 1 >= n or not lines[i + 1])
        first = not keep and any(lines[j] for j in range(i + 1, n))  # nothing kept yet, more text follows
        if isolated and _is_tag_line(line, rules, first):
            i += 1
            continue
        keep.append(line)
        i += 1
    while keep and not keep[-1]:
        keep.pop()
    return "\n".join(keep)
