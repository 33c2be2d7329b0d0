"""A local, script-free API reference at /docs, rendered from the app's OpenAPI schema (nothing from a CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        kinds = [_type(s) for s in schema["anyOf"] if s.get("type") != "null"]
        nullable = len(kinds) < len(schema["anyOf"])
        return " or ".join(kinds) + (" or null" if nullable else "")
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if "const" in schema:
        return f'"{schema["const"]}"'
    if schema.get("type") == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"map of {_type(schema['additionalProperties'])}"
    kind = schema.get("type", "object")
    if schema.get("format"):
        kind += f" ({schema['format']})"
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "minLength", "maxLength") if k in schema]
    return kind + (f", {', '.join(bounds)}" if bounds else "")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each documented operation as a flat record the template can list."""
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "type": _type(p.get("schema", {})),
                    "default": p.get("schema", {}).get("default"),
                    "description": p.get("description") or p.get("schema", {}).get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            body = op.get("requestBody", {}).get("content", {})
            ok = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "body": ", ".join(body),
                    "responses": sorted(op.get("responses", {})),
                    "returns": _type(ok["schema"]) if "schema" in ok else "",
                }
            )
    return out


def shapes(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Every response shape (component schema) with its fields, for the reference's "Shapes" section."""
    out = []
    for name, comp in sorted(schema.get("components", {}).get("schemas", {}).items()):
        if name in ("HTTPValidationError", "ValidationError") or "properties" not in comp:
            continue
        required = set(comp.get("required", []))
        fields = [
            {
                "name": field,
                "type": _type(spec),
                "required": field in required,
                "description": spec.get("description", ""),
            }
            for field, spec in comp["properties"].items()
        ]
        out.append({"name": name, "description": comp.get("description", ""), "fields": fields})
    return out


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    from storyline.web.pages import render

    schema = request.app.openapi()
    return HTMLResponse(
        render("docs.html", ops=operations(schema), shapes=shapes(schema), info=schema.get("info", {}))
    )
