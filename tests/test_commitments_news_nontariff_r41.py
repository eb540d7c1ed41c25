"""Round 41 (issue 4), NSX: silent news sentences outside tariffs. The team's own sentences (never text from the shared
or written pages).

Read this round: papers laid on traders and goods as news writers tell them.
- a licence the exporters or importers have needed ("exporters of tungsten needed a licence from Hanoi", "exporters of
  satellite parts from Israel have needed a strategic trade permit"): `need_licence`'s past form; the traders' home told
  after them ("exporters ... from Israel", "importers in Ghana") names the party (`_TRADERS_FROM_PARTY`);
- goods "put under licence" (`export_control` `restrict`: the lexicon's `put_under_controls`, place_under_controls'
  object reached from "put");
- papers or checks laid on each consignment, or on goods told by where they were made ("will require a phytosanitary
  certificate for every consignment", "has required every Turkish-built truck to pass a conformity check":
  `require_import_papers`'s object);
- papers a party "still" requires are kept (`maintain`).
Near-misses: a loan or a visa needed, a permit for a farmer or an airline, patents put under licence to a firm, an
employee's test or a job applicant's certificate, a guarantee for every loan.
"""
from __future__ import annotations

import pytest

from tests.test_commitments_news_other_r40 import read


@pytest.mark.parametrize("text, expected", [
    ("From March 1, 2026, exporters of tungsten needed a licence from Hanoi.",
     ("VNM", None, "export_control", "restrict")),
    ("Since May, exporters of satellite components from Israel have needed a strategic trade permit from the defence "
     "ministry.", ("ISR", None, "export_control", "restrict")),
    ("Since 2024, Kenyan exporters have needed a permit for each consignment of tea.",
     ("KEN", None, "export_control", "restrict")),
    ("Since 2024, importers in Ghana have needed a permit for each consignment of frozen chicken.",
     ("GHA", None, "import_restriction", "restrict")),
])
def test_a_licence_the_traders_have_needed(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("In May 2024 Vietnam put tungsten and bismuth under licence.", ("VNM", None, "export_control", "restrict")),
    ("In March, Kazakhstan put uranium concentrate and beryllium under export licensing.",
     ("KAZ", None, "export_control", "restrict")),
])
def test_goods_put_under_licence(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("South Africa will also require a phytosanitary certificate for every consignment of citrus shipped from Egypt "
     "from June 1.", ("ZAF", "EGY", "import_restriction", "restrict")),
    ("Since March, Morocco has required every Turkish-built truck to pass an additional conformity check.",
     ("MAR", "TUR", "import_restriction", "restrict")),
    ("Indonesia's quarantine agency will require each shipment of Australian cattle to be tested for lumpy skin "
     "disease.", ("IDN", "AUS", "import_restriction", "restrict")),
])
def test_papers_or_checks_laid_on_each_consignment(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Japan still requires each lot of Thai mangoes to carry a vapour-heat treatment certificate.",
     ("JPN", "THA", "import_restriction", "maintain")),
    ("Ghanaian exporters still need a licence for each cocoa shipment.", ("GHA", None, "export_control", "maintain")),
])
def test_papers_still_required_are_kept(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", [
    "Exporters in Peru needed a loan to survive the drought.",
    "Tourists from Japan needed a visa from the embassy until 2024.",
    "Farmers in Kenya needed a permit from the county to sell milk.",
    "The airline needed a permit from Peru's aviation authority to land in Lima.",
    "The Vietnamese firm put its battery patents under licence to a Korean carmaker.",
    "Chile will require every employee to pass a safety test.",
    "Chile will require a certificate of good conduct from every Peruvian job applicant.",
    "The bank will require a guarantee for every loan to Turkish builders.",
])
def test_no_row_for_other_papers(text):
    assert read(text) == []


@pytest.mark.xfail(strict=True, reason="a party that makes its firms obtain a licence ('will make Swedish firms obtain an "
                   "export licence'): 'make' is no cue, and one open page tells it")
def test_firms_made_to_obtain_a_licence():
    assert read("Sweden will make Swedish firms obtain an export licence before servicing radar systems sold to "
                "Turkey.") == [("SWE", "TUR", "export_control", "restrict")]


# Also read: a restriction kept told by "would stay" (the lexicon's `remain` form "stay", guarded as the bare "stays" is:
# the subject a restriction whose trade is told, the clause ending or "until", "in force"), licensing as such a subject,
# and a ban on goods shipped "abroad" an export control.
@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan said the ban on wheat exports, in place since 2022, would stay until March 31.",
     ("KAZ", None, "export_control", "maintain")),
    ("Guinea's mines ministry said the ban on shipping raw bauxite abroad, in force since 2023, would stay.",
     ("GIN", None, "export_control", "maintain")),
    ("Chile's agriculture minister said the ban on Brazilian beef would stay until the outbreak was over.",
     ("CHL", "BRA", "import_restriction", "maintain")),
    ("Kazakhstan said its ban on raw bauxite shipments abroad would stay in force.",
     ("KAZ", None, "export_control", "maintain")),
    ("Vietnam said its licensing of tungsten exports would stay until March.", ("VNM", None, "export_control", "maintain")),
])
def test_a_restriction_that_would_stay_is_kept(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", [
    "The minister said she would stay until March.",
    "Analysts said copper prices would stay high until March.",
    "Peru's central bank said the 5 per cent rate would stay until June.",
    "Kazakhstan said the ban on selling farmland abroad would stay.",
    "Vietnam said the licensing of taxi drivers would stay.",
])
def test_no_kept_restriction_for_other_things_that_stay(text):
    assert read(text) == []
