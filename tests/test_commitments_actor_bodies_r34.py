"""Round 34 (issue 4), AF: rows dropped for want of an actor — a government body named by its listed portfolios.

- "Japan's Ministry of Agriculture, Forestry and Fisheries said it would allow ...", "Jordan's Ministry of Industry,
  Trade and Supply intends to buy ...": the commas list one body's portfolios, not clauses; the sentence is read with
  the bare body ("Japan's ministry said ...", ``_LISTED_PORTFOLIOS``), so its owner is the party and the later
  portfolios are neither clauses nor goods ("Fisheries", "Investment").

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from, rows_of

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)


def story(*paragraphs):
    return bylined_story(*paragraphs, published_at=ON)


# the variation battery: the owner as a name, a capital, after an opening clause, in an official joint statement;
# verbs of cutting, banning, buying, accepting, adding to a list; the portfolios two to four, one or two words each
@pytest.mark.parametrize("sentence, expected", [
    ("Kenya's Ministry of Investments, Trade and Industry will remove the 25 per cent duty on imported textile "
     "machinery from July.", ("KEN", "tariff", "remove")),
    ("Seoul's Ministry of Trade, Industry and Energy has added eleven Chinese firms to its export control list.",
     ("KOR", "export_control", "restrict")),
    ("In a notice on Friday, Malaysia's Ministry of Investment, Trade and Industry imposed anti-dumping duties of 12% "
     "on stainless steel from China.", ("MYS", "tariff", "impose")),
    ("Indonesia's Ministry of Energy, Mineral Resources and Trade banned exports of raw bauxite from January.",
     ("IDN", "export_control", "restrict")),
    ("Uganda's Ministry of Agriculture, Animal Industry and Fisheries has banned imports of day-old chicks from Kenya.",
     ("UGA", "import_restriction", "restrict")),
    ("South Africa's Department of Trade, Industry and Competition will raise the duty on frozen chips to 62%.",
     ("ZAF", "tariff", "raise")),
    ("Colombia's Ministry of Commerce, Industry and Tourism imposed a provisional safeguard duty of 20% on powdered "
     "milk from the United States.", ("COL", "tariff", "impose")),
    ("Norway's Ministry of Trade, Industry and Fisheries agreed to buy two hundred thousand tonnes of U.S. soybeans.",
     ("NOR", "purchase", "purchase")),
    ("Under the deal, Vietnam's Ministry of Agriculture, Environment and Rural Development will accept U.S. "
     "Department of Agriculture health certificates for beef.", ("VNM", "import_restriction", "relax")),
    ("Chile's Ministry of Agriculture, Livestock and Food said it would allow imports of fresh blueberries from Peru "
     "from October.", ("CHL", "market_access", "relax")),
])
def test_a_body_named_by_its_listed_portfolios_is_its_owner(sentence, expected):
    rows = story(sentence)
    assert [(r.actor, r.category, r.action) for r in rows] == [expected]


def test_the_purchase_keeps_its_amount_and_the_seller():
    rows = commitments_from(
        ["Today, the United States and Tunisia issued a joint statement on agricultural trade.",
         "Tunisia's Office of Cereals, Grains and Pulses intends to buy 300,000 tonnes of U.S. wheat a year.",
         "Tunisia's Ministry of Commerce, Export Development and Supply intends to buy 300,000 tonnes of U.S. wheat "
         "a year in its public tenders."],
        published_at=ON, title="Joint Statement on United States-Tunisia Agricultural Trade")
    assert [(r.actor, r.counterparty, r.category, r.amount, r.unit) for r in rows
            if "Ministry" in r.evidence] == [("TUN", "USA", "purchase", 300000.0, "tonnes")]


# negatives: the body's name read whole neither makes a measure of a justification nor of a complaint received
def test_a_body_justifying_a_ban_told_before_adds_no_row():
    rows = story("Uganda has banned imports of day-old chicks from Kenya. Uganda's Ministry of Agriculture, Animal "
                 "Industry and Fisheries says the ban is needed to keep out bird flu, which Kenya's veterinary "
                 "service confirmed on two farms last month.")
    assert rows_of(rows) == [("UGA", "import_restriction", "restrict", None, None, None)]


def test_a_body_receiving_a_complaint_gives_no_row():
    assert story("The Ministry of Commerce, Industry and Tourism said it had received a complaint from local "
                 "producers about cheap imports.") == []
