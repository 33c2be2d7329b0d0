"""The working-set sentence that holds a character offset, so a name or place found by offset cites its sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence

from storyline.briefing.working_set import Corpus
from storyline.model import Analysis, Citation, Claim


def in_quotation(an: Analysis | None, offset: int) -> bool:
    """Whether an offset lies inside one of the article's quotations: quoted words are the speaker's, not the
    outlet's claim."""
    return an is not None and any(q.start <= offset < q.end for q in an.quotes)


# Auxiliaries of an act still to come ("will be charged", "is going to resign").
_TO_COME = re.compile(r"\b(?:will|would|shall|won't|wouldn't|going to)\b|'ll\b", re.IGNORECASE)


def still_to_come(text: str, start: int, end: int) -> bool:
    """Whether an act's words (``text[start:end]``) hold an auxiliary of the future: an act still to come tells
    nothing that happened, so it neither disputes nor confirms another outlet's act."""
    return _TO_COME.search(text, start, end) is not None


def said(claims: Sequence[Claim]) -> str:
    """A conflict's statement, each side's outlet and its sentence on one line ("Coast Herald says the fire was
    arson; Evening Post says ..."): a cited sentence may span a line break, a statement may not."""
    return "; ".join(f"{cl.outlet} says {' '.join(cl.text.split())}" for cl in claims)


def told_by_outlet(
    c: Corpus,
    analyses: Mapping[str, Analysis],
    loc: Locator,
    read: Callable[[str, Analysis | None, Locator, str], dict[str, list[tuple[int, int]]]],
) -> dict[str, dict[str, list[tuple[str, int, int]]]]:
    """Outlet -> label -> (article, start, end) spans of what ``read`` finds in each outlet's articles (a fire's
    cause, a way of killing): the table a word-valued conflict compares outlets by."""
    key_of = c.outlet_keys()
    told: dict[str, dict[str, list[tuple[str, int, int]]]] = {}
    for a in c.articles:
        if a.id not in key_of:
            continue
        for label, spans in read(a.body, analyses.get(a.id), loc, a.id).items():
            told.setdefault(key_of[a.id], {}).setdefault(label, []).extend((a.id, s, e) for s, e in spans)
    return told


class Locator:
    """Sentence starts per article, searched by bisection."""

    def __init__(self, c: Corpus) -> None:
        self.c = c
        self.starts: dict[str, list[int]] = {}
        self.index: dict[str, list[int]] = {}
        for i, s in enumerate(c.sentences):
            self.starts.setdefault(s.article_id, []).append(s.start)
            self.index.setdefault(s.article_id, []).append(i)

    def sentence(self, article_id: str, offset: int) -> int | None:
        """Index into ``Corpus.sentences`` of the sentence holding ``offset``; None outside every sentence."""
        pos = bisect_right(self.starts.get(article_id, []), offset) - 1
        if pos < 0:
            return None
        i = self.index[article_id][pos]
        return i if offset < self.c.sentences[i].end else None

    def cite(self, article_id: str, start: int, end: int) -> Citation:
        """The holding sentence's citation, else the span itself."""
        i = self.sentence(article_id, start)
        return self.c.cite(i) if i is not None else Citation(article_id, start, end)

    def claim(self, spans: list[tuple[str, int, int]], kind: str) -> Claim:
        """One claim over value spans (article id, start, end) from several outlets: it reads as the first span's
        sentence and cites each span's sentence."""
        aid, start, _end = spans[0]
        first = self.sentence(aid, start)
        return Claim(
            self.c.sentences[first].text if first is not None else "",
            tuple(dict.fromkeys(self.cite(a, s, e) for a, s, e in spans)),
            outlet=self.c.outlet(aid),
            values=tuple(Citation(a, s, e) for a, s, e in spans),
            kind=kind,
        )
