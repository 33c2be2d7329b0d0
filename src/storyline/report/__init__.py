"""Briefing output: the JSON contract, Markdown with footnotes, self-contained HTML with span anchors."""

from storyline.report.contract import briefing_to_dict
from storyline.report.html import render_html
from storyline.report.markdown import render_markdown
from storyline.report.sources import IN_PAGE, WEB_LINKS

__all__ = ["IN_PAGE", "WEB_LINKS", "briefing_to_dict", "render_html", "render_markdown"]
