"""How aligned figures are written into the briefing: a conflict (or update) with its statement of who says
what and how much later, an agreement with its versions, a claim citing each version's sentence."""

from __future__ import annotations

from scipy.cluster.hierarchy import DisjointSet

from storyline.briefing.claim_values import compatible
from storyline.briefing.placed import Placed
from storyline.briefing.working_set import Corpus
from storyline.lexicon.measures import REPEATS, TOLLS
from storyline.lexicon.whole_words import has_whole_word
from storyline.model import UPDATED, Citation, Claim, Conflict
from storyline.settings import BriefSettings

# An agreement as sorted (fewest outlets last, then by sentence), its claim and its versions.
Agreed = tuple[int, int, Claim, list[Placed]]


def agreement_of(c: Corpus, reps: list[Placed]) -> Agreed:
    """An agreement as sorted (most outlets, then earliest sentence first), with its versions (the key-fact
    model reads them)."""
    return -len(reps), min(p.sentence for p in reps), claim_of(c, reps), reps


def conflict_of(
    c: Corpus,
    group: set[Placed],
    pairs: list[tuple[Placed, Placed]],
    kind: str,
    measure: str,
    settings: BriefSettings,
) -> Conflict:
    """One disputed thing: its figures in report order, an update when every clashing pair is one."""
    sides = sorted(group, key=lambda p: report_order(c, p))
    revisions = [p for p in group if p.slot.update]
    is_update = all(_is_update(c, a, b, settings) or _told_revision(c, a, b, revisions) for a, b in pairs)
    topic = f"{UPDATED if is_update else ''}{kind} ({measure})"
    claims = tuple(claim_of(c, [p]) for p in sides)
    return Conflict(
        topic, claims, kind="update" if is_update else kind, statement=_statement(c, sides, kind, measure)
    )


def components(pairs: list[tuple[Placed, Placed]]) -> list[set[Placed]]:
    """The figures of pairs, joined when pairs share a figure: of clashing pairs, one conflict per thing disputed;
    of agreeing ones, one agreement per thing told alike."""
    sets = DisjointSet()
    for a, b in pairs:
        for p in (a, b):
            if p not in sets:
                sets.add(p)
        sets.merge(a, b)
    return [set(g) for g in sets.subsets()]


def report_order(c: Corpus, p: Placed) -> tuple:
    a = c.by_id[p.slot.article_id]
    return (a.published is None, a.published or 0, p.slot.article_id, p.slot.start)


def hours_apart(c: Corpus, a: Placed, b: Placed) -> float | None:
    ta, tb = c.by_id[a.slot.article_id].published, c.by_id[b.slot.article_id].published
    return abs((tb - ta).total_seconds()) / 3600 if ta and tb else None


def _is_update(c: Corpus, a: Placed, b: Placed, settings: BriefSettings) -> bool:
    """Phrased as a change, one outlet's figure restated differently in its article hours later, or a toll that
    grew between reports hours apart (tolls rise as news comes in; between outlets, a sum, a date or a toll that
    fell with no sign of revision is a contradiction however far apart)."""
    hours = hours_apart(c, a, b)
    if (
        a.slot.update
        or b.slot.update
        or (a.outlet_key == b.outlet_key and (hours or 0) >= settings.update_hours)
    ):
        return True
    if (
        hours is None
        or hours < settings.update_hours
        or a.slot.measure not in TOLLS
        or a.slot.kind != "count"
    ):
        return False
    early, late = sorted((a, b), key=lambda p: report_order(c, p))
    return float(late.slot.value) > float(early.slot.value)


def _told_revision(c: Corpus, a: Placed, b: Placed, revisions: list[Placed]) -> bool:
    """A later report's figure that another outlet tells as a revision ("rises to 3,100", "has risen to 3,100, up
    from an earlier estimate of 2,300"), its article stating the earlier report's figure too: the same update,
    though the later report does not say so ("3,100 homes were flooded"). Not a change from another figure
    ("Turnout was 64%, up from 58% at the last election": a third outlet's 61% still contradicts the 64%)."""
    early, late = sorted((a, b), key=lambda p: report_order(c, p))
    was = c.phrase(early.slot)
    return (hours_apart(c, a, b) or 0) > 0 and any(
        r.slot.value == late.slot.value
        and r.slot.value != early.slot.value
        and has_whole_word(was, c.by_id[r.slot.article_id].body)
        for r in revisions
    )


def new_level(p: Placed, by_outlet: dict[str, list[Placed]]) -> Placed | None:
    """The new figure an outlet gives in the sentence that tells ``p`` as its old level ("rose to 34 on Tuesday
    from 27 a day earlier", "saved 203, up from 180 at dawn"): both phrased as a change, one slot, values apart.
    Another outlet's 27 then told the earlier report, not an agreement with this one (an update); None when the
    sentence gives no other level."""
    if not p.slot.update:
        return None
    return next(
        (
            q
            for q in by_outlet.get(p.outlet_key, [])
            if q.sentence == p.sentence and q.slot.update and compatible(q.slot, p.slot) is False
        ),
        None,
    )


def claim_of(c: Corpus, ps: list[Placed]) -> Claim:
    """The first version's sentence, citing each version's sentence, with each value phrase."""
    first = ps[0]
    cites, seen = [], set()
    for p in ps:
        if p.slot.article_id not in seen:
            seen.add(p.slot.article_id)
            cites.append(c.cite(p.sentence))
    return Claim(
        c.sentences[first.sentence].text,
        tuple(cites),
        outlet=c.outlet(first.slot.article_id),
        values=tuple(Citation(p.slot.article_id, p.slot.start, p.slot.end) for p in ps),
        kind=first.slot.kind,
    )


def _statement(c: Corpus, sides: list[Placed], kind: str, measure: str) -> str:
    """ "Coast Herald says 9 dead; Evening Post says at least 11 (3 hours later)"."""
    parts = []
    for p in sides:
        phrase = c.phrase(p.slot)
        # a count told by an adverb ("twice") reads as no number before its measure
        what = (
            f"{phrase} {measure}"
            if kind == "count" and phrase.lower() not in REPEATS
            else f"{phrase} ({measure})"
        )
        gap = _gap(hours_apart(c, sides[0], p) or 0) if p is not sides[0] else ""
        later = f" ({gap} later)" if gap else ""
        parts.append(f"{c.outlet(p.slot.article_id)} says {what}{later}")
    return "; ".join(parts)


def _gap(hours: float) -> str:
    """A time gap as a reader says it: "12 minutes", "1 hour", "3 hours", "2 days" (days from 48 hours); ""
    under a minute (no gap to tell)."""
    if hours < 1:
        n, unit = round(hours * 60), "minute"
    elif hours < 48:
        n, unit = round(hours), "hour"
    else:
        n, unit = round(hours / 24), "day"
    return f"{n} {unit}{'s' if n != 1 else ''}" if n else ""
