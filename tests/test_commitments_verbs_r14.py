"""Commitment extraction, round 14: the action lexicon's breadth (verbs).

Each class maps the verb phrases texts use for one DESIGN action (and the status a refusal gives) to
that action. Every sentence here is our own, written for the class, with different actors and objects;
at most one wording per class is close to the page the class was found on.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, order_commitments, triples, one

PUBLISHED = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
STATEMENT = "Joint Statement on Framework for United States-Chile Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures a Trade Deal with Chile"
WIRE = "Trade ministers meet as tariff talks drag on"
ORDER = "Implementing the Agreement on Reciprocal Trade with the Republic of Chile"


def extract(*texts, title=STATEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-verbs-r14")


# --- maintain: a rate kept at its level -------------------------------------------------------

@pytest.mark.parametrize("text, actor, rate", [
    ("The United States will hold the reciprocal tariff on originating goods of Chile at 10 percent.", "USA", 10.0),
    ("The United States will hold its duties on Chilean cherries steady at 12 percent.", "USA", 12.0),
    ("Chile will keep its 6 percent tariff on U.S. wheat in place.", "CHL", 6.0),
    ("The United States will keep the additional tariff on Chilean wine at 15 percent.", "USA", 15.0),
])
def test_a_rate_held_or_kept_at_its_level_is_maintain(text, actor, rate):
    row = one(extract(text))
    assert (row.actor, row.category, row.action, row.value_to) == (actor, "tariff", "maintain", rate)


@pytest.mark.parametrize("text, rate", [
    ("Washington left the 25% tariff on Chilean steel in place, officials said.", 25.0),
    ("Washington left its tariffs on Chilean copper unchanged at 50%.", 50.0),
    ("The U.S. has left its 40 percent duty on Chilean furniture in force.", 40.0),
])
def test_a_measure_left_in_place_is_maintain(text, rate):
    row = one(extract(text, title=WIRE))
    assert (row.actor, row.category, row.action, row.value_to) == ("USA", "tariff", "maintain", rate)


@pytest.mark.parametrize("text", [
    "The central bank will hold interest rates at 4.5% next month.",
    "The coach left the starting team in place for the final.",
    "Organizers held the ticket price at $40 for the festival.",
])
def test_holding_or_leaving_what_is_no_measure_is_no_row(text):
    assert extract(text, title="Weekend round-up") == []


@pytest.mark.parametrize("text, rate", [
    ("(b) Beef of Chile entered after the in-quota quantity has been filled shall continue to be dutiable at "
     "the over-quota rate of 26.4 percent ad valorem.", 26.4),
    ("(c) Cherries of Chile shall remain dutiable at the 6 percent rate.", 6.0),
    ("(d) Salmon of Chile shall remain dutiable at a rate of 8 percent ad valorem.", 8.0),
])
def test_a_rate_kept_named_before_its_figure_is_maintain(text, rate):
    rows = order_commitments([text], published_at=PUBLISHED, title=ORDER, article_id="test-verbs-r14-order")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "maintain", rate)]


@pytest.mark.parametrize("text", [
    "Chile will back making permanent the WTO moratorium on customs duties on electronic transmissions.",
    "Chile agreed to make permanent its suspension of the 6 percent import duty on U.S. wheat.",
])
def test_a_measure_made_permanent_is_maintain(text):
    row = one(extract(text))
    assert (row.actor, row.category, row.action) == ("CHL", "tariff", "maintain")


# --- enforce ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("Chile will step up enforcement against illegal fishing and the trade in its products.", "other"),
    ("Chile will intensify enforcement of its labor laws in its export processing zones.", "other"),
    ("Chile will bolster enforcement against transshipment of goods.", "other"),
    ("Chile will redouble its enforcement against counterfeit apparel at its ports.", "intellectual_property"),
    ("Chile will clamp down on counterfeit goods sold at its ports.", "intellectual_property"),
])
def test_enforcement_stepped_up_is_enforce(text, category):
    row = one(extract(text))
    assert (row.actor, row.category, row.action) == ("CHL", category, "enforce")


@pytest.mark.parametrize("text, category", [
    ("The United States and Chile will cooperate to fight duty evasion.", "other"),
    ("The United States and Chile will work jointly to combat transshipment through third countries.", "other"),
    ("The two countries will join forces to stop counterfeiting of pharmaceutical products.", "intellectual_property"),
    ("The United States and Chile will deepen their cooperation on export controls, and will work together to "
     "combat transshipment and other forms of duty evasion.", "other"),
])
def test_acting_together_against_an_offence_is_enforcement_by_both(text, category):
    rows = [r for r in extract(text) if r.action == "enforce"]
    assert triples(rows) == [("CHL", category, "enforce"), ("USA", category, "enforce")]


@pytest.mark.parametrize("text, category", [
    ("Chile will bring its export controls into line with those of the United States.", "export_control"),
    ("Bring its export controls into line with U.S. controls to keep sensitive technology out of the hands of "
     "adversaries.", "export_control"),
    ("Chile will harmonize its sanctions with U.S. sanctions on Iran.", "sanctions"),
    ("Chile will align its export control lists with the U.S. Commerce Control List.", "export_control"),
    ("Chile will apply controls on exports of advanced semiconductors that match those of the United States.",
     "export_control"),
    ("Chile will impose export controls on chip-making tools equivalent to those of the United States.",
     "export_control"),
    ("Chile shall apply controls on the export of lithium refining equipment, and of the related technology, that "
     "are consistent with those of the United States.", "export_control"),
])
def test_the_partners_controls_adopted_are_enforce(text, category):
    assert triples(extract(text)) == [("CHL", category, "enforce")]


def test_own_export_controls_without_the_partners_stay_a_restriction():
    assert triples(extract("Chile will apply export controls on lithium hydroxide.")) == [
        ("CHL", "export_control", "restrict")]


@pytest.mark.parametrize("text", [
    "Chile commits to uphold internationally recognized labor rights.",
    "Chile shall respect internationally recognized labor rights.",
    "Chile will safeguard fundamental labour rights in its export processing zones.",
    "Chile will uphold workers' rights to organize in its export processing zones.",
])
def test_rights_upheld_are_protected(text):
    assert triples(extract(text)) == [("CHL", "other", "enforce")]


def test_a_regime_upheld_is_still_kept():
    assert triples(extract("Chile shall uphold its labor laws.")) == [("CHL", "other", "maintain")]


# --- suspend, resume, delay, extend -----------------------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("Mexico put the tariffs on U.S. pork on hold for 30 days.", "tariff"),
    ("Mexico put on hold its planned tariffs on U.S. pork.", "tariff"),
    ("Colombia has stopped extraditing fentanyl traffickers wanted in U.S. courts.", "drug_enforcement"),
])
def test_a_measure_or_an_act_stopped_is_suspend(text, category):
    row = one(extract(text, title=WIRE))
    assert (row.category, row.action) == (category, "suspend")


@pytest.mark.parametrize("text", [
    "Trump brought back tariffs on Canadian lumber.",
    "Washington will snap back the 25% tariffs on Canadian steel if Ottawa fails to comply.",
    "The White House reimposed the duties on Canadian aluminum.",
])
def test_a_measure_brought_back_is_resume(text):
    row = one(extract(text, title=WIRE))
    assert (row.actor, row.category, row.action) == ("USA", "tariff", "resume")


def test_bringing_back_jobs_is_no_row():
    assert extract("Trump brought back jobs to Ohio.", title=WIRE) == []


def test_a_measure_put_off_is_delay_and_one_renewed_is_extend():
    assert triples(extract("The EU put off its retaliatory tariffs on U.S. bourbon until April.", title=WIRE)) == [
        ("EUN", "tariff", "delay")]
    assert triples(extract("Chile renews its waiver of import duties on U.S. wheat.", title=WIRE)) == [
        ("CHL", "tariff", "extend")]


# --- negotiate --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The United States and Chile will complete the text of the Agreement within 90 days.",
    "Both sides will finish the legal scrub of the agreement by March.",
    "The two governments will reconvene the bilateral trade council in Santiago.",
    "Chile and the United States agreed to convene the U.S.-Chile Economic Dialogue in Santiago before June.",
    "Chile and the United States will kick off negotiations on a reciprocal trade agreement in May.",
])
def test_steps_on_the_deal_itself_are_diplomatic_talks_by_both(text):
    assert triples(extract(text)) == [("CHL", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


def test_a_joint_review_of_the_pact_is_talks_by_every_party():
    rows = extract("The vote comes weeks before Washington, Mexico City and Ottawa are due to begin a joint review "
                   "of the United States-Mexico-Canada Agreement.", title=WIRE)
    assert triples(rows) == [("CAN", "diplomatic", "negotiate"), ("MEX", "diplomatic", "negotiate"),
                             ("USA", "diplomatic", "negotiate")]


@pytest.mark.parametrize("text, category", [
    ("The two sides will launch talks on the Section 232 tariffs on Chilean copper.", "tariff"),
    ("The United States and Chile will open talks on a quota arrangement for Chilean copper.", "tariff"),
    ("Chile and the United States agreed to continue negotiations over the tariffs still in force.", "tariff"),
    ("Chile and the United States will hold consultations on export controls for lithium.", "export_control"),
    ("Chile and the United States will hold talks on trade and investment next month.", "diplomatic"),
])
def test_talks_on_a_named_measure_take_its_category(text, category):
    assert triples(extract(text)) == [("CHL", category, "negotiate"), ("USA", category, "negotiate")]


# --- refusals (convention 10) -----------------------------------------------------------------

@pytest.mark.parametrize("text, actor, action", [
    ("President Sheinbaum has repeatedly ruled out retaliatory tariffs on U.S. goods.", "MEX", "impose"),
    ("Chile's finance minister ruled out new export duties on copper.", "CHL", "impose"),
    ("Mexico ruled out lowering tariffs on Chinese cars.", "MEX", "reduce"),
    ("The EU has refrained from imposing countermeasures on U.S. goods.", "EUN", "impose"),
])
def test_a_measure_ruled_out_or_refrained_from_is_rejected(text, actor, action):
    row = one(extract(text, title=WIRE))
    assert (row.actor, row.category, row.action, row.status) == (actor, "tariff", action, "rejected")


def test_stopping_short_of_a_measure_gives_no_positive_row():
    rows = extract("China stopped short of imposing new tariffs on U.S. soybeans.", title=WIRE)
    assert all(r.status == "rejected" for r in rows)


@pytest.mark.parametrize("text", [
    "The senator ruled out a run for governor.",
    "Officials ruled out foul play in the warehouse fire.",
])
def test_ruling_out_what_is_no_measure_is_no_row(text):
    assert extract(text, title="Weekend round-up") == []


# --- impose, restrict, remove, relax ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Treasury Department also sanctioned Venezuelan Justice Maria Lopez under the Global Magnitsky Act in July.",
    "The United States will sanction two Chinese refiners that buy Iranian oil.",
    "Washington sanctioned the Central Bank of Iran last year.",
])
def test_a_target_sanctioned_is_a_sanctions_measure(text):
    row = one(extract(text, title=WIRE))
    assert (row.actor, row.category, row.action) == ("USA", "sanctions", "impose")


def test_shares_of_sanctioned_banks_are_no_row():
    assert extract("Shares of sanctioned Russian banks fell on Monday.", title=WIRE) == []


def test_tariffs_approved_by_a_legislature_are_announced():
    row = one(extract("Mexico's Senate on Wednesday approved tariffs of up to 50% on cars imported from China.",
                      title="Mexico approves tariffs on Chinese cars"))
    assert (row.category, row.action, row.value_to, row.status) == ("tariff", "impose", 50.0, "announced")


@pytest.mark.parametrize("text", [
    "The EU parliament approved the tariff deal with the United States.",
    "Lawmakers approved tariff cuts on U.S. lobster.",
])
def test_approving_a_deal_or_a_cut_is_not_a_new_tariff(text):
    assert [r for r in extract(text, title=WIRE) if r.action == "impose"] == []


@pytest.mark.parametrize("text", [
    "President Trump has turned to Section 232 tariffs time after time to protect critical sectors.",
    "The President invoked Section 301 tariffs against unfair digital taxes.",
    "The Administration has relied on Section 232 tariffs to rebuild the steel industry.",
])
def test_a_statutes_tariffs_used_in_other_words_are_impose(text):
    row = one(extract(text, title="Fact Sheet: President Donald J. Trump Adjusts Imports of Drones"))
    assert (row.actor, row.category, row.action) == ("USA", "tariff", "impose")


@pytest.mark.parametrize("text, category", [
    ("Chile will put in place a ban on imports of goods made with forced labor.", "import_restriction"),
    ("Chile has put in place import quotas on U.S. cheese.", "import_restriction"),
    ("Chile barred imports of U.S. poultry.", "import_restriction"),
])
def test_a_ban_put_in_place_or_imports_barred_are_restrict(text, category):
    assert triples(extract(text, title=WIRE)) == [("CHL", category, "restrict")]


@pytest.mark.parametrize("text", [
    "The player was barred from the match.",
    "Chile will put in place a ban on exports of copper scrap.",
])
def test_bars_on_no_trade_or_on_exports_are_no_import_ban(text):
    assert [r for r in extract(text, title=WIRE) if r.category == "import_restriction"] == []


@pytest.mark.parametrize("text", [
    "Chile shall not charge any consular fee, or require any consular legalization, in connection with the "
    "importation of a good of the United States.",
    "Chile will not charge any fee for import licenses on U.S. goods.",
    "Chile shall no longer charge consular fees on U.S. shipments.",
    "Chile will waive consular fees on shipments of U.S. goods.",
])
def test_an_import_fee_given_up_is_removed(text):
    assert triples(extract(text)) == [("CHL", "import_restriction", "remove")]


def test_a_standstill_on_duties_is_still_kept():
    assert triples(extract("Chile will not impose customs duties on electronic transmissions.")) == [
        ("CHL", "tariff", "maintain")]


def test_approvals_fast_tracked_are_relax():
    assert triples(extract("Canada will fast-track approvals of U.S. electric vehicles.", title=WIRE)) == [
        ("CAN", "market_access", "relax")]


# --- an order taking goods out of a duty in force; idioms and blame that are no measure -------

@pytest.mark.parametrize("text", [
    "Sec. 2. (a) The additional ad valorem duties imposed by Executive Order 14257, as amended, shall not apply to "
    "products of Chile listed in Annex I to this order.",
    "The duties imposed under Proclamation 10896 will not apply to copper cathodes of Chile.",
    "Sec. 3. The additional duties imposed pursuant to Executive Order 14257 shall not be collected on fresh "
    "cherries of Chile.",
])
def test_a_duty_in_force_that_no_longer_applies_to_goods_is_removed(text):
    rows = order_commitments([text], published_at=PUBLISHED, title=ORDER, article_id="test-verbs-r14-order")
    assert [(r.actor, r.category, r.action, r.status) for r in rows] == [("USA", "tariff", "remove", "implemented")]


@pytest.mark.parametrize("text", [
    "(b) The additional 25% tariff imposed by this order shall not apply to energy products of Chile.",
    "This Article shall not apply to any commitment to the Association of Southeast Asian Nations.",
])
def test_the_scope_of_the_orders_own_duty_is_no_row(text):
    assert order_commitments([text], published_at=PUBLISHED, title=ORDER, article_id="test-verbs-r14-order") == []


@pytest.mark.parametrize("text", [
    "The steps taken in this order are needed to keep faith with what the United States and Chile agreed on trade.",
    "Exporters will have to keep pace with the new tariff schedule.",
    "Chile will keep an eye on import surges of U.S. steel.",
])
def test_keep_in_an_idiom_keeps_no_measure(text):
    assert [r for r in extract(text) if r.action == "maintain"] == []


def test_a_government_blamed_for_facilitating_drug_trafficking_eases_nothing():
    rows = order_commitments(["I find that the policies of the Government of Colombia, which facilitate the production "
                              "and trafficking of illicit drugs, threaten the United States."],
                             published_at=PUBLISHED, title="Addressing Threats to the United States by the Government "
                             "of Colombia", article_id="test-verbs-r14-order")
    assert [r for r in rows if r.action == "relax"] == []
