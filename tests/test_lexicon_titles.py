"""lexicon.titles: the one reader of a job word shared by the analysis' descriptions and the briefing's roles."""

from storyline.lexicon.titles import neutral_job, written_out


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


def test_a_feminine_ess_job_is_the_job_it_is_of():
    assert neutral_job("actress") == neutral_job("actor") == "actor"
    assert neutral_job("princess") == "princess"  # no job "prince" it is of
