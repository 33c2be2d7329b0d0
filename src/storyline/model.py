"""The data that flows between stages: frozen dataclasses, no behaviour beyond small derived views.

Every derived fact keeps provenance (article id and character span into the article's clean ``body``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from storyline.lexicon.dates import is_period

# Flags an Article may carry (exported as plain strings; keep the names stable).
FLAG_TRUNCATED = "truncated"
FLAG_FILLER_REMOVED = "filler_removed"
FLAG_BOILERPLATE_REMOVED = "boilerplate_removed"
FLAG_DATE_INFERRED = "date_inferred"

# The spaCy NER labels analysis keeps as entity mentions, each with the ``Entity.type`` it resolves to; analysis
# adds ROLE mentions ("the Foreign Secretary") of its own. Every stage asks this table which labels are entities.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
ENTITY_LABELS = frozenset(ENTITY_TYPES)


@dataclass(frozen=True)
class Document:
    """One fetched input before cleaning: raw content plus whatever the container told us."""

    source: str  # file path, "path:line" for JSONL, feed/warc path with entry index, or URL
    raw: bytes  # the bytes as received (hashed for idempotent re-ingest)
    text: str  # the bytes decoded (detected encoding)
    content_type: str  # "text" or "html"
    url: str | None = None
    # Metadata the container supplied (JSONL fields, RSS entry, WARC/HTTP headers): title, published, outlet,
    # byline, captured (when the container saw the page: the base of relative dates, see readers/captured.py)
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def raw_hash(self) -> str:
        from storyline.ids import content_hash

        return content_hash(self.raw)


@dataclass(frozen=True)
class Reject:
    """An input that could not become an article, kept so nothing is silently lost."""

    source: str
    reason: str
    raw_hash: str | None = None


@dataclass(frozen=True)
class Removal:
    """A piece of the input the cleaner dropped, with the rule that dropped it."""

    text: str
    reason: str  # e.g. "notification", "cookie", "donation", "comment_prompt", "advertisement", "filler"


@dataclass(frozen=True)
class Article:
    """A clean article: body text plus metadata. ``id`` is a hash of the normalised body."""

    id: str
    source: str
    body: str
    url: str | None = None
    outlet: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None  # the person
    byline_role: str | None = None  # e.g. "Political Correspondent"
    published: datetime | None = None  # timezone-aware
    published_inferred: bool = False
    published_evidence: str | None = None  # where the date came from ("text", "markup", "url", "feed", ...)
    language: str | None = None
    flags: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    raw_hash: str | None = None


@dataclass(frozen=True)
class Sentence:
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A named-entity mention; ``entity_id`` is filled once aliases are merged across articles."""

    article_id: str
    start: int
    end: int
    text: str
    label: str  # one of ENTITY_LABELS, or ROLE
    entity_id: str | None = None
    refers: int | None = None  # a ROLE description ("the coach"): start of the PERSON mention it describes


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()


_MARKED = re.compile(r"[\"“«]([^\"“”«»]+)(?:[\"”»]|$)")


@dataclass(frozen=True)
class Quote:
    article_id: str
    start: int
    end: int
    text: str  # body[start:end]; a statement quoted in pieces around its cue: the pieces joined by " … "
    speaker: str | None  # surface form as written ("A Foreign Office spokeswoman", "John Smith")
    speaker_entity: str | None = None  # entity id when the speaker resolves to a named entity
    anonymous: bool = False
    affiliation: str | None = None  # for anonymous sources and spokespeople: the organisation
    speaker_start: int | None = None  # span of the speaker phrase (the antecedent's, for "she added")
    speaker_end: int | None = None

    @property
    def verbatim(self) -> str:
        """The words the speaker said: the double-marked words of a mixed quote ('the deal was "a disaster"'),
        else all of it (a direct quote's nested quotes use single marks). Compare quotes across outlets on these;
        the rest of a mixed quote is the reporter's paraphrase."""
        said = []
        for piece in self.text.split(" … "):  # a multi-paragraph quote's marks only open and close paragraphs
            said += ("\n" not in piece and _MARKED.findall(piece)) or [piece]
        return " … ".join(said)


@dataclass(frozen=True)
class Event:
    """Who did what to whom, when and where, normalised so outlets' reports of one event match."""

    article_id: str
    start: int
    end: int
    subject: str | None  # the doer; None for a passive without its agent ("Smith was arrested")
    verb: str  # lemma, with its particle ("step down")
    object: str | None = None
    date: str | None = None  # ISO date (or year / year-month) the event refers to
    place: str | None = None
    negated: bool = False  # "did not resign", "refused to comply"


@dataclass(frozen=True)
class DatedMention:
    """A date mentioned inside an article ("in May 2012"), resolved against the publication date."""

    article_id: str
    start: int
    end: int
    text: str
    date: str  # ISO: YYYY, YYYY-MM or YYYY-MM-DD


@dataclass(frozen=True)
class ClaimSlot:
    """One checkable statement as slots, so outlets' versions align: what (measure) of whom (subject) is what
    (value, unit, qualifier), when. ``start``/``end`` span the value phrase ("at least 11", "$3.2bn")."""

    article_id: str
    start: int
    end: int
    kind: str  # count, money, percent, date, time, duration
    measure: str  # synonym group or lemma: "dead", "injured", "votes", "strike" (the verb a date belongs to)
    value: str  # normalised: "11", "3200000000", "5-4", "2008-12-14", "tuesday", "15:30", "1826.25" (days)
    unit: str = ""  # "USD", "%", "days", "km"; "" for plain counts and dates
    qualifier: str | None = None  # at least, more than, about, up to, nearly, less than
    subject: str | None = None  # who or what the measure is of (the subject's head noun or name)
    time: str | None = None  # ISO date of the sentence the claim is in, when it names one
    update: bool = False  # phrased as a change or a revision ("rose to", "initially")
    # What the figure is of, from the parse: lemma groups of the content verb or event noun it hangs from and
    # that verb's subject and object nouns ("strike quake"), space-separated; "" when the parse names none.
    event: str = ""
    # A count the words imply with no figure written ("a girl was killed" = 1, "no one was hurt" = 0): it takes
    # part only where another outlet writes a figure of its slot, else every "a man" would agree (and "no one
    # was hurt" is briefing.negation's agreement).
    implied: bool = False
    # Set in an earlier time than the story's by a phrase that governs it in the parse ("in 1978", "three years
    # ago" on its verb or noun): another event's figure. Only the figure's own clause or phrase, not its sentence.
    earlier: bool = False
    # A count whose counted noun is listed beside other counted nouns ("14 hotels and 1,600 houses", analyze.
    # breakdown): one part of a breakdown, no rival to another outlet's whole.
    listed: bool = False
    # Whose an age is, from the parse (analyze.owners): the person's full name ("Kathryn Hale"); "" for other
    # figures and when the parse names none. Ages of two people of one surname are two ages (briefing.owners).
    owner: str = ""

    @property
    def is_period(self) -> bool:
        """A date claim of a year or a month ("2002", "2006-09"), no day: a past step of the story, or an
        earlier event's date, more than the day of this one."""
        return self.kind == "date" and is_period(self.value)


@dataclass(frozen=True)
class Analysis:
    """Everything the NLP stage learned about one article."""

    article_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[DatedMention, ...] = ()
    claims: tuple[ClaimSlot, ...] = ()


@dataclass(frozen=True)
class DuplicateGroup:
    """Copies of one text; the earliest is canonical, the others point to it."""

    canonical_id: str
    member_ids: tuple[str, ...]  # includes the canonical id
    kind: str  # "exact", "near", "syndicated"


@dataclass(frozen=True)
class Story:
    """One real-world event, reported by one or more articles."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    storyline_id: str | None = None


@dataclass(frozen=True)
class Storyline:
    """Stories of one thread over time, in time order."""

    id: str
    title: str
    story_ids: tuple[str, ...]


@dataclass(frozen=True)
class Citation:
    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    text: str
    citations: tuple[Citation, ...]
    outlet: str | None = None
    date: str | None = None
    date_inferred: bool = False  # the date is an inferred publication date, not one printed in a source
    values: tuple[Citation, ...] = ()  # slot claims: the value phrases compared ("at least 11"), per article
    kind: str = ""  # slot claims: what was compared (count, spelling, role, ...); "" for sentences


@dataclass(frozen=True)
class Side:
    """One version of a disputed slot ("at least 11") and the independent outlets stating it (a syndicated copy
    counts once): a reader weighs a lone outlet's figure against one several outlets give."""

    value: str  # as its first outlet writes it
    outlets: tuple[str, ...]  # outlet names, one per independent outlet, in report order
    claims: tuple[int, ...]  # indexes of the conflict's claims that state it

    @property
    def corroborated(self) -> bool:
        """Stated by 2+ independent outlets: on the read ECB+ halves such a side is seldom the false one."""
        return len(self.outlets) >= 2


# The topic prefix of an update: a conflict whose later report replaced the earlier ("reports changed over time:
# count (dead)", "reports changed over time: spelling: Jo Ames / Jo Amis").
UPDATED = "reports changed over time: "


@dataclass(frozen=True)
class Conflict:
    """Outlets' incompatible versions of one slot. ``kind``: count, money, percent, date, time, duration,
    spelling, attribute, role, place, negation, or update (a later report revised the figure: no contradiction).
    ``support``: how many sides 2+ independent outlets state ("both", "one", "neither"; "2 of 3" for more
    sides); on the read ECB+ halves a conflict with an uncorroborated side is the likelier false one."""

    topic: str
    claims: tuple[Claim, ...]
    kind: str = ""
    # one line: "Coast Herald says 9 dead; Evening Post and 2 other outlets say at least 11"
    statement: str = ""
    sides: tuple[Side, ...] = ()
    support: str = ""

    @property
    def support_label(self) -> str:
        """The support as a reader's phrase: "both sides corroborated", "2 of 3 sides corroborated"."""
        if not self.support:
            return ""
        noun = "side" if self.support in ("one", "neither") else "sides"
        return f"{self.support} {noun} corroborated"


@dataclass(frozen=True)
class BriefingEvent:
    """Who did what, merged across the articles that report it; ``outlets`` are independent (copies once)."""

    subject: str | None
    verb: str
    object: str | None
    place: str | None
    date: str | None
    negated: bool
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...]

    @property
    def who(self) -> str:
        """The subject as a line starts it: 'Police' for the lemma 'police', 'Someone' when none is named."""
        if not self.subject:
            return "Someone"
        return self.subject[0].upper() + self.subject[1:] if self.subject.islower() else self.subject

    @property
    def action(self) -> str:
        """The act as read after the subject: 'arrest Brian Tolland', 'did not resign'."""
        return " ".join(w for w in ("did not" if self.negated else "", self.verb, self.object or "") if w)

    @property
    def where_when(self) -> str:
        """'Atlanta, 2005-03-11', or whichever of the two is known."""
        return ", ".join(w for w in (self.place, self.date) if w)


@dataclass(frozen=True)
class BriefingNote:
    """What a briefing could not say and why: a section analysis found nothing for, or articles not analysed.

    ``section`` names a part of the briefing ("summary", "timeline", "quotes", "entities", "events") or
    "articles" for the whole briefing; ``article_ids`` lists the articles the note is about, when it is about some.
    """

    section: str
    text: str
    article_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Briefing:
    """What happened, with citations: the product of the brief stage for a story or a storyline."""

    subject_id: str
    kind: str  # "story" or "storyline"
    title: str
    story_ids: tuple[str, ...] = ()
    summary: tuple[Claim, ...] = ()
    timeline: tuple[Claim, ...] = ()
    agreements: tuple[Claim, ...] = ()
    unique: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    whats_new: tuple[Claim, ...] = ()
    events: tuple[BriefingEvent, ...] = ()
    notes: tuple[BriefingNote, ...] = ()  # what analysis found nothing for: said, never guessed
    # Figures and roles several outlets give alike that the key-fact model (briefing.key_facts) rates background,
    # not a key fact of the story: listed apart from the agreements, never dropped.
    background: tuple[Claim, ...] = ()
