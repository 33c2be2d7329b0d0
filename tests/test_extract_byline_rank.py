"""The learned byline ranker: a dated name line under the headline, labelled chrome, is the byline; a menu line is not."""

from __future__ import annotations

from storyline.extract.byline_rank import FEATURES, byline_candidates, name_in_line, ranked_byline, read_name
from storyline.extract.metadata import byline_in_line

BODY = (
    "The council voted on Tuesday to reopen the harbour bridge after months of repairs, and the privacy of the"
    " contact policy was noted."
)
TEXTS = [
    "Home",
    "Harbour bridge reopens after months of repairs",
    "11.12.2019 - Marina Beuerle",
    BODY,
    BODY,
    "Privacy Policy",
]
ROLES = ["chrome", "headline", "chrome", "body", "body", "chrome"]


def test_candidates_are_name_shaped_lines() -> None:
    found = byline_candidates(TEXTS, ROLES, 1)
    assert [(i, name) for i, name, _ in found] == [(2, "Marina Beuerle"), (5, "Privacy Policy")]
    assert all(len(features) == len(FEATURES) for _, _, features in found)


def test_dated_name_line_is_the_byline_and_menu_line_is_not() -> None:
    assert ranked_byline(TEXTS, ROLES, 1) == (2, "Marina Beuerle")
    without_name = TEXTS[:2] + TEXTS[3:]
    assert ranked_byline(without_name, ROLES[:2] + ROLES[3:], 1) is None


def test_names_in_lines() -> None:
    """Dates, times and weekdays around a name are not part of it; a marker's one-word name counts only when the
    marker opens the line."""
    assert name_in_line("Julia Steinhoff / Oktober 25 2023") == "Julia Steinhoff"
    assert name_in_line("Katherine Fidler Thursday 2 Nov 2023 10:09 am") == "Katherine Fidler"
    assert name_in_line("Gespeichert von rasos am 24. Juli 2017 - 18:55") == "rasos"
    assert name_in_line("Cupcakes & Muffins von A-Z") is None
    assert name_in_line("by the way") is None


def test_cheap_gates_keep_every_rule() -> None:
    """The prefilters in name_in_line drop no name: a marker's lower-case name (one capital only), a name whose
    date is set off by characters the date rule removes ("·", ":"); a bracket or a title-case line names no one."""
    assert name_in_line("By oradmin") == "oradmin"
    assert name_in_line("11:02 · Amelie Loevenich") == "Amelie Loevenich"
    assert name_in_line("Amelie Loevenich (2019)") is None
    assert (
        name_in_line("Breaking News From The Harbour Bridge Council Meeting Tonight And Every Night") is None
    )


def test_menu_and_author_box_features() -> None:
    """A bulleted line is a list item (a menu, a related link); a name that a marker names on another line ("All
    posts by X") is marked elsewhere; a name sharing the headline's words is flagged."""
    texts = [
        "* Harbour Bridge",
        "Harbour bridge reopens after months of repairs",
        "Marina Beuerle",
        BODY,
        "All posts by Marina Beuerle",
    ]
    found = {i: dict(zip(FEATURES, f, strict=True)) for i, _, f in byline_candidates(texts, ROLES[:5], 1)}
    assert (found[0]["list_item"], found[0]["headline_word_share"]) == (1.0, 1.0)  # "* Harbour Bridge"
    assert (found[2]["list_item"], found[2]["headline_word_share"]) == (0.0, 0.0)  # "Marina Beuerle"
    assert (found[2]["marked_elsewhere"], found[4]["marked_elsewhere"]) == (1.0, 0.0)


def test_marker_inside_the_line_and_body_below() -> None:
    """A marker before the name anywhere in its line ("12 May 2020, par X") counts, not only one opening it; a
    name line with body text right below is flagged."""
    texts = [
        "Harbour bridge reopens after months of repairs",
        "jeudi 13 juin 2019, par Lea Muster",
        BODY,
        "Jan Roe",
    ]
    roles = ["headline", "chrome", "body", "chrome"]
    found = {i: dict(zip(FEATURES, f, strict=True)) for i, _, f in byline_candidates(texts, roles, 0)}
    assert (found[1]["marked_here"], found[1]["marker_opens"], found[1]["body_follows"]) == (1.0, 0.0, 1.0)
    assert (found[3]["marked_here"], found[3]["body_follows"]) == (0.0, 0.0)


def test_names_the_header_rules_leave_out() -> None:
    """Copyright notices, author boxes, academic titles, a trailing comma, a lower-case role and a line in capitals
    hold names too, each marked with the rule that read it; a notice naming a company gives none."""
    assert read_name("© 2009-2012 Lea Muster. Impressum & Datenschutz") == ("Lea Muster", "copyright")
    assert read_name("(c) Jan Roe • Weitere Rechte siehe Impressum") == ("Jan Roe", "copyright")
    assert read_name("Copyright 2023 Daily Lantern Media Group. All rights reserved.") is None
    assert read_name("Zeige alle Beiträge von Krimifan »") == ("Krimifan", "author_box")
    assert read_name("View all posts by the editors") is None
    assert read_name("Dr. Lea Muster") == ("Lea Muster", "cleaned")
    assert read_name("Lea Muster,") == ("Lea Muster", "cleaned")
    assert read_name("Jan Roe Harbour editor") == ("Jan Roe", "cleaned")
    assert read_name("LEA MUSTER") == ("LEA MUSTER", "capitals")
    assert read_name("Lea MusterNovember 6, 2023") == ("Lea Muster", "dated")  # a date glued on
    assert read_name("UNTERNEHMEN") is None
    assert read_name("By Jan Roe") == ("Jan Roe", "header")


def test_one_role_list_under_each_case_rule() -> None:
    """Every role word splits a role off the name: any case after the name, capitalised when a renderer glued it
    on, lower case in a name-shaped line the header rules cannot read."""
    assert byline_in_line("Jan RoeCorrespondent") == ("Jan Roe", "Correspondent")
    assert byline_in_line("By Jan RoeDeputy Editor") == ("Jan Roe", "Deputy Editor")
    assert read_name("Jan Roe deputy political editor") == ("Jan Roe", "cleaned")


def test_a_name_is_cut_between_dates_not_joined_across_them() -> None:
    """A name line with a date inside reads its first stretch between dates when that is a name ("X 11/08/2020
    Gefühle" is X, not "X Gefühle"), never a later stretch alone (a comment count, a tag); a hyphen inside a name
    is no date part."""
    assert read_name("Lea Muster 11/08/2020 Gefühle") == ("Lea Muster", "dated")
    assert read_name("3. März 20233. März 2023 Lea Muster 2 Kommentare Umwelt , Energie") == (
        "Lea Muster",
        "dated",
    )
    assert read_name("Klaus-Peter Muster 12.05.2020") == ("Klaus-Peter Muster", "dated")
    assert read_name("11.12.2019 - Jan Roe") == ("Jan Roe", "dated")
    assert read_name("5 Min. 1. März 2023 Lea 1 Kommentar Lesezeichen") is None


def test_every_author_of_a_byline_and_a_glued_marker() -> None:
    """Several authors are one byline, however they are joined ("X, Y & Z", "and" before an initial without its
    dot); a marker a renderer glued to the name ("ByJan Roe") is cut off, a name that opens with the same letters
    ("Byron") is not."""
    assert byline_in_line("Lea Muster, Tom Vell & Ana Roe") == ("Lea Muster, Tom Vell, Ana Roe", None)
    assert byline_in_line("Posted by Lea Muster, Tom Vell, Ana Roe and Kim C Nair - Web Team") == (
        "Lea Muster, Tom Vell, Ana Roe and Kim C Nair",
        None,
    )
    assert byline_in_line("Lea Muster, Political Correspondent") == ("Lea Muster", "Political Correspondent")
    assert byline_in_line("ByJan Roe") == ("Jan Roe", None)
    assert byline_in_line("Byron Vell") == ("Byron Vell", None)


def test_a_name_printed_twice_is_one_name() -> None:
    """A renderer prints an author box's avatar text and then the name: one full name twice is the name once."""
    assert byline_in_line("Par Lea Muster Lea Muster") == ("Lea Muster", None)
    assert byline_in_line("By Tom Vell Tom") == ("Tom Vell Tom", None)
