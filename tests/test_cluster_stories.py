"""Online story clustering on a small hand-written (fictional) corpus: outlets of one event join, look-alikes stay apart."""

import random
from datetime import UTC, datetime, timedelta

from storyline.cluster import ClusterDoc, StoryClusterer
from storyline.ids import group_id

D = datetime(2024, 3, 3, 7, 30, tzinfo=UTC)


def doc(aid: str, title: str, body: str, ents: str, hours: float) -> ClusterDoc:
    return ClusterDoc(aid, title, body, tuple(e.strip() for e in ents.split(",")), D + timedelta(hours=hours))


ELVAN = [
    doc(
        "elvan1",
        "Crane topples at Port Elvan, quay shut",
        "A container crane toppled onto berth nine at Port Elvan on Sunday. Dock manager Ines Marlow said nobody was "
        "hurt. Caldry Shipping, which leases the crane, said engineers had found corrosion in one leg in January. "
        "The northern quay is closed and vessels are being sent to the southern terminal.",
        "Port Elvan, Ines Marlow, Caldry Shipping, Ines Marlow, Port Elvan",
        0,
    ),
    doc(
        "elvan2",
        "'Miracle' no one hurt as Elvan crane falls -- unions demand inquiry",
        "ADVERTISEMENT. Unions called for an inquiry after a crane belonging to Caldry Shipping crashed down at Port "
        "Elvan docks. 'It is a miracle,' said Ines Marlow, who manages the port. Rust had been spotted on the crane "
        "during a winter check. Fruit exporters fear delays while the quay stays closed. Share this article",
        "Caldry Shipping, Port Elvan, Ines Marlow, Ines Marlow",
        3,
    ),
    doc(
        "elvan3",
        "Port Elvan crane collapse: what we know",
        "The crane that fell at Port Elvan had been due for repairs, Caldry Shipping admitted on Monday. Ines Marlow "
        "said berth nine would stay shut for a week. Councillor Edda Prynne asked why new cranes promised in the budget "
        "never arrived.",
        "Port Elvan, Caldry Shipping, Ines Marlow, Edda Prynne",
        26,
    ),
]
DUNMERE = [
    doc(
        "dun1",
        "Crane collapses at Dunmere container yard",
        "A crane collapsed at the Dunmere container yard on Tuesday, injuring a driver. Site foreman Tobias Rennick "
        "said the machine had been in use for twenty years. Hollis Freight, the operator, suspended work at the yard "
        "while inspectors examined the base of the crane.",
        "Dunmere, Tobias Rennick, Hollis Freight, Tobias Rennick",
        50,
    ),
    doc(
        "dun2",
        "Dunmere yard closed after crane falls on lorry",
        "Hollis Freight closed its Dunmere yard after a crane fell on a lorry, leaving the driver with leg injuries. "
        "Foreman Tobias Rennick told local radio the crane was old. Inspectors were checking the foundations.",
        "Hollis Freight, Dunmere, Tobias Rennick",
        53,
    ),
]
OTHER = [
    doc(
        f"bg{i}",
        title,
        body,
        ents,
        10 * i,
    )
    for i, (title, body, ents) in enumerate(
        [
            (
                "Library reopens after roof repairs",
                "The Wexby town library reopened on Saturday after a year of roof "
                "repairs, librarian Moss Aldane said, with a new children's reading room.",
                "Wexby, Moss Aldane",
            ),
            (
                "Rovers sign striker",
                "Ashgate Rovers have signed striker Pell Varga from Lornmouth on a two-year deal, "
                "manager Corin Hale confirmed.",
                "Ashgate Rovers, Pell Varga, Lornmouth, Corin Hale",
            ),
            (
                "Bakery wins regional prize",
                "A family bakery in Sellick won the regional bread award for its rye loaf, "
                "judges announced at the county show.",
                "Sellick",
            ),
            (
                "Bus fares to rise in April",
                "Fares on Trandle Coaches routes will rise by five percent in April, the "
                "company said, blaming fuel costs.",
                "Trandle Coaches",
            ),
        ]
    )
]
CORPUS = OTHER + ELVAN + DUNMERE


def partition(clusterer: StoryClusterer) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in clusterer.stories()}


def run(docs: list[ClusterDoc]) -> StoryClusterer:
    c = StoryClusterer()
    for d in docs:
        c.add(d)
    return c


def test_outlets_join_and_lookalikes_stay_apart() -> None:
    c = run(CORPUS)
    parts = partition(c)
    assert frozenset({"elvan1", "elvan2", "elvan3"}) in parts
    assert frozenset({"dun1", "dun2"}) in parts
    assert len(parts) == 2 + len(OTHER)


def test_story_ids_titles_and_times() -> None:
    c = run(CORPUS)
    story = next(s for s in c.stories() if "elvan1" in s.article_ids)
    assert story.id == group_id("s", "elvan1") == c.story_of("elvan3")
    assert "Elvan" in story.title
    assert story.first_seen == ELVAN[0].published and story.last_seen == ELVAN[2].published


def test_arrival_order_does_not_change_partition() -> None:
    expected = partition(run(CORPUS))
    for seed in range(5):
        docs = list(CORPUS)
        random.Random(seed).shuffle(docs)
        assert partition(run(docs)) == expected


def test_incremental_from_bytes_equals_from_scratch() -> None:
    first = run(CORPUS[:6])
    restored = StoryClusterer.from_bytes(first.to_bytes())
    for d in CORPUS[6:]:
        restored.add(d)
    scratch = run(CORPUS)
    assert [(s.id, s.article_ids) for s in restored.stories()] == [
        (s.id, s.article_ids) for s in scratch.stories()
    ]


def test_duplicate_joins_canonical_story_without_moving_centroid() -> None:
    c = run(CORPUS)
    copy = ClusterDoc("elvan1-copy", "", ELVAN[0].body, ELVAN[0].entities, None)
    assert c.add(copy, duplicate_of="elvan1") == c.story_of("elvan1")
    assert partition(c) - partition(run(CORPUS)) == {frozenset({"elvan1", "elvan2", "elvan3", "elvan1-copy"})}


def test_small_corpus_idf_is_damped() -> None:
    """A few documents give noisy IDF: a word every document shares must keep most of its weight (idf_min_docs)."""
    from storyline.cluster.stories import load_model
    from storyline.settings import ClusterSettings

    texts = ["harbour crane storm wharf", "harbour ferry delay", "harbour council vote budget"]

    def ratio(settings: ClusterSettings) -> float:
        c = StoryClusterer(
            settings, load_model(settings.model)
        )  # features only: the fitted-params check is moot
        preps = [c.prepare(ClusterDoc(f"d{i}", "", t, (), D)) for i, t in enumerate(texts)]
        last = preps[-1].body
        return last["harbour"] / last["budget"]

    assert ratio(ClusterSettings()) > 0.8
    assert ratio(ClusterSettings(idf_min_docs=0)) < 0.7


def test_shared_figures_score_higher_than_disagreeing_ones() -> None:
    """Look-alike bouts share every word but the figures (record, round, crowd): the figures feature tells them apart."""
    from storyline.cluster.stories import FEATURES

    c = StoryClusterer()
    first = "Champion Osric Vell retained his belts, moving to 41-2, with a ninth-round stoppage before 18,500 fans."
    c.commit(c.prepare(doc("f1", "Vell retains belts", first, "Osric Vell", 0)), None)
    same = c.prepare(
        doc("f2", "Vell keeps titles", "Vell, now 41-2, won in front of 18,500 people.", "Vell", 2)
    )
    other = c.prepare(
        doc("f3", "Vell keeps titles", "Vell, now 47-2, won in front of 23,000 people.", "Vell", 3)
    )
    at = FEATURES.index("figures")
    assert c.features(same, 0)[at] > 0.9
    assert c.features(other, 0)[at] == 0.0


def test_state_from_another_version_asks_for_a_rebuild() -> None:
    """Older state has other terms (no stems, no figures): mixing it with new articles would mis-cluster."""
    import json
    import zlib

    import pytest

    from storyline.errors import StorylineError

    state = json.loads(zlib.decompress(run(ELVAN).to_bytes()))
    state["format"] = 2
    with pytest.raises(StorylineError, match="build --rebuild"):
        StoryClusterer.from_bytes(zlib.compress(json.dumps(state).encode()))


def test_same_words_months_later_open_a_new_story() -> None:
    """An announced visit and the visit itself share every word; the story window keeps them two stories."""
    c = StoryClusterer()
    text = "Foreign minister Ilse Varga will travel to Korvane for talks with her counterpart Edo Marsh."
    announced = c.add(doc("v1", "Varga to visit Korvane", text, "Ilse Varga, Korvane, Edo Marsh", 0))
    assert c.add(doc("v2", "Varga heads to Korvane", text, "Ilse Varga, Korvane, Edo Marsh", 30)) == announced
    months_later = c.add(doc("v3", "Varga in Korvane", text, "Ilse Varga, Korvane, Edo Marsh", 24 * 270))
    assert months_later != announced
