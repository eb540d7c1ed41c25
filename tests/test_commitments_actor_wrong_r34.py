"""Round 34 (WA): wrong actors of emitted rows — who buys under a heading naming American goods, who keeps the rate
goods pay past a quota. The team's own sentences (never a page's): a battery per mechanism and negatives."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2027, 6, 1, tzinfo=timezone.utc)


def _visit_sheet(country: str, adjective: str, heading: str, bullet: str):
    """A deal fact sheet of a visit: an opening line, one heading and one bullet under it."""
    title = f"Fact Sheet: President Donald J. Trump Secures Billions in Deals During Visit to {country}"
    opening = (f"DELIVERING FOR AMERICAN WORKERS: During his visit, President Donald J. Trump secured more than $50 billion "
               f"in new commercial commitments from {adjective} companies and the Government of {country}.")
    return commitments_from([opening, heading, bullet], published_at=ON, title=title,
                            kinds=["paragraph", "heading", "list_item"])


def _pledges(rows):
    return [(r.actor, r.category, r.action, r.amount) for r in rows if r.category in ("purchase", "investment")]


# A heading naming American goods (the adjective opening it before goods, "-made / -built / -grown / -produced", or
# "investing in American ...") tells what the bullets buy, not who acts: the partner's firms buy or invest.
HEADING_BATTERY = [
    ("Kenya", "Kenyan", "U.S.-GROWN WHEAT FOR KENYAN MILLS:",
     "Unga Holdings signed a letter of intent to buy 200,000 metric tons of American wheat a year.",
     ("KEN", "purchase", "purchase", 200000.0)),
    ("India", "Indian", "INVESTING IN AMERICAN MEDICINES",
     "Sun Pharma Industries will invest $900 million in a tablet plant in New Jersey.",
     ("IND", "investment", "invest", 900000000.0)),
    ("Thailand", "Thai", "American Soybeans and Corn for Thai Feed Mills",
     "Charoen Pokphand Group agreed to buy one million tons of U.S. soybeans.",
     ("THA", "purchase", "purchase", 1000000.0)),
    ("Germany", "German", "INVESTING IN AMERICAN MANUFACTURING:",
     "Siemens Group will invest $1.5 billion in a turbine plant in North Carolina.",
     ("DEU", "investment", "invest", 1500000000.0)),
    ("Germany", "German", "AMERICAN ENERGY FOR EUROPE'S GRID:",
     "Uniper Group will buy two million tonnes of American LNG a year.",
     ("DEU", "purchase", "purchase", 2000000.0)),
    ("Pakistan", "Pakistani", "AMERICAN-PRODUCED COTTON FOR PAKISTANI MILLS:",
     "Nishat Mills Limited will buy 100,000 bales of U.S. cotton.",
     ("PAK", "purchase", "purchase", None)),
    ("Egypt", "Egyptian", "AMERICAN VEHICLES AND MACHINERY:",
     "Elsewedy Industries will purchase 500 Caterpillar loaders and Deere tractors for its building sites.",
     ("EGY", "purchase", "purchase", 500.0)),
]

# shapes of the same battery the extractor read before this round (they must stay right)
HEADING_BATTERY_ALREADY_READ = [
    ("Indonesia", "Indonesian", "AMERICAN AIRCRAFT AND ENERGY FOR A TRUSTED PARTNER:",
     "Garuda Airways will buy ten Boeing 737 MAX jets.", ("IDN", "purchase", "purchase", 10.0)),
    ("Vietnam", "Vietnamese", "AMERICAN-MADE ENGINES AND PARTS:",
     "Vietjet Holdings agreed to purchase 40 GE engines for its new fleet.", ("VNM", "purchase", "purchase", 40.0)),
    ("Malaysia", "Malaysian", "BUYING AMERICAN-BUILT JETS:",
     "Malaysia Airlines has committed to purchasing thirty Boeing 737-10 aircraft.", ("MYS", "purchase", "purchase", 30.0)),
    ("Vietnam", "Vietnamese", "AMERICAN BEEF, PORK AND POULTRY ON VIETNAMESE TABLES:",
     "Vissan Corporation signed a letter of intent to buy 20,000 tons of American pork.",
     ("VNM", "purchase", "purchase", 20000.0)),
    ("Korea", "Korean", "U.S. SEMICONDUCTORS FOR KOREAN FACTORIES",
     "Samsung Group will purchase $2 billion of American chip-making equipment over three years.",
     ("KOR", "purchase", "purchase", 2000000000.0)),
    ("Japan", "Japanese", "MORE AMERICAN LNG FOR JAPAN:",
     "JERA Holdings will buy three million tonnes of American liquefied natural gas a year.",
     ("JPN", "purchase", "purchase", 3000000.0)),
    ("Poland", "Polish", "U.S.-BUILT REACTORS AND FUEL:",
     "PGE Group, Poland's largest utility, will buy $4 billion of American nuclear fuel over ten years.",
     ("POL", "purchase", "purchase", 4000000000.0)),
]


@pytest.mark.parametrize("country, adjective, heading, bullet, expected", HEADING_BATTERY + HEADING_BATTERY_ALREADY_READ)
def test_a_heading_naming_american_goods_leaves_the_bullet_to_the_partners_firm(country, adjective, heading, bullet, expected):
    assert _pledges(_visit_sheet(country, adjective, heading, bullet)) == [expected]


def test_a_heading_of_the_united_states_own_commitments_keeps_its_bullets():
    rows = _visit_sheet("Indonesia", "Indonesian", "U.S. COMMITMENTS:", "Eliminate tariffs on Indonesian coffee and cocoa.")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in rows] == [("USA", "IDN", "tariff", "remove")]


def test_an_american_investment_heading_is_no_goods_heading():
    rows = _visit_sheet("Indonesia", "Indonesian", "AMERICAN INVESTMENT IN INDONESIA:",
                        "Freeport-McMoRan Inc. will invest $2 billion to expand its copper smelter in Gresik.")
    assert [(r.actor, r.category) for r in rows] == [("IDN", "investment")]


# Goods past a quota keep paying the rate of the party the sentence before names letting the volume in, not the levier
# of the story's last tariff nor the goods' country.
QUOTA_BATTERY = [
    ("The United States imposed a 25% tariff on Chinese steel last year. Vietnam will let in 50,000 tonnes of Thai sugar "
     "a year at zero duty. Sugar above that volume will keep paying 20%.", "VNM", 20.0),
    ("China put a 15% tariff on American soybeans in March. The Indian government voted to renew import quotas on 12 steel "
     "products for another year. Shipments above the quotas will continue to pay a 20% duty.", "IND", 20.0),
    ("The U.S. kept its 10% tariff on Kenyan goods. Ottawa's finance department said it would keep quotas on 14 kinds of "
     "cheese, admitting 18,500 tonnes a year from Europe. Cheese outside the quota continues to attract a 245 per cent "
     "tariff.", "CAN", 245.0),
    ("Mexico's duty on U.S. pork was lifted to 20% in 2026. In a decree published on Monday, Peru will let 60,000 tonnes "
     "of Chilean sugar in at no duty. Shipments exceeding that volume will keep facing a 30 per cent tariff.", "PER", 30.0),
    ("The EU put duties of up to 35% on Chinese electric cars last year. Brazil's foreign trade chamber, Gecex, agreed to "
     "keep the import quota on 11 chemical products. Volumes over the quota will still pay 18 per cent.", "BRA", 18.0),
    ("Washington cut its tariff on Swiss watches to 15% in November. The Philippines will allow 54,000 tonnes of pork in "
     "under the quota at 15%. Pork outside the quota will keep paying 25 percent.", "PHL", 25.0),
    ("Turkey raised its duty on Chinese cars to 40% last year. Egypt will let in 100,000 tonnes of Russian wheat a year "
     "free of duty under the accord. Shipments above the quota would still pay 10%.", "EGY", 10.0),
    ("Argentina raised its duty on Brazilian shoes to 35% last year. Under the pact, 20,000 tonnes of beef from Uruguay "
     "may enter Mexico each year free of duty. Beef above that volume will keep paying 20%.", "MEX", 20.0),
]


def _rate_rows(text: str, level: float):
    return [(r.actor, r.action) for r in bylined_story(text, published_at=ON) if r.category == "tariff" and r.value_to == level]


@pytest.mark.parametrize("text, keeper, level", QUOTA_BATTERY)
def test_goods_past_a_quota_pay_the_party_that_opens_it(text, keeper, level):
    assert _rate_rows(text, level) == [(keeper, "maintain")]


@pytest.mark.parametrize("text, keeper, level", [
    pytest.param("Washington raised its duty on Mexican tomatoes to 17% in July. Each year, Morocco shall admit 30,000 "
                 "metric tons of wheat of the United States at an in-quota rate of 2.5 percent. Wheat imported in excess "
                 "of that quantity shall be subject to the base rate of 35 percent.", "MAR", 35.0,
                 marks=pytest.mark.xfail(reason="a story's 'shall be subject to' is read by the rate reader, not as kept", strict=True)),
    pytest.param("Britain's 10% duty on U.S. cars stays. Indonesia will admit 150,000 tons of Australian cattle a year at a "
                 "0% rate, the trade minister said. Cattle above that volume will pay a 5 percent duty.", "IDN", 5.0,
                 marks=pytest.mark.xfail(reason="'will pay a 5 percent duty' goes to the rate-phrase reader's levier", strict=True)),
])
def test_quota_shapes_left(text, keeper, level):
    assert _rate_rows(text, level) == [(keeper, "maintain")]


def test_a_sentence_before_naming_no_volume_opens_no_quota():
    # the talks' capital is no quota's owner: the rate stays the levier's told before
    rows = _rate_rows("The EU put a 10% duty on Chinese bikes in May. Officials in Hanoi said talks would resume. "
                      "Bikes above the quota will keep paying 10%.", 10.0)
    assert ("VNM", "maintain") not in rows


def test_the_quota_told_with_its_own_tariff_keeps_that_levier():
    rows = _rate_rows("Under the pact, the duty on Peruvian grapes drops to 10 per cent from 30 per cent for up to 40,000 "
                      "tonnes a year, about half of what Peru ships to Korea. Shipments above the ceiling will keep paying "
                      "30 per cent.", 30.0)
    assert ("PER", "maintain") not in rows
