"""Round 21 (levels): value_from / value_to / change read from the grammar of the sentence. Our own wordings."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, order_commitments

ON = datetime(2026, 9, 1)


def _news(*texts):
    return commitments_from(list(texts), published_at=ON, authors=["Staff Reporter"])


def _tariff_levels(rows, actor=None):
    return sorted((r.actor, r.action, r.value_from, r.value_to, r.change, r.unit) for r in rows
                  if r.category == "tariff" and (actor is None or r.actor == actor))


# A bare number joined to a rate shares its unit: a movement after "from", a range after "of"
@pytest.mark.parametrize("text, expected", [
    ("Canada will raise its duty on U.S. steel from 10 to 25 per cent next month, officials said.",
     ("CAN", "raise", 10.0, 25.0)),
    ("Seoul will cut its tariff on American beef to 8 per cent from 40.", ("KOR", "reduce", 40.0, 8.0)),
    ("Brazil said it would lower the levy on U.S. ethanol from 18 to 9%.", ("BRA", "reduce", 18.0, 9.0)),
    ("Beijing would lift the retaliatory duties of 10 to 15 per cent it has levied on American pork.",
     ("CHN", "remove", 15.0, None)),
    ("Ottawa agreed to scrap the duties of between 20 and 25 percent it put on U.S. orange juice.",
     ("CAN", "remove", 25.0, None)),
    ("India will trim its tariff on U.S. almonds to 10% from about 35, the ministry said.", ("IND", "reduce", 35.0, 10.0)),
])
def test_bare_number_shares_the_rates_unit(text, expected):
    rows = [r for r in _news(text) if r.category == "tariff" and r.actor == expected[0]]
    assert (rows[0].actor, rows[0].action, rows[0].value_from, rows[0].value_to) == expected


def test_a_section_number_is_no_level():
    rows = order_commitments(["Sec. 2. The duty set out in section 2 to 50 percent shall apply to steel of Mauritius."],
                             published_at=ON, title="Adjusting Imports of Steel", article_id="t")
    assert all(r.value_from != 2.0 for r in rows)


# A rate of the next clause (a trade-off, a second verb) or of an earlier coordinated clause is not this verb's
@pytest.mark.parametrize("text, actor", [
    ("Washington was to cut its 19% tariff on Pakistani goods to 15% and Pakistan would do away with duties on "
     "American soybeans and cotton.", "PAK"),
    ("Beijing lowered its duties on Canadian canola seed to about 15 per cent from roughly 85 per cent and lifted "
     "tariffs on canola meal and peas.", "CHN"),
    ("Tajikistan will scrap its import duties on U.S. poultry and will bring its duties on U.S. tractors down to "
     "5 percent.", "TJK"),
    ("Washington exempted bottled water altogether, in exchange for Fiji scrapping its 35 per cent duty on "
     "American chicken.", None),
    ("Cambodia eliminated tariffs on all U.S. farm goods, bringing them to zero, and in exchange its exports pay 19%.",
     "KHM"),
    ("The ministry said Ghana would waive its duties on U.S. wheat and would cap those on U.S. rice at 10 per cent.",
     "GHA"),
])
def test_removal_takes_no_rate_of_another_clause(text, actor):
    removals = [r for r in _news(text) if r.category == "tariff" and actor in (None, r.actor) and r.action == "remove"
                and "scrapping" not in (r.subject or "")[:12]]
    assert removals and all(r.value_from is None and r.value_to in (None, 0.0) and r.change is None for r in removals)


# A verb of removal whose tariff is moved to a positive rate raises (or cuts) it
@pytest.mark.parametrize("text, expected", [
    ("The White House said it would lift the tariff on Brazilian steel pipes to 60 per cent if Brazil retaliates.",
     ("raise", None, 60.0)),
    ("The President lifted the tariff on Canadian lumber from 25 percent to 50 percent in June.", ("raise", 25.0, 50.0)),
    ("Japan will lift its tariff on frozen beef to 38.5% for the rest of the year.", ("raise", None, 38.5)),
    ("Canada lifted its duty on U.S. steel to 35 per cent from 25 per cent on Monday.", ("raise", 25.0, 35.0)),
    ("Mexico said it would lift the duty on U.S. corn syrup to 20%.", ("raise", None, 20.0)),
    ("Peru will lift its levy on U.S. wheat from 6 per cent to 11 per cent next year.", ("raise", 6.0, 11.0)),
])
def test_lift_to_a_positive_rate_is_a_raise(text, expected):
    row = next(r for r in _news(text) if r.category == "tariff")
    assert (row.action, row.value_from, row.value_to) == expected


# The level a new rate replaces, told after it ("in place of", "in lieu of", "instead of")
@pytest.mark.parametrize("text, expected", [
    ("(a) The additional ad valorem duty on articles of Mauritius shall be 10 percent, in place of the 15 percent "
     "rate set in Executive Order 14326.", ("reduce", 15.0, 10.0)),
    ("(a) Products of Mauritius shall be subject to an additional ad valorem duty of 18 percent, in lieu of the "
     "20 percent rate set out in Executive Order 14402.", ("reduce", 20.0, 18.0)),
    ("(a) The additional duty on cocoa paste of Mauritius shall be 0 percent, in place of the 15 percent rate set "
     "out in subsection 2(b) of this order.", ("remove", 15.0, 0.0)),
    ("(a) The additional ad valorem duty on articles of Mauritius shall be 25 percent, in place of the 10 percent "
     "rate set in Executive Order 14326.", ("raise", 10.0, 25.0)),
])
def test_order_rate_in_place_of_an_earlier_one(text, expected):
    rows = order_commitments(["Sec. 2. Modification of Duties.", text], published_at=ON,
                             title="Implementing the Agreement on Reciprocal Trade with Mauritius", article_id="t")
    tariff = [r for r in rows if r.category == "tariff"]
    assert [(r.action, r.value_from, r.value_to) for r in tariff] == [expected]  # the replaced rate is no row


@pytest.mark.parametrize("text, expected", [
    ("The United States will apply a reciprocal tariff no higher than 10 percent on goods of Mongolia, in place of "
     "the 15 percent rate set out in Executive Order 14257.", ("USA", "reduce", 15.0, 10.0)),
    ("Under the pact, New Delhi will apply a 10% duty to a quota of British-built cars in place of rates that reach "
     "110%.", ("IND", "reduce", 110.0, 10.0)),
])
def test_statement_rate_in_place_of_an_earlier_one(text, expected):
    rows = [r for r in _news(text) if r.category == "tariff"]
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows] == [expected]


# Convention 16: a rate only announced or threatened, never applied, is no earlier level of the rate set in its place
@pytest.mark.parametrize("text", [
    "The United States will apply a duty of 15 percent on goods of Fiji, in place of the 30 percent rate threatened in July.",
    "Under the deal, Washington will charge 18% on Laotian goods instead of the 40% it had announced in April.",
    "The United States shall apply a duty of 12 percent to goods of Nauru, rather than the 30 percent threatened in June.",
])
def test_a_rate_replacing_a_threatened_one_keeps_no_earlier_level(text):
    set_rows = [r for r in _news(text) if r.category == "tariff" and r.status != "threatened" and r.value_from is not None]
    assert set_rows == []


# Points and levels: a level moved by stated points gives both levels; suspended points are a change
@pytest.mark.parametrize("text, expected", [
    ("Washington trims its levy on Ivorian goods by six points, to 15%.", (21.0, 15.0, None)),
    ("Britain will lower its tariff on U.S. beef by 10 percentage points to 10%.", (20.0, 10.0, None)),
    ("Seoul will raise its duty on U.S. oranges by 5 points to 35%.", (30.0, 35.0, None)),
])
def test_level_moved_by_points(text, expected):
    row = next(r for r in _news(text) if r.category == "tariff")
    assert (row.value_from, row.value_to, row.change) == expected


def test_suspended_points_are_a_change_in_points():
    rows = order_commitments(
        ["Sec. 1. Background.",
         "(b) In Executive Order 14402 of December 1, 2026, I suspended for 180 days the application of 20 percentage "
         "points of that duty, so that an additional duty of 10 percent has applied to products of Mauritius."],
        published_at=ON, title="Continuing the Suspension of Heightened Duties on Products of Mauritius", article_id="t")
    suspension = next(r for r in rows if r.action == "suspend")
    assert (suspension.value_from, suspension.value_to, suspension.change, suspension.unit) == \
        (None, None, -20.0, "percentage_points")


# The level the goods bear, told in a relative clause, is the level removed
@pytest.mark.parametrize("text, level", [
    ("Do away with its customs duties on wheat and dairy products from the United States, which today face levies "
     "of up to 35 percent.", 35.0),
    ("Kenya will scrap duties on U.S. soybeans, which currently face a 25% tariff.", 25.0),
])
def test_removal_takes_the_level_the_goods_face(text, level):
    row = next(r for r in _news(text) if r.category == "tariff" and r.action == "remove")
    assert (row.value_from, row.value_to) == (level, None)


# A level held below where it stood is a cut; a rate never applied is no earlier level
def test_held_below_earlier_rates_is_a_cut():
    row = next(r for r in _news("Tanzania will hold its tariffs on American machinery no higher than 5 percent, down "
                                "from rates of up to 25 percent.") if r.category == "tariff")
    assert (row.action, row.value_from, row.value_to) == ("reduce", 25.0, 5.0)


# A change told without its levels, restated by the next sentence with both
def test_restatement_adds_the_levels():
    rows = _news("ISLAMABAD, Sept 15 — Pakistan will halve the customs duty it charges on soybeans imported from the "
                 "United States from October 1, the revenue board said on Tuesday.",
                 "The new rate of 5 per cent, down from 10 per cent, will apply for an initial twelve months.")
    assert _tariff_levels(rows, "PAK") == [("PAK", "reduce", 10.0, 5.0, None, "percent")]


def test_restatement_to_nothing():
    rows = _news("In return, the United States will apply a zero tariff to cocoa beans and cocoa paste.",
                 "Dana Whitfield, a confectioners' group president: \"Taking the tariff on Ivorian cocoa from 15 percent "
                 "to nothing is the difference between a good year and a layoff.\"")
    assert _tariff_levels(rows, "USA") == [("USA", "remove", 15.0, 0.0, None, "percent")]


def test_list_of_items_is_no_restatement_of_the_lead():
    rows = _news("NEW DELHI, Aug 4 - India will raise import duties on 18 U.S. products from September 1.",
                 "Wine will pay 200% instead of 150%, olive oil 45% in place of 35% and chocolate 50%, up from 30%.")
    lead = next(r for r in rows if r.actor == "IND" and r.category == "tariff" and "18" in (r.evidence or "")[:60])
    assert lead.value_from is None


# Specific duties in money: the other level of the pair shares the measure
@pytest.mark.parametrize("text, expected", [
    ("Switzerland will lower its tariff on U.S. beef to CHF 9 per kilogram from CHF 22.", (22.0, 9.0, "chf")),
    ("Japan will cut its tariff on U.S. beef from 500 yen a kilogram to 300 yen.", (500.0, 300.0, "jpy")),
    ("Japan will cut its tariff on U.S. pork to 50 yen per kilogramme.", (None, 50.0, "jpy")),
])
def test_money_levels_share_the_measure(text, expected):
    row = next(r for r in _news(text) if r.category == "tariff")
    assert (row.value_from, row.value_to, row.unit) == expected


# A halving with a zero elsewhere in the sentence derives no earlier level from the zero
def test_halving_derives_no_level_from_zero():
    rows = _news("India will halve its import duty on Chilean apples and let copper concentrate from Chile in free of duty.")
    assert all(r.value_from != 0.0 for r in rows if r.category == "tariff")
