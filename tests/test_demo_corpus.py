"""Integrity of the bundled demo corpus (examples/demo) and its hand-written labels.

Parses the containers directly (json, feedparser, warcio), never the project code, so a bug in the
ingester cannot hide a broken label and a broken label cannot hide a bug in the ingester.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from collections import Counter
from datetime import date, datetime
from functools import cache
from pathlib import Path

import feedparser
import pytest
from warcio.archiveiterator import ArchiveIterator

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"
BAD = ROOT / "examples" / "bad"
SEEDS = ROOT.parent / "shared" / "seeds"
ARTICLE_PREFIX = "examples/demo/"


@cache
def labels() -> dict:
    return json.loads((ROOT / "examples" / "demo.labels.json").read_text(encoding="utf-8"))


def articles() -> dict[str, dict]:
    """Article labels are the top-level keys that are source strings."""
    return {k: v for k, v in labels().items() if k.startswith(ARTICLE_PREFIX)}


def _jsonl_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _feed_entries(path: Path) -> list:
    return feedparser.parse(str(path)).entries


def _warc_responses(path: Path) -> dict[int, bytes]:
    """HTML response payloads by record number (1-based, counting every record, warcinfo and requests too)."""
    with path.open("rb") as f:
        return {
            number: r.content_stream().read()
            for number, r in enumerate(ArchiveIterator(f), start=1)
            if r.rec_type == "response"
        }


@cache
def raw_text(key: str) -> str:
    """The text an ingester sees for one source key: file text, JSONL field, feed content, WARC payload."""
    if "#" in key:
        path, index = key.rsplit("#", 1)
        i = int(index) - 1
        if path.endswith(".warc.gz"):
            return _warc_responses(ROOT / path)[int(index)].decode("utf-8")
        entry = _feed_entries(ROOT / path)[i]
        return entry.content[0].value
    if re.search(r"\.jsonl:\d+$", key):
        path, line = key.rsplit(":", 1)
        record = _jsonl_lines(ROOT / path)[int(line) - 1]
        return record.get("text") or record["html"]
    return (ROOT / key).read_text(encoding="utf-8")


def _as_date(value: str) -> date:
    return datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)


def test_every_label_key_resolves_and_every_input_is_labeled() -> None:
    keys = set(articles())
    expected: set[str] = set()
    for path in sorted(DEMO.iterdir()):
        rel = path.relative_to(ROOT).as_posix()
        if path.suffix in {".txt", ".html"}:
            expected.add(rel)
        elif path.suffix == ".jsonl":
            expected |= {f"{rel}:{i}" for i in range(1, len(_jsonl_lines(path)) + 1)}
        elif path.suffix == ".xml":
            expected |= {f"{rel}#{i}" for i in range(1, len(_feed_entries(path)) + 1)}
        elif path.name.endswith(".warc.gz"):
            expected |= {f"{rel}#{n}" for n in _warc_responses(path)}
        else:
            pytest.fail(f"unexpected file in the demo corpus: {rel}")
    assert keys == expected


def test_jsonl_records_have_the_documented_fields() -> None:
    records = _jsonl_lines(DEMO / "wire.jsonl")
    assert len(records) >= 4
    for record in records:
        assert {"url", "title", "published", "source"} <= record.keys()
        assert ("text" in record) != ("html" in record)
    assert any("html" in r for r in records) and any("text" in r for r in records)


def test_feed_is_valid_rss_with_full_content() -> None:
    parsed = feedparser.parse(str(DEMO / "feed.xml"))
    assert not parsed.bozo and parsed.version == "rss20"
    assert len(parsed.entries) >= 3
    assert all(len(e.content[0].value) > len(e.summary) * 3 for e in parsed.entries)


@pytest.mark.parametrize("key", sorted(articles()))
def test_keep_and_remove_lines_occur_verbatim(key: str) -> None:
    label = articles()[key]
    text = raw_text(key)
    assert 2 <= len(label["keep"]) <= 4
    for line in label["keep"] + label["remove"]:
        assert line in text, f"{key}: not in raw text: {line[:70]!r}"
    assert not set(label["keep"]) & set(label["remove"])
    if label["headline"]:
        assert label["headline"] in text or label["headline"] in _container_title(key)


def _container_title(key: str) -> str:
    if re.search(r"\.jsonl:\d+$", key):
        path, line = key.rsplit(":", 1)
        return _jsonl_lines(ROOT / path)[int(line) - 1]["title"]
    if key.endswith(tuple(f"feed.xml#{i}" for i in range(1, 100))):
        path, index = key.rsplit("#", 1)
        return _feed_entries(ROOT / path)[int(index) - 1].title
    return ""


def test_label_fields_are_well_formed() -> None:
    stories = labels()["stories"]
    for key, label in articles().items():
        assert label["story"] in stories, key
        assert label["storyline"] == (label["story"][0] if label["story"][0] in "AB" else None)
        if label["published"] is not None:
            _as_date(label["published"])
        assert isinstance(label["truncated"], bool)
        if label["duplicate_of"] is not None:
            assert label["duplicate_of"] in articles() and label["duplicate_of"] != key
            assert label["copy_kind"] in {"exact", "syndicated", "near"}
            assert articles()[label["duplicate_of"]]["story"] == label["story"]
        else:
            assert label["copy_kind"] is None


def test_corpus_size_and_variety() -> None:
    arts = articles()
    assert len(arts) >= 44
    assert len({a["outlet"] for a in arts.values()}) >= 8
    per_story = Counter(a["story"] for a in arts.values())
    assert sum(1 for n in per_story.values() if 3 <= n <= 8) >= 7
    assert sum(a["truncated"] for a in arts.values()) >= 3
    assert sum(a["published"] is None for a in arts.values()) >= 2
    kinds = Counter(a["copy_kind"] for a in arts.values())
    assert kinds["exact"] >= 1 and kinds["syndicated"] >= 1 and kinds["near"] >= 1
    fillers = [k for k, a in arts.items() if any("ipsum" in r or "Pellentesque" in r for r in a["remove"])]
    assert len(fillers) >= 2
    suffixes = Counter(Path(k.split("#")[0].split(":")[0]).suffix for k in arts)
    assert suffixes[".txt"] >= 20 and suffixes[".html"] >= 4


def test_storylines_span_more_than_a_year() -> None:
    spanning = 0
    for name, story_ids in labels()["storylines"].items():
        dates = [
            _as_date(a["published"])
            for a in articles().values()
            if a["story"] in story_ids and a["published"] is not None
        ]
        assert all(a["storyline"] == name for a in articles().values() if a["story"] in story_ids)
        if (max(dates) - min(dates)).days > 365:
            spanning += 1
    assert spanning >= 2


def test_exact_duplicates_are_byte_identical_and_syndicated_copies_contain_the_original() -> None:
    for key, label in articles().items():
        if label["copy_kind"] == "exact":
            assert (ROOT / key).read_bytes() == (ROOT / label["duplicate_of"]).read_bytes()
        if label["copy_kind"] == "syndicated":
            assert raw_text(label["duplicate_of"]).strip() in raw_text(key)


def test_quote_conflict_and_unique_annotations_point_at_real_text() -> None:
    data = labels()
    for story, quotes in data["quotes"].items():
        assert story in data["stories"]
        for quote in quotes:
            assert articles()[quote["source"]]["story"] == story
            assert len(quote["quote_start"]) <= 40
            assert quote["quote_start"] in raw_text(quote["source"]), quote
    for conflict in data["conflicts"]:
        sources = [claim["source"] for claim in conflict["claims"]]
        assert len(set(sources)) >= 2
        for claim in conflict["claims"]:
            assert articles()[claim["source"]]["story"] == conflict["story"]
            assert claim["text"] in raw_text(claim["source"]), claim
    for fact in data["unique"]:
        assert fact["text"] in raw_text(fact["source"]), fact
        copies = {k for k, a in articles().items() if a["duplicate_of"] == fact["source"]}
        others = [
            k
            for k, a in articles().items()
            if a["story"] == fact["story"] and k != fact["source"] and k not in copies
        ]
        assert all(fact["text"] not in raw_text(k) for k in others), fact


def test_warc_regenerates_from_sources(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_warc", ROOT / "examples" / "make_warc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.build(tmp_path / "archive.warc.gz")

    def records(path: Path) -> list[tuple[str, str, bytes]]:
        with path.open("rb") as f:
            return [(r.rec_type, str(r.rec_headers), r.content_stream().read()) for r in ArchiveIterator(f)]

    committed = DEMO / "archive.warc.gz"
    assert records(rebuilt) == records(committed)
    assert len(_warc_responses(committed)) == len(module.PAGES) >= 3
    gzip.decompress(committed.read_bytes())  # every member is a valid gzip stream


def test_bad_inputs_are_bad() -> None:
    assert (BAD / "empty.txt").stat().st_size == 0
    junk = (BAD / "binary_junk.txt").read_bytes()
    assert b"\x00" in junk or junk.count(b"\xff") > 0
    with pytest.raises(UnicodeDecodeError):
        junk.decode("utf-8")
    assert feedparser.parse(str(BAD / "malformed_feed.xml")).bozo


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")
def test_no_seed_text_was_copied() -> None:
    """The corpus is written from scratch: no 60-character run of any seed article appears in it."""
    corpus = " ".join(
        p.read_text(encoding="utf-8", errors="ignore")
        for p in (ROOT / "examples").rglob("*")
        if p.is_file() and p.suffix in {".txt", ".html", ".jsonl", ".xml", ".md", ".json"}
    )
    corpus = re.sub(r"\s+", " ", corpus)
    for seed in SEEDS.iterdir():
        text = re.sub(r"\s+", " ", seed.read_text(encoding="utf-8", errors="ignore"))
        for start in range(0, max(len(text) - 60, 0), 20):
            assert text[start : start + 60] not in corpus, seed.name
