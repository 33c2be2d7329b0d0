"""Markdown briefing: every claim carries footnote numbers naming outlet, headline and cited span."""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.model import Article, Briefing, BriefingEvent, Claim
from storyline.report.sources import Notes

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md(text: str | None) -> str:
    """Escape untrusted text so it cannot open links, HTML or emphasis; one line."""
    out = _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))
    return "\\" + out if out[:1] in "#+-=>" and out else out


def _refs(notes: Notes, cl: Claim | BriefingEvent) -> str:
    return "".join(f"[^{n.number}]" for n in notes.of(cl))


def render_markdown(b: Briefing, articles: Mapping[str, Article], link_template: str | None = None) -> str:
    """Readable briefing; with link_template (e.g. WEB_LINKS) footnotes link to the cited span."""
    notes = Notes(b, articles, link_template or "")
    lines = [f"# {md(b.title)}", ""]
    label = "Story" if b.kind == "story" else f"Storyline of {len(b.story_ids)} stories"
    lines += [f"*{label} `{b.subject_id}`*", ""]
    gaps = {n.section: n for n in b.notes}
    for n in b.notes:
        if n.section == "articles":  # the articles the briefing could not read, each named
            lines.append(f"> **Note:** {md(n.text)}")
            for aid in n.article_ids:
                a = articles.get(aid)
                who = md((a.outlet or a.source) if a else aid)
                lines.append(f"> - {who} — “{md(a.headline if a else None) or '(untitled)'}” (`{aid}`)")
            lines.append("")

    def section(title: str, claims, fmt, gap: str | None = None) -> None:
        if claims:
            lines.extend([f"## {title}", ""])
            lines.extend(fmt(cl) for cl in claims)
            lines.append("")
        elif gap in gaps:  # analysis found nothing for it: say so, never fill it in
            lines.extend([f"## {title}", "", f"*{md(gaps[gap].text)}*", ""])

    section("Summary", b.summary, lambda cl: f"- {md(cl.text)} {_refs(notes, cl)}", "summary")
    section("What's new", b.whats_new, lambda cl: f"- {md(cl.text)} {_refs(notes, cl)}")
    section(
        "Timeline",
        b.timeline,
        lambda cl: (
            f"- **{md(cl.date)}**{' (inferred)' if cl.date_inferred else ''} {md(cl.text)} {_refs(notes, cl)}"
        ),
        "timeline",
    )

    def counted(cl: Claim) -> str:
        return f"- {md(cl.text)} {_refs(notes, cl)} ({len({c.article_id for c in cl.citations})} articles)"

    section("Reported by several outlets", b.agreements, counted)
    section("Also given alike (background)", b.background, counted)
    section(
        "Only one outlet reports",
        b.unique,
        lambda cl: f"- **{md(cl.outlet)}**: {md(cl.text)} {_refs(notes, cl)}",
    )
    if b.conflicts:
        lines += ["## Conflicting reports", ""]
        for k in b.conflicts:
            support = f" ({k.support_label})" if k.support_label else ""
            lines.append(f"- **{md(k.topic)}**{support}" + (f": {md(k.statement)}" if k.statement else ""))
            lines.extend(f"  - {md(cl.outlet)}: {md(cl.text)} {_refs(notes, cl)}" for cl in k.claims)
        lines.append("")

    def quote(q) -> str:
        who = md(q.speaker) or "unattributed"
        return f"- {who}{' (anonymous)' if q.anonymous else ''}: {md(q.text)} [^{notes.add_quote(q).number}]"

    def entity(e) -> str:
        also = f" (also {', '.join(md(a) for a in e.aliases)})" if e.aliases else ""
        return f"- {md(e.name)} — {md(e.type)}{also}"

    def event(e) -> str:
        where = f" — {md(e.where_when)}" if e.where_when else ""
        n = len(e.outlets)
        return (
            f"- **{md(e.who)}** {md(e.action)}{where} {_refs(notes, e)} ({n} outlet{'' if n == 1 else 's'})"
        )

    section("Who did what", b.events, event, "events")
    section("Quotes", b.quotes, quote, "quotes")
    section("Who and what", b.entities, entity, "entities")
    if notes.notes:
        lines += ["## Sources", ""]
        for n in notes.notes.values():
            where = f"chars {n.citation.start}–{n.citation.end} of `{n.citation.article_id}`"
            link = f" <{n.href}>" if n.href else ""
            lines.append(f"[^{n.number}]: {md(n.outlet)} — “{md(n.headline)}”, {where}{link}")
    return "\n".join(lines).rstrip() + "\n"
