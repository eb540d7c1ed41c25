"""Round 35 (issue 4), RD: a "regulatory duty" is a tariff; a bare "Commerce" heading a news clause is the U.S. department.

- "Islamabad will scrap the 15 per cent regulatory duty ...": Pakistan's and Bangladesh's regulatory duties are
  customs levies at a rate, `tariff` whatever their adjective (the object entry "regulatory (?:dut(?:y|ies)|levy|
  levies|tariffs?)" in commitment_cues.yaml, read before the market-access entry's bare "regulatory"); "regulatory
  approval", "regulatory barriers" stay market access.
- "Commerce said it would raise ...": bare "Commerce" heading a clause is the U.S. Department of Commerce; not read
  yet (xfail: the alias tried made other governments' "Commerce Ministry" / "Commerce ministry officials" the U.S.
  one); "Commerce between the two countries", "Chamber of Commerce", "e-commerce" must stay no U.S. actor.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)


def rows(sentence):
    return [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in bylined_story(sentence, published_at=ON)]


@pytest.mark.parametrize("sentence, expected", [
    ("Islamabad will scrap the 15 per cent regulatory duty it charges on imported Malaysian palm olein.",
     ("PAK", "tariff", "remove", 15.0, None)),
    ("Pakistan raised the regulatory duty on Iranian dates to 35 percent from 20 percent.",
     ("PAK", "tariff", "raise", 20.0, 35.0)),
    ("Dhaka will halve regulatory duties on 300 items, including Indian onions and yarn, from July 1.",
     ("BGD", "tariff", "reduce", None, None)),
    ("Egypt halved the regulatory levy on imported Turkish steel billets to 8 percent.",
     ("EGY", "tariff", "reduce", 16.0, 8.0)),
    ("Pakistan's Ministry of Commerce said it would lower the regulatory duty on Chinese tyres to 10 percent.",
     ("PAK", "tariff", "reduce", None, 10.0)),
])
def test_a_regulatory_duty_is_a_tariff(sentence, expected):
    assert rows(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Commerce said it would raise the anti-dumping duty on Chilean salmon fillets to 31 percent.",
     ("USA", "tariff", "raise", None, 31.0)),
    ("Commerce will extend the 45 percent countervailing duties on Egyptian rebar for five more years.",
     ("USA", "tariff", "extend", None, 45.0)),
    ("In a notice on Monday, Commerce imposed preliminary duties of 18% on aluminium foil from Oman.",
     ("USA", "tariff", "impose", None, 18.0)),
    ("Commerce will require licences for exports of lithography software to Belarus.",
     ("USA", "export_control", "restrict", None, None)),
])
@pytest.mark.xfail(reason="bare 'Commerce' as an alias of the U.S. department was tried and dropped (round 35, RD: "
                   "'the Commerce Ministry' / 'Commerce ministry officials' of other governments read as the U.S. one; "
                   "/tmp/s35/dropped/rd_bare_commerce.patch)", strict=True)
def test_bare_commerce_heading_a_clause_is_the_us_department(sentence, expected):
    assert rows(sentence) == [expected]


# negatives: "regulatory" before another noun keeps its market-access reading; "commerce" that is trade itself, a
# chamber of commerce or e-commerce is no U.S. actor; another country's commerce ministry stays its own
@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam will speed up regulatory approval of U.S. medical devices.",
     [("VNM", "market_access", "relax", None, None)]),
    ("Indonesia agreed to remove regulatory barriers to U.S. dairy exports.",
     [("IDN", "market_access", "remove", None, None)]),
    ("The U.S. Chamber of Commerce said it would oppose the 25 percent tariff on Canadian lumber.", []),
    ("Commerce between the two countries will rise after the 20 percent tariff on Peruvian grapes is removed.",
     [("PER", "tariff", "remove", 20.0, None)]),
    ("Kenya will cut the 10 percent duty on e-commerce parcels to 5 percent.",
     [("KEN", "tariff", "reduce", 10.0, 5.0)]),
    ("Thailand's Commerce Ministry will cut the tariff on American pork to 10 percent.",
     [("THA", "tariff", "reduce", None, 10.0)]),
])
def test_near_misses_keep_their_reading(sentence, expected):
    assert rows(sentence) == expected
