"""Round 30 (issue 4): the silent detector read by the sentence's shape, and the trainer's forward steps (LN).

- a detector whose meta says ``features: shape`` scores a sentence by its clause and measure facts
  (``learned_sentences.shape_features``: the measure noun's class, a rate / sum / tonnage present, the modal, the
  tense, a quote, the verb's lemma after the modal) rather than by its every word, so that it is not tied to the
  wordings of the pages it was trained on; a detector without that meta reads words as before;
- the trainer's ``--detector-features`` / ``--detector-l2`` options and ``--forward``: the models trained on every
  set before one of the newest released sets, read on that set (``silent_forward``).

Our own sentences only (never text from the shared or written pages), read with small models of the test's own.
"""
import json

import pytest

from bench import train_commitment_models as trainer
from pipeline import learned, learned_sentences as ls
from pipeline.learned import LinearModel
from tests.commitment_text import learned_rows


def story_rows(*paragraphs):
    """The learned rows of a bylined story (the news register)."""
    return learned_rows(list(paragraphs), title="Zambia trade round-up", authors=["A. Reporter"])


def shown(rows):
    return [(r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows]


@pytest.fixture
def shape_models(tmp_path, monkeypatch):
    """Ship a shape detector that passes a sentence only when it holds the given shape feature, and a category model
    that always says ``category/action``."""
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)

    def write(feature, category_action, features="shape"):
        detector = LinearModel(ls.DETECTOR, ["no", "yes"], [3.0, -3.0], {feature: [(1, 6.0)]},
                               {"threshold": 0.5, "threshold_news": 0.5, "features": features})
        category = LinearModel(ls.CATEGORY, [category_action], [0.0], {}, {})
        for model in (detector, category):
            (tmp_path / f"{model.name}.json").write_text(json.dumps(model.to_json()), encoding="utf-8")
        learned.forget_models()
        ls.forget_reader()

    yield write
    learned.forget_models()
    ls.forget_reader()


# --- the shape features --------------------------------------------------------------------------------------------

def test_shape_features_name_the_measure_the_figures_the_modal_and_the_verb():
    features = ls.shape_features("Zambia will trim its 20 percent levy on imported cement, the minister said.")
    for feature in ("m:tariff", "n:percent", "n:number", "modal:will", "v:trim", "quote"):
        assert feature in features
    assert not any(f.startswith("s:") or f.startswith("s2:") for f in features)


def test_shape_features_of_a_sentence_with_no_measure():
    features = ls.shape_features("Zambia's copper output rose last year.")
    assert "m:none" in features and "n:nopercent" in features and "modal:none" in features


def test_a_verb_lemma_is_its_stem():
    assert "v:restrict" in ls.shape_features("Zambia has agreed to restricting sales of raw cobalt abroad.")
    assert "v:cap" in ls.shape_features("Zambia will cap maize exports at 5,000 tonnes.")


# --- a shape detector in the extractor -----------------------------------------------------------------------------

def test_a_shape_detector_reads_a_quota_sentence(shape_models):
    shape_models("m:quota", "import_restriction/relax")
    rows = story_rows("LUSAKA - Zambia will admit 12,000 tonnes of Malawian sugar each year under a new quota, "
                      "officials said.")
    assert shown(rows) == [("ZMB", "import_restriction", "relax", None, None, 12000.0)]


def test_a_shape_detector_reads_a_licence_sentence_whatever_its_words(shape_models):
    shape_models("m:licence", "export_control/restrict")
    rows = story_rows("LUSAKA - Zambia will demand permits from next month for manganese leaving the country, the "
                      "mines ministry said.")
    assert shown(rows) == [("ZMB", "export_control", "restrict", None, None, None)]


def test_a_shape_detector_leaves_a_sentence_without_its_shape_silent(shape_models):
    shape_models("m:quota", "tariff/reduce")
    assert story_rows("LUSAKA - Zambia will charge a lower duty on Malawian sugar, the trade ministry said.") == []


def test_a_words_detector_does_not_read_shape_features(shape_models):
    # the same weight in a detector trained on words: the feature is never produced, the sentence stays silent
    shape_models("m:quota", "tariff/reduce", features="words")
    assert story_rows("LUSAKA - Zambia will admit 12,000 tonnes of Malawian sugar each year under a new quota, "
                      "officials said.") == []


# --- the trainer ----------------------------------------------------------------------------------------------------

def test_the_trainer_writes_the_detector_recipe_in_its_meta(monkeypatch):
    seen = {}

    def fake_train(name, examples, **kw):
        seen.update(kw, examples=examples)
        return LinearModel(name, ["no", "yes"], [0.0, 0.0], {}, kw["meta"])

    monkeypatch.setattr(trainer, "train_linear", fake_train)
    monkeypatch.setattr(trainer, "SILENT_RECIPE", {"features": "shape", "l2": 0.05})

    class Record:
        gold = [{"category": "tariff"}]

    class Sentence:
        detector, shape, record = ["s:word"], ["m:tariff"], Record()

    class Document:
        sentences = [Sentence()]

    model = trainer._silent_detector([Document()], {"threshold": 0.6})
    assert model.meta["features"] == "shape" and model.meta["threshold"] == 0.6
    assert seen["l2"] == 0.05 and seen["examples"] == [(["m:tariff"], "yes")]


def test_forward_steps_train_only_on_the_sets_before_each_held_set(monkeypatch):
    trained, read = [], []

    class Document:
        def __init__(self, name):
            self.name = name

    documents = [Document(n) for n in ("old-a", "old-b", "mid-a", "new-a")]
    monkeypatch.setattr(trainer, "_silent_detector", lambda docs: trained.append(sorted(d.name for d in docs)))
    monkeypatch.setattr(trainer, "_silent_category", lambda docs: None)
    monkeypatch.setattr(trainer, "silent_read_fold",
                        lambda docs, detector, category: read.append(sorted(d.name for d in docs)) or [])
    result = trainer.silent_forward(documents, [("mid", {"mid-a"}), ("new", {"new-a"})])
    assert trained == [["old-a", "old-b"], ["mid-a", "old-a", "old-b"]]
    assert read == [["mid-a"], ["new-a"]]
    assert set(result["by_set"]) == {"mid", "new"} and set(result) >= {"official", "news"}


def test_thresholds_from_the_forward_steps(monkeypatch):
    # --threshold-from forward: the detector's thresholds come from the forward curve, not from the document folds
    curve = {t: {"emitted": 10 if t <= 0.6 else 0, "right": 6 if t == 0.6 else 2 if t < 0.6 else 0, "news_emitted": 0}
             for t in trainer.SILENT_THRESHOLDS}
    monkeypatch.setattr(trainer, "SILENT_RECIPE", {"features": "words", "l2": 1e-3, "threshold_from": "forward"})
    monkeypatch.setattr(trainer, "_silent_loaded", lambda sets, exclude: [])
    monkeypatch.setattr(trainer, "calibration_sets", lambda: [("written-x", {"a"})])
    monkeypatch.setattr(trainer, "silent_forward",
                        lambda documents, held: {"official": curve, "news": curve, "by_set": {}})
    monkeypatch.setattr(trainer, "silent_cross_validate_by_register",
                        lambda documents: pytest.fail("the folds are not read"))
    monkeypatch.setattr(trainer, "_silent_detector", lambda documents, meta: LinearModel("d", ["no", "yes"], [0, 0], {}, meta))
    model = trainer.train_silent_detector([], set())
    assert model.meta["threshold_from"] == "forward" and model.meta["threshold_news"] == 0.6
