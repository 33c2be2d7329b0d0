"""lexicon.titles: the one reader of a job word shared by the analysis' descriptions and the briefing's roles."""

from storyline.lexicon.titles import NAME_TITLES, agent_job, neutral_job, written_out


def test_a_job_is_written_out_and_without_gender():
    assert neutral_job("spokeswoman") == neutral_job("spokesman") == "spokesperson"
    assert neutral_job("congresswoman") == "congressperson" and neutral_job("capt") == "captain"
    assert neutral_job("lineman") == "lineman"  # no "linewoman": not a gendered form
    assert neutral_job("mother") == "" and neutral_job("woman") == ""


def test_an_abbreviated_rank_is_the_rank_it_stands_for():
    """ "Adm." before a name is an admiral, not an administrator; "Col." a colonel, not a columnist. An abbreviation
    of two jobs and no rank stays itself ("rep"), and a rank is no reading of "St." or "Corp."."""
    assert written_out("adm") == "admiral" and neutral_job("adm") == "admiral"
    assert written_out("col") == "colonel" and written_out("gov") == "governor"
    assert [written_out(w) for w in ("rep", "st", "corp", "co")] == ["rep", "st", "corp", "co"]


def test_wordnet_occupations_and_offices_are_jobs():
    """The jobs the hand list lacked come from WordNet's occupational branches (eval/wordnet_jobs.py)."""
    for word in ("curator", "consul", "archbishop", "paramedic", "treasurer", "registrar", "firefighter"):
        assert neutral_job(word) == word, word
    assert neutral_job("forewoman") == neutral_job("foreman") == "foreperson"


def test_kin_people_faiths_statuses_and_plain_person_nouns_are_no_jobs():
    """A job compares as one person's role; what is true of anyone beside a job is none."""
    words = (
        "man woman resident victim fan mother father cousin american dane christian muslim democrat volunteer"
    )
    assert [w for w in words.split() if neutral_job(w)] == []


def test_a_job_that_is_a_given_name_is_not_read_off_a_name():
    """ "Hunter" and "Dean" are WordNet jobs and given names: "Dean Voss" keeps its first name; a hand-list title
    ("Judge") is still read off."""
    assert NAME_TITLES >= {"curator", "judge"} and not NAME_TITLES & {"hunter", "dean"}
    assert neutral_job("hunter") == "hunter"


def test_a_verb_names_only_a_post_of_the_hand_list():
    """ "chairs the board" makes a chair; "sells the paintings" makes no seller, a WordNet job though it is."""
    assert agent_job("chairs") == "chair" and neutral_job("seller") == "seller" and agent_job("sells") == ""


def test_wordnets_other_words_for_a_job_are_that_job():
    """A synonym WordNet files with a job is read as the job heading its synset ("prexy" / "president"); a ruler's
    judgement ("autocrat", "despot") is no job another outlet's title could be set against."""
    assert neutral_job("prexy") == neutral_job("president") == "president"
    assert neutral_job("goalie") == neutral_job("goalkeeper") and neutral_job("autocrat") == ""
    assert neutral_job("chairperson") == neutral_job("chairwoman") == "chairperson"


def test_a_feminine_ess_job_is_the_job_it_is_of():
    assert neutral_job("actress") == neutral_job("actor") == "actor"
    assert neutral_job("princess") == "princess"  # no job "prince" it is of
