"""Quotes and speakers on the fictional fixture corpus (tests/fixtures/analyze/corpus.json)."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from storyline.analyze import analyze, resolve_entities
from storyline.model import Analysis, Article, Entity

FIXTURES = Path(__file__).parent / "fixtures" / "analyze"


@lru_cache(maxsize=1)
def corpus() -> tuple[list[Article], list[Entity], dict[str, Analysis]]:
    data = json.loads((FIXTURES / "corpus.json").read_text(encoding="utf-8"))
    articles = [
        Article(
            id=a["id"],
            source=a["id"],
            body=a["body"],
            outlet=a["outlet"],
            published=datetime.fromisoformat(a["published"]) if a["published"] else None,
        )
        for a in data["articles"]
    ]
    entities, analyses = resolve_entities(articles, analyze(articles))
    return articles, entities, {a.article_id: a for a in analyses}


def quotes_of(article_id: str):
    return corpus()[2][article_id].quotes


def name_of(entity_id: str | None) -> str | None:
    return next((e.name for e in corpus()[1] if e.id == entity_id), None)


def test_anonymous_source_across_paragraphs_keeps_affiliation() -> None:
    q = quotes_of("ga1")[0]
    assert q.speaker == "An unnamed Trade Office source"
    assert q.anonymous and q.affiliation == "Trade Office"
    assert q.text.startswith("She is not going") and q.text.endswith(
        "hard visit."
    )  # two paragraphs, one quote
    assert q.speaker_entity is None


def test_spokeswoman_has_her_organisation_and_is_not_anonymous() -> None:
    q = quotes_of("ga1")[1]
    assert q.speaker == "A Trade Office spokeswoman" and not q.anonymous
    assert q.affiliation == "Trade Office"


def test_trailing_attribution_and_continuation_paragraphs() -> None:
    spokes = [q for q in quotes_of("ga2") if q.speaker == "a spokesman for the department"]
    assert len(spokes) == 2
    assert spokes[1].text.startswith("The talks will focus") and "business as usual" in spokes[1].text
    assert all(
        q.affiliation == "Trade Office" for q in spokes
    )  # "the department" -> the office named earlier


def test_the_source_inherits_affiliation_of_source_close_to() -> None:
    q = next(q for q in quotes_of("ga2") if q.text.startswith("We are not going there to be liked"))
    assert q.speaker == "the source" and q.anonymous
    assert q.affiliation == "Ms Kellings"


def test_she_added_goes_to_previous_speaker() -> None:
    q = next(q for q in quotes_of("ga3") if q.text.startswith("We will raise"))
    assert q.speaker == "A spokeswoman" and q.affiliation == "Trade Office"


def test_named_speaker_resolves_to_entity() -> None:
    q = next(q for q in quotes_of("ga3") if q.text.startswith("It is troubling"))
    assert q.speaker == "Labour MP Petra Osgood"
    assert name_of(q.speaker_entity) == "Petra Osgood"
    assert q.text.endswith("release it first.")


def test_said_colon_block_of_unquoted_paragraphs() -> None:
    (q,) = [q for q in quotes_of("ga4") if q.speaker and "Kellings" in q.speaker]
    assert q.text.startswith("Our two countries") and q.text.endswith("did not happen.")
    assert name_of(q.speaker_entity) == "Marta Kellings"


def test_report_as_speaker() -> None:
    (q,) = quotes_of("ga5")
    assert q.speaker == "The Pellam Institute report" and q.affiliation == "Pellam Institute"


def test_single_quotes_by_described_as_agent_and_scare_quotes_dropped() -> None:
    q = next(q for q in quotes_of("ga3") if q.text == "a careful opening")
    assert q.speaker == "Harbour sources" and q.anonymous
    assert not any(q.text == "frank talks" for q in quotes_of("ga3"))  # headline scare quote, no speaker


def test_quote_spans_point_into_body() -> None:
    articles, _, analyses = corpus()
    for article in articles:
        for q in analyses[article.id].quotes:
            pieces = q.text.split(" … ")  # one statement quoted in pieces around its cue
            span = article.body[q.start : q.end]
            assert span.startswith(pieces[0]) and span.endswith(pieces[-1])
            assert all(p in span for p in pieces)
            if q.speaker_start is not None:
                assert article.body[q.speaker_start : q.speaker_end] == q.speaker


def test_quote_marks_set_off_by_spaces_are_read_not_fatal():
    """Some sources print quotes tokenised: '“ the bridge will reopen , ”'. The quote start is then a space."""
    body = (
        "Carrow council leader Ines Corra said “ the bridge will reopen on Friday , ” adding that crews were ready .\n"
        'Police said the suspect " had no record " , according to a statement .'
    )
    (an,) = analyze([Article("spaced", "spaced.txt", body)])
    texts = [q.text for q in an.quotes]
    assert any("bridge will reopen" in t for t in texts)
    assert any(q.speaker and "Corra" in q.speaker for q in an.quotes if "bridge" in q.text)


def test_a_failing_quote_finder_costs_the_article_its_quotes_not_the_build(monkeypatch, caplog):
    from storyline.analyze import per_article as single

    def broken(*args, **kwargs):
        raise IndexError("parser corner case")

    monkeypatch.setattr(single, "find_quotes", broken)
    body = "Ines Corra, the council leader, said the Carrow bridge would reopen on Friday."
    (an,) = analyze([Article("odd", "odd.txt", body)])
    assert an.quotes == () and an.sentences and an.events  # the rest of the analysis is kept
    assert "analyze.quotes failed on article odd" in caplog.text


def test_a_body_past_the_parser_limit_is_parsed_up_to_it(monkeypatch):
    """Stores written before extraction rejected giant bodies may hold one; the build must not die on it."""
    from storyline.analyze.nlp import get_nlp

    monkeypatch.setattr(get_nlp(), "max_length", 3000)  # spaCy's real limit is 1,000,000: same check, faster
    body = "Ines Corra said the Carrow bridge would reopen on Friday. " * 80
    (an,) = analyze([Article("giant", "giant.txt", body)])
    assert an.sentences and an.sentences[-1].end < 3000 <= len(body)


def test_said_blocks_after_a_colon_paragraph_stop_at_the_speakers_name():
    """Press-release style: the unquoted paragraphs after one ending "X said:" (trailing space or not) are one
    quotation, up to the paragraph naming the speaker again; a colon without a speech verb opens none."""
    from storyline.analyze.nlp import paragraphs
    from storyline.analyze.quotes.spans import said_blocks

    said = (
        "The harbour master, Ines Vale, said: \n"
        "The pier will reopen on Friday after the deck has been repaired.\n"
        "We thank everyone in the village for their patience this winter.\n"
        "Ms Vale then left the meeting before the questions began."
    )
    (run,) = said_blocks(said, paragraphs(said), 6, ["Vale"])
    assert (run.cue_para, run.first_para, run.last_para) == (0, 1, 2)
    assert said[run.start : run.end].startswith("The pier") and said[: run.end].endswith("this winter.")
    notes = "Opening times for the pier:\n" + said.split("\n", 1)[1]
    assert said_blocks(notes, paragraphs(notes), 6, ["Vale"]) == []
