"""Publication dates for undated articles, inferred from related articles, with the evidence kept.

1. Event match: the undated article's main actor, action and place ("X arrives in Moscow") is found in a
   sibling's sentence that dates it ("the last ... to travel to Moscow was X in December 2017").
2. Interval: the article says "the first ... for five years" and dates the previous one ("... in 2017").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime

from storyline.isolate import isolated
from storyline.model import Analysis, Article, Sentence
from storyline.settings import DEFAULTS, AnalyzeSettings

_CLASSES = {  # lemmas (event verbs) and the inflections met in raw sentences
    "travel": {
        "visit",
        "visits",
        "visited",
        "travel",
        "travels",
        "travelled",
        "traveled",
        "go",
        "went",
        "fly",
        "flew",
        "arrive",
        "arrives",
        "arrived",
        "trip",
        "land",
        "landed",
        "head",
        "headed",
        "tour",
        "toured",
        "return",
        "returned",
        "come",
        "came",
    },
    "meet": {"meet", "met", "meets", "meeting", "talk", "talks", "talked", "summit", "host", "hosted"},
    "sign": {"sign", "signed", "agree", "agreed", "agreement", "deal", "treaty"},
}
_NUMBERS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_INTERVAL = re.compile(
    r"\bfirst\b[^.]{0,80}?\b(?:in|for)\s+(?:more than\s+|over\s+|almost\s+|nearly\s+|some\s+)?"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(?P<unit>years?|decades?)",
    re.I,
)
_ACTIONS = "|".join(sorted(set().union(*_CLASSES.values())))
_FUTURE_ACTION = re.compile(rf"\b(?:will|to|shall)\s+(?:[a-z]+ly\s+)?(?:{_ACTIONS})\b", re.I)
_PLACEISH = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})
_LAST = re.compile(r"\b(?:last|previous|not since)\b", re.I)


def _to_datetime(iso: str) -> datetime:
    parts = [int(p) for p in iso.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime(parts[0], parts[1], parts[2], tzinfo=UTC)


def _classes(words: set[str]) -> set[str]:
    return {name for name, members in _CLASSES.items() if words & members}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _profile(article: Article, an: Analysis) -> tuple[str | None, set[str], set[str]]:
    """Main actor (most mentioned person entity, roles included), action classes and places of an article."""
    people = Counter(m.entity_id for m in an.mentions if m.entity_id and m.label in ("PERSON", "ROLE"))
    actor = people.most_common(1)[0][0] if people else None
    words = {e.verb for e in an.events} | _words(article.body[:600])
    places = {e.place for e in an.events if e.place}
    # NER often calls a small city an ORG or PERSON: any non-person name near the top counts as a place
    places |= {m.text for m in an.mentions if m.label in _PLACEISH and m.start < 300}
    return actor, _classes(words), places


def _announces(article: Article, an: Analysis) -> bool:
    """The lead announces an action to come ("X to visit Y", "X will travel to Y"): the event it names happens
    after publication, so a sibling's date for that event is not this article's date."""
    first = an.sentences[0].text if an.sentences else article.body[:300]
    return bool(_FUTURE_ACTION.search(f"{article.headline or ''}\n{first}"))


def _sentence_of(an: Analysis, pos: int) -> Sentence | None:
    return next((s for s in an.sentences if s.start <= pos < s.end), None)


def _by_event(
    target: Article, an: Analysis, siblings: Sequence[tuple[Article, Analysis]], min_score: int
) -> tuple[datetime, str] | None:
    actor, classes, places = _profile(target, an)
    if actor is None or _announces(target, an):
        return None
    best: tuple[int, int, str, str] | None = None
    for article, other in siblings:
        for dm in other.dates:
            sent = _sentence_of(other, dm.start)
            if sent is None:
                continue
            inside = [m for m in other.mentions if sent.start <= m.start < sent.end]
            if actor not in {m.entity_id for m in inside}:
                continue
            inside = [m for m in inside if m.entity_id != actor]
            s_places = {m.text for m in inside if m.label in _PLACEISH}
            s_classes = _classes(_words(sent.text))
            score = 2 * bool(s_places & places) + bool(s_classes & classes)
            if score < min_score:
                continue
            candidate = (score, len(dm.date), dm.date, f"{article.outlet or article.id}: {sent.text}")
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None
    return _to_datetime(best[2]), f"matched event in {best[3]}"


def _grams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _by_shared_quote(
    an: Analysis, siblings: Sequence[tuple[Article, Analysis]], n: int
) -> tuple[datetime, str] | None:
    """Outlets that print the same statement (an n-word run of one quote) report the same day's news."""
    mine = [(q, _grams(q.verbatim, n)) for q in an.quotes]
    best: tuple[datetime, str] | None = None
    for article, other in siblings:
        if article.published is None:
            continue
        theirs = set().union(*(_grams(q.verbatim, n) for q in other.quotes)) if other.quotes else set()
        for q, grams in mine:
            if grams & theirs and (best is None or article.published < best[0]):
                best = (
                    article.published,
                    f"shares a quote with {article.outlet or article.id}: '{q.text[:80]}'",
                )
    return best


def _by_interval(target: Article, an: Analysis) -> tuple[datetime, str] | None:
    """'the first ... for five years' plus 'the last ... was ... in December 2017' in the same article."""
    m = _INTERVAL.search(target.body)
    if not m:
        return None
    n = 1 if m.group("n").lower() == "a" else int(_NUMBERS.get(m.group("n").lower(), m.group("n")))
    if m.group("unit").lower().startswith("decade"):
        n *= 10
    first = _sentence_of(an, m.start())
    kinds = _classes(_words(first.text if first else m.group(0)))
    for dm in an.dates:
        sent = _sentence_of(an, dm.start)
        if (
            sent is not None
            and _LAST.search(sent.text)
            and len(dm.date) >= 4
            and kinds & _classes(_words(sent.text))
        ):
            year = int(dm.date[:4]) + n
            why = (
                f"'{m.group(0)}' after '{sent.text}'" if first is None else f"'{first.text}' / '{sent.text}'"
            )
            return datetime(year, 1, 1, tzinfo=UTC), f"interval: {why}"
    return None


def siblings_in_groups(
    groups: Sequence[Sequence[str]],
    targets: Collection[str] | None = None,
    arrival: Mapping[str, int] | None = None,
    limit: int = 0,
) -> dict[str, list[str]]:
    """Each member of a group (a storyline) may be dated by the other members; only ``targets`` (the undated
    articles) get a sibling list when given, so a long storyline costs nothing for its dated articles. With
    ``arrival`` (article -> arrival number) and a ``limit``, a member gets only the ``limit`` others that arrived
    nearest to it (kept in group order): dating reads a bounded part of a storyline of thousands. ``arrival``
    needs only the members of groups over ``limit`` + 1 that hold a target."""
    out: dict[str, list[str]] = {}
    for group in groups:
        chosen = [aid for aid in group if targets is None or aid in targets]
        if not chosen:
            continue
        if arrival is None or not limit or len(group) <= limit + 1:
            out.update({aid: [o for o in group if o != aid] for aid in chosen})
            continue
        place = {aid: n for n, aid in enumerate(group)}
        by_arrival = sorted(group, key=arrival.__getitem__)
        at = {aid: n for n, aid in enumerate(by_arrival)}
        for aid in chosen:
            i = at[aid]
            window = by_arrival[max(i - limit, 0) : i] + by_arrival[i + 1 : i + 1 + limit]
            near = sorted(window, key=lambda o, t=arrival[aid]: (abs(arrival[o] - t), arrival[o]))[:limit]
            out[aid] = sorted(near, key=place.__getitem__)
    return out


def _infer_one(
    article: Article, an: Analysis, siblings: Sequence[tuple[Article, Analysis]], settings: AnalyzeSettings
) -> tuple[datetime, str] | None:
    return (
        _by_shared_quote(an, siblings, settings.dating_quote_words)
        or _by_event(article, an, siblings, settings.dating_min_event_score)
        or _by_interval(article, an)
    )


def infer_dates(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    related: Mapping[str, Sequence[str]],
    settings: AnalyzeSettings = DEFAULTS.analyze,
) -> dict[str, tuple[datetime, str]]:
    """Date each undated article in ``related`` from the articles it maps to (plus its own interval cue)."""
    by_id = {a.id: a for a in articles}
    out: dict[str, tuple[datetime, str]] = {}
    for aid, others in related.items():
        article, an = by_id.get(aid), analyses.get(aid)
        if article is None or an is None or article.published is not None:
            continue
        siblings = [(by_id[o], analyses[o]) for o in others if o in by_id and o in analyses]
        found = isolated("dates", aid, lambda: _infer_one(article, an, siblings, settings), None)  # noqa: B023 - called now
        if found is not None:
            out[aid] = found
    return out
