"""Round 35 (issue 4), AG: who acts when a government body is the subject.

- A body named by its kind and portfolio ("Department of Agriculture", "Board of Revenue", "Bureau of Animal Industry",
  "National Treasury") is a government's body: owned by a country ("Malaysia's Department of Agriculture", "the
  Philippine Bureau of ...") it is that country's; a name the U.S. body shares ("the Treasury", "the Department of
  Agriculture") is the U.S. one only on a page where the United States is at home or one of the two leading parties
  by name, or when the sentence acts on the page's own country. Elsewhere it is read as the bare body ("the
  ministry"): the story's home, else the party named before it. "National Treasury" is Kenya's or South Africa's.
- "In <country or capital>, the trade ministry said ...": the place names the body's country, not the dateline's.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)


def story(*paragraphs, title="Trade round-up"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


def triples(rows):
    return sorted((r.actor, r.category, r.action) for r in rows)


# a body owned by a country, named by its kind and portfolio: the owner acts (before: the U.S. body when the name is
# one of its aliases, else nobody)
OWNED_BODIES = [
    ("The Philippine Department of Agriculture will stop issuing import permits for frozen mackerel from July.",
     ("PHL", "import_restriction", "restrict")),
    ("Malaysia's Department of Agriculture said it would ban imports of fresh chillies from Thailand from August.",
     ("MYS", "import_restriction", "restrict")),
    ("Bangladesh's National Board of Revenue cut the customs duty on imported cooking gas to 5 percent from 10 percent.",
     ("BGD", "tariff", "reduce")),
    ("Thailand's Department of Livestock Development will approve six more Brazilian chicken plants for export.",
     ("THA", "market_access", "relax")),
    ("South Africa's National Treasury will raise the customs duty on imported frozen potato chips to 45% from 20%.",
     ("ZAF", "tariff", "raise")),
    ("Sri Lanka's Department of Commerce said it would double the cess on imported onions to 40 rupees a kilo.",
     ("LKA", "tariff", "raise")),
]


@pytest.mark.parametrize("sentence, expected", OWNED_BODIES)
def test_a_body_owned_by_a_country_is_that_country(sentence, expected):
    assert triples(story(sentence)) == [expected]


# a name the U.S. body shares, with no owner, on a page about other countries: the story's home government
def test_the_treasury_of_a_story_at_home_in_kenya_is_kenya():
    rows = story("NAIROBI, June 2 (Wire) - Kenya will keep its tax on imported sugar for another year, officials said.",
                 "The Treasury separately said it would cut the import duty on solar water heaters to 10 per cent "
                 "from 25 per cent.",
                 title="Kenya keeps sugar tax")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if "solar" in r.evidence] == [
        ("KEN", "tariff", "reduce", 25.0, 10.0)]


def test_the_national_treasury_of_a_story_about_south_africa_and_china_is_south_africa():
    rows = story("South Africa has won pledges from two Chinese carmakers to build assembly plants near Durban.",
                 "The National Treasury will lower the customs duty on imported electric buses to 10% from 25% in "
                 "October.",
                 title="Chinese carmakers pledge South African plants")
    assert [(r.actor, r.category, r.action) for r in rows if "buses" in r.evidence] == [("ZAF", "tariff", "reduce")]


def test_the_department_of_agriculture_of_a_story_with_its_home_in_the_headline():
    rows = story("Ireland will send a trade mission to Japan in the autumn, officials said.",
                 "The Department of Agriculture said it would ban imports of live sheep from Romania from September.",
                 title="Ireland plans Japan trade mission")
    assert [(r.actor, r.category, r.action) for r in rows if "sheep" in r.evidence] == [
        ("IRL", "import_restriction", "restrict")]


def test_a_department_of_trade_and_industry_in_a_datelined_story():
    rows = story("MANILA, June 2 (Wire) - The Department of Trade and Industry has imposed a provisional safeguard duty "
                 "of 15% on imported float glass for 200 days.")
    assert triples(rows) == [("PHL", "tariff", "impose")]


# "In <country or capital>, the <body> ...": the place tells whose body it is, not the dateline
@pytest.mark.parametrize("sentence, expected", [
    ("In Seoul, the trade ministry said it would scrap its 3 percent tariff on imported nickel until June.",
     ("KOR", "tariff", "remove")),
    pytest.param("In Egypt, the General Authority for Supply Commodities agreed to buy 300,000 tonnes of Russian "
                 "wheat.", ("EGY", "purchase", "purchase"),
                 marks=pytest.mark.xfail(reason="a body the lexicon does not know, with no owner, is left as it is "
                                                "(read bare, it gave wrong rows on the open pages)", strict=True)),
    ("In Hanoi, the ministry said it would lift its ban on imports of Chinese pork from July.",
     ("VNM", "import_restriction", "remove")),
    pytest.param("Back in Dhaka, the National Board of Revenue (NBR) scrapped the 5 percent duty on imported "
                 "fertiliser.", ("BGD", "tariff", "remove"),
                 marks=pytest.mark.xfail(reason="a body the lexicon does not know, with no owner, is left as it is",
                                         strict=True)),
])
def test_a_leading_place_names_the_bodys_country(sentence, expected):
    rows = story("BEIJING, June 2 (Wire) - China extended its export licences on gallium for another year.", sentence,
                 title="China extends gallium export licences")
    assert [(r.actor, r.category, r.action) for r in rows if "China extended" not in r.evidence] == [expected]


# negatives: the U.S. body stays the U.S. one; a title before the name, a place that is no country, an owner inside
# the subject and a body only asked to act are read as before
def test_the_department_of_agriculture_of_a_washington_story_stays_american():
    rows = story("WASHINGTON, June 2 (Wire) - The Department of Agriculture said it would lift its ban on imports of "
                 "Mexican feeder cattle from June 20.")
    assert triples(rows) == [("USA", "import_restriction", "remove")]


def test_the_treasury_of_a_story_about_us_china_talks_stays_american():
    rows = story("The United States and China ended two days of talks in Geneva on Tuesday.",
                 "The Treasury said it would extend the suspension of the 24 percent tariff on Chinese goods for 90 "
                 "days.",
                 title="US, China extend truce")
    assert [(r.actor, r.category) for r in rows if "Treasury" in r.evidence] == [("USA", "tariff")]


def test_a_us_fact_sheet_department_stays_american():
    rows = commitments_from(
        ["The Department of Commerce will require licenses for exports of gallium refining equipment to China."],
        published_at=ON, title="Fact Sheet: President Donald J. Trump Protects America's Critical Minerals")
    assert triples(rows) == [("USA", "export_control", "restrict")]


def test_the_us_department_named_with_its_country_stays_american():
    rows = story("Kenya and Uganda will hold talks on their sugar trade next week, officials said.",
                 "The U.S. Department of Agriculture will lift its ban on imports of Mexican feeder cattle from June 20.",
                 title="Kenya and Uganda to hold sugar talks")
    assert [(r.actor, r.category, r.action) for r in rows if "cattle" in r.evidence] == [
        ("USA", "import_restriction", "remove")]


def test_a_leading_place_gives_way_to_an_owner_in_the_subject():
    rows = story("BEIJING, June 2 (Wire) - China extended its export licences on gallium for another year.",
                 "In Brussels, Kenya's trade ministry said it would lift its duty on European wine from July.",
                 title="China extends gallium export licences")
    assert [r.actor for r in rows if r.evidence.startswith("In ")] == ["KEN"]


def test_a_year_opening_the_sentence_is_no_place():
    rows = story("HANOI, June 2 (Wire) - Vietnam will cut tariffs on U.S. ethanol, the trade ministry said.",
                 "In 2025, the ministry imposed a 10% duty on imported steel wire from Malaysia.",
                 title="Vietnam to cut ethanol tariffs")
    assert [r.actor for r in rows if r.evidence.startswith("In ")] == ["VNM"]


def test_a_body_only_asked_to_act_gives_no_row():
    rows = story("NAIROBI, June 2 (Wire) - Millers asked the Department of Agriculture to review the permit rules for "
                 "imported wheat.")
    assert rows == []


def test_a_body_whose_name_names_its_country_keeps_it():
    rows = story("Indonesia will cut its import duty on U.S. wheat to zero, officials said.",
                 "Separately, the Bureau of Malaysian Standards will ban imports of uncertified helmets from July.",
                 title="Indonesia to scrap wheat duty")
    assert [r.actor for r in rows if "helmets" in r.evidence] == ["MYS"]


def test_a_body_after_a_preposition_is_no_subject():
    rows = story("Korean investors have pledged $250 million for a tyre plant near Kandy, according to the Board of "
                 "Investment.", title="Sri Lanka trade round-up")
    assert [(r.actor, r.category, r.amount) for r in rows] == [("KOR", "investment", 250000000.0)]
