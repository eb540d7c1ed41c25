"""Round 41 (issue 4, SLT2): the trainer keeps a register's shipped threshold; no learned import restriction on people.

- the trainer's ``--keep-threshold REGISTER``: that register keeps the shipped detector's threshold, the cross-validated
  rule's recorded beside it (``threshold_rule``, ``threshold_kept``): round 41's retrain (not shipped) kept the official
  0.55 of rounds 26-40 with it (the rule's 0.925 lost white-house rows);
- a learned ``import_restriction`` row whose restriction's complement names a party's people or firms, not goods, is
  not given (``restricts_no_goods``, the chain's round-30 rule).

Our own sentences only (never text from the shared or written pages).
"""
import pytest

from bench import train_commitment_models as trainer
from pipeline import learned, learned_sentences as ls
from pipeline.learned import LinearModel
from tests.test_learned_sentences_r40 import slot_rows as r40_slot_rows


# --- the trainer keeps a register's shipped threshold when asked ---------------------------------------------------

def _curve(best):
    # rows right / emitted per threshold: only ``best`` is right often enough for either register's precision
    return {t: {"emitted": 10, "right": 9 if t == best else 1, "news_emitted": 0} for t in trainer.SILENT_THRESHOLDS}


def _train(monkeypatch, keep, shipped_meta):
    monkeypatch.setattr(trainer, "SILENT_RECIPE", {"features": "words", "l2": 1e-3, "threshold_from": "cv",
                                                   "keep_threshold": keep})
    monkeypatch.setattr(trainer, "_silent_loaded", lambda sets, exclude: [])
    monkeypatch.setattr(trainer, "silent_cross_validate_by_register",
                        lambda documents: {"official": _curve(0.925), "news": _curve(0.6)})
    monkeypatch.setattr(trainer, "_silent_detector", lambda documents, meta: LinearModel("d", ["no", "yes"], [0, 0], {}, meta))
    shipped = None if shipped_meta is None else LinearModel(ls.DETECTOR, ["no", "yes"], [0, 0], {}, shipped_meta)
    monkeypatch.setattr(trainer, "load_model", lambda name: shipped if name == ls.DETECTOR else None)
    return trainer.train_silent_detector([], set())


def test_a_kept_register_takes_the_shipped_threshold_and_records_the_rules(monkeypatch):
    model = _train(monkeypatch, ("official",), {"threshold": 0.55, "threshold_news": 1.0})
    assert model.meta["threshold"] == 0.55 and model.meta["threshold_news"] == 0.6
    assert model.meta["threshold_rule"] == {"official": 0.925, "news": 0.6} and model.meta["threshold_kept"] == ["official"]


def test_without_the_option_each_register_takes_the_rules_threshold(monkeypatch):
    model = _train(monkeypatch, (), {"threshold": 0.55, "threshold_news": 1.0})
    assert model.meta["threshold"] == 0.925 and model.meta["threshold_news"] == 0.6
    assert "threshold_rule" not in model.meta and "threshold_kept" not in model.meta


def test_with_no_shipped_detector_the_rules_threshold_stands(monkeypatch):
    model = _train(monkeypatch, ("official",), None)
    assert model.meta["threshold"] == 0.925 and "threshold_kept" not in model.meta


def test_the_command_line_passes_the_registers_to_keep(monkeypatch):
    monkeypatch.setattr(trainer, "SILENT_RECIPE", dict(trainer.SILENT_RECIPE))
    monkeypatch.setattr(trainer, "MODELS", {})
    monkeypatch.setattr(trainer, "forget_models", lambda: None)
    assert trainer.main(["--keep-threshold", "official"]) == 0
    assert trainer.SILENT_RECIPE["keep_threshold"] == ("official",)


# --- a restriction on a party's people or firms ends no import (the chain's round-30 rule, on the learned rows) ------

def slot_rows(sentence, label_given="import_restriction/remove"):
    """(actor, category, action) of what the slots make of an agreement's sentence handed ``label_given`` (round 40's)."""
    return [row[:3] for row in r40_slot_rows(sentence, label_given)]


@pytest.mark.parametrize("sentence", [
    "Tonga will end the requirement for background checks of Fijian workers.",
    "Kenya will scrap the registration requirement for Ugandan traders.",
    "Peru will ease the licensing rules for foreign banks.",
    "Ghana will lift the requirement on Togolese truckers to carry paper permits.",
    "Samoa will drop its rule that Tongan companies keep a local office.",
])
def test_a_restriction_on_people_or_firms_gives_no_import_restriction_row(sentence):
    assert slot_rows(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # near-misses: goods, imports or importers in the complement keep the row
    ("Tonga will end the requirement for background checks of Fijian pork.", [("TON", "import_restriction", "remove")]),
    ("Kenya will scrap the registration requirement for Ugandan importers.", [("KEN", "import_restriction", "remove")]),
    ("Ghana will lift its ban on Togolese poultry.", [("GHA", "import_restriction", "remove")]),
    ("Vietnam will end its checks on Cambodian rice imports.", [("VNM", "import_restriction", "remove")]),
    ("Samoa will drop its rule that Tongan taro be fumigated twice.", [("WSM", "import_restriction", "remove")]),
])
def test_a_restriction_on_goods_keeps_its_row(sentence, expected):
    assert slot_rows(sentence) == expected


def test_another_category_on_people_is_not_touched():
    # the guard reads import restrictions only: a visa or market rule on firms is the category reader's
    assert slot_rows("Peru will ease the licensing rules for foreign banks.", "market_access/relax") == [
        ("PER", "market_access", "relax")]

