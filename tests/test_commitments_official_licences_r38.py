"""Round 38 (issue 4), OL: official sentences where nothing is emitted — a partner's approvals taken as one's own.

- Goods registered because the United States already approved them ("will register U.S. medicines already approved by
  the FDA", "registers American pesticides cleared by the U.S. Environmental Protection Agency") are the other side's
  regulatory decision taken as one's own: `market_access` `relax` (guide rule 14, standards recognition), as "accept
  medicines approved by the FDA" already was. "register" alone (plants, packhouses) stays the plant listing it was.
- Premises the other side approved, listed or recognised ("will list U.S. establishments approved by the U.S.
  Department of Agriculture", "recognise dairy plants approved by USDA") are the plant listing eased: `import_restriction`
  `relax` (guide: establishments registered or certificates accepted are import_restriction).
- Products that "have received authorization from the U.S. Food and Drug Administration" name the same approval as
  "approved by the FDA".

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)


def page(country: str, sentence: str):
    title = f"Fact Sheet: President Donald J. Trump Secures a Reciprocal Trade Agreement with {country}"
    lead = (f"Today, President Donald J. Trump secured an agreement with {country} that opens {country}'s market to "
            f"American goods.")
    rows = commitments_from([lead, sentence], published_at=ON, title=title, article_id="r38-ol")
    return sorted((r.actor, r.counterparty, r.category, r.action) for r in rows if r.evidence == sentence)


POSITIVES = [
    ("Peru", "Peru will register American medical devices already cleared by the U.S. Food and Drug Administration "
             "within 60 days.", [("PER", "USA", "market_access", "relax")]),
    ("Fiji", "Fiji will register U.S. medicines approved by the FDA through a 30-day procedure.",
     [("FJI", "USA", "market_access", "relax")]),
    ("Nepal", "Nepal shall register veterinary drugs that are authorized in the United States without new trials.",
     [("NPL", "USA", "market_access", "relax")]),
    ("Togo", "Togo will register agricultural chemicals already registered by the U.S. Environmental Protection "
             "Agency.", [("TGO", "USA", "market_access", "relax")]),
    ("Laos", "Laos will accept medicines that have received authorization from the U.S. Food and Drug Administration.",
     [("LAO", "USA", "market_access", "relax")]),
    ("Benin", "Benin shall accept diagnostic kits holding a clearance from the FDA.",
     [("BEN", "USA", "market_access", "relax")]),
    ("Laos", "Laos will register U.S. pet foods that are approved in the United States within 45 days.",
     [("LAO", "USA", "market_access", "relax")]),
]


# premises the other side approved: the plant listing, an import formality eased
PREMISES = [
    ("Chile", "Chile will list U.S. establishments approved by the U.S. Department of Agriculture for beef exports.",
     [("CHL", "USA", "import_restriction", "relax")]),
    ("Oman", "Oman shall recognize dairy plants approved by the United States Department of Agriculture and list them "
             "without an on-site audit.", [("OMN", "USA", "import_restriction", "relax")]),
    ("Qatar", "Qatar will accept poultry facilities certified by USDA.", [("QAT", "USA", "import_restriction", "relax")]),
    ("Peru", "Peru will register beef slaughterhouses that have been inspected by the Food Safety and Inspection "
             "Service.", [("PER", "USA", "import_restriction", "relax")]),
]


@pytest.mark.parametrize("country,sentence,expected", PREMISES, ids=[s[:40] for _, s, _ in PREMISES])
def test_premises_the_partner_approved_are_listed(country, sentence, expected):
    assert page(country, sentence) == expected


@pytest.mark.parametrize("country,sentence,expected", POSITIVES, ids=[s[:40] for _, s, _ in POSITIVES])
def test_a_partners_approval_taken_as_ones_own(country, sentence, expected):
    assert page(country, sentence) == expected


# still read as before
KEPT = [
    ("Fiji", "Fiji will accept medicines approved by the FDA.", [("FJI", "USA", "market_access", "relax")]),
    ("Kenya", "Kenya will register 40 more U.S. packhouses for apple exports.", [("KEN", "USA", "market_access", "relax")]),
    ("Mongolia", "Mongolia will recognize marketing authorizations from the U.S. Food and Drug Administration.",
     [("MNG", "USA", "market_access", "relax")]),
    # goods from premises the other side inspected: the goods accepted, market access
    ("Oman", "Oman will accept lamb from abattoirs inspected by USDA without a separate audit.",
     [("OMN", "USA", "market_access", "relax")]),
    # a recognised inspection system stays market access, plants named after it or not
    ("Chile", "Chile will recognize the U.S. meat inspection system as equivalent to its own, so that American pork "
              "plants approved by USDA can ship without new audits.", [("CHL", "USA", "market_access", "relax")]),
]


@pytest.mark.parametrize("country,sentence,expected", KEPT, ids=[s[:40] for _, s, _ in KEPT])
def test_kept_readings(country, sentence, expected):
    assert page(country, sentence) == expected


NEGATIVES = [
    # a registration of one's own firms or voters: no partner's approval
    ("Peru", "Peru will register all domestic exporters in a new online database."),
    ("Fiji", "Fiji will register voters for the 2028 election."),
    # approved by one's own regulator: no recognition of the partner
    ("Togo", "Togo will register medicines already approved by its own health ministry."),
    # a firm's registration with the FDA: a home formality, nothing the partner does
    ("Laos", "Exporters from Laos must register with the U.S. Food and Drug Administration before shipping."),
    # authorization from the FDA sought by a firm: no commitment
    ("Benin", "The company received authorization from the U.S. Food and Drug Administration last year."),
    # plants approved by one's own ministry: no recognition of the partner
    ("Chile", "Chile will list establishments approved by its own agriculture ministry."),
]


@pytest.mark.parametrize("country,sentence", NEGATIVES, ids=[s[:40] for _, s in NEGATIVES])
def test_no_recognition_row(country, sentence):
    assert page(country, sentence) == []
