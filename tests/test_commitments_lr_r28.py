"""Round 28 (issue 4): the learned readers — a wider gate on news pages, tonnages as amounts, the news pair retrained.

- a news page's cheap gate (``NEWS_TRIGGERS``) adds "will", imports/exports, shipments, licences, suspended and tonnes
  to the obligation and levy words; official pages keep the narrow gate (``TRIGGERS``);
- a learned tariff row with no rate takes a tonnage as the quota's size even when the sentence does not say "quota"
  (convention 21), and a non-tariff cap (import_restriction, export_control) its one tonnage in amount (the guide's
  non-tariff quota); a step ("by 5,000 tonnes") is no size;
- the trainer asks round 28's validation precision (official 0.71, news 0.44) and reads its folds through the same gate
  as the extractor.

Our own sentences only (never text from the shared or written pages), read with small models of the test's own (round
26's fixture: a detector that passes every sentence, a category model with one label).
"""

from bench import train_commitment_models as trainer
from pipeline import learned_sentences as ls
from tests.commitment_text import learned_rows
from tests.test_commitments_lr_r26 import label, shown  # noqa: F401 (the fixture)

AGREEMENT = "Agreement on Reciprocal Trade between the United States and the Republic of Zambia"


def story_rows(*paragraphs):
    """The learned rows of a bylined story (the news register)."""
    return learned_rows(list(paragraphs), title="Zambia trade round-up", authors=["A. Reporter"])


# --- the news gate --------------------------------------------------------------------------------------------

def test_a_story_sentence_with_will_and_no_levy_word_is_read(label):
    label("import_restriction/remove")
    rows = story_rows("LUSAKA - Zambia will scrap import permits on Malawian maize from March, the trade "
                      "ministry said.")
    assert shown(rows) == [("ZMB", "import_restriction", "remove", None, None, None)]


def test_a_story_sentence_about_licences_is_read(label):
    label("export_control/restrict")
    rows = story_rows("LUSAKA - Zambia will require licences from next month for cobalt sent abroad, the mines ministry "
                      "said.")
    assert shown(rows) == [("ZMB", "export_control", "restrict", None, None, None)]


def test_the_news_gate_holds_the_wider_words_and_the_official_gate_does_not():
    for sentence in ("Zambia will open its market.", "Zambian imports rose.", "Shipments were halted.",
                     "New licences are needed.", "The scheme was suspended.", "Up to 500 tonnes may enter."):
        assert ls._holds_trigger(sentence, True) and not ls._holds_trigger(sentence)
    assert ls._holds_trigger("Zambia shall cut its duty.") and ls._holds_trigger("Zambia shall cut its duty.", True)


def test_an_official_page_keeps_the_narrow_gate(label):
    # the same kind of sentence on a government page, with no obligation or levy word: the learned reader is not asked
    label("import_restriction/remove")
    page = "Fact Sheet: The United States and Zambia Strengthen Maize Trade"
    sentence = "Zambia will stop asking for import permits on United States maize from March."
    assert learned_rows([page, sentence], title=page) == []


def test_a_story_sentence_outside_both_gates_stays_silent(label):
    label("import_restriction/remove")
    assert story_rows("LUSAKA - Zambia's maize harvest was the smallest in a decade, farmers in the south said.") == []


# --- a tonnage as the row's amount --------------------------------------------------------------------------------

def test_a_quota_told_by_its_tonnes_alone_takes_its_size(label):
    label("tariff/reduce")
    rows = story_rows("LUSAKA - Zambia will let in up to 30,000 tonnes of wheat flour a year at a low duty, the "
                      "finance ministry said.")
    assert shown(rows) == [("ZMB", "tariff", "reduce", None, None, 30000.0)]


def test_a_cap_on_imports_takes_its_tonnage(label):
    label("import_restriction/restrict")
    rows = story_rows("LUSAKA - Zambia will allow no more than 45,000 tonnes of imported wheat flour into the country "
                      "each year, the agriculture ministry said.")
    assert shown(rows) == [("ZMB", "import_restriction", "restrict", None, None, 45000.0)]


def test_a_step_in_tonnes_is_no_size():
    assert ls.slot_values("Zambia will cut wheat flour imports by 5,000 tonnes next year.", "import_restriction",
                          "restrict") == {}
    # two tonnages are no one cap's size
    assert ls.slot_values("Zambia will admit 30,000 tonnes of wheat flour and 12,000 tonnes of maize a year.",
                          "import_restriction", "restrict") == {}


def test_a_tariff_rate_keeps_its_levels_beside_a_tonnage():
    values = ls.slot_values("Zambia will charge 5 percent on the first 20,000 tonnes of wheat flour.", "tariff", "impose")
    assert values.get("value_to") == 5.0 and "amount" not in values


# --- the trainer ----------------------------------------------------------------------------------------------

def test_each_register_asks_a_validation_precision():
    # (round 29: the constants are the newest round's, pinned in tests/test_commitments_lr_r29.py)
    assert set(trainer.SILENT_PRECISION_BY_REGISTER) == {"official", "news"}


def test_the_trainer_reads_its_folds_through_the_registers_gate(monkeypatch):
    seen = []
    monkeypatch.setattr(ls, "_holds_trigger", lambda text, news=False: seen.append(news) or False)

    class Sentence:
        silent, detector = True, ["page:news"]
        record = type("Record", (), {"text": "Zambia will open its market.", "predicted": []})()

    document = type("Document", (), {"sentences": [Sentence()], "set_name": "written"})()
    assert trainer.silent_read_fold([document], _model(), _model()) == [] and seen == [True]


def _model():
    from pipeline.learned import LinearModel
    return LinearModel(ls.DETECTOR, ["no", "yes"], [0.0, 0.0], {}, {"threshold": 0.5})
