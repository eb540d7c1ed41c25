"""Commitment extraction, round 10: White House fact sheets (orders, proclamations, deals,
investment visits, sanctions, national-security and domestic-policy actions).

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, firms and figures are
invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Protects American Workers and Families"
DEAL_TITLE = "Fact Sheet: President Donald J. Trump Secures New Deals With Japan"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-factsheets-r10")


def shapes(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in rows)


# --- a memorandum of cooperation is a side deal named by its subject -------------------------

def test_a_memorandum_of_cooperation_is_a_side_deal_by_its_subject():
    cases = (
        "The United States and Japan signed a Memorandum of Cooperation (MOC) to grow ship repair capacity "
        "in both countries by pooling investment, procurement and training.",
        "The United States and Japan signed an MOC for the U.S.-Japan Quantum Partnership Deal.",
        "The two governments signed a memorandum of cooperation to expand cold-chain capacity by sharing "
        "investment plans.",
    )
    for text in cases:
        assert shapes(extract(text, title=DEAL_TITLE)) == [
            ("JPN", "USA", "other", "negotiate"), ("USA", "JPN", "other", "negotiate")], text


def test_a_memorandum_on_a_measure_keeps_the_measure_as_its_subject():
    rows = extract("Japan and the United States signed memorandums of cooperation on tariff-rate quotas.",
                   title=DEAL_TITLE)
    assert shapes(rows) == [("JPN", "USA", "tariff", "negotiate"), ("USA", "JPN", "tariff", "negotiate")]


# --- a larger quota on goods entering lets more in -------------------------------------------

def test_an_enlarged_tariff_rate_quota_is_a_tariff_cut():
    for text in ("In March, President Trump temporarily increased the U.S. tariff-rate quota for frozen "
                 "tuna to ease supply.",
                 "The Proclamation raises the tariff-rate quota for raw cane sugar for the rest of the year.",
                 "Today, President Trump signed a Proclamation temporarily increasing the tariff-rate quota "
                 "for butter."):
        assert [(r.category, r.action) for r in extract(text)] == [("tariff", "reduce")], text


def test_a_tariff_raised_above_a_quota_is_still_a_raise():
    rows = extract("The United States will raise the tariff above the quota to 30 percent.")
    assert [(r.category, r.action, r.value_to) for r in rows] == [("tariff", "raise", 30.0)]


# --- a partner's failure to act is no measure --------------------------------------------------

def test_a_failure_to_act_is_no_measure():
    for text in ("The tariffs answer Colombia’s failure to stop the shipment of illicit drugs.",
                 "President Trump imposed tariffs to deal with Peru’s failure to address the flow of "
                 "fentanyl into our country.",
                 "The President found that Brazil had failed to adequately curb illegal exports of timber."):
        rows = extract(text)
        assert all(r.category == "tariff" for r in rows), (text, shapes(rows))


# --- a tariff answering several partners' conduct is a row per partner -------------------------

def test_a_tariff_over_partners_named_in_the_possessive_is_a_row_each():
    cases = {
        "President Trump imposed tariffs to deal with Mexico’s, Canada’s, and China’s failure to address "
        "the flow of fentanyl into our country.": ["CAN", "CHN", "MEX"],
        "The President raised tariffs over Brazil’s and India’s unfair treatment of American farmers.":
            ["BRA", "IND"],
        "Last year the President imposed tariffs in response to Vietnam's, Thailand's and Cambodia's "
        "transshipment schemes.": ["KHM", "THA", "VNM"],
    }
    for text, partners in cases.items():
        rows = [r for r in extract(text) if r.category == "tariff"]
        assert sorted(r.counterparty for r in rows) == partners, (text, shapes(rows))
        assert {r.actor for r in rows} == {"USA"}, text


def test_one_partner_in_the_possessive_is_one_row():
    rows = extract("The United States imposed tariffs on steel in response to Japan's dumping.")
    assert shapes(rows) == [("USA", "JPN", "tariff", "impose")]


# --- a time phrase opening the clause with no comma is no subject ------------------------------

def test_a_time_phrase_before_the_president_leaves_the_president_the_subject():
    cases = {
        "Last year the President imposed tariffs on Vietnam.": ("USA", "VNM", None),
        "In June the President imposed tariffs on Vietnam.": ("USA", "VNM", None),
        "Earlier this year the Administration levied a 25% tariff on shrimp from India.": ("USA", "IND", 25.0),
    }
    for text, expected in cases.items():
        rows = [(r.actor, r.counterparty, r.value_to) for r in extract(text) if r.category == "tariff"]
        assert rows == [expected], text


def test_a_time_phrase_before_another_subject_gives_no_row():
    assert extract("Last year imports of steel fell by 10 percent.") == []
    # the world body, not a government, even with a time phrase inside its relative clause
    assert extract("The U.N., which in March imposed harsh economic sanctions against North Korea, "
                   "called an emergency meeting.") == []


# --- output at home is no trade measure ----------------------------------------------------------

def test_raising_home_output_is_no_measure():
    for text in ("President Trump recently signed an Executive Order to increase American critical mineral "
                 "production.",
                 "The Order directs agencies to increase domestic refining capacity for rare earths.",
                 "Last spring the President signed an order to raise U.S. timber output."):
        assert extract(text) == [], text


def test_a_raised_tariff_on_output_is_still_a_measure():
    rows = extract("The President will raise tariffs on imported steel to protect American steel production.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "raise")]


# --- a class of partners named by examples: each example acts -----------------------------------

def test_partners_named_as_examples_of_a_class_each_act():
    cases = {
        "Certain countries, like Argentina, Brazil, Ecuador, and Vietnam, restrict the importation of "
        "refurbished engines.": ["ARG", "BRA", "ECU", "VNM"],
        "Some trading partners, including Chile, Peru, and Colombia, ban imports of used trucks from the "
        "United States.": ["CHL", "COL", "PER"],
        "Certain countries, such as Egypt and Morocco, prohibit imports of U.S. poultry.": ["EGY", "MAR"],
    }
    for text, actors in cases.items():
        rows = extract(text)
        assert sorted(r.actor for r in rows) == actors, (text, shapes(rows))
        assert {(r.category, r.action) for r in rows} == {("import_restriction", "restrict")}, text


# --- what a measure takes from those it hits is its effect, no measure of its own ---------------

def test_lost_access_told_after_a_measure_is_its_effect():
    cases = {
        "Thailand bans imports of U.S. pork, limiting access for American farmers.":
            [("THA", "import_restriction", "restrict")],
        "Egypt restricts imports of U.S. beef, restricting market access for American ranchers.":
            [("EGY", "import_restriction", "restrict")],
        "The United States will impose sanctions against Russian banks, restricting their access to dollar "
        "markets.": [("USA", "sanctions", "impose")],
    }
    for text, expected in cases.items():
        assert [(r.actor, r.category, r.action) for r in extract(text)] == expected, text


def test_access_opened_after_a_measure_stays_a_row():
    rows = extract("Korea will remove its barriers, expanding market access for U.S. exporters.", title=DEAL_TITLE)
    assert ("KOR", "market_access", "relax") in [(r.actor, r.category, r.action) for r in rows]


# --- a generic verb on a home object, no other country named: home policy, no trade row --------

def test_a_home_policy_step_with_a_generic_verb_is_no_row():
    for text in ("Upon returning to office, President Trump signed an Executive Order halting new offshore "
                 "drilling leases to protect the U.S. tourism industry.",
                 "In March, President Trump repealed the costly Obama-era Clean Water Rule, saving companies "
                 "$2 billion.",
                 "President Trump is committed to removing unnecessary restrictions on American loggers to "
                 "support the timber industry."):
        assert extract(text) == [], (text, shapes(extract(text)))


def test_a_generic_verb_in_a_sentence_naming_a_partner_keeps_its_row():
    rows = extract("Through this agreement, the United States will keep allowing Chinese students to attend "
                   "American colleges.", title=DEAL_TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "other", "maintain")]
    rows = extract("China will remove its unreliable entity listings of U.S. firms.", title=DEAL_TITLE)
    assert [(r.actor, r.action) for r in rows] == [("CHN", "remove")]


# --- the order's bullet restating the signing lead is the same measure ---------------------------

SANCTIONS_TITLE = "Fact Sheet: President Donald J. Trump Imposes Sanctions on the Regime of Venezuela"


def test_the_instrument_restating_the_signing_lead_is_one_row():
    cases = (
        ("Today, President Donald J. Trump signed an Executive Order imposing new sanctions on the regime of "
         "Venezuela, protecting U.S. national security.",
         "The Order imposes new sanctions on persons and entities that support the regime’s security services."),
        ("Today, President Donald J. Trump signed an Executive Order lifting the sanctions program on Belarus.",
         "The Order removes sanctions on Belarus while keeping sanctions on human rights abusers."),
    )
    for lead, bullet in cases:
        rows = extract(lead, bullet, title=SANCTIONS_TITLE)
        measure = [r for r in rows if r.action in ("impose", "remove")]
        assert len(measure) == 1 and measure[0].mentions == 2, (bullet, shapes(rows))
        assert measure[0].evidence.startswith("Today"), bullet


def test_the_instrument_stating_another_measure_keeps_its_row():
    rows = extract("Today, President Donald J. Trump signed an Executive Order imposing new sanctions on the regime "
                   "of Venezuela.",
                   "The Order imposes a 25% tariff on goods from countries that buy Venezuelan oil.",
                   title=SANCTIONS_TITLE)
    assert sorted((r.category, r.action, r.value_to) for r in rows) == [
        ("sanctions", "impose", None), ("tariff", "impose", 25.0)]


# --- an order's paperwork is no measure ------------------------------------------------------------

def test_a_report_an_order_asks_for_is_no_measure():
    rows = extract("Today, President Donald J. Trump signed an Executive Order to restore American dominance in "
                   "offshore critical minerals.",
                   "The Order directs the Secretaries of State and Energy to engage with allies on mineral "
                   "exploration and provide a joint report on the feasibility of an international benefit-sharing "
                   "mechanism.",
                   "The Order directs the Export-Import Bank to provide a report identifying tools to support "
                   "critical mineral processing and environmental monitoring.",
                   "The Order directs the Secretary of Commerce to provide a final assessment of mineral "
                   "stockpiles and environmental safeguards.",
                   title="Fact Sheet: President Donald J. Trump Unleashes American Seabed Minerals")
    assert rows == [], shapes(rows)


# --- military force is no trade measure ------------------------------------------------------------

def test_military_force_is_no_trade_measure():
    title = "Fact Sheet: President Donald J. Trump Designates Cartels as Terrorist Organizations"
    for text in ("President Trump authorized military strikes to stop lethal drugs and destroy narco-boats.",
                 "Last month the President ordered air strikes to halt the flow of illicit drugs from Venezuela.",
                 "The President imposed a naval blockade to cut off exports of Iranian oil."):
        assert extract(text, title=title) == [], (text, shapes(extract(text, title=title)))


def test_tariffs_over_drugs_stay_a_measure():
    rows = extract("President Trump imposed tariffs on Mexico to stop the flow of fentanyl.",
                   title="Fact Sheet: President Donald J. Trump Designates Cartels as Terrorist Organizations")
    assert shapes(rows) == [("USA", "MEX", "tariff", "impose")]
