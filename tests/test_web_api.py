"""The JSON API over a hand-filled store: contracts, ids, filters, errors, headers and upload guards."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_web_fixtures import build_store, served_store

from storyline.web import create_app, is_loopback


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    yield from served_store(tmp_path_factory)


def test_stories_newest_first_with_independent_sources(env):
    client, ids = env
    data = client.get("/api/stories").json()
    assert data["total"] == 2
    assert [s["id"] for s in data["stories"]] == [ids["bridge"], ids["ferry"]]
    ferry = data["stories"][1]
    assert ferry["articles"] == 3
    assert ferry["sources"] == 2  # the Valley Wire copy is a duplicate of the Coastline Post text
    assert ferry["outlets"] == ["Coastline Post", "Harbour Gazette", "Valley Wire"]
    page = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert [s["id"] for s in page["stories"]] == [ids["ferry"]]


def test_story_and_storyline_records(env):
    client, ids = env
    story = client.get(f"/api/stories/{ids['ferry']}").json()
    assert story["storyline_id"] == ids["line"]
    copy = next(a for a in story["articles"] if a["id"] == ids["c"])
    assert copy["duplicate_of"] == ids["b"]
    line = client.get(f"/api/storylines/{ids['line']}").json()
    assert line["story_ids"] == [ids["ferry"], ids["bridge"]]
    assert [s["id"] for s in line["stories"]] == [ids["ferry"], ids["bridge"]]
    assert client.get("/api/storylines").json()["storylines"][0]["id"] == ids["line"]


def test_article_includes_removed_pieces_with_reasons(env):
    client, ids = env
    art = client.get(f"/api/articles/{ids['a']}").json()
    assert art["removed"] == [
        {"text": "Sign up for our morning newsletter", "reason": "notification"},
        {"text": "Advertisement", "reason": "advertisement"},
    ]
    assert art["story_id"] == ids["ferry"] and art["body"].startswith("Ferry crews at Port Ellison")
    # a unique prefix is enough
    assert client.get(f"/api/articles/{ids['a'][:10]}").json()["id"] == ids["a"]


def test_briefing_contract_cites_real_spans(env):
    client, ids = env
    brief = client.get(f"/api/briefings/{ids['ferry']}").json()
    assert brief["story_id"] == ids["ferry"]
    assert brief["summary"], brief
    bodies = {
        aid: client.get(f"/api/articles/{aid}").json()["body"] for aid in (ids["a"], ids["b"], ids["c"])
    }
    for claim in brief["summary"]:
        for c in claim["citations"]:
            assert bodies[c["article_id"]][c["start"] : c["end"]].strip()
    (k,) = brief["conflicts"]  # 140 vs about 120 strikers; the Valley Wire copy of one report counts once
    assert k["support"] == "neither" and [
        (s["value"], s["outlets"], s["outlet_count"]) for s in k["sides"]
    ] == [
        ("140", ["Harbour Gazette"], 1),
        ("About 120", ["Coastline Post"], 1),
    ]
    for s in k["sides"]:
        for i in s["claims"]:
            v = k["claims"][i]["values"][0]
            assert bodies[v["article_id"]][v["start"] : v["end"]] == s["value"]
    line = client.get(f"/api/briefings/{ids['line']}").json()
    assert line["storyline_id"] == ids["line"]


def test_search_filters_and_pagination(env):
    client, ids = env
    hits = client.get("/api/search", params={"q": "ferry"}).json()["results"]
    assert {h["article_id"] for h in hits} == {ids["a"], ids["b"], ids["c"]}
    assert all("[[" in h["snippet"] for h in hits)
    first = client.get("/api/search", params={"q": "ferry", "limit": 2}).json()
    rest = client.get("/api/search", params={"q": "ferry", "limit": 2, "offset": 2}).json()
    assert first["has_more"] and first["next_offset"] == 2 and not rest["has_more"]
    assert len({h["article_id"] for h in first["results"] + rest["results"]}) == 3

    def found(**params):
        return {h["article_id"] for h in client.get("/api/search", params=params).json()["results"]}

    assert found(q="ferry", outlet="valley wire") == {ids["c"]}
    assert found(q="ferry", **{"from": "2024-03-05"}) == {ids["c"]}
    assert found(q="ferry", to="2024-03-04") == {ids["a"], ids["b"]}
    assert found(q="port", entity="e2union") == {ids["a"]}
    assert found(q="port", entity="Whitlow") == {ids["a"], ids["b"], ids["c"]}  # by alias
    missing = client.get("/api/search", params={"q": "port", "entity": "Nobody"}).json()
    assert missing["results"] == [] and "no entity" in missing["notes"][0]


@pytest.mark.parametrize(
    "url",
    [
        "/api/stories/not-an-id",
        "/api/stories/s1ferry;drop",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/articles/%00",
        "/api/articles/" + "a" * 65,
        "/api/stories/zzzz",
        "/api/briefings/nothing0here",
        "/api/storylines/s1ferry",  # a story id is not a storyline id
    ],
)
def test_bad_ids_are_404_with_message(env, url):
    client, _ = env
    r = client.get(url)
    assert r.status_code == 404, (url, r.status_code, r.text)
    assert r.json()["error"]


BAD_PARAMS = [
    ("/api/search", {"q": "ferry", "limit": "abc"}),
    ("/api/search", {"q": "ferry", "limit": "0"}),
    ("/api/search", {"q": "ferry", "limit": "-5"}),
    ("/api/search", {"q": "ferry", "limit": "99999999999999999999999"}),
    ("/api/search", {"q": "ferry", "offset": "1e3"}),
    ("/api/search", {"q": "ferry", "from": "2024-13-45"}),
    ("/api/search", {"q": "ferry", "from": "yesterday"}),
    ("/api/search", {"q": "ferry", "from": "2024-03-09", "to": "2024-03-01"}),
    ("/api/search", {"q": ""}),
    ("/api/search", {}),
    ("/api/search", {"q": "x" * 501}),
    ("/api/search", {"q": "ferry", "outlet": "o" * 300}),
    ("/api/stories", {"limit": "[]"}),
    ("/api/storylines", {"offset": "-1"}),
    ("/search", {"q": "ferry", "page": "abc"}),
    ("/search", {"q": "ferry", "page": "0"}),
    ("/search", {"q": "ferry", "to": "03/04/2024"}),
    ("/search", {"q": "ferry", "from": "2024-03-09", "to": "2024-03-01"}),
    ("/search", {"q": "y" * 600}),
    ("/", {"page": "two"}),
    ("/", {"page": "-3"}),
]


@pytest.mark.parametrize(("path", "params"), BAD_PARAMS)
def test_malformed_query_parameters_are_4xx_never_500(env, path, params):
    client, _ = env
    r = client.get(path, params=params)
    assert 400 <= r.status_code < 500, (path, params, r.status_code, r.text[:200])
    assert "invalid request" in r.text or "after" in r.text
    if path.startswith("/api"):
        assert r.json()["error"]
    else:
        assert r.headers["content-type"].startswith("text/html") and 'role="alert"' in r.text


@pytest.mark.parametrize(
    "q",
    [
        '"unbalanced',
        "NEAR(ferry strike)",
        "ferry OR",
        "*",
        "col:ferry",
        "ferry\x00",
        "\u202e\ufeff",
        "😀 ferry",
    ],
)
def test_fts_syntax_in_queries_is_taken_as_words(env, q):
    client, _ = env
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text


def test_every_response_has_security_headers(env):
    client, ids = env
    for url in (
        "/",
        "/api/stories",
        f"/articles/{ids['d']}",
        "/static/style.css",
        "/nope",
        "/api/stories/x-y",
        "/docs",
    ):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_docs_are_local_and_list_the_api(env):
    client, _ = env
    page = client.get("/docs").text
    assert "/api/search" in page and "/api/briefings/{subject_id}" in page
    assert "http://" not in page.replace("http://testserver", "") and "https://" not in page
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def _upload(client, headers=None, content=b"Some article text.\n" * 5):
    return client.post(
        "/api/ingest", files={"files": ("a.txt", content, "text/plain")}, headers=headers or {}
    )


def test_upload_needs_token_when_configured(tmp_path):
    build_store(tmp_path / "s.db")
    client = TestClient(create_app(tmp_path / "s.db", upload_token="sekrit"))
    r = _upload(client)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert _upload(client, {"Authorization": "Bearer wrong"}).status_code == 403
    assert _upload(client, {"Authorization": "Basic sekrit"}).status_code == 401


def test_public_server_without_token_refuses_uploads(tmp_path):
    client = TestClient(create_app(tmp_path / "s.db", public=True))
    r = _upload(client)
    assert r.status_code == 403 and "token" in r.json()["error"]


def test_oversized_and_cross_site_uploads_are_refused(tmp_path):
    client = TestClient(create_app(tmp_path / "s.db", max_upload_bytes=1000))
    r = _upload(client, content=b"x" * 5000)
    assert r.status_code == 413 and "limit" in r.json()["error"]
    r = _upload(client, {"Origin": "https://evil.example"})
    assert r.status_code == 403
    assert (
        client.post("/api/ingest", content=b"{}", headers={"content-type": "application/json"}).status_code
        == 415
    )
    r = client.post(
        "/api/ingest", content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"}
    )
    assert r.status_code == 400


def test_loopback_detection():
    assert (
        is_loopback("127.0.0.1")
        and is_loopback("::1")
        and is_loopback("localhost")
        and is_loopback("127.8.0.1")
    )
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_pages_follow_store_changes_and_cold_search_works(tmp_path, backend):
    """Caches follow writes made by another connection, on either store (serve works over Postgres too)."""
    from pg_server import fresh_database

    from storyline.model import Story
    from storyline.store import open_store

    path = str(tmp_path / "s.db") if backend == "sqlite" else fresh_database()
    ids = build_store(path)
    client = TestClient(create_app(path))
    assert "Port Ellison" in client.get("/search", params={"q": "ferry"}).text  # cold caches, no deadlock
    assert client.get("/api/stories").json()["total"] == 2
    before = client.get("/").text
    with open_store(path) as writer, writer.transaction():  # another process rebuilds the stories
        writer.replace_stories([Story(ids["bridge"], "Carrow Bridge reopens", (ids["d"],))])
    assert client.get("/api/stories").json()["total"] == 1
    after = client.get("/").text
    assert "Carrow Bridge reopens" in after and "Carrow Bridge reopens" not in before
