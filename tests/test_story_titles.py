"""Issue 12: story and storyline titles are headlines (or the lead sentence), never a masthead, navigation, a prompt
put before a pasted article, or the file name a copy was saved under."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline
from storyline.extract.title_lines import not_a_title

FERRY = (
    "Ferry service to Orrin Isle suspended after storm damages pier",
    "The island's only pier was badly damaged by waves on Sunday night, the harbour authority said on Monday.\n\n"
    "Repairs are expected to take at least three weeks, and a landing craft will carry essential supplies.\n\n"
    "Residents said the closure would hit the island's shops and its small school.\n",
)
LIBRARY = (
    "Calder library reopens after two-year restoration of its reading room",
    "The Calder public library reopened on Saturday after a restoration that cost the town council 4 million.\n\n"
    "Builders replaced the reading room's roof and restored its painted ceiling, the council said.\n\n"
    "Hundreds of residents queued outside before the doors opened at nine o'clock in the morning.\n",
)
ORCHARD = (
    None,
    "Frost destroyed most of the blossom in the Wendle Valley orchards last week, growers said on Thursday.\n\n"
    "The growers' association said apple yields could fall by half this autumn.\n\n"
    "Some farms lit fires between the rows overnight, but temperatures fell to minus six degrees.\n",
)
MARKET = (
    None,
    "Traders at Brindle market will pay lower stall fees from June after the council cut its charges by a third.\n\n"
    "The council said the cut was meant to fill the eighteen stalls that have stood empty since last year.\n\n"
    "Market traders welcomed the decision but said parking near the square was still too expensive.\n",
)


def _lead(body: str) -> str:
    return body.split("\n", 1)[0]


COPIES = {  # file name -> (pasted text, the title it must give)
    "masthead.txt": (
        f"THE KESTREL STANDARD\nNews | Sport | Business | Weather\nSign in\n\n{FERRY[0]}\n\n{FERRY[1]}",
        FERRY[0],
    ),
    "prompt.txt": (f"Can you summarise this article for me?\n\n{LIBRARY[0]}\n\n{LIBRARY[1]}", LIBRARY[0]),
    "file_name.txt": (f"wendle_orchards_frost_final.txt\n\n{ORCHARD[1]}", _lead(ORCHARD[1])),
    "nav_only.txt": (f"Skip to content\nHome\nMenu\n\n{MARKET[1]}", _lead(MARKET[1])),
}
NOT_TITLES = {
    "the kestrel standard",
    "sign in",
    "skip to content",
    "home",
    "menu",
    "wendle_orchards_frost_final.txt",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    for name, (text, _) in COPIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = storyline.open_store(folder / "copies.db")
    storyline.ingest(store, [str(p) for p in sorted(folder.glob("*.txt"))])
    storyline.build(store)
    yield store
    store.close()


def test_headlines_of_pasted_copies(built) -> None:
    got = {Path(a.source).name: a.headline for a in built.articles()}
    assert got == {name: title for name, (_, title) in COPIES.items()}


def test_story_and_storyline_titles_are_never_chrome_prompts_or_file_names(built) -> None:
    headlines = {title for _, title in COPIES.values()}
    titles = [s.title for s in built.stories()] + [s.title for s in built.storylines()]
    assert titles
    for title in titles:
        assert title in headlines and title.casefold() not in NOT_TITLES and "summarise" not in title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sign in", True),
        ("Log in or register", True),
        ("report_2024-03-05.docx", True),
        ("Here is the article:", True),
        ("Please summarize the following text", True),
        ("Search for missing climber called off", False),
        ("Home secretary resigns over visa row", False),
        ("Please stop the cuts, say nurses", False),
    ],
)
def test_not_a_title(line: str, expected: bool) -> None:
    assert not_a_title(line) is expected
