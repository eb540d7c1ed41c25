"""Round 45: the row decision that only drops rows (pipeline/learned_rows.py ``drop_rows``).

A binary keep/none model reads a row's subject, the verb before it, the chain's decision and the row's shape --
not its sentence's words -- and drops the row when its P(none) passes its register's threshold (chosen by
cross-validation, bench/train_commitment_models.py ``fit_row_drop``). The tests ship small models of their own to a
temporary models folder and use our own sentences.
"""
import json
from datetime import datetime, timezone

from bench.train_commitment_models import NEVER, RowDocument, fit_row_drop
from pipeline import learned
from pipeline.learned_rows import DROP, MODEL_NAME, rules_alone
from tests.test_commitments_decide_r19 import models  # noqa: F401 (the fixture: a models folder of the test's own)
from tests.commitment_text import bylined_story, commitments_from, triples

ON = datetime(2026, 5, 1, tzinfo=timezone.utc)
FIRM = "Japan will cut tariffs on U.S. cars to 15 percent."
HEDGED = "Japan could cut tariffs on U.S. beef to 9 percent."


def _drop_model(official=0.5, news=0.5) -> dict:
    # a row whose subject is governed by "could" is, for this model, a row the gold would not have
    return {"name": MODEL_NAME, "labels": ["keep", "none"], "bias": [1.0, -1.0],
            "meta": {"decision": DROP, "drop_threshold": {"official": official, "news": news}, "excluded_documents": 265},
            "weights": {"v:could": [[1, 4.0]], "s:could": [[1, 9.0]]}}


def test_a_row_the_drop_model_reads_as_none_goes_and_the_others_stay_as_the_chain_made_them(models):
    with rules_alone():
        alone = commitments_from([FIRM, HEDGED], published_at=ON)
    assert len(alone) == 2
    models(_drop_model())
    rows = commitments_from([FIRM, HEDGED], published_at=ON)
    assert [r.to_dict() for r in rows] == [r.to_dict() for r in alone if r.evidence == FIRM]


def test_each_register_has_its_own_threshold(models):
    models(_drop_model(official=0.99, news=0.5))
    assert triples(commitments_from([HEDGED], published_at=ON)) == [("JPN", "tariff", "reduce")]
    assert bylined_story(HEDGED, published_at=ON) == []


def test_the_drop_model_never_reads_the_sentences_words(models):
    # "could" weighs as a sentence word too, yet only its place before the subject counts
    models(_drop_model())
    text = "Japan will cut tariffs on U.S. cars to 15 percent, though it could wait."
    with rules_alone():
        alone = commitments_from([text], published_at=ON)
    assert alone and triples(commitments_from([text], published_at=ON)) == triples(alone)


def _document(i: int, spurious: bool) -> RowDocument:
    evidence = f"Country {i} will cut tariffs on cars to {10 + i} percent."
    right = {"actor": "JPN", "category": "tariff", "action": "reduce", "value_to": 10 + i, "unit": "percent",
             "evidence": evidence}
    rows, features, labels = [right], [["chain:tariff/reduce", "v:will"]], ["tariff/reduce"]
    if spurious:
        rows.append({"actor": "JPN", "category": "tariff", "action": "reduce", "value_to": 5, "unit": "percent",
                     "evidence": f"Country {i} could cut duties to 5 percent."})
        features.append(["chain:tariff/reduce", "v:could"])
        labels.append("none")
    return RowDocument(f"page-{i}", "written", [dict(right, anchor=evidence)], rows, features, labels, news=i % 4 < 2)


def test_the_trainer_chooses_thresholds_that_drop_wrong_rows_under_cross_validation():
    model = fit_row_drop([_document(i, spurious=i % 2 == 0) for i in range(40)], {"sets": ["written"]}, gold_total=40)
    assert model is not None and model.meta["decision"] == DROP
    assert model.meta["drop_threshold"]["official"] < NEVER and model.meta["drop_threshold"]["news"] < NEVER
    assert model.meta["cv"]["right"] == model.meta["cv"]["rules_right"] == 40
    assert model.meta["cv"]["emitted"] == 40 < model.meta["cv"]["rules_emitted"]


def test_the_trainer_ships_no_drop_model_when_nothing_beats_the_rules():
    documents = [_document(i, spurious=False) for i in range(40)]
    for document in documents[::2]:
        document.labels, document.gold = ["none"], []  # the same row right on one page, absent on the next
    assert fit_row_drop(documents, {"sets": ["written"]}, gold_total=20) is None


def test_the_trainer_ships_no_drop_model_that_would_lose_a_right_row_of_a_set_it_was_fitted_on():
    # the rows the model learns to drop look like a samples page's right row: dropping them loses it
    documents = [_document(i, spurious=i % 2 == 0) for i in range(40)]
    kept = documents[1]
    kept.set_name = "samples"
    kept.features = [["chain:tariff/reduce", "v:could"]]
    with_row = fit_row_drop(documents[:1] + documents[2:], {"sets": ["written"]}, gold_total=39)
    assert with_row is not None  # without that page the drop gains
    assert fit_row_drop(documents, {"sets": ["written", "samples"]}, gold_total=40) is None
