"""JSON contract, Markdown footnotes and self-contained HTML (escaping, span anchors, link prefix)."""

from __future__ import annotations

import json
import re

from storyline.model import (
    Article,
    Briefing,
    BriefingEvent,
    BriefingNote,
    Citation,
    Claim,
    Conflict,
    Entity,
    Quote,
    Side,
)
from storyline.report import WEB_LINKS, briefing_to_dict, render_html, render_markdown

BODY = 'Intro line.\nThe <b>mayor</b> said [evil](http://x.example) things & more.\nA spokeswoman said: "No."'
S = BODY.index("The <b>")
E = BODY.index("\nA spokes")
ART = Article("a1", "src", BODY, outlet="Tiny <Times>", headline="Head <script>alert(1)</script>")
ARTS = {"a1": ART}
CLAIM = Claim(BODY[S:E], (Citation("a1", S, E),))
M = BODY.index("mayor</b>")
EVENT = BriefingEvent(
    "The <b>mayor</b>", "say", "[evil](http://x.example)", "Town <i>", "2031-06-03", True,
    (Citation("a1", M, M + 16),), ("Tiny <Times>",),
)  # fmt: skip


def _briefing(kind: str = "story") -> Briefing:
    q_start = BODY.index('"No."')
    return Briefing(
        subject_id="st1",
        kind=kind,
        title="Title <img src=x onerror=alert(1)>",
        story_ids=("st1", "st2") if kind == "storyline" else ("st1",),
        summary=(CLAIM,),
        timeline=(
            Claim(CLAIM.text, CLAIM.citations, date="2031-06-03"),
            Claim(CLAIM.text, CLAIM.citations, date="2031-07-01", date_inferred=True),
        ),
        agreements=(CLAIM,),
        unique=(Claim(CLAIM.text, CLAIM.citations, outlet="Tiny <Times>"),),
        conflicts=(
            Conflict(
                "count (dead)",
                (
                    Claim("12 <dead>", CLAIM.citations, outlet="Tiny <Times>", values=CLAIM.citations),
                    Claim("14 dead", CLAIM.citations, outlet="Big <Post>", values=CLAIM.citations),
                ),
                kind="count",
                statement="Tiny <Times> says 12 <dead>; Big <Post> and 1 other outlet say 14 dead",
                sides=(Side("12 <dead>", ("Tiny <Times>",), (0,)), Side("14", ("Big <Post>", "Wire"), (1,))),
                support="one",
            ),
        ),
        quotes=(Quote("a1", q_start, q_start + 5, '"No."', "A spokeswoman", anonymous=True),),
        entities=(Entity("e1", "Ines Corra", "PERSON", ("I. Corra",)),),
        whats_new=(CLAIM,) if kind == "storyline" else (),
        events=(EVENT,),
    )


def test_json_contract_keys_and_spans():
    d = briefing_to_dict(_briefing())
    assert list(d) == ["story_id", "title", "summary", "timeline", "agreements", "unique", "conflicts", "quotes",
                       "entities", "whats_new", "events", "notes", "background"]  # fmt: skip
    c = d["summary"][0]["citations"][0]
    assert BODY[c["start"] : c["end"]] == d["summary"][0]["text"]
    assert d["timeline"][0]["date"] == "2031-06-03" and d["unique"][0]["outlet"] == "Tiny <Times>"
    assert [t["date_inferred"] for t in d["timeline"]] == [False, True]
    assert d["conflicts"][0]["claims"][0] == {"text": "12 <dead>", "article_id": "a1", "outlet": "Tiny <Times>",
                                              "start": S, "end": E,
                                              "values": [{"article_id": "a1", "start": S, "end": E}]}  # fmt: skip
    k = d["conflicts"][0]
    assert (k["kind"], k["statement"]) == (
        "count",
        "Tiny <Times> says 12 <dead>; Big <Post> and 1 other outlet say 14 dead",
    )
    assert list(k) == ["topic", "kind", "statement", "claims", "support", "sides"] and k["support"] == "one"
    assert k["sides"] == [
        {"value": "12 <dead>", "outlets": ["Tiny <Times>"], "outlet_count": 1, "claims": [0]},
        {"value": "14", "outlets": ["Big <Post>", "Wire"], "outlet_count": 2, "claims": [1]},
    ]
    assert d["quotes"][0]["anonymous"] is True and d["entities"][0]["aliases"] == ["I. Corra"]
    json.dumps(d)
    assert d["events"] == [
        {"subject": "The <b>mayor</b>", "verb": "say", "object": "[evil](http://x.example)", "negated": True,
         "place": "Town <i>", "time": "2031-06-03", "articles": ["a1"],
         "spans": [{"article_id": "a1", "start": M, "end": M + 16}], "outlets": ["Tiny <Times>"]}
    ]  # fmt: skip
    s = briefing_to_dict(_briefing("storyline"))
    assert s["storyline_id"] == "st1" and s["story_ids"] == ["st1", "st2"] and "story_id" not in s


def test_html_escapes_and_is_self_contained():
    html = render_html(_briefing(), ARTS)
    assert "<script>" not in html and "<img" not in html and "<b>mayor" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;mayor&lt;/b&gt;" in html
    assert "Tiny &lt;Times&gt; says 12 &lt;dead&gt;; Big &lt;Post&gt; and 1 other outlet say" in html
    assert 'count (dead)</strong> <span class="count support">(one side corroborated)</span>' in html
    assert not re.search(r"<(link|script)\b", html) and not re.search(r'src="https?:', html)
    assert "<style>" in html


def test_html_links_jump_to_anchored_spans():
    html = render_html(_briefing(), ARTS)
    anchor = f"a-a1-c{S}-{E}"
    assert f'href="#{anchor}"' in html and f'<a id="{anchor}"></a><mark>' in html
    web = render_html(_briefing(), ARTS, link_template=WEB_LINKS, include_articles=False)
    assert f'href="/articles/a1#c{S}-{E}"' in web and "<mark>" not in web


def test_markdown_footnotes_and_escaping():
    md = render_markdown(_briefing("storyline"), ARTS)
    assert "## What's new" in md and "## Conflicting reports" in md
    assert "- **count (dead)** (one side corroborated): Tiny \\<Times\\> says 12 \\<dead\\>; Big" in md
    assert "[^1]" in md and re.search(r"^\[\^1\]: Tiny \\<Times\\> — “Head", md, re.M)
    assert "[evil](http" not in md and "\\[evil\\]" in md
    assert f"chars {S}–{E}" in md
    assert "**2031-07-01** (inferred)" in md and "**2031-06-03** (inferred)" not in md


def test_who_did_what_in_every_format_escaped_and_cited():
    md = render_markdown(_briefing(), ARTS)
    line = next(x for x in md.splitlines() if x.startswith("- **The"))
    assert "## Who did what" in md and "<b>" not in line and "[evil](http" not in line
    assert "did not say \\[evil\\]" in line and "Town \\<i\\>, 2031-06-03" in line and "(1 outlet)" in line
    number = re.search(r"\[\^(\d+)\]", line).group(1)
    assert re.search(rf"^\[\^{number}\]: .*chars {M}–{M + 16} of `a1`", md, re.M)
    html = render_html(_briefing(), ARTS)
    section = html[html.index('<section id="events">') : html.index('<section id="quotes">')]
    assert "<b>" not in section and "<i>" not in section and "&lt;b&gt;mayor&lt;/b&gt;" in section
    assert f'href="#a-a1-c{M}-{M + 16}"' in section and f'<a id="a-a1-c{M}-{M + 16}"></a>' in html


GAPS = Briefing(
    subject_id="st1",
    kind="story",
    title="Half read",
    story_ids=("st1",),
    summary=(CLAIM,),
    notes=(
        BriefingNote("articles", "1 of 2 articles not analysed yet; run `storyline build`", ("a1", "zz")),
        BriefingNote("timeline", "no dated events found by analysis (1 of 2 articles not analysed yet)"),
        BriefingNote("quotes", "no quotes found by analysis <none>"),
        BriefingNote("entities", "no named entities found by analysis"),
        BriefingNote("events", "no events found by analysis"),
    ),
)


def test_notes_say_what_analysis_found_nothing_for_in_every_format():
    d = briefing_to_dict(GAPS)
    assert d["notes"][0] == {
        "section": "articles",
        "text": "1 of 2 articles not analysed yet; run `storyline build`",
        "article_ids": ["a1", "zz"],
    }
    assert [n["section"] for n in d["notes"]] == ["articles", "timeline", "quotes", "entities", "events"]
    md = render_markdown(GAPS, ARTS)
    assert "> **Note:** 1 of 2 articles not analysed yet; run \\`storyline build\\`" in md
    assert "“Head <script>" not in md and "(`zz`)" in md
    assert "## Quotes\n\n*no quotes found by analysis \\<none\\>*" in md
    assert "## Timeline\n\n*no dated events found by analysis" in md and "## Who and what" in md
    assert "## Who did what\n\n*no events found by analysis*" in md
    html = render_html(GAPS, ARTS)
    assert 'role="note"' in html and "not analysed yet; run `storyline build`" in html
    assert (
        '<section id="quotes"><h2>Quotes</h2><p class="gap">no quotes found by analysis &lt;none&gt;</p>'
        in html
    )
    assert "<code>zz</code>" in html and "no named entities found by analysis" in html
    full = render_markdown(_briefing(), ARTS)
    assert "Note:" not in full and "found by analysis" not in full
