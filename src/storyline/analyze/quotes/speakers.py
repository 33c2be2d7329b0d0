"""Direct quotes with their speakers: each quotation of an article (analyze.quotes.speaker_pools), the speaker
the rules propose for it (analyze.quotes.attribution: the cue verb beside it, a colon intro, the sentence before;
else a dash credit, a transcript label or the previous speaker), its bounds (a mixed quote's reported clause:
analyze.quotes.mixed_quotes), and the ranker's choice (analyze.quotes.ranker).

Handles "X said:" blocks, continuations across paragraphs, "she added" (previous speaker), anonymous sources
with their affiliation, spokespeople with their organisation, and reports as speakers.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from storyline.analyze.quotes import ranker
from storyline.analyze.quotes.attribution import attribute, colon_intro, sentence_before
from storyline.analyze.quotes.mixed_quotes import governs, reported_clause
from storyline.analyze.quotes.pronouns import Speaker, resolve_pronoun
from storyline.analyze.quotes.ranker import Candidate, best
from storyline.analyze.quotes.spans import Run
from storyline.analyze.quotes.speaker_pools import speaker_pools, with_untagged_names
from storyline.model import Mention, Quote
from storyline.settings import DEFAULTS, AnalyzeSettings

Chooser = Callable[[Speaker | None, Callable[[], list[Candidate]]], Speaker | None]
_DASH_CREDIT = re.compile(r"[\"”’']?[.,]?\s*[―—–-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}?)\.?\s*$")
# a quoted name of a show, book or slogan ("Morning Joe", "Contract with America"), not words someone said
_TITLE = re.compile(
    r"^(?:The |A )?[A-Z0-9][\w'’-]*(?: (?:of|and|with|the|for|in|on|to|a)?\s?[A-Z0-9][\w'’-]*){0,5}[.!]?$"
)
# A transcript's speaker label opening a quotation run: "SANDERS: ...", "MR. SMITH: ..." ("NAME: words").
_LABEL = re.compile(r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s+")


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    """A quotation's span without the spaces and quotation marks at its edges, nor the comma, semicolon or colon
    closing it."""
    while start < end and (body[start].isspace() or body[start] in "\"“”'‘’"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;:\"“”'‘’"):
        end -= 1
    return start, end


def find_quotes(
    article_id: str,
    body: str,
    doc: Doc,
    paras: list[tuple[int, int]],
    mentions: Sequence[Mention],
    known: dict[str, str],
    settings: AnalyzeSettings = DEFAULTS.analyze,
    choose: Chooser | None = None,
) -> list[Quote]:
    """Quotes of one article, in text order, each with its speaker (or None), anonymity and affiliation. The
    rules propose a speaker; ``choose(it, candidates)`` decides (default ranker.best).
    ``known``: the article's genders (pronouns.genders), worked out once for quotes and events."""
    choose = choose or functools.partial(best, fill=settings.quote_speaker_fill)
    min_unattributed_words = settings.min_unattributed_quote_words
    max_block_paragraphs = settings.max_said_block_paragraphs
    mentions = with_untagged_names(doc, mentions)
    runs, quoted, cues, events, subjects = speaker_pools(body, doc, paras, mentions, max_block_paragraphs)
    article = functools.cache(  # read only when a quote needs the ranker
        lambda: ranker.Article.of(doc, body, paras, mentions, events, subjects, known, quoted)
    )

    def gather(start: int, end: int, rule, origin, pronoun, previous) -> list[Candidate]:
        return ranker.candidates(
            article(), start, end, rule, origin, pronoun, previous, settings.pronoun_reach
        )

    quotes: list[Quote] = []
    prev_speaker: Speaker | None = None
    prev_last_para = -9
    taken_to = 0
    last_cue: int | None = None
    for run in runs:
        if run.start < taken_to:
            continue  # a quoted fragment inside the previous quote's reported clause
        speaker, cue = attribute(run, body, cues, paras, quoted, mentions, settings.max_cue_gap)
        said_by = speaker
        origin = "cue" if speaker is not None else None
        if speaker is None and run.kind == "marks":
            speaker = colon_intro(doc, body, run, paras, quoted, mentions)
            origin = "colon" if speaker is not None else None
        credit = _DASH_CREDIT.match(body, run.end, paras[run.last_para][1]) or _paragraph_credit(
            body, run, paras
        )
        if speaker is None and credit and run.kind == "marks":  # '"Words." ― Jane Doe' (reader-comment lists)
            speaker, origin = Speaker(credit.group(1), credit.start(1), credit.end(1)), "credit"
        label = _LABEL.match(body, run.start)
        if speaker is None and label:  # transcript style: "NAME: words"
            speaker, origin = Speaker(label.group(1), label.start(1), label.end(1)), "credit"
            run.start = label.end()
        if speaker is None and run.kind != "single" and run.first_para == prev_last_para + 1:
            ps = paras[run.first_para][0]
            if body[ps] in "\"“'‘" or run.kind == "block":
                speaker, origin = prev_speaker, "previous"  # continuing the previous speaker's paragraph
        if speaker is None and run.kind != "single" and run.first_para == prev_last_para:
            speaker, origin = prev_speaker, "previous"  # '"A," said X. "B."': B is X's too
        if speaker is None and run.kind == "marks":
            speaker = sentence_before(doc, body, run, paras, quoted, mentions)
            origin = "sentence_before" if speaker is not None else None
        pronoun = speaker if speaker is not None and speaker.pronoun else None
        if pronoun is not None:
            origin = "pronoun"
            speaker = resolve_pronoun(
                speaker,
                events,
                subjects,
                prev_speaker,
                mentions,
                known,
                settings.quote_speaker_reach,
                settings.pronoun_reach,
                settings.narrated_subject_reach,
            )
        if speaker is not None and speaker.anonymous and speaker.affiliation is None:
            earlier = [
                e for e in events if e.anonymous and e.end <= speaker.start and e.start != speaker.start
            ]
            if prev_speaker is not None and prev_speaker.anonymous and prev_speaker.end <= speaker.start:
                earlier.append(prev_speaker)
            if earlier and speaker.text.lower().startswith("the "):  # "the source": the one named before
                src = max(earlier, key=lambda e: e.start)
                speaker = Speaker(
                    speaker.text, speaker.start, speaker.end, True, src.affiliation, head=speaker.head
                )
        start, end = _strip(body, run.start, run.end)
        if cue is not None and run.kind == "marks" and (cue.lower_ == "according" or governs(cue, run.start)):
            clause = reported_clause(cue, body, start, end, paras[run.first_para])
            if said_by is None or not clause[0] <= said_by.start < clause[1]:  # the speaker is not content
                start, end = clause
            taken_to = end
        text = body[start:end]
        if not text or (speaker is None and len(text.split()) < min_unattributed_words) or _TITLE.match(text):
            continue
        speaker = choose(
            speaker,
            functools.partial(gather, start, end, speaker, origin, pronoun, prev_speaker),
        )
        last = quotes[-1] if quotes else None
        if (
            last is not None
            and speaker is not None
            and (cue is None or cue.i == last_cue)
            and (last.speaker_start, last.speaker_end) == (speaker.start, speaker.end)
            and run.first_para == prev_last_para
            and "\n" not in body[last.end : start]
        ):  # '"A," X said. "B."': one statement in pieces, one quote
            if start < last.end:  # this piece's clause already holds the last piece: it replaces it
                if last.text == body[last.start : last.end]:  # one stretch of text: keep it whole
                    start = min(start, last.start)
                    text = body[start:end]
                quotes[-1] = dataclasses.replace(last, start=start, end=end, text=text)
            else:
                quotes[-1] = dataclasses.replace(last, end=end, text=f"{last.text} … {text}")
            # the statement goes on to here: a quote next is still its speaker's
            prev_last_para = run.last_para
            continue
        quotes.append(
            Quote(
                article_id,
                start,
                end,
                text,
                speaker.text if speaker else None,
                anonymous=speaker.anonymous if speaker else False,
                affiliation=speaker.affiliation if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
            )
        )
        last_cue = cue.i if cue is not None else None
        if speaker is not None:
            prev_speaker = speaker
            prev_last_para = run.last_para
        else:
            prev_last_para = -9
    return quotes


def _paragraph_credit(body: str, run: Run, paras: list[tuple[int, int]]) -> re.Match[str] | None:
    """A paragraph that opens with this quotation and ends '...” ― Name' credits it, even when a quotation
    nested inside split the run ('“... what he calls “hell” than ...” ― Name')."""
    ps, pe = paras[run.last_para]
    if run.first_para != run.last_para or run.start > ps + 1:
        return None
    close = max(body.rfind("”", run.end, pe), body.rfind('"', run.end, pe))
    return _DASH_CREDIT.match(body, close, pe) if close >= 0 else None
