"""Round 38 (issue 4), CAT: rows paired with the gold but in the wrong category.

The team's own sentences (never text from the shared or written pages).

- Controls with no word "export" that are technology controls all the same (guide rule 15): controls matched to
  another party's ("parallel controls", "controls comparable to those of the United States"), a party's controls on a
  technology or on listed items ("aligning their controls on lidar sensor technology"), controls named by a strategic
  good ("its rare-earth controls", "scrap controls"), and a licence requirement so named ("extend the license
  requirement to ...", "comparable licensing requirements"): `export_control`, not the talks' `diplomatic` or `other`
  nor the verb's default `tariff`. Customs, sanitary, quality or price controls and controls on imports are not.
- Agreements one party seeks with partners "to adopt" or "to impose" a measure are talks on that measure (convention 19),
  and the partners' step is the aim of the talks, no row of its own (guide rule 2).
- Talks on a deal named by a field the lexicon knows ("negotiations on a critical minerals agreement") take the field's
  category (convention 12, convention 19); a deal named by nothing more ("a reciprocal trade agreement") stays
  `diplomatic`.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Protects American Sensor Technology"


def _fact_sheet_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=FACT_SHEET)
    return sorted((r.actor, r.category, r.action, r.counterparty) for r in rows)


def _story_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action) for r in rows)


# controls that are export controls though the word "export" is not said
@pytest.mark.parametrize("text, expected", [
    ("The Trade Representative will open consultations with Korea and Sweden on aligning their controls on lidar "
     "sensor technology with those of the United States.",
     [("USA", "export_control", "negotiate", "KOR"), ("USA", "export_control", "negotiate", "SWE")]),
    ("The Order directs the Secretary of State to seek agreements with Korea and Norway to adopt controls comparable "
     "to those of the United States.",
     [("USA", "export_control", "negotiate", "KOR"), ("USA", "export_control", "negotiate", "NOR")]),
])
def test_official_talks_on_controls_are_export_control(text, expected):
    assert _fact_sheet_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Beijing said it would lift its sweeping controls on battery cathode technologies by the end of the year.",
     [("CHN", "export_control", "remove")]),
    ("Indonesia said it would suspend its scrap controls for six months to help smelters clear stockpiles.",
     [("IDN", "export_control", "suspend")]),
    ("Tokyo said it would suspend for one year the licence requirement on shipments to Canada of fluorinated "
     "polyimide, a chipmaking chemical.", [("JPN", "export_control", "suspend")]),
    ("Sweden and Finland said they will introduce comparable licensing requirements for cryogenic cooling systems by "
     "the end of the year.", [("FIN", "export_control", "restrict"), ("SWE", "export_control", "restrict")]),
])
def test_story_controls_are_export_control(text, expected):
    assert _story_rows(text) == expected


def test_story_talks_on_aligning_controls_are_export_control():
    # (the category only: which parties hold the rows is the talks readers')
    rows = _story_rows("Seoul said it would keep talking with Tokyo about aligning controls on display technology.")
    assert rows and {(category, action) for _, category, action in rows} == {("export_control", "negotiate")}


def test_extended_license_requirement_is_export_control():
    rows = commitments_from(["Should Seoul again restrict shipments of tungsten to American buyers, Commerce is "
                             "prepared to extend the license requirement to cemented carbide tooling."],
                            published_at=WHEN, title=FACT_SHEET)
    assert rows and {r.category for r in rows} == {"export_control"}


# the partners' step under the agreements sought is no row of its own
def test_step_sought_from_partners_is_no_row():
    rows = commitments_from(["The Secretary of Commerce shall seek agreements with Korea and Norway to adopt export "
                             "controls comparable to those of the United States."],
                            published_at=WHEN, title=FACT_SHEET)
    assert sorted((r.actor, r.action, r.counterparty) for r in rows) == [("USA", "negotiate", "KOR"),
                                                                          ("USA", "negotiate", "NOR")]


# talks on a deal named by its field
def test_talks_on_a_critical_minerals_agreement_are_other():
    rows = commitments_from(["The two Presidents directed their governments to begin negotiations on a critical minerals "
                             "agreement within 60 days. Togo welcomed the step."], published_at=WHEN, title=FACT_SHEET)
    assert sorted((r.actor, r.category, r.action) for r in rows) == [("TGO", "other", "negotiate"),
                                                                     ("USA", "other", "negotiate")]


def test_talks_on_a_trade_agreement_named_by_nothing_more_stay_diplomatic():
    rows = commitments_from(["The two Presidents directed their governments to begin negotiations on a reciprocal trade "
                             "agreement within 60 days. Togo welcomed the step."], published_at=WHEN, title=FACT_SHEET)
    assert rows and {r.category for r in rows} == {"diplomatic"}


# negatives: controls of another kind, and a deal named by nothing more
@pytest.mark.parametrize("text", [
    "Vietnam said it would tighten customs controls on transshipped steel from next month.",
    "Kenya will step up sanitary controls on imported poultry, the ministry said.",
    "Brazil will lift its quality controls on imported software next month.",
    "Egypt will extend its controls on imported technology products for six months.",
    "Colombia will keep its controls on imports of used clothing for another year.",
    "Peru will impose price controls on rice and cooking oil for three months.",
    "The country controls most of the world's cobalt refining, analysts said.",
    "Chile extended its licence requirement on Peruvian onions for another six months, the ministry said.",
])
def test_other_controls_are_not_export_control(text):
    assert "export_control" not in {row[1] for row in _story_rows(text)}


def test_import_license_requirement_stays_import_restriction():
    assert _fact_sheet_rows("Guatemala shall eliminate its import license requirement for used vehicles of the "
                            "United States.") == [("GTM", "import_restriction", "remove", "USA")]


@pytest.mark.parametrize("text", [
    "The two governments will begin negotiations on a reciprocal trade agreement within 60 days.",
    "The two governments will begin negotiations on a comprehensive agreement within 60 days.",
])
def test_talks_on_the_deal_itself_stay_diplomatic(text):
    rows = commitments_from([text], published_at=WHEN, title=FACT_SHEET)
    assert rows and {r.category for r in rows} == {"diplomatic"}


def test_work_with_to_align_keeps_its_own_row():
    # (the party that works with the United States takes the step itself: its enforce row, no talks row added)
    assert _fact_sheet_rows("Chile will work with the United States to align its export controls on advanced battery "
                            "technology with those of the United States.") == [("CHL", "export_control", "enforce",
                                                                                "USA")]
