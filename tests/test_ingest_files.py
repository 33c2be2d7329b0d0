"""Target expansion, dispatch by extension and by sniffing, source strings, and fatal-vs-per-document errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.model import Document, Reject
from storyline.readers import count_targets, iter_documents
from storyline.readers.sniff import kind_by_name, sniff

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def docs(target: str) -> list[Document]:
    return [d for d in iter_documents(target) if isinstance(d, Document)]


def test_directory_is_walked_recursively_in_stable_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Ferry crews walked out at dawn on Tuesday.")
    (tmp_path / "b" / "c.txt").write_text("The harbour board called the offer fair.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01junk")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    target = str(tmp_path)
    sources = [d.source for d in iter_documents(target)]
    assert sources == [f"{target}/a.txt", f"{target}/b/c.txt"]
    assert count_targets(target) == 2


def test_glob_expands_and_keeps_paths_as_given() -> None:
    pattern = str(FIXTURES / "*.atom")
    found = docs(pattern)
    assert [d.source for d in found] == [f"{FIXTURES}/northgate.atom#1"]
    assert count_targets(str(FIXTURES / "*.htm*")) == 2


def test_recursive_glob_matching_directories_does_not_duplicate(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text("A story about the Saltmarsh causeway.")
    results = list(iter_documents(str(tmp_path / "**")))
    assert [r.source for r in results] == [f"{tmp_path}/x/one.txt"]


def test_single_file_source_is_the_path_as_given() -> None:
    (doc,) = list(iter_documents(str(FIXTURES / "harbour_strike.txt")))
    assert isinstance(doc, Document)
    assert doc.source == str(FIXTURES / "harbour_strike.txt")


@pytest.mark.parametrize(
    "target",
    ["/definitely/not/here.txt", "/definitely/not/*.txt", "ftp://example.org/feed.xml", "file:///tmp/x.txt"],
)
def test_unusable_targets_raise_input_error_at_call_time(target: str) -> None:
    with pytest.raises(InputError):
        iter_documents(target)  # no iteration: the check happens before the first item
    with pytest.raises(InputError):
        count_targets(target)


def test_empty_directory_yields_nothing_rather_than_failing(tmp_path: Path) -> None:
    assert list(iter_documents(str(tmp_path))) == []
    assert count_targets(str(tmp_path)) == 0


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "sniff_page", tmp_path / "page.download")
    shutil.copy(FIXTURES / "sniff_feed", tmp_path / "feed")
    (tmp_path / "notes.log").write_text("Plain words about a ferry strike in Port Halvard.")
    by_source = {d.source: d for d in iter_documents(str(tmp_path))}
    assert by_source[f"{tmp_path}/page.download"].content_type == "html"
    assert by_source[f"{tmp_path}/notes.log"].content_type == "text"
    feed_entries = [s for s in by_source if s.startswith(f"{tmp_path}/feed#")]
    assert len(feed_entries) == 3  # two documents and one reject (an entry without content)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.TXT", "text"),
        ("a.md", "text"),
        ("a.HTM", "html"),
        ("dump.ndjson", "jsonl"),
        ("crawl.warc.gz", "warc"),
        ("x.rss", "feed"),
        ("x.json", "jsonl"),
        ("README", None),
    ],
)
def test_kind_by_name(name: str, kind: str | None) -> None:
    assert kind_by_name(name) == kind


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        (b'\xef\xbb\xbf<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"  <!DOCTYPE html><html><head>", "html"),
        (b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (b'{"text": "x"}\n', "jsonl"),
        (b"Ferry crews walked out.", "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_whole_fixture_folder_never_raises_and_accounts_for_every_file() -> None:
    results = list(iter_documents(str(FIXTURES)))
    files = {p for p in FIXTURES.iterdir() if p.is_file()}
    covered = {r.source.split("#")[0].rsplit(":", 1)[0] for r in results}
    assert covered == {str(p) for p in files}
    assert all(isinstance(r, Document | Reject) for r in results)
    assert sum(isinstance(r, Document) for r in results) >= 12
