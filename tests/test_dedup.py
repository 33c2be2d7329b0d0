"""Duplicate detection: exact copies, wire copies with a changed paragraph, and same-event rewrites that are not copies."""

from datetime import UTC, datetime

import pytest

from storyline.dedup import DuplicateIndex, canonical_copies
from storyline.errors import StorylineError
from storyline.model import Article
from storyline.settings import DedupSettings

PARAS = [
    "The Elvan Port Authority confirmed on Sunday that a container crane had toppled onto berth nine shortly after dawn, "
    "crushing two empty trucks and forcing the closure of the northern quay for what officials called an indefinite period.",
    "Dock manager Ines Marlow told reporters at the gate that nobody had been standing under the jib when it fell, "
    "which she described as nothing short of a miracle given that the early shift had only just clocked on.",
    "Caldry Shipping, which leases the crane, said its engineers had inspected the machine in January and found "
    "corrosion in one leg that was scheduled for repair next month, according to a statement released at lunchtime.",
    "Union representatives demanded an independent investigation and said members had raised concerns about the "
    "ageing equipment at three separate safety meetings over the past year without receiving any written answer.",
    "Traffic on the coastal road was diverted for most of the morning while recovery teams assessed whether the "
    "twisted boom could be lifted without damaging the quay wall or the fuel line that runs beneath it.",
    "Harbour pilots said incoming vessels would be redirected to the southern terminal, adding up to a day of delay "
    "for perishable cargo, and exporters warned that fruit shipments already at sea could spoil before unloading.",
    "Councillor Edda Prynne said the town had been promised a new crane fleet in the last budget and that residents "
    "deserved to know why the money had not yet been spent, calling the collapse a warning that must not be ignored.",
    "The authority said a full statement would follow once the site had been made safe and the insurers had visited.",
]
ORIGINAL = "\n\n".join(PARAS)
REWRITTEN = "\n\n".join(
    PARAS[:3]
    + [
        "Workers' delegates insisted on an outside inquiry, saying complaints about old machinery had gone unanswered "
        "for a year and that the quay had become a place where people went to work afraid."
    ]
    + PARAS[4:]
)
SAME_EVENT_OTHER_TEXT = (
    "A huge crane collapsed at Port Elvan on Sunday morning. Ines Marlow, who runs the docks, said it was lucky no one "
    "was hurt. The crane belongs to Caldry Shipping, whose engineers had spotted rust during a winter check and planned "
    "a fix. Unions want an inquiry. The northern quay is shut and ships are going to the southern terminal instead, "
    "which could delay fruit exports. Local councillor Edda Prynne asked what had happened to the money for new cranes."
)
T0 = datetime(2024, 3, 3, 8, 0, tzinfo=UTC)
T1 = datetime(2024, 3, 3, 11, 0, tzinfo=UTC)


def test_exact_copy_points_to_earliest() -> None:
    index = DuplicateIndex()
    assert index.add("late", ORIGINAL, T1) is None
    # an earlier-published copy becomes canonical; the later one now points to it
    assert index.add("early", "  " + ORIGINAL.upper() + "\n", T0) is None
    assert index.canonical("late") == "early"
    [group] = index.groups()
    assert (
        group.canonical_id == "early" and set(group.member_ids) == {"early", "late"} and group.kind == "exact"
    )


def test_changed_paragraph_is_a_near_duplicate_and_other_report_is_not() -> None:
    index = DuplicateIndex()
    assert index.add("wire", ORIGINAL, T0) is None
    assert index.add("copy", REWRITTEN, T1) == "wire"
    assert index.add("other", SAME_EVENT_OTHER_TEXT, T1) is None
    [group] = index.groups()
    assert set(group.member_ids) == {"wire", "copy"}
    assert group.kind in {"near", "syndicated"}


def test_canonical_copies_maps_each_copy_to_its_printed_first_copy() -> None:
    """The map a briefing of articles analysed outside a store gets (eval/claims.py): the build's own grouping,
    where only a printed date competes to be the first copy and an inferred one does not."""
    wire = Article("wire", "a.txt", ORIGINAL, outlet="Wire", published=T1)
    reprint = Article("reprint", "b.txt", "\n\n".join(PARAS[:-1]), outlet="Herald", published=T0)
    guessed = Article("guessed", "c.txt", REWRITTEN, outlet="Post", published=T0, published_inferred=True)
    other = Article("other", "d.txt", SAME_EVENT_OTHER_TEXT, outlet="Gazette", published=T0)
    assert canonical_copies([wire, reprint, guessed, other]) == {"wire": "reprint", "guessed": "reprint"}
    assert canonical_copies([wire, other]) == {}


def test_trimmed_wire_copy_is_syndicated() -> None:
    index = DuplicateIndex()
    index.add("wire", ORIGINAL, T0)
    assert index.add("reprint", "\n\n".join(PARAS[:-1]), T1) == "wire"
    assert index.groups()[0].kind == "syndicated"


def test_round_trip_then_continue() -> None:
    index = DuplicateIndex()
    index.add("wire", ORIGINAL, T0)
    index.add("other", SAME_EVENT_OTHER_TEXT, None)
    restored = DuplicateIndex.from_bytes(index.to_bytes(), DedupSettings())
    assert restored.add("copy", REWRITTEN, T1) == "wire"
    assert restored.add("other", SAME_EVENT_OTHER_TEXT, None) is None
    with pytest.raises(StorylineError):
        DuplicateIndex.from_bytes(index.to_bytes(), DedupSettings(shingle_size=3))


# a regional paper's light rewrite of ORIGINAL: most sentences reworded a little, a local paragraph added, one dropped
REGIONAL_REWRITE = "\n\n".join(
    [
        PARAS[0],
        PARAS[1],
        "Caldry Shipping, which rents the crane, said its engineers inspected the machine in January and found rust "
        "in one leg that was due for repair next month, according to a statement issued at lunchtime.",
        "Union officials demanded an independent inquiry and said members had raised worries about the old "
        "equipment at three separate safety meetings over the past year without getting any written reply.",
        PARAS[5],
        "In Brennock, twenty miles up the coast, the Brennock Fruit Co-operative said two of its refrigerated "
        "containers were stuck on a ship now waiting off the breakwater, and growers feared losing a week of picking.",
        "Councillor Edda Prynne said the town had been promised a new crane fleet in the last budget and that "
        "locals deserved to know why the money had not been spent, calling the collapse a warning that must be heeded.",
        PARAS[7],
    ]
)
# another outlet's own report of the same collapse: same facts and the same quoted line, its own sentences
OWN_REPORT = "\n\n".join(
    [
        "Northern quay shut after crane falls at Elvan port (Harbour Lantern staff)",
        "A container crane fell across berth nine at Elvan early on Sunday, flattening two parked trucks.",
        '"Nobody was under it, and that is nothing short of a miracle," dock manager Ines Marlow said, adding that '
        "the early shift had only just clocked on.",
        "Ships are being diverted south and fruit exporters fear for cargo already at sea.",
        "Caldry Shipping, the crane's leaseholder, says rust was found in January and a repair was booked.",
        "The union wants an independent investigation after what it called a year of unanswered complaints.",
        "Councillor Edda Prynne said the collapse was a warning that must not be ignored.",
    ]
)


def test_reworded_rewrite_is_found_by_sentence_alignment() -> None:
    index = DuplicateIndex()
    sim = float((index._minhash(ORIGINAL).hashvalues == index._minhash(REGIONAL_REWRITE).hashvalues).mean())
    assert (
        DedupSettings().candidate_threshold <= sim < DedupSettings().near_threshold
    )  # MinHash alone misses it
    assert index.add("wire", ORIGINAL, T0) is None
    assert index.add("regional", REGIONAL_REWRITE, T1) == "wire"
    assert index.groups()[0].kind == "near"
    # without the verification stage the same pair is not a duplicate
    strict = DuplicateIndex(DedupSettings(candidate_threshold=0.4))
    strict.add("wire", ORIGINAL, T0)
    assert strict.add("regional", REGIONAL_REWRITE, T1) is None


def test_independent_reports_sharing_a_quote_are_not_grouped() -> None:
    index = DuplicateIndex(DedupSettings(candidate_threshold=0.05))  # force them to be verified
    index.add("wire", ORIGINAL, T0)
    assert index.add("own", OWN_REPORT, T1) is None
    assert index.add("other", SAME_EVENT_OTHER_TEXT, T1) is None
    assert index.groups() == []


def test_sentence_sketches_survive_round_trip() -> None:
    index = DuplicateIndex()
    index.add("wire", ORIGINAL, T0)
    index.add("dup", ORIGINAL, T1)  # exact copy: no sketch of its own
    restored = DuplicateIndex.from_bytes(index.to_bytes(), DedupSettings())
    assert restored.add("regional", REGIONAL_REWRITE, T1) == "wire"


def test_old_format_is_refused() -> None:
    import io
    import json

    import numpy as np

    meta = {"format": 1, "shingle_size": 7, "num_perm": 128, "scheme": "affine32", "entries": []}
    buf = io.BytesIO()
    np.savez_compressed(
        buf, sig=np.zeros((0, 128), np.uint32), meta=np.frombuffer(json.dumps(meta).encode(), np.uint8)
    )
    with pytest.raises(StorylineError, match="another storyline version; run `storyline build --rebuild`"):
        DuplicateIndex.from_bytes(buf.getvalue())


def test_earlier_copy_arriving_late_becomes_canonical_and_survives_a_round_trip() -> None:
    index = DuplicateIndex()
    assert index.add("reprint", "\n\n".join(PARAS[:-1]), T1) is None
    assert index.add("wire", ORIGINAL, T0) is None  # published first: it becomes the canonical copy
    restored = DuplicateIndex.from_bytes(index.to_bytes(), DedupSettings())
    for idx in (index, restored):
        assert idx.canonical("reprint") == "wire"
        assert [g.member_ids for g in idx.groups()] == [("wire", "reprint")]
