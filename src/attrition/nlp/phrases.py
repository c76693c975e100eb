"""Fast whole-word phrase lookup over raw text: a regular expression compiled from a trie.

Python's ``re`` tries alternatives one by one; a flat alternation of thousands of names is
slow. Built as a trie (shared prefixes factored out) the same set matches in time close to
linear in the text. Used for actor aliases, place names and the sentence gate, so that
whole documents can be scanned before any tokenisation.

    >>> idx = PhraseIndex(["Kabul", "Kabul airport", "Kandahar"])
    >>> [(m.group(0), m.start()) for m in idx.finditer("From Kabul airport to Kandahar")]
    [('Kabul airport', 5), ('Kandahar', 22)]
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Iterable, Iterator

from .. import textre


def trie_regex(words: Iterable[str], after_first: str = "") -> str:
    """A regex body that matches any of ``words`` (the longest first along each branch).
    ``after_first`` (a look-behind) is put after the first character of every word: then the regex
    starts with one of a known set of characters, and the regex engine skips in C to the next
    position that holds one (see PhraseIndex)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict, after: str = "") -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            branches.append(re.escape(ch) + after + build(node[ch]))
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        alt = "(?:" + "|".join(branches) + ")"
        return alt + "?" if end else alt

    return build(trie, after_first)


# A table for ASCII text as bytes: word characters (\w) kept, the rest to a space; then bytes.split() gives the text's
# runs of word characters, which sets meet in C (a cheap test of whether a scan can find anything)
WORDS_ASCII = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + b" " * 128
_LEADING_RUN = textre.compile(r"\w+")


class PhraseIndex:
    """Find whole-word occurrences of phrases, longest match first.

    ``case_sensitive`` phrases match as written; the others match in any case (the text is
    matched against a lower-cased copy, which keeps offsets identical for ASCII and nearly all
    text; we check the length to stay safe)."""

    def __init__(self, phrases: Iterable[str], case_sensitive: bool = True):
        words = sorted({p for p in phrases if p and p.strip()}, key=len, reverse=True)
        if not case_sensitive:
            words = sorted({w.lower() for w in words}, key=len, reverse=True)
        self.case_sensitive = case_sensitive
        self.size = len(words)
        self._runs: frozenset[bytes] | None = None  # (case-sensitive: see below)
        # longest match: a trie regex is greedy along each branch; the outer boundary forces whole words
        if not words:
            self._re = self._after = textre.compile(r"(?!x)x")
        elif case_sensitive:
            # mostly capitalised phrases: the word boundary is looked for behind the first character
            # (not before it, which is the same), so that the engine tries only the offsets that hold
            # a phrase's first character; in lower-cased text nearly every letter is one, and a
            # look-behind that fails inside words is quicker
            self._re = textre.compile(r"(?:" + trie_regex(words, r"(?<![\w\-][\s\S])") + r")(?![\w])(?!-\w)")
            # Every match starts with its phrase's leading run of word characters, a whole run of the text (the
            # character before the phrase and the one after the run are not word characters): an ASCII text none
            # of whose runs opens a phrase has no match, and is not scanned. (Phrases that open with another
            # character, or with a run that is not ASCII, which no ASCII text holds, leave it out.)
            runs = [_LEADING_RUN.match(w) for w in words]
            self._runs = None if not all(runs) else frozenset(r.group(0).encode("ascii") for r in runs if r.group(0).isascii())
        else:
            body = trie_regex(words)
            self._re = textre.compile(r"(?<![\w\-])(?:" + body + r")(?![\w])(?!-\w)")
            # The same phrases after the character before them, run on the text with a space in front (as
            # _every_start): a regex that starts with a character set lets the engine skip in C to the next
            # character that may stand before a phrase, where the look-behind was tried at every offset. It
            # answers search(), and finds where finditer() starts: most texts hold none of the phrases.
            self._after = textre.compile(r"[^\w\-](?:" + body + r")(?![\w])(?!-\w)")

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self.case_sensitive:
            if self._runs is not None and text.isascii() and self._runs.isdisjoint(text.encode("ascii").translate(WORDS_ASCII).split()):
                return iter(())
            return self._re.finditer(text)
        low = text.lower()
        if len(low) != len(text):  # rare non-ASCII case-folding that changes length
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        first = self._after.search(" " + low)
        if first is None:
            return iter(())
        # (the first phrase starts where the character before it is in the spaced text: there the matches start)
        return self._re.finditer(low, first.start())

    def search(self, text: str) -> bool:
        if self.case_sensitive:
            return self._re.search(text) is not None
        return self._after.search(" " + text.lower()) is not None


class PhraseSets:
    """Which of several named phrase lists have a whole-word occurrence in a text, in one pass:
    ``present(text)`` is ``{name for name, idx in indexes.items() if idx.search(text)}`` for
    case-insensitive ``PhraseIndex``es of the lists, without a scan of the text per list.

        >>> sorted(PhraseSets({"arms": ["gun", "gunfire"], "fire": ["fire", "gunfire"], "car": ["car bomb"]}).present("Gunfire, a car."))
        ['arms', 'fire']

    One regex over all phrases finds, at every place where some phrase starts, the longest one
    that ends a word there (as PhraseIndex does: a trie is greedy, the boundary makes it back
    off). Any shorter phrase matching at that place is a prefix of it that ends a word inside it,
    so each phrase carries the names of its own lists and of those prefixes' lists."""

    def __init__(self, lists: dict[str, Iterable[str]]):
        self.names = list(lists)
        owners = _owners(lists)
        self._names_of: dict[str, frozenset[str]] = {}
        for p, own in owners.items():
            names = set(own)
            for j in range(1, len(p)):
                # PhraseIndex's end of a word after p[:j]: no word character and no '-' before one next
                if p[:j] in owners and not _WORD_CHAR.match(p, j) and not _HYPHEN_WORD.match(p, j):
                    names |= owners[p[:j]]
            self._names_of[p] = frozenset(names)
        self._re = _every_start(sorted(owners, key=len, reverse=True))

    def present(self, text: str) -> set[str]:
        """The names of the lists with a phrase in ``text``, in the order the lists were given."""
        found: set[str] = set()
        for m in self._re.finditer(" " + text.lower()):  # (see _every_start)
            found |= self._names_of[m.group(1)]
        return {n for n in self.names if n in found}


def _every_start(phrases: list[str]) -> textre.Regex:
    """A regex that finds, at every offset where one of ``phrases`` starts as a whole word (overlapping
    ones too), the longest such phrase as group 1; it is run on the text with a space in front, and
    ``m.start()`` is then the phrase's offset in the text itself.

    It matches the character before the phrase (not a word character or '-'), where a look-behind
    would say the same: a pattern that starts with a character set lets the regex engine skip in C to
    the next such character, and the look-behind was tried at every offset of the text (a fifth of the
    cost of a document's scan). The space in front stands for the text's start."""
    body = trie_regex(phrases) if phrases else r"(?!x)x"
    return textre.compile(r"[^\w\-](?=(" + body + r")(?![\w])(?!-\w))")


def _owners(lists: dict[str, Iterable[str]]) -> dict[str, set[str]]:
    """Each lower-cased phrase of the lists, with the names of the lists that hold it (blank phrases left out)."""
    owners: dict[str, set[str]] = {}
    for name, phrases in lists.items():
        for p in phrases:
            if p and p.strip():
                owners.setdefault(p.lower(), set()).add(name)
    return owners


_WORD_CHAR = textre.compile(r"\w")
_HYPHEN_WORD = textre.compile(r"-\w")


class PhraseGroups:
    """Several phrase lists matched in any case in one pass over a text: ``finditer(text)[name]`` is
    what ``PhraseIndex(lists[name], case_sensitive=False).finditer(text)`` finds, as (start, end,
    lower-cased phrase) tuples. A whole-document scan costs per character whatever it looks for, so
    the lists a document is scanned for go in one.

        >>> PhraseGroups({"a": ["kabul", "kabul airport"], "b": ["airport", "kabul"]}).finditer("Kabul airport")
        {'a': [(0, 13, 'kabul airport')], 'b': [(0, 5, 'kabul'), (6, 13, 'airport')]}

    One regex over all phrases finds, at every place where a phrase starts, the longest phrase of
    any list (in a look-ahead, so that a phrase starting inside another is seen too). A list's
    longest phrase there is that one or a prefix of it that ends a word inside it (as in
    PhraseSets); each list then takes, left to right, those that start after its last one ends."""

    def __init__(self, lists: dict[str, Iterable[str]], articles_yield: Iterable[str] = ()):
        self.names = list(lists)
        self._articles_yield = frozenset(articles_yield)  # lists whose phrases with "the " give way (see finditer)
        owners = _owners(lists)
        # phrase -> ((list, its longest phrase that is this one or a prefix ending a word inside it), ...)
        self._longest: dict[str, tuple[tuple[str, str], ...]] = {}
        for p in owners:
            best: dict[str, str] = {}
            for j in range(1, len(p) + 1):
                if p[:j] in owners and (j == len(p) or not _WORD_CHAR.match(p, j) and not _HYPHEN_WORD.match(p, j)):
                    best.update(dict.fromkeys(owners[p[:j]], p[:j]))
            self._longest[p] = tuple(best.items())
        self._re = _every_start(sorted(owners, key=len, reverse=True))

    def finditer(self, text: str) -> dict[str, list[tuple[int, int, str]]]:
        low = text.lower()
        if len(low) != len(text):  # as PhraseIndex: rare non-ASCII case-folding that changes length
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        out: dict[str, list[tuple[int, int, str]]] = {n: [] for n in self.names}
        ends = dict.fromkeys(self.names, 0)
        for m in self._re.finditer(" " + low):  # (see _every_start)
            s = m.start()
            for name, phrase in self._longest[m.group(1)]:
                if s >= ends[name]:
                    ends[name] = e = s + len(phrase)
                    out[name].append((s, e, phrase))
                elif name in self._articles_yield and s + len(phrase) > ends[name] and \
                        (last := out[name][-1])[0] + 4 == s and last[2].startswith("the "):
                    # "the Islamic State Khorasan group": a phrase with its article gives way to a longer one that
                    # starts after the article and runs on
                    ends[name] = e = s + len(phrase)
                    out[name][-1] = (s, e, phrase)
        return out


def longest_first(spans: list, bounds=lambda s: (s.start, s.end)) -> list:
    """Non-overlapping spans, left to right, the longest winning where two start together."""
    ordered = sorted(spans, key=lambda s: (bounds(s)[0], -(bounds(s)[1] - bounds(s)[0])))
    out, last_end = [], -1
    for s in ordered:
        start, end = bounds(s)
        if start >= last_end:
            out.append(s)
            last_end = end
    return out


_WORD = textre.compile(r"\w+(?:['’.-]\w+)*")
# The _WORD matches of a text that may begin a name: any word, or (case-sensitive) those that may
# be capitalised (not starting with a digit, '_' or a-z: the caller checks isupper()). A word
# starts at a word character that does not continue a word.
_ANY_WORD = textre.compile(r"(?<!\w)(?<!\w['’.-])\w+(?:['’.-]\w+)*")
# (_CAP_WORD looks behind its first character, and checks its class there: a regex that starts with a
# character set lets the engine skip in C to the next capital, where _ANY_WORD's form tries every offset)
_CAP_WORD = textre.compile(r"[A-Z\u0080-\U0010ffff](?<=[^\W\d_a-z])(?<!\w[\s\S])(?<!\w['’.-][\s\S])\w*(?:['’.-]\w+)*")
# (in ASCII text only A-Z can open it: a set the engine tests in a table, where the set above is two ranges)
_CAP_WORD_ASCII = textre.compile(r"[A-Z](?<!\w[\s\S])(?<!\w['’.-][\s\S])\w*(?:['’.-]\w+)*")


_POSSESSIVE = ("'s", "’s")


class NameIndex:
    """Whole-name lookup for very large sets of capitalised names (the gazetteer's ~50k forms).

    A trie regex of that size takes seconds to compile; a dictionary keyed by the first word
    builds in milliseconds and looks up only at capitalised words. Matching is case-sensitive,
    or on lower-cased text with ``fold_case`` (for all-caps wire copy).

        >>> idx = NameIndex(["Kabul", "Mazar-i-Sharif", "Dera Ismail Khan"])
        >>> [m[2] for m in idx.finditer("From Dera Ismail Khan to Mazar-i-Sharif and Kabul.")]
        ['Dera Ismail Khan', 'Mazar-i-Sharif', 'Kabul']
    """

    def __init__(self, names: Iterable[str], fold_case: bool = False):
        self.fold_case = fold_case
        self.names: dict[str, str] = {}
        self.first: dict[str, int] = {}
        for n in names:
            key = n.lower() if fold_case else n
            words = _WORD.findall(key)
            if not words:
                continue
            self.names.setdefault(key, n)
            self.first[words[0]] = max(self.first.get(words[0], 0), len(words))

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, canonical name form) for each longest match, left to right.

        Only words that can begin a name are looked at: in case-sensitive mode the capitalised
        ones, found by a regex in C, so most words of a text cost nothing in Python."""
        src = text.lower() if self.fold_case and len(text.lower()) == len(text) else text
        first, names = self.first, self.names
        candidates = _ANY_WORD if self.fold_case else _CAP_WORD_ASCII if src.isascii() else _CAP_WORD
        pos = 0  # end of the last name found: the words before it are taken
        for m in candidates.finditer(src):
            if m.start() < pos:
                continue
            w = m.group(0)
            k = first.get(w)
            if k is None and w.endswith(_POSSESSIVE):
                k = first.get(w[:-2])  # "Karachi's Lyari area"
            if k is None or (not self.fold_case and not w[0].isupper()):
                continue
            words = [m]
            if k > 1:  # the words after it, up to the longest name it opens (one scan, not a search for each)
                words += islice(_WORD.finditer(src, m.end()), k - 1)
            for L in range(len(words), 0, -1):
                s, e = words[0].start(), words[L - 1].end()
                cand = src[s:e]
                if cand in names:
                    break
                if e < len(src) and src[e] == "." and src[s:e + 1] in names:
                    e += 1
                    cand = src[s:e]
                    break
                if cand.endswith(_POSSESSIVE) and cand[:-2] in names:
                    e -= 2
                    cand = cand[:-2]
                    break
            else:
                continue
            yield s, e, names[cand]
            pos = words[L - 1].end()
