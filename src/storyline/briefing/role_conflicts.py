"""Whether outlets' jobs for one person disagree: different jobs said alone, one post at different ranks, two
ranks of a force, two sides of a court, a job held now against the same job held before (or an update, when the
reports changed over time); and the jobs they agree on."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from itertools import combinations

from storyline.briefing.locate import Locator
from storyline.briefing.person_role import (
    TITLE_RANKS,
    WORD,
    Role,
    court_side,
    job_of,
    neutral,
    newly_taken,
    office_rank,
    past_prefixed,
    role_text,
    worded_conflict,
)
from storyline.briefing.placed import QUOTED
from storyline.briefing.working_set import Corpus
from storyline.briefing.written_roles import BELOW_HEAD, title_rank
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import (
    COMMAND_TIERS,
    HEAD_POSTS,
    JOB_NOUNS,
    NAME_TITLES,
    PROFESSIONS,
    RANKS,
    RELATIONS,
    rival_heads,
)
from storyline.model import UPDATED, Citation, Claim, Conflict
from storyline.settings import BriefSettings

_HEAD = "head"  # the job of who heads a body (analyze.verb_roles), named by no post
_LAWYER = job_of("lawyer")  # a lawyer's job, whatever the outlet calls them
# Ranks of a police force or an army ("Sergeant", "Chief Superintendent", "Lt."): a person holds one at a time
_FORCE_RANKS = RANKS | {"constable", "inspector", "superintendent", "trooper", "corporal", "brigadier"}
_OFFICERS = frozenset(("officer", "police officer"))  # what every rank of a police force is
# Jobs that name any post of a body rather than one post: a city "official" may be its spokesman, an "employee"
# its engineer; said alone they are no rival to another outlet's named post. Not "officer" or "player": a police
# officer is no chief executive, a player no coach (tests/test_brief_spelling.py).
# A "businessman" or "businesswoman" (person_role.neutral: "businessperson") is what any executive, owner or founder
# of a firm is: no rival to the post another outlet names ("Nigerian-born businesswoman X" / "Acme chief executive X").
_ANY_POST = frozenset(("official", "employee", "worker", "staffer", "member", "businessperson"))
# Jobs that tell what a person once did rather than a post they hold: a founder is often its chief executive or
# chairman as well ("founder and chief executive X"), so said alone it is no rival to another outlet's post. The
# forms person_role.neutral gives ("co-founder" and "creator" are no job there).
_ORIGINS = frozenset(("founder", "cofounder"))


def job_claims(
    c: Corpus,
    loc: Locator,
    roles: Sequence[Role],
    by_outlet: Mapping[str, list[Role]],
    key: bool,
    settings: BriefSettings,
) -> tuple[list[Conflict], list[Claim]]:
    """One person's jobs across outlets (``roles``, and the same by outlet): the role conflicts, and for a ``key``
    person the agreements on a job some outlet writes as a common noun (see ``briefing.attributes``)."""
    conflicts: list[Conflict] = []
    agreements: list[Claim] = []
    said_jobs = [{r.job for r in rs if r.role} for rs in by_outlet.values()]
    shared = {j for js in said_jobs for j in js if sum(j in o for o in said_jobs) >= 2}
    if key:
        for job in sorted(j for j in shared if sum(j in o for o in said_jobs) >= settings.role_min_outlets):
            held = [r for r in roles if r.job == job]
            if any(role_text(c, r).split()[-1][:1].islower() for r in held):
                agreements.append(role_agreement(c, loc, held))
    conflicts += _head_below(c, loc, by_outlet, settings)
    # who heads a body ("who heads the roads department", "leads the inquiry") holds whatever its post is
    # called (its director, chair, inspector): a job to agree on, never set against another but a post below
    # its head (``_head_below``)
    named = {
        k: _named_jobs([r for r in rs if not (r.verb and r.role == _HEAD) and r.role not in _ORIGINS])
        for k, rs in by_outlet.items()
    }
    # outlet -> its roles naming a job, without the outlets that give only another post held before
    job_roles = {k: [r for r in rs if r.role] for k, rs in named.items() if any(r.role for r in rs)}
    now = {k: rs for k, rs in job_roles.items() if not (_earlier_post(rs, job_roles) or _any_post(rs))}
    jobs = {k: {r.job for r in rs} for k, rs in now.items()}
    if (
        not shared
        and len(jobs) >= 2
        and all(len(js) == 1 for js in jobs.values())
        and not _officer_ranked(jobs)
        and not _post_to_come(c, loc, now)
        and not _facets(c, now)
        and not _taken_and_held(c, loc, now)
    ):
        told_apart = [_role_conflict(c, loc, [r for rs in now.values() for r in rs], settings)]
    else:
        told_apart = (
            _rank_conflicts(c, loc, now, settings)
            or _office_rank_conflicts(c, loc, now, settings)
            or _force_rank_conflicts(c, loc, now, settings)
            or _tier_conflicts(c, loc, now, settings)
            or (_rival_heads(c, loc, now, settings) if not _post_to_come(c, loc, now) else [])
        )
    conflicts += (told_apart or _side_conflicts(c, loc, now, settings)) + _former_conflicts(
        c, loc, job_roles, settings
    )
    return conflicts, agreements


def _earlier_post(roles: Sequence[Role], by_outlet: Mapping[str, Sequence[Role]]) -> bool:
    """Whether an outlet's jobs for a person are all held before ("a former senator") and of heads no other outlet
    gives: posts of an earlier time, no rival to another outlet's post held now ("Gov. X"); the same post's rank
    told as former ("a former associate director" / "deputy associate director") is still compared, and the same
    job held now and before is ``_former_conflicts``'."""
    heads = {r.job.split()[-1] for r in roles}
    others = {r.job.split()[-1] for rs in by_outlet.values() if rs is not roles for r in rs}
    return all(r.former for r in roles) and not heads & others


# Before a job word: a post the person is still to take ("will become its chairman", "is to be chief executive")
_TO_COME_POST = (
    r"\b(?:will|would|shall|is to|are to)\s+(?:be|become)\s+(?:(?:its|the|their|a|an)\s+)?(?:new\s+)?"
)


def _post_to_come(c: Corpus, loc: Locator, now: Mapping[str, Sequence[Role]]) -> bool:
    """Whether a sentence in which an outlet names the person's job also gives another outlet's job for them as a
    post still to come ("Penrose chief executive X will become its chairman" / "X will be chairman"): an outlet
    that tells both posts disputes neither."""
    for k, rs in now.items():
        sentences = {
            c.sentences[i].text for r in rs if (i := loc.sentence(r.article_id, r.start)) is not None
        }
        words = {role_text(c, o) for m, os in now.items() if m != k for o in os}
        if any(re.search(_TO_COME_POST + re.escape(w) + r"\b", s, re.I) for w in words for s in sentences):
            return True
    return False


# In the sentence of an outlet's job for a person: the person is still to take over ("would take over at the end of
# June", "will succeed her", "is to replace him")
_TO_TAKE_OVER = re.compile(
    r"\b(?:will|would|shall|is to|are to|(?:is|are) set to|(?:is|are) due to)\s+(?:take over|succeed|replace)\b",
    re.I,
)


def _taken_and_held(c: Corpus, loc: Locator, now: Mapping[str, Sequence[Role]]) -> bool:
    """Whether an outlet gives a person only a job it says they have just been named to ("has named X as chief
    executive", ``newly_taken``) while every other outlet's sentence with its job for them says they are still to
    take over ("finance director X would take over in June"): both tell one appointment, the others with the post
    held before it, no rival to the new one."""
    taken = {k for k, rs in now.items() if rs and all(newly_taken(c, r) for r in rs)}
    others = [rs for k, rs in now.items() if k not in taken]
    return (
        bool(taken)
        and bool(others)
        and all(
            any(
                (i := loc.sentence(r.article_id, r.start)) is not None
                and _TO_TAKE_OVER.search(c.sentences[i].text)
                for r in rs
            )
            for rs in others
        )
    )


def _facets(c: Corpus, now: Mapping[str, Sequence[Role]]) -> bool:
    """Whether the two jobs outlets give a person alone are two facets of one person, not rival posts: a relation
    to someone beside any job ("his business partner" / "Fellbridge developer"), or a calling written bare beside a
    head of a body ("chair of the judges, broadcaster X" / "judging panel chairman X"). Two posts of a body, two
    ranks or two callings ("senior nurse" / "public health doctor") stay rivals, as does a calling written as a post
    ("Project scientist" / "Mission director")."""
    by_job: dict[str, list[Role]] = {}
    for r in (r for rs in now.values() for r in rs):
        by_job.setdefault(r.job, []).append(r)
    if len(by_job) != 2:
        return False
    (a, ra), (b, rb) = by_job.items()
    return bool({a.split()[-1], b.split()[-1]} & RELATIONS) or any(
        all(r.job in PROFESSIONS and _bare(c, r) for r in calling) and all(_head_post(r) for r in head)
        for calling, head in ((ra, rb), (rb, ra))
    )


# The word right before a title, when nothing but spaces parts them ("the broadcaster", "BBC broadcaster")
_WORD_BEFORE = re.compile(r"([\w'’&.-]+)[ \t]+$")
_ARTICLES = frozenset(("the", "a", "an"))


def _bare(c: Corpus, r: Role) -> bool:
    """Whether a role is its job word alone, after nothing but an article or punctuation and with no body after it
    ("broadcaster X", "The broadcaster X", ", a novelist,"): a calling, where "BBC broadcaster" or "broadcaster at
    Radio Vale" is a post of a body."""
    body = c.by_id[r.article_id].body
    before = _WORD_BEFORE.search(body, max(0, r.start - 40), r.start)
    words = role_text(c, r).split()
    return (
        bool(words)
        and len(words[1:] if words[0].lower() in _ARTICLES else words) == 1
        and not _BODY_AFTER.match(body, r.end)
        and (before is None or before.group(1).lower() in _ARTICLES)
    )


def _any_post(roles: Sequence[Role]) -> bool:
    """Whether an outlet's jobs for a person all name a kind of post (``_ANY_POST``: "a city official"), which any
    named post another outlet gives ("City spokesman X") may be: no rival to it."""
    return all(r.role in _ANY_POST for r in roles)


def _head_below(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """Who an outlet says heads a body with a verb only ("X, who heads the fire service") against an outlet whose
    every title for X is a post below a head ("X, deputy chief of the fire service"), the body headed named in the
    deputy's sentence ("heads the training school" is another body): a deputy heads nothing. The verb "head" only: a
    deputy may lead an inquiry or run a desk."""
    heads = [
        rs
        for rs in by_outlet.values()
        if (jobs := [r for r in rs if r.role])
        and all(r.verb and r.role == _HEAD and role_text(c, r).lower().startswith("head") for r in jobs)
    ]
    below = [
        rs
        for rs in by_outlet.values()
        if (titles := [r for r in rs if r.role and not r.verb])
        and all(set(r.job.split()) & BELOW_HEAD for r in titles)
    ]
    if not heads or not below:
        return []
    sides = [r for rs in heads for r in rs if r.role] + [
        r for rs in below for r in rs if r.role and not r.verb
    ]
    bodies = {_headed(c, r) for rs in heads for r in rs if r.role}
    return (
        [_role_conflict(c, loc, sides, settings)]
        if all(bodies & _words_near(c, loc, rs) for rs in below)
        else []
    )


def _headed(c: Corpus, r: Role) -> str:
    """The last word of what a verb of heading takes ("heads the county fire service," -> "service")."""
    obj = re.match(r"[^,.;:()]*", c.by_id[r.article_id].body[r.end :]).group()  # type: ignore[union-attr]
    return obj.split()[-1].lower() if obj.split() else ""


def _words_near(c: Corpus, loc: Locator, roles: Sequence[Role]) -> set[str]:
    """The lower-case words of the sentences holding ``roles`` (their possessives' owner words with them)."""
    out: set[str] = set()
    for r in roles:
        i = loc.sentence(r.article_id, r.start)
        s = c.sentences[i] if i is not None else None
        text = c.by_id[r.article_id].body[s.start : s.end] if s else ""
        out |= {w.lower().removesuffix("'s").removesuffix("’s") for w in WORD.findall(text)}
    return out


def _named_jobs(roles: list[Role]) -> list[Role]:
    """An outlet's roles for a person without the jobs it says with a verb when it also gives a title ("Col. X,
    who commands the engineers": the colonel is the post, commanding what the colonel does)."""
    titled = any(r.role and not r.verb for r in roles)
    return [r for r in roles if not (titled and r.verb)]


def _rank_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """One head job with different ranks: an outlet that gives only "assistant coach" and one that gives only
    "coach" disagree whatever else the others say."""
    heads: dict[str, dict[str, set[str]]] = {}
    for k, rs in by_outlet.items():
        for r in rs:
            heads.setdefault(r.job.split()[-1], {}).setdefault(k, set()).add(r.job)
    out = []
    for head, jobs in heads.items():
        only = {next(iter(js)) for js in jobs.values() if len(js) == 1}
        if len(only) >= 2:
            sides = [r for k in jobs for r in by_outlet[k] if r.job.split()[-1] == head]
            out.append(_role_conflict(c, loc, sides, settings))
    return out


def _office_rank_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """The head of a lawyers' office against one of its deputies: an outlet whose only such lawyer is a "chief
    prosecutor" and one whose only is a "deputy prosecutor" disagree (``Role.job`` reads both as one lawyer, as a
    plain "prosecutor" agrees with either)."""
    told = {k: {office_rank(r.role) for r in rs} for k, rs in by_outlet.items()}
    sides = [r for k, rs in by_outlet.items() if len(told[k]) == 1 and "" not in told[k] for r in rs]
    return [_role_conflict(c, loc, sides, settings)] if len({office_rank(r.role) for r in sides}) == 2 else []


def _former_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """One job an outlet says the person holds and another says they held ("transport minister X" / "former
    transport minister X"): written in the same words but "former", outside quotations (a speaker's "President
    X" may be of years ago), each outlet giving the job one way only. Another title beside "former" ("former
    church leader" / "leader of one group") may be another post (eval/claims.py fit-b: 2 false conflicts)."""
    ids = {r.article_id for rs in by_outlet.values() for r in rs}
    quoted = {aid: [q.span() for q in QUOTED.finditer(c.by_id[aid].body)] for aid in ids}
    unquoted: dict[str, dict[str, list[Role]]] = {}  # job -> outlet -> its roles of that job
    for k, rs in by_outlet.items():
        for r in rs:
            if not any(qs <= r.start < qe for qs, qe in quoted.get(r.article_id, ())):
                unquoted.setdefault(r.job, {}).setdefault(k, []).append(r)
    out = []
    for of_job in unquoted.values():
        ways = {k: {r.former for r in rs} for k, rs in of_job.items()}
        past = [r for k, rs in of_job.items() if ways[k] == {True} for r in rs]
        now = [r for k, rs in of_job.items() if ways[k] == {False} for r in rs]
        if {_words(c, r) for r in past} & {_words(c, r) for r in now} and not _promoted(of_job, by_outlet):
            out.append(_role_conflict(c, loc, past + now, settings))
    return out


def _promoted(of_job: Mapping[str, Sequence[Role]], by_outlet: Mapping[str, Sequence[Role]]) -> bool:
    """Whether a post below a head ("deputy mayor") is disputed as held now and before while an outlet gives the
    person the head post now ("was elected mayor", "is the new mayor"): the person was promoted, so "former deputy
    mayor" is right, and another outlet's perfect tense of the old post ("has been deputy mayor since 2024") is no
    dispute of it (a rank told two ways is ``_rank_conflicts``')."""
    job = next(r.job for rs in of_job.values() for r in rs)
    rank, _, head = job.partition(" ")
    return rank in BELOW_HEAD and any(r.job == head and not r.former for rs in by_outlet.values() for r in rs)


def _force_rank(job: str) -> bool:
    """Whether a job is a rank of a police force or an army ("sergeant", "chief superintendent", "major general"):
    its head word is one, but "general" after another job's word is an adjective of an office ("attorney
    general", "surgeon general", "secretary general")."""
    *before, head = job.split()
    office = head == "general" and bool(before) and before[-1] in JOB_NOUNS and before[-1] not in _FORCE_RANKS
    return head in _FORCE_RANKS and not office


def _officer_ranked(jobs: Mapping[str, set[str]]) -> bool:
    """Outlets calling a person an officer and one rank of a force ("a police officer" / "Sergeant X"): one
    person told at two levels, no dispute."""
    told = set().union(*jobs.values())
    ranked = {j for j in told if _force_rank(j)}
    return len(ranked) == 1 and bool(told - ranked) and told - ranked <= _OFFICERS


def _force_rank_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """Outlets each giving one rank of a police force or an army, not the same one, whatever plainer job they
    share ("the injured officer, Sergeant X" / "the injured officer, Constable X"): one holds one rank at a time."""
    ranks = {k: {r.job for r in rs if _force_rank(r.job)} for k, rs in by_outlet.items()}
    ranks = {k: js for k, js in ranks.items() if js}
    if (
        len(ranks) < 2
        or any(len(js) > 1 for js in ranks.values())
        or len(set(map(frozenset, ranks.values()))) < 2
    ):
        return []
    return [
        _role_conflict(c, loc, [r for k, js in ranks.items() for r in by_outlet[k] if r.job in js], settings)
    ]


def _tier(c: Corpus, r: Role) -> str:
    """The level of command written right before a role's head word ("Station manager": "station"), '' for
    none."""
    *before, _head = role_text(c, r).lower().split() or [""]
    return before[-1] if before and before[-1] in COMMAND_TIERS else ""


def _tier_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """One post's head at two levels of a service's command ("Station manager X" / "Watch manager X"), each
    outlet giving that head at one level only: ``Role.job`` reads both as "manager", one post, but a station's
    manager and a watch's are two ranks."""
    tiers: dict[str, dict[str, set[str]]] = {}  # job -> outlet -> its levels of that job
    for k, rs in by_outlet.items():
        for r in rs:
            tiers.setdefault(r.job, {}).setdefault(k, set()).add(_tier(c, r))
    out = []
    for job, told in tiers.items():
        levels = {next(iter(ts)) for ts in told.values() if len(ts) == 1}
        if "" not in set().union(*told.values()) and len(levels) >= 2:
            sides = [r for k in told for r in by_outlet[k] if r.job == job]
            out.append(_role_conflict(c, loc, sides, settings))
    return out


def _head_post(r: Role) -> str:
    """The word of a role naming a head of a body: its own head word ("executive" for "chief executive",
    "president", "chairperson") or else its job's; '' for none or a ranked job ("deputy director":
    ``_rank_conflicts``'). A "CEO" is read as "chief executive" is, so "CEO" / "president" is one post at two levels
    as "chief executive" / "president" is (an American firm's "president and CEO")."""
    if " " in r.job:
        return ""
    word = next((w for w in (r.role.split()[-1], r.job) if w in HEAD_POSTS), "")
    return "executive" if word == "ceo" else word


def _rival_heads(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """Outlets each giving one job held now, two or more of them one job and the rest another head of the body
    ("chief executive X" twice / "Harlow Fittings chairwoman X"; two against two): rival posts. Two facets of one
    person are no rival heads (an owner, a lawyer, a parent: no head; "executive" / "president": one post at two
    levels, ``rival_heads``), nor are heads of two bodies each outlet names ("Arden chairman" / "Tolm director"),
    nor posts an outlet tells both of in one sentence."""
    heads: dict[str, set[str]] = {}  # job -> the head words its roles are written with
    for r in (r for rs in by_outlet.values() for r in rs):
        heads.setdefault(r.job, set()).add(_head_post(r))
    # a job one outlet writes with its head word ("Union president") is that head's when another writes it
    # with a general word of the same job ("Union leader")
    heads = {job: words - {""} or words for job, words in heads.items()}
    if (
        not 2 <= len(heads) < len(by_outlet)
        or any(len({r.job for r in rs}) != 1 for rs in by_outlet.values())
        or "" in set().union(*heads.values())
        or not all(rival_heads(a, b) for x, y in combinations(heads.values(), 2) for a in x for b in y)
    ):
        return []
    bodies = [{w for rs in by_outlet.values() for r in rs if r.job == j for w in _body(c, r)} for j in heads]
    if all(bodies) and not any(a & b for a, b in combinations(bodies, 2)):
        return []
    if any(_sentence_jobs(c, loc, rs) & (set(heads) - {r.job for r in rs}) for rs in by_outlet.values()):
        return []  # an outlet whose sentence gives the other post too ("Acme CEO and new Globex general manager")
    return [_role_conflict(c, loc, [r for rs in by_outlet.values() for r in rs], settings)]


def _sentence_jobs(c: Corpus, loc: Locator, roles: Sequence[Role]) -> set[str]:
    """The jobs (``Role.job``) any word of the sentences holding ``roles`` beside the person's name names, read as
    the role readers do; a bare "the medical director" in a sentence naming another person's post tells no
    second post of theirs."""
    out: set[str] = set()
    for r in roles:
        i = loc.sentence(r.article_id, r.start)
        beside = i is not None and loc.sentence(r.article_id, r.name[0]) == i
        words = WORD.findall(c.sentences[i].text) if beside else []
        out |= {
            job_of(role)
            for before, w in zip(["", *words], words, strict=False)
            if (role := neutral(w, before)[0])
        }
    return out


# A body named after a title: "chief executive of the retailer Holbeck", "chairman at Arden Homes"
_BODY_AFTER = re.compile(r"\s+(?:of|at|for)\s+((?:[\w'’&.-]+\s+){0,3}[\w'’&.-]+)")
# A body's owner word right before a title: "Holbeck's chairwoman"
_OWNER_BEFORE = re.compile(r"([\w&.-]+)['’]s?\s+$")


def _body(c: Corpus, r: Role) -> set[str]:
    """The capitalised words naming the body a role's post is of, lower case: in the title ("Greyharbour
    chairman"), as the owner before it ("Holbeck's chairwoman") or after "of", "at" or "for" ("chief executive of
    the retailer Holbeck"); no job, rank or stop word ("Chief", "Union" is kept)."""
    body = c.by_id[r.article_id].body
    words = WORD.findall(role_text(c, r))
    if owner := _OWNER_BEFORE.search(body, max(0, r.start - 40), r.start):
        words.append(owner.group(1))
    if after := _BODY_AFTER.match(body, r.end):
        words += WORD.findall(after.group(1))
    return {
        w.lower().rstrip(".")
        for w in words
        if w[:1].isupper() and w.lower().rstrip(".") not in NAME_TITLES | STOP_WORDS | TITLE_RANKS
    }


def _side_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """A lawyer one outlet puts on one side of a court and another on the other ("prosecutor X" / "defense
    attorney X"), each outlet giving one side only: two jobs that ``Role.job`` reads as one lawyer. A side held
    before ("X, a former prosecutor") is a career step, no side the lawyer takes now."""
    sides: dict[str, dict[str, list[Role]]] = {}  # outlet -> side -> its roles
    for k, rs in by_outlet.items():
        for r in rs:
            if r.job.split()[-1] == _LAWYER and not r.former and (side := court_side(role_text(c, r))):
                sides.setdefault(k, {}).setdefault(side, []).append(r)
    told = [next(iter(by_side.items())) for by_side in sides.values() if len(by_side) == 1]
    if len({side for side, _ in told}) < 2:
        return []
    return [_role_conflict(c, loc, [r for _, rs in told for r in rs], settings)]


def _words(c: Corpus, r: Role) -> tuple[str, ...]:
    words = role_text(c, r).lower().split()
    return tuple(
        w.split("-", 1)[1] if past_prefixed(w) else w
        for w in words
        if past_prefixed(w) or title_rank(w) != "former"
    )


def _role_conflict(c: Corpus, loc: Locator, sides: Sequence[Role], settings: BriefSettings) -> Conflict:
    """A role conflict, or an update when the reports changed over time: every outlet giving the job was
    published at least ``update_hours`` before every outlet calling the person its former holder ("the
    minister" in one report, "the former minister" in a later one), or an outlet no earlier than the others says
    the person has just taken the job it gives ("deputy mayor X" / "X, who was promoted to mayor")."""
    past = [r for r in sides if r.former]
    now = [r for r in sides if not r.former]
    when = {r.article_id: c.by_id[r.article_id].published for r in sides}
    changed = (
        past
        and now
        and {r.job for r in past} == {r.job for r in now}
        and all(when.values())
        and max(when[r.article_id] for r in now) + timedelta(hours=settings.update_hours)  # type: ignore[operator]
        <= min(when[r.article_id] for r in past)  # type: ignore[type-var]
    )
    taken = [r for r in now if newly_taken(c, r)]
    before = [when[r.article_id] for r in sides if r not in taken]
    changed = changed or bool(
        taken and before and all(when.values()) and max(before) <= min(when[r.article_id] for r in taken)  # type: ignore[type-var]
    )
    conflict = worded_conflict(c, loc, sides, "role", "role")
    words = conflict.topic.removeprefix("role: ")
    return replace(conflict, kind="update", topic=f"{UPDATED}role ({words})") if changed else conflict


def role_agreement(c: Corpus, loc: Locator, roles: Sequence[Role]) -> Claim:
    roles = sorted(roles, key=lambda r: (r.article_id, r.start))
    cites = tuple(dict.fromkeys(loc.cite(r.article_id, r.start, r.end) for r in roles))
    first = loc.sentence(roles[0].article_id, roles[0].start)
    return Claim(
        c.sentences[first].text if first is not None else role_text(c, roles[0]),
        cites,
        outlet=c.outlet(roles[0].article_id),
        values=tuple(Citation(r.article_id, r.start, r.end) for r in roles),
        kind="role",
    )
