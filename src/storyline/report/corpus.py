"""A whole-store report: every storyline's and story's briefing in three formats, plus an index page."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, select_autoescape

from storyline.read_api import brief, briefing_articles
from storyline.report import briefing_to_dict, render_html, render_markdown
from storyline.settings import DEFAULTS, Settings
from storyline.store import Store

_INDEX = Environment(autoescape=select_autoescape(default=True)).from_string(
    """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>storyline report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
li{margin:.3rem 0}.meta{color:#555;font-size:.9em}</style></head><body>
<h1>storyline report</h1>
<p class="meta">{{ articles }} articles, {{ stories|length }} stories, {{ lines|length }} storylines.</p>
{% for line in lines %}<h2><a href="{{ line.id }}.html">{{ line.title }}</a></h2><ul>
{% for s in line.stories %}<li><a href="{{ s.id }}.html">{{ s.title }}</a>
<span class="meta">{{ s.when }} · {{ s.count }} articles</span></li>{% endfor %}</ul>{% endfor %}
</body></html>"""
)


def write_report(store: Store, folder: Path, settings: Settings = DEFAULTS) -> Path:
    """Write briefings (html, md, json) for every storyline and story; return the index page's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stories = {s.id: s for s in store.stories()}
    lines = store.storylines()
    for subject_id in [line.id for line in lines] + list(stories):
        briefing = brief(store, subject_id, settings)
        articles = briefing_articles(store, briefing)
        (folder / f"{subject_id}.html").write_text(render_html(briefing, articles), encoding="utf-8")
        (folder / f"{subject_id}.md").write_text(render_markdown(briefing, articles), encoding="utf-8")
        payload = json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2)
        (folder / f"{subject_id}.json").write_text(payload, encoding="utf-8")
    view = [
        {
            "id": line.id,
            "title": line.title,
            "stories": [
                {
                    "id": sid,
                    "title": stories[sid].title,
                    "count": len(stories[sid].article_ids),
                    "when": stories[sid].first_seen.date().isoformat()
                    if stories[sid].first_seen
                    else "undated",
                }
                for sid in line.story_ids
                if sid in stories
            ],
        }
        for line in lines
    ]
    index = folder / "index.html"
    index.write_text(
        _INDEX.render(lines=view, stories=stories, articles=store.article_count()), encoding="utf-8"
    )
    return index.resolve()
