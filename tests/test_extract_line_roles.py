"""The learned line labeller of the plain-text path: shipped model, roles, and a copied page end to end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.extract import extract_article, lead_headline
from storyline.extract.headline_features import CANDIDATE_WINDOW, TOP_LINES, headline_candidates
from storyline.extract.line_features import features, page_features, reads_as_meta
from storyline.extract.line_roles import MODEL_PATH, ROLES, label_lines, model_available
from storyline.extract.quality import is_truncated
from storyline.extract.title_lines import cut_title

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
COPIED = (FIXTURES / "copied_page.txt").read_text(encoding="utf-8")

needs_model = pytest.mark.skipif(not model_available(), reason="no line model shipped")


@needs_model
def test_model_is_small_and_holds_no_page_text() -> None:
    data = MODEL_PATH.read_bytes()
    assert len(data) < 1_000_000
    # Feature names are generic: no run of four words from a page can appear in the model.
    assert not re.search(rb"[a-z]{3,} [a-z]{3,} [a-z]{3,} [a-z]{3,}", data)


def test_features_are_generic_names() -> None:
    rows = features(["Harbour board approves night ferry trial after two-year dispute", "Share this article"])
    assert all(len(key) <= 40 and " " not in key for row in rows for key in row)


def test_ranker_rows_see_the_labeller_and_the_page_title_line() -> None:
    """A candidate's row carries the labeller's tag and probabilities, its neighbours' tags, and the page's own
    "Title | Site" line as a "site" echo (a longer teaser starting with the title is a "start" echo instead)."""
    texts = [
        "Harbour board approves night ferry trial | The Halvard Courier",
        "Harbour board approves night ferry trial",
        "By Jane Roe",
        "The Halvard harbour board has approved a night ferry trial after a dispute that lasted two years.",
        "The trial starts in May and runs for six months, the board said on Tuesday evening.",
    ]
    rows, page = page_features(texts, (), None)
    roles = ["chrome", "headline", "byline", "body", "body"]
    marginals = {"headline": 0.7, "standfirst": 0.1, "chrome": 0.05}
    candidates = headline_candidates(
        texts, rows, page, roles, lambda role, i: marginals[role] if i == 1 else 0.0
    )
    row = candidates[1]
    assert row["hm_h"] == 0.7 and row["hmtop"] == 1.0 and row["htag=headline"] == 1.0
    assert row["hnext=byline"] == 1.0 and row["hmeta_below"] == 1.0
    assert row["hecho=site"] == 1.0 and "hecho=start" not in row
    assert "hmtop" not in candidates[0]
    # its own line attributes, not the neighbours' raw ones the labeller's rows carry (the ranker reads the lines
    # around through the tags: with both it fitted site habits)
    assert any(key.startswith("nw=") for key in row) and any(key.startswith("-1:") for key in rows[1])
    assert not any(key.startswith(("-2:", "-1:", "1:", "2:")) for key in row)
    own = [key for key in rows[1] if not key.startswith(("-2:", "-1:", "1:", "2:"))]
    assert list(row)[: len(own)] == own  # every one, in the row's order (the ranker sums in that order)
    # its words, its first word and the words of the line above (the ranker weighs those of several sites)
    assert row["hw:harbour"] == row["hf:harbour"] == row["hu:courier"] == row["hu:|"] == 1.0
    assert (
        "hf:board" not in row and "hw:jane" not in row and not any(k.startswith("hu:") for k in candidates[0])
    )


def test_candidates_are_compared_with_each_other() -> None:
    """A headline over its standfirst: the standfirst retells the headline's words (the headline is marked retold,
    the standfirst retelling) and sits under a likelier, shorter headline; the title's copy in a share row is
    counted; a hyphenated one-word title is a candidate, a number or a domain is not."""
    texts = [
        "12:30",
        "example.com",
        "Bienenstich-Muffins",
        "Harbour board approves night ferry trial",
        "The harbour board approves a night ferry trial after a dispute over noise that lasted two years",
        "By Jane Roe",
        "The Halvard harbour board has approved a night ferry trial after a dispute that lasted two years.",
        "The trial starts in May and runs for six months, the board said on Tuesday evening.",
        "Share: Harbour board approves night ferry trial",
        "Harbour board approves night ferry trial",
    ]
    rows, page = page_features(texts, (), None)
    head = {3: 0.7, 4: 0.2}
    candidates = headline_candidates(
        texts,
        rows,
        page,
        ["chrome"] * len(texts),
        lambda role, i: head.get(i, 0.0) if role == "headline" else 0.0,
    )
    assert 2 in candidates and 0 not in candidates and 1 not in candidates
    assert candidates[3]["hretold"] == 1.0 and "hretells" not in candidates[3]
    assert candidates[4]["hretells"] == 1.0 and "hretold" not in candidates[4]
    assert candidates[4]["hrival_up=shorter"] == 1.0
    assert not any(k.startswith("hrival") for k in candidates[3])
    assert candidates[3]["hsame=1"] == 1.0 and candidates[4]["hsame=0"] == 1.0


def test_the_standfirst_yields_to_the_tagged_headline_above_it() -> None:
    """The ranker's best line is the headline unless the labeller tags it standfirst under a tagged headline."""
    from storyline.extract import _best_headline
    from storyline.extract.line_roles import LineRoles

    roles = ["chrome", "headline", "standfirst", "body"]
    assert _best_headline(LineRoles(roles, [0.1, 0.4, 0.6, 0.0])) == 1
    assert _best_headline(LineRoles(["chrome", "chrome", "standfirst", "body"], [0.1, 0.4, 0.6, 0.0])) == 2
    assert _best_headline(LineRoles(roles, [0.1, 0.0, 0.6, 0.0])) == 2  # the line above is no candidate
    assert _best_headline(LineRoles(roles, [0.0, 0.0, 0.0, 0.0])) is None
    byline = ["headline", "byline", "body"]  # a "From: ..." field under its headline
    assert _best_headline(LineRoles(byline, [0.3, 0.5, 0.0])) == 0


def test_a_body_tagged_best_line_keeps_the_pick_over_a_tagged_label_above() -> None:
    """A section label tagged headline above the ranker's best line, tagged body, does not take the pick."""
    from storyline.extract import _best_headline
    from storyline.extract.line_roles import LineRoles

    roles = ["chrome", "headline", "body", "body"]
    assert _best_headline(LineRoles(roles, [0.1, 0.7, 0.8, 0.0])) == 2
    assert _best_headline(LineRoles(["chrome", "headline", "chrome", "body"], [0.1, 0.7, 0.8, 0.0])) == 2


def test_a_title_line_is_cut_to_its_title() -> None:
    """List marks, breadcrumb trails and a " | Site" tail go (the tail only when the site is named elsewhere on
    the page); a dash tail, a quotation in guillemets and a slash stay: they are part of headlines."""
    page = "The Halvard Courier\n...\n© 2024 The Halvard Courier"
    assert cut_title("3. # Ferry trial approved", page) == "Ferry trial approved"
    assert cut_title("Home » News » Ferry trial approved", page) == "Ferry trial approved"
    assert cut_title("Forum>Harbour>Ferry trial approved", page) == "Ferry trial approved"
    assert cut_title("Ferry trial approved | The Halvard Courier", page) == "Ferry trial approved"
    assert cut_title("Ferry trial approved | Night Desk", page) == "Ferry trial approved | Night Desk"
    assert cut_title("Ferry trial approved – what changes", page) == "Ferry trial approved – what changes"
    assert cut_title("Mayor: »Wir schaffen das«", page) == "Mayor: »Wir schaffen das«"
    assert cut_title("Dare to Play 3 / October pack", page) == "Dare to Play 3 / October pack"


def test_the_top_of_a_page_is_searched_however_late_the_prose_starts() -> None:
    """A headline above a long menu (the prose run starting past the search window) is still a candidate, marked
    as outside the window; a breadcrumb-trailed line is marked as one the title cut shortens."""
    menu = [f"Section Page {i}" for i in range(CANDIDATE_WINDOW + TOP_LINES + 20)]
    prose = [
        "The Halvard harbour board has approved a night ferry trial after a dispute that lasted two years.",
        "The trial starts in May and runs for six months, the board said on Tuesday evening in the town.",
    ] * 3
    texts = ["Harbour board approves night ferry trial", *menu, "Home » News » Night ferry trial", *prose]
    rows, page = page_features(texts, (), None)
    candidates = headline_candidates(texts, rows, page, ["chrome"] * len(texts), lambda role, i: 0.0)
    assert 0 in candidates and candidates[0]["htop"] == 1.0
    assert TOP_LINES + 5 not in candidates  # neither in the top lines nor in the window
    crumb = page.start - 1
    assert "htop" not in candidates[crumb] and candidates[crumb]["hcut=crumb"] == 1.0


@needs_model
def test_every_line_gets_one_role() -> None:
    lines = [line.strip() for line in COPIED.splitlines() if line.strip()]
    labelled = label_lines(lines)
    assert len(labelled.roles) == len(lines) and set(labelled.roles) <= set(ROLES)
    assert len(labelled.headline_p) == len(lines)


@needs_model
def test_copied_page_headline_body_and_no_false_truncation() -> None:
    article = extract_article(COPIED, content_type="text")
    assert article.headline == "Harbour board approves night ferry trial after two-year dispute"
    assert article.body.startswith("The Halvard harbour board has approved")
    assert article.body.endswith("report breaches to the board.")
    for chrome in ("Skip to main content", "THE HALVARD COURIER", "Share this article", "Sign in to comment"):
        assert chrome not in article.body
    assert "truncated" not in article.flags


def test_lead_sentence_stands_in_for_a_missing_headline() -> None:
    body = "The board voted seven to two on Tuesday. It meets again in May."
    assert lead_headline(body) == "The board voted seven to two on Tuesday."
    long = " ".join(["word"] * 40) + "."
    assert lead_headline(long).endswith("…") and len(lead_headline(long).split()) == 26


@pytest.mark.parametrize(
    "body",
    [
        "It ends properly.\n\nMain image credit: Getty",
        "It ends properly.\n\nRelated: Council Budget Vote Delayed Again As Talks Stall Over Night Ferries",
        "It ends properly.\n\nMore info: www.example.org/ferries",
        "The board approved the plan on Tuesday, the chair said. PTI",
        "It ends properly.\n\n14 March 2023 | 18:40",
        "It ends properly.\n\nA crowd gathered outside the station on Monday eveningCredit: Harbour Photos",
        "„Wir bleiben zuversichtlich. Und wir bauen weiter.“",
        "The council will meet again in the spring. (With agency material)",
        "The council will meet again in the spring. – Additional reporting by Lena Haddad",
        "It ends properly.\n\n_If you're reading this in the app, tap here to watch the briefing live_",
        "It ends properly.\n\nAlso read: Ferry operators count the cost of the long winter closure",
        "It ends properly.\n\nsession_id | example.org | Keeps the visitor signed in | 30 days",
        "It ends properly.\n\nimages.example.org",
        "Es endet richtig.\n\nMelde dich jetzt für unseren Newsletter an",
        "It ends properly.\n\nYou need JavaScript to read on. Manage cookie preferences",
        "It ends properly.\n\nHarbour Master's Son Began the Night Ferry's Last Run in a Storm on Tuesday",
        "It ends properly.\n\nSend the form below with your cheque (payable to the Harbour Trust)",
    ],
)
def test_closing_labels_are_not_truncation(body: str) -> None:
    assert not is_truncated(body)


def test_cut_prose_is_truncation() -> None:
    assert is_truncated(
        "First.\n\nThe operator said it would start selling tickets to residents of the north"
    )
    assert is_truncated(
        "It was closed. – and the council said it would meet again in the spring to decide if the"
    )
    assert is_truncated("First.\n\nThe council voted to keep the night ferry running until the end of")
    assert is_truncated("First.\n\nThe ferry runs twice a night. The operator said it would add")


def test_a_repeated_last_line_is_a_teaser_not_a_cut() -> None:
    teaser = "Ferry crews say the timetable leaves them too little rest between the runs"
    assert is_truncated(f"It ends properly.\n\n{teaser}")
    assert not is_truncated(f"It ends properly.\n\n{teaser}", elsewhere={"Related stories", teaser})
    assert not is_truncated(f"{teaser}\n\nIt ends properly.\n\n{teaser}")
    cut = "The operator said it would start selling tickets to residents of the north"
    assert is_truncated(f"First.\n\n{cut}", elsewhere={"Related stories", teaser})


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("By Mara Quill, Harbour Reporter", True),
        ("Von Mara Quill", True),
        ("Posted on the ferry desk", True),
        ("14 March 2024, 09:15", True),
        ("03/14/2024", True),
        ("Updated two hours ago", True),
        ("Harbour board approves night ferry trial", False),
        ("Bypass plans go back to the council", False),  # "By" only as a word's start
        ("More from Coastal towns", False),
    ],
)
def test_byline_and_date_shapes_are_read_from_the_line_alone(line: str, meta: bool) -> None:
    assert reads_as_meta(line) is meta
