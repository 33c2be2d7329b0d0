"""lexicon.titles: the one reader of a job word shared by the analysis' descriptions and the briefing's roles."""

from storyline.lexicon.titles import neutral_job


def test_a_job_is_written_out_and_without_gender():
    assert neutral_job("spokeswoman") == neutral_job("spokesman") == "spokesperson"
    assert neutral_job("congresswoman") == "congressperson" and neutral_job("capt") == "captain"
    assert neutral_job("lineman") == "lineman"  # no "linewoman": not a gendered form
    assert neutral_job("mother") == "" and neutral_job("woman") == ""
