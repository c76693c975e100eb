"""Regular expressions that match ASCII text with an ASCII-only copy of themselves: the same matches, for less work.

On a ``str`` pattern Python's ``re`` asks the Unicode database what each character it tests is: a word character
(``\\w``, ``\\b``: up to four look-ups for a space or a comma), a digit, white space, or, under IGNORECASE, what its
lower case is. Compiled with ``re.ASCII`` each such test is one look-up in a small table, and the extraction's
regexes execute a sixth fewer instructions. On ASCII text the two agree but for white space: to Unicode, as to
``str.isspace``, the separators U+001C..U+001F are white space too, so the ASCII copy spells ``\\s`` and ``\\S`` out
with them. (Unicode case folding also matches four letters beyond ASCII to ASCII ones, "ſ" to "s": a
case-insensitive pattern that may hold one keeps no ASCII copy.) Most text is ASCII; other text is matched by the
pattern as written.

    >>> p = compile(r"\\bkilled\\s+(\\d+)")
    >>> p.search("Gunmen killed 3 policemen").group(1), p.search("Gunmen killed\\x1c3 policemen").group(1)
    ('3', '3')
    >>> p.search("Gunmen killed\\u00a03 policemen").group(1)  # (not ASCII: the pattern as written)
    '3'
"""
from __future__ import annotations

import re
import sys

# what \s matches among the ASCII characters: \t \n \v \f \r, U+001C..U+001F and the space
_SPACE = r"\t-\r\x1c- "
_NOT_SPACE = r"\x00-\x08\x0e-\x1b!-\x7f"  # (only ASCII text meets the ASCII copy)
# the letters beyond ASCII that Unicode case folding matches to ASCII ones ("İ", "ı", "ſ", KELVIN SIGN: found by
# trying every code point), and what may stand for one in a pattern: a code escape (read as its character), a
# range (any two characters around a hyphen) that holds one, a named or octal escape (not read: refused)
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_CODE_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
_OTHER_ESCAPE = re.compile(r"\\[N0-7]")
_RANGE = re.compile(r"(?s)(?=(.)-(.))")
# a flag set inside the pattern, "(?i)" or "(?x:...)", found wherever it may be (escaped or not: when in doubt,
# the pattern is compiled as it is)
_INLINE_FLAG = {f: re.compile(r"\(\?[a-zA-Z-]*" + f) for f in "ix"}


def _may_fold_to_ascii(pattern: str) -> bool:
    """Whether ``pattern``, case-insensitive, may hold a letter that Unicode case folding matches to an ASCII one."""
    if _OTHER_ESCAPE.search(pattern):
        return True
    pattern = _CODE_ESCAPE.sub(lambda m: chr(int(m.group(m.lastindex), 16)), pattern)
    if pattern.isascii():
        return False
    return any(c in pattern for c in _FOLDS_TO_ASCII) or \
        any(a <= c <= b for m in _RANGE.finditer(pattern) for a, b in [m.groups()] for c in _FOLDS_TO_ASCII)


def _ascii_source(source: str) -> str:
    """``source`` with ``\\s`` and ``\\S`` spelt out as the ASCII characters they match in Unicode mode."""
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    class_start = -1  # where the current class's members begin (a ']' there is a member)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            e = source[i + 1]
            if e == "s":
                out.append(_SPACE if in_class else "[" + _SPACE + "]")
            elif e == "S":
                out.append(_NOT_SPACE if in_class else "[" + _NOT_SPACE + "]")
            else:
                out.append(source[i: i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and i != class_start:
                in_class = False
        elif c == "[":
            in_class = True
            class_start = i + 2 if source.startswith("^", i + 1) else i + 1
        out.append(c)
        i += 1
    return "".join(out)


class TextRegex:
    """A compiled regex that matches ASCII strings with its ASCII copy (see the module's docstring); it has the
    methods of ``re.Pattern`` that the extraction uses. The pattern as written is compiled when first needed.
    (No ``__getattr__``: a class with one looks every attribute up slowly, and these are called very often.)"""

    __slots__ = ("_ascii", "_written", "flags", "pattern")

    def __init__(self, pattern: str, flags: int, ascii_copy: re.Pattern):
        self.pattern, self.flags, self._ascii = pattern, flags, ascii_copy
        self._written: re.Pattern | None = None

    def _as_written(self) -> re.Pattern:
        if self._written is None:
            self._written = re.compile(self.pattern, self.flags)
        return self._written

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._ascii if string.isascii() else self._as_written()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._ascii if string.isascii() else self._as_written()).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._ascii if string.isascii() else self._as_written()).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._ascii if string.isascii() else self._as_written()).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._ascii if string.isascii() else self._as_written()).findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0):
        return (self._ascii if string.isascii() else self._as_written()).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0):
        return (self._ascii if string.isascii() else self._as_written()).split(string, maxsplit)

    def __repr__(self) -> str:
        return f"textre.compile({self.pattern!r}, {self.flags!r})"


Regex = TextRegex | re.Pattern  # what compile gives


def compile(pattern: str, flags: int = 0) -> Regex:
    """``re.compile(pattern, flags)``, matching ASCII text with an ASCII copy; a pattern that cannot have one
    (case-insensitive with a letter that folds to ASCII, or what may stand for one; verbose with a comment, which
    ``\\s`` is not looked for in) is compiled as it is."""
    if (flags & re.IGNORECASE or _INLINE_FLAG["i"].search(pattern)) and _may_fold_to_ascii(pattern) or \
            (flags & re.VERBOSE or _INLINE_FLAG["x"].search(pattern)) and "#" in pattern:
        return re.compile(pattern, flags)
    return TextRegex(pattern, flags, re.compile(_ascii_source(pattern), (flags & ~re.UNICODE) | re.ASCII))


def ascii_lower(text: str) -> str | None:
    """``text`` lower-cased if it is ASCII, else None: what ``may_hold`` reads."""
    return text.lower() if text.isascii() else None


def may_hold(low: str | None, words) -> bool:
    """Whether a text may match a pattern that needs one of ``words`` (lower-case): ``low`` is the text lower-cased
    if it is ASCII, else None (case folding may match letters beyond ASCII: it may). A substring test runs in C at a
    fraction of what the regex engine spends trying a pattern at every offset, and most texts hold none.

        >>> may_hold(ascii_lower("Gunmen killed 3"), ("if", "would")), may_hold(None, ("if",))
        (False, True)
    """
    return low is None or holds_any(low, words)


def holds_any(text: str, words) -> bool:
    """``any(w in text for w in words)``, as a loop: a generator handed to any() costs more than the substring
    tests themselves, and this runs on every sentence."""
    for w in words:
        if w in text:
            return True
    return False
