"""Round 40 (issue 4, SLT): the learned reader's subject slot after what may stand before a sentence's subject.

- a party that opens a sentence is still its opening subject after a heading's label in capitals ("TIGHTER RULES: ..."),
  a fronted time or frame phrase closed by a comma ("Last month, ", "On March 3, 2027, ", "In return, ") or an office
  title before a person ("President X signed ..."): ``_opens_sentence`` (its readers: the opening clause's subject,
  the subject of a sentence with no modal, the head of a long subject);
- not a party inside the fronted phrase, after other words ("officials in X"), or a former office holder.

Our own sentences only (never text from the shared or written pages). Rows are the slots' reading for a label given
(``ls.sentence_rows(..., label=...)``, round 39), whatever the models say.
"""
from types import SimpleNamespace

import pytest

from bench import train_commitment_models as trainer
from pipeline import learned_sentences as ls
from pipeline.actors import find_actor_mentions


def parties(sentence):
    return ls.sentence_parties(sentence, None, find_actor_mentions)


def slot_rows(sentence, label_given):
    """What the slots make of an agreement's sentence handed ``label_given`` (the trainer's reading, round 39)."""
    context = SimpleNamespace(on=None, signatories=("USA", "CHL"), parties=("USA", "CHL"), order_text="",
                              in_force_by=None, news_register=False, default_status="agreed")
    paragraph = SimpleNamespace(index=3, char_start=100, kind="body")
    rows = ls.sentence_rows(sentence, paragraph, 0, len(sentence), "", False, context, find_actor_mentions, [],
                            trainer._Forced, label=label_given)
    return [(r.actor, r.category, r.action, r.amount) for r in rows]


# --- the opening subject after a fronted phrase, a label or a title ------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Last month, Ghana raised its duty on frozen poultry legs to 35 percent.", (["GHA"], ["GHA"])),
    ("On 4 June, Peru scrapped the 6 percent tariff on imported electric buses.", (["PER"], ["PER"])),
    ("On March 3, 2027, Kenya began charging a 10 percent levy on imported sugar from Uganda.", (["KEN", "UGA"], ["KEN"])),
    ("TIGHTER RULES: Last week, Vietnam imposed licences on exports of raw cashew to India.", (["VNM", "IND"], ["VNM"])),
    ("President Donald J. Trump signed a proclamation that places a 25 percent tariff on imported forklifts.",
     (["USA"], ["USA"])),
    ("Today, President Donald J. Trump signed an order barring imports of drones made in China.",
     (["USA", "CHN"], ["USA"])),
    ("In return, Chilean flour mills, feed compounders and poultry integrators will purchase 2 million tonnes of "
     "U.S. wheat over three years.", (["CHL", "USA"], ["CHL"])),
])
def test_the_opening_party_after_a_fronted_phrase_is_the_subject(sentence, expected):
    assert parties(sentence) == expected


@pytest.mark.parametrize("sentence, label_given, expected", [
    ("In exchange, Chilean flour mills, feed compounders and poultry integrators will purchase 2 million tonnes of "
     "U.S. wheat over three years.", "purchase/purchase", [("CHL", "purchase", "purchase", 2e6)]),
    ("Over the next year, Chilean pension funds, insurers and state holding companies will invest $600 million in "
     "American ports.", "investment/invest", [("CHL", "investment", "invest", 6e8)]),
])
def test_a_long_subject_after_a_fronted_phrase_gives_its_row(sentence, label_given, expected):
    assert slot_rows(sentence, label_given) == expected


# --- near-misses: no subject ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a party after other words is no opening subject
    ("Last week, officials in Ghana raised the duty on frozen poultry legs to 35 percent.", (["GHA"], [])),
    ("This year, exporters from Malawi paid a 12 percent duty on tobacco sent to Kenya.", (["MWI", "KEN"], [])),
    # a party inside the fronted phrase is not the subject, nor the one after it
    ("In a letter to Kenya, Uganda asked for lower duties on sugar.", (["KEN", "UGA"], [])),
    # a former office holder does not act
    ("Former President Donald J. Trump signed a pledge on tariffs at a rally.", (["USA"], [])),
])
def test_a_party_after_other_words_is_no_opening_subject(sentence, expected):
    assert parties(sentence) == expected


def test_a_fronted_phrase_with_two_parties_before_the_verb_is_no_long_subject():
    sentence = ("In exchange, Chilean and Peruvian pension funds, insurers and state holding companies will invest "
                "$600 million in American ports.")
    assert slot_rows(sentence, "investment/invest") == []


@pytest.mark.xfail(reason="a fronted 'Under ...' phrase is not among the time phrases the subject slot skips")
def test_a_party_after_a_fronted_under_phrase_is_the_subject():
    sentence = "Under the accord, Indonesian pension funds, sovereign investors and state banks will invest $4 billion."
    assert parties(sentence) == (["IDN"], ["IDN"])


# --- a tariff's subject in a sentence with no modal -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, label_given, expected", [
    ("President Donald J. Trump signed a proclamation that places a 25 percent tariff on imported forklifts.",
     "tariff/impose", [("USA", "tariff", "impose", None)]),
    ("In November, Chile cut its duty on imported ethanol again, to 2 percent.", "tariff/reduce",
     [("CHL", "tariff", "reduce", None)]),
])
def test_the_active_subject_of_a_sentence_with_no_modal_levies_the_tariff(sentence, label_given, expected):
    assert slot_rows(sentence, label_given) == expected


@pytest.mark.parametrize("sentence", [
    "Last year, Chilean copper faced a 10 percent duty at the border.",
    "Chile asked that the United States exclude fresh cherries from the 10 percent tariff.",
    # the measure, not the party, is the verb's subject
    "Chile's duty on imported ethanol annoyed American refiners for years.",
])
def test_a_payer_or_an_asker_with_no_modal_levies_no_tariff(sentence):
    assert [row[0] for row in slot_rows(sentence, "tariff/impose")] != ["CHL"]
