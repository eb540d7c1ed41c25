"""Round 41 (issue 4), MUL: sentences that gave a row but not all of their rows.

The team's own sentences (never text from the shared or written pages).

- A rate with a later step told after a short adjunct ("will be charged 20% on arrival, rising to 30% on July 1",
  "will face an 18 percent duty from the same date, rising to 28 percent", "imposes a 25 percent tariff on imports of
  steel wheels, rising to 40 percent", "12 percent, which shall increase to 24 percent"): the rate's own row and its
  step (round 26 read the step only when nothing but the duty's noun stood between the rate and the participle).
- A tariff kept or cut and goods carved out of it in the next conjunct ("will hold its tariff ... at 10 percent and will
  take it off altogether for tea", "... and exempt pashmina and carpets from it altogether", "... and will not apply it
  to manganese ore", "take coconut oil off the list entirely", "but sugar will be spared"): the same party's `tariff`
  `remove` besides the kept or cut rate, with no level (the removed rate is only referred to: Round 39 review).
- Left alone: a share rising after a rate, an adjunct that is a clause of its own, "take up" and "apply for", people
  spared something, a ban (not a tariff) taken off for some goods, an exemption the chain already reads.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)
PROCLAMATION_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Farm Equipment into the United States"
DEAL_SHEET = "Fact Sheet: The United States and Its Partners Reach Agreements on Reciprocal Trade"


def _rows(*paragraphs, title=PROCLAMATION_SHEET, news=False):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=title,
                            authors=["A Writer"] if news else None)
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# a rate, a short adjunct, then its later step: both rows
@pytest.mark.parametrize("text, first, step", [
    ("Imported garden tractors will be charged 20% on arrival, rising to 30% on July 1, 2029.",
     ("USA", "tariff", "impose", None, 20.0), ("USA", "tariff", "raise", 20.0, 30.0)),
    ("Imported lawn mowers will face an 18 percent duty from the same date, rising to 28 percent on March 1, 2029.",
     ("USA", "tariff", "impose", None, 18.0), ("USA", "tariff", "raise", 18.0, 28.0)),
    ("The Proclamation imposes a 25 percent tariff on imports of steel wheels, rising to 40 percent on January 1, "
     "2029, and applies to goods entered on or after June 2, 2028.",
     ("USA", "tariff", "impose", None, 25.0), ("USA", "tariff", "raise", 25.0, 40.0)),
    ("Articles listed in Part C of the Annex shall be subject to an additional ad valorem duty of 12 percent, which "
     "shall increase to 24 percent for goods entered on or after January 1, 2030.",
     ("USA", "tariff", "impose", None, 12.0), ("USA", "tariff", "raise", 12.0, 24.0)),
])
def test_a_rate_then_its_later_step_after_an_adjunct(text, first, step):
    rows = _rows(text)
    assert first in rows and step in rows, rows


# no step: a share of the market rising after a rate; a step told as a clause of its own after the rate's adjunct
@pytest.mark.parametrize("text", [
    "Ceramic tiles will pay a 25% tariff from the same date, with imports rising to 40% of the market since 2020.",
    "Irrigation pumps will face a 15 percent duty on arrival, while demand keeps rising to 30 percent above 2020 "
    "levels.",
])
def test_no_step_from_a_share_or_another_clause(text):
    rows = _rows(text)
    assert not [r for r in rows if r[2] in ("raise", "reduce")], rows


# a tariff kept or cut, and goods carved out of it: the same party's removal besides the kept or cut rate
@pytest.mark.parametrize("text, kept, news", [
    ("In return, the United States will hold its reciprocal tariff on Malawian goods at 10 percent and will take it "
     "off altogether for tea, macadamia nuts and tobacco leaf.",
     ("USA", "tariff", "maintain", None, 10.0), False),
    ("The United States will lower the additional duty on goods of Gabon to 12 percent and will not apply it to "
     "manganese ore or tropical timber.",
     ("USA", "tariff", "reduce", None, 12.0), False),
    ("For its part, the United States will hold its tariff on Samoan goods at 10 percent and take coconut oil and "
     "nonu juice off the list entirely.",
     ("USA", "tariff", "maintain", None, 10.0), False),
    ("Under the draft, Washington would cut the 18 percent reciprocal tariff on Nepalese goods to 10 percent and "
     "exempt pashmina and hand-knotted carpets from it altogether.",
     ("USA", "tariff", "reduce", 18.0, 10.0), True),
    ("Washington, for its part, will keep its 10% tariff on most Belizean goods, but raw sugar and citrus "
     "concentrate will be spared.",
     ("USA", "tariff", "maintain", None, 10.0), True),
])
def test_goods_carved_out_of_a_kept_or_cut_tariff(text, kept, news):
    rows = _rows(text, title="Trade news" if news else DEAL_SHEET, news=news)
    assert kept in rows and ("USA", "tariff", "remove", None, None) in rows, rows


# no carve-out: "take up", "apply for", people spared something, a ban taken off for some goods
@pytest.mark.parametrize("text, news", [
    ("The United States will keep its 10 percent tariff on Uruguayan goods and will take up the question of beef "
     "quotas in July.", False),
    ("Kenya will hold its duty on imported rice at 35 percent, and millers said they will not apply for the waiver.",
     True),
    ("The United States will keep its 15 percent tariff on Thai goods, but Thai exporters will be spared the new "
     "paperwork rules.", False),
])
def test_no_carve_out_without_goods_taken_off_the_tariff(text, news):
    rows = _rows(text, title="Trade news" if news else DEAL_SHEET, news=news)
    assert not [r for r in rows if r[1] == "tariff" and r[2] == "remove"], rows


def test_a_ban_taken_off_for_some_goods_is_no_tariff_removal():
    rows = _rows("Peru will keep its ban on imports of used clothing and will take it off altogether for donations "
                 "to charities.", title=DEAL_SHEET)
    assert not [r for r in rows if r[1] == "tariff"], rows


def test_an_exemption_the_chain_reads_is_one_row():
    rows = _rows("In return, Washington has agreed to hold its tariff on most Bolivian goods at 10 per cent, and to "
                 "exempt Brazil nuts and quinoa from that duty altogether.", title="Trade news", news=True)
    assert len([r for r in rows if r[1] == "tariff" and r[2] == "remove"]) == 1, rows


# left unread (xfail): a coordinated verb taking its own goods' duty to zero after a clause that states another rate
# (tried: the zero of the verb's own object over the earlier clause's rate, /tmp/s41/dropped/mul_zero_own_clause.patch,
# dropped: one open page gained; "bind its duty ... at zero" and "bring it down to zero" are no cue or no object here)
@pytest.mark.xfail(reason="the earlier clause's rate is read as this verb's level (dropped in round 41: one page)",
                   strict=True)
def test_a_coordinated_cut_to_zero_is_its_own_removal():
    rows = _rows("Peru scrapped its 6% tariff on Thai rice from Sunday and will cut its duty on Thai canned tuna to zero "
                 "by 2031.", title="Trade news", news=True)
    assert ("PER", "tariff", "remove", None, 0.0) in rows, rows
