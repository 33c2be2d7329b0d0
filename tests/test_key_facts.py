"""The key-fact model: figure agreements the story leads with stay agreements, a background figure two outlets
give deep in their articles is listed apart as background (never dropped). It rates role agreements too: the job of
the person the story is about, told in its lead, stays an agreement; a quoted official's job several outlets give
deep in their reports is background. A time of day two outlets give for the event is a key fact."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.briefing import build_briefing, build_corpus
from storyline.briefing.key_facts import FEATURES, RoleView, is_key, key_model
from storyline.model import Analysis, Article, Citation, Claim, ClaimSlot, Mention, Sentence, Story
from storyline.report.contract import briefing_to_dict
from storyline.settings import BriefSettings

LEAD = "Nine people were killed when the ferry sank off the coast of Mora on Tuesday."
FILLER = (
    "Rescue boats searched the water through the night.",
    "The coast guard said the weather had been calm.",
    "Officials promised an inquiry into the ship's safety record.",
    "Relatives gathered at the harbour waiting for news.",
)
TOWN = "The shipyard that built the vessel employs 5200 workers."
OUTLETS = ("Herald", "Post", "Courier", "Times")


def _sentences(name: str, texts: Sequence[str]) -> tuple[Sentence, ...]:
    """The texts as one article's sentences, joined by one space (the body is ``" ".join(texts)``)."""
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence(name, at, at + len(t), t))
        at += len(t) + 1
    return tuple(sentences)


def _article(name: str, town: bool) -> tuple[Article, Analysis]:
    texts = [LEAD, *FILLER, *([TOWN] if town else [])]
    body = " ".join(texts)
    claims = [ClaimSlot(name, 0, 4, "count", "dead", "9", subject="people")]
    if town:
        start = body.index("5200")
        claims.append(ClaimSlot(name, start, start + 4, "count", "workers", "5200", subject="shipyard"))
    return Article(name, name, body, outlet=name), Analysis(
        name, sentences=_sentences(name, texts), claims=tuple(claims)
    )


def test_background_figure_is_listed_apart_from_the_key_fact():
    assert key_model() is not None and len(key_model().coef) == len(FEATURES)
    built = {n: _article(n, town=n in ("Herald", "Post")) for n in OUTLETS}
    arts = {n: a for n, (a, _an) in built.items()}
    analyses = {n: an for n, (_a, an) in built.items()}
    story = Story("s", "ferry", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [], {})
    assert [cl.text for cl in b.agreements if cl.kind == "count"] == [LEAD]
    (bg,) = b.background
    assert bg.text == TOWN and {v.article_id for v in bg.values} == {"Herald", "Post"}
    assert briefing_to_dict(b)["background"][0]["text"] == TOWN


TEXTS = (
    "Pilot Dana Whitfield landed the crippled plane on a frozen lake on Sunday.",
    "All 40 passengers walked off the aircraft unhurt.",
    "Whitfield had flown the route for eleven years.",
    "The airline praised the crew for their calm.",
    "Investigators will examine the engines this week.",
    "The lake was closed to skaters for the day.",
    "Airport spokesman Tom Keller said flights resumed in the evening.",
)


def _story() -> tuple:
    arts, analyses = {}, {}
    for name in OUTLETS:
        body = " ".join(TEXTS)
        people = [("Dana Whitfield", "pilot"), ("Whitfield", "pilot"), ("Tom Keller", "keller")]
        mentions = []
        for text, entity in people:
            start = body.index(text)
            mentions.append(Mention(name, start, start + len(text), text, "PERSON", entity))
        arts[name] = Article(name, name, body, outlet=name)
        analyses[name] = Analysis(name, sentences=_sentences(name, TEXTS), mentions=tuple(mentions))
    return build_corpus(list(arts.values()), arts, analyses, {}, BriefSettings()), analyses, arts


def _role(arts: dict, word: str) -> Claim:
    values = tuple(Citation(n, a.body.index(word), a.body.index(word) + len(word)) for n, a in arts.items())
    return Claim(word, values, outlet="Herald", values=values, kind="role")


def test_main_actors_role_in_the_lead_is_key_and_a_spokesmans_deep_in_the_reports_is_background():
    c, analyses, arts = _story()
    view = RoleView(c, analyses)
    pilot = view.features(_role(arts, "Pilot"))
    spokesman = view.features(_role(arts, "spokesman"))
    # FEATURES: (outlets, in_lead, subject_in_lead, top_value, role, clock_time, period)
    assert pilot == (4.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0)
    assert spokesman == (4.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    assert is_key(pilot) and not is_key(spokesman)


QUAKE = (
    "The quake struck the valley before dawn.",
    "Rescuers searched collapsed homes through the morning.",
    "Schools stayed closed across the region.",
    "Engineers began checking the main bridge.",
)
HOUR = "It hit at 3.14am local time."


def _quake(name: str, early: bool) -> tuple[Article, Analysis]:
    texts = [QUAKE[0], HOUR, *QUAKE[1:]] if early else [*QUAKE, HOUR]
    body = " ".join(texts)
    start = body.index("3.14am")
    claim = ClaimSlot(name, start, start + 6, "time", "hit", "03:14")
    return Article(name, name, body, outlet=name), Analysis(
        name, sentences=_sentences(name, texts), claims=(claim,)
    )


def test_the_time_of_day_two_outlets_give_for_the_event_is_a_key_fact():
    built = {"Herald": _quake("Herald", early=True), "Post": _quake("Post", early=False)}
    arts = {n: a for n, (a, _an) in built.items()}
    story = Story("s", "quake", tuple(arts))
    b = build_briefing(story, [story], arts, {n: an for n, (_a, an) in built.items()}, [], {})
    assert [cl.kind for cl in b.agreements] == ["time"] and not b.background
