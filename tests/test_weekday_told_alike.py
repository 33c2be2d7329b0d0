"""An outlet that dates several acts on one weekday is cited, in an agreement by value alone, for the act other
outlets date too (briefing.value_agreements ``_told_alike``), not for its first act of that day. Invented text."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_outlets

_WED = datetime(2026, 4, 15, 9, tzinfo=UTC)  # a Wednesday
BODIES = {
    "Vale Post": "The river Senn burst its banks at Orlow on Tuesday. The interior minister is expected to visit "
    "the town on Thursday.",
    "Orlow Daily": "The Senn flooded 400 homes in Orlow on Tuesday. Divers resumed the search for a missing "
    "angler on Thursday.",
    "Coast Wire": "The clean-up began in Orlow on Thursday as the Senn fell. The interior minister, who visited "
    "Orlow on Thursday, promised help for every family.",
}


def test_the_outlet_is_cited_for_the_act_others_date_too():
    b = brief_outlets(BODIES, "Senn floods Orlow", published=_WED)
    cited = [
        BODIES[v.article_id][: v.start].rsplit(".", 1)[-1]
        for cl in (*b.agreements, *b.background)
        for v in cl.values
        if v.article_id == "Coast Wire" and BODIES[v.article_id][v.start : v.end] == "Thursday"
    ]
    assert cited and all("visited" in before for before in cited)
