"""Speaker attribution edge cases (fictional text): titles with dots, misparsed subjects, he/she by gender,
dash credits, and the PolNeAR scorer's matching rules."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.tokens import Doc

from storyline.analyze import analyze
from storyline.analyze.gender import first_name_gender
from storyline.analyze.nlp import get_nlp
from storyline.analyze.quotes import cue_subjects, cues
from storyline.analyze.quotes.pronouns import Speaker, adjacent_phrase, compatible, resolve_pronoun
from storyline.analyze.quotes.speaker_pools import with_untagged_names
from storyline.model import Analysis, Article, Mention, Quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

import quotes as quote_eval  # noqa: E402

BODIES = {
    "t1": (
        "Harbour levy vote delayed again.\n\n"
        'The council postponed the vote on Tuesday. "It will be the first order of business," Mr. Talbot '
        "said.\n\n"
        '"We cannot keep waiting for the port authority," Rep. Ilse Varga (D-Ore.) said in a phone interview. '
        '"The ferries are full every morning."'
    ),
    "t2": (
        "Ferry union and operator trade blame.\n\n"
        "Ms. Dunmore, the union's regional secretary, said her members had been patient for months. "
        "She said the operator had ignored three letters.\n\n"
        "Mr. Okafor, who runs the operator's Lisvale depot, said the timetable would be restored by spring.\n\n"
        '"Nobody on our side has ignored anything," he said.\n\n'
        '"We asked for a meeting in June and heard nothing back," she said.'
    ),
    "t3": (
        "What readers told us about the new tram line.\n\n"
        '"The trams are quicker than the old buses and nobody misses the diesel fumes." ― Pilar Estevan\n\n'
        '"I still have to change twice to get to the hospital." ― Tomas Ruiz-Hale\n\n'
        "“I would rather walk than ride what the council calls “the future” of this city.” ― Marta Velde"
    ),
    "t4": (
        "Mayor backs the bridge plan.\n\n"
        '"One of the best decisions this city has made," Mayor Colm Adebayo said of the bridge plan on '
        "Friday."
    ),
    "t5": (
        "Transit board weighs a fare freeze.\n\n"
        'Board chair Odile Marchetti said the freeze was "a promise we intend to keep" despite the deficit.\n\n'
        '"We will not balance the books on commuters," Marchetti said. "There are other ways to close the gap."'
    ),
    "t6": (
        "Harbour committee split on dredging.\n\n"
        'The plan was opposed by Wendell Asante, who said the dredging would "ruin the oyster beds for a decade."\n\n'
        'Councillor Rhiannon Vos called the plan "a gift to the shipping lobby."\n\n'
        "”The ferry timetable changes every winter and nobody tells us.” ― Ada Lindqvist\n\n"
        'According to the harbour master, the channel is "silting up faster than anyone planned for."'
    ),
    "t7": (
        "Fishermen left out of the dredging talks.\n\n"
        "At the end of the hearing, Councillor Bram Osei made the following remark:\n\n"
        '"Nobody asked the fishermen what a closed channel costs them in a winter."\n\n'
        'Osei said on "Harbour Mornings" that the channel would close in March.'
    ),
    "t8": (
        "Depot closure splits the council.\n\n"
        "Margaret Quillfeather defended the closure at the hearing.\n\n"
        "Councillor Brian Tolkovsky said the depot had been losing money for years.\n\n"
        '"We told the board in March that the numbers did not add up," she said.'
    ),
    "t9": (
        "Port strike enters its second week.\n\n"
        "Following a late meeting, the dockers union issued a statement calling the new contract "
        '"a plain insult and in open contempt" of earlier agreements.\n\n'
        'The regional council released a report that says the port is "losing money faster than anyone expected."'
    ),
    "t10": (
        "Blast at the ferry depot.\n\n"
        "At a hearing in Lisvale, the fire chief said that it was too early to judge whether the blaze was "
        'intentional, and there was "no hint" yet that it was arson.\n\n'
        'According to popular talk radio host Ines Talvik, the levy reeks of "greed" and weakness.\n\n'
        "Mayor Colm Adebayo did not address his late-night posts in which he called a rival “a fraud” and "
        "referred to her “secret deals.”"
    ),
    "t11": (
        "The Latest on the harbour levy (all times local)\n\n7 p.m.\n\n"
        "Mayor Colm Adebayo is once again questioning the harbour levy, encouraging his voters to make sure the "
        "levy is “gone for good.”\n\n"
        "While the International Ferry Federation did not name the operator, it criticised “years of broken "
        "promises and missed sailings.”"
    ),
    "t12": (
        "Port ruling splits the city.\n\n"
        '"We will appeal the ruling," the union\'s lawyer, Ines Talvik, said in a statement.\n\n'
        '"A fair outcome for everyone," wrote port director Bram Osei on Twitter.\n\n'
        'Varga\'s spokesman, Tomas Ruiz-Hale, said the senator was "pleased but not surprised."'
    ),
    "t13": (
        "Port ruling.\n\n"
        "Mayor John Harlow met the union on Monday. The mayor said the port would stay open.\n\n"
        '"Nobody will lose their job," he said.'
    ),
    "t15": (
        "Depot stays open.\n\n"
        "Councillor Brian Tolkovsky toured the depot on Monday. The Labour candidate told workers the depot "
        "would stay open.\n\n"
        '"Nobody will lose their job," he said.'
    ),
    "t18": (
        "Harbour levy.\n\n"
        'The ferry operator said it was "firmly against" the levy and asked the council to drop it.\n\n'
        "Ines Talvik said the harbour plan favours a “slow approach.”\n\n"
        "Under the new plan, crews would train in winter and then local leaders could call on them in storms."
    ),
    "t16": (
        "Levy letter.\n\n"
        "Critics of the harbour levy sent a letter to the council on Thursday.\n\n"
        '"The levy should be dropped before the winter," they wrote.\n\n'
        "Mr. Okafor runs the depot. His mother has worked there for years, and she still walks to work.\n\n"
        '"Nobody asked us about the levy," she said.'
    ),
    "t17": (
        "Ferry crews praised.\n\n"
        'Rhiannon Vos singled out the ferry crews in her speech on Friday. "They have carried this port through '
        'three hard winters."'
    ),
    "t14": (
        "Levy row.\n\n"
        'Councillor Rhiannon Vos described the levy as "a tax on commuters" during a visit to the depot in '
        "Lisvale on Friday.\n\n"
        'Mr. Okafor said the levy had "no friends left" among the ferry crews this winter.'
    ),
    "t19": (
        "Depot row.\n\n"
        'Councillor Rhiannon Vos says she admired the crews through what the operator calls "a season of '
        'cuts."'
    ),
    "t20": (
        "Letter row.\n\n"
        'Harbour master Ines Talvik said in a letter that the plan "plainly and wrongly" suggests the port backs '
        "the levy."
    ),
    "t21": (
        "Depot row.\n\n"
        'Mr. Okafor said the depot needs one thing this winter: "More drivers, and fewer excuses from the board."'
    ),
    "t26": (
        "Fare row.\n\n"
        'Mayor Jo Ames said the figures were "alarming" and that the board would meet again on Friday.'
    ),
    "t22": (
        "Campaign notes.\n\n"
        'Councillor Rhiannon Vos is trying out a new message on the doorstep this week: "Fix the ferries before '
        'anything else."'
    ),
    "t23": (
        "Columnists on the debate.\n\n"
        "Writing in the Lisvale Courier, Dag Brenna said the mayor looked at ease.\n\n"
        "” … she answered every question on the levy with a calm that her rivals lacked,” Brenna wrote."
    ),
    "t28": (
        "Fact checks.\n\n"
        'The Courier rated the mayor\'s figure as "mostly false" in its weekly column.\n\n'
        'Harbour master Ines Talvik closed the hearing by saying the port would "never" back the levy.'
    ),
    "t30": (
        "Panel notes.\n\n"
        "In a radio debate this week in Lisvale, Jo R. Ames, the general secretary of the Lisvale Harbour "
        "League, sharply told a young man who claimed that some crews may not strike because of fatigue that "
        '"this is not the first crew to be tired and not striking is not a wise plan."'
    ),
    "t31": (
        "Fact checks.\n\n"
        'The Courier looked into Jo Ames\'s claim that there have been "dozens of cancellations" on the ferry '
        "this winter."
    ),
    "t32": (
        "Pier search ends.\n\n"
        '"The divers found nothing under the pier," said Harbour Police Sgt. Ada Quint. "We will reopen it."\n\n'
        '"This is the end of a long week," said Dist. Atty. Colm Adebayo.'
    ),
    "t33": (
        "Quay closed after storm.\n\n"
        '"The roof of the fish market has gone," said Ines Talvik, the harbour master. "The divers are still '
        'out on the north wall.\n\n"Nobody has been hurt so far.\n\n"The boats will stay in until Monday."\n\n'
        '"Please keep away from the quay until the engineers have been."'
    ),
    "t34": (
        "Council drops the levy.\n\nThe council voted on Tuesday to drop the harbour levy.\n\n"
        "Marta Velde, who chairs the Lisvale Ferry Users Group, welcomed the vote.\n\n"
        '"We are glad the council finally listened to the people who use the ferries every day."'
    ),
    "t27": (
        "Depot row.\n\n"
        'The drivers\' union is seeking to set its offer against what the operator calls a "season of cuts."'
    ),
    "t35": (
        "Pardon for the harbour master.\n\n"
        '"He forgot that the rules applied to him," the prosecutor, Oskar Lindqvist, wrote in 2005.\n\n'
        "Seven months later the governor pardoned Tomas Brandt.\n\n"
        "Then 67, Brandt celebrated the decision.\n\n"
        '"This is the best news the port has had in years," he said.'
    ),
    "t36": (
        "Levy row.\n\n"
        '"We will not pay it," said Tomas Brandt, who runs the ferry.\n\n'
        "Brandt said Oskar Lindqvist does not care about the islands.\n\n"
        '"He only remembers us when the cameras come," he said.'
    ),
    "t37": (
        "Ferry talks stall.\n\n"
        "The Danish Premier, Greta Brandtmoor, facing claims of delay, said on Monday that the levy "
        "would stay.\n\n"
        '"The future of the harbour is in danger," she told a forum in Lisvale.'
    ),
    "t38": (
        "Ferry strike.\n\n"
        'A harbour official dismissed the dispute saying that "for decades there have been walkouts in this port '
        'without much harm."'
    ),
    "t39": (
        "Ferry crash.\n\n"
        "Quilla King, a clerk at the port, said she saw the ferry hit the pier from her window.\n\n"
        "Oskar Lindqvist said the crew was not to blame.\n\n"
        "King told reporters that the captain had waved at the crowd.\n\n"
        '"I could not see the deck from there," she said.'
    ),
    "t40": (
        "Ferry captain charged.\n\n"
        "The crews had the day off yesterday.\n\n"
        "General Manager J.B. Halvorsen issued the following statement on Brandt's arrest:\n\n"
        '"We are aware of the issue involving Tomas. Obviously, we are disappointed."'
    ),
    "t41": (
        "Ferry rules.\n\n"
        "A suspension is possible.\n\n"
        "The club's conduct policy states: \"Punishment for a second or later breach is likely to be a ban, "
        'the length of which may grow."'
    ),
    "t42": (
        "Festival names its new director.\n\n"
        "Brandon Ackerly, a Welsh actor, is best known for the stage. Ackerly has also directed two films.\n\n"
        "The broadcast featured an interview with Daniel Fitch, who endorsed the choice.\n\n"
        '"If I had to choose one person, it would be him. He is terrific," he says.'
    ),
    "t43": (
        "Mayor visits flooded school.\n\n"
        "Mayor Ilse Varga toured the school on Saturday; afterwards her office released a statement.\n\n"
        '"The mayor thanked the staff for their work and promised repairs before the new term."'
    ),
    "t44": (
        "Campaign hits back.\n\n"
        "Dorn Hale's campaign stood by his late-night posts about the debate host. It is "
        'denouncing what it calls "the biggest coordinated media attack in the history of the state."'
    ),
    "t45": (
        "Hotel dispute.\n\n"
        "Dorn Hale grew defensive when pressed to defend the unpaid invoices of a builder who said he was owed "
        'money for a hotel wing, saying, "Maybe the work was poor, and I was not happy with it."'
    ),
    "t46": (
        "Harbour vote.\n\nThe council met on Tuesday.\n\n"
        "She stressed that the docks could still open early, and Mayor Ilse Varga reiterated her view that ferry "
        'fees "must not rise again this year."'
    ),
    "t47": (
        "Trial, day two.\n\n"
        "When defence lawyer Karl Benn asked whether she had hidden under the desk, Lena Orr softly answered, "
        '"Yes." "I could hear them in the hall and I did not move for an hour."'
    ),
    "t48": (
        "Helmet rules.\n\n"
        "Though clubs often lend gear to young players, wearing the old helmets is banned “in any official match or "
        "training session,” per the league’s safety rules."
    ),
    "t49": (
        "Fuel prices.\n\n"
        "Drivers in Lisvale paid “far too much for far too long,” at nearly $5 per gallon last week."
    ),
    "t50": (
        "Budget row.\n\nThe mayor called the plan reckless.\n\n"
        '"We have balanced every budget for a decade," Councillor Dana Pruitt fired back.'
    ),
    "t51": (
        "Vote count.\n\n"
        'Dorn Hale questioned whether the count in Lisvale was "anything close to honest" at a rally on Friday.'
    ),
    "t52": (
        "Vote count.\n\n"
        'Councillor Dana Pruitt pointed out that the count had been "slowed by a broken scanner" on Friday.'
    ),
    "t53": (
        "Depot plans.\n\n"
        "Harbour spokesman Tomas Brandt said Tuesday that Mayor Oskar Lund has long called for a second depot "
        "on the east bank.\n\n"
        '"The ferries cannot wait another winter," he said.'
    ),
}


@lru_cache(maxsize=1)
def results() -> dict[str, tuple[Quote, ...]]:
    articles = [Article(id=k, source=k, body=v) for k, v in BODIES.items()]
    return {a.article_id: a.quotes for a in analyze(articles)}


def speaker_of(article: str, start: str) -> str | None:
    (q,) = [q for q in results()[article] if any(p.startswith(start) for p in q.text.split(" … "))]
    return q.speaker


def test_title_with_a_dot_does_not_end_the_sentence() -> None:
    assert speaker_of("t1", "It will be the first") == "Mr. Talbot"
    assert "Varga" in (speaker_of("t1", "We cannot keep waiting") or "")
    assert "Varga" in (speaker_of("t1", "The ferries are full") or "")  # same paragraph: the same quote


def test_he_and_she_resolve_to_the_person_of_that_gender() -> None:
    assert "Okafor" in (speaker_of("t2", "Nobody on our side") or "")
    assert "Dunmore" in (speaker_of("t2", "We asked for a meeting") or "")


def test_she_skips_a_nearer_man_known_only_by_his_first_name() -> None:
    # the article never genders either person: the first names' usual gender decides
    assert "Quillfeather" in (speaker_of("t8", "We told the board") or "")


def test_he_after_a_narrated_subject_is_that_person_not_the_last_speaker() -> None:
    assert "Brandt" in (speaker_of("t35", "This is the best news") or "")


def test_he_after_a_person_a_who_clause_makes_its_subject_is_that_person() -> None:
    # 'an interview with Fitch, who praised ...': Fitch, not the narration's earlier subject Ackerly
    assert "Fitch" in (speaker_of("t42", "If I had to choose") or "")


def test_a_quotation_after_a_released_statement_is_the_issuers() -> None:
    # the paragraph before ends '... afterwards her office released a statement.': the office, not the mayor
    assert speaker_of("t43", "The mayor thanked") == "her office"


def test_it_after_a_named_persons_campaign_is_the_campaign() -> None:
    assert speaker_of("t44", "what it calls") == "Dorn Hale's campaign"


def test_he_after_a_person_named_in_a_reported_clause_is_still_the_speaker() -> None:
    assert "Brandt" in (speaker_of("t36", "He only remembers us") or "")


def test_first_name_gender_table() -> None:
    assert first_name_gender("Margaret") == "f"
    assert first_name_gender("brian") == "m"
    assert first_name_gender("Leslie") is None  # used by both: left open
    assert first_name_gender("Quillfeather") is None


def test_shipped_first_name_table_is_what_the_build_script_makes() -> None:
    pytest.importorskip("names")
    import train_first_names

    assert json.loads(train_first_names.OUT.read_text(encoding="utf-8")) == train_first_names.build()


def test_dash_credit_after_a_quote() -> None:
    assert speaker_of("t3", "The trams are quicker") == "Pilar Estevan"
    assert speaker_of("t3", "I still have to change") == "Tomas Ruiz-Hale"
    assert speaker_of("t3", "I would rather walk") == "Marta Velde"  # a nested quotation splits the run


def test_subject_inside_the_quotation_is_not_the_speaker() -> None:
    assert "Adebayo" in (speaker_of("t4", "One of the best decisions") or "")


def test_mixed_quote_is_the_whole_reported_clause() -> None:
    (q,) = [q for q in results()["t5"] if "promise" in q.text]
    assert q.text.startswith('the freeze was "a promise we intend to keep"')
    assert q.verbatim == "a promise we intend to keep"  # what outlets share; the rest is paraphrase
    assert "Marchetti" in (q.speaker or "")


def test_a_verb_inside_the_reported_clause_does_not_cut_it() -> None:
    # "suggests" governs the quoted adverb but does not report it: the clause is what Talvik said
    (q,) = results()["t20"]
    assert q.text.startswith('that the plan "plainly and wrongly" suggests') and "Talvik" in (q.speaker or "")


def test_a_quotation_after_a_colon_is_part_of_the_reported_clause() -> None:
    (q,) = results()["t21"]
    assert q.text.startswith('the depot needs one thing this winter: "More drivers')


def test_a_second_that_clause_is_still_the_reported_clause() -> None:
    (q,) = results()["t26"]
    assert q.text.endswith("and that the board would meet again on Friday")


def test_a_colon_before_a_quotation_in_its_paragraph_names_the_speaker() -> None:
    assert "Vos" in (speaker_of("t22", "Fix the ferries") or "")  # no cue verb: the intro's subject


def test_a_paragraph_opening_with_a_closing_mark_and_an_ellipsis_is_a_quote() -> None:
    assert speaker_of("t23", "… she answered every question") == "Brenna"


def test_one_statement_in_pieces_around_its_cue_is_one_quote() -> None:
    (q,) = [q for q in results()["t5"] if "commuters" in q.text]
    assert q.text == "We will not balance the books on commuters … There are other ways to close the gap."
    assert q.speaker == "Marchetti"


def test_relative_who_speaks_for_the_person_it_follows() -> None:
    (q,) = [q for q in results()["t6"] if "oyster" in q.text]
    assert "Asante" in (q.speaker or "")


def test_calling_something_a_quoted_name_is_attributed() -> None:
    (q,) = [q for q in results()["t6"] if "shipping lobby" in q.text]
    assert q.text.startswith("the plan") and "Vos" in (q.speaker or "")


def test_closing_mark_that_opens_a_paragraph_opens_the_quote() -> None:
    (q,) = [q for q in results()["t6"] if "timetable" in q.text]
    assert q.text.startswith("The ferry timetable") and q.speaker == "Ada Lindqvist"


def test_according_to_takes_the_rest_of_the_sentence() -> None:
    (q,) = [q for q in results()["t6"] if "silting" in q.text]
    assert q.text.startswith("the channel is") and "harbour master" in (q.speaker or "")


def test_intro_paragraph_ending_in_a_colon_names_the_speaker() -> None:
    assert "Osei" in (speaker_of("t7", "Nobody asked the fishermen") or "")


def test_a_quoted_show_title_is_not_a_quote() -> None:
    assert not [q for q in results()["t7"] if "Harbour Mornings" in q.text]


def test_speaker_spans_point_into_body_and_stay_in_one_paragraph() -> None:
    for article, quotes in results().items():
        for q in quotes:
            if q.speaker_start is not None:
                assert BODIES[article][q.speaker_start : q.speaker_end] == q.speaker
                assert "\n" not in (q.speaker or "")


def _gold(source: str, start: int, pronoun_of: str | None = None) -> dict:
    doc = {
        "text": "x" * 500,
        "attributions": [
            {
                "source": {"text": pronoun_of, "start": 10, "end": 20},
                "cue": None,
                "content": [],
                "quoted": False,
            }
        ]
        if pronoun_of
        else [],
    }
    doc["attributions"].append(
        {
            "source": {"text": source, "start": start, "end": start + len(source)},
            "cue": {"text": "said", "start": 400, "end": 404},
            "content": [{"text": "words", "start": 300, "end": 305}],
            "quoted": True,
        }
    )
    return quote_eval._gold(doc)[0]


def test_scorer_same_entity_and_titles_only_phrases() -> None:
    q = Quote("a", 0, 5, "words", "Mr. Halvorsen", speaker_start=50, speaker_end=63)
    assert quote_eval.speaker_right(q, _gold("Ingrid Halvorsen", 200))
    assert not quote_eval.speaker_right(q, _gold("Dag Brenna", 200))
    q2 = Quote("a", 0, 5, "words", "the president", speaker_start=50, speaker_end=63)
    assert quote_eval.speaker_right(q2, _gold("The president", 200))
    assert not quote_eval.speaker_right(q2, _gold("the senator", 200))


def test_scorer_pronoun_accepts_its_antecedent_but_not_a_document() -> None:
    q = Quote("a", 0, 5, "words", "Nadia Ferrante", speaker_start=10, speaker_end=20)
    assert quote_eval.speaker_right(q, _gold("she", 200, pronoun_of="Nadia Ferrante"))
    g = _gold("she", 200, pronoun_of="a campaign memo")
    assert g["accept"] == [] and not g["has_source"]  # a memo cannot be "she": no antecedent, unscored


def test_scorer_a_pronoun_alone_is_not_the_speaker() -> None:
    """An unresolved "she" at the pronoun's own place names nobody: it is wrong, however its antecedent is."""
    g = _gold("she", 200, pronoun_of="Nadia Ferrante")
    at_pronoun = Quote("a", 0, 5, "words", "she", speaker_start=200, speaker_end=203)
    assert not quote_eval.speaker_right(at_pronoun, g)


def test_scorer_he_accepts_a_named_antecedent_not_a_common_noun() -> None:
    assert _gold("he", 200, pronoun_of="Sen. Oskar Lindqvist")["accept"] == [{"oskar", "lindqvist"}]
    assert _gold("he", 200, pronoun_of="the Republican nominee")["accept"] == []  # README: named source


def test_scorer_named_sources_hyphens_office_titles_and_capitalised_descriptions() -> None:
    text = "Delegates met. The delegates left. Then the Liberal spoke."
    assert quote_eval._named("Secretary General Ahn Sun-woo")  # "Sun-woo" is one name word
    assert quote_eval._named("Minister of Fisheries Oskar Lindqvist")  # the name after "of X"
    assert not quote_eval._named("The Liberal")  # a capitalised description, not a name
    assert not quote_eval._named("Liberal", text, text.index("Liberal"))  # "the Liberal"
    assert not quote_eval._named("Delegates", text, 0)  # sentence-opening common noun ("the delegates")
    assert quote_eval._named("Lindqvist", "Lindqvist spoke.", 0)


def test_scorer_gender_from_titles_then_first_names() -> None:
    text = "Mary Lindqvist and Peter Lindqvist spoke; Ms. Brenna agreed. Margaret Halvorsen left."
    assert quote_eval._gender("Ms. Brenna", text) == "f"
    assert quote_eval._gender("Peter Lindqvist", text) == "m"  # its own first name, not Mary's
    assert quote_eval._gender("Lindqvist", text) is None  # two first names disagree
    assert quote_eval._gender("Halvorsen", text) == "f"  # the first name it goes by in the text
    assert quote_eval._gender("Rep. Ida Brenna (D-Wis.)", text) == "f"  # not "D-Wis"
    family = "Peter Lindqvist spoke. And Lindqvist left; Mary Lindqvist stayed, and Peter Lindqvist waved."
    assert quote_eval._gender("Lindqvist", family) == "m"  # the first name it goes by most; "And" is none


def _source_head(sentence: str, source: str) -> str | None:
    start = sentence.index(source)
    return quote_eval.head_word(sentence, {"start": start, "end": start + len(source), "text": source})


def test_issue_scorer_head_word_of_a_source() -> None:
    said = "{} said the bridge would reopen on Friday."
    assert _source_head(
        said.format("A spokesman for the Harbour Board"), "A spokesman for the Harbour Board"
    ) == ("spokesman")
    assert (
        _source_head(said.format("Ines Corra, the council leader,"), "Ines Corra, the council leader,")
        == "corra"
    )
    assert _source_head("Mr. Talbot’s office said no.", "Mr. Talbot’s") == "talbot"
    assert (
        _source_head(said.format("Secretary of State Ines Corra"), "Secretary of State Ines Corra") == "corra"
    )


def test_issue_scorer_head_word_ends_before_a_post_modifier_from_the_parse() -> None:
    survey = "A survey published on Monday found that most drivers want the bridge reopened."
    assert _source_head(survey, "A survey published on Monday") == "survey"
    everyone = "Everyone we asked at the harbour said the bridge should reopen."
    assert _source_head(everyone, "Everyone we asked at the harbour") == "everyone"
    partitive = "One of the mayor's advisers said the bridge would reopen."
    assert _source_head(partitive, "One of the mayor's advisers") == "advisers"  # who spoke: an adviser


def test_issue_scorer_needs_half_the_tokens_and_the_head_word() -> None:
    body = "x" * 60 + "Ines Corra"
    text = "the bridge will reopen on Friday and crews are ready"
    doc = {
        "text": body,
        "attributions": [
            {
                "source": {"text": "Ines Corra", "start": 60, "end": 70},
                "cue": {"text": "said", "start": 71, "end": 75},
                "content": [{"text": text, "start": 0, "end": len(text)}],
                "quoted": True,
            }
        ],
    }
    right = Quote("a", 0, 5, "the bridge will reopen on Friday", "Corra", speaker_start=65, speaker_end=70)
    wrong = Quote("a", 0, 5, "the bridge will reopen on Friday", "Talbot")
    short = Quote("a", 0, 5, "reopen on Friday", "Corra")
    analysis = [Analysis("a", quotes=(right,))]
    assert quote_eval.score_attribution([doc], analysis)["attribution_f1"] == 1.0
    s = quote_eval.score_attribution([doc], [Analysis("a", quotes=(wrong,))])
    assert s["quote_f1"] == 1.0 and s["attribution_f1"] == 0.0
    assert quote_eval.score_attribution([doc], [Analysis("a", quotes=(short,))])["quote_f1"] == 0.0


def test_verbatim_keeps_direct_quotes_whole_and_mixed_quotes_marked() -> None:
    def said(text: str) -> str:
        return Quote("a", 0, len(text), text, None).verbatim

    assert said('the ferry was "never on time" last winter') == "never on time"
    assert said("We stay open … the fare is “a promise we keep”") == "We stay open … a promise we keep"
    two_paragraphs = 'The levy is fair.\n\n"It pays for the dredging.'
    assert said(two_paragraphs) == two_paragraphs  # continuation marks open paragraphs
    assert said("our policy is to ‘build and wait’ for now") == "our policy is to ‘build and wait’ for now"


def test_he_reaches_a_surname_the_tagger_missed_here_but_named_elsewhere() -> None:
    from storyline.analyze.quotes.pronouns import Speaker, resolve_pronoun
    from storyline.model import Mention

    body = "Rep. Tobiah Vanterpool spoke first. ... Later Governor Hale spoke. Then Vanterpool spoke. ... he said"
    full = Mention("a", 5, 22, "Tobiah Vanterpool", "PERSON")
    hale = Mention("a", 55, 59, "Hale", "PERSON")
    pron = Speaker("he", body.index("he said"), body.index("he said") + 2, pronoun=True)
    events = [
        Speaker("Hale", 55, 59),
        Speaker("Vanterpool", 72, 82),
    ]  # NER left the second Vanterpool untagged
    got = resolve_pronoun(pron, events, [], None, [full, hale], {"tobiah vanterpool": "m"}, 600, 1500, 300)
    assert got is not None and got.text == "Vanterpool"


def test_who_issues_a_statement_speaks_through_it() -> None:
    assert "dockers union" in (speaker_of("t9", "the new contract") or "")
    assert "regional council" in (speaker_of("t9", "the port is") or "")


def test_mixed_quote_clause_that_ends_inside_the_quotation_still_takes_the_clause() -> None:
    (q,) = [q for q in results()["t9"] if "plain insult" in q.text]
    assert q.text.startswith('the new contract "a plain insult and in open contempt')


def test_bare_surname_of_a_named_person_is_a_person_whatever_ner_said() -> None:
    from storyline.analyze.per_article import _full_name_surnames, _surnames_as_people
    from storyline.model import Mention

    found = [
        Mention("a", 0, 13, "Odile Marchetti", "PERSON"),
        Mention("a", 40, 49, "Marchetti", "ORG"),
        Mention("a", 60, 80, "Marchetti Holdings", "ORG"),
    ]
    assert _full_name_surnames(found) == {"Marchetti"}
    assert [m.label for m in _surnames_as_people(found, _full_name_surnames(found))] == [
        "PERSON",
        "PERSON",
        "ORG",
    ]


def test_mixed_quote_in_a_second_clause_of_the_report_takes_that_clause() -> None:
    (q,) = [q for q in results()["t10"] if "no hint" in q.text]
    assert q.text.startswith("that it was too early") and "fire chief" in (q.speaker or "")


def test_according_to_ends_at_its_source_even_when_the_parse_runs_on() -> None:
    (q,) = [q for q in results()["t10"] if "greed" in q.text]
    assert q.text.startswith('the levy reeks of "greed"') and "Talvik" in (q.speaker or "")


def test_a_clause_holding_two_quoted_pieces_is_one_quote_without_repeats() -> None:
    (q,) = [q for q in results()["t10"] if "fraud" in q.text]
    assert q.text.count("a fraud") == 1 and "secret deals" in q.text


def test_a_headline_glued_to_the_first_sentence_is_not_its_subject() -> None:
    assert "Adebayo" in (speaker_of("t11", "his voters") or "")


def test_it_is_an_organisation_never_a_person() -> None:
    assert "Ferry Federation" in (speaker_of("t11", "years of broken promises") or "")


def test_they_and_i_do_not_borrow_one_named_person() -> None:
    from storyline.analyze.quotes.pronouns import Speaker, resolve_pronoun
    from storyline.model import Mention

    body = "The dockers union spoke. Ines Talvik spoke. ... they said ... I said"
    union = Speaker("The dockers union", 0, 17)
    talvik = Speaker("Ines Talvik", 25, 36)
    people = [Mention("a", 25, 36, "Ines Talvik", "PERSON")]
    they = Speaker("they", body.index("they"), body.index("they") + 4, pronoun=True)
    got = resolve_pronoun(they, [union, talvik], [], talvik, people, {}, 600, 1500, 300)
    assert got == union  # the later Talvik is one person: not "they"
    me = Speaker("I", body.index("I said"), body.index("I said") + 1, pronoun=True)
    assert resolve_pronoun(me, [union, talvik], [], talvik, people, {}, 600, 1500, 300) is None  # the writer


def test_a_named_apposition_of_a_common_noun_speaker_is_kept() -> None:
    assert "Talvik" in (speaker_of("t12", "We will appeal") or "")
    assert "Bram Osei" in (speaker_of("t12", "A fair outcome") or "")
    assert "Ruiz-Hale" in (speaker_of("t12", "the senator was") or "")


def test_he_after_a_role_phrase_is_the_named_holder_of_that_role() -> None:
    assert speaker_of("t13", "Nobody will lose") == "Mayor John Harlow"


def test_x_as_a_quoted_phrase_stops_at_the_quotation_but_a_reported_clause_does_not() -> None:
    (q,) = [q for q in results()["t14"] if "tax on commuters" in q.text]
    assert q.text == 'the levy as "a tax on commuters"'  # not "during a visit ..."
    (q,) = [q for q in results()["t14"] if "no friends" in q.text]
    assert q.text.endswith("among the ferry crews this winter")


def test_a_full_name_does_not_borrow_a_relatives_gender() -> None:
    from storyline.analyze.quotes.pronouns import gender_of

    known = {"peter halvorsen": "m", "halvorsen": "m"}
    assert gender_of(known, "Halvorsen") == "m"  # a bare surname: the full names agree
    assert gender_of(known, "Mary Halvorsen") == "f"  # her own first name
    assert gender_of(known, "Quilla Halvorsen") is None  # unknown first name: open, not Peter's


def test_a_full_name_takes_its_own_bare_surnames_gender_when_no_namesake_shares_it() -> None:
    from storyline.analyze.quotes.pronouns import gender_of

    assert gender_of({"orlov": "f", "peter lindqvist": "m"}, "Quilla Orlov") == "f"  # 'Ms Orlov' later
    assert gender_of({"orlov": "f", "ivan orlov": "m"}, "Quilla Orlov") is None  # which Orlov: open


def test_gender_nouns_of_a_relative_clause_are_not_the_speakers() -> None:
    from storyline.analyze.quotes.pronouns import Speaker, _gender

    text = "the baker's wife Ines, 42, who left with her husband"
    assert _gender(Speaker(text, 0, len(text)), [], {}) == "f"
    text = "Quilla, who fled with her husband"
    assert _gender(Speaker(text, 0, len(text)), [], {}) is None


def test_a_name_given_an_age_is_a_person_whatever_ner_took_it_for() -> None:
    from storyline.analyze.quotes.pronouns import Speaker, compatible

    text = "25-year-old Quilla"
    assert compatible("she", Speaker(text, 0, len(text)), [], {})
    assert not compatible("she", Speaker("Quilla", 0, 6), [], {})  # a bare unknown word: maybe a firm


def test_a_capitalised_role_with_a_named_apposition_is_that_person() -> None:
    # "The Danish Premier, Greta Brandtmoor, ... said that ...": a she after it can be her
    assert "Brandtmoor" in (speaker_of("t37", "The future of the harbour") or "")


def test_a_participle_on_an_object_that_cannot_speak_is_the_subjects_words() -> None:
    assert speaker_of("t38", 'that "for decades') == "A harbour official"  # not "the dispute"


def test_a_surname_that_is_a_gendered_noun_genders_nobody() -> None:
    from storyline.analyze.quotes.pronouns import Speaker, _gender

    assert speaker_of("t39", "I could not see the deck") == "King"  # Quilla King is no king
    assert _gender(Speaker("Quilla King", 0, 11), [], {}) is None
    assert _gender(Speaker("King Harald", 0, 11), [], {}) == "m"


def test_a_colon_intro_the_parse_ran_on_into_the_quotation_still_names_the_speaker() -> None:
    assert speaker_of("t40", "We are aware of the issue") == "General Manager J.B. Halvorsen"


def test_a_speech_verb_the_tagger_read_as_a_noun_is_a_cue_of_the_noun_before() -> None:
    # the tagger reads "states" as a plural noun here; the speaker is the policy, not "... policy states"
    assert speaker_of("t41", "Punishment for a second") == "conduct policy"


def test_he_after_a_definite_role_phrase_is_the_person_named_before_it() -> None:
    assert speaker_of("t15", "Nobody will lose") == "Councillor Brian Tolkovsky"


def test_they_and_she_reach_people_named_by_a_noun() -> None:
    assert "Critics" in (speaker_of("t16", "The levy should be dropped") or "")
    assert "mother" in (speaker_of("t16", "Nobody asked us") or "")


def test_a_quotation_standing_alone_is_the_words_of_the_sentence_before_it() -> None:
    assert "Vos" in (speaker_of("t17", "They have carried") or "")


def test_a_reported_clause_stops_before_a_joined_clause_and_at_its_paragraphs_end() -> None:
    (q,) = [q for q in results()["t18"] if "firmly against" in q.text]
    assert q.text == 'it was "firmly against" the levy'  # not "... and asked the council to drop it"
    (q,) = [q for q in results()["t18"] if "slow approach" in q.text]
    assert q.text.startswith("the harbour plan favours") and "Under" not in q.text


def test_a_quote_named_by_what_x_calls_it_is_the_outer_speakers_in_the_outer_clause() -> None:
    (q,) = results()["t19"]  # Vos reports what the operator calls it: Vos says it, in the operator's words
    assert q.speaker == "Councillor Rhiannon Vos"
    assert q.text == 'she admired the crews through what the operator calls "a season of cuts.'


def test_what_x_calls_it_under_a_verb_that_reports_nothing_is_that_verbs_subjects() -> None:
    (q,) = results()["t27"]  # no speech verb but "calls": the union's clause holds the operator's phrase
    assert q.speaker == "The drivers' union"
    assert q.text.startswith("its offer against what the operator calls")


def test_rated_is_a_cue_and_a_gerund_after_by_is_its_verbs_subjects() -> None:
    quotes = results()["t28"]
    assert [q.speaker for q in quotes] == ["The Courier", "Harbour master Ines Talvik"]


def test_two_names_joined_by_and_before_a_subjectless_cue_are_both_the_speaker() -> None:
    # the parser hung both names on the noun before them, so "call" has no subject
    words = ["the", "war", ",", "Ames", "and", "Talvik", "call", "them", "cowards"]
    heads = [1, 6, 1, 1, 3, 3, 6, 6, 6]
    deps = ["det", "npadvmod", "punct", "conj", "cc", "conj", "ROOT", "dobj", "oprd"]
    tags = ["DT", "NN", ",", "NNP", "CC", "NNP", "VBP", "PRP", "NNS"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in adjacent_phrase(doc[6], [])] == ["Ames", "and", "Talvik"]


def test_a_name_before_its_apposition_speaks_not_the_organisation_inside_it() -> None:
    (q,) = results()[
        "t30"
    ]  # the parser gives "told" no subject; "the Lisvale Harbour League" sits in "of ..."
    assert q.speaker == "Jo R. Ames"


def test_a_possessors_claim_that_reports_a_quotation() -> None:
    (q,) = results()["t31"]
    assert q.speaker == "Jo Ames"
    assert q.text == 'that there have been "dozens of cancellations" on the ferry this winter'


def test_a_name_after_an_abbreviated_rank_is_the_speakers() -> None:
    # the parser ends the sentence at "Sgt." and "Dist." and takes the rank alone for the subject
    assert speaker_of("t32", "The divers found nothing") == "Harbour Police Sgt. Ada Quint"
    assert speaker_of("t32", "This is the end") == "Dist. Atty. Colm Adebayo"


def test_ecb_lines_rejoin_into_paragraphs_at_the_same_offsets() -> None:
    text = (
        'Pier closed\n"The divers found nothing," Quint said.\n"We will reopen it.\nNobody was hurt.\n'
        '"The search is over."\nThe pier reopens on Monday.'
    )
    joined = quote_eval.rejoin_lines(text)
    assert len(joined) == len(text)
    assert joined.split("\n") == [
        "Pier closed",
        '"The divers found nothing," Quint said. "We will reopen it. Nobody was hurt.',  # open quote: joined
        '"The search is over."',  # a continuation paragraph keeps its break
        "The pier reopens on Monday.",  # narration after a closed quotation: its own paragraph
    ]


def test_a_quotation_after_a_statement_in_pieces_over_paragraphs_is_the_same_speakers() -> None:
    # the pieces after "said Ines Talvik" run on over three paragraphs; the next paragraph's quotation is hers
    assert speaker_of("t33", "Please keep away") == "Ines Talvik"


def test_a_quotation_opening_a_paragraph_is_the_words_of_the_paragraph_befores_subject() -> None:
    assert speaker_of("t34", "We are glad") == "Marta Velde"


def test_a_participle_cue_after_with_is_the_words_of_withs_noun() -> None:
    # 'Ames opposed the changes, with a spokesman for her stating: "..."': not Ames, the clause above's subject
    words = ["Ames", "opposed", "the", "changes", "with", "a", "spokesman", "for", "her", "stating"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "advcl"]
    tags = ["NNP", "VBD", "DT", "NNS", "IN", "DT", "NN", "IN", "PRP", "VBG"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert cue_subjects.cue_subject(doc[9]).text == "spokesman"


def test_ecb_check_sets_point_at_words_in_their_articles() -> None:
    if not quote_eval.ECB.exists():
        pytest.skip("ECB+ data not here")
    for split, n in (("ecb", 87), ("ecb-pronouns", 45), ("ecb2", 135), ("ecb3", 103)):
        quoted = [a for d in quote_eval.load(split) for a in d["attributions"]]
        assert len(quoted) == n
        for a in quoted:
            assert all(any(ch.isalpha() for ch in c["text"]) for c in a["content"])
            assert a["source"]["text"].strip() == a["source"]["text"] and a["source"]["text"]
            if a["source"]["text"].lower() in ("he", "she") and (split == "ecb-pronouns" or a["antecedent"]):
                assert a["antecedent"]["text"][:1].isupper()  # a named person


def test_a_hyphenated_role_keeps_the_person_in_apposition() -> None:
    # 'the governor-general of Varlo province, Mirela Ostrander, told ...': the parse reads "general" as an
    # apposition of "governor"; the phrase goes on to the person, who is the speaker
    words = [
        "the",
        "governor",
        "-",
        "general",
        "of",
        "Varlo",
        "province",
        ",",
        "Mirela",
        "Ostrander",
        ",",
        "told",
    ]
    heads = [1, 11, 1, 1, 3, 6, 4, 1, 9, 1, 1, 11]
    deps = [
        "det",
        "nsubj",
        "punct",
        "appos",
        "prep",
        "compound",
        "pobj",
        "punct",
        "compound",
        "appos",
        "punct",
    ]
    tags = ["DT", "NN", "HYPH", "NN", "IN", "NNP", "NN", ",", "NNP", "NNP", ",", "VBD"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=[*deps, "ROOT"], tags=tags)
    assert [t.text for t in cue_subjects.speaker_tokens(doc[1])][-2:] == ["Mirela", "Ostrander"]


def test_a_participle_after_defending_something_is_the_defenders_words() -> None:
    # "defend" is a cue: the participle's words are Hale's, not those of the builder in the relative clause
    assert speaker_of("t45", "Maybe the work was poor") == "Dorn Hale"


def test_reiterated_is_a_cue() -> None:
    # not the stressing 'She' of the clause before: the quoted words are what Varga reiterated
    assert speaker_of("t46", "her view that ferry fees") == "Mayor Ilse Varga"


def test_answered_is_a_cue() -> None:
    # the answer is the witness's, not the words of the lawyer who asked
    assert speaker_of("t47", "I could hear them") == "Lena Orr"


def test_per_names_a_source_but_not_a_unit() -> None:
    assert speaker_of("t48", "in any official match") == "the league’s safety rules"
    assert speaker_of("t49", "far too much") is None  # '$5 per gallon': no one speaks


def test_a_verb_that_reports_speech_with_its_particle_is_a_cue() -> None:
    assert speaker_of("t50", "We have balanced") == "Councillor Dana Pruitt"  # 'fired back'


def test_questioning_and_pointing_out_are_cues() -> None:
    assert speaker_of("t51", "whether the count") == "Dorn Hale"
    assert speaker_of("t52", "that the count had been") == "Councillor Dana Pruitt"


def test_a_speaker_inside_anothers_reported_clause_is_not_the_he_after_it() -> None:
    # Lund is what Brandt talked about; the next 'he said' goes on with Brandt
    assert "Brandt" in (speaker_of("t53", "The ferries cannot wait") or "")


def test_a_named_subject_beats_its_description_parsed_as_a_second_subject() -> None:
    # the parse of 'Jo Ames, the head of the league, vowed ...' that gives the verb two subjects
    words = ["Jo", "Ames", ",", "the", "head", "of", "the", "league", ",", "vowed", "to", "act"]
    heads = [1, 9, 9, 4, 9, 4, 7, 5, 4, 9, 11, 9]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "det",
        "nsubj",
        "prep",
        "det",
        "pobj",
        "punct",
        "ROOT",
        "aux",
        "xcomp",
    ]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 10
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert cue_subjects.cue_subject(doc[9]).text == "Ames"


def test_a_participle_hung_on_the_reported_clause_is_the_sayers() -> None:
    # the parse of 'Ida Brenna said she doubted it, arguing that ...' that hangs 'arguing' on 'doubted'
    words = ["Ida", "Brenna", "said", "she", "doubted", "it", ",", "arguing", "that", "fares", "matter"]
    heads = [1, 2, 2, 4, 2, 4, 4, 4, 10, 10, 7]
    deps = ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct", "advcl", "mark", "nsubj", "ccomp"]
    tags = ["NNP", "NNP", "VBD", "PRP", "VBD", "PRP", ",", "VBG", "IN", "NNS", "VBP"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert cue_subjects.cue_subject(doc[7]).text == "Brenna"
    assert cue_subjects.cue_subject(doc[4]).text == "she"  # the reported clause's own verb keeps its subject


def test_she_after_a_coordinated_role_phrase_is_the_person_named_before_it() -> None:
    body = (
        "Ruth Alder opened the harbour debate on Monday.\n\n"
        'The former ferry captain and mayor said the levy was "a mistake," but she denied that the port '
        'had lost money. "We never ran at a loss," she said.'
    )
    (analysis,) = analyze([Article(id="coordinated-role", source="x", body=body)])
    (q,) = [q for q in analysis.quotes if "never ran" in q.text]
    assert q.speaker == "Ruth Alder"


def test_she_is_not_the_noun_her_own_possessive_points_at() -> None:
    body = (
        "Ruth Alder admires the club her niece runs. Her niece likes to paint in the studio.\n\n"
        'That is why she is frustrated that the state cut its funds. "We need the money," she said.'
    )
    (analysis,) = analyze([Article(id="possessed-noun", source="x", body=body)])
    (q,) = analysis.quotes
    assert q.speaker == "Ruth Alder"  # not "Her niece": that 'her' is the 'she'


def test_a_noun_a_past_participle_describes_is_not_the_speaker() -> None:
    # 'described as', 'proposed as': the noun is what was described or proposed, not who spoke
    bodies = {
        "described": (
            "Ferry captain dies at 81.\n\n"
            'A retired ferry captain, described as "a stickler for timetables", has died at 81.'
        ),
        "proposed": (
            "Harbour plan shelved.\n\n"
            'The levy, proposed last spring as "a fair share for the port", was dropped on Monday.'
        ),
    }
    analyses = analyze([Article(id=k, source="x", body=v) for k, v in bodies.items()])
    speakers = [q.speaker for a in analyses for q in a.quotes]
    assert "A retired ferry captain" not in speakers
    assert "The levy" not in speakers


def test_an_agent_phrase_stops_where_the_quotation_opens() -> None:
    body = (
        "Tram line opens.\n\n"
        'The new tram line, hailed by commuters as "the best thing in years", opened on Monday. The mayor '
        'greeted the crowd, including Marta "Mags" Velde, who called the trams "quicker than the buses."'
    )
    (analysis,) = analyze([Article(id="agent-phrase", source="x", body=body)])
    speakers = {q.text: q.speaker for q in analysis.quotes}
    assert speakers["the best thing in years"] == "commuters"


def test_a_noun_a_possessive_owns_gives_no_gender_to_the_name_beside_it() -> None:
    from storyline.analyze.per_article import _mentions
    from storyline.analyze.quotes.pronouns import genders

    body = "Tavi Pennick and his wife, Zelvi Quist, opened the bakery. Quist's husband bakes the rye."
    doc = get_nlp()(body)
    known = genders(doc, _mentions("g", body, doc))
    assert first_name_gender("Tavi") is first_name_gender("Zelvi") is None  # no census guess hides a vote
    assert known.get("tavi pennick") != "f"  # 'his wife' is Zelvi Quist, not him
    assert known.get("zelvi quist") == "f"  # 'his wife, Zelvi Quist' is her; 'Quist's husband' is not


def test_a_surname_the_headline_names_in_full_is_a_person() -> None:
    from storyline.analyze.per_article import _full_name_surnames, _headline_surnames, _surnames_as_people
    from storyline.model import Mention

    found = [Mention("h", 0, 7, "Pennick", "GPE"), Mention("h", 20, 27, "Lisvale", "GPE")]
    surnames = _full_name_surnames(found, _headline_surnames("Maria Pennick to open Lisvale bakery"))
    assert [m.label for m in _surnames_as_people(found, surnames)] == ["PERSON", "GPE"]
    assert not _headline_surnames("Ferries Will Run Again")  # title case, no first name
    assert not _headline_surnames("Jackson Will Sail Again")  # two first names: no surname
    assert not _headline_surnames("Maria And Tavi Open A Bakery")  # a function word is no surname


def test_a_name_followed_by_and_his_companion_is_a_he() -> None:
    from storyline.analyze.per_article import _mentions
    from storyline.analyze.quotes.pronouns import gender_of, genders

    body = "Tavi Pennick met Zelvi Quist and Orun Vasko. Pennick and his family thanked Quist and Vasko."
    doc = get_nlp()(body)
    known = genders(doc, _mentions("g", body, doc))
    assert first_name_gender("Tavi") is None  # no census guess hides the vote
    assert gender_of(known, "Tavi Pennick") == "m"  # 'Pennick and his family': his is Pennick's
    assert gender_of(known, "Zelvi Quist") is gender_of(known, "Orun Vasko") is None


def test_a_surname_the_headline_names_in_full_is_found_where_ner_missed_it() -> None:
    from storyline.analyze.per_article import _surname_mentions

    body = "Pennick opened the bakery. Later Pennickson came."
    found = _surname_mentions("h", body, [], {"Pennick"})
    assert [(m.start, m.end, m.label) for m in found] == [(0, 7, "PERSON")]
    assert _surname_mentions("h", body, [], set()) == []


def test_a_speech_verb_conjoined_with_its_own_subject_is_its_own_statement() -> None:
    body = (
        "Ferry rules change.\n\nThe port board issued two new rules on Thursday that sailors say hurt island "
        'families but that harbour officials praised as stopping a "back-room" deal that favoured the big lines.'
    )
    (analysis,) = analyze([Article(id="own-statement", source="x", body=body)])
    speakers = {q.verbatim: q.speaker for q in analysis.quotes}
    assert speakers["back-room"] == "harbour officials"  # not the sailors of the first conjunct


def _pronoun_speaker(body: str, quotation: str) -> str | None:
    (analysis,) = analyze([Article(id="pronoun", source="x", body=body)])
    return next(q.speaker for q in analysis.quotes if quotation in q.text)


def test_a_he_after_a_role_whose_name_is_in_apposition_is_that_name() -> None:
    body = (
        "Docks to reopen.\n\nMayor Tomas Ruel opened the meeting on Monday. The head of the harbour agency, "
        'Henrik Brandt, said the docks would reopen soon. "We are nearly there," he said.'
    )
    assert "Brandt" in (_pronoun_speaker(body, "nearly there") or "")  # the phrase's head is 'head', a person


def test_a_name_in_apposition_with_a_subject_for_a_person_is_a_narrated_antecedent() -> None:
    body = (
        "City calm after strike.\n\n"
        'Mayor Tomas Ruel said the city was calm. "Nobody was hurt," Ruel said.\n\n'
        "An economics professor, Yannick Oberhauser, stayed home on Monday. But he cycled "
        'to the harbour in the evening. "The streets were empty," he said.'
    )
    assert "Oberhauser" in (_pronoun_speaker(body, "streets were empty") or "")


def test_a_speech_verb_whose_object_is_an_amount_is_no_cue() -> None:
    body = (
        "Visitors lose at home.\n\nDario Venn added 90 yards for the visitors. A big reason was Colm Ashby, "
        'who threw two interceptions. "That one is on me," he said.'
    )
    assert "Ashby" in (_pronoun_speaker(body, "on me") or "")  # Venn added yards; he did not speak


def test_a_role_phrase_goes_to_the_name_that_role_was_in_apposition_with() -> None:
    body = (
        "Quake kills five.\n\nFive people died in the quake, Henrik Aldo, an official from the district agency, "
        "told reporters late Tuesday. In the village a landslide buried a barn and a farmer is missing, said the "
        'official. "He was working in the field with his wife," he said.'
    )
    assert "Aldo" in (_pronoun_speaker(body, "working in the field") or "")  # 'the official' is Aldo


def test_a_named_subject_before_the_cue_beats_a_second_subject_the_parse_gave_it() -> None:
    # 'Jo Ames, who runs a club, said many of them left': the parser made 'many' a second subject of 'said'
    words = ["Jo", "Ames", ",", "who", "runs", "a", "club", ",", "said", "many", "of", "them", "left"]
    heads = [1, 8, 1, 4, 1, 6, 4, 1, 8, 8, 9, 10, 8]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "nsubj", "prep"]
    deps += ["pobj", "ccomp"]
    tags = ["NNP", "NNP", ",", "WP", "VBZ", "DT", "NN", ",", "VBD", "JJ", "IN", "PRP", "VBD"]
    ents = ["B-PERSON", "I-PERSON", *["O"] * 11]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents)
    assert cue_subjects.cue_subject(doc[8]).text == "Ames"


def test_an_amount_the_parse_hangs_on_a_speech_verb_from_a_later_clause_keeps_the_cue() -> None:
    # 'They stress that it works, and 75 percent agree': the parser made '75 percent' an object of 'stress'
    words = ["They", "stress", "that", "it", "works", ",", "and", "75", "percent", "agree"]
    heads = [1, 1, 4, 4, 1, 1, 1, 8, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "cc", "nummod", "dobj", "conj"]
    tags = ["PRP", "VBP", "IN", "PRP", "VBZ", ",", "CC", "CD", "NN", "VBP"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not cues._counts(doc[1])
    near = Doc(
        get_nlp().vocab,
        words=["Ames", "added", "90", "yards"],
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj"],
        tags=["NNP", "VBD", "CD", "NNS"],
    )
    assert cues._counts(near[1])


def test_a_name_the_article_writes_after_mr_or_ms_is_a_person() -> None:
    from storyline.analyze.per_article import _surnames_as_people
    from storyline.lexicon.titles import titled_surnames
    from storyline.model import Mention

    body = "Shop steward Kemi Odunsi spoke first. Later Ms. Odunsi and Mr Varga left. Miss Universe aside."
    titled = titled_surnames(body)
    assert titled == {"Odunsi", "Varga", "Universe"}
    found = [
        Mention("a", 13, 24, "Kemi Odunsi", "ORG"),
        Mention("a", 48, 54, "Odunsi", "GPE"),
        Mention("a", 0, 5, "Varga Street Market", "FAC"),
    ]
    assert [m.label for m in _surnames_as_people(found, titled, titled)] == ["PERSON", "PERSON", "FAC"]
    assert [m.label for m in _surnames_as_people(found, set())] == ["ORG", "GPE", "FAC"]


def test_a_role_word_before_a_full_name_does_not_hide_its_gender() -> None:
    from storyline.analyze.quotes.pronouns import gender_of

    assert gender_of({"tavi pennick": "m"}, "agent Tavi Pennick") == "m"  # the full name after 'agent'
    assert first_name_gender("Secretary") is None
    assert gender_of({}, "Secretary of State John Vasko") == "m"  # the census first name, not 'secretary'
    assert gender_of({"tavi pennick": "m"}, "agent Orun Pennick") is None  # another Pennick: open


def test_a_title_the_parse_split_from_its_dot_still_gives_the_gender() -> None:
    from storyline.analyze.per_article import _mentions
    from storyline.analyze.quotes.pronouns import genders

    body = "Msgr. Orun Vasko led the service on Sunday. Msgr. Vasko said the parish will miss her songs."
    doc = get_nlp()(body)
    assert first_name_gender("Orun") is None  # no census guess hides the votes
    assert genders(doc, _mentions("g", body, doc)).get("vasko") == "m"  # 'her' is someone else's


def test_a_bare_surname_pools_its_evidence_with_its_one_full_name() -> None:
    from storyline.analyze.per_article import _mentions
    from storyline.analyze.quotes.pronouns import gender_of, genders

    body = "Mr. Tavi Pennick runs the bakery on the square. Pennick said the town loves her rye bread."
    doc = get_nlp()(body)
    known = genders(doc, _mentions("g", body, doc))
    assert first_name_gender("Tavi") is None
    assert (
        gender_of(known, "Pennick") == gender_of(known, "Tavi Pennick") == "m"
    )  # one 'her' does not outvote 'Mr.'


def test_the_person_quoted_as_saying_is_the_speaker_not_the_outlet() -> None:
    body = (
        "Lena Vasko grew up on a farm. Her first job was teaching, she said.\n\n"
        '"I could not control my students in those years," she is quoted as saying.\n\n'
        'Tavi Pennick, her agent, was quoted by the Daily Lantern as saying that "she never slowed down."'
    )
    quotes = analyze([Article(id="q", source="q", body=body)])[0].quotes
    assert [q.speaker for q in quotes] == ["Lena Vasko", "Tavi Pennick"]  # not None, not 'the Daily Lantern'


def test_an_infinitive_on_a_thing_names_no_speaker() -> None:
    body = (
        '"Together we intend to grow," said Jo Ames, chief executive, during a teleconference to announce their '
        'merger. "We are confident the teams will fit well together."\n\n'
        'The statutes allow the club president to call an "extraordinary assembly" to decide on new members.'
    )
    quotes = analyze([Article(id="i", source="i", body=body)])[0].quotes
    assert quotes[0].speaker == "Jo Ames" and "confident" in quotes[0].text  # one statement, not the call's
    assert (
        len(quotes) == 2 and "extraordinary assembly" in quotes[1].text
    )  # an infinitive holding its quotation stays


def test_he_after_a_narrated_subject_a_named_person_owns_is_that_person() -> None:
    # 'Mr. Ostrander's record has been mixed. He ...': the sentence is about Ostrander, not the last speaker
    body = (
        "Port budget under review.\n\n"
        '"The budget is sound," Mayor Colm Brandvold said on Monday.\n\n'
        "Mr. Ostrander's record on the harbour has been mixed. "
        '"We kept every pier open," he said.'
    )
    assert "Ostrander" in (_pronoun_speaker(body, "We kept every pier") or "")


def test_a_person_owning_a_subject_inside_a_sentence_with_a_quotation_is_not_narrated() -> None:
    body = (
        "Port budget under review.\n\n"
        '"The budget is sound," Mayor Colm Brandvold said on Monday. Mr. Ostrander\'s plan "will fail," he '
        'added.\n\n"We kept every pier open," he said.'
    )
    assert "Brandvold" in (_pronoun_speaker(body, "We kept every pier") or "")


def test_a_person_owning_a_person_noun_is_not_narrated() -> None:
    # "Ostrander's friend took the stand": the sentence is about the friend, so he is not Ostrander
    body = (
        "Pier trial resumes.\n\n"
        '"The budget is sound," Mayor Colm Brandvold said on Monday.\n\n'
        "Mr. Ostrander's friend took the stand on Tuesday. "
        '"We kept every pier open," he said.'
    )
    assert "Ostrander" not in (_pronoun_speaker(body, "We kept every pier") or "")


def test_he_after_a_person_a_copula_names_is_that_person() -> None:
    body = (
        "Tax returns still missing.\n\n"
        "Three candidates have filed. If the candidate is Dariusz Okonkwo, the answer is no. "
        '"I will publish them when the audit ends, and not a day before," he said.'
    )
    assert "Okonkwo" in (_pronoun_speaker(body, "I will publish them") or "")


def _tagged_doc(words: list[str], proper: set[str]) -> Doc:
    """A doc with no entities whose listed words are tagged proper nouns: NER left every one of them untagged."""
    doc = Doc(get_nlp().vocab, words=words)
    for t in doc:
        t.tag_ = "NNP" if t.text in proper else "NN"
    return doc


def test_a_one_word_name_tagged_a_person_once_is_a_person_where_ner_left_it_untagged() -> None:
    words = "Quill spoke first . Later Quill left and Quill waved .".split()
    doc = _tagged_doc(words, {"Quill"})
    first = Mention("a", 0, 5, "Quill", "PERSON")  # NER tagged the first 'Quill' only
    found = with_untagged_names(doc, [first])
    assert [(m.start, m.label) for m in found] == [(0, "PERSON"), (26, "PERSON"), (41, "PERSON")]


def test_a_one_word_name_ner_also_gave_another_label_gains_no_mentions() -> None:
    words = "Quill spoke first . Later Quill left .".split()
    doc = _tagged_doc(words, {"Quill"})
    mentions = [Mention("a", 0, 5, "Quill", "PERSON"), Mention("a", 26, 31, "Quill", "ORG")]
    assert with_untagged_names(doc, mentions) == mentions  # the tags disagree: no guess either way


def test_a_full_name_or_capitals_tagged_a_person_adds_no_bare_mentions() -> None:
    # a full name's surname is per_article's (_surname_mentions); 'NATO' tagged PERSON is NER's slip
    words = "Ada Quill met NATO . Quill and NATO left .".split()
    doc = _tagged_doc(words, {"Ada", "Quill", "NATO"})
    mentions = [Mention("a", 0, 9, "Ada Quill", "PERSON"), Mention("a", 14, 18, "NATO", "PERSON")]
    assert with_untagged_names(doc, mentions) == mentions


def test_he_after_a_narrated_name_is_that_person_only_when_a_mention_makes_it_one() -> None:
    # 'Quill has been criticised ... He ...': with_untagged_names gives the bare 'Quill' its PERSON mention, which
    # lets the narrated subject beat the last speaker; with no mention there the last speaker goes on
    text = "Quill has been criticised for years . He promoted the pier ."
    subject = Speaker("Quill", 0, 5, head="quill", narrated=True)
    pronoun = Speaker("He", text.index("He"), text.index("He") + 2, pronoun=True, head="he")
    last = Speaker("Mayor Brandvold", 0, 0, head="brandvold")  # the latest quote's speaker
    mentions = [Mention("a", 0, 5, "Quill", "PERSON")]
    found = resolve_pronoun(pronoun, [], [subject], last, mentions, {}, 600, 1500, 300)
    assert found is not None and found.text == "Quill"
    without = resolve_pronoun(pronoun, [], [subject], last, [], {}, 600, 1500, 300)
    assert without is not None and without.text == "Mayor Brandvold"


def test_a_he_skips_a_phrase_headed_by_a_womans_name_that_also_names_a_man() -> None:
    # 'Nadia Ferrante as Okoro's successor': the phrase is Ferrante (its head), not Okoro, so no 'he'
    text = "Nadia Ferrante as Okoro's successor"
    phrase = Speaker(text, 0, len(text), head="ferrante")
    mentions = [Mention("a", 0, 14, "Nadia Ferrante", "PERSON"), Mention("a", 18, 23, "Okoro", "PERSON")]
    known = {"nadia ferrante": "f", "okoro": "m"}
    assert not compatible("he", phrase, mentions, known)
    assert compatible("she", phrase, mentions, known)
    headless = Speaker(text, 0, len(text))  # no head read: the last name decides, as before
    assert compatible("he", headless, mentions, known)


def _speakers(body: str) -> list[str | None]:
    """The speakers of one invented article's quotes, in text order."""
    return [q.speaker for q in analyze([Article(id="s36", source="s36", body=body)])[0].quotes]


def test_a_speaker_phrase_starts_after_the_quotation_the_parse_hung_on_it():
    body = (
        '"While divers have not yet reached the hull itself, we have found the next best thing: timber in '
        'shallow water," lead diver and ESA marine archaeologist Tomas Reyval said in an ESA statement.'
    )
    assert _speakers(body) == ["lead diver and ESA marine archaeologist Tomas Reyval"]


def test_a_verb_whose_subject_is_the_quoted_words_reports_nothing():
    body = 'Stolen laptops are linked into "farms" used to attack other networks and to mail bogus offers to strangers.'
    assert _speakers(body) == []


def test_an_inverted_cue_read_with_its_subject_as_object_names_that_subject():
    body = (
        'The harbour was "in good shape" after the storm in Lisbon, said another witness in the inquiry, '
        "former aide Rina Holt."
    )
    assert _speakers(body) == ["another witness in the inquiry, former aide Rina Holt"]


def test_the_hearer_after_an_inverted_told_is_no_speaker():
    body = (
        "The deputy head of the port union, Rina Holt, told Harbour Radio: "
        '"The new rules take away what we won over decades."'
    )
    assert _speakers(body) == ["The deputy head of the port union, Rina Holt"]
