"""End to end: upload raw articles through POST /api/ingest (real ingest + build), then read them back."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from storyline.web import create_app

LIBRARY_1 = """Stay in the loop: turn on alerts from the Northfold Echo

Northfold library to close after roof leak

By Petra Lindqvist
Tuesday 14 May 2024 08:10 BST

The Northfold public library will close for six weeks after rainwater came through the roof of the reading room, the town council said on Monday.

Council leader Agnes Mbeki said repairs would cost about 90,000 pounds. "We will not reopen until the building is safe," she said.

Books on loan can be returned to the mobile library van, which will park on Tanner Street every Saturday.

Advertisement
"""

LIBRARY_2 = """Northfold library shut for repairs

Osric Fell, Local Affairs Reporter
14 May 2024

The library in Northfold is to close for two months while the roof is repaired, after a leak soaked part of the reading room.

Agnes Mbeki, the council leader, said the bill would come to around 95,000 pounds and that the building would stay shut until it was safe.

A mobile library van will visit Tanner Street on Saturdays in the meantime.

Share this article
"""


def test_upload_runs_pipeline_and_pages_show_it(tmp_path):
    client = TestClient(create_app(tmp_path / "e2e.db", upload_token="t0ken"))
    files = [
        ("files", ("echo-library.txt", LIBRARY_1.encode(), "text/plain")),
        ("files", ("../../sneaky/post library.txt", LIBRARY_2.encode(), "text/plain")),
    ]
    r = client.post("/api/ingest", files=files, headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["ingest"]["added"] == 2 and report["build"]["placed"] == 2
    assert report["files"] == ["echo-library.txt", "post_library.txt"]  # directories stripped
    assert not (tmp_path.parent / "sneaky").exists()
    stories = client.get("/api/stories").json()["stories"]
    assert stories, "the cache must see the new build"
    story = max(stories, key=lambda s: s["articles"])
    page = client.get(f"/stories/{story['id']}").text
    cites = re.findall(r'href="/articles/([0-9a-f]+)#c(\d+)-(\d+)"', page)
    assert cites
    aid, start, end = cites[0]
    article = client.get(f"/api/articles/{aid}").json()
    assert article["body"][int(start) : int(end)].strip()
    assert client.get(f"/articles/{aid}").status_code == 200
    assert client.get("/api/search", params={"q": "roof"}).json()["results"]
    again = client.post("/api/ingest", files=files[:1], headers={"Authorization": "Bearer t0ken"}).json()
    assert again["ingest"]["added"] == 0 and again["ingest"]["unchanged"] == 1
