"""Who did what: the articles' events merged across outlets, each citing every article and span that reports it.

Two reports are one event when subject, verb (synonyms folded by one small table) and object match; a report
that names no doer ("Smith was arrested") joins the one event with a doer it otherwise matches. Syndicated
copies cite, but count once: outlets are independent outlets (the canonical copy's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from storyline.briefing.working_set import Corpus, outlet_key
from storyline.lexicon.measures import VERB_GROUPS
from storyline.model import Analysis, Article, BriefingEvent, Citation, Event
from storyline.settings import BriefSettings

_Key = tuple[str, str, str, bool]


def canonical_verb(verb: str) -> str:
    return VERB_GROUPS.get(verb, verb)


def _key(e: Event) -> _Key:
    return ((e.subject or "").casefold(), canonical_verb(e.verb), (e.object or "").casefold(), e.negated)


@dataclass
class _Group:
    members: list[Event] = field(default_factory=list)
    outlets: dict[str, str] = field(default_factory=dict)  # independence key -> outlet name


def _most_common(values: list[str | None]) -> str | None:
    """The value most members give (ties: the earliest in the text order of the articles)."""
    known = Counter(v for v in values if v)
    return known.most_common(1)[0][0] if known else None


def briefing_events(
    c: Corpus,
    analyses: Mapping[str, Analysis],
    articles: Mapping[str, Article],
    canonical: Mapping[str, str],
    settings: BriefSettings,
) -> tuple[BriefingEvent, ...]:
    """Merged events in time order (undated last), the best-supported first within a date; at most
    ``settings.events_max``, keeping those more independent outlets report."""
    groups: dict[_Key, _Group] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        for e in an.events if an else ():
            if not 0 <= e.start < e.end <= len(a.body):
                continue
            g = groups.setdefault(_key(e), _Group())
            g.members.append(e)
            canon = articles.get(canonical.get(a.id, a.id), a)
            g.outlets.setdefault(outlet_key(a, articles, canonical), canon.outlet or c.outlet(a.id))
    _fold_doerless(groups)
    out = []
    for i, g in enumerate(groups.values()):  # i: first report's position, earliest article first
        first = g.members[0]
        out.append(
            (
                i,
                BriefingEvent(
                    subject=first.subject,
                    verb=canonical_verb(first.verb),
                    object=first.object,
                    place=_most_common([e.place for e in g.members]),
                    date=_most_common([e.date for e in g.members]),
                    negated=first.negated,
                    citations=tuple(dict.fromkeys(Citation(e.article_id, e.start, e.end) for e in g.members)),
                    outlets=tuple(g.outlets.values()),
                ),
            )
        )
    keep = sorted(out, key=lambda p: (-len(p[1].outlets), p[0]))[: settings.events_max]
    keep.sort(key=lambda p: (p[1].date is None, p[1].date or "", -len(p[1].outlets), p[0]))
    return tuple(ev for _, ev in keep)


def _fold_doerless(groups: dict[_Key, _Group]) -> None:
    """'Smith was arrested' joins 'Police arrested Smith' when exactly one event with a doer matches it."""
    for key in [k for k in groups if not k[0] and k[2]]:
        matches = [k for k in groups if k[0] and k[1:] == key[1:]]
        if len(matches) == 1:
            target, source = groups[matches[0]], groups.pop(key)
            target.members += source.members
            for ok, name in source.outlets.items():
                target.outlets.setdefault(ok, name)
