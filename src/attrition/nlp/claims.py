"""Quantitative claims: how many fighters, attacks, casualties, dollars a sentence says, and of whom.

A count found by :func:`attrition.numbers.find_counts` (or a money amount) becomes a claim when
the lexicon (``knowledge/data/claims.yaml``) can say what it counts: the noun it qualifies
("77 attacks"), the verb that follows or precedes it ("1,400 fighters surrendered", "killed 13
soldiers"), or a quantity noun earlier in the clause ("civilian casualties ... a record of over
10,000"). The subject is the actor the count belongs to ("ISIS-K fighters", "attacks by
ISIS-K", "their fighters" → the group the text is about); for casualties it is the victims.

    >>> from attrition.records import ActorRef, Document
    >>> from attrition.nlp.context import ActorSpan, SentenceContext
    >>> t = "ISIS-K had about 2,000 fighters in 2021."
    >>> ctx = SentenceContext(Document("d", t), 0, 0, len(t), t,
    ...                       actors=[ActorSpan(0, 6, "ISIS-K", ActorRef("iskp", "ISKP", "armed_group"))])
    >>> [(c.subject.id, c.quantity, c.value, c.qualifier) for c in ClaimFinder(None, None).find(ctx)]
    [('iskp', 'fighters', 2000.0, 'about')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from .. import textre
from ..errors import KnowledgeError
from ..knowledge.lexicon import read_knowledge_yaml
from ..numbers import find_counts, parse_count, parse_number
from ..records import Claim, Count
from .context import SentenceContext
from .phrases import PhraseGroups

QUANTITIES = ("fighters", "killed", "injured", "casualties", "attacks", "funding", "surrendered", "arrested",
              "displaced", "members", "other")
_LEXICON = "attrition/knowledge/data/claims.yaml"
_VICTIM_QUANTITIES = {"killed", "injured", "casualties", "displaced"}
_QUALIFIERS = {"about": "about", "over": "over", "at least": "at least", "up to": "up to", "under": "under",
               "vague": "about"}


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    nouns: dict[str, tuple[str, str]]   # form -> (quantity, unit)
    verbs: dict[str, str]               # form -> quantity
    signs: dict[str, str]               # currency sign -> unit
    money_words: dict[str, str]
    skip_after: tuple[str, ...]


@lru_cache(maxsize=4)
def load_claim_lexicon(path: str | None = None) -> ClaimLexicon:
    data, where = read_knowledge_yaml("claims.yaml", path, "claims lexicon")
    if not isinstance(data, dict):
        raise KnowledgeError(where, None, "expected a mapping with 'nouns' and 'verbs'")
    nouns: dict[str, tuple[str, str]] = {}
    for q, spec in (data.get("nouns") or {}).items():
        if q not in QUANTITIES:
            raise KnowledgeError(where, f"nouns.{q}", f"not a contract quantity; use one of {QUANTITIES}")
        if not isinstance(spec, dict) or not isinstance(spec.get("forms"), list):
            raise KnowledgeError(where, f"nouns.{q}", "expected {unit, forms: [...]}")
        for f in spec["forms"]:
            nouns.setdefault(str(f).lower(), (q, str(spec.get("unit") or "people")))
    verbs: dict[str, str] = {}
    for q, forms in (data.get("verbs") or {}).items():
        if q not in QUANTITIES:
            raise KnowledgeError(where, f"verbs.{q}", f"not a contract quantity; use one of {QUANTITIES}")
        if not isinstance(forms, list):
            raise KnowledgeError(where, f"verbs.{q}", "expected a list of phrases")
        for f in forms:
            verbs.setdefault(str(f).lower(), q)
    money = data.get("money") or {}
    signs = {str(k): str(v) for k, v in (money.get("signs") or {}).items()}
    words = {str(k).lower(): str(v) for k, v in (money.get("words") or {}).items()}
    skip = tuple(str(x).lower() for x in data.get("skip_after") or [])
    return ClaimLexicon(nouns, verbs, signs, words, skip)


_FROM_TO = textre.compile(r"(?i)\bfrom\s+(?P<a>\d[\d,.]*(?:\s*(?:thousand|million|billion|k|m|bn)\b)?)\s+to\s+"
                          r"(?P<b>\d[\d,.]*(?:\s*(?:-|–|to)\s*\d[\d,.]*)?(?:\s*(?:thousand|million|billion|k|m|bn)\b)?)")
_MONEY_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>million|billion|thousand|mn|bn|m|k)?\b"
_PERIOD = textre.compile(r"(?i)\b(?:in|during|within|over)\s+(?:the\s+)?(?P<p>(?:first|last|past|previous|next|following)\s+"
                         r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few)?\s*(?:days?|weeks?|months?|years?|quarters?))")
_POSSESSIVE = textre.compile(r"(?i)^\s*(?:of\s+)?(?:their|its)\b")
_NUMBER_WORD = textre.compile(r"\d|dozen|hundred|thousand|million|score", re.I)
_NUMBER_WORDS = ("dozen", "hundred", "thousand", "million", "score")
_DIGIT = textre.compile(r"[0-9]")
_DIGITS = textre.compile(r"[0-9]+")
_ANY_DIGIT = textre.compile(r"\d")
_UP_TO = textre.compile(r"(?i)\b(?:could|may|might|would)\s+(?:rise|reach|grow|climb|go up)\s+to\s*$|\brise\s+to\s*$|\breach(?:ed)?\s*$")
_MONEY_QUALIFIER_BEFORE = textre.compile(r"(?i)\b(more than|over|about|around|almost|nearly|up to|at least|as much as|"
                                         r"less than)\s*$")
_YEAR = textre.compile(r"(?:19|20)\d\d")
# what joins two counts that share a verb: "killed 13 soldiers and more than 100 Afghans"
_AND = textre.compile(r"\s*(?:,|and|,\s*and|as well as)\s*")
# what befell the people counted, told after them: "12 were killed"
# what a count's people may have come to, right after it: "13 were killed" (_FATE_AFTER)
_FATES = ("killed", "dead", "injured", "wounded", "arrested", "detained", "displaced")
_FATE_AFTER = textre.compile(r"\s*(?:were|have been|had been|was)?\s*(" + "|".join(_FATES) + r")\b")


def _from_before(text: str, digit: int) -> int:
    """Where a "from N to M" may start at the earliest, given the text's first digit: "from" and the white
    space before that digit (a later number's "from" stands after the first digit)."""
    while digit and text[digit - 1].isspace():
        digit -= 1
    return max(0, digit - len("from"))


class ClaimFinder:
    """Finds quantitative claims in gated sentences."""

    def __init__(self, nlp=None, catalog=None, lexicon_file: str | None = None, mentions=None):
        self.nlp = nlp
        self.catalog = catalog
        self.mentions = mentions  # the pipeline's MentionFinder, for the subject tracker
        self.lexicon = load_claim_lexicon(lexicon_file)
        lx = self.lexicon
        # the nouns and the verbs of a sentence in one pass (what PhraseIndex(case_sensitive=False).finditer finds of
        # each; its regex matches the character before a phrase where PhraseIndex's looks behind at every offset)
        self._words = PhraseGroups({"nouns": lx.nouns, "verbs": lx.verbs})
        signs = sorted(lx.signs, key=len, reverse=True)
        # the lookahead holds the first characters of a sign or a number: the same matches, found
        # without trying every alternative at every position (no signs: a match may start with a space)
        lead = "(?=[\\d" + "".join(sorted({re.escape(s[0]) for s in signs})) + "])" if signs else ""
        self._money = textre.compile(r"(?i)" + lead + r"(?:(?P<sign>" + "|".join(re.escape(s) for s in signs) + r")\s?" + _MONEY_NUM
                                     + r"|" + _MONEY_NUM.replace("?P<num>", "?P<num2>").replace("?P<scale>", "?P<scale2>")
                                     + r"\s+(?P<word>" + "|".join(re.escape(w) for w in sorted(lx.money_words, key=len, reverse=True)) + r")\b)")
        # how far before its first digit a money amount may start: a sign and a space
        self._money_lead = max(map(len, signs), default=0) + 1
        self._signs_low = tuple(sorted({s.lower() for s in signs}))
        self._money_words_low = tuple(sorted({w.lower() for w in lx.money_words}))
        self._skip = textre.compile(r"(?i)^\s*(?:" + "|".join(re.escape(s) for s in sorted(lx.skip_after, key=len, reverse=True)) + r")\b")
        self._skip_dash = textre.compile(r"^[-–]\w")
        self.gate_words: list[str] = sorted(set(lx.nouns) | set(lx.verbs) | set(lx.money_words) | {"million", "billion"})
        self._topic = None  # a RelationFinder used for subjects carried across sentences
        # a sentence's nouns and verbs, read by ``counts`` and then by ``find``: remembered for the last few sentences
        self._words_in = lru_cache(maxsize=4)(self._words.finditer)

    # ----------------------------------------------------------------------------------
    @staticmethod
    def may_claim(text: str) -> bool:
        """False when ``text`` holds no number, so ``find`` has nothing to read but its actors' subject.
        (ASCII text, nearly all, is searched for a digit by a character set, which the regex engine
        scans for in C, and for the number words as substrings.)"""
        if text.isascii():
            if _DIGIT.search(text) is not None:
                return True
            low = text.lower()
            return textre.holds_any(low, _NUMBER_WORDS)
        return _NUMBER_WORD.search(text) is not None

    def counts(self, ctx: SentenceContext) -> list[tuple[int, int, Count, str | None]]:
        """The numbers a claim may be made of (sentence-local (start, end, count, money unit)), dates
        left out. Reads the text and the times, not the actors: the pipeline looks for a sentence's
        generic actors, which claims' subjects may be, only where there are counts (or an event)."""
        text = ctx.text
        if not self.may_claim(text):
            return []
        words = self._words_in(text)
        if not words["nouns"] and not words["verbs"] and text.isascii():
            # a count makes a claim with a noun or a verb of the lexicon, as money, or before a fate ("13 were
            # killed"): without any, none of its numbers is a claim, and the dates they are told apart from are
            # not looked for
            low = text.lower()
            digit = _ANY_DIGIT.search(text)
            if not textre.holds_any(low, _FATES) and (digit is None or not self._may_hold_money(low, digit.start())):
                return []
        return self._counts(text, [(t.start - ctx.start, t.end - ctx.start) for t in ctx.times])

    def find(self, ctx: SentenceContext, counts: list[tuple[int, int, Count, str | None]] | None = None) -> list[Claim]:
        """The sentence's claims. ``counts``: its ``counts``, when the caller has looked for them already."""
        text = ctx.text
        self._tracker().note(ctx)
        if counts is None:
            counts = self.counts(ctx)
        if not counts:
            return []
        low = text.lower()
        words = self._words_in(text)
        nouns, verbs = words["nouns"], words["verbs"]
        out: list[Claim] = []
        prev_q: tuple[int, str, str] | None = None   # (end, quantity, unit) of the last claim, for "and N more"
        for s, e, count, money_unit in counts:
            qe = e
            if money_unit and money_unit.startswith("from:"):  # "from 2000 to 4000-5000 militants"
                qe, money_unit = int(money_unit[5:]), None
            q = self._quantity(text, low, s, qe, nouns, verbs, money_unit, prev_q)
            if q is None:
                continue
            quantity, unit, noun_span = q
            subject, name = self._subject(ctx, text, low, s, e, quantity, noun_span)
            qualifier = _QUALIFIERS.get(count.qualifier or "")
            if _UP_TO.search(low[max(0, s - 25): s]):
                qualifier = "up to"
            day, period = self._when(ctx, low, s, e)
            high = float(count.high) if count.high is not None else None
            out.append(Claim(ctx.doc.id, subject, name, quantity, float(count.best), float(count.low), high, qualifier,
                             unit, day, period, ctx.evidence(text[s:e])))
            prev_q = (noun_span[1] if noun_span else e, quantity, unit)
        return out

    # -- counts ------------------------------------------------------------------------
    def _counts(self, text: str, time_spans: list[tuple[int, int]]) -> list[tuple[int, int, Count, str | None]]:
        out: list[tuple[int, int, Count, str | None]] = []
        taken: list[tuple[int, int]] = []
        # a money amount and "from N to M" hold a digit; most sentences read here have only number words
        digit = _ANY_DIGIT.search(text)
        digits = digit is not None
        # (the text before the first digit, less a sign's room, holds no money amount: it is not scanned)
        for m in self._money.finditer(text, max(0, digit.start() - self._money_lead)) \
                if digits and (not text.isascii() or self._may_hold_money(text.lower(), digit.start())) else ():
            num = m.group("num") or m.group("num2")
            scale = m.group("scale") or m.group("scale2")
            v = parse_number(num + (" " + scale if scale else ""))
            if v is None:
                continue
            unit = self.lexicon.signs.get(m.group("sign") or "") or self.lexicon.money_words.get((m.group("word") or "").lower(), "USD")
            if m.group("sign") and m.group("sign").lower() == "rs" and not scale:
                pass
            c = parse_count(text[m.start("num") if m.group("num") else m.start("num2"):
                                 m.end("scale") if scale and m.group("scale") else (m.end("scale2") if scale else
                                 (m.end("num") if m.group("num") else m.end("num2")))].replace("$", ""))
            if c is None or c.best != int(v):
                c = Count(int(v), int(v), int(v), None)
            # a qualifier before the sign: "more than $5 million"
            qm = _MONEY_QUALIFIER_BEFORE.search(text[max(0, m.start() - 15): m.start()])
            if qm:
                q = {"more than": "over", "over": "over", "about": "about", "around": "about", "almost": "about",
                     "nearly": "about", "up to": "up to", "as much as": "up to", "at least": "at least",
                     "less than": "under"}[qm.group(1).lower()]
                c = Count(c.best, c.low if q != "up to" else 0, None if q in ("over", "at least") else c.high, q)
            out.append((m.start(), m.end(), c, unit))
            taken.append((m.start(), m.end()))
        for m in _FROM_TO.finditer(text, _from_before(text, digit.start())) \
                if digits and (not text.isascii() or "from" in text.lower()) else ():
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            ca, cb = parse_count(m.group("a")), parse_count(m.group("b"))
            if ca and cb:
                out.append((m.start("a"), m.end("a"), ca, "from:%d" % m.end("b")))
                out.append((m.start("b"), m.end("b"), cb, None))
                taken.append((m.start(), m.end()))
        for s, e, c in find_counts(text):
            if any(a < e and s < b for a, b in taken) or any(a < e and s < b for a, b in time_spans):
                continue
            tok = text[s:e].strip().lower()
            if tok in ("a", "an", "one", "no", "both", "single", "some", "several", "many", "numerous", "few", "a few",
                       "a couple", "a couple of", "couple of", "pair of", "a pair of"):
                continue
            if _YEAR.fullmatch(tok):
                continue
            if self._skip.match(text[e:]) or self._skip_dash.match(text[e:]):
                continue
            out.append((s, e, c, None))
        out.sort(key=lambda x: x[0])
        return out

    def _may_hold_money(self, low: str, digit: int) -> bool:
        """Whether ``low`` (ASCII text, lower-cased, its first digit at ``digit``) may hold a money amount: a money
        word, or a sign right before a number (or before one white space and a number), as self._money needs. A
        money scan tries its pattern at every offset from the first digit on; the words are looked for as
        substrings and the signs before each number, in C, and most sentences with a number hold neither."""
        if textre.holds_any(low, self._money_words_low):
            return True
        signs = self._signs_low
        for m in _DIGITS.finditer(low, digit):  # (a sign before a number stands before the first of its digits)
            d = m.start()
            if low.endswith(signs, 0, d) or d and low[d - 1].isspace() and low.endswith(signs, 0, d - 1):
                return True
        return False

    # -- what is counted ---------------------------------------------------------------
    def _quantity(self, text, low, s, e, nouns, verbs, money_unit, prev_q):
        if money_unit:
            return "funding", money_unit, None
        # the noun the count qualifies: "77 attacks", "1400 of their fighters", "13 American soldiers"
        noun = None
        for ns, ne, form in nouns:
            if ns >= e:
                gap = low[e:ns]
                if len(gap.split()) <= 3 and not re.search(r"[,;.:]|\b(?:and|or|in|on|at|by|from|to|with)\b", gap):
                    noun = (ns, ne, form)
                break
        # a verb that says what happened to them: "... fighters and their families surrendered"
        verb = None
        after_from = noun[1] if noun else e
        for vs, ve, form in verbs:
            if vs >= after_from and len(low[after_from:vs].split()) <= 6 and not re.search(r"[;.:]", low[after_from:vs]):
                q = self.lexicon.verbs[form]
                if q != "attacks":
                    verb = (vs, ve, form)
                break
        if verb is not None and not (noun and self.lexicon.nouns[noun[2]][0] in ("attacks",)):
            return self.lexicon.verbs[verb[2]], "people", noun
        # a verb before the count: "killed 13 soldiers", "arrested 40 suspects"
        for vs, ve, form in reversed(verbs):
            if ve <= s and len(low[ve:s].split()) <= 3 and not re.search(r"[;.:]", low[ve:s]):
                q = self.lexicon.verbs[form]
                if q != "attacks":
                    return q, "people", noun
                break
        if noun is not None:
            q, unit = self.lexicon.nouns[noun[2]]
            return q, unit, noun
        # "killed 13 soldiers and more than 100 Afghans": the second count shares the first's verb
        if prev_q is not None and _AND.fullmatch(low[prev_q[0]:s] or "x"):
            return prev_q[1], prev_q[2], None
        # a quantity noun earlier in the clause: "civilian casualties ... a record of over 10,000"
        for ns, ne, form in reversed(nouns):
            if ne <= s and len(low[ne:s].split()) <= 14 and not re.search(r"[;:]", low[ne:s]):
                q, unit = self.lexicon.nouns[form]
                if q in ("casualties", "killed", "injured", "displaced"):
                    return q, unit, (ns, ne, form)
                break
        if prev_q is None:
            after = low[e:e + 25]
            m = _FATE_AFTER.match(after)
            if m:
                return self.lexicon.verbs.get(m.group(1), "other"), "people", None
        return None

    # -- whose figure ------------------------------------------------------------------
    def _subject(self, ctx, text, low, s, e, quantity, noun_span):
        named = [a for a in ctx.actors if not a.generic]
        loc = lambda a: (a.start - ctx.start, a.end - ctx.start)  # noqa: E731
        end = noun_span[1] if noun_span else e
        if quantity in _VICTIM_QUANTITIES or quantity in ("arrested",):
            # the victims: the actor the count qualifies ("13 American soldiers", "100 Afghans")
            for a in ctx.actors:
                a0, a1 = loc(a)
                if a0 >= e and a0 <= end + 2 or (a0 >= e and len(low[e:a0].split()) <= 2 and not re.search(r"[,;]", low[e:a0])):
                    return a.ref, a.ref.name
                if noun_span and a0 <= noun_span[0] < a1 + 2 and a1 <= noun_span[1] + 1 and a1 >= noun_span[0] - 12:
                    return a.ref, a.ref.name
            if noun_span is None:
                m = re.match(r"\s+([A-Z][a-z]+s)\b", text[e:])
                if m:
                    return None, m.group(1)
            pre = low[max(0, (noun_span[0] if noun_span else s) - 12): noun_span[0] if noun_span else s]
            if "civilian" in pre or (noun_span and "civilian" in low[noun_span[0]:noun_span[1]]):
                return self._civilians(ctx)
            for a in ctx.actors:
                a0, a1 = loc(a)
                if a.generic and abs(a0 - s) < 40:
                    return a.ref, a.ref.name
            return None, "unspecified"
        # "attacks by ISIS-K", "fighters of ISIS-K"
        for a in named:
            a0, a1 = loc(a)
            if a0 >= end and a0 - end < 60:
                between = low[end:a0]
                if re.search(r"\b(?:by|of|from|belonging to)\s+(?:the\s+)?$", between) and not re.search(r"[;]", between):
                    return a.ref, a.ref.name
        # "ISIS-K fighters", "4,000 ISIS-K militants": the actor inside the noun phrase
        for a in named:
            a0, a1 = loc(a)
            if e <= a0 and noun_span and a1 <= noun_span[0] + 1:
                return a.ref, a.ref.name
            if noun_span and a1 <= s and re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}", low[a1:s] + " "):
                return a.ref, a.ref.name
        # "their fighters", a sentence without a named armed group: the group the text is about
        if _POSSESSIVE.match(low[e:]) or not any(a.ref.kind == "armed_group" for a in named):
            topic = self._carried(ctx)
            if topic is not None:
                return topic, topic.name
        # the clause's subject: the nearest named armed group before the count
        before = [a for a in named if loc(a)[1] <= s and a.ref.kind in ("armed_group", "state")]
        if before:
            return before[-1].ref, before[-1].ref.name
        after = [a for a in named if loc(a)[0] >= e and a.ref.kind == "armed_group"]
        if after:
            return after[0].ref, after[0].ref.name
        return None, "unspecified"

    def _civilians(self, ctx):
        if self.catalog is not None and ctx.country:
            try:
                ref = self.catalog.country_actor("civ", country=ctx.country, date=ctx.role_date or ctx.doc.date)
                return ref, ref.name
            except Exception:
                pass
        return None, "civilians"

    def _tracker(self):
        if self._topic is None:
            from .relations import RelationFinder
            self._topic = RelationFinder(self.nlp, self.catalog, mentions=self.mentions)
        return self._topic

    def _carried(self, ctx):
        return self._tracker().carried_subject(ctx)

    # -- when --------------------------------------------------------------------------
    def _when(self, ctx, low, s, e):
        day, period = None, None
        times = sorted(ctx.times, key=lambda t: abs((t.start - ctx.start) - s))
        for t in times:
            if t.kind == "point":
                day = t.value
            else:
                period = f"{t.period[0]}/{t.period[1]}"
            break
        m = _PERIOD.search(low, max(0, s - 80), e + 60)
        if m and period is None:
            period = m.group("p")
            if day and len(day) == 4:
                period = f"{period} of {day}"
        return day or ctx.date or ctx.doc.date, period


__all__ = ["ClaimFinder", "load_claim_lexicon", "QUANTITIES"]
