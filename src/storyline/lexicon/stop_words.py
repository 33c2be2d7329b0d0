"""spaCy's English stop words, loaded from the installed package's own data file without importing ``spacy``: a
briefing read from the store uses them (a function word is no part of a title) and must not load the NLP stack
(tests/test_read_no_spacy.py). One list, the one analysis already uses through spaCy's ``is_stop``."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _spacy_english() -> frozenset[str]:
    """``spacy/lang/en/stop_words.py`` executed on its own: the file imports nothing and sets ``STOP_WORDS``."""
    spec = importlib.util.find_spec("spacy")  # finds the package without executing its __init__
    if spec is None or spec.origin is None:
        raise ImportError(
            "spaCy is not installed: its English stop-word list is part of the pinned dependencies"
        )
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - the package's data file
    return frozenset(namespace["STOP_WORDS"])  # type: ignore[arg-type]


ENGLISH = _spacy_english()
