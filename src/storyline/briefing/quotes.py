"""Quotes of the subject's articles: the analysis' quotes, or a small regex fallback when it found none."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from storyline.briefing.text import find_names, speaker_gender
from storyline.model import Analysis, Article, Quote

_OPEN, _CLOSE = '"“', '"”'
_VERBS = r"(?:said|says|added|told\s+[^:,.“\"]{1,40}|stated|explained|warned|insisted|declared)"
_BEFORE = re.compile(rf"([A-Z][^.“\"”]{{0,80}}?),?\s+{_VERBS}\s*:\s*$")
_AFTER = re.compile(rf"^\s*[,.]?\s*(?:{_VERBS}\s+([^.,“\"]{{2,80}})|([^.“\"]{{2,80}}?)\s+{_VERBS})\s*[.,]")
_PRONOUNS = {"he", "she", "they", "it"}
_ANON = re.compile(r"\b(source|sources|spokes\w+|official|officials|aide|insider|statement)\b", re.I)


def _quoted_runs(body: str) -> list[tuple[int, int]]:
    """Per paragraph: opening mark to closing mark, or to the paragraph's end (quotes run on across paragraphs)."""
    runs = []
    for para in re.finditer(r"[^\n]+", body):
        text, i = para.group(), 0
        while True:
            o = min((p for p in (text.find(ch, i) for ch in _OPEN) if p >= 0), default=-1)
            if o < 0:
                break
            c = min((p for p in (text.find(ch, o + 1) for ch in _CLOSE) if p >= 0), default=len(text))
            runs.append((para.start() + o, para.start() + min(c + 1, len(text))))
            i = c + 1
    return runs


_ORG_END = re.compile(r"(Office|Ministry|Department|Police|Council|Committee|Party|Government|House|Street)$")


def _named(speaker: str) -> bool:
    """The description contains a person's name (not just an organisation's)."""
    return any(not _ORG_END.search(name) for _s, _e, name in find_names(speaker))


def fallback_quotes(article: Article) -> list[Quote]:
    """Quoted text of 4+ words with a 'X said' attribution around it; pronouns take the previous speaker."""
    body, out, last = article.body, [], None
    for start, end in _quoted_runs(body):
        inner = body[start + 1 : end].strip('"”“ ')
        if len(inner.split()) < 4:
            continue
        para_start = body.rfind("\n", 0, start) + 1
        para_end = body.find("\n", end)
        para_end = len(body) if para_end < 0 else para_end
        speaker = None
        m = _BEFORE.search(body[para_start:start])
        if m:
            speaker = m.group(1).strip()
        else:
            m = _AFTER.match(body[end:para_end])
            if m:
                speaker = (m.group(1) or m.group(2) or "").strip()
        if speaker and len(speaker.split()) > 14:
            speaker = None
        if speaker is None and body[start] in _OPEN and para_start == start and last:
            speaker = last.speaker  # continuation paragraph of the previous quote
        elif speaker and speaker.lower() in _PRONOUNS and last and last.speaker:
            if speaker_gender(speaker) in (None, speaker_gender(last.speaker)):
                speaker = last.speaker
        anonymous = bool(speaker and _ANON.search(speaker) and not _named(speaker))
        q = Quote(article.id, start, end, body[start:end], speaker, None, anonymous)
        out.append(q)
        last = q if speaker else last
    return out


def gather_quotes(
    articles: Sequence[Article], analyses: Mapping[str, Analysis], canonical: Mapping[str, str]
) -> list[Quote]:
    """All quotes, syndicated copies skipped when their canonical article is in the set."""
    ids = {a.id for a in articles}
    out: list[Quote] = []
    for a in articles:
        canon = canonical.get(a.id, a.id)
        if canon != a.id and canon in ids:
            continue
        an = analyses.get(a.id)
        quotes = list(an.quotes) if an and an.quotes else fallback_quotes(a)
        out.extend(q for q in quotes if 0 <= q.start < q.end <= len(a.body))
    return out
