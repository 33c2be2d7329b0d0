"""An agreement inside a slot of several figures is a conflict when a third outlet gives the slot one close,
unseconded, incompatible figure in a sentence about the same thing (briefing.lone_dissent); a far figure, or one
told in unrelated words, is another referent and leaves the agreement standing. Invented stories, several
phrasings."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

_FLOOD = {
    "Ledger": "The flood swept away seven bridges in the Tamsin valley on Monday. Two of the bridges had been "
    "built in 1950.",
    "Gazette": "Seven bridges were swept away when the Tamsin burst its banks on Monday. Crews said 40 bridges "
    "in the county were checked.",
}
_SCHOOLS = {
    "Ledger": "The storm tore the roofs off 12 schools in Varn county on Friday. Officials had closed 30 schools "
    "before it hit.",
    "Gazette": "Twelve schools lost their roofs as the storm crossed Varn county on Friday, the council said.",
}
_LATER = (
    "The Tamsin valley flood forced hundreds of families from their homes. Schools stayed shut on Tuesday. "
)
_VARN = "The storm brought down power lines across Varn county. Roads were closed overnight. "


def _told(bodies: dict[str, str]) -> tuple[list[set[str]], list[set[str]]]:
    """The value phrases of each agreement (listed or background) and of each conflict, lower-cased."""
    b = brief_outlets(bodies, "story")

    def said(claims) -> set[str]:
        return {bodies[v.article_id][v.start : v.end].lower() for cl in claims for v in cl.values}

    return [said([cl]) for cl in (*b.agreements, *b.background)], [said(k.claims) for k in b.conflicts]


@pytest.mark.parametrize(
    ("story", "third", "value"),
    [
        (
            _FLOOD,
            _LATER + "In the Tamsin valley the flood on Monday damaged 8 bridges and a church.",
            "seven",
        ),
        (
            _FLOOD,
            _LATER + "Among the sites the Tamsin flood damaged on Monday were 8 bridges and a chapel.",
            "seven",
        ),
        (
            _FLOOD,
            _LATER
            + "Hundreds of homes were flooded in the Tamsin valley, and 8 bridges and a church were hit.",
            "seven",
        ),
        (_SCHOOLS, _VARN + "The storm in Varn county on Friday also damaged 11 schools and a library.", "12"),
        (_SCHOOLS, _VARN + "Roofs came off 11 schools and a library when the storm hit Varn county.", "12"),
    ],
)
def test_a_close_lone_figure_of_a_third_outlet_makes_a_conflict(story, third, value):
    agreed, conflicts = _told({**story, "Wire": third})
    assert not any(value in values for values in agreed)
    assert any(value in values and len(values) >= 2 for values in conflicts)


@pytest.mark.parametrize(
    ("story", "third", "value"),
    [
        (
            _FLOOD,
            _LATER + "In the Tamsin valley the flood on Monday damaged 80 bridges and a church.",
            "seven",
        ),
        (_SCHOOLS, _VARN + "The storm in Varn county on Friday also damaged 60 schools and a library.", "12"),
        (_FLOOD, _LATER + "Engineers will inspect 8 bridges, a chapel and the old mill next week.", "seven"),
    ],
)
def test_a_far_or_unrelated_figure_is_another_referent(story, third, value):
    agreed, conflicts = _told({**story, "Wire": third})
    assert any(value in values for values in agreed)
    assert not any(value in values for values in conflicts)


# A story's one sum, each outlet giving it once after its lead (leads' figures are the headline-figure rule's),
# in words that share little with the agreeing outlets': the slot is one sum.
_OPEN = "Police sealed off the depot on Orrin Road. Detectives questioned staff through the night. Nobody was hurt. "
_DEPOT = {
    "Ledger": _OPEN + "Raiders escaped with $64,000 in cash late on Sunday, police said.",
    "Gazette": _OPEN
    + "A night watchman was charged after he tipped off the raiders in exchange for a cut of the "
    "$64,000 loot.",
}
_ELSEWHERE = [
    "Investigators believe insiders knew when $70,000 would sit unguarded in the vault.",
    "Court told guard's tip let robbers take $59,000 from a van he was meant to protect.",
    "Thieves got away with $59,000, the bank's insurer confirmed.",
]


@pytest.mark.parametrize("third", _ELSEWHERE)
def test_a_lone_close_sum_in_other_words_conflicts_when_each_outlet_gives_one(third):
    agreed, conflicts = _told({**_DEPOT, "Wire": _OPEN + third})
    assert not any("$64,000" in values for values in agreed)
    assert any("$64,000" in values and len(values) >= 2 for values in conflicts)


@pytest.mark.parametrize("third", _ELSEWHERE)
def test_an_outlet_giving_a_second_sum_leaves_the_agreement(third):
    # the Gazette's bonus is a second sum of the slot: not one figure each, and unrelated words leave the
    # third outlet's sum another thing's
    bodies = {**_DEPOT, "Gazette": _DEPOT["Gazette"] + " He had been paid a $9,000 bonus in June."}
    agreed, conflicts = _told({**bodies, "Wire": _OPEN + third})
    assert any("$64,000" in values for values in agreed)
    assert not any("$64,000" in values for values in conflicts)


def test_counts_told_once_each_in_other_words_stay_apart():
    lead = "Smoke hung over Mill Parade on Monday. The brigade stayed until dawn. Roads reopened at noon. "
    bodies = {
        "Ledger": lead + "Fire gutted 14 shops on the parade overnight, the brigade said.",
        "Gazette": lead + "Traders counted the cost on Tuesday after 14 shops were lost to the blaze.",
        "Wire": lead + "Insurers will visit 16 shops whose owners have filed claims.",
    }
    agreed, conflicts = _told(bodies)
    assert any("14" in values for values in agreed)
    assert not any("14" in values for values in conflicts)


# A story's one offence or cause of death told by two outlets, and a third outlet that names another in its own
# words (briefing.lone_dissent ``WORDED``): that outlet tells the one thing differently.
_QUILL = {
    "Coast Herald": "Mara Quill, 41, was charged with arson and murder on Tuesday after a ferry mechanic was found "
    "dead at the harbour.",
    "Evening Post": "Detectives said the harbour death was being treated as suspicious. Mara Quill will appear "
    "before magistrates on Thursday charged with murder, a spokesman said.",
}
_ACTOR = {
    "Coast Herald": "The actor Ivo Marsh died of lung cancer at his home on Sunday, his family said.",
    "Evening Post": "Tributes poured in for Ivo Marsh, who died of lung cancer, from fellow performers.",
}


@pytest.mark.parametrize(
    ("story", "third", "value"),
    [
        (_QUILL, "A woman remains in custody. Quill, who lives near the quay, was charged late on Tuesday with "
         "manslaughter.", "manslaughter"),
        (_QUILL, "Flowers were left on the quay. Neighbours described the mechanic as a quiet man. The harbour "
         "was closed for the day. Quill, of Harbour Row, faces a manslaughter charge.", "manslaughter"),
        (_ACTOR, "His agent confirmed that the star of the long-running comedy had died from a stroke.",
         "stroke"),
        (_ACTOR, "Marsh, who starred in three westerns, died of heart failure, according to a statement.",
         "heart failure"),
    ],
)  # fmt: skip
def test_a_third_outlets_lone_offence_or_cause_in_other_words_conflicts(story, third, value):
    agreed, conflicts = _told({**story, "Valley Star": third})
    assert any(value in side for side in conflicts)
    assert not any(value in side for side in agreed)


@pytest.mark.parametrize(
    ("story", "third"),
    [
        # a later court step, another kind of offence, another defendant: no version of the same charge
        (
            _QUILL,
            "A month later Quill was convicted of manslaughter over the mechanic's death, jurors decided.",
        ),
        (_QUILL, "Quill, who lives near the quay, was also charged with arson, police said on Wednesday."),
        (_QUILL, "Her neighbour Tomas Breck was charged with manslaughter over a separate death last year."),
        # a vague cause is compatible with any named one; another named person's cause is another death's
        (_ACTOR, "His agent confirmed that the star of the long-running comedy had died of natural causes."),
        (
            _ACTOR,
            "Fans gathered outside the theatre. His first wife, the singer Lena Hart, died of a stroke.",
        ),
    ],
)
def test_a_lone_offence_or_cause_that_tells_no_version_of_it_leaves_no_conflict(story, third):
    _agreed, conflicts = _told({**story, "Valley Star": third})
    assert not conflicts


# A weapon, a score line or a vehicle's colour two outlets tell alike (no agreement of its own is listed), and a
# third outlet that tells it otherwise further down, in its own words.
_GUNMAN = {
    "Coast Herald": "The gunman opened fire with a rifle inside the depot on Monday, killing two workers, police said.",
    "Evening Post": "Police said the gunman, armed with a rifle, killed two workers at the depot on Monday.",
}
_FINAL = {
    "Coast Herald": "The Harriers beat the Comets 3-1 on Saturday to win the cup.",
    "Evening Post": "Ivo Marsh scored twice as the Harriers beat the Comets 3-1 in the final on Saturday.",
}
_CRASH = {
    "Coast Herald": "Police are looking for a silver car that left the scene after the crash on Route 9.",
    "Evening Post": "Witnesses told police a silver car drove off after the crash on Route 9.",
}
_ASIDES = "Flowers were left at the gate. Neighbours gathered outside. The area was closed for the day. "


@pytest.mark.parametrize(
    ("story", "third", "value"),
    [
        (_GUNMAN, _ASIDES + "The suspect carried a shotgun into the building, according to a relative.", "shotgun"),
        (_GUNMAN, _ASIDES + "Officers later recovered the shotgun he had used, the police chief said.", "shotgun"),
        (_FINAL, _ASIDES + "The Harriers defeated the Comets 3-2 to lift the trophy.", "3-2"),
        (_CRASH, "Detectives want to trace a blue car seen leaving the crash on Route 9.", "blue car"),
    ],
)  # fmt: skip
def test_a_third_outlets_lone_weapon_score_or_colour_in_other_words_conflicts(story, third, value):
    _agreed, conflicts = _told({**story, "Valley Star": third})
    assert any(value in side for side in conflicts)


@pytest.mark.parametrize(
    ("story", "third"),
    [
        # a less precise word, another weapon beside the one used, two games' lines, another vehicle
        (_GUNMAN, _ASIDES + "The suspect carried a gun into the building, according to a relative."),
        (_GUNMAN, _ASIDES + "The suspect, who also owned a pistol, fired a rifle at the guards."),
        (_FINAL, _ASIDES + "In the other match the Rovers beat the Lions 3-2 to finish third."),
        (
            _CRASH,
            "A white truck was also damaged. Detectives want to trace the driver of a car seen leaving.",
        ),
    ],
)
def test_a_lone_weapon_score_or_colour_of_no_version_of_the_thing_leaves_no_conflict(story, third):
    _agreed, conflicts = _told({**story, "Valley Star": third})
    assert not conflicts
