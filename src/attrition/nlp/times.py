"""Time expressions: find them in text and resolve them against the document date.

Handles absolute dates ("26 August 2021", "Aug. 26, 2021", "2021-08-26", "12 JAN 90"),
months ("August 2021", "in March"), years ("in 2018"), vague periods ("late 2019",
"early 2020", "mid-2021", "the first half of 2021", "the 1990s"), relative days against
the document date ("on Tuesday", "yesterday", "last month", "last year", "two days ago", "a week earlier"),
and spans ("since 2015", "between 2015 and 2019", "from 2015 to 2019").

    >>> [t.value for t in find_times("In late 2019 and on 26 August 2021", "2021-09-01")]
    ['2019', '2021-08-26']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .. import textre
from ..datelines import numeric_date
from .phrases import trie_regex

MONTHS = {m: i for i, ms in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for m in ms}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_WEEKDAY_ABBR = {d[:3]: i for d, i in WEEKDAYS.items()}
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d+)"
_NUMWV = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A time expression found in text. ``value`` is YYYY-MM-DD, YYYY-MM or YYYY; ``period`` the
    (first, last) ISO dates it covers; ``kind`` says how it relates: 'point', 'since', 'until', 'range'."""

    start: int
    end: int
    text: str
    value: str
    precision: str  # day | week | month | year
    period: tuple[str, str]
    kind: str = "point"


# The lookahead after \b holds how the alternatives below begin (a digit, or their first words up to the
# one that tells a time: "the end", "on monday", "in march", "two weeks", "this morning"): it changes no
# match, but lets most word starts ("said", "the", "in", "on") fail on one trie instead of trying every
# alternative in turn, and only the few words that pass try them. (A space in the trie's words stands for
# the alternatives' \s+.)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_STARTS = trie_regex(sorted({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
    "the end", "the beginning", "the start", "the middle", "the first", "the second", "the year",
    *(f"the {d}" for d in range(10)),
    *(f"{before}{wd}" for before in ("", "on ", "last ", "this past ") for wd in _WEEKDAYS),
    *(wd[:3] for wd in _WEEKDAYS),
    *(f"last {m}" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    "yesterday", "today", "tonight", "this morning", "last night", "earlier this", "last week", "this week",
    "over the weekend", "during the weekend", "at the weekend", "this weekend", "this past weekend", "last weekend",
    "last month", "this month", "last year", "this year",
    *(f"{n} {unit}" for n in ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
      for unit in ("day", "week", "month", "year")),
    *(f"in {m}" for m in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))})).replace("\\ ", r"\s+")
_PATTERNS_SRC = (
    rf"""\b(?=\d|{_STARTS})(?:
      (?P<iso>{_YEAR})-(?P<isom>\d\d)-(?P<isod>\d\d)
    | (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MON}),?\s+(?P<y1>{_YEAR}|\d\d(?!\d))
    | (?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})
    | (?P<m3>{_MON})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|,?\s*{_YEAR}|\s*(?:km|kilomet|mile|people|percent|%)|\s*killed(?!\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:\d|{_NUMW}|a\b|an\b|dozens|scores|hundreds)))
    | (?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m4>{_MON})(?!\s*{_YEAR})
    | (?P<vq>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+first\s+quarter\s+of|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?(?P<vy>{_YEAR})
    | (?P<vmq>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+(?P<vm>january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(?P<vmy>{_YEAR}))?
    | (?P<m5>{_MON})\s+(?:of\s+)?(?:(?P<y5>{_YEAR})|(?P<ly5>last\s+year))
    | (?P<nd>\d{{1,2}})(?P<nsep>[./-])(?P<nm>\d{{1,2}})[./-](?P<ny>{_YEAR})(?!\d)
    | (?P<dec>(?:1[89]|20)\d0)s
    | (?:the\s+(?:year\s+)?)?(?P<y6>{_YEAR})(?![-/]\d)
    | (?:on\s+|(?P<wdlast>last\s+|this\s+past\s+))?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}|,?\s+{_MON}\s+\d)(?P<wdlw>\s+(?:of\s+)?last\s+week)?
    | (?<=\()(?P<wdab>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?=\))
    | (?<=\bon\s)the\s+(?P<dth>\d{{1,2}})(?:st|nd|rd|th)(?=\s*[,.;:]|\s+of\s+(?:this|the)\s+month|\s*$)
    | (?P<wkend>(?:over|during|at)\s+the\s+weekend|this\s+(?:past\s+)?weekend|last\s+weekend)
    | (?P<rel>yesterday|today|tonight|this\s+morning|last\s+night|earlier\s+this\s+week|last\s+week|this\s+week|last\s+month|this\s+month|last\s+year|this\s+year|earlier\s+this\s+year|earlier\s+this\s+month)
    | (?P<agon>{_NUMW})\s+(?P<agou>days?|weeks?|months?|years?)\s+(?:ago|earlier)
    | (?:in\s+)(?P<m6>january|february|march|april|june|july|august|september|october|november|december)(?!\s+\d|\s+(?:of\s+)?last\s+year)
    | last\s+(?P<m7>january|february|march|april|may|june|july|august|september|october|november|december)(?!\s+\d)
    )\b""")
_PATTERNS = textre.compile("(?ix)" + _PATTERNS_SRC)

_POSSESSIVE = textre.compile(r"['’]s\b")
_SPAN_PREFIX = textre.compile(r"(?i)\b(since|from|between|until|till|before|after|by)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month_end(y: int, m: int) -> int:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def _parse_ref(ref: str | None) -> date | None:
    if not ref:
        return None
    try:
        return date.fromisoformat(ref[:10])
    except ValueError:
        return None


def _year2(y: str) -> int:
    v = int(y)
    if len(y) == 2:
        v += 1900 if v >= 50 else 2000
    return v


def _vague(q: str, y: int) -> tuple[str, tuple[str, str], str]:
    q = " ".join(q.lower().split())
    ranges = {"early": (1, 4), "the beginning of": (1, 3), "the start of": (1, 3), "mid": (5, 8), "the middle of": (5, 8),
              "late": (9, 12), "the end of": (10, 12), "the first half of": (1, 6), "the second half of": (7, 12),
              "the first quarter of": (1, 3), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
              "winter": (12, 12)}
    a, b = ranges.get(q, (1, 12))
    return _iso(y), (_iso(y, a, 1), _iso(y, b, _month_end(y, b))), "year"


def _resolve(m: re.Match, ref: date | None) -> tuple[str, str, tuple[str, str]] | None:
    g = m.groupdict()
    try:
        if g["iso"]:
            d = date(int(g["iso"]), int(g["isom"]), int(g["isod"]))
            return d.isoformat(), "day", (d.isoformat(), d.isoformat())
        for dk, mk, yk in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
            if g[dk]:
                d = date(_year2(g[yk]), MONTHS[g[mk].lower().rstrip(".")], int(g[dk]))
                return d.isoformat(), "day", (d.isoformat(), d.isoformat())
        if g["nd"]:
            # "on 03.10.2024" (day first), "on 25/10/2024" (see numeric_date); the separators must agree
            d = numeric_date(g["nd"], g["nm"], g["ny"], g["nsep"]) if m.string[m.end("nm")] == g["nsep"] else None
            if d is not None:
                return d.isoformat(), "day", (d.isoformat(), d.isoformat())
            y = int(g["ny"])  # ("05/10/2024": which day is not known, the year is)
            return _iso(y), "year", (_iso(y, 1, 1), _iso(y, 12, 31))
        for dk, mk in (("d3", "m3"), ("d4", "m4")):
            if g[dk]:
                if ref is None:
                    return None
                mo, dd = MONTHS[g[mk].lower().rstrip(".")], int(g[dk])
                y = ref.year if (mo, dd) <= (ref.month, ref.day) or mo - ref.month <= 1 else ref.year - 1
                d = date(y, mo, dd)
                return d.isoformat(), "day", (d.isoformat(), d.isoformat())
        if g["vq"]:
            v, period, prec = _vague(g["vq"], int(g["vy"]))
            return v, prec, period
        if g["vmq"]:
            # "early August", "late March 2020": a part of a month (without a year, the last such month)
            mo = MONTHS[g["vm"].lower()]
            if g["vmy"]:
                y = int(g["vmy"])
            elif ref is not None:
                y = ref.year if mo <= ref.month else ref.year - 1
            else:
                return None
            q = " ".join(g["vmq"].lower().split())
            last = _month_end(y, mo)
            a, b = {"early": (1, 10), "the beginning of": (1, 10), "the start of": (1, 10), "mid": (11, 20),
                    "the middle of": (11, 20), "late": (21, last), "the end of": (21, last)}[q]
            return _iso(y, mo), "month", (_iso(y, mo, a), _iso(y, mo, b))
        if g["m5"]:
            # ("in August last year": that month of the year before the report's)
            if g["ly5"] and ref is None:
                return None
            y, mo = ref.year - 1 if g["ly5"] else int(g["y5"]), MONTHS[g["m5"].lower().rstrip(".")]
            return _iso(y, mo), "month", (_iso(y, mo, 1), _iso(y, mo, _month_end(y, mo)))
        if g["m6"]:
            if ref is None:
                return None
            mo = MONTHS[g["m6"].lower()]
            y = ref.year if mo <= ref.month else ref.year - 1
            return _iso(y, mo), "month", (_iso(y, mo, 1), _iso(y, mo, _month_end(y, mo)))
        if g["m7"]:  # "last September": the latest September before the report's month
            if ref is None:
                return None
            mo = MONTHS[g["m7"].lower()]
            y = ref.year if mo < ref.month else ref.year - 1
            return _iso(y, mo), "month", (_iso(y, mo, 1), _iso(y, mo, _month_end(y, mo)))
        if g["dec"]:
            y = int(g["dec"])
            return _iso(y), "year", (_iso(y, 1, 1), _iso(y + 9, 12, 31))
        if g["y6"]:
            y = int(g["y6"])
            return _iso(y), "year", (_iso(y, 1, 1), _iso(y, 12, 31))
        if ref is None:
            return None
        if g["dth"]:
            # "on the 23rd": that day of the report's month, or of the month before when it is still to come
            if ref is None:
                return None
            n = int(g["dth"])
            y, mo = (ref.year, ref.month) if n <= ref.day else \
                (ref.year - (ref.month == 1), 12 if ref.month == 1 else ref.month - 1)
            d = date(y, mo, n)
            return d.isoformat(), "day", (d.isoformat(), d.isoformat())
        if g["wd"] or g["wdab"]:
            # (a roundup's item labelled by its weekday, in brackets: "Taiz (Tue):")
            wd = WEEKDAYS[g["wd"].lower()] if g["wd"] else _WEEKDAY_ABBR[g["wdab"].lower()[:3]]
            if g["wdlw"]:  # "on Thursday last week": that day of the week before the report's
                d = ref - timedelta(days=ref.weekday() + 7 - wd)
            else:
                back = (ref.weekday() - wd) % 7
                if back == 0 and g["wdlast"]:
                    back = 7  # "last Thursday" said on a Thursday: a week ago
                d = ref - timedelta(days=back)
            return d.isoformat(), "day", (d.isoformat(), d.isoformat())
        if g["wkend"]:  # "over the weekend": the last Saturday and Sunday (a week's precision: one of two days)
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
            if g["wkend"].lower().startswith("last") and ref.weekday() >= 5:
                sat -= timedelta(days=7)
            return sat.isoformat(), "week", (sat.isoformat(), (sat + timedelta(days=1)).isoformat())
        if g["rel"]:
            r = " ".join(g["rel"].lower().split())
            if r in ("today", "tonight", "this morning"):
                d = ref
            elif r in ("yesterday", "last night"):
                d = ref - timedelta(days=1)
            elif r in ("last week", "this week", "earlier this week"):
                d = ref - timedelta(days=7 if r == "last week" else 0)
                return d.isoformat(), "week", ((d - timedelta(days=6)).isoformat(), d.isoformat())
            elif r in ("last month",):
                y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
                return _iso(y, mo), "month", (_iso(y, mo, 1), _iso(y, mo, _month_end(y, mo)))
            elif r in ("this month", "earlier this month"):
                return _iso(ref.year, ref.month), "month", (_iso(ref.year, ref.month, 1), ref.isoformat())
            elif r == "last year":
                return _iso(ref.year - 1), "year", (_iso(ref.year - 1, 1, 1), _iso(ref.year - 1, 12, 31))
            else:
                return _iso(ref.year), "year", (_iso(ref.year, 1, 1), ref.isoformat())
            return d.isoformat(), "day", (d.isoformat(), d.isoformat())
        if g["agon"]:
            n = _NUMWV.get(g["agon"].lower()) or int(g["agon"])
            unit = g["agou"].lower().rstrip("s")
            if unit == "day":
                d = ref - timedelta(days=n)
                return d.isoformat(), "day", (d.isoformat(), d.isoformat())
            if unit == "week":
                d = ref - timedelta(days=7 * n)
                return d.isoformat(), "week", ((d - timedelta(days=3)).isoformat(), (d + timedelta(days=3)).isoformat())
            if unit == "month":
                y, mo = ref.year, ref.month - n
                while mo < 1:
                    y, mo = y - 1, mo + 12
                return _iso(y, mo), "month", (_iso(y, mo, 1), _iso(y, mo, _month_end(y, mo)))
            return _iso(ref.year - n), "year", (_iso(ref.year - n, 1, 1), _iso(ref.year - n, 12, 31))
    except (ValueError, KeyError):
        return None
    return None


# whether a text may hold a time expression: a digit or a word every alternative of _PATTERNS without one
# needs (the lookahead holds the alternatives' first characters: fewer tries per position, same matches)
_QUICK = textre.compile(r"(?i)(?=[\dadfjmnosywt])(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|days?\b|"
                        r"yesterday|week|month|year|night|ago|spring|summer|autumn|fall|winter|morning|evening|afternoon|"
                        r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\))")
# ASCII text (nearly all) is matched in lower case by case-sensitive copies: ASCII letters fold one to
# one, so the matches are the case-insensitive ones, found in half the time (the regex engine can skip
# an alternative on its first character only when that is a case-sensitive literal). The copy of
# _PATTERNS matches the character before an expression instead of looking for the word boundary at its
# start (the same test: the expression starts with a word character), on the text with a space in
# front: it starts with a character set, and the regex engine skips in C to the next character that is
# no word character, where \b was tried at every offset.
_PATTERNS_LOWER = textre.compile("(?x)[^\\w]" + _PATTERNS_SRC[2:])
# _QUICK for lower-cased ASCII text, as a trie whose branches all begin with a letter or a digit: the regex
# engine skips in C to the next character that begins one (where a look-ahead first, or "\d" among the
# branches, leaves it to try every offset)
_QUICK_LOWER = textre.compile(r"0|1|2|3|4|5|6|7|8|9|a(?:fternoon|go|pr|u(?:g|tumn))|d(?:ays?\b|ec)|evening|f(?:all|eb)|"
                              r"j(?:an|u[ln])|m(?:a[ry]|o(?:nth|rning))|n(?:ight|ov)|oct|s(?:ep|pring|ummer)|w(?:eek|inter)|"
                              r"ye(?:ar|sterday)|"
                              # (a weekday in brackets: "Taiz (Tue):")
                              r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\)")


def _find_lower(src: str):
    """The matches of _PATTERNS in ``src`` (lower-cased ASCII), as finditer gives them, by _PATTERNS_LOWER on
    " " + src: each match's start is then the expression's offset in ``src``, its end one past it. The next
    search begins at the character the match ends with (a match that ends with "jan." may be followed at once
    by another: "12 jan.5 feb"), so that its guard may be that character, as \b reads it."""
    padded, pos = " " + src, 0
    while (m := _PATTERNS_LOWER.search(padded, pos)) is not None:
        yield m, m.start(), m.end() - 1
        pos = m.end() - 1


_WHEN_AFTER = re.compile(r",?\s+when\b")
# a clock time right after a weekday that opens a line: "Friday, 09:10 -", "Saturday 14:30 GMT"
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d\b")


def find_times(text: str, ref: str | None = None, offset: int = 0) -> list[TimeSpan]:
    """Every time expression in ``text`` resolved against ``ref`` (the document date, ISO).
    Offsets are shifted by ``offset`` (the text's position in its document)."""
    if text.isascii():
        src = text.lower()
        if not _QUICK_LOWER.search(src):
            return []
        found = _find_lower(src)
    else:
        if not _QUICK.search(text):
            return []
        found = ((m, m.start(), m.end()) for m in _PATTERNS.finditer(text))
    refd = _parse_ref(ref)
    out: list[TimeSpan] = []
    for m, start, end in found:
        r = _resolve(m, refd)
        if r is None:
            continue
        value, precision, period = r
        if m.group("wd") and refd is not None and not m.group("wdlast") and not m.group("wdlw") and \
                not text[:start].strip() and _CLOCK_AFTER.match(text, end):
            # "Friday, 09:10 - The death toll has climbed": a live report's time stamp, the nearest such day to the
            # report's date (its entries run on past the day it was first published)
            wd = WEEKDAYS[m.group("wd").lower()]
            back = (refd.weekday() - wd) % 7
            d = refd - timedelta(days=back) if back <= 3 else refd + timedelta(days=7 - back)
            value, period = d.isoformat(), (d.isoformat(), d.isoformat())
        pre = _SPAN_PREFIX.search(text, max(0, start - 30), start)
        kind = "point"
        if pre and not _POSSESSIVE.match(text, end) and not _WHEN_AFTER.match(text, end):
            # ("the toll from Sunday's bombing": the bombing's day; "since December 16, 2014, when gunmen stormed the
            # school": the day of what the clause tells)
            w = pre.group(1).lower()
            kind = {"since": "since", "from": "since", "after": "since", "between": "range",
                    "until": "until", "till": "until", "before": "until", "by": "until"}[w]
        out.append(TimeSpan(start + offset, end + offset, text[start: end], value, precision, period, kind))
    # "between 2015 and 2019" / "from 2015 to 2019": join into one range span
    joined: list[TimeSpan] = []
    for t in out:
        if joined and joined[-1].kind in ("range", "since") and re.fullmatch(
                r"\s*(?:and|to|until|till|-|–)\s*", text[joined[-1].end - offset: t.start - offset]):
            a = joined.pop()
            joined.append(TimeSpan(a.start, t.end, text[a.start - offset: t.end - offset], a.value,
                                   a.precision, (a.period[0], t.period[1]), "range"))
        else:
            joined.append(t)
    return joined
