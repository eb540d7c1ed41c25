"""Commitment extraction, round 13: White House fact sheets.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries, firms and figures are invented or
used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
ROUND_UP_TITLE = "Fact Sheet: President Donald J. Trump Announces Trade Deals with Four Partners"


def extract(*texts, title=ROUND_UP_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-factsheets-r13")


def shapes(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in rows)


# --- partners referred back to by number and region, or by "these countries" ------------------

LISTING = ("Today the President announced frameworks for reciprocal trade with Peru, Chile, Colombia, and "
           "Costa Rica, and an investment accord with Japan.")


def test_deals_with_n_regional_countries_give_each_named_partner_its_rows():
    for sentence in (
        "Deals with four Latin American countries open those markets to U.S. farm goods by eliminating tariffs "
        "and non-tariff barriers.",
        "The deals with these four Latin American countries further open their markets for American exports by "
        "removing tariffs and non-tariff barriers.",
    ):
        rows = extract(LISTING, sentence)
        partners = ["CHL", "COL", "CRI", "PER"]
        expected = sorted([(code, "USA", "tariff", "remove") for code in partners]
                          + [(code, "USA", "market_access", "remove") for code in partners])
        assert shapes(r for r in rows if r.evidence == sentence) == expected, sentence


def test_a_count_that_does_not_match_the_region_names_no_partner():
    # three Latin American countries were named, not five: who is meant cannot be told
    listing = "The President signed frameworks with Peru, Chile, and Colombia, and with Japan."
    sentence = "Deals with five Latin American countries open those markets by eliminating tariffs."
    rows = [r for r in extract(listing, sentence) if r.evidence == sentence]
    assert not {r.actor for r in rows} & {"PER", "CHL", "COL"}


def test_goods_from_these_countries_give_a_row_per_partner_listed_before():
    listing = "In the weeks ahead, the United States and Peru, Chile, Colombia, and Costa Rica will finalize the texts."
    sentence = ("The United States will also grant MFN-tariff treatment to certain originating goods from these "
                "countries that cannot be produced domestically.")
    rows = [r for r in extract(listing, sentence) if r.evidence == sentence]
    assert shapes(rows) == [("USA", code, "tariff", "remove") for code in ("CHL", "COL", "CRI", "PER")]


def test_these_countries_in_an_aside_is_no_subject():
    listing = "The President set new rates for Peru, Chile, and Colombia."
    sentence = "As these countries know, there will be no tariff if they build their products here."
    rows = [r for r in extract(listing, sentence) if r.evidence == sentence]
    assert not {r.actor for r in rows} & {"PER", "CHL", "COL"}


def test_tariff_as_an_adjective_on_barriers_stays_one_tariff_row():
    sentence = "Peru will remove tariff and non-tariff barriers facing U.S. exports."
    assert shapes(extract(sentence)) == [("PER", "USA", "tariff", "remove")]


# --- lexicon: working groups, amending a treaty between the parties, acceptance without testing --

JOINT_TITLE = "Fact Sheet: The United States and Norway Deepen Their Economic Partnership"


def test_launching_a_working_group_is_talks_for_both_sides_on_its_object():
    for sentence in (
        "The two sides will launch a working group of regulators on technical standards for imported medical devices.",
        "Both countries established a joint task force on standards for electric vehicle chargers.",
    ):
        rows = extract(sentence, title=JOINT_TITLE)
        assert shapes(rows) == [("NOR", "USA", "market_access", "negotiate"),
                                ("USA", "NOR", "market_access", "negotiate")], sentence


def test_plans_to_amend_their_customs_treaty_are_talks_not_a_tariff_change():
    sentence = ("Both nations announced plans to amend their Customs Mutual Assistance Agreement to better detect "
                "customs law violations.")
    rows = extract(sentence, title=JOINT_TITLE)
    assert shapes(rows) == [("NOR", "USA", "other", "negotiate"), ("USA", "NOR", "other", "negotiate")]


def test_amending_their_tariff_schedules_is_no_treaty_talk():
    sentence = "Norway will amend their tariff schedules to cut duties on U.S. lobster to zero."
    assert all(r.action != "negotiate" for r in extract(sentence, title=JOINT_TITLE))


def test_accepting_vehicles_for_sale_without_further_testing_opens_the_market():
    for sentence in (
        "Norway will accept for sale in Norway U.S.-built and U.S.-certified trucks without additional testing.",
        "Norway has committed to accept U.S.-certified medical devices with no further certification.",
    ):
        rows = extract(sentence, title=JOINT_TITLE)
        assert shapes(rows) == [("NOR", "USA", "market_access", "relax")], sentence


# --- a deal's fact sheet: "The deal will include ... market access for American exports" ----------

def test_the_deal_including_market_access_for_american_exports_is_the_partner_opening_its_market():
    title = "Fact Sheet: U.S. and Norway Reach Historic Trade Deal"
    for sentence in (
        "The deal will include billions of dollars of increased market access for American exports, chiefly beef.",
        "The agreement includes expanded market access for U.S. farm goods such as rice and wheat.",
    ):
        rows = extract(sentence, title=title)
        assert shapes(rows) == [("NOR", "USA", "market_access", "relax")], sentence


def test_outside_a_deal_document_the_deal_sentence_names_no_partner():
    title = "Fact Sheet: President Donald J. Trump Protects American Farmers"
    sentence = "The deal will include increased market access for American exports."
    assert extract(sentence, title=title) == []


# --- a firm's sale to the partner with its value is the partner's purchase ------------------------

OMAN_TITLE = "Fact Sheet: President Donald J. Trump Secures a $90 Billion Commitment from Oman"


def purchases(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.amount) for r in rows)


def test_a_firm_supplying_goods_worth_a_sum_to_a_place_in_the_partner_country_is_its_purchase():
    for sentence, amount in (
        ("Acme Turbines will supply gas turbines worth $2 billion for three new power plants in Oman.", 2e9),
        ("Under the deal, Plains Grain agreed to sell soybeans valued at $450 million to Omani millers.", 4.5e8),
    ):
        rows = extract(sentence, title=OMAN_TITLE)
        assert purchases(rows) == [("OMN", "USA", "purchase", "purchase", amount)], sentence


def test_a_deal_valued_at_a_sum_with_a_partner_firm_for_us_goods_is_the_partners_purchase():
    sentence = ("Delta Coal LLC announced a multi-year deal valued at over $300 million with Muscat Power Company for "
                "U.S.-sourced thermal coal.")
    assert purchases(extract(sentence, title=OMAN_TITLE)) == [("OMN", "USA", "purchase", "purchase", 3e8)]


def test_a_government_selling_abroad_is_no_purchase_by_the_place():
    sentence = "Oman will supply crude oil worth $1 billion to Japan."
    assert [r for r in extract(sentence, title=OMAN_TITLE) if r.category == "purchase"] == []


# --- a mechanism whose content is a rate; dollar-per-item duties ---------------------------------

def rates(rows):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.unit) for r in rows)


def test_a_mechanism_letting_goods_in_at_a_rate_is_that_rate_not_talks():
    title = "Fact Sheet: Trump Administration Finalizes Trade Deal with Peru"
    for sentence in (
        "The United States committed to establish a mechanism allowing certain footwear from Peru to receive a 0% "
        "reciprocal tariff rate for a volume still to be set.",
        "The United States will establish a mechanism that will allow for certain Peruvian coffee to receive a zero "
        "percent reciprocal tariff rate.",
    ):
        rows = extract(sentence, title=title)
        assert rates(rows) == [("USA", "tariff", "remove", None, 0.0, "percent")], sentence
        assert rows[0].counterparty == "PER"


def test_a_mechanism_to_keep_talking_stays_talks():
    title = "Fact Sheet: Trump Administration Finalizes Trade Deal with Peru"
    rows = extract("Both nations agreed to establish a mechanism to continue their discussions about trade.", title=title)
    assert {(r.category, r.action) for r in rows} == {("diplomatic", "negotiate")}


def test_a_dollar_per_item_alternative_and_its_later_step_are_levels_of_their_own():
    title = "Fact Sheet: President Donald J. Trump Closes the De Minimis Exemption for Goods from Ruritania"
    sentence = ("Postal items containing goods from Ruritania are subject to a duty of either 40% of their value or "
                "$30 per item (increasing to $60 per item after July 1, 2026).")
    rows = extract(sentence, title=title)
    assert rates(rows) == [("USA", "tariff", "impose", None, 30.0, "usd"), ("USA", "tariff", "impose", None, 40.0, "percent"),
                           ("USA", "tariff", "raise", 30.0, 60.0, "usd")]


def test_a_per_item_duty_range_under_a_signed_order_is_its_top_level():
    title = "Fact Sheet: President Donald J. Trump Suspends the De Minimis Exemption Worldwide"
    rows = extract("Today, President Donald J. Trump signed an Executive Order suspending duty-free de minimis treatment.",
                   "Specific duty: A duty ranging from $70 per item to $150 per item, depending on the country of origin.",
                   title=title)
    assert ("USA", "tariff", "impose", None, 150.0, "usd") in rates(rows)


# --- a bare "modifies"/"adjusts" lead takes the action of the detail that follows ---------------

ORDER_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Tariffs on Imported Bicycles"


def test_a_modifying_lead_is_the_measure_its_next_sentence_details():
    cases = (
        (("Today, President Donald J. Trump signed an Executive Order modifying the tariffs on imported bicycles.",
          "Specifically, certain bicycle parts will no longer be subject to those tariffs."), "remove"),
        (("The proclamation modifies the tariff action on bicycles by rewarding assembly in the United States.",
          "It offers an offset to a portion of tariffs for bicycle parts used in U.S.-assembled bicycles."), "reduce"),
        (("This Proclamation adjusts the Section 232 bicycle tariff program to match the program for scooters.",
          "The Proclamation extends the import adjustment offset program for bicycle makers through 2030."), "extend"),
    )
    for (lead, detail), action in cases:
        rows = extract(lead, detail, title=ORDER_TITLE)
        tariff_rows = [r for r in rows if r.category == "tariff"]
        assert [(r.actor, r.action, r.evidence) for r in tariff_rows] == [("USA", action, lead)], (lead, detail)
        assert tariff_rows[0].mentions == 2


def test_a_modifying_lead_followed_by_another_partys_measure_keeps_its_own_row():
    rows = extract("The proclamation modifies the tariff action on bicycles.",
                   "Separately, Peru will cut its tariff on U.S. wheat.", title=ORDER_TITLE)
    assert ("PER", "tariff", "reduce") in {(r.actor, r.category, r.action) for r in rows}
    assert ("USA", "tariff", "reduce") not in {(r.actor, r.category, r.action) for r in rows}


def test_a_recap_of_an_economic_commitment_the_president_secured_elsewhere_is_that_countrys_pledge():
    sentence = ("Today's pledge builds on the $800 billion economic commitment the President secured in Qatar and the "
                "sums other partners have promised.")
    rows = extract(sentence, title=OMAN_TITLE)
    assert purchases(rows) == [("QAT", "USA", "investment", "invest", 8e11)]
