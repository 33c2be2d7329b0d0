"""Alias merging across articles: one entity per person, organisation or place however it is written.

People: full names merge when surnames match (transliteration-folded, difflib) and first names are alike
("Sergey"/"Sergei"); a bare "Lavrov" or "Mr Lavrov" joins the full name in its article, else the unique one
in the corpus; a bare first name ("Boris") likewise only when unambiguous. Different surnames never merge.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from storyline.ids import content_hash
from storyline.lexicon.folding import unaccented
from storyline.lexicon.titles import NAME_TITLES, leading_titles

_HONORIFICS = leading_titles()
_SUFFIXES = re.compile(r"(?:,?\s+(?:jr|sr|ii|iii|iv|mp|qc|kc)\.?)+$", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_PLACE_ALIASES = {
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united states of america": "united states",
}  # fmt: skip
# spaCy labels of places: countries and towns, regions and waters, buildings and streets
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ORG_STOP = {"of", "and", "the", "for", "&", "on", "in"}


@lru_cache(maxsize=1 << 16)
def clean_name(text: str) -> str:
    """A mention as a name: no leading article, honorific, possessive or trailing suffix."""
    text = re.sub(r"\s+", " ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return text.strip(" ,.-")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Fold case, accents, non-letters and common transliteration variants (kh/h, ck/k, y/i, w/v, ph/f, ou/u, ks/x,
    a doubled letter) for alias matching."""
    s = re.sub(r"[^a-z ]", "", unaccented(name.lower()))
    for a, b in (("kh", "h"), ("ck", "k"), ("y", "i"), ("w", "v"), ("ph", "f"), ("ou", "u"), ("ks", "x")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


@lru_cache(maxsize=1 << 18)
def similar(a: str, b: str) -> float:
    """difflib's ratio; cached, as the same surnames are compared again for every mention."""
    return SequenceMatcher(None, a, b).ratio()


def person_parts(text: str) -> list[str]:
    return list(_person_parts(text))


@lru_cache(maxsize=1 << 16)
def _person_parts(text: str) -> tuple[str, ...]:
    """Cached: every build splits the same names again for merging, relabelling and keys."""
    name = _SUFFIXES.sub("", _HONORIFICS.sub("", clean_name(text)))
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in NAME_TITLES:
        words.pop(0)  # "Goalkeeper Sam Ruddy" tagged whole is Sam Ruddy; "Baker Mayfield" keeps "Baker"
    return tuple(words)


# The most words of a name that may be a person known by its surname ("Tina Ode", "Ana de Souza"); a longer one
# ending in it is something else's name ("Friends of Tina Ode").
SHORT_NAME_WORDS = 3


def full_name(parts: list[str]) -> tuple[str, str] | None:
    """Folded (first, last) of a name of two or more words; None when either folds to nothing ("12 Smith",
    "— Smith": digits and punctuation are no name), so an empty name never reaches a comparison."""
    if len(parts) < 2:
        return None
    first, last = fold(parts[0]), fold(parts[-1])
    return (first, last) if first and last else None


@dataclass
class _Cluster:
    first: str  # folded
    last: str  # folded
    articles: set[str]  # the articles that name it in full (a bare surname there means this person)


def _max_deletions(length: int, bar: float) -> int:
    """Most letters a surname of ``length`` loses to a longest common subsequence with any surname its difflib
    ratio reaches ``bar`` with: the ratio is 2 * matched / (sum of lengths) and matched <= that subsequence,
    so it keeps at least bar * (sum) / 2 letters; the shortest partner the length bound lets through loses it
    most."""
    worst = 0
    for other in range(1, length + 1):
        if 2 * min(length, other) >= bar * (length + other) - 1e-9:
            worst = max(worst, length - math.ceil(bar * (length + other) / 2 - 1e-9))
    return max(worst, 0)


# Longest folded surname matched by spelling similarity; a longer one merges only with itself. Its deletion keys
# grow combinatorially (16 letters: 1,941 keys; 40: 9e8, which ran eval/realdata_build.py out of 23 GB).
FUZZY_SURNAME_MAX = 16


def surname_keys(last: str, bar: float) -> set[str]:
    """Blocking keys of a folded surname: any two surnames whose difflib ratio reaches ``bar`` and that share
    their initial (as every merge needs) share a key, so a store finds every cluster a name may join by these
    keys alone. A key is the initial then the rest with up to ``_max_deletions`` letters left out: the two
    names' longest common subsequence keeps their common initial, and is one of each name's keys. A surname
    longer than ``FUZZY_SURNAME_MAX`` merges only when equal, so its one key is itself."""
    if not last:
        return set()
    if len(last) > FUZZY_SURNAME_MAX:
        return {last}
    head, rest = last[0], last[1:]
    out = set()
    for k in range(min(_max_deletions(len(last), bar), len(rest)) + 1):
        for gone in itertools.combinations(range(len(rest)), k):
            out.add(head + "".join(c for i, c in enumerate(rest) if i not in gone))
    return out


def _letter_counts(name: str) -> np.ndarray:
    return np.bincount(np.frombuffer(name.encode("ascii", "replace"), dtype=np.uint8), minlength=128)


class _Surnames:
    """Distinct folded surnames (ASCII: ``fold`` keeps a-z and spaces) with their letter counts, so one name is
    bounded against many at once."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._lengths = np.zeros(16, dtype=np.int64)
        self._counts = np.zeros((16, 128), dtype=np.int64)

    def add(self, name: str) -> None:
        n = len(self.names)
        if n == len(self._lengths):
            self._lengths = np.concatenate([self._lengths, np.zeros(n, dtype=np.int64)])
            self._counts = np.concatenate([self._counts, np.zeros((n, 128), dtype=np.int64)])
        self.names.append(name)
        self._lengths[n] = len(name)
        self._counts[n] = _letter_counts(name)

    def candidates(self, name: str, start: int, bar: float) -> list[str]:
        """Names from index ``start`` on whose difflib ratio with ``name`` can reach ``bar``: the ratio is
        2 * matched / (sum of lengths), and no more letters match than the shorter name has, nor than the
        two names share. Both bounds are exact: they drop only pairs whose ratio is below the bar."""
        end = len(self.names)
        lengths = self._lengths[start:end]
        total = lengths + len(name)
        shared = np.minimum(self._counts[start:end], _letter_counts(name)).sum(axis=1)
        keep = (2 * np.minimum(lengths, len(name)) >= bar * total) & (2.0 * shared / total >= bar)
        keep |= (lengths == len(name)) & (shared == len(name))  # the same name passes even a bar above 1
        return [self.names[start + int(i)] for i in np.flatnonzero(keep)]


class PersonMerger:
    """Clusters person names; thresholds come from AnalyzeSettings.

    A surname is compared once with each distinct surname of its initial (names with other initials never
    merge), behind two exact bounds on difflib's ratio (lengths, shared letters); the clusters of the surnames
    that pass are then tried in creation order, so ``find`` still returns the earliest matching cluster. Before,
    each lookup compared the name with every cluster of its initial: 75% of a 600-article build.
    """

    def __init__(self, surname_similarity: float, first_name_similarity: float, start: int = 0) -> None:
        """``start``: how many clusters a store already holds (numbered 0..start-1, each restored with its number
        when a name may need it); new clusters are numbered from there."""
        self.surname_similarity = surname_similarity
        self.first_name_similarity = first_name_similarity
        self.clusters: dict[int, _Cluster] = {}
        self.size = start  # the next cluster's number
        self._by_name: dict[tuple[str, str], list[int]] = defaultdict(list)  # ("last"|"first", folded) -> ids
        self._surnames: dict[str, _Surnames] = defaultdict(
            _Surnames
        )  # initial -> its distinct folded surnames
        # folded surname looked up -> (how many surnames of its initial were compared, those close enough)
        self._close: dict[str, tuple[int, list[str]]] = {}

    def _close_surnames(self, last: str) -> list[str]:
        """Known surnames of last's initial that match it, in first-seen order (compared once each, lazily):
        equal, or difflib's ratio reaches the bar."""
        group = self._surnames[last[:1]]
        done, close = self._close.get(last, (0, []))
        if done < len(group.names):
            maybe = group.candidates(last, done, self.surname_similarity)
            close = close + [s for s in maybe if s == last or self._fuzzy_match(s, last)]
            self._close[last] = (len(group.names), close)
        return close

    def _fuzzy_match(self, a: str, b: str) -> bool:
        """Two different folded surnames close enough to merge; none longer than ``FUZZY_SURNAME_MAX``."""
        if max(len(a), len(b)) > FUZZY_SURNAME_MAX:
            return False
        return similar(a, b) >= self.surname_similarity

    def _same_first(self, c: _Cluster, first: str) -> bool:
        if len(first) == 1 or len(c.first) == 1:
            return first[0] == c.first[0]
        if first == c.first:
            return True
        # the ratio is 2 * matched / (sum of lengths), so never above this (same rounding): skip the comparison
        if 2.0 * min(len(first), len(c.first)) / (len(first) + len(c.first)) < self.first_name_similarity:
            return False
        return similar(first, c.first) >= self.first_name_similarity

    def find(self, first: str, last: str) -> int | None:
        """The earliest cluster this folded full name belongs to (none for an empty first or last name)."""
        if not first or not last:
            return None
        lists = [self._by_name["last", s] for s in self._close_surnames(last)]
        candidates = lists[0] if len(lists) == 1 else heapq.merge(*lists)
        return next((i for i in candidates if self._same_first(self.clusters[i], first)), None)

    def add_full(self, form: str, article_id: str) -> None:
        parts = person_parts(form)
        name = full_name(parts)
        if name is None:
            return
        first, last = name
        idx = self.find(first, last)
        if idx is None:
            idx = self.restore(first, last)
        self.clusters[idx].articles.add(article_id)

    def restore(self, first: str, last: str, n: int | None = None) -> int:
        """Open the next cluster for a folded full name, or put back stored cluster ``n`` (the number it was
        opened with: ``find`` tries clusters in that order, whatever order they are restored in)."""
        idx = self.size if n is None else n
        if idx in self.clusters:
            return idx
        self.size = max(self.size, idx + 1)
        self.clusters[idx] = _Cluster(first, last, set())
        if ("last", last) not in self._by_name:
            self._surnames[last[:1]].add(last)
        insort(self._by_name["last", last], idx)
        insort(self._by_name["first", first], idx)
        return idx

    def opened(self, since: int) -> list[_Cluster]:
        """The clusters opened from number ``since`` on, in order."""
        return [self.clusters[i] for i in range(since, self.size)]

    def key(self, idx: int) -> str:
        """The merge key of a cluster: its first full name's folded surname and first name."""
        c = self.clusters[idx]
        return f"person|{c.last}|{c.first}"

    def corpus_single(self, word: str, below: int) -> int | None:
        """The cluster a folded one-word name means outside the articles that name a cluster of it in full,
        counting clusters numbered below ``below``: the one of that surname, else the one of that first name."""
        for field in ("last", "first"):
            hits = [i for i in self._by_name.get((field, word), []) if i < below]
            if hits:
                return hits[0] if len(hits) == 1 else None
        return None

    def match_single(self, word: str, article_id: str) -> int | None:
        """Cluster index for a one-word name: surname first, then first name; same article, then corpus."""
        w = fold(word)
        if not w:
            return None
        for field in ("last", "first"):
            hits = self._by_name.get((field, w), [])
            local = [i for i in hits if article_id in self.clusters[i].articles]
            if len(local) == 1:
                return local[0]
            if len(local) > 1:
                return None
            if len(hits) == 1:
                return hits[0]
            if hits:
                return None
        return None


def canonical(forms: Counter[str]) -> str:
    """Most frequent written form; ties go to the longer one."""
    return max(forms.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


def entity_id(key: str) -> str:
    """An entity's id from its merge key alone: its type is a vote over its mentions that can flip as articles
    arrive, and an id that moved with it would rewrite every article naming the entity (schema version 8)."""
    return "ent" + content_hash(key)[:13]


def org_key(text: str) -> str:
    key = clean_name(text).lower()
    return _PLACE_ALIASES.get(key, key)


def acronym(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", clean_name(text)) if w and w.lower() not in _ORG_STOP]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def bare_acronym(text: str) -> str | None:
    """The written form of a mention that may stand for a longer name ("NATO"), else None."""
    bare = clean_name(text)
    return bare if bare.isupper() and 2 <= len(bare) <= 6 else None


def other_key(text: str, expansions: Mapping[str, Collection[str]]) -> str:
    """A non-person name's merge key: case/article-insensitive; an acronym takes its expansion's key when the
    corpus spells out exactly one (``expansions``: acronym -> keys of the names it abbreviates)."""
    bare = bare_acronym(text)
    if bare and len(expansions.get(bare, ())) == 1:
        return next(iter(expansions[bare]))
    return org_key(text)
