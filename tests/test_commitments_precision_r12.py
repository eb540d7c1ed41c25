"""Commitment extraction, round 12: precision across kinds — wrong fields, extra rows, status.

Each rule is written for the shape of a sentence, tested on our own paraphrases of it, next to
a sentence of the same shape that does state another commitment (the rule must not eat it).
Every sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, triples

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
AGREEMENT_TITLE = "Agreement Between the United States of America and the Republic of Peru on Reciprocal Trade"
STATEMENT_TITLE = "Joint Statement on Framework for United States-Peru Agreement on Reciprocal Trade"
FACT_SHEET_TITLE = "Fact Sheet: President Donald J. Trump Protects American Widget Makers"


def extract(*texts, title=AGREEMENT_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r12")


# --- a duty named as what a practice evades: the practice fought is the measure --------------

def test_fighting_transshipment_that_evades_duties_is_enforcement_not_a_tariff():
    for text in (
            "Peru shall combat the transshipment of goods through its ports for the purpose of evading "
            "duties owed to the United States.",
            "Peru shall crack down on the transshipment of goods via its territory intended to circumvent U.S. tariffs.",
            "Peru will work with the United States to stop transshipment aimed at evading U.S. tariffs.",
            "Peru will curb transshipment meant to evade American duties."):
        assert triples(extract(text, title=STATEMENT_TITLE)) == [("PER", "other", "enforce")], text


def test_a_restricting_verb_on_a_practice_that_is_no_fraud_stays_a_restriction():
    assert triples(extract("Peru will restrict cross-border data flows.", title=STATEMENT_TITLE)) == [
        ("PER", "other", "restrict")]


def test_a_duty_next_to_a_topic_that_names_it_is_still_the_tariff():
    rows = extract("Peru shall apply rules of origin to the tariffs it imposes on U.S. goods.")
    assert "tariff" in {r.category for r in rows}


# --- a rate written before the tariff a cut names is where that tariff stands -----------------

def values(rows):
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


def test_a_cut_of_a_rated_tariff_starts_from_that_rate():
    for text, owner in (
            ("Peru shall cut its 20% tariff on U.S. wheat.", "PER"),
            ("Japan agreed to lower its 25 percent duty on American beef.", "JPN"),
            ("Peru will reduce the existing 25 per cent tariff on beef.", "PER")):
        rate = float(text.split("%")[0].split()[-1]) if "%" in text else 25.0
        assert values(extract(text, title=FACT_SHEET_TITLE)) == [(owner, "reduce", rate, None)], text


def test_a_cut_of_a_rated_tariff_to_a_new_rate_reads_both_levels():
    for text in ("The United States will reduce its 30 percent tariff on Peruvian textiles to 10 percent.",
                 "The United States will lower the 30% duty on Peruvian cloth to 10%."):
        assert values(extract(text, title=FACT_SHEET_TITLE)) == [("USA", "reduce", 30.0, 10.0)], text


def test_a_rate_a_cut_brings_goods_to_stays_the_new_level():
    assert values(extract("Peru will reduce tariffs on U.S. wheat to 10 percent.", title=FACT_SHEET_TITLE)) == [
        ("PER", "reduce", None, 10.0)]
    assert values(extract("Peru will lower the tariff on beef from 25% to 10%.", title=FACT_SHEET_TITLE)) == [
        ("PER", "reduce", 25.0, 10.0)]


# --- a treaty's recitals: background and aims, no term ----------------------------------------

def test_a_recital_in_capitals_or_a_preamble_participle_gives_no_row():
    for text in (
            "SEEKING to rebalance their trade by cutting tariffs and removing non-tariff barriers;",
            "AIMING to put their commerce on a fairer footing by lowering duties and dismantling barriers; and",
            "Recognizing the need to lower tariffs on farm goods; and"):
        assert extract(text) == [], text


def test_a_term_after_a_recital_opening_is_still_a_row():
    assert triples(extract("Peru shall eliminate tariffs on U.S. wheat; and")) == [("PER", "tariff", "remove")]
    assert triples(extract("RECOGNIZING the bonds between them, Peru shall eliminate tariffs on U.S. wheat.")) == [
        ("PER", "tariff", "remove")]


# --- an offer is a proposal (guide rule 2) ---------------------------------------------------

def test_an_offer_to_act_is_proposed_and_an_agreement_stays_agreed():
    for text in ("Peru later offered to lower its duties on U.S. poultry.",
                 "Vietnam has offered to buy more American LNG.",
                 "Kenya offers to drop its ban on U.S. beef."):
        rows = extract(text, title=FACT_SHEET_TITLE)
        assert rows and {r.status for r in rows} == {"proposed"}, text
    rows = extract("Peru agreed to lower its duties on U.S. poultry.", title=FACT_SHEET_TITLE)
    assert {r.status for r in rows} == {"agreed"}


# --- a purchase lead handing its goods to an annex the page states --------------------------

def test_a_purchase_lead_citing_an_annex_gives_way_to_the_annex_purchases():
    for lead in ("Peru intends to facilitate the purchase by its companies of originating goods of the "
                 "United States as listed in Annex III.",
                 "Peru intends to purchase U.S. goods as set out in Annex III."):
        rows = extract(lead, "Peruvian firms intend to buy 300,000 metric tons of U.S. wheat each year.")
        assert [(r.actor, r.category, r.amount) for r in rows] == [("PER", "purchase", 300000.0)], lead


def test_a_purchase_lead_citing_an_annex_not_on_the_page_stays_a_row():
    rows = extract("Peru intends to facilitate the purchase by its companies of originating goods of the "
                   "United States as listed in Annex III.")
    assert triples(rows) == [("PER", "purchase", "purchase")]


# --- a cap the signer sets in its own order (or the order's fact sheet) is in force ----------

SIGNED = "Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on imports of widgets."


def test_a_cap_for_partners_in_a_signed_order_fact_sheet_is_implemented():
    for cap in ("Consistent with the trade deals the President has reached, the tariff on widgets from the "
                "European Union and Japan will not exceed 15%.",
                "For widgets of the European Union and Japan, the combined rate shall not exceed 15 percent."):
        rows = extract(SIGNED, cap, title="Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets")
        capped = [r for r in rows if r.value_to == 15.0]
        assert capped and {r.status for r in capped} == {"implemented"}, cap


def test_a_cap_a_party_pledges_in_a_joint_statement_stays_agreed():
    rows = extract("The United States intends to ensure that tariffs on Peruvian goods do not exceed 15 percent.",
                   title=STATEMENT_TITLE)
    capped = [r for r in rows if r.value_to == 15.0]
    assert capped and {r.status for r in capped} == {"agreed"}


# --- a restriction of no named kind is an import restriction, not the verb's default tariff --

def test_restrictions_imposed_with_no_levy_named_are_import_restrictions():
    for text in ("For decades, Peru has imposed animal health restrictions that are not scientifically "
                 "justified on U.S. pork.",
                 "Peru has imposed new bans that keep U.S. beef out."):
        assert triples(extract(text, title=FACT_SHEET_TITLE)) == [("PER", "import_restriction", "restrict")], text


def test_a_levy_imposed_stays_a_tariff():
    assert triples(extract("Peru will impose a 10% tariff on U.S. cars.", title=FACT_SHEET_TITLE)) == [
        ("PER", "tariff", "impose")]


# --- a measure named with a comma list of goods before an intransitive level verb -----------

WIDGETS_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets"


def test_a_tariff_on_a_list_of_goods_that_will_rise_is_a_row():
    for text, level in (("The tariff on blades, hubs, and towers will increase to 75% on January 1, 2027.", 75.0),
                        ("The duty on cars, trucks and buses will rise to 40% next year.", 40.0)):
        rows = extract(text, title=WIDGETS_TITLE)
        assert [(r.actor, r.action, r.value_to) for r in rows] == [("USA", "raise", level)], text


def test_an_apposition_before_a_market_verb_still_gives_no_row():
    for text in ("Shares of Hyundai, the carmaker, fell 4% after the tariff news.",
                 "Shares of Hyundai, Kia and Toyota fell 4% after the tariff news."):
        assert extract(text, title=WIDGETS_TITLE) == [], text


# --- who pays: an agency dealt with or the market built in is not whose goods pay ------------

def test_importers_dealing_with_an_agency_pay_the_signers_rate():
    rows = extract("Today, President Donald J. Trump signed a Proclamation imposing tariffs on widgets.",
                   "Consistent with the trade deals, the tariff on widgets from the European Union and Japan "
                   "will not exceed 15%.",
                   "Importers that have signed agreements with the Department of Commerce to build new capacity "
                   "in the United States will instead pay a 10% rate for two years.", title=WIDGETS_TITLE)
    assert [r.actor for r in rows if r.value_to == 10.0] == ["USA"]


def test_goods_of_a_named_country_still_name_the_payer():
    rows = extract("British steel will continue to face a 25% duty.", title=WIDGETS_TITLE)
    assert [(r.actor, r.counterparty) for r in rows] == [("USA", "GBR")]


# --- a rise the order schedules well after its first rates is still to come -----------------

def test_a_rise_scheduled_months_after_the_first_rates_is_announced():
    for title, texts in (
            (WIDGETS_TITLE, ("Beginning April 1, the Proclamation imposes a 25% tariff on imports of widgets.",
                             "The tariff on widgets will increase to 40% on January 1, 2027.")),
            ("Adjusting Imports of Widgets Into the United States", (
                "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do hereby "
                "proclaim as follows:",
                "(1) Beginning September 1, 2026, widgets shall be subject to an additional ad valorem duty of "
                "25 percent.",
                "(2) Beginning July 1, 2027, the duty on widget parts described in Annex II shall rise from "
                "25 percent to 40 percent, so that domestic makers have time to build capacity."))):
        rows = extract(*texts, title=title)
        status = {r.value_to: r.status for r in rows}
        assert status == {25.0: "implemented", 40.0: "announced"}, title


def test_a_rise_that_is_the_orders_own_act_stays_implemented():
    rows = extract("Today, President Donald J. Trump signed a Proclamation to increase the tariff on widgets "
                   "to 50%, effective April 1.", title=WIDGETS_TITLE)
    assert [(r.action, r.status) for r in rows] == [("raise", "implemented")]
