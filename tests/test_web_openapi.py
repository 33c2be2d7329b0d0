"""The OpenAPI contract: every /api path declares its response shape, live answers match the shapes exactly,
and no query string, however malformed, gets a 5xx."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_web_fixtures import served_store


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    yield from served_store(tmp_path_factory)


@pytest.fixture(scope="module")
def schema(env) -> dict[str, Any]:
    client, _ = env
    return client.get("/openapi.json").json()


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def conforms(schema: dict[str, Any], node: dict[str, Any], value: Any, where: str = "$") -> list[str]:
    """Problems of value against the (subset of) JSON Schema FastAPI emits; extra keys count as problems."""
    node = _resolve(schema, node)
    if "anyOf" in node:
        options = [conforms(schema, n, value, where) for n in node["anyOf"]]
        return [] if any(not o for o in options) else min(options, key=len)
    if "const" in node and value != node["const"]:
        return [f"{where}: {value!r} is not {node['const']!r}"]
    kind = node.get("type")
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    if kind and not checks[kind](value):
        return [f"{where}: {type(value).__name__} where {kind} was declared"]
    problems: list[str] = []
    if kind == "array":
        for i, item in enumerate(value):
            problems += conforms(schema, node.get("items", {}), item, f"{where}[{i}]")
    if kind == "object" and "properties" in node:
        props = node["properties"]
        problems += [f"{where}: undeclared key {k!r}" for k in value if k not in props]
        problems += [f"{where}: missing {k!r}" for k in node.get("required", []) if k not in value]
        for k, v in value.items():
            if k in props:
                problems += conforms(schema, props[k], v, f"{where}.{k}")
    elif kind == "object" and isinstance(node.get("additionalProperties"), dict):
        for k, v in value.items():
            problems += conforms(schema, node["additionalProperties"], v, f"{where}.{k}")
    return problems


def test_every_api_path_declares_a_json_response_schema(schema):
    api = {p: ops for p, ops in schema["paths"].items() if p.startswith("/api")}
    assert {"/api/stories", "/api/briefings/{subject_id}", "/api/search", "/api/ingest"} <= set(api)
    for path, ops in api.items():
        for method, op in ops.items():
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]
            shape = _resolve(schema, ok)
            assert shape.get("properties"), f"{method.upper()} {path} has no response shape"
            assert "422" in op["responses"], f"{method.upper()} {path} does not document bad parameters"
            if "{" in path:
                assert "404" in op["responses"], f"{method.upper()} {path} does not document unknown ids"


def test_briefing_shape_names_the_contract_sections(schema):
    props = _resolve(schema, {"$ref": "#/components/schemas/BriefingRecord"})["properties"]
    for key in "summary timeline agreements unique conflicts quotes entities whats_new events notes".split():
        assert key in props
    search = _resolve(schema, {"$ref": "#/components/schemas/SearchResults"})["properties"]
    assert {"has_more", "next_offset", "limit", "offset", "results"} <= set(search)


def test_live_responses_match_their_declared_shapes(env, schema):
    client, ids = env
    urls = {
        "/api/health": "/api/health",
        "/api/stories": "/api/stories?limit=1&offset=1",
        "/api/stories/{story_id}": f"/api/stories/{ids['ferry']}",
        "/api/storylines": "/api/storylines",
        "/api/storylines/{storyline_id}": f"/api/storylines/{ids['line']}",
        "/api/articles/{article_id}": f"/api/articles/{ids['c']}",
        "/api/briefings/{subject_id}": f"/api/briefings/{ids['ferry']}",
        "/api/search": "/api/search?q=ferry&limit=2",
    }
    line_brief = f"/api/briefings/{ids['line']}"
    for path, url in [*urls.items(), ("/api/briefings/{subject_id}", line_brief)]:
        r = client.get(url)
        assert r.status_code == 200, url
        declared = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert conforms(schema, declared, r.json()) == [], url
    not_found = client.get("/api/stories/zzzz")
    error = schema["paths"]["/api/stories/{story_id}"]["get"]["responses"]["404"]
    assert conforms(schema, error["content"]["application/json"]["schema"], not_found.json()) == []
    gets = {p for p, ops in schema["paths"].items() if p.startswith("/api") and "get" in ops}
    assert gets == set(urls), "a new GET endpoint needs a live check here"


def test_shape_checker_catches_drift(schema):
    story = {"$ref": "#/components/schemas/StorySummary"}
    assert any("missing" in p for p in conforms(schema, story, {"type": "story"}))
    good = {
        "type": "story",
        "id": "s",
        "title": "t",
        "article_ids": [],
        "first_seen": None,
        "last_seen": None,
        "storyline_id": None,
        "sources": 1,
        "outlets": [],
        "articles_without_outlet": 0,
        "articles": 1,
    }
    assert conforms(schema, story, good) == []
    assert conforms(schema, story, {**good, "surprise": 1}) == ["$: undeclared key 'surprise'"]
    assert conforms(schema, story, {**good, "sources": "1"})


def test_malformed_parameter_messages_name_the_parameter(env):
    client, _ = env
    r = client.get("/api/search", params={"q": "ferry", "limit": "lots"})
    assert r.status_code == 422 and "limit" in r.json()["error"] and "integer" in r.json()["error"]
    r = client.get("/api/search", params={"q": "ferry", "from": "2024-02-30"})
    assert r.status_code == 422 and "from" in r.json()["error"]
    r = client.get("/search", params={"q": "ferry", "page": "9999"})
    assert r.status_code == 400 and "page" in r.text


def test_docs_page_shows_each_response_shape(env):
    client, _ = env
    page = client.get("/docs").text
    for name in ("StoryList", "StoryDetail", "BriefingRecord", "SearchResults", "ArticleRecord"):
        assert f'id="shape-{name}"' in page and f'href="#shape-{name}"' in page
    assert "whats_new" in page and "next_offset" in page


PATHS = ["/api/search", "/api/stories", "/api/storylines", "/search", "/", "/api/health"]
NAMES = ["q", "limit", "offset", "from", "to", "outlet", "entity", "page", "x"]
VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "-1", "0", "1e9", "2024-02-30", "9" * 40, "nan", "١٢", "[]", "%00", "\x00"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(PATHS),
    params=st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=4),
    raw=st.binary(max_size=12),
)
def test_no_query_string_gets_a_5xx(env, path, params, raw):
    client, _ = env
    query = "&".join(f"{quote(k)}={quote(v)}" for k, v in params)
    query += "&" + "".join(f"%{b:02X}" for b in raw)  # bytes that may not even be UTF-8
    r = client.get(f"{path}?{query}")
    assert r.status_code < 500, (path, query, r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert ("invalid request" in r.text or "after" in r.text) and "Traceback" not in r.text
