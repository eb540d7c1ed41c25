"""Round 42 (issue 4), VAL2: paired rows right in actor, category and action but wrong in their values.

The team's own sentences (never text from the shared or written pages).

- Goods carved out of a tariff the sentence's earlier clause applied, kept or cut ("will apply a reciprocal tariff of 10
  percent to goods of X and will remove the reciprocal tariff altogether on tea", "will hold the tariff at 10 percent,
  and will consider removing it from kava", "will halve its 60 per cent tariff on grapes and scrap the duty on zinc"):
  the removal is of a duty only referred back to or of other goods' duty, so it takes no figure of the earlier clause
  (guide, Round 41 review: "a removal from a tariff kept in the same sentence ... leaves `value_from` empty"; Round 39:
  a level only referred back stays empty).
- Left alone: a removal of "it" with no goods of its own ("dropped it in 2023", "will remove it from March 1": the one
  rate told before is the removed level, round 20), a removal after a cut to a level ("scrap it altogether in 2030":
  round 37), a removal whose own object states its rate, a rate of the measure as the verb's subject.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)
DEAL_SHEET = "Fact Sheet: The United States and Its Partners Reach Agreements on Reciprocal Trade"


def _rows(*paragraphs, title=DEAL_SHEET, news=False):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=title,
                            authors=["A Writer"] if news else None)
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.unit) for r in rows)


# a tariff applied, kept or cut in the earlier clause, goods carved out of it (or another duty removed) in the next:
# the removal takes no figure
@pytest.mark.parametrize("text, earlier, removal, news", [
    ("The United States will apply a reciprocal tariff of 10 percent to originating goods of Malawi and will remove "
     "the reciprocal tariff altogether on tea, tobacco leaf and macadamia nuts.",
     ("USA", "tariff", "impose", None, 10.0, "percent"), ("USA", "tariff", "remove", None, None, None), False),
    ("For its part, the United States will hold the reciprocal tariff on Fijian goods at 10 percent, and will consider "
     "removing it from kava, ginger and other products that cannot be grown in the United States.",
     ("USA", "tariff", "maintain", None, 10.0, "percent"), ("USA", "tariff", "remove", None, None, None), False),
    ("India will halve its 60 per cent tariff on Peruvian grapes and scrap the duty on Peruvian zinc concentrate.",
     ("IND", "tariff", "reduce", 60.0, 30.0, "percent"), ("IND", "tariff", "remove", None, None, None), True),
    ("Seoul will halve its 80% duty on Australian oranges over six years and abolish tariffs on wool and barley, "
     "while Canberra will do away with duties on every Korean good.",
     ("KOR", "tariff", "reduce", 80.0, 40.0, "percent"), ("KOR", "tariff", "remove", None, None, None), True),
    ("Ottawa will keep its 6 percent duty on Chinese bicycles and will lift the duty on Chinese e-scooters.",
     ("CAN", "tariff", "maintain", None, 6.0, "percent"), ("CAN", "tariff", "remove", None, None, None), True),
    ("Under the accord, Nairobi will keep its 25 per cent levy on imported cement and remove it from clinker used by "
     "local grinders.",
     ("KEN", "tariff", "maintain", None, 25.0, "percent"), ("KEN", "tariff", "remove", None, None, None), True),
])
def test_goods_carved_out_of_an_earlier_clause_tariff_take_no_figure(text, earlier, removal, news):
    rows = _rows(text, news=news)
    assert earlier in rows and removal in rows, rows
    assert not [r for r in rows if r[2] == "remove" and r[0] == removal[0] and r[3] is not None], rows


# the one rate told before a removal of "it" with no goods of its own is the removed level (round 20); a cut to a
# level, then "scrap it" (round 37); a rate stated in the removal's own object; a rate of the subject
@pytest.mark.parametrize("text, expected", [
    ("Ghana put a 20 per cent duty on frozen poultry in 2019 and dropped it in 2023.",
     ("GHA", "tariff", "remove", 20.0, None, "percent")),
    ("Jordan imposed a 35 percent tariff on Turkish steel last year and will remove it from March 1.",
     ("JOR", "tariff", "remove", 35.0, None, "percent")),
    ("Washington cut its tariff on Thai rice to 8% from 16% in May and will scrap it altogether in 2030.",
     ("USA", "tariff", "remove", 8.0, None, "percent")),
    ("Oman will halve its 10% duty on Indian dates and scrap its 5% duty on Indian spices.",
     ("OMN", "tariff", "remove", 5.0, None, "percent")),
    ("Nepal's 9 per cent duty on Indian carpets will be scrapped under the pact, while Kathmandu will keep its tariff "
     "on Indian tea.",
     ("NPL", "tariff", "remove", 9.0, None, "percent")),
])
def test_a_removed_level_of_its_own_stays(text, expected):
    rows = _rows(text, news=True)
    assert expected in rows, rows


# a cut whose new level is told, then the duty on other goods removed: the removal was already empty (round 21)
def test_a_removal_after_a_cut_to_a_level_stays_empty():
    rows = _rows("Under the pact, Vietnam will cut its 20 percent tariff on Chilean wine to 10 percent and eliminate "
                 "its duties on Chilean copper cathodes.", news=True)
    assert ("VNM", "tariff", "reduce", 20.0, 10.0, "percent") in rows, rows
    assert ("VNM", "tariff", "remove", None, None, None) in rows, rows


# a zero a pause takes away or talks seek is no new level: the suspension or the talks with no value_to, no unit (no
# suspended or negotiated tariff row of the gold has a value_to; the lead moved round 22's suspended duty-free benefits
# from 0 to none with it)
@pytest.mark.parametrize("text, expected", [
    ("Washington answered in 2019 by suspending Malawi's duty-free access for textiles under the African Growth and "
     "Opportunity Act.",
     ("USA", "tariff", "suspend", None, None, None)),
    ("In 2012 Brussels suspended Fiji's duty-free benefits under its preference scheme after the coup.",
     ("EUN", "tariff", "suspend", None, None, None)),
    ("Norwegian officials are still negotiating with Brussels over a tariff-free quota for Norwegian salmon and trout.",
     ("NOR", "tariff", "negotiate", None, None, None)),
])
def test_a_zero_paused_or_sought_is_no_new_level(text, expected):
    rows = _rows(text, news=True)
    assert expected in rows, rows
    assert not [r for r in rows if r[2] in ("suspend", "negotiate") and r[4] is not None], rows


# a zero kept for longer stays the level (`extend`, value_to 0); a suspended rate stays value_from; goods let in free
@pytest.mark.parametrize("text, expected", [
    ("Tokyo will keep its import tariff on wheat at zero for another six months.",
     ("JPN", "tariff", "extend", None, 0.0, "percent")),
    ("Manila suspended its 15 per cent tariff on Thai sugar for a year.",
     ("PHL", "tariff", "suspend", 15.0, None, "percent")),
    ("Egypt will let in 50,000 tonnes of Brazilian beef duty-free next year.",
     ("EGY", "tariff", "remove", None, 0.0, "percent")),
])
def test_a_zero_kept_or_granted_stays(text, expected):
    rows = _rows(text, news=True)
    assert expected in rows, rows


# a duty-free window or access prolonged: `extend` with its zero kept (guide: "an extended duty-free window with no
# rate stated stays `value_to` 0"); not read this round: two open pages (one named writer) and a validation row moved
@pytest.mark.xfail(reason="round 42: the duty-free window extended with its zero moved two open pages only "
                          "(/tmp/s42/dropped/val2_extended_duty_free_window.patch)", strict=True)
@pytest.mark.parametrize("text, expected", [
    ("Separately, India extended the duty-free import window for Myanmar black gram until March 31, 2029, a "
     "notification showed.",
     ("IND", "tariff", "extend", None, 0.0, "percent")),
    ("The European Union will extend duty-free and quota-free access for all Bhutanese goods except arms for a further "
     "three years.",
     ("EUN", "tariff", "extend", None, 0.0, "percent")),
])
def test_a_duty_free_window_extended_keeps_its_zero(text, expected):
    rows = _rows(text, news=True)
    assert expected in rows, rows


# the suspension of a duty-free treatment continued: the zero is what is suspended, no level
def test_a_suspension_of_duty_free_treatment_continued_has_no_level():
    rows = _rows("In a separate order, the President also continued the suspension of duty-free de minimis treatment "
                 "for low-value shipments from all countries.", title="Fact Sheet: President Donald J. Trump "
                 "Continues the Suspension of De Minimis Treatment")
    assert [r for r in rows if r[2] == "extend"] and not [r for r in rows if r[4] is not None], rows
