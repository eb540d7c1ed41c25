"""Round 42 (issue 4), OFS: silent sentences of official pages — enforcement stepped up, an offence acted against.

Mechanisms this round added (docs/commitments.md, Round 42 OFS):
- "step up" / "intensify" / "tighten" with the work of enforcing as object — inspections, checks, origin verification,
  boarding, patrols, (joint) enforcement, a fight, efforts, actions or cooperation against something, cooperation to
  prevent something (`step_up_checks`, reached from `step_up_rate`'s `otherwise`) — is `other` `enforce`;
- "act against" an offence the object names (the `enforce` entry's forms) is `enforce` in that offence's category;
- promotion or pressure stepped up, cooperation on a field, and the tariff and export-control readings of "step up"
  stay as they were.

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)
COOKWARE = ("Fact Sheet: President Donald J. Trump Adjusts Tariffs on Imported Cookware",
            "Today, President Donald J. Trump signed a Proclamation that places a 25 percent tariff on imported cookware.")


def framework(country: str) -> tuple[str, str]:
    return (f"Joint Statement on a Framework for a United States-{country} Agreement on Reciprocal Trade",
            f"The United States and {country} today announced a framework for an Agreement on Reciprocal Trade.")


def rows(page, sentence: str):
    title, lead = page
    found = commitments_from([lead, sentence], published_at=ON, title=title, article_id="r42-ofs")
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_to, r.status)
                  for r in found if r.evidence == sentence)


def enforce(actor, counterparty, status="agreed"):
    return (actor, counterparty, "other", "enforce", None, status)


POSITIVES = [
    # --- enforcement work stepped up (new: step_up_checks)
    (framework("Fiji"), "Fiji will step up boarding of foreign fishing vessels in its exclusive economic zone.",
     [enforce("FJI", "USA")]),
    (COOKWARE, "U.S. Customs and Border Protection will step up origin verification on cast-iron cookware entering "
               "from Thailand.", [enforce("USA", "THA", "implemented")]),
    (framework("Ghana"), "Ghana will step up its fight against illegal gold mining in its river basins.",
     [enforce("GHA", "USA")]),
    (framework("Panama"), "Panama will intensify checks on vessels registered under its flag.", [enforce("PAN", "USA")]),
    (framework("Chile"), "The United States and Chile will intensify cooperation to prevent the transshipment of copper "
                         "products.", [enforce("CHL", "USA"), enforce("USA", "CHL")]),
    (framework("Paraguay"), "Paraguay and the United States will step up cooperation against the smuggling of "
                            "cigarettes.", [enforce("PRY", "USA"), enforce("USA", "PRY")]),
    (framework("Mongolia"), "Mongolia will step up joint enforcement against wildlife trafficking.",
     [enforce("MNG", "USA")]),
    # --- an offence acted against (new form of the enforce entry)
    (framework("Kenya"), "Each side will act against transshipment and customs fraud that undermine the arrangement.",
     [enforce("KEN", "USA"), enforce("USA", "KEN")]),
    (framework("Kenya"), "Kenya will act against the smuggling of sugar across its borders.", [enforce("KEN", "USA")]),
]

NEGATIVES = [
    # promotion, pressure or cooperation on a field stepped up: no measure
    (framework("Uganda"), "The marketing board has stepped up promotion of Ugandan coffee in India.", []),
    (framework("Zambia"), "Zambia stepped up pressure on foreign miners to refine copper at home.", []),
    (framework("Tunisia"), "Tunisia will intensify cooperation with the United States on renewable energy.", []),
    # acting against no offence
    (framework("Ecuador"), "Ecuador will not act against the interests of its own fishermen.", []),
    # the older readings of "step up" keep their rows
    (framework("Kazakhstan"), "Kazakhstan will step up the tariff on imported cars from 15% to 25%.",
     [("KAZ", "USA", "tariff", "raise", 25.0, "agreed")]),
    (framework("Netherlands"), "The Netherlands will step up export controls on lithography machines.",
     [("NLD", "USA", "export_control", "raise", None, "agreed")]),
]


@pytest.mark.parametrize(("page", "sentence", "expected"), POSITIVES + NEGATIVES,
                         ids=[s[:60] for _, s, _ in POSITIVES + NEGATIVES])
def test_official_silent_r42(page, sentence, expected):
    assert rows(page, sentence) == expected


@pytest.mark.xfail(strict=True, reason="'The two Governments' as the subject gives the page's partner only; the "
                                       "subject reading (actors.py) is older than this round and not changed here")
def test_two_governments_step_up_cooperation():
    sentence = "The two Governments will step up cooperation against the smuggling of cigarettes."
    assert rows(framework("Paraguay"), sentence) == [enforce("PRY", "USA"), enforce("USA", "PRY")]


@pytest.mark.xfail(strict=True, reason="tighter inspections of the partner's goods at the border read as an offence "
                                       "fought (`other` `enforce`); rule 13 would make them an import restriction")
def test_inspections_of_partner_goods():
    sentence = "Peru will step up inspections of United States poultry at the border."
    assert rows(framework("Peru"), sentence) == [("PER", "USA", "import_restriction", "restrict", None, "agreed")]
