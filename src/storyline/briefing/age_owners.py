"""Whose an age is when an outlet gives it without the name: "the 47-year-old man", "he is 47" given to the story's
one named person, so the figure aligns with the outlets that name them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from storyline.briefing.claim_pairs import UNNAMED
from storyline.briefing.placed import Placed
from storyline.briefing.working_set import Corpus
from storyline.lexicon.whole_words import has_whole_word
from storyline.model import ClaimSlot

# Subjects of an age that say nothing of whose it is but that it is someone's the article names: "he is 47",
# "the 47-year-old" (analyze.ages reads its "old" as the subject); a noun ("a 47-year-old passenger") may be
# somebody else.
_WHO_ELSE = frozenset(("he", "she", "old"))
# An age at a past moment, not the person's age now: "first jailed at the age of 19", "was 17 when he left"
_AT_AGE = re.compile(r"\bat(?:[ \t]+the)?[ \t]+age(?:[ \t]+of)?[ \t]+\S+$", re.I)
# the age at death is the person's last: "died on Monday at her home in Tarnby at the age of 88"
_DIED = re.compile(r"\b(?:died|dies|death|passed[ \t]+away)\b", re.I)
_DIED_REACH = 80  # characters before "at the age of" searched for a death
_WHEN = re.compile(r"(?:[ \t]+years?[ \t]+old)?,?[ \t]+when\b", re.I)
# the same moment told before the figure: "who won five awards when she was 23", "since he was 20", "until she
# turned 18": the age then, in a clause of its own
_WHEN_BEFORE = re.compile(r"\b(?:when|since|until|till)[ \t]+\w+[ \t]+(?:was|were|turned)[ \t]+$", re.I)
# "robbed a 90-year-old": an indefinite article introduces someone new, whom "the 90-year-old" would refer back to
_INDEFINITE = re.compile(r"\ban?[ \t]+$", re.I)


def ages_now(c: Corpus, placed: list[Placed]) -> list[Placed]:
    """The claims without the ages told at another moment ("at the age of 19", "was 17 when"): a person's age
    then is no rival to the age other outlets give now."""
    return [
        p for p in placed if not (p.slot.measure == "age" and p.slot.kind == "attribute" and _then(c, p.slot))
    ]


def _then(c: Corpus, s: ClaimSlot) -> bool:
    """Whether an age is told at a past moment (``_AT_AGE``, ``_WHEN``, ``_WHEN_BEFORE``); "died at the age of 95" is the age others
    give the dead (eval/claims.py: three age agreements on the read halves)."""
    body = c.by_id[s.article_id].body
    at_age = _AT_AGE.search(body, max(0, s.start - 20), s.end)
    died = at_age and _DIED.search(body, max(0, at_age.start() - _DIED_REACH), at_age.start())
    return bool(
        (at_age and not died)
        or _WHEN.match(body, s.end)
        or _WHEN_BEFORE.search(body, max(0, s.start - 30), s.start)
    )


def named_ages(c: Corpus, placed: list[Placed], story_of: Callable[[str], str]) -> list[Placed]:
    """Ages of an unnamed subject ("the 47-year-old Lisk man", "a 52-year-old woman") given to the story's one
    named person whose age 2+ outlets state, and an age of no one but a he/she or "the 47-year-old" given to the
    story's one person any outlet names with an age when its article names them too: the outlet told that
    person's age without the name, so its figure aligns with theirs. With two or more such people the subject
    noun cannot say whose it is; "a 90-year-old" (no noun, an indefinite article) is someone new ("robbed a
    90-year-old"), never the named person."""
    named: dict[str, dict[str, set[str]]] = {}
    for p in placed:
        whose = _whose(p.slot)
        if whose[:1].isupper() and whose.lower() not in UNNAMED:
            named.setdefault(story_of(p.slot.article_id), {}).setdefault(whose, set()).add(p.outlet_key)
    out = []
    for p in placed:
        ws = named.get(story_of(p.slot.article_id), {})
        people = [w for w, keys in ws.items() if len(keys) >= 2]
        whose = _whose(p.slot)
        if whose == "old" and _introduced(c, p.slot):
            people = []
        elif not people and whose.lower() in _WHO_ELSE and len(ws) == 1:
            people = [w for w in ws if has_whole_word(w, c.by_id[p.slot.article_id].body)]
        if (whose[:1].islower() or whose.lower() in _WHO_ELSE) and len(people) == 1:
            p = Placed(replace(p.slot, subject=people[0]), p.sentence, p.outlet_key)
        out.append(p)
    return out


def _introduced(c: Corpus, s: ClaimSlot) -> bool:
    """Whether an age is written after "a"/"an" ("robbed a 90-year-old"): someone the sentence introduces."""
    body = c.by_id[s.article_id].body
    return _INDEFINITE.search(body, max(0, s.start - 4), s.start) is not None


def _whose(s: ClaimSlot) -> str:
    """The last word of an age's subject (a surname, or a noun: "man"); "" for other kinds."""
    return (s.subject or "").split()[-1] if s.kind == "attribute" and s.subject else ""
