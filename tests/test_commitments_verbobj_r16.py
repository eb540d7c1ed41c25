"""Commitment extraction, round 16: action from the verb's family, category from the object's head
(docs/commitments.md, "Round 16 — verb family × object").

Each class pairs a family of verbs (pausing, ending, keeping, waiving, letting in, refusing) with a family of
objects (a restriction, an inspection or sanitary regime, a tariff, a requirement, foreign investors'
rights, a quota); the action comes from the verb applied to the object, the category from the object's head
noun. Every sentence here is our own, in official and news registers, active and passive.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, one, triples

PUBLISHED = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
STATEMENT = "Joint Statement on Framework for United States-Morocco Agreement on Reciprocal Trade"
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures a Trade Deal with Morocco"
WIRE = "Morocco and US strike trade deal, officials say"


def extract(*texts, title=STATEMENT):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-verbobj-r16")


# --- (2) a suspension verb on a restriction: suspend, in the restriction's category ----------------

@pytest.mark.parametrize("text, title, actor, category", [
    ("China will pause its licence requirements for exports of antimony and tungsten for one year.",
     WIRE, "CHN", "export_control"),
    ("Beijing said it would halt the curbs on gallium exports it unveiled in the spring.", WIRE, "CHN",
     "export_control"),
    ("The export controls on rare earth magnets announced in October will be suspended by Beijing for twelve "
     "months, the ministry said.", WIRE, "CHN", "export_control"),
    ("China also froze restrictions on shipments of graphite to American buyers.", WIRE, "CHN", "export_control"),
    ("Morocco will set aside its ban on U.S. poultry imports while the review continues.", STATEMENT, "MAR",
     "import_restriction"),
    ("Morocco will put on hold its restrictions on imports of U.S. beef for 18 months.", FACT_SHEET, "MAR",
     "import_restriction"),
])
def test_a_paused_restriction_is_suspend_in_its_category(text, title, actor, category):
    row = one(extract(text, title=title))
    assert (row.actor, row.category, row.action) == (actor, category, "suspend")


def test_stopping_ones_own_exports_is_still_an_export_restriction():
    # the exports themselves halted, no restriction named before them
    row = one(extract("China halted its exports of gallium to the United States last year.", title=WIRE))
    assert (row.actor, row.category, row.action) == ("CHN", "export_control", "restrict")


# --- (4) a sanitary, biosecurity or inspection measure ended: import_restriction remove --------------

@pytest.mark.parametrize("text, title, actor", [
    ("Morocco lifted biosecurity restrictions that had kept out U.S. lamb for a decade.", WIRE, "MAR"),
    ("Rabat ended quarantine curbs that had long kept American apples out of its market.", WIRE, "MAR"),
    ("Morocco will end the destination inspection of U.S. goods.", FACT_SHEET, "MAR"),
    ("Under the pact, Rabat will scrap destination inspections on U.S. shipments.", WIRE, "MAR"),
    ("Morocco will do away with its phytosanitary ban on U.S. potatoes.", STATEMENT, "MAR"),
    ("Morocco agreed to remove the quarantine measures that blocked U.S. cherries.", WIRE, "MAR"),
    ("Morocco will eliminate its animal-health restrictions on U.S. pork.", FACT_SHEET, "MAR"),
])
def test_an_ended_sanitary_or_inspection_measure_is_import_restriction_remove(text, title, actor):
    row = one(extract(text, title=title))
    assert (row.actor, row.category, row.action) == (actor, "import_restriction", "remove")


# --- (6) a quota widening refused: tariff reduce, rejected; the export side kept free: export_control ------

@pytest.mark.parametrize("text, actor", [
    ("Norway refuses to widen its cheese quotas for American producers.", "NOR"),
    ("Oslo ruled out expanding the tariff-rate quota for U.S. pork.", "NOR"),
    ("Norway rejected calls to enlarge its quota for American beef.", "NOR"),
    ("Norway said it would not widen the import quota for U.S. butter.", "NOR"),
    ("Oslo has refused to expand cheese quotas, saying a law bars ministers from increasing the quotas.", "NOR"),
    ("The Norwegian government refused to widen the TRQs for U.S. dairy.", "NOR"),
])
def test_a_refused_quota_widening_is_a_rejected_tariff_cut(text, actor):
    row = one(extract(text, title="Norway and US trade talks stall over farm goods"))
    assert (row.actor, row.category, row.action, row.status) == (actor, "tariff", "reduce", "rejected")


def test_a_quota_widened_is_a_tariff_cut():
    row = one(extract("Norway will widen its tariff-rate quota for U.S. cheese to 2,000 tonnes.",
                      title="Joint Statement on Framework for United States-Norway Agreement on Reciprocal Trade"))
    # (round 30: guide rule 21's Round 27 note — a quota in force enlarged keeps its size in subject, not in amount)
    assert (row.actor, row.category, row.action, row.amount) == ("NOR", "tariff", "reduce", None)


@pytest.mark.parametrize("text", [
    "Each Party shall not prohibit or impose quotas on exports of critical minerals to the other Party.",
    "Morocco shall not impose export quotas on phosphate rock destined for the United States.",
])
def test_exports_kept_free_of_quotas_are_export_control_maintain(text):
    rows = extract(text)
    assert rows and {(r.category, r.action) for r in rows} == {("export_control", "maintain")}


# --- (5) foreign investors' rights eased: investment relax; foreign acquisitions screened: restrict -------

@pytest.mark.parametrize("text, title, actor", [
    ("Morocco will allow U.S. investors to own 100 percent of companies in its renewable energy sector.",
     STATEMENT, "MAR"),
    ("Morocco will permit American companies to explore, mine and process cobalt in its territory.", FACT_SHEET, "MAR"),
    ("Rabat will let U.S. firms take full ownership of local logistics companies, officials said.", WIRE, "MAR"),
    ("Morocco agreed to open its insurance sector to foreign investors.", WIRE, "MAR"),
    ("Morocco will open its telecommunications sector to U.S. investment.", FACT_SHEET, "MAR"),
])
def test_foreign_investors_let_in_is_investment_relax(text, title, actor):
    row = one(extract(text, title=title))
    assert (row.actor, row.category, row.action) == (actor, "investment", "relax")


def test_investors_treatment_no_less_favorable_is_investment_relax_per_party():
    rows = extract("Each Party shall accord to investors of the other Party treatment no less favorable than it "
                   "accords to its own investors in like circumstances.",
                   title="Agreement on Reciprocal Trade between the United States of America and the Kingdom of Morocco")
    assert triples(rows) == [("MAR", "investment", "relax"), ("USA", "investment", "relax")]


@pytest.mark.parametrize("text", [
    "The Order directs CFIUS to review acquisitions by foreign persons of interests in U.S. farmland.",
    "The Order strengthens the review of acquisitions by foreign persons of real estate near military bases.",
    "The United States will review foreign investments in American farmland.",
])
def test_screening_foreign_acquisitions_is_investment_restrict(text):
    row = one(extract(text, title="Fact Sheet: President Donald J. Trump Protects American Farmland"))
    assert (row.actor, row.category, row.action) == ("USA", "investment", "restrict")


def test_us_spending_at_home_stays_no_row():
    assert extract("The United States is investing $40 million to support mining exploration in Alaska.",
                   title="Fact Sheet: President Donald J. Trump Unleashes American Mineral Production") == []


# --- (3) a measure kept, held or left in place: maintain in the measure's category ------------------------

@pytest.mark.parametrize("text, title, actor, value_to", [
    ("Washington will scrap most of its levies on Moroccan goods, keeping only those on steel and fertiliser.",
     WIRE, "USA", None),
    ("The United States will remove the tariffs on Moroccan olives but keep those on phosphates.", FACT_SHEET,
     "USA", None),
    ("The U.S. will hold its tariffs on Moroccan fertilizer, the official said.", WIRE, "USA", None),
    ("The United States will leave in place its 25 percent tariff on Moroccan trucks.", FACT_SHEET, "USA", 25.0),
    ("Morocco will retain its duties on American wheat.", STATEMENT, "MAR", None),
    ("The 50% levy on steel will be kept in place, a U.S. official said.", WIRE, "USA", 50.0),
])
def test_a_measure_kept_is_maintain_in_its_category(text, title, actor, value_to):
    rows = [r for r in extract(text, title=title) if r.action == "maintain"]
    row = one(rows)
    assert (row.actor, row.category, row.value_to) == (actor, "tariff", value_to)


def test_put_on_hold_is_still_a_suspension_not_a_hold():
    row = one(extract("Morocco put its planned duties on U.S. soybeans on hold for 90 days.", title=WIRE))
    assert (row.actor, row.category, row.action) == ("MAR", "tariff", "suspend")


# --- (1) a requirement the importing party gives up: import_restriction; (round 25) a requirement ended ("no longer",
#         "stop requiring") removed, a plain "not require" eased (guide round-20 review Q4), anything waived eased ----------------------------------------------------------------

@pytest.mark.parametrize("text, title, action", [
    ("Morocco will waive the requirement for consular legalization of commercial invoices for U.S. exports.",
     STATEMENT, "relax"),
    # (round 25) "no longer require" ends a requirement in force: removed, whatever is required (guide round-20 review Q4)
    ("Morocco will no longer require registration of U.S. dairy and meat establishments.", STATEMENT, "remove"),
    ("Rabat will stop requiring pre-shipment inspection of U.S. machinery, the ministry said.", WIRE, "remove"),
    ("Morocco will not require plant-by-plant approval for U.S. poultry facilities.", FACT_SHEET, "relax"),
    ("Morocco will accept U.S. export certificates in place of its own sanitary certificates for U.S. beef.",
     STATEMENT, "relax"),
    ("Certificates of free sale will no longer be required by Morocco for U.S. cosmetics.", FACT_SHEET, "remove"),
    ("Pre-shipment inspections will no longer be required for American goods entering Morocco, the ministry said.",
     WIRE, "remove"),
    ("Morocco will waive pre-shipment inspection requirements for U.S. goods.", STATEMENT, "relax"),
    ("Morocco will not require halal certification by its national agency for U.S. pharmaceuticals.", STATEMENT,
     "relax"),
    ("Morocco will no longer require import licences for U.S. ethanol.", STATEMENT, "remove"),
    ("Morocco committed not to require consular formalities for U.S. exports.", STATEMENT, "remove"),
    ("Import permits shall no longer be required for U.S. goods.", STATEMENT, "remove"),
])
def test_a_requirement_given_up_is_import_restriction(text, title, action):
    row = one(extract(text, title=title))
    assert (row.actor, row.category, row.action) == ("MAR", "import_restriction", action)


def test_a_ban_waived_stays_removed():
    row = one(extract("Morocco will waive its ban on imports of U.S. poultry.", title=STATEMENT))
    assert (row.actor, row.category, row.action) == ("MAR", "import_restriction", "remove")


def test_a_requirement_with_no_import_side_named_is_no_row():
    assert extract("Visas will no longer be required for U.S. business travelers.", title=STATEMENT) == []


def test_a_party_not_required_to_pay_is_no_import_requirement():
    rows = extract("Morocco shall not be required to fund more than $5 billion in any calendar year.", title=STATEMENT)
    assert all(r.category != "import_restriction" for r in rows)


@pytest.mark.parametrize("text", [
    "Morocco will refrain from banning, or imposing quotas on, exports to the United States of phosphate rock.",
    "Morocco will refrain from restricting, or imposing licensing requirements on, exports of cobalt to the United States.",
])
def test_two_gerunds_one_export_object_is_one_export_control_standstill(text):
    row = one(extract(text))
    assert (row.actor, row.category, row.action) == ("MAR", "export_control", "maintain")


def test_streamlining_facility_registration_stays_market_access():
    row = one(extract("Morocco will streamline the registration of U.S. food facilities.", title=STATEMENT))
    assert (row.actor, row.category, row.action) == ("MAR", "market_access", "relax")
