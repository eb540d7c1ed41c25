"""Commitment extraction, round 10: precision across kinds — wrong fields, extra rows, status.

Each rule is written for the shape of a sentence, tested on our own paraphrases of it, next to
a sentence of the same shape that does state a commitment (the rule must not eat it). Every
sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import ORDER_OPENING, commitments_from, rows_of

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
ORDER_TITLE = "Further Adjusting the Tariffs on Imports of Widgets Into the United States"
FACT_SHEET_TITLE = "Fact Sheet: President Donald J. Trump Protects American Widget Makers"


def extract(*texts, title=ORDER_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r10")


# --- advice received: what an adviser recommended is not the measure -----------------------
# (the orders rule's _POWER_OR_ADVICE_LINE, written the same night, reads these; the decision
# told after the advice in the same sentence keeps its row)

def test_a_recommendation_reported_in_an_order_gives_no_row():
    for text in (
            "The Secretary recommended that I raise the tariffs imposed on imported widgets.",
            "The Trade Representative has also recommended that I lower the duties on French cheese to 10 percent.",
            "The Secretary of Commerce recommends that I impose a 25 percent tariff on imported drones.",
            "In addition, the Secretary recommends that I include gadget housings within the product coverage "
            "of the proclamation, to ensure that they are subject to the appropriate tariffs for widgets.",
            "The Secretary has provided me information, opinions, and recommendations regarding the tariffs "
            "imposed on widgets and the threats found in that proclamation.",
            "I have also received additional information and recommendations on trade negotiations and on efforts "
            "to retaliate against the United States for its actions to lower barriers."):
        assert extract(text) == [], text


def test_the_decision_after_a_recommendation_is_still_a_row():
    rows = extract("Based on these recommendations, I have determined that it is necessary and appropriate to "
                   "raise the tariff on widgets to 25 percent.")
    assert ("USA", "tariff", "raise", 25.0, None, "percent") in rows_of(rows)
    for text in ("The Secretary recommended that I act, and I have determined that it is necessary to impose a "
                 "30 percent tariff on gadgets.",
                 "The Secretary recommended that I act; I hereby impose a 30 percent tariff on gadgets."):
        assert ("USA", "tariff", "impose", 30.0, None, "percent") in rows_of(extract(text)), text


# --- an emergency, crisis or threat "addressed": the ground of an order, no measure ----------

def test_addressing_an_emergency_or_a_crisis_gives_no_row():
    for text in (
            "President Trump is invoking his authority under the International Emergency Economic Powers Act "
            "to address the national emergency posed by the persistent trade deficit driven by currency "
            "manipulation.",
            "Shortly after taking office, President Trump declared a national emergency to address, among "
            "other things, the public health crisis caused by fentanyl smuggled across the border.",
            "The President is invoking his authority under the International Emergency Economic Powers Act to "
            "address the emergency posed by the trade deficit and currency manipulation."):
        assert [r for r in extract(text, title=FACT_SHEET_TITLE) if r.action == "enforce"] == [], text


def test_addressing_a_measure_or_a_flow_is_still_a_row():
    rows = extract("Mexico will take significant measures to address the flow of fentanyl into the "
                   "United States.", title="Joint Statement on United States-Mexico Trade")
    assert ("MEX", "drug_enforcement", "enforce", None, None, None) in rows_of(rows)
    rows = extract("Mexico will address barriers and threats to American dairy exports, including its import "
                   "licensing requirements.", title="Joint Statement on United States-Mexico Trade")
    assert [r.actor for r in rows] == ["MEX"]


# --- status: a burden several partners levy, told in the plural present (guide rule 4) -------

def test_plural_present_burden_of_named_partners_is_implemented():
    for text in (
            "The United States imposes a 2.5% tariff on motorcycles, while Japan (20%) and India (50%) impose "
            "much higher duties on them.",
            "Brazil (18 percent) and Indonesia (30 percent) impose a higher tariff on ethanol than the United "
            "States does.",
            "Certain countries, like Brazil, Chile, and Vietnam, restrict or prohibit the importation of used "
            "machinery."):
        rows = [r for r in extract(text, title=FACT_SHEET_TITLE) if r.actor != "USA"]
        assert rows and {r.status for r in rows} == {"implemented"}, text


def test_plural_verb_after_a_modal_or_to_is_not_in_force():
    rows = extract("Japan and India will impose a 10% tariff on American motorcycles.", title=FACT_SHEET_TITLE)
    assert rows and "implemented" not in {r.status for r in rows}
    rows = extract("Japan and India agreed to impose a 10% tariff on gadgets.", title=FACT_SHEET_TITLE)
    assert "implemented" not in {r.status for r in rows}


# --- a larger tariff-rate quota is a tariff cut (convention 14) ------------------------------

def test_increasing_a_tariff_rate_quota_is_a_reduction():
    for text in (
            "Today, President Donald J. Trump signed a Proclamation temporarily increasing the U.S. tariff-rate "
            "quota for beef trimmings to lower grocery prices.",
            "In March, President Trump raised the tariff-rate quota on raw cane sugar to ease supply.",
            "The Proclamation increases the TRQ for Argentine beef for the rest of the year."):
        rows = extract(text, title=FACT_SHEET_TITLE)
        assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "reduce")], text


def test_raising_a_tariff_is_still_a_raise():
    rows = extract("The Proclamation increases the tariff on imported sugar to 25 percent.", title=FACT_SHEET_TITLE)
    assert ("USA", "tariff", "raise", 25.0, None, "percent") in rows_of(rows)


# --- a U.S. act on an object that names no trade: domestic policy (guide rule 1) --------------

def test_domestic_acts_with_no_trade_object_give_no_row():
    for text in (
            "Upon returning to office, President Trump signed an Executive Order halting offshore drilling leases "
            "to protect the fishing industry.",
            "In February, President Trump repealed the Clean Power Plan rule, avoiding over $50 billion in costs "
            "for American manufacturers.",
            "Through this deal, President Trump has found a way to keep the video app operational while resolving "
            "security issues with new investment."):
        assert extract(text, title=FACT_SHEET_TITLE) == [], text


def test_acts_on_trade_objects_or_foreign_parties_are_still_rows():
    for text, row in (
            # (round 24: halting imports restricts them, as the guide's "a ban or a halt of exports restricts them")
            ("President Trump signed an Executive Order halting imports of Venezuelan oil.",
             ("USA", "import_restriction", "restrict")),
            ("The United States will remove its restrictions on imports of Chilean cherries.",
             ("USA", "import_restriction", "remove"))):
        assert row in [(r.actor, r.category, r.action) for r in extract(text, title=FACT_SHEET_TITLE)], text


# --- status: talks an order reports as held are one party's report (convention 7, Q8b) -------

DEAL_ORDER_TITLE = "Implementing the Trade Agreement Between the United States and Japan"


def test_talks_held_in_an_order_recital_are_announced():
    for text in (
            "Since I signed Executive Order 14300, the United States has entered into discussions with Japan to "
            "address the lack of reciprocity in our trade.",
            "Subsequently, the United States held talks with India on the barriers facing American exporters."):
        rows = extract(ORDER_OPENING, text, title=DEAL_ORDER_TITLE)
        assert len(rows) == 2 and {r.status for r in rows} == {"announced"}, text


def test_talks_still_to_come_in_an_order_stay_agreed():
    rows = extract(ORDER_OPENING, "The United States and Japan will continue negotiations on a reciprocal trade "
                   "agreement.", title=DEAL_ORDER_TITLE)
    assert rows and {r.status for r in rows} == {"agreed"}


# --- the U.S. buying or investing at home, on a U.S. page: no trade pledge (guide rule 1) -------

def test_us_spending_at_home_gives_no_row():
    for text in (
            "In addition, the U.S. government is announcing a partnership with a mining firm, investing $40 million "
            "to support lithium exploration in Nevada.",
            "The agreement makes the U.S. government a 5% shareholder in the company and includes warrants to "
            "purchase an additional 5% of its shares.",
            "As a result of its loss of domestic production, the United States must import much of the steel it "
            "uses, sending U.S. dollars overseas."):
        assert [r for r in extract(text, title=FACT_SHEET_TITLE) if r.category in ("purchase", "investment")] == [], text


def test_us_investment_abroad_and_partner_pledges_are_still_rows():
    rows = extract("The United States will invest $2 billion in a gallium refinery in Australia.", title=FACT_SHEET_TITLE)
    assert ("USA", "investment", "invest", None, 2e9, "usd") in rows_of(rows)
    rows = extract("Japan will invest $550 billion in the United States.", title=FACT_SHEET_TITLE)
    assert ("JPN", "investment", "invest", None, 5.5e11, "usd") in rows_of(rows)
