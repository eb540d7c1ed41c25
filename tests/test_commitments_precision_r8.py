"""Commitment extraction, round 8: precision across kinds — rows the extractor must not invent.

Each rule is written for a kind of sentence that states no commitment, tested on our own
paraphrases of its shape, next to a sentence of the same shape that does state one (the rule
must not eat it). Every sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets into the United States"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r8")


# --- domestic deregulation is no trade measure (guide rule 1) --------------------------------

def test_cutting_red_tape_at_home_gives_no_row():
    for text in ("The Order supports American shipyards by reducing regulatory burdens and speeding up reviews.",
                 "In 2019, President Trump signed an Executive Order to remove unnecessary regulatory barriers "
                 "for new mines.",
                 "The President has vowed to roll back overzealous environmental regulations on power plants.",
                 "The Administration will keep eliminating bureaucracy and red tape across federal agencies."):
        assert extract(text) == [], text


def test_a_partner_easing_rules_for_our_exports_is_still_a_row():
    for text in ("Japan will reduce regulatory burdens for U.S. automotive exports by accepting U.S. safety "
                 "certificates.",
                 "Japan will remove duplicative regulations on imported American medical devices."):
        rows = extract(text, title="Joint Statement on a United States-Japan Framework")
        assert "JPN" in {r.actor for r in rows}, text


# --- a fact sheet's summary line: a goal, and the measures as its means ----------------------

def test_a_goal_reached_by_the_measures_is_no_row_of_its_own():
    for text in ("President Trump is strengthening the American economy and national security by modifying "
                 "the scope of the reciprocal tariffs.",
                 "President Trump is delivering on his promise to farmers by lifting sanctions and opening "
                 "new routes for trade.",
                 "President Trump is now fully delivering on that pledge by taking decisive action to implement "
                 "the end of the export ban.",
                 "The Order protects the domestic shipbuilding industry by strengthening enforcement and "
                 "combating unfair foreign trade practices.",
                 "President Trump is taking action to restore fairness to our ports, crack down on duty evasion, "
                 "and ensure that foreign shippers follow the rules."):
        assert extract(text) == [], text


def test_a_goal_line_with_a_figure_or_a_measure_verb_stays_a_row():
    rows = extract("President Trump is protecting American steelmakers by imposing a 25% tariff on imported "
                   "steel wire.")
    assert rows_of(rows) == [("USA", "tariff", "impose", 25.0, None, "percent")]
    rows = extract("President Trump is cracking down on false import declarations by requiring strict reporting "
                   "of metal content.")
    assert [(r.actor, r.action) for r in rows] == [("USA", "enforce")]


def test_the_president_in_a_signed_orders_fact_sheet_is_its_signer():
    rows = extract("Today, President Donald J. Trump signed an Executive Order modifying tariffs on widgets.",
                   "On April 2, the President announced global reciprocal tariffs on widgets.",
                   "Cambodia will eliminate tariffs on 100% of U.S. industrial goods.")
    assert ("USA", "tariff", "impose") in {(r.actor, r.category, r.action) for r in rows
                                           if "April 2" in r.evidence}


# --- what a partner does, told as background on a U.S. page (guide rule 2) -------------------

def test_the_alternative_a_party_passed_over_is_no_row():
    for text in ("Yet Mexico has decided to discriminate against American farmers rather than remove its "
                 "barriers to U.S. pork.",
                 "Instead of lowering its tariffs on U.S. machinery, Brazil has raised them.",
                 "Canada has chosen to retaliate rather than address its trade barriers."):
        assert extract(text) == [], text


def test_a_purchase_or_investment_forced_on_others_is_no_row():
    for text in ("Mexico administers these permits in a way that forces U.S. firms to invest in new plants in "
                 "Mexico instead of Texas.",
                 "Its licensing regime requires American companies to buy local steel for every project."):
        assert [r for r in extract(text) if r.category in ("purchase", "investment")] == [], text


def test_a_partners_practice_described_in_the_present_is_no_row():
    for text in ("China enforces strict import restrictions and tightly limits exemptions for small parcels.",
                 "India restricts imports of U.S. medical devices through opaque licensing rules.",
                 "Argentina has a long history of imposing arbitrary import licenses on American goods."):
        assert extract(text) == [], text


def test_a_partners_measure_on_named_goods_or_its_pledge_stays_a_row():
    rows = extract("Canada imposes tariffs and quotas on cars imported from the United States.")
    assert ("CAN", "tariff", "impose") in {(r.actor, r.category, r.action) for r in rows}
    rows = extract("India will restrict imports of medical devices from China.")
    assert ("IND", "import_restriction", "restrict") in {(r.actor, r.category, r.action) for r in rows}


def test_a_chance_offered_is_not_the_act():
    for text in ("President Trump then gave Mexico ample opportunity to curb the flow of fentanyl into our country.",
                 "The Administration offered Canada every chance to lower its dairy tariffs."):
        assert [r for r in extract(text) if r.actor in ("MEX", "CAN")] == [], text


def test_an_aspect_verb_of_a_partner_is_not_a_practice_described():
    rows = extract("The Secretary cleared a new helicopter sale so that Chile keeps buying American.")
    assert "CHL" in {r.actor for r in rows if r.category == "purchase"}


# --- praise of a promise kept; parties no one can name ----------------------------------------

def test_a_promise_kept_or_a_mandate_given_is_no_row():
    for text in ("President Trump is keeping his promise to stop the flood of illegal drugs into the United States.",
                 "Voters gave him a mandate to secure the border and end the influx of deadly drugs.",
                 "The President is fulfilling his campaign promise to protect American workers and curb "
                 "illegal imports."):
        assert extract(text) == [], text


def test_parties_no_one_can_name_give_no_row():
    for text in ("In recent weeks, dozens of countries have agreed or offered to lower their tariff "
                 "rates and eliminate non-tariff barriers.",
                 "To earn a reduction of these tariffs, a trading partner must conclude a deal with the United States.",
                 "The President will weigh the extent of a trading partner's commitments to address U.S. concerns "
                 "when deciding which products qualify."):
        assert extract(text) == [], text


def test_a_rate_all_partners_face_or_a_named_partners_cut_stays():
    rows = extract("Japan has agreed to lower its tariff on U.S. rice to 5% from 20%.")
    assert ("JPN", "tariff", "reduce", 5.0, None, "percent") in rows_of(rows)


# --- scope of a duty told elsewhere (guide rule 3, convention 17) ------------------------------

def test_which_goods_a_duty_covers_is_no_row():
    for text in ("Products that are not covered by these tariffs will generally be subject instead to the "
                 "reciprocal tariffs.",
                 "Goods that qualify under the trade pact will not be subject to the new duties.",
                 "USMCA-compliant parts will not be subject to these duties until Commerce sets up a process."):
        assert [r for r in extract(text) if r.category == "tariff"] == [], text


def test_goods_taken_out_of_a_duty_or_given_a_rate_stay_rows():
    rows = extract("Products made of 15% or less steel will no longer be subject to the metals tariffs.")
    assert ("USA", "tariff", "remove") in {(r.actor, r.category, r.action) for r in rows}
    rows = extract("Imported trucks will be subject to a 25% tariff.")
    assert ("USA", "tariff", "impose", 25.0, None, "percent") in rows_of(rows)


def test_what_opportunities_opened_will_bring_is_no_row_in_the_past_tense_too():
    for text in ("The United States and Kenya advanced new investment opportunities that will expand U.S. exports "
                 "and reduce trade barriers.",
                 "The visit opened new opportunities that will lower barriers for American farmers.",
                 "The two governments unlocked fresh opportunities that will remove obstacles to trade."):
        assert [r for r in extract(text) if r.category == "market_access"] == [], text
