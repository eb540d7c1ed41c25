"""Commitment extraction, round 14: the measure's noun phrase decides the category.

Each class is a kind of measure unseen pages name with nouns the object lexicon lacked (permits
asked per shipment, approvals of foreign plants, registration of exporters, trade secrets, controls
on re-export, credit guarantees, government purchases, a measure referred back to as "it"). Every
sentence is our own; each class is given several wordings, verbs and parties.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, triples
from pipeline.products import hs_codes

PUBLISHED = datetime(2026, 6, 2, 9, 0, tzinfo=timezone.utc)
STATEMENT = "Joint Statement on Framework for United States-Chile Agreement on Reciprocal Trade"
TREATY = "Agreement between the United States of America and the Republic of Chile on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: President Donald J. Trump Protects American Industry"
NEWS = "Local club celebrates a record season"


def extract(*texts, title=STATEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-objects-r14")


# Import-side papers named by when they are asked for, approvals and lists of the foreign plants
# allowed to ship, registration demanded of foreign exporters, and bans told with a gerund are
# import requirements (guide rule 13), whatever the verb.
@pytest.mark.parametrize("text, action", [
    ("Chile shall eliminate the requirement that an importer obtain a separate prior permit for each "
     "consignment of U.S. processed cheese.", "remove"),
    ("Chile will drop the prior import permit it asks of U.S. pet food shipments.", "remove"),
    ("Chile will streamline phytosanitary import permits for U.S. apples.", "relax"),
    ("Chile will scrap the licences it demands for each shipment of U.S. used machinery.", "remove"),
    ("Chile will waive the consular fee charged on U.S. shipments.", "remove"),
    ("Chile will streamline the approval of U.S. pork and poultry plants.", "relax"),
    ("Chile will expedite the listing of American beef establishments eligible to export.", "relax"),
    ("Chile will simplify the registration of U.S. exporters of seafood.", "relax"),
    ("Chile will remove the requirement that U.S. food exporters register with its health ministry.", "remove"),
    ("Chile will adopt a ban on importing goods made with forced labor.", "restrict"),
    ("Chile will lift its ban on importing used U.S. tractors.", "remove"),
])
def test_import_side_papers_plants_and_registrations_are_import_restrictions(text, action):
    assert triples(extract(text)) == [("CHL", "import_restriction", action)]


@pytest.mark.parametrize("text", [
    "The Federal Communications Commission placed foreign-made drones on its Covered List.",
    "The FCC will place Chinese-made routers on the Covered List.",
])
def test_the_covered_list_is_a_us_import_restriction(text):
    rows = extract(text, title=FACT_SHEET)
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "import_restriction", "restrict")]


# Registration of the goods or of the facilities that make them, testing and certification told by
# kind, customs valuation: access and conformity assessment (guide rule 14), market access.
@pytest.mark.parametrize("text, action", [
    ("Chile shall not require the registration of individual U.S. dairy facilities as a condition for "
     "importing U.S. cheese.", "relax"),
    ("Chile will streamline the registration of U.S. food facilities.", "relax"),
    ("Chile will simplify the registration of U.S. pesticides.", "relax"),
    ("Chile will remove its requirement for in-country testing of U.S. medical devices.", "remove"),
    ("Chile will accept U.S. organic certification.", "relax"),
    ("Chile will simplify customs valuation procedures for U.S. goods.", "relax"),
])
def test_registration_testing_and_valuation_are_market_access(text, action):
    assert triples(extract(text)) == [("CHL", "market_access", action)]


# The rights a deal protects beyond patents and trademarks, and their enforcement.
@pytest.mark.parametrize("text", [
    "Chile will strengthen protection of trade secrets.",
    "Chile will provide regulatory data protection for pharmaceutical products.",
    "Chile will strengthen enforcement against pirated goods at the border.",
    "Chile will strengthen the protection of plant varieties.",
    "Chile will strengthen protection for industrial designs.",
])
def test_trade_secrets_test_data_piracy_and_varieties_are_intellectual_property(text):
    assert [(r.actor, r.category) for r in extract(text)] == [("CHL", "intellectual_property")]


# Controls on what leaves the country, told without the words "export controls".
@pytest.mark.parametrize("text", [
    "Chile shall apply controls on the export and re-export of semiconductor manufacturing equipment.",
    "Chile will impose restrictions on the transfer of advanced chip technology.",
    "Chile will adopt re-export controls on advanced chips.",
    "Chile will impose licensing requirements for the export of dual-use items.",
])
def test_controls_on_export_and_re_export_are_export_controls(text):
    assert [(r.actor, r.category) for r in extract(text)] == [("CHL", "export_control")]


# Money guaranteed for investment, foreign firms let into a sector, and a screening regime.
@pytest.mark.parametrize("text, action, amount", [
    ("Chile will provide $20 billion in credit guarantees for U.S. projects.", "invest", 20e9),
    ("Chile shall allow U.S. investors to participate in its mining and hydrocarbon sectors.", "relax", None),
    ("Chile will remove foreign equity caps in telecommunications.", "remove", None),
    ("Chile will ease restrictions on foreign participation in its fisheries sector.", "relax", None),
    ("Chile will strengthen its investment screening regime.", "restrict", None),
])
def test_guarantees_participation_and_screening_are_investment(text, action, amount):
    rows = extract(text)
    assert [(r.actor, r.category, r.action, r.amount) for r in rows] == [("CHL", "investment", action, amount)]


# A government's own buying is procurement; a pledge to buy goods stays a purchase.
@pytest.mark.parametrize("text", [
    "Chile will eliminate its domestic content requirements for government purchases.",
    "Chile will remove buy-national preferences in public tenders for U.S. suppliers.",
    "Chile will open state tenders to U.S. bidders without discrimination, removing its buy-local rules.",
])
def test_government_buying_is_procurement(text):
    assert {r.category for r in extract(text)} == {"procurement"}


def test_a_purchase_pledge_stays_a_purchase():
    rows = extract("Chile will purchase $5 billion of U.S. wheat.")
    assert [(r.category, r.action, r.amount) for r in rows] == [("purchase", "purchase", 5e9)]


# "it"/"them" as the object stands for the measure named before the verb: its category, not the
# verb's default (the pronoun's row keeps no figure of the earlier clause).
@pytest.mark.parametrize("text, category", [
    ("The United States will hold the reciprocal tariff on Chilean goods at 10 percent and will remove it "
     "on goods that U.S. producers cannot supply.", "tariff"),
    ("Chile keeps a sanitary permit requirement on U.S. pork but will drop it for beef.", "import_restriction"),
    ("The ban on exports of lithium stays in place for now; Chile will lift it next year.", "export_control"),
    ("Chile applies import licences to U.S. steel pipe and will abolish them by 2027.", "import_restriction"),
])
def test_a_pronoun_object_takes_the_category_of_the_measure_before_it(text, category):
    rows = extract(text)
    removal = [r for r in rows if r.action == "remove"]
    assert [(r.category, r.value_from, r.value_to) for r in removal] == [(category, None, None)]


def test_a_pronoun_for_the_agreement_names_no_measure():
    assert extract("Chile signed the agreement and will implement it promptly.") == []


# The new nouns stay quiet outside trade: health insurers' prior authorization, a company's plants,
# a shop's organic products and testing.
@pytest.mark.parametrize("text", [
    "Insurers will reduce prior authorization requirements for surgeries.",
    "The board delayed approval of two new plants in Ohio.",
    "The club offers local testing and organic products at its store.",
    "The coach said the team would limit public tenders for stadium catering.",
])
def test_the_new_nouns_give_no_row_in_text_about_no_trade(text):
    assert extract(text, title=NEWS) == []


# Talks held on a named measure take that measure's category (convention 19); talks on the deal's
# details, or on trade and investment in general, stay diplomatic.
@pytest.mark.parametrize("text, category", [
    ("Brazil and the United States agreed to continue negotiations over the tariffs still in force.", "tariff"),
    ("The two countries will hold talks on steel tariffs next month.", "tariff"),
    ("The United States and Chile will continue talks about a quota for Chilean copper.", "tariff"),
    ("The United States and Chile will begin negotiations on export controls for advanced chips.", "export_control"),
    ("The United States and Chile will continue negotiations on the details of the agreement.", "diplomatic"),
    ("The United States and Chile will hold talks on trade and investment.", "diplomatic"),
])
def test_talks_on_a_named_measure_take_its_category(text, category):
    rows = extract(text, title="Chile and U.S. agree to keep talking")
    assert {(r.category, r.action) for r in rows} == {(category, "negotiate")}
    assert len(rows) == 2


# Goods named in deals by other names than the lexicon had, coded at the precision
# (convention 9); goods outside the list are named and given no code (convention 18).
@pytest.mark.parametrize("text, codes", [
    ("tariffs on Korean automobiles and parts", ["8703", "8708"]),
    ("duties on vehicles and their components", ["8703", "8708"]),
    ("Chile's tariff on passenger vehicle imports", ["8703"]),
    ("U.S. motor vehicle safety standards", ["8703"]),
    ("U.S. corn and bioethanol", ["1005", "2207"]),
    ("undenatured ethyl alcohol", ["2207"]),
    ("refined copper cathodes", ["7403"]),
    ("purchases of Russian oil", ["2709"]),
    ("crude petroleum", ["2709"]),
    ("vaccines and biologics", ["3004", "3002"]),
    ("integrated circuits", ["8541", "8542"]),
    ("durum wheat", ["1001"]),
    ("veal and pig meat", ["0201", "0202", "0203"]),
])
def test_goods_named_in_deals_get_their_listed_codes(text, codes):
    assert hs_codes(text) == codes


@pytest.mark.parametrize("text", [
    "tariffs on British aircraft engines and parts",
    "jet engines",
    "soybean oil",
    "the fentanyl tariffs on China",
    "fentanyl/migration IEEPA duties",
])
def test_goods_outside_the_list_and_tariffs_named_by_their_cause_get_no_code(text):
    assert hs_codes(text) == []


def test_fentanyl_itself_keeps_its_code():
    assert hs_codes("the flow of fentanyl and its precursors") == ["293333"]


# The drug war named by its crops, gangs and extraditions is drug enforcement (guide rule 1:
# narcotics cooperation), also for a government named with its tenure ("the current Government of").
@pytest.mark.parametrize("text, action", [
    ("The current Government of Colombia has halted the forced eradication of coca.", "suspend"),
    ("Colombia will resume aerial eradication of illicit crops.", "resume"),
    ("Mexico will deepen cooperation on synthetic drugs with the United States.", None),
    ("Colombia will suspend the extradition of cartel leaders.", "suspend"),
    ("Peru will restart the eradication of coca crops in the Andes.", "resume"),
])
def test_coca_cartels_and_synthetic_drugs_are_drug_enforcement(text, action):
    rows = extract(text, title=FACT_SHEET)
    assert rows and {r.category for r in rows} == {"drug_enforcement"}
    assert rows[0].actor in ("COL", "MEX", "PER")
    if action:
        assert rows[0].action == action


# Fees named by the ship they fall on are port fees; devaluation and FX intervention are currency.
@pytest.mark.parametrize("text, category, action", [
    ("The United States will impose fees on Chinese-built vessels docking at U.S. ports.", "port_fees", "impose"),
    ("The United States will suspend the port entry fees on Chinese ships for one year.", "port_fees", "suspend"),
    ("China will suspend the special fees on U.S.-linked ships.", "port_fees", "suspend"),
    ("The United States will suspend tonnage fees on Chinese vessels.", "port_fees", "suspend"),
    ("Vietnam will refrain from competitive devaluations.", "currency", "maintain"),
    ("Korea will refrain from competitive devaluation of the won.", "currency", "maintain"),
])
def test_fees_on_ships_are_port_fees_and_devaluations_are_currency(text, category, action):
    rows = extract(text)
    assert {(r.category, r.action) for r in rows} == {(category, action)}


# Sanitary access by region, biotechnology approvals: market access (guide rule 14); trade remedies
# are tariff measures; e-commerce, child labour and wildlife trafficking are `other` topics (rule 16).
@pytest.mark.parametrize("text, category", [
    ("Chile will adopt regionalization for avian influenza outbreaks in U.S. poultry.", "market_access"),
    ("Chile will grant pest-free area status to U.S. citrus regions.", "market_access"),
    ("Chile will accept U.S. genetically engineered crops.", "market_access"),
    ("Chile will speed up its biotech approvals for U.S. seeds.", "market_access"),
    ("Chile will eliminate its safeguard measures on U.S. steel.", "tariff"),
    ("Chile will facilitate electronic commerce.", "other"),
    ("Chile will address child labor in its mining sector.", "other"),
    ("Chile will combat wildlife trafficking.", "other"),
])
def test_sps_biotech_remedies_and_topics_take_their_category(text, category):
    assert {r.category for r in extract(text)} == {category}


@pytest.mark.parametrize("text", [
    "Police stopped a shipment and arrested the gang's drivers.",
    "The cartel of oil producers will cut output next month.",
    "The shop will offer e-commerce sales to its members.",
])
def test_drug_and_digital_nouns_stay_quiet_in_other_news(text):
    assert extract(text, title=NEWS) == []


# Services by sector for a partner's suppliers, national treatment and equivalence are market
# access; digital services stay `other`; surcharges on imports are tariffs; minimum import prices
# restrict imports. Fuel surcharges and a bank's services are no trade measure.
@pytest.mark.parametrize("text, category", [
    ("Chile will remove restrictions on U.S. financial services suppliers.", "market_access"),
    ("Chile will open its insurance services market to American firms.", "market_access"),
    ("Chile will eliminate barriers to trade in services.", "market_access"),
    ("Chile will provide national treatment to U.S. investors.", "market_access"),
    ("Chile will recognize the equivalence of U.S. organic standards.", "market_access"),
    ("Chile will refrain from discriminating against U.S. digital services.", "other"),
    ("Chile will remove its 10 percent import surcharge.", "tariff"),
    ("Chile will eliminate the surcharges on U.S. imports.", "tariff"),
    ("Chile will scrap minimum import prices for U.S. pork.", "import_restriction"),
])
def test_services_treatment_surcharges_and_import_prices(text, category):
    assert {r.category for r in extract(text)} == {category}


@pytest.mark.parametrize("text", [
    "The airline will raise fuel surcharges next month.",
    "The bank will offer new financial services to its customers.",
])
def test_surcharges_and_services_outside_trade_give_no_row(text):
    assert extract(text, title=NEWS) == []


@pytest.mark.parametrize("text", [
    "Chile will streamline sanitary registration of U.S. processed foods.",
    "Chile will simplify the registration of U.S. cosmetics.",
    "Chile will expedite marketing registrations for U.S. medicines.",
])
def test_registration_of_the_goods_themselves_is_market_access(text):
    assert {(r.category, r.action) for r in extract(text)} == {("market_access", "relax")}
