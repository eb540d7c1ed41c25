"""Commitment extraction, round 12: White House fact sheets (deal, order and investment sheets).

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries, firms and figures are invented or
used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
DEAL_TITLE = "Fact Sheet: The United States and Vietnam Sign an Agreement on Reciprocal Trade"


def extract(*texts, title=DEAL_TITLE, levels=None):
    kinds = ["list_item" if level else "paragraph" for level in levels] if levels else None
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, kinds=kinds, levels=levels,
                            article_id="test-factsheets-r12")


def shapes(rows):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# --- a bullet's title-case topic label before an imperative verb ----------------------------

def test_a_topic_label_before_a_bare_verb_keeps_the_item_a_commitment():
    lead = "Under the Agreement, Vietnam has committed to:"
    items = {
        "Dairy: Cut its tariff on U.S. cheese to 4% from 12% over two years.":
            ("VNM", "tariff", "reduce", 12.0, 4.0),
        "Cars and Trucks: Recognize vehicles certified to U.S. safety standards without further testing.":
            ("VNM", "market_access", "relax", None, None),
        "Poultry: Drop the import licence requirements that hold up U.S. chicken at the border.":
            ("VNM", "import_restriction", "remove", None, None),
    }
    for item, expected in items.items():
        rows = extract(lead, item, levels=[0, 1])
        assert shapes(rows) == [expected], item


def test_the_label_alone_with_an_ordinary_sentence_is_unchanged():
    # a label followed by a subject and its verb was already read; a label naming no measure
    # and a capitalised noun after it ("Cooperation ... is") give nothing new
    rows = extract("Fruit: Vietnam will remove its tariff on U.S. apples.", levels=[1])
    assert shapes(rows) == [("VNM", "tariff", "remove", None, None)]
    assert extract("Background: Trade between the two countries reached $150 billion in 2025.", levels=[1]) == []


# --- goods acquired are bought; a sum put into projects is invested ---------------------------

def test_acquiring_aircraft_or_equipment_is_a_purchase():
    cases = {
        "Vietnam Airlines plans to acquire 14 Boeing narrowbody aircraft.": ("VNM", 14.0, "units"),
        "Vietnam will acquire additional coastal radar and air defense batteries in a package valued at "
        "$2.1 billion.": ("VNM", 2.1e9, "usd"),
        "Vietnam intends to acquire 1.5 million metric tons of U.S. LNG a year.": ("VNM", 1.5e6, "tonnes"),
    }
    for text, (actor, amount, unit) in cases.items():
        rows = extract(text)
        assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows] == [
            (actor, "purchase", "purchase", amount, unit)], text


def test_acquiring_a_company_or_a_stake_is_no_purchase_pledge():
    for text in (
        "The retailer acquired a 40% stake in the cosmetics brand last spring.",
        "The publisher has a habit of acquiring newspapers and cutting their staff.",
    ):
        assert extract(text) == [], text


def test_an_order_to_acquire_jets_keeps_the_airline_as_buyer():
    rows = extract("Boeing secured an order from Vietnam Airlines, a $12 billion agreement to acquire up to 50 "
                   "Boeing 737 aircraft.")
    assert [(r.actor, r.category) for r in rows if r.category == "purchase"] == [("VNM", "purchase")]


def test_putting_a_sum_into_us_projects_is_an_investment():
    for text in (
        "Vietnam's sovereign fund will put $8 billion into U.S. data centers and power plants by 2030.",
        "Vietnamese firms are putting $3 billion into American shipyards.",
    ):
        rows = extract(text)
        assert [(r.actor, r.category, r.action) for r in rows] == [("VNM", "investment", "invest")], text
    assert extract("Vietnam will put forward new proposals at the next round.") == []


# --- a measure as subject: its result clause, the goods it lists, the firms that pay it -------

ORDER_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Solar Panels"
ORDER_LEAD = "Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff on imported solar panels."


def test_a_measure_taking_effect_keeps_its_row_before_a_result_clause():
    for text in (
        "On March 1, 2026, the 30% tariff on imported solar cells took effect, shielding the plants that make them.",
        "The 15% duty on imported tiles went into effect in May, supporting thousands of American jobs.",
    ):
        rows = extract(text, title=ORDER_TITLE)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [
            ("USA", "tariff", "impose", rows[0].value_to)] and rows[0].value_to in (30.0, 15.0), text


def test_a_tariff_on_a_list_of_goods_rises_or_falls_as_the_subject():
    cases = {
        "The tariff on frames, inverters, and mounts will increase to 60% on January 1, 2027.": ("raise", 60.0),
        "Duties on glass, wire, and cable will rise to 40% next year.": ("raise", 40.0),
        "The rate for cheese, butter, and yogurt would fall to 5% in 2027.": ("reduce", 5.0),
    }
    for text, (action, level) in cases.items():
        rows = extract(text, title=ORDER_TITLE)
        assert [(r.category, r.action, r.value_to) for r in rows] == [("tariff", action, level)], text
    # the list is no measure when no tariff noun names it
    assert extract("Shares of Vinfast, Toyota, and Honda fell 4% on the news.", title=ORDER_TITLE) == []


def test_firms_paying_an_orders_rate_pay_the_signing_government():
    for text in (
        "Importers that have signed supply contracts with the Department of Commerce to build plants in "
        "the United States will instead pay a 10% rate for two years.",
        "Companies that commit to building new capacity in the United States will face a reduced 5% duty.",
    ):
        rows = extract(ORDER_LEAD, text, title=ORDER_TITLE)
        assert [(r.actor, r.category, r.action) for r in rows[1:]] == [("USA", "tariff", "impose")], text


# --- "import" before the paperwork of entry is a noun ------------------------------------------

def test_import_before_clearances_or_permits_is_no_purchase():
    for text in (
        "American pork producers have for years reported delays at Vietnamese ports while awaiting import clearances.",
        "Exporters say the import certificates take months to obtain in Vietnam.",
    ):
        assert extract(text) == [], text
    rows = extract("Vietnam will scrap the import permit requirements for U.S. beef.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("VNM", "import_restriction", "remove")]


# --- the same rate on different wood products is two measures ---------------------------------

def test_one_rate_on_furniture_and_on_cabinets_gives_a_row_each():
    rows = extract(
        ORDER_LEAD,
        "The Proclamation imposes a 25% tariff on upholstered seating, which will rise to 35% on January 1.",
        "The Proclamation imposes a 25% tariff on bathroom vanities, which will rise to 45% on January 1.",
        title=ORDER_TITLE)
    imposed = [r for r in rows if r.action == "impose" and r.value_to == 25.0]
    assert len(imposed) == 3  # the panels of the lead, the seating, the vanities
    assert sorted(r.value_to for r in rows if r.action == "raise") == [35.0, 45.0]


# --- a volume of goods taken is bought ---------------------------------------------------------

def test_taking_a_volume_of_goods_is_a_purchase():
    cases = {
        "PetroVietnam signed contracts to take 1.5 million metric tons of U.S. LNG a year for ten years.": 1.5e6,
        "Vietnam agreed to take 500,000 tonnes of U.S. corn a year.": 5e5,
    }
    for text, amount in cases.items():
        rows = extract(text)
        assert [(r.actor, r.category, r.action, r.amount, r.unit) for r in rows] == [
            ("VNM", "purchase", "purchase", amount, "tonnes")], text
    # "take" with measures stays enforcement, and with time no row
    assert [(r.category, r.action) for r in extract("Vietnam will take effective measures against transshipment.")] == [
        ("other", "enforce")]
    assert extract("The plant will take 3 years to build.") == []
