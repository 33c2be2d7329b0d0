"""Settings take effect: through the public API (build, ingest, brief), on the command line (-s group.field=value,
`storyline settings`), and against the clustering model's fitted parameters."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.cluster.stories import FITTED_PARAMS, load_model
from storyline.errors import SettingsError
from storyline.settings import DEFAULTS, Settings, describe, with_overrides

PIPELINE = Path(__file__).parent / "fixtures" / "pipeline"
# two reports of one meeting: a quote attributed through "..., Lavrov said", and a surname spelled two ways
PEOPLE = Path(__file__).parent / "fixtures" / "settings"


def _set(**groups: dict) -> Settings:
    return replace(DEFAULTS, **{g: replace(getattr(DEFAULTS, g), **v) for g, v in groups.items()})


def _built(tmp_path: Path, corpus: Path, settings: Settings = DEFAULTS, name: str = "s.db"):
    store = storyline.open_store(tmp_path / name)
    storyline.ingest(store, [str(corpus)], settings)
    storyline.build(store, settings=settings)
    return store


# -- the registry --


def test_every_setting_has_a_help_line_and_a_parseable_default():
    rows = describe()
    assert len(rows) == sum(len(fields(getattr(DEFAULTS, g.name))) for g in fields(DEFAULTS))
    for name, _kind, value, help_text in rows:
        assert help_text.strip(), name
        assert with_overrides(DEFAULTS, [f"{name}={value}"]) == DEFAULTS, name  # the printed value reads back


def test_overrides_parse_to_the_field_type():
    s = with_overrides(
        DEFAULTS, ["cluster.threshold=0.3", "clean.html_favor_precision=no", "link.min_mentions=2"]
    )
    assert (s.cluster.threshold, s.clean.html_favor_precision, s.link.min_mentions) == (0.3, False, 2)
    assert with_overrides(s, ["cluster.threshold=none"]).cluster.threshold is None


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("cluster.treshold=0.3", "did you mean cluster.threshold"),
        ("cluster.threshold=high", "takes float | None"),
        ("link.min_mentions=1.5", "takes int"),
        ("clean.html_favor_precision=maybe", "takes bool"),
        ("cluster.threshold", "name=value"),
    ],
)
def test_bad_overrides_are_named(assignment, message):
    with pytest.raises(SettingsError, match=message):
        with_overrides(DEFAULTS, [assignment])


def test_shipped_cluster_model_records_the_default_fitted_parameters():
    params = load_model(DEFAULTS.cluster.model).params
    assert set(params) == set(FITTED_PARAMS)
    for name in FITTED_PARAMS:
        assert params[name] == getattr(DEFAULTS.cluster, name), name


# -- build / ingest / brief through the public API --


def test_build_settings_reach_analysis_and_entity_resolution(tmp_path):
    default = _built(tmp_path, PEOPLE, name="a.db")
    quotes = [q for an in default.analyses().values() for q in an.quotes]
    assert [q.speaker for q in quotes] == ["Lavrov"]
    assert len([e for e in default.entities() if "Lavrov" in e.name]) == 1  # Lavrov/Lavrova merged at 0.85

    strict = _set(analyze={"max_cue_gap": 0, "quote_speaker_fill": 1.0, "surname_similarity": 0.99})
    store = _built(tmp_path, PEOPLE, strict, name="b.db")
    quotes = [q for an in store.analyses().values() for q in an.quotes]
    # analyze(): the speech verb is now too far from the quote, so the cue-less quotation opening its paragraph
    # goes to the subject of the paragraph before (the whole phrase), no longer to the cue's "Lavrov"
    assert [q.speaker for q in quotes] == ["Russian Foreign Minister Sergey Lavrov"]
    assert len([e for e in store.entities() if "Lavrov" in e.name]) == 2  # resolve_entities(): not merged


def test_build_settings_reach_clustering_and_dedup(tmp_path):
    default = _built(tmp_path, PIPELINE, name="a.db")
    report_stories = len(default.stories())
    assert report_stories == 2

    store = _built(tmp_path, PIPELINE, _set(cluster={"threshold": 0.999}), name="b.db")
    assert len(store.stories()) > report_stories  # nothing joins at a 0.999 join probability

    # long shingles and high thresholds: the fixture's lightly edited wire copy no longer counts as a copy
    strict_dedup = _set(
        dedup={
            "shingle_size": 40,
            "near_threshold": 0.95,
            "candidate_threshold": 0.95,
            "syndicated_threshold": 0.97,
        }
    )
    store = _built(tmp_path, PIPELINE, strict_dedup, name="c.db")
    assert all(dup is None for dup, _ in store.placements().values())
    assert any(dup is not None for dup, _ in default.placements().values())


def test_ingest_settings_reach_readers_and_extract(tmp_path):
    store = storyline.open_store(tmp_path / "s.db")
    report = storyline.ingest(store, [str(PEOPLE)], _set(clean={"min_body_chars": 5000}))
    assert (report.added, report.rejected) == (0, 2)
    assert all("body too short" in r.reason for r in report.rejects)
    report = storyline.ingest(
        storyline.open_store(tmp_path / "t.db"), [str(PEOPLE)], _set(ingest={"max_bytes": 100})
    )
    assert (report.added, report.rejected) == (0, 2)


def test_brief_settings_take_effect(tmp_path):
    store = _built(tmp_path, PIPELINE)
    story = max(store.stories(), key=lambda s: len(s.article_ids))
    assert len(storyline.brief(store, story.id).summary) > 1
    assert len(storyline.brief(store, story.id, _set(brief={"summary_sentences": 1})).summary) == 1


def test_cluster_model_fitted_parameters_are_checked(tmp_path):
    store = storyline.open_store(tmp_path / "s.db")
    storyline.ingest(store, [str(PEOPLE)])
    for name, value in (("lead_chars", 300), ("max_gap_days", 3.0), ("idf_min_docs", 10)):
        with pytest.raises(SettingsError) as err:
            storyline.build(store, settings=_set(cluster={name: value}))
        fitted = getattr(DEFAULTS.cluster, name)
        assert f"cluster.{name} is {value}" in str(err.value)
        assert f"fitted with {float(fitted)}" in str(err.value)


# -- the command line --

runner = CliRunner()


def test_settings_command_lists_every_setting():
    result = runner.invoke(app, ["settings", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [r["name"] for r in listed] == [name for name, *_ in describe()]
    assert all(r["help"] for r in listed)
    text = runner.invoke(app, ["settings", "-s", "cluster.threshold=0.3"]).stdout
    assert "cluster.threshold = 0.3" in text and "link.gap_scale_days = 12000.0" in text


@pytest.mark.parametrize(
    "command", [["ingest", "x.txt"], ["build"], ["brief", "s1"], ["report", "out"], ["settings"]]
)
def test_unknown_or_bad_setting_is_a_one_line_usage_error(tmp_path, command):
    db = ["--db", str(tmp_path / "s.db")] if command[0] != "settings" else []
    result = runner.invoke(app, [*command, *db, "-s", "cluster.treshold=0.3"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown setting 'cluster.treshold'" in result.stderr and "cluster.threshold" in result.stderr
    result = runner.invoke(app, [*command, *db, "--setting", "cluster.threshold=high"])
    assert result.exit_code == 2
    assert "cluster.threshold takes float | None, not 'high'" in result.stderr


def test_cli_settings_reach_ingest_and_build(tmp_path):
    db = str(tmp_path / "s.db")
    result = runner.invoke(
        app, ["ingest", str(PEOPLE), "--db", db, "--json", "-s", "clean.min_body_chars=5000"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rejected"] == 2
    db = str(tmp_path / "t.db")
    assert runner.invoke(app, ["ingest", str(PIPELINE), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(
        app, ["build", "--db", db, "--json", "-s", "cluster.threshold=0.999", "-s", "pipeline.place_batch=2"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stories"] > 2


def test_cli_model_mismatch_is_a_one_line_error(tmp_path):
    db = str(tmp_path / "s.db")
    result = subprocess.run(
        [sys.executable, "-m", "storyline", "build", "--db", db, "-q", "-s", "cluster.lead_chars=300"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "cluster.lead_chars is 300" in result.stderr and "fitted with 200.0" in result.stderr


def test_dedup_thresholds_datasketch_cannot_index_are_a_settings_error():
    """A threshold so high that MinHash LSH gets fewer than two bands is a bad setting, not a crash."""
    from storyline.dedup import DuplicateIndex

    with pytest.raises(SettingsError, match="dedup.num_perm 128"):
        DuplicateIndex(_set(dedup={"candidate_threshold": 0.99, "near_threshold": 0.99}).dedup)
