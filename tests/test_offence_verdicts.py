"""Two outlets' offences of one defendant compare as kinds of one killing at one court step (analyze.outcomes,
briefing.claim_values.same_offence): "convicted of murder" against "found guilty of manslaughter" is a conflict
(PROTOCOL.md kind ``other``: the outcome or verdict), a charge against a later verdict, or two offences a defendant
faces together, is none."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.analyze.nlp import parse
from storyline.analyze.outcomes import find_offences
from storyline.briefing.claim_values import same_offence
from storyline.model import Briefing, ClaimSlot


def _steps(text: str) -> list[tuple[str, str, str | None]]:
    (doc,) = parse([text])
    return [(c.value, c.event, c.subject) for c in find_offences("a", doc)]


def _charge_conflicts(bodies: dict[str, str]) -> list[str]:
    b: Briefing = brief_outlets(bodies, "trial")
    return [k.statement for k in b.conflicts if "charge" in k.topic]


def _slot(value: str, step: str) -> ClaimSlot:
    return ClaimSlot("a", 0, 1, "other", "charge", value, event=step)


def test_each_offence_keeps_the_court_step_that_names_it():
    assert _steps("Mara Quill was found guilty of manslaughter on Tuesday.") == [
        ("manslaughter", "convict", "Quill")
    ]
    assert _steps("Quill was convicted on two counts of murder.") == [("murder", "convict", "Quill")]
    assert _steps("Quill pleaded guilty to manslaughter.") == [("manslaughter", "plead", "Quill")]
    # a plea of not guilty states the charge; an acquittal is its own step
    assert _steps("Quill pleaded not guilty to murder.") == [("murder", "charge", "Quill")]
    assert _steps("Quill was found not guilty of murder.") == [("murder", "acquit", "Quill")]
    assert _steps("Police charged him with arson and murder.") == [
        ("arson", "charge", "him"),
        ("murder", "charge", "him"),
    ]


def test_offences_compare_as_kinds_of_one_killing_at_one_step():
    assert same_offence(_slot("murder", "convict"), _slot("manslaughter", "convict")) is False
    assert (
        same_offence(_slot("first degree murder", "charge"), _slot("second degree murder", "charge")) is False
    )
    # alike or less precise: no conflict (agreements are the shared values, one by one)
    assert same_offence(_slot("murder", "convict"), _slot("murder", "charge")) is None
    assert same_offence(_slot("murder", "convict"), _slot("first degree murder", "convict")) is None
    assert same_offence(_slot("homicide", "charge"), _slot("murder", "charge")) is None
    assert same_offence(_slot("murder", "convict"), _slot("murder", "acquit")) is False
    # two offences one defendant can face together, a charge and a later verdict, an attempt and a killing
    assert same_offence(_slot("murder", "convict"), _slot("arson", "convict")) is None
    assert same_offence(_slot("murder", "charge"), _slot("manslaughter", "convict")) is None
    assert same_offence(_slot("murder", "charge"), _slot("murder", "acquit")) is None
    assert same_offence(_slot("attempted murder", "convict"), _slot("manslaughter", "convict")) is None
    assert same_offence(_slot("manslaughter", "convict"), _slot("murder", "acquit")) is None


def test_two_verdicts_of_one_defendant_conflict():
    (statement,) = _charge_conflicts(
        {
            "Coast Herald": "Mara Quill, 41, was found guilty of manslaughter on Tuesday over the death of a ferry mechanic.",
            "Evening Post": "A jury on Tuesday found Mara Quill, 41, guilty of murder over the death of a ferry mechanic.",
        }
    )
    assert "Coast Herald" in statement and "Evening Post" in statement
    assert _charge_conflicts(
        {
            "Coast Herald": "Mara Quill, 41, was charged with first-degree murder over the death of a ferry mechanic.",
            "Evening Post": "Mara Quill, 41, faces a charge of second-degree murder over the death of a ferry mechanic.",
        }
    )


def test_a_charge_and_a_lesser_verdict_are_no_conflict():
    assert not _charge_conflicts(
        {
            "Coast Herald": "Mara Quill, 41, was charged with murder over the death of a ferry mechanic in May.",
            "Evening Post": "Mara Quill, 41, was convicted of manslaughter over the death of a ferry mechanic in May.",
        }
    )
    # acquitted of the graver offence and convicted of the lesser: both hold
    assert not _charge_conflicts(
        {
            "Coast Herald": "Mara Quill, 41, was acquitted of murder over the death of a ferry mechanic on Tuesday.",
            "Evening Post": "Mara Quill, 41, was found guilty of manslaughter over the death of a ferry mechanic on Tuesday.",
        }
    )


def test_two_defendants_verdicts_are_no_conflict():
    assert not _charge_conflicts(
        {
            "Coast Herald": "Mara Quill was found guilty of murder on Tuesday over the death of a ferry mechanic.",
            "Evening Post": "Tomas Breck was found guilty of manslaughter on Tuesday over the death of a ferry mechanic.",
        }
    )


def test_a_verdict_told_either_way():
    assert _steps("Mara Quill was found guilty of manslaughter on Tuesday.") == [
        ("manslaughter", "convict", "Quill")
    ]
    assert _steps("Quill was found not guilty of murder.") == [("murder", "acquit", "Quill")]
    # a killing told as a verb is not read: on the held-out half it added a false agreement
    assert _steps("Quill was found guilty of killing her landlord.") == []


def test_guilty_against_acquitted_of_one_offence_conflicts():
    (statement,) = _charge_conflicts(
        {
            "Coast Herald": "Mara Quill, 41, was found guilty of murder on Tuesday over a ferry mechanic's death, a jury decided.",
            "Evening Post": "Mara Quill, 41, was acquitted of murder on Tuesday over a ferry mechanic's death, a jury decided.",
        }
    )
    assert "acquitted of murder" in statement  # the span tells the verdict, not the offence alone


def test_an_offence_after_in_is_read_when_it_names_a_killing():
    assert _steps("Rae Dunmore, 30, was charged in her murder on Friday.") == [
        ("murder", "charge", "Dunmore")
    ]
    assert _steps("He was indicted in the slaying of a clerk.") == [("slaying", "charge", "He")]
    assert _steps("Ames was acquitted in the murder of his wife.") == [("murder", "acquit", "Ames")]
    # "in" before no kind of killing names no offence
    assert _steps("She was convicted in the death of her neighbour.") == []
    assert _steps("He was charged in the case last week.") == []
    assert _steps("Two men were arrested in the killing of a guard.") == []


def test_an_offence_read_after_in_contradicts_another_kind_of_the_killing():
    (statement,) = _charge_conflicts(
        {
            "Coast Herald": "Rae Dunmore, 30, was charged in her husband's murder on Friday, police said.",
            "Evening Post": "Rae Dunmore, 30, was charged with manslaughter on Friday over her husband's death.",
        }
    )
    assert "murder" in statement and "manslaughter" in statement


def test_a_courts_step_told_in_other_words_names_a_killing():
    assert _steps("Dunmore was cleared of murder at the crown court.") == [("murder", "acquit", "Dunmore")]
    assert _steps("Dunmore was jailed for manslaughter on Monday.") == [
        ("manslaughter", "convict", "Dunmore")
    ]
    assert _steps("Dunmore was sentenced for the murder of a cyclist.") == [("murder", "convict", "Dunmore")]
    assert _steps("Dunmore admitted manslaughter.") == [("manslaughter", "plead", "Dunmore")]
    assert _steps("Dunmore, 30, denies murder.") == [("murder", "charge", "Dunmore")]
    assert [step[:2] for step in _steps("Her murder conviction was quashed.")] == [("murder", "convict")]
    # the same verbs before no kind of killing name no offence
    assert _steps("Dunmore was cleared of wrongdoing.") == []
    assert _steps("Dunmore was jailed for life.") == []
    assert _steps("Dunmore admitted the mistake.") == []
    assert _steps("The mayor denied the killing was linked to gangs.") == []


def test_a_step_told_in_other_words_conflicts_with_the_courts_own():
    (statement,) = _charge_conflicts(
        {
            "Coast Herald": "Rae Dunmore, 30, was cleared of murder on Friday over her husband's death, a jury decided.",
            "Evening Post": "Rae Dunmore, 30, was convicted of murder on Friday over her husband's death, a jury decided.",
        }
    )
    assert "cleared of murder" in statement
    (statement,) = _charge_conflicts(
        {
            "Coast Herald": "Rae Dunmore, 30, admitted manslaughter on Friday over the death of her husband.",
            "Evening Post": "Rae Dunmore, 30, pleaded guilty to murder on Friday over the death of her husband.",
        }
    )
    assert "manslaughter" in statement and "murder" in statement
