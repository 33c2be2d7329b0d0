"""Name spellings, roles and gender of one person across outlets, on invented two-outlet stories with hand-made
analyses (no parser): what is a spelling conflict, what a legitimate short form, and the statements they get."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storyline.briefing import build_corpus
from storyline.briefing.attributes import person_attributes
from storyline.briefing.name_letters import related
from storyline.briefing.spelling import KEY_FEATURES, name_candidates
from storyline.lexicon.folding import spell_key
from storyline.lexicon.titles import written_out
from storyline.model import Analysis, Article, Citation, Claim, ClaimSlot, Mention, Quote, Sentence
from storyline.settings import BriefSettings


def _corpus(bodies: dict[str, str], names: dict[str, list[tuple[str, str]]]):
    """Articles (one outlet each), one sentence per line, and a mention for each (text, label) given, with the
    entity id its surname gives."""
    arts, analyses = {}, {}
    for aid, body in bodies.items():
        arts[aid] = Article(aid, aid, body, outlet=f"Outlet {aid}")
        sents = tuple(Sentence(aid, m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", body))
        mentions = []
        for text, label, *eid in names.get(aid, []):
            at = body.index(text)
            entity = eid[0] if eid else f"e-{text.split()[-1].lower()}"
            mentions.append(Mention(aid, at, at + len(text), text, label, entity))
        analyses[aid] = Analysis(aid, sentences=sents, mentions=tuple(mentions))
    settings = BriefSettings()
    return build_corpus(list(arts.values()), arts, analyses, {}, settings), analyses, settings


def _spelling(a: str, b: str, names_a: list[str], names_b: list[str]):
    c, analyses, settings = _corpus({"a": a, "b": b}, {"a": [(n, "PERSON") for n in names_a],
                                                        "b": [(n, "PERSON") for n in names_b]})  # fmt: skip
    return name_candidates(c, analyses, settings)


def test_one_letter_is_a_conflict_with_each_outlets_spelling():
    conflicts, agreed = _spelling(
        "Foreign minister Sergey Lavrov met the envoy on Monday.",
        "Foreign minister Sergei Lavrov met the envoy on Monday.",
        ["Sergey Lavrov"],
        ["Sergei Lavrov"],
    )
    assert [k.kind for k in conflicts] == ["spelling"] and not agreed
    (k,) = conflicts
    assert {cl.outlet for cl in k.claims} == {"Outlet a", "Outlet b"}
    assert "Sergey Lavrov" in k.statement and "Sergei Lavrov" in k.statement
    assert {(v.article_id, v.start) for cl in k.claims for v in cl.values} == {("a", 17), ("b", 17)}


def test_names_a_tagged_span_joins_with_and_are_compared_one_by_one():
    c, analyses, settings = _corpus(
        {"a": "Walls fell in the villages of Tavalieh and Koska.", "b": "Houses in Tvalieh were damaged."},
        {"a": [("Tavalieh and Koska", "ORG")], "b": [("Tvalieh", "GPE")]},
    )
    conflicts, _agreed = name_candidates(c, analyses, settings)
    assert [k.kind for k in conflicts] == ["spelling"]
    assert "Tavalieh" in conflicts[0].statement and "Koska" not in conflicts[0].statement
    c, analyses, settings = _corpus(
        {"a": "Shares of Procter and Gamble Co rose.", "b": "Shares of Procter and Gamble Co fell."},
        {k: [("Procter and Gamble Co", "ORG")] for k in "ab"},
    )
    conflicts, agreed = name_candidates(c, analyses, settings)
    assert not conflicts and [len(cl.values) for cl, _f in agreed] == [2]  # one name, not three


def test_a_resolved_persons_first_name_with_another_initial_is_a_spelling_conflict():
    """The resolver merged the two forms into one person, so a transliteration starting with another letter is
    one name spelt two ways; the same forms of two resolved people are two names (no job written beside both says
    otherwise)."""
    bodies = {
        "a": "Kurbanali Vardanov opened the vote.",
        "b": "President Gurbanali Vardanov voted.",
    }
    for ids, found in ((("e-1", "e-1"), 1), (("e-1", "e-2"), 0)):
        c, analyses, settings = _corpus(
            bodies,
            {
                "a": [("Kurbanali Vardanov", "PERSON", ids[0])],
                "b": [("Gurbanali Vardanov", "PERSON", ids[1])],
            },
        )
        conflicts, _agreed = name_candidates(c, analyses, settings)
        assert len(conflicts) == found


def test_jon_and_john_differ_though_jon_is_a_nickname():
    conflicts, _ = _spelling("Jon Pellham said the fire was out.", "John Pellham said the fire was out.",
                             ["Jon Pellham"], ["John Pellham"])  # fmt: skip
    assert len(conflicts) == 1


def test_short_forms_nicknames_and_spaces_are_one_spelling():
    for x, y in (
        ("William Thorncroft", "Bill Thorncroft"),
        ("Paolo Del Ferro", "Paolo DelFerro"),
        ("Anthony Rupert DuMarsh", "Anthony DuMarsh"),
        ("LuAnn Brackley", "Luann Brackley"),
        ("Steven Oakhurst", "Steve Oakhurst"),
        ("referee Dan Hollis", "Dan Hollis"),
    ):
        conflicts, agreed = _spelling(f"{x} spoke to reporters.", f"{y} spoke to reporters.", [x], [y])
        assert not conflicts, (x, y)
        assert len(agreed) == 1 and agreed[0][0].kind == "spelling"
        assert {v.article_id for v in agreed[0][0].values} == {"a", "b"}


def test_different_people_are_neither_conflict_nor_agreement():
    conflicts, agreed = _spelling("Kristen Abernathy stars.", "Kristen Tolliver stars.", ["Kristen Abernathy"],
                                  ["Kristen Tolliver"])  # fmt: skip
    assert not conflicts and not agreed


def test_misspelt_surname_the_tagger_missed():
    """'Ferriera' is no mention, but a capitalised word one swap from a known surname."""
    conflicts, _ = _spelling("Mark Ferreira signed on Tuesday.", "The club sees Ferriera as a must-have.",
                             ["Mark Ferreira"], [])  # fmt: skip
    (k,) = conflicts
    assert "Ferriera" in k.statement


def test_a_short_surname_one_letter_off_the_full_name_of_its_own_article_is_a_misspelling():
    """'Lu' is too short for the surname rule, but its article names 'Mara Wu' and no one is called Lu; a model
    name ('Z10' beside 'BlackBerry Q10') is no surname."""
    conflicts, _ = _spelling("Mara Wu spoke first.", "Mara Wu spoke first. Later Lu said more.", ["Mara Wu"],
                             ["Mara Wu", "Lu"])  # fmt: skip
    assert len(conflicts) == 1 and "Lu" in conflicts[0].statement
    conflicts, _ = _spelling("Mara Wu spoke first.", "Mara Wu spoke first.\nLi Lu said more.", ["Mara Wu"],
                             ["Mara Wu", "Li Lu"])  # fmt: skip
    assert not conflicts  # a full name of its own: another person
    conflicts, _ = _spelling("The Chat Q10 sold.", "The Chat Q10 sold. The Z10 did not.", ["Chat Q10"],
                             ["Chat Q10", "Z10"])  # fmt: skip
    assert not conflicts
    c, analyses, settings = _corpus(
        {"a": "Mark Bolt died.", "b": "W. Mark Bolt died. In 1972 Bold was passed over."},
        {"a": [("Mark Bolt", "PERSON")], "b": [("W. Mark Bolt", "PERSON"), ("Bold", "ORG")]},
    )
    conflicts, _ = name_candidates(c, analyses, settings)
    assert (
        len(conflicts) == 1 and "Bold" in conflicts[0].statement
    )  # the tagger's label of a misspelling is a guess


def test_two_words_one_name_holds_both_of_are_no_spellings_of_each_other():
    bodies = {"a": "The Del Solares Solars won. The Solars played well.", "b": "Fans in Solares cheered."}
    names = {"a": [("Del Solares Solars", "ORG"), ("Solars", "ORG")], "b": [("Solares", "GPE")]}
    c, analyses, settings = _corpus(bodies, names)
    assert not name_candidates(c, analyses, settings)[0]
    names["a"][0] = ("Del Solares", "GPE")  # without the name holding both, one letter added is a misspelling
    c, analyses, settings = _corpus(
        {**bodies, "a": "The Del Solares team won. The Solars played well."}, names
    )
    assert len(name_candidates(c, analyses, settings)[0]) == 1


def test_a_capitalised_word_the_story_also_writes_in_lower_case_is_no_misspelt_name():
    """'Threat' is a known surname; 'That' opening a sentence is one letter-ratio close, but the story also
    writes 'that', so it is a common word."""
    conflicts, _ = _spelling("He was Silent Threat, and he said that again.", "That was the end of it.",
                             ["Silent Threat"], [])  # fmt: skip
    assert not conflicts


def test_a_name_ends_at_its_line_and_one_letter_changed_in_a_word_of_it_is_a_variant():
    """The tagger ran 'Gulf of Olmar' on into the dateline below; cut at the line, it is one letter (the first)
    off 'Gulf of Ulmar'. A word with a letter added ("Elections") is a word of the name's family."""
    c, analyses, settings = _corpus(
        {"a": "Raid stopped in Gulf of Olmar\nTue Mar 8 2022\nA patrol boat stopped a raid.",
         "b": "A patrol boat stopped a raid in the Gulf of Ulmar."},
        {"a": [("Gulf of Olmar\nTue Mar 8 2022", "LOC")], "b": [("Gulf of Ulmar", "LOC")]},
    )  # fmt: skip
    conflicts, _ = name_candidates(c, analyses, settings)
    assert [sorted(k.topic.removeprefix("spelling: ").split(" / ")) for k in conflicts] == [
        ["Gulf of Olmar", "Gulf of Ulmar"]
    ]
    c, analyses, settings = _corpus(
        {"a": "The Provincial Election Board met.", "b": "The Provincial Elections Board met."},
        {"a": [("Provincial Election Board", "ORG")], "b": [("Provincial Elections Board", "ORG")]},
    )
    assert not name_candidates(c, analyses, settings)[0]


def test_spell_key_folds_case_accents_and_hyphens():
    assert spell_key("Vendôme") == spell_key("VENDOME") == "vendome"
    assert spell_key("Jones-Drew") == "jonesdrew"


def test_an_accent_one_outlet_drops_is_a_spelling_conflict_unless_the_line_is_in_capitals():
    for first, second in (("Inés Valcárcel", "Ines Valcarcel"), ("Søren Lindqvist", "Soren Lindqvist")):
        conflicts, agreed = _spelling(
            f"Harbour master {first} closed the port on Monday.",
            f"The port was closed on Monday by {second}, the harbour master.",
            [first],
            [second],
        )
        assert [k.kind for k in conflicts] == ["spelling"] and not agreed
        assert first in conflicts[0].statement and second in conflicts[0].statement
    conflicts, agreed = _spelling(
        "Harbour master Inés Valcárcel closed the port on Monday.",
        "INES VALCARCEL CLOSES THE PORT\nThe port was closed on Monday.",
        ["Inés Valcárcel"],
        ["INES VALCARCEL"],
    )
    assert not conflicts and [cl.kind for cl, _features in agreed] == ["spelling"]


def _people(a: str, b: str, name: str):
    c, analyses, settings = _corpus({"a": a, "b": b}, {"a": [(name, "PERSON")], "b": [(name, "PERSON")]})
    spans = tuple(Citation(m.article_id, m.start, m.end) for an in analyses.values() for m in an.mentions)
    return person_attributes(
        c, analyses, [Claim(name, (), values=spans)], replace(settings, role_min_outlets=2)
    )  # the person is a key name


def test_spokesman_and_spokeswoman_for_one_person_is_a_gender_conflict():
    conflicts, agreed = _people(
        "Irma Castell, a spokeswoman for the clinic, said two were hurt.",
        "Irma Castell, a spokesman for the clinic, said two were hurt.",
        "Irma Castell",
    )
    assert [k.kind for k in conflicts] == ["attribute"]
    assert "spokeswoman" in conflicts[0].statement and "spokesman" in conflicts[0].statement
    assert [cl.kind for cl in agreed] == ["role"]  # both call her the clinic's spokesperson


def test_same_title_agrees_and_different_titles_conflict():
    _, agreed = _people("General manager Tom Rennick confirmed the offer.",
                        "Falcons general manager Tom Rennick said so.", "Tom Rennick")  # fmt: skip
    assert len(agreed) == 1 and {v.article_id for v in agreed[0].values} == {"a", "b"}
    conflicts, agreed = _people("Prosecutor Ross Kellerman spoke.", "Assistant District Attorney Ross Kellerman spoke.",
                                "Ross Kellerman")  # fmt: skip
    assert [k.kind for k in conflicts] == ["role"] and not agreed
    conflicts, agreed = _people("Ann Bell, the judge, ruled.", "Justice Ann Bell ruled.", "Ann Bell")
    assert not conflicts and len(agreed) == 1  # one job, two words
    conflicts, _ = _people("Prosecutor Glen Adair spoke.", "Chief Deputy City Attorney Glen Adair spoke.",
                           "Glen Adair")  # fmt: skip
    assert not conflicts  # a prosecutor is the attorney who prosecutes; only a rank ("assistant") differs
    conflicts, agreed = _people("Judge Ann Bell ruled.", "Justice Ann Bell ruled.", "Ann Bell")
    assert not conflicts and not agreed  # a title only ever capitalised before the name is how it is written


def test_two_jobs_joined_by_and_are_both_the_persons():
    conflicts, _ = _people("KLX president and chief executive Rory Lund spoke.",
                           "The deal was praised by Rory Lund, president and CEO, KLX.", "Rory Lund")  # fmt: skip
    assert not [k for k in conflicts if k.kind == "role"]


def test_a_word_ending_the_line_above_is_no_title():
    conflicts, _ = _people("He lived in Jackson, Miss.\nFred McAlister was 75.", "Mr. Fred McAlister died Saturday.",
                           "Fred McAlister")  # fmt: skip
    assert not [k for k in conflicts if k.kind == "attribute"]


def test_assistant_coach_is_another_job_than_coach():
    conflicts, agreed = _people("Assistant coach Dan Reeve left the club.", "Coach Dan Reeve left the club.",
                                "Dan Reeve")  # fmt: skip
    assert [k.kind for k in conflicts] == ["role"] and not agreed
    assert "Assistant coach" in conflicts[0].statement
    c, analyses, settings = _corpus(
        {"a": "Coach Dan Reeve left.\nHead coach Dan Reeve said so.", "b": "Coach Dan Reeve left.",
         "c": "Assistant coach Dan Reeve left."},
        {k: [("Dan Reeve", "PERSON")] for k in "abc"},
    )  # fmt: skip
    conflicts, agreed = person_attributes(c, analyses, [], settings)  # not a key name: no agreement, but
    assert [k.kind for k in conflicts] == ["role"] and not agreed  # a discrepancy is one whoever it is about


def test_no_one_hurt_in_two_outlets_is_a_negation_agreement():
    from storyline.briefing.negation import negation_verdicts

    c, analyses, _ = _corpus(
        {"a": "Fire guts a store.\nNo one was injured in the blaze.", "b": "A store burned.\nNo injuries were reported.",
         "c": "A store burned down on Monday."},
        {},
    )  # fmt: skip
    (agreed,) = negation_verdicts(c, analyses, BriefSettings())[0]
    assert agreed.kind == "negation" and {v.article_id for v in agreed.values} == {"a", "b"}
    c, analyses, _ = _corpus({"a": "No one was injured.", "b": "Two people were injured."}, {})
    assert negation_verdicts(c, analyses, BriefSettings())[0] == []  # one outlet says so: no agreement


def test_no_suspects_and_no_price_in_two_outlets_are_negation_agreements():
    from storyline.briefing.negation import negation_verdicts

    c, analyses, _ = _corpus(
        {"a": "A bank was bombed.\nPolice don't have suspects.\nThe company did not give a price.",
         "b": "Police did not have any suspects.\nPricing for the phone is not yet known.",
         "c": "Police named two suspects.\nThe price is $200."},
        {},
    )  # fmt: skip
    agreed = negation_verdicts(c, analyses, BriefSettings())[0]
    assert [(a.kind, sorted(v.article_id for v in a.values)) for a in agreed] == [
        ("negation", ["a", "b"])
    ] * 2


def test_bearings_from_one_town_that_disagree_are_a_place_conflict():
    from storyline.briefing.places import bearing_conflicts

    c, analyses, _ = _corpus(
        {"a": "The quake struck 55 kilometres south of Tarmel.", "b": "The epicentre was 31 miles west of the town of Tarmel.",
         "c": "It hit north-west of Tarmel."},
        {},
    )  # fmt: skip
    (k,) = bearing_conflicts(c, analyses)
    assert k.kind == "place" and {cl.outlet for cl in k.claims} == {"Outlet a", "Outlet b", "Outlet c"}
    assert "55 kilometres south of Tarmel" in k.statement
    c, analyses, _ = _corpus({"a": "It hit west of Tarmel.", "b": "It hit north-west of Tarmel."}, {})
    assert bearing_conflicts(c, analyses) == []  # a coarser bearing agrees
    c, analyses, _ = _corpus(
        {"a": "It hit north of San Jose.", "b": "It hit south of San Francisco on Sunday."}, {}
    )
    assert bearing_conflicts(c, analyses) == []  # bearings from two towns
    c, analyses, _ = _corpus(
        {"a": "It hit north of San Jose.", "b": "It hit south of San Jose on Sunday."}, {}
    )
    assert len(bearing_conflicts(c, analyses)) == 1  # "on Sunday" is no part of the town


def test_one_person_from_two_towns_is_a_place_conflict_unless_the_story_puts_one_in_the_other():
    from storyline.briefing.places import home_town_conflicts

    people = {
        "a": [("Jo Marsh", "PERSON"), ("Elmford", "GPE")],
        "b": [("Jo Marsh", "PERSON"), ("Kelby", "ORG")],
    }
    c, analyses, _ = _corpus({"a": "Jo Marsh, 33, of Elmford was convicted.", "b": "Jo Marsh of Kelby was convicted."},
                             people)  # fmt: skip
    (k,) = home_town_conflicts(c, analyses)
    assert k.kind == "place" and "Elmford" in k.statement and "Kelby" in k.statement
    people["a"].append(("Westshire", "GPE"))
    people["b"] = [("Jo Marsh", "PERSON"), ("Westshire", "GPE")]
    c, analyses, _ = _corpus(
        {"a": "Jo Marsh of Elmford, Westshire was convicted.", "b": "Jo Marsh, 20 and from Westshire, was convicted."},
        people,
    )  # fmt: skip
    assert home_town_conflicts(c, analyses) == []  # Elmford is in Westshire, as outlet a writes
    c, analyses, _ = _corpus(
        {"a": "Bob Wood of the Daily Star wrote it.", "b": "Bob Wood of Kelby wrote it."},
        {
            "a": [("Bob Wood", "PERSON"), ("the Daily Star", "ORG")],
            "b": [("Bob Wood", "PERSON"), ("Kelby", "GPE")],
        },
    )
    assert home_town_conflicts(c, analyses) == []  # a town takes no article: the Daily Star is his employer


def test_bearings_of_two_places_or_an_extent_are_no_place_conflict():
    from storyline.briefing.places import bearing_conflicts

    c, analyses, _ = _corpus(
        {"a": "He was convicted in Marlow County, located northwest of Dallton.",
         "b": "The escape happened near Reedville, about 22 miles east of Dallton."},
        {"a": [("Marlow County", "GPE")], "b": [("Reedville", "GPE")]},
    )  # fmt: skip
    assert bearing_conflicts(c, analyses) == []  # two places, each located from Dallton
    c, analyses, _ = _corpus(
        {"a": "It shook residents from Alder Bay to north of Pinecrest.",
         "b": "The quake began 73 miles west of Pinecrest."},
        {},
    )  # fmt: skip
    assert bearing_conflicts(c, analyses) == []  # the far end of an extent is no place of the quake


def test_a_name_inside_a_longer_word_is_no_spelling():
    conflicts, _ = _spelling("Vladimir Putin spoke.", "A pro-Putin rally; Putin spoke.", ["Vladimir Putin"],
                             ["pro-Putin", "Putin"])  # fmt: skip
    assert not conflicts


def test_chairman_and_chairwoman_are_one_job_of_two_genders():
    conflicts, agreed = _people(
        "Ann Bell, the chairman, resigned.", "Chairwoman Ann Bell resigned.", "Ann Bell"
    )
    assert [k.kind for k in conflicts] == ["attribute"] and len(agreed) == 1


def test_months_and_title_words_are_no_spellings_of_a_surname():
    conflicts, _ = _spelling("Prime Minister Gerald Pryce spoke.", "Gerald Marsh and Gerald Pryce met in March.",
                             ["Gerald Pryce", "Prime"], ["Gerald Pryce", "Gerald Marsh"])  # fmt: skip
    assert not conflicts


def test_pet_name_endings_spelt_two_ways_differ():
    """ "Bettie" / "Betty": one first name written two ways (two letters apart, so not by the letter rule)."""
    conflicts, _ = _spelling("Bettie Crosland died on Thursday.", "Betty Crosland died on Thursday.",
                             ["Bettie Crosland"], ["Betty Crosland"])  # fmt: skip
    assert len(conflicts) == 1


def test_a_letter_added_to_a_surname_is_a_conflict_but_a_possessive_is_not():
    conflicts, agreed = _spelling("Climber Ewan Hollis fell.", "Climber Ewan Hollise fell.",
                                  ["Ewan Hollis"], ["Ewan Hollise"])  # fmt: skip
    assert len(conflicts) == 1 and not agreed
    conflicts, agreed = _spelling("Climber Ewan Brand fell.", "Climber Ewan Brands fell.",
                                  ["Ewan Brand"], ["Ewan Brands"])  # fmt: skip
    assert not conflicts
    conflicts, _ = _spelling("The quake hit Dorabi.", "The quake hit Dorabin.", ["Dorabi"], ["Dorabin"])
    assert len(conflicts) == 1  # a lone person-tagged name too (the tagger's guess for a village)


def test_a_lone_surname_joins_its_most_used_full_form():
    """ "WR Harrow" once and "Vincent Harrow" in both outlets: "Harrow" is Vincent Harrow, one agreement."""
    c, analyses, settings = _corpus(
        {"a": "Harrow was freed.\nWR Harrow was held.\nVincent Harrow was arrested.",
         "b": "Harrow was freed on bail.\nVincent Harrow was arrested."},
        {"a": [("WR Harrow", "PERSON"), ("Vincent Harrow", "PERSON"), ("Harrow", "PERSON")],
         "b": [("Vincent Harrow", "PERSON"), ("Harrow", "PERSON")]},
    )  # fmt: skip
    conflicts, agreed = name_candidates(c, analyses, settings)
    assert not conflicts and len(agreed) == 1


def test_no_damage_or_casualties_is_a_negation_agreement():
    from storyline.briefing.negation import negation_verdicts

    c, analyses, _ = _corpus(
        {"a": "The harbour office had no reports of damage or casualties.", "b": "No damage or injuries were reported."},
        {},
    )  # fmt: skip
    (agreed,) = negation_verdicts(c, analyses, BriefSettings())[0]
    assert {v.article_id for v in agreed.values} == {"a", "b"}


def test_one_job_given_to_one_first_name_with_two_surnames_is_a_spelling_conflict():
    """ "general manager A.J. Smith" / "general manager A.J. Butler", each outlet naming only its own: one person
    with a wrong surname; two first names are two people (a team's two quarterbacks)."""
    for (x, y), kinds in (
        (("A.J. Smith", "A.J. Butler"), ["spelling"]),
        (("Matt Dorney", "David Penrose"), []),
        (("Paolo DelFerro", "Paolo Del Ferro"), []),
    ):
        c, analyses, settings = _corpus(
            {"a": f"Team general manager {x} said so.", "b": f"Team general manager {y} said so."},
            {"a": [(x, "PERSON")], "b": [(y, "PERSON")]},
        )
        conflicts, _agreed = person_attributes(c, analyses, [], settings)
        assert [k.kind for k in conflicts] == kinds, (x, y)


def test_not_recovered_is_a_negation_agreement():
    from storyline.briefing.negation import negation_verdicts

    c, analyses, _ = _corpus(
        {"a": "No gun has been recovered, police said.", "b": "The weapon has not been recovered.",
         "c": "The gun was found in a car."},
        {},
    )  # fmt: skip
    (agreed,) = negation_verdicts(c, analyses, BriefSettings())[0]
    assert {v.article_id for v in agreed.values} == {"a", "b"}


def test_british_and_american_spellings_of_a_name_agree():
    """PROTOCOL.md: "Centre"/"Center", "Theatre"/"Theater" inside a name are orthographic variants, one name."""
    for british, american in (("Lincoln Centre", "Lincoln Center"), ("Harbour Theatre", "Harbor Theater")):
        c, analyses, settings = _corpus(
            {
                "a": f"The fire broke out at the {british} on Monday.",
                "b": f"Crews reached the {american} at noon.",
            },
            {"a": [(british, "FAC")], "b": [(american, "FAC")]},
        )
        conflicts, agreed = name_candidates(c, analyses, settings)
        assert not conflicts and len(agreed) == 1
    conflicts, _agreed = _spelling(
        "Police said Denise Marsh was not hurt in the fire.", "Police said Denize Marsh was not hurt in the fire.",
        ["Denise Marsh"], ["Denize Marsh"],
    )  # fmt: skip
    assert conflicts  # a first name is no word ending: -ise/-ize there is a letter changed


def test_a_surname_follows_no_national_spelling():
    """A person's surname is no common word with a British and an American form: "Okafor"/"Okafour" or
    "Pryor"/"Pryour" is a letter added, in a full name or beside the same first name's initial."""
    for a, b in (
        ("Dale Okafor", "Dale Okafour"),
        ("Lena Pryor", "Lena Pryour"),
        ("Ruth Calder", "Ruth Caldre"),
    ):
        conflicts, agreed = _spelling(
            f"Police said {a} was not hurt in the fire.",
            f"Police said {b} was not hurt in the fire.",
            [a],
            [b],
        )
        assert [k.kind for k in conflicts] == ["spelling"] and not agreed, (a, b)


def test_a_title_cased_headline_fragment_is_no_spelling():
    """A headline capitalises every word, so the tagger's span there is no name the outlet spells; an all-caps
    body is still prose."""
    bodies = {
        "a": "Fire Guts Historic Kelvoran Mayd Warehouse\nThe fire destroyed the Kelvoran Maid warehouse.",
        "b": "Firefighters said the Kelvoran Maid warehouse burned for hours on Tuesday morning.",
    }
    names = {"a": [("Kelvoran Mayd", "ORG")], "b": [("Kelvoran Maid", "ORG")]}
    conflicts, _agreed = name_candidates(*_corpus(bodies, names))
    assert not conflicts
    bodies["a"] = "FIRE GUTS WAREHOUSE\nTHE FIRE DESTROYED THE KELVORAN MAYD WAREHOUSE ON TUESDAY MORNING."
    names["a"] = [("KELVORAN MAYD", "ORG")]
    conflicts, _agreed = name_candidates(*_corpus(bodies, names))
    assert conflicts


def test_an_abbreviated_title_is_the_job_it_stands_for():
    """ "Sgt. X" / "police sergeant X": one job, an agreement, no role conflict; "Co." is no "ceo"."""
    conflicts, agreed = _people("Sgt. Tim Harwood said the men were arrested.",
                                "Police sergeant Tim Harwood said so.", "Tim Harwood")  # fmt: skip
    assert not conflicts and [cl.kind for cl in agreed] == ["role"]
    assert written_out("gov") == "governor" and written_out("co") == "co" and written_out("rep") == "rep"


def test_a_police_officer_is_no_chief_executive():
    """ "chief executive officer" and "CEO" are one job; a police officer is another job than a CEO."""
    conflicts, agreed = _people("Ann Bell, the chief executive officer, spoke.", "Ann Bell, the company's ceo, spoke.",
                                "Ann Bell")  # fmt: skip
    assert not conflicts and [cl.kind for cl in agreed] == ["role"]
    conflicts, agreed = _people("Ann Bell, an officer at the station, spoke.", "Ann Bell, the ceo, spoke.",
                                "Ann Bell")  # fmt: skip
    assert [k.kind for k in conflicts] == ["role"] and not agreed


def _nations(a: str, b: str, name: str, norps: tuple[str, str]):
    c, analyses, settings = _corpus(
        {"a": a, "b": b},
        {"a": [(norps[0], "NORP"), (name, "PERSON")], "b": [(norps[1], "NORP"), (name, "PERSON")]},
    )
    spans = tuple(Citation(m.article_id, m.start, m.end) for an in analyses.values() for m in an.mentions)
    return person_attributes(c, analyses, [Claim(name, (), values=spans)], settings)


def test_a_nationality_beside_a_key_name_agrees_or_conflicts():
    """PROTOCOL.md's attribute kind: the NORP word written before the name (title words between) or opening
    an apposition after it; a nationality that qualifies someone else is none of the person's."""
    conflicts, agreed = _nations("Australian actor Hugh Dannard will host.", "Hugh Dannard, an Australian, will host.",
                                 "Hugh Dannard", ("Australian", "Australian"))  # fmt: skip
    assert not conflicts and [(cl.kind, len(cl.values)) for cl in agreed] == [("attribute", 2)]
    conflicts, agreed = _nations("Ukrainian actor Ivan Petrenko won.", "Russian actor Ivan Petrenko won.",
                                 "Ivan Petrenko", ("Ukrainian", "Russian"))  # fmt: skip
    assert [k.kind for k in conflicts] == ["attribute"] and not agreed
    assert "ukrainian" in conflicts[0].topic and "russian" in conflicts[0].topic
    conflicts, agreed = _nations("Australian police arrested Hugh Dannard.", "Australian police arrested Hugh Dannard.",
                                 "Hugh Dannard", ("Australian", "Australian"))  # fmt: skip
    assert not conflicts and not agreed


def test_key_name_features_mark_quoted_speakers_and_on_topic_sentences():
    """A name quoted speaking, in sentences about the story's event, rates as a key fact more than a name from
    a background sentence."""
    bodies = {
        aid: "The ferry sank near the harbour on Monday.\n"
        '"The ferry sank fast," said Tim Harwood of the harbour police.\n'
        "Years ago Olga Varga wrote a novel about lakes.\n"
        for aid in "ab"
    }
    c, analyses, settings = _corpus(
        bodies, {aid: [("Tim Harwood", "PERSON"), ("Olga Varga", "PERSON")] for aid in "ab"}
    )
    for aid, an in analyses.items():
        at = bodies[aid].index("Tim Harwood")
        quote = Quote(aid, bodies[aid].index('"'), at - 7, '"The ferry sank fast,"', "Tim Harwood",
                      speaker_start=at, speaker_end=at + len("Tim Harwood"))  # fmt: skip
        analyses[aid] = replace(an, quotes=(quote,))
    _conflicts, agreed = name_candidates(c, analyses, settings)
    feats = {cl.text: dict(zip(KEY_FEATURES, f, strict=True)) for cl, f in agreed}
    shields, varga = (next(f for text, f in feats.items() if name in text) for name in ("Harwood", "Varga"))
    assert shields["speaker"] == 1.0 and varga["speaker"] == 0.0
    assert shields["topical"] > varga["topical"]


def test_a_name_among_many_the_outlets_share_rates_lower_as_a_key_name():
    """The same sentences about one man, in a story whose outlets also name five other people alike (an
    obituary recalling a scandal's cast): he is one of many, less likely the story's key name."""
    from storyline.briefing.spelling import _key_model

    lead = "Tim Harwood was rescued when the ferry sank near the harbour on Monday.\n"
    cast = ["Olga Varga", "Petra Lind", "Hugo Brandt", "Karl Ostrom", "Nina Fabre"]
    rates = []
    for others in ([], cast):
        body = lead + "".join(f"Years ago {n} sailed the same ferry.\n" for n in others)
        names = [("Tim Harwood", "PERSON"), *((n, "PERSON") for n in others)]
        c, analyses, settings = _corpus({"a": body, "b": body}, {"a": names, "b": names})
        _conflicts, agreed = name_candidates(c, analyses, settings)
        feats = next(f for cl, f in agreed if "Harwood" in cl.text)
        assert dict(zip(KEY_FEATURES, feats, strict=True))["candidates"] == len(others) + 1
        rates.append(_key_model().probability(feats))
    assert rates[1] < rates[0]


def test_a_place_with_a_letter_added_is_a_spelling_but_a_demonym_or_plural_is_not():
    def place(a: str, b: str, name_a: str, name_b: str, labels: tuple[str, str] = ("GPE", "GPE")):
        c, analyses, settings = _corpus(
            {"a": a, "b": b}, {"a": [(name_a, labels[0])], "b": [(name_b, labels[1])]}
        )
        return name_candidates(c, analyses, settings)[0]

    (k,) = place("The bout was held in Trovel on Friday.", "The bout was held in Trovele on Friday.",
                 "Trovel", "Trovele", ("ORG", "GPE"))  # fmt: skip
    assert k.kind == "spelling" and "Trovel" in k.statement and "Trovele" in k.statement
    assert not place("Talks were held in Kardan.", "Kardani officials held talks.", "Kardan", "Kardani")
    assert not place("Talks were held in Kardan.", "The Kardans held talks.", "Kardan", "Kardans")


def _lone_places(bodies: dict[str, str], names: dict[str, list[tuple[str, str]]]) -> list[set[str]]:
    """The spellings each spelling conflict of an invented story of one-word place names holds."""
    c, analyses, settings = _corpus(bodies, names)
    conflicts = name_candidates(c, analyses, settings)[0]
    return [{cl.text for cl in k.claims} for k in conflicts if k.kind == "spelling"]


@pytest.mark.parametrize(
    ("a", "b", "labels"),
    [
        ("Merabieh", "Marabiyeh", ("FAC", "LOC")),  # a vowel and a "y" between vowels
        ("Qasrabad", "Kasrabad", ("GPE", "GPE")),  # "q" for "k": another initial
        ("Tarnakov", "Tarnakiv", ("GPE", "ORG")),  # a Slavic vowel, the other form tagged an organisation
        ("Beltoujah", "Beltuja", ("GPE", "GPE")),  # "ou" for "u" and a final "h"
    ],
)
def test_a_place_transliterated_two_ways_is_a_spelling_conflict(a: str, b: str, labels: tuple[str, str]):
    found = _lone_places(
        {"a": f"The quake flattened houses in {a} on Monday.", "b": f"Rescuers reached {b} late on Monday."},
        {"a": [(a, labels[0])], "b": [(b, labels[1])]},
    )
    assert found == [{a, b}]


def test_alike_consonants_are_no_transliteration_in_short_words_derived_words_or_two_places_one_article_names():
    def conflicts(a: str, b: str, extra: str = "") -> list[set[str]]:
        names = {"a": [(a, "GPE")], "b": [(b, "GPE")]}
        if extra:
            names["a"].append((extra, "GPE"))
        return _lone_places(
            {
                "a": f"Floods swept through {a}{' and ' + extra if extra else ''} on Sunday.",
                "b": f"Floods reached {b} early on Sunday.",
            },
            names,
        )

    assert conflicts("Kelabad", "Kaylabad") == [{"Kelabad", "Kaylabad"}]
    assert not conflicts("Kelabad", "Kaylabad", extra="Kaylabad")  # one outlet names both: two villages
    assert not conflicts("Morvania", "Morvanian")  # a demonym: another consonant
    assert not conflicts("Merovia", "Merovi")  # a demonym with a vowel dropped
    assert not conflicts("Tulam", "Talum")  # five letters share their consonants by chance
    c, analyses, settings = _corpus(
        {"a": "Mr Haddoumi spoke on Monday.", "b": "Mr Haddami spoke on Monday."},
        {"a": [("Haddoumi", "PERSON")], "b": [("Haddami", "PERSON")]},
    )
    assert not name_candidates(c, analyses, settings)[0]  # no place: the rules of people's names decide


def test_a_place_transliterated_where_the_tagger_missed_it_is_found_but_not_a_common_word():
    """The rarer romanisation is often untagged: a capitalised word no mention covers that writes a tagged place
    transliterated another way is that place's other spelling; one the story also writes in lower case is a word."""
    bodies = {
        "a": "The quake flattened houses in Qasrabad on Monday.",
        "b": "Rescuers reached Kasrabad late on Monday, officials in Kasrabad said.",
    }
    found = _lone_places(bodies, {"a": [], "b": [("Kasrabad", "GPE")]})
    assert found == [{"Qasrabad", "Kasrabad"}]
    bodies = {
        "a": "The quake flattened houses in Kalibara on Monday. Ambulances took the injured to Kelabari.",
        "b": "Rescuers reached Kalibara late on Monday with ambulances from kelabari depots.",
    }
    assert not _lone_places(bodies, {"a": [("Kalibara", "GPE")], "b": [("Kalibara", "GPE")]})


def test_a_spelling_conflicts_sides_are_its_spellings_and_a_surname_alone_takes_no_side():
    from storyline.briefing import build_briefing
    from storyline.model import Story

    bodies = {
        "a": "Foreign minister Sergey Lavrov met the envoy on Monday.\nLavrov left on Tuesday.",
        "b": "Foreign minister Sergey Lavrov met the envoy on Monday.\nLavrov left on Tuesday.",
        "c": "Foreign minister Sergei Lavrov met the envoy on Monday.\nLavrov left on Tuesday.",
    }
    names = {k: [(b.split()[2] + " Lavrov", "PERSON"), ("Lavrov left", "PERSON")] for k, b in bodies.items()}
    c, analyses, settings = _corpus(bodies, names)
    analyses = {
        k: replace(an, mentions=tuple(replace(m, end=m.start + 6, text="Lavrov") if m.text == "Lavrov left" else m
                                      for m in an.mentions)) for k, an in analyses.items()
    }  # fmt: skip
    story = Story("s", "talks", tuple(bodies))
    b = build_briefing(story, [story], c.by_id, analyses, [], {}, settings)
    (k,) = [k for k in b.conflicts if k.kind == "spelling"]
    assert [(s.value, s.outlets) for s in k.sides] == [
        ("Sergey Lavrov", ("Outlet a", "Outlet b")),
        ("Sergei Lavrov", ("Outlet c",)),
    ]
    assert k.support == "one"
    assert k.statement == "Outlet a and 1 other outlet write Sergey Lavrov; Outlet c writes Sergei Lavrov"


def test_a_place_needs_the_higher_place_floor_and_a_name_rated_background_is_listed_apart():
    """Places the outlets write alike are mostly background (the country around the event's town), so a place
    needs ``key_place_min_probability``, a person ``key_name_min_probability``; a name under its floor is returned
    as background, never dropped."""
    from storyline.briefing.spelling import spellings

    body = "Tim Harwood was rescued when the ferry sank off Norway on Monday.\nRescuers searched the water.\n"
    names = [("Tim Harwood", "PERSON"), ("Norway", "GPE")]
    c, analyses, _settings = _corpus({"a": body, "b": body}, {"a": names, "b": names})
    floors = BriefSettings(key_name_min_probability=0.0, key_place_min_probability=1.01)
    _conflicts, kept, background = spellings(c, analyses, floors)
    named = lambda claims: [body[cl.values[0].start : cl.values[0].end] for cl in claims]  # noqa: E731
    assert named(kept) == ["Tim Harwood"] and named(background) == ["Norway"]


def test_deputy_and_acting_are_ranks_across_lower_case_title_words():
    conflicts, agreed = _people("It was signed by deputy transport minister Elena Marsh.",
                                "Transport Minister Elena Marsh signed it.", "Elena Marsh")  # fmt: skip
    assert [k.kind for k in conflicts] == ["role"] and "deputy transport minister" in conflicts[0].statement
    conflicts, _ = _people(
        "Acting fire chief Ruth Amber spoke.", "Fire Chief Ruth Amber spoke.", "Ruth Amber"
    )
    assert [k.kind for k in conflicts] == ["role"]
    conflicts, _ = _people("Sheriff's Deputy Sgt. Ann Lowe was shot.", "Sgt. Ann Lowe was shot.", "Ann Lowe")
    assert not conflicts  # a deputy after a possessive is the job, no rank
    conflicts, _ = _people(
        "He was a deputy before killing Judge Ann Lowe.", "Judge Ann Lowe died.", "Ann Lowe"
    )
    assert not conflicts  # a verb between a rank word and a title: no title run


def test_a_speaking_he_or_she_gives_the_named_persons_gender():
    conflicts, _ = _people("Jo Vance, who speaks for the union, said talks failed.\nShe told reporters they would vote.",
                           "Union spokesman Jo Vance said talks had failed.", "Jo Vance")  # fmt: skip
    assert [k.kind for k in conflicts] == ["attribute"] and "She" in conflicts[0].statement
    conflicts, _ = _people("Jo Vance, the union's organiser, said talks failed; she urged calm.",
                           "Union spokesman Jo Vance said talks had failed.", "Jo Vance")  # fmt: skip
    # an organiser (a WordNet job) and a spokesman are two roles too
    assert [k.kind for k in conflicts] == ["attribute", "role"]
    for other in ("Jo Vance was held.\nShe was said to be calm.", "Jo Vance saw the van as she crossed.",
                  'Jo Vance was held.\n"She told me nothing," a neighbour said.'):  # fmt: skip
        conflicts, _ = _people(other, "Union spokesman Jo Vance said talks had failed.", "Jo Vance")
        assert not conflicts, other  # not speaking, or inside a quotation: no gender


def test_without_overrides_the_floors_shipped_with_the_key_name_model_apply(monkeypatch):
    """The key-name floors are chosen with the model (eval/train_key_names.py, out-of-fold precision) and ship in
    key_names.json: the settings only override them."""
    from storyline.briefing import spelling
    from storyline.extract.linear import LinearModel

    body = "Tim Harwood was rescued when the ferry sank off Norway on Monday.\nRescuers searched the water.\n"
    names = [("Tim Harwood", "PERSON"), ("Norway", "GPE")]
    c, analyses, _settings = _corpus({"a": body, "b": body}, {"a": names, "b": names})
    n = len(spelling.KEY_FEATURES)
    model = LinearModel.from_dict(
        {
            "features": list(spelling.KEY_FEATURES),
            "coef": [0.0] * n,
            "intercept": 0.0,
            "mean": [0.0] * n,
            "scale": [1.0] * n,
            "floor": 0.4,
            "place_floor": 0.6,
        }  # fmt: skip
    )  # every name rated 0.5: over the name floor, under the place floor
    monkeypatch.setattr(spelling, "_key_model", lambda: model)
    _conflicts, kept, background = spelling.spellings(c, analyses, BriefSettings())
    named = lambda claims: [body[cl.values[0].start : cl.values[0].end] for cl in claims]  # noqa: E731
    assert named(kept) == ["Tim Harwood"] and named(background) == ["Norway"]
    shipped = spelling.load_linear(spelling._MODEL_PATH, spelling.KEY_FEATURES)
    assert shipped is not None and shipped.extra["place_floor"] >= shipped.extra["floor"]


def test_a_first_name_that_differs_beside_the_same_job_is_one_person_misnamed():
    """The surname and the job agree and the first names are no short forms of each other: one outlet got the
    first name wrong, in whichever way each writes the job."""
    for a, b, na, nb in (
        ("Coach Mark Ames praised the defence.", "Mike Ames, the coach, praised the defence.", "Mark Ames", "Mike Ames"),
        ("Spokeswoman Dana Pryor said two were hurt.", "Laura Pryor, a spokeswoman for the clinic, said so.",
         "Dana Pryor", "Laura Pryor"),
        ("Referee Colin Hatch stopped the fight.", "Referee Martin Hatch stopped the fight in round two.",
         "Colin Hatch", "Martin Hatch"),
    ):  # fmt: skip
        conflicts, agreed = _spelling(a, b, [na], [nb])
        assert [k.kind for k in conflicts] == ["spelling"], (na, nb)
        assert na in conflicts[0].statement and nb in conflicts[0].statement and not agreed


def test_one_surname_with_other_first_names_and_other_jobs_or_one_article_stays_two_people():
    """A nickname beside the job agrees; two ministers, or a mayor and his son, share a surname but not a job;
    a title the tagger took into the name ("Deputy Ortega") is no first name; an article naming both holders
    of one job names two people."""
    conflicts, agreed = _spelling(
        "Coach Michael Ames praised the defence.",
        "Mike Ames, the coach, praised it.",
        ["Michael Ames"],
        ["Mike Ames"],
    )
    assert not conflicts and len(agreed) == 1
    for a, b, na, nb in (
        ("Defence Minister Jo Ames spoke on Monday.", "Foreign Minister Ann Ames spoke on Monday.", "Jo Ames",
         "Ann Ames"),
        ("Mayor Tom Reyes opened the bridge.", "Dan Reyes, a student, saw the mayor open it.", "Tom Reyes",
         "Dan Reyes"),
        ("Deputy Ortega was hurt, the sheriff said.", "Deputy Ramon Ortega was hurt.", "Deputy Ortega", "Ramon Ortega"),
    ):  # fmt: skip
        conflicts, _agreed = _spelling(a, b, [na], [nb])
        assert not conflicts, (na, nb)
    conflicts, _agreed = _spelling(
        "Judge Tom Reyes and Judge Tim Reyes heard the case.",
        "Judge Tim Reyes heard the case.",
        ["Tom Reyes", "Tim Reyes"],
        ["Tim Reyes"],
    )
    assert not conflicts


def test_the_other_name_of_a_list_one_outlet_respells_is_respelt_too():
    """Two outlets list two villages, and spell one of them two ways: the other, with the same initial and most
    letters alike, is one village written two ways (in either order, tagged as one span or two)."""
    for b, names_b in (
        ("Houses fell in Kovaska and Tvalieh on Sunday.", [("Kovaska", "PERSON"), ("Tvalieh", "GPE")]),
        ("Tvalieh, Kovaska and two farms were hit.", [("Tvalieh", "GPE"), ("Kovaska", "GPE")]),
    ):
        c, analyses, settings = _corpus(
            {"a": "Walls fell in the villages of Tavalieh and Koska.", "b": b},
            {"a": [("Tavalieh and Koska", "ORG")], "b": names_b},
        )
        conflicts, _agreed = name_candidates(c, analyses, settings)
        assert sorted(k.topic for k in conflicts) == [
            "spelling: Koska / Kovaska",
            "spelling: Tavalieh / Tvalieh",
        ]


def test_a_listed_name_beside_one_spelt_alike_or_unlike_stays_apart():
    """The list's other name is compared only when the outlets respell its partner: "Koska" beside one
    spelling of "Tavalieh" everywhere is no evidence, nor is a name with another initial."""
    for b, names_b in (
        ("Houses fell in Kovaska and Tavalieh on Sunday.", [("Kovaska", "GPE"), ("Tavalieh", "GPE")]),
        ("Houses fell in Govaska and Tvalieh on Sunday.", [("Govaska", "GPE"), ("Tvalieh", "GPE")]),
    ):
        c, analyses, settings = _corpus(
            {"a": "Walls fell in the villages of Tavalieh and Koska.", "b": b},
            {"a": [("Tavalieh and Koska", "ORG")], "b": names_b},
        )
        conflicts, _agreed = name_candidates(c, analyses, settings)
        assert not any("Koska" in k.topic for k in conflicts), b


def _quoted(bodies: dict[str, str], speakers: dict[str, str]):
    """Two outlets each crediting its article's one quote to the name given; (conflicts, agreements)."""
    c, analyses, settings = _corpus(bodies, {aid: [(name, "PERSON")] for aid, name in speakers.items()})
    for aid, name in speakers.items():
        body, at = bodies[aid], bodies[aid].index(name)
        start = body.index('"')
        end = body.index('"', start + 1) + 1
        quote = Quote(aid, start, end, body[start:end], name, speaker_start=at, speaker_end=at + len(name))
        analyses[aid] = replace(analyses[aid], quotes=(quote,))
    return name_candidates(c, analyses, settings)


def test_one_quote_credited_to_two_first_names_of_one_surname_is_one_person_misnamed():
    """Two outlets quote the same words, one crediting "Mark Ames" and the other "Mike Ames": one speaker whose
    first name an outlet got wrong, also when the quotes differ by a word or the name comes first."""
    for a, b in (
        ('"We kept the ball and never panicked," Mark Ames said.', '"We kept the ball and never panicked," Mike Ames said.'),
        ('Mark Ames said: "We kept the ball and never once panicked out there."',
         '"We kept the ball and never panicked out there," said Mike Ames.'),
    ):  # fmt: skip
        conflicts, agreed = _quoted({"a": a, "b": b}, {"a": "Mark Ames", "b": "Mike Ames"})
        assert [k.kind for k in conflicts] == ["spelling"] and not agreed, a


def test_two_people_of_one_surname_quoted_saying_different_things_stay_apart():
    conflicts, _agreed = _quoted(
        {
            "a": '"We kept the ball and never panicked," Mark Ames said.',
            "b": '"The referee had a poor night, in my view," Mike Ames said.',
        },
        {"a": "Mark Ames", "b": "Mike Ames"},
    )
    assert not conflicts


def test_a_surname_the_letter_rules_decline_is_misspelt_beside_the_same_job():
    """An "s" added ("Hale"/"Hales") is a plural to the letter rules alone; beside the same first name and job it
    is one person's surname misspelt. Another job, or a surname with few letters alike, stays apart."""
    conflicts, agreed = _spelling(
        "Coach Mark Hale praised the defence.",
        "Mark Hales, the coach, praised it.",
        ["Mark Hale"],
        ["Mark Hales"],
    )
    assert [k.kind for k in conflicts] == ["spelling"] and not agreed
    for b, name in (
        ("Mark Hales, a student, praised it.", "Mark Hales"),
        ("Coach Mark Rowe praised the defence.", "Mark Rowe"),
    ):
        conflicts, _agreed = _spelling("Coach Mark Hale praised the defence.", b, ["Mark Hale"], [name])
        assert not conflicts, b


def test_a_space_inside_a_compound_name_is_one_spelling():
    """PROTOCOL.md: a space inside a compound is no conflict, also beside one job that would tie two first
    names."""
    for x, y in (("Abdul Rahman Qasim", "Abdulrahman Qasim"), ("Mary Beth Kowal", "Marybeth Kowal")):
        conflicts, agreed = _spelling(
            f"Interior Minister {x} announced the curfew.",
            f"{y}, the interior minister, announced it.",
            [x],
            [y],
        )
        assert not conflicts and len(agreed) == 1, (x, y)


@pytest.mark.xfail(
    strict=True,
    reason="taken out in session 26: comparing a compound given name as one word added a false spelling "
    "conflict on the unread ECB+ events and gained nothing on the read or blind sets",
)
def test_a_letter_changed_inside_a_compound_given_name_is_a_spelling_conflict():
    """A vowel changed inside a compound given name ("Abdel Rahman" / "Abdul-Rahman") is one name spelt two ways."""
    conflicts, _agreed = _spelling(
        "Abdel Rahman Qasim announced the curfew.", "Abdul-Rahman Qasim announced it.",
        ["Abdel Rahman Qasim"], ["Abdul-Rahman Qasim"],
    )  # fmt: skip
    assert [k.kind for k in conflicts] == ["spelling"]


def test_first_names_written_as_they_sound_are_one_name_spelt_two_ways():
    """Another first letter for one sound ("Caitlin"/"Kaitlyn", "Philip"/"Filip") beside one surname is one
    person's name spelt two ways; two first names that sound unlike stay two people."""
    for x, y in (
        ("Caitlin Moore", "Kaitlyn Moore"),
        ("Carl Brandt", "Karl Brandt"),
        ("Philip Haskew", "Filip Haskew"),
    ):
        conflicts, _agreed = _spelling(f"{x} closed the school.", f"The school was closed by {y}.", [x], [y])
        assert [k.kind for k in conflicts] == ["spelling"], (x, y)
    conflicts, agreed = _spelling("Carl Brandt closed the school.", "Karen Brandt closed it.", ["Carl Brandt"],
                                  ["Karen Brandt"])  # fmt: skip
    assert not conflicts and not agreed


def test_both_names_spelt_two_ways_are_one_person_only_beside_one_job_or_age():
    """ "Sergei Ivanov" / "Sergey Ivannov": the first name romanised two ways and the surname with a letter doubled.
    The letters alone are no proof of one person; the same job (one outlet writing it shorter) or the same age
    is. Another job keeps them apart."""
    for a, b in (
        ("Police chief Sergei Ivanov said four died.", "Sergey Ivannov, the police chief, said four died."),
        ("Police chief Sergei Ivanov said four died.", "Chief Sergey Ivannov said four died."),
    ):
        conflicts, agreed = _spelling(a, b, ["Sergei Ivanov"], ["Sergey Ivannov"])
        assert [k.kind for k in conflicts] == ["spelling"] and not agreed, b
    for b in ("Sergey Ivannov said four died.", "Sergey Ivannov, a surgeon, said four died."):
        conflicts, _agreed = _spelling("Police chief Sergei Ivanov said four died.", b, ["Sergei Ivanov"],
                                       ["Sergey Ivannov"])  # fmt: skip
        assert not conflicts, b


def _aged(people: dict[str, str]):
    """Two outlets, each naming one person (name -> age) with the age the parse gave that full name
    (analyze.owners)."""
    named = dict(zip("ab", people, strict=True))
    bodies = {aid: f"{name}, {people[name]}, was arrested at the port." for aid, name in named.items()}
    c, analyses, settings = _corpus(bodies, {aid: [(name, "PERSON")] for aid, name in named.items()})
    for aid, name in named.items():
        at = bodies[aid].index(people[name])
        age = ClaimSlot(
            aid, at, at + 2, "attribute", "age", people[name], subject=name.split()[-1], owner=name
        )
        analyses[aid] = replace(analyses[aid], claims=(age,))
    return name_candidates(c, analyses, settings)


def test_one_age_ties_two_spellings_of_a_name_but_not_two_first_names():
    """ "Yevgeny Orlov, 52" / "Evgeny Orloff, 52": a romanised first name and a surname the letter rules decline,
    given one age, are one person. Another age keeps them apart, and so does one age for two first names of one
    surname (twins share both)."""
    conflicts, _agreed = _aged({"Yevgeny Orlov": "52", "Evgeny Orloff": "52"})
    assert [k.kind for k in conflicts] == ["spelling"]
    assert not _aged({"Yevgeny Orlov": "52", "Evgeny Orloff": "25"})[0]
    assert not _aged({"Yevgeny Orlov": "52", "Anton Orlov": "52"})[0]


def test_a_job_given_to_one_surname_spelt_two_ways_is_one_spelling_conflict():
    """ "President Tariq al-Qadir" / "President Tariq el-Qadir": the surname spelt two ways, spelling's conflict;
    the one-job-two-holders reading (job_holders) adds no second conflict for the same pair."""
    x, y = "Tariq al-Qadir", "Tariq el-Qadir"
    c, analyses, settings = _corpus(
        {"a": f"President {x} addressed the rally.", "b": f"President {y} addressed the rally."},
        {"a": [(x, "PERSON")], "b": [(y, "PERSON")]},
    )
    spelt, _agreed = name_candidates(c, analyses, settings)
    held, _roles = person_attributes(c, analyses, [], settings)
    assert [k.kind for k in spelt] == ["spelling"] and not [k for k in held if k.kind == "spelling"]


def test_two_surnames_alone_beside_one_job_are_one_surname_misspelt():
    """ "Mr Okonkwo" / "Mr Okonkow", each the finance minister: two letters swapped, which the letter rules alone
    decline, beside one job. Another job, another initial, or surnames with few letters alike stay apart."""
    conflicts, _agreed = _spelling(
        "Mr Okonkwo, the finance minister, resigned.", "Finance Minister Okonkow resigned on Friday.",
        ["Mr Okonkwo"], ["Okonkow"],
    )  # fmt: skip
    assert [k.kind for k in conflicts] == ["spelling"]
    for b, name in (
        ("Mr Okonkow, a farmer, resigned.", "Mr Okonkow"),
        ("Mr Bokonkow, the finance minister, resigned.", "Mr Bokonkow"),
        ("Mr Okafor, the finance minister, resigned.", "Mr Okafor"),
    ):
        conflicts, _agreed = _spelling(
            "Mr Okonkwo, the finance minister, resigned.", b, ["Mr Okonkwo"], [name]
        )
        assert not conflicts, b


def test_a_job_the_tagger_took_into_the_name_is_no_first_name_and_unlike_jobs_are_two_people():
    """ "Midfielder Ryan Cole" / "Ryan Colle, the midfielder": the surname misspelt after the job word the tagger
    kept. "Ryan Cole" the midfielder and "Ryan Cowle" the defender, letters one apart, are two players."""
    conflicts, _agreed = _spelling(
        "Midfielder Ryan Cole scored twice.", "Ryan Colle, the midfielder, scored twice.",
        ["Midfielder Ryan Cole"], ["Ryan Colle"],
    )  # fmt: skip
    assert [k.kind for k in conflicts] == ["spelling"]
    for a, b, na, nb in (
        ("Midfielder Ryan Cole scored.", "Defender Ryan Cowle was sent off.", "Midfielder Ryan Cole",
         "Defender Ryan Cowle"),
        ("Ryan Cole, a midfielder, scored.", "Ryan Cowle, a defender, was sent off.", "Ryan Cole", "Ryan Cowle"),
    ):  # fmt: skip
        conflicts, _agreed = _spelling(a, b, [na], [nb])
        assert not conflicts, (na, nb)


def test_an_article_writing_one_first_name_two_ways_names_one_person():
    """An article that writes "Sergey Lavrov" and later "Sergei Lavrov" romanises one name two ways (no second
    person), as another outlet does."""
    conflicts, _agreed = _spelling(
        "Sergey Lavrov arrived. Sergei Lavrov left at noon.", "Sergei Lavrov arrived.",
        ["Sergey Lavrov", "Sergei Lavrov"], ["Sergei Lavrov"],
    )  # fmt: skip
    assert [k.kind for k in conflicts] == ["spelling"]


def test_a_post_an_article_gives_two_people_ties_no_two_first_names():
    """ "Coach Mark Ames" / "Mike Ames, the coach" is one person misnamed; but where an article gives the post to
    two people ("Coach Ann Lee and Coach Mark Ames"), it names no one person, so "Mike Ames" may be another."""
    conflicts, _agreed = _spelling(
        "Coach Mark Ames praised the defence.",
        "Coach Mike Ames praised the defence.",
        ["Mark Ames"],
        ["Mike Ames"],
    )
    assert [k.kind for k in conflicts] == ["spelling"]
    conflicts, _agreed = _spelling(
        "Coach Ann Lee and Coach Mark Ames praised the defence.", "Coach Mike Ames praised the defence.",
        ["Ann Lee", "Mark Ames"], ["Mike Ames"],
    )  # fmt: skip
    assert not conflicts


def test_the_fewest_letters_of_a_transliterated_place_is_a_setting():
    c, analyses, settings = _corpus(
        {
            "a": "The quake flattened houses in Merabieh on Monday.",
            "b": "Rescuers reached Marabiyeh late on Monday.",
        },
        {"a": [("Merabieh", "GPE")], "b": [("Marabiyeh", "GPE")]},
    )
    assert name_candidates(c, analyses, settings)[0]
    longer = replace(settings, spelling_min_transliterated=9)  # "Merabieh" has 8 letters
    assert not name_candidates(c, analyses, longer)[0]


@pytest.mark.parametrize(
    ("a", "name_a", "b", "name_b", "label_b"),
    [
        ("Jeweller robbed by day.", "Jeweller", "Police appeal after jewellery raid.", "jewellery", "ORG"),
        ("Carver said the roof fell in.", "Carver", "Fire guts the old carvery on Monday.", "carvery", "GPE"),
        ("Brewer saw the smoke first.", "Brewer", "A fire broke out at a brewery.", "brewery", "PERSON"),
    ],
)
def test_a_lower_case_word_tagged_a_name_is_no_spelling_of_one(a, name_a, b, name_b, label_b):
    """The tagger takes a common word in lower case for a name now and then; no outlet capitalised it, so it is
    no outlet's spelling of a name one letter off ("Jeweller"/"jewellery"); capitalised, the same word is."""
    c, analyses, settings = _corpus({"a": a, "b": b}, {"a": [(name_a, "PERSON")], "b": [(name_b, label_b)]})
    assert not name_candidates(c, analyses, settings)[0]
    b, name_b = b.replace(name_b, name_b.title()), name_b.title()
    c, analyses, settings = _corpus({"a": a, "b": b}, {"a": [(name_a, "PERSON")], "b": [(name_b, label_b)]})
    assert name_candidates(c, analyses, settings)[0]


def _told_apart(a: str, b: str) -> list[str]:
    """The spelling conflicts' statements of a two-outlet story, analysed (the resolver ties the two forms)."""
    from briefed import brief_outlets

    return [k.statement for k in brief_outlets({"a": a, "b": b}, "story").conflicts if k.kind == "spelling"]


@pytest.mark.parametrize(
    ("a", "b", "first_a", "first_b"),
    [
        ("Aid worker Youssef Haddad was freed on Wednesday.", "Yusuf Haddad was handed over to officials.", "Youssef",
         "Yusuf"),
        ("Rescuers found Hussein Jaber alive on Monday.", "Husayn Jaber was found alive by rescuers on Monday.",
         "Hussein", "Husayn"),
        ("Elder Mustafa Karimi led the talks.", "Talks were led by Moustafa Karimi, an elder.", "Mustafa",
         "Moustafa"),
    ],
)  # fmt: skip
def test_a_resolved_persons_first_name_with_its_vowels_romanised_two_ways_is_a_spelling_conflict(
    a, b, first_a, first_b
):
    (statement,) = _told_apart(a, b)
    assert first_a in statement and first_b in statement


def test_first_names_with_one_names_consonants_ending_apart_are_two_names_even_for_one_resolved_person():
    """ "Dania" and "Dino" share their consonants in order, but end apart (a sister and a brother): no vowels
    romanised two ways, even where the resolver tied the forms; "Youssef"/"Yusuf" end alike and are one name."""
    sim = BriefSettings().name_similarity
    assert related(("dania", "costa"), ("dino", "costa"), True, sim, one=True) == (False, False)
    assert related(("youssef", "haddad"), ("yusuf", "haddad"), True, sim, one=True) == (False, True)
    assert related(("youssef", "haddad"), ("yusuf", "haddad"), True, sim, one=False) == (False, False)


@pytest.mark.parametrize(
    ("a", "b", "first", "second"),
    [
        ("Colonel Gaddafi's forces shelled the town.", "Forces loyal to Colonel Qaddafi shelled the town.", "Gaddafi",
         "Qaddafi"),
        ("Colonel Gadhafi addressed the crowd on Monday.", "Colonel Kadhafi addressed the crowd on Monday.", "Gadhafi",
         "Kadhafi"),
        ("Chess champion Kasparov resigned on Monday.", "Chess champion Gasparov resigned on Monday.", "Kasparov",
         "Gasparov"),
        ("Fighting raged in Qalandia on Monday.", "Fighting raged in Galandia on Monday.", "Qalandia", "Galandia"),
    ],
)  # fmt: skip
def test_a_lone_name_whose_hard_initial_is_romanised_two_ways_is_a_spelling_conflict(a, b, first, second):
    """A surname or place written alone, its first letter a hard g, c, k or q by outlet, is one name
    transliterated two ways (its other letters alike)."""
    (statement,) = _told_apart(a, b)
    assert first in statement and second in statement


def test_lone_names_with_a_hard_initial_and_other_letters_unlike_are_two_names():
    assert _told_apart("Gordon said the deal was off.", "Korda said the deal was off.") == []


@pytest.mark.parametrize(
    ("a", "b", "lone", "full"),
    [
        ("President Zelensky said the talks had failed on Monday.",
         "President Volodymyr Zelenskyy said on Monday that the talks had failed.", "Zelensky", "Volodymyr Zelenskyy"),
        ("Minister Tsekhanovsky resigned on Monday.", "Minister Oleh Tsekhanovskyy resigned on Monday.",
         "Tsekhanovsky", "Oleh Tsekhanovskyy"),
        ("Mayor Brandtt opened the bridge.", "Mayor Lisa Brandt opened the bridge on Monday.", "Brandtt", "Lisa Brandt"),
    ],
)  # fmt: skip
def test_a_lone_surname_with_a_letter_added_at_its_end_against_a_full_name_is_a_spelling_conflict(
    a, b, lone, full
):
    (statement,) = _told_apart(a, b)
    assert lone in statement and full in statement


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Daniela said the hall was full.", "Organiser Mark Daniel said the hall was full."),
        ("Louise said the hall was full.", "Organiser Mark Louis said the hall was full."),
    ],
)
def test_a_lone_first_name_ending_in_a_or_e_is_no_misspelt_surname(a, b):
    """ "Daniela" is a woman's first name, not "Daniel" with a letter added."""
    assert _told_apart(a, b) == []


def test_a_place_and_its_demonym_tagged_a_person_are_no_misspelling() -> None:
    # the tagger calls a rare country a person ("accused Velmoria of"); "Velmorian officials" is its demonym
    assert related(("velmoria",), ("velmorian",), True, 0.8) == (False, False)
    assert related(("morandi",), ("morandin",), True, 0.8) == (False, True)
