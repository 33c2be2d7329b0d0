"""A DATE or TIME figure's claim: a length of time ("for five days"), a clock time ("at 3:30 p.m.") or a date ("on
Monday", resolved to a day with the article's own date), with what it dates and whether it is a deadline or a day to
come; and the day of a month the tagger split from its month name."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span, Token

from storyline.analyze.act_nouns import act_verb, group_of, measure_group
from storyline.analyze.claim_measures import event_of, measure_of, result_of, subject_of
from storyline.analyze.claim_numbers import and_a_fraction, fmt_value, is_year, read_number, vulgar_fraction
from storyline.analyze.claim_words import is_month
from storyline.analyze.clock_times import (
    NO_LENGTH,
    before_bracket,
    clock_zone,
    converted_clock,
    read_clock,
    time_left,
    time_qualifier,
)
from storyline.analyze.date_parts import (
    DEADLINE,
    PLANNED,
    bare_day,
    calendar_value,
    date_parts,
    day_in_month,
    next_period,
    range_top,
    resolve_day,
)
from storyline.analyze.incident_dates import (
    clause_verb,
    dating_verb,
    light_act,
    occurring,
    scheduled,
    told_past,
)
from storyline.analyze.nlp import children, lemma, tokens
from storyline.analyze.report_days import report_dated
from storyline.lexicon.dates import RELATIVE_DAYS, WEEKDAYS
from storyline.lexicon.measures import DURATION_DAYS, FACTORS, GENERIC_VERBS, REPORTING_VERBS
from storyline.model import ClaimSlot, DatedMention

_NEWS_VERBS = frozenset(("announce",))  # a reporting verb whose date is the news's: "announced Monday"
# a verb whose date is a report's, no event's: "a report published on Tuesday found ..."
_REPORT_VERBS = REPORTING_VERBS - _NEWS_VERBS | {"publish"}


# Words that open and join a window of two clock times ("between noon and 6 p.m.", "from 6 p.m. to 9 p.m.")
_WINDOW_OPEN = frozenset(("between", "from"))
_WINDOW_JOIN = frozenset(("and", "to", "until", "till"))


def _clock_window(ent: Span) -> bool:
    """Whether a TIME span is a window between two clock times ("between noon and 6 p.m."): no moment of an
    act, and read as one clock it keeps one end only, so two windows touching at 6 p.m. agreed as one time
    (eval/claims.py --kinds16 s03)."""
    opener = ent[0] if ent[0].lower_ in _WINDOW_OPEN else ent.doc[ent.start - 1] if ent.start else None
    return (
        opener is not None
        and opener.lower_ in _WINDOW_OPEN
        and any(t.lower_ in _WINDOW_JOIN for t in ent[1:])
    )


def date_claim(
    ent: Span,
    tokens: list[Token],
    label: str,
    root: Token,
    zone_word: list[Token],
    dates: Sequence[DatedMention],
    base: dict,
    when: str | None,
    update: bool,
    anchor: date | None = None,
) -> ClaimSlot | None:
    """A DATE or TIME figure's claim: a length of time ("for five days"), a clock time ("at 3:30 p.m.") or a
    date ("on Monday"); kept apart from _claim's counts and sums, which read none of these."""
    day = _day(ent, dates)
    parts = date_parts(tokens, _unit_days)
    length_unit = None if day else next((t for t in parts.length if _unit_days(t)), None)
    if length_unit and (
        any(t.lower_ in NO_LENGTH for t in ent.doc[ent.end : ent.end + 1])
        or time_left(root)
        or ent[-1].lower_ == "old"
        and not root.head.tag_.startswith("NN")
        or _per_unit(ent)
    ):
        # "five years old" and "the 32-year-old got" (an age standing for a person) are ages, "12 seconds left" a
        # clock; "a 28-week-old foetus" stays a length, as read before
        return None
    if length_unit and parts.offset and parts.calendar:
        # "Aug. 1, two weeks early": the date, and the weeks how far it is from another; a lone offset ("three
        # years ago", "ten minutes later") stays a length, as the annotators read it (eval/claims.py: both halves
        # lost gold duration conflicts when it did not)
        tokens, length_unit = list(parts.calendar), None
    if length_unit and any(t.like_num or t.lower_ in FACTORS or vulgar_fraction(t.text) for t in tokens):
        # "Jan. 6, five days": a date before the comma is no part of the length
        top = range_top(parts.length)
        if top is not None:  # "two to three weeks": up to the top
            base["qualifier"] = base["qualifier"] or "up to"
        days = _length(top or parts.length)
        measure = measure_of(root, verb_only=True, length=True)
        if days is None or measure is None:
            return None
        return ClaimSlot(**base, kind="duration", measure=measure, value=fmt_value(days), unit="days",
                         subject=subject_of(root), time=when, update=update, event=event_of(root))  # fmt: skip
    measure = measure_of(root, verb_only=True)
    # a TIME span the analysis dated to a day, with no clock figure ("last night", "tonight"), is a date
    if label == "TIME" and not (day and read_clock([*tokens, *zone_word]) is None):
        bracketed = len(before_bracket(tokens)) < len(tokens)  # "17:06 pm (" ends in its conversion
        tokens = list(before_bracket(tokens))
        after = () if bracketed else ent.doc[ent.end : ent.end + 2]
        clock, zone = read_clock([*tokens, *zone_word]), clock_zone(tokens, after)
        if clock is None or _clock_window(ent):
            return None
        # a story's clock times are its event's, whatever the verb
        base.update(time_qualifier(ent, tokens, base))
        converted = converted_clock(ent)  # "17:06 (1336 GMT)": the slot's zone is the one outlets share, GMT
        if converted:
            clock, zone = (clock, zone) if zone == "GMT" else converted[:2]
            base["end"] = converted[2]
        return ClaimSlot(**base, kind="time", measure=measure or "time", value=clock, unit=zone,
                         subject=subject_of(root), time=when, update=update, event=event_of(root))  # fmt: skip
    verb = clause_verb(root)  # "found guilty by the jury last month": the finding's month, not the jury's
    if verb is not None and (lemma(verb) not in GENERIC_VERBS | _REPORT_VERBS):
        measure = result_of(verb) or group_of(verb) or lemma(verb)
    event, plan = _with_undergoer(event_of(root), root), False
    if (happened := occurring(root)) is not None:  # "the raid took place on May 2": the raid's day
        # the noun that happened is the measure and the event: "occur", "happen" tell no event's words
        measure = event = group_of(happened) or lemma(happened)
    elif (act := scheduled(root)) is not None:  # "the hearing is scheduled for May 2": the hearing's day
        measure, event = group_of(act) or lemma(act), _of_object(lemma(act), act)
        plan = True
    elif measure in GENERIC_VERBS and (act := light_act(root)) is not None:
        measure = event = act  # "went off on Tuesday", "will go on trial on May 2": the act, not any going
    if measure is None or measure in _REPORT_VERBS or measure in GENERIC_VERBS or report_dated(root):
        return None
    value = day or calendar_value(tokens) or _written_period(ent, tokens, dates, anchor is not None)
    due = _deadline(ent)
    ahead = plan or _ahead(root, tokens) or due and _bare_verb(root)
    if value is None and anchor is not None and (bare := bare_day(tokens)) is not None:
        # "shot on the 3rd": the month is the article's, or the last
        value = day_in_month(bare, anchor, ahead)
    if value is None:
        return None
    if anchor is not None and day is None:
        words = {t.lower_ for t in tokens}
        week = ("next" in words) - ("last" in words) if "week" in words else 0  # "Tuesday last week"
        strict = bool(words & {"last", "next"})
        value = resolve_day(
            value, anchor, ahead, strict=strict, week=week, past=not ahead and told_past(root)
        )
    if (
        ahead
        and anchor is not None
        and len(value) == 7
        and value[:1].isdigit()
        and not any(is_year([t]) for t in tokens)
    ):
        value = next_period(value, anchor)  # "will open in July" said in March: this year's July, not last
    # a day after the article's own is one to come, whatever the verb ("remanded to appear on Aug. 19")
    ahead |= anchor is not None and len(value) == 10 and value[:1].isdigit() and value > anchor.isoformat()
    if (
        verb := _noun_as_verb(measure)
    ) != measure:  # the noun in the event too: a measure's word ties nothing
        measure, event = verb, " ".join(sorted({verb if w == measure else w for w in event.split()}))
    if due:
        measure += DEADLINE  # a deadline compares only with deadlines, never with the day an act happened
    elif ahead:
        measure += PLANNED
    return ClaimSlot(**base, kind="date", measure=measure, value=value, subject=subject_of(root),
                     update=update, event=event)  # fmt: skip


def _noun_as_verb(word: str) -> str:
    """An act's noun as the measure its verb's date gets (a verb's is grouped above, a noun's is not): "the
    shooting on Friday" / "was shot on Friday" (shoot), "the killing" / "was killed" (the dead), "the detention" /
    "was detained" (the arrested); so briefing.placed ``one_act`` aligns them. Any other measure as it is."""
    verb = act_verb(word)
    return word if verb == word else measure_group(verb) or verb


def _with_undergoer(event: str, root: Token) -> str:
    """A date's event with the "of" object of the act noun that owns the date ("the shooting of a guard on
    Monday", "Monday's arrest of the mayor": the guard, the mayor), as the verb's event names its object or
    passive subject ("a guard was shot on Tuesday"): so a date told with an act's noun ties to one told with its
    verb (briefing.claim_pairs ``one_incident``)."""
    noun = next((t for t in root.ancestors if t.tag_[:2] in ("VB", "NN") and t.lower_ not in WEEKDAYS), None)
    return _of_object(event, noun) if noun is not None else event


def _of_object(event: str, noun: Token) -> str:
    """``event`` with the "of" object of ``noun`` when it is a common noun ("the sentencing of Reed": Reed)."""
    if noun.tag_ not in ("NN", "NNS"):
        return event
    of = [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
          if g.dep_ == "pobj" and g.tag_.startswith("NN")]  # fmt: skip
    words = set(event.split()) | {measure_group(lemma(g)) or lemma(g) for g in of[:1]}
    return " ".join(sorted(words))


# The reporting day's words: "today", "tonight", "this morning" ("this" before a part of the day)
_REPORT_DAYS = frozenset({w for w, days in RELATIVE_DAYS.items() if days == 0} | {"this"})
# Words before a date that make it the latest day an act is due, no day it happened: "must close by March 20",
# "is suspended until Friday", "before May 1", "no later than Monday".
_DEADLINE_WORDS = frozenset(("by", "until", "till", "before"))


def _deadline(ent: Span) -> bool:
    """Whether a date is a deadline: one of ``_DEADLINE_WORDS`` or "later than" right before it, or before the
    clock time that its "on" follows ("clear by dawn on Monday", "shut until 6am on Friday")."""
    start = ent.start
    if start > 1 and ent.doc[start - 1].lower_ == "on" and ent.doc[start - 2].ent_type_ == "TIME":
        start -= 2
        while start > 0 and ent.doc[start].ent_iob_ == "I":  # back to the clock time's first word
            start -= 1
    before = [t.lower_ for t in ent.doc[max(0, start - 2) : start]]
    return bool(before) and (before[-1] in _DEADLINE_WORDS or before == ["later", "than"])


_FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))


def _bare_verb(root: Token) -> bool:
    """Whether a date's verb is a bare form, after a modal or "to" ("should be reconnected by Monday", "expected
    the winds to clear by Monday"), not a perfect ("should have been"): a day such an act is due by is still to
    come, so a weekday resolves to the next, never to last week's."""
    verb = dating_verb(root)
    if verb is None or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)


def _ahead(root: Token, tokens: Sequence[Token]) -> bool:
    """Whether a date names a day still to come from the article's: "next Tuesday", or the verb it dates in the
    future ("will vote on Tuesday") or the present ("is due to open on Monday", "the trial opens Monday": a
    schedule). A past verb ("began to fail on Saturday"), or none, dates a day gone."""
    if any(t.lower_ == "next" for t in tokens):
        return True
    if any(t.lower_ == "last" for t in tokens):
        return False
    verb = inner = dating_verb(root)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "plans to close", "is due to open", "began to fail": the tense of the verb above
        if not verb.tag_.startswith("VB"):  # "due" of "is due to": on to its verb
            verb = next((t for t in verb.ancestors if t.tag_.startswith("VB")), None)
    if verb is None:
        return False
    return (
        verb.tag_ in ("VBZ", "VBP")
        or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)
        or verb is not inner
        and _expected_now(verb, inner)
    )


def _expected_now(verb: Token, inner: Token | None) -> bool:
    """Whether a passive in the present governs the dated act ("is expected to fly home on Thursday", "are set to
    meet on Monday"): a schedule, as a present verb is; not a perfect infinitive ("is believed to have fled on
    Monday": a past act)."""
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return (
        present
        and inner is not None
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in inner.children)
    )


def _written_period(
    ent: Span, tokens: Sequence[Token], dates: Sequence[DatedMention], anchored: bool = False
) -> str | None:
    """The year or month a date phrase names, as the analysis resolved it: written out with its year ("was ousted
    in 2002", "completed in September 2006" -> "2002", "2006-09"), or, in an article whose own date is known
    (``anchored``), counted from that date ("last month", "in August", "last year"): when a past step of the story
    happened. Without that date two outlets' "last month" are their own and stay unread. Briefing compares such a
    value with a day by prefix ("2006-09" agrees with "2006-09-14")."""
    if not anchored and not any(is_year([t]) for t in tokens):
        return None
    found = (
        d.date for d in dates if d.start < ent.end_char and ent.start_char < d.end and len(d.date) in (4, 7)
    )
    return next(found, None)


def day_of_month(tokens: Sequence[Token]) -> Span | None:
    """A lone number 1..31 beside a capitalised month name ("April 8", "Nov. 12", "9 September", "03 JULY"), or
    after one with its year ("Jul 02 2013", one run of figures to the tagger, read as their sum), which the tagger
    split from it: the whole date, with a year after a comma ("April 2, 2018"); else None."""
    with_year = len(tokens) == 2 and is_year(tokens[1:])
    if len(tokens) != 1 + with_year or not tokens[0].text.isdecimal() or not 1 <= int(tokens[0].text) <= 31:
        return None
    doc, i = tokens[0].doc, tokens[0].i
    before = i - 2 if i >= 2 and doc[i - 1].text == "." else i - 1  # "Nov. 12"
    if not with_year and i + 1 < len(doc) and is_month(doc[i + 1]):
        return Span(doc, i, i + 2, label="DATE")
    if before < 0 or not is_month(doc[before]):
        return None
    if with_year:
        return Span(doc, before, i + 2, label="DATE")
    year = doc[i + 1 : i + 2].text == "," and is_year(list(doc[i + 2 : i + 3]))
    return Span(doc, before, i + 1 + 2 * year, label="DATE")


def ordinal_day(ent: Span) -> Span | None:
    """An ordinal the tagger took for a rank that names a day of the month ("shot on the 3rd": "on the" before
    it, no noun after it, unlike "on the 3rd floor"), as a DATE span from "the"; else None."""
    doc, t = ent.doc, ent.root
    if (
        len(ent) != 1
        or bare_day([t]) is None
        or t.i < 2
        or doc[t.i - 1].lower_ != "the"
        or doc[t.i - 2].lower_ != "on"
        or t.dep_ != "pobj"
    ):
        return None
    return Span(doc, t.i - 1, t.i + 1, label="DATE")


def _day(ent: Span, dates: Sequence[DatedMention]) -> str | None:
    """The ISO day the analysis resolved a date phrase to ("Dec. 6, 2008", "eight days ago", "last night"), not
    a week ("last week"), a weekday ("on Saturday": which week the text rarely says; it is kept as a weekday) or
    the reporting day ("shipping today", "this morning": two outlets' todays are their own publication days, no
    event's). Of two mentions in one entity the day written out
    wins ("on Saturday 8 October 2011": the date, not the week's Saturday)."""
    for found in (d for d in dates if d.start < ent.end_char and ent.start_char < d.end):
        if len(found.date) != 10 or "week" in found.text.lower():
            continue
        words = found.text.lower().split()
        if words[0] in _REPORT_DAYS or (words[-1] in WEEKDAYS and not any(c.isdigit() for c in found.text)):
            continue
        return found.date
    return None


def hyphened_length(ent: Span) -> Span | None:
    """A length whose figure is hyphened to its fraction ("two-and-a-half years", "a one-and-a-half-hour
    meeting"), where the tagger labels only the first figure: the whole phrase through its unit word, as a DATE
    span; None for any other figure."""
    doc, i = ent.doc, ent.end
    # the label and the dash first: most entities are no such figure, and their next words need not be built
    if ent.label_ != "CARDINAL" or i >= len(doc) or tokens(doc)[i].text != "-":
        return None
    words = [t.lower_ for t in tokens(doc)[i : i + 7] if t.text != "-"]
    if and_a_fraction(words[:3]) is None:
        return None
    unit = next((t for t in doc[i + 6 : i + 8] if t.text != "-"), None)  # past "-and-a-half"
    return Span(doc, ent.start, unit.i + 1, label="DATE") if unit is not None and _unit_days(unit) else None


def _per_unit(ent: Span) -> bool:
    """A bare unit after what it counts ("19 million passengers a year", "£50,000 a year", "twice a week") is a
    rate, no length of anything: without this, a story's length of time meets an airport's yearly traffic."""
    if len(ent) != 2 or ent[0].lower_ not in _PER or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.tag_.startswith("NN") or before.tag_ in ("CD", "$") or before.lower_ in _TIMES


def count_rate(root: Token) -> str:
    """The period a count is told per ("60 weddings a year", "300 ships per week": "per year", "per week"), or
    "": a rate counts no one set of things, so it must neither agree nor conflict with a plain count of the same
    figure ("60 firefighters"); its unit keeps its slot apart. Not "a year ago" (a date) nor "a year old"."""
    noun = root.head if root.dep_ == "nummod" else root
    after = tokens(root.doc)[noun.i + 1 : noun.i + 4]
    if len(after) < 2 or after[0].lower_ not in _PER or _unit_days(after[1]) is None:
        return _verb_rate(noun)
    if len(after) == 3 and after[2].lower_ in _NOT_RATE:
        return ""
    return "per " + lemma(after[1])


def _verb_rate(noun: Token) -> str:
    """The period the verb of a counted subject or object repeats over ("300 ships dock there every week": "per
    week"), or ""; "each" and "every" only ("a week" on a verb is mostly how long or how long ago)."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return ""
    period = next((c for c in noun.head.children if c.dep_ == "npadvmod" and _unit_days(c) is not None
                   and any(d.dep_ == "det" and d.lower_ in ("each", "every") for d in c.children)), None)  # fmt: skip
    return "" if period is None else "per " + lemma(period)


_PER = frozenset(("a", "an", "per", "each", "every"))
# Words after "a year" that make it a date or an age, no period a count is told per
_NOT_RATE = frozenset(("ago", "earlier", "later", "before", "after", "old", "on", "from"))
_TIMES = frozenset(("once", "twice", "times"))


def _length(tokens: Sequence[Token]) -> float | None:
    """Days in a length: each figure times its own unit ("2 hours and 30 minutes", "12 minutes, 31 seconds", "a
    year and a half") while the units shrink; a larger unit after a smaller one is a rate ("24 hours a day")."""
    total, last, part = 0.0, None, []
    for t in (t for t in tokens if t.text != "-"):  # "two-and-a-half years": the words of the figure
        unit = _unit_days(t)
        if unit is None:
            if not is_year([t]):  # "the day before Christmas 2002" is no 2002 days
                part.append(t)
            continue
        if last is not None and unit >= last:
            return total
        value = 1.0 if [w.lower_ for w in part] in (["a"], ["an"]) else read_number(part)  # "about a minute"
        if value is None:
            return total if last is not None else None
        total, last, part = total + value * unit, unit, []
    if last is not None and (plus := and_a_fraction([t.lower_ for t in part])):
        total += plus * last  # "a year and a half"
    return total if last is not None else None


def _unit_days(t: Token) -> float | None:
    """Days in a unit word: a noun, or any word after a figure ("a 10 second runoff"); "second" of "the second
    half of 2012" is an ordinal, no unit."""
    # a noun first: its word before is not looked at
    unit_place = t.tag_.startswith("NN") or t.i > 0 and tokens(t.doc)[t.i - 1].like_num
    return DURATION_DAYS.get(lemma(t)) if unit_place else None
