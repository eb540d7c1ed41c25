"""Round 39 (issue 4), CA: rows paired with the gold but in the wrong category, where the restriction's goods go out.

The team's own sentences (never text from the shared or written pages).

- A restriction whose goods leave the actor's territory is an export control (guide rule 15: removing export
  restrictions is `export_control`; a party's own restriction on what it sends out is the same measure laid): goods
  shipped, sold or sent "abroad" or "overseas", "to ship / sell / send X to" a named place, a party's bare "exports"
  curbed or halted, a licence or approval demanded before its firms ship, sell or licence goods out. Goods brought in
  ("into the country", "imports", "from abroad") stay `import_restriction`.
- Goods stopped "from being transshipped / routed / relabelled ... to evade U.S. duties" are duty evasion fought
  (guide rule 16: duty evasion is `other`, `enforce`), not a tariff laid on them.
- A ban on the actor's own people investing in, lending to or taking equity in another country's firms is an
  investment regulation (guide rule 15: `investment` `restrict`), not an import restriction.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from, triples

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Protects American Lens Technology"


def _fact_sheet_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=FACT_SHEET)
    return sorted((r.actor, r.category, r.action, r.counterparty) for r in rows)


def _story_rows(*paragraphs):
    return triples(bylined_story(*paragraphs, published_at=WHEN))


# goods going out: the actor's export control
@pytest.mark.parametrize("text, expected", [
    ("Zambia will stop miners from shipping copper concentrate abroad from March 2029, the mines minister said.",
     [("ZMB", "export_control", "restrict")]),
    ("Chile will require government approval before companies sell or license copper smelting technology abroad, the "
     "mining ministry said.", [("CHL", "export_control", "restrict")]),
    ("Vietnam curbed exports in the same way in 2022.", [("VNM", "export_control", "restrict")]),
    ("Indonesia halted exports outright for three months in 2022.", [("IDN", "export_control", "restrict")]),
    ("Norway will require exporters to obtain individual licences before shipping high-purity quartz to Russia, the "
     "trade ministry said.", [("NOR", "export_control", "restrict")]),
    ("Peru will ban fishing firms from selling frozen squid overseas until stocks recover, the ministry said.",
     [("PER", "export_control", "restrict")]),
])
def test_story_goods_going_out_are_export_control(text, expected):
    assert _story_rows(text) == expected


def test_licence_to_ship_to_a_named_country_is_export_control():
    assert _fact_sheet_rows("Exporters will need a Commerce Department license to ship lithography lenses to the "
                            "People's Republic of China.") == [("USA", "export_control", "restrict", "CHN")]


def test_exceptions_for_goods_sent_to_a_named_country_revoked_are_export_control():
    assert _fact_sheet_rows("Effective immediately, license exceptions that allowed drone batteries, radar modules, and "
                            "lidar sensors to be sent to China without review are revoked.") == [
        ("USA", "export_control", "restrict", "CHN")]


# the actor's own people barred from investing in another country's firms
ORDER_SIGNED = "Today, President Donald J. Trump signed an Executive Order to protect American lens technology."


@pytest.mark.parametrize("text", [
    "The Order prohibits United States persons from investing in Chinese firms that make lidar sensors.",
    "The Order prohibits United States persons from lending to, or acquiring equity in, Chinese shipyards.",
])
def test_outbound_investment_ban_is_investment(text):
    assert _fact_sheet_rows(ORDER_SIGNED, text) == [("USA", "investment", "restrict", "CHN")]


# negatives: goods coming in, a ban on imports, investment pledged
@pytest.mark.parametrize("text", [
    "Kenya will require importers to obtain a permit before shipping maize into the country.",
    "Peru curbed imports in the same way in 2021.",
    "Ghana will ban traders from bringing frozen poultry in from abroad, the ministry said.",
    "Egypt banned the sale of imported cigarettes in kiosks, the ministry said.",
])
def test_story_goods_coming_in_are_not_export_control(text):
    assert "export_control" not in {row[1] for row in _story_rows(text)}


def test_import_ban_stays_import_restriction():
    assert _fact_sheet_rows("The Order prohibits imports of Chinese lidar sensors.") == [
        ("USA", "import_restriction", "restrict", "CHN")]


def test_investment_pledged_is_no_restriction():
    rows = _fact_sheet_rows("Korean firms will invest $3 billion in American shipyards by 2030.")
    assert "restrict" not in {row[2] for row in rows}


# duty evasion fought: goods kept from passing through to escape the duties
@pytest.mark.parametrize("text", [
    "Fiji agreed to work with us to stop Asian goods from being transshipped through Suva to dodge our tariffs.",
    "Panama and the United States will set up a joint customs unit to detect and stop goods from third countries being "
    "routed through Colón to evade U.S. duties.",
    "Portugal will tighten checks at the port of Sines on steel shipments bound for the United States, to stop goods of "
    "third countries from being relabelled to evade American duties.",
])
def test_goods_kept_from_evading_duties_are_other_enforce(text):
    rows = _fact_sheet_rows(text)
    assert rows and {(category, action) for _, category, action, _ in rows} == {("other", "enforce")}


def test_tariff_raised_on_routed_goods_stays_tariff():
    assert _fact_sheet_rows("The Order raises the tariff on goods routed through Laos to evade duties to 40 percent.") == [
        ("USA", "tariff", "raise", "LAO")]
