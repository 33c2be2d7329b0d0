"""Tests of a pair of figures from two outlets: whether they can be one figure told two ways (near enough, not two
people's, products', vehicles' or things' figures) and whether their parsed events or their sentences tie them to one
fact (a shared event word, alike words, one headline, a figure told alike beside them). briefing.claims sorts a
slot's versions into conflicts and agreements with them."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import replace

from storyline.analyze import kinds
from storyline.analyze.date_parts import PLANNED
from storyline.analyze.ordinals import Order, order_of
from storyline.briefing.claim_values import (
    NUMERIC,
    clock_range,
    compatible,
    days_apart,
    days_outside,
    zone_of,
)
from storyline.briefing.figure_scope import in_series, scope
from storyline.briefing.name_letters import same_surname
from storyline.briefing.owners import one_surname_two_people, two_people
from storyline.briefing.placed import Placed
from storyline.briefing.working_set import LEAD_SENTENCES, Corpus
from storyline.lexicon.dates import MONTH_RE_TITLE, WEEKDAY_RE_TITLE
from storyline.lexicon.measures import MEASURES, OTHER_BEFORE, RANK_OF, SCORE, TOLLS, VEHICLE_COLOUR
from storyline.lexicon.plurals import singular
from storyline.model import ClaimSlot
from storyline.settings import BriefSettings


def tied(a: Placed, b: Placed, measures_in: dict[int, set[str]]) -> bool:
    """Two figures the parse gives one event: their events (ClaimSlot.event) share a word beside the measures
    of their sentences' figures, or neither names more than those measures ("three were killed" / "killing
    10": both "dead")."""
    x, y = event_words(a.slot, b.slot, measures_in[a.sentence] | measures_in[b.sentence])
    return not (x or y) or bool(x & y)


def one_incident(a: Placed, b: Placed, measures_in: dict[int, set[str]]) -> bool:
    """Two dates of one verb that the parse ties to one incident (``tied``), and not to two objects of one
    actor: beside the subject's words, their events share a word or one names nothing more ("the Otters
    signed Dace on Tuesday" / "signed Rudd on Wednesday" are two signings). Two events that name nothing past
    the words of a named subject tell one incident, the one outlet naming who acted and the other not ("workers of
    the charity Open Hands Relief were kidnapped on Tuesday" / "the aid workers kidnapped on Wednesday"); a common
    noun's words ("the last four members of the group") still tell which act."""
    x, y = event_words(a.slot, b.slot, measures_in[a.sentence] | measures_in[b.sentence])
    actor = {w.lower() for s in (a.slot, b.slot) for w in (s.subject or "").split()}
    actor |= {singular(w) for w in actor}  # the event's lemma of "Otters" is "otter"
    names = _name_words(a.slot, b.slot)
    if not (x - names or y - names):
        return True
    x, y = x - actor, y - actor
    return tied(a, b, measures_in) and (not (x and y) or bool(x & y))


def _name_words(a: ClaimSlot, b: ClaimSlot) -> set[str]:
    """The words of a subject that is a name ("Open Hands Relief"), lower-cased: who acted, not what was done."""
    words = {w for s in (a, b) if s.subject and all(w[:1].isupper() for w in s.subject.split())
             for w in s.subject.split()}  # fmt: skip
    return {w.lower() for w in words} | {singular(w.lower()) for w in words}


def one_scope(c: Corpus, a: Placed, b: Placed, measures_in: dict[int, set[str]]) -> bool:
    """Two figures of one scope (``figure_scope.scope``), or a part only by its listing ("Fourteen officers and
    nine protesters were hurt", analyze.breakdown) beside a figure with no scope word whose parsed event names the
    same words beside the measures and no other, among them the noun both figures count ("Four officers were
    hurt"): both count the listed noun's group, not the list's whole ("23 people were hurt" names no officer;
    "destroyed 40 homes and 12 offices" / "destroyed 30 buildings" share only a verb)."""
    x, y = scope(c, a), scope(c, b)
    if x == y:
        return True
    listed = [p for p in (a, b) if p.slot.listed]
    if (
        {x, y} != {"part", ""}
        or len(listed) != 1
        or scope(c, replace(listed[0], slot=replace(listed[0].slot, listed=False)))
    ):
        return False
    nouns_a, nouns_b = event_words(a.slot, b.slot, measures_in[a.sentence] | measures_in[b.sentence])
    return nouns_a == nouns_b and bool(nouns_a & _counted_words(c, a) & _counted_words(c, b))


_NEXT_WORDS = re.compile(r"\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")


def _counted_words(c: Corpus, p: Placed) -> set[str]:
    """The two words right after a count, singular and lower-case: its counted noun and the word before it
    ("14 police officers": "police", "officer")."""
    found = _NEXT_WORDS.match(c.by_id[p.slot.article_id].body, p.slot.end)
    return {singular(w.lower()) for w in found.groups() if w} if found else set()


def event_words(a: ClaimSlot, b: ClaimSlot, beside: set[str]) -> tuple[set[str], set[str]]:
    """The words of two figures' parsed events (analyze.claim_measures ``event_of``) beside ``beside``, the
    measures that every figure of their kind names ("kill" is in every toll's event): what else ties the two to one
    fact."""
    return set(a.event.split()) - beside, set(b.event.split()) - beside


def other_people(a: ClaimSlot, b: ClaimSlot, similarity: float) -> bool:
    """Figures of two differently named subjects ("Jackson was arrested Jan. 6", "Williams ... Feb. 1"), of two
    members of one name (``_members_of_one_name``) or of two people of one surname ("Daniel Hale" / "Kathryn
    Hale", briefing.owners): two referents' figures, not one figure told two ways; ``similarity`` is how alike two
    last words must be to be one name spelt two ways (BriefSettings.name_similarity). eval/claims.py fit half:
    conflicts+updates 43/51 -> 43/50 correct (gold hit 42 both), agreements 241/290 -> 243/292."""
    x, y = _subject_names(a, b)
    return _named(x, y) and not set(x) & set(y) or _kin(x, y, similarity)


def _named(x: list[str], y: list[str]) -> bool:
    """Two subjects that are names: every word capitalised and none a pronoun or a usual source."""
    return all(w and all(t[:1].isupper() and t.lower() not in UNNAMED for t in w) for w in (x, y))


def two_of_one_name(a: ClaimSlot, b: ClaimSlot, similarity: float) -> bool:
    """Figures of two products or of two named subjects that share a word (``other_people``'s members of one
    name, two people of one surname): two referents even where unlike subjects are not (a lead length is told
    with any subject: "the Otters signed Dace for three years" / "Dace joins for two")."""
    return _kin(*_subject_names(a, b), similarity) or _other_specs(a, b) or two_people(a, b)


def _kin(x: list[str], y: list[str], similarity: float) -> bool:
    """Two named subjects that share a name: two members of one name or two people of one surname."""
    return _named(x, y) and (_members_of_one_name(x, y, similarity) or one_surname_two_people(x, y))


def _subject_names(a: ClaimSlot, b: ClaimSlot) -> tuple[list[str], list[str]]:
    """Two figures' subjects as words, read by ``_names``."""
    return _names(*((s.subject or "").split() for s in (a, b)))


def _names(x: list[str], y: list[str]) -> tuple[list[str], list[str]]:
    """Two subjects' capitalised words when their common nouns are one head the names tell apart ("Zephyr Mini
    drone" / "Max drone": two drones); else the subjects as they are (unlike common words name no one)."""
    if [w for w in x if not w[:1].isupper()] != [w for w in y if not w[:1].isupper()]:
        return x, y
    return [w for w in x if w[:1].isupper()], [w for w in y if w[:1].isupper()]


def _members_of_one_name(x: list[str], y: list[str], similarity: float) -> bool:
    """Two names that share a word and end in two others ("Nimbus Air" / "Nimbus Pro", "Hurricane Lorne" /
    "Hurricane Mara", "Mr Dace" / "Mr Rudd"): a brand's, a series' or a title's two members. Not a name and its
    short form ("Nimbus" / "Nimbus Pro": each has a word the other lacks), not a title or first name told two ways
    before one last word ("Storm Ida" / "Hurricane Ida"), nor a last name spelt two ways (a spelling conflict)."""
    last_x, last_y = x[-1].lower(), y[-1].lower()
    shared, only_x, only_y = set(x) & set(y), set(x) - set(y), set(y) - set(x)
    return bool(shared and only_x and only_y) and not same_surname(last_x, last_y, similarity)


# Capitalised subjects that name no one: a sentence-initial pronoun, relative word or the usual sources.
UNNAMED = frozenset(
    "he she it they we i you who which that this these those police officials authorities".split()
)


def confirmed(a: Placed, b: Placed, by_outlet: dict[str, list[Placed]]) -> bool:
    """Two leading clock times either of which the other outlet also gives: a story of several moments (two
    quakes' times, a call and an arrest), each outlet leading with another one. Figures are not spared so: an
    outlet that gives two tolls contradicts itself, and the slot's verdict is its worst pair's (PROTOCOL.md);
    eval/claims.py fit half, sparing every kind: conflicts+updates 43/51 correct, 42 gold hit -> 42/49, 39."""
    if a.slot.kind != "time":
        return False
    theirs, mine = by_outlet[b.outlet_key], by_outlet[a.outlet_key]
    return any(compatible(a.slot, y.slot) for y in theirs) or any(compatible(b.slot, x.slot) for x in mine)


def lasting_one_thing(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Two lengths of what the parse names as one thing, told in unlike sentences ("the quake was felt for 15
    seconds" / "the quake shook houses for one minute"): their events share a word beside their verbs, or one
    is the length of a thing the other's verb names ("jailed for 18 months", measure "sentence" / "a two-year
    sentence"; "suspended for a month" / "a six-week suspension")."""
    x, y = event_words(a, b, {a.measure, b.measure})
    things = [s.measure.removeprefix(_LENGTH_OF) for s in (a, b)]
    named = a.measure.startswith(_LENGTH_OF) != b.measure.startswith(_LENGTH_OF) and _one_stem(*things)
    return a.kind == "duration" and (bool(x & y) or named)


def lasting_one_act(a: Placed, b: Placed, xs: Iterable[Placed], ys: Iterable[Placed]) -> bool:
    """Two outlets' lengths of one act of a lexicon.measures group, one naming nothing beside it ("he had married
    three weeks before" / "the deputy, who was wed five weeks ago": the marriage), when neither outlet gives that
    act another length: an outlet that tells two people's terms of one act ("Ames was jailed for six years, his
    driver for two") shows the act is no one thing; two named people's lengths each name theirs."""
    x, y = event_words(a.slot, b.slot, {a.slot.measure})
    measure = a.slot.measure
    if (
        a.slot.kind != "duration"
        or measure != b.slot.measure
        or measure not in MEASURES.values()
        or (x and y)
    ):
        return False
    return all(len({p.slot.value for p in ps if p.slot.measure == measure}) == 1 for ps in (xs, ys))


def kinship(c: Corpus, x: Placed, y: Placed, when: dict[int, frozenset[str]]) -> float:
    """How like one telling two figures' sentences are: their words' cosine, plus ``_SAME_TIME`` when both set
    it at the same named time ("injuring 40 ... in September", "injured almost 50 ... in September")."""
    for i in (x.sentence, y.sentence):
        if i not in when:
            when[i] = frozenset(m.group().lower()[:3] for m in _WHEN.finditer(c.sentences[i].text))
    shared = when[x.sentence] & when[y.sentence]
    return float(c.words[x.sentence] @ c.words[y.sentence]) + _SAME_TIME * bool(shared)


_SAME_TIME = 0.1
# A time a sentence names: a month, a weekday or a year (the first three letters tell them apart), capitalised
# (the modal "may" is no month).
_WHEN = re.compile(rf"\b(?:{MONTH_RE_TITLE}|{WEEKDAY_RE_TITLE}|(?:19|20)\d\d\b)")


def same_thing(a: ClaimSlot, b: ClaimSlot, settings: BriefSettings, moment: int = 0) -> bool:
    """Two figures that can be one figure told two ways: not ``claim_max_ratio`` apart (clock times not
    ``moment`` minutes, default ``claim_moment_minutes``), not two named subjects'."""
    return (
        near_figures(a, b, settings.claim_max_ratio, settings, moment)
        and not other_people(a, b, settings.name_similarity)
        and not _lengths_of_two_things(a, b)
        and not _other_specs(a, b)
        and not _other_vehicles(a, b)
        and not _other_games(a, b)
        and not two_people(a, b)
        and not other_order(a, b)
        and not _standing_and_act(a, b)
    )


# Verbs of what a body has, not of what happened: "employs 46 staff", "runs 260 pubs", "owns two hotels".
_STANDING = frozenset(("employ", "own", "run", "operate", "house"))


def _standing_and_act(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Two counts of one noun, one what a body has ("the hotel employs 46 staff", its parsed event naming a verb
    of having) and the other not ("18 staff were evacuated"): the body's size and an act's count, two figures."""
    if a.kind != "count" or b.kind != "count":
        return False
    x, y = (bool(_STANDING & set(s.event.split())) for s in (a, b))
    return x != y


def other_order(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Figures of two things one story tells apart by their order ("the first quake was 30 km deep" / "the second
    quake was 10 km deep", "the earlier crash" / "the later crash", "the previous price" / "the new
    price"): each subject keeps its ordinal or contrast word (analyze.claim_measures ``subject_of``) and the two
    stand on two sides of the story's turn or name two ranks. A subject with no such word is either thing's."""
    x, y = (_order(s) for s in (a, b))
    return x is not None and y is not None and _apart(x, y)


def earlier_thing(a: ClaimSlot, b: ClaimSlot) -> bool:
    """One figure's subject names a thing before the story's by a contrast word ("the agency's previous mission
    cost $800m"), the other's subject no order word at all ("the $2.1bn cost of its probe"): two things."""
    x, y = (not OTHER_BEFORE.isdisjoint((s.subject or "").lower().split()) for s in (a, b))
    return x != y and (_order(a) is None or _order(b) is None)


def _apart(x: Order, y: Order) -> bool:
    """Two orders of two things: two sides of the story's turn, or two ranks."""
    return x[0] != y[0] or None not in (x[1], y[1]) and x[1] != y[1]


def _order(s: ClaimSlot) -> Order | None:
    """The side and rank of a subject's ordinal or contrast word (analyze.ordinals ``order_of``), if any."""
    return next(filter(None, map(order_of, (s.subject or "").split())), None)


def told_apart(slots: Iterable[ClaimSlot]) -> frozenset[str]:
    """The things one story tells apart by order, as their nouns: two subjects of one head noun in two orders
    ("the first quake" / "the second quake"), or a rank claim beside ("a second quake", analyze.claims "rank of
    quake") a subject of another order. A figure of such a noun with no order of its own can be either's."""
    orders: dict[str, set[Order]] = {}
    for s in slots:
        if s.measure.startswith(RANK_OF):
            head, found = s.measure.removeprefix(RANK_OF), ("after", int(s.value))  # ranks from the second
        elif (found := _order(s)) is not None:
            head = (s.subject or "").split()[-1]
        else:
            continue
        # the head lower case and singular, as a rank's measure names it ("quakes" -> "quake")
        orders.setdefault(singular(head), set()).add(found)
    return frozenset(h for h, found in orders.items() if any(_apart(x, y) for x in found for y in found))


# Words right before a count that pick one group of a story's people or things out of a whole by its turn ("the
# first four", "the other four", "the last four members", "the remaining three"): which part of the whole it is.
_GROUP_TURN = {
    **dict.fromkeys("first initial earliest".split(), "first"),
    **dict.fromkeys("other last remaining final rest".split(), "rest"),
}


def two_groups(c: Corpus, a: Placed, b: Placed) -> bool:
    """Two counts of one value that name two turns of a whole ("after the first four reached the surface" / "hoped
    to reach the other four"): the first group and the rest, two groups however alike their figures; a count with
    no such word ("the four brought out") may be either group's."""
    x, y = (_group_turn(c, p.slot) for p in (a, b))
    return x is not None and y is not None and x != y


def _group_turn(c: Corpus, s: ClaimSlot) -> str | None:
    """The turn (``_GROUP_TURN``) of the word right before a count, if any."""
    before = c.by_id[s.article_id].body[max(0, s.start - 16) : s.start].split()
    return _GROUP_TURN.get(before[-1].lower()) if s.kind == "count" and before else None


def either_of_two(a: ClaimSlot, b: ClaimSlot, apart: frozenset[str]) -> bool:
    """One figure of an ordered thing ("the second quake was 10 km deep") and one of the same noun with no order
    ("the quake was centred 12 km down") in a story that tells two such things apart (``told_apart``): the
    bare one may be either thing's, so the two are not set against each other."""
    x, y = _order(a), _order(b)
    if (x is None) == (y is None):
        return False
    bare = (b if x is not None else a).subject
    return bool(bare) and singular(bare.split()[-1]) in apart


def _other_vehicles(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Colours of two kinds of vehicle ("a white truck", "a red car": analyze.kinds tells them apart), or of
    vehicles in sentences of two dates ("a white car hit a wall on Monday" / "on June 3 a black car overturned":
    an earlier crash's), not one vehicle's colour told two ways."""
    if a.measure != VEHICLE_COLOUR:
        return False
    if a.time and b.time and not (a.time.startswith(b.time) or b.time.startswith(a.time)):
        return True  # "2026-06" holds "2026-06-03": a month and a day of it may be one crash's
    x, y = (kinds.table()["lemmas"].get(s.subject or "") for s in (a, b))
    # unrelated kinds too ("a bus" under public transport, "a car" under vehicle: no kind in common)
    return x is not None and y is not None and kinds.compatible(x, y) is not True


def _other_games(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Score lines of two games of one contest: each names both sides and the pairs differ ("beat the Otters
    2-1" / "beat the Pikes 3-0"), or each names its game and the names differ ("in the semi-final" / "won the
    final": analyze.contests ``_stage``); a name that holds the other's ("the cup final" / "the final") is one."""
    if a.measure != SCORE or b.measure != SCORE:
        return False
    sides, stages = ([set(x.split()) for x in (a.subject or "", b.subject or "")],
                     [set(x.split()) for x in (a.event, b.event)])  # fmt: skip
    return any(
        min(len(x), len(y)) >= least and not (x <= y or y <= x) for (x, y), least in ((sides, 2), (stages, 1))
    )


def _other_specs(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Figures of two products told apart by a figure in their subjects ("the 13-inch model sells for $1,199",
    "the 15-inch model for $1,799"; "the 13-inch model gets 10 hours of battery life", "the 15-inch model seven
    hours"): two products' prices or specifications, not one figure told two ways. A subject keeps a figure of
    a product's unit for every kind, any figure for a sum (analyze.claim_measures ``subject_of``)."""
    x, y = ({w for w in (s.subject or "").split() if any(c.isdecimal() for c in w)} for s in (a, b))
    return bool(x and y) and not x & y


_LENGTH_OF = "length of "  # analysis' measure of a length written as a noun's modifier: "a 119-year history"


def _lengths_of_two_things(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Two durations one of which is the length of a thing named by its noun ("the club's 119-year history", "a
    five-year sentence"), the other not of that thing (neither its measure nor its event names the noun): "13
    years" since a last cup win is no history's length, while "sentenced to 12 years" is a sentence's."""
    if a.kind != "duration" or b.kind != "duration":
        return False
    nouns = {s.measure.removeprefix(_LENGTH_OF) for s in (a, b) if s.measure.startswith(_LENGTH_OF)}
    named = [{s.measure.removeprefix(_LENGTH_OF), *s.event.split()} for s in (a, b)]
    return not all(any(_one_stem(n, w) for w in words) for n in nouns for words in named)


def _one_stem(noun: str, word: str) -> bool:
    """A noun and a word of one stem: the same, or a verb and the noun made of it ("suspend" / "suspension",
    "close" / "closure", "extend" / "extension"): all but the last two letters of the shorter, and four or more,
    are shared."""
    if noun == word:
        return True
    shared = len(os.path.commonprefix((noun, word)))
    return shared >= max(4, min(len(noun), len(word)) - 2)


def one_count(
    c: Corpus,
    a: Placed,
    b: Placed,
    by_outlet: dict[str, list[Placed]],
    told: tuple[dict[int, set[str]], dict[int, list[Placed]]],
    settings: BriefSettings,
) -> bool:
    """Two counts of a measure outside lexicon.measures ("four aftershocks", "24 monthly payments") that tell one
    fact: whole numbers, one value per outlet that can be the other's figure (``_values_for``), no place in a
    series ("his first 17 passes", "the final two games"), and events (the parse's verb and its arguments) that
    share a word beside the figures' measures ("four bombs were dropped" / "dropped five bombs"); sports
    statistics ("12 goals and 7 assists" / "40 goals and 31 assists") share only their measures. Tying two such
    counts by another figure both sentences state alike (``told_with``) was measured in session 36 and left out:
    it added a false conflict on the unread set. A whole of two counts its article states (``whole_of_two``) is
    neither one of them nor another telling of either."""
    measures_in, in_sentence = told
    if any(not (float(p.slot.value).is_integer() or _weighed(p)) or in_series(c, p) for p in (a, b)):
        return False
    if any(whole_of_two(c, p, in_sentence) for p in (a, b)):
        return False
    if any(len(_values_for(p, q, by_outlet, in_sentence, c, settings)) > 1 for p, q in ((a, b), (b, a))):
        return False
    x, y = event_words(a.slot, b.slot, measures_in[a.sentence] | measures_in[b.sentence])
    return bool(x & y)


def _weighed(p: Placed) -> bool:
    """A count told in a unit of measure ("2.1 tonnes of cocaine", "3.5 kilograms"), not per a period: an amount
    weighed or measured, whose figure is a fraction as often as not; a whole number is asked of things counted one
    by one ("12 goals", a quake's "6.4-magnitude" has no unit)."""
    return bool(p.slot.unit) and not p.slot.unit.startswith("per ")


def _values_for(
    p: Placed,
    other: Placed,
    by_outlet: dict[str, list[Placed]],
    in_sentence: dict[int, list[Placed]],
    c: Corpus,
    settings: BriefSettings,
) -> set[str]:
    """The values p's outlet gives the slot that can be ``other``'s figure (``same_thing``): an outlet that tells
    two such tells two things, while a figure too far from it ("the route carries about 18,000 passengers on a
    normal weekday" beside "carrying about 230 passengers") or the whole of two of its counts
    (``whole_of_two``) is another thing's, not a second telling."""
    return {
        q.slot.value
        for q in by_outlet[p.outlet_key]
        if same_thing(q.slot, other.slot, settings) and not whole_of_two(c, q, in_sentence)
    }


def whole_of_two(c: Corpus, p: Placed, in_sentence: dict[int, list[Placed]]) -> bool:
    """A count that is the sum of two counts one sentence of its article states ("the two countries exchanged
    122 prisoners" beside "Ostravia released 64 prisoners and Keldar freed 58"): the whole of both sides' parts."""
    value = _count_value(p)
    if value is None:
        return False
    parts = [
        [x for q in qs if q is not p and (x := _count_value(q)) is not None]
        for i, qs in in_sentence.items()
        if c.sentences[i].article_id == p.slot.article_id
    ]
    return any(x + y == value for xs in parts for j, x in enumerate(xs) for y in xs[j + 1 :])


def _count_value(p: Placed) -> float | None:
    """A count's number; none for other kinds and for a count that is a tally ("5-2", a vote or a score)."""
    if p.slot.kind != "count":
        return None
    try:
        return float(p.slot.value)
    except ValueError:
        return None


def moment_minutes(a: Placed, b: Placed, by_outlet: dict[str, list[Placed]], settings: BriefSettings) -> int:
    """How far apart two outlets' clock times may be and still be one moment: ``claim_lone_moment_minutes`` when
    each outlet gives the story one clock time (its event's, misstated: "shortly after 9am" / "around 11am"),
    else ``claim_moment_minutes`` (an outlet giving two times tells two moments)."""
    lone = all(len({q.slot.value for q in by_outlet[p.outlet_key]}) == 1 for p in (a, b))
    return (
        settings.claim_lone_moment_minutes
        if a.slot.kind == "time" and lone
        else settings.claim_moment_minutes
    )


def near_figures(
    a: ClaimSlot, b: ClaimSlot, max_ratio: float, settings: BriefSettings, moment: int = 0
) -> bool:
    """Two figures close enough to be two versions of one (tallies always are; planned days within
    ``claim_planned_days``). Clock times of one zone within ``moment`` minutes (default
    ``claim_moment_minutes``): outlets misstate a moment by minutes, while a story's moments are hours apart ("the
    first quake struck at 4:43", "the quake struck at 7:48", one sentence alike)."""
    if a.kind == "time" and zone_of(a) == zone_of(b):
        gap = abs(clock_range(a)[0] - clock_range(b)[0]) % (24 * 60)
        return min(gap, 24 * 60 - gap) <= (moment or settings.claim_moment_minutes)
    if a.kind == "date" and a.measure.endswith(PLANNED):
        gap = days_apart(a.value, b.value)
        gap = days_outside(a.value, b.value) if gap is None else gap
        if gap is not None:
            return gap <= settings.claim_planned_days
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except ValueError:
        return True
    if a.kind == "count" and a.measure in TOLLS and 0 in (x, y):
        return True  # "no one was hurt" vs "two people were injured": a zero toll is one told two ways
    return a.kind not in NUMERIC or min(x, y) * max_ratio >= max(x, y)


def timed(a: Placed, b: Placed) -> bool:
    """Two clock times of one story are its event's whatever their sentences say (outlets time one moment with
    different verbs: "stopped at about 2:30", "failed a breath test shortly after 2"); a "by 5 p.m." is
    more often a deadline, so it still needs a shared context."""
    return a.slot.kind == "time" and "up to" not in (a.slot.qualifier, b.slot.qualifier)


# Counts and sums: what a story's headline figure is, and the figures that tell which telling a sentence is
# ("killing two and wounding two" / "two were pronounced dead, and a co-worker was wounded": one fact bundle).
QUANTITY_KINDS = ("count", "money", "percent")


def headline_figures(a: Placed, b: Placed, position: list[int], by_outlet: dict[str, list[Placed]]) -> bool:
    """Two outlets' first figures of one slot, each in its article's lead (``LEAD_SENTENCES``): the story's
    headline figure told two ways, however unlike the sentences' words ("About 40 workers walked out of the
    warehouse" / "Some 60 staff ... are on strike after walking out"). Counts and sums only: a story's lead dates
    several moments (a quake on Sunday, its aftershock on Wednesday) and gives several people's ages. Each outlet
    gives one value of the slot: one that gives two (two quakes' magnitudes) has no one headline figure."""
    if a.slot.kind not in QUANTITY_KINDS:
        return False
    if any(len({q.slot.value for q in by_outlet[p.outlet_key]}) > 1 for p in (a, b)):
        return False
    return all(position[p.sentence] < LEAD_SENTENCES for p in (a, b))


def told_with(a: Placed, b: Placed, in_sentence: dict[int, list[Placed]]) -> bool:
    """Two figures whose sentences also state one other figure alike: a written count or sum of another measure
    that agrees across the two (the toll beside the injured), so the two sentences tell one fact, whatever
    their other words."""
    return any(
        p.slot.kind == q.slot.kind in QUANTITY_KINDS and p.slot.measure == q.slot.measure != a.slot.measure
        and p.slot.unit == q.slot.unit
        and not (p.slot.implied or q.slot.implied) and compatible(p.slot, q.slot)
        for p in in_sentence[a.sentence] for q in in_sentence[b.sentence]
    )  # fmt: skip


def same_context(c: Corpus, xs: list[Placed], ys: list[Placed], settings: BriefSettings) -> bool:
    """Two versions are about one thing when some pair of their sentences shares enough words."""
    return any(float(c.words[x.sentence] @ c.words[y.sentence]) >= settings.claim_context_sim for x in xs
               for y in ys)  # fmt: skip
