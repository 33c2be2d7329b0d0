"""Who did what across outlets: one event per (subject, verb, object), every report cited, copies counted once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from storyline.briefing import build_briefing
from storyline.model import Analysis, Article, Event, Sentence, Story
from storyline.settings import BriefSettings

TEXTS = {
    "a": "Police arrested Dana Whitlow in Port Ellison. The mayor opened the new pier on Friday.",
    "b": "Dana Whitlow was detained. The mayor opened the new pier on Friday.",
    "c": "Officers from Port Ellison police arrested Dana Whitlow on Monday.",
    "d": "Officers from Port Ellison police arrested Dana Whitlow on Monday. Copy from the wire.",
}
OUTLETS = {"a": "Harbour Gazette", "b": "Coastline Post", "c": "Valley Wire", "d": "Tarrow Times"}


def _event(aid: str, phrase: str, subject: str | None, verb: str, obj: str | None, **kw) -> Event:
    start = TEXTS[aid].index(phrase)
    return Event(aid, start, start + len(phrase), subject, verb, obj, **kw)


EVENTS = {
    "a": [
        _event("a", "Police arrested Dana Whitlow", "police", "arrest", "Dana Whitlow", place="Port Ellison"),
        _event("a", "The mayor opened the new pier", "mayor", "open", "new pier", date="2024-03-08"),
    ],
    "b": [
        _event("b", "Dana Whitlow was detained", None, "detain", "Dana Whitlow"),
        _event("b", "The mayor opened the new pier", "mayor", "open", "new pier", date="2024-03-08"),
    ],
    "c": [_event("c", "police arrested Dana Whitlow", "police", "arrest", "Dana Whitlow", date="2024-03-04")],
    "d": [_event("d", "police arrested Dana Whitlow", "police", "arrest", "Dana Whitlow", date="2024-03-04")],
}


def _brief(settings: BriefSettings = BriefSettings()):  # noqa: B008 - frozen
    arts = {
        k: Article(k, f"{k}.txt", t, outlet=OUTLETS[k], published=datetime(2024, 3, 9, tzinfo=UTC))
        for k, t in TEXTS.items()
    }
    analyses = {
        k: Analysis(k, (Sentence(k, 0, len(t), t),), events=tuple(EVENTS[k])) for k, t in TEXTS.items()
    }
    story = Story("s1", "Arrest", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [], {"d": "c"}, settings)


def test_reports_of_one_event_merge_citing_every_article_and_span():
    arrest = next(e for e in _brief().events if e.verb == "arrest")
    assert (arrest.subject, arrest.object) == ("police", "Dana Whitlow")
    cited = {c.article_id for c in arrest.citations}
    assert cited == {"a", "b", "c", "d"}  # "was detained" (no doer, a synonym) joins the one arrest
    for c in arrest.citations:
        assert "Dana Whitlow" in TEXTS[c.article_id][c.start : c.end]
    # the Tarrow Times copy is syndicated from the Valley Wire: cited, counted once
    assert sorted(arrest.outlets) == ["Coastline Post", "Harbour Gazette", "Valley Wire"]
    assert (arrest.place, arrest.date) == ("Port Ellison", "2024-03-04")


def test_time_order_then_outlets_and_the_cap_keeps_the_best_supported():
    events = _brief().events
    assert [(e.verb, e.date) for e in events] == [("arrest", "2024-03-04"), ("open", "2024-03-08")]
    lone = _event("a", "Police arrested", "police", "question", None, date="2024-03-01")
    EVENTS["a"].append(lone)
    try:
        assert [e.verb for e in _brief().events] == ["question", "arrest", "open"]
        assert [e.verb for e in _brief(replace(BriefSettings(), events_max=2)).events] == ["arrest", "open"]
    finally:
        EVENTS["a"].remove(lone)


def test_negated_report_is_another_event():
    denied = _event("b", "The mayor opened the new pier", "mayor", "open", "new pier", negated=True)
    EVENTS["b"][1] = denied
    try:
        opened = [e for e in _brief().events if e.verb == "open"]
        assert sorted((e.negated, len(e.outlets)) for e in opened) == [(False, 1), (True, 1)]
    finally:
        EVENTS["b"][1] = replace(denied, negated=False)
