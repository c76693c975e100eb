"""ASCII copies of regexes: on ASCII text they match what the patterns as written match."""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import attrition
from attrition import textre

# every ASCII character class the engine tells apart, and the separators only Unicode calls white space
PIECES = ["Gunmen", "killed", "KILLED", "3", "12", "2021", "_", "a", "I", "s", "K", "the", "Taliban", "-", "'", ".",
          ",", "(", ")", "#", "$", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x00", "\x7f"]
ascii_texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)

PATTERNS = [
    (r"\bkilled\s+(\d+)", 0),
    (r"\S+\s*", 0),
    (r"[\s\S]{2}", 0),
    (r"[^\s]+", 0),
    (r"[^\S\n]+", 0),
    (r"[\s-]+\w", 0),
    (r"[]\s]+", 0),
    (r"[^]\s]+", 0),
    (r"\\s", 0),
    (r"(?i)\b(?:gunmen|taliban)\b\W", 0),
    (r"KILLED\s", re.IGNORECASE),
    (r"(?x) \d+ \s* (?:killed | dead)", 0),
    (r"(?<![\w\-])\w+(?![\w])(?!-\w)", 0),
    (r"(?m)^\s*$", 0),
]


def _same(p: re.Pattern, q, text: str) -> None:
    assert [(m.span(), m.groups()) for m in p.finditer(text)] == [(m.span(), m.groups()) for m in q.finditer(text)]
    for f in ("search", "match", "fullmatch"):
        a, b = getattr(p, f)(text), getattr(q, f)(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert p.findall(text) == q.findall(text)
    assert p.split(text) == q.split(text)
    assert p.sub("<>", text) == q.sub("<>", text)


@settings(max_examples=300, deadline=None)
@given(ascii_texts)
def test_the_ascii_copy_matches_what_the_pattern_matches(text):
    for source, flags in PATTERNS:
        twin = textre.compile(source, flags)
        assert isinstance(twin, textre.TextRegex)
        _same(re.compile(source, flags), twin, text)


def _extraction_regexes() -> list[textre.TextRegex]:
    for info in pkgutil.walk_packages(attrition.__path__, "attrition."):
        if info.name.startswith(("attrition.nlp", "attrition.numbers", "attrition.datelines")):
            importlib.import_module(info.name)
    return [v for name, m in list(sys.modules.items()) if name.startswith("attrition.") for v in vars(m).values()
            if isinstance(v, textre.TextRegex)]


REGEXES = _extraction_regexes()


@settings(max_examples=60, deadline=None)
@given(ascii_texts)
def test_the_extractions_regexes_match_ascii_text_as_written(text):
    assert len(REGEXES) > 100
    for twin in REGEXES:
        _same(re.compile(twin.pattern, twin.flags), twin, text)


def test_other_text_is_matched_by_the_pattern_as_written():
    p = textre.compile(r"\w+\s\w+")
    assert p.search("caf\u00e9 au lait").group(0) == "caf\u00e9 au"
    assert p.search("x\u00a0y\u00e9").group(0) == "x\u00a0y\u00e9"


def test_a_case_insensitive_pattern_that_may_fold_to_ascii_keeps_no_copy():
    for source in ("(?i)\u017fhot", "(?i)[\u0100-\u0200]", "(?i)[\u00e0-\u0133]x", "(?i:\u212a)",
                   r"(?i)[\u0100-\u0200]", r"(?i)\x41-\U0000212a", r"(?i)\N{LATIN SMALL LETTER LONG S}", r"(?i)[\300-\u0200]"):
        assert not isinstance(textre.compile(source), textre.TextRegex), source
    assert textre.compile("(?i)\u017fhot").search("SHOT")  # (as Unicode matching has it)
    assert isinstance(textre.compile("(?i)\u2019s|\u00a3\\d"), textre.TextRegex)
    assert isinstance(textre.compile(r"(?i)(?:'s|\u2019s)\s+\x41"), textre.TextRegex)
    assert isinstance(textre.compile("\u017fhot"), textre.TextRegex)  # (case-sensitive: no folding)


def test_the_letters_that_fold_to_ascii_are_the_four():
    # every character beyond ASCII whose case mappings hold an ASCII one, tried
    ascii_ = "".join(map(chr, range(128)))
    candidates = {c for c in map(chr, range(128, sys.maxunicode + 1))
                  if any(x.isascii() for m in (c.lower(), c.upper(), c.casefold()) for x in m)}
    folds = {c for c in candidates if re.search(re.escape(c), ascii_, re.IGNORECASE)}
    assert folds == set(textre._FOLDS_TO_ASCII)
