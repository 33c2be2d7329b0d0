""" "Wed" is a word, not "we'd": spaCy's tokenizer exception split it ("who was wed five weeks ago" parsed as
"was we d"), so no marriage was read (analyze.nlp ``_WORDS_NOT_CONTRACTIONS``); its lemma is the listed verb
(``_lemmas``), a lower-case verb is no weekday (claim_words.is_date_word), and it measures a marriage as "married"
does (lexicon.measures "spouses"). Two outlets' lengths of one marriage then conflict (briefing.claim_pairs
``lasting_one_thing``: one measure of a lexicon group, one side naming nothing more), and the lengths of other
things the outlets share stay agreed beside that conflict (briefing.claims: a duration slot holds a story's
lengths of every verb). Invented stories."""

from __future__ import annotations

from briefed import agreed_values, brief_outlets, claims_in, conflict_values

from storyline.analyze.nlp import lemma, parse

_MARRIED = {
    "Valley Herald": (
        "A sheriff's deputy was shot dead in Corvel on Friday. Deputy Amos Reed was a 12-year veteran of the "
        "force. Neighbours said he had married three weeks before the attack."
    ),
    "Corvel Daily": (
        "Deputy Amos Reed was killed in Corvel on Friday. Reed, who was wed some five weeks earlier, leaves "
        "a wife and a daughter of 9. He had served 12 years with the force."
    ),
}


def test_wed_is_one_word_and_its_own_lemma():
    (doc,) = parse(["Reed, who was wed some five weeks earlier, had served for years."])
    wed = next(t for t in doc if t.lower_.startswith("we") and t.i > 3)
    assert wed.text == "wed" and lemma(wed) == "wed"
    (doc,) = parse(["We'd rather stay, she said."])
    assert [t.text for t in doc][:2] == ["We", "'d"]


def test_a_length_since_a_wedding_measures_the_marriage():
    ((_text, claim),) = [(t, c) for t, c in claims_in("Reed, who was wed some five weeks earlier, died on Friday.")
                         if c.kind == "duration"]  # fmt: skip
    assert claim.measure == "spouses"


def test_two_lengths_of_one_marriage_conflict_and_the_service_stays_agreed():
    b = brief_outlets(_MARRIED, "Corvel deputy shot")
    (values,) = conflict_values(b, _MARRIED, "duration")
    assert any("three weeks" in v for v in values) and any("five weeks" in v for v in values)
    assert any("12-year" in v for v in agreed_values(b, _MARRIED))


_JAILED = {
    "Wexley Post": "A former club treasurer, Ivo Brandt, was jailed for four years on Friday for stealing £90,000.",
    "Wexley Wire": "Ivo Brandt, who stole £90,000 from the club, has been sentenced to four and a half years.",
    "Shire News": "Ivo Brandt was jailed on Friday for four years for stealing from the club he served for a decade.",
}


def test_the_disputed_measure_keeps_no_agreement_beside_its_conflict():
    b = brief_outlets(_JAILED, "Club treasurer jailed")
    assert conflict_values(b, _JAILED, "duration")
    assert {"four years"} not in agreed_values(b, _JAILED)
