"""Round 41 (issue 4), CAT: rows paired with the gold but wrong in category or action.

The team's own sentences (never text from the shared or written pages).

- A suspension of named plants lifted ("refused to lift its suspension of three Argentine beef plants"):
  `market_access` `relax` (the guide's Round 35 gold pass; applied by the lead, who moved round 24's test to that
  reading). Left unread (xfail): the plants cleared again ("restored the export registrations of six Mexican pork
  plants", "will resume approving Chilean salmon processing plants"), which alone moved one open page.
- Goods stopped from a passage or a label that is itself the evasion, no purpose told ("stop Chinese yarn from being
  transshipped through its ports", "stop rice from outside the bloc being relabelled as Tanzanian", "stop Chinese steel
  from entering as Vietnamese coil"): duty evasion fought, `other` `enforce` (guide rule 16), not an import
  restriction; talks or agreements sought to that end ("seek agreements with Laos and Myanmar to keep Chinese solar
  panels from being transshipped"): `other` `negotiate` (convention 19: the subject's category), not `diplomatic`.
- A requirement at entry ended ("will no longer require a separate national certificate for U.S.-made insulin pumps",
  "and will no longer require a separate sanitary registration", "ending a requirement for duplicate inspections that
  has kept American poultry out"): `import_restriction` `remove` (guide rule 13; Round 39 review), not the product
  approvals of rule 14 nor the remove verb's default `other`; also a listing, an authorization, papers to be legalised
  or the other side's plants to register, no longer required ("no longer require plant-by-plant listing for U.S.
  cheese", "no longer require prior authorization from the Ministry of Industry for imports of U.S. tractors", "no
  longer require that shipping documents for U.S. goods be legalized", "no longer require U.S. pork plants to
  register individually").
- Talks on arrangements that would limit or cap the partners' shipments or exports (to the United States or no place
  named): `import_restriction` `negotiate` (the quota rule of Rounds 31 and 32, convention 19), not `diplomatic`, and
  the cap inside them no export control of the partners'.
- Left alone: a suspension of a country's product as such lifted ("its suspension of imports of Indian grapes": still
  `import_restriction` `remove`), the suspension laid (`import_restriction` `restrict`), a rate or imports brought back
  ("restore the 30 percent tariff", "resume imports of Russian wheat"), a suspension of a levy lifted; goods merely
  shipped through or kept from entering ("stop Russian wheat from being shipped through its ports", "from entering its
  market"); talks on a tariff; a plain "not require" (ends nothing stated); a requirement laid on the actor's own
  exporters or investors, or on no trade; agreements to limit exports to a third country (export controls), a
  party's own cap on its exports.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 3, 1, tzinfo=timezone.utc)


def _triples(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action) for r in rows)


def _reads(sentence, expected, absent):
    """The sentence gives the expected (actor, category, action) and no row of the absent category."""
    rows = _triples(sentence)
    assert expected in rows, rows
    assert not any(category == absent for _, category, _ in rows), rows


_CLEARING_LEFT = "plants cleared again (restored registrations, resume approving): one open page alone once the lifting was left"


# a suspension of named plants lifted, or the plants cleared again: access restored (the guide's Round 35 gold pass:
# the lifting is `market_access` `relax`, like the approvals it restores; the lead applied the lifting, round 41;
# the plants cleared again are left, xfail)
_LIFTED = [
    ("Beijing refused on Monday to lift its suspension of three Argentine beef plants, the ministry said.", "CHN"),
    ("Indonesia agreed to lift a suspension it imposed in May on imports of frozen chicken from five Brazilian "
     "slaughterhouses.", "IDN"),
    ("Egypt will lift the suspension on beef from plants in Parana and Goias from next month.", "EGY"),
    ("Malaysia said it had lifted a suspension imposed in June on two Thai poultry plants after a bird flu case was "
     "cleared.", "MYS"),
    ("Jordan ended its suspension of four Ukrainian dairy establishments on Friday, the food agency said.", "JOR"),
]
_CLEARED = [
    ("Japan's customs agency restored the export registrations of six Mexican pork plants, officials said.", "JPN"),
    ("Kenya will restore the registrations of 12 Tanzanian avocado packhouses from July, the plant health agency said.",
     "KEN"),
    ("Seoul will resume approving Chilean salmon processing plants for export, the ministry said.", "KOR"),
]


@pytest.mark.parametrize("sentence, expected", [
    *[(sentence, (party, "market_access", "relax")) for sentence, party in _LIFTED],
    *[pytest.param(sentence, (party, "market_access", "relax"), marks=pytest.mark.xfail(reason=_CLEARING_LEFT, strict=True))
      for sentence, party in _CLEARED]])
def test_a_plant_suspension_lifted_restores_access(sentence, expected):
    _reads(sentence, expected, absent="import_restriction")


# near misses: a product's suspension lifted, a suspension laid, a rate or imports brought back, a levy's suspension
@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam lifted its suspension of imports of Indian grapes on Tuesday.", ("VNM", "import_restriction", "remove")),
    ("Peru will lift a 10-month suspension of Bolivian beef imports next week.", ("PER", "import_restriction", "remove")),
    ("Qatar suspended imports from three Indian shrimp plants on Monday, citing residues.",
     ("QAT", "import_restriction", "restrict")),
    ("The Philippines said it would restore the 30 percent tariff on imported sugar if prices fall.",
     ("PHL", "tariff", "resume")),
    ("Turkey will resume imports of Russian wheat from March.", ("TUR", "purchase", "resume")),
])
def test_near_misses_keep_their_reading(sentence, expected):
    _reads(sentence, expected, absent="market_access")


def test_a_levy_suspension_lifted_is_no_access():
    rows = _triples("Ghana lifted its suspension of the fuel levy on Monday.")
    assert not any(category == "market_access" for _, category, _ in rows), rows


# goods kept from a passage or a label that evades the duties: the evasion fought
@pytest.mark.parametrize("sentence, expected", [
    ("Honduras will set up a special customs team to stop Chinese yarn from being transshipped through its ports.",
     ("HND", "other", "enforce")),
    ("Vietnam will work with U.S. Customs and Border Protection to stop aluminium smelted in third countries from being "
     "relabeled and shipped to the United States as Vietnamese.", ("VNM", "other", "enforce")),
    ("Tanzania's revenue authority will tighten checks at its lake ports to stop rice from outside the bloc being "
     "relabelled as Tanzanian.", ("TZA", "other", "enforce")),
    ("Mexico will stop Chinese steel from entering as Vietnamese coil.", ("MEX", "other", "enforce")),
])
def test_goods_stopped_from_evading_is_enforcement(sentence, expected):
    _reads(sentence, expected, absent="import_restriction")


# talks or agreements sought to stop the evasion: talks on it, not on the deal
@pytest.mark.parametrize("sentence", [
    "The order directs USTR to seek agreements with Laos and Myanmar to keep Chinese solar panels from being "
    "transshipped through their territory.",
    "The Commerce Department will hold consultations with Thailand and Cambodia on steps to stop Chinese tyres from "
    "being transshipped through their territory.",
])
def test_talks_to_stop_transshipment_are_on_evasion(sentence):
    rows = _triples(sentence)
    assert ("USA", "other", "negotiate") in rows, rows
    assert not any(category == "diplomatic" for _, category, _ in rows), rows


# near misses: goods merely shipped through or kept out, talks on a tariff
@pytest.mark.parametrize("sentence, expected", [
    ("Morocco will stop Russian wheat from being shipped through its ports.", ("MAR", "import_restriction", "restrict")),
    ("Canada will stop Chinese steel from entering its market.", ("CAN", "import_restriction", "restrict")),
    ("The two sides will hold talks next month on the tariff on Peruvian asparagus.", ("PER", "tariff", "negotiate")),
])
def test_goods_shipped_or_kept_out_keep_their_reading(sentence, expected):
    _reads(sentence, expected, absent="other")


# a requirement at entry ended: an import requirement removed
@pytest.mark.parametrize("sentence, expected", [
    ("Chile will no longer require a separate national certificate for U.S.-made insulin pumps that already carry FDA "
     "clearance.", ("CHL", "import_restriction", "remove")),
    ("Kenya will accept U.S. FDA certificates for baby formula and will no longer require a separate sanitary "
     "registration from its standards bureau.", ("KEN", "import_restriction", "remove")),
    ("Morocco will accept U.S. health certificates for poultry, ending a requirement for duplicate inspections that has "
     "kept American poultry out of the market since 2019.", ("MAR", "import_restriction", "remove")),
    # also a listing, an authorization, papers to be legalised, the other side's plants to register
    ("Laos will recognize the U.S. dairy inspection system as equivalent to its own and will no longer require "
     "plant-by-plant listing for U.S. cheese.", ("LAO", "import_restriction", "remove")),
    ("Paraguay will accept vehicles built to U.S. safety standards, and will no longer require prior authorization from "
     "the Ministry of Industry for imports of U.S. tractors.", ("PRY", "import_restriction", "remove")),
    ("Tunisia will accept U.S. FDA approvals for medicines, and will no longer require that shipping documents for U.S. "
     "goods be legalized at a Tunisian consulate.", ("TUN", "import_restriction", "remove")),
    ("Honduras will no longer require U.S. pork plants to register individually.", ("HND", "import_restriction", "remove")),
])
def test_an_entry_requirement_ended_is_removed(sentence, expected):
    rows = _triples(sentence)
    assert expected in rows, rows


# near misses: a plain "not require", the actor's own exporters or investors, a requirement of no trade
@pytest.mark.parametrize("sentence", [
    "Peru will not require a separate national certificate for U.S.-made hearing aids.",
    "Chile ended the requirement that exporters of copper concentrate obtain a licence.",
    "Brazil ended its requirement that foreign investors hold a local partner.",
    "The golf club ended its requirement that members wear ties.",
])
def test_other_requirements_are_no_import_removal(sentence):
    rows = _triples(sentence)
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


# near misses: investors registering, an investment authorization, a plain "not require" (eased, not removed)
def test_investors_and_plain_not_require_keep_their_reading():
    assert not any(c == "import_restriction" for _, c, _ in _triples(
        "Brazil will no longer require foreign investors to register their holdings with the central bank.")), "investors"
    rows = _triples("India will no longer require prior authorization for foreign investment in its insurance sector.")
    assert not any(c == "import_restriction" for _, c, _ in rows), rows
    rows = _triples("Tunisia shall not require that shipping documents for U.S. goods be legalized at a Tunisian consulate.")
    assert ("TUN", "import_restriction", "relax") in rows, rows


# talks on arrangements that would cap the partners' shipments: talks on an import restriction
def test_talks_on_arrangements_limiting_shipments():
    rows = _triples("The Department of Commerce is in active discussions with Vietnam and Malaysia, the two largest "
                    "foreign sources of office chairs, on arrangements that would limit shipments while domestic "
                    "capacity grows.")
    assert ("USA", "import_restriction", "negotiate") in rows, rows
    assert not any(category == "diplomatic" for _, category, _ in rows), rows
    rows = _triples("The Secretary of Commerce will hold talks with Brazil and India on arrangements to cap their exports "
                    "of forged axles to the United States.")
    assert rows and all((category, action) == ("import_restriction", "negotiate") for _, category, action in rows), rows


# near misses: agreements limiting exports to a third country, a party's own cap on its exports
def test_export_limits_elsewhere_keep_their_reading():
    rows = _triples("The two allies will hold talks on agreements to limit exports of advanced chips to China.")
    assert not any(category == "import_restriction" for _, category, _ in rows), rows
    rows = _triples("Indonesia will cap its exports of nickel ore at 10 million tonnes.")
    assert ("IDN", "export_control", "restrict") in rows, rows
