"""Round 28, late pass (issue 4): the learned rows' party slot — a country's firms or goods granted something.

A learned row's actor is the subject party before the first modal (``sentence_parties``). When that party is only the
origin of firms or goods ("Zambian companies", "Zambian copper") and the verb says what they are let do or what was done
to them (a permission: "may now", "will be allowed to", "will be sold in"; a passive: "were approved"), the firms'
country does not act: the one other country the sentence names grants it; with none, no row from the subject.

Our own sentences only (never text from the shared or written pages), read with round 26's fixture models (a detector
that passes every sentence, a category model with one label).
"""

from pipeline import learned_sentences as ls
from tests.commitment_text import learned_rows
from tests.test_commitments_lr_r26 import label, shown  # noqa: F401 (the fixture)


def story_rows(*paragraphs):
    """The learned rows of a bylined story (the news register)."""
    return learned_rows(list(paragraphs), title="Zambia and Namibia trade round-up", authors=["A. Reporter"])


def test_firms_that_may_now_invest_are_not_the_party_that_lets_them(label):
    label("investment/relax")
    rows = story_rows("WINDHOEK - Under the revised code Zambian companies may now hold up to 80% of Namibian "
                      "logistics firms, the finance ministry in Windhoek said.")
    assert [row[0] for row in shown(rows)] == ["NAM"]
    assert shown(rows)[0][1:3] == ("investment", "relax")


def test_firms_that_will_be_allowed_to_own_are_not_the_actor(label):
    label("investment/relax")
    rows = story_rows("LUSAKA - Namibian insurers will be allowed to own all of a Zambian broker from July, up from "
                      "half today.")
    assert [row[:3] for row in shown(rows)] == [("ZMB", "investment", "relax")]


def test_goods_that_will_be_sold_in_another_country_take_that_country_as_actor(label):
    label("market_access/relax")
    rows = story_rows("LUSAKA - Zambian honey will be sold in Namibia for the first time next year after inspectors "
                      "signed off on two packing sheds.")
    assert [row[:3] for row in shown(rows)] == [("NAM", "market_access", "relax")]


def test_the_state_itself_still_acts_when_it_is_let_do_something(label):
    # "Zambian authorities may now ...": the demonym names the state, which keeps the row
    label("import_restriction/restrict")
    rows = story_rows("LUSAKA - Zambian authorities may now refuse Namibian maize shipments that lack a fumigation "
                      "certificate, the ministry said.")
    assert [row[0] for row in shown(rows)] == ["ZMB"]


def test_firms_that_will_act_themselves_keep_their_country(label):
    # no permission and no passive: "Zambian exporters will open" is the firms' own pledge
    label("market_access/relax")
    rows = story_rows("LUSAKA - Zambian exporters will open a joint sales office in Namibia next year, the trade "
                      "ministry said.")
    assert [row[0] for row in shown(rows)] == ["ZMB"]


def test_goods_granted_with_no_other_country_named_give_no_row_from_the_subject(label):
    label("market_access/relax")
    rows = story_rows("LUSAKA - Zambian honey will be sold abroad for the first time next year, exporters said.")
    assert [row[0] for row in shown(rows)] != ["ZMB"]


def test_the_granted_verb_reads_permissions_and_passives_only():
    assert ls._GRANTED_VERB.match("may now hold") and ls._GRANTED_VERB.match("will be allowed to")
    assert ls._GRANTED_VERB.match("were approved by") and ls._GRANTED_VERB.match("will be sold in")
    assert not ls._GRANTED_VERB.match("will buy") and not ls._GRANTED_VERB.match("may hold")


def test_firms_named_by_a_bloc_name_are_not_the_actor_either(label):
    # "EU" is a name, not a demonym, yet "EU insurers will be able to ..." names firms
    label("procurement/relax")
    rows = story_rows("LUSAKA - EU builders will be able to bid for road contracts tendered by Zambia's provinces from "
                      "next year.")
    assert [row[:3] for row in shown(rows)] == [("ZMB", "procurement", "relax")]


# --- a sentence with no modal: its subject opens it -----------------------------------------------------------------

def test_with_no_modal_the_party_that_opens_the_sentence_acts(label):
    label("port_fees/raise")
    rows = story_rows("Windhoek also raised the fee Zambian trucks pay to cross the Caprivi corridor to $90 a trip, a "
                      "step Zambian hauliers called punitive.")
    assert [row[:3] for row in shown(rows)] == [("NAM", "port_fees", "raise")]


def test_with_no_modal_a_country_near_the_end_is_no_subject(label):
    label("purchase/suspend")
    rows = story_rows("Most retailers pulled Namibian wine from their shelves last March in protest at Zambia's duties.")
    assert rows == []


def test_the_opening_test_reads_datelines_and_the_article():
    assert ls._opens_sentence("LUSAKA, May 3 (Wire) - Zambia raised", 23)
    assert ls._opens_sentence("The EU raised", 4)
    assert not ls._opens_sentence("Farmers said Zambia raised", 13)
