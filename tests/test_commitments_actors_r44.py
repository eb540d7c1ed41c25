"""Round 44 (issue 4), ACT2: rows paired with the gold but given the wrong actor.

The team's own sentences (never text from the shared or written pages).

- A story's bare "the ministry" / "the government" points back to the ministry or government the same paragraph (before
  the sentence) or the paragraph before named with its country ("China's commerce ministry said ... Separately, the
  ministry said it would keep ..."), not the dateline's government; a body of another kind named before ("the
  Argentine government" before "the ministry"), or one named two paragraphs back, leaves the dateline's reading.
- A measure whose levier is the subject of the relative clause right after it ("the safeguard duties Bangkok imposes on
  imported steel", "the duty Santiago charges on imported dairy") is that levier's own: the place is no goods' origin
  (guide: the party that levies a tariff is the actor).
- A rate named in passing as the object of its subject's own verb ("Ecuador has shelved a threatened 20% levy on
  Peruvian onions") is the subject's measure, not the dateline's or the U.S.'s; a payer's verb ("faces", "accepted")
  leaves the payer reading.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story

WHEN = datetime(2027, 5, 4, tzinfo=timezone.utc)


def _rows_of(paragraphs, text, title="Trade round-up"):
    """(actor, category, action) of the rows of the story's sentence holding ``text``."""
    rows = bylined_story(*paragraphs, published_at=WHEN, title=title)
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or ""))


# --- a bare ministry that points back to one named with its country --------------------------------------------------

def test_the_ministry_after_a_named_ministry_in_the_paragraph_before():
    last = ("Separately, the ministry said on Thursday it would keep anti-dumping duties of up to 30% on nylon yarn "
            "from the EU for another five years.")
    paragraphs = ["BRUSSELS, May 3 (Wire) - The European Union imposed provisional duties of up to 40% on excavators "
                  "from China on Monday.",
                  "China's commerce ministry said it firmly opposed the decision.", last]
    assert _rows_of(paragraphs, "nylon yarn", "EU duties on Chinese excavators") == [("CHN", "tariff", "extend")]


def test_the_ministry_after_a_named_ministry_earlier_in_its_paragraph():
    paragraphs = ["OTTAWA, May 3 (Wire) - Canada will put a 20% surtax on electric buses from China from July, the "
                  "finance department said.",
                  "China's Commerce Ministry called the step unfair. The ministry also said it would extend its "
                  "anti-dumping duties on stainless steel pipe for five more years."]
    assert _rows_of(paragraphs, "stainless steel pipe", "Canada surtax on Chinese buses") == [("CHN", "tariff", "extend")]


def test_a_government_named_before_a_bare_ministry_is_another_body():
    # near-miss: "the Argentine government" is no ministry; the dateline's ministry acts
    paragraphs = ["BRASILIA, May 3 (Wire) - Brazil cut its duty on Argentine wheat to 5%.",
                  "The Argentine government welcomed the step.",
                  "The ministry said it would also extend the duty-free window for beans until June."]
    assert _rows_of(paragraphs, "duty-free window", "Brazil cuts wheat duty") == [("BRA", "tariff", "extend")]


def test_a_ministry_named_two_paragraphs_back_leaves_the_dateline():
    # near-miss: the foreign ministry is named two paragraphs before, not in the paragraph before
    paragraphs = ["GABORONE, May 3 (Wire) - Botswana will ban exports of raw copper concentrate from 2029, the mines "
                  "ministry said on Monday.",
                  "China's commerce ministry did not respond to a request for comment.",
                  "Botswana follows Zambia and Namibia, which have both restricted exports of unprocessed ore.",
                  "The ministry said it would raise the export levy on concentrate to 10% from 5% in the meantime."]
    assert _rows_of(paragraphs, "export levy", "Botswana to ban raw copper exports") == [("BWA", "tariff", "raise")]


# --- a measure whose levier names itself in the relative clause after it --------------------------------------------

@pytest.mark.parametrize("lead, text, expected", [
    ("Britain and Thailand held trade talks in London.",
     "Thai negotiators refused to lower the safeguard duties Bangkok imposes on imported steel.",
     ("THA", "tariff", "reduce")),
    ("Argentina and Chile held trade talks in Buenos Aires.",
     "Chilean officials declined to cut the duty Santiago charges on imported dairy.",
     ("CHL", "tariff", "reduce")),
])
def test_the_levier_named_after_its_measure_is_its_owner(lead, text, expected):
    assert _rows_of([lead, text], text) == [expected]


def test_goods_of_a_country_after_a_cut_stay_the_goods_origin():
    # near-miss: "Thai rice" is the goods' origin, the party that cuts levies
    text = "Britain will cut its tariff on Thai rice to zero."
    assert _rows_of(["Britain and Thailand held trade talks in London.", text], text) == [("GBR", "tariff", "remove")]


def test_a_rate_the_subject_announced_stays_its_own():
    # near-miss read before too: "Washington first announced a 36 per cent duty on Thai goods"
    text = "Washington first announced a 36 per cent duty on Thai goods in April 2025, officials recalled."
    paragraphs = ["Thai exporters welcomed the deal signed in Bangkok, and Thai officials said shipments would rise.", text]
    assert _rows_of(paragraphs, text[:40], "Thailand deal recap") == [("USA", "tariff", "impose")]


def test_the_levier_named_with_that_keeps_its_reading():
    # near-miss read before too: a relative clause opened by "that"
    text = "Peruvian officials want Washington to cut the tariff that Lima charges on American wheat."
    assert _rows_of(["Peru and the United States held talks.", text], text) == [("PER", "tariff", "reduce")]


# --- a rate named in passing as the object of its subject's own verb -------------------------------------------------

@pytest.mark.parametrize("text, title, expected", [
    ("QUITO, May 3 (Wire) - Ecuador has shelved a threatened 20% levy on Peruvian onions after Peru agreed to lift its "
     "ban on Ecuadorian bananas, the trade minister said on Thursday.", "Ecuador shelves onion levy",
     ("ECU", "tariff", "impose")),
    ("LA PAZ, May 3 (Wire) - Bolivia has shelved a threatened 10% levy on Chilean wine after Chile agreed to reopen "
     "its market to Bolivian quinoa, the trade ministry said.", "Bolivia shelves wine levy",
     ("BOL", "tariff", "impose")),
])
def test_a_rate_shelved_or_dropped_is_its_subjects_measure(text, title, expected):
    assert expected in _rows_of([text], text[:40], title)


def test_a_rate_the_subject_faces_is_not_its_own():
    # near-miss: "faces" is a payer's verb, Ecuador levies nothing here
    text = ("QUITO, May 3 (Wire) - Ecuador faces a threatened 20% levy on its bananas in Peru, the trade minister said "
            "on Thursday.")
    assert ("ECU", "tariff", "impose") not in _rows_of([text], text[:40], "Ecuador banana exporters worried")


def test_a_rate_the_subject_accepted_is_its_partners():
    # near-miss read before too: the accepting party pays, its partner levies
    text = "Under the deal, Ecuador accepted a 15% tariff on its bananas, the trade minister said on Thursday."
    rows = _rows_of(["The United States and Ecuador signed a trade deal on Monday.", text], text[:40])
    assert ("ECU", "tariff", "impose") not in rows


# --- tried and dropped -----------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a third country's goods paying a rate of no named owner take the levier of the "
                   "tariff told last: dropped, +2 open news rows right but an official row lost and a news row "
                   "made wrong (/tmp/s44/dropped/act2_third_payer_last_levier.patch)")
def test_a_third_countrys_goods_pay_the_levier_told_last():
    last = "Turkish mills have paid anti-dumping duties of between 8% and 19% since 2021."
    paragraphs = ["SANTIAGO, May 3 (Wire) - Chile has imposed a provisional safeguard duty of 24% on steel bars, a "
                  "measure aimed at a surge of shipments from China, the economy ministry said on Tuesday.",
                  "China's commerce ministry said Beijing regretted the move and that Chinese producers would consider "
                  "an appeal, as China accounts for most of the bars sold in the market.", last]
    assert _rows_of(paragraphs, "Turkish mills", "Chile imposes safeguard duty on steel bars from China") == [
        ("CHL", "tariff", "impose")]
