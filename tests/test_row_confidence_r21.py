"""Round 21: every commitment's ``confidence`` is a calibrated estimate of the chance it is right
(pipeline/learned_rows.py ``rate_rows``, trained by bench.train_commitment_models --model row_confidence)."""
from __future__ import annotations

import random
from datetime import datetime

import pytest

from bench.eval_commitments import Tally, report_confidence
from bench.train_commitment_models import fit_platt, ranking_auc
from pipeline.learned import LinearModel, load_model
from pipeline.learned_rows import CONFIDENCE_MODEL, RIGHT, platt, rules_alone
from commitment_text import commitments_from

PUBLISHED = datetime(2027, 3, 4)

pytestmark = pytest.mark.skipif(load_model(CONFIDENCE_MODEL) is None, reason="no row-confidence model shipped")


def _one(texts, **kwargs):
    rows = commitments_from(texts, published_at=PUBLISHED, **kwargs)
    assert len(rows) == 1, rows
    return rows[0]


def test_a_row_without_its_actor_is_less_sure_than_the_same_row_with_it():
    named = _one(["The United States will cut the tariff on imported steel to 10 percent next month."])
    nameless = _one(["The tariff on imported steel will be cut to 10 percent next month."])
    assert (named.actor, nameless.actor) == ("USA", None)
    assert nameless.confidence < named.confidence


def test_a_purchase_with_its_buyer_count_and_value_is_among_the_surest_rows():
    pledge = _one(["Latvia agreed to buy 12 Boeing aircraft worth $1.4 billion."])
    talk = _one(["Officials said the two sides would keep talking about digital trade and other matters."],
                authors=["A. Reporter"])
    # (round 26) a model calibrated on the newest blind set alone, where about six rows in ten are right,
    # rates such a pledge about 0.75 (round 21's, calibrated on every released set, 0.8 or more); (round 28) refitted on
    # written-21, about 0.69: still above the threshold the README advises (0.6) and the release's median (0.63)
    assert pledge.actor == "LVA" and pledge.confidence >= 0.65
    assert talk.confidence < pledge.confidence


def test_the_model_never_raises_a_rows_confidence_above_the_rules_own():
    texts = ["Malawi will eliminate tariffs on American wheat and soybeans, and the United States will "
             "reduce its tariff on Malawian tea from 10 percent to 5 percent.",
             "Benin agreed to purchase 300,000 tonnes of American wheat in each of 2027 and 2028."]
    with rules_alone():
        rules = {r.commitment_id: r.confidence for r in commitments_from(texts, published_at=PUBLISHED)}
    rated = commitments_from(texts, published_at=PUBLISHED)
    assert {r.commitment_id for r in rated} == set(rules)
    assert all(0.0 <= r.confidence <= rules[r.commitment_id] for r in rated)
    assert any(r.confidence < rules[r.commitment_id] for r in rated)  # the model is at work


def test_the_shipped_model_ranks_unseen_like_rows_better_than_the_rules_confidence():
    meta = load_model(CONFIDENCE_MODEL).meta
    assert len(meta["platt"]) == 2
    assert meta["cv"]["auc_calibration"] > meta["cv"]["auc_rules_confidence"]


def test_probability_of_agrees_with_the_full_softmax_and_needs_two_labels():
    model = LinearModel("m", [RIGHT, "wrong"], [0.3, -0.1], {"a": [(0, 0.8)], "b": [(1, 1.2)], "c": [(0, -0.4), (1, 0.2)]})
    for features in ([], ["a"], ["a", "b"], ["c", "zzz"]):
        for label in (RIGHT, "wrong"):  # either label, in any order of asking
            assert model.probability_of(label, features) == pytest.approx(model.probabilities(features)[label])
    with pytest.raises(ValueError):
        model.probability_of("maybe", ["a"])
    three = LinearModel("m3", ["x", "y", "z"], [0.0, 0.0, 0.0], {})
    with pytest.raises(ValueError, match="two labels"):
        three.probability_of("x", [])


def test_platt_rescales_an_overconfident_score_to_the_observed_rate():
    rng = random.Random(7)
    # a model that says 0.9 where six rows in ten are right, and 0.6 where three in ten are
    scores = [0.9] * 500 + [0.6] * 500
    right = [rng.random() < 0.6 for _ in range(500)] + [rng.random() < 0.3 for _ in range(500)]
    scale = fit_platt(scores, right)
    assert platt(0.9, scale) == pytest.approx(sum(right[:500]) / 500, abs=0.02)
    assert platt(0.6, scale) == pytest.approx(sum(right[500:]) / 500, abs=0.02)


def test_ranking_auc_counts_right_rows_above_wrong_ones_and_ties_as_half():
    assert ranking_auc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert ranking_auc([0.1, 0.2, 0.8, 0.9], [True, True, False, False]) == 0.0
    assert ranking_auc([0.5, 0.5], [True, False]) == 0.5
    assert ranking_auc([0.9, 0.9], [True, True]) == 0.5  # nothing to rank: no better than chance


def test_the_evaluator_reports_what_a_confidence_threshold_keeps(capsys):
    tally = Tally(gold=4, predicted=3, whole_right=2, rated=[(0.95, True), (0.75, False), (0.55, True)])
    report_confidence("toy", tally)
    lines = capsys.readouterr().out.splitlines()
    assert any(">= 0.5:     3 rows  precision 0.667  recall 0.500" in line for line in lines)
    assert any(">= 0.7:     2 rows  precision 0.500  recall 0.250" in line for line in lines)
    assert any(">= 0.9:     1 rows  precision 1.000  recall 0.250" in line for line in lines)
