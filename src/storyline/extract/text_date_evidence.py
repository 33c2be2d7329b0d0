"""The ``published_evidence`` a date read from a page's text records, so that a guessed day/month order can be
settled later from the outlet's other articles (analyze/date_order.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from storyline.extract.text_date_scan import NUMERIC, latest_day, numeric_readings, page_order

# published_evidence of a date read from the text: "text", or for a numeric date "text-" plus its reading when the
# date proves it (25/03/2024) or the page's own unambiguous dates settle it ("text-dmy"), else "text-ambiguous-"
# plus the reading guessed (05/03/2024 with nothing on the page to tell). analyze/date_order.py settles the
# guessed ones from the outlet's proven ones.
TEXT_EVIDENCE = "text"
AMBIGUOUS_EVIDENCE = "text-ambiguous"


def reading_evidence(order: str | None, features: dict[str, Any]) -> str:
    """A numeric reading is a guess when both readings are dates and the page's own unambiguous dates don't back
    this one: the outlet's other articles may then settle it (analyze/date_order.py)."""
    if order is None:
        return TEXT_EVIDENCE
    guessed = bool(features.get("numeric_ambiguous")) and features.get("reading_vs_page", 0.0) != 1.0
    return f"{AMBIGUOUS_EVIDENCE if guessed else TEXT_EVIDENCE}-{order}"


def numeric_evidence(evidence: str | None) -> tuple[str, bool] | None:
    """(order, guessed) a numeric text date's evidence records ("text-ambiguous-dmy" -> ("dmy", True)), None for
    any other evidence."""
    for prefix, guessed in ((f"{AMBIGUOUS_EVIDENCE}-", True), (f"{TEXT_EVIDENCE}-", False)):
        if evidence and evidence.startswith(prefix) and evidence[len(prefix) :] in ("dmy", "mdy"):
            return evidence[len(prefix) :], guessed
    return None


def dateline_evidence(line: str, day: date, text: str) -> str:
    """The evidence of the date a header dateline states (``day``), read as ``date_from_text`` reads its dates:
    a numeric dateline records its reading, and whether ``text`` (the whole page) settles it."""
    page = page_order(text)
    for m in NUMERIC.finditer(line):
        for _, found, _, extra in numeric_readings(m, line, page, latest_day(None)):
            if found == day:
                return reading_evidence(extra["_order"], extra)
    return TEXT_EVIDENCE
