"""Round 39 (issue 4, LR): the learned reader of the sentences the chain leaves silent.

- the slots: a duty on one party's goods as the subject ("Tariffs on American tractors ... will come down") is levied
  by the other party of a two-party text (official texts only); the party that charges a duty named as the subject
  ("The duty X charges on ...") levies it; a party that opens a long subject ("Zambian pension funds, insurers and
  state holding companies will invest") is the subject, when no other party is named before the verb and no
  subordinate clause stands between;
- the trainer: ``ls.sentence_rows(..., label=...)`` reads the slots for a given category/action; the detector's
  positives are the sentences whose gold row the slots read whole right, its examples the sentences the reader
  reads, and the folds read with the extractor's antecedent;

Our own sentences only (never text from the shared or written pages). The slots are read with small models of the
test's own (a detector that passes every sentence, a category model with one label), as in round 26's tests.
"""
from types import SimpleNamespace

import pytest

from bench import train_commitment_models as trainer
from pipeline import learned_sentences as ls
from pipeline.actors import find_actor_mentions
from tests.commitment_text import learned_rows
from tests.test_commitments_lr_r26 import label, shown  # noqa: F401 (the fixture)

AGREEMENT = "Agreement on Reciprocal Trade between the United States and the Republic of Zambia"


def agreement_rows(sentence):
    return learned_rows([AGREEMENT, sentence], title=AGREEMENT)


def story_rows(sentence):
    return learned_rows(["Zambia trade round-up", sentence], title="Zambia trade round-up", authors=["A. Reporter"])


# --- a duty on one party's goods as the subject: the other party levies it ---------------------------------------

@pytest.mark.parametrize("action, sentence, expected", [
    ("tariff/reduce", "Tariffs on American farm tractors, which today stand at 30 percent, will come down to 5 percent.",
     [("ZMB", "tariff", "reduce", 30.0, 5.0, None)]),
    ("tariff/reduce", "The remaining duties on American rice, now 40 percent, shall fall to 10 percent within three years.",
     [("ZMB", "tariff", "reduce", 40.0, 10.0, None)]),
    ("tariff/remove", "Duties on U.S. machinery and medicines, most of which stand at 8%, will be phased out over four years.",
     [("ZMB", "tariff", "remove", 8.0, None, None)]),
])
def test_a_duty_on_one_partys_goods_is_levied_by_the_other_party(label, action, sentence, expected):
    label(action)
    assert shown(agreement_rows(sentence)) == expected


def test_a_duty_on_goods_as_the_subject_of_a_story_names_no_levier(label):
    label("tariff/reduce")
    assert story_rows("Tariffs on American farm tractors, which today stand at 30 percent, will come down to 5 percent.") == []


def test_a_duty_on_two_origins_names_no_levier(label):
    label("tariff/reduce")
    assert agreement_rows("Tariffs on Zambian copper and American wheat will fall to 5 percent.") == []


# --- the party that charges a duty named as the subject levies it ------------------------------------------------

@pytest.mark.parametrize("action, sentence, expected", [
    ("tariff/reduce", "The duty Zambia charges on U.S. soybeans, currently 25 percent, will fall to 5 percent.",
     [("ZMB", "tariff", "reduce", 25.0, 5.0, None)]),
    ("tariff/reduce", "The tariff Zambia applies to American dairy, now 40 percent, will come down to 20 percent under the deal.",
     [("ZMB", "tariff", "reduce", 40.0, 20.0, None)]),
])
def test_the_party_that_charges_the_duty_levies_it(label, action, sentence, expected):
    label(action)
    assert shown(agreement_rows(sentence)) == expected


def test_the_levier_of_a_duty_in_a_relative_clause_is_the_subject():
    sentence = "The levy that Zambia collects on United States poultry, currently 35 percent, will be cut to 15 percent."
    assert ls.sentence_parties(sentence, None, find_actor_mentions) == (["ZMB", "USA"], ["ZMB"])


def test_a_party_that_pays_a_duty_is_no_levier(label):
    sentence = "The duty Zambia pays on its copper cathodes shipped to the United States, now 12 percent, will fall to 6 percent."
    assert ls.sentence_parties(sentence, None, find_actor_mentions)[1] == []
    label("tariff/reduce")
    assert agreement_rows(sentence) == []


# --- a party that opens a long subject ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, amount", [
    ("Zambian companies in mining, banking and logistics will invest $2 billion in the United States over five years.",
     2e9),
    ("Zambian pension funds, insurers and state holding companies will invest $750 million in American infrastructure "
     "by 2030.", 7.5e8),
])
def test_a_party_opening_a_long_subject_is_the_subject(label, sentence, amount):
    label("investment/invest")
    assert shown(agreement_rows(sentence)) == [("ZMB", "investment", "invest", None, None, amount)]


@pytest.mark.parametrize("sentence", [
    "Zambian firms that sell to Chinese buyers and to the United States will invest $1 billion in new smelters.",
    "Zambian investors, who said that the United States market was hard to reach, will invest $90 million.",
])
def test_a_long_subject_with_another_party_or_a_clause_is_no_subject(label, sentence):
    label("investment/invest")
    assert agreement_rows(sentence) == []


# --- the trainer ----------------------------------------------------------------------------------------------------

def test_the_slots_read_for_a_label_given_without_the_models():
    context = SimpleNamespace(on=None, signatories=("USA", "ZMB"), parties=("USA", "ZMB"), order_text="",
                              in_force_by=None, news_register=False, default_status="agreed")
    paragraph = SimpleNamespace(index=3, char_start=100, kind="body")
    sentence = "Zambian pension funds and insurers will invest $300 million in American ports."
    rows = ls.sentence_rows(sentence, paragraph, 0, len(sentence), "", False, context, find_actor_mentions, [],
                            trainer._Forced, label="investment/invest")
    assert [(r.actor, r.category, r.action, r.amount) for r in rows] == [("ZMB", "investment", "invest", 3e8)]


def _sentence(read, gold, readable):
    record = SimpleNamespace(gold=[{}] if gold else [])
    return SimpleNamespace(read=read, record=record, readable=readable, detector=[f"r:{read}", f"g:{gold}"],
                           shape=None)


def test_the_detector_learns_the_readable_sentences_the_reader_reads(monkeypatch):
    seen = {}

    def fake_train(name, examples, **kwargs):
        seen["examples"] = examples
        return None

    monkeypatch.setattr(trainer, "train_linear", fake_train)
    documents = [SimpleNamespace(sentences=[_sentence(True, True, 1), _sentence(True, True, 0),
                                            _sentence(False, True, 0), _sentence(True, False, 0)])]
    monkeypatch.setitem(trainer.SILENT_RECIPE, "domain", "read")
    monkeypatch.setitem(trainer.SILENT_RECIPE, "positive", "readable")
    trainer._silent_detector(documents)
    assert [label for _, label in seen["examples"]] == ["yes", "no", "no"]
    monkeypatch.setitem(trainer.SILENT_RECIPE, "domain", "all")
    monkeypatch.setitem(trainer.SILENT_RECIPE, "positive", "gold")
    trainer._silent_detector(documents)
    assert [label for _, label in seen["examples"]] == ["yes", "yes", "yes", "no"]
