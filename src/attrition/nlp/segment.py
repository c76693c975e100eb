"""Sentence segmentation on raw text, before tokenisation.

A rule segmenter is enough for news prose and runs at tens of MB/s, so every document can be
split and gated before spaCy tokenises the few sentences that need it. Rules: paragraphs
break at blank lines; inside a paragraph a line break ends a sentence only after terminal
punctuation or a short heading-like line (hard-wrapped wire copy such as MUC-4 keeps its
sentences); '.', '!' and '?' end a sentence before an upper-case letter, digit or quote,
except after known abbreviations and initials.

    >>> [s for _, _, s in split_sentences("Gen. Smith arrived. He left.\\n\\nNew para")]
    ['Gen. Smith arrived.', 'He left.', 'New para']
"""
from __future__ import annotations

from functools import lru_cache

from .. import textre
from ..datelines import CAPS_HEAD

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "adm", "cmdr", "brig",
    "gov", "sen", "rep", "prof", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.g", "i.e", "approx", "est", "dept", "govt", "pres", "lt.col", "jr", "sr", "rev", "hon", "fig", "al",
}
_PARA = textre.compile(r"\n[ \t]*\n\s*")
# (the first stop is matched outside the alternatives: a pattern that starts with a character set
# lets the regex engine skip in C to the next '.', '!' or '?' instead of trying every position)
_END = textre.compile(r"""[.!?](?:[.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|[.!?]*["'”’)\]]*$)""")
_LINE = textre.compile(r"\n")
_WORD_BEFORE = textre.compile(r"([\w.]+)$")
_RUN = textre.compile(r"[\w.]+")
_HEADLINE_JOIN = textre.compile(r";\s+")
_INITIALS = textre.compile(r"(?:[a-z]\.)+[a-z]")
# a line of metadata under a headline: "Published: 2025-01-09", "By Jane Doe", "Updated 3 May 2024 14:05 GMT"
# (or a date alone, perhaps with its weekday and what follows a bar: "Wednesday 23 October 2024", "Friday 21 March 2025 |
# Last updated 17:52")
_META_LINE = textre.compile(r"[ \t]*(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?(?:\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                            r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[ \t]+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+"
                            r"\d{1,2},?[ \t]+\d{4})[ \t]*(?:\|[^\n]*)?$|"
                            r"(?:Published|Updated|Last\s+updated|Posted|Date|Dateline|Source|Filed|Byline)\b\s*(?::|on\b|\d|"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+\d)|"
                            r"By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$)")

# the start of a line that opens a table's row or a list's item (not "--", which wire copy opens a line with)
_ITEM_START = textre.compile(r"[ \t]*(?:\||[-*\u2022\u25aa\u2023\u25e6][ \t])")


def _split_paragraph(text: str, base: int, out: list[tuple[int, int, str]]) -> None:
    if "\n" not in text:  # (most paragraphs of news are one line)
        _split_block(text, 0, len(text), base, out)
        return
    # line breaks: a sentence boundary after terminal punctuation or after a short heading-like line
    starts = [0]
    for m in _LINE.finditer(text):
        # the last character before the line break that is not white space, found without
        # copying the text before it (which made long hard-wrapped texts quadratic)
        p = m.start()
        while p and text[p - 1].isspace():
            p -= 1
        if not p:
            continue
        last = text[p - 1]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start: m.start()].strip()
        limit = 30 if line.isupper() else 50  # hard-wrapped all-caps wire copy has long lines without a stop
        if last == "." and _abbreviation_before(text, p - 1):
            continue  # "TWO YOUNG U.S.\nCITIZENS": hard-wrapped after an abbreviation, not a sentence end
        if last in ".!?:" or (len(line) < limit and line and last not in ",;-" and not line[-1].islower()):
            starts.append(m.end())
        elif len(line) < 50 and line and line[:1].isupper() and text[m.end(): m.end() + 1].isupper() and not line.isupper():
            starts.append(m.end())
        elif CAPS_HEAD.match(text, m.end()) and not line.isupper() and line[:1].isupper():
            # "Clashes between rival armed groups kill 27 in Libyan capital\nTRIPOLI, Jan 24, 2024 (Reuters) -": a
            # headline, then the dateline that opens the story
            starts.append(m.end())
        elif _META_LINE.match(text, m.end()):
            starts.append(m.end())  # "Junta airstrike kills 40, Arakan Army says\nPublished: 2025-01-09": a headline, then its metadata
        elif line[:1] == "|" or _ITEM_START.match(text, m.end()):
            # a table's row ("| 4 March | Bannu | Militants attacked a police post | 2 |") and a list's item ("- Bannu:
            # two policemen killed in an attack on their post") tell one thing each, stop or none
            starts.append(m.end())
    starts.append(len(text))
    for a, b in zip(starts, starts[1:]):
        _split_block(text, a, b, base, out)


def _abbreviation_before(text: str, dot: int) -> bool:
    word = _word_before(text, dot).lower()
    if not word:
        return False
    return word in _ABBREV or (len(word) == 1 and word.isalpha()) or "." in word and _INITIALS.fullmatch(word) is not None


def _split_block(text: str, a: int, b: int, base: int, out: list[tuple[int, int, str]]) -> None:
    seg = text[a:b]
    pos = 0
    if "." not in seg and "!" not in seg and "?" not in seg:  # (a headline, mostly: one sentence)
        if "; " in seg and "\n" not in seg.strip():
            # a headline of two stories: "Russian missiles kill 20 in Odesa; drones hit Kharkiv overnight"
            for m in _HEADLINE_JOIN.finditer(seg):
                _emit(seg, pos, m.start(), a + base, out)
                pos = m.end()
        _emit(seg, pos, len(seg), a + base, out)
        return
    for m in _END.finditer(seg):
        end = m.end()
        if m.group(0).startswith(".") and len(m.group(0)) == 1:
            if _abbreviation_before(seg, m.start()):
                continue
        _emit(seg, pos, end, a + base, out)
        pos = end
    _emit(seg, pos, len(seg), a + base, out)


def _word_before(seg: str, end: int) -> str:
    """The run of word characters and dots that ends at ``end`` ('' if none). Matched at the start
    of the short window before ``end``, reversed: a search for a run that ends at ``end`` tries
    every position of the window, and a search from the start of the block every position before it.
    (Before a line break that ends the window, '$' also matches: then the search as written.)"""
    if end and seg[end - 1] == "\n":
        w = _WORD_BEFORE.search(seg, 0, end)
        return w.group(1) if w else ""
    window = seg[end - 1:end - 41:-1] if end > 40 else seg[end - 1::-1] if end else ""
    w = _RUN.match(window)
    if w is None:
        return ""
    if w.end() == len(window) < end:  # the run may go on before the window
        w = _RUN.match(seg[end - 1::-1])
    return w.group(0)[::-1]


def _emit(seg: str, s: int, e: int, base: int, out: list[tuple[int, int, str]]) -> None:
    while s < e and seg[s].isspace():
        s += 1
    while e > s and seg[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((base + s, base + e, seg[s:e]))


def split_sentences(text: str, paragraphs: list[int] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for every sentence of ``text``; offsets index into ``text``. A caller that
    needs ``paragraph_starts(text)`` too passes ``paragraphs``, a list that gets them, in the same pass."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    if paragraphs is not None:
        paragraphs.append(0)
    for m in _PARA.finditer(text):
        if paragraphs is not None:
            paragraphs.append(m.end())
        if m.start() > pos:
            _split_paragraph(text[pos: m.start()], pos, out)
        pos = m.end()
    if pos < len(text):
        _split_paragraph(text[pos:], pos, out)
    return out


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start (for carrying context within a paragraph)."""
    return [0] + [m.end() for m in _PARA.finditer(text)]


# a live page's entry opens with its time stamp on a line of its own ("13:15", "**09:50**", "17:20 GMT"), perhaps after
# a rule ("-----") and before its heading
_STAMP = r"[ \t]*\**\d{1,2}[:.]\d\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4}))?\**[ \t]*"
_STAMP_LINE = textre.compile(r"(?m)^" + _STAMP + r"(?:$|[-\u2013\u2014|:])")
_ENTRY_OPENING = textre.compile(r"\s*(?:[-=_*\u2014\u2013]{3,}\s*)?" + _STAMP + r"\n\s*")


@lru_cache(maxsize=16)
def live_page(text: str) -> bool:
    """Whether ``text`` is a live page: three entries or more, each opened by its time stamp on a line. (Asked of
    each pair of drafts a merge compares: remembered for the documents in hand.)"""
    n = 0
    for _ in _STAMP_LINE.finditer(text):
        n += 1
        if n == 3:
            return True
    return False


def opens_entry(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is what opens a live page's entry before its first words: a time stamp's line,
    perhaps under a rule."""
    return _ENTRY_OPENING.fullmatch(text, start, end) is not None
