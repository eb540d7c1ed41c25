"""Round 37 (issue 4), WF: tariff rows paired with the gold but wrong in a value field.

The team's own sentences (never text from the shared or written pages).

- Goods that enter "free of the reciprocal tariff", "free of the additional duty", "free of the Section 232 duty" have
  that named duty removed with `value_to` empty: other duties may still apply (guide, Round 33: "free of a named
  additional duty, `value_to` empty"; "goods that 'enter free of the reciprocal tariff' have that tariff removed,
  `value_to` empty"). Free of duty as such ("free of duty", "free of any customs duty", "free of the 20 percent duty"
  a country charges) stays the zero (convention 13).
- A removal that points back to a duty whose level the sentence told just before ("cut ... to 6% ... and scrap it
  altogether", "keep its tariff ... at 15 per cent, and exempt X from that duty") starts from that level: the level
  the duty reaches for the goods it cut ("it"), the level other goods pay now ("that duty from X", "the tariff
  altogether on X") (convention 4: value_from is the level in force; Round 17 Q2: no zero stated, no `value_to`).
  Dropped in round 37 (its gains were on older pages with no writer named only); read since round 38.
- A rate raised in a main clause after a condition ("If, by July 1, the Government of X has not resumed patrols with the
  United States, the rate of duty set out in section 2(a) shall rise to 40 percent", "Unless the Secretary certifies
  that capacity has reached 80 percent of U.S. demand, the 25% rate will increase to 35%"): the measure is the subject
  and its levier the order's signer or the page's levier (convention 3), not the partner acting in the condition.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import ORDER_OPENING, commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Secures an Agreement on Reciprocal Trade with Madagascar"


def _fact_sheet_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title=FACT_SHEET)
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


def _story_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


# free of a named additional duty: that duty removed, no zero
@pytest.mark.parametrize("text, expected", [
    ("Pineapples and vanilla of Madagascar that cannot be grown in the United States will enter free of the "
     "reciprocal tariff.", ("USA", "remove", None, None)),
    ("Under the arrangement, cobalt hydroxide from Madagascar shall enter the United States free of the additional "
     "duty, up to 40,000 metric tons a year.", ("USA", "remove", None, None)),
    ("Malagasy nickel matte, up to 90,000 tons a year, will enter free of the Section 232 duty.",
     ("USA", "remove", None, None)),
    ("The United States shall not apply the reciprocal tariff to the originating goods of Madagascar listed in Annex "
     "III, which shall enter free of that additional duty.", ("USA", "remove", None, None)),
    ("Graphite flake from Madagascar will enter the United States free of any reciprocal duty.",
     ("USA", "remove", None, None)),
    ("Madagascar will keep American soybeans free of the additional duty it charges on other oilseeds.",
     ("MDG", "maintain", None, None)),
])
def test_free_of_a_named_additional_duty_has_no_zero(text, expected):
    assert _fact_sheet_rows(text) == [expected]


def test_free_of_a_named_additional_duty_has_no_unit_either():
    # (round 37, lead) with no figure left the row names no unit (the gold's reading on every set)
    rows = commitments_from(["Pineapples and vanilla of Madagascar that cannot be grown in the United States will enter "
                             "free of the reciprocal tariff."], published_at=WHEN, title=FACT_SHEET)
    assert [(r.action, r.value_to, r.unit) for r in rows if r.category == "tariff"] == [("remove", None, None)]


@pytest.mark.parametrize("text, expected", [
    # free of duty as such: the zero (convention 13)
    ("Refined chromite of Madagascar shall enter the United States free of duty up to 5,000 tons a year.",
     ("USA", "remove", None, 0.0)),
    ("Goods of Madagascar listed in Annex 2-B shall enter the United States free of any customs duty.",
     ("USA", "remove", None, 0.0)),
    # a party's own duty, named by no regime
    ("Madagascar will admit American poultry free of duty.", ("MDG", "remove", None, 0.0)),
])
def test_free_of_duty_as_such_keeps_the_zero(text, expected):
    assert expected in _fact_sheet_rows(text)


def test_free_of_a_named_duty_beside_another_clauses_zero():
    # the partner's duty-free wheat is a zero of its own clause, not the named duty's
    assert ("USA", "remove", None, None) in _fact_sheet_rows(
        "Malagasy cloves will enter free of the reciprocal tariff, and Madagascar will let American wheat in duty-free.")


def test_free_of_a_named_duty_with_a_zero_in_its_clause_keeps_it():
    # the clause states the zero itself
    assert ("USA", "remove", None, 0.0) in _fact_sheet_rows(
        "Malagasy cloves will enter free of the reciprocal tariff and duty-free under the agreement.")


# a removal of "it" after the same party's cut to a level: the duty goes from that level (the written gold on every
# such open page since the round 37 lead's alignment). Dropped in round 37 (gains on unmarked older pages only); read
# since round 38 (the lead: five news pages gain, none loses)
@pytest.mark.parametrize("text, expected", [
    ("Peru will cut its import tariff on laptops to 6% from 12% in March and scrap it altogether in 2029, the trade "
     "ministry said.", ("PER", "remove", 6.0, None)),
    ("Vietnam will lower its 8 per cent tariff on Chilean wine to 4 per cent next year and remove it entirely in 2030.",
     ("VNM", "remove", 4.0, None)),
    ("Bolivia cut the export duty on soybeans to 7% from 9% last year and has pledged to eliminate it before the end of "
     "the government's term.", ("BOL", "remove", 7.0, None)),
])
def test_a_removal_pointing_back_starts_from_the_level_told(text, expected):
    assert expected in _story_rows(text)


# the same duty removed for other goods than those a kept or cut level covers: the written gold is split (about 15
# rows with no value_from, "remove that tariff on certain ...", "lift that tariff on ... coffee"; 5 with the level)
@pytest.mark.xfail(reason="other goods exempted from a duty kept or cut: the written gold is split on value_from",
                   strict=True)
@pytest.mark.parametrize("text, expected", [
    ("Washington will keep its tariff on most Laotian goods at 15 per cent, and exempt coffee and teak from that duty "
     "altogether.", ("USA", "remove", 15.0, None)),
    ("The United States will lower the reciprocal tariff on Bhutanese goods from 20 percent to 10 percent, and will "
     "eliminate the tariff altogether on cardamom and ginger.", ("USA", "remove", 20.0, None)),
])
def test_a_removal_for_other_goods_starts_from_the_level_they_pay(text, expected):
    assert expected in _story_rows(text)


@pytest.mark.parametrize("text, unexpected", [
    # another party's removal: not the level of the first party's duty
    ("Kenya will cut its 25% duty on sugar to 10%, while Uganda will scrap its levy on Kenyan milk.", "UGA"),
    # another duty named, not pointed back to
    ("Mexico will cut its tariff on pears to 5% and scrap its tariff on apples.", "MEX"),
    # a keep, not a removal
    ("Ghana will cut its 20% tariff on frozen chicken to 10% and keep it there until 2030.", "GHA"),
    # the pronoun's duty removed for other goods (its scope follows it)
    ("Zambia will cut its tariff on maize to 5% from 10% and scrap it on rice and wheat.", "ZMB"),
])
def test_no_level_taken_for_a_removal_that_does_not_point_back(text, unexpected):
    rows = _story_rows(text)
    assert not any(actor == unexpected and action == "remove" and value_from is not None
                   for actor, action, value_from, _ in rows)


# a rate changed in the main clause after a condition that names the partner: the measure is the subject, its levier
# the party that levies it (the signer of the order, the page's levier), not the partner acting in the condition nor
# the other side of a country the condition names ("with the United States", "of U.S. demand")
ORDER_TITLE = "Imposing Additional Duties on Goods of the Republic of Ecuador"
SECTION_2 = "Sec. 2. (a) Goods of Ecuador shall be subject to an additional ad valorem rate of duty of 20 percent."


def _order_rows(*paragraphs):
    rows = commitments_from([ORDER_OPENING, SECTION_2, *paragraphs], published_at=WHEN, title=ORDER_TITLE,
                            article_id="r37-wf-order")
    return [(r.actor, r.action, r.value_to) for r in rows if r.category == "tariff"]


@pytest.mark.parametrize("text, expected", [
    ("Sec. 3. (a) If, by July 1, 2027, the Government of Ecuador has not resumed joint patrols with the United States, "
     "the rate of duty set out in section 2(a) of this order shall rise to 40 percent.", ("USA", "raise", 40.0)),
    ("Sec. 4. (b) If, by June 30, 2028, the Government of Ecuador has not signed the customs protocol with the United "
     "States, the additional duty set out in section 2(a) shall increase to 30 percent.", ("USA", "raise", 30.0)),
])
def test_a_rate_raised_after_a_condition_is_the_signers(text, expected):
    rows = _order_rows(text)
    assert expected in rows
    assert not any(actor == "ECU" for actor, _, _ in rows)


def test_a_rate_raised_after_a_condition_on_a_fact_sheet_is_the_pages_levier():
    rows = commitments_from(["Beginning March 1, 2028, imports of copper wire will be subject to a 25% tariff.",
                             "Products of the European Union and Japan will instead pay 15%.",
                             "Unless the Secretary of Commerce certifies that domestic wire capacity has reached 80 "
                             "percent of U.S. demand, the 25% rate will increase to 40% in 2029."],
                            published_at=WHEN, title="Fact Sheet: President Donald J. Trump Adjusts Imports of Copper Wire",
                            kinds=["list_item"] * 3, levels=[1] * 3)
    assert sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff") == [
        ("USA", "impose", None, 15.0), ("USA", "impose", None, 15.0), ("USA", "impose", None, 25.0),
        ("USA", "raise", 25.0, 40.0)]


@pytest.mark.parametrize("text, expected", [
    # the measure named by its owner: that owner
    ("If the harvest fails, Peru's tariff on Bolivian wheat will rise to 15 percent.", ("PER", "raise", 15.0)),
    # the owner told in the measure's own relative clause
    ("If the deal lapses, the duty Peru charges on American pork will rise to 25 percent, officials in Lima said.",
     ("PER", "raise", 25.0)),
    ("Unless Washington lifts its steel tariffs, the levy Canada charges on U.S. bourbon will rise to 50 percent, "
     "Ottawa said.", ("CAN", "raise", 50.0)),
])
def test_a_measure_after_a_condition_keeps_the_owner_it_names(text, expected):
    rows = commitments_from([text], published_at=WHEN, title="Trade news", authors=["A Writer"])
    assert [(r.actor, r.action, r.value_to) for r in rows if r.category == "tariff"] == [expected]


@pytest.mark.xfail(reason="the parties are resolved to the signer, but a later pass (not traced this round) gives the "
                          "rate to the partner acting in the condition ('Unless Ecuador ends its fees ...')", strict=True)
def test_a_rate_raised_unless_the_partner_acts_is_the_signers():
    assert ("USA", "raise", 35.0) in _order_rows(
        "Sec. 3. (a) Unless Ecuador ends its fees on United States shippers by March 1, 2028, the rate in section 2(a) "
        "shall rise to 35 percent.")
