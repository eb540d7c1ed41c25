"""Round 40 (issue 4), CTX: silent sentences that name no party, the party taken from the context.

The team's own sentences (never text from the shared or written pages).

- A duty told before, then when it was first laid ("The duty was first imposed in 2019.", "The safeguard was first
  imposed in March 2024 at 18 per cent.", "The levy was first suspended in January"): the start of the measure the
  page told, a row of the party whose duty it is (round 28 read it so for bans and curbs only), `tariff` `impose` (or
  `suspend`), `implemented`, with the rate the sentence states.
- A ban told after a prohibition ("extended its prohibition on imports of onions ... The ban was first put in place in
  2022"): the same restriction under another of its nouns.
- Left alone: two parties' duties in the sentence before (whose duty is "the duties" is not told: no row), no duty
  on the page before (a club's levy), a start only proposed, a start the chain already reads with its named party, a
  tax after a ban (no duty told before).
- Left unread (xfail): an owner of a restriction told by its body alone ("Importers will need a permit from the
  ministry"), tried as the page's restriction owner and dropped (most such rows then took a wrong category or action).
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 3, 1, tzinfo=timezone.utc)


def _rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.status) for r in rows)


# the start of a duty told before: its party's `impose` (or `suspend`), with the sentence's rate
@pytest.mark.parametrize("paragraphs, expected", [
    (("Ghana raised its import duty on frozen chicken to 35 per cent on Monday, the finance ministry said.",
      "The duty was first imposed in 2019."),
     ("GHA", "tariff", "impose", None, None, "implemented")),
    (("Peru extended its safeguard duty on imported steel wire for two more years, the trade ministry said.",
      "The safeguard was first imposed in March 2024 at 18 per cent."),
     ("PER", "tariff", "impose", None, 18.0, "implemented")),
    (("Jordan will keep its levy on imported cement until June, officials in Amman said.",
      "The levy was first introduced in 2021 as a temporary 10 per cent charge."),
     ("JOR", "tariff", "impose", None, 10.0, "implemented")),
    (("Kenya raised its levy on imported sugar to 5 per cent on Tuesday.",
      "The levy was first suspended in January after retail prices soared."),
     ("KEN", "tariff", "suspend", None, None, "implemented")),
    (("Chile kept its anti-dumping duties on Chinese grinding balls at 24 per cent for another year.",
      "Those duties were first imposed in 2021, after a complaint from two domestic mills."),
     ("CHL", "tariff", "impose", None, None, "implemented")),
])
def test_a_duty_told_before_then_its_first_start(paragraphs, expected):
    rows = _rows(*paragraphs)
    assert expected in rows, rows


# a ban told after the party's prohibition: the same restriction
def test_a_ban_after_a_prohibition_is_the_same_restriction():
    rows = _rows("Namibia last week extended its prohibition on imports of onions and cabbages until March 2029.",
                 "The ban was first put in place in 2022 and has been renewed twice since.")
    assert ("NAM", "import_restriction", "restrict", None, None, "implemented") in rows, rows


# negatives
def test_two_parties_duties_before_give_no_start():
    rows = _rows("Brazil raised its duty on Argentine wine to 20 per cent, and Argentina raised its duty on Brazilian "
                 "shoes to 18 per cent.",
                 "The duties were first imposed in 2020.")
    assert not [r for r in rows if r[2] == "impose"], rows


def test_no_duty_told_before_gives_no_row():
    rows = _rows("The league fined the club for two missed payments to a former owner.",
                 "The levy was first imposed in 2019.")
    assert rows == [], rows


def test_a_start_only_proposed_gives_no_row():
    rows = _rows("Ghana raised its import duty on frozen chicken to 35 per cent on Monday.",
                 "The duty was first proposed in 2019.")
    assert not [r for r in rows if r[2] == "impose"], rows


def test_a_named_start_keeps_one_row():
    rows = _rows("Ghana raised its import duty on frozen chicken to 35 per cent on Monday.",
                 "Ghana's duty was first imposed in 2019.")
    assert len([r for r in rows if r[2] == "impose"]) == 1, rows


def test_a_tax_after_a_ban_is_no_duty_start():
    rows = _rows("Zambia banned exports of maize on Friday to protect domestic stocks.",
                 "The tax was first introduced in 2018.")
    assert not [r for r in rows if r[1] == "tariff"], rows


@pytest.mark.xfail(reason="a restriction's owner told by its body alone: the page's restriction owner was tried and "
                          "dropped (precision 0.29 on the open pages: the rows then showed the chain's wrong "
                          "categories and actions); /tmp/s40/dropped/ctx_ownerless_restrictions.patch", strict=True)
def test_a_restriction_told_by_its_body_alone():
    rows = _rows("Senegal raised its duty on imported onions to 20 per cent on Monday.",
                 "Importers of onions will in addition need a permit from the commerce ministry.")
    assert ("SEN", "import_restriction", "restrict", None, None, "announced") in rows, rows
