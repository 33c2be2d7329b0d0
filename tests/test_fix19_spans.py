"""A length after a verb's "over" is the span the act took ("rain fell over two days": analyze.claims
``_span_over``), no lower bound against the same length told plainly; a wire dateline whose place in capitals is
followed by its region in title case ("CORVEL, Almaria, May 4 (Wire) -") dates the report, no claim
(analyze.page_stamps ``is_dateline``). Invented text."""

from __future__ import annotations

from briefed import brief_outlets, claims_in, conflict_values


def _lengths(text: str) -> list[tuple[str, str | None]]:
    return [(phrase, s.qualifier) for phrase, s in claims_in(text) if s.kind == "duration"]


def test_over_a_length_after_a_verb_is_its_span() -> None:
    assert _lengths("Heavy rain fell over two days in the hills above Corvel.") == [("two days", None)]


def test_over_as_the_figures_quantifier_stays_a_bound() -> None:
    (found,) = _lengths("The ferry strike at Corvel lasted over two weeks.")
    assert found[1] == "more than"


def test_a_span_over_two_days_is_no_rival_to_48_hours() -> None:
    bodies = {
        "Corvel Courier": (
            "A mudslide hit the village of Corvel on Monday. The slope gave way after 200 mm of rain fell in 48 "
            "hours, the weather office said."
        ),
        "Hill Post": (
            "A mudslide hit the village of Corvel on Monday. The slope gave way after 200 millimetres of rain "
            "fell over two days, the weather office said."
        ),
    }
    b = brief_outlets(bodies, "Mudslide hits Corvel")
    assert conflict_values(b, bodies, "duration") == []


def test_a_dateline_with_its_region_is_no_date_claim() -> None:
    text = "Ferry sinks off Corvel\nCORVEL, Almaria, May 4 (Wire) - A ferry sank off Corvel on Sunday, officials said."
    days = [phrase for phrase, s in claims_in(text) if s.kind == "date"]
    assert days == ["Sunday"]


def test_a_sentence_of_capitals_and_names_is_no_dateline() -> None:
    text = "Ferry sinks\nIn Corvel, police said, May 4 - a ferry sank off the coast."
    assert "May 4" in [phrase for phrase, s in claims_in(text) if s.kind == "date"]


def test_a_length_that_might_have_been_is_no_rival() -> None:
    lead = "A court in Varel jailed the former mayor Tom Brask for four years on Friday for taking bribes. "
    bodies = {
        "Varel Courier": lead + "Prosecutors had asked for a prison term of six years for the bribes.",
        "Coast Post": lead + "The most he could have faced was a prison term of ten years for the bribes.",
        "Hill Times": lead + "Brask said he would appeal.",
    }
    b = brief_outlets(bodies, "Former Varel mayor jailed")
    assert conflict_values(b, bodies, "duration") == []
