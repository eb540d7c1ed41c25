"""Round 28: wrong fields on paired rows (issue 4). Our own sentences only.

- "X will continue to apply a tariff of N percent to goods of Y" is X's measure kept (transitive), not the
  intransitive "the tariff continues to apply", whose levier the goods' partner gives;
- an export duty or export tax alone in a list item is a `tariff` (guide, "Export duties"); an export levy on goods
  "shipped to" a market is the exporting side's, not that market's; a list opened by "X, for its part, commits to the
  following:" and an item opening "Refraining from ..." read the party the opener names;
- the level a new rate replaces, told past several modifiers ("instead of the common external tariff of 35 per
  cent"), as a range ("in place of the current rates of 3 to 8 percent") or by a participle (", lowered from the
  current 15 percent"), is the row's value_from; a zero tariff in place of a rate removes it;
- talks on a deal named by its own field ("a bilateral investment treaty", "a Digital Economy Agreement") take that
  field; talks on fisheries, traceability or the trade balance, and a Joint Committee on a field, are `other`;
- a delayed rate is the level it would bring (value_to), not a value_from;
- a purchase counted right after its verb takes the count in units, whatever value follows (guide rule 25).

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples_in

ON = datetime(2027, 6, 1)
NEWS_TITLE = "Pacific partners trim levies as trade talks wind down"
STATEMENT_TITLE = "Joint Statement on a Framework for a United States-Fiji Agreement on Reciprocal Trade"
FACT_SHEET_TITLE = "Fact Sheet: President Donald J. Trump Secures a Trade Deal with Fiji"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r28-fields-news")


def statement(*texts, title=STATEMENT_TITLE, kinds=None, levels=None):
    return commitments_from(list(texts), published_at=ON, title=title, kinds=kinds, levels=levels,
                            article_id="r28-fields-statement")


def levels_in(rows, text: str) -> list[tuple]:
    """(actor, category, action, value_from, value_to) of the rows read from the sentence holding ``text``."""
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to)
                  for r in rows if text in (r.evidence or ""))


# --- a party that continues to apply a measure levies it ---------------------------------------------------------

def test_a_party_continuing_to_apply_a_rate_to_a_partners_goods_keeps_its_own_tariff():
    rows = statement("The United States will continue to apply a reciprocal tariff of 10 percent to originating goods of Fiji.")
    assert levels_in(rows, "continue to apply") == [("USA", "tariff", "maintain", None, 10.0)]


def test_the_goods_named_before_the_measure_do_not_make_their_country_the_levier():
    rows = statement("Under the Agreement, the United States will continue to apply to originating goods of Fiji "
                     "the reciprocal tariff of 15 percent.")
    assert levels_in(rows, "continue to apply") == [("USA", "tariff", "maintain", None, 15.0)]


def test_the_clause_coordinated_after_a_kept_rate_keeps_the_same_levier():
    rows = statement("The United States will continue to apply a tariff of 10 percent on goods of Fiji, and intends "
                     "to remove it on kava and coconut oil.")
    assert triples_in(rows, "intends to remove") == [("USA", "tariff", "maintain"), ("USA", "tariff", "remove")]


def test_negative_continuing_to_apply_for_something_is_no_measure():
    rows = news("Fiji will continue to apply for membership of the regional customs union.")
    assert levels_in(rows, "continue to apply") == []


# --- export levies in list items, and the party of a list opened with an aside --------------------------------------

def test_an_export_duty_alone_in_a_list_item_is_a_tariff_kept_off():
    rows = statement("Under the framework, Fiji will:",
                     "reduce its customs duty on U.S. frozen chicken from 32 percent to 5 percent; and",
                     "refrain from levying any export duty on kava sold to buyers in the United States.",
                     kinds=["paragraph", "list_item", "list_item"], levels=[0, 1, 1])
    assert triples_in(rows, "export duty on kava") == [("FJI", "tariff", "maintain")]


def test_an_export_tax_on_goods_shipped_to_a_market_is_the_exporters_levy():
    rows = statement("Under the framework, Fiji will:",
                     "accept U.S. veterinary certificates for breeding cattle; and",
                     "refrain from imposing any export duty or export tax on timber shipped to the United States.",
                     kinds=["paragraph", "list_item", "list_item"], levels=[0, 1, 1])
    assert triples_in(rows, "export tax on timber") == [("FJI", "tariff", "maintain")]


def test_negative_export_duties_listed_with_export_restrictions_stay_an_export_control():
    rows = statement("Under the framework, Fiji will:",
                     "accept U.S. veterinary certificates for breeding cattle; and",
                     "refrain from imposing export duties or export restrictions on bauxite destined for the United States.",
                     kinds=["paragraph", "list_item", "list_item"], levels=[0, 1, 1])
    assert triples_in(rows, "export restrictions on bauxite") == [("FJI", "export_control", "maintain")]


def test_a_list_opened_by_a_party_and_an_aside_binds_that_party_in_its_items():
    rows = statement("The United States will lower its tariff on Fijian kava from 15 percent to 5 percent.",
                     "Fiji, for its part, commits to the following:",
                     "Lowering its tariff on U.S. pork from 20 percent to 5 percent;",
                     "Refraining from imposing customs duties on electronic transmissions.",
                     kinds=["paragraph", "paragraph", "list_item", "list_item"], levels=[0, 0, 1, 1])
    assert triples_in(rows, "electronic transmissions") == [("FJI", "tariff", "maintain")]


def test_negative_an_item_under_a_united_states_opener_stays_the_united_states():
    rows = statement("The United States, in return, will:",
                     "Refraining from imposing customs duties on electronic transmissions.",
                     kinds=["paragraph", "list_item"], levels=[0, 1])
    assert triples_in(rows, "electronic transmissions") == [("USA", "tariff", "maintain")]


# --- the level a new rate replaces ----------------------------------------------------------------------------------

def test_the_replaced_measure_named_with_several_modifiers_gives_the_earlier_level():
    rows = news("Fiji will apply a duty of 8 per cent, instead of the common external tariff of 30 per cent, "
                "on up to 50,000 tonnes of rice imported by registered millers.")
    assert levels_in(rows, "instead of") == [("FJI", "tariff", "reduce", 30.0, 8.0)]


def test_a_participle_after_the_new_rate_gives_the_rate_it_was_lowered_from():
    rows = statement("Apply a reciprocal tariff of 10 percent to Fijian goods, lowered from the current 20 percent.",
                     title=FACT_SHEET_TITLE)
    assert levels_in(rows, "lowered from") == [("USA", "tariff", "reduce", 20.0, 10.0)]


def test_a_zero_tariff_in_place_of_a_range_of_rates_removes_the_top_rate():
    rows = statement("Japan will apply a zero tariff to kava and coconut oil originating in Fiji, in place of "
                     "the current rates of 4 to 9 percent.")
    assert levels_in(rows, "zero tariff") == [("JPN", "tariff", "remove", 9.0, 0.0)]


def test_negative_a_rate_named_alone_keeps_its_level_as_imposed():
    rows = news("Fiji will apply a duty of 8 per cent on rice imported by registered millers.")
    assert levels_in(rows, "duty of 8") == [("FJI", "tariff", "impose", None, 8.0)]


# --- what talks are on ---------------------------------------------------------------------------------------------

def test_talks_on_an_investment_treaty_are_on_investment():
    rows = news("Fiji and Japan said they would open negotiations in March on a bilateral investment treaty.")
    assert triples_in(rows, "investment treaty") == [("FJI", "investment", "negotiate"), ("JPN", "investment", "negotiate")]


def test_talks_on_a_digital_economy_agreement_are_other():
    rows = statement("The United States and Fiji announced the launch of negotiations on a United States–Fiji "
                     "Digital Economy Agreement, covering electronic payments.")
    assert triples_in(rows, "Digital Economy Agreement") == [("FJI", "other", "negotiate"), ("USA", "other", "negotiate")]


def test_negative_talks_on_a_trade_and_investment_agreement_stay_diplomatic():
    rows = statement("The United States and Fiji will launch negotiations on a trade and investment agreement.")
    assert triples_in(rows, "trade and investment agreement") == [("FJI", "diplomatic", "negotiate"),
                                                                  ("USA", "diplomatic", "negotiate")]


def test_a_joint_committee_on_fisheries_is_talks_on_other():
    rows = statement("The United States and Fiji will establish a Joint Committee on Fisheries and Ocean Trade.")
    assert triples_in(rows, "Joint Committee") == [("FJI", "other", "negotiate"), ("USA", "other", "negotiate")]


def test_a_working_group_on_the_trade_deficit_is_other():
    rows = news("Fiji and Japan also agreed to set up a working group on Fiji's trade deficit.")
    assert triples_in(rows, "working group") == [("FJI", "other", "negotiate"), ("JPN", "other", "negotiate")]


def test_a_task_force_on_traceability_is_other():
    rows = statement("The two governments will launch a joint task force on timber traceability, the United States "
                     "and Fiji said.")
    assert triples_in(rows, "task force") == [("FJI", "other", "negotiate"), ("USA", "other", "negotiate")]


# --- a delayed rate ------------------------------------------------------------------------------------------------

def test_a_postponed_rate_is_the_level_it_would_bring():
    rows = news("The U.S. Trade Representative is postponing the 25 percent tariff on Chinese drones until June.")
    assert levels_in(rows, "postponing") == [("USA", "tariff", "delay", None, 25.0)]


def test_a_rate_pushed_back_is_the_level_it_would_bring():
    rows = news("Washington on Friday pushed back by one year a 60 pct tariff on forklifts made in China.")
    assert levels_in(rows, "pushed back") == [("USA", "tariff", "delay", None, 60.0)]


def test_negative_a_suspended_rate_stays_the_earlier_level():
    rows = news("The United States suspended its 25 percent tariff on Chinese drones for 90 days.")
    assert levels_in(rows, "suspended") == [("USA", "tariff", "suspend", 25.0, None)]


# --- a purchase counted right after its verb -------------------------------------------------------------------------

def test_a_count_of_things_bought_wins_over_their_value():
    rows = news("Fiji Airways will buy three wide-cabin turboprop airplanes from ATR, together worth about $90 million.")
    assert [(r.actor, r.action, r.amount, r.unit) for r in rows if r.category == "purchase"] == [("FJI", "purchase", 3.0, "units")]


def test_a_count_after_an_additional_is_the_amount():
    rows = news("Fiji will purchase an additional 8 coastal patrol boats from U.S. yards.")
    assert [(r.actor, r.action, r.amount, r.unit) for r in rows if r.category == "purchase"] == [("FJI", "purchase", 8.0, "units")]


def test_negative_a_bulk_quantity_is_no_count():
    rows = news("Fiji will buy 1.5 million tonnes of U.S. wheat worth $400 million over three years.")
    assert [(r.actor, r.action, r.amount, r.unit) for r in rows if r.category == "purchase"] == [("FJI", "purchase", 1500000.0, "tonnes")]
