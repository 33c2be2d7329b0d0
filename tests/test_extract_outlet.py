from storyline.extract.boilerplate import split_lines
from storyline.extract.outlet import (
    norm,
    outlet_candidates,
    outlet_from_chrome,
    outlet_from_text,
    outlet_from_url,
)

PAGE = """THE EXAMPLE TIMES
Home | World | Business
Council approves budget | The Example Times
The council voted on Tuesday.
Subscribe to The Example Times for full access.
Contact us: news@exampletimes.com
© 2020 The Example Times. All rights reserved.
"""


def test_norm_compares_names_and_hosts():
    assert norm("The Example Times") == norm("example times") == "exampletimes"
    assert norm("www.exampletimes.com") == "exampletimes"


def test_candidates_come_from_masthead_copyright_chrome_and_domains():
    kinds = {key for key, _, _ in outlet_candidates(PAGE)}
    assert "exampletimes" in kinds


def test_outlet_from_text_names_one_outlet():
    found = outlet_from_text(PAGE)
    assert found == "The Example Times"


def test_moved_outlet_helpers():
    assert outlet_from_url("https://www.independent.co.uk/news/x") == "independent.co.uk"
    assert (
        outlet_from_chrome(split_lines("Get notifications from The Daily Lantern\nBody text."))
        == "The Daily Lantern"
    )
