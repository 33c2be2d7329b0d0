import math

import pytest

from storyline.extract.boilerplate import split_lines
from storyline.extract.outlet import (
    norm,
    outlet_candidates,
    outlet_from_chrome,
    outlet_from_text,
    outlet_from_url,
)
from storyline.settings import DEFAULTS

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
    kinds = {key for key, *_ in outlet_candidates(PAGE)}
    assert "exampletimes" in kinds


def test_outlet_from_text_names_one_outlet():
    assert outlet_from_text(PAGE, DEFAULTS.clean.outlet_min_p) == "The Example Times"
    assert outlet_from_text(PAGE, 1.0) is None  # unsure: unknown, not a guess


def test_moved_outlet_helpers():
    assert outlet_from_url("https://www.independent.co.uk/news/x") == "independent.co.uk"
    assert (
        outlet_from_chrome(split_lines("Get notifications from The Daily Lantern\nBody text."))
        == "The Daily Lantern"
    )


def _kinds(text: str) -> dict[str, str]:
    """Display name -> the candidate kinds that found it (a feature per kind is 1.0)."""
    from storyline.extract.outlet import FEATURES

    kinds = [i for i, name in enumerate(FEATURES) if name.startswith("kind_")]
    return {
        name: {FEATURES[i][5:] for i in kinds if features[i]}
        for _, name, features, _ in outlet_candidates(text)
    }


def test_copyright_lines_in_their_many_shapes():
    found = _kinds(
        "Body text.\n"
        "Copyright © 2019-2023 Lanternfish Weekly. All rights reserved.\n"
        "© Crown copyright. Westmarch County Board 2022. Civic Centre\n"
        "Harrowgate Daily, 2021 © Todos los derechos reservados\n"
    )
    assert "copyright" in found["Lanternfish Weekly"]
    assert "copyright" in found["Westmarch County Board"]  # the year after the name is not part of it
    assert "copyright" in found["Harrowgate Daily"]


def test_corporate_word_is_also_tried_without_it():
    found = _kinds("Story.\n© 2024 Quillmark Media Ltd. All rights reserved.\n")
    assert "copyright" in found["Quillmark Media"] and "copyright" in found["Quillmark"]


def test_follow_newsletter_trademark_byline_and_subscribe_cues():
    found = _kinds(
        "By Ada Fenwick for Brackenport Chronicle\n"
        "Body text.\n"
        "Follow Brackenport Chronicle on social media\n"
        "Get the Tidewell Ledger weekly newsletter\n"
        "Mossbank Courier is a registered trademark of Mossbank Ltd.\n"
        "Sign up to the Fernhill Gazette\n"
    )
    assert {"byline", "follow"} <= found["Brackenport Chronicle"]
    assert "newsletter" in found["Tidewell Ledger"]
    assert "trademark" in found["Mossbank Courier"]
    assert "chrome" in found["Fernhill Gazette"]


def test_web_and_email_domains_join_the_written_name():
    found = _kinds("Body text.\nWrite to letters@brindlepost.co.uk or visit www.brindlepost.co.uk\n")
    assert found["brindlepost.co.uk"] == {"domain", "email"}
    both = {k: n for k, n, *_ in outlet_candidates("Brindle Post\nBody.\nMail tips@brindlepost.com\n")}
    assert both["brindlepost"] == "Brindle Post"  # the written name shows, the domain only agrees


def test_norm_reads_a_host_as_its_site_label():
    assert norm("ici.radio-example.ca") == norm("Radio-Example") == "radioexample"
    assert norm("www.thebrindlepost.co.uk") == norm("The Brindle Post") == "brindlepost"


def test_outlet_names_keep_the_established_name():
    from storyline.extract.outlet import OutletNames

    names = OutletNames({"The Brindle Post": 5, "BRINDLE POST": 1})
    assert names.canonical("brindlepost.co.uk") == "The Brindle Post"
    assert names.canonical("Harrow Times") == "Harrow Times"
    assert names.canonical("HARROW TIMES") == "Harrow Times"  # the first seen becomes the established name
    assert names.canonical(None) is None


def _feature(text: str, name: str, feature: str) -> float:
    from storyline.extract.outlet import FEATURES

    return next(f[FEATURES.index(feature)] for _, n, f, _ in outlet_candidates(text) if n == name)


def test_social_more_from_app_and_rights_reserved_cues():
    found = _kinds(
        "Body text.\n"
        "Quarry Lane Weekly on Facebook\n"
        "More from Saltmarsh Review\n"
        "Get the Otterburn Signal app\n"
        "©2021 | All rights reserved | HOLLOWAY BEACON\n"
        "Some rights reserved 2017-2023 by Pebblecreek Newsfeed, a partnership\n"
    )
    assert "social" in found["Quarry Lane Weekly"]
    assert "social" in found["Saltmarsh Review"]
    assert "social" in found["Otterburn Signal"]
    assert "copyright" in found["HOLLOWAY BEACON"]
    assert "copyright" in found["Pebblecreek Newsfeed"]


def test_company_suffixes_end_the_name_and_mark_a_publisher():
    text = (
        "Fenwater Gazette\nBody text.\n© Tallowby Pty Ltd. All rights reserved.\nTallowby Holdings owns it.\n"
    )
    assert "copyright" in _kinds(text)["Tallowby"]
    assert _feature(text, "Tallowby", "company") == 1.0
    assert _feature(text, "Fenwater Gazette", "company") == 0.0


def test_a_lone_short_line_inside_the_article_is_no_candidate():
    body = [f"Sentence number {i} of the article runs long enough to be prose here." for i in range(40)]
    text = "\n".join(["Marrowfield Courier", *body[:20], "Second Subhead", *body[20:], "Marrowfield Courier"])
    names = {n for _, n, *_ in outlet_candidates(text)}
    assert "Marrowfield Courier" in names and "Second Subhead" not in names


def test_platform_domains_and_the_page_own_domain():
    text = "Kestrel Daily\nBody.\nShare on facebook.com\nTips: desk@kestreldaily.com\nkestreldaily.com\n"
    assert _feature(text, "facebook.com", "platform") == 1.0
    assert _feature(text, "Kestrel Daily", "top_domain") == 1.0
    assert _feature(text, "facebook.com", "top_domain") == 0.0


def test_norm_drops_accents():
    assert norm("La Razón") == norm("larazon.pe") == "larazon"


def test_breadcrumb_and_self_mention_cues():  # below the masthead lines: a crumb trail's first crumb
    found = _kinds(
        "Body text.\n" * 15 + "Tarnwick Voice > News > Features\n"
        "Advertise with Dunmore Ledger\n"
        "Ada Fenwick is a reporter for Coldbrook Times of Eastvale.\n"
    )
    assert "crumb" in found["Tarnwick Voice"]
    assert "chrome" in found["Dunmore Ledger"]
    assert "chrome" in found["Coldbrook Times of Eastvale"]  # a lower-case link word inside the name


def test_publisher_words_longer_names_and_spelled_out_hosts():
    text = "Fenwater Gazette\nFenwater\nBody.\n© 2024 Tallow Newspapers Limited\nTips: desk@fengazette.com\n"
    assert _feature(text, "Tallow Newspapers Limited", "corporate") == 1.0
    assert _feature(text, "Fenwater Gazette", "corporate") == 0.0
    assert _feature(text, "Fenwater Gazette", "extends_other") == 1.0  # "Fenwater" alone is a candidate too
    assert _feature(text, "Fenwater Gazette", "domain_agrees") == 1.0  # fen + gazette spells the host
    assert _feature(text, "fengazette.com", "host_written_out") == 1.0


def test_a_pronoun_after_a_cue_is_no_candidate():
    text = "Follow Us\nAbout Us\nFollow Marrowfield Courier on Facebook\n© 2024 Marrowfield Courier"
    keys = {key for key, *_ in outlet_candidates(text)}
    assert "us" not in keys and "marrowfieldcourier" in keys


def test_a_host_needs_a_real_top_level_domain():
    found = _kinds("Body text.\nBuilt with Next.js by the EE.UU. desk.\nWrite to desk@quillport.news\n")
    assert "quillport.news" in found  # .news is a top-level domain
    assert not {"next.js", "ee.uu"} & set(found)  # .js and .uu are not


def test_other_languages_rights_reserved_end_the_name():
    found = _kinds(
        "Story.\n© 2023 MARAIS HEBDO TOUS DROITS RESERVES\n© 2017 Kieselbach Rundschau | Alle Rechte vorbehalten\n"
    )
    assert "copyright" in found["MARAIS HEBDO"]
    assert "copyright" in found["Kieselbach Rundschau"]


def test_norm_reads_run_together_articles_and_public_suffixes():
    assert norm("TheHill") == norm("The Hill") == norm("thehill.com") == "hill"
    assert norm("Example.com.au News") == norm("news.example.com.au") == "example"
    assert norm("Theatre Weekly") == "theatreweekly"  # a word beginning "The" keeps it


def test_a_page_describing_itself_names_the_outlet():
    found = _kinds(
        "Body text.\n" * 15 + "The Harwick Courier is a weekly newspaper serving the Vale since 1881.\n"
        "Fennel Notes ist ein Online-Dienst der Beispiel GmbH.\n"
        "Ada Fenwick is the founder of Quillmark Studio.\n"
        "Sign in to access Larkspur Monthly\n"
    )
    assert "self" in found["The Harwick Courier"] and "self" in found["Fennel Notes"]
    assert "chrome" in found["Quillmark Studio"] and "chrome" in found["Larkspur Monthly"]
    assert norm("Le Monde.fr") == norm("Le Monde") == "lemonde"  # a name ending in its own domain suffix
    assert norm("Brindle Rowing e.V.") == norm("Brindle Rowing") == "brindlerowing"  # a legal form is no part


def test_a_name_heading_or_ending_several_menu_lines_is_an_affix_candidate():
    text = "* Home\n* Tamsin Post Shop\n* Tamsin Post Jobs\n* Kiosk Tamsin Post\n" + "Body text.\n" * 10
    assert "affix" in _kinds(text)["Tamsin Post"]
    assert _feature(text, "Tamsin Post", "log_prefix_lines") == pytest.approx(math.log1p(2))
    assert _feature(text, "Tamsin Post", "log_suffix_lines") == pytest.approx(math.log1p(1))
    assert "Home" not in {n for n, k in _kinds(text).items() if "affix" in k}  # a lone line heads nothing


def test_page_features_measure_how_far_the_best_name_stands_out():
    from storyline.extract.outlet import page_features

    alone, close = page_features([-3.0, 2.0, -4.0]), page_features([1.9, 2.0, 1.8])
    assert alone[0] == close[0] == 2.0
    assert alone[1] == pytest.approx(5.0) and close[1] == pytest.approx(0.1)
    assert page_features([1.0])[1] == 10.0  # a lone candidate stands far out


def test_the_shipped_page_model_is_surer_of_higher_and_farther_ahead_names():
    from storyline.extract.outlet import page_features
    from storyline.extract.outlet_model import _models

    models = _models()
    assert models is not None
    page = models[1]
    # a right "X News" at +8 over "X" at +6 is at least as sure as the same margin lower down, and a wider margin
    # at the same best score is surer
    sure = [page.probability(page_features([top, top - 2.0])) for top in (-4.0, 0.0, 4.0, 8.0)]
    assert sure == sorted(sure)
    ahead = [page.probability(page_features([3.0, 3.0 - gap])) for gap in (0.1, 1.0, 3.0, 6.0)]
    assert ahead == sorted(ahead) and ahead[-1] > ahead[0]


def test_norm_folds_accented_hosts_and_umlauts_as_hosts_spell_them():
    # an accented host is a host
    assert norm("Clarín.com") == norm("clarin.com") == norm("Clarín") == "clarin"
    assert norm("Ökonomenstimme") == norm("www.oekonomenstimme.org") == "oekonomenstimme"
    assert norm("Männer") == norm("maenner.media") != norm("manner")


def test_credited_sources_and_authors_are_counted():
    text = (
        "Brindle Post\nBy Ann Lee\nLONDON (Wirecast) - Markets fell today.\nPhoto: Joe Day/Getty Images\n"
        "Ann Lee\nJoe Day\nWirecast\n© 2024 Brindle Post\n"
    )
    credits = {
        n: _feature(text, n, "log_credits") for n in ("Ann Lee", "Joe Day", "Wirecast", "Brindle Post")
    }
    assert credits["Ann Lee"] > 0 and credits["Joe Day"] > 0 and credits["Wirecast"] > 0
    assert credits["Brindle Post"] == 0


def test_initials_and_nested_names_are_measured_against_the_other_candidates():
    text = "The Times of Elmora\nTOE\nHome\nElmora Metro Times\nMetro Times\nElmora Metro Times sports\n© Elmora Metro Times\n"
    assert _feature(text, "TOE", "initials_of_other") == 1.0
    assert _feature(text, "The Times of Elmora", "spelled_out_by_other") == 1.0
    assert _feature(text, "Home", "initials_of_other") == 0.0
    # "Metro Times" stands inside the longer name on three of its four mentions; the longer one covers it
    assert _feature(text, "Metro Times", "inside_share") == pytest.approx(0.75)
    assert _feature(text, "Elmora Metro Times", "covers_share") == 1.0
    assert _feature(text, "Elmora Metro Times", "inside_share") < 1.0


def test_a_name_holding_the_notice_words_is_marked():
    text = "Brindle Post\nBody text here.\nCopyright\n© Copyright Brindle Post\n"
    assert _feature(text, "Copyright", "holds_mark") == 1.0
    assert _feature(text, "Brindle Post", "holds_mark") == 0.0


def _context(text: str, name: str) -> frozenset[str]:
    return next(c for _, n, _, c in outlet_candidates(text) if n == name)


def test_context_words_are_the_name_its_line_and_the_lines_beside():
    text = "Body text here.\nFollow us\n© 2021 Brindle Post. All rights reserved.\nPrivacy\n"
    context = _context(text, "Brindle Post")
    assert {"w:brindle", "w:post", "s:©", "s:rights", "s:reserved", "n:follow", "n:privacy"} <= context
    assert "s:brindle" not in context and "n:body" not in context  # its own words; not a line beside it


def test_a_line_holding_one_name_and_beside_another_gives_each_its_words_with_the_right_mark():
    text = "Intro line.\n© 2021 Brindle Post. All rights reserved.\nSubscribe to Harrow Gazette\nPrivacy\n"
    brindle, harrow = _context(text, "Brindle Post"), _context(text, "Harrow Gazette")
    assert {"s:rights", "n:subscribe", "n:harrow"} <= brindle and "s:subscribe" not in brindle
    assert {"s:subscribe", "n:rights", "n:brindle"} <= harrow and "s:rights" not in harrow


def test_the_scorer_adds_the_learned_weight_of_each_context_word_and_name_gram():
    from storyline.extract.linear import LinearModel
    from storyline.extract.outlet_model import CandidateScorer

    likeness = {"intercept": -1.0, "grams": {"o:news": -2.0, "l:post": 1.0}}
    model = LinearModel(
        (2.0, 0.0, 0.5),
        0.5,
        (1.0, 0.0, 0.0),
        (2.0, 1.0, 1.0),
        {"context": {"s:©": 1.5, "w:home": -2.0}, "likeness": likeness},
    )
    scorer = CandidateScorer.from_linear(model)
    # 0.5 + 2 * (3 - 1) / 2 on the standardised feature, then the words' weights; unknown words weigh nothing; the
    # likeness (-1 + its grams' weights) weighs 0.5
    assert scorer.logit([3.0, 7.0], frozenset({"s:©", "n:unseen"}), "Zq") == pytest.approx(3.5)
    assert scorer.logit([3.0, 7.0], frozenset({"w:home"}), "Zq") == pytest.approx(0.0)
    assert scorer.logit([3.0, 7.0], frozenset(), "Brindle Post") == pytest.approx(2.5)
    assert scorer.logit([3.0, 7.0], frozenset(), "News") == pytest.approx(1.0)


def test_name_grams_hold_the_whole_name_its_shape_and_trigrams():
    from storyline.extract.outlet_features import name_grams

    grams = name_grams("The Daily Post")
    assert {"o:the daily post", "n:3", "f:the", "l:post", "h:Xx Xx Xx", " th", "ost", "st "} <= set(grams)
    assert "h:X-X" in name_grams("WXYZ-TV") and "com" in name_grams("brindle.com")
    assert name_grams("  ") == ()


def test_one_shown_name_for_a_name_and_its_news_form():
    """ "Brindle" (its host) and "Brindle News" (its masthead) are one newsroom: one shown name, the store's most
    used; a name that only shares a word stays apart, and "News" alone is no family."""
    from storyline.extract.outlet import OutletNames

    names = OutletNames({"Brindle News": 4, "Brindle": 1})
    assert names.canonical("brindle.com") == "Brindle News"
    assert names.canonical("BRINDLE") == "Brindle News"
    assert names.canonical("Brindle Sport") == "Brindle Sport"
    assert names.canonical("CNews") == "CNews"
    assert names.canonical("C") == "C"
