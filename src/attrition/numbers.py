"""Number rules, in one place, for events and claims alike.

Conventions follow ACLED's conservative coding (see CONTRACT.md):

    >>> parse_count("2-3")
    Count(best=2, low=2, high=3, qualifier='range')
    >>> parse_count("more than 100")
    Count(best=100, low=100, high=None, qualifier='over')
    >>> parse_count("dozens")
    Count(best=12, low=12, high=None, qualifier='vague')
    >>> parse_count("two")
    Count(best=2, low=2, high=2, qualifier=None)

``find_counts`` finds every count expression in a text with its character span.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import textre
from .nlp.phrases import trie_regex
from .records import Count

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "pair of": 2, "a pair of": 2, "both": 2,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
# Vague quantities: (value, open-ended). ACLED codes "several"/"many" as 10 when nothing better is known.
_VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "several": 10, "many": 10, "numerous": 10, "a few": 3, "few": 3, "some": 3,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000,
}
_OVER = {"more than": "over", "over": "over", "above": "over", "in excess of": "over", "upwards of": "over",
         "at least": "at least", "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
         "about": "about", "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
         "almost": "about", "close to": "about", "some": "about", "an estimated": "about", "estimated": "about",
         "up to": "up to", "as many as": "up to", "fewer than": "under", "less than": "under", "under": "under",
         "below": "under"}

_word_units = sorted((w for w in _UNITS if " " not in w and w not in ("a", "an", "no", "both")), key=len, reverse=True)
# Word lists as tries: where a flat alternation tries each word in turn, a trie follows the text's
# letters. The matches are the same: the words that can match at one place are prefixes of each
# other, and both forms try them longest first (the flat lists are sorted by length).
_UNIT_RE = trie_regex(_word_units)
_WORDNUM = (r"(?:(?:%s)(?:[- ](?:%s))?(?:\s+(?:hundred|thousand|million|billion))?(?:\s+(?:and\s+)?(?:%s)(?:[- ](?:%s))?)?)"
            % (_UNIT_RE, _UNIT_RE, _UNIT_RE, _UNIT_RE))
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|mn|bn|[km])\b)?"
_NUM = rf"(?:{_DIGITS}{_SCALE}|{_WORDNUM}|a\s+dozen|a\s+couple(?:\s+of)?)"
_QUAL = trie_regex(_OVER)
_VAGUE_RE = trie_regex(_VAGUE)

# What a count can start with, as a lookahead: a digit, "a" or "an" before white space ("a few", "an
# estimated"), a number word or vague quantity ("twelve", "dozens"), or a qualifier, whole ("more than", "at
# least": _QUAL holds them with one space). No match changes, but most word starts ("the", "said", "in", "at")
# fail on one trie instead of trying every alternative.
_FIRST_WORDS = trie_regex(sorted({w for w in (*_OVER, *_word_units, *_VAGUE, "between") if w.split()[0] not in ("a", "an")}))
_STARTS = rf"\d|an?\s|{_FIRST_WORDS}"

_COUNT_SRC = (
    rf"""
    (?<![\w$.,])
    (?={_STARTS})
    (?:
        between\s+(?P<b_lo>{_NUM})\s+(?:and|to)\s+(?P<b_hi>{_NUM})
      | (?:(?P<qual>{_QUAL})\s+)?(?P<lo>{_NUM})(?:\s*(?:-|–|—|to|or)\s*(?P<hi>{_NUM}))?(?P<plus>\+)?
      | (?P<vague>{_VAGUE_RE})
    )
    (?![\w])
    """
)
COUNT_RE = textre.compile("(?ix)" + _COUNT_SRC)
# The copy for lower-cased ASCII text (see _find_counts) matches the character before a count instead of
# looking behind at it: the same test, on the text with a space in front (which stands for its start), but a
# regex that starts with a character set lets the regex engine skip in C to the next place that holds one,
# where the look-behind was tried at every offset. (No count starts where another ends: a count ends before a
# character that is no word character, and starts with one.)
_COUNT_LOWER = textre.compile("(?x)" + _COUNT_SRC.replace(r"(?<![\w$.,])", r"[^\w$.,]", 1))

_NUMBER_WORD = textre.compile(r"[a-z]+", re.I)
_DIGITS_SCALED = textre.compile(rf"({_DIGITS})\s*(hundred|thousand|million|billion|mn|bn|k|m)?")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of one number expression: '1,400', '2.5 million', 'twenty-five', 'a dozen', '$100m'.

    >>> parse_number("two hundred and five")
    205.0
    >>> parse_number("two dozen")
    24.0
    """
    t = text.strip().casefold().lstrip("$€£").replace("\u2009", "")
    if not t:
        return None
    m = _DIGITS_SCALED.fullmatch(t)
    if m:
        v = float(m.group(1).replace(",", ""))
        return v * _SCALES[m.group(2)] if m.group(2) else v
    if t in _UNITS:
        return float(_UNITS[t])
    total, current, seen = 0.0, 0.0, False
    for w in _NUMBER_WORD.findall(t):
        if w == "and":
            continue
        if w == "dozen" and seen:
            current *= 12  # "two dozen": 24
            continue
        if w in _UNITS and w not in ("a", "an", "no"):
            current += _UNITS[w]
            seen = True
        elif w in ("a", "an") and not seen:
            current += 1
        elif w in _SCALES and w not in ("k", "m", "mn", "bn"):
            scale = _SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _count_from_match(m: re.Match) -> Count | None:
    return _count_of(m.groupdict(), m.group(0))


def _count_of(g: dict, whole: str) -> Count | None:
    """The count a match of COUNT_RE tells, from its groups ``g`` and its text ``whole``."""
    if g.get("vague"):
        v = _VAGUE[g["vague"].casefold()]
        return Count(best=v, low=v, high=None, qualifier="vague")
    if g.get("b_lo"):
        lo, hi = parse_number(g["b_lo"]), parse_number(g["b_hi"])
        if lo is None or hi is None:
            return None
        lo, hi = sorted((int(lo), int(hi)))
        return Count(best=lo, low=lo, high=hi, qualifier="range")
    lo = parse_number(g["lo"]) if g.get("lo") else None
    if lo is None:
        return None
    qual = _OVER.get(" ".join(g["qual"].casefold().split())) if g.get("qual") else None
    if g.get("hi"):
        hi = parse_number(g["hi"])
        if hi is None:
            return None
        # "4000-5000" fine; "2-3 million" → the scale applies to both ends
        if hi > lo * 100 and hi >= 1000 and lo < 1000 and re.search(r"(thousand|million|billion|k|m|bn)\s*$", g["hi"], re.I):
            scale = _SCALES[re.search(r"(thousand|million|billion|k|m|bn)\s*$", g["hi"], re.I).group(1).casefold()]
            lo = lo * scale
        a, b = sorted((int(lo), int(hi)))
        if " or " in whole.lower() or "to" in whole.lower() or "-" in whole or "–" in whole or "—" in whole:
            return Count(best=a, low=a, high=b, qualifier="range")
    v = int(lo)
    if g.get("plus"):
        qual = "over"
    if qual in ("over", "at least"):
        return Count(best=v, low=v, high=None, qualifier=qual)
    if qual == "up to":
        return Count(best=v, low=0, high=v, qualifier=qual)
    if qual == "under":
        return Count(best=max(v - 1, 0), low=0, high=max(v - 1, 0), qualifier=qual)
    return Count(best=v, low=v, high=v, qualifier=qual)


def parse_count(text: str) -> Count | None:
    """Parse a whole count phrase under the conservative rules, or None if it is not one."""
    m = COUNT_RE.fullmatch(text.strip())
    return _count_from_match(m) if m else None


def conflicting(a: Count, b: Count) -> Count:
    """One toll told differently by two sources ("police said 10 were killed, but hospital officials said 12"):
    the lower figure is the best, conservatively, and the range spans both.

    >>> conflicting(parse_count("10"), parse_count("12"))
    Count(best=10, low=10, high=12, qualifier='conflicting')
    >>> conflicting(parse_count("at least 30"), parse_count("12"))
    Count(best=12, low=12, high=None, qualifier='conflicting')
    """
    high = None if a.high is None or b.high is None else max(a.high, b.high)
    return Count(best=min(a.best, b.best), low=min(a.low, b.low), high=high, qualifier="conflicting",
                 by=a.by if a.best <= b.best else b.by)


def divided(count: Count, n: int) -> list[Count]:
    """A toll told of a deed done in ``n`` places at once, divided evenly among them as ACLED divides it; the first
    places take the remainder. Each share keeps the told toll in ``divided``.

    >>> [c.best for c in divided(parse_count("at least nine"), 2)], divided(parse_count("at least nine"), 2)[1].high
    ([5, 4], None)
    """
    def share(x: int, i: int) -> int:
        return x // n + (1 if i < x % n else 0)
    return [Count(best=share(count.best, i), low=share(count.low, i),
                  high=None if count.high is None else share(count.high, i), qualifier=count.qualifier,
                  divided=(count.best, n)) for i in range(n)]


def find_counts(text: str) -> list[tuple[int, int, Count]]:
    """Every count expression in ``text``: (start, end, Count). Bare articles ('a', 'an') are included;
    callers decide whether a determiner counts as one (it does in 'a policeman was killed')."""
    return list(_find_counts(text))


@lru_cache(maxsize=64)
def _find_counts(text: str) -> tuple[tuple[int, int, Count], ...]:
    """find_counts, remembered: the event and claim finders read the counts of the same sentence."""
    out = []
    # ASCII text is matched in lower case by a case-sensitive copy of the regex, about 1.6x faster: ASCII
    # letters fold one to one, so the spans are the same, and a count reads its words in any case
    if text.isascii():
        low = text.lower()
        for m in _COUNT_LOWER.finditer(" " + low):  # (m.start() is the count's offset in text: see _COUNT_LOWER)
            s, e = m.start(), m.end() - 1
            c = _count_of(m.groupdict(), low[s:e])
            if c is not None:
                out.extend(_two_numbers(m, -1, (s, e, c)) if m.group("hi") else ((s, e, c),))
    else:
        for m in COUNT_RE.finditer(text):
            c = _count_from_match(m)
            if c is not None:
                out.extend(_two_numbers(m, 0, (m.start(), m.end(), c)) if m.group("hi") else ((m.start(), m.end(), c),))
    return tuple(out)


_DASHES = re.compile(r"\s*[-–—]\s*")


def _two_numbers(m: re.Match, shift: int, whole: tuple[int, int, Count]) -> tuple[tuple[int, int, Count], ...]:
    """A match of two numbers: one range ("2-3", "10 to 12"), or two numbers a dash parts that are no range, each
    a count of its own: a greater number first ("10:40 — Two people were killed", "July 12 - Nine soldiers"), the
    minutes of a clock time ("11:05 - Seven civilians"), or an em dash with a space beside it, which parts and does
    not join ("5—6" stays a range). ``shift``: the offset of the matched string in the text; ``whole``: the
    match as one count."""
    sep = m.string[m.end("lo"): m.start("hi")]
    lo = m.start("lo")
    clock = lo >= 2 and m.string[lo - 1] in ":." and m.string[lo - 2].isdigit()  # "11:05 - Seven civilians": minutes
    if _DASHES.fullmatch(sep) and (clock or "—" in sep and sep != "—" or
                                   m.group("qual") is None and _number(m.group("lo")) > _number(m.group("hi"))):
        lo = _count_of({"lo": m.group("lo")}, m.group("lo"))
        hi = _count_of({"lo": m.group("hi")}, m.group("hi"))
        return tuple((a + shift, b + shift, k) for (a, b), k in ((m.span("lo"), lo), (m.span("hi"), hi)) if k is not None)
    return (whole,)


def _number(text: str) -> float:
    v = parse_number(text)
    return -1.0 if v is None else v
