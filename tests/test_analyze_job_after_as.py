"""Whose job a title after "as" or after a naming verb's object is: the object of a naming verb holds it ("named
Pavel Dorn as head coach", "named Pavel Dorn head coach"), the subject of any other verb does ("Dana Hale joined
the bank as chief executive": the bank is where she holds it, not its holder). Invented text only."""

from __future__ import annotations

import pytest

from storyline.analyze import analyze
from storyline.model import Article


def _holders(text: str) -> dict[str, str]:
    """Each ROLE description's text -> the text of the person mention it refers to."""
    (an,) = analyze([Article("a", "a", text, outlet="Valley Courier")])
    people = {m.start: m.text for m in an.mentions if m.label == "PERSON"}
    return {
        m.text: people.get(m.refers, "") for m in an.mentions if m.label == "ROLE" and m.refers is not None
    }


@pytest.mark.parametrize(
    ("text", "role", "holder"),
    [
        ("Dana Hale joined the bank as chief executive in 2019.", "chief executive", "Dana Hale"),
        ("Pavel Dorn will join Brenmoor as assistant coach next week.", "assistant coach", "Pavel Dorn"),
        ("Ada Kerr joined the council as deputy leader after the election.", "deputy leader", "Ada Kerr"),
        ("Dunmore named Rui Tavares head coach on Friday.", "head coach", "Rui Tavares"),
        ("The club named Pavel Dorn as head coach on Friday.", "head coach", "Pavel Dorn"),
        ("The board elected Ada Kerr as chairwoman on Monday.", "chairwoman", "Ada Kerr"),
    ],
)
def test_the_holder_of_a_job_after_as_or_a_naming_verb(text: str, role: str, holder: str) -> None:
    assert _holders(text).get(role) == holder
