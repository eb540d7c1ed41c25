"""Round 39 (issue 4), PO: a robustness battery for the official register — treaty articles, fact-sheet lines under a
party, joint statements — across the kinds of rows most frequent in the official gold (tariff removals, cuts and
rates, market access, purchases, investment, talks, export controls, enforcement, import restrictions), each told
the ways different governments' drafters write it ("undertakes to", "shall endeavour to", "is committed to", "commits
to eliminate", passives, fronted clauses, numbers in words, pct, ranges, "from ... to" either way).

Mechanisms this round added (docs/commitments.md, Round 39 PO):
- an instrument or consultations still to conclude or finish ("conclude, within 90 days, a protocol on the sanitary
  requirements for ...", "finish the annex on digital trade", "conclude consultations on ...", "complete the remaining
  work on the Agreement"): a `negotiate` row per party, the topic giving the category (cue `conclude_instrument`);
  "commence negotiations" is a talks verb;
- duty-free access worded by its rate ("zero-tariff treatment", "zero-duty access") is a zero tariff, as
  "duty-free treatment" was; a quota "set up" is opened as an established one; duty-free treatment extended to goods
  or partners with no period prolonged is granted (`remove`).

The team's own sentences (never text from the shared or written pages).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 9, 1)


def _page(kind: str, country: str):
    if kind == "fs":
        return (f"Fact Sheet: The United States and {country} Reach Agreement on Reciprocal Trade",
                f"Today, the United States and {country} announced a framework for an Agreement on Reciprocal Trade.")
    if kind == "js":
        return (f"Joint Statement of the United States and {country} on a Framework for Reciprocal Trade",
                f"The United States and {country} issued the following joint statement.")
    return (f"Agreement on Reciprocal Trade between the United States of America and {country}",
            f"The United States of America and {country} (the Parties) have agreed as follows:")


def rows(kind: str, country: str, sentence: str):
    title, lead = _page(kind, country)
    found = commitments_from([lead, sentence], published_at=ON, title=title, article_id="r39-po")
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_from, r.value_to)
                  for r in found if r.evidence == sentence)


def both(a: str, b: str, category: str, action: str = "negotiate"):
    return sorted([(a, b, category, action, None, None), (b, a, category, action, None, None)])


POSITIVES = [
    # --- tariff removal: drafters' verbs, passives, a fronted clause, a stated zero
    ("fs", "Vietnam", "Vietnam undertakes to eliminate tariffs on United States machinery and auto parts.",
     [("VNM", "USA", "tariff", "remove", None, None)]),
    ("fs", "Vietnam", "Vietnam commits to eliminate customs duties on U.S. frozen pork within three years.",
     [("VNM", "USA", "tariff", "remove", None, None)]),
    ("fs", "Vietnam", "Vietnam shall endeavour to remove its tariffs on U.S. dairy products.",
     [("VNM", "USA", "tariff", "remove", None, None)]),
    ("fs", "Vietnam", "Vietnam is committed to eliminating duties on American almonds.",
     [("VNM", "USA", "tariff", "remove", None, None)]),
    ("fs", "Vietnam", "Tariffs on U.S. machinery will be eliminated by Vietnam.",
     [("VNM", "USA", "tariff", "remove", None, None)]),
    ("fs", "Vietnam", "Under the agreement, Vietnam's duties on U.S. dairy products will fall to zero.",
     [("VNM", "USA", "tariff", "remove", None, 0.0)]),
    ("ag", "Vietnam", "Each Party shall eliminate its customs duties on originating goods of the other Party.",
     both("USA", "VNM", "tariff", "remove")),
    ("fs", "Kenya", "Kenya has committed to eliminating its 25 per cent duty on U.S. wheat.",
     [("KEN", "USA", "tariff", "remove", 25.0, None)]),
    ("fs", "Kenya", "Kenya will do away with its tariffs on American cheese.",
     [("KEN", "USA", "tariff", "remove", None, None)]),
    ("fs", "Kenya", "Nairobi will waive duties on U.S. fertiliser for two years.",
     [("KEN", "USA", "tariff", "remove", None, None)]),
    ("fs", "India", "India will bring its tariffs on U.S. cranberries down to zero.",
     [("IND", "USA", "tariff", "remove", None, 0.0)]),
    # --- duty-free access, by its name or by its rate (new: "zero-tariff", "zero-duty")
    ("fs", "Kenya", "Kenya commits to provide duty-free treatment to U.S. pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    ("fs", "Kenya", "Kenya will grant zero-tariff treatment to U.S. pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    ("fs", "Kenya", "Kenya will grant zero-duty access to U.S. pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    ("fs", "Kenya", "Kenya will extend zero-tariff treatment to U.S. pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    ("fs", "Kenya", "U.S. pears will enter Kenya duty-free.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    # --- a duty-free quota opened, whatever the verb (new: "set up")
    ("fs", "Kenya", "Kenya will set up a zero-duty quota of 5,000 tonnes a year for U.S. pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    ("fs", "Kenya", "Kenya will set up a duty-free quota of 5,000 tonnes a year for U.S. pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    ("fs", "Kenya", "Kenya will open a tariff-free quota of 5,000 tonnes for American pears.",
     [("KEN", "USA", "tariff", "remove", None, 0.0)]),
    # --- tariff cuts: numbers in every style, "from ... to" either way, the object first
    ("ag", "Vietnam", "Vietnam shall reduce its customs duty on passenger vehicles of the United States from 70 per cent "
                      "to 35 per cent.", [("VNM", "USA", "tariff", "reduce", 70.0, 35.0)]),
    ("fs", "India", "India will lower its tariff on U.S. walnuts to 5 per cent from 100 per cent.",
     [("IND", "USA", "tariff", "reduce", 100.0, 5.0)]),
    ("fs", "India", "India has agreed to cut its duty on American pecans from 30 pc to 10 pc.",
     [("IND", "USA", "tariff", "reduce", 30.0, 10.0)]),
    ("fs", "India", "New Delhi will reduce import duties on U.S. motorcycles to 30%.",
     [("IND", "USA", "tariff", "reduce", None, 30.0)]),
    ("fs", "India", "India's duty on U.S. almonds will be cut to 10 per cent from 35 per cent.",
     [("IND", "USA", "tariff", "reduce", 35.0, 10.0)]),
    ("fs", "Kenya", "Kenya will reduce its tariff on U.S. pears from twenty-five per cent to ten per cent.",
     [("KEN", "USA", "tariff", "reduce", 25.0, 10.0)]),
    ("fs", "Kenya", "Kenya will lower to 10 per cent its tariff on U.S. pears.",
     [("KEN", "USA", "tariff", "reduce", None, 10.0)]),
    # --- the U.S. rate: imposed, applied, kept
    ("ag", "Vietnam", "The United States shall apply a tariff of 20 per cent to originating goods of Vietnam.",
     [("USA", "VNM", "tariff", "impose", None, 20.0)]),
    ("fs", "Kenya", "Goods of Kenya will be subject to a 10 percent ad valorem duty.",
     [("USA", "KEN", "tariff", "impose", None, 10.0)]),
    ("fs", "Kenya", "The United States will levy a tariff of 10% on goods from Kenya.",
     [("USA", "KEN", "tariff", "impose", None, 10.0)]),
    ("fs", "Kenya", "The United States will keep its 10 percent tariff on Kenyan goods in place.",
     [("USA", "KEN", "tariff", "maintain", None, 10.0)]),
    # --- market access and import restrictions
    ("fs", "Japan", "Japan undertakes to accept U.S. motor vehicle safety standards.",
     [("JPN", "USA", "market_access", "relax", None, None)]),
    ("fs", "United Kingdom", "The United Kingdom will recognise U.S. conformity assessment bodies.",
     [("GBR", "USA", "market_access", "relax", None, None)]),
    ("ag", "Vietnam", "Vietnam shall accord national treatment to United States suppliers of financial services.",
     [("VNM", "USA", "market_access", "relax", None, None)]),
    ("fs", "United Kingdom", "The UK has agreed to lift the prohibition on imports of American lamb.",
     [("GBR", "USA", "import_restriction", "remove", None, None)]),
    ("fs", "Indonesia", "Indonesia will waive pre-shipment inspection for U.S. goods.",
     [("IDN", "USA", "import_restriction", "relax", None, None)]),
    # --- purchases and investment
    ("fs", "Japan", "Japan will purchase U.S. agricultural goods worth $8 billion a year.",
     [("JPN", "USA", "purchase", "purchase", None, None)]),
    ("fs", "Japan", "Japan commits to purchases of $7 billion of U.S. corn, soybeans and ethanol.",
     [("JPN", "USA", "purchase", "purchase", None, None)]),
    ("fs", "Japan", "Japan will make investments of $550 billion in the United States.",
     [("JPN", "USA", "investment", "invest", None, None)]),
    # --- export controls and enforcement
    ("fs", "Japan", "Japan undertakes to adopt export controls on advanced semiconductors equivalent to those of the "
                    "United States.", [("JPN", "USA", "export_control", "restrict", None, None)]),
    ("fs", "Japan", "Japan will take measures to counter duty evasion.",
     [("JPN", "USA", "other", "enforce", None, None)]),
    # --- talks: launched, and instruments still to conclude (new: `conclude_instrument`, "commence")
    ("js", "Japan", "The two sides decided to launch negotiations on digital trade.", both("JPN", "USA", "other")),
    ("js", "Japan", "The two sides agreed to commence negotiations on a reciprocal trade agreement.",
     both("JPN", "USA", "diplomatic")),
    ("js", "Japan", "The two sides will conclude consultations on Japan's pesticide residue rules within 90 days.",
     both("JPN", "USA", "other")),
    ("js", "Japan", "The two leaders directed their negotiators to complete a chapter on customs cooperation by June.",
     both("JPN", "USA", "other")),
    ("js", "Japan", "The two governments will complete the remaining work on the Agreement by March.",
     both("JPN", "USA", "diplomatic")),
    ("js", "Japan", "The United States and Japan will finalise, by the end of the year, an annex on digital trade.",
     both("JPN", "USA", "other")),
]


@pytest.mark.parametrize("kind,country,sentence,expected", POSITIVES, ids=[p[2][:50] for p in POSITIVES])
def test_an_official_commitment_is_read_however_worded(kind, country, sentence, expected):
    assert rows(kind, country, sentence) == sorted(expected)


NEGATIVES = [
    # a treaty's preamble: the parties' resolve, no term
    ("ag", "Kenya", "RESOLVED to deepen their cooperation on trade and to broaden the benefits of this Agreement,"),
    # a protocol concluded in the past, a text already completed: talks reported done
    ("js", "Japan", "The two sides concluded a protocol on phytosanitary requirements for U.S. apples in March."),
    ("js", "Japan", "The two sides have completed the legal text of the Agreement."),
    # a forecast and a wish by outside voices
    ("fs", "Kenya", "Analysts expect Kenya to cut its tariff on U.S. pears to 10 percent next year."),
    ("fs", "Kenya", "Exporters hope Kenya will eventually scrap its duties on U.S. whey."),
    # a rate in force told as background to its effect
    ("fs", "Kenya", "Kenya's tariff on U.S. pears, currently 25 percent, has deterred shipments for years."),
    # trade statistics
    ("fs", "Kenya", "Trade between the United States and Kenya reached $1.2 billion last year."),
    ("fs", "Kenya", "Kenya exported 5,000 tonnes of avocados to the United States last year."),
    # the leaders' talk on matters that are not trade
    ("js", "Japan", "The leaders discussed the regional security situation and maritime cooperation in the Indo-Pacific."),
]


@pytest.mark.parametrize("kind,country,sentence", NEGATIVES, ids=[n[2][:50] for n in NEGATIVES])
def test_no_row_for_what_commits_no_party(kind, country, sentence):
    assert rows(kind, country, sentence) == []


def test_a_protocol_still_to_conclude_after_an_aside_is_talks_on_its_topic():
    # the aside between the verb and its object; the protocol's topic (sanitary rules for goods) is market access
    found = rows("js", "Guatemala", "The two sides will conclude, within 60 days, a protocol on sanitary requirements "
                                    "for U.S. eggs.")
    assert found and {r[2:4] for r in found} == {("market_access", "negotiate")}


def test_duty_free_treatment_prolonged_for_a_period_stays_extend():
    # a period prolonged is `extend` (the Round 37 review's reading), not a grant
    found = rows("fs", "Kenya", "Kenya will extend zero-tariff treatment to U.S. pears for two more years.")
    assert [r[3] for r in found] == ["extend"]


def test_a_quota_tracking_tool_set_up_is_no_quota_opened():
    found = rows("fs", "Kenya", "Kenya will set up a quota tracking website for exporters.")
    assert not any(r[3] in ("remove", "reduce") for r in found)


XFAILS = [
    ("js", "Japan", "The two sides shall endeavour to conclude negotiations by the end of the year.",
     both("JPN", "USA", "diplomatic"),
     "conclude with no topic and no deal named stays the `sign` cue, which needs a deal noun; bare 'negotiations' after "
     "'conclude' duplicated the talks reader's rows on an open page, so not widened"),
    ("js", "Japan", "The two sides resolved to commence negotiations on a reciprocal trade agreement.",
     both("JPN", "USA", "diplomatic"),
     "'resolved to' with 'commence' is not read as the parties' decision; 'resolved to' opens treaty preambles, left"),
    ("js", "Japan", "Both sides will finish the annex on services within six months.", both("JPN", "USA", "other"),
     "'services' alone names no category, so the needs_category cue gives no row"),
    ("fs", "Vietnam", "Vietnam: elimination of tariffs on U.S. ethanol.", [("VNM", "USA", "tariff", "remove", None, None)],
     "a noun line under the party's name with no verb is not read"),
    ("fs", "Vietnam", "Vietnam has undertaken the removal of duties on U.S. cherries.",
     [("VNM", "USA", "tariff", "remove", None, None)],
     "the verb's noun ('the removal of') as the object of a commitment verb is not read"),
    ("fs", "Kenya", "Kenya will give U.S. pears duty-free access.", [("KEN", "USA", "tariff", "remove", None, 0.0)],
     "the goods as an indirect object before the access noun: the object reader stops at the goods"),
]


@pytest.mark.parametrize("kind,country,sentence,expected", [
    pytest.param(k, c, s, e, marks=pytest.mark.xfail(reason=why, strict=True), id=s[:50]) for k, c, s, e, why in XFAILS])
def test_phrasings_not_read_yet(kind, country, sentence, expected):
    assert rows(kind, country, sentence) == sorted(expected)
