"""Role references ("the Foreign Secretary", "the US President") and who held them when. The jobs an article
says of a named person ("X was deputy director", "the congressman") are analyze.descriptions'.

Holders are learned from appositions in the corpus ("Foreign Secretary X", "X, the foreign secretary",
"the UK foreign secretary, X,"), each dated by its article, so one role maps to different people over time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from storyline.model import Mention
from storyline.settings import AnalyzeSettings

_PORTFOLIO = (
    r"Foreign|Home|Defen[cs]e|Health|Business|Culture|Brexit|Environment|Justice|Education|Transport|"
    r"Treasury|Energy|Trade|Finance|Interior|Economy|Digital|Work and Pensions|Northern Ireland|Welsh|Scottish"
)
_TITLE = (
    rf"(?:(?:{_PORTFOLIO})\s+(?:Secretary|Minister)"
    r"|Secretary\s+of\s+State(?:\s+for\s+(?:[A-Z]\w+)(?:\s+(?:and\s+)?[A-Z]\w+)*)?"
    r"|Prime\s+Minister|Vice[- ]President|President|Chancellor(?:\s+of\s+the\s+Exchequer)?"
    r"|Attorney[- ]General|First\s+Minister|Deputy\s+Prime\s+Minister|Taoiseach"
    r"|(?:Labour|Conservative|Tory|Opposition|Democratic|Republican)\s+leader"
    r"|Mayor\s+of\s+[A-Z]\w+|Speaker\s+of\s+the\s+House)"
)
# A qualifier is a country or people word right before the title: "UK", "Russian", "America's".
_QUALIFIER = r"(?:[A-Z][A-Za-z.]*(?:['’]s)?[ \t]+){0,2}?"
# The lookahead (the first letters of the determiners, modifiers and titles, or a qualifier's capital) skips every
# other position: the same matches, 1.6x faster over a body.
ROLE_RE = re.compile(
    r"(?=(?i:[abcdefhijlmnoprstvw])|[A-Z])"
    rf"(?P<det>\b(?i:the|its|his|her|their)[ \t]+)?(?P<mod>(?i:then|former|new|current|incoming|outgoing|"
    rf"first|last|previous|next|late)[ \t]+)?(?P<qual>{_QUALIFIER})(?P<title>(?i:{_TITLE}))\b"
)
# One of these words is in every title above: a body without any has no role to find, and the search costs a
# tenth of ROLE_RE's, whose optional lead-in is tried at every character (same case rules, so the same result).
# The lookahead (the words' first letters) lets the engine skip every other position: the same hits, 1.8x faster.
_TITLE_WORD = re.compile(
    r"(?=(?i:[smpcatl]))(?i:secretary|minister|president|chancellor|attorney|taoiseach|leader|mayor|speaker)"
)
# Every character a ROLE_RE match can hold: word characters, white space and ". ' ’ -". A match lies inside one
# stretch of them, and the character after a stretch is no word character, so ``\b`` reads the same there
# whether the search stops at the stretch's end or goes on.
_STRETCH = re.compile(r"[\w.'’\s-]+")
_GENERIC_MODS = {"former", "first", "last", "previous", "next", "late", "incoming", "outgoing", "new"}
_QUAL_ALIASES = {
    "uk": "uk", "u.k.": "uk", "british": "uk", "britain": "uk", "britain's": "uk", "united kingdom": "uk",
    "us": "us", "u.s.": "us", "american": "us", "america's": "us", "america": "us", "united states": "us",
}  # fmt: skip


@dataclass(frozen=True)
class RoleKey:
    """A normalised role: title in lower case plus the country qualifier when one was written."""

    title: str
    qualifier: str = ""


def _norm_title(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.strip().lower())


def _norm_qual(text: str) -> str:
    q = re.sub(r"\s+", " ", text.strip().lower())
    q = q.removesuffix("'s").removesuffix("’s") if q not in _QUAL_ALIASES else q
    return _QUAL_ALIASES.get(q, q)


def role_key(text: str) -> RoleKey | None:
    """The role a ROLE mention's text names, or None when the text is no role."""
    m = ROLE_RE.fullmatch(text.strip())
    if not m:
        return None
    qual = m.group("qual").strip()
    if qual and not qual[0].isupper():
        qual = ""
    return RoleKey(_norm_title(m.group("title")), _norm_qual(qual) if qual else "")


def _is_qualifier(qual: str, start: int, places: Sequence[tuple[int, int]]) -> bool:
    """A qualifier must name a country or people: a GPE/NORP mention or a known alias."""
    if _norm_qual(qual) in _QUAL_ALIASES.values():
        return True
    end = start + len(qual.rstrip())
    return any(s <= start and end <= e + 2 for s, e in places)


def find_roles(article_id: str, body: str, places: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """ROLE mentions for specific role holders; generic ones ("the first foreign secretary to...") are skipped.

    ``places`` are GPE/NORP spans: only those (or "UK"/"US" aliases) count as a qualifier ("Russian").
    """
    found: list[Mention] = []
    for m in _role_matches(body):
        title = m.group("title")
        mod = (m.group("mod") or "").strip().lower()
        qual = m.group("qual") or ""
        start = m.start()
        if qual and not _is_qualifier(qual, m.start("qual"), places):
            if m.group("det") or m.group("mod"):
                continue
            start, qual = m.start("title"), ""
        if any(w.lower() in _GENERIC_MODS for w in qual.split()):
            continue
        if title[:1].islower() and not m.group("det") and not qual and mod != "then":
            continue  # "a foreign secretary", a bare lower-case word: not a reference to one holder
        if mod in _GENERIC_MODS:
            continue
        tail = body[m.end() : m.end() + 4]
        if tail.startswith(" to ") or tail.startswith(" of ") and "of" not in title.lower():
            continue
        before = body[max(0, m.start() - 3) : m.start()].lower()
        if before.endswith("a ") or before.endswith("an "):
            continue
        found.append(Mention(article_id, start, m.end(), body[start : m.end()], "ROLE"))
    return found


def _role_matches(body: str) -> Iterator[re.Match[str]]:
    """``ROLE_RE.finditer(body)``, searched only in the stretches (``_STRETCH``) that hold a title word: the
    lead-in is tried at every character, so searching the whole body cost ~0.5 ms an article."""
    stretches: list[tuple[int, int]] = []
    end = 0
    for hit in _TITLE_WORD.finditer(body):
        if hit.start() < end:
            continue  # in the stretch just searched
        if not stretches:
            stretches = [m.span() for m in _STRETCH.finditer(body)]
        start, end = stretches[bisect_right(stretches, (hit.start(), len(body))) - 1]
        yield from ROLE_RE.finditer(body, start, end)


@dataclass(frozen=True)
class Holding:
    """Evidence that a person held a role at a time (the date of the article, or of a 'then' mention)."""

    key: RoleKey
    person_id: str
    article_id: str
    when: datetime | None
    span: tuple[int, int] = (0, 0)  # the ROLE mention that is in apposition
    then: bool = False  # "then foreign secretary X": a past holder, says nothing about the article's time


_APPOS_BEFORE = re.compile(
    r"^[ \t]*,?[ \t]*$"
)  # "Foreign Secretary Boris Johnson" / "the secretary, Liz Truss"
_APPOS_AFTER = re.compile(r"^[ \t]*,[ \t]*$")  # "Boris Johnson, the Foreign Secretary"


def apposed(body: str, role: Mention, person: Mention) -> bool:
    """Whether a ROLE mention and a person's mention are set side by side, the role first ("Foreign Secretary X",
    "the president, X") or after a comma ("X, the Foreign Secretary")."""
    if role.end <= person.start:
        return _APPOS_BEFORE.match(body[role.end : person.start]) is not None
    return person.end <= role.start and _APPOS_AFTER.match(body[person.end : role.start]) is not None


def holdings(
    article_id: str,
    body: str,
    mentions: Sequence[Mention],
    person_of: Mapping[tuple[int, int], str],
    when: datetime | None,
) -> list[Holding]:
    """Appositions between a ROLE mention and an adjacent person mention in one article."""
    ordered = sorted(mentions, key=lambda m: m.start)
    found = []
    for i, m in enumerate(ordered):
        if m.label != "ROLE":
            continue
        key = role_key(m.text)
        if key is None:
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        prv = ordered[i - 1] if i > 0 else None
        person = None
        if nxt and (nxt.start, nxt.end) in person_of and apposed(body, m, nxt):
            person = person_of[(nxt.start, nxt.end)]
        elif prv and (prv.start, prv.end) in person_of and apposed(body, m, prv):
            person = person_of[(prv.start, prv.end)]
        if person:
            then = bool(re.match(r"(?i)(the\s+)?then\b", m.text))
            found.append(Holding(key, person, article_id, when, (m.start, m.end), then))
    return found


def _matches(mention_key: RoleKey, evidence_key: RoleKey, qualifiers: Mapping[str, set[str]]) -> bool:
    """An unqualified mention takes any evidence; "the US President" needs US evidence, or unqualified
    evidence for a title whose only qualifier seen in the corpus is US ("Foreign Secretary X" for UK)."""
    if mention_key.title != evidence_key.title:
        return False
    if not mention_key.qualifier or mention_key.qualifier == evidence_key.qualifier:
        return True
    return not evidence_key.qualifier and qualifiers.get(mention_key.title) == {mention_key.qualifier}


class TitleEvidence:
    """Every holding of one title (in arrival order), indexed so that resolving a mention reads only those that
    can decide it (``near``): a title held in thousands of articles would otherwise be scanned whole for each."""

    def __init__(self, holdings: Sequence[Holding], window_days: float) -> None:
        self.holdings = list(holdings)
        self.qualifiers = {h.key.qualifier for h in self.holdings if h.key.qualifier}
        self.by_article: dict[str, list[int]] = defaultdict(list)
        self.by_person: dict[str, list[int]] = defaultdict(list)
        for i, h in enumerate(self.holdings):
            self.by_article[h.article_id].append(i)
            self.by_person[h.person_id].append(i)
        dated = sorted((h.when, i) for i, h in enumerate(self.holdings) if h.when is not None)
        self.times, self.dated = [w for w, _ in dated], [i for _, i in dated]
        self.window = timedelta(days=window_days + 1)  # a day more: resolve_role applies the exact bound

    def near(self, article_id: str, when: datetime | None, mentioned: frozenset[str]) -> list[Holding]:
        """The holdings ``resolve_role`` can use for a mention in this article: its own, and those within the
        window of its date (undated: those of the people it names), in arrival order."""
        found = set(self.by_article.get(article_id, ()))
        if when is None:
            found.update(i for p in mentioned for i in self.by_person.get(p, ()))
        else:
            lo, hi = bisect_left(self.times, when - self.window), bisect_right(self.times, when + self.window)
            found.update(self.dated[lo:hi])
        return [self.holdings[i] for i in sorted(found)]


def title_evidence(holdings: Sequence[Holding], window_days: float) -> dict[str, TitleEvidence]:
    """Holdings (in arrival order) grouped by title, each title's indexed."""
    by_title: dict[str, list[Holding]] = defaultdict(list)
    for h in holdings:
        by_title[h.key.title].append(h)
    return {t: TitleEvidence(hs, window_days) for t, hs in by_title.items()}


def resolve_role(
    key: RoleKey,
    article_id: str,
    when: datetime | None,
    evidence: Mapping[str, TitleEvidence],
    settings: AnalyzeSettings,
    span: tuple[int, int] = (0, 0),
    mentioned: frozenset[str] = frozenset(),
) -> str | None:
    """The person who held the role at that time: its own apposition, same-article evidence, then nearest
    (``evidence``: title -> its holdings; only the mention's title can match)."""
    of_title = evidence.get(key.title)
    if of_title is None:
        return None
    qualifiers = {key.title: of_title.qualifiers}
    near = of_title.near(article_id, when, mentioned)
    for h in near:
        if h.article_id == article_id and h.span == span:
            return h.person_id
    matching = [h for h in near if not h.then and _matches(key, h.key, qualifiers)]
    same = [h for h in matching if h.article_id == article_id]
    if same:
        exact = [h for h in same if h.key == key] or same
        return exact[0].person_id
    if when is None:  # undated: a holder the article names itself, if only one fits
        named = Counter(h.person_id for h in matching if h.person_id in mentioned)
        return named.most_common(1)[0][0] if len(named) == 1 else None
    score: dict[str, float] = defaultdict(float)
    for h in matching:
        if h.when is None:
            continue
        gap = abs((h.when - when).total_seconds()) / 86400
        if gap <= settings.role_window_days:
            bonus = settings.role_exact_bonus if h.key == key else 0.0
            score[h.person_id] += 1.0 / (1.0 + gap / settings.role_decay_days) + bonus
    if not score:
        return None
    return max(score.items(), key=lambda kv: (kv[1], kv[0]))[0]
