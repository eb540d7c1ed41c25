"""Commitment extraction, round 7: fact sheets on sanctions, threats and enforcement.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries and figures are used
only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Addresses Threats by the Government of Venezuela"
SIGNED = "Today, President Donald J. Trump signed an Executive Order addressing threats by Venezuela."


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-sanctions-r7")


def tariff_rows(rows):
    return sorted((r.actor, r.counterparty, r.action, r.status, r.conditional) for r in rows if r.category == "tariff")


# --- secondary tariffs: countries named by their conduct, not a partner --------------------

def test_a_process_to_tariff_countries_by_their_conduct_is_a_threat_without_counterparty():
    for text in ("The Order establishes a process to impose tariffs on goods from countries that sell "
                 "or otherwise supply oil to Venezuela.",
                 "The Order sets up a mechanism to impose additional tariffs on imports from any country "
                 "that directly or indirectly buys crude oil from Venezuela.",
                 "The Order creates a system that allows the United States to impose tariffs on other "
                 "countries that purchase, import, or otherwise acquire Venezuelan gold."):
        rows = extract(SIGNED, text)
        assert tariff_rows(rows) == [("USA", None, "impose", "threatened", True)], text
        assert not [r for r in rows if r.category == "purchase"], text


def test_the_system_and_its_restatement_are_one_row():
    rows = extract(SIGNED,
                   "It establishes a process to impose tariffs on goods from countries that supply oil to Venezuela.",
                   "The Order imposes a new tariff system that allows the United States to impose additional "
                   "tariffs on imports from any country that directly or indirectly provides oil to Venezuela.")
    assert tariff_rows(rows) == [("USA", None, "impose", "threatened", True)]


def test_tariffs_imposed_on_countries_by_their_conduct_are_in_force_and_conditional():
    for text in ("Last month, he imposed tariffs on countries that provide oil to Venezuela.",
                 "In March, the President imposed tariffs on any country that buys Venezuelan oil."):
        rows = extract(SIGNED, text)
        assert ("USA", None, "impose", "implemented", True) in tariff_rows(rows), text


def test_the_goods_of_listed_countries_are_no_conduct_class():
    rows = extract("The United States will remove tariffs on certain goods from these countries that cannot be "
                   "grown in the United States.", title="Fact Sheet: Deals with Chile and Peru")
    assert all(not r.conditional for r in rows)


# --- the buying given as a reason is no purchase --------------------------------------------

def test_purchases_given_as_the_reason_for_a_tariff_are_no_rows():
    for text in ("The President is imposing a 25% tariff on imports from Turkey in response to its continued "
                 "purchase of Venezuelan oil.",
                 "Turkey would face tariffs for buying Venezuelan oil.",
                 "The President imposed sanctions on Turkey over its massive purchases of Venezuelan oil."):
        rows = extract(SIGNED, text)
        assert not [r for r in rows if r.category == "purchase"], text
        assert rows, text


def test_a_country_said_to_face_tariffs_faces_the_ordering_governments_threat():
    for text in ("President Trump has been upfront that Turkey would face tariffs for buying Venezuelan oil.",
                 "The President has made clear that Turkey could face tariffs for importing Venezuelan oil."):
        rows = extract(SIGNED, text)
        assert ("USA", "TUR", "impose", "threatened", False) in tariff_rows(rows), text


def test_a_purchase_pledge_is_still_a_purchase():
    rows = extract("Turkey will purchase $2 billion of U.S. energy products.", title="Fact Sheet: A Deal with Turkey")
    assert [(r.actor, r.category) for r in rows] == [("TUR", "purchase")]


# --- an authorisation to implement the order is its mechanics -------------------------------

def test_authorising_officials_to_implement_the_order_is_no_row():
    for text in ("The Order authorizes the Secretary of Commerce to take all necessary actions, including "
                 "issuing regulations, to implement the tariff system.",
                 "The Order directs the Secretary of State to take all appropriate steps to implement these measures."):
        assert extract(SIGNED, text) == [], text


# --- a side deal recalled with its partners: a row per signatory (convention 12) ------------

def negotiate_pairs(rows):
    return sorted((r.actor, r.counterparty) for r in rows if r.action == "negotiate" and r.category == "other")


def test_side_deals_recalled_with_a_partner_list_give_a_row_per_signatory():
    signed = "Today, President Donald J. Trump signed a Proclamation on imports of processed critical minerals."
    for text in ("Today's action builds on the critical minerals agreements President Trump has secured with "
                 "partners, including Chile, Peru, and others.",
                 "President Trump signed critical minerals frameworks with Chile and Peru.",
                 "The United States concluded memoranda of understanding on critical minerals with Chile and Peru."):
        rows = extract(signed, text, title="Fact Sheet: President Donald J. Trump Adjusts Imports of Minerals")
        assert negotiate_pairs(rows) == [("CHL", "USA"), ("PER", "USA"), ("USA", "CHL"), ("USA", "PER")], text


def test_trade_deals_recalled_with_partners_are_no_side_deal_rows():
    rows = extract("Additional trade deals signed with Chile, Peru, and others will open foreign markets.",
                   title="Fact Sheet: President Donald J. Trump Adjusts Imports of Minerals")
    assert negotiate_pairs(rows) == []


# --- customs compliance duties laid on importers are customs enforcement --------------------

CUSTOMS_TITLE = "Fact Sheet: President Donald J. Trump Strengthens Customs Enforcement"
CUSTOMS_SIGNED = "Today, President Donald J. Trump signed an Executive Order that will strengthen customs enforcement."


def enforce_rows(rows):
    return [(r.actor, r.category, r.action, r.value_to) for r in rows]


def test_duties_on_importers_are_other_enforce_whatever_the_verb():
    for text in ("The Order requires all importers of record to post a continuous bond.",
                 "The Order subjects foreign importers to stricter vetting procedures.",
                 "The Order directs CBP to raise bonding requirements for carriers.",
                 "The Order directs DHS to impose a good standing requirement on every importer of record.",
                 "The Order directs CBP to establish new disclosure and certification requirements for importers."):
        rows = extract(CUSTOMS_SIGNED, text, title=CUSTOMS_TITLE)
        assert enforce_rows(rows) == [("USA", "other", "enforce", None)], text


def test_listed_duties_under_an_order_are_the_ordering_governments_one_row_each():
    rows = extract(CUSTOMS_SIGNED, "The Order directs CBP to tighten the rules for importers. Examples include:",
                   "raising bonding requirements for importers;",
                   "authorizing only domestic importers to file informal entry; and",
                   "increasing vetting procedures for customs brokers.", title=CUSTOMS_TITLE)
    assert enforce_rows(rows) == [("USA", "other", "enforce", None)] * 3


def test_a_penalty_floor_share_is_no_tariff_level():
    rows = extract(CUSTOMS_SIGNED, "The Order directs CBP to increase enforcement, including by establishing a 40% "
                   "minimum penalty floor for importers who evade duties.", title=CUSTOMS_TITLE)
    assert enforce_rows(rows) == [("USA", "other", "enforce", None)]


def test_examples_of_a_directed_measure_are_the_directives():
    rows = extract(CUSTOMS_SIGNED, "The Order directs DHS to speed up the seizure of non-compliant imports, including "
                   "by easing the rules on voluntary abandonment and authorizing third-party disposal.",
                   title=CUSTOMS_TITLE)
    assert enforce_rows(rows) == [("USA", "other", "enforce", None)] * 2


def test_a_power_to_require_is_no_duty_laid():
    assert extract(CUSTOMS_SIGNED, "CBP may require formal entry for any parcel.", title=CUSTOMS_TITLE) == []


def test_de_minimis_treatment_is_a_tariff_and_ending_duty_free_treatment_raises_it_from_zero():
    rows = extract(CUSTOMS_SIGNED, "The President suspended the de minimis exemption for all countries.",
                   title=CUSTOMS_TITLE)
    assert [(r.category, r.action) for r in rows] == [("tariff", "suspend")]
    for text in ("The Order ends duty-free de minimis treatment for parcels from Macau.",
                 "The Order eliminates the duty-free de minimis exemption for low-value parcels from Macau."):
        rows = extract(CUSTOMS_SIGNED, text, title=CUSTOMS_TITLE)
        assert [(r.category, r.action, r.value_from) for r in rows] == [("tariff", "raise", 0.0)], text


# --- sanctions history and relief ------------------------------------------------------------

SANCTIONS_TITLE = "Fact Sheet: President Donald J. Trump Provides for the Revocation of Belarus Sanctions"
SANCTIONS_SIGNED = "Today, President Donald J. Trump signed an Executive Order terminating the Belarus sanctions program."


def sanction_rows(rows):
    return sorted(((r.actor, r.category, r.action, r.duration_days) for r in rows if r.category == "sanctions"), key=str)


def test_a_countrys_own_sanctions_name_their_imposer():
    for text in ("U.S. sanctions were imposed in response to the regime's crackdown on protesters.",
                 "American sanctions were lifted after the 2020 election."):
        rows = extract(SANCTIONS_SIGNED, text, title=SANCTIONS_TITLE)
        assert [r.actor for r in rows if r.evidence.startswith(text[:10])] == ["USA"], text


def test_a_general_licence_issued_eases_sanctions_and_a_waiver_pauses_them_for_its_term():
    rows = extract(SANCTIONS_SIGNED, "The Treasury Department took the first step by issuing a general license to "
                   "authorize transactions with the state airline.", title=SANCTIONS_TITLE)
    assert ("USA", "sanctions", "relax", None) in sanction_rows(rows)
    for text in ("The State Department issued a 90-day waiver of sanctions under the Democracy Act.",
                 "The State Department will issue a temporary waiver of sanctions on potash exports for 90 days."):
        rows = extract(SANCTIONS_SIGNED, text, title=SANCTIONS_TITLE)
        assert ("USA", "sanctions", "suspend", 90) in sanction_rows(rows), text


def test_issuing_a_report_or_signing_a_memorandum_is_no_waiver():
    rows = extract(SANCTIONS_SIGNED, "The Secretary issued a report on the sanctions program.", title=SANCTIONS_TITLE)
    assert [r for r in rows if r.action == "suspend"] == []


def test_a_sanctions_campaign_imposed_and_restored_by_its_name():
    rows = extract(SANCTIONS_SIGNED, "In his first term, President Trump imposed maximum pressure on Belarus.",
                   "Upon returning to office, President Trump restored maximum pressure on Belarus.",
                   "The President reinstated sanctions on Belarusian potash.", title=SANCTIONS_TITLE)
    actions = [a for actor, c, a, _ in sanction_rows(rows) if actor == "USA"]
    assert "impose" in actions and actions.count("resume") == 2


def test_restoring_fairness_or_integrity_is_no_measure():
    for text in ("The President acted to restore fairness for American farmers.",
                 "The Order will restore integrity to our customs system."):
        rows = extract(SANCTIONS_SIGNED, text, title=SANCTIONS_TITLE)
        assert [r for r in rows if r.evidence.startswith(text[:10])] == [], text


# --- a Section 232 negotiation directive and its fallback -----------------------------------

def test_negotiating_agreements_on_imports_is_import_talks_and_the_fallback_a_threatened_restriction():
    signed = ("Today, President Donald J. Trump signed a Proclamation ordering the Secretary of Commerce to "
              "negotiate agreements with trading partners to address the threat to national security with respect "
              "to imports of polysilicon.")
    rows = extract(signed, "The President may also take other actions he deems necessary to adjust imports of "
                   "polysilicon if the agreements are not entered into within 180 days.",
                   title="Fact Sheet: President Donald J. Trump Directs Negotiations on Polysilicon Imports")
    found = [(r.actor, r.category, r.action, r.status, r.conditional) for r in rows]
    assert ("USA", "import_restriction", "negotiate") in [f[:3] for f in found]
    assert ("import_restriction", "restrict", "threatened", True) in [f[1:] for f in found]
    rows = extract("The United States will negotiate arrangements concerning imports of drones with its allies.",
                   title="Fact Sheet: Drones")
    assert [(r.category, r.action) for r in rows] == [("import_restriction", "negotiate")]


def test_other_actions_for_other_aims_are_no_restriction():
    rows = extract("The President may also take other actions to support American farmers.",
                   title="Fact Sheet: Farmers")
    assert [r for r in rows if r.category == "import_restriction"] == []


# --- a measure named as the subject of a claim about its effect -----------------------------

def test_a_sentence_opening_gerund_measure_said_to_help_is_no_row():
    for text in ("Removing sanctions will support Belarus's efforts to rebuild.",
                 "Lifting the embargo would help Belarusian farmers recover.",
                 "Easing export controls is the best way to rebuild trust."):
        rows = extract(SANCTIONS_SIGNED, text, title=SANCTIONS_TITLE)
        assert [r for r in rows if r.evidence.startswith(text[:10])] == [], text


def test_a_bullet_opening_with_a_gerund_measure_is_still_a_row():
    rows = extract(SANCTIONS_SIGNED, "Removing sanctions on Belarusian potash exports, effective May 1.",
                   title=SANCTIONS_TITLE)
    assert ("USA", "sanctions", "remove", None) in sanction_rows(rows)


def test_the_imposition_of_tariffs_on_countries_by_their_conduct_is_the_same_threat():
    for text in ("The Order establishes a process for the potential imposition of similar tariffs on other "
                 "countries that directly or indirectly import oil from Venezuela.",
                 "The Order creates a framework for the possible imposition of additional tariffs on imports from any country that "
                 "buys Venezuelan gold."):
        rows = extract(SIGNED, text)
        assert tariff_rows(rows) == [("USA", None, "impose", "threatened", True)], text
