"""Round 26: a row confidence whose figures hold on pages the rules never saw (pipeline/learned_rows.py
``rate_rows`` with a ``shape-26`` model; bench.train_commitment_models --model row_confidence).

The model reads how a row was read and on what page, not the subject's words; its Platt pair is fitted on
the newest released blind set alone; the trainer prints each calibration set's figures from a model that
never saw it. The rows themselves never change: only their confidence."""
from __future__ import annotations

from pathlib import Path
from datetime import datetime

import pytest

import bench.train_commitment_models as trainer
import pipeline.learned_rows as learned_rows
from pipeline.learned import LinearModel
from pipeline.learned_rows import CONFIDENCE_MODEL, RIGHT, SHAPE_FEATURES, SHAPE_FEATURES_30, PageShape, page_shape, rules_alone
from pipeline.model import article_from_paragraphs
from commitment_text import commitments_from
from rated_rows import synthetic_rated_rows

PUBLISHED = datetime(2027, 3, 4)

PLAIN = "Peru will cut its tariff on American apples to 5 percent from 12 percent."
REPORTED = "The trade minister said on Tuesday that Peru will cut its tariff on American apples to 5 percent."


def _toy_model(weights: dict[str, float], meta: dict) -> LinearModel:
    """A two-label model: ``weights`` push toward ``right`` (positive) or ``wrong`` (negative)."""
    kept = {feature: [(0, w)] if w > 0 else [(1, -w)] for feature, w in weights.items()}
    return LinearModel(CONFIDENCE_MODEL, [RIGHT, "wrong"], [1.5, 0.0], kept, meta)


@pytest.fixture
def shaped_model(monkeypatch):
    """A shape-26 model that distrusts reported sentences and trusts nothing about apples."""
    model = _toy_model({"ev:reported": -2.0, "o:apples": -3.0}, {"features": SHAPE_FEATURES, "platt": [1.0, 0.0]})
    monkeypatch.setattr(learned_rows, "load_model", lambda name, *a, **k: model if name == CONFIDENCE_MODEL else None)
    return model


def _rows(texts, **kwargs):
    return commitments_from(texts, published_at=PUBLISHED, **kwargs)


def test_a_reported_tariff_cut_is_rated_lower_than_the_same_cut_stated_plainly(shaped_model):
    plain, reported = _rows([PLAIN]), _rows([REPORTED], authors=["A. Writer"])
    assert [(r.actor, r.category, r.action, r.value_to) for r in plain] == [("PER", "tariff", "reduce", 5.0)]
    assert [(r.actor, r.category, r.action, r.value_to) for r in reported] == [("PER", "tariff", "reduce", 5.0)]
    # sigmoid(1.5) against sigmoid(1.5 - 2.0); the subject's words ("apples") are no feature of a shape-26 model
    assert plain[0].confidence == pytest.approx(0.82, abs=0.01)
    assert reported[0].confidence == pytest.approx(0.38, abs=0.01)


def test_an_older_model_still_reads_the_subjects_words(monkeypatch):
    model = _toy_model({"ev:reported": -2.0, "o:apples": -3.0}, {"platt": [1.0, 0.0]})
    monkeypatch.setattr(learned_rows, "load_model", lambda name, *a, **k: model if name == CONFIDENCE_MODEL else None)
    plain, reported = _rows([PLAIN]), _rows([REPORTED], authors=["A. Writer"])
    # sigmoid(1.5 - 3.0) for both: the old features know no reported sentence, and do read "apples"
    assert plain[0].confidence == reported[0].confidence == pytest.approx(0.18, abs=0.01)


def test_the_rows_are_the_rules_rows_with_only_their_confidence_lowered(shaped_model):
    texts = [PLAIN, "Chile agreed to buy 40 Boeing aircraft worth $6 billion.", REPORTED]
    with rules_alone():
        rules = [r.to_dict() for r in _rows(texts)]
    rated = [r.to_dict() for r in _rows(texts)]
    assert [{k: v for k, v in r.items() if k != "confidence"} for r in rated] == \
        [{k: v for k, v in r.items() if k != "confidence"} for r in rules]
    assert all(r["confidence"] <= q["confidence"] for r, q in zip(rated, rules))
    assert any(r["confidence"] < q["confidence"] for r, q in zip(rated, rules))


def test_a_sentence_without_a_commitment_stays_silent_under_the_shaped_model(shaped_model):
    assert _rows(["The minister said the talks on apples were friendly and would go on."], authors=["A. Writer"]) == []
    assert _rows(["Peru's apple harvest was 12 percent larger than last year's."]) == []


def test_the_page_kind_is_read_from_the_title_of_an_official_page_and_the_byline_of_a_story():
    def kind(title, news, wire=None):
        article = article_from_paragraphs([PLAIN], published_at=PUBLISHED, title=title)
        article.wire_agency = wire
        return page_shape(article, news).kind
    assert kind("Fact Sheet: The President Secures an Apple Deal with Peru", False) == "fact_sheet"
    assert kind("Joint Statement of the United States and Peru", False) == "joint"
    assert kind("Adjusting Imports of Apples into the United States", False) == "order"
    assert kind("Peru and the United States sign apple accord", True) == "news"
    assert kind("Peru and the United States sign apple accord", True, wire="Reuters") == "wire"
    assert kind("Remarks on the apple harvest", False) == "other"


def test_the_shape_features_say_how_the_row_was_read():
    [plain] = _rows([PLAIN])
    [reported] = _rows([REPORTED], authors=["A. Writer"])
    page = PageShape("news", 1)
    assert "ev:reported" in learned_rows.shape_features(reported, page)
    assert "ev:reported" not in learned_rows.shape_features(plain, page)
    assert {"pkind:news", "pos:lead", f"rc:{round(plain.confidence, 1)}"} <= set(learned_rows.shape_features(plain, page))
    shaped = learned_rows.confidence_features(plain, "paragraph", False, page)
    assert not any(f.startswith(("o:", "v:")) for f in shaped)
    assert any(f.startswith("o:") for f in learned_rows.confidence_features(plain, "paragraph", False))


def test_the_calibration_file_names_its_sets_oldest_first(tmp_path):
    path = tmp_path / "pages.txt"
    path.write_text("# comment\nloose-page\n# set written-1\na\nb\n# set written-2\nc\n", encoding="utf-8")
    assert trainer.calibration_sets(path) == [("", {"loose-page"}), ("written-1", {"a", "b"}), ("written-2", {"c"})]
    assert trainer.calibration_pages(path) == {"loose-page", "a", "b", "c"}
    shipped = trainer.calibration_sets()
    # each release appends its blind set: the newest comes last, and all its pages are released written gold
    numbers = [int(name.rsplit("-", 1)[1]) for name, _ in shipped if name]
    assert numbers == sorted(numbers) and shipped[-1][0] == f"written-{numbers[-1]}"
    written = Path(__file__).parent / "gold" / "commitments" / "written"
    assert shipped[-1][1] and all((written / f"{stem}.json").exists() for stem in shipped[-1][1])
    assert set().union(*(stems for _, stems in shipped)) == trainer.calibration_pages()


def _synthetic(seed: int = 3) -> list[trainer.RatedRow]:
    """Rows of a tuned set (nine in ten right) and of two blind sets (the newest six in ten), with the same
    shapes: a purchase is right more often than a talks row on every set."""
    return synthetic_rated_rows((("tuned", 0.9, 60), ("old", 0.8, 30), ("new", 0.6, 30)),
                                (("chain:purchase/purchase", 0.1), ("chain:diplomatic/negotiate", -0.2)), seed)


def test_the_platt_pair_is_fitted_on_the_newest_blind_set_alone(monkeypatch, capsys):
    rows = _synthetic()
    monkeypatch.setattr(trainer, "rated_rows", lambda sets, exclude: rows)
    monkeypatch.setattr(trainer, "calibration_sets", lambda: [
        ("old", {f"old-{i}" for i in range(30)}), ("new", {f"new-{i}" for i in range(30)})])
    model = trainer.train_row_confidence(["toy"], set())
    # (round 30) the trainer writes the round-30 features (the round-26 shapes and the row's reading)
    assert model.meta["features"] == SHAPE_FEATURES_30 and model.meta["cv"]["calibration_set"] == "new"
    newest = [r for r in rows if r.document.startswith("new-")]
    rated = [learned_rows.row_confidence(model, r.features) for r in newest]
    # the mean confidence is the newest set's share right (0.6 or so), not the pooled rows' (above 0.8)
    assert sum(rated) / len(rated) == pytest.approx(sum(r.right for r in newest) / len(newest), abs=0.05)
    out = capsys.readouterr().out
    assert "old held out" in out and "new held out" in out  # each set's figures from a model that never saw it
    assert set(model.meta["cv"]["held_out"]) == {"old", "new"}


def test_reliability_reports_recall_at_each_threshold():
    table = trainer.reliability([0.95, 0.85, 0.75, 0.3], [True, False, True, False])
    assert table["at_least"]["0.8"] == {"rows": 2, "right": 1, "precision": 0.5, "recall": 0.5}
