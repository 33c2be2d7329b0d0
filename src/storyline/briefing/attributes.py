"""One named person's role and gender across outlets. The job or title each outlet writes next to the name
("wide receiver Dale Okafor", "Rita Moss, a spokeswoman for the hospital") is a ``role`` agreement when
2+ outlets give the same one, and a ``role`` conflict when outlets give only different ones ("Prosecutor X" /
"Assistant District Attorney X"); gendered words for the person (spokesman/spokeswoman, Mr/Mrs) that differ
between outlets are an ``attribute`` conflict, as are the he/she written of them speaking (briefing.person_gender).
The person is the resolved entity (aliases merged in analysis).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from itertools import takewhile

from storyline.analyze.roles import ROLE_RE, apposed
from storyline.briefing.job_holders import holder_conflicts
from storyline.briefing.locate import Locator
from storyline.briefing.person_gender import pronoun_genders, unnamed_gender_conflicts
from storyline.briefing.person_role import (
    TITLE_RANKS,
    WORD,
    Role,
    court_side,
    neutral,
    newly_taken,
    past_prefixed,
    role_text,
    worded_conflict,
)
from storyline.briefing.placed import QUOTED
from storyline.briefing.role_units import unit_conflicts
from storyline.briefing.spouse_gender import spouse_gender_conflicts
from storyline.briefing.working_set import Corpus
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import (
    COURTESY_TITLES,
    JOB_NOUNS,
    NAME_TITLES,
    RANKS,
    agent_job,
    leading_titles,
    written_out,
)
from storyline.model import UPDATED, Analysis, Citation, Claim, Conflict, Mention
from storyline.settings import BriefSettings

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
_BEFORE_REACH = 60  # characters before a name searched for its title
# Lower-case words between a rank and its head ("deputy transport minister", "acting fire chief").
_RANKED_REACH = 2
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_HEAD = "head"  # the job of who heads a body (analyze.verb_roles), named by no post
_LAWYER = Role("", "", 0, 0, "lawyer", None).job  # a lawyer's job, whatever the outlet calls them
# Ranks of a police force or an army ("Sergeant", "Chief Superintendent", "Lt."): a person holds one at a time
_FORCE_RANKS = RANKS | {"constable", "inspector", "superintendent", "trooper", "corporal", "brigadier"}
_OFFICERS = frozenset(("officer", "police officer"))  # what every rank of a police force is
# Jobs that name any post of a body rather than one post: a city "official" may be its spokesman, an "employee"
# its engineer; said alone they are no rival to another outlet's named post. Not "officer" or "player": a police
# officer is no chief executive, a player no coach (tests/test_brief_spelling.py).
_ANY_POST = frozenset(("official", "employee", "worker", "staffer", "member"))
_BELOW = frozenset(("deputy", "assistant", "vice", "associate", "lieutenant"))  # ranks of a post under a head
_RUN = 4  # words of a title run searched back from its head ("Kerr County Assistant District Attorney")


def _rank(word: str) -> str:
    """The rank a word of a title is, written out ("Lt." is "lieutenant"), "former" for one held before ("ex-",
    "retired"); '' for no rank."""
    w = written_out(word.lower().rstrip("."))
    return "former" if past_prefixed(w) or w == "retired" else w if w in TITLE_RANKS else ""


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
            rank = [_rank(x) for i, x in enumerate(run) if _rank(x) and not (i and _possessive(run[i - 1]))]
            role = _ranked(rank, w.group(), role) if role else role
            out.append(
                Role(person, article_id, first if role else w.start(), w.end(), role, gender, (start, end))
            )
            if role and (j := _JOINED_BEFORE.search(body, max(0, first - 40), first)):
                out += _joined(j, person, article_id, (start, end))
    elif gap.strip() == "," and "\n" not in gap:
        out += _apposed_before(body, start, end, person, article_id)
    m = _AFTER.match(body, end)
    if m and not (_RELATIVE.match(m.group(1)) and _ENDED.match(body, m.end(1))):
        *mods, head = WORD.finditer(m.group(1))
        role, gender = neutral(head.group(), mods[-1].group() if mods else "")
        if not role and head.group().lower() == "head" and body.startswith(" of ", m.end(1)):
            role = "head"  # ", acting head of the roads department,": a job only before what it heads
        role = role or _ranked_head(head.group(), [x.group() for x in mods[-1:]])
        if role:
            ranked = [x for x in mods if _rank(x.group())]
            # the title's words before its head ("a former transport minister"), not an owner or a verb ("the
            # club's head coach", "who is deputy mayor")
            title = list(takewhile(lambda x: _title_word(x.group()), reversed(mods)))
            at = m.start(1) + min([x.start() for x in [*ranked[:1], *title[-1:]]], default=head.start())
            job = _ranked([_rank(x.group()) for x in ranked], head.group(), role)
            out.append(Role(person, article_id, at, m.start(1) + head.end(), job, gender, (start, end)))
            if j := _JOINED_AFTER.match(body, m.end(1)):
                out += _joined(j, person, article_id, (start, end))
    return out


def _ranked_head(word: str, before: list[str]) -> str:
    """ "head" for the word "head" right after a rank below a head ("the school's deputy head", "Deputy head X"):
    a post, where "head" alone may be a body part or a verb."""
    return "head" if word.lower() == "head" and before and set(map(_rank, before)) & _BELOW else ""


def _ranked(rank: list[str], head: str, role: str) -> str:
    """A job with its title's rank words before it, each once, and "former" when its head word says the job was
    held before ("ex-minister")."""
    return " ".join([*dict.fromkeys([*rank, *(["former"] if past_prefixed(head) else [])]), role])


# A title set before the name, after its article or owner and closed by a comma ("the company's chief executive,
# Dana Hale, said", "Its deputy commissioner, Ann Vale."): up to four title words, the name then closed by
# punctuation (not "told the mayor, Dana Hale said", where the name is the next clause's subject).
_TITLE_BEFORE = re.compile(
    r"(?:\b(?i:the|its|his|her|their)|[A-Za-z][\w&.-]*['’]s)\s+"
    r"(?P<title>(?:[A-Za-z][\w'’.-]*\s+){0,3}?(?P<head>[A-Za-z][\w'’.-]*))\s*,\s*$"
)


def _apposed_before(body: str, start: int, end: int, person: str, article_id: str) -> list[Role]:
    """The job of a title set before the name with a comma (``_TITLE_BEFORE``), with its rank words ("the
    agency's deputy director, X,": "deputy director")."""
    t = _TITLE_BEFORE.search(body, max(0, start - _BEFORE_REACH), start)
    if t is None or not re.match(r"\s*[,.;]", body[end : end + 2]):
        return []
    *mods, head = t.group("title").split()
    if not all(_title_word(w) for w in mods):
        return []
    role, gender = neutral(head, mods[-1] if mods else "")
    if not role:
        return []
    job = _ranked([_rank(w) for w in mods if _rank(w)], head, role)
    return [Role(person, article_id, t.start("title"), t.end("head"), job, gender, (start, end))]


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
        if not (word[:1].isupper() or _rank(word)):
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
        if _rank(w.group()):  # "Sheriff's Deputy" is a job; "the council's deputy highways director" a rank
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
    rank = [_rank(w) for w in mods if _rank(w)] + (["former"] if past_prefixed(head) else [])
    job = " ".join([*dict.fromkeys(rank), role]) if role else ""
    name = (m.refers or 0, name_end)
    return (
        [Role(m.entity_id or "", m.article_id, start, m.end, job, gender, name, verb)]
        if role or gender
        else []
    )


# Between a nationality and the name it describes: up to three job, rank or capitalised title words
# ("Australian actor Lena Pask", "Ukrainian heavyweight champion Ivan Drobny").
_BETWEEN = re.compile(r"\s+(?:(?:[A-Za-z][\w'’.-]*)\s+){0,3}")
_APPOSED = re.compile(r",\s+(?:an?\s+|the\s+)?")  # "Lena Pask, an Australian actor"
# A person introduced by a description holding the nationality: "an Australian tourist named Lena Pask",
# "a Vostrian man identified as Ivo Kral": the name is the description's referent. Only after "a"/"an": "Vostrian
# police named Ivo Kral" names someone police named.
_NAMING = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}(?:named|called|identified\s+as)\s+")
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# The nationality said of the name with a copula, an aside between allowed: "Lena Pask is an Australian",
# "Lena Pask, the driver, was a Dane".
_COPULA = re.compile(r"(?:,[^,.;:\"“”]{1,60},)?\s+(?:is|was)\s+(?:an?\s+)?", re.IGNORECASE)


def _nationalities(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Role]:
    """The nationality or religion (spaCy's NORP) an outlet writes beside a named person, as a ``Role`` whose
    role is the word ("australian"): before the name with only title words between or in the description that
    introduces it ("a Dutch climber named X"), opening an apposition, or after a copula ("X is a Dane")."""
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        norps = [m for m in (an.mentions if an else ()) if m.label == "NORP"]
        for m in an.mentions if an and norps else ():
            if m.label != "PERSON" or not m.entity_id:
                continue
            for n in norps:
                gap = a.body[n.end : m.start] if n.end <= m.start else a.body[m.end : n.start]
                before = n.end <= m.start and (
                    (_BETWEEN.fullmatch(gap) and _titles_only(gap))
                    or (_NAMING.fullmatch(gap) and _INDEFINITE.search(a.body, max(0, n.start - 4), n.start))
                )
                if before or (m.end <= n.start and (_APPOSED.fullmatch(gap) or _COPULA.fullmatch(gap))):
                    out.append(
                        Role(m.entity_id, a.id, n.start, n.end, n.text.lower(), None, (m.start, m.end))
                    )
    return out


# Faiths and parties, which spaCy's NORP label shares with nationalities
_FAITHS_AND_PARTIES = frozenset(
    "catholic protestant christian muslim islamic jewish hindu buddhist sikh mormon evangelical orthodox sunni "
    "shia shiite methodist baptist anglican lutheran presbyterian atheist republican democrat democratic "
    "labour conservative tory liberal socialist communist nationalist green libertarian".split()
)


def _faiths_apart(by_person: Mapping[str, Mapping[str, list[Role]]]) -> list[dict[str, list[Role]]]:
    """Each person's outlet -> NORP words, split in two: the faiths and parties (``_FAITHS_AND_PARTIES``), and the
    nations; each part compared on its own."""
    out = []
    for by_outlet in by_person.values():
        for faith in (True, False):
            part = {
                k: kept for k, rs in by_outlet.items() if (kept := [r for r in rs if _faith(r.role) is faith])
            }
            if part:
                out.append(part)
    return out


def _faith(word: str) -> bool:
    """Whether a NORP word names a faith or a party, not a nation ("Catholic", "Republican")."""
    return word.lower() in _FAITHS_AND_PARTIES


def _titles_only(gap: str) -> bool:
    """Whether every word between a nationality and a name is a title: a job noun, a rank (with "former"), or
    capitalised ("Australian Prime Minister X"; not "Australian police arrested X")."""
    words = gap.split()
    return all(w[:1].isupper() or written_out(w.lower().rstrip(".")) in JOB_NOUNS or w in TITLE_RANKS
               for w in words)  # fmt: skip


def _nationality_claims(
    c: Corpus, loc: Locator, analyses: Mapping[str, Analysis], key: set[str], key_of: Mapping[str, str]
) -> tuple[list[Conflict], list[Claim]]:
    """A key person's nationality: an ``attribute`` agreement on each word 2+ outlets write, a conflict when
    2+ outlets each write one word and no two the same ("Ukrainian" / "Russian"). A faith or a party (spaCy's
    NORP holds them too) is compared with faiths and parties only: "Catholic priest X" / "Irish priest X" are two
    facts of one person, no two nationalities."""
    by_person: dict[str, dict[str, list[Role]]] = {}
    for r in _nationalities(c, analyses):
        if (
            r.person in key
            and key_of.get(r.article_id) is not None
            and loc.sentence(r.article_id, r.start) is not None
        ):
            by_person.setdefault(r.person, {}).setdefault(key_of[r.article_id], []).append(r)
    conflicts, agreements = [], []
    for by_outlet in _faiths_apart(by_person):
        words = {k: {r.role for r in rs} for k, rs in by_outlet.items()}
        shared = {w for ws in words.values() for w in ws if sum(w in o for o in words.values()) >= 2}
        for w in sorted(shared):
            agreements.append(
                replace(
                    _agreement(c, loc, [r for rs in by_outlet.values() for r in rs if r.role == w]),
                    kind="attribute",
                )
            )
        if not shared and len(words) >= 2 and all(len(ws) == 1 for ws in words.values()):
            conflicts.append(
                worded_conflict(
                    c, loc, [r for rs in by_outlet.values() for r in rs], "attribute", "nationality"
                )
            )
    return conflicts, agreements


def person_attributes(
    c: Corpus, analyses: Mapping[str, Analysis], key_names: Sequence[Claim], settings: BriefSettings
) -> tuple[list[Conflict], list[Claim]]:
    """Role and gender conflicts of everyone named by 2+ outlets (PROTOCOL.md wants every discrepancy), and role
    agreements of the story's key people only: those whose name is one of ``key_names`` (the spelling agreements
    and conflicts kept; a background person's job is background too), on a job some outlet writes as a common
    noun ("the Chargers receiver", "a spokesman for"): a title only ever capitalised before the name ("Judge X",
    "Prime Minister X", "Lt. X") is how the name is written (eval/claims.py fit half: role agreements P 0.50 ->
    0.63, 13 -> 12 of 37 found)."""
    named = {(v.article_id, v.start) for cl in key_names for v in cl.values}
    key = {
        m.entity_id
        for a in c.articles
        for m in (analyses[a.id].mentions if a.id in analyses else ())
        if m.label == "PERSON" and (a.id, m.start) in named
    }
    key_of = c.outlet_keys()
    loc = Locator(c)
    by_person: dict[str, list[Role]] = {}
    for r in [*written_roles(c, analyses), *pronoun_genders(c, loc, analyses)]:
        if key_of.get(r.article_id) is not None and loc.sentence(r.article_id, r.start) is not None:
            by_person.setdefault(r.person, []).append(r)
    conflicts, agreements = [], []
    told: set[str] = set()  # people given a gender conflict
    for person, roles in by_person.items():
        by_outlet: dict[str, list[Role]] = {}
        for r in roles:
            by_outlet.setdefault(key_of[r.article_id], []).append(r)
        if len(by_outlet) < 2:
            continue
        genders = {k: {r.gender for r in rs if r.gender} for k, rs in by_outlet.items()}
        said = {g for gs in genders.values() if len(gs) == 1 for g in gs}
        if len(said) == 2:
            told.add(person)
            sides = [r for k, rs in by_outlet.items() if len(genders[k]) == 1 for r in rs if r.gender]
            conflicts.append(worded_conflict(c, loc, sides, "attribute", "gender"))
        said_jobs = [{r.job for r in rs if r.role} for rs in by_outlet.values()]
        shared = {j for js in said_jobs for j in js if sum(j in o for o in said_jobs) >= 2}
        if person in key:
            for job in sorted(
                j for j in shared if sum(j in o for o in said_jobs) >= settings.role_min_outlets
            ):
                held = [r for r in roles if r.job == job]
                if any(role_text(c, r).split()[-1][:1].islower() for r in held):
                    agreements.append(_agreement(c, loc, held))
        conflicts += _head_below(c, loc, by_outlet, settings)
        # who heads a body ("who heads the roads department", "leads the inquiry") holds whatever its post is
        # called (its director, chair, inspector): a job to agree on, never set against another but a post below
        # its head (``_head_below``)
        by_outlet = {
            k: _named_jobs([r for r in rs if not (r.verb and r.role == _HEAD)]) for k, rs in by_outlet.items()
        }
        # outlet -> its roles naming a job, without the outlets that give only another post held before
        job_roles = {k: [r for r in rs if r.role] for k, rs in by_outlet.items() if any(r.role for r in rs)}
        now = {k: rs for k, rs in job_roles.items() if not (_earlier_post(rs, job_roles) or _any_post(rs))}
        jobs = {k: {r.job for r in rs} for k, rs in now.items()}
        if (
            not shared
            and len(jobs) >= 2
            and all(len(js) == 1 for js in jobs.values())
            and not _officer_ranked(jobs)
        ):
            told_apart = [_role_conflict(c, loc, [r for rs in now.values() for r in rs], settings)]
        else:
            told_apart = _rank_conflicts(c, loc, now, settings) or _force_rank_conflicts(
                c, loc, now, settings
            )
        conflicts += (told_apart or _side_conflicts(c, loc, now, settings)) + _former_conflicts(
            c, loc, job_roles, settings
        )
    nat_conflicts, nat_agreements = _nationality_claims(c, loc, analyses, key, key_of)
    conflicts += unnamed_gender_conflicts(c, loc, analyses, key_of, told)
    conflicts += spouse_gender_conflicts(c, loc, analyses, key_of)
    conflicts += unit_conflicts(c, loc, analyses, key_of)
    return conflicts + nat_conflicts + holder_conflicts(
        c, loc, analyses, by_person, key_of, settings
    ), agreements + nat_agreements


def _earlier_post(roles: Sequence[Role], by_outlet: Mapping[str, Sequence[Role]]) -> bool:
    """Whether an outlet's jobs for a person are all held before ("a former senator") and of heads no other outlet
    gives: posts of an earlier time, no rival to another outlet's post held now ("Gov. X"); the same post's rank
    told as former ("a former associate director" / "deputy associate director") is still compared, and the same
    job held now and before is ``_former_conflicts``'."""
    heads = {r.job.split()[-1] for r in roles}
    others = {r.job.split()[-1] for rs in by_outlet.values() if rs is not roles for r in rs}
    return all(r.former for r in roles) and not heads & others


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
        and all(set(r.job.split()) & _BELOW for r in titles)
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
    return rank in _BELOW and any(r.job == head and not r.former for rs in by_outlet.values() for r in rs)


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


def _side_conflicts(
    c: Corpus, loc: Locator, by_outlet: Mapping[str, Sequence[Role]], settings: BriefSettings
) -> list[Conflict]:
    """A lawyer one outlet puts on one side of a court and another on the other ("prosecutor X" / "defense
    attorney X"), each outlet giving one side only: two jobs that ``Role.job`` reads as one lawyer."""
    sides: dict[str, dict[str, list[Role]]] = {}  # outlet -> side -> its roles
    for k, rs in by_outlet.items():
        for r in rs:
            if r.job.split()[-1] == _LAWYER and (side := court_side(role_text(c, r))):
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
        if past_prefixed(w) or _rank(w) != "former"
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


def _agreement(c: Corpus, loc: Locator, roles: Sequence[Role]) -> Claim:
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
