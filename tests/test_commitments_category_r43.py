"""Round 43 (issue 4), CAT: negotiate rows paired with the gold but read `diplomatic` where the talks' subject decides.

The team's own sentences (never text from the shared or written pages).

- Talks whose topic comes after a time or a partner ("open talks next month on recognising each other's grading
  systems", "start technical talks with Canada on recognising its audit methods"): the topic decides (convention 19: talks
  on a named subject take its category; guide rule 14: standards recognition is `market_access`), as the talks rows'
  own reading (`_talks_category`) already did when the topic follows the noun.
- Talks or an instrument still to be worked out whose topic is a named mineral ("resume talks in August on a protocol
  for lithium brine fields", "a price-floor mechanism for rare earth oxides", "a stockpile of refined cobalt"):
  critical minerals are `other` (convention 12), not `diplomatic`.
- Left alone: talks on a free trade agreement (the deal itself) whatever the sentence adds about minerals, a named
  Agreement that covers minerals, talks on tariffs on a mineral's goods, an export ban on ore, talks on a subject the
  lexicon does not know ("a new border crossing").
"""
import pytest

from tests.test_commitments_category_r41 import _reads, _triples  # (round 41's helpers, one news story)


# the talks' topic after a time or a partner: recognition of the other side's systems or methods
@pytest.mark.parametrize("sentence, party", [
    ("Chile and Brazil will open talks next month on recognising each other's beef grading systems.", "CHL"),
    ("Uruguay and Paraguay agreed to begin negotiations in May on recognizing each other's grain grading methods.", "PRY"),
    ("Mexico said it was ready to start technical talks with Canada on recognising Canadian audit methods.", "MEX"),
])
def test_talks_on_recognition_after_a_time_or_partner_are_market_access(sentence, party):
    _reads(sentence, (party, "market_access", "negotiate"), "diplomatic")


# talks or an instrument on a named mineral
@pytest.mark.parametrize("sentence, party", [
    ("Peru and Bolivia will resume talks in August on a joint protocol for lithium brine fields along their border.",
     "BOL"),
    ("Australia and India agreed to open negotiations in March on a price-floor mechanism for rare earth oxides.", "AUS"),
    ("The United States and Zambia will hold talks next month on a stockpile of refined cobalt.", "ZMB"),
    ("Mongolia and Korea will begin consultations later this year on a reserve of tungsten and graphite.", "MNG"),
])
def test_talks_on_a_named_mineral_are_other(sentence, party):
    _reads(sentence, (party, "other", "negotiate"), "diplomatic")


# near misses: the deal itself, a named Agreement, a tariff, an export ban, a subject nobody knows
def test_talks_on_a_free_trade_agreement_stay_diplomatic():
    _reads("Japan and the Philippines will start talks in June on a free trade agreement, building on their shared "
           "interest in nickel supply.", ("JPN", "diplomatic", "negotiate"), "other")


def test_named_agreement_covering_minerals_stays_diplomatic():
    rows = _triples("The two countries will finalise the Agreement on Reciprocal Trade and Critical Minerals, which "
                    "covers cobalt and nickel.")
    assert rows and all(category == "diplomatic" for _, category, _ in rows), rows


def test_talks_on_tariffs_on_mineral_goods_stay_tariff():
    _reads("Vietnam and Korea will hold talks next week on tariffs on lithium batteries.", ("VNM", "tariff", "negotiate"),
           "other")


def test_export_ban_on_ore_stays_export_control():
    _reads("Indonesia will ban exports of nickel ore from January.", ("IDN", "export_control", "restrict"), "other")


def test_talks_on_an_unknown_subject_stay_diplomatic():
    rows = _triples("Vietnam and Laos will open talks in April on a new border crossing for trucks.")
    assert ("VNM", "diplomatic", "negotiate") in rows, rows


# left: the talks' subject the lexicon does not know
@pytest.mark.xfail(reason="a testing rule named by its verb ('requires every cargo to be tested') and trade settled in "
                          "two currencies are no lexicon subject; one open page each, left", strict=True)
@pytest.mark.parametrize("sentence, expected", [
    ("Kenya and Rwanda will resume talks in March on a rule that requires every cargo of tea to be tested at the "
     "border.", ("KEN", "import_restriction", "negotiate")),
    ("India and the Emirates agreed to start talks in September on settling more of their trade in rupees and "
     "dirhams.", ("IND", "currency", "negotiate")),
])
def test_talks_on_subjects_the_lexicon_misses(sentence, expected):
    assert expected in _triples(sentence)
