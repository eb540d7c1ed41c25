"""Round 29 (OF): official rows missed entirely; our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
ORDER = "Fact Sheet: President Donald J. Trump Protects American Battery Recycling Technology"
LEAD = "Today, President Donald J. Trump signed an Executive Order to protect American battery recycling technology."


def rows_of(texts, title=ORDER):
    return commitments_from(texts, published_at=ON, title=title, article_id="r29-of")


def seen(rows) -> list[tuple]:
    """What a user sees of each row: actor, counterparty, category, action, rate and unit."""
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_to, r.unit) for r in rows)


# 1. An order directing its officials to act: the officials act for the signer's government.
def test_order_directs_secretary_to_impose_a_tariff():
    rows = rows_of([LEAD, "The Order directs the Secretary of Commerce to impose a 30 percent tariff on cathode "
                          "foil from Vietnam."])
    assert seen(rows) == [("USA", "VNM", "tariff", "impose", 30.0, "percent")]


def test_order_also_instructs_trade_representative_to_restrict_exports():
    rows = rows_of([LEAD, "The Order also instructs the Trade Representative to restrict exports of lithium "
                          "recovery furnaces to Belarus."])
    assert seen(rows) == [("USA", "BLR", "export_control", "restrict", None, None)]


def test_order_directing_a_report_stays_silent():
    rows = rows_of([LEAD, "The Order directs the Secretary of Commerce to report within 90 days on recycling "
                          "capacity in the United States."])
    assert rows == []


def test_a_foundation_directing_a_secretary_is_no_party():
    rows = rows_of([LEAD, "The foundation directs its secretary to buy 20 tonnes of recycled cobalt."])
    assert not any(r.actor == "USA" for r in rows)


# 2. A licence required for exports, with a time told between, and a row per destination listed.
def test_licence_with_interposed_time_a_row_per_destination():
    rows = rows_of([LEAD, "The Order directs the Secretary of Commerce to require a license, within 45 days, for "
                          "the export of black-mass leaching lines to Iran, Venezuela and Cuba."])
    assert seen(rows) == [("USA", "CUB", "export_control", "restrict", None, None),
                          ("USA", "IRN", "export_control", "restrict", None, None),
                          ("USA", "VEN", "export_control", "restrict", None, None)]


def test_export_licences_for_goods_destined_for_a_list():
    rows = rows_of([LEAD, "The Secretary of Commerce will require export licenses for electrolyte recovery "
                          "software destined for Russia, Belarus or North Korea."])
    assert seen(rows) == [("USA", "BLR", "export_control", "restrict", None, None),
                          ("USA", "PRK", "export_control", "restrict", None, None),
                          ("USA", "RUS", "export_control", "restrict", None, None)]


def test_a_ban_on_exports_to_two_destinations_is_a_row_each():
    rows = rows_of([LEAD, "The United States will ban exports of spent-cell shredders to Iran and Syria."])
    assert seen(rows) == [("USA", "IRN", "export_control", "restrict", None, None),
                          ("USA", "SYR", "export_control", "restrict", None, None)]


def test_licence_for_imports_is_no_export_control():
    rows = rows_of([LEAD, "The Secretary of Commerce will require a license, within 45 days, for the import of "
                          "used cells from Iran and Cuba."])
    assert not any(r.category == "export_control" for r in rows)


def test_goods_made_in_one_country_sent_to_one_destination_keep_one_row():
    rows = rows_of([LEAD, "The United States will restrict exports of recycling furnaces to Iran, citing the "
                          "risks identified by Japan."])
    assert seen(rows) == [("USA", "IRN", "export_control", "restrict", None, None)]
