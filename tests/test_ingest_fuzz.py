"""Property tests: no byte sequence on disk makes ingest raise or produce a document without text."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.model import Document, Reject
from storyline.readers import iter_documents

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".xml", ".rss", ".warc", ".warc.gz", ".dat", ""]


def check(path: Path) -> list[Document | Reject]:
    results = list(iter_documents(str(path)))
    for result in results:
        assert isinstance(result, Document | Reject)
        if isinstance(result, Document):
            assert result.text.strip()
            assert result.content_type in ("text", "html")
        else:
            assert result.reason and not result.reason.startswith("internal error"), result.reason
    return results


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        check(path)


MARKUP = st.sampled_from(
    ["<rss>", "<item>", "</item>", "<channel>", "<title>", "<![CDATA[", "]]>", "<html>", "<p>", "&amp;", "&#0;",
     '{"text": "', '"}', "\n", "\x00", "é", "WARC/1.0\r\n", "Content-Length: 9\r\n\r\n"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=40), suffix=st.sampled_from(SUFFIXES))
def test_structured_looking_junk_never_raises(parts: list[str], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes("".join(parts).encode("utf-8", "surrogatepass"))
        check(path)


def _warc(gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for n in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<p>Report {n}: the ferry strike entered its {n + 1}th day in Port Halvard.</p>".encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://a.example/{n}", "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buf.getvalue()


WARCS = {True: _warc(True), False: _warc(False)}


@settings(max_examples=200, deadline=None)
@given(
    gzip=st.booleans(),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=0.999), st.integers(0, 255)), max_size=4),
)
def test_damaged_warcs_never_raise(gzip: bool, cut: float, flips: list[tuple[float, int]]) -> None:
    data = bytearray(WARCS[gzip])
    for where, value in flips:
        data[int(where * len(data))] = value
    data = data[: int(cut * len(data))]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("x.warc.gz" if gzip else "x.warc")
        path.write_bytes(bytes(data))
        check(path)
