"""A learned second look at every row the rule chain emits (round 19, issue 4).

The decision (pipeline/learned_rows.py) reads a row and its sentence and keeps the chain's
category/action, gives another, or drops the row; it overrides the chain only when the model's
label beats the chain's by the margin its meta names. The model is data (a JSON file in
pipeline/data/models/) written by bench/train_commitment_models.py, which ships none when no
margin gains under document-level cross-validation: the rules then decide alone. These tests use
small models of their own, written to a temporary models folder, and our own sentences.
"""
import json
from datetime import datetime, timezone

import pytest

from bench.train_commitment_models import MIN_F1_GAIN, NEVER, RowDocument, fit_row_decision
from pipeline import learned
from pipeline.learned import LinearModel, load_model
from pipeline.learned_rows import DROP, MODEL_NAME, decide_rows, row_features, rules_alone
from pipeline.model import article_from_paragraphs
from tests.commitment_text import commitments_from

ON = datetime(2026, 5, 1, tzinfo=timezone.utc)
LABELS = ["market_access/relax", "none", "tariff/reduce"]


def _model(change_margin=0.3, drop_margin=0.3) -> dict:
    # the chain's own decision counts for it; a quota makes the row market access; a rumour is no row
    return {"name": MODEL_NAME, "labels": LABELS, "bias": [0.0, 0.0, 0.0],
            "meta": {"change_margin": change_margin, "drop_margin": drop_margin, "excluded_documents": 29},
            "weights": {"chain:tariff/reduce": [[2, 2.0]], "s:quota": [[0, 5.0]], "s:rumoured": [[1, 6.0]]}}


@pytest.fixture
def models(tmp_path, monkeypatch):
    """A models folder of the test's own; ``models(data)`` ships a row-decision model."""
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    learned.forget_models()

    def ship(data):
        (tmp_path / f"{MODEL_NAME}.json").write_text(json.dumps(data))
        learned.forget_models()
    yield ship
    learned.forget_models()


def _rows(text, **kwargs):
    return [(r.actor, r.category, r.action, r.value_to) for r in commitments_from([text], published_at=ON, **kwargs)]


KEPT = [
    "Japan will cut tariffs on U.S. cars to 15 percent.",
    "Under the deal, Vietnam will lower its duties on American pork to 5%.",
    "Seoul agreed to trim its levy on U.S. almonds to 2 per cent.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_row_the_model_agrees_with_is_left_as_the_chain_made_it(models, text):
    with rules_alone():
        alone = commitments_from([text], published_at=ON)
    models(_model())
    decided = commitments_from([text], published_at=ON)
    assert [r.to_dict() for r in decided] == [r.to_dict() for r in alone]
    assert decided and all(r.confidence == a.confidence for r, a in zip(decided, alone))


RELABELLED = [
    ("Japan will cut tariffs on U.S. rice within a new quota of 50,000 tons.", "JPN"),
    ("Vietnam is to lower its duties on American pork inside a quota of 20,000 tonnes.", "VNM"),
    ("Within a tariff-rate quota of 4,000 tons, Korea will reduce its duty on U.S. oranges to 3 percent.", "KOR"),
]


@pytest.mark.parametrize("text, actor", RELABELLED)
def test_a_row_the_model_reads_as_another_category_gets_it_with_a_lower_confidence(models, text, actor):
    with rules_alone():
        alone = commitments_from([text], published_at=ON)
    assert ("tariff", "reduce") in [(r.category, r.action) for r in alone if r.actor == actor]
    models(_model())
    decided = commitments_from([text], published_at=ON)
    changed = [r for r in decided if r.actor == actor and r.category == "market_access"]
    assert changed and all(r.action == "relax" and r.confidence < 1.0 for r in changed)
    before = {(r.char_start, r.char_end, r.evidence) for r in alone}
    assert {(r.char_start, r.char_end, r.evidence) for r in changed} <= before  # the same evidence and offsets
    assert {r.commitment_id for r in changed}.isdisjoint({r.commitment_id for r in alone})


DROPPED = [
    "Japan could cut tariffs on U.S. beef to 9 percent, one rumoured draft said.",
    "Vietnamese duties on American pork are to be lowered to 5% under a rumoured draft.",
    "A rumoured plan has Seoul trimming its levy on U.S. almonds to 2 per cent.",
]


@pytest.mark.parametrize("text", DROPPED)
def test_a_row_the_model_reads_as_no_commitment_is_dropped(models, text):
    with rules_alone():
        assert commitments_from([text], published_at=ON)
    models(_model())
    assert commitments_from([text], published_at=ON) == []


def test_a_lead_below_the_margin_leaves_the_chain_deciding(models):
    models(_model(change_margin=0.999, drop_margin=0.999))
    assert _rows(RELABELLED[0][0]) == [("JPN", "tariff", "reduce", None)]
    assert _rows(DROPPED[0])[0][1:3] == ("tariff", "reduce")


def test_without_a_model_file_the_rules_decide_alone(models):
    assert load_model(MODEL_NAME) is None
    for text in KEPT + [t for t, _ in RELABELLED] + DROPPED:
        with rules_alone():
            alone = commitments_from([text], published_at=ON)
        assert [r.to_dict() for r in commitments_from([text], published_at=ON)] == [r.to_dict() for r in alone]


def test_a_shipped_model_was_trained_without_the_validation_pages():
    learned.forget_models()
    model = load_model(MODEL_NAME)
    if model is None:
        pytest.skip("no row-decision model shipped: under cross-validation it gained nothing, the rules decide alone")
    assert model.meta["excluded_documents"] >= 29 and "written" in model.meta["sets"]
    cv = model.meta["cv"]
    if model.meta.get("decision") != DROP:
        assert cv["right"] >= cv["rules_right"] - 10
        return
    # (round 45) a model that only drops rows loses some right ones: under cross-validation it dropped more wrong
    # rows than it lost right ones, and gained whole-row F1 by the trainer's bar
    lost = cv["rules_right"] - cv["right"]
    assert cv["rules_emitted"] - cv["emitted"] - lost > lost
    assert 2 * cv["right"] / (cv["emitted"] + cv["gold"]) >= 2 * cv["rules_right"] / (cv["rules_emitted"] + cv["gold"]) + MIN_F1_GAIN


def test_features_name_the_chains_decision_the_verb_before_the_subject_and_the_row_shape():
    article = article_from_paragraphs(["Japan will cut tariffs on U.S. cars to 15 percent."])
    with rules_alone():
        from pipeline.commitments import extract_commitments
        row, = extract_commitments(article)
    features = set(row_features(row, "list_item", True))
    assert {"chain:tariff/reduce", "chaincat:tariff", "pk:list_item", "page:news", "has:rate",
            "s:cut", "o:tariffs", "v:cut", "s2:<number>_percent"} <= features
    assert not any("15" in f for f in features)  # a figure's shape, never its value


# -- the trainer's margin choice, on documents of our own making ------------------------------------

def _document(i: int, spurious: bool) -> RowDocument:
    # every page has a right row; on half the pages a second row rests on a rumour and the gold has none
    evidence = f"Country {i} will cut tariffs on cars to {10 + i} percent."
    right = {"actor": "JPN", "category": "tariff", "action": "reduce", "value_to": 10 + i, "unit": "percent",
             "evidence": evidence}
    gold = [dict(right, anchor=evidence)]
    rows, features, labels = [right], [["chain:tariff/reduce", "s:cut", "s:cars"]], ["tariff/reduce"]
    if spurious:
        rows.append({"actor": "JPN", "category": "tariff", "action": "reduce", "value_to": 5, "unit": "percent",
                     "evidence": f"A rumoured draft {i} cuts duties to 5 percent."})
        features.append(["chain:tariff/reduce", "s:rumoured", "s:draft"])
        labels.append("none")
    return RowDocument(f"page-{i}", "written", gold, rows, features, labels)


def test_the_trainer_chooses_a_drop_margin_that_gains_under_cross_validation():
    documents = [_document(i, spurious=i % 2 == 0) for i in range(40)]
    model = fit_row_decision(documents, {"sets": ["written"], "excluded_documents": 0}, gold_total=40)
    assert model is not None and model.meta["drop_margin"] < NEVER
    assert model.meta["cv"]["emitted"] < model.meta["cv"]["rules_emitted"]
    assert model.meta["cv"]["right"] == model.meta["cv"]["rules_right"] == 40


def test_the_trainer_ships_no_model_when_nothing_beats_the_rules():
    documents = [_document(i, spurious=False) for i in range(40)]
    for document in documents[::2]:
        document.labels = ["none"]  # a right-looking row the gold sometimes has and sometimes not: nothing to learn
        document.gold = []
    assert fit_row_decision(documents, {"sets": ["written"], "excluded_documents": 0}, gold_total=20) is None


def test_the_cli_removes_an_older_model_when_nothing_is_learned_and_writes_one_with_its_meta(tmp_path, monkeypatch):
    import bench.train_commitment_models as trainer
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    (tmp_path / "stale.json").write_text(json.dumps(_model()))
    names = tmp_path / "names.txt"
    names.write_text("page-a\npage-b\n")
    seen = []

    def nothing(sets, exclude):
        seen.append(set(exclude))
        return None

    def something(sets, exclude):
        return LinearModel("fresh", LABELS, [0.0, 0.0, 0.0], {}, {"excluded_documents": len(exclude)})
    monkeypatch.setattr(trainer, "MODELS", {"stale": nothing, "fresh": something})
    assert trainer.main(["--exclude", str(names)]) == 0
    assert seen == [{"page-a", "page-b"}]  # the validation names reach the model's trainer
    assert not (tmp_path / "stale.json").exists()  # an older file would go on deciding
    assert json.loads((tmp_path / "fresh.json").read_text())["meta"]["excluded_documents"] == 2
    learned.forget_models()
