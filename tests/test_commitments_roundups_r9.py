"""Commitment extraction, round 9: quote round-ups ("what they are saying", remarks) and news.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries and figures are used only for their
names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, triples

PUBLISHED = datetime(2026, 3, 9, 15, 0, tzinfo=timezone.utc)
TITLE = "ART OF THE DEAL: U.S., Vietnam Ink Initial Trade Deal"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-roundups-r9")


# --- cooperation whose subject is enforcement is the enforcement --------------------------------

def test_working_together_on_a_drug_is_enforcement_by_each_side():
    for text in ("Ambassador Lee: “The United States and Vietnam agreed to work constructively together on "
                 "fentanyl, and there is a good path forward.”",
                 "The United States and Vietnam will cooperate on stopping the flow of fentanyl precursors.",
                 "Vietnam and the United States will expand cooperation on narcotics trafficking."):
        assert triples(extract(text)) == [("USA", "drug_enforcement", "enforce"),
                                          ("VNM", "drug_enforcement", "enforce")], text


def test_talking_about_a_drug_stays_talks():
    rows = extract("Officials from both countries will discuss fentanyl trafficking next month.")
    assert {r.action for r in rows} == {"negotiate"}


# --- a nationality used as a noun names that side ----------------------------------------------

def test_the_nationality_as_a_noun_is_a_party():
    for text in ("Both the Vietnamese and the United States agreed to work together on fentanyl.",
                 "The Americans and the Vietnamese will work together on narcotics."):
        assert {r.actor for r in extract(text)} == {"USA", "VNM"}, text
    rows = extract("The Vietnamese have agreed to buy more American soybeans.")
    assert [(r.actor, r.category) for r in rows] == [("VNM", "purchase")]


def test_a_nationality_before_a_noun_is_not_a_subject():
    rows = extract("The Vietnamese market will soon open to American beef, officials in Washington said.")
    assert "VNM" not in {r.actor for r in rows if r.category == "purchase"}


# --- a rate moved or brought down --------------------------------------------------------------

def test_tariffs_moved_down_by_points_are_a_cut_by_each_side():
    for text in ("Secretary Hale: “Both sides, on the reciprocal tariffs, will move their tariffs down 40%.”",
                 "Both sides will bring their duties down by 40 percentage points.",
                 "The two countries agreed to bring down their tariffs by 40%."):
        rows = extract(text)
        assert sorted((r.actor, r.category, r.action, r.change, r.unit) for r in rows) == [
            ("USA", "tariff", "reduce", -40.0, "percentage_points"),
            ("VNM", "tariff", "reduce", -40.0, "percentage_points")], text


def test_brought_down_to_a_level_is_the_new_rate():
    rows = extract("Vietnam brought down its tariffs on American pork to 5 percent.")
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("VNM", "reduce", 5.0)]


def test_moving_or_bringing_down_other_things_is_no_row():
    assert extract("The two countries moved quickly to finalize the deal, and prices moved down this week.") == []
    assert extract("The plan will bring down costs for families and bring the deficit down.") == []


# --- round-up quotes: an outside speaker's deal terms are rows, praise and wishes are not ------

ROUNDUP_TITLE = "GREAT DEAL FOR AMERICA: What They Are Saying About the Trade Deal with Vietnam"


def roundup(*quotes):
    return extract("Here’s what they’re saying:", *quotes, title=ROUNDUP_TITLE)


def test_a_trade_group_quote_stating_a_term_with_its_figure_is_a_row():
    for quote in ("National Shrimp Growers Association President Jane Doe: “Vietnam will cut its tariff on "
                  "American shrimp to zero, and we thank the President.”",
                  "Seafood Council CEO John Roe: “Under this agreement Vietnam will cut its tariff on American "
                  "shrimp to zero.”"):
        rows = roundup(quote)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("VNM", "tariff", "remove", 0.0)], quote


def test_a_lawmakers_quote_stating_a_partys_undertaking_is_a_row():
    rows = roundup("Sen. Jane Doe: “Under the deal, Vietnam will remove its tariffs on U.S. pork and buy "
                   "$2 billion of American corn.”")
    assert sorted((r.actor, r.category, r.action, r.amount) for r in rows) == [
        ("VNM", "purchase", "purchase", 2e9), ("VNM", "tariff", "remove", None)]


def test_praise_outcome_claims_and_the_speakers_own_acts_in_quotes_are_no_rows():
    rows = roundup(
        "Sen. Jane Doe: “President Trump’s historic trade deal with Vietnam will mean more jobs and increased "
        "investment right here in America.”",
        "Rep. John Roe: “Vietnam offers a strategic market for American aviation and agricultural products.”",
        "Acme Tools (President): “I find it unfair that I can buy a complete machine from Vietnam for less than "
        "the raw materials cost here.”",
        "Rep. Jane Doe: “A major agreement with Vietnam on rolling back tariffs is coming this morning.”",
        "Gov. John Roe: “The deal will open new markets for our ranchers, and we will keep fighting for them.”")
    assert rows == []


def test_a_groups_request_in_a_quote_is_no_row():
    for quote in ("Business Council CEO John Roe: “We welcome the deal and encourage both governments to address "
                  "Vietnam’s digital services taxes.”",
                  "Sen. Jane Doe: “I urge the administration to remove the remaining tariffs on Vietnamese "
                  "furniture.”"):
        assert roundup(quote) == [], quote


def test_an_officials_remarks_in_a_round_up_are_read_as_narration():
    rows = roundup("Ambassador Doe: “Both the Vietnamese and the United States agreed to work constructively "
                   "together on fentanyl.”",
                   "On market access: “We are getting Vietnam to open its markets for American companies.”")
    assert ("VNM", "drug_enforcement", "enforce") in triples(rows)
    assert ("VNM", "market_access", "relax") in triples(rows)


def test_an_undertaking_of_both_sides_in_a_groups_quote_is_a_row_per_party():
    for quote in ("Farm Council CEO Jane Doe: “Both sides will work together to address barriers to farm trade.”",
                  "Growers Alliance President John Roe: “We applaud the commitment by both sides to address "
                  "barriers to farm trade.”"):
        rows = roundup(quote)
        assert triples(rows) == [("USA", "market_access", "relax"), ("VNM", "market_access", "relax")], quote


def test_the_speakers_own_plans_and_the_deals_outcomes_are_no_rows():
    for quote in ("Gov. Jane Doe: “We will work to expand our exports of beef to Vietnam.”",
                  "Farm Council CEO John Roe: “Our farmers will buy more Vietnamese fertilizer now.”",
                  "Sen. Jane Doe: “This agreement will lower Vietnam’s tariffs on American rice and bring jobs.”"):
        assert roundup(quote) == [], quote


# --- a tariff named by its US trade-law instrument and goods is a measure in place ----------------

def test_a_section_232_tariff_named_in_passing_is_a_us_tariff_in_place():
    for text in ("Acme Steel (President and CEO): “We support the enforcement and expansion of 232 tariffs on steel "
                 "products, as they align with our commitment to fair trade.”",
                 "The Section 232 tariffs on imported aluminum are working for our smelters."):
        rows = extract(text)
        assert [(r.actor, r.category, r.action, r.status) for r in rows] == [
            ("USA", "tariff", "impose", "implemented")], text
        assert rows[0].products, text


def test_tariffs_without_an_instrument_or_owner_named_in_passing_are_no_rows():
    assert extract("Acme Steel (President): “We have long asked for tariffs on steel, as they help us.”") == []


# --- a participle with its agent describing a thing is no measure --------------------------------

def test_a_thing_maintained_or_operated_by_a_government_is_no_row():
    for text in ("The most-visited page in Vietnam was the daily air-quality monitor maintained by the United States "
                 "Embassy in Hanoi.",
                 "Traders watch a price index maintained by the Commerce Ministry in Hanoi.",
                 "Visitors toured a seed bank maintained by the U.S. Department of Agriculture in Vietnam."):
        assert extract(text) == [], text


def test_a_measure_imposed_by_a_party_keeps_its_row():
    rows = extract("The tariffs imposed by President Trump on Vietnamese steel remain in place.")
    assert [(r.actor, r.category) for r in rows] == [("USA", "tariff")]


# --- retaliation ended as a deal term, its owner unnamed, is the partner's -----------------------

def test_retaliation_ended_by_a_deal_is_the_partners_measure():
    for text in ("President Trump has secured an initial trade deal with Vietnam that reduces tariffs, ends "
                 "retaliation, and opens markets.",
                 "The United States reached an agreement with Vietnam to cut tariffs and eliminate retaliation."):
        rows = [r for r in extract(text) if "retaliat" in (r.subject or "")]
        assert [(r.actor, r.category, r.action, r.counterparty) for r in rows] == [
            ("VNM", "tariff", "remove", "USA")], text


def test_retaliation_whose_owner_is_named_keeps_its_owner():
    for text in ("Under the deal the United States will lift its retaliatory tariffs on Vietnamese shrimp.",
                 "The United States will suspend the retaliation it had planned."):
        rows = [r for r in extract(text) if "retaliat" in (r.subject or "")]
        assert [r.actor for r in rows] == ["USA"], text


# --- "put up tariffs" is a levy; "push back on" is resisting, no delay ---------------------------

def test_tariffs_put_up_are_imposed_and_pushing_back_on_something_delays_nothing():
    rows = extract("On subsidies: “They subsidize labor and export that to us. We have put up tariffs to push back "
                   "on that.”")
    assert [(r.actor, r.category, r.action, r.status) for r in rows] == [("USA", "tariff", "impose", "implemented")]
    rows = extract("The administration is putting up new duties on Vietnamese steel next month.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "impose")]


def test_putting_up_money_or_a_fight_and_pushing_back_against_a_plan_are_no_rows():
    assert extract("The company put up the money for a new plant, and the town put up a fight.") == []
    rows = extract("Vietnam pushed back against the plan, and the United States pushed back the tariff increase by a month.")
    assert [(r.actor, r.action) for r in rows] == [("USA", "delay")]
