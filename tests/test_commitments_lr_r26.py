"""Round 26 (issue 4): the learned reader's slots, and the trainer's threshold rule, after retraining on the larger
written set (the retrained pair itself was not shipped: see docs/commitments.md, "Round 26 — the learned readers").

- a removal's or suspension's one stated rate is where the tariff stands (value_from), as the chain reads it; zero
  is where it goes only when the sentence says so; a rate said to stay unchanged is kept (maintain);
- "enlarge the quota by 300 tons" states a step, not the quota's size (no amount);
- the subject that ships, exports or sells the goods is their origin, not the levier (no row for want of one);
- a threshold needs at least SILENT_MIN_RIGHT rows right across the folds.

Our own sentences only (never text from the shared or written pages). The reader is run with small models of the
test's own (a detector that passes every sentence, a category model with one label), so that what is tested is the
slots, not the shipped models' scores.
"""
import json

import pytest

from bench import train_commitment_models as trainer
from pipeline import learned, learned_sentences as ls
from pipeline.learned import LinearModel
from tests.commitment_text import learned_rows

AGREEMENT = "Agreement on Reciprocal Trade between the United States and the Republic of Zambia"


@pytest.fixture
def label(tmp_path, monkeypatch):
    """Ship a detector that passes every sentence and a category model that always says ``category/action``."""
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)

    def write(category_action):
        for name, labels, bias, meta in (
                (ls.DETECTOR, ["no", "yes"], [0.0, 6.0], {"threshold": 0.5, "threshold_news": 0.5}),
                (ls.CATEGORY, [category_action], [0.0], {})):
            model = LinearModel(name, labels, bias, {}, meta)
            (tmp_path / f"{name}.json").write_text(json.dumps(model.to_json()), encoding="utf-8")
        learned.forget_models()
        ls.forget_reader()

    yield write
    learned.forget_models()
    ls.forget_reader()



def shown(rows):
    return [(r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows]


# --- a removal's or suspension's stated rate ----------------------------------------------------------------

def test_the_rate_a_party_retires_is_where_the_tariff_stood(label):
    label("tariff/remove")
    sentence = "Zambia shall retire the temporary 7 percent surtax that its customs duty schedule adds on imported wheat flour."
    assert shown(learned_rows([AGREEMENT, sentence], title=AGREEMENT)) == [("ZMB", "tariff", "remove", 7.0, None, None)]


def test_a_rate_suspended_is_where_the_tariff_stood(label):
    label("tariff/suspend")
    sentence = ("Zambia shall retire for two years the 12 percent surtax that its customs duty schedule adds on imported "
                "soybean meal.")
    assert shown(learned_rows([AGREEMENT, sentence], title=AGREEMENT)) == [("ZMB", "tariff", "suspend", 12.0, None, None)]


def test_a_removal_that_lets_the_goods_in_free_goes_to_zero(label):
    label("tariff/remove")
    sentence = ("Zambia shall retire the 9 percent surtax that its customs duty schedule adds on imported pears, so that "
                "they enter free of duty.")
    assert shown(learned_rows([AGREEMENT, sentence], title=AGREEMENT)) == [("ZMB", "tariff", "remove", 9.0, 0.0, None)]


def test_a_rate_said_to_stay_unchanged_is_no_level_removed():
    sentence = ("(d) Republic of Zambia: 12 percent, unchanged, except that copper cathodes shall enter free of any "
                "additional duty")
    values = ls.slot_values(sentence, "tariff", "remove")
    assert values == {"value_to": 12.0, "unit": "percent"}
    assert ls.tariff_action("remove", values, sentence) == "maintain"


def test_an_order_schedule_item_keeps_the_level_it_sets():
    # a partner's item in an order's schedule states the levels the order sets (the chain adds the zero row beside it)
    sentence = "(a) Republic of Zambia: 11 percent, and zero for fresh mangoes and limes;"
    assert ls.slot_values(sentence, "tariff", "remove") == {"value_to": 11.0, "unit": "percent"}


# --- a quota enlarged by a step -------------------------------------------------------------------------------

def test_a_quota_enlarged_by_a_step_has_no_size(label):
    label("tariff/reduce")
    sentence = "Zambia shall widen the in-quota quantity for United States rice by 300 metric tons on each anniversary."
    assert shown(learned_rows([AGREEMENT, sentence], title=AGREEMENT)) == [("ZMB", "tariff", "reduce", None, None, None)]


def test_a_quota_set_at_a_size_keeps_it(label):
    label("tariff/reduce")
    sentence = "Zambia shall set the in-quota quantity for United States rice at 300 metric tons."
    rows = learned_rows([AGREEMENT, sentence], title=AGREEMENT)
    assert [(r.actor, r.amount, r.unit) for r in rows] == [("ZMB", 300.0, "tonnes")]


# --- the exporter is not the levier ---------------------------------------------------------------------------

def test_a_party_that_ships_the_goods_duty_free_is_no_levier(label):
    label("tariff/remove")
    page = "Fact Sheet: The United States and Zambia Agree on Copper Trade"
    for sentence in ("Zambia may ship up to 40,000 tonnes of refined copper a year to the United States duty-free.",
                     "Zambia will export 12,000 tonnes of cobalt a year free of duty under the new quota."):
        assert learned_rows([page, sentence], title=page) == [], sentence


def test_a_party_that_takes_the_goods_in_duty_free_is_the_levier(label):
    label("tariff/remove")
    page = "Fact Sheet: The United States and Zambia Agree on Copper Trade"
    sentence = "Zambia may take in up to 40,000 tonnes of United States corn a year duty-free."
    rows = learned_rows([page, sentence], title=page)
    assert [(r.actor, r.category, r.action) for r in rows] == [("ZMB", "tariff", "remove")]


def test_goods_or_a_country_that_pays_the_duty_is_no_levier(label):
    label("tariff/impose")
    page = "Fact Sheet: The United States and Zambia Agree on Copper Trade"
    for sentence in ("Zambian copper cathodes will be subject to a 25 percent duty from March 1.",
                     "Zambia will face a 25 percent tariff on its copper cathodes from March 1."):
        assert learned_rows([page, sentence], title=page) == [], sentence


# --- the trainer's threshold rule ---------------------------------------------------------------------------

def point(right, emitted, news=0):
    return {"right": right, "emitted": emitted, "news_emitted": news}


def test_a_band_of_one_or_two_rows_right_is_no_threshold():
    assert trainer.SILENT_MIN_RIGHT == 5
    # one row right of one at 0.975 (round 26's news curve) meets any precision, and is no evidence of one
    assert trainer.silent_threshold({0.6: point(2, 6), 0.975: point(1, 1)}, 0.73) == 1.0
    assert trainer.silent_threshold({0.6: point(4, 5), 0.9: point(2, 2)}, 0.75) == 1.0
    # five right rows are enough when they are right as often as asked
    assert trainer.silent_threshold({0.6: point(5, 6), 0.9: point(2, 2)}, 0.75) == 0.6


def test_each_register_asks_the_precision_of_unseen_pages():
    # the folds' rows come from pages the models never saw: they are asked what the extractor's rows are right on
    # unseen pages (the validation split's precision at round 26's start), news below official
    # (round 27: the constant moved to round 27's validation split, 0.67 / 0.42; round 26's curve at its 0.73)
    precision = trainer.SILENT_PRECISION_BY_REGISTER
    assert precision["news"] < precision["official"]
    curve = {0.3: point(38, 59), 0.55: point(30, 38), 0.8: point(18, 23)}
    assert trainer.silent_threshold(curve, 0.73) == 0.55


# --- the shipped models ---------------------------------------------------------------------------------------

def test_the_shipped_pair_was_retrained_without_the_validation_pages():
    from bench.gold import load_gold
    from pipeline.learned import load_model

    learned.forget_models()
    ls.forget_reader()
    detector, category = load_model(ls.DETECTOR), load_model(ls.CATEGORY)
    written = {document.name for document in load_gold("commitments", "written")}
    for model in (detector, category):
        names = model.meta["excluded_names"]
        assert model.meta["excluded"] == len(names) >= 88 and set(names) <= written
    # (round 39: retrained on the 1296 written pages, round 39's 121 validation pages left out, under round 29's precision;
    # rounds 26-38 shipped round 26's pair, 88 left out, precision 0.73 / 0.53, official 0.55, news read by the news pair)
    asked = detector.meta["precision_required"]
    assert asked == {"official": 0.70, "news": 0.46}
    # each register's threshold is the cross-validated rule's, and the main pair reads the news pages too
    # (round 41: a register retrained with ``--keep-threshold`` keeps the shipped one's, the official 0.55 of rounds
    # 26-40; the rule's own cut, recorded beside it, meets the rule)
    kept, rule = detector.meta.get("threshold_kept", []), detector.meta.get("threshold_rule", {})
    assert kept in ([], ["official"])
    for register, threshold, curve in (("official", detector.meta["threshold"], detector.meta["cv"]),
                                       ("news", detector.meta["threshold_news"], detector.meta["cv_news"])):
        if register in kept:
            assert threshold == 0.55 and rule[register] < 1.0
            threshold = rule[register]
        cv = curve[str(threshold)]
        assert threshold < 1.0 and cv["right"] >= asked[register] * cv["emitted"] and cv["news_emitted"] == 0
    assert ls.reader(True).detector is detector


# --- an order's schedule item of more than one partner ------------------------------------------------------

def test_a_schedule_item_headed_by_more_than_one_partner_gives_no_learned_row(label):
    from tests.test_commitments_om_r24 import LEAD, order_with_items, schedule

    label("tariff/reduce")
    rows = order_with_items(LEAD, ["(a) Republic of Zambia and its trading neighbours: 9 percent, reduced from 14 "
                                   "percent, as the Secretary may advise."])
    assert schedule(rows) == []
    rows = order_with_items(LEAD, ["(a) Republic of Zambia: 9 percent, reduced from 14 percent, as the Secretary may "
                                   "advise."])
    assert schedule(rows) == [("USA", "ZMB", "reduce", 14.0, 9.0)]
