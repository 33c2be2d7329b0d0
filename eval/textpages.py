"""The plain-text path on real pages copied as text: body, headline, byline, date, outlet, truncation alarms.

Run: PYTHONPATH=src .venv/bin/python eval/textpages.py [--quick] [--sets extraction,metadata,demo]
Reads ../shared/eval-data (skips when absent). Each page is rendered to text by inscriptis and by html2text
(cached in /tmp/textpages-cache), then fed to ``extract_article(text, content_type="text")``. Pages are split into
halves by sha1 of the page id; the shipped line model is fitted on half 0 (eval/train_lines.py), so half 1 is
its held-out report and half 0 is in-sample. Baselines in the same run: the whole text, jusText on the lines,
htmldate on the text. The demo corpus is printed separately, never as the headline number. Outlets are scored
against the page's og:site_name (up to a " | " tail), compared as storyline.extract.outlet.norm compares names; the
outlet model (eval/train_outlet.py) is fitted on the same half 0. outlet_or_host also counts as right the name of
the page's web address ("BBC" on bbc.co.uk, og:site_name "BBC News"): the page's other declared form of its name.
Bylines are scored on the metadata pages whose gold (trafilatura's author) names one, a missing byline as 0;
byline_wrong counts those given a name sharing no token with the author, byline_given_no_gold the pages without
a gold author given a byline (not all wrong: trafilatura finds no author on some pages that print one).
Per renderer it also prints where the held-out pages' gold titles stand in the rendered lines (whole line, inside
a longer line, spread over lines, absent): the ceiling of a headline that picks one line.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extraction import page_pr  # noqa: E402
from textpages_data import (  # noqa: E402
    RENDERERS,
    Page,
    _h1,
    in_text,
    load_all,
    norm,
    outlet_named,
    render,
    site_key,
    token_f1,
)

ROOT = HERE.parent


def run_storyline(text: str, url: str | None = None) -> dict[str, Any]:
    """The text path on one copied page: body, metadata and flags ('' and None when rejected)."""
    from storyline.errors import InputError
    from storyline.extract import extract_article

    try:
        article = extract_article(text, content_type="text")
    except InputError:
        return {"body": "", "headline": None, "byline": None, "date": None, "outlet": None, "flags": ()}
    published = article.published
    return {
        "body": article.body,
        "headline": article.headline,
        "byline": article.byline,
        "date": published.date().isoformat() if published else None,
        "outlet": article.outlet,
        "flags": article.flags,
    }


def run_whole(text: str, url: str | None = None) -> dict[str, Any]:
    return {"body": text}


def run_justext(text: str, url: str | None = None) -> dict[str, Any]:
    import html

    import justext

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return {"body": ""}
    wrapped = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    paragraphs = justext.justext(wrapped, justext.get_stoplist("English"))
    return {"body": "\n".join(p.text for p in paragraphs if not p.is_boilerplate)}


def run_htmldate(text: str, url: str | None = None) -> dict[str, Any]:
    import html

    from htmldate import find_date

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    wrapped = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    try:
        found = find_date(wrapped, extensive_search=True, original_date=True)
    except Exception:
        found = None
    return {"date": found[:10] if found else None}


SYSTEMS: dict[str, Callable[[str, str | None], dict[str, Any]]] = {
    "whole text": run_whole,
    "jusText lines": run_justext,
    "htmldate on text": run_htmldate,
    "storyline": run_storyline,
}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def score_pages(pages: list[Page], outputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Every metric a system's outputs support, over one list of pages."""
    prs, head_f1, head_exact, by_f1, by_exact = [], [], [], [], []
    dates_mc, dates_tf, trunc = [], [], []
    outlets, outlets_wrong, outlets_host, outlets_host_wrong = [], [], [], []
    # a date given that is not the gold day; a missing one is not wrong (no date beats a wrong one)
    dates_mc_wrong: list[bool] = []
    dates_tf_wrong: list[bool] = []
    # a byline sharing no token with the gold author; a byline on a page whose gold names no author
    by_wrong: list[bool] = []
    by_no_gold: list[bool] = []
    for page in pages:
        out = outputs[page.id]
        if page.body is not None and "body" in out:
            prs.append(page_pr(out["body"], page.body))
            if "flags" in out:
                trunc.append("truncated" in out["flags"])
        if page.title and "headline" in out:
            head_f1.append(token_f1(out["headline"], page.title))
            head_exact.append(norm(out["headline"]) == norm(page.title))
        if page.author and "byline" in out:
            by_f1.append(token_f1(out["byline"], page.author))
            by_exact.append(norm(out["byline"]) == norm(page.author))
            by_wrong.append(bool(out["byline"]) and by_f1[-1] == 0.0)
        elif page.set == "metadata" and "byline" in out:
            by_no_gold.append(bool(out["byline"]))
        if "date" in out:
            if page.htmldate_set == "mediacloud2020":
                dates_mc.append((out["date"] or "") == (page.htmldate or ""))
                dates_mc_wrong.append(bool(out["date"]) and out["date"] != page.htmldate)
            if page.date:
                dates_tf.append(out["date"] == page.date)
                dates_tf_wrong.append(bool(out["date"]) and out["date"] != page.date)
        if site_key(page.site_name) and "outlet" in out:
            right, right_or_host = outlet_named(out["outlet"], page)
            outlets.append(right)
            outlets_wrong.append(bool(out["outlet"]) and not right)
            outlets_host.append(right_or_host)
            outlets_host_wrong.append(bool(out["outlet"]) and not right_or_host)
    scores: dict[str, Any] = {}
    if prs:
        p = sum(x for x, _ in prs) / len(prs)
        r = sum(y for _, y in prs) / len(prs)
        scores["body"] = (2 * p * r / (p + r) if p + r else 0.0, p, r, len(prs))
    for name, values in (
        ("headline_f1", head_f1),
        ("headline_exact", head_exact),
        ("byline_f1", by_f1),
        ("byline_exact", by_exact),
        ("byline_wrong", by_wrong),
        ("byline_given_no_gold", by_no_gold),
        ("date_mediacloud", dates_mc),
        ("date_mediacloud_wrong", dates_mc_wrong),
        ("date_trafilatura", dates_tf),
        ("date_trafilatura_wrong", dates_tf_wrong),
        ("outlet_exact", outlets),
        ("outlet_wrong", outlets_wrong),
        ("outlet_or_host", outlets_host),
        ("outlet_or_host_wrong", outlets_host_wrong),
        ("truncation_false_alarm", trunc),
    ):
        if values:
            scores[name] = (_mean([float(v) for v in values]), len(values))
    return scores


def format_scores(scores: dict[str, Any]) -> str:
    cells = []
    if "body" in scores:
        f, p, r, n = scores["body"]
        cells.append(f"body F1 {f:.3f} (P {p:.3f} R {r:.3f}, n={n})")
    for name, (value, n) in ((k, v) for k, v in scores.items() if k != "body"):
        cells.append(f"{name} {value:.3f} (n={n})")
    return "; ".join(cells) or "n/a"


def run_system(
    system: Callable[[str, str | None], dict[str, Any]], pages: list[Page], renderer: str
) -> tuple[dict[str, dict[str, Any]], float]:
    """Outputs per page id and the CPU seconds spent (one core)."""
    outputs = {}
    start = time.process_time()
    for page in pages:
        outputs[page.id] = system(render(page, renderer), page.url)
    return outputs, time.process_time() - start


def title_placement(texts: list[str], title: str) -> str:
    """Where a page's gold title stands in its rendered lines: a whole line ("line"), inside a longer line
    ("inline": "Title | Site", breadcrumb + title), spread over up to four consecutive lines, or nowhere."""
    key, lines = norm(title), [norm(t) for t in texts]
    if key in lines:
        return "line"
    if any(key in line for line in lines):
        return "inline"
    for size in (2, 3, 4):
        if any(key in " ".join(lines[i : i + size]) for i in range(len(lines) - size + 1)):
            return "spread"
    return "absent"


def title_ceiling(pages: list[Page], renderer: str) -> str:
    """How many gold titles a line-picking headline can reach: the ceiling of the headline numbers."""
    from collections import Counter

    from storyline.extract.boilerplate import split_lines

    counts = Counter(
        title_placement([line.text for line in split_lines(render(p, renderer))], p.title)
        for p in pages
        if p.title
    )
    total = max(sum(counts.values()), 1)
    cells = ", ".join(f"{k} {counts[k] / total:.1%}" for k in ("line", "inline", "spread", "absent"))
    return f"gold title placement (n={total}): {cells}; {h1_gap(pages, renderer)}"


def h1_gap(pages: list[Page], renderer: str) -> str:
    """The scorer-side part of the headline gap: pages whose own h1 stands in the text and names the same story
    as the gold title (og:title, trafilatura's title) in other words (0.5 <= token F1 < 1: a " | Section" tail,
    an "Opinion |" prefix, a reworded social title), and the mean token F1 a perfect pick of that h1 loses."""
    titled = [p for p in pages if p.title]
    near = []
    for page in titled:
        h1 = _h1(page.html)
        if h1 and norm(h1) in norm(render(page, renderer)) and 0.5 <= token_f1(h1, page.title) < 1.0:
            near.append(1.0 - token_f1(h1, page.title))
    n = max(len(titled), 1)
    return f"h1 reworded from gold on {len(near) / n:.1%}, a right h1 pick loses {sum(near) / n:.4f} token F1"


def demo_report() -> None:
    """The project's own hand-labelled demo corpus (.txt files) through the text path."""
    import json

    labels = json.loads((ROOT / "examples" / "demo.labels.json").read_text())
    keep_ok = keep_n = remove_ok = remove_n = head_ok = by_ok = trunc_ok = n = 0
    for key, label in labels.items():
        if not (key.endswith(".txt") and isinstance(label, dict)):
            continue
        out = run_storyline((ROOT / key).read_text(encoding="utf-8"))
        n += 1
        body = out["body"]
        keep_n += len(label.get("keep", []))
        keep_ok += sum(line.strip() in body for line in label.get("keep", []))
        remove_n += len(label.get("remove", []))
        remove_ok += sum(line.strip() not in body for line in label.get("remove", []))
        head_ok += norm(out["headline"]) == norm(label.get("headline"))
        by_ok += norm(out["byline"]) == norm(label.get("byline"))
        trunc_ok += ("truncated" in out["flags"]) == bool(label.get("truncated"))
    print(
        f"demo corpus (.txt, {n} articles; tuned on, not a headline number): body lines kept "
        f"{keep_ok}/{keep_n}, chrome removed {remove_ok}/{remove_n}, headline exact {head_ok}/{n}, "
        f"byline exact {by_ok}/{n}, truncation flag right {trunc_ok}/{n}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every fourth page only")
    parser.add_argument("--sets", default="extraction,metadata,demo", help="comma-separated sets to run")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated systems to run")
    args = parser.parse_args()
    wanted = set(args.sets.split(","))
    if "demo" in wanted:
        demo_report()
    sets = load_all(quick=args.quick)
    if not any(sets.values()):
        print("skipped: ../shared/eval-data not found")
        return 0
    pages = [p for name, members in sets.items() if name in wanted for p in members]
    print(f"{len(pages)} pages; half 1 is held out from the shipped line model, half 0 is its fitting half")
    for renderer in RENDERERS:
        print(f"\n== renderer: {renderer}")
        for name in args.systems.split(","):
            outputs, seconds = run_system(SYSTEMS[name], pages, renderer)
            speed = f"{len(pages) / seconds:.0f} pages/s (CPU)" if seconds else ""
            print(f"  {name}  [{speed}]")
            for half in (1, 0):
                members = [p for p in pages if p.half == half]
                tag = "held-out" if half == 1 else "fit    "
                print(f"    half {half} ({tag}): {format_scores(score_pages(members, outputs))}")
        for half in (1, 0):
            named = [p for p in pages if p.half == half and site_key(p.site_name)]
            anywhere = sum(in_text(site_key(p.site_name), render(p, renderer)) for p in named)
            print(
                f"  outlet ceiling, half {half}: the site's name occurs in the text on "
                f"{anywhere / max(len(named), 1):.3f} of {len(named)} pages (a text-only reader can name no more)"
            )
        print(f"  half 1 {title_ceiling([p for p in pages if p.half == 1], renderer)}")
    return 0


def _day(value: date | datetime | None) -> str | None:
    return value.isoformat()[:10] if value else None


if __name__ == "__main__":
    sys.exit(main())
