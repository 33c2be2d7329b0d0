"""Which lone figure of another outlet contradicts an agreement of figures whose slot holds several.

An agreement inside a slot of several values (briefing.claims ``_shared_values``: two outlets' "seven bridges")
is a conflict when a third outlet gives that slot one figure only, close to the agreed one yet incompatible with
it ("8 bridges"), that no other outlet seconds, in a sentence sharing ``claim_context_sim`` of its words with an
agreeing one (briefing.claims checks that), or in any words when every outlet gives the slot one sum of money
(``one_value_each``: a story's one sum stolen, "escaped with $85,000" / "a share of the $85,000 haul" / "thieves
got away with $80,000"): that outlet tells the same thing differently (the slot's verdict is
its worst pair's, eval/claims/PROTOCOL.md). Figures far apart, a value other outlets also give, or a figure told
in unrelated words are another referent of the slot (a player's 20 points beside a team's 23; 364 yards thrown by
one, 329 by another), and leave the agreement standing. Durations (one slot for a story's lengths of any verb)
lose the agreement but make a conflict only when every outlet gives the story one length (``one_value_each``) or
every version is a plain length (briefing.claims ``_plain_lengths``).
eval/claims.py fit half: agreements 224/246 -> 224/245, conflicts+updates 50/52 R 52 -> 51/53 R 53; held-out,
--kinds, --kinds2 and --updates unchanged.
A word fact of one thing (``ONE_THING_WORDS``: a death's cause, an offence of one killing, the weapon or vehicle
used, a vehicle's colour, a result's score line) is told in any words: a third outlet's lone value incompatible
with the agreed one, not another person's or game's, contradicts it ("died of lung cancer" twice, "had died from
a stroke" once; "armed with a rifle" twice, "carried a shotgun" once). An agreement must not absorb the differing
value. Read halves unchanged (no such slot there; eval/claims/ERRORS.md, session 26).
"""

from __future__ import annotations

from storyline.briefing.claim_pairs import same_thing
from storyline.briefing.claim_values import INSTRUMENTS, compatible
from storyline.briefing.placed import Placed
from storyline.lexicon.measures import CAUSE, CHARGE, SCORE, VEHICLE_COLOUR
from storyline.model import ClaimSlot
from storyline.settings import BriefSettings

# Kinds whose values are numbers to compare by ratio (dates, times and words have no closeness here).
_RATIO_KINDS = ("count", "money", "percent", "duration")
# One thing's words, whose versions are incompatible only as two versions of it: a death's cause ("lung cancer" /
# "a stroke"), an offence as two kinds of one killing at one court step ("charged with murder" / "charged with
# manslaughter", briefing.claim_values.same_offence), the weapon or vehicle used as two kinds of one thing
# ("rifle" / "shotgun", analyze.kinds), a vehicle's colour, a result's score line with one side's figure alike
# ("3-1" / "3-2"). A story's offences of other kinds, or of other steps, compare as None and are never a dissent.
ONE_THING_WORDS = frozenset((CAUSE, CHARGE, SCORE, VEHICLE_COLOUR, *INSTRUMENTS))


def dissenting(
    reps: list[Placed], by_outlet: dict[str, list[Placed]], settings: BriefSettings
) -> Placed | None:
    """The figure of an outlet outside ``reps`` that gives the slot one value only, within ``claim_dissent_ratio``
    of the agreed value (words: the same thing's, ``same_thing``) and incompatible with it, that no other outlet
    gives; None when there is none."""
    agreed = reps[0].slot
    worded = agreed.measure in ONE_THING_WORDS
    if agreed.kind not in _RATIO_KINDS and not worded:
        return None
    inside = {p.outlet_key for p in reps}
    said: dict[str, set[str]] = {}
    for key, ps in by_outlet.items():
        for p in ps:
            said.setdefault(p.slot.value, set()).add(key)
    for key, ps in by_outlet.items():
        ps = _near_lengths(ps, agreed, settings)
        if key in inside or len({p.slot.value for p in ps}) != 1:
            continue
        p = ps[0]
        if (
            len(said[p.slot.value]) == 1
            and _near(p, agreed.measure, agreed.value, settings)
            and all(compatible(p.slot, r.slot) is False for r in reps)
            and (not worded or all(same_thing(p.slot, r.slot, settings) for r in reps))
        ):
            return p
    return None


def lone_dissents(
    by_outlet: dict[str, list[Placed]], settings: BriefSettings
) -> list[tuple[set[Placed], list[tuple[Placed, Placed]]]]:
    """The versions and clashing pairs of each value 2+ outlets give that a third outlet's lone value contradicts
    (``dissenting``): for a slot whose outlets' alike words list no agreement of their own (a weapon, a colour, a
    score line, briefing.claims), yet must not be passed over when a third outlet tells the thing otherwise."""
    groups: dict[str, dict[str, Placed]] = {}
    for key, ps in by_outlet.items():
        for p in ps:
            groups.setdefault(p.slot.value, {}).setdefault(key, p)
    out = []
    for g in groups.values():
        reps = list(g.values())
        dissent = dissenting(reps, by_outlet, settings) if len(reps) >= 2 else None
        if dissent is not None:
            out.append(clash(reps, dissent))
    return out


def clash(reps: list[Placed], dissent: Placed) -> tuple[set[Placed], list[tuple[Placed, Placed]]]:
    """An agreed value's versions with the lone dissent, and each version's pair with it: the conflict's claims
    and its clashing pairs."""
    return {*reps, dissent}, [(r, dissent) for r in reps]


def _near_lengths(ps: list[Placed], agreed: ClaimSlot, settings: BriefSettings) -> list[Placed]:
    """An outlet's versions of the slot that can be another version of an agreed length: a story's lengths of any
    verb share one slot, so an outlet's "15 minutes" of bidding is no rival to a century out of view, while its
    "80 years" is (an outlet giving two close lengths, or one the agreed one fits, is no lone dissent). Other
    kinds: every version (an outlet giving two values is no lone dissent)."""
    if agreed.kind != "duration":
        return ps
    return [p for p in ps if _close(p, agreed.value, settings)]


def _near(p: Placed, measure: str, value: str, settings: BriefSettings) -> bool:
    """Whether a value is near enough the agreed one to be another version of it: a score line with one side's
    figure alike, any words of one thing, a figure within ``claim_dissent_ratio``."""
    if measure == SCORE:
        return _one_side(p.slot.value, value)
    return measure in ONE_THING_WORDS or _close(p, value, settings)


def _one_side(a: str, b: str) -> bool:
    """Two score lines of which one side's figure is alike ("3-1" / "3-2"): one result told two ways; "30-7" and
    "27-24" are two games'."""
    x, y = a.split("-"), b.split("-")
    return len(x) == len(y) == 2 and (x[0] == y[0] or x[1] == y[1])


def _close(p: Placed, value: str, settings: BriefSettings) -> bool:
    try:
        x, y = abs(float(p.slot.value)), abs(float(value))
    except ValueError:
        return False
    return min(x, y) > 0 and max(x, y) <= min(x, y) * settings.claim_dissent_ratio


def one_value_each(by_outlet: dict[str, list[Placed]], kind: str) -> bool:
    """Whether every outlet gives the slot one value, of ``kind``: then the slot is the story's one thing, and a
    lone close dissent is that thing told differently. A sum of money ("money": a haul, a fine, a price) in any
    words (outlets word a sum stolen "escaped with", "haul", "got away with"); a length ("duration": a search, a
    strike, a tenure) in alike sentences, whatever noun or verb tells it ("a three-week search" / "a 20-day hunt" /
    "missing for 21 days"), since a story's lengths of any verb share one slot and an outlet giving two (a sentence
    and the time served) makes none the story's one. Not counts: a story's counts often count two things in one
    slot once each ("14 shops were gutted" / "insurers will visit 16 shops"). eval/claims.py, sums: --kinds2
    conflicts+updates 34/35 R 34/48 -> 35/36 R 35/48 (its sum stolen); fit and held-out halves, --kinds and
    --updates unchanged."""
    return all(
        {p.slot.kind for p in ps} == {kind} and len({p.slot.value for p in ps}) == 1
        for ps in by_outlet.values()
    )
