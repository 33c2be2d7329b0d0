"""The job or title each article writes beside a named person: before the name ("wide receiver Dale Okafor",
"the agency's deputy director, X,"), in an apposition after it (", a spokeswoman for the hospital"), or in a
description analysis resolved to them ("the deputy director", "who chairs the council"), with the title's rank
words ("assistant", "former") and any gendered word (spokesman/spokeswoman, Mr/Mrs)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import takewhile

from storyline.analyze.roles import ROLE_RE, apposed
from storyline.briefing.person_role import TITLE_RANKS, WORD, Role, neutral, past_prefixed
from storyline.briefing.working_set import Corpus
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import (
    COURTESY_TITLES,
    NAME_TITLES,
    agent_job,
    leading_titles,
    written_out,
)
from storyline.model import Analysis, Mention

# ", a spokeswoman for ...", " (the hospital's finance director)": an apposition of up to five words, set off by a
# comma or a bracket, ended by a preposition or punctuation. Not after an age (", 75, the ... aide": eval/claims.py
# held-out one more false conflict, none found).
_AFTER = re.compile(
    r"(?:,\s+|\s*\(\s*)(?:the\s+|an?\s+)?((?:[A-Za-z][\w'’.&-]*\s+){0,4}?[A-Za-z][\w'’.-]*)"
    r"(?=\s+(?:of|for|at|in|with|who|and|from|on)\b|\s*[,.;:)]|\s*$)"
)
# A relative clause after the name with an end ("X, who was council leader for seven years until May"): a job that
# ended, as the parse reads it (analyze.descriptions), no title the outlet gives X now.
_RELATIVE = re.compile(r"(?:who|which|that)\b", re.I)
_ENDED = re.compile(r"[^,.;:]*\b(?:until|till)\b", re.I)
# A relative clause of someone the person has ("X, whose father was a governor,", "whose lawyer is ..."): its job is
# that other person's, not X's.
_WHOSE = re.compile(r"whose\b", re.I)

_BEFORE_REACH = 60  # characters before a name searched for its title
# Lower-case words between a rank and its head ("deputy transport minister", "acting fire chief").
_RANKED_REACH = 2
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
BELOW_HEAD = frozenset(
    ("deputy", "assistant", "vice", "associate", "lieutenant")
)  # ranks of a post under a head
_RUN = 4  # words of a title run searched back from its head ("Kerr County Assistant District Attorney")


def title_rank(word: str) -> str:
    """The rank a word of a title is, written out ("Lt." is "lieutenant"), "former" for one held before ("ex-",
    "retired"); '' for no rank."""
    w = written_out(word.lower().rstrip("."))
    return "former" if past_prefixed(w) or w == "retired" else w if w in TITLE_RANKS else ""


def title_ranks(word: str) -> list[str]:
    """The ranks a word of a title says: ``title_rank``'s, and a past prefix's rank too ("ex-deputy" is a former
    deputy, so "Ex-deputy mayor X" held the deputy's post, not the mayor's)."""
    rank = title_rank(word)
    rest = word.split("-", 1)[1] if rank == "former" and past_prefixed(word) else ""
    return [rank, *([r] if rest and (r := title_rank(rest)) and r != "former" else [])] if rank else []


def _roles_of(body: str, start: int, end: int, person: str, article_id: str) -> list[Role]:
    """The job word written right before the name (title: "General Manager Tom Rennick", "Mrs Smith") and the
    head of an apposition right after it (", a spokeswoman for ...")."""
    out = []
    before = list(WORD.finditer(body, max(0, start - _BEFORE_REACH), start))
    gap = body[before[-1].end() : start] if before else "x"
    if not gap.strip() and "\n" not in gap:  # a word ending the line above ("Jackson, Miss.") is no title
        w = before[-1]
        role, gender = neutral(w.group(), before[-2].group() if len(before) > 1 else "")
        role = role or _ranked_head(w.group(), [x.group() for x in before[-2:-1]])
        if w.group()[:1].isupper() and w.group().lower().rstrip(".") in COURTESY_TITLES:
            role = ""  # "Professor Ann Kerr": an academic's form of address, no post to set against "chair of judges"
        if role or gender:
            first = _title_run(body, before)
            run = body[first : w.start()].split()
            rank = [
                r for i, x in enumerate(run) if not (i and _possessive(run[i - 1])) for r in title_ranks(x)
            ]
            role = _ranked(rank, w.group(), role) if role else role
            out.append(
                Role(person, article_id, first if role else w.start(), w.end(), role, gender, (start, end))
            )
            if role and (j := _JOINED_BEFORE.search(body, max(0, first - 40), first)):
                out += _joined(j, person, article_id, (start, end))
    elif gap.strip() == "," and "\n" not in gap:
        out += _apposed_before(body, start, end, person, article_id)
    m = _AFTER.match(body, end)
    if m and not (
        _RELATIVE.match(m.group(1))
        and _ENDED.match(body, m.end(1))
        or _WHOSE.match(m.group(1))
        or _object_of_clause(m.group(1))
    ):
        *mods, head = WORD.finditer(m.group(1))
        role, gender = neutral(head.group(), mods[-1].group() if mods else "")
        if not role and head.group().lower() == "head" and body.startswith(" of ", m.end(1)):
            role = "head"  # ", acting head of the roads department,": a job only before what it heads
        role = role or _ranked_head(head.group(), [x.group() for x in mods[-1:]])
        if role:
            ranked = [x for x in mods if title_rank(x.group())]
            # the title's words before its head ("a former transport minister"), not an owner or a verb ("the
            # club's head coach", "who is deputy mayor")
            title = list(takewhile(lambda x: _title_word(x.group()), reversed(mods)))
            at = m.start(1) + min([x.start() for x in [*ranked[:1], *title[-1:]]], default=head.start())
            job = _ranked([r for x in ranked for r in title_ranks(x.group())], head.group(), role)
            out.append(Role(person, article_id, at, m.start(1) + head.end(), job, gender, (start, end)))
            if j := _JOINED_AFTER.match(body, m.end(1)):
                out += _joined(j, person, article_id, (start, end))
    return out


def _object_of_clause(words: str) -> bool:
    """Whether an apposition is a relative clause whose verb takes its last word as object ("who replaced the
    sacked manager"), not a verb of being nor "as" before it ("who is deputy mayor", "who joined as coach")."""
    parts = words.split()
    if len(parts) < 3 or parts[0].lower() not in ("who", "that"):
        return False
    return parts[1].lower() not in _BEING and parts[-2].lower() != "as"


# Verbs (and adverbs between) after "who" that say what the person is: "who is", "who has been", "who became".
_BEING = frozenset(
    "is was has had have became becomes remains remained will would now also then once".split()
)


def _ranked_head(word: str, before: list[str]) -> str:
    """ "head" for the word "head" right after a rank below a head ("the school's deputy head", "Deputy head X"):
    a post, where "head" alone may be a body part or a verb."""
    return "head" if word.lower() == "head" and before and set(map(title_rank, before)) & BELOW_HEAD else ""


def _ranked(rank: list[str], head: str, role: str) -> str:
    """A job with its title's rank words before it, each once, and "former" when its head word says the job was
    held before ("ex-minister")."""
    return " ".join([*dict.fromkeys([*rank, *(["former"] if past_prefixed(head) else [])]), role])


# A title set before the name, after its article or owner and closed by a comma ("the company's chief executive,
# Dana Hale, said", "Its deputy commissioner, Ann Vale.", "its co-founder and chief technology officer, X,"), or
# followed by the body it serves, capitalised, after "of" ("The chairman of Brightwater Energy, Kit Amsel,"): up to
# six words, the name then closed by punctuation (not "told the mayor, Dana Hale said", where the name is the next
# clause's subject).
_OWNERS = ("their", "the", "its", "his", "her")  # an article or owner word a title follows
_TITLE_BEFORE = re.compile(
    rf"(?:\b(?i:{'|'.join(_OWNERS)})|[A-Za-z][\w&.-]*['’]s)\s+"
    r"(?P<title>(?:[A-Za-z][\w'’.-]*\s+){0,5}?(?P<head>[A-Za-z][\w'’.-]*))"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)?\s*,\s*$"
)
# Words before an article that make its noun another's object ("the skipper of the trawler, X,": no trawler)
_OBJECT_OF = frozenset(("of", "for", "at", "on", "in", "with", "from", "to", "by", "about"))


def _apposed_before(body: str, start: int, end: int, person: str, article_id: str) -> list[Role]:
    """The jobs of a title set before the name with a comma (``_TITLE_BEFORE``), with their rank words ("the
    agency's deputy director, X,": "deputy director"; "its founder and chairman, X,": both)."""
    t = _TITLE_BEFORE.search(body, max(0, start - _BEFORE_REACH), start)
    if t is None or not re.match(r"\s*[,.;]", body[end : end + 2]):
        return []
    out = []
    # from the word before the match: an article after a preposition owns no title (``_OBJECT_OF``)
    titles = _titles_after_owner(list(WORD.finditer(body, max(0, t.start() - 12), t.end("head"))))
    for k, (*mods, head) in enumerate(titles):
        role, gender = neutral(head.group(), mods[-1].group() if mods else "")
        if not role:  # a first part that names no job ("its co-founder and chief executive") is left out
            if k == len(titles) - 1:
                return []
            continue
        job = _ranked([title_rank(w.group()) for w in mods if title_rank(w.group())], head.group(), role)
        out.append(
            Role(person, article_id, (mods or [head])[0].start(), head.end(), job, gender, (start, end))
        )
    return out


def _titles_after_owner(words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The titles a phrase ends with: its last run of title words, right after an article or an owner ("the
    club's", "its"), split at one "and" into the two jobs it joins; none when the run follows anything else."""
    i = len(words)
    while i > 1 and (_title_word(words[i - 1].group()) or words[i - 1].group() == "and"):
        i -= 1
    before, run = words[i - 1].group(), [w.group() for w in words[i:]]
    if not run or not (before.lower() in _OWNERS or _possessive(before)) or run.count("and") > 1:
        return []
    owner = i - 1 - (i > 1 and _possessive(before) and words[i - 2].group().lower() in _OWNERS)
    if owner and words[owner - 1].group().lower() in _OBJECT_OF:  # "the skipper of the (firm's) trawler, X,"
        return []
    if "and" not in run:
        return [words[i:]]
    cut = i + run.index("and")
    return [part for part in (words[i:cut], words[cut + 1 :]) if part] if 0 < cut - i < len(run) - 1 else []


# A second job joined to a title by "and" ("president and chief executive Dana Hale", "Dana Hale, president and
# CEO, Norvik"): the person holds both, so an outlet naming one and an outlet naming the other do not disagree.
_JOINED_BEFORE = re.compile(r"(?P<job>[A-Za-z][\w'’.-]*)\s+and\s+$")
_JOINED_AFTER = re.compile(
    r"\s+and\s+(?:(?:[A-Za-z][\w'’.&-]*)\s+){0,2}?(?P<job>[A-Za-z][\w'’.-]*)(?=\s*[,.;:)])"
)


def _joined(m: re.Match[str], person: str, article_id: str, name: tuple[int, int]) -> list[Role]:
    body = m.string
    before = body[max(0, m.start("job") - 20) : m.start("job")].split()
    role, gender = neutral(m.group("job"), before[-1] if before else "")
    return [Role(person, article_id, m.start("job"), m.end("job"), role, gender, name)] if role else []


def _title_run(body: str, words: Sequence[re.Match[str]]) -> int:
    """Start of the title ending with the last of ``words``: the capitalised or rank words before it, with only
    spaces between ("Assistant District Attorney", "assistant coach")."""
    first = words[-1].start()
    for w in reversed(words[-_RUN - 1 : -1]):
        gap, word = body[w.end() : first], w.group()
        if gap.strip(" ") or (word.endswith(".") and len(word) > 4):  # a line or sentence ends between
            break
        if not (word[:1].isupper() or title_rank(word)):
            break
        first = w.start()
    return _ranked_start(body, words, first)


def _ranked_start(body: str, words: Sequence[re.Match[str]], first: int) -> int:
    """``first`` moved back to a rank word that precedes the title across up to two lower-case words with only
    spaces between ("deputy transport minister X", "acting fire chief X"): the rank belongs to the title."""
    at = next((k for k, w in enumerate(words) if w.start() == first), None)
    for k in range(at - 1, max(-1, at - 1 - _RANKED_REACH - 1), -1) if at is not None else ():
        w, after = words[k], words[k + 1]
        if body[w.end() : after.start()] != " " or w.group().endswith("."):
            break
        if title_rank(
            w.group()
        ):  # "Sheriff's Deputy" is a job; "the council's deputy highways director" a rank
            return w.start() if w.group().islower() or not _possessed(body, words, k) else first
        if not w.group().islower() or w.group() in STOP_WORDS or w.group().endswith(("ing", "ed")):
            break  # "deputy before killing Judge X": a verb or a function word is no part of a title
    return first


def _possessed(body: str, words: Sequence[re.Match[str]], k: int) -> bool:
    """Whether ``words[k]`` follows a possessive ("Sheriff's Deputy"): a job of its own, not a rank."""
    return k > 0 and _possessive(words[k - 1].group()) and body[words[k - 1].end() : words[k].start()] == " "


def _title_word(word: str) -> bool:
    """A word that may be part of a title before its head: no owner ("club's"), function word or verb ("is")."""
    return not _possessive(word) and word.lower() not in STOP_WORDS


def _possessive(word: str) -> bool:
    """ "Sheriff's", "county’s": a title word after it is the owner's job, no rank of the title."""
    return word.endswith(("'s", "’s"))


def written_roles(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Role]:
    """Every job or title an article writes beside a resolved person's name or in a description of them."""
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        names = {m.start: m.end for m in an.mentions if m.label == "PERSON"} if an else {}
        for m in an.mentions if an else ():
            if m.label == "PERSON" and m.entity_id:
                # "Ms Kale", "Superintendent Ann Brook" tagged whole: its title is written before
                titled = leading_titles(NAME_TITLES).match(m.text)
                start = m.start + titled.end() if titled and titled.end() < len(m.text) else m.start
                out += _roles_of(a.body, start, m.end, m.entity_id, a.id)
            elif m.refers in names and m.entity_id:
                out += _described(m, names[m.refers], a.body)
            elif m.label == "ROLE" and m.entity_id and (p := _apposed_person(m, an.mentions, a.body)):
                det = ROLE_RE.fullmatch(m.text)  # "The president": the title without its article
                start = m.start + (det.end("det") if det and det.group("det") else 0)
                out += _described(replace(m, start=start, refers=p.start), p.end, a.body)
    return out


def _apposed_person(role: Mention, mentions: Sequence[Mention], body: str) -> Mention | None:
    """The person a title reference (analyze.roles: "the president", "the Foreign Secretary") is set beside and
    resolved to ("The president, Ida Krell,", "Ida Krell, the president"): its job is written of that person."""
    return next(
        (
            p
            for p in mentions
            if p.label == "PERSON" and p.entity_id == role.entity_id and apposed(body, role, p)
        ),
        None,
    )


def _described(m: Mention, name_end: int, body: str) -> list[Role]:
    """The job analysis read off a description of a named person ("the deputy director", "X was coach"), with
    a rank written before the words analysis kept ("deputy" of "the deputy highways director")."""
    start = _ranked_start(body, list(WORD.finditer(body, max(0, m.start - _BEFORE_REACH), m.end)), m.start)
    *mods, head = WORD.findall(body[start : m.end]) or [""]
    role, gender = neutral(head, mods[-1] if mods else "")
    gender = gender or _POSSESSIVE_GENDER.get(head.lower())  # "said her office" (analyze.possessive_gender)
    verb = not role and bool(agent_job(head))  # "who chairs the council" (analyze.verb_roles)
    role = role or agent_job(head)
    rank = [r for w in mods for r in title_ranks(w)] + (["former"] if past_prefixed(head) else [])
    job = " ".join([*dict.fromkeys(rank), role]) if role else ""
    name = (m.refers or 0, name_end)
    return (
        [Role(m.entity_id or "", m.article_id, start, m.end, job, gender, name, verb)]
        if role or gender
        else []
    )
