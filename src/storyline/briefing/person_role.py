"""A job, title or gendered word an outlet writes for a person (``Role``), read to one job and gender, and the
conflict that cites each outlet's words: shared by briefing.attributes (roles, nationalities),
briefing.job_holders (one job, two names) and briefing.person_gender (the he/she of a speaker, unnamed
spokespeople).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.analyze.gender import FEMALE_NOUNS, FEMALE_TITLES, MALE_NOUNS, MALE_TITLES
from storyline.briefing.locate import Locator
from storyline.briefing.working_set import Corpus
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import RANKS, neutral_job, written_out
from storyline.model import Citation, Claim, Conflict

# A word of a title or name, its dot and apostrophe kept ("Lt.", "O'Neil").
WORD = re.compile(r"[A-Za-z][\w'’.&-]*")

# Words for one job: two outlets giving words of one group agree ("chief executive officer" / "executive").
# A word sits in one group only: "officer" alone is a police officer, a CEO only after "executive" (``neutral``).
_SAME_JOB = {w: g[0] for g in (("judge", "justice", "magistrate"), ("ceo", "executive"),
                               ("leader", "president", "head", "chief"), ("attorney", "lawyer", "prosecutor", "counsel"),
                               ("marshal", "marshall"), ("adviser", "advisor"), ("chair", "chairperson"),
                               ("captain", "skipper"), ("physiotherapist", "physio"))
              for w in g}  # fmt: skip

# Functions whose officer speaks for a body: a "press officer", "media officer" or "public information officer" is its
# spokesperson, no other job (eval/claims.py --kinds2: "Airline spokesman X" / "press officer, X" was a false role
# conflict).
_SPEAKING_FUNCTIONS = frozenset(("press", "media", "communications", "information", "affairs"))

# The side of a court a lawyer's title names, which ``Role.job`` reads as one lawyer: the prosecution ("prosecutor",
# "district attorney", "state's attorney", "U.S. Attorney", "city attorney") or the defence ("defense attorney",
# "defence counsel"); two outlets giving one person both sides give two jobs.
_PROSECUTION = re.compile(r"\bprosecut|\b(?:district|state['’]?s?|county|city|u\.?s\.?)\s+attorney\b", re.I)
_DEFENCE = re.compile(r"\bdefen[cs]e\b", re.I)


def court_side(words: str) -> str:
    """ "prosecution", "defence" or '' for the words of a lawyer's title."""
    return "prosecution" if _PROSECUTION.search(words) else "defence" if _DEFENCE.search(words) else ""


# Ranks whose "chief" is the rank above ("Chief Superintendent", "Chief Petty Officer"); before other jobs it is a
# seniority no outlet disputes ("chief medical correspondent" / "medical correspondent": eval/claims.py fit 34_ecb
# gold agreement) or the job itself ("chief executive").
_CHIEF_RANKED = RANKS | {"superintendent", "inspector", "constable", "officer"}
# Jobs of an office staffed by many, whose "deputy" is one of its lawyers, not a second post: a "Deputy Public
# Defender" is a public defender (eval/claims.py fit 33_ecb), a "Chief Deputy City Attorney" a prosecutor.
_OFFICE_STAFF = frozenset(("attorney", "defender"))


@dataclass(frozen=True)
class Role:
    """A job word an outlet gives a person: its normalised form, gender when the word has one, and span."""

    person: str  # entity id
    article_id: str
    start: int
    end: int
    role: str  # lower case, gender-neutral ("spokesperson"), with its rank words ("assistant attorney")
    gender: str | None  # "m" / "f"
    name: tuple[int, int] = (0, 0)  # span of the person's name the role is written beside
    verb: bool = (
        False  # said with a verb ("who chairs the council"): an outlet's title noun for them names it
    )

    @property
    def job(self) -> str:
        """The role as one job (``job_of``)."""
        return job_of(self.role)

    @property
    def former(self) -> bool:
        return "former" in self.role.split()


def job_of(role: str) -> str:
    """A role's words with one word per group of synonyms ("judge" and "magistrate" are one job), without "former";
    a chief officer of a function by its initials ("chief financial officer" is the "cfo", not the "coo")."""
    *rank, head = role.split() or [""]
    function = [r for r in rank if r not in TITLE_RANKS]  # of "officer" only (``neutral``)
    if function and "chief" in rank:
        rank, head = [r for r in rank if r in TITLE_RANKS and r != "chief"], f"c{function[-1][0]}o"
    rank = [_SAME_RANK.get(r, r) for r in rank if r in TITLE_RANKS]
    head = _SAME_JOB.get(head, head)
    kept = (
        r
        for r in rank
        if r != "former"
        and (r != "deputy" or head not in _OFFICE_STAFF)
        and (r != "chief" or head in _CHIEF_RANKED)
    )
    return " ".join([*kept, head])


def office_rank(role: str) -> str:
    """ "chief" or "deputy" for a lawyer of an office staffed by many told as its head or as one of its deputies
    ("chief prosecutor", "deputy prosecutor"), both of which ``job_of`` reads as one lawyer; '' for any other role,
    a plain one ("prosecutor") or one with both words ("Chief Deputy District Attorney")."""
    ranks = set(role.split()) & {"chief", "deputy"}
    return next(iter(ranks)) if len(ranks) == 1 and job_of(role).split()[-1] in _OFFICE_STAFF else ""


# Words in a title that make it another job than its head alone ("assistant coach" is not the coach, "deputy
# mayor" not the mayor); "Deputy" heading a title ("Sheriff's Deputy X") is the job itself, not a rank.
# "Former" is read with them but is the same job held earlier: ``role_conflicts._former_conflicts`` compares it. A
# "Lt. Col." is no colonel, a "lieutenant governor" no governor, a "Chief Superintendent" no superintendent (but
# a "chief executive" is the executive, a "chief correspondent" a correspondent: ``Role.job``).
TITLE_RANKS = frozenset(
    (
        "assistant",
        "vice",
        "associate",
        "acting",
        "interim",
        "caretaker",
        "deputy",
        "lieutenant",
        "former",
        "chief",
    )
)
# Ranks that say one thing: a holder standing in until the post is filled ("interim manager", "caretaker manager",
# "acting manager" are one job; tests/test_brief_role_shapes.py).
_SAME_RANK = {"interim": "acting", "caretaker": "acting"}

# "ex-mayor", "then-governor": the job held before, as "former" says it
_PAST = re.compile(r"^(?:ex|then)[-‑](?=[a-z])", re.I)


def past_prefixed(word: str) -> bool:
    """Whether a title word says its job was held before ("Ex-mayor", "then-minister")."""
    return _PAST.match(word) is not None


def neutral(word: str, before: str = "") -> tuple[str, str | None]:
    """(job, gender) of a word: ('spokesperson', 'f') for "spokeswoman", ('', 'f') for "Mrs", ('', None) for a
    word that is no job; "officer" after "executive" (``before``) is the chief executive, after another word an
    officer of that function ("financial officer", "police officer"), after a function of speaking for a body a
    spokesperson ("press officer"); "ex-mayor" is a mayor
    (``past_prefixed`` says when), "vice-chair" a vice chair."""
    w = written_out(_PAST.sub("", word.lower().rstrip(".")))
    if w == "officer" and before.lower() == "executive":
        return "ceo", None
    if w == "officer" and before.lower() in _SPEAKING_FUNCTIONS:
        return "spokesperson", None
    if w == "officer" and before.isalpha() and before.lower() not in TITLE_RANKS | STOP_WORDS:
        return f"{before.lower()} officer", None  # its function: "chief financial officer" (``Role.job``)
    rank, _, rest = w.partition("-")
    if rank in TITLE_RANKS and rank != "former" and (job := neutral(rest)[0]):
        return f"{rank} {job}", neutral(rest)[1]  # "vice-chairman": the rank and its job, as "vice chairman"
    gender = (
        "m"
        if w in MALE_NOUNS or w in MALE_TITLES
        else "f"
        if w in FEMALE_NOUNS or w in FEMALE_TITLES
        else None
    )
    return neutral_job(w), gender


# A job the words before it say the person has just taken ("who was promoted to mayor", "the newly appointed
# mayor", "named mayor after the vote"): the outlet reports a change, so another outlet's other job for the
# person is the one held before, not a dispute.
_TAKEN = re.compile(
    r"\b(?:promoted|appointed|named|elected|became|becomes|new|newly|installed|succeeded|succeeds)"
    r"(?:[ \t]+(?:as|to|the|an?|its|their|interim|acting|appointed|elected|named))*[ \t]+$",
    re.I,
)


# Between a person's name and the job after it that a verb of taking before the name gives them ("named Ann Roe as
# chief executive", "appointed Ann Roe chairman")
_NAME_TO_JOB = re.compile(r"[ \t]+(?:as[ \t]+)?(?:(?:its|the|their|an?|interim|acting|new)[ \t]+)*$", re.I)


def newly_taken(c: Corpus, r: Role) -> bool:
    """Whether the outlet says the person has just taken the job of ``r``: the words before the job say so, or
    those before the name the job follows ("has named Ann Roe as chief executive")."""
    body = c.by_id[r.article_id].body
    if _TAKEN.search(body, max(0, r.start - 40), r.start) is not None:
        return True
    start, end = r.name
    return (
        start < end <= r.start
        and _NAME_TO_JOB.match(body[end : r.start]) is not None
        and _TAKEN.search(body, max(0, start - 40), start) is not None
    )


def role_text(c: Corpus, r: Role) -> str:
    return c.by_id[r.article_id].body[r.start : r.end]


def worded_conflict(c: Corpus, loc: Locator, sides: Sequence[Role], kind: str, what: str) -> Conflict:
    """One claim per article; the statement says which outlet wrote which word."""
    by_article: dict[str, list[Role]] = {}
    for r in sorted(sides, key=lambda r: (r.article_id, r.start)):
        by_article.setdefault(r.article_id, []).append(r)
    claims = [
        Claim(
            role_text(c, rs[0]),
            (loc.cite(aid, rs[0].start, rs[0].end),),
            outlet=c.outlet(aid),
            values=tuple(Citation(aid, r.start, r.end) for r in rs),
            kind=kind,
        )
        for aid, rs in by_article.items()
    ]
    statement = "; ".join(f"{cl.outlet} says {cl.text}" for cl in claims)
    return Conflict(f"{what}: {' / '.join(dict.fromkeys(cl.text.lower() for cl in claims))}", tuple(claims), kind=kind,
                    statement=statement)  # fmt: skip
