"""Round 27: wrong fields on paired rows (issue 4). Our own sentences only.

- a buyer stopping the other side's trade itself (its shipments, the permits or registrations its sellers ship under,
  permits no longer issued) restricts it; suspending a measure stays a suspension;
- a requirement or rule laid on imported or U.S. goods is an import-side requirement (guide rule 13);
- the level in force told in a present relative clause ("which today run as high as 30 percent"), a schedule's base
  rate and "from the basic rate of" are where a cut starts; a kept measure's level is its value_to (guide rule 20);
- "banned the export of X" and a ban on exporting are export controls (guide rule 15);
- an enlarged duty-free quota is `reduce` with no values (guide, Round 22 review; Round 10 (b)).

Each test names the reading it checks; the negative cases say what must stay silent or unchanged.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples_in

ON = datetime(2027, 6, 1)
NEWS_TITLE = "Island states trim levies as trade talks wind down"
STATEMENT_TITLE = "Joint Statement on a Framework for a United States-Fiji Agreement on Reciprocal Trade"
FACT_SHEET_TITLE = "Fact Sheet: President Donald J. Trump Secures a Trade Deal with Fiji"


def news(*texts):
    return commitments_from(list(texts), published_at=ON, title=NEWS_TITLE, authors=["Staff Writer"],
                            article_id="r27-fields-news")


def statement(*texts, title=STATEMENT_TITLE):
    return commitments_from(list(texts), published_at=ON, title=title, article_id="r27-fields-statement")



def levels_in(rows, text: str) -> list[tuple]:
    """(actor, category, action, value_from, value_to) of the rows read from the sentence holding ``text``."""
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to)
                  for r in rows if text in (r.evidence or ""))


# --- the other side's trade stopped is a restriction ---------------------------------------------------------

def test_shipments_of_a_named_origin_halted_are_an_import_restriction():
    rows = news("Japan, which also halted Portuguese shipments after the outbreak, has not said when it will reopen its market.")
    assert triples_in(rows, "Portuguese shipments") == [("JPN", "import_restriction", "restrict")]


def test_a_threat_to_halt_a_partners_goods_is_an_import_restriction_not_a_tariff():
    rows = news("Lima warned it could halt Chilean grape and avocado shipments in retaliation.")
    assert triples_in(rows, "avocado shipments") == [("PER", "import_restriction", "restrict")]


def test_import_permits_of_foreign_plants_suspended_restrict_their_goods():
    rows = news("Saudi Arabia's food agency will suspend import permits for three Argentine beef plants from March 1.")
    assert triples_in(rows, "Argentine beef plants") == [("SAU", "import_restriction", "restrict")]


def test_import_registrations_of_foreign_exporters_suspended_restrict_their_goods():
    rows = news("Beijing suspended the import registrations of two Canadian canola exporters last week.")
    assert triples_in(rows, "canola exporters") == [("CHN", "import_restriction", "restrict")]


def test_export_permits_no_longer_issued_are_an_export_control():
    rows = news("Lusaka stopped issuing permits for copper concentrate exports in January.")
    assert triples_in(rows, "copper concentrate") == [("ZMB", "export_control", "restrict")]


def test_a_tariff_suspended_stays_a_suspension():
    rows = news("China suspended its tariffs on U.S. soybeans for a year.")
    assert triples_in(rows, "soybeans") == [("CHN", "tariff", "suspend")]


def test_a_partners_own_goods_going_out_are_not_the_buyers_restriction():
    rows = news("Chile said its copper shipments to China rose 4 percent in May.")
    assert [r for r in rows if r.category == "import_restriction"] == []


# --- requirements laid on the other side's goods ---------------------------------------------------------------

def test_a_requirement_that_partner_goods_be_handled_a_certain_way_is_an_import_requirement():
    rows = statement("Fiji agreed to lift its requirement that U.S. beef be stored in Fijian-registered warehouses.")
    assert triples_in(rows, "warehouses") == [("FJI", "import_restriction", "remove")]


def test_a_requirement_that_imported_goods_carry_labels_is_an_import_requirement():
    rows = statement("Fiji will drop its requirement that imported juice carry English-only labels.")
    assert triples_in(rows, "English-only labels") == [("FJI", "import_restriction", "remove")]


def test_a_requirement_on_labels_fixed_to_partner_goods_is_an_import_requirement():
    rows = statement("Fiji will phase out its requirement that labels in Fijian be fixed to U.S. goods before shipment.")
    assert triples_in(rows, "labels in Fijian") == [("FJI", "import_restriction", "remove")]


def test_a_requirement_that_partner_plants_be_audited_is_an_import_requirement_in_the_news():
    rows = news("Chile will drop a requirement that American pork plants be audited one by one, officials said.")
    assert triples_in(rows, "audited one by one") == [("CHL", "import_restriction", "remove")]


def test_a_requirement_on_partner_banks_is_no_import_requirement():
    rows = statement("Fiji will drop its requirement that U.S. banks hold local capital.")
    assert [r for r in rows if r.category == "import_restriction"] == []


# --- the level in force before a cut ---------------------------------------------------------------------------

def test_a_level_told_in_a_present_relative_clause_is_where_the_cut_starts():
    rows = statement("Cut its tariffs on U.S. machinery, which today run as high as 30 percent, to no more than 5 percent.",
                     title=FACT_SHEET_TITLE)
    assert levels_in(rows, "machinery") == [("FJI", "tariff", "reduce", 30.0, 5.0)]


def test_a_level_told_after_the_new_one_in_a_relative_clause_is_where_the_cut_starts():
    rows = statement("Fiji will lower to 5 percent its duties on U.S. apples, which are now as high as 40 percent.")
    assert levels_in(rows, "apples") == [("FJI", "tariff", "reduce", 40.0, 5.0)]


def test_a_schedules_base_rate_is_where_a_staged_cut_starts():
    rows = statement("Customs duties on trucks, base rate 30 percent, shall be reduced in equal annual stages over five "
                     "years, beginning on the date of entry into force, to a final rate of 5 percent.")
    assert [(r.action, r.value_from) for r in rows if "trucks" in r.evidence] == [("reduce", 30.0)]


def test_a_cut_from_the_basic_rate_reads_both_levels():
    rows = news("Seoul said the tariff on imported LNG will be reduced from the basic rate of 4% to 1% for six months.")
    assert levels_in(rows, "LNG") == [("KOR", "tariff", "reduce", 4.0, 1.0)]


def test_the_level_a_rate_applies_at_is_no_earlier_level():
    rows = statement("Rice imported above the quota shall be subject to the base rate of 15 percent.")
    assert all(r.value_from is None for r in rows if "quota" in r.evidence)


def test_a_kept_measures_level_told_in_an_aside_stays_its_value_to():
    # (a guard: the relative clause of the present names the level kept, not one cut from)
    rows = news("Those duties, which run as high as 90 per cent on some cheeses, will stay in place, Tonga's trade minister said.")
    assert [(r.category, r.action, r.value_from, r.value_to) for r in rows if "cheeses" in r.evidence] \
        == [("tariff", "maintain", None, 90.0)]


# --- one's own exports banned ------------------------------------------------------------------------------------

def test_the_export_of_raw_ore_banned_is_an_export_control():
    rows = news("Namibia banned the export of unprocessed copper ore in 2023, officials said.")
    assert triples_in(rows, "copper ore") == [("NAM", "export_control", "restrict")]


def test_a_ban_on_exporting_fuel_extended_is_an_export_control():
    rows = news("Astana extended its ban on exporting diesel by six months, the energy ministry said.")
    assert triples_in(rows, "diesel") == [("KAZ", "export_control", "extend")]


def test_imports_halted_stay_an_import_restriction():
    rows = news("Seoul halted all imports of beef from Brazil on Monday.")
    assert triples_in(rows, "beef") == [("KOR", "import_restriction", "restrict")]


# --- an enlarged duty-free quota ---------------------------------------------------------------------------------

def test_a_duty_free_quota_doubled_is_a_cut_with_no_values():
    rows = news("Israel will double a duty-free quota for U.S. walnuts under the deal, officials said.")
    assert levels_in(rows, "walnuts") == [("ISR", "tariff", "reduce", None, None)]


def test_a_duty_free_quota_widened_is_a_cut_with_no_values():
    rows = news("India agreed to widen a duty-free quota for Australian lentils, the ministry said.")
    assert levels_in(rows, "lentils") == [("IND", "tariff", "reduce", None, None)]


def test_a_duty_free_quota_expanded_in_a_fact_sheet_is_a_cut_with_no_values():
    rows = statement("Expand the duty-free quota for U.S. beef to 20,000 tonnes.", title=FACT_SHEET_TITLE)
    assert levels_in(rows, "beef") == [("FJI", "tariff", "reduce", None, None)]


def test_a_new_duty_free_quota_stays_a_zero_level():
    rows = news("Israel will open a duty-free quota of 5,000 tonnes for butter.")
    assert levels_in(rows, "butter") == [("ISR", "tariff", "remove", None, 0.0)]


# --- a fraction of a scale word ----------------------------------------------------------------------------------

def test_half_a_million_tonnes_is_five_hundred_thousand():
    rows = news("Algiers agreed on Thursday to buy half a million tonnes of American wheat a year, officials said.")
    assert [(r.category, r.amount, r.unit) for r in rows if "wheat" in r.evidence] == [("purchase", 500000.0, "tonnes")]


def test_a_quarter_of_a_billion_dollars_is_two_hundred_and_fifty_million():
    rows = statement("Fijian firms have pledged to invest a quarter of a billion dollars in the United States by 2030.",
                     title=FACT_SHEET_TITLE)
    assert [(r.category, r.amount) for r in rows if "invest" in r.evidence] == [("investment", 250000000.0)]


def test_a_plain_million_tonnes_stays_a_million():
    rows = news("Algiers agreed on Thursday to buy a million tonnes of American wheat a year, officials said.")
    assert [(r.category, r.amount) for r in rows if "wheat" in r.evidence] == [("purchase", 1000000.0)]
