"""Round 30: the row confidence reads how a row sits in its sentence and its page (pipeline/learned_rows.py
``reading_features``, read by a ``shape-30`` model; bench.train_commitment_models --model row_confidence).

Where the subject begins in its sentence, how many countries the sentence names, how many rows of the page say
the same category/action. A model without the ``shape-30`` meta reads rows as before; the rows themselves never
change, only their confidence."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest

import bench.train_commitment_models as trainer
import pipeline.learned_rows as learned_rows
from pipeline.learned import LinearModel
from pipeline.learned_rows import CONFIDENCE_MODEL, RIGHT, SHAPE_FEATURES, SHAPE_FEATURES_30, rules_alone
from commitment_text import commitments_from
from rated_rows import synthetic_rated_rows

PUBLISHED = datetime(2027, 5, 11)

# the team's own sentences
EARLY = "Uruguay will lower its duty on American walnuts to 4 percent."
LATE = ("After weeks of meetings in Geneva and a long exchange of letters between the two capitals over the "
        "summer, Uruguay will lower its duty on American walnuts to 4 percent.")
TWO_PLEDGES = ["Uruguay will lower its duty on American walnuts to 4 percent.",
               "Uruguay will also lower its duty on American almonds to 6 percent."]
SILENT = "The walnut harvest in Uruguay was 9 percent larger than in the year before."


def _toy_model(weights: dict[str, float], meta: dict) -> LinearModel:
    """A two-label model: ``weights`` push toward ``right`` (positive) or ``wrong`` (negative)."""
    kept = {feature: [(0, w)] if w > 0 else [(1, -w)] for feature, w in weights.items()}
    return LinearModel(CONFIDENCE_MODEL, [RIGHT, "wrong"], [1.5, 0.0], kept, meta)


def _use(monkeypatch, model):
    monkeypatch.setattr(learned_rows, "load_model", lambda name, *a, **k: model if name == CONFIDENCE_MODEL else None)


def _rows(texts, **kwargs):
    return commitments_from(texts, published_at=PUBLISHED, **kwargs)


def _seen(rows):
    return [(r.actor, r.category, r.action, r.value_to) for r in rows]


# a model that distrusts a subject deep in its sentence and trusts a page's repeated category/action
READING = {"subat:>100": -2.0, "labrep:2": 1.0}


def test_a_cut_whose_subject_stands_late_in_its_sentence_is_rated_lower(monkeypatch):
    _use(monkeypatch, _toy_model(READING, {"features": SHAPE_FEATURES_30, "platt": [1.0, 0.0]}))
    early, late = _rows([EARLY]), _rows([LATE])
    assert _seen(early) == _seen(late) == [("URY", "tariff", "reduce", 4.0)]
    # sigmoid(1.5) against sigmoid(1.5 - 2.0)
    assert early[0].confidence == pytest.approx(0.82, abs=0.01)
    assert late[0].confidence == pytest.approx(0.38, abs=0.01)


def test_a_page_that_says_the_same_cut_twice_rates_both_rows_higher(monkeypatch):
    _use(monkeypatch, _toy_model(READING, {"features": SHAPE_FEATURES_30, "platt": [1.0, 0.0]}))
    rows = _rows(TWO_PLEDGES)
    assert _seen(rows) == [("URY", "tariff", "reduce", 4.0), ("URY", "tariff", "reduce", 6.0)]
    # sigmoid(1.5 + 1.0) for each: two rows of the page say tariff/reduce
    assert [r.confidence for r in rows] == [pytest.approx(0.92, abs=0.01)] * 2


def test_a_round_26_model_reads_the_rows_as_before(monkeypatch):
    # the same weights under the older meta: the new readings are no feature, the confidence is sigmoid(1.5)
    _use(monkeypatch, _toy_model(READING, {"features": SHAPE_FEATURES, "platt": [1.0, 0.0]}))
    assert [r.confidence for r in _rows([LATE])] == [pytest.approx(0.82, abs=0.01)]
    assert [r.confidence for r in _rows(TWO_PLEDGES)] == [pytest.approx(0.82, abs=0.01)] * 2


def test_the_rows_are_the_rules_rows_with_only_their_confidence_changed(monkeypatch):
    _use(monkeypatch, _toy_model(READING, {"features": SHAPE_FEATURES_30, "platt": [1.0, 0.0]}))
    texts = [LATE, *TWO_PLEDGES]
    with rules_alone():
        rules = [r.to_dict() for r in _rows(texts)]
    rated = [r.to_dict() for r in _rows(texts)]
    assert [{k: v for k, v in r.items() if k != "confidence"} for r in rated] == \
        [{k: v for k, v in r.items() if k != "confidence"} for r in rules]
    assert all(r["confidence"] <= q["confidence"] for r, q in zip(rated, rules))


def test_a_sentence_without_a_commitment_stays_silent_under_the_new_model(monkeypatch):
    _use(monkeypatch, _toy_model(READING, {"features": SHAPE_FEATURES_30, "platt": [1.0, 0.0]}))
    assert _rows([SILENT]) == []
    assert _rows(["Officials from Uruguay and Paraguay met in Montevideo to discuss the weather."]) == []


def test_the_reading_features_name_the_subjects_place_the_countries_and_the_repeats():
    [early], [late] = _rows([EARLY]), _rows([LATE])
    labels = Counter({("tariff", "reduce"): 3})
    assert learned_rows.reading_features(early, labels) == ["subat:30", "nctry:2", "labrep:4"]  # the subject: "its duty on ..."
    late_features = learned_rows.reading_features(late, Counter({("tariff", "reduce"): 1}))
    assert late_features[0] == "subat:>100" and late_features[2] == "labrep:1"
    # the rows of one sentence share its count of countries
    shared: dict = {}
    learned_rows.reading_features(early, labels, shared)
    assert shared == {early.evidence: 2}


def _synthetic(seed: int = 5) -> list[trainer.RatedRow]:
    """A tuned set and three blind sets, each blind set right less often than the one before."""
    return synthetic_rated_rows((("tuned", 0.9, 40), ("b1", 0.8, 20), ("b2", 0.7, 20), ("b3", 0.6, 20)),
                                (("subat:0", 0.1), ("subat:>100", -0.3)), seed)


def test_the_trainer_tests_each_new_set_forward_on_the_sets_before_it(monkeypatch, capsys):
    rows = _synthetic()
    monkeypatch.setattr(trainer, "rated_rows", lambda sets, exclude: rows)
    monkeypatch.setattr(trainer, "calibration_sets", lambda: [
        (name, {f"{name}-{i}" for i in range(20)}) for name in ("b1", "b2", "b3")])
    model = trainer.train_row_confidence(["toy"], set())
    assert model.meta["features"] == SHAPE_FEATURES_30
    out = capsys.readouterr().out
    assert "b2 forward" in out and "b3 forward" in out and "b1 forward" not in out
    assert set(model.meta["cv"]["forward"]) == {"b2", "b3"}
    # a forward step never trains on the set it tests, nor on a newer one: b2's figures count b2's rows only
    assert model.meta["cv"]["forward"]["b2"]["rows"] == 20 * 8


def test_the_countries_of_a_sentence_are_read_from_its_paragraphs_scan_as_from_its_own():
    from pipeline.actors import alias_matches, mention_countries
    paragraph = ("Chile and Peru met in Lima on Monday. Uruguay will lower its duty on American walnuts to 4 percent, "
                 "Brazilian officials said. Nothing else was agreed.")
    for sentence in ("Chile and Peru met in Lima on Monday.",
                     "Uruguay will lower its duty on American walnuts to 4 percent, Brazilian officials said.",
                     "Nothing else was agreed.", "A sentence from another page about Japan."):
        own = len({country for country, _ in mention_countries(sentence)})
        assert learned_rows.sentence_countries(sentence, paragraph, alias_matches) == own
    assert learned_rows.sentence_countries("Chile and Peru met in Lima on Monday.", paragraph, alias_matches) == 2
