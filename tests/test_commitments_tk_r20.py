"""Commitment extraction, round 20: talks, approvals and market opening in news.

(1) What talks are on: a talks row left `diplomatic` takes the category of the measure named after
on / over / about (convention 19: talks on a named subject take that subject's category; a chapter on
services or digital trade is `other`, guide rule 16 and round 10 Q2; a ban on exports is an export
control); talks still to come told by what they are to settle or iron out.
(2) Market opening: what a party opens to a partner's firms or bidders (tenders and procurement contracts
are `procurement`, the size from which contracts are open is no amount; other things opened are market
access); certificates named by the check on the shipment they attest (inspection, sanitary, veterinary,
quarantine, sustainability) are import papers, `import_restriction` `relax` (guide rule 13, the open
gold's majority on the Round 19 review's open question), while conformity and FDA certificates stay
`market_access` (rule 14).
Our own wordings, news and official register; countries and figures are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
BYLINE = ["Dana Reyes"]
TITLE = "Trade talks: tariffs and quotas on the agenda"


def extract(*texts, title=TITLE, authors=BYLINE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=authors,
                            article_id="test-tk-r20")


def talks_of(rows):
    return sorted((r.actor, r.counterparty, r.category) for r in rows if r.action == "negotiate")


# --- (1) the category of talks from what they are on ---------------------------------------------

def test_talks_take_the_category_of_the_measure_they_are_on():
    cases = [
        # wire, the gerund of talking, an export ban of lower-case goods
        ("Indonesia and the European Union will keep negotiating over Jakarta's ban on nickel ore exports, "
         "officials said.", "IDN", "EUN", "export_control"),
        # newspaper, "talking about" a quota
        ("Canada and the United States agreed to continue talking about the dairy quotas after the summit.",
         "CAN", "USA", "tariff"),
        # a talks event on a chapter of the deal
        ("The European Union and India will open talks on a digital trade chapter next month.",
         "EUN", "IND", "other"),
        # two chapters joined, reported speech, the deadline far from the verb
        ("Seoul and Beijing said they would launch negotiations on services and investment chapters within "
         "six months.", "KOR", "CHN", "other"),
    ]
    for sentence, one, other, category in cases:
        assert talks_of(extract(sentence)) == sorted([(one, other, category), (other, one, category)]), sentence


def test_talks_on_the_deal_itself_stay_diplomatic():
    for sentence in ("Australia and the European Union will keep negotiating over the final text of the agreement.",
                     "Britain and India will continue talks on a free trade agreement.",
                     # barriers at large name no measure (guide rule 2)
                     "Britain and India will keep negotiating over the remaining barriers to trade."):
        rows = extract(sentence)
        assert {r.category for r in rows if r.action == "negotiate"} == {"diplomatic"}, sentence


def test_an_export_ban_of_a_named_partners_goods_is_not_an_export_control():
    # ("a ban on American beef exports" is the importer's ban on those goods, not the exporter's control)
    rows = extract("China lifted its ban on American beef exports in March, the ministry said.",
                   title="China and United States trade deal")
    assert "export_control" not in {r.category for r in rows}


# --- (1b) talks told by what they are to settle -------------------------------------------------

def test_talks_to_settle_a_measure_are_a_row_per_party_on_that_measure():
    cases = [
        ("Britain and India agreed to settle the rules of origin by June, the trade department said.",
         "GBR", "IND", "other"),
        ("Officials from Canada and the United States will meet in Ottawa next week to settle the tariffs "
         "on softwood lumber.", "CAN", "USA", "tariff"),
        ("Negotiators from Australia and the European Union will try to iron out the dispute over the beef "
         "quota before Christmas.", "AUS", "EUN", "tariff"),
        # official register
        ("The United States and Kenya shall settle the remaining rules of origin within 90 days of "
         "signature.", "USA", "KEN", "other"),
    ]
    for sentence, one, other, category in cases:
        assert talks_of(extract(sentence)) == sorted([(one, other, category), (other, one, category)]), sentence


def test_settling_what_is_no_measure_gives_no_row():
    for sentence in ("Britain and India agreed to settle the bill in rupees, the bank said.",
                     "The minister, who settled in Geneva in 2019, spoke to reporters on Friday."):
        assert extract(sentence, title="Britain and India") == [], sentence


# --- (2) market opening: what is opened to a partner's firms ----------------------------------

def rows_of_sentence(sentence, title="Trade deal signed"):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.amount) for r in extract(sentence, title=title))


def test_what_is_opened_to_a_partners_firms_is_eased_with_the_category_of_what_is_opened():
    cases = [
        ("China agreed to open its public tenders to Chilean firms.",
         [("CHN", "CHL", "procurement", "relax", None)]),
        # the contract size is the scope of the opening, not an amount
        ("Kuala Lumpur will open central-government procurement contracts worth more than 2 million ringgit to "
         "European bidders.", [("MYS", "EUN", "procurement", "relax", None)]),
        ("Vietnam opened state tenders for hospital equipment to American suppliers last year.",
         [("VNM", "USA", "procurement", "relax", None)]),
        # official register
        ("Thailand shall open government procurement for construction services to United States suppliers.",
         [("THA", "USA", "procurement", "relax", None)]),
        # something else opened: market access
        ("Indonesia will open its ports to U.S. carriers, the ministry said.",
         [("IDN", "USA", "market_access", "relax", None)]),
    ]
    for sentence, expected in cases:
        assert rows_of_sentence(sentence) == expected, sentence


def test_open_as_an_adjective_opens_nothing():
    rows = extract("Malaysia will protect trademarks of European producers through an opposition procedure open "
                   "to European firms.")
    assert "market_access" not in {r.category for r in rows}


# --- (2b) certificates: import papers or approvals of the product --------------------------------

def test_certificates_named_by_the_check_on_the_shipment_are_import_papers_eased():
    cases = [
        ("Azerbaijan agreed to recognise US inspection certificates for poultry.", "AZE", "USA"),
        ("Seoul will accept Chinese inspection certificates for kimchi cabbage.", "KOR", "CHN"),
        ("The EU agreed to recognise Malaysia's MSPO sustainability certificate as equivalent proof of compliance.",
         "EUN", "MYS"),
        ("Jordan shall accept quarantine certificates issued by the United States Department of Agriculture.",
         "JOR", "USA"),
    ]
    for sentence, actor, partner in cases:
        assert rows_of_sentence(sentence) == [(actor, partner, "import_restriction", "relax", None)], sentence


def test_conformity_and_fda_certificates_stay_market_access():
    # (round 32) conformity certificates recognised are certificates accepted: import-side (guide Round 32 review, the
    # written gold aligned); the FDA's certificates for a product stay its approval, market access (rule 14)
    assert rows_of_sentence("Kuala Lumpur agreed to recognise EU conformity certificates for machinery.") == \
        [("MYS", "EUN", "import_restriction", "relax", None)]
    assert rows_of_sentence("Thailand will accept FDA certificates for medical devices from the United States.") == \
        [("THA", "USA", "market_access", "relax", None)]
