"""Every threshold and weight in one place, each with its default, what it does and how it was calibrated.

The CLI and API override fields with ``dataclasses.replace``; no module keeps its own magic numbers.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable
from dataclasses import Field, dataclass, field, fields, replace
from typing import Any

from storyline.errors import SettingsError


def knob(default, help: str):  # noqa: A002 - "help" reads best at the call sites
    """A settings field whose help text (what it does, how it was calibrated) travels with it."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class PipelineSettings:
    ingest_batch: int = knob(200, "Documents per ingest transaction: a crash loses at most this many.")
    analyze_batch: int = knob(64, "Articles per nlp.pipe call and per analysis transaction.")
    build_batch: int = knob(
        500,
        "Articles a build places per step (one transaction each), 0: one step. With --workers the next step is "
        "analysed while this one is placed; serial, each step's stages work on fewer articles (a 1,000-article "
        "build, measured by an earlier session: 198.5 s CPU in one step, 179.0 s in steps of 500). It does not "
        "bound memory: analysis and the stores' state are no smaller per step. A killed build redoes only its "
        "unfinished step. A rebuild is one step.",
    )
    place_batch: int = knob(500, "Articles per clustering transaction (state is saved with each batch).")
    extract_chunk: int = knob(
        20,
        "Documents per extract task with --workers/--dask: 10 tasks per 200-document batch keep 2-8 workers busy.",
    )
    in_flight_per_worker: int = knob(
        2,
        "Batches queued per worker (--workers/--dask): one running, one waiting, so no worker idles on the writer.",
    )
    piece_time_limit: float = knob(
        60.0,
        "CPU seconds one article's piece of a stage (its extraction, its claims, its entities; a batch's parse) "
        "may run before it is abandoned and the article goes on without it (a document whose extraction is "
        "abandoned is rejected), with a warning naming stage, article and limit (storyline/isolate.py); 0: no "
        "limit. Slowest on eval/realdata_build.py's 2,270 inputs (bench/piece_times.py, session 20): one "
        "article's whole analysis 0.80 s, its extraction 0.66 s, an entity piece 0.72 s, a 64-article parse "
        "with the model's loading 6.1 s (81 s of wall time at load 10: hence CPU time): 60 s is 75x the "
        "slowest article's piece, 10x that batch. CPU time of the process on the main thread, of the thread on "
        "others (web-server uploads, Dask workers).",
    )


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = knob(20 * 1024 * 1024, "Largest single document accepted; larger ones are rejected.")
    fetch_timeout: float = knob(20.0, "Seconds to wait for a user-requested URL.")
    max_control_ratio: float = knob(
        0.02,
        "Share of control characters (or U+FFFD) in decoded text above which a file is rejected as binary. "
        "Random bytes decode to ~10%; hand-written and scraped news fixtures have 0, so 2% leaves slack.",
    )
    western_max_non_ascii: float = knob(
        0.3,
        "Non-UTF-8 text whose letters are at most this share non-ASCII when read as cp1252 is taken as "
        "cp1252/Latin-1 (charset detection guesses wildly on short Western text, e.g. 'café' -> UTF-16). "
        "Accent-dense French/German test paragraphs run 6-10%; Cyrillic or Greek read as cp1252 run 87-100%.",
    )


@dataclass(frozen=True)
class CleanSettings:
    min_body_chars: int = knob(80, "A body shorter than this after cleaning is rejected as empty.")
    max_body_chars: int = knob(
        500_000,
        "A body longer than this after cleaning is rejected: no news article is that long (a long feature runs"
        " 30,000), and the parser refuses texts over 1,000,000 characters.",
    )
    chrome_threshold: float = knob(
        2.0,
        "Score at which a plain-text line is dropped as site chrome (weights in extract/cues.py; strong cue 3,"
        " medium 2, weak 1). Set on the seed-style fixtures: 2.0 drops every chrome line and keeps all body lines.",
    )
    chrome_context_threshold: float = knob(
        1.0,
        "Lower score enough to drop a line lying next to an already-dropped pitch paragraph (multi-paragraph"
        " donation appeals). Calibrated on the fixtures: the weakest pitch paragraph scores 1.25, quotes score < 0.",
    )
    filler_latin_ratio: float = knob(
        0.2,
        "Share of Latin function/lorem words above which a line with no English function words is filler."
        " Lorem-ipsum lines score 0.3-0.5; English body lines score ~0.",
    )
    header_max_lines: int = knob(
        8, "Lines at the top of a plain-text document searched for headline/byline/date."
    )
    local_timezone: str = knob(
        "Europe/London",
        'IANA zone for a dateline time printed without a zone ("16/06/2020 — 15:05"); the seeds and the demo'
        " outlets are UK-style papers whose other datelines say GMT/BST. Date-only datelines stay midnight UTC.",
    )
    html_favor_precision: bool = knob(
        True,
        "trafilatura favor_precision for HTML bodies; chosen on the first half (by sorted id) of the"
        " article-extraction-benchmark pages (eval/extraction.py).",
    )
    html_include_comments: bool = knob(
        False, "Keep reader comments in HTML bodies (measured: worse F1 when kept)."
    )
    # generic features added to a line's best cue score (extract/cues.py holds the cue phrases and their
    # strong 3 / medium 2 / weak 1 weights); all set by hand on the seed-style fixtures in tests/fixtures/extract
    chrome_outlet_mention: float = knob(
        0.75, "Added when a line names the outlet (self-promotion talks about itself); fixtures."
    )
    chrome_first_person: float = knob(
        0.25,
        "Added per we/our/us/your token (site talking to the reader), up to chrome_first_person_cap; fixtures.",
    )
    chrome_first_person_cap: float = knob(
        1.0, "Most that first-person tokens add (four tokens), so they never drop a line alone; fixtures."
    )
    chrome_edge: float = knob(
        0.5,
        "Added for a line in the first or last chrome_edge_fraction of a document (chrome sits at the edges).",
    )
    chrome_edge_fraction: float = knob(0.2, "Share of lines at either end that counts as the edge; fixtures.")
    chrome_short_unpunctuated: float = knob(
        0.25, "Added for a short line without sentence punctuation (a widget label); fixtures."
    )
    chrome_short_words: int = knob(6, "Most words of a 'short' line for chrome_short_unpunctuated.")
    chrome_reported_speech: float = knob(
        -1.5,
        "Added for quotation marks or said/told: article body, not the site talking (fixture quotes kept).",
    )
    chrome_long: float = knob(-0.5, "Added for a line over chrome_long_words: long lines are rarely chrome.")
    chrome_long_words: int = knob(80, "Words above which a line counts as long (a body paragraph).")
    navigation_run_words: int = knob(
        15,
        "Lines under a dropped 'Read more'-style label are its link headlines if shorter than this (and"
        " unpunctuated); set by hand on the fixtures' related-link lists.",
    )
    feedback_run_words: int = knob(
        3, "Same for lines under 'Is this page useful?': 'Yes'/'No'/'Report a problem' answers."
    )
    english_shortcut: float = knob(
        0.25,
        "Share of English function words in the first 1,200 characters (40+ words) that settles the language as"
        " English without the language identifier (a fast path; set by hand, the identifier decides below it).",
    )
    max_dateline_words: int = knob(
        12, "A header line longer than this is prose, not a dateline; set by hand on the fixtures' datelines."
    )
    prose_drop_min_p: float = knob(
        0.95,
        "A prose-shaped line inside the page's main run of prose is dropped only when the line labeller gives"
        " chrome/caption/filler at least this probability: hand-written bare articles (fixtures, seeds) lose no"
        " sentence, while real pages keep their inline pitches out (eval/textpages.py, fitting half).",
    )
    prose_min_words: int = knob(
        8,
        "An unpunctuated last line with fewer words is a label (sign-off, credit, list item, timestamp), not a"
        " cut sentence: 15% of the extraction benchmark's complete gold bodies end in such lines.",
    )
    outlet_min_p: float = knob(
        0.56,
        "A plain-text page's outlet is read from its own text (masthead, copyright, domains) only when the outlet"
        " page model is at least this sure its best name is right, else it stays unknown: the lowest floor keeping"
        " wrong names at most 0.07 of pages on the worst of three two-fold splits of half 0 by site, a margin under"
        " the 0.10 bound because sites differ (the target chosen by eval/train_outlet.py --floor-check: at 0.08 the"
        " rule let 0.104 through on an unseen side; model v15, inscriptis/html2text mean right 0.263/0.277 wrong"
        " 0.061/0.057, worst split 0.064/0.060 at 0.56).",
    )
    earliest_year: int = knob(
        1995,
        "Meta-tag dates before this year are placeholders (1970, 1900), not publication dates: no web news.",
    )
    text_date_min_p: float = knob(
        0.5,
        "A plain-text page's best date candidate less likely right than this (the ranker's calibrated"
        " probability) leaves the date unknown, to be inferred at build: a wrong date costs more than none.",
    )


@dataclass(frozen=True)
class DedupSettings:
    shingle_size: int = knob(
        7,
        "Word shingle size for MinHash; grid 3/4/5/7 x 0.4..0.7 on a generated stream (eval/dedup.py --grid,"
        " MinHash alone): 7 with 0.4 scored best (P 1.000 R 0.943), smaller shingles match same-event reports sharing quotes.",
    )
    num_perm: int = knob(128, "MinHash permutations.")
    near_threshold: float = knob(
        0.4, "Jaccard estimate above which two bodies are near-duplicates (see shingle_size)."
    )
    syndicated_threshold: float = knob(
        0.85, "Jaccard estimate above which a near-duplicate is a near-verbatim (syndicated/wire) copy."
    )
    candidate_threshold: float = knob(
        0.25,
        "LSH retrieval threshold: pairs between this and near_threshold are only duplicates if their sentences"
        " align (a light rewrite); eval/dedup.py --grid on stream seed 21 + demo: 0.25/0.75/0.5 gave stream"
        " P 0.998 R 0.994, demo P/R 1.0 (0.2: P 0.992); held-out seed 22 is reported by eval/dedup.py.",
    )
    sentence_match: float = knob(
        0.5,
        "Word-set Jaccard at which two sentences count as the same sentence reworded (eval/dedup.py --grid).",
    )
    align_threshold: float = knob(
        0.75,
        "Share of the shorter article's words in sentences matched in the same order (weighted LCS) for a"
        " rewrite; same-event reports reuse quotes and facts in another order (eval/dedup.py --grid).",
    )
    min_sentences: int = knob(
        3,
        "Sentence alignment needs the shorter article to have this many sentences (else MinHash alone decides).",
    )
    min_sentence_words: int = knob(
        4, "Shorter 'sentences' (datelines, bylines, captions) are not aligned: every outlet has them."
    )


@dataclass(frozen=True)
class ClusterSettings:
    model: str = knob(
        "model.json",
        "Learned feature weights + join threshold (a bare name resolves inside storyline/cluster/);"
        " written by `eval/cluster.py --tune` (logistic regression on labeled (article, candidate story) pairs).",
    )
    threshold: float | None = knob(
        None, "Override of the model's join probability threshold (None: the tuned value in the model file)."
    )
    idf_min_docs: int = knob(
        100,
        "IDF is computed as if the corpus had at least this many documents (damps noisy small-corpus IDF):"
        " demo story B3 F1 0.933 -> 0.948 (100, 300, 1000 equal); ECB+ 0.830 -> 0.831; none past 100 articles.",
    )
    max_gap_days: float = knob(
        7.0,
        "Time scale (days) of the time-gap feature exp(-gap/scale); the model was trained with this value.",
    )
    story_window_days: float = knob(
        30.0,
        "A dated article is never compared with a story whose dated span lies further away than this: a story is"
        " one event, and an announcement and the visit months later are two (linked into one storyline). Training"
        " B-cubed (ECB+ halves + a stream) 0.941 at 30 days vs 0.940 at 60; without it the demo's announced and"
        " actual visit (nine months apart) merge.",
    )
    body_terms: int = knob(
        100, "Top TF-IDF body terms kept per article (bounds cost; 100 loses no F1 on ECB+)."
    )
    lead_chars: int = knob(
        200,
        "Opening characters of the body whose terms count twice (the lead). Picked by training B-cubed on ECB+"
        " halves + a stream from 0/200/300/600: held-out ECB+ B3 F1 0.851/0.857 (0) -> 0.860/0.866 (200).",
    )
    query_terms: int = knob(
        12, "Top body terms (plus up to as many entities) used to retrieve candidate stories."
    )
    max_candidates: int = knob(12, "Candidate stories scored per article (retrieved via the inverted index).")
    posting_cap: int = knob(
        48, "Most recent stories kept per index term; bounds retrieval cost at any scale."
    )
    centroid_terms: int = knob(300, "Terms kept in a story's body centroid after pruning.")
    window_pool: int = knob(
        3,
        "The story window is checked on the best window_pool x max_candidates retrieved stories (checking every"
        " retrieved story costs more than retrieval itself at 100k articles); a cost bound, not tuned for F1.",
    )


@dataclass(frozen=True)
class LinkSettings:
    threshold: float = knob(
        0.25,
        "Minimum time-decayed similarity (entity + topic cosine) for two stories to share a storyline; grid"
        " 0.15..0.3 x scale 3000..20000 days: 0.25 gave demo B3 F1 1.000 and generated streams 0.996 (0.28 splits"
        " the demo's successor visit off; 0.2 merges its two earthquakes).",
    )
    entity_weight: float = knob(
        0.6, "Share of the entity cosine (vs body-topic cosine) in the link similarity."
    )
    min_shared_entities: int = knob(
        2, "Specific entities two stories must share to link (unless their topics are near-identical)."
    )
    strong_topic: float = knob(0.6, "Body-topic cosine that links two stories even without shared entities.")
    ubiquity_share: float = knob(
        0.4,
        "An entity named in more than this share of stories (and more than ubiquity_min_stories) is ubiquitous: never evidence.",
    )
    min_mentions: int = knob(
        1, "Mentions an entity needs in a story to count as one of its actors (demo grid: 1 > 2)."
    )
    gap_scale_days: float = knob(
        12000.0,
        "Similarity decays as exp(-gap/scale): a year keeps 0.97, five years 0.86, twenty years 0.54. Threads"
        " run for years (a successor's visit), so time only breaks ties; grid with the threshold above.",
    )
    ubiquity_min_stories: float = knob(
        4.0,
        "An entity is never ubiquitous while in at most this many stories (small corpora: share is noisy); grid"
        " 3..6 on the demo and both layout fixture sets: 3 cut a fire's storyline of a 9-story store in three"
        " (its town was in 4 stories), 5 and up merge two demo storylines.",
    )
    topic_terms: int = knob(
        200, "Top body terms of a story's topic vector (a cost bound, set with the grid above)."
    )
    index_terms: int = knob(
        10, "Top topic terms per story in the candidate index for topic-only links (bounds pairs compared)."
    )
    candidate_key_max_stories: int = knob(
        100,
        "A key (actor or top topic term) filed under more stories than this finds no candidates: it tells no"
        " thread apart, and reading it is bounded whatever the store holds (a share of the stories, 0.05 until"
        " scale13, read a frequent key ~270 deep at 40k; generated stream n=20,000: see docs/scale.md scale13).",
    )
    index_min_shared_terms: int = knob(
        2,
        "Of those top terms, how many two stories sharing fewer than min_shared_entities actors must share to be "
        "compared: one common term no longer makes a candidate, so the pairs compared stop growing with the store.",
    )


@dataclass(frozen=True)
class BriefSettings:
    summary_sentences: int = knob(6, "Sentences in an extractive summary.")
    mmr_lambda: float = knob(0.7, "Relevance vs novelty trade-off in MMR sentence selection.")
    summary_method: str = knob(
        "mmr", "'mmr' (centroid + MMR) or 'textrank'; eval/understand.py prints redundancy/coverage of both."
    )
    same_sentence_sim: float = knob(
        0.8, "TF-IDF cosine above which two outlets carry 'the same sentence' (cited together); fixtures."
    )
    agree_sim: float = knob(
        0.45,
        "Cosine above which a latest-story sentence repeats one already listed in what's new; fixture P/R.",
    )
    claim_context_sim: float = knob(
        0.1,
        "TF-IDF cosine two outlets' sentences need for their differing values of one slot to be a conflict "
        "(else they are about two things); eval/claims.py --context-sim on the fitting half: 0 / 0.1 / 0.2 gave "
        "P 0.52 / 0.55 / 0.62 at R 0.21 / 0.15 / 0.14.",
    )
    claim_align_sim: float = knob(
        0.15,
        "TF-IDF cosine a figure's sentence needs with another outlet's for the two figures (not both leads) to be "
        "set against each other; eval/claims.py fit half, conflicts+updates correct/predicted, gold slots hit: "
        "off 40/48, 38 -> 0.15 40/49, 39; 0.3 changed nothing, 0.05 added one false conflict.",
    )
    claim_max_ratio: float = knob(
        10.0,
        "Largest ratio between two outlets' figures of one slot that still reads as a contradiction; further "
        "apart they are two figures (a sum vs its yearly part, a toll vs a town's population); eval/claims.py "
        "fit half: 3 / 10 / 1000 gave conflict P 0.62 / 0.63 / 0.60 at 23 / 24 / 24 matched.",
    )
    claim_count_by_value_min: float = knob(
        20.0,
        "Smallest count that agrees by value alone across outlets that name its measure differently "
        "(briefing.value_agreements: '37 voting centres' / '37 booths'); smaller counts recur in a story "
        "for other things. eval/claims.py agreements correct/listed, held-out | fit: off 215/233 | 226/247; 10 "
        "218/236 | 231/253 (+ a mother of 12 against a jury of 12); 15 and 20 218/236 | 230/251; 30 216/234 | "
        "229/250; 50 216/234 | 228/249; conflicts unchanged throughout.",
    )
    claim_dissent_ratio: float = knob(
        1.5,
        "Largest ratio between an agreed figure and a third outlet's lone, unseconded figure of the slot for the "
        "third to make the agreement a conflict (briefing.lone_dissent). eval/claims.py fit half, agreements of "
        "slots of several values correct/listed: 1 (off) 38/43, 1.5 38/42, 2 38/41, 3 37/40; checked on held-out: "
        "1.5 changes nothing there, 2 adds a false update (conflicts+updates 55/63 -> 55/64), so 1.5.",
    )
    claim_lead_length_ratio: float = knob(
        2.5,
        'Largest ratio between two outlets\' lead lengths told with different words ("a six-week deal" / '
        '"will join for four weeks") that still reads as one length misstated: invented kinds stories\' such '
        "conflicts are 1.5 to 2 apart, while a plan's ten years against its work's three are two things. "
        "eval/claims.py ECB+ read halves: no lead-length pair either way at 2.5 or 10.",
    )
    claim_moment_minutes: int = knob(
        60,
        "Most minutes between two outlets' clock times of one zone for them to be one moment misstated "
        "(briefing.claim_pairs); a story's moments are hours apart ('the first quake struck at 4:43', 'the "
        "quake struck at 7:48'). Set by hand with the day and clock-time rules of 1987fc9, which together "
        "moved eval/claims.py --kinds2 conflicts+updates 25/26 -> 27/28 (time 1/4 -> 3/4) and held-out "
        "agreements 203/219 -> 205/221; not swept on its own.",
    )
    claim_lone_moment_minutes: int = knob(
        120,
        "claim_moment_minutes when each of the two outlets gives the story one clock time only (its event's, "
        "misstated: 'shortly after 9am' / 'around 11am'); an outlet giving two times tells two moments. "
        "Calibrated with claim_moment_minutes (1987fc9).",
    )
    claim_planned_days: int = knob(
        6,
        "Most days apart two days still to come of one verb can be one day told two ways: outlets misdate a "
        "planned step by a day or two, while a story's scheduled steps are weeks apart (a first court appearance "
        "tomorrow, the trial set for next month: fit 14_ecbplus). A day against a month counts from the month's "
        "nearest day ('will close on March 31' / 'at the end of April': 1); days gone compare however far "
        "apart. Set by hand with the rules of 1987fc9 (see claim_moment_minutes), not swept on its own.",
    )
    claim_lead_days: int = knob(
        1,
        "Most days apart two outlets' lead days (briefing.lead_days, dated by different verbs) may be and still "
        "be one day told two ways, a conflict: a story's day is misdated by one ('late on Wednesday' / 'on "
        "Thursday', a weekday counted from the wrong date), while a lead's second moment is mostly days on (an "
        "aftershock, a funeral). Set by hand with the rule (0d582ea: --kinds2 date conflicts 0/5 -> 2/5, ECB+ "
        "conflicts unchanged), not swept.",
    )
    update_hours: float = knob(
        3.0,
        "Reports at least this many hours apart that give a figure differently are an update, not a "
        "contradiction (a toll rises as news comes in), and an outlet's own article this much later replaces "
        "its earlier figure; the issue's example is 3 hours, demo stories.",
    )
    quote_overlap: float = knob(
        0.5, "Share of the shorter quote's word 3-grams found in the other: same quote (speaker conflicts)."
    )
    key_name_min_probability: float | None = knob(
        None,
        "Key-name model probability a name (no place) two outlets write alike needs to be a spelling agreement "
        "(many are background); None: the floor eval/train_key_names.py chose with the model (key_names.json, "
        "the least with out-of-fold precision 0.9 by event, as for key facts; session 20: 0.82).",
    )
    key_place_min_probability: float | None = knob(
        None,
        "Key-name model probability a place two outlets write alike needs to be an agreement: the country, state "
        "or county around the event is mostly background, and no key-name feature tells it from the event's own "
        "place; None: the model's place floor (key_names.json, chosen as the name floor, at least as high).",
    )
    role_min_outlets: int = knob(
        3,
        "Independent outlets that must give a key person the same job for a role agreement; eval/claims.py on the "
        "fitting half: 2 outlets gave role agreements P 0.38 R 0.38, 3 gave P 0.48 R 0.35.",
    )
    name_similarity: float = knob(
        0.75,
        "difflib ratio above which two differing name tokens are spellings of one name (Sergey/Sergei = 0.83). "
        "Set in the skeleton without a sweep and kept for each later use, measured only with the rule it served "
        "(eval/claims.py): names spelt two ways (briefing.spelling, f9c0c04: fit spelling conflicts P 0.79 -> "
        "0.93, R 0.40 -> 0.52); one quote's speakers spelt a few letters apart (briefing.conflicts, 602ce18: "
        "fit conflicts+updates P 0.70 -> 0.74); first names spelt two ways and job_holders' related names "
        "(dd23919: --kinds2 spelling 4/5 -> 5/5, read halves byte-identical).",
    )
    context_name_similarity: float = knob(
        0.6,
        "difflib ratio two names need when their context says one referent (outlets list them beside one name "
        "each spells differently, or write them with one job or quote): Koska/Kovaska = 0.67; set on "
        "eval/claims.py's fit half, one village pair (ede3221: fit spelling 17/25 -> 18/25, held-out "
        "unchanged). Reused unswept for a surname beside the same first name and job or quote (0d39ae1), both "
        "words of a full name and job_holders' surname spelt two ways (dd23919: --kinds2 spelling 4/5 -> 5/5) "
        "and surnames alone (17cfe51); read halves unchanged by each.",
    )
    spelling_min_surname: int = knob(
        4,
        "Fewest letters two surnames written alone ('Mr Okonkwo' / 'Mr Okonkow') need to be one surname misspelt "
        "by context_name_similarity and a shared job or age (briefing.spelling); shorter ones ('Kim' / 'Kin') "
        "are a letter from other real surnames. Set by hand with the rule (17cfe51, session 26), not swept; "
        "eval/claims.py read halves byte-identical with the rule.",
    )
    spelling_min_transliterated: int = knob(
        6,
        "Fewest letters two one-word place names need to be one name transliterated two ways ('Qasrabad' / "
        "'Kasrabad', briefing.name_letters.transliterated); shorter names share their consonants in order by "
        "chance ('Mali' / 'Mila', 'Tulam' / 'Talum'). Set by hand with the rule (f688e6a); eval/claims.py --set "
        "spelling_min_transliterated=4,5,6,7,8 (session 28): 4 and 5 add a false spelling conflict on fit-b "
        "(conflicts+updates 30/31 -> 30/32), 6 to 8 score alike on both read halves, held-out alike at every "
        "value; the lowest of those is kept.",
    )
    spelling_min_full_surname: int = knob(
        3,
        "Fewest letters the surnames of two full names need to be one person's surname misspelt by "
        "context_name_similarity ('Mark Hale' / 'Mark Hales, the coach'); the first name and a shared job or "
        "age carry the rest of the evidence, so one letter less than a surname alone. Set by hand with the rule "
        "(0d39ae1), not swept; eval/claims.py held-out, fit, --kinds, --kinds2, --updates unchanged by it.",
    )
    unique_per_outlet: int = knob(5, "Most unique facts listed per outlet.")
    timeline_max: int = knob(20, "Most timeline entries.")
    events_max: int = knob(
        25,
        "Most 'who did what' events: one screen; the best-supported (most outlets) are kept, in time order.",
    )
    whats_new_sim: float = knob(
        0.4, "A latest-story sentence whose best cosine to the previous story is below this is 'new'."
    )
    whats_new_max: int = knob(5, "Most 'what's new' claims.")
    min_sentence_words: int = knob(6, "Shorter sentences are not summary/agreement candidates (datelines).")
    max_summary_words: int = knob(
        70, "Longer sentences are not summary candidates (run-on paragraphs the splitter left whole)."
    )
    timeline_same_sim: float = knob(
        0.5, "Cosine above which two same-date sentences are one timeline entry (cited together); fixtures."
    )
    min_quote_grams: int = knob(
        4, "Quotes with fewer word 3-grams are too short to compare for speaker conflicts ('no comment')."
    )


@dataclass(frozen=True)
class AnalyzeSettings:
    batch_size: int = knob(
        32, "Articles per nlp.pipe batch; 32 was as fast as larger batches on 500-word texts."
    )
    surname_similarity: float = knob(
        0.85,
        "difflib ratio two folded surnames need to merge (Lavrov/Lavrow); set on eval/understand_entities.",
    )
    first_name_similarity: float = knob(
        0.75,
        "difflib ratio two first names need when surnames match (Sergey/Sergei = 0.83, Boris/Doris = 0.8).",
    )
    role_window_days: float = knob(
        400.0, "How far apart in time an apposition may be to resolve a role reference; one year of a tenure."
    )
    min_unattributed_quote_words: int = knob(
        7,
        "A quote with no speaker is kept only from this many words (drops scare quotes); best quote F1 on PolNeAR"
        " dev with issue 13's scorer (4: 0.855, 7: 0.860, 12: 0.856).",
    )
    max_said_block_paragraphs: int = knob(
        12, "Unquoted paragraphs after 'X said:' taken as the quote at most (press-release style)."
    )
    dating_relatives: int = knob(
        20,
        "Articles (sharing the most entities) searched for evidence dating an undated one before clustering.",
    )
    dating_siblings: int = knob(
        100,
        "Storyline members (those that arrived nearest) searched for evidence dating an undated one after"
        " clustering: a storyline of thousands is not read whole for each undated article (scale14).",
    )
    dating_min_shared_entities: int = knob(
        2,
        "Entities a relative must share with an undated article; one shared name (a country) is not a thread.",
    )
    dating_max_entity_share: float = knob(
        0.2, "Entities in more of the corpus than this are ignored when finding relatives (ubiquitous names)."
    )
    dating_min_posting: int = knob(
        50, "An entity in at most this many articles is never ubiquitous for dating (small corpora)."
    )
    dating_quote_words: int = knob(
        8, "Words in a run shared by two quotes for them to be one statement (same day's news); seeds."
    )
    dating_order_min_share: float = knob(
        0.8,
        "Share of an outlet's proven numeric text dates (25/03/2024) that must write the day first (or the month"
        " first) to settle its ambiguous ones (05/03/2024); below it the outlet is mixed and the guess stays.",
    )
    dating_min_event_score: int = knob(
        2,
        "Evidence a sibling's dated sentence needs to date an article by its event: a shared place scores 2, a"
        " shared kind of action 1, so a shared place is required besides the main actor; set on the seeds.",
    )
    event_place_lead_sentences: int = knob(
        2,
        "Sentences from a body's start searched for the place its lead sets the event in (analyze.event_place): "
        "the headline and the first sentence, which the text path often gives as one. Set by hand with the "
        "rule (1356d40, session 26: held-out place conflicts 3/9 -> 5/9 with it), not swept.",
    )
    quote_speaker_reach: int = knob(
        600, "Characters back a quote's pronoun looks for an earlier speaker before any named subject."
    )
    pronoun_reach: int = knob(
        1500, "Characters back a pronoun looks for its antecedent: two or three news paragraphs."
    )
    narrated_subject_reach: int = knob(
        300,
        "Characters back a he/she looks for a person the narration just made its main subject, who beats an"
        " earlier speaker (eval/quotes.py ecb-pronouns, dev).",
    )
    quote_speaker_fill: float = knob(
        0.3,
        "Probability the speaker ranker needs to name a quote's speaker when the rules found none; 5-fold CV on"
        " PolNeAR dev (eval/train_quote_speakers.py): 0.1-0.3 attribution 0.836, 0.5 0.832, rules alone 0.832.",
    )
    max_cue_gap: int = knob(
        160, "Most characters between a quote and its speech verb ('\"...,\" the minister said on Monday')."
    )
    role_decay_days: float = knob(
        30.0,
        "A dated role apposition's weight halves this many days away from the reference (1/(1+gap/scale)).",
    )
    role_exact_bonus: float = knob(
        0.5, "Added to an apposition naming exactly the referenced role (not a looser alias of it)."
    )


@dataclass(frozen=True)
class WatchSettings:
    settle: float = knob(
        1.0,
        "Seconds a watched file must go unmodified before it is read: a file still being copied or written would"
        " otherwise be stored cut short, then again whole, as two articles.",
    )
    max_backoff: float = knob(
        3600.0,
        "Longest wait (seconds) before retrying a watched feed that keeps failing; the wait doubles from the"
        " poll interval with each failure in a row, so a dead feed costs one request an hour, not one a poll.",
    )


@dataclass(frozen=True)
class Settings:
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    link: LinkSettings = field(default_factory=LinkSettings)
    brief: BriefSettings = field(default_factory=BriefSettings)
    analyze: AnalyzeSettings = field(default_factory=AnalyzeSettings)
    watch: WatchSettings = field(default_factory=WatchSettings)


DEFAULTS = Settings()


def _fields(settings: Settings = DEFAULTS) -> dict[str, tuple[Any, Field]]:
    """Every setting as ``group.field`` -> (current value, dataclass field)."""
    out: dict[str, tuple[Any, Field]] = {}
    for group in fields(settings):
        part = getattr(settings, group.name)
        for f in fields(part):
            out[f"{group.name}.{f.name}"] = (getattr(part, f.name), f)
    return out


def describe(settings: Settings = DEFAULTS) -> list[tuple[str, str, Any, str]]:
    """(name, type, value, help) of every setting, in registry order (what `storyline settings` prints)."""
    return [
        (name, str(f.type), value, f.metadata.get("help", ""))
        for name, (value, f) in _fields(settings).items()
    ]


def _parse(name: str, kind: str, text: str) -> Any:
    """A value given as text, as the field's type ('int', 'float', 'bool', 'str', 'float | None')."""
    raw = text.strip()
    if kind.endswith("| None") and raw.lower() in ("none", "null", ""):
        return None
    base = kind.split("|")[0].strip()
    try:
        if base == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if base == "int":
            return int(raw)
        if base == "float":
            value = float(raw)
            if not math.isfinite(value):
                raise ValueError(raw)
            return value
    except ValueError:
        raise SettingsError(f"setting {name} takes {kind}, not {text!r}") from None
    return text


def with_overrides(settings: Settings, assignments: Iterable[str]) -> Settings:
    """``settings`` with each ``group.field=value`` applied (the CLI's repeatable --setting); an unknown name or
    a value of the wrong type raises SettingsError naming it (and the closest known names)."""
    known = _fields(settings)
    groups: dict[str, dict[str, Any]] = {}
    for assignment in assignments:
        name, sep, text = assignment.partition("=")
        name = name.strip()
        if not sep:
            raise SettingsError(
                f"--setting takes name=value (e.g. cluster.threshold=0.3), not {assignment!r}"
            )
        if name not in known:
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else "; `storyline settings` lists them"
            raise SettingsError(f"unknown setting {name!r}{hint}")
        group, field_name = name.split(".", 1)
        groups.setdefault(group, {})[field_name] = _parse(name, str(known[name][1].type), text)
    return replace(settings, **{g: replace(getattr(settings, g), **v) for g, v in groups.items()})
