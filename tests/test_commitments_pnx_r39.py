"""Round 39 (issue 4), PNX: a robustness battery for export controls, import restrictions, market access and talks as
news writers tell them. The team's own sentences (never text from the shared or written pages): each frequent kind of
the open gold in several phrasings (verb forms, word order, noun forms, countries named by name, adjective, capital or
ministry, durations and dates), and near-misses that must give no row.

Read this round: a measure that runs "until the end of March" (`timeexpr._MONTH_END`: the month's last day is the end
date); a permit for goods going out is an export licence ("stop issuing permits for the export of indium"). Dropped (strict xfails, DROPPED_TIGHTEN): a control, curb, licensing or ban "tightened" read as the restriction
at the border its object names. Left as strict xfails, with their cause in the code: the other failures.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)  # a Wednesday

story = partial(bylined_story, published_at=ON)

AREA = ("export_control", "import_restriction", "market_access")

DROPPED_TIGHTEN = pytest.mark.xfail(strict=True, reason="dropped (round 39, /tmp/s39/dropped/pnx_tighten.patch): the "
                                    "tightening verb (tighten_measure) takes sanctions, 'export controls' and embargoes only, "
                                    "as `raise`; widened to controls, curbs, licensing and bans at a border read as `restrict`, "
                                    "it gained 2 open rows on 2 pages and added 3 validation rows, none right")



def read(text, lead=None):
    """(actor, counterparty, category, action) of the rows read from the sentence ``text`` (after ``lead``)."""
    rows = story(lead, text) if lead else story(text)
    return [r for r in rows if text[:30] in (r.evidence or "")]


def four(rows):
    return sorted(((r.actor, r.counterparty, r.category, r.action) for r in rows),
                  key=lambda t: tuple(x or "" for x in t))


def area_or_talks(rows):
    return [r for r in rows if r.category in AREA or r.action == "negotiate"]


# ---------------------------------------------------------------- export controls: restrict
@pytest.mark.parametrize("text, expected", [
    ("Indonesia will halt exports of raw nickel matte to all buyers from January, the mining ministry said on Tuesday.",
     ("IDN", None, "export_control", "restrict")),
    ("Malaysia said on Monday it would restrict exports of rare-earth concentrates to Japan.",
     ("MYS", "JPN", "export_control", "restrict")),
    ("Under the new rules, exporters of lithium hydroxide to South Korea will need a licence from the Chilean trade "
     "ministry.", ("CHL", "KOR", "export_control", "restrict")),
    ("Seoul added 11 Chinese drone makers to its export control list on Monday.", ("KOR", "CHN", "export_control", "restrict")),
    ("Beijing began requiring licences for exports of graphite electrodes to the United States in 2026.",
     ("CHN", "USA", "export_control", "restrict")),
    ("Vietnam will stop issuing export permits for raw cashew to Cambodia from June 1.",
     ("VNM", "KHM", "export_control", "restrict")),
    # a control tightened: the restriction, at the border its object names (dropped this round, strict xfails)
    pytest.param("Japan tightened export controls on lithography lenses to China on Friday.",
                 ("JPN", "CHN", "export_control", "restrict"), marks=DROPPED_TIGHTEN),
    pytest.param("Beijing is tightening controls on shipments of antimony and tungsten to the United States, the commerce "
                 "ministry said.", ("CHN", "USA", "export_control", "restrict"), marks=DROPPED_TIGHTEN),
    pytest.param("Seoul tightened exports of battery separators to Russia last month.",
                 ("KOR", "RUS", "export_control", "restrict"), marks=DROPPED_TIGHTEN),
])
def test_export_restricted(text, expected):
    assert expected in four(read(text))


# a permit for goods going out is an export licence (round 39): "permits for the export of", not only "licences"
@pytest.mark.parametrize("text, expected", [
    ("Beijing will stop issuing permits for the export of indium to Japan.", ("CHN", "JPN", "export_control", "restrict")),
    ("Lusaka stopped issuing permits for manganese exports in May.", ("ZMB", None, "export_control", "restrict")),
    ("From April, Ghana will require a permit for the export of unprocessed shea nuts.",
     ("GHA", None, "export_control", "restrict")),
    # an import permit stays the import side's
    ("Kenya stopped issuing import permits for Tanzanian maize on Friday.", ("KEN", "TZA", "import_restriction", "restrict")),
])
def test_export_permits(text, expected):
    assert expected in four(read(text))


@pytest.mark.xfail(strict=True, reason="'require exporters of X to obtain a permit': the require_licence cue (default "
                   "export_control) takes its category from the object, where a bare 'permit' is an import paper; the "
                   "exporters named before the permit are not read")
def test_exporters_required_to_obtain_a_permit():
    assert ("CHL", "CHN", "export_control", "restrict") in four(
        read("Chile will require exporters of copper cathode to obtain a permit for each shipment to China."))


def test_a_ban_for_a_number_of_days():
    row = next(r for r in read("Argentina banned beef exports to China for 30 days, the agriculture ministry said.")
               if r.category == "export_control")
    assert (row.actor, row.counterparty, row.action, row.duration_days) == ("ARG", "CHN", "restrict", 30)


def test_a_ban_told_by_its_length_before_the_noun():
    row = next(r for r in read("Kazakhstan imposed a six-month ban on exports of sunflower seeds on Friday.")
               if r.category == "export_control")
    assert (row.actor, row.action, row.duration_days) == ("KAZ", "restrict", 180)


def test_a_curb_until_the_end_of_a_month():
    # (round 39) "until the end of March": the month's last day is the end date
    row = next(r for r in read("India said it would curb shipments of onions to Bangladesh until the end of March.")
               if r.category == "export_control")
    assert (row.actor, row.counterparty, row.action, row.end_date) == ("IND", "BGD", "restrict", date(2028, 3, 31))


@DROPPED_TIGHTEN
def test_tighter_controls_on_re_exports_fight_an_evasion():
    # tighter checks on re-exports are enforcement, as the gold reads them
    assert ("KAZ", "RUS", "export_control", "enforce") in four(
        read("Kazakhstan will tighten its controls on re-exports of dual-use goods to Russia."))


@pytest.mark.xfail(strict=True, reason="no row: the goods' exports as the subject of 'will require a licence', the party "
                   "only in the attribution after the clause (the actor reader looks before the cue)")
def test_exports_that_will_require_a_licence():
    assert ("TWN", "VNM", "export_control", "restrict") in four(
        read("Exports of gallium wafers to Vietnam will require a licence from March 1, Taiwan's economy ministry said."))


@DROPPED_TIGHTEN
def test_licensing_tightened():
    # bare licensing or controls tightened are export controls (the open pages' reading, round 38 CAT)
    assert ("NLD", "CHN", "export_control", "restrict") in four(
        read("The Dutch government will tighten its licensing of ion-implant tools bound for China."))


# ---------------------------------------------------------------- export controls: lift, ease, extend, suspend
@pytest.mark.parametrize("text, expected", [
    ("Ukraine lifted its ban on sunflower oil exports to Poland on Wednesday.", ("UKR", "POL", "export_control", "remove")),
    ("The Indian government scrapped the export curbs on basmati rice to Iran on Thursday.",
     ("IND", "IRN", "export_control", "remove")),
    ("Seoul agreed to relax controls on exports of drone parts to Poland under the deal.",
     ("KOR", "POL", "export_control", "relax")),
    ("Tokyo relaxed curbs on exports of hydrogen fluoride to Seoul.", ("JPN", "KOR", "export_control", "relax")),
    ("Beijing loosened its licensing rules for gallium exports to Europe last week.", ("CHN", "EUN", "export_control", "relax")),
])
def test_export_control_eased_or_lifted(text, expected):
    assert expected in four(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Russia extended its ban on gasoline exports until December 31, the energy ministry said.",
     ("RUS", "extend", None, date(2027, 12, 31))),
    ("Vietnam will extend its rice export restrictions to the Philippines by another six months.",
     ("VNM", "extend", 180, None)),
    ("Beijing will suspend for 12 months its licensing requirement on graphite exports to Australia.",
     ("CHN", "suspend", 360, None)),
])
def test_export_control_prolonged_or_paused(text, expected):
    rows = [(r.actor, r.action, r.duration_days, r.end_date) for r in read(text) if r.category == "export_control"]
    assert expected in rows


@pytest.mark.xfail(strict=True, reason="'restrictions on chip-tool sales to X': the object names no category "
                   "(_object_categories gives none: a sale abroad is no export word) and the ease cue needs one")
def test_restrictions_on_sales_eased():
    assert ("USA", "KOR", "export_control", "relax") in four(
        read("Washington eased restrictions on chip-tool sales to South Korea's memory makers, the Commerce Department "
             "said on Friday."))


# ---------------------------------------------------------------- import restrictions
@pytest.mark.parametrize("text, expected", [
    ("Seoul is barring shipments of beef from Ireland after a case of mad cow disease, officials said.",
     ("KOR", "IRL", "import_restriction", "restrict")),
    ("Mexico lifted its ban on Chilean avocados on Tuesday.", ("MEX", "CHL", "import_restriction", "remove")),
    ("Under the deal, Egypt will remove its import licensing requirement for U.S. dairy products.",
     ("EGY", "USA", "import_restriction", "remove")),
    ("Canberra will ease its ban on imports of New Zealand honey from January.",
     ("AUS", "NZL", "import_restriction", "relax")),
    ("The Philippines stopped issuing import permits for Chinese garlic on Monday, the plant industry bureau said.",
     ("PHL", "CHN", "import_restriction", "restrict")),
    # a curb tightened (dropped this round, strict xfail)
    pytest.param("India tightened curbs on imports of yellow peas from Canada on Friday.",
                 ("IND", "CAN", "import_restriction", "restrict"), marks=DROPPED_TIGHTEN),
])
def test_import_restricted_or_eased(text, expected):
    assert expected in four(read(text))


def test_an_import_ban_for_a_number_of_days():
    row = next(r for r in read("The Philippines will ban imports of poultry from Brazil's Santa Catarina state for 60 days, "
                               "the agriculture department said.") if r.category == "import_restriction")
    assert (row.actor, row.counterparty, row.action, row.duration_days) == ("PHL", "BRA", "restrict", 60)


def test_a_ban_kept_until_a_date():
    row = next(r for r in read("The ban on Thai shrimp will stay in place until June 30, Australian officials said.")
               if r.category == "import_restriction")
    assert (row.actor, row.counterparty, row.action, row.end_date) == ("AUS", "THA", "maintain", date(2028, 6, 30))


def test_an_import_ban_extended_by_years():
    row = next(r for r in read("Nigeria extended its ban on imported rice by another two years.")
               if r.category == "import_restriction")
    assert (row.actor, row.action, row.duration_days) == ("NGA", "extend", 730)


@pytest.mark.xfail(strict=True, reason="no row: a passive with the goods as subject and the party in a 'by' phrase "
                   "('have been suspended by Saudi Arabia'); no cue reads the participle after 'have been'")
def test_imports_suspended_by_a_party():
    assert ("SAU", "POL", "import_restriction", "restrict") in four(
        read("Imports of Polish eggs have been suspended by Saudi Arabia pending a veterinary review."))


@pytest.mark.xfail(strict=True, reason="'its ban on ractopamine pork': _object_categories finds no category in the "
                   "object (it does for 'its ban on frozen pork'), so the scrap cue's default `other` is taken")
def test_a_ban_on_goods_named_by_an_additive():
    assert ("TWN", "USA", "import_restriction", "remove") in four(
        read("Taipei agreed to scrap its ban on ractopamine pork from the United States."))


@pytest.mark.xfail(strict=True, reason="the participle clause after the eased restriction ('allowing shipments with a "
                   "certificate') is read as a second row of the same step")
def test_a_relaxation_and_its_participle_are_one_row():
    rows = [r for r in read("Kenya relaxed its restrictions on Ugandan milk powder, allowing shipments with a health "
                            "certificate.") if r.category == "import_restriction"]
    assert [(r.actor, r.counterparty, r.action) for r in rows] == [("KEN", "UGA", "relax")]


# ---------------------------------------------------------------- market access
@pytest.mark.parametrize("text, expected", [
    ("Vietnam will open its market to Australian table grapes from next season.", ("VNM", "AUS", "market_access", "relax")),
    ("China approved 12 more Brazilian beef plants to export to its market on Wednesday.",
     ("CHN", "BRA", "market_access", "relax")),
    ("Under the agreement, Indonesia will recognise U.S. vehicle safety standards.", ("IDN", "USA", "market_access", "relax")),
    ("The EU agreed to accept New Zealand's organic certification for kiwifruit.", ("EUN", "NZL", "market_access", "relax")),
    ("South Africa has agreed to allow imports of American pork ribs, the U.S. Trade Representative said.",
     ("ZAF", "USA", "market_access", "relax")),
])
def test_market_opened(text, expected):
    assert expected in four(read(text))


@pytest.mark.xfail(strict=True, reason="no row for 'grant(ed) access for X' (read with 'market access to' or 'X access "
                   "to its market') nor for goods that 'gained access to' a market: no cue takes goods as the subject")
@pytest.mark.parametrize("text", [
    "Japan granted access for Peruvian blueberries on Monday, ending a six-year wait.",
    "Peruvian blueberries gained access to the Japanese market on Monday.",
])
def test_access_granted_as_a_noun(text):
    assert ("JPN", "PER", "market_access", "relax") in four(read(text))


@pytest.mark.xfail(strict=True, reason="'registered 30 more U.S. dairy establishments': approve_plants' premises after a "
                   "country adjective are plants, packhouses, mills, farms ... but not establishments ('dairy plants' reads)")
def test_plants_registered():
    assert ("THA", "USA", "market_access", "relax") in four(
        read("Thailand's agriculture ministry registered 30 more U.S. dairy establishments this week."))


# ---------------------------------------------------------------- talks and approvals
@pytest.mark.parametrize("text, expected", [
    ("India and the European Union agreed on Friday to resume talks on a free trade agreement.",
     [("EUN", "IND", "diplomatic", "negotiate"), ("IND", "EUN", "diplomatic", "negotiate")]),
    ("Canada and Ecuador will hold a second round of talks in Quito next month, the trade ministry said.",
     [("CAN", "ECU", "diplomatic", "negotiate"), ("ECU", "CAN", "diplomatic", "negotiate")]),
    ("Mexico is negotiating with Brazil over duties on cars, the economy minister said.",
     [("BRA", "MEX", "tariff", "negotiate"), ("MEX", "BRA", "tariff", "negotiate")]),
    ("Officials from Kenya and the United Kingdom are due to meet in Nairobi on March 3 to discuss the deal.",
     [("GBR", "KEN", "diplomatic", "negotiate"), ("KEN", "GBR", "diplomatic", "negotiate")]),
    ("Talks between Peru and Thailand on the pact will continue in Bangkok next week.",
     [("PER", "THA", "diplomatic", "negotiate"), ("THA", "PER", "diplomatic", "negotiate")]),
    ("Morocco and Nigeria signed a memorandum to begin negotiations on a gas pipeline deal.",
     [("MAR", "NGA", "diplomatic", "negotiate"), ("NGA", "MAR", "diplomatic", "negotiate")]),
])
def test_talks_of_two_parties(text, expected):
    assert [t for t in four(read(text)) if t[3] == "negotiate"] == expected


def test_talks_sought_on_a_tariff():
    assert ("IDN", "USA", "tariff", "negotiate") in four(
        read("Indonesia is seeking talks with Washington on its 32 percent tariff."))


@pytest.mark.parametrize("text, actor", [
    ("The agreement still needs to be ratified by Chile's Congress.", "CHL"),
    ("Norway's parliament will vote on the accord next month.", "NOR"),
])
def test_an_approval_still_ahead(text, actor):
    assert [(r.actor, r.action) for r in read(text) if r.action == "negotiate"] == [(actor, "negotiate")]


# ---------------------------------------------------------------- a refusal is a row of its own status
def test_a_ban_not_lifted_is_refused():
    rows = read("Indonesia's trade minister said Jakarta would not lift its ban on beef offal from Brazil, despite "
                "pressure from Brasilia.")
    assert [(r.actor, r.counterparty, r.category, r.action, r.status) for r in rows] == \
        [("IDN", "BRA", "import_restriction", "remove", "rejected")]


# ---------------------------------------------------------------- negatives: no row of the area
@pytest.mark.parametrize("text", [
    "Analysts expect India to lift the onion export ban before the harvest.",
    "Exporters fear Beijing could tighten controls on antimony further, a consultant said.",
    "Exports of soybeans to China fell 12 percent in October.",
    "A ban on Thai shrimp would hurt Australian restaurants, the industry association said.",
    "The ministry denied reports that talks with Canada had resumed.",
    "The tightening of export controls on chips since 2022 has cost Dutch toolmakers billions, analysts said.",
    "Traders are tightening their belts as shipments of cocoa to Europe fall.",
    "Officials in Hanoi want to tighten ties with Canberra.",
    "Lenders tightened credit to Argentine exporters of soybean meal last year.",
    "Chile tightened rules on water use by lithium miners in the Atacama.",
    "The country tightened its grip on the cobalt market, traders said.",
    # ownership or investment rules tightened are no trade measure (the dropped widening had to be kept from them)
    "Beijing tightened restrictions on foreign ownership of brokerages last year.",
    "Canberra will tighten curbs on foreign investment in farmland.",
])
def test_no_row(text):
    assert area_or_talks(read(text)) == []


# (PNP's `_LOBBY_BODY`, merged in the same round, knows "farm / business / industry groups" as lobbies)
def test_a_lobby_wish_is_no_row():
    assert area_or_talks(read("Farm groups want Seoul to scrap its ban on U.S. potatoes.")) == []
