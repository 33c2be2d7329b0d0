"""Alias merging across articles: one entity per person, organisation or place however it is written.

People: full names merge when surnames match (transliteration-folded, difflib) and first names are alike
("Sergey"/"Sergei"); a bare "Lavrov" or "Mr Lavrov" joins the full name in its article, else the unique one
in the corpus; a bare first name ("Boris") likewise only when unambiguous. Different surnames never merge.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from storyline.ids import content_hash
from storyline.lexicon.titles import leading_titles

_HONORIFICS = leading_titles()
_SUFFIXES = re.compile(r"(?:,?\s+(?:jr|sr|ii|iii|iv|mp|qc|kc)\.?)+$", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_PLACE_ALIASES = {
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united states of america": "united states",
}  # fmt: skip
_ORG_STOP = {"of", "and", "the", "for", "&", "on", "in"}


def clean_name(text: str) -> str:
    """A mention as a name: no leading article, honorific, possessive or trailing suffix."""
    text = re.sub(r"\s+", " ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return text.strip(" ,.-")


def fold(name: str) -> str:
    """Fold case, accents and common transliteration variants (y/i, w/v, kh/h, ck/k)."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z ]", "", s)
    for a, b in (("kh", "h"), ("ck", "k"), ("y", "i"), ("w", "v"), ("ph", "f"), ("ou", "u"), ("ks", "x")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


@lru_cache(maxsize=1 << 18)
def similar(a: str, b: str) -> float:
    """difflib's ratio; cached, as the same surnames are compared again for every mention."""
    return SequenceMatcher(None, a, b).ratio()


def person_parts(text: str) -> list[str]:
    name = _SUFFIXES.sub("", _HONORIFICS.sub("", clean_name(text)))
    return [w for w in name.split() if w]


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
    forms: Counter[str]
    articles: set[str]


class PersonMerger:
    """Clusters person names; thresholds come from AnalyzeSettings.

    Clusters are indexed by surname initial (names with other initials never merge) and by exact folded first
    and last name, so a name is compared with the clusters of its initial, not with every cluster
    (bench/resolve.py: 10x faster at 8k articles, still above linear).
    """

    def __init__(self, surname_similarity: float, first_name_similarity: float) -> None:
        self.surname_similarity = surname_similarity
        self.first_name_similarity = first_name_similarity
        self.clusters: list[_Cluster] = []
        self._by_initial: dict[str, list[int]] = defaultdict(list)
        self._by_name: dict[tuple[str, str], list[int]] = defaultdict(list)  # ("last"|"first", folded) -> ids

    def _same_person(self, c: _Cluster, first: str, last: str) -> bool:
        if c.last != last:
            # difflib's ratio is at most 2 * shorter / (sum of lengths): skip pairs that cannot reach the bar
            short, total = min(len(c.last), len(last)), len(c.last) + len(last)
            if 2 * short < self.surname_similarity * total or similar(c.last, last) < self.surname_similarity:
                return False
        if len(first) == 1 or len(c.first) == 1:
            return first[0] == c.first[0]
        return first == c.first or similar(first, c.first) >= self.first_name_similarity

    def find(self, first: str, last: str) -> int | None:
        """The earliest cluster this folded full name belongs to (none for an empty first or last name)."""
        if not first or not last:
            return None
        return next(
            (i for i in self._by_initial[last[:1]] if self._same_person(self.clusters[i], first, last)), None
        )

    def add_full(self, form: str, article_id: str) -> None:
        parts = person_parts(form)
        name = full_name(parts)
        if name is None:
            return
        first, last = name
        idx = self.find(first, last)
        if idx is not None:
            c = self.clusters[idx]
            c.forms[" ".join(parts)] += 1
            c.articles.add(article_id)
            return
        idx = len(self.clusters)
        self.clusters.append(_Cluster(first, last, Counter({" ".join(parts): 1}), {article_id}))
        self._by_initial[last[:1]].append(idx)
        self._by_name["last", last].append(idx)
        self._by_name["first", first].append(idx)

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


def entity_id(kind: str, key: str) -> str:
    return "ent" + content_hash(f"{kind}|{key}")[:13]


def org_key(text: str) -> str:
    key = clean_name(text).lower()
    return _PLACE_ALIASES.get(key, key)


def acronym(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", clean_name(text)) if w and w.lower() not in _ORG_STOP]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def merge_others(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Non-person names (text, label) -> merge key: case/article-insensitive, acronyms to their expansion."""
    keys: dict[str, str] = {}
    by_acronym: dict[str, set[str]] = defaultdict(set)
    texts = set(items)
    for text, _ in texts:
        key = org_key(text)
        keys[text] = key
        acr = acronym(text)
        if acr:
            by_acronym[acr].add(key)
    for text, _ in texts:
        bare = clean_name(text)
        if bare.isupper() and 2 <= len(bare) <= 6 and len(by_acronym.get(bare, ())) == 1:
            keys[text] = next(iter(by_acronym[bare]))
    return keys
