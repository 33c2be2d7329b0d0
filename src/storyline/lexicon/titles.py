"""Words written before a person's name: courtesy titles ("Mr", "Dr", "Dame") and offices ("President").

One list for every stage: alias merging strips them from names, quote attribution skips them when it looks for
a speaker's name, clustering drops them from entity keys, and the sentence splitter does not end a sentence at
their abbreviations ("Mr. Smith"). Lower case, without the full stop.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

MALE_TITLES = frozenset({"mr", "sir", "lord"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady"})
COURTESY_TITLES = MALE_TITLES | FEMALE_TITLES | {"mx", "dr", "prof", "professor", "rev"}
OFFICE_TITLES = frozenset(
    "president senator sen rep gov governor general gen chancellor minister secretary king queen prince princess "
    "pope".split()
)
PERSONAL_TITLES = COURTESY_TITLES | OFFICE_TITLES | {"st"}  # "St" (Saint) before a name
# Rank and role words that stand before a name without being part of it ("Foreign Secretary Boris Johnson");
# the briefing strips them, with the titles, before comparing two outlets' spellings of one name.
ROLE_PREFIXES = frozenset(
    "prime foreign home mp mep mayor chief inspector judge justice captain colonel sergeant bishop deputy vice "
    "spokesman spokeswoman spokesperson councillor".split()
)
# Jobs, ranks and positions that head a role phrase next to a person's name ("wide receiver Vincent Harrow",
# "Irma Castell, a spokeswoman for ..."): what the briefing compares as one person's role across outlets. WordNet's
# occupations and offices (``JOBS``, built by eval/wordnet_jobs.py: a curator, a consul, a paramedic) and, by hand,
# what it lacks or files under another sense first: sports positions ("receiver", "tackle", "striker"), abbreviations
# ("ceo", "sgt", "cfo"), titles and a few jobs whose most used sense is no person ("host", "model", "chair",
# "publisher", "skipper").
JOBS = Path(__file__).with_name("jobs.json")
HAND_JOBS = (
    OFFICE_TITLES
    | ROLE_PREFIXES
    | frozenset(
        "manager director coach receiver tackle lineman linebacker quarterback baseman pitcher catcher guard forward "
        "striker goalkeeper midfielder defender player captain chairman chairwoman chair executive ceo founder owner "
        "partner producer actor actress singer model author novelist writer screenwriter reporter correspondent "
        "columnist editor host anchor analyst professor doctor surgeon neurosurgeon physician nurse commissioner "
        "senator congressman congresswoman representative governor superintendent principal teacher officer sergeant sgt lieutenant "
        "lt trooper detective sheriff undersheriff marshal marshall constable commander prosecutor attorney lawyer "
        "solicitor barrister judge magistrate referee umpire official administrator president chancellor "
        "premier mayor ambassador envoy diplomat spokesman spokeswoman spokesperson agent investigator inspector "
        "firefighter paramedic pilot engineer scientist economist adviser advisor aide assistant leader bishop "
        "priest pastor imam rabbi cardinal minister secretary admiral major skipper publisher trustee auditor "
        "chauffeur medic presenter physio coordinator cfo coo cto cio".split()
    )
)
_TABLE = json.loads(JOBS.read_text(encoding="utf-8"))
JOB_NOUNS = HAND_JOBS | frozenset(_TABLE["jobs"])
# WordNet's other words for a job, read as the job its synset is headed by ("prexy": president, "goalie": goalkeeper)
_SYNSET_HEAD = _TABLE["same"]
# Heads of a body (WordNet's head and presiding-officer trees, same table): each job's synsets from its most used
# sense up to that root ("ceo": chief executive officer, corporate executive, executive, administrator, head)
_HEADS: dict[str, list[str]] = _TABLE["heads"]
HEAD_POSTS = frozenset(_HEADS)
# Jobs of a calling rather than a post in a body (WordNet's writers, press, performers, creators, professionals,
# scientists, experts, athletes, businesspeople, engineers; no head of a body): "broadcaster X" is a second facet of
# the judges' chairman, no rival post (same table, eval/wordnet_jobs.py PROFESSION_ROOTS)
PROFESSIONS = frozenset(_TABLE["professions"])
# Jobs whose most used sense is who a person is to another (WordNet's relative tree: "partner"), never a post
RELATIONS = frozenset(_TABLE["relations"])
# Nouns whose most used sense is a person of any kind (WordNet's person tree, same table): "a protester", "a hostage"
PERSON_NOUNS = frozenset(_TABLE["people"])
# Words for people of no kind ("three people", "two others"): a count of them names no group its verb does not
PEOPLE_WORDS = frozenset(("people", "person", "persons", "others"))
# Words the tagger may take into a person's name that are its title or job ("Senator Ann Lee", "Midfielder Ryan
# Cole"): read off before two outlets' forms of one name are compared; not WordNet's jobs that are given names too
# ("Hunter", "Dean").
NAME_TITLES = PERSONAL_TITLES | (JOB_NOUNS - (frozenset(_TABLE["given_names"]) - HAND_JOBS))
# Military ranks: what an abbreviated title stands for when it could also begin another job ("Adm." is an admiral,
# not an administrator; "Col." a colonel, not a columnist): before a name it is a rank.
RANKS = frozenset("admiral colonel lieutenant captain commander sergeant general major".split())


def rival_heads(a: str, b: str) -> bool:
    """Whether two job words are two heads of a body, neither a kind of the other: a chief executive and a
    chairman, a president and a general secretary are two posts one person rarely holds at once in one body, where
    "executive" and "president" (a kind of executive) or "chief" (any head) are one post told at two levels."""
    ca, cb = _HEADS.get(a, []), _HEADS.get(b, [])
    return bool(ca and cb) and ca[0] not in cb and cb[0] not in ca


# Levels of one service's command written before a post's head word ("Station manager", "Watch manager", "Group
# commander", "Divisional officer"): a fire, police or armed service's tiers, each its own post, where a body's name
# before the head ("council spokesman", "police sergeant") is who employs them, not which post.
COMMAND_TIERS = frozenset(
    "crew watch station group area district divisional borough brigade battalion platoon squadron regiment".split()
)
# A full stop after these does not end a sentence: abbreviated titles and ranks, name suffixes, "No. 10", "U.S.".
ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof rev st jr sr rep sen gov gen lt col maj sgt cpl pvt capt cmdr adm det insp supt dist atty "
    "hon no vs etc e.g i.e "
    "u.s u.k inc ltd co corp".split()
)


@cache
def leading_titles(titles: frozenset[str] = PERSONAL_TITLES) -> re.Pattern[str]:
    """A pattern for one or more of ``titles`` (each with or without a full stop) at the start of a name."""
    words = "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
    return re.compile(rf"^(?:(?:{words})\.?\s+)+", re.I)


@cache
def written_out(word: str) -> str:
    """The job an abbreviated title stands for: the one job noun it begins ("gov", "capt", "insp"), the one military
    rank among those it begins ("adm": admiral, not administrator) or, a contraction, the one at least twice its
    length whose first and last letters it keeps with letters of it between ("sgt", "cmdr", "supt"; "Co." is no
    "ceo"); the word itself when it is no abbreviation or could be two jobs ("rep": reporter, representative). Of the
    hand list's jobs only: an abbreviated title stands for a title, not for WordNet's "honcho" or "provost"."""
    if word not in ABBREVIATIONS:
        return word
    begun = [j for j in HAND_JOBS if len(j) > len(word) >= 3 and j.startswith(word)]
    ranks = [j for j in begun if j in RANKS]
    full = (ranks if len(ranks) == 1 else begun) or [
        j
        for j in HAND_JOBS
        if len(j) >= 2 * len(word) and j[0] == word[0] and j[-1] == word[-1] and _within(word, j)
    ]
    return full[0] if len(full) == 1 else word


def neutral_job(word: str, jobs: frozenset[str] = JOB_NOUNS) -> str:
    """The job a lower-case word names, written out and without gender, so two outlets' words for one job
    compare equal ("spokeswoman" and "spokesman" are "spokesperson", "capt" is "captain", "prexy" is "president",
    WordNet's word heading its synset, "actress" is "actor"); '' for no job (of ``jobs``). Only a job written with
    both "-man" and "-woman", or an "-ess" form of another job, is gendered ("lineman" and "princess" stay)."""
    word = written_out(word)
    if word not in jobs:
        return ""
    word = _SYNSET_HEAD.get(word, word)
    stem = re.sub(r"(?:wo)?man$", "", word)
    if stem != word and {stem + "man", stem + "woman"} <= JOB_NOUNS:
        return stem + "person"
    return _unmarked(word)


def _unmarked(word: str) -> str:
    """The job a feminine "-ess" word is of, when that is a job too: "actress" (actor), "waitress" (waiter),
    "stewardess" (steward); the word itself otherwise ("princess" names no job "prince")."""
    if not word.endswith("ess"):
        return word
    base = word.removesuffix("ess")
    forms = (base[:-1] + "or", base[:-1] + "er") if base.endswith("r") else (base,)
    return next((f for f in forms if f in JOB_NOUNS), word)


def _within(short: str, long: str) -> bool:
    """Whether ``short``'s letters appear in ``long`` in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


# Verbs of heading a body ("heads the press office", "runs the shelter", "leads the inquiry"): its head, whatever
# the post is called (director, chair, inspector), so no job noun of its own ("runner", "leader").
_HEADING_VERBS = frozenset(("head", "run", "lead"))
_INFLECTIONS = ("", "s", "es", "d", "ed")


def agent_job(verb: str) -> str:
    """The job whose holder does what a verb (lemma or inflected: "coached", "chairs") says: its agent noun
    when that is a job ("direct" -> "director", "coach", "chair"), "head" for heading verbs ("heads", "runs",
    "leads"); '' for a verb of no job. Only the hand list's jobs: WordNet's agent nouns name doers as often as posts
    ("sells the paintings" makes no "seller", "grows the beans" no "grower")."""
    word = verb.lower()
    stems = [word[: len(word) - len(s)] for s in _INFLECTIONS if s and word.endswith(s)] + [word]
    for stem in stems:
        if stem in _HEADING_VERBS:
            return "head"
        for job in (
            neutral_job(stem + suffix, HAND_JOBS) for suffix in ("", "er", "r", "or") if len(stem) > 2
        ):
            if job:
                return job
    return ""


# "Mr Adeyemi", "Ms. Okoro": a courtesy title before a capitalised word, which names a person whatever NER says
_TITLED = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Mx)\.?[ \t]+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b")


def titled_surnames(body: str) -> set[str]:
    """The words an article writes after a courtesy title ("Mr Adeyemi"): surnames of people (analysis reads
    them per article, the briefing across a story's articles)."""
    return {m.group(1) for m in _TITLED.finditer(body)} if "M" in body else set()
