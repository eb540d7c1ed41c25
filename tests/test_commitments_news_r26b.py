"""Round 26, second wave: news sentences the extractor left silent, read by clause structure (any category).

Our own sentences; each mechanism has cases that must stay silent (or keep their old reading).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from

ON = datetime(2026, 11, 30)


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def rows(found, category: str | None = None) -> list[tuple]:
    """(actor, category, action, value_to, amount) of each row, sorted; only ``category`` when given."""
    return sorted((r.actor or "", r.category, r.action, r.value_to, r.amount) for r in found
                  if category is None or r.category == category)


HANOI_LEAD = "HANOI, Nov 3 (Wire) - Vietnam will cut its import duty on Australian barley to 3% from 8%, the trade ministry said."
OSLO_LEAD = "OSLO, Nov 3 (Wire) - Norway will raise its duty on imported lamb to 40% from 25%, the farm ministry said."


# 1. Licences and permits demanded of exporters restrict exports (guide rules 13, 15; a new licensing regime is
#    `restrict`): told by the exporters who "need" or "must obtain" them.
def test_exporters_who_will_need_a_dual_use_licence():
    found = story(HANOI_LEAD,
                  "The ministry said that from January 1 exporters of hafnium and zirconium sponge, along with "
                  "their alloys, would need a dual-use export licence.")
    assert ("VNM", "export_control", "restrict", None, None) in rows(found, "export_control")


def test_a_permit_every_large_shipment_must_obtain_has_no_amount():
    # the tonnage above which the permit is needed is its scope, not a quantity of the measure
    found = story("JAKARTA, Nov 3 (Wire) - An Indonesian court on Tuesday suspended the palm oil board's export rules.",
                  "The ruling also suspends the board's rule that exporters must obtain its permit for every "
                  "shipment of more than 2,000 tonnes.")
    assert ("IDN", "export_control", "restrict", None, None) in rows(found, "export_control")


def test_importers_or_workers_who_need_papers_are_no_export_control():
    found = story(OSLO_LEAD,
                  "Importers of seed potatoes will need a licence from the food authority, officials said.",
                  "Foreign players will still need a work permit under the league's rules.")
    assert rows(found, "export_control") == []


# 2. Papers laid on the goods' entry restrict imports (guide rule 13): "will require all imported X to carry a
#    certification mark", "a rule requiring importers of X to hold a licence" (the rule is the requirement; its
#    main verb gives the status); a body named with its country's adjective acts for that country.
def test_imported_goods_required_to_carry_a_national_mark():
    found = story("MANILA, Nov 3 (Wire) - The Philippines will raise its duty on imported cement, the trade department said.",
                  "Separately, the Bureau of Philippine Standards will require all imported helmets to carry the "
                  "national safety certification mark from March 1.")
    assert ("PHL", "import_restriction", "restrict", None, None) in rows(found, "import_restriction")


def test_a_rule_requiring_importers_to_hold_a_licence_suspended_by_a_court():
    found = story("DILI, Nov 3 (Wire) - Timor-Leste's parliament voted to raise the duty on imported beer, officials said.",
                  "Last month a court suspended the transport ministry's new rule requiring importers of used "
                  "motorcycles to hold a special licence.")
    assert [(r.actor, r.category, r.action, r.status) for r in found if r.category == "import_restriction"] \
        == [("TLS", "import_restriction", "restrict", "suspended")]


def test_goods_from_a_partner_that_need_an_import_licence_are_restricted_by_the_importer():
    found = commitments_from(
        ["The United States and Nicaragua: trade measures.",
         "Imports of raw cane sugar from Nicaragua will require an import licence issued by the Department of Commerce."],
        published_at=ON, title="Fact Sheet: President Donald J. Trump Acts on Imports from Nicaragua")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in found if r.category == "import_restriction"] \
        == [("USA", "NIC", "import_restriction", "restrict")]


def test_shipments_to_be_fumigated_and_a_rule_extending_curbs_stay_silent():
    found = story(OSLO_LEAD,
                  "The sticking point is a rule that requires all grain shipments to be fumigated at the port.",
                  "Traders criticised the rule extending the curbs to frozen fish.")
    assert rows(found, "import_restriction") == []


# 3. A demand that the other party change its own measure is that party's row, `proposed` (guide, News set): the
#    demand reader also reads the measure told by a pronoun named before in the sentence ("scrap them", "lower it to
#    N percent": the level asked for is the new one, the rate named before the earlier one; with no level, a rate only
#    referred to leaves the values empty) and a non-tariff measure asked to be relaxed ("relax its export restrictions").
def test_a_party_asked_to_scrap_them_is_asked_to_scrap_its_own_levies():
    found = story("LIMA, Feb 16 (Wire) - Peru will keep anti-dumping duties on Chilean glass bottles, the commission said.",
                  "The trade ministry in Chile said it opposes the duties, which range from 8.1 per cent to 22.4 "
                  "per cent depending on the maker, and called on Peru to scrap them at once.")
    demanded = [(r.actor, r.counterparty, r.category, r.action, r.status, r.value_from) for r in found
                if r.status == "proposed"]
    assert demanded == [("PER", "CHL", "tariff", "remove", "proposed", None)]


def test_a_rate_asked_to_be_lowered_to_a_level_by_a_pronoun():
    found = story("PHNOM PENH, May 19 (Wire) - Cambodia cut its pledge to buy American farm goods, the ministry said.",
                  "Cambodian shoe makers still pay the 19 percent rate, and the ministry said it was pressing "
                  "Washington to lower it to 12 percent for sandals.")
    assert [(r.actor, r.category, r.action, r.value_from, r.value_to) for r in found if r.status == "proposed"] \
        == [("USA", "tariff", "reduce", 19.0, 12.0)]


def test_a_party_urged_to_relax_its_export_restrictions():
    found = story("JAKARTA, Oct 6 (Wire) - Indonesia delayed its ban on bauxite exports by a year, the ministry said.",
                  "Seoul's trade ministry said it would keep urging Jakarta to relax its export restrictions on "
                  "bauxite.")
    assert [(r.actor, r.counterparty, r.category, r.action) for r in found if r.status == "proposed"] \
        == [("IDN", "KOR", "export_control", "relax")]


def test_asked_to_do_something_that_is_no_measure_stays_silent():
    found = story("LIMA, Feb 16 (Wire) - Peru will keep anti-dumping duties on Chilean glass bottles, the commission said.",
                  "Chile's ambassador called on Peru to review them with an open mind.",
                  "Exporters asked Peru to publish them earlier in the year.")
    assert [r for r in found if r.status == "proposed"] == []
