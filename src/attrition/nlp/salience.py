"""Salience: how much a report is about an event, as opposed to how sure we are of it.

Confidence says whether an event happened as extracted; salience says which event a report is
ABOUT. A report leads with its news: the event told in the headline or lead sentences, told
again in later sentences, with a named perpetrator and a toll, is its subject; a clash
mentioned in passing, or last year's attack recalled for context, is not. The score is computed
per document after merging (one event told in five sentences is one event mentioned five times)
and is comparable between the events of one document; across documents it is only a rough guide.

    >>> round(salience(first=0, mentions=3, named_perpetrator=True, harmed=4, background=False), 2)
    0.84
    >>> salience(first=9, mentions=1, named_perpetrator=False, harmed=0, background=True) < 0.2
    True
"""
from __future__ import annotations

import math
from datetime import date

# weights of the parts; they sum to 1
_W_LEAD, _W_MENTIONS, _W_PERP, _W_HARM = 0.45, 0.2, 0.15, 0.2
LEAD_SENTENCES = 2        # a dateline/headline sentence and the lead: where wire copy tells its news
_BACKGROUND_DAYS = 45      # an event this long before the report is context, not news
_BACKGROUND_FACTOR = 0.4
_NON_VIOLENT_FACTOR = 0.7


def salience(first: int, mentions: int, named_perpetrator: bool, harmed: int, background: bool,
             modality: str = "asserted", violent: bool = True) -> float:
    """The salience (0-1) of an event first told in sentence ``first`` (0-based) of its report and told in
    ``mentions`` sentences, with ``harmed`` people killed or wounded. Background events (told as the past),
    events not asserted as fact ("planned", "hypothetical", "negated") and, beside violence, acts without
    it (arrests, seizures, talks) count for less: a report that tells of an attack and of the arrests
    after it is about the attack."""
    lead = (1.0 if first == 0 else 0.9) if first < LEAD_SENTENCES else 0.6 / (1 + (first - LEAD_SENTENCES) / 4)
    told = min(1.0, (mentions - 1) / 3)
    harm = min(1.0, math.log1p(max(0, harmed)) / math.log1p(20))
    s = _W_LEAD * lead + _W_MENTIONS * told + _W_PERP * named_perpetrator + _W_HARM * harm
    if background:
        s *= _BACKGROUND_FACTOR
    if modality in ("planned", "hypothetical", "negated"):
        s *= 0.5
    if not violent:
        s *= _NON_VIOLENT_FACTOR
    return round(min(1.0, max(0.0, s)), 3)


def is_background(event_date: str | None, precision: str | None, report_date: str | None) -> bool:
    """An event dated well before its report ("last May", "in 1985"): context, not the news.

    >>> is_background("1988-05-10", "day", "1988-12-21"), is_background("1988-12-20", "day", "1988-12-21")
    (True, False)
    >>> is_background("1987", "year", "1988-12-21"), is_background(None, None, "1988-12-21")
    (True, False)
    """
    if not event_date or not report_date:
        return False
    ev, ref = _as_date(event_date, end=True), _as_date(report_date)
    if ev is None or ref is None:
        return False
    return (ref - ev).days > _BACKGROUND_DAYS and precision in ("day", "week", "month", "year")


def _as_date(iso: str, end: bool = False) -> date | None:
    """An ISO date, year-month or year as a date; a period as its last day when ``end`` (an event "in 1987"
    may have been on its last day), else its first."""
    parts = iso[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        d = int(parts[2]) if len(parts) > 2 else (28 if end else 1)
        return date(y, m, d)
    except (ValueError, IndexError):
        return None
