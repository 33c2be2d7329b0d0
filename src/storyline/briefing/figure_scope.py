"""What the words right around a figure say it is: a part, a running total or a change rather than a level
(``scope``), a total counted since some time against one day's figure (``span_and_day``), a place in a series
rather than a total (``in_series``), what a duration times: a gap, a window of a series or how long something
lasted (``span_role``), and whether it ended with the act or is still to come (``stretch``). Figures of two scopes
or roles are never one figure told two ways (briefing.claims)."""

from __future__ import annotations

import re

from storyline.briefing.placed import LONG_WORD, Placed
from storyline.briefing.working_set import Corpus
from storyline.lexicon.measures import MEASURES, TOLLS
from storyline.lexicon.titles import PEOPLE_WORDS

# Right after a length (no comma: "in six years, after accepting" is a length): it is the gap between two
# moments ("a day after", "two weeks before the shooting", "23 months ago").
_OFFSET = re.compile(r"\s*(?:after|before|later|earlier|ago|prior)\b", re.IGNORECASE)
# Before a length, in its clause: a first, a superlative or an n-th thing "in" it ("the first visit in six
# years", "the largest investment in more than 30 years", "the worst result in 40 years", "the third storm in two
# weeks"): the stretch a series is counted over, since the last such thing.
_NOT_SUPERLATIVE = (  # words ending in "est" that are no superlative
    "(?:arrest|interest|request|protest|contest|test|rest|west|forest|guest|chest|quest|suggest|invest|honest|modest)"
)
_FOR = re.compile(r"\b(?:for|during)\s+$", re.IGNORECASE)  # right before a length: how long it lasted
# Right before a length: how far back a moment lies ("a tax that reached back two years", "dating back 20 years")
_BACK = re.compile(r"\bback\s+$", re.IGNORECASE)
_WINDOW = re.compile(
    rf"\b(?:first|second|third|fourth|fifth|only|most\s+\w+|best|worst|\d+(?:st|nd|rd|th)|"
    rf"(?!{_NOT_SUPERLATIVE}\b)\w+est)\b"
    r"[^.,;:!?\n]*?\b(?:in|for)\s+$",
    re.IGNORECASE,
)


def span_role(c: Corpus, p: Placed) -> str:
    """What a duration times: the gap between two moments ("a day after", "23 months ago"), the window of a series
    ("the first visit in six years") or how long something lasted ("for a week", "four years of argument").
    Figures of two roles are never one figure told two ways (eval/claims.py held-out: one false conflict, a
    window of days against a stay of days, 23_ecbplus; the demo's "largest project in 30 years" / "four years of
    argument")."""
    if p.slot.kind != "duration":
        return ""
    body = c.by_id[p.slot.article_id].body
    offset = _OFFSET.match(body, p.slot.end) or _OFFSET.search(body, p.slot.start, p.slot.end)
    offset = offset or _BACK.search(body, max(0, p.slot.start - 6), p.slot.start)
    # "suspended for three months after the crash": how long, whatever follows
    if offset and not _FOR.search(body, max(0, p.slot.start - 8), p.slot.start):
        return "gap"
    return "window" if _WINDOW.search(body, c.sentences[p.sentence].start, p.slot.start) else "length"


# Right before a length: a stretch that ended with the story's act ("stepped down after six years", "has already
# spent 14 months on remand"), time already passed.
_ENDED = re.compile(r"(?:\bafter|\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?:spent|served))\s+$", re.I)
# In a length's clause before it: a change told in the perfect over the stretch up to the act ("house prices have
# doubled in ten years", "has grown by a third over five years"): time already passed.
_PERFECT_IN = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en)\b[^,;]*?\b(?:in|over)\s+$", re.I)

# In a length's clause before its "for": a negated or progressive perfect, time passed up to the telling ("had not
# been allowed to see him for three days", "has been living there for a decade"); not "has been jailed for".
_PERFECT_FOR = re.compile(
    r"\b(?:has|have|had)(?:\s+not|n['’]t|\s+never)\b[^.;:!?]*\bfor\s+$"
    r"|\b(?:has|have|had)\s+been\s+\w+ing\b[^.;:!?]*\bfor\s+$",
    re.I,
)
# In a length's clause before it, or right after it: a stretch still to come ("is expected to serve three years",
# "they expect to save $5m within two years",
# "his contract runs for four years", "whose contract had three years to run").
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:expects?|expected|due|set|scheduled|slated|going)\s+to)\b|['’]ll\b|\bruns\s+(?:for\s+)?$"
    # a goal: "promised to build 100,000 homes in five years", "a plan to balance the budget within four years"
    r"|\b(?:promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?)(?:\s+\w+){0,3}?\s+to\b",
    re.I,
)
_AHEAD_AFTER = re.compile(r"\s+(?:left\s+)?to\s+run\b", re.I)


def stretch(c: Corpus, p: Placed) -> str:
    """Whether a length is time already passed when the act came ('ended': "left after a year and a half") or time
    still to come ('ahead': "will serve three years", "a contract that runs for four years"), else ''. The words
    right around it and in its clause say so; the story's act sits between the two."""
    if p.slot.kind != "duration":
        return ""
    body = c.by_id[p.slot.article_id].body
    clause = _clause_start(body, c.sentences[p.sentence].start, p.slot.start)
    if _AHEAD_BEFORE.search(body, clause, p.slot.start) or _AHEAD_AFTER.match(body, p.slot.end):
        return "ahead"
    # a length entity's span can hold its own "over" ("over eight years")
    first = body[p.slot.start : p.slot.end].split(" ")[0]
    told = body[clause : p.slot.start] + (first + " " if first.lower() in ("in", "over") else "")
    if (
        _ENDED.search(body, max(0, p.slot.start - 30), p.slot.start)
        or _PERFECT_IN.search(told)
        or _PERFECT_FOR.search(body, clause, p.slot.start)
    ):
        return "ended"
    return ""


# A comma or semicolon that ends a clause: not the comma of a figure's thousands ("100,000 homes").
_CLAUSE_END = re.compile(r"[;,](?!\d)")


def _clause_start(body: str, sentence_start: int, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after its sentence's last clause-ending comma or semicolon."""
    ends = [m.end() for m in _CLAUSE_END.finditer(body, sentence_start, at)]
    return ends[-1] if ends else sentence_start


def ended_and_ahead(c: Corpus, a: Placed, b: Placed) -> bool:
    """Two lengths one of which ended with the act and the other is still to come (``stretch``): a tenure and the
    contract after it, time on remand and the term left to serve, never one length told two ways."""
    return {stretch(c, a), stretch(c, b)} == {"ended", "ahead"}


def window_rank(c: Corpus, p: Placed) -> str:
    """The lower-case word ranking a duration's window of a series ("first" of "the first fall in seven years",
    "largest"); '' for a duration that is no window (``span_role``)."""
    if span_role(c, p) != "window":
        return ""
    m = _WINDOW.search(c.by_id[p.slot.article_id].body, c.sentences[p.sentence].start, p.slot.start)
    return m.group().split()[0].lower() if m else ""


# Right before a count: its place in a series ("his first 17 passes", "the final two games"), or the first
# number of a score line ("a 24-14 lead"): no total.
_SERIES = re.compile(r"(?:\b(?:first|last|final|next)\s+|\d\s?-\s?)$", re.IGNORECASE)


def in_series(c: Corpus, p: Placed) -> bool:
    """Whether the words right before a count give its place in a series (``_SERIES``): no total."""
    body = c.by_id[p.slot.article_id].body
    return bool(_SERIES.search(body, max(0, p.slot.start - 8), p.slot.start))


# What a figure is a figure of, besides a level: a part added to another ("another four-year term", "a further
# 20", "two more"), a running total ("a total of 17 crates", "17 in all") or a change ("a $30 million
# increase", "rose by 5%"). A part, a total and a change are not the level another outlet states, so only figures
# of one scope contradict (eval/claims.py: held-out false conflicts 13 -> 10, fit unchanged, no gold one lost).
_PART_BEFORE = re.compile(r"\b(?:another|a further|an? additional|additional|further)\s+$", re.I)
_PART_AFTER = re.compile(r"\s*(?:more|other)\b", re.I)  # "two more", "the two other hikers"
# Right after a count: the whole it is a share of ("six of the injured", "four of those missing", "three of his
# children": an owner's group is its whole too), up to the word that names the count's measure (``_share_of``).
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the|those|these|his|her|their|its|our)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I
)
# A place or a time the sentence of a count narrows it to with "alone" ("150 homes were destroyed in the village of
# Kalan alone", "In the capital alone, 40 died", "on Tuesday alone"): one part of a larger whole the story tells, no
# level of it. A preposition's object only: "left at home alone" is no part.
_ALONE = r"\b(?:in|at|on|from|during|last)\s+(?!home\b)(?:[\w'’.-]+\s+){0,5}?alone\b"
_ALONE_AFTER = re.compile(r"[^.;:!?\n\d]*?" + _ALONE, re.I)  # no other figure between
_ALONE_BEFORE = re.compile(_ALONE + r"[^.;:!?\n\d]*$", re.I)
# Two acts or states joined by "or" beside a count ("42 houses were damaged or destroyed", "killed or injured 30
# people", "12 dead or missing"): the count is of both groups together, no level of either.
_EITHER = (
    r"(?:(?!hundred\b)[a-z]{3,}ed|dead|missing|hurt|lost|stolen|taken|broken)\s+or\s+"
    r"(?:(?!hundred\b)[a-z]{3,}ed|dead|missing|hurt|lost|stolen|taken|broken)\b"
)
_EITHER_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?" + _EITHER, re.I)
_EITHER_BEFORE = re.compile(r"\b" + _EITHER + r"\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# Inside a count the words imply ("a night watchman was also killed"): one victim beside others, not the toll.
_ALSO = re.compile(r"\b(?:also|too)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:a total of|in total|in all|a combined|combined|(?:nationwide|countrywide|across the country),)\s+$",
    re.I,
)
_TOTAL_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:in (?:all|total)|altogether|combined|worldwide|globally|around the world"
    r"|nationwide|countrywide|across (?:the|its|their) (?:group|business|company|world|country|nation))\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|cut|raised|lowered) by"
    r"|(?:an? )?(?:increase|rise|drop|decline|cut|reduction) of)\s+$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:increase|rise|jump|gain|drop|decline|fall|cut|reduction)\b"
    # a difference between two levels: "$100 cheaper than its predecessor", "20% higher than", "two fewer than"
    r"|(?:(?!other\b)[a-z]+er|less|fewer|more(?: [a-z]+)?) than\b)",
    re.I,
)
# Right after a sum: the charges added on top of it ("£5.1 million with fees", "fetched $3m including the buyer's
# premium", "£900 plus VAT"): a gross sum, no rival to another outlet's bare price of the same thing (kinds12 q11:
# a hammer price against the price with fees). The charge nouns are the cue; any other "including" names a part.
_CHARGES = (
    r"(?:with|including|inclusive of|plus)\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:fees?|premiums?|commissions?|costs|charges|tax(?:es)?|VAT|duty|duties|interest|expenses|postage|shipping)\b"
)
_GROSS_AFTER = re.compile(r",?\s*" + _CHARGES, re.I)
_GROSS_BEFORE = re.compile(r"\b" + _CHARGES + r"[^.;:!?\n]*$", re.I)  # "With fees the price came to £5.1m"
_SCOPE_KINDS = ("count", "money", "percent", "duration")
# A figure counted over a span up to now ("40 dead since the rains began", "so far", "to date"): a running total,
# no rival to another outlet's figure of one day ("six were killed on Tuesday").
_SPAN_BEFORE = re.compile(r"\b(?:(since) ([^,.;]{1,40})|so far|to date|thus far),?\s+$", re.I)
_SPAN_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:(since) ([^,.;]{1,40})|so far|to date|thus far)\b", re.I)


def _span_of(c: Corpus, p: Placed) -> str | None:
    """The span a figure is counted over, as its words before or after it say: what follows its "since"
    ("the rains began last month"), "" for "so far" or "to date", None for a figure of no span."""
    body = c.by_id[p.slot.article_id].body
    found = _SPAN_BEFORE.search(body[max(0, p.slot.start - 50) : p.slot.start]) or _SPAN_AFTER.match(
        body, p.slot.end
    )
    return None if found is None else (found[2] or "")


def span_and_day(c: Corpus, a: Placed, b: Placed) -> bool:
    """A running total against a figure its sentence dates to one day: two figures, a part and its whole
    ("floods have killed 40 since last month" / "six were killed on Tuesday"). Not a toll told as rising, nor
    one whose span starts at what the other figure's sentence tells ("46 dead since Tuesday's quake" / "the
    quake on Tuesday killed 40": one event's toll, their words shared)."""
    if a.slot.kind not in _SCOPE_KINDS or a.slot.update or b.slot.update:
        return False
    span_a, span_b = _span_of(c, a), _span_of(c, b)
    if (span_a is None) == (span_b is None):
        return False
    total, day = (a, b) if span_a is not None else (b, a)
    since = set(LONG_WORD.findall((span_a if span_a is not None else span_b or "").lower()))
    told = set(LONG_WORD.findall(c.sentences[day.sentence].text.lower()))
    return day.slot.time is not None and day.slot.time != total.slot.time and not since & told


def scope(c: Corpus, p: Placed) -> str:
    """'part', 'total', 'change' or 'gross' when the words around a figure say it is one (``_PART_BEFORE`` ...)
    or the parse lists it beside other counts (analyze.breakdown), 'crossed' for a share of a toll's whole that its
    verb moves to another toll ("two of the injured died in hospital": neither the injured nor all the dead, nor
    the share in another condition, "twelve of the injured are critical"), else '' (a level: "17 crates were
    found")."""
    if p.slot.kind not in _SCOPE_KINDS:
        return ""
    body = c.by_id[p.slot.article_id].body
    before = body[max(0, p.slot.start - 40) : p.slot.start]
    after = body[p.slot.end : p.slot.end + 40]
    # a date entity's span can hold the word itself ("another five years")
    first = body[p.slot.start : p.slot.end].split(" ")[0] + " "
    also = p.slot.implied and _ALSO.search(body, p.slot.start, p.slot.end)
    share = _share_of(after, p)
    if share and set(p.slot.event.split()) & TOLLS - {p.slot.measure}:
        return "crossed"  # "two of the injured died": those of the whole another toll now counts
    if (
        _PART_BEFORE.search(before)
        or _PART_BEFORE.match(first)
        or _PART_AFTER.match(after)
        or also
        or p.slot.listed
        or share
        or _ALONE_AFTER.match(body, p.slot.end, c.sentences[p.sentence].end)
        or _ALONE_BEFORE.search(body, c.sentences[p.sentence].start, p.slot.start)
        or p.slot.measure.startswith("added ")  # analyze.claims' increment mark ("an extra $2m")
    ):
        return "part"
    if (
        _TOTAL_BEFORE.search(before)
        or _TOTAL_AFTER.match(after)
        or (p.slot.kind == "count" and (_EITHER_AFTER.match(after) or _EITHER_BEFORE.search(before)))
    ):
        return "total"
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
        return "change"
    gross = _GROSS_AFTER.match(after) or _GROSS_BEFORE.search(
        body, c.sentences[p.sentence].start, p.slot.start
    )
    return "gross" if p.slot.kind == "money" and gross else ""


_OTHER_AFTER = re.compile(r"\s*other\s+([a-z]+)", re.I)


def other_than_another(c: Corpus, p: Placed, in_sentence: dict[int, list[Placed]]) -> bool:
    """A count of people of no kind that ``scope`` reads as a part only by "other" right after it ("Nine other
    people were wounded", after "the death toll has risen to four"), whose article tells no figure of its measure
    before it: "other" sets the group apart from another measure's (the dead), so the count is its measure's
    whole. A noun of a kind names the whole it is a part of ("the two other victims" of three shot), and a figure
    of its measure told before is one it adds to ("two other people were hurt" after "four were hurt")."""
    body = c.by_id[p.slot.article_id].body
    before = body[max(0, p.slot.start - 40) : p.slot.start]
    other = _OTHER_AFTER.match(body, p.slot.end)
    if other is None or other[1].lower() not in PEOPLE_WORDS:
        return False
    if p.slot.listed or p.slot.implied or _PART_BEFORE.search(before):
        return False
    return not any(
        q.slot.article_id == p.slot.article_id
        and q.slot.measure == p.slot.measure
        and (q.sentence, q.slot.start) < (p.sentence, p.slot.start)
        for qs in in_sentence.values()
        for q in qs
    )


def _share_of(after: str, p: Placed) -> bool:
    """Whether a count is a share of a whole its measure was read off ("six of the injured were in intensive
    care": six of 23 injured, not the injured): the measure, or a word of its group ("of the wounded":
    lexicon.measures), is in the "of the" phrase right after it. Not a
    share whose measure its verb gives ("four of the carriages derailed": the derailed carriages)."""
    m = _OF_WHOLE.match(after)
    words = m[1].lower().split() if m else []
    return p.slot.kind == "count" and p.slot.measure in {*words, *(MEASURES.get(w) for w in words)}


def same_scope(c: Corpus, agreed: list[Placed], dissent: Placed | None) -> Placed | None:
    """A lone dissent (briefing.lone_dissent) only when its scope is the agreed figures': a gross sum is no other
    version of a bare one."""
    if dissent is None or any(scope(c, p) != scope(c, dissent) for p in agreed):
        return None
    return dissent
