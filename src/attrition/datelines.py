"""Publication dates of documents: datelines, "Published:" lines and metadata values.

Only the date a document was *published* is found here: the one in its dateline or byline near
the start, or in HTML metadata. Dates of the events a report describes are the NLP layer's job
(``attrition.nlp.times``).

>>> find_published("KABUL, Aug 26, 2021 (Reuters) - Two explosions hit the airport.")
'2021-08-26'
>>> find_published("SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [Text] The FMLN said")
'1990-01-12'
>>> normalize_date("2021-08-26T14:03:00+04:30")
'2021-08-26T14:03:00+04:30'
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator

from . import textre

__all__ = ["find_published", "normalize_date", "is_dateline_head", "HEAD_CHARS", "CAPS_HEAD"]

HEAD_CHARS = 400  # a dateline or byline date sits in the first few lines, never deeper
# a line that opens with a dateline's place in capitals ("TRIPOLI, Jan 24", "MAIDUGURI, Nigeria", "KABUL (AP) -",
# "PESHAWAR:"); group 1 is the place
CAPS_HEAD = textre.compile(r"^[ \t]*([A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){0,3})(?=,|[ \t]+\(|[ \t]*[-\u2013\u2014:])",
                           re.MULTILINE)

_ENGLISH_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
# the months of Spanish, French and Portuguese datelines a translation keeps ("Bogotá, 21 de mayo de 2024", "Lundi 8
# juillet 2024")
_FOREIGN_MONTHS = {m: i + 1 for i, ms in enumerate((
    "enero janvier janeiro", "febrero février fevrier fevereiro", "marzo mars março marco", "abril avril",
    "mayo mai maio", "junio juin junho", "julio juillet julho", "agosto août aout",
    "septiembre setiembre septembre setembro", "octubre octobre outubro", "noviembre novembre novembro",
    "diciembre décembre decembre dezembro")) for m in ms.split()}
_MONTHS = {**_ENGLISH_MONTHS, **_FOREIGN_MONTHS}
_FOREIGN_MONTH = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
_MONTH = r"(?P<{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = (r"(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|"
            r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
            r"dimanche|segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?,?\s+)?")
_YEAR = r"(?P<{n}>\d{{4}}|\d{{2}})(?!\d)"

# One date expression, in the three orders reports use.
_DATE = (
    r"(?:" + _WEEKDAY + r"(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|" + _MONTH.format(n="am") + r"\s+(?P<ad>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR.format(n="ay")
    + r"|(?P<bd>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?" + _MONTH.format(n="bm") + r",?\s+" + _YEAR.format(n="by")
    # ("21 de mayo de 2024", "8 juillet 2024": day first, the month in the report's first language)
    + r"|(?P<fd>\d{1,2})(?:er)?\s+(?:de\s+)?(?P<fm>" + _FOREIGN_MONTH + r")\s+(?:de\s+|del\s+)?(?P<fy>\d{4})(?!\d)"
    + r"|(?P<ed>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ey>\d{4})(?!\d)"  # "05.10.2024": day first
    + r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4})(?!\d)"  # "05/10/2024": see numeric_date
    + r"|(?P<hd>\d{1,2})-(?P<hm>\d{1,2})-(?P<hy>\d{4})(?!\d)"  # "16-02-2023", as South Asian releases write it
    + r"))"
)


_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def numeric_date(first: str, second: str, year: str, sep: str, weekday: str | None = None) -> date | None:
    """The day a numeric date names: "05.10.2024" is 5 October (a dotted date puts the day first wherever it is
    written); "05/10/2024" is read only when one order is impossible ("25/10/2024", "10/25/2024") or both agree,
    since "05/10/2024" is 5 October in most of the world and May 10 in the United States (so is "13-08-2022"), or
    when the weekday written before it fits one order only ("Thursday 08/02/2024" is 8 February). None when it is no
    date."""
    a, b, y = int(first), int(second), int(year)
    if sep in "/-" and a != b and a <= 12 and b <= 12:
        # ("13-08-2022", written in South Asia, is read as "/" is)
        wd = _WEEKDAY_NUMBER.get((weekday or "")[:3].lower())
        fits = [d for d in (date(y, b, a), date(y, a, b)) if d.weekday() == wd] if wd is not None else []
        return fits[0] if len(fits) == 1 else None
    day, month = (b, a) if sep in "/-" and b > 12 else (a, b)
    try:
        return date(y, month, day)
    except ValueError:
        return None

# a date in another calendar before the Gregorian one ("25 Sunbula 1398 (", "15/02/1402 Hijri Shamsi (corresponding to ",
# "Thursday 29 Safar 1445 AH, corresponding to ")
_OTHER_CALENDAR = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z'-]+\s+|\d{1,2}/\d{1,2}/)1[34]\d\d"
                   r"(?:\s+[A-Z][A-Za-z.]*){0,3}\s*(?:\(|/|,)\s*(?:(?:corresponding|equivalent)\s+to\s+|i\.e\.,?\s*)?")

# Where a publication date may stand: a dateline ("KABUL, Aug 26, 2021 (Reuters) -"), after a
# metadata word ("Published: ...", "Updated ...", "Written by X on ..."), or alone on its line. (The
# look-ahead holds where the alternatives start, at a line's start or at a word that starts with a
# metadata word's initial: it changes no match, but most offsets fail on it instead of on each one.
# The regex is tried only there: see _starts. A place's or publisher's name runs up to the comma or bar after
# it, which it cannot hold: it is taken whole (possessive), not given back a character at a time.)
_CONTEXT = textre.compile(
    r"(?=^|\b[pudlfwriabce])(?:"
    # (a place's name in any letters: "Medellín, March 9, 2023", "BOGOTÁ, Colombia, ...")
    r"^[ \t]*[^\W\d_](?:[^\W\d_]|[ .'/\-]){1,40}+(?:,[ \t]*(?:[^\W\d_]|[ .'\-]){2,30}+)?(?:[ \t]*\([A-Za-z .&'-]{2,30}\))?,[ \t]*"
    # (after another calendar's date: "Aden, Thursday 29 Safar 1445 AH, corresponding to 14 September 2023")
    r"(?:" + _OTHER_CALENDAR + r")?(?P<dl>" + _DATE.replace("?P<", "?P<dl_") + r")"
    # ("Rawalpindi - March 16, 2023:")
    # ("Jayapura, Papua (ANTARA) - 15 April 2024")
    # (after a press release's number, set apart by a run of spaces: "No PR-142/2019-ISPR     Rawalpindi - May 17, 2019")
    r"|^[ \t]*(?:[^\n]{1,60}?[ \t]{3,})?[A-Z][A-Za-z.']{1,30}(?:[ \t][A-Z][A-Za-z.']{1,30}){0,2}(?:,[ \t]*[A-Z][A-Za-z.']{1,30}(?:[ \t][A-Z][A-Za-z.']{1,30})?)?"
    r"(?:[ \t]+\([A-Za-z .&'-]{2,30}\))?[ \t]+[-–—][ \t]*(?P<dd>" + _DATE.replace("?P<", "?P<dd_") + r")"
    # ("Published: Kabul, 1 November 2022")
    # (or the Gregorian date after another calendar's: "Date: 25 Sunbula 1398 (16 September 2019)", "Date: 4 Shawwal
    # 1445 / 13 April 2024", "Date: 15/02/1402 Hijri Shamsi (corresponding to 5 May 2023)")
    r"|\b(?:published|updated|posted|dated?|last\s+updated|first\s+published|filed|compiled|broadcast|aired)\b(?:\s+on)?\s*:?\s*"
    r"(?:[A-Z][A-Za-z .'\-]{1,30}+,\s*|" + _OTHER_CALENDAR + r")?"
    # ("Published 3:40 PM, March 22, 2024")
    r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)?,?\s+)?"
    r"(?P<kw>" + _DATE.replace("?P<", "?P<kw_") + r")"
    # a line that opens with one: "Issued on 3 May 2023", "As of 18 March 2022", "Broadcast: Monday 14 November 2022, 07:00"
    # (or after a title and a bar: "Flash Update No. 2 | Issued 9 October 2023")
    # (or after the clock time: "Broadcast: 18:00 EAT, Sunday 12 March 2023")
    r"|^[ \t]*(?:[^\n|]{1,120}+\|[ \t]*)?(?:(?:situation|status|figures|data)\s+)?(?:issued|released|as\s+of|broadcast|aired)\b(?:\s+on)?\s*:?\s*"
    r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?,?\s+)?(?P<ln>" + _DATE.replace("?P<", "?P<ln_") + r")"
    r"|\b(?:written|posted|published|reported)\s+by\s+[^\n]{1,60}?\s+on\s+(?P<by>" + _DATE.replace("?P<", "?P<by_") + r")"
    # the Gregorian day a head gives for another calendar's ("Broadcast date: Hamle 19, 2016 E.C. [Translator's note:
    # Hamle 19, 2016 in the Ethiopian calendar corresponds to Friday, 26 July 2024 ...]")
    r"|\b(?:corresponds?|corresponding|equivalent)\s+to\s+(?:the\s+)?(?P<cr>" + _DATE.replace("?P<", "?P<cr_") + r")"
    # a liveblog's line of the day, in bold, with its update time after it ("**Saturday 22 June 2024** — updated 18:45")
    r"|^[ \t]*[*_]{1,2}(?P<md>" + _DATE.replace("?P<", "?P<md_") + r")[*_]{1,2}[ \t]*(?:[-\u2013\u2014|,:][^\n]{0,60})?$"
    # a line that is the date, after the publisher's name and other parts a bar ends ("By Staff | Addis Standard |
    # Tuesday, 4 June 2024") or a name and a colon ("KABUL (Pajhwok): 12 August 2024"), perhaps with a clock time after
    # it ("TOLOnews | 04 March 2025 - 14:22")
    # ("Issued by the UN Office for the Coordination of Humanitarian Affairs (OCHA) | 7 October 2024", "Press Release |
    # Kabul, 5 October 2016")
    r"|^[ \t]*(?:[^\n|]{1,120}+\|[ \t]*){0,3}(?:[A-Z][A-Za-z .'&-]{1,30}(?:[ \t]*\([^()\n]{2,30}\))?:[ \t]*|"
    r"[A-Z][A-Za-z.'-]{1,30}(?:[ \t][A-Z][A-Za-z.'-]{1,30})?,[ \t]*)?"
    r"(?P<al>" + _DATE.replace("?P<", "?P<al_") + r")"
    # (the clock time after a bar, a dash, a comma or a space: "February 11, 2024 4:05 PM GMT+3", as Reuters' pages)
    r"(?:(?:[ \t]*[-–—|,][ \t]*|[ \t]+)\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)?"
    # (and when it was updated: "January 11, 2023 4:52 PM GMT+4:30 Updated 3 hours ago")
    # (or a note in brackets or after a dash: "Lunes 8 de julio de 2024 (English edition, translated)", "Saturday 11
    # January 2025 - all times Sudan (GMT+2)")
    r"(?:[ \t]*[-\u2013\u2014:])?[ \t]*(?:\|[^\n]*|[ \t]*(?:last\s+)?updated\b[^\n]{0,40}|\([^()\n]{1,60}\)|"
    r"(?<=[ \t])[-\u2013\u2014][ \t]+[^\n]{1,60})?$"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
# a word that may open a metadata word (a superset: its initial, and the rest of one of them), found by a regex
# that starts with a character set: the engine skips in C to the next such initial
_METADATA_WORD = textre.compile(r"[PUDLFWRIABCEpudlfwriabce](?<!\w[\s\S])(?i:ublished|pdated|osted|ated?|ast|irst|iled|ritten|eported|"
                                r"ssued|eleased|s\s+of|roadcast|ired|ompiled|orrespond|quivalent)")
FOOT_CHARS = 300  # a footer's date ends the text
_FOOT_WORDS = ("ublished", "UBLISHED", "ate", "ATE", "osted", "OSTED", "pdated", "PDATED", "iled", "ILED")  # (a cheap test first)
# (or a wire's "Filed: 4 June 2024 14:20 GMT" under its story, the clock time after the date)
_FOOTER = textre.compile(r"^[ \t]*(?:(?:first\s+|originally\s+)?published\s+in\s+(?:the\s+)?[A-Z][\w .&'-]{1,40},\s*(?:on\s+)?"
                         r"|(?:date|dated|published|posted|updated|filed)\s*:?\s*)"
                         r"(?P<ft>" + _DATE.replace("?P<", "?P<ft_") + r")"
                         r"(?:[ \t]*,?[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?)?[ \t.]*$",
                         re.IGNORECASE | re.MULTILINE)
# What opens a dateline before its country ("ASADABAD, "), or before its date ("KABUL, ", "ASADABAD, Afghanistan, ")
_DATELINE_PLACE = textre.compile(r"\s*[A-Z][A-Za-z .'/\-]{1,30},\s*")
# (a place, maybe its country, maybe the agency in brackets, then a comma, a dash or a bar, maybe a weekday: "KABUL, ",
# "Maiduguri, Nigeria — ", "N'Djamena (Wire), Monday ", "Ségou, Mali | ")
_DATELINE_HEAD = textre.compile(r"\s*[A-Z\u00c0-\u00de][\w .'/\-]{0,30}?(?:,\s*[A-Z\u00c0-\u00de][\w .'\-]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?"
                                r"\s*(?:,|[-\u2013\u2014|])\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?")
# Every date expression ends in a year of two or four digits after white space (or an ISO date's
# month after its hyphen): a head without white space or a hyphen before two digits, more than
# half of news items, holds no date. Found by a regex that starts with a character set, which the
# engine skips to in C, where the context regex tries its alternatives at every offset. (The first digit is
# matched first, the character before it behind it: digits are rarer than white space.)
_MAY_HOLD_DATE = textre.compile(r"\d(?<=[\s\-]\d)\d")
_DATE_RE = textre.compile(r"^\s*" + _DATE + r"\s*$", re.IGNORECASE)
_ISO_RE = textre.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


MIN_YEAR = 1900  # a date before it in a report's head or a numeric date is another calendar's (Hijri years run 13xx-14xx)


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:  # two-digit years pivot at 50: 90 -> 1990, 21 -> 2021
        y += 1900 if y >= 50 else 2000
    return y


def _iso(groups: dict[str, str | None], prefix: str = "") -> str | None:
    g = {k[len(prefix):]: v for k, v in groups.items() if k.startswith(prefix) and v is not None}
    try:
        if "iy" in g:
            d = date(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif "am" in g:
            d = date(_year(g["ay"]), _MONTHS[g["am"].lower().rstrip(".")], int(g["ad"]))
        elif "bm" in g:
            d = date(_year(g["by"]), _MONTHS[g["bm"].lower().rstrip(".")], int(g["bd"]))
        elif "fm" in g:
            d = date(int(g["fy"]), _MONTHS[g["fm"].lower()], int(g["fd"]))
        elif "ey" in g or "sy" in g or "hy" in g:
            k = "e" if "ey" in g else "s" if "sy" in g else "h"
            d = numeric_date(g[k + "d"], g[k + "m"], g[k + "y"], {"e": ".", "s": "/", "h": "-"}[k], g.get("wd"))
            if d is None:
                return None
        else:
            return None
    except (ValueError, KeyError):
        return None
    # ("15/02/1402 Hijri Shamsi": another calendar's year, no report's)
    return d.isoformat() if d.year >= MIN_YEAR else None


def _line_starts(text: str, start: int) -> list[int]:
    """The offsets from ``start`` on where '^' matches in MULTILINE mode: the text's start and after each line break."""
    out = [0] if start == 0 else []
    i = text.find("\n", max(0, start - 1))
    while i >= 0:
        out.append(i + 1)
        i = text.find("\n", i + 1)
    return out


def _starts(text: str, regex: textre.Regex, offsets: list[int], start: int = 0) -> Iterator[re.Match]:
    """What ``regex.finditer(text, start)`` finds, for a regex that can match only at ``offsets`` (ascending):
    tried there alone, instead of at every offset of the text. (Its matches are never empty.)"""
    end = start
    for i in offsets:
        if i >= end and (m := regex.match(text, i)) is not None:
            yield m
            end = m.end()


_TITLE_DATE = textre.compile(r"\s*(?:#+[ \t]*)?[^\n]{0,150}?\b(?P<tt>" + _DATE.replace("?P<", "?P<tt_") + r")[ \t*_]*$",
                             re.IGNORECASE | re.MULTILINE)


def find_published(text: str) -> str | None:
    """The publication date stated near the start of ``text`` as ``YYYY-MM-DD``, or None.

    Looks only at the first ``HEAD_CHARS`` characters, and only at dates standing where a
    publication date stands: a dateline, after "Published/Updated/Posted/Date", in a
    "Written by X on ..." byline, or alone on a line (or after the publisher's name: "Khaama Press | 14
    Feb 2023"); then at a footer in the last ``FOOT_CHARS`` ("Published in Dawn, April 9th, 2023", "Date:
    22 October 2022"). A date in the body of a sentence ("on Aug
    26, 2021 a bomb ...") is an event date and is not taken.

    >>> find_published("Updated 26 August 2021\\nThe Taliban said ...")
    '2021-08-26'
    >>> find_published("Written by Jane Doe on March 3, 2022")
    '2022-03-03'
    >>> find_published("On Aug 26, 2021 a bomb exploded.") is None
    True
    >>> find_published("PESHAWAR: Two soldiers were martyred.\\n\\nPublished in Dawn, April 9th, 2023")
    '2023-04-09'
    """
    head = text[:HEAD_CHARS]
    if _MAY_HOLD_DATE.search(head) is not None:
        # (the context regex matches only at a line's start or at a metadata word)
        starts = sorted(set(_line_starts(head, 0)).union(m.start() for m in _METADATA_WORD.finditer(head)))
        for m in _starts(head, _CONTEXT, starts):
            for prefix in ("dl_", "dd_", "kw_", "ln_", "by_", "cr_", "md_", "al_"):
                if m.group(prefix[:-1]) is not None:
                    iso = _iso(m.groupdict(), prefix)
                    if iso:
                        return iso
    # a newspaper's footer: "Published in Dawn, April 9th, 2023"
    tail = text[-FOOT_CHARS:]
    if textre.holds_any(tail, _FOOT_WORDS):
        start = max(0, len(text) - FOOT_CHARS)
        m = next(_starts(text, _FOOTER, _line_starts(text, start), start), None)  # (it matches at a line's start)
        if m is not None:
            return _iso(m.groupdict(), "ft_")
    # last, a title that ends with the day or the days it covers: "Security roundup: 8–14 July 2024", "week ending
    # Sunday 27 October 2024" (a roundup is written when its last day ends)
    m = _TITLE_DATE.match(head)
    return _iso(m.groupdict(), "tt_") if m else None


# the last day of the period a roundup covers, as its head states it: "Week 47: Monday 18 – Sunday 24 November 2024",
# "Security roundup: 8–14 July 2024", "week ending Sunday 27 October 2024", "1 to 7 May 2023"
_PERIOD_END = textre.compile(r"(?i)(?:\b\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]{3,9}\.?)?\s*(?:[-\u2013\u2014]|\bto\b)\s*|"
                             r"\bweek\s+(?:ending|ended|to)\s+)(?P<pe>" + _DATE.replace("?P<", "?P<pe_") + r")")


def period_end(text: str) -> str | None:
    """The last day of the period the report covers, when its head states one (a roundup's week), as YYYY-MM-DD.

    >>> period_end("# Weekly Roundup\\n\\n**Week 47: Monday 18 – Sunday 24 November 2024**\\n*Posted 25 November 2024*")
    '2024-11-24'
    >>> period_end("KABUL, May 3, 2023 - Gunmen killed 4 people.") is None
    True
    """
    head = text[:HEAD_CHARS]
    if _MAY_HOLD_DATE.search(head) is None:
        return None
    m = _PERIOD_END.search(head)
    return _iso(m.groupdict(), "pe_") if m else None


def normalize_date(value: object) -> str | None:
    """A metadata date value as ISO: ISO dates and datetimes are kept as given (trimmed), other
    spellings ("August 26, 2021", "26 Aug 21") become ``YYYY-MM-DD``; None when it is not a date.

    >>> normalize_date("Thu, 26 Aug 2021")
    '2021-08-26'
    >>> normalize_date("yesterday") is None
    True
    """
    if not isinstance(value, str):
        return None
    m = _ISO_RE.match(value)
    if m:
        try:
            date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return value.strip()
    # RFC 2822 style ("Thu, 26 Aug 2021 10:00:00 GMT"): drop the clock before matching.
    v = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|[+-]\d{4}))*\s*$", "", value.strip(), flags=re.I)
    m = _DATE_RE.match(v)
    return _iso(m.groupdict()) if m else None


def is_dateline_head(text: str, start: int, end: int, *, country: bool = True) -> bool:
    """Whether ``text[start:end]`` is all a dateline holds before its date: a place, maybe its country, each with
    its comma ("KABUL, ", "ASADABAD, Afghanistan, "); with ``country=False``, before its country: the place alone
    ("ASADABAD, "). The nlp layer asks it so as not to read a dateline's country as an actor or its date as the day
    of the events told after it.

    >>> is_dateline_head("KABUL, Aug 26, 2021 (Reuters) - Two explosions", 0, 7)
    True
    >>> is_dateline_head("Gunmen, who fled, were caught", 0, 18)
    False
    """
    return (_DATELINE_HEAD if country else _DATELINE_PLACE).fullmatch(text, start, end) is not None
