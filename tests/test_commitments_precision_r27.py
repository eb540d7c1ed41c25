"""Round 27: rows that state no commitment, both registers (precision).

Our own sentences; each mechanism has cases that must stay silent and cases whose rows must stay.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2027, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def official(*paragraphs: str, title: str = "Fact Sheet: A New Trade Agreement"):
    """Rows of a government's page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


def rows(found) -> list[tuple]:
    """(actor, category, action, value_from, value_to) of each row, sorted."""
    return sorted(((r.actor or "", r.category, r.action, r.value_from, r.value_to) for r in found), key=repr)


# 1. An industry's wish told as the sentence's only clause: a lobby's demand, no party's measure.
def test_makers_asking_for_a_duty_give_no_row():
    found = story("LIMA, Nov 3 (Wire) - Peru will impose a provisional safeguard duty of 15% on imported tyres for "
                  "200 days, the trade ministry said.",
                  "Local tyre makers had asked for a 30% duty.", title="Peru sets safeguard on tyres")
    assert rows(found) == [("PER", "tariff", "impose", None, 15.0)]


def test_carpet_makers_lobbying_for_a_higher_tariff_give_no_row():
    found = story("NEW DELHI, Nov 3 (Wire) - India will impose anti-dumping duties of 12% on yarn from Vietnam for "
                  "five years, the trade ministry said.",
                  "Carpet makers had lobbied for the tariff on Turkish rugs to rise to 40% before the holiday season.",
                  title="India sets yarn duties")
    assert rows(found) == [("IND", "tariff", "impose", None, 12.0)]


def test_mills_pressing_a_ministry_to_impose_duties_give_no_row():
    found = story("NEW DELHI, Nov 3 (Wire) - India will impose anti-dumping duties of 12% on yarn from Vietnam for "
                  "five years, the trade ministry said.",
                  "Textile mills in Gujarat had pressed the ministry to impose duties of 20 per cent on the yarn, "
                  "which would have doubled its cost.", title="India sets yarn duties")
    assert rows(found) == [("IND", "tariff", "impose", None, 12.0)]


def test_a_wish_followed_by_the_governments_answer_keeps_the_answer():
    found = story("Coffee roasters had lobbied for a cut in Kenya's 25 per cent duty on roasted beans, but a trade "
                  "ministry official said Nairobi would lower it to 10 per cent from 25 per cent next year.",
                  title="Kenya to cut coffee duty")
    assert ("KEN", "tariff", "reduce", 25.0, 10.0) in rows(found)


def test_a_government_asking_for_a_measure_is_no_lobby():
    found = story("ACCRA, Nov 3 (Wire) - Ghana will cut its import duty on Nigerian cement to 5% from 20%, the "
                  "trade ministry said.")
    assert rows(found) == [("GHA", "tariff", "reduce", 20.0, 5.0)]


# 2. A service's price list called a tariff, with no trade word: no trade measure.
def test_a_mobile_operators_data_tariffs_give_no_row():
    found = story("NAIROBI - Kenya's third mobile operator will cut its prepaid data tariffs by 12 per cent from "
                  "March, the company said on Monday.", title="Operator cuts data prices")
    assert rows(found) == []


def test_sim_only_tariffs_give_no_row():
    found = story("Britain's smallest network is cutting its SIM-only tariffs from January, with its basic plan "
                  "falling to £9 a month.", title="Network cuts SIM-only prices")
    assert rows(found) == []


def test_electricity_tariffs_in_a_fact_sheet_give_no_row():
    found = official("The Department of Energy will work with state utilities to lower the electricity tariffs paid "
                     "by steel mills that add night shifts.", title="Fact Sheet: Rebuilding American Steel Jobs")
    assert rows(found) == []


def test_a_trade_tariff_beside_a_data_plan_keeps_its_row():
    found = story("LIMA, Nov 3 (Wire) - Peru will cut its import tariff on Chilean phones to 4% from 9%, the "
                  "trade ministry said, days after operators trimmed their data tariffs.")
    assert ("PER", "tariff", "reduce", 9.0, 4.0) in rows(found)


# 3. A purchase told as a share of a partner's crop, as last year's flow, or as a flow that already runs.
def test_a_buyers_share_of_a_crop_gives_no_purchase():
    found = story("Kenya buys about a quarter of Tanzania's cashew crop and is the main route for its tea.",
                  title="Tanzania lifts Kenyan milk ban")
    assert [r for r in found if r.category == "purchase"] == []


def test_last_years_purchases_give_no_purchase():
    found = official("Qatar bought about $3.1 billion of American farm goods last year, a figure the Agreement "
                     "is meant to raise.")
    assert [r for r in found if r.category == "purchase"] == []


def test_a_flow_that_already_runs_gives_no_purchase():
    found = official('Pacific Wheat Growers: "Peru already takes about 900,000 tonnes of American wheat a year, '
                     'more than any other country in the region."')
    assert [r for r in found if r.category == "purchase"] == []


def test_a_pledged_purchase_keeps_its_row():
    found = official("Peru will buy 500,000 tonnes of American wheat a year over the next three years.")
    assert [(r.actor, r.category, r.action) for r in found if r.category == "purchase"] == [
        ("PER", "purchase", "purchase")]


# 4. Buying told as an ability, a need or a requirement (no pledge): an outcome claim or a rule, no purchase.
def test_importers_that_can_buy_give_no_purchase():
    found = official('Caribbean Grocers Association: "With the duty gone, Grenadian importers can buy American '
                     'flour directly instead of through Trinidad."',
                     title="What They Are Saying: U.S.-Grenada Trade Agreement")
    assert [r for r in found if r.category == "purchase"] == []


def test_families_able_to_buy_more_give_no_purchase():
    found = official('Secretary of Agriculture: "Nepal\'s families will now be able to buy more American apples '
                     'and almonds."', title="What They Are Saying: U.S.-Nepal Trade Agreement")
    assert [r for r in found if r.category == "purchase"] == []


def test_gas_no_longer_had_to_buy_gives_no_purchase():
    found = official('Moldovan Energy Minister: "Every tanker of American gas is one we no longer have to buy from '
                     'Russia."', title="What They Are Saying: U.S.-Moldova Energy Framework")
    assert [r for r in found if r.category == "purchase"] == []


def test_a_pledge_beside_an_ability_keeps_its_row():
    found = official("Ghana will purchase 300,000 tonnes of American wheat a year, so that its mills can buy less "
                     "from the Black Sea.")
    assert ("GHA", "purchase", 300000.0) in [(r.actor, r.category, r.amount) for r in found]
