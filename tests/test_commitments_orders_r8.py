"""Commitment extraction, round 8: executive orders, proclamations and their fact sheets.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, goods and figures are
used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 8, 12, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Industrial Robots into the United States"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-orders-r8")


def kinds(rows):
    return sorted((r.actor or "", r.category, r.action) for r in rows)


# --- talks a Section 232 action directs are on imports ----------------------------------------

def test_section_232_talks_on_named_goods_are_import_talks():
    for text in ("Today, President Donald J. Trump signed a Proclamation pursuant to Section 232 directing the "
                 "Secretary of Commerce to negotiate agreements with trading partners to address the threatened "
                 "impairment of national security with respect to industrial robots and their parts.",
                 "The Proclamation instructs the U.S. Trade Representative to negotiate agreements with foreign "
                 "partners to address the threat to national security with respect to machine tools.",
                 "The United States continues to engage in productive negotiations with partners to address "
                 "national security concerns with respect to imports of industrial robots."):
        assert ("USA", "import_restriction", "negotiate") in kinds(extract(text)), text


def test_negotiations_directed_under_section_232_are_import_talks():
    for text in ("Since January, President Trump has taken actions under Section 232 to protect domestic "
                 "industry, including directing negotiations with trading partners covering robots and drones.",
                 "Acting under Section 232, President Trump has been imposing tariffs and directing negotiations "
                 "with partners on a range of machinery."):
        assert ("USA", "import_restriction", "negotiate") in kinds(extract(text)), text


def test_talks_without_imports_or_section_232_stay_diplomatic():
    rows = extract("The United States continues to engage in productive negotiations with Peru to address trade "
                   "reciprocity and national security concerns.",
                   title="Fact Sheet: The United States and Peru Continue Trade Talks")
    assert ("USA", "diplomatic", "negotiate") in kinds(rows)
    assert not [r for r in rows if r.category == "import_restriction"]


# --- people and illicit drugs kept out at the border are no trade measure -------------------

def test_stopping_a_flow_of_drugs_or_people_at_the_border_is_no_row():
    for text in ("President Trump is keeping his word to stop the flood of illegal aliens and drugs into the country.",
                 "Voters gave him a mandate to secure the border and stop the influx of deadly narcotics.",
                 "Peru was given every chance to curb the gang activity and influx of lethal drugs flowing "
                 "into our communities.",
                 "Today, President Donald J. Trump signed a Proclamation to restrict the entry into the United "
                 "States of certain foreign workers."):
        assert not [r for r in extract(text) if r.category in ("import_restriction", "drug_enforcement")], text


def test_a_pledge_on_fentanyl_precursors_is_still_drug_enforcement():
    rows = extract("Mexico will take strong measures to curb the flow of fentanyl precursors to North America.",
                   title="Fact Sheet: The United States and Mexico Reach a Trade Deal")
    assert [r for r in rows if r.category == "drug_enforcement"]


# --- tariffs "used" without a statute are a policy line; a named statute's tariffs are a measure

def test_tariffs_used_as_policy_without_a_statute_are_no_row():
    for text in ("STRENGTHENING OUR INDUSTRY: President Trump has utilized tariffs on imported tin to protect "
                 "the national security of the United States.",
                 "President Trump has successfully used tariffs before to defend American interests and is "
                 "doing so again today.",
                 "The President uses tariffs on foreign drones to shield American producers."):
        assert not [r for r in extract(text) if r.category == "tariff"], text


def test_tariffs_used_under_a_named_statute_are_a_measure():
    for text in ("President Trump has repeatedly used Section 232 tariffs to protect the tin industry.",
                 "In his first term, President Trump used Section 301 tariffs to confront unfair practices.",
                 "In his first term, President Trump transformed trade policy by using Section 232 to tariff "
                 "tin imports."):
        assert ("USA", "tariff", "impose") in kinds(extract(text)), text


# --- a government easing its own rules at home opens no market ---------------------------------

def test_domestic_deregulation_is_no_market_access():
    for text in ("In 2020, President Trump signed an Executive Order to promote shipbuilding and remove "
                 "unnecessary regulatory burdens.",
                 "The Order supports American shipyards by reducing regulatory burdens and speeding up permits.",
                 "Last year, President Trump signed an Executive Order to remove regulatory barriers and "
                 "facilitate domestic manufacturing of medical devices."):
        assert not [r for r in extract(text) if r.category == "market_access"], text


def test_regulatory_burdens_on_foreign_goods_are_still_market_access():
    rows = extract("Korea will also reduce regulatory burdens for U.S. automotive exports by accepting U.S. "
                   "emissions certificates.", title="Joint Fact Sheet on the United States and Korea Trade Deal")
    assert ("KOR", "market_access", "relax") in kinds(rows)


# --- a gerund joined to an action noun and followed by "of" is a noun --------------------------

def test_gerund_coordinated_with_an_action_noun_is_no_cue():
    for text in ("This growth is only possible through the continued implementation and strengthening of "
                 "the President's Section 232 tariff programs.",
                 "Our shipyards depend on the enforcement and raising of the duties on foreign vessels.",
                 "The recovery rests on the adoption and extending of these tariff measures."):
        assert not [r for r in extract(text) if r.category == "tariff"], text


def test_gerund_coordinated_with_a_verb_is_still_a_cue():
    rows = extract("Today, President Donald J. Trump signed a Proclamation keeping the tariff on tin and "
                   "raising the tariff on zinc to 50%.")
    assert ("USA", "tariff", "raise") in kinds(rows)


# --- duty levels: ad valorem "N% of their value" and specific duties in money -----------------

def values(rows):
    return sorted((r.action, r.value_from, r.value_to, r.unit) for r in rows if r.category == "tariff")


def test_a_rate_of_the_goods_value_is_the_tariff_level():
    for text in ("Low-value parcels from Peru are subject to a duty rate of 40% of their value.",
                 "Covered shipments will be subject to a duty of 35 percent of their declared value."):
        assert ("impose", None, 40.0 if "40" in text else 35.0, "percent") in values(extract(text)), text


def test_a_specific_duty_in_money_is_the_tariff_level():
    for text, level in (("I also deem it necessary to retain in effect the per postal item duty of 90 dollars "
                         "on goods of Peru.", 90.0),
                        ("Postal parcels from Peru will be subject to a duty of $60 per item.", 60.0),
                        ("Each parcel from Peru will be subject to a specific duty of 45 dollars per postal item.", 45.0)):
        rows = extract(text, title="Modifying Duties on Low-Value Imports from Peru")
        assert [v for v in values(rows) if v[2:] == (level, "usd")], text


def test_ordinary_duties_after_an_exemption_ends_are_no_row():
    rows = extract("Today, President Donald J. Trump signed an Executive Order ending duty-free de minimis "
                   "treatment for low-value imports from Peru.",
                   "Goods sent by express carrier that would otherwise qualify for the exemption will be subject "
                   "to all applicable duties.")
    assert [r.action for r in rows if r.category == "tariff"] == ["raise"]


# --- a measure under consideration, named as a noun; a President's own memorandum ----------------

def test_the_consideration_of_a_measure_is_that_measure_proposed_not_its_purpose():
    for text in ("President Trump signed a memorandum to protect American farmers, including the consideration "
                 "of tariffs to counter unfair foreign subsidies.",
                 "The President signed a Memorandum to defend American creators, including the consideration of "
                 "duties to combat foreign levies on streaming services."):
        rows = extract(text)
        assert kinds(rows) == [("USA", "tariff", "impose")], text
        assert rows[0].status in ("proposed", "threatened"), text


def test_a_memorandum_of_understanding_with_a_partner_is_still_a_row():
    rows = extract("The United States and Japan signed a memorandum of understanding on critical minerals supply chains.",
                   title="Fact Sheet: The United States and Japan Sign Agreements")
    assert ("JPN", "other", "negotiate") in kinds(rows)


# --- a dated earlier measure recounted in a relative clause -------------------------------------

def test_a_measure_recounted_in_a_dated_relative_clause_is_its_own_row():
    for text, category in (("Today, President Donald J. Trump signed an Executive Order modifying the scope of the "
                            "reciprocal tariffs that he first announced on April 2, 2025.", "tariff"),
                           ("Today, President Donald J. Trump signed an Executive Order narrowing the sanctions that "
                            "President Trump imposed in 2019 on the oil sector of Venezuela.", "sanctions")):
        rows = extract(text)
        found = [r for r in rows if (r.category, r.action) == (category, "impose")]
        assert found and found[0].status == "implemented", text


def test_a_relative_clause_without_a_date_gives_no_recount():
    rows = extract("Today, President Donald J. Trump signed an Executive Order modifying the scope of the "
                   "reciprocal tariffs that he announced.")
    assert not [r for r in rows if r.action == "impose"]


# --- an order's own scope, effective date, procedure and validity are no measure -----------------

ORDER_TITLE = "Adjusting Certain Duties on Imported Tin"
ORDER_OPENING = ("By the authority vested in me as President by the Constitution and the laws of the United "
                 "States of America, it is hereby ordered:")


def test_an_orders_application_lines_are_no_rows():
    for text in ("Sec. 2. Applicability. This order shall apply only to the administration of tariffs imposed "
                 "through the proclamations listed below.",
                 "This order shall apply retroactively to all entries of merchandise subject to the tariffs "
                 "outlined in section 2 and made on or after March 4, 2025.",
                 "To avoid overlapping duties on tin, this order sets out the procedure for determining which of "
                 "several tariffs shall apply.",
                 "Each proclamation listed in section 2 remains independently valid and enforceable, except that "
                 "the duties it provides shall not be cumulative."):
        rows = extract(ORDER_OPENING, text, title=ORDER_TITLE)
        assert not [r for r in rows if text[:40] in r.evidence], text


def test_a_duty_the_order_sets_is_still_a_row():
    rows = extract(ORDER_OPENING, "Sec. 2. Duties. Imports of tin shall be subject to an additional 25 percent "
                   "ad valorem rate of duty.", title=ORDER_TITLE)
    assert ("USA", "tariff", "impose") in kinds(rows)


# --- economic or political costs imposed are no tariff ----------------------------------------------

def test_economic_or_political_costs_imposed_are_no_measure():
    for text in ("By imposing a 30% tariff, President Trump aims to deter buyers of Venezuelan oil and impose "
                 "serious economic consequences on Venezuela for its conduct.",
                 "With a 30% tariff, the President will impose real financial costs on the regime in Venezuela.",
                 "Through a 30% tariff, the President intends to impose political costs on the regime in Venezuela."):
        rows = [r for r in extract(text) if r.category == "tariff"]
        assert not [r for r in rows if "consequences" in (r.subject or "") or "costs" in (r.subject or "")], text


# --- the course a party did not take ---------------------------------------------------------------

def test_a_measure_after_rather_than_is_not_taken():
    for text in ("Yet Mexico has chosen to discriminate against American exporters rather than address Mexican "
                 "trade barriers.",
                 "Only two countries chose to retaliate rather than lower their tariffs on American goods.",
                 "Peru preferred to delay rather than to swiftly remove its import bans."):
        rows = extract(text, title="Fact Sheet: President Donald J. Trump Imposes Additional Tariffs on Mexico")
        assert not rows, text
