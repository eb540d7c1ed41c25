"""Round 34 (OS): official lines read as nothing — a party's schedule written as prose lines whose base rate sits in
brackets or after a comma, whose staging is a category's letter, "reduced by half", "excluded", "eliminated", a ceiling
or a duty-free quantity. Our own sentences (a battery of the shapes real schedules use), negatives at the end."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 12, 1)
AGREEMENT = "Agreement Between the United States of America and the Republic of Palau on Trade in Agricultural Goods"


def schedule_rows(*lines: str, legend: tuple[str, ...] = (), heading: str = "Section A – Schedule of Palau"):
    """Rows of an agreement's annex: the heading naming the schedule, the staging legend, then the lines as items."""
    texts = ["Annex", heading, *legend, *lines]
    kinds = ["heading", "heading", *(["list_item"] * (len(legend) + len(lines)))]
    return commitments_from(texts, published_at=ON, title=AGREEMENT, kinds=kinds, levels=[0, 0] + [1] * (len(texts) - 2),
                            article_id="r34-os")


def seen(rows) -> list[tuple]:
    """What a user sees of each tariff row: actor, category, action, levels."""
    return sorted(((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"),
                  key=lambda row: tuple(-1.0 if v is None else v for v in row))


# 1. The battery: lines of a schedule in the shapes real annexes write them. Each gives the owner's row from the base
# rate to the level its staging reaches (guide rules 6-7; convention 13: duty-free is a zero level; "eliminate" with no
# figure leaves the new level empty; a kept rate is `maintain` with the level only).
BATTERY = [
    # the base rate in brackets after the good, the staging after a colon
    ("0409.00 – Natural honey (base rate 60 percent): reduced to 20 percent in four equal annual stages.",
     [("PLW", "tariff", "reduce", 60.0, 20.0)]),
    ("0805.10 – Fresh oranges (base rate 35%): duty-free from entry into force.",
     [("PLW", "tariff", "remove", 35.0, 0.0)]),
    ("1901.10 – Infant formula (base rate 12 percent): a duty-free quantity of 800 metric tons in each calendar year.",
     [("PLW", "tariff", "remove", 12.0, 0.0)]),
    ("1006.30 – Milled rice (base rate 90 percent): excluded from reduction.",
     [("PLW", "tariff", "maintain", None, 90.0)]),
    # the base rate after a comma, the staging after a colon
    ("Frozen turkey parts (subheading 0207.27), base rate 45 percent: cut to zero in three equal annual stages.",
     [("PLW", "tariff", "remove", 45.0, 0.0)]),
    ("Walnuts in shell (subheading 0802.31), base rate 24 percent: reduced by half on entry into force.",
     [("PLW", "tariff", "reduce", 24.0, 12.0)]),
    ("Whisky (heading 2208), base rate 50 percent: lowered to a rate not exceeding 15 percent on entry into force.",
     [("PLW", "tariff", "reduce", 50.0, 15.0)]),
    ("Dried plums (subheading 0813.20), base rate 18 percent: eliminated on entry into force.",
     [("PLW", "tariff", "remove", 18.0, None)]),
    ("Pet food for retail sale (subheading 2309.10), base rate 30%: brought down to 10% on entry into force. "
     "Duty-free from January 1, 2031.",
     [("PLW", "tariff", "reduce", 30.0, 10.0), ("PLW", "tariff", "remove", None, 0.0)]),
    ("Cheddar cheese (subheading 0406.90), base rate 40 percent: reduced by one-half within two years.",
     [("PLW", "tariff", "reduce", 40.0, 20.0)]),
    ("Beef offal, frozen (subheading 0206.29), base rate 20 percent: no reduction.",
     [("PLW", "tariff", "maintain", None, 20.0)]),
    # the older shape still reads the same
    ("Soybean oil (heading 1507): base rate 10 percent; final rate free.",
     [("PLW", "tariff", "remove", 10.0, 0.0)]),
]


@pytest.mark.parametrize("line, expected", BATTERY, ids=[line[:40] for line, _ in BATTERY])
def test_a_schedule_line_in_prose_gives_the_owners_row(line, expected):
    assert seen(schedule_rows(line)) == expected


# 2. A line that gives only its staging category's letter takes the level the schedule's legend defines for it.
LEGEND = ("Category A: customs duties on these goods shall be made duty-free on entry into force of this Agreement.",
          "Category B: customs duties shall be reduced in four equal annual stages to a final rate of 5 percent.",
          "Category C: goods in this category are excluded from tariff reduction.")


def test_a_line_with_a_category_letter_takes_the_legends_level():
    rows = schedule_rows("Heading 0303, frozen fish: base rate 15 percent; Category A.",
                         "Heading 2106, food preparations: base rate 25 percent; Category B.",
                         "Heading 1701, cane sugar: base rate 70 percent; Category C.", legend=LEGEND)
    assert seen(rows) == [("PLW", "tariff", "maintain", None, 70.0), ("PLW", "tariff", "reduce", 25.0, 5.0),
                          ("PLW", "tariff", "remove", 15.0, 0.0)]


def test_the_legend_is_no_row_of_its_own_once_lines_use_its_letters():
    rows = schedule_rows("Heading 2106, food preparations: base rate 25 percent; Category B.", legend=LEGEND)
    assert seen(rows) == [("PLW", "tariff", "reduce", 25.0, 5.0)]


def test_the_lead_pointing_at_the_schedule_goes_once_its_lines_are_read():
    texts = ["Article 3 – Customs Duties of Palau",
             "Palau shall reduce or eliminate its customs duties on originating goods of the United States listed in "
             "Section A of the Annex.",
             "Annex", "Section A – Schedule of Palau",
             "0805.10 – Fresh oranges (base rate 35%): duty-free from entry into force."]
    rows = commitments_from(texts, published_at=ON, title=AGREEMENT,
                            kinds=["heading", "paragraph", "heading", "heading", "list_item"], article_id="r34-os")
    assert seen(rows) == [("PLW", "tariff", "remove", 35.0, 0.0)]


# 3. Negatives: no schedule heading, no owner; a letter the legend does not define; a staging in words the reader does
# not know; a line naming no level at all.
def test_a_bracketed_base_rate_outside_a_schedule_is_no_schedule_line():
    rows = commitments_from(["Annex", "Section A – Goods of interest",
                             "0409.00 – Natural honey (base rate 60 percent): reduced to 20 percent in four stages."],
                            published_at=ON, title=AGREEMENT, kinds=["heading", "heading", "list_item"],
                            levels=[0, 0, 1], article_id="r34-os")
    assert not any(r.value_from == 60.0 for r in rows)


def test_a_category_the_legend_does_not_define_gives_no_row():
    rows = schedule_rows("Heading 0303, frozen fish: base rate 15 percent; Category D.", legend=LEGEND)
    assert not any(r.value_from == 15.0 or r.value_to == 15.0 for r in rows)


def test_a_staging_told_by_a_note_gives_no_row():
    rows = schedule_rows("Fresh pears (subheading 0808.30), base rate 20 percent: see paragraph 4 of the notes.")
    assert seen(rows) == []


def test_a_good_excluded_from_the_annex_is_no_kept_rate():
    rows = schedule_rows("Cigars (heading 2402), base rate 40 percent: excluded from this Annex.")
    assert seen(rows) == []


# 4. Exports a government lets through by granting the paper they need, in a sentence the cues left silent: the granting
# government's export controls eased (guide rule 15, `export_control` `relax`), the party before the verb, else the
# page's government; a row per destination listed; the goods counted where the sentence counts them.
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures Energy and Technology Deals with Portugal"


def export_rows(sentence: str):
    return [(r.actor, r.category, r.action, r.amount) for r in
            commitments_from([sentence], published_at=ON, title=FACT_SHEET, article_id="r34-os-x")]


GRANTED = [
    "The Department of Energy will grant a long-term authorization for LNG exports to Portugal, opening the way for "
    "twenty-year supply contracts.",
    "The Department of Energy will grant the authorization American firms need to transfer reactor technology to "
    "their Portuguese partners.",
    "The Order instructs Commerce to publish a license exception for exports to close allies that keep controls like ours.",
    "The United States will approve export licenses for LNG shipments to Portugal.",
    "Washington will expedite approvals for exports of enriched uranium fuel to Portugal's research reactor.",
    "Export licences for advanced turbines bound for Portugal will be issued within 30 days, the Department of Commerce said.",
    "Under the arrangement, Commerce is to issue general licenses so that U.S. chipmakers may export servers to Portugal.",
    "Portugal's government welcomed that the United States would authorize the export of reactor cores to its utilities.",
]


@pytest.mark.parametrize("sentence", GRANTED, ids=[s[:40] for s in GRANTED])
def test_an_export_authorisation_granted_is_the_granting_governments_relaxed_control(sentence):
    assert export_rows(sentence) == [("USA", "export_control", "relax", None)]


def test_the_partner_before_the_verb_grants_and_a_row_goes_to_each_destination():
    assert export_rows("Lisbon will grant the permits U.S. companies need to transfer satellite technology to "
                       "Portuguese partners.") == [("PRT", "export_control", "relax", None)]
    rows = commitments_from(["The Department of Commerce will also approve pending licences so that American firms can "
                             "export gas turbines to Portugal and Spain."], published_at=ON, title=FACT_SHEET,
                            article_id="r34-os-x")
    assert sorted((r.actor, r.counterparty, r.action) for r in rows) == [("USA", "ESP", "relax"), ("USA", "PRT", "relax")]


def test_counted_goods_let_out_are_the_rows_amount():
    assert export_rows("Authorize exports of up to 35,000 advanced AI chips a year to approved Portuguese data "
                       "centers.") == [("USA", "export_control", "relax", 35000.0)]


@pytest.mark.parametrize("sentence", [
    "The Department of Energy will not grant new authorizations for LNG exports to countries of concern.",
    "Commerce will deny licenses for exports of advanced chips to the PRC.",
    "Portugal will issue import licenses for American beef within 60 days.",
])
def test_a_refusal_or_an_import_licence_is_no_eased_export_control(sentence):
    assert not any(r.category == "export_control" and r.action == "relax" for r in
                   commitments_from([sentence], published_at=ON, title=FACT_SHEET, article_id="r34-os-x"))
