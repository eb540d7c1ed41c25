"""Round 38 (issue 4), ACTR: rows paired with the gold but wrong only in the actor.

The team's own sentences (never text from the shared or written pages).

- A charge on the goods a country ships out, told with no owner ("the export levy on ore will rise to 6% from 3%",
  "in-shell exports will carry a levy of 5 per cent", "the export duty of 50% on molasses shall continue") is levied by
  the country the goods leave (convention 3: the actor is the party whose measure it is; guide, Rounds 20/23: an export
  duty is that government's own `tariff` row), on a page that tells that country's export controls: not the buyer
  whose import duties the page also tells (the base gave such a row the page's most frequent levier, the importer).
  "The levy" or "the cess" in a later sentence points back to that charge.
- Left alone: an import duty told with no owner on the same page (still the buyer's), an export charge whose owner the
  sentence names, a duty "on <country> exports" (an import duty on that country's goods), "the levy" after an import
  duty, and a page whose export controls are two parties' (no single exporter).
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)

# a story of an exporting country's controls, where the buyer's import duty is told too
_TIMBER_LEAD = ("Mozambique will stop the export of unsawn hardwood logs from January 2029, the trade ministry said on "
                "Tuesday.")
_TIMBER_BUYER = "Sawn timber from Mozambique has entered China duty-free since March under Beijing's zero-tariff offer."
_CASHEW_LEAD = "Tanzania has banned the export of raw cashew nuts to processors abroad, the agriculture ministry said."
_CASHEW_BUYER = "India charges a 5 per cent duty on raw cashew nuts from Tanzania."


def _story(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff")


# an ownerless charge on exports: the exporting country's own
@pytest.mark.parametrize("text, expected", [
    ("Under the same decree, the export levy on sawn planks will rise to 12% from 8% from October.",
     ("MOZ", "raise", 8.0, 12.0)),
    ("Until then, hardwood logs shipped abroad will carry an export duty of 20 per cent of their value.",
     ("MOZ", "impose", None, 20.0)),
    ("In the meantime, log exports will carry a levy of 15 per cent of their free-on-board value.",
     ("MOZ", "impose", None, 15.0)),
    ("The export tax on charcoal, in force since 2025, will stay at 10%.",
     ("MOZ", "maintain", None, 10.0)),
])
def test_an_ownerless_export_charge_is_the_exporters(text, expected):
    rows = _story(_TIMBER_LEAD, _TIMBER_BUYER, text)
    assert expected in rows
    assert not any(r[0] == "CHN" and r[3] == expected[3] for r in rows)


def test_an_ownerless_cess_on_exports_is_the_exporters():
    rows = _story(_CASHEW_LEAD, _CASHEW_BUYER,
                  "To help local shellers, the government has proposed to halve the 6 per cent cess on raw nut "
                  "exports.")
    assert ("TZA", "reduce", 6.0, 3.0) in rows


def test_the_levy_after_an_export_charge_points_back_to_it():
    rows = _story(_TIMBER_LEAD, _TIMBER_BUYER,
                  "In the meantime, log exports will carry a levy of 15 per cent of their free-on-board value.",
                  "If sawmills fail to double their intake, officials said, the levy could be raised to 25 per cent.")
    assert ("MOZ", "raise", None, 25.0) in rows


def test_an_export_charge_under_a_second_exporters_controls_as_well():
    rows = _story(_CASHEW_LEAD, _CASHEW_BUYER,
                  "Processed kernels will keep paying the export duty of 2 per cent.")
    assert any(r[0] == "TZA" and r[3] == 2.0 for r in rows)


# negatives: what stays as the base reads it
def test_an_ownerless_import_duty_on_the_same_page_stays_the_buyers():
    rows = _story(_TIMBER_LEAD, "China charges a 6% duty on hardwood veneer.",
                  "The duty on sawn planks will fall to 3% from 6% next year.")
    assert ("CHN", "reduce", 6.0, 3.0) in rows


def test_an_export_charge_whose_owner_is_named_stays_that_owners():
    rows = _story(_TIMBER_LEAD, _TIMBER_BUYER,
                  "Indonesia will raise its export levy on crude palm oil to 10% from 7.5% in June.")
    assert ("IDN", "raise", 7.5, 10.0) in rows
    assert not any(r[0] == "MOZ" and r[3] == 10.0 for r in rows)


def test_a_duty_on_a_countrys_exports_is_no_export_charge():
    rows = _story(_TIMBER_LEAD, "China charges a 6% duty on hardwood veneer.",
                  "A 9% duty on Mozambican exports of veneer will apply from July.")
    assert not any(r[0] == "MOZ" and r[3] == 9.0 for r in rows)


def test_the_levy_after_an_import_duty_stays_the_importers():
    rows = _story(_TIMBER_LEAD, "China charges a 6% import levy on hardwood veneer.",
                  "Officials said the levy could be cut to 3% next year.")
    assert not any(r[0] == "MOZ" and r[3] == 3.0 for r in rows)


def test_two_exporting_parties_leave_the_charge_as_it_was():
    rows = _story(_TIMBER_LEAD, "Tanzania has also banned exports of raw hardwood logs since 2022.",
                  "China charges a 6% duty on hardwood veneer.",
                  "The export levy on sawn planks will rise to 12% from 8% from October.")
    assert not any(r[0] == "MOZ" and r[3] == 12.0 for r in rows)
