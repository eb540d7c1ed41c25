"""Round 27 (issue 4): the learned readers after round 26's blind set joined the written pages.

- the verb after the modal decides a learned tariff row's action when it says the tariff ends ("asked to scrap a 20
  per cent duty": remove, its one rate where the tariff stood) or is brought back ("promised to reintroduce": resume),
  and the category reader said the tariff is laid or raised; a level the verb takes the tariff to keeps the reader's
  action;
- the trainer asks each register the precision of round 27's validation split (official 0.67, news 0.42) and writes
  the news register's own pair (``silent_detector_news``, ``silent_category_news``) when the news curve gives it a
  threshold;
- the shipped news pair was retrained without the validation pages; the main pair is round 26's.

Our own sentences only (never text from the shared or written pages). The slots are read with small models of the
test's own (a detector that passes every sentence, a category model with one label), as in round 26's tests.
"""

import pytest

from bench import train_commitment_models as trainer
from pipeline import learned, learned_sentences as ls
from tests.commitment_text import learned_rows
from tests.test_commitments_lr_r26 import label, shown  # noqa: F401 (the fixture)

AGREEMENT = "Agreement on Reciprocal Trade between the United States and the Republic of Zambia"



def story_rows(*paragraphs):
    """The learned rows of a bylined story (the news register)."""
    return learned_rows(list(paragraphs), title="Zambia trade round-up", authors=["A. Reporter"])


# --- the verb decides a learned tariff row's action ---------------------------------------------------------

def test_a_party_that_ceases_to_collect_a_surcharge_removes_it(label):
    label("tariff/impose")
    sentence = "Zambia shall cease to collect the 6 percent additional duty on United States wheat flour."
    assert shown(learned_rows([AGREEMENT, sentence], title=AGREEMENT)) == [("ZMB", "tariff", "remove", 6.0, None, None)]


def test_a_party_asked_to_scrap_a_duty_removes_it_in_a_story(label):
    label("tariff/impose")
    rows = story_rows("LUSAKA - Zambia has been asked to scrap a 20 per cent duty on imported fertiliser, trade "
                      "officials in the capital told reporters on Monday.")
    assert shown(rows) == [("ZMB", "tariff", "remove", 20.0, None, None)]


def test_a_party_that_promises_to_reintroduce_tariffs_resumes_them(label):
    label("tariff/impose")
    rows = story_rows("LUSAKA - Zambia has promised to reintroduce tariffs on maize from its neighbours if imports double "
                      "within a season.")
    assert shown(rows) == [("ZMB", "tariff", "resume", None, None, None)]


def test_a_level_the_verb_takes_the_tariff_to_is_no_removal(label):
    label("tariff/impose")
    sentence = "Zambia shall lift its duty on imported steel wire to 25 percent."
    rows = learned_rows([AGREEMENT, sentence], title=AGREEMENT)
    assert [r.action for r in rows] != ["remove"] and ls.verb_action(sentence, "impose") == "impose"


def test_the_verb_does_not_override_a_reduction_or_a_levy_verb():
    assert ls.verb_action("Zambia shall eliminate its 8 percent duty on pears over five years.", "reduce") == "reduce"
    assert ls.verb_action("Zambia shall impose a 10 percent duty on pears and may later lift it.", "impose") == "impose"


def test_an_exporter_asked_to_scrap_nothing_stays_silent(label):
    # the verb changes the action, never who levies: the party that ships the goods is still no levier
    label("tariff/impose")
    page = "Fact Sheet: The United States and Zambia Agree on Copper Trade"
    sentence = "Zambia may ship up to 40,000 tonnes of refined copper a year to the United States duty-free."
    assert learned_rows([page, sentence], title=page) == []


# --- the trainer --------------------------------------------------------------------------------------------

def test_each_register_asks_a_validation_precision():
    # (round 28: each round asks its own validation split's, tests/test_commitments_lr_r28.py pins this round's)
    assert set(trainer.SILENT_PRECISION_BY_REGISTER) == {"official", "news"}
    assert all(0.4 <= p <= 0.8 for p in trainer.SILENT_PRECISION_BY_REGISTER.values())


def test_the_news_pair_is_no_longer_written():
    # (rounds 27-38 the trainer wrote the news register's own pair when the news curve gave it a threshold; it was the
    # main pair trained again by the same recipe; round 39: the main pair keeps a news threshold and reads news pages)
    assert not {"silent_detector_news", "silent_category_news"} & set(trainer.MODELS)


# --- the shipped models ---------------------------------------------------------------------------------------

def test_no_news_pair_is_shipped():
    from pipeline.learned import load_model

    learned.forget_models()
    ls.forget_reader()
    assert load_model("silent_detector_news") is None and load_model("silent_category_news") is None
