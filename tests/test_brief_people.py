"""Issue 13's person conflicts (a spokesperson's gender, a title or role, a name's spelling) on invented
two-outlet stories told the ways outlets tell them: the speaker named by one outlet and only described by the
other, titles before names and in appositions, ranks, "former". Through the real analysis and briefing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.dedup import canonical_copies
from storyline.model import Article, Briefing, Story

# Each outlet tells the story around the sentence under test in its own words, so the two are no near copies.
_HERALD = (
    "The Harlow road bridge has been shut since Monday, when a lorry struck one of its supports.\n{}\n"
    "Traffic has been sent through Denby, adding twenty minutes to journeys."
)
_POST = (
    "Drivers face another week of detours around Harlow.\n{}\nEngineers found cracks in two beams during an "
    "inspection on Tuesday, and shop owners in the town centre say trade has fallen."
)
_SAID = "said the bridge would reopen on Friday"


def _brief(herald: str, post: str, post_later_hours: float = 1.0) -> Briefing:
    t = datetime(2026, 3, 2, 9, tzinfo=UTC)
    arts = {
        "h": Article("h", "h", _HERALD.format(herald), outlet="Coast Herald", published=t),
        "p": Article(
            "p",
            "p",
            _POST.format(post),
            outlet="Evening Post",
            published=t + timedelta(hours=post_later_hours),
        ),
    }
    entities, analyses = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "s", tuple(arts))
    by_id = {an.article_id: an for an in analyses}
    return build_briefing(story, [story], arts, by_id, entities, canonical_copies(list(arts.values())))


def _people(b: Briefing) -> list[tuple[str, str]]:
    """(kind, topic) of the conflicts and updates about people."""
    return [
        (k.kind, k.topic)
        for k in b.conflicts
        if k.kind in ("attribute", "role", "spelling")
        or k.topic.startswith("reports changed over time: role")
    ]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (f"Sgt Ana Bello, a police spokesman, {_SAID}.", f"A police spokeswoman, Sgt Ana Bello, {_SAID}."),
        (
            f"Ana Bello, a spokesman for the county police, {_SAID}.",
            f"A spokeswoman for the county police {_SAID}.",
        ),
        (f"County police spokeswoman Ana Bello {_SAID}.", f"A county police spokesman {_SAID}."),
    ],
)
def test_one_spokespersons_two_genders_conflict_whether_or_not_each_outlet_names_her(herald, post):
    (conflict,) = _people(_brief(herald, post))
    assert conflict[0] == "attribute" and "spokesman" in conflict[1] and "spokeswoman" in conflict[1]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (
            f"Police spokesman Tom Hale {_SAID}.",
            "Police spokeswoman Rita Moss said the driver had been fined.",
        ),
        (
            f"Tom Hale, a spokesman for the county police, {_SAID}.",
            "A county police spokeswoman, Rita Moss, said the driver had been fined.",
        ),
        (f"A police spokesman {_SAID}.", "A hospital spokeswoman said the driver was treated for cuts."),
    ],
)
def test_two_spokespeople_are_no_gender_conflict(herald, post):
    assert not _people(_brief(herald, post))


def test_a_he_or_she_speaking_after_an_unnamed_spokesperson_gives_the_spokespersons_gender():
    herald = f"A spokesman for the highways agency {_SAID}. He added that no one had been hurt."
    post = "The agency expects to finish this week, a spokesperson for the highways agency {}. She added {}."
    ((kind, topic),) = _people(_brief(herald, post.format(_SAID, "that no one had been hurt")))
    assert kind == "attribute" and "spokesman" in topic
    own = "A spokesperson for the highways agency said she could not yet give a cost of the repairs."
    ((kind, _),) = _people(_brief(herald, own))
    assert kind == "attribute"  # the she of the spokesperson's own reported words
    # the he/she may be someone named after the spokesperson, or is not speaking: no gender, no conflict
    other = post.format(f"{_SAID} after talking to the driver, Tina Hale", "that she was sorry")
    assert not _people(_brief(herald, other))
    assert not _people(
        _brief(herald, post.format(_SAID, "that she was sorry").replace("She added", "She was"))
    )


def test_the_he_or_she_of_a_named_persons_own_reported_words_gives_their_gender():
    herald = "Union organiser Robin Kale told us she expects more staff to join the walkout."
    ((kind, _),) = _people(_brief(herald, f"Mr Robin Kale, the union organiser, {_SAID}."))
    assert kind == "attribute"
    herald = "Union organiser Robin Kale met managers, and she expects more staff to join the walkout."
    assert not _people(_brief(herald, f"Mr Robin Kale, the union organiser, {_SAID}."))  # no words of hers


@pytest.mark.parametrize(
    "herald",
    [  # after the comma closing the name's apposition, or after ", adding that"
        "The union's organiser, Robin Kale, said she expected more staff to join the walkout.",
        "Pay talks have failed, union organiser Robin Kale said, adding that she expected more staff to walk out.",
    ],
)
def test_the_he_or_she_after_an_apposed_name_or_adding_that_gives_their_gender(herald):
    post = "The union's organiser, Robin Kale, said he expected more staff to join the walkout."
    ((kind, topic),) = _people(_brief(herald, post))
    assert kind == "attribute" and topic.startswith("gender")
    other = "The union's organiser, Robin Kale, said they expected more staff to join the walkout."
    assert not _people(_brief(herald, other))


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (
            f"Robin Kale, who runs the council's roads team, {_SAID}. Mr Kale did not give a cost.",
            f"Robin Kale {_SAID}. Ms Kale said the repair would cost about 40,000 pounds.",
        ),
        # a surname the entity recogniser leaves untagged
        (
            f"Jo Brand {_SAID}. Ms Brand added that crews were on site.",
            f"Jo Brand {_SAID}. Mr Brand added that crews were on site.",
        ),
    ],
)
def test_mr_and_ms_before_one_surname_are_a_gender_conflict(herald: str, post: str):
    assert [k for k, _ in _people(_brief(herald, post))] == ["attribute"]


@pytest.mark.parametrize(
    ("herald", "post", "words"),
    [
        (f"Deputy Police Chief Marta Ruiz {_SAID}.", f"Police Chief Marta Ruiz {_SAID}.", "deputy"),
        (
            f"Col. Ivan Petrov, who commands the army engineers on site, {_SAID}.",
            f"Maj. Ivan Petrov, whose army engineers are on site, {_SAID}.",
            "maj.",
        ),
        (
            f"Lena Fogg, the county's chief engineer, {_SAID}.",
            f"Lena Fogg, an assistant engineer for the county, {_SAID}.",
            "assistant engineer",
        ),
        (f"Former transport minister Ada Kline {_SAID}.", f"Transport minister Ada Kline {_SAID}.", "former"),
        (
            f"Lt. Col. Ivan Petrov, who commands the army engineers on site, {_SAID}.",
            f"Col. Ivan Petrov, whose army engineers are on site, {_SAID}.",
            "lt. col.",
        ),
        (
            f"Omar Haddad, who is the council's deputy highways director, {_SAID}.",
            f"Highways director Omar Haddad {_SAID}.",
            "deputy highways director",
        ),
    ],
)
def test_a_rank_or_another_title_for_one_person_is_a_role_conflict(herald, post, words):
    (conflict,) = _people(_brief(herald, post))
    assert conflict[0] == "role" and words in conflict[1]


def test_one_title_written_two_ways_is_no_role_conflict():
    assert not _people(_brief(f"Police Chief Marta Ruiz {_SAID}.", f"Marta Ruiz, the police chief, {_SAID}."))
    assert not _people(_brief(f"The mayor's office {_SAID}.", f"A spokeswoman for Mayor Tom Reyes {_SAID}."))


def test_a_minister_called_former_in_a_report_weeks_later_is_an_update_not_a_conflict():
    herald, post = f"Transport minister Ada Kline {_SAID}.", f"Former transport minister Ada Kline {_SAID}."
    ((kind, topic),) = _people(_brief(herald, post, post_later_hours=24 * 30))
    assert kind == "update" and "former transport minister" in topic
    ((kind, _),) = _people(_brief(post, herald, post_later_hours=24 * 30))
    assert kind == "role"  # "former" first, the job itself weeks later: no change over time explains it


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (
            f"Sergey Lavrin, the regional governor, {_SAID}. Lavrin visited the site on Tuesday.",
            f"Regional governor Sergei Lavrin {_SAID}. Lavrin said the lorry driver had been fined.",
        ),
        (
            f"Mayor Tom Reyes {_SAID}. Reyes visited the site on Tuesday.",
            f"Mayor Tom Reys {_SAID}. Reys said the lorry driver had been fined.",
        ),
    ],
)
def test_one_name_spelt_two_ways_is_a_spelling_conflict(herald, post):
    assert [k for k, _ in _people(_brief(herald, post))] == ["spelling"]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (  # the speaker named by both, a phrase saying whom they speak for between the name and the verb
            "Officer Dana Reyes, a spokeswoman for the county police, {}.",
            "Sgt. Dana Reyes of the county police said he expected the bridge to reopen on Friday.",
        ),
        (
            "Police spokesman Dana Reyes {}.",
            "Dana Reyes, who speaks for the county police, said she expected the bridge to reopen on Friday.",
        ),
        (
            "Dana Reyes, a spokeswoman for the county police, {}.",
            "Dana Reyes, speaking for the county police, said he expected the bridge to reopen on Friday.",
        ),
        (  # unnamed by both: the he/she after a clause asking for anonymity
            "A county police spokesman {}.",
            "The county police's spokesperson, who asked not to be named, said she expected the bridge to "
            "reopen on Friday.",
        ),
    ],
)
def test_a_he_or_she_after_whom_a_speaker_works_for_gives_their_gender(herald, post):
    ((kind, topic),) = _people(_brief(herald.format(_SAID), post))
    assert kind == "attribute" and topic.startswith("gender")


@pytest.mark.parametrize(
    "post",
    [  # the he/she after other words may be whoever they name
        "A spokesperson for the county police, asked about the driver, said he had been released.",
        "Tom Cole, who was in the lorry with Dana Reyes, said she was unhurt.",
    ],
)
def test_a_he_or_she_after_other_words_than_an_employer_gives_no_gender(post):
    assert not _people(_brief(f"Dana Reyes, a spokeswoman for the county police, {_SAID}.", post))


@pytest.mark.parametrize(
    ("herald", "post", "words"),
    [
        (
            f"The city's deputy mayor, Tom Reyes, {_SAID}.",
            f"The city's mayor, Tom Reyes, {_SAID}.",
            "deputy mayor",
        ),
        (f"The former mayor, Tom Reyes, {_SAID}.", f"Mayor Tom Reyes {_SAID}.", "former mayor"),
        (
            f"Ada Kline, a former transport minister, {_SAID}.",
            f"Ada Kline, the transport minister, {_SAID}.",
            "former transport minister",
        ),
        (f"Dana Hale, the acting police chief, {_SAID}.", f"Police Chief Dana Hale {_SAID}.", "acting"),
        (
            f"Tom Reyes, the club's head coach, {_SAID}.",
            f"Assistant coach Tom Reyes {_SAID}.",
            "assistant coach",
        ),
        (
            f"Tom Reyes, deputy head of the roads department, {_SAID}.",
            f"Tom Reyes, the head of the roads department, {_SAID}.",
            "deputy head",
        ),
    ],
)
def test_a_title_set_beside_the_name_in_commas_is_read_with_its_rank(herald, post, words):
    (conflict,) = _people(_brief(herald, post))
    assert conflict[0] == "role" and words in conflict[1]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (f"The mayor, Tom Reyes, {_SAID}.", f"Mayor Tom Reyes {_SAID}."),
        (f"The club's head coach, Tom Reyes, {_SAID}.", f"Head coach Tom Reyes {_SAID}."),
        (f"Tom Reyes, the mayor, met the deputy mayor, Ana Cole, and {_SAID}.", f"Mayor Tom Reyes {_SAID}."),
        (f"Tom Reyes, head of the roads department, {_SAID}.", f"Roads chief Tom Reyes {_SAID}."),
    ],
)
def test_one_title_in_commas_or_before_the_name_is_no_role_conflict(herald, post):
    assert not _people(_brief(herald, post))


def test_two_first_names_of_one_surname_in_one_article_are_two_people_not_a_misspelling():
    herald = f"Mayor Tom Reyes {_SAID}. Reyes visited the site on Tuesday."
    cousin = f"Mayor Tom Reyes {_SAID}. His cousin, Councillor Tim Reyes, disagreed."
    assert not _people(_brief(herald, cousin))
    assert [k for k, _ in _people(_brief(herald, cousin.replace("Mayor Tom", "Mayor Tim")))] == ["spelling"]


def _ages(b: Briefing) -> list[str]:
    return [k.topic for k in b.conflicts if "age" in k.topic]


@pytest.mark.parametrize(
    "post",
    [
        "The driver, Tom Reyes, 43, was unhurt.",
        "The 43-year-old driver, Tom Reyes, was unhurt.",
        "Tom Reyes, a 43-year-old from Denby, was unhurt.",
        "The driver was named as Tom Reyes. The 43-year-old was unhurt.",
    ],
)
def test_one_persons_two_ages_conflict_however_each_outlet_writes_them(post):
    assert _ages(_brief("The driver, Tom Reyes, 34, was unhurt.", post))


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (
            "The driver, Tom Reyes, 34, and his passenger, Ana Cole, 43, were unhurt.",
            "Ana Cole, 43, and Tom Reyes, 34, were unhurt.",
        ),
        (
            "A 34-year-old man was arrested. A woman, 43, was treated for cuts.",
            "A 43-year-old woman was treated for cuts. A man, 34, was arrested.",
        ),
        (  # the unnamed age's article names someone else than the one person given an age
            "The driver, Tom Reyes, 34, was unhurt.",
            "A passer-by, Ana Cole, called the police. The 43-year-old was not hurt.",
        ),
        (  # a noun says whose the age is: maybe someone else than the one named
            "The driver, Tom Reyes, 34, was unhurt.",
            "Tom Reyes was driving. A 43-year-old passenger was taken to hospital.",
        ),
    ],
)
def test_two_peoples_ages_do_not_conflict(herald, post):
    assert not _ages(_brief(herald, post))


@pytest.mark.parametrize(
    ("herald", "post", "conflict"),
    [
        (f"Chief Superintendent Ann Brook {_SAID}.", f"Superintendent Ann Brook {_SAID}.", True),
        (
            f"Chief Inspector Ian Webb {_SAID}.",
            f"Ian Webb, an inspector with the county police, {_SAID}.",
            True,
        ),
        (f"Chief Executive Dana Hale {_SAID}.", f"Dana Hale, the chief executive, {_SAID}.", False),
        (f"Chief Executive Officer Dana Hale {_SAID}.", f"CEO Dana Hale {_SAID}.", False),
        (f"Police Chief Dana Hale {_SAID}.", f"Dana Hale, the chief of police, {_SAID}.", False),
    ],
)
def test_chief_before_a_rank_is_another_rank_but_a_chief_executive_is_the_executive(herald, post, conflict):
    assert [k for k, _ in _people(_brief(herald, post))] == (["role"] if conflict else [])


_PLANT = "Orla Dairies will close its Harlow creamery. "


@pytest.mark.parametrize(
    ("herald", "post", "conflict"),
    [
        (f"{_PLANT}A company spokeswoman {_SAID}.", f"A spokesman for Orla {_SAID}.", True),
        (f"{_PLANT}The firm's spokeswoman {_SAID}.", f"An Orla spokesman {_SAID}.", True),
        # another employer, or "the company" of an article that never names the one named elsewhere
        (f"{_PLANT}A police spokeswoman {_SAID}.", f"A spokesman for Orla {_SAID}.", False),
        (f"{_PLANT}A company spokeswoman {_SAID}.", f"A spokesman for Brennan Foods {_SAID}.", False),
        (f"A spokeswoman for the company {_SAID}.", f"{_PLANT}A spokesman for Orla {_SAID}.", False),
    ],
)
def test_a_spokesperson_for_the_company_is_the_named_companys_when_the_article_names_it(
    herald, post, conflict
):
    assert [k for k, _ in _people(_brief(herald, post))] == (["attribute"] if conflict else [])


@pytest.mark.parametrize(
    ("herald", "post", "conflict"),
    [  # two romanisations of one first name are one person spelt two ways; two names are two people
        ("Yelena Sokolova", "Elena Sokolova", True),
        ("Yuri Petrov", "Yury Petrov", True),
        ("Nikolai Petrenko", "Nikolay Petrenko", True),
        ("Ian Walsh", "Jan Walsh", False),
    ],
)
def test_romanised_variants_of_a_first_name_are_a_spelling_conflict(herald, post, conflict):
    surname = herald.split()[-1]
    b = _brief(
        f"{herald} {_SAID}. {surname} visited the site on Tuesday.",
        f"{post} {_SAID}. {surname} said the lorry driver had been fined.",
    )
    assert [k for k, _ in _people(b)] == (["spelling"] if conflict else [])


@pytest.mark.parametrize(
    "post",
    [
        f"Ron Vail, who was promoted to mayor on Monday, {_SAID}.",
        f"The newly appointed mayor, Ron Vail, {_SAID}.",
        f"Ron Vail, who became mayor on Monday, {_SAID}.",
    ],
)
def test_a_job_a_later_report_says_was_just_taken_is_an_update_not_a_role_conflict(post):
    herald = f"Deputy mayor Ron Vail {_SAID}."
    ((kind, topic),) = _people(_brief(herald, post, post_later_hours=3))
    assert kind == "update" and "mayor" in topic
    ((kind, _),) = _people(_brief(herald, f"Mayor Ron Vail {_SAID}.", post_later_hours=3))
    assert kind == "role"  # no change said: two outlets disagree


@pytest.mark.parametrize(
    ("herald", "post", "conflict"),
    [  # "ex-" and "then-" say "former" in one word
        (f"Ex-mayor Ron Vail {_SAID}.", f"Mayor Ron Vail {_SAID}.", True),
        (f"Ron Vail, the ex-mayor, {_SAID}.", f"Ron Vail, the mayor, {_SAID}.", True),
        (f"Then-mayor Ron Vail opened the bridge. Vail {_SAID}.", f"Mayor Ron Vail {_SAID}.", True),
        (f"Ex-mayor Ron Vail {_SAID}.", f"Former mayor Ron Vail {_SAID}.", False),
        (f"Ron Vail, an ex-mayor, {_SAID}.", f"Ron Vail, a former mayor, {_SAID}.", False),
    ],
)
def test_ex_and_then_before_a_job_are_former(herald, post, conflict):
    assert [k for k, _ in _people(_brief(herald, post))] == (["role"] if conflict else [])


@pytest.mark.parametrize(
    "post",
    [
        f"Mayor Ida Krell's spokesman {_SAID}.",
        f"A spokesman for Ida Krell {_SAID}.",
        f"Krell's spokesman {_SAID}.",
    ],
)
def test_a_named_persons_spokesperson_is_one_whatever_title_each_outlet_gives_the_person(post):
    herald = f"A spokeswoman for Mayor Ida Krell {_SAID}."
    (conflict,) = _people(_brief(herald, post))
    assert conflict[0] == "attribute"
    # two people's spokespeople are two
    assert not _people(_brief(herald, f"A spokesman for Councillor Tom Hale {_SAID}."))
