"""Round 42 (issue 4), CAT2: rows paired with the gold but wrong in category — restrictions read `other`.

The team's own sentences (never text from the shared or written pages).

- A restriction lifted whose goods come after the restriction's own clause ("lift, from 1 March, the curbs it placed on
  Polish beef in 2023", "the restrictions they imposed last year on Kenyan tea") or after "that" ("dropped its
  requirement that Chilean grapes be fumigated"): the goods named by their origin are stopped at the actor's border,
  `import_restriction` `remove` (guide rule 13; the Round 35 gold pass: a ban or restrictions on a country's product as
  such stay `import_restriction`), not the remove cue's default `other`.
- A restriction ended right after the actor lets the goods in ("will start accepting pork from pigs of any weight,
  ending a restriction that has soured farm ties"; "ready to allow imports of US maize for feed, ending a ban that has
  pushed mills to buy elsewhere"): the restriction ended is the one on those imports, `import_restriction` `remove`.
- Left alone: a requirement laid on a party's people or firms ("that U.S. banks hold local capital"), a restriction on
  the actor's own exports ("the curbs it placed on exports of Polish beef"), a restriction ended after a step that lets
  no goods in ("signed the accord, ending a dispute"), a tariff ended.
"""
import pytest

from tests.commitment_text import commitments_from
from tests.test_commitments_category_r41 import WHEN, _reads, _triples  # (round 41's helpers, one news story)


# a restriction's own clause or "that" between it and the goods named by their origin
@pytest.mark.parametrize("sentence, party", [
    ("Mongolia's customs agency will lift, from 1 March, the restrictions it placed on Polish beef and dairy in 2023 "
     "after an outbreak of foot-and-mouth disease.", "MNG"),
    ("Uganda will lift the curbs it imposed last year on Kenyan tea and milk, the trade ministry said.", "UGA"),
    ("Peru said it would scrap the restrictions it has applied since 2021 on Bolivian beef.", "PER"),
    ("South Korea also dropped its requirement that Chilean apples be fumigated at the port.", "KOR"),
    ("Ghana will abolish its rule that Nigerian poultry be tested twice at the border.", "GHA"),
])
def test_restriction_on_foreign_goods_after_its_own_clause(sentence, party):
    _reads(sentence, (party, "import_restriction", "remove"), "other")


# a restriction ended right after the goods are let in
@pytest.mark.parametrize("sentence, party", [
    ("Vietnam will start accepting pork from pigs of any weight from March 1, ending a restriction that has soured "
     "the two countries' farm ties for a decade.", "VNM"),
    ("Egypt said it was ready to allow imports of US genetically modified maize for feed, ending a ban that has pushed "
     "mills to buy from Argentina.", "EGY"),
    ("The Philippines will admit chilled chicken from every Brazilian state, ending a restriction that had confined "
     "shipments to the south.", "PHL"),
])
def test_restriction_ended_after_goods_let_in(sentence, party):
    _reads(sentence, (party, "import_restriction", "remove"), "other")


# near misses: people or firms, the actor's own exports, an end after no goods let in, a tariff ended
def test_requirement_on_foreign_banks_is_no_import_restriction():
    rows = _triples("Nepal dropped its requirement that Indian banks hold local capital, the central bank said.")
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


def test_curbs_on_own_exports_stay_export_controls():
    rows = _triples("Poland will lift the curbs it placed on exports of Polish beef in 2023, the ministry said.")
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


def test_dispute_ended_is_no_import_restriction():
    rows = _triples("Chile signed the accord with Peru on Monday, ending a dispute that had soured relations for years.")
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


def test_tariff_scrapped_with_an_end_clause_stays_tariff():
    rows = _triples("Kenya will scrap its 10 percent duty on Ugandan sugar, ending a quarrel that has dragged on "
                    "since 2023.")
    assert ("KEN", "tariff", "remove") in rows, rows
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


def test_plain_restrictions_on_foreign_goods_unchanged():
    # already read at base: the restriction directly before its goods
    _reads("Mongolia will lift the restrictions on Polish beef and dairy.", ("MNG", "import_restriction", "remove"),
           "other")


def test_ban_ended_after_firms_let_in_is_no_import_restriction():
    rows = _triples("Angola will allow foreign banks to open branches in Luanda, ending a ban that has stood since "
                    "2015.")
    assert not any(category == "import_restriction" for _, category, _ in rows), rows


@pytest.mark.xfail(reason="a suspension of named plants ended: the end cue's object reads it `import_restriction` "
                          "`remove` before this round's rule (which leaves suspensions out); Round 35's `market_access` "
                          "`relax` left, as round 41 CAT's plant patch", strict=True)
def test_suspension_of_plants_ended_is_access_restored():
    rows = _triples("Saudi Arabia will allow four Brazilian poultry plants to ship again, ending a suspension imposed "
                    "in May over labelling errors.")
    assert ("SAU", "market_access", "relax") in rows, rows


def _levels(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


_EXEMPTION_LEFT = ("a duty laid ', ending' an exemption read as one raise from zero moved two open pages, neither by a "
                   "named writer (gate: three pages by two writers); dropped, /tmp/s42/dropped/cat2_duty_laid_ending_exemption.patch")


# a duty laid, then ", ending" the goods' exemption or duty-free entry: one raise from zero (convention 4; the guide's
# "ending an exemption stays `raise`"), left
@pytest.mark.xfail(reason=_EXEMPTION_LEFT, strict=True)
@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam will start charging a flat 8 percent customs duty on imported parcels worth less than $50 from March 1, "
     "ending an exemption that local shops say has favoured foreign platforms.", ("VNM", "tariff", "raise", 0.0, 8.0)),
    ("Ecuador first imposed the 12% levy on cotton yarn in 2022, ending more than a decade of duty-free imports, to "
     "shield its spinners.", ("ECU", "tariff", "raise", 0.0, 12.0)),
])
def test_duty_laid_ending_an_exemption_is_a_raise_from_zero(sentence, expected):
    rows = _levels(sentence)
    assert expected in rows, rows
    assert not any(category == "other" for _, category, _, _, _ in rows), rows


def test_duty_laid_ending_a_dispute_stays_impose():
    # what ends is no freedom from the duty: the duty laid keeps its plain reading
    rows = _levels("Vietnam will charge a 8 percent duty on imported parcels from March 1, ending a dispute with "
                   "its retailers.")
    assert ("VNM", "tariff", "impose", None, 8.0) in rows, rows
