"""Generate realistic labeled news streams for clustering evaluation and scale tests (fictional, seeded).

An event has a kind (quake, strike, takeover...), actors, a place and its own details; several outlets report it
over a few days (drift: later reports add developments), some copy a wire text (syndicated) or lightly rewrite one
(near duplicate); look-alike events of the same kind happen elsewhere with other people; some threads get a follow-up
event months later (same actors: same storyline, new story); background noise articles are singletons.
Every article carries labels: story, storyline, dup_of (canonical copy for copies, else None).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

_SYL = "ka ro ven dal mir tos bel an or is ul gre fen lo vi tar sem nok pra dru el hal qui zo mer bar".split()
COMMON = (
    "government officials people report week city local country national public police minister council plan "
    "statement support group time area told agency pressure state workers meeting decision million percent "
    "sources office spokesman spokeswoman residents company leader party month morning evening hours expected "
    "according comment confirmed earlier later issue response concerns critics news media region authorities "
    "second early major small large figures latest move official"
).split()
FILLER = [
    "The {org} declined to comment further on Tuesday.",
    "Officials said more details would be released in the coming days.",
    "Local media reported that the situation was being monitored closely.",
    "Critics said the response raised questions that remained unanswered.",
    "It was not immediately clear how many people were affected.",
    "Analysts said the move could have wider consequences for the region.",
    "A spokeswoman for the {org} said the matter was under review.",
    "Residents told reporters they had been waiting for news for hours.",
]
KINDS: dict[str, dict[str, list[str]]] = {
    "quake": {
        "words": "earthquake magnitude tremor rubble rescuers aftershock epicentre collapsed buildings".split(),
        "head": ["Earthquake of magnitude {num} strikes {place}", "Strong quake hits {place}, {num2} dead"],
        "lines": [
            "A magnitude {num} earthquake struck near {place} early on {day}, collapsing buildings.",
            "Rescuers searched the rubble in {place} as aftershocks rattled the {detail} district.",
            "{person} said at least {num2} people had died and the toll could rise.",
            "The epicentre was close to the {detail} valley, the {org} said.",
        ],
    },
    "strike": {
        "words": "strike walkout union pay dispute picket wages talks members ballot".split(),
        "head": [
            "{org} workers walk out in {place} pay dispute",
            "Strike halts {detail} services in {place}",
        ],
        "lines": [
            "Members of the {org} walked out in {place} after talks over pay collapsed.",
            "Union leader {person} said the {detail} dispute could last weeks.",
            "Picket lines formed outside the {detail} depot as {num2} workers joined the walkout.",
            "{person2} urged both sides to return to talks, calling the strike damaging.",
        ],
    },
    "takeover": {
        "words": "takeover deal acquisition shares bid shareholders merger billion offer board".split(),
        "head": ["{org} agrees {num} billion takeover of {detail}", "{detail} accepts bid from {org}"],
        "lines": [
            "The {org} agreed to buy {detail} in a deal worth {num} billion, the companies said.",
            "Chief executive {person} said the acquisition would create the largest group in {place}.",
            "Shares in {detail} jumped {num2} percent after the board backed the offer.",
            "Regulators in {place} are expected to review the merger, {person2} said.",
        ],
    },
    "rehab": {
        "words": "rehab treatment actress singer clinic representative privacy fans facility".split(),
        "head": ["{person} checks into {detail} rehab clinic", "Star {person} enters treatment in {place}"],
        "lines": [
            "{person} has checked into the {detail} treatment centre in {place}, a representative said.",
            "The star asked fans to respect her privacy, {person2} told reporters.",
            "{person} had cancelled several shows in recent weeks, the {org} said.",
            "The {detail} facility declined to confirm whether {person} was a patient.",
        ],
    },
    "arrest": {
        "words": "arrested police charged suspect court custody detectives investigation shooting".split(),
        "head": ["Police arrest suspect after {place} shooting", "{person} charged over {detail} attack"],
        "lines": [
            "Police in {place} arrested {person} on {day} in connection with the {detail} shooting.",
            "Detectives said the suspect would appear in court charged with {num2} offences.",
            "{person2}, the lead investigator, said the suspect was known to the {org}.",
            "Witnesses described hearing shots near the {detail} market before the arrest.",
        ],
    },
    "election": {
        "words": "election vote candidate polls ballots victory campaign opposition turnout seats".split(),
        "head": ["{person} wins {place} election", "{person} claims victory as {place} votes"],
        "lines": [
            "{person} of the {org} won the election in {place} with {num2} percent of the vote.",
            "Rival candidate {person2} conceded defeat late on {day}.",
            "Turnout in the {detail} district reached a record, officials said.",
            "The {org} now holds {num} seats in the assembly of {place}.",
        ],
    },
    "visit": {
        "words": "visit talks minister counterpart trip relations summit diplomatic foreign bilateral".split(),
        "head": [
            "{person} to visit {place} for talks with {person2}",
            "{person} arrives in {place} for talks",
        ],
        "lines": [
            "Foreign minister {person} will travel to {place} for talks with counterpart {person2}.",
            "The {org} said the {detail} agreement and trade would top the agenda.",
            "It is the first visit at this level in {num} years, officials in {place} said.",
            "{person2} said relations with the {org} were at a difficult moment.",
        ],
    },
    "flood": {
        "words": "flood rain rivers evacuated homes water levels emergency storm damage".split(),
        "head": [
            "Floods force thousands from homes in {place}",
            "{place} declares emergency as rivers burst",
        ],
        "lines": [
            "Heavy rain flooded parts of {place}, forcing {num2} people from their homes.",
            "The {detail} river burst its banks overnight, emergency services said.",
            "{person}, the regional governor, declared a state of emergency on {day}.",
            "The {org} warned that water levels would keep rising near {detail}.",
        ],
    },
}
# Figures outlets print beside the story: founding years, update times, unrelated tallies (noise for matching)
FIGURE_LINES = [
    "The {org} was founded in {year}.",
    "This article was updated at {hh}:{mm}.",
    "Some {tally} people attended a related meeting in {year}.",
]
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ORG_SUFFIX = ["Party", "Group", "Union", "Holdings", "Agency", "Council", "Institute", "Alliance"]
COUNTRIES = ["Valdoria", "Kestrelia", "Morvania"]  # ubiquitous entities named everywhere


@dataclass(frozen=True)
class StreamArticle:
    id: str
    title: str
    body: str
    entities: tuple[str, ...]
    published: datetime | None
    story: str
    storyline: str
    dup_of: str | None


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.figures = random.Random(
            seed + 7
        )  # own generator: figure noise leaves the stream's structure as is
        self.n = 0

    def word(self, k: int = 3) -> str:
        return "".join(self.r.choice(_SYL) for _ in range(self.r.randint(2, k)))

    def name(self) -> str:
        return f"{self.word().title()} {self.word(4).title()}"

    def event(self, kind: str | None = None) -> dict:
        r = self.r
        return {
            "kind": kind or r.choice(list(KINDS)),
            "person": self.name(),
            "person2": self.name(),
            "place": self.word(4).title(),
            "org": f"{self.word().title()} {r.choice(ORG_SUFFIX)}",
            "detail": self.word(4).title(),
            "num": str(r.randint(2, 9)),
            "num2": str(r.randint(10, 400)),
            "day": r.choice(DAYS),
            "country": r.choice(COUNTRIES),
            "private": [self.word(4) for _ in range(6)],
        }

    def article(self, ev: dict, stage: int) -> tuple[str, str, tuple[str, ...]]:
        r, kind = self.r, KINDS[ev["kind"]]
        lines = r.sample(kind["lines"], r.randint(3, 4))
        lines += [r.choice(FILLER) for _ in range(r.randint(1, 3))]
        if stage:  # drift: later reports add developments with their own words
            lines.append(
                f"By {r.choice(DAYS)} the {r.choice(ev['private'])} inquiry had widened, {ev['person']} said."
            )
        lines.append(
            f"The events in {ev['country']} drew attention from the {r.choice(COMMON)} {r.choice(COMMON)}."
        )
        noise = " ".join(r.choice(COMMON + kind["words"] + ev["private"]) for _ in range(r.randint(12, 30)))
        lines.insert(r.randrange(len(lines)), noise.capitalize() + ".")
        r.shuffle(lines)
        f = self.figures
        shown = dict(
            ev,
            year=f.randint(1950, 2020),
            hh=f.randint(10, 23),
            mm=f.randint(10, 59),
            tally=f.randint(20, 900),
        )
        if f.random() < 0.3:  # outlets disagree on a count ("at least 40" vs "43")
            shown["num2"] = str(int(ev["num2"]) + f.choice((-3, -2, -1, 1, 2, 3)))
        if f.random() < 0.5:
            lines.insert(f.randrange(len(lines) + 1), f.choice(FIGURE_LINES))
        body = "\n\n".join(line.format(**shown) for line in lines)
        title = r.choice(kind["head"]).format(**shown)
        ents = [
            e for key in ("person", "person2", "place", "org", "detail", "country") if (e := ev[key]) in body
        ]
        ents += [ev["person"]] * body.count(ev["person"])
        return title, body, tuple(ents)


def _rewrite(r: random.Random, body: str) -> str:
    """Light rewrite: one paragraph replaced, one dropped, the rest kept (a near duplicate)."""
    paras = body.split("\n\n")
    i = r.randrange(len(paras))
    paras[i] = " ".join(reversed(paras[i].split()))
    if len(paras) > 4:
        paras.pop(r.randrange(len(paras)))
    return "\n\n".join(paras)


def generate(
    n_articles: int, seed: int = 0, *, noise_share: float = 0.08, undated_share: float = 0.03
) -> list[StreamArticle]:
    """A labeled stream of about ``n_articles`` articles in publication order."""
    g, r = _Gen(seed), random.Random(seed + 1)
    start = datetime(2021, 1, 1, tzinfo=UTC)
    span_days = max(30.0, n_articles / 40)  # ~40 articles a day, like a mid-size aggregator
    out: list[StreamArticle] = []
    n_events = 0
    while len(out) < n_articles:
        n_events += 1
        if r.random() < noise_share * 3:
            ev = g.event()
            t = start + timedelta(days=r.uniform(0, span_days))
            title, body, ents = g.article(ev, 0)
            aid = f"a{len(out)}"
            out.append(StreamArticle(aid, title, body, ents, t, f"n{n_events}", f"n{n_events}", None))
            continue
        ev = g.event()
        line = f"l{n_events}"
        chain = [ev]
        if r.random() < 0.5:  # a look-alike: same kind, other people and place, own storyline
            chain.append(None)
        t0 = start + timedelta(days=r.uniform(0, span_days))
        for k, event in enumerate(chain):
            if event is None:
                event, this_line = g.event(ev["kind"]), f"{line}x"
                t_ev = t0 + timedelta(days=r.uniform(-20, 20))
            else:
                this_line, t_ev = line, t0
            episodes = [(event, t_ev)]
            if k == 0 and r.random() < 0.25:  # follow-up months later: same actors, new story
                follow = dict(
                    event,
                    kind=r.choice(list(KINDS)),
                    detail=g.word(4).title(),
                    private=[g.word(4) for _ in range(6)],
                )
                episodes.append((follow, t_ev + timedelta(days=r.uniform(60, 400))))
            for e_idx, (e, te) in enumerate(episodes):
                story = f"s{n_events}_{k}_{e_idx}"
                reports: list[StreamArticle] = []
                for _ in range(r.randint(2, 12)):
                    t = te + timedelta(hours=r.expovariate(1 / 30))
                    stage = int((t - te).days >= 1)
                    aid = f"a{len(out)}"
                    roll = r.random()
                    if (
                        reports and roll < 0.15
                    ):  # syndicated wire copy: new headline, same text, last line trimmed
                        src = r.choice(reports)
                        body = src.body.rsplit("\n\n", 1)[0] if src.body.count("\n\n") > 3 else src.body
                        art = StreamArticle(
                            aid,
                            src.title.upper(),
                            body,
                            src.entities,
                            t,
                            story,
                            this_line,
                            src.dup_of or src.id,
                        )
                    elif reports and roll < 0.25:  # light rewrite of another outlet's text
                        src = r.choice(reports)
                        art = StreamArticle(
                            aid,
                            src.title,
                            _rewrite(r, src.body),
                            src.entities,
                            t,
                            story,
                            this_line,
                            src.dup_of or src.id,
                        )
                    else:
                        title, body, ents = g.article(e, stage)
                        art = StreamArticle(aid, title, body, ents, t, story, this_line, None)
                    if r.random() < undated_share:
                        art = StreamArticle(
                            art.id,
                            art.title,
                            art.body,
                            art.entities,
                            None,
                            art.story,
                            art.storyline,
                            art.dup_of,
                        )
                    reports.append(art)
                    out.append(art)
    out = out[:n_articles]
    far = datetime.max.replace(tzinfo=UTC)
    out.sort(key=lambda a: (a.published or far, a.id))
    return out


def iter_stream(n_articles: int, seed: int = 0) -> Iterator[StreamArticle]:
    yield from generate(n_articles, seed)


# ---- long, messy pages (bench/stream.py): 500-800 words of story inside a news site's chrome ----------------

OUTLETS = [
    ("Meridian Post", "meridianpost.example"),
    ("Harbour Courier", "harbourcourier.example"),
    ("Valley Times", "valleytimes.example"),
    ("Northgate Chronicle", "northgatechronicle.example"),
    ("Coastline Herald", "coastlineherald.example"),
    ("Evening Sentinel", "eveningsentinel.example"),
    ("Ridge Gazette", "ridgegazette.example"),
    ("Lakeside Post", "lakesidepost.example"),
]
_BACKGROUND = [
    "{person} has been a prominent figure in {place} for more than {num} years, and {pronoun} record on {topic} "
    "has been questioned by {critics}.",
    "\u201cWe have to be honest about what happened here,\u201d {person} told reporters outside the {org} offices. "
    "\u201cPeople in {place} deserve answers, and they deserve them quickly.\u201d",
    "According to figures published by the {org}, the {topic} problem in {place} has grown steadily, with "
    "{critics} warning that the official numbers understate it.",
    "The {org} said in a statement that it was cooperating fully with {authority} and would publish its own "
    "review of the {topic} arrangements in the {period}.",
    "Residents of {place} described the mood as tense. \u201cNobody tells us anything,\u201d said one shop owner, "
    "who asked not to be named. \u201cWe read about it online like everyone else.\u201d",
    "{person2} questioned the timing, saying the {org} had known about the {topic} concerns for months and had "
    "chosen to act only when {critics} went public.",
    "Opposition politicians in {country} called for an independent inquiry, while {authority} said any decision "
    "would wait until the {period}.",
    "The episode has revived an old argument in {country} about {topic}, one that {critics} say successive "
    "governments have failed to settle.",
    "Analysts said the {topic} question would weigh on the {org} for some time, whatever the outcome of the "
    "current dispute in {place}.",
    "In a briefing on {day}, officials from {authority} declined to give a timetable, saying only that the "
    "{topic} review was at an early stage.",
]
_TOPICS = [
    "funding",
    "safety",
    "oversight",
    "planning",
    "transparency",
    "staffing",
    "maintenance",
    "licensing",
]
_CRITICS = [
    "local campaigners",
    "opposition councillors",
    "trade unions",
    "independent auditors",
    "residents",
]
_AUTHORITIES = [
    "the regional authority",
    "the national regulator",
    "the interior ministry",
    "the city council",
]
_PERIODS = ["coming weeks", "new year", "spring", "next budget round", "autumn"]
_CHROME_TOP = [
    "Skip to main content",
    "Home | News | World | Business | Sport | Opinion | Culture | Weather",
    "Subscribe now: first month free",
]
_CHROME_MID = [
    "Advertisement",
    "Sign up for our morning briefing: the day's top stories in your inbox.",
    "Share this article: Facebook | X | WhatsApp | Email",
    "Read more: {other}",
    "Photo: {person} in {place} (Agency photo)",
]
_CHROME_END = [
    "Related stories",
    "{other}",
    "Most read",
    "\u00a9 {year} {outlet}. All rights reserved.",
    "Cookie settings | Privacy policy | Terms of use | Contact us",
]


def _background(r: random.Random, a: StreamArticle, words: int) -> list[str]:
    """Paragraphs about the article's actors and place until about ``words`` words (deterministic in ``r``)."""
    people = [e for e in a.entities if " " in e] or ["A spokesperson"]
    place = next((e for e in a.entities if " " not in e), "the region")
    orgs = [e for e in a.entities if any(e.endswith(s) for s in ORG_SUFFIX)] or ["authorities"]
    out: list[str] = []
    while sum(len(p.split()) for p in out) < words:
        out.append(
            r.choice(_BACKGROUND).format(
                person=people[0],
                person2=r.choice(people),
                pronoun=r.choice(["her", "his", "their"]),
                place=place,
                org=r.choice(orgs),
                topic=r.choice(_TOPICS),
                critics=r.choice(_CRITICS),
                authority=r.choice(_AUTHORITIES),
                period=r.choice(_PERIODS),
                country=r.choice(COUNTRIES),
                num=r.randint(3, 25),
                day=r.choice(DAYS),
            )
        )
    return out


def page(a: StreamArticle, seed: int = 0, others: list[str] | None = None) -> dict:
    """A JSONL object (``html``, ``url``, ``outlet``) for a stream article: its text grown to 500-800 words with
    background paragraphs and quotes, inside site chrome (navigation, ads, share bars, related links, footer),
    with byline and date markup. Copies of one text (``dup_of``) get the same background, so they stay copies."""
    import html as _html

    text_rng = random.Random(f"{seed}/{a.dup_of or a.id}")
    site_rng = random.Random(f"{seed}/{a.id}/site")
    outlet, domain = site_rng.choice(OUTLETS)
    own = a.body.split("\n\n")
    target = text_rng.randint(500, 800) - sum(len(p.split()) for p in own)
    paras = own[:2] + _background(text_rng, a, max(target, 0)) + own[2:]
    headlines = others or [a.title]
    fill = {
        "person": next((e for e in a.entities if " " in e), "Officials"),
        "place": next((e for e in a.entities if " " not in e), "the city"),
        "outlet": outlet,
        "year": (a.published or datetime(2021, 1, 1, tzinfo=UTC)).year,
    }
    esc = _html.escape
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{esc(p)}</p>")
        if i % 4 == 3:
            chrome = site_rng.choice(_CHROME_MID).format(other=site_rng.choice(headlines), **fill)
            body.append(f'<div class="promo">{esc(chrome)}</div>')
    top = "".join(f"<li>{esc(t)}</li>" for t in _CHROME_TOP)
    end = "".join(f"<li>{esc(t.format(other=site_rng.choice(headlines), **fill))}</li>" for t in _CHROME_END)
    when = a.published.isoformat() if a.published else None
    meta = f'<meta property="article:published_time" content="{when}">' if when else ""
    dated = f'<time datetime="{when}">{a.published:%d %B %Y, %H:%M}</time>' if a.published else ""
    reporter = " ".join("".join(site_rng.choice(_SYL) for _ in range(2)).title() for _ in range(2))
    html = (
        f"<html><head><title>{esc(a.title)} | {esc(outlet)}</title>{meta}</head><body>"
        f"<nav><ul>{top}</ul></nav><article><h1>{esc(a.title)}</h1>"
        f'<p class="byline">By {esc(reporter)}</p>{dated}{"".join(body)}</article>'
        f"<footer><ul>{end}</ul></footer></body></html>"
    )
    slug = "-".join(a.title.lower().split()[:6])
    return {"html": html, "url": f"https://{domain}/news/{slug}-{a.id}", "outlet": outlet}
