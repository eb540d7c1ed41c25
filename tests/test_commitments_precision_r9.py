"""Commitment extraction, round 9: precision across kinds — wrong fields and extra rows.

Each rule is written for the shape of a sentence, tested on our own paraphrases of it, next to
a sentence of the same shape that does state a commitment (the rule must not eat it). Every
sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
DEAL_TITLE = "Joint Statement on a United States-Jordan Framework for Reciprocal Trade"
ORDER_TITLE = "Modifying the Scope of the Reciprocal Tariffs on Certain Goods"


def extract(*texts, title=DEAL_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r9")


# --- "should": advice or an opinion, no measure taken (convention 1) -------------------------

def test_advice_with_should_gives_no_row():
    for text, title in (
            ("The United States should encourage U.S. firms, including their affiliates, to invest in Jordan.",
             DEAL_TITLE),
            ("Officials in Jordan said the U.S. should buy more Jordanian potash.", DEAL_TITLE),
            ("In my judgment, certain widgets should not be subject to the additional duties imposed by "
             "that order.", ORDER_TITLE),
            ("In their view, certain fruit from Jordan should no longer be subject to the additional "
             "ad valorem duty.", ORDER_TITLE)):
        assert extract(text, title=title) == [], text


def test_a_pledge_or_a_condition_beside_should_is_still_a_row():
    rows = extract("The United States will raise tariffs on Jordanian steel to 50 percent should Jordan "
                   "retaliate.")
    assert ("USA", "tariff", "raise", 50.0, None, "percent") in rows_of(rows)
    rows = extract("Jordan will buy 20 Boeing aircraft, and officials said more orders should follow.")
    assert ("JOR", "purchase", "purchase", None, 20.0, "units") in rows_of(rows)


# --- an inverted verb joined by "and" pays the previous verb's subject's tariff ----------------

def test_and_pay_a_tariff_after_another_pledge_is_levied_by_the_other_party():
    for text in ("Japan agreed to invest $550 billion into American industries and pay a 15% baseline tariff.",
                 "Japan will buy American rice and face a 15% tariff on its cars.",
                 "Japan will open its market to American trucks and accept a 15 percent tariff on its exports."):
        rows = extract(text, title="Fact Sheet: The United States and Japan Reach a Trade Deal")
        tariff = [(r.actor, r.counterparty, r.value_to) for r in rows if r.category == "tariff"]
        assert tariff == [("USA", "JPN", 15.0)], text


def test_a_plain_inverted_tariff_keeps_its_payer():
    rows = extract("Japan will pay a 15% tariff.", title="Fact Sheet: The United States and Japan Reach a Trade Deal")
    assert [(r.actor, r.counterparty, r.value_to) for r in rows] == [("USA", "JPN", 15.0)]


# --- a side deal signed "with" one partner: a row per signatory (convention 12) ---------------

def test_a_side_deal_signed_with_one_partner_gives_both_signatories():
    for text in ("Today in Osaka, President Trump announced new projects, signed a landmark critical minerals "
                 "agreement with Japan, and secured new energy purchases.",
                 "The United States signed a memorandum of understanding with Japan on critical minerals.",
                 "President Trump signed a critical minerals framework with Japan, opened new markets, and "
                 "praised the partnership."):
        rows = extract(text, title="Fact Sheet: President Donald J. Trump Deepens the Partnership with Japan")
        signed = {(r.actor, r.category, r.action) for r in rows if r.action == "negotiate"}
        assert signed == {("USA", "other", "negotiate"), ("JPN", "other", "negotiate")}, text


# --- not discriminating against a partner's firms eases their treatment (guide rule 16) -------

def test_refraining_from_discrimination_is_relax_and_refraining_from_a_tax_a_standstill():
    for text in ("Jordan has committed to facilitating digital trade by refraining from discrimination against "
                 "U.S. digital services.",
                 "Jordan shall refrain from measures that discriminate against U.S. digital services or digital products.",
                 "Jordan will refrain from discriminating against U.S. digital services."):
        rows = extract(text)
        assert {(r.actor, r.category, r.action) for r in rows} == {("JOR", "other", "relax")}, text
    rows = extract("Jordan will refrain from imposing digital services taxes.")
    assert {(r.actor, r.category, r.action) for r in rows} == {("JOR", "other", "maintain")}


# --- retaliation ended is the partner's retaliatory tariffs -----------------------------------

def test_ending_retaliation_is_a_tariff_removed():
    for text in ("The President reached an agreement with China to reduce China's tariffs and eliminate retaliation.",
                 "China agreed to end its retaliation and buy more American soybeans.",
                 "Under the deal, China will drop retaliation on American farm goods."):
        rows = extract(text, title="Fact Sheet: The United States and China Reach a Trade Deal")
        assert ("CHN", "tariff", "remove") in {(r.actor, r.category, r.action) for r in rows}, text


def test_retaliation_threatened_or_against_companies_is_no_tariff():
    assert extract("Beijing vowed swift retaliation against the new duties.") == []
    rows = extract("China has committed to address Chinese retaliation against U.S. chip makers.",
                   title="Fact Sheet: The United States and China Reach a Trade Deal")
    assert all(r.category != "tariff" for r in rows)


# --- how long or on what terms a measure stays is no row of its own (guide rule 3) -----------

def test_a_measure_kept_until_such_time_or_unless_gives_no_row():
    title = "Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets into the United States"
    for text in ("These tariffs will remain in effect until such a time as the President determines that the "
                 "threat has been resolved.",
                 "The treatment of widgets on the exemption list remains unchanged unless an antidumping order "
                 "applies.",
                 "Goods of those partners will remain subject to the additional duties until such time as their "
                 "agreements are implemented."):
        assert extract(text, title=title) == [], text


def test_a_rate_kept_or_a_measure_kept_in_place_is_still_a_row():
    title = "Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets into the United States"
    rows = extract("The 25% tariff on widgets will remain in effect until such time as the deal is implemented.",
                   title=title)
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("USA", "maintain", 25.0)]
    rows = extract("Other U.S. tariff measures with respect to China will remain in place.", title=title)
    assert [(r.actor, r.action) for r in rows] == [("USA", "maintain")]


# --- a quota is named by what it limits -------------------------------------------------------

def test_quotas_on_a_partys_own_exports_are_an_export_control():
    for text in ("Jordan has committed to refrain from imposing quotas on exports of critical minerals to the "
                 "United States.",
                 "Jordan imposed export quotas on phosphate last year."):
        rows = extract(text)
        assert {r.category for r in rows} == {"export_control"}, text


def test_screen_quotas_are_no_tariff_and_a_beef_quota_still_is():
    rows = extract("Jordan commits to refrain from imposing screen quotas for U.S. films.")
    assert {(r.actor, r.category, r.action) for r in rows} == {("JOR", "other", "maintain")}
    rows = extract("Jordan will create a tariff-rate quota of 13,000 metric tons for American beef.")
    assert ("JOR", "tariff", "reduce", None, 13000.0, "tonnes") in rows_of(rows)


# --- a side deal named again is one row (convention 8) ----------------------------------------

def test_a_critical_minerals_agreement_told_twice_is_one_row_per_signatory():
    rows = extract("President Trump signed a landmark critical minerals agreement with Japan.",
                   "Later, President Trump and Prime Minister Takaichi signed a historic critical minerals "
                   "agreement to diversify supply chains.",
                   title="Fact Sheet: President Donald J. Trump Deepens the Partnership with Japan")
    assert sorted((r.actor, r.category, r.action, r.mentions) for r in rows) == [
        ("JPN", "other", "negotiate", 2), ("USA", "other", "negotiate", 2)]
