"""The briefing's working set: sentences of the subject's articles, outlet keys, TF-IDF views, shared sentences."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Protocol
from urllib.parse import urlsplit

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.model import Analysis, Article, Citation, Sentence
from storyline.settings import BriefSettings


class Span(Protocol):
    """Anything that points into an article's body: a citation, a claim slot, a name mention."""

    @property
    def article_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass
class Unit:
    """One sentence as carried by one or more articles (near-identical copies cited together)."""

    index: int
    text: str
    members: list[int]  # indexes into Corpus.sentences
    citations: tuple[Citation, ...] = ()
    keys: frozenset[str] = frozenset()


_LOWER = re.compile(r"\b[a-z][a-z'’-]{3,}\b")

# An article's first sentences (title, dateline, opening): where outlets tell a story's key and headline facts.
LEAD_SENTENCES = 3


@dataclass
class Corpus:
    articles: list[Article]
    sentences: list[Sentence]
    keys: list[str]  # independent-outlet key of each sentence
    words: np.ndarray  # TF-IDF rows (numbers kept), L2-normalised
    units: list[Unit] = field(default_factory=list)
    unit_of: list[int] = field(default_factory=list)  # sentence index -> unit index
    by_id: dict[str, Article] = field(default_factory=dict)
    prose: list[bool] = field(default_factory=list)  # sentence is reported prose (not headline/dateline)
    unanalysed: list[str] = field(default_factory=list)  # article ids with no stored analysis
    no_sentences: list[str] = field(default_factory=list)  # analysed, but analysis stored no sentence

    def outlet(self, article_id: str) -> str:
        """The outlet's name; without one, the input's file name or URL host (never a full local path)."""
        a = self.by_id[article_id]
        if a.outlet:
            return a.outlet
        if not a.source or a.source.startswith("<"):
            return a.id
        if "://" in a.source:
            return urlsplit(a.source).hostname or a.source
        return PurePath(a.source).name or a.id

    @cached_property
    def position(self) -> list[int]:
        """Each sentence's place in its article (0 for its first), for what an outlet tells in its lead."""
        first: dict[str, int] = {}
        return [i - first.setdefault(s.article_id, i) for i, s in enumerate(self.sentences)]

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words of four letters or more the story's bodies write in lower case: a capitalised one of them
        opening a sentence is a common word, no name (briefing.spelling)."""
        return frozenset(w for a in self.articles for w in _LOWER.findall(a.body))

    def outlet_keys(self) -> dict[str, str]:
        """Each article's independent-outlet key, read off its sentences (an article with none has no key)."""
        return {s.article_id: k for s, k in zip(self.sentences, self.keys, strict=True)}

    def phrase(self, span: Span) -> str:
        """The span as a reader sees it, line breaks and runs of spaces folded ("" for an article not here)."""
        a = self.by_id.get(span.article_id)
        return " ".join(a.body[span.start : span.end].split()) if a else ""

    def cite(self, i: int) -> Citation:
        s = self.sentences[i]
        return Citation(s.article_id, s.start, s.end)


def outlet_key(article: Article, articles: Mapping[str, Article], canonical: Mapping[str, str]) -> str:
    """Independence key: the outlet of the canonical copy, so syndicated copies count once."""
    canon = articles.get(canonical.get(article.id, article.id), article)
    return (canon.outlet or "").strip().lower() or "id:" + canon.id


def sentences_of(article: Article, analysis: Analysis | None) -> list[Sentence]:
    """The sentences analysis stored that fit the body; none when it stored none (the briefing says so)."""
    if analysis is None:
        return []
    ok = [s for s in analysis.sentences if 0 <= s.start < s.end <= len(article.body)]
    return sorted(ok, key=lambda s: s.start)


def _vectorize(texts: list[str], token_pattern: str, stop: list[str] | str = "english") -> np.ndarray:
    try:
        vec = TfidfVectorizer(stop_words=stop, sublinear_tf=True, token_pattern=token_pattern)
        return vec.fit_transform(texts).toarray()
    except ValueError:  # empty vocabulary
        return np.zeros((len(texts), 1))


def build_corpus(
    articles: Sequence[Article],
    all_articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    canonical: Mapping[str, str],
    settings: BriefSettings,
) -> Corpus:
    """Take the analysis' sentences, vectorise, and group near-identical sentences across articles into units."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id))
    sentences: list[Sentence] = []
    keys: list[str] = []
    unanalysed: list[str] = []
    no_sentences: list[str] = []
    for a in ordered:
        found = sentences_of(a, analyses.get(a.id))
        if a.id not in analyses:
            unanalysed.append(a.id)
        elif not found:
            no_sentences.append(a.id)
        for s in found:
            if re.search(r"[A-Za-z]", s.text):
                sentences.append(s)
                keys.append(outlet_key(a, all_articles, canonical))
    texts = [s.text for s in sentences] or [""]
    words = _vectorize(texts, r"(?u)\b\w\w+\b")
    corpus = Corpus(ordered, sentences, keys, words, by_id={a.id: a for a in ordered})
    corpus.unanalysed, corpus.no_sentences = unanalysed, no_sentences
    heads = {(a.headline or "").strip().lower() for a in ordered}
    corpus.prose = [
        is_prose(s.text, settings.min_sentence_words) and s.text.strip().lower() not in heads
        for s in sentences
    ]
    values: dict[str, list[tuple[int, str]]] = {}
    for a in ordered:
        an = analyses.get(a.id)
        values[a.id] = [(x.start, f"{x.kind}:{x.value}:{x.qualifier}") for x in (an.claims if an else ())]
    figures = [
        {v for start, v in values[s.article_id] if s.start <= start < s.end}
        | set(re.findall(r"\d+(?:[.,]\d+)?", s.text))
        for s in sentences
    ]
    _group_units(corpus, figures, settings.same_sentence_sim)
    return corpus


def _group_units(c: Corpus, figures: list[set[str]], threshold: float) -> None:
    """Greedy: a sentence joins the first earlier unit from another article that it nearly equals."""
    n = len(c.sentences)
    sims = c.words @ c.words.T if n else np.zeros((0, 0))
    c.unit_of = [-1] * n
    for i in range(n):
        best = -1
        for j in range(i):
            if (
                sims[i, j] >= threshold
                and c.sentences[j].article_id != c.sentences[i].article_id
                and figures[i]
                == figures[j]  # copies that differ in a figure are a conflict, not one sentence
                and all(
                    c.sentences[m].article_id != c.sentences[i].article_id
                    for m in c.units[c.unit_of[j]].members
                )
            ):
                best = c.unit_of[j]
                break
        if best < 0:
            c.units.append(Unit(len(c.units), c.sentences[i].text, [i]))
            best = len(c.units) - 1
        else:
            c.units[best].members.append(i)
        c.unit_of[i] = best
    for u in c.units:
        u.citations = tuple(c.cite(m) for m in u.members)
        u.keys = frozenset(c.keys[m] for m in u.members)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def is_prose(text: str, min_words: int) -> bool:
    """A reported sentence, not a headline, dateline, caption heading or Title Case run."""
    t = text.strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", t)
    if len(words) < min_words or t.startswith("#"):
        return False
    caps = sum(w[0].isupper() for w in words) / len(words)
    return caps < 0.5 and (t[-1] in ".!?\"”’)'" or len(words) >= 12)
