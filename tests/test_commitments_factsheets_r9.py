"""Commitment extraction, round 9: White House fact sheets (orders, proclamations, deals,
investment visits) — the rows they state that the extractor missed.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, firms and figures are
invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2026, 5, 12, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Levels the Playing Field for American Exporters"


def extract(*texts, title=TITLE, kinds=None, levels=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, kinds=kinds, levels=levels,
                            article_id="test-factsheets-r9")


def tariff_rows(rows, actor="USA"):
    return [(r.value_to, r.evidence[:30]) for r in rows if r.actor == actor and r.category == "tariff"]


# --- a rate on named goods is no figure of an earlier lead naming none ----------------------

def test_a_goods_rate_in_a_background_example_stays_its_own_row():
    lead = ("President Trump will impose a higher reciprocal tariff on the partners with which the United "
            "States runs the largest deficits.")
    for example in ("The United States imposes a 2.5% tariff on imported trucks (with diesel engines), while "
                    "Thailand (40%) imposes a much higher duty on the same product.",
                    "The United States charges a 3% tariff on rice, while Japan (80%) charges far more.",
                    "For ethanol, the United States imposes a 2.5% tariff, while Brazil (18%) levies more."):
        rows = tariff_rows(extract(lead, example))
        # the lead keeps no figure; the example's U.S. rate is a row of its own sentence
        assert (None, lead[:30]) in rows, example
        assert any(value in (2.5, 3.0) and text == example[:30] for value, text in rows), (example, rows)


# --- a second measure joined to a tariff as the same verb's object ----------------------------

def shapes(rows):
    return sorted(((r.actor, r.category, r.action, r.value_to) for r in rows), key=lambda t: (t[:3], t[3] or 0))


def test_each_measure_a_tariff_verb_names_is_its_own_row():
    cases = {
        "In March, President Trump imposed a 15% tariff on all partners and steeper reciprocal tariffs on the "
        "partners with the largest surpluses.": [("USA", "tariff", "impose", None), ("USA", "tariff", "impose", 15.0)],
        "In 2019, the President imposed a 20% tariff on imported trucks and new tariffs on truck engines.":
            [("USA", "tariff", "impose", None), ("USA", "tariff", "impose", 20.0)],
        "Peru imposes certain tariffs and quotas on cars imported from the United States.":
            [("PER", "import_restriction", "restrict", None), ("PER", "tariff", "impose", None)],
        "Chile imposes high tariffs and restrictions on U.S. beef.":
            [("CHL", "import_restriction", "restrict", None), ("CHL", "tariff", "impose", None)],
    }
    for text, expected in cases.items():
        assert shapes(extract(text)) == expected, text


def test_an_offset_program_offered_with_a_tariff_is_relief_proposed():
    for text in ("In the coming months, President Trump may impose broader tariffs on imports of drones, as well "
                 "as an accompanying tariff offset program to reward domestic production.",
                 "The President may impose tariffs on imports of robots and their parts, as well as a tariff offset "
                 "program to reward domestic production."):
        rows = extract(text)
        relief = [r for r in rows if (r.category, r.action) == ("tariff", "reduce")]
        assert len(relief) == 1 and relief[0].actor == "USA" and relief[0].value_to is None, text
        assert any((r.category, r.action) == ("tariff", "impose") for r in rows), text


def test_a_tariff_rate_quota_or_barriers_beside_a_tariff_add_no_row():
    for text in ("Canada imposes tariffs and tariff-rate quotas on U.S. cheese.",
                 "The United States will remove tariffs and non-tariff barriers on Chilean wine."):
        rows = extract(text)
        assert not any(r.category == "import_restriction" for r in rows), text


# --- an adverb between the auxiliary and a passive participle ---------------------------------

def test_a_passive_measure_with_an_adverb_before_its_participle_is_a_row():
    for text, action in (("As a result, the higher reciprocal tariffs are currently paused during the talks.", "suspend"),
                         ("These additional duties are temporarily suspended while the talks continue.", "suspend"),
                         ("The additional tariffs on Swiss goods are now paused.", "suspend"),
                         ("The reciprocal tariffs were quickly lowered to 10%.", "reduce")):
        rows = extract(text)
        assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", action)], text


# --- "secures $X commitments" leads: the pledging country named after "from" ------------------

INVESTMENT_TITLE = "Fact Sheet: President Donald J. Trump Secures Historic Investment Commitments from Qatar"


def pledges(rows):
    return sorted((r.actor, r.category, r.amount) for r in rows if r.category in ("investment", "purchase"))


def test_a_sum_of_commitments_secured_from_a_country_is_that_countrys_pledge():
    for text, amount in (("President Trump secured $1.2 trillion in investment commitments from Qatar.", 1.2e12),
                         ("Today the President secured more than $300 billion of new investment pledges from Qatar.", 3e11),
                         ("The visit secured $45 billion in investment commitments from the Qatari government.", 4.5e10)):
        assert pledges(extract(text, title=INVESTMENT_TITLE)) == [("QAT", "investment", amount)], text


def test_commitments_from_a_country_to_invest_or_buy_are_its_own():
    for text, category in (("President Trump secured commitments from Qatar to invest $1.2 trillion in the United "
                            "States.", "investment"),
                           ("The President obtained a pledge from Qatar to purchase $3 billion of U.S. LNG.", "purchase"),
                           ("Secretary Lutnick secured a commitment from Qatar to invest $20 billion in American "
                            "factories.", "investment")):
        rows = pledges(extract(text, title=INVESTMENT_TITLE))
        assert [(actor, cat) for actor, cat, _ in rows] == [("QAT", category)], text


def test_commitments_from_companies_of_several_countries_are_no_countrys_pledge():
    text = ("The new tariffs have already spurred about $400 billion in new investment commitments from U.S. and "
            "foreign drug makers.")
    assert pledges(extract(text)) == []


# --- a paying verb joined to a pledge: the levier is the other party --------------------------

def test_a_rate_paid_after_a_joined_pledge_is_levied_by_the_other_party():
    for text in ("In July, Japan agreed to invest $550 billion into American industries and pay a baseline 15% "
                 "tariff rate.",
                 "Under the deal, Vietnam will buy more U.S. goods and pay a 20% tariff on its exports.",
                 "Korea will invest $350 billion in the United States and accept a 15% tariff rate."):
        rows = extract(text, title=INVESTMENT_TITLE)
        tariffs = [(r.actor, r.counterparty) for r in rows if r.category == "tariff"]
        assert len(tariffs) == 1 and tariffs[0][0] == "USA" and tariffs[0][1] != "USA", (text, tariffs)
        assert all(r.actor != "USA" for r in rows if r.category != "tariff"), text


# --- home environmental rules relieved or kept: no trade measure (guide rule 1) ----------------

def test_home_environmental_relief_and_oversight_are_no_rows():
    for text in ("He granted two years of similar regulatory relief from stringent Biden-era rules that hit "
                 "coal plants and smelters.",
                 "The President extends temporary regulatory relief to refineries for another year.",
                 "He has championed domestic energy production while maintaining practical environmental "
                 "oversight.",
                 "The Administration will keep strong environmental safeguards for American rivers."):
        assert extract(text) == [], text


def test_a_partners_environmental_pledge_in_a_deal_stays_a_row():
    rows = extract("Chile will maintain strong environmental protections and will not weaken them to encourage "
                   "trade with the United States.",
                   title="Joint Statement on a Framework for a United States-Chile Agreement on Reciprocal Trade")
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHL", "other", "maintain")]


# --- a partner's own rate bracketed after its name, alone in the sentence ---------------------

def test_a_single_bracketed_partner_rate_is_that_partners_tariff():
    for text, actor, rate in (("For networking gear, the United States imposes a 0% tariff, but Peru (10-20%) levies "
                               "higher rates.", "PER", 20.0),
                              ("For solar panels, the United States charges a 1% tariff, but Vietnam (15-25%) imposes "
                               "much higher duties.", "VNM", 25.0),
                              ("For similar products, Chile (12 percent) levies a higher rate.", "CHL", 12.0)):
        rows = [(r.actor, r.value_to) for r in extract(text) if r.category == "tariff" and r.actor != "USA"]
        assert rows == [(actor, rate)], text


def test_a_partners_practice_without_a_rate_stays_no_row():
    assert extract("For networking gear, Peru levies higher rates.") == []


# --- "the tariff will increase to N%": the measure as the subject ------------------------------

def test_a_tariff_that_will_increase_to_a_rate_is_raised():
    for text, rate in (("On January 1, 2027, the tariff on kitchen cabinets will increase to 30%.", 30.0),
                       ("The duty rate on upholstered sofas will then increase to 50% for the following year.", 50.0),
                       ("Tariffs on imported trucks increased to 40% in March.", 40.0)):
        rows = extract(text)
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "raise", rate)], text


def test_a_statistics_rate_that_rises_is_no_measure():
    for text in ("The inflation rate rose to 3% last year.", "The unemployment rate increased to 4.1% in May.",
                 "The jobless rate went up to 5% after the plant closed."):
        assert extract(text) == [], text


# --- a firm of no known country buying or investing in a deal document ------------------------

DEAL_TITLE = "Fact Sheet: The United States and Chile Reach Historic Trade Deal"


def test_a_firm_of_no_known_country_pledges_for_the_deal_partner():
    for text, category in (("LATAM Airlines will purchase 20 Boeing aircraft.", "purchase"),
                           ("Andes Air agreed to buy 12 Boeing 737 MAX aircraft.", "purchase"),
                           ("In the mining sector, Cobre Andino Holdings, LLC will be investing $2.5 billion, "
                            "including a smelter in Arizona.", "investment")):
        rows = extract("The United States and Chile reached a trade deal.", text, title=DEAL_TITLE)
        assert [(r.actor, r.category) for r in rows] == [("CHL", category)], text


def test_a_firm_outside_a_deal_or_said_to_be_american_pledges_for_no_partner():
    assert extract("Acme Holdings, LLC will be investing $2 billion in a plant in Ohio.",
                   title="The State of Play: Tariffs Are Working") == []
    rows = extract("The United States and Chile reached a trade deal.",
                   "U.S.-based Acme Holdings, LLC will be investing $2 billion in a plant in Ohio.", title=DEAL_TITLE)
    assert not any(r.category == "investment" and r.actor == "CHL" for r in rows)
