"""Commitment extraction, round 15: negation, modality and verbs (docs/commitments.md, "Round 15 — verbs").

Each class maps the ways texts negate, hedge or name a commitment verb to the DESIGN action it states:
a tariff withheld from goods is `remove`, laws not weakened are `maintain`, a requirement given up eases
entry, a refusal is `rejected`, a rate taken to zero is `remove` at 0, talks take their subject's category,
and verbs with no entry before (protect rights, allow ownership, simplify procedures, prevent re-export,
make a sum available) get one. Every sentence here is our own, written for the class, with other actors and
objects than the pages the classes were found on; at most one wording per class is close to such a page.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, order_commitments, triples, one

PUBLISHED = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
AGREEMENT = "Agreement on Reciprocal Trade between the United States of America and the Republic of Chile"
STATEMENT = "Joint Statement on Framework for United States-Chile Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures a Trade Deal with Chile"
WIRE = "Trade ministers meet as tariff talks drag on"


def extract(*texts, title=AGREEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-verbs-r15")


# --- (1a) a tariff withheld from goods: remove ------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Apply no reciprocal tariff to Chilean copper cathodes and lithium carbonate.", FACT_SHEET),
    ("The United States shall not apply the reciprocal tariff to the originating goods of Chile listed in Annex III.",
     AGREEMENT),
    ("The United States shall not impose the additional duty on Chilean salmon.", AGREEMENT),
    ("The United States will not charge the reciprocal tariff on Chilean avocados.", STATEMENT),
    ("The United States will levy no reciprocal tariff on Chilean table grapes.", STATEMENT),
    ("The United States shall not collect the additional ad valorem duty on fresh cherries of Chile.", AGREEMENT),
])
def test_a_tariff_in_force_withheld_from_goods_is_remove(text, title):
    row = one(extract(text, title=title))
    assert (row.actor, row.category, row.action, row.status) == ("USA", "tariff", "remove", "agreed")


def test_a_tariff_withheld_said_after_the_fact_is_remove_with_its_rate():
    row = one(extract("Washington will no longer levy the 10% duty on Chilean grapes, officials said.", title=WIRE))
    assert (row.actor, row.category, row.action, row.value_from) == ("USA", "tariff", "remove", 10.0)


@pytest.mark.parametrize("text", [
    "Each Party shall not impose customs duties on electronic transmissions.",
    "The United States will impose no new tariffs on goods of Chile.",
])
def test_new_duties_kept_out_stay_a_standstill(text):
    assert {(r.category, r.action) for r in extract(text)} == {("tariff", "maintain")}


# --- (1b) laws not weakened: maintain ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile shall not waive or otherwise derogate from its labor laws in a manner affecting trade.",
    "Chile shall not derogate from its environmental laws to encourage investment.",
    "Chile shall not weaken or reduce the protections afforded in its environmental laws to encourage investment.",
    "Chile shall not lower its environmental standards in order to attract trade.",
    "Chile shall not weaken its labour laws to gain a trade advantage.",
])
def test_laws_not_weakened_are_maintain(text):
    row = one(extract(text))
    assert (row.actor, row.category, row.action, row.status) == ("CHL", "other", "maintain", "agreed")


# --- (1c) a requirement given up on the other side's goods --------------------------------------

@pytest.mark.parametrize("text", [
    "Chile shall refrain from requiring that goods of the United States bear a Chilean conformity mark.",
    "Chile shall refrain from requiring that U.S. cosmetics carry a local label where they meet U.S. rules.",
    "Chile will not require that U.S. medical devices be re-certified by a Chilean laboratory.",
])
def test_a_mark_or_test_waived_for_the_other_sides_goods_is_import_restriction_relax(text):
    row = one(extract(text))
    assert (row.actor, row.category, row.action, row.status) == ("CHL", "import_restriction", "relax", "agreed")


def test_import_licences_no_longer_required_are_removed():
    row = one(extract("Chile will no longer require import licenses for U.S. medical devices.", title=STATEMENT))
    assert (row.actor, row.category, row.action) == ("CHL", "import_restriction", "remove")


# --- (1d) "No Party shall require": a standstill per party ---------------------------------------

@pytest.mark.parametrize("text", [
    "No Party shall require the transfer of source code as a condition for the import of software.",
    "Neither Party shall require the use of local computing facilities as a condition of doing business.",
    "No Party shall require the disclosure of proprietary algorithms as a condition of market entry.",
])
def test_data_demands_ruled_out_for_each_party_are_maintain(text):
    assert triples(extract(text)) == [("CHL", "other", "maintain"), ("USA", "other", "maintain")]


def test_a_data_demand_told_as_a_practice_is_no_row():
    assert extract("Chile requires the transfer of source code from software importers, critics say.", title=WIRE) == []


# --- (1e) refusals: rejected ------------------------------------------------------------------

@pytest.mark.parametrize("text, category, action", [
    ("Chile has no intention of lifting its ban on U.S. poultry, the minister said.", "import_restriction", "remove"),
    ("Chile has no intention to cut its tariffs on U.S. cars, the minister said.", "tariff", "reduce"),
    ("Chile has ruled out scrapping its ban on U.S. beef.", "import_restriction", "remove"),
    ("The Chilean government declined to lift its ban on U.S. pork.", "import_restriction", "remove"),
    ("Chile has no plans of lowering its duties on U.S. wheat, officials said.", "tariff", "reduce"),
])
def test_a_refused_measure_is_rejected(text, category, action):
    row = one(extract(text, title=WIRE))
    assert (row.actor, row.category, row.action, row.status) == ("CHL", category, action, "rejected")


# --- (2) a rate taken to zero: remove, value_to 0 -----------------------------------------------

@pytest.mark.parametrize("text, rate", [
    ("Cut to zero its 5% duties on U.S. machinery and medical devices.", 5.0),
    ("Chile will cut its 6% tariff on U.S. pork to zero.", 6.0),
    ("Chile will bring its 8 percent duty on U.S. wine down to zero.", 8.0),
    ("Chile shall reduce to zero its 4 percent customs duties on U.S. industrial goods.", 4.0),
    ("Chile agreed to lower its 9% tariff on U.S. ethanol to zero within two years.", 9.0),
])
def test_a_stated_rate_cut_to_zero_is_remove_from_it(text, rate):
    row = one(extract(text, title=FACT_SHEET))
    assert (row.actor, row.category, row.action, row.value_from, row.value_to) == ("CHL", "tariff", "remove", rate, 0.0)


@pytest.mark.parametrize("text", [
    "For originating goods of Chile with a column 1 rate of 15 percent or more, the additional reciprocal duty "
    "shall be zero.",
    "The reciprocal tariff on originating goods of Chile listed in Annex I will be zero.",
])
def test_an_agreed_zero_reciprocal_duty_is_remove_at_zero(text):
    row = one(extract(text))
    assert (row.actor, row.counterparty, row.category, row.action, row.value_to, row.status) == \
        ("USA", "CHL", "tariff", "remove", 0.0, "agreed")


# --- (3) talks take their subject's category, a row per party -------------------------------------

@pytest.mark.parametrize("text, category", [
    ("The United States and Chile will also continue negotiations toward a bilateral investment treaty.", "investment"),
    ("The United States and Chile will continue talks towards common export controls on dual-use items.", "export_control"),
    ("The United States and Chile will launch negotiations on an investment treaty.", "investment"),
    ("The United States and Chile will hold talks on a quota for Chilean steel.", "tariff"),
])
def test_talks_toward_an_instrument_take_its_subject(text, category):
    assert triples(extract(text, title=STATEMENT)) == [("CHL", category, "negotiate"), ("USA", category, "negotiate")]


def test_consultations_with_a_partner_on_a_tariff_are_tariff_talks_of_both():
    rows = extract("The United States Trade Representative shall continue consultations with Chile concerning "
                   "the tariff treatment of Chilean copper under Section 232.")
    assert triples(rows) == [("CHL", "tariff", "negotiate"), ("USA", "tariff", "negotiate")]


@pytest.mark.parametrize("text", [
    "The Parties shall jointly review the operation of this Agreement within three years of its entry into force.",
    "The United States and Chile shall jointly assess the implementation of this Agreement every two years.",
    "The United States and Chile will review the functioning of the Agreement after one year.",
])
def test_a_review_of_the_agreement_is_diplomatic_talks_of_both(text):
    assert triples(extract(text)) == [("CHL", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


# --- (4) verbs with no entry before --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Each Party shall protect, in its laws and in practice, internationally recognized labor rights.",
    "Each Party shall protect internationally recognized labor rights.",
])
def test_labor_rights_protected_are_enforce(text):
    assert triples(extract(text)) == [("CHL", "other", "enforce"), ("USA", "other", "enforce")]


@pytest.mark.parametrize("text, title", [
    ("Allow full U.S. ownership of telecommunications firms and insurers.", FACT_SHEET),
    ("Chile will allow 100 percent foreign ownership of banks.", STATEMENT),
    ("Chile shall allow majority U.S. stakes in its mining companies.", AGREEMENT),
])
def test_foreign_ownership_allowed_is_investment_relax(text, title):
    row = one(extract(text, title=title))
    assert (row.actor, row.category, row.action) == ("CHL", "investment", "relax")


def test_allow_keeps_its_plain_easing():
    row = one(extract("Chile will allow U.S. poultry into its market.", title=STATEMENT))
    assert (row.actor, row.action) == ("CHL", "relax")


@pytest.mark.parametrize("text", [
    "Chile shall simplify its procedures for authorising veterinary medicines approved by the FDA.",
    "Chile shall streamline its approval procedures for U.S. medical devices.",
    "Chile will simplify the registration of U.S. agricultural chemicals.",
])
def test_procedures_simplified_are_relax(text):
    row = one(extract(text))
    assert (row.actor, row.action) == ("CHL", "relax")
    assert row.category in ("market_access", "import_restriction")


@pytest.mark.parametrize("text", [
    "Chile shall prevent the re-export of items subject to U.S. export controls.",
    "Chile will take steps to prevent unauthorized re-exports of U.S.-origin semiconductors to third countries.",
    "Chile shall block the re-export of controlled U.S. technology to countries of concern.",
])
def test_re_export_prevented_is_export_control_enforce(text):
    row = one(extract(text))
    assert (row.actor, row.category, row.action, row.conditional) == ("CHL", "export_control", "enforce", False)


@pytest.mark.parametrize("text, actor, amount", [
    ("Chile shall facilitate investment by Chilean enterprises of not less than $5 billion in the United States "
     "over five years.", "CHL", 5e9),
    ("The U.S. International Development Finance Corporation will make available up to $500 million in financing "
     "for projects in Chile.", "USA", 5e8),
    ("Chilean pension funds will mobilize $2 billion for investment in U.S. infrastructure.", "CHL", 2e9),
])
def test_a_sum_made_available_is_an_investment(text, actor, amount):
    row = one(extract(text, title=STATEMENT))
    assert (row.actor, row.category, row.action, row.amount) == (actor, "investment", "invest", amount)


# --- precision: the same verbs on sport, business and council text ---------------------------------

@pytest.mark.parametrize("text", [
    "The city council will make available $2 million for flood relief in the riverside district.",
    "The manager ruled out selling his star striker in January.",
    "The council will review the operation of the new parking scheme in the spring.",
    "The coach has no intention of lifting the ban on phones at training.",
    "The mayor said the city will allow full private ownership of the stadium.",
    "The bank will simplify its procedures for opening accounts.",
    "The central bank cut its 2% policy rate to zero in 2020.",
    "The team will prevent the re-export of tickets by scalpers.",
])
def test_the_verbs_give_no_row_outside_trade(text):
    assert extract(text, title="Local news roundup") == []


def test_goods_said_to_enter_free_when_a_tariff_is_withheld_take_zero():
    # (round 37) free of the named reciprocal duty: removed, no zero (guide, Round 33; Round 15 read a zero)
    row = one(extract("The United States shall not apply the reciprocal tariff to the originating goods of Chile listed "
                      "in Annex II, such that those goods enter the United States free of any reciprocal duty."))
    assert (row.actor, row.category, row.action, row.value_to) == ("USA", "tariff", "remove", None)


@pytest.mark.parametrize("text", [
    "Chile shall allow the cross-border transfer of information by electronic means, including personal information.",
    "Chile shall permit the free flow of data across borders for the conduct of business.",
])
def test_data_let_across_the_border_is_other_relax(text):
    row = one(extract(text))
    assert (row.actor, row.category, row.action) == ("CHL", "other", "relax")


@pytest.mark.parametrize("text, category", [
    ("Chile shall accede to the WIPO Performances and Phonograms Treaty within two years.", "intellectual_property"),
    ("Chile shall ratify the Budapest Treaty on the International Recognition of the Deposit of Microorganisms.",
     "intellectual_property"),
    ("Chile shall ratify the Singapore Treaty on the Law of Trademarks within one year.", "intellectual_property"),
    ("Chile shall ratify the ILO conventions on forced labour.", "other"),
])
def test_a_treaty_joined_is_enforce_in_its_subject(text, category):
    row = one(extract(text))
    assert (row.actor, row.category, row.action) == ("CHL", category, "enforce")


def test_a_data_demand_with_two_objects_ruled_out_is_maintain_per_party():
    rows = extract("Neither Party shall require the disclosure of, or access to, source code of software as a condition "
                   "for its sale.")
    assert triples(rows) == [("CHL", "other", "maintain"), ("USA", "other", "maintain")]


# --- a date missed, a rate held, an order implementing its deal ----------------------------------

@pytest.mark.parametrize("text", [
    "The tariff cut will not take effect on March 1 as planned, the USTR said.",
    "The lower duty on Chilean wine will not take effect until Chile's congress approves the deal, officials said.",
    "The tariff reduction would not come into force as scheduled, the ministry said.",
])
def test_a_measure_not_taking_effect_as_planned_is_delayed(text):
    row = one(extract(text, title=WIRE))
    assert (row.category, row.action) == ("tariff", "delay")


def test_a_measure_that_did_not_take_effect_is_no_row():
    assert extract("The tariff did not take effect in the end.", title=WIRE) == []


@pytest.mark.parametrize("text, rate", [
    ("Chile agreed to hold its standard 6% tariff on U.S. cars where it is.", 6.0),
    ("Chile will hold its 25 percent duty on U.S. steel.", 25.0),
])
def test_a_rate_named_before_the_tariff_held_is_maintain(text, rate):
    row = one(extract(text, title=STATEMENT))
    assert (row.actor, row.category, row.action, row.value_to) == ("CHL", "tariff", "maintain", rate)


def test_an_order_implementing_its_agreement_is_no_talks_row():
    rows = order_commitments(["In my judgment, it is necessary and appropriate to modify the HTSUS to implement the "
                              "Agreement."], published_at=PUBLISHED, article_id="test-verbs-r15",
                             title="Implementing the Agreement on Reciprocal Trade with the Republic of Chile")
    assert rows == []


def test_a_second_verb_negated_after_and_is_not_a_measure():
    rows = extract("Chile agreed to hold its 6% tariff on U.S. cars and not to extend its safeguard duties to U.S. trucks.",
                   title=STATEMENT)
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("CHL", "tariff", "maintain", 6.0)]
