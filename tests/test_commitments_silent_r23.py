"""Round 23 (issue 4): the learned reader for silent sentences — a threshold per register chosen by the
trainer's cross-validated rule, and the models' record of the pages left out.

Our own sentences only (never text from the shared or written pages).
"""
from bench import train_commitment_models as trainer
from bench.gold import load_gold
from pipeline import learned_sentences as ls
from pipeline.learned import LinearModel, load_model


def _detector(meta):
    return LinearModel("silent_detector", ["no", "yes"], [0.0, 0.0], {"s:tariff": [(1, 0.5)]}, meta)


def test_the_reader_keeps_a_threshold_per_register():
    both = ls._Reader(_detector({"threshold": 0.4, "threshold_news": 1.0}), _detector({}))
    assert (both.threshold_for(False), both.threshold_for(True)) == (0.4, 1.0)
    # models trained before the register split read news pages at their one threshold
    one = ls._Reader(_detector({"threshold": 0.525}), _detector({}))
    assert one.threshold_for(True) == one.threshold_for(False) == 0.525


def test_the_threshold_rule_asks_the_precision_and_takes_no_band_of_wrong_rows():
    def point(right, emitted, news=0):
        return {"right": right, "emitted": emitted, "news_emitted": news}

    # a lower band that adds only wrong rows is not taken, even where the precision asked still holds
    curve = {0.3: point(52, 69), 0.35: point(52, 66), 0.4: point(52, 62), 0.5: point(40, 50), 0.6: point(30, 35)}
    assert trainer.silent_threshold(curve) == 0.4
    # no threshold right often enough, or rows on the news set's pages: no learned row
    assert trainer.silent_threshold({0.3: point(4, 10), 0.5: point(3, 6)}) == 1.0
    assert trainer.silent_threshold({0.3: point(9, 10, news=1), 0.5: point(8, 8)}) == 0.5


def test_the_shipped_models_name_the_pages_they_left_out():
    detector, category = load_model(ls.DETECTOR), load_model(ls.CATEGORY)
    assert detector is not None and category is not None
    written = {document.name for document in load_gold("commitments", "written")}
    for model in (detector, category):
        names = model.meta["excluded_names"]
        assert model.meta["excluded"] == len(names) > 0 and set(names) <= written
