"""Whose job a role is: the organisation words an outlet writes with a person's title ("a director of the roads
agency", "the museum's chairman"). Two outlets that give one person jobs at two
different organisations ("director of the roads agency" / "chairman of the town museum") report two posts the
person holds, not a role conflict (eval/claims/PROTOCOL.md: a conflict is about one referent).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from storyline.briefing.person_role import WORD, Role, neutral
from storyline.briefing.working_set import Corpus
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import PERSONAL_TITLES

# ", a director of the roads agency", "Dana Reyes of the county police": whom the job is for, after the role, or
# after the name its title stands before when an article opens the organisation ("Reyes of Albany" is a home town).
_OF = re.compile(r"\s*,?\s*(?:of|for|at|with)\s+(?P<org>[^,.;:()\n\"“”]{1,60})")
_OF_THE = re.compile(r"\s*,?\s*(?:of|for|at|with)\s+(?:the|an?)\s+(?P<org>[^,.;:()\n\"“”]{1,60})")
# "the town museum's chairman": the owner written before a title, and up to two words of its name before it
_OWNER = re.compile(r"(?P<org>(?:[A-Za-z][\w-]*[ \t]+){0,2}[A-Za-z][\w-]*)['’]s?[ \t]+$")
_REACH = 4  # words of an organisation read after "of"
_STEM = 5  # letters two words share to be one word ("region" / "regional", "council" / "councils")


def _org_words(words: Sequence[str]) -> tuple[str, ...]:
    """The organisation words among ``words``, in order: no function word, job, rank or title."""
    out = []
    for w in words:
        w = w.lower().removesuffix("'s").removesuffix("’s").replace(".", "").rstrip("'’")
        if len(w) < 2 or w in STOP_WORDS or w in PERSONAL_TITLES or any(neutral(w)):
            continue
        out.append(w)
    return tuple(out)


def _one_organisation(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two outlets' organisation words can name one organisation: a word shared (its first letters,
    "region" / "regional"), or one's word the initials of the other's ("FBI" / "Federal Bureau of
    Investigation")."""
    if {w[:_STEM] for w in a} & {w[:_STEM] for w in b}:
        return True
    return any(
        len(w) >= 2 and w == "".join(x[0] for x in other) for one, other in ((a, b), (b, a)) for w in one
    )


def employer(c: Corpus, r: Role) -> tuple[str, ...]:
    """The words of the organisation an outlet names as the one role ``r`` is held at: an owner written before the
    title ("the museum's chairman"), or the words after "of" / "for" / "at" that follow the role ("director of
    the roads agency") or the name after its title ("Sgt. Dana Reyes of the county police"). The title's own
    words are not read: "District" of "District Attorney" names no employer."""
    body = c.by_id[r.article_id].body
    owner = _OWNER.search(body, max(0, r.start - 60), r.start)
    after, pattern = (r.end, _OF) if r.start >= r.name[1] else (r.name[1], _OF_THE)
    of = pattern.match(body, after)
    return (_org_words(WORD.findall(owner.group("org"))) if owner else ()) + (
        _org_words(WORD.findall(of.group("org")))[:_REACH] if of else ()
    )


def other_employers(c: Corpus, sides: Sequence[Role]) -> bool:
    """Whether two outlets' roles of a person name disjoint organisations: each outlet's words, joined over its
    roles; an outlet that names none could mean either, so it keeps the roles comparable."""
    by_article: dict[str, list[str]] = {}
    for r in sides:
        by_article.setdefault(r.article_id, []).extend(employer(c, r))
    named = [e for e in by_article.values() if e]
    return any(not _one_organisation(a, b) for a, b in combinations(named, 2))
