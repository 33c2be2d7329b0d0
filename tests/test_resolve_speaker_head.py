"""A quote's speaker entity is the person its speaker phrase is about, not a person named as modifier in it
(issue 13: "Corwin spokesman Eli Brandt" is Brandt, not Corwin). Invented text."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from storyline.analyze import analyze, resolve_entities
from storyline.model import Article

BODY = (
    "Senator Mara Velden opened her campaign in Dunmore on Tuesday.\n\n"
    '"We will not back down on the harbour plan," Velden spokesman Tomas Reyka said.\n\n'
    '"The senator has the votes," said Velden adviser Ilse Marquardt.\n\n'
    '"Nobody asked the fishermen," a spokeswoman for Mara Velden said.\n\n'
    '"It was a long night," Velden\'s spokesman said.\n\n'
    '"We expect a fair count," Velden said.\n'
)


@lru_cache(maxsize=1)
def speakers() -> dict[str, str | None]:
    """Speaker phrase -> the name of the entity it resolves to."""
    articles = [
        Article(id="a1", source="a1", body=BODY, outlet="Coast Herald", published=datetime(2024, 5, 1))
    ]
    entities, analyses = resolve_entities(articles, analyze(articles))
    names = {e.id: e.name for e in entities}
    return {q.speaker or "": names.get(q.speaker_entity or "") for q in analyses[0].quotes}


def test_named_person_after_a_modifier_is_the_speaker() -> None:
    assert speakers()["Velden spokesman Tomas Reyka"] == "Tomas Reyka"
    assert speakers()["Velden adviser Ilse Marquardt"] == "Ilse Marquardt"


def test_possessor_or_object_of_the_head_is_not_the_speaker() -> None:
    assert speakers()["Velden's spokesman"] != "Mara Velden"
    assert speakers()["a spokeswoman for Mara Velden"] != "Mara Velden"


def test_a_bare_name_is_still_its_person() -> None:
    assert speakers()["Velden"] == "Mara Velden"
