"""What a figure's sentence says of it beyond the figure: the date it is set in, whether it is phrased as an
update, and whether an earlier-time phrase ("in 1978", "years ago") sets it in the past."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from storyline.analyze.nlp import children, doc_text, lemma, token_lemmas, tokens, word_ids
from storyline.lexicon.measures import LEVEL_VERBS, RECALLS, REPORTING_VERBS, UPDATE_WORDS
from storyline.model import ClaimSlot, DatedMention

# "in 1978", "since 2002", "three years ago|earlier|before": a phrase setting what it modifies in an earlier
# time; the text is searched first, so a doc without one costs one regex scan (its lookahead, the first letters,
# lets the engine skip every other position: the same matches, 1.8x faster)
_ERA = re.compile(
    r"(?=[isy])(?:\b(?:in|since) (?P<year>\d{4})\b|\byears (?P<ago>ago|earlier|before)\b)", re.IGNORECASE
)


def _era_heads(doc: Doc) -> list[Token]:
    """The words an earlier-time phrase modifies: the head of "in"/"since" before a year, the head of "ago"
    after "years"; a subject's verb for a subject's phrase."""
    out = []
    for m in _ERA.finditer(doc_text(doc)):
        year = m.group("year") is not None
        span = doc.char_span(*m.span("year" if year else "ago"))
        if span is None or len(span) != 1:
            continue
        t = span[0]
        if year and not (t.dep_ == "pobj" and t.head.i == t.i - 1):
            continue  # "in 2011" as the parse reads it: the year the object of the word before it
        head = t.head.head if year else t.head
        while head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "the quake in 2011 killed 20": a subject's time is its clause's
        out.append(head)
    return out


def _likened_heads(doc: Doc) -> list[Token]:
    """The verbs whose subject is likened to the story's ("A similar dispute ended last month with a 6% rise"):
    another event of the story's kind, its figures its own."""
    similar = word_ids(doc, ("similar",))
    return [
        t.head.head
        for t in tokens(doc)
        if t.lower in similar and t.dep_ == "amod" and t.head.dep_ in ("nsubj", "nsubjpass")
    ]


def _story_month(dates: Sequence[DatedMention], anchor: date) -> str:
    """The first month the story's own days fall in ("YYYY-MM"): the anchor's, or an earlier one a day the
    article names within a month before it falls in ("on May 30" in a June 2 report)."""
    months = [anchor.isoformat()[:7]]
    for d in dates:
        if len(d.date) == 10 and 0 <= (anchor - date.fromisoformat(d.date)).days <= 31:
            months.append(d.date[:7])
    return min(months)


# A month named alone as the time an act happened in: "in June", "since March", "Last January"; not a bound
# ("until May", "by May"), not "last month" or a month with its year ("in March 2024": a dated step the story
# recounts, as each outlet tells it).
_MONTH_SET = re.compile(r"(?:in|since|during|last) [A-Z][a-z]+", re.IGNORECASE)


def _before_story(dates: Sequence[DatedMention], anchor: date | None) -> list[DatedMention]:
    """The article's lone months (``_MONTH_SET``) that end before the story's first month ("in June" or "last
    January" in an August report, "in December" in a January one): another, earlier event's time."""
    if anchor is None:
        return []
    first = _story_month(dates, anchor)
    return [
        d
        for d in dates
        if len(d.date) == 7
        and d.date < first
        and _MONTH_SET.fullmatch(d.text)
        and d.text.split()[1] != "month"
    ]


_FUTURE = frozenset({"will", "shall", "would", "'ll", "’ll"})
_BOUNDS = frozenset({"until", "till", "by", "before"})


def _period_heads(doc: Doc, mentions: Sequence[DatedMention]) -> tuple[set[int], set[int]]:
    """The verbs of another event an earlier month sets, each telling an event of its own (``_other_event``):
    the head of its preposition ("In June, a drone hit": "hit") or of the bare phrase ("Last January the storm
    left": "left"), a subject's verb; and apart, a relative clause on the month ("since March, when a strike
    killed four")."""
    heads, clauses = set(), set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start and doc[span.start - 1].lower_ in _BOUNDS:
            continue  # "until last May": the end of a stretch the story may still tell
        clauses |= {c.i for c in children(span[-1]) if c.dep_ == "relcl" and _other_event(c)}
        t = span.root  # "In" of "In June", "January" of "Last January"
        if t.lower_ == "since":
            continue  # "have called two strikes since April": a tally up to now
        head = t.head.head if t.dep_ == "pobj" else t.head
        while head.dep_ in ("nsubj", "nsubjpass", "compound") and head.head.i != head.i:
            head = head.head
        if _one_line(doc, span, head) and _other_event(head):  # not a caption's month run into the next line
            heads.add(head.i)
    return heads, clauses


def _one_line(doc: Doc, span: Span, t: Token) -> bool:
    """Whether a phrase and a word of its sentence are on one line of the text."""
    lo, hi = sorted((span.start_char, t.idx))
    return "\n" not in doc_text(doc)[lo:hi]


def _other_event(verb: Token) -> bool:
    """A clause telling an event of its own: past ("will vote in September" is ahead, its month resolved as a
    past one), its subject a new or named thing ("a drone", "Storm Ilse"), not a person or one the story already
    knows ("He was convicted in December", "the invitation was raised in January": the story's own earlier step)."""
    kids = children(verb)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("PRP", "WP", "WDT", "EX") or subject.ent_type_ == "PERSON":
        return False  # "Coach Vance signed a contract in January": a named person's step is the story's
    return not any(
        d.dep_ == "poss" or d.dep_ == "det" and d.lower_ not in ("a", "an") for d in children(subject)
    )


def mark_earlier(
    doc: Doc, claims: list[ClaimSlot], dates: Sequence[DatedMention] = (), anchor: date | None = None
) -> list[ClaimSlot]:
    """The claims with ``earlier`` set where an earlier-time phrase's head is the figure's word or one above it
    ("In 2011 a quake killed 20": on "killed"; not "$5m" in "starred in a film set in 1978 and earned $5m",
    where "in 1978" is on "set"): a year or "years ago", or a lone month before the story's (``_before_story``,
    read with the article's ``dates`` and ``anchor``), which sets no length that ended with its act ("stepped
    down in March after six years": the post's length, the story's)."""
    if not claims:
        return claims
    eras = {h.i for h in (*_era_heads(doc), *_likened_heads(doc))}
    heads, clauses = _period_heads(doc, _before_story(dates, anchor))
    if not eras and not heads and not clauses:
        return claims
    out = []
    for c in claims:
        earlier = _governed(doc, c, eras) is not None or _month_set(doc, c, heads, clauses)
        out.append(replace(c, earlier=True) if earlier else c)
    return out


def _month_set(doc: Doc, c: ClaimSlot, heads: set[int], clauses: set[int]) -> bool:
    """Whether a lone earlier month sets a figure: the verb it modifies (``heads``), not through a second verb
    joined to it ("was injured in May and sat out eight matches": the matches run on to the story's day), or a
    relative clause on it (``clauses``, all of it); no date (a day told beside it is its own claim), no length
    that ended with its act."""
    if not (heads or clauses) or c.kind == "date":
        return False
    if c.kind == "duration" and _AFTER.search(doc_text(doc), max(0, c.start - 12), c.start):
        return False
    return _governed(doc, c, heads, joined=False) is not None or _governed(doc, c, clauses) is not None


# Right before a length: "after six years", a stretch that ended with the act its clause tells.
_AFTER = re.compile(r"\bafter\s+(?:(?:a|an|the|his|her|its|their)\s+)?$", re.IGNORECASE)


def _governed(doc: Doc, c: ClaimSlot, spots: set[int], joined: bool = True) -> int | None:
    """The one of ``spots`` that is the claim's word or one above it in the parse; unless ``joined``, not a
    spot a conjunct climbs to ("injured in May and sat out eight matches": "sat" is no spot's word)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    node = span.root if span is not None else None
    while node is not None and node.i not in spots:
        top = node.head.i == node.i or not joined and node.dep_ == "conj" and node.head.i in spots
        node = None if top else node.head
    return node.i if node is not None else None


def sentence_setting(sent: Span, dates: Sequence[DatedMention]) -> tuple[str | None, bool]:
    """The date of a sentence's dated mention and whether its words tell an update: every figure of the
    sentence, written or implied, is set in its time and telling."""
    when = next((d.date for d in dates if sent.start_char <= d.start < sent.end_char), None)
    doc = sent.doc
    cache = doc.user_data.setdefault(_SENTENCE_CHANGE, {})
    if sent.start not in cache:
        cues = word_ids(doc, _CHANGE_CUES)  # only these words can tell a change: the rest are not read
        cache[sent.start] = not UPDATE_WORDS.isdisjoint(sentence_lemmas(sent)) or any(
            _tells_change(t) for t in tokens(doc)[sent.start : sent.end] if t.lower in cues
        )
    return when, cache[sent.start]


_SENTENCE_CHANGE = (
    "storyline.claims.sentence_change"  # Doc.user_data key: a sentence's start -> phrased as a change
)


# the words ``_tells_change`` opens with: any other token tells no change
_CHANGE_CUES = RECALLS | {"up", "down", "now"}


def _tells_change(t: Token) -> bool:
    """A token that phrases its sentence's figure as a revision beyond the update words: "up from 1,200" /
    "down from 40" (the old level beside the new), an earlier report recalled ("had earlier said", "first
    reported", "the first reports of two deaths"), "now" on a level verb ("the toll now stands at"). Read from the parse: each word alone is common
    ("early on Wednesday", "now in hospital", "up the hill")."""
    low = t.lower_
    if low in ("up", "down"):
        return any(c.lower_ == "from" for c in children(t))
    if t.dep_ == "amod" and low in RECALLS:
        # "hours after the first reports of two deaths", "earlier reports said 40": the news first told, plural
        # (not "the first report of the inquiry", one of a series)
        return t.head.tag_ == "NNS" and lemma(t.head) in REPORTING_VERBS
    if t.dep_ != "advmod" or low not in RECALLS and low != "now":
        return False
    return lemma(t.head) in (LEVEL_VERBS if low == "now" else REPORTING_VERBS)


_SENTENCE_LEMMAS = "storyline.claims.sentence_lemmas"  # Doc.user_data key: a sentence's start -> its lemmas


def sentence_lemmas(sent: Span) -> frozenset[str]:
    """A sentence's lemmas, read once per doc: every figure of a sentence asks for them."""
    cache = sent.doc.user_data.setdefault(_SENTENCE_LEMMAS, {})
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = frozenset(token_lemmas(sent.doc)[sent.start : sent.end])
    return found
