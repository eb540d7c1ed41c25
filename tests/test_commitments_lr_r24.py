"""Round 24 (issue 4): the learned reader for silent sentences, retrained with the validation pages left out.

- the trainer asks each register's rows to be right as often as that register's rows already are (official
  0.86, news 0.73), and keeps the threshold with most rows right less that precision times the rows emitted;
- the news register keeps its own pair of models when the retrained detector has no news threshold;
- a tariff row whose goods are said to enter another country than the party named is no row (no guess).

Our own sentences only (never text from the shared or written pages).
"""

import pytest

from bench import train_commitment_models as trainer
from bench.gold import load_gold
from pipeline import learned, learned_sentences as ls
from pipeline.learned import LinearModel, load_model
from tests.commitment_text import learned_rows

AGREEMENT = "Agreement on Reciprocal Trade between the United States and the Republic of Zambia"



# --- the retrained reader on an official page -------------------------------------------------------------

def test_an_investment_directed_by_a_party_is_read_with_its_sum():
    sentence = ("Zambia shall direct $900 million of new investment into mining and processing facilities in the "
                "United States by 2030.")
    rows = learned_rows([AGREEMENT, sentence], title=AGREEMENT)
    assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows] == [
        ("ZMB", "investment", "invest", 900_000_000, "usd")]
    assert rows[0].evidence == sentence and 0.6 < rows[0].confidence < 1.0


def test_an_opening_to_foreign_owners_is_an_investment_relaxed():
    rows = learned_rows([AGREEMENT, "Zambia shall allow United States investors to hold up to 100 percent of the "
                                    "equity of firms in its telecommunications sector."], title=AGREEMENT)
    assert [(r.actor, r.category, r.action) for r in rows] == [("ZMB", "investment", "relax")]


def test_sentences_of_no_party_measure_stay_silent_on_an_official_page():
    for text in ("The delegations shall meet for lunch at the embassy after the signing ceremony.",
                 "Copper prices rose 3 percent on the London Metal Exchange after the agreement was announced.",
                 "The Parties agree that the weather in Lusaka was pleasant during the talks."):
        assert learned_rows([AGREEMENT, text], title=AGREEMENT) == [], text


# --- goods that enter another country --------------------------------------------------------------------

def test_goods_entering_another_country_give_their_origin_no_row():
    # the party named is the goods' origin; the duty is the country they enter (no guess: no learned row)
    for texts in (["In exchange, Lusaka will eliminate its 8% duty on U.S. almonds and walnuts.",
                   "Under the deal, U.S. almonds and walnuts will enter Zambia duty-free, officials said."],
                  ["In return, Lima will scrap its 12% duty on American beef.",
                   "Under the accord, American beef will enter Peru free of duty, the ministry said."]):
        rows = learned_rows(texts, title="Trade partners strike a deal")
        assert not [r for r in rows if r.actor == "USA" and r.category == "tariff"], texts[1]


# --- the trainer's threshold rule -------------------------------------------------------------------------

def point(right, emitted, news=0):
    return {"right": right, "emitted": emitted, "news_emitted": news}


def test_each_register_asks_its_own_precision():
    precision = trainer.SILENT_PRECISION_BY_REGISTER
    assert set(precision) == {"official", "news"} and 0.4 < precision["news"] <= precision["official"] < 1  # (round 27: 0.42)
    curve = {0.4: point(82, 100), 0.6: point(44, 50)}
    # right 0.82 of the time at 0.4: enough for the news register's precision, not for the official one's
    assert trainer.silent_threshold(curve, 0.73) == 0.4
    assert trainer.silent_threshold(curve, 0.86) == 0.6
    assert trainer.silent_threshold(curve, 0.9) == 1.0


def test_a_band_right_less_often_than_asked_is_not_taken():
    # 0.3 adds 11 right of 20 rows over 0.5 (0.55, under the 0.75 asked): more right than wrong, still not taken
    assert trainer.silent_threshold({0.3: point(81, 100), 0.5: point(70, 80)}, 0.75) == 0.5


# --- the news register's pair -----------------------------------------------------------------------------

def _model(name, meta):
    return LinearModel(name, ["no", "yes"] if "detector" in name else ["tariff/impose"], [0.0, 0.0][:1 + ("detector" in name)],
                       {}, meta)


@pytest.fixture
def models_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    learned.forget_models()
    ls.forget_reader()
    yield tmp_path
    learned.forget_models()
    ls.forget_reader()


def _write(folder, name, meta):
    import json
    (folder / f"{name}.json").write_text(json.dumps(_model(name, meta).to_json()), encoding="utf-8")


def test_news_pages_are_read_with_the_main_pair_and_its_news_threshold(models_dir):
    # (round 39: the news pair of rounds 24-38 is neither trained nor read, whatever files lie beside the main pair)
    _write(models_dir, ls.DETECTOR, {"threshold": 0.6, "threshold_news": 0.7})
    _write(models_dir, ls.CATEGORY, {})
    _write(models_dir, "silent_detector_news", {"threshold": 0.5})
    _write(models_dir, "silent_category_news", {})
    assert ls.reader(False).threshold_for(False) == 0.6
    assert ls.reader(True).detector is load_model(ls.DETECTOR) and ls.reader(True).threshold_for(True) == 0.7


def test_without_a_news_pair_news_pages_get_no_learned_row_from_a_detector_without_news_threshold(models_dir):
    _write(models_dir, ls.DETECTOR, {"threshold": 0.6, "threshold_news": 1.0})
    _write(models_dir, ls.CATEGORY, {})
    assert ls.reader(True).threshold_for(True) == 1.0


# --- the shipped models -----------------------------------------------------------------------------------

def test_the_shipped_models_record_the_pages_left_out_and_a_threshold_per_register():
    written = {document.name for document in load_gold("commitments", "written")}
    detector, category = load_model(ls.DETECTOR), load_model(ls.CATEGORY)
    for model in (detector, category):
        names = model.meta["excluded_names"]
        assert model.meta["excluded"] == len(names) >= 88 and set(names) <= written
    assert 0.0 < detector.meta["threshold"] < 1.0 and 0.0 < detector.meta["threshold_news"] < 1.0
    assert set(detector.meta["precision_required"]) == {"official", "news"}
    # (rounds 19-38 the news pages kept a pair of their own; round 39: the main pair reads them at its news threshold,
    # and no news pair ships)
    assert load_model("silent_detector_news") is None and load_model("silent_category_news") is None
    assert ls.reader(True).detector is detector
