"""A small hand-written store for the web tests, filled directly (no NLP stages), plus shared helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from storyline.ids import text_id
from storyline.model import (
    Analysis,
    Article,
    ClaimSlot,
    Entity,
    Event,
    Mention,
    Quote,
    Removal,
    Sentence,
    Story,
    Storyline,
)
from storyline.store import open_store
from storyline.web import create_app

FERRY_A = (
    "Ferry crews at Port Ellison walked out on Monday after talks over night-shift pay collapsed.\n\n"
    'The Ellison Maritime Union said 140 ferry workers stopped work. "We gave the operator every chance," '
    "said union secretary Dana Whitlow.\n\n"
    "Services to the Tarrow Isles were cancelled until further notice."
)
FERRY_B = (
    "About 120 ferry workers stopped work at Port Ellison on Monday, the operator Bluewake Lines said.\n\n"
    'A Bluewake spokesman said the company was "disappointed" and urged crews to return. '
    "Union secretary Dana Whitlow said the strike would go on."
)
FERRY_B_COPY = FERRY_B + "\n\nThis copy was syndicated by the Valley Wire."
BRIDGE = (
    "Engineers closed the old Carrow Bridge on Thursday after cracks were found in two piers.\n\n"
    "The county council said a temporary crossing would open in spring. Councillor Imre Sato called the cracks "
    "\"a warning we cannot ignore\". Readers wrote in <script>window.__pwned = 1; document.title = 'pwned'"
    "</script> to complain about the detour & the <b>queues</b>."
)
CRAFT = "<script>window.__pwned = 1</script>"
# Who did what, as analysis would store it: the walkout in both ferry reports (and the syndicated copy of one)
WALKOUT = {FERRY_A: "Ferry crews at Port Ellison walked out", FERRY_B: "About 120 ferry workers stopped work"}
WRITE_IN = "Readers wrote in <script>window.__pwned = 1; document.title = 'pwned'</script>"


def events(article_id: str, body: str) -> tuple[Event, ...]:
    """The fixture's hand-labelled events found in body: the ferry walkout, and readers writing in a script."""
    out = []
    for text, phrase in WALKOUT.items():
        if body.startswith(text):
            start = body.index(phrase)
            out.append(Event(article_id, start, start + len(phrase), "ferry crew", "walk out", None,
                             "2024-03-04", "Port Ellison"))  # fmt: skip
    if WRITE_IN in body:
        start = body.index(WRITE_IN)
        out.append(Event(article_id, start, start + len(WRITE_IN), "reader", "write", CRAFT))
    return tuple(out)


# The walkout's size as analysis would store it: 140 in one report, about 120 in the other and its syndicated copy
STRIKERS = {"140": ("140", None), "About 120": ("120", "about")}


def figures(article_id: str, body: str) -> tuple[ClaimSlot, ...]:
    """The fixture's hand-labelled strike counts found in body."""
    out = []
    for phrase, (value, qualifier) in STRIKERS.items():
        at = body.find(phrase)
        if at >= 0:
            out.append(
                ClaimSlot(
                    article_id,
                    at,
                    at + len(phrase),
                    "count",
                    "jobs",
                    value,
                    qualifier=qualifier,
                    event="strike",
                )
            )
    return tuple(out)


def sentences(article_id: str, body: str) -> tuple[Sentence, ...]:
    """Sentence spans split on '. ' style boundaries (good enough for hand-written fixtures)."""
    out = []
    for m in re.finditer(r"[^\s][^\n]*?(?:[.!?](?=\s|$)|$)", body):
        if m.group().strip():
            out.append(Sentence(article_id, m.start(), m.end(), m.group()))
    return tuple(out)


def _article(body: str, outlet: str, headline: str, day: int, **kw) -> Article:
    return Article(
        id=text_id(body),
        source=f"{outlet.lower().replace(' ', '-')}/{day}.txt",
        body=body,
        outlet=outlet,
        headline=headline,
        published=datetime(2024, 3, day, 9, 30, tzinfo=UTC),
        **kw,
    )


def build_store(path: Path) -> dict[str, str]:
    """Write the fixture store; returns the ids tests refer to."""
    store = open_store(path)
    a = _article(
        FERRY_A,
        "Harbour Gazette",
        "Ferry crews strike over night pay",
        4,
        byline="Mara Quill",
        removed=(
            Removal("Sign up for our morning newsletter", "notification"),
            Removal("Advertisement", "advertisement"),
        ),
        flags=("boilerplate_removed",),
    )
    b = _article(FERRY_B, "Coastline Post", "Ferry workers stop work <at> Port Ellison", 4)
    c = _article(FERRY_B_COPY, "Valley Wire", "Ferry walkout at Port Ellison", 5)
    d = _article(
        BRIDGE,
        "Harbour Gazette",
        "Carrow Bridge shut after cracks found",
        11,
        url="https://example.org/bridge",
    )
    ferry = Story(
        "s1ferry",
        "Ferry crews strike at Port Ellison",
        (a.id, b.id, c.id),
        a.published,
        c.published,
        "l1ports",
    )
    bridge = Story("s2bridge", "Carrow Bridge closed", (d.id,), d.published, d.published, "l1ports")
    line = Storyline("l1ports", "Port Ellison transport troubles", (ferry.id, bridge.id))
    whitlow = Entity("e1whitlow", "Dana Whitlow", "PERSON", ("Whitlow",))
    union = Entity("e2union", "Ellison Maritime Union", "ORG")
    analyses = []
    for art in (a, b, c, d):
        mentions = []
        for ent in (whitlow, union):
            for name in (ent.name, *ent.aliases):
                for m in re.finditer(re.escape(name), art.body):
                    mentions.append(Mention(art.id, m.start(), m.end(), name, ent.type, ent.id))
        quotes = []
        q = re.search(r"\"(We gave the operator every chance,)\"", art.body)
        if q:
            quotes.append(Quote(art.id, q.start(1), q.end(1), q.group(1), "Dana Whitlow", "e1whitlow"))
        analyses.append(
            Analysis(
                art.id,
                sentences(art.id, art.body),
                tuple(mentions),
                tuple(quotes),
                events(art.id, art.body),
                claims=figures(art.id, art.body),
            )
        )
    with store.transaction():
        for art in (a, b, c, d):
            store.add_article(art)
        store.place_article(a.id, None, ferry.id)
        store.place_article(b.id, None, ferry.id)
        store.place_article(c.id, b.id, ferry.id)
        store.place_article(d.id, None, bridge.id)
        store.replace_stories([ferry, bridge])
        store.replace_storylines([line])
        store.replace_entities([whitlow, union])
        store.put_analyses(analyses)
    store.close()
    return {
        "a": a.id,
        "b": b.id,
        "c": c.id,
        "d": d.id,
        "ferry": ferry.id,
        "bridge": bridge.id,
        "line": line.id,
    }


def served_store(tmp_path_factory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A TestClient over a freshly built fixture store, and the ids of what is in it (for module fixtures)."""
    path = tmp_path_factory.mktemp("web") / "s.db"
    ids = build_store(path)
    with TestClient(create_app(path)) as client:
        yield client, ids
