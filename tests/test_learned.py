"""The learned-decision core: features, the linear model as data, training and its data.

Round 19 (issue 4): decisions learned from the gold need features that generalise (number
shapes, not values), a model file that loads or fails with its name, training that is
repeatable, and training data that attaches each gold row to its own sentence.
"""
import json

import pytest

from bench.gold import load_gold
from bench.learning import document_folds, document_sentences, train_linear, training_sentences
from pipeline import learned
from pipeline.learned import LinearModel, load_model, text_features, tokens
from pipeline.model import article_from_paragraphs


def test_numbers_become_shapes_so_a_model_learns_the_form_not_the_figure():
    assert tokens("Duties fall to 15% from 27.5 per cent in 2026.") == [
        "duties", "fall", "to", "<number>", "%", "from", "<decimal>", "per", "cent", "in", "<year>"]
    assert set(text_features("cut to 15%")) == set(text_features("cut to 17%"))


def test_pairs_are_features_of_their_own_kind():
    features = set(text_features("will not raise duties", prefix="s"))
    assert {"s:not", "s:raise", "s2:not_raise"} <= features
    assert not any(f.startswith("s2:") for f in text_features("will not raise", prefix="s", pairs=False))


SEPARABLE = [
    (["w:cut", "w:tariffs"], "reduce"), (["w:lower", "w:duties"], "reduce"), (["w:cut", "w:duties"], "reduce"),
    (["w:raise", "w:tariffs"], "increase"), (["w:hike", "w:duties"], "increase"), (["w:raise", "w:duties"], "increase"),
    (["w:lower", "w:tariffs"], "reduce"), (["w:hike", "w:tariffs"], "increase"),
]


def test_a_trained_model_decides_unseen_combinations_of_seen_words():
    model = train_linear("direction", SEPARABLE, min_count=1, epochs=30)
    assert model.labels == ["increase", "reduce"]
    assert model.best(["w:cut", "w:levies"])[0] == "reduce"
    assert model.best(["w:hike", "w:levies"])[0] == "increase"
    label, probability = model.best(["w:unknown"])
    assert 0.3 < probability < 0.7  # nothing learned about it: no confident answer


def test_training_is_repeatable_and_rare_features_are_dropped():
    first = train_linear("direction", SEPARABLE + [(["w:once"], "reduce")], min_count=2)
    second = train_linear("direction", SEPARABLE + [(["w:once"], "reduce")], min_count=2)
    assert first.to_json() == second.to_json()
    assert "w:once" not in first.weights


def test_training_refuses_what_cannot_be_a_decision():
    with pytest.raises(ValueError, match="'empty': no training examples"):
        train_linear("empty", [])
    with pytest.raises(ValueError, match="'single': one label only"):
        train_linear("single", [(["w:a"], "yes"), (["w:b"], "yes")])


def test_a_model_is_data_that_round_trips_and_loads_once(tmp_path, monkeypatch):
    model = train_linear("direction", SEPARABLE, min_count=1)
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    learned.forget_models()
    (tmp_path / "direction.json").write_text(json.dumps(model.to_json()))
    loaded = load_model("direction")
    assert loaded is load_model("direction")
    assert loaded.best(["w:cut"]) == pytest.approx(model.best(["w:cut"]), abs=1e-4)
    assert load_model("absent") is None  # no file shipped: the rules decide alone
    learned.forget_models()


def test_a_malformed_model_file_names_itself(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    learned.forget_models()
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(ValueError, match="broken.json: not JSON"):
        load_model("broken")
    with pytest.raises(ValueError, match="'bad': labels, bias and weights disagree"):
        LinearModel.from_json({"name": "bad", "labels": ["a", "b"], "bias": [0.0], "weights": {}})
    learned.forget_models()


def test_gold_rows_attach_to_the_sentence_holding_their_anchor():
    article = article_from_paragraphs([
        "Officials met in Geneva on Monday. Washington will cut tariffs on cars to 15 percent.",
        "Tokyo will buy 100 aircraft.",
    ])
    gold = [{"anchor": "cut tariffs on cars", "actor": "USA", "category": "tariff", "action": "reduce",
             "value_to": 15, "unit": "percent"},
            {"anchor": "buy 100 aircraft", "actor": "JPN", "category": "purchase", "action": "purchase",
             "amount": 100}]
    records = document_sentences("doc", "samples", article, gold, [])
    assert [r.text for r in records] == ["Officials met in Geneva on Monday.",
                                         "Washington will cut tariffs on cars to 15 percent.",
                                         "Tokyo will buy 100 aircraft."]
    assert [len(r.gold) for r in records] == [0, 1, 1]
    assert records[1].paragraph_index == 0 and records[2].paragraph_index == 1


def test_training_sentences_cover_every_sample_gold_row_and_pair_the_extractors_rows():
    records = training_sentences(["samples"])
    gold_total = sum(len(doc.rows) for doc in load_gold("commitments", "samples"))
    assert sum(len(r.gold) for r in records) == gold_total
    paired = [g for r in records for g in r.paired_gold if g is not None]
    assert len(paired) >= 0.95 * gold_total
    with pytest.raises(ValueError, match="held-out sets are never trained on"):
        training_sentences(["white-house-holdout-5"])


def test_folds_split_documents_stably():
    names = [f"page-{i}" for i in range(40)]
    folds = document_folds(names, 5)
    assert folds == document_folds(list(reversed(names)), 5)
    assert set(folds.values()) == {0, 1, 2, 3, 4}
