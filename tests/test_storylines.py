"""Storyline linking: a follow-up months later sharing specific actors links; a shared country name alone does not."""

from datetime import UTC, datetime

from storyline.cluster import ClusterDoc, link_stories
from storyline.ids import group_id
from storyline.model import Story


def story(sid: str, when: datetime, title: str, body: str, ents: list[str]) -> tuple[Story, ClusterDoc]:
    d = ClusterDoc(sid + "-a", title, body, tuple(ents), when)
    return Story(sid, title, (d.article_id,), when, when), d


COUNTRY = "Valdoria"
ITEMS = [
    story(
        "s-collapse",
        datetime(2024, 3, 3, tzinfo=UTC),
        "Crane topples at Port Elvan",
        "A crane toppled at Port Elvan docks; Caldry Shipping leased it and dock manager Ines Marlow said nobody was hurt.",
        [
            "Port Elvan",
            "Port Elvan",
            "Ines Marlow",
            "Ines Marlow",
            "Caldry Shipping",
            "Caldry Shipping",
            COUNTRY,
            COUNTRY,
        ],
    ),
    story(
        "s-inquiry",
        datetime(2024, 9, 20, tzinfo=UTC),
        "Inquiry blames Caldry Shipping for Port Elvan crane fall",
        "Six months after the crane fell at Port Elvan, inspectors found Caldry Shipping ignored rust warnings; "
        "Ines Marlow welcomed the report.",
        [
            "Port Elvan",
            "Port Elvan",
            "Caldry Shipping",
            "Caldry Shipping",
            "Ines Marlow",
            "Ines Marlow",
            COUNTRY,
            COUNTRY,
        ],
    ),
    story(
        "s-budget",
        datetime(2024, 5, 2, tzinfo=UTC),
        "Finance minister unveils budget",
        "Finance minister Aurel Voss presented a budget with tax cuts for farmers across the country.",
        ["Aurel Voss", "Aurel Voss", COUNTRY, COUNTRY, COUNTRY],
    ),
    story(
        "s-cup",
        datetime(2024, 5, 9, tzinfo=UTC),
        "Ashgate Rovers win cup final",
        "Ashgate Rovers beat Lornmouth in the national cup final, captain Pell Varga scoring twice.",
        ["Ashgate Rovers", "Ashgate Rovers", "Pell Varga", "Pell Varga", COUNTRY, COUNTRY],
    ),
    story(
        "s-comet",
        datetime(2024, 6, 1, tzinfo=UTC),
        "Comet visible over northern hills",
        "Astronomer Hesper Quill said the comet would be brightest on Friday night above the northern hills.",
        ["Hesper Quill", "Hesper Quill", COUNTRY, COUNTRY],
    ),
    story(
        "s-rail",
        datetime(2024, 7, 14, tzinfo=UTC),
        "Rail strike halts trains",
        "Drivers at Trandle Rail walked out over pay, union leader Mirek Dahl said.",
        ["Trandle Rail", "Trandle Rail", "Mirek Dahl", "Mirek Dahl", COUNTRY, COUNTRY],
    ),
]
STORIES = [s for s, _ in ITEMS]
DOCS = {d.article_id: d for _, d in ITEMS}


def test_follow_up_links_and_country_alone_does_not() -> None:
    lines = link_stories(STORIES, DOCS)
    by_story = {sid: line for line in lines for sid in line.story_ids}
    assert sorted(len(line.story_ids) for line in lines) == [1, 1, 1, 1, 2]
    thread = by_story["s-collapse"]
    assert thread.story_ids == ("s-collapse", "s-inquiry")  # time order
    assert thread.id == group_id("l", "s-collapse")
    assert thread.title
    assert len({by_story[s].id for s in ("s-budget", "s-cup", "s-comet", "s-rail")}) == 4


def test_every_story_in_exactly_one_storyline_and_ids_stable_in_any_input_order() -> None:
    lines = link_stories(STORIES, DOCS)
    assert sorted(s for line in lines for s in line.story_ids) == sorted(s.id for s in STORIES)
    again = link_stories(list(reversed(STORIES)), DOCS)
    assert {line.id: line.story_ids for line in lines} == {line.id: line.story_ids for line in again}


def test_a_century_apart_decays_link() -> None:
    late, late_doc = story(
        "s-late",
        datetime(2119, 1, 5, tzinfo=UTC),
        "Port Elvan crane anniversary",
        "Port Elvan remembers the crane fall; Caldry Shipping and Ines Marlow attend.",
        ["Port Elvan", "Port Elvan", "Caldry Shipping", "Caldry Shipping", "Ines Marlow", "Ines Marlow"],
    )
    lines = link_stories(STORIES + [late], {**DOCS, late_doc.article_id: late_doc})
    by_story = {sid: line.id for line in lines for sid in line.story_ids}
    assert by_story["s-late"] != by_story["s-collapse"]


def test_one_shared_term_without_shared_actors_is_not_compared() -> None:
    """Stories are compared when they share two actors or two top topic terms: one common term is not enough."""
    from storyline.cluster.storylines import LinkView, comparable
    from storyline.settings import LinkSettings

    def view(terms: dict[str, float], actors: set[str]) -> LinkView:
        return LinkView(terms, actors, {}, None)

    settings = LinkSettings()
    port = view({"port": 0.8, "crane": 0.6}, {"ines marlow"})
    assert not comparable(port, view({"port": 0.9, "budget": 0.4}, {"aurel voss"}), settings)
    assert comparable(port, view({"port": 0.9, "crane": 0.4}, set()), settings)
    assert not comparable(port, view({"budget": 1.0}, {"ines marlow", "aurel voss"}), settings)  # one actor
    assert comparable(view({}, {"a", "b"}), view({}, {"a", "b", "c"}), settings)
