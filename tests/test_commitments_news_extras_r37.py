"""Round 37 (issue 4), PX: news rows the gold does not have — a denied press report, procedure or a reply with no
named measure, a quote that states no term.

- **A denial of a press report** (Round 34 review: "the Commission denied it had offered more" is no row; a refusal
  row names a step the party refuses, not a report it denies): "An official denied a report in X that the bloc had
  offered to cut its duty on Y" (an offer, a request or a proposal reported) tells of no measure. Kept: a denial of a
  *plan* (Round 25's lead answer: "has no plans to [a named measure]" is `rejected` even when it answers a press
  report), and a measure told before the denial.
- **Procedure, or a reply with no named measure** (guide rule 2: announced retaliation with no named measure;
  Rounds 26 and 28: a request for consultations under an agreement is procedure): "would request consultations under
  the WTO's safeguards agreement", "would take necessary measures to protect its companies", "would respond
  appropriately", "reserved the right to respond". Kept: a named countermeasure, and a government asking a partner
  for talks on a measure.
- **A quote that states no term** (rule 2: rhetoric and outcome claims; the round-9 decision: a quote gives a row
  only when it states a deal term): a quoted sentence told in the present or past with no modal, no future, no
  condition, no negation and no figure ('"Our growers compete with suppliers who pay nothing at all," he said').
  Kept: a quote with "will", with a condition, with a figure or with a measure's own verb.

Our own sentences only.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, triples

ON = datetime(2027, 6, 8)


def story(title: str, paragraphs: list[str], sentence: str):
    """Rows of a bylined story whose paragraphs end with ``sentence`` (rows of that sentence only)."""
    return [r for r in commitments_from([*paragraphs, sentence], published_at=ON, title=title, authors=["A Writer"])
            if r.evidence == sentence]


# (title, paragraphs before, sentence): a denied press report — no row
DENIED_REPORTS = [
    ("Norway, Chile widen salmon feed deal",
     ["Norway and Chile agreed on Monday to cut duties on fish feed and processing machinery, the two trade ministries said."],
     "A Norwegian trade ministry spokesman denied a report in the daily Aftenbladet that Oslo had also offered to "
     "enlarge its quota for Chilean frozen berries."),
    ("Peru, Korea finish upgrade talks",
     ["Peru and South Korea concluded talks on Tuesday on an upgrade of their free trade agreement."],
     "Korean officials flatly denied a Peruvian newspaper report that Seoul had proposed to scrap its tariff on "
     "Peruvian avocados."),
    ("Morocco, Senegal sign fisheries accord",
     ["Morocco and Senegal signed a fisheries and trade accord in Dakar on Wednesday."],
     "The Senegalese minister dismissed local press reports that Dakar had sought an exemption from Morocco's duty on "
     "canned sardines."),
    ("Ghana, Côte d'Ivoire agree cocoa corridor",
     ["Ghana and Côte d'Ivoire agreed on Thursday to share data on cocoa shipments across their border."],
     "Accra denied reports in the Ivorian press that it had offered to cut its export levy on cocoa beans."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", DENIED_REPORTS)
def test_a_denied_press_report_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


def test_a_denied_plan_keeps_its_refusal():
    # Round 25's lead answer: "has no plans to [a named measure]" is a refused step even when it answers a press report
    rows = story("Hungary denies plan to curb Serbian flour",
                 ["Hungary's farm ministry spoke on Tuesday about flour imports."],
                 "Hungary's farm ministry on Tuesday denied a newspaper report that it was preparing a decree to bar "
                 "imports of Serbian flour.")
    assert ("HUN", "import_restriction", "restrict") in {t[:3] for t in triples(rows)}


def test_a_measure_told_before_the_denial_keeps_its_row():
    rows = story("Kenya keeps sugar duty",
                 ["Kenya's treasury presented its budget on Thursday."],
                 "Kenya will raise its import duty on sugar to 35% from 25% from July 1, the treasury said, denying a "
                 "report that Nairobi had promised Kampala a duty-free quota.")
    assert ("KEN", "tariff", "raise") in {t[:3] for t in triples(rows)}


# (title, paragraphs before, sentence): procedure, or a reply with no named measure — no row
VAGUE_REPLIES = [
    ("Chile imposes safeguard duty on Argentine steel bars",
     ["Chile will charge a 20% safeguard duty on steel bars from Argentina for two years, its trade ministry said."],
     "Argentina's foreign ministry said it would request consultations with Santiago under the WTO safeguards "
     "agreement."),
    ("Turkey sets anti-dumping duties on Korean glass",
     ["Turkey will charge anti-dumping duties of up to 30% on float glass from South Korea, the trade ministry said."],
     "Seoul's trade ministry said it regretted the decision and would take necessary measures to protect Korean "
     "exporters, without giving details."),
    ("Egypt raises tariff on Jordanian cement",
     ["Egypt will raise its import duty on Jordanian cement to 25% from 10% from next month, the finance ministry said."],
     "Jordan's ministry of industry said it was disappointed and would respond appropriately to defend its producers."),
    ("Brazil sets quota on Mexican tyres",
     ["Brazil will cap imports of Mexican tyres at 2 million units a year, the foreign trade chamber said."],
     "Mexico's economy ministry voiced serious concerns and reserved the right to respond in a proportionate manner."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", VAGUE_REPLIES)
def test_procedure_or_a_reply_with_no_named_measure_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


def test_a_named_countermeasure_keeps_its_row():
    rows = story("India hits back at Australian wine levy",
                 ["Australia will charge a 15% levy on Indian rice from August, its trade minister said."],
                 "India's commerce ministry said it would respond by imposing a 30% duty on Australian wine from "
                 "September.")
    assert ("IND", "tariff", "impose") in {t[:3] for t in triples(rows)}


# (title, paragraphs before, sentence): a quote that states no term — no row
QUOTES = [
    ("Vietnam shrimp exporters cheer Korean quota",
     ["South Korea will let 15,000 tonnes of Vietnamese shrimp in duty-free next year, its trade ministry said."],
     '"Our farmers compete with suppliers who pay no duty at all," a Vietnamese exporters\' association official said.'),
    ("Thailand, Vietnam rice talks",
     ["Thailand and Vietnam agreed on Monday to ease rice trade."],
     '"Both sides are showing they can keep rice trade calm," a Thai commerce ministry official told reporters.'),
    ("Qatar LNG to Bangladesh",
     ["Bangladesh will buy 10 LNG cargoes a year from Qatar under a new contract."],
     '"We are buying fewer cargoes, but we are buying them cheaper," Bangladesh\'s energy adviser told reporters in '
     'Dhaka.'),
    ("Ghana cocoa duty",
     ["Ghana cut its export levy on cocoa beans to 1.5% from 3.4%, the finance ministry said."],
     '"Ivorian exporters pay levies on what they ship, and so do we," a Ghanaian exporter said.'),
    ("Kenya tea exporters eye Pakistan",
     ["Pakistan will cut its duty on Kenyan tea to 5% from 11% under a new accord, Kenya's trade ministry said."],
     '"Pakistan buys our tea every week, but nobody there signs long contracts," a Mombasa broker said.'),
]


@pytest.mark.parametrize("title, paragraphs, sentence", QUOTES)
def test_a_quote_that_states_no_term_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


# (title, paragraphs before, sentence, expected triple): a quote that states a term keeps its row
QUOTES_KEPT = [
    ("Thailand to buy more U.S. corn",
     ["Thailand and the United States ended two days of talks in Bangkok on Tuesday."],
     '"We will also raise our purchases of American corn by 500,000 tonnes next year," Thailand\'s commerce minister '
     'said.',
     ("THA", "purchase", "purchase")),
    ("Peru, Japan sign avocado deal",
     ["Japan and Peru signed a farm trade accord in Lima on Tuesday."],
     '"Japan opened its market to our avocados, and we lowered our duty on their cars," Peru\'s trade minister said.',
     ("JPN", "market_access", "relax")),
    ("Trump warns Vietnam on steel",
     ["President Donald Trump warned Vietnam on Monday over its steel exports."],
     '"If the steel keeps coming through Vietnam, the tariff goes up," Trump wrote.',
     ("USA", "tariff", "raise")),
]


@pytest.mark.parametrize("title, paragraphs, sentence, expected", QUOTES_KEPT)
def test_a_quote_that_states_a_term_keeps_its_row(title, paragraphs, sentence, expected):
    assert expected in {t[:3] for t in triples(story(title, paragraphs, sentence))}


# (title, paragraphs before, sentence): a trade flow told from the seller's side, by its course, or as buying that has
# gone on — no purchase row (guide rule 2: statistics; round 26's ``_purchase_is_a_statistic``)
FLOWS = [
    ("U.S. cuts tariff on Fijian water",
     ["The United States will cut its tariff on Fijian bottled water to zero from 10% from July 1, USTR said."],
     "Fiji exported about $40 million of bottled water to the United States last year, most of its goods sales to "
     "American buyers, according to the Reserve Bank."),
    ("EU delays tariff on U.S. nuts",
     ["The European Union will delay its planned duty on American almonds by six months, the Commission said."],
     "U.S. almond shipments to Spain rose 12% last year as Indian purchases slowed, according to industry data."),
    ("Oregon hazelnut growers eye Turkey",
     ["Turkey removed its import duty on U.S. hazelnuts in 2026 under its trade deal with Washington."],
     "Turkey, which stopped subsidising its own orchards in 2019, remains a large customer and has kept buying through "
     "the dispute."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", FLOWS)
def test_a_trade_flow_gives_no_purchase_row(title, paragraphs, sentence):
    assert [t for t in triples(story(title, paragraphs, sentence)) if t[1] == "purchase"] == []


def test_a_pledge_to_keep_buying_keeps_its_row():
    rows = story("Pakistan to keep buying Qatari LNG",
                 ["Pakistan and Qatar discussed energy supplies in Doha on Monday."],
                 "Pakistan will keep buying Qatari LNG under its long-term contract, its energy minister told reporters.")
    assert ("PAK", "purchase", "purchase") in {t[:3] for t in triples(rows)}


# (title, paragraphs before, sentence): a bill or a proposal of legislators — no row (guide: a bill one legislator
# introduced is a legislator's call)
LEGISLATORS = [
    ("Kite importers warn of costlier season",
     ["U.S. importers of kites and toys expect higher prices this summer because of tariffs on Chinese goods."],
     "Three representatives, from Ohio and Texas, have introduced a bill that would exempt kites from tariffs on "
     "Chinese goods."),
    ("U.S. raises duty on Peruvian asparagus",
     ["The Commerce Department raised its countervailing duty on Peruvian asparagus on Monday."],
     "Senators from Georgia and Florida have introduced legislation that would suspend duties on imported asparagus "
     "for a year."),
    ("Maine lobster firms eye Canada",
     ["Canadian processors buy most of the lobster landed in Maine."],
     "A proposal by Maine's congressional delegation to let lobster processed in Canada enter duty-free has stalled."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", LEGISLATORS)
def test_a_legislators_bill_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


def test_a_bill_a_chamber_passes_keeps_its_row():
    rows = story("Jamaica Senate backs sugar duty",
                 ["Jamaica's parliament debated farm imports this week."],
                 "Jamaica's Senate on Tuesday approved a bill that would raise the import duty on refined sugar to 40 "
                 "percent from 25 percent.")
    assert ("JAM", "tariff", "raise") in {t[:3] for t in triples(rows)}
