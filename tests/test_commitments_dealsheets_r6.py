"""Commitment extraction, round 6: deal fact sheets and deal round-ups ("reach historic trade
deal" pages, a visit's investment and purchase lists).

Every sentence here is our own, written for the rule it tests; countries, firms and figures
are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: The United States and Chile Reach Historic Trade Deal"


def extract(*texts, title=TITLE, kinds=None, levels=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, kinds=kinds, levels=levels,
                            article_id="test-dealsheet")


def rows_of(rows, category):
    return sorted((r.actor, r.action) for r in rows if r.category == category)


def test_a_time_phrase_before_a_list_of_parties_keeps_every_party_a_subject():
    rows = extract("In the next few weeks, the United States and Chile, Peru, and Panama will work quickly "
                   "to finalize the Agreements for signature.")
    assert sorted({r.actor for r in rows if r.category == "diplomatic" and r.action == "negotiate"}) == [
        "CHL", "PAN", "PER", "USA"]


def test_undertaking_domestic_procedures_is_a_step_still_to_come_for_each_party():
    rows = extract("Later this year, the United States and Chile will undertake applicable domestic procedures "
                   "so that the Agreement can enter into force.")
    assert rows_of(rows, "diplomatic") == [("CHL", "negotiate"), ("USA", "negotiate")]


def test_purchases_of_us_goods_under_a_joint_lead_are_the_partners_alone():
    rows = extract(
        "The United States and Chile welcome commercial deals worth about $9 billion, further increasing "
        "U.S. exports to Chile. This includes:",
        "Purchases of roughly $6 billion of U.S. energy products.",
        "Purchases of over $2 billion of American farm goods.",
        kinds=["list_item", "list_item", "list_item"], levels=[1, 2, 2],
    )
    purchases = sorted((r.actor, r.amount) for r in rows if r.category == "purchase")
    assert purchases == [("CHL", 2e9), ("CHL", 6e9)]


def test_an_order_signed_by_the_president_is_the_us_measure_whoever_the_page_names_most():
    rows = extract(
        "Today, President Donald J. Trump signed a historic Executive Order ending the sanctions program on Syria.",
        "The Order removes sanctions on Syria, so that Syria can rebuild its trade with Syria's neighbours.",
        title="Fact Sheet: President Donald J. Trump Ends Sanctions on Syria",
    )
    sanctions = [(r.actor, r.counterparty, r.action) for r in rows if r.category == "sanctions"]
    assert sanctions and all(s == ("USA", "SYR", "remove") for s in sanctions)


def test_measures_listed_after_such_as_are_the_partners_own_rows():
    rows = extract("Chile will tackle a range of non-tariff barriers, such as exempting U.S. firms from local "
                   "content rules, accepting U.S. vehicle safety standards, accepting FDA approvals for medical "
                   "devices, removing costly labeling requirements, and eliminating pre-shipment inspections.")
    assert sorted((r.actor, r.category, r.action) for r in rows) == [
        ("CHL", "import_restriction", "remove"), ("CHL", "import_restriction", "remove"),
        ("CHL", "market_access", "relax"), ("CHL", "market_access", "relax"), ("CHL", "market_access", "relax"),
    ]


def test_what_announced_deals_allow_is_no_term_of_them():
    rows = extract("Today, President Trump announced new trade deals with Chile, Peru, and Panama, allowing "
                   "greater and more streamlined market access for American farmers.",
                   "These deals secure commitments on security issues to strengthen supply chains, deepening "
                   "cooperation to provide American exporters with better access to markets in the region.")
    assert rows == []


def test_commitments_the_agreement_secures_are_still_its_terms():
    rows = extract("The Agreement will secure commitments to jointly address non-market policies of third "
                   "countries.")
    assert rows_of(rows, "other") == [("CHL", "enforce"), ("USA", "enforce")]


def test_a_recap_of_other_visits_pledges_gives_each_country_its_investment():
    rows = extract("The new Chile deals build on the $500 billion in Peru and $1.1 trillion in Panama the "
                   "President secured for Americans.",
                   title="Fact Sheet: President Trump Secures New Deals with Chile")
    investments = sorted((r.actor, r.amount) for r in rows if r.category == "investment")
    assert investments == [("PAN", 1.1e12), ("PER", 5e11)]


def test_partners_fronted_with_for_get_a_row_each_and_are_no_subjects():
    rows = extract("For Peru and Panama, the United States will also remove the reciprocal tariffs on certain "
                   "textile goods.")
    tariffs = sorted((r.actor, r.counterparty, r.action) for r in rows if r.category == "tariff")
    assert tariffs == [("USA", "PAN", "remove"), ("USA", "PER", "remove")]


def test_adopting_a_forced_labour_import_ban_restricts_imports():
    rows = extract("Chile will adopt and implement a forced labor import ban.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHL", "import_restriction", "restrict")]


def test_goods_that_will_receive_a_zero_rate_take_the_rate_after_the_verb():
    rows = extract("The United States will keep a 15% reciprocal tariff rate for imports from Chile, except for "
                   "certain listed products which will receive a 0% reciprocal tariff rate.")
    tariffs = sorted((r.action, r.value_to) for r in rows if r.category == "tariff")
    assert tariffs == [("maintain", 15.0), ("remove", 0.0)]


def test_a_mechanism_giving_goods_a_rate_is_that_rate_not_talks():
    rows = extract("The United States committed to establish a mechanism allowing certain apparel from Chile to "
                   "receive a 0% reciprocal tariff rate for a set volume.")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "remove", 0.0)]


def test_taking_steps_to_resolve_ip_issues_is_enforcement():
    rows = extract("Chile will take steps to resolve many long-standing intellectual property issues.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHL", "intellectual_property", "enforce")]


def test_finalizing_agreements_with_several_partners_gives_a_us_row_per_partner():
    rows = extract("In the next few weeks, the United States and Chile, Peru, and Panama will work quickly to "
                   "finalize the Agreements for signature.")
    us = sorted(r.counterparty for r in rows if r.actor == "USA" and r.category == "diplomatic")
    assert us == ["CHL", "PAN", "PER"]


def test_a_deal_that_ensures_streamlined_customs_procedures_opens_the_partners_market():
    rows = extract("Chile ensures streamlined customs procedures for U.S. exports.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHL", "market_access", "relax")]


def test_a_trade_groups_quote_in_a_round_up_is_comment_not_a_commitment():
    rows = extract("National Widget Association President and CEO Jane Roe: “We welcome the commitments of both "
                   "governments to remove tariffs on widgets and to address non-tariff barriers.”",
                   title="What They Are Saying: The Chile Trade Deal Is a Win")
    assert rows == []
