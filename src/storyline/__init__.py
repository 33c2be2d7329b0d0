"""storyline: turn a pile of news articles from many outlets into a clear, cited picture of what happened.

The public API in a few names::

    import storyline
    article = storyline.extract_article(html, url="https://example.org/a")
    store = storyline.open_store("news.db")
    storyline.ingest(store, ["examples/demo"])
    storyline.build(store)
    briefing = storyline.brief(store, story_id)

Names load lazily so that `import storyline` (and the CLI) stays fast until a stage is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "extract_article": "storyline.extract",
    "ingest": "storyline.pipeline",
    "build": "storyline.pipeline",
    "brief": "storyline.read_api",
    "export_jsonl": "storyline.read_api",
    "open_store": "storyline.store",
    "Store": "storyline.store",
    "Settings": "storyline.settings",
    "DEFAULTS": "storyline.settings",
}

__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")
