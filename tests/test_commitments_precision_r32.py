"""Round 32: rows that state no commitment of their own (precision).

A later sentence that only repeats a pair's talks to finish the Agreement, after an earlier sentence of the page gave
the same pair's talks on it, is the same commitment mentioned again (Round 32 review (lead); convention 8: one row,
the first evidence). Our own sentences; silent cases and kept rows.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, triples

ON = datetime(2027, 11, 30)

TITLE = "Joint Statement on a Framework for a United States-Estonia Agreement on Reciprocal Trade"
OPENING = "Under this Framework, the United States and Estonia will negotiate the Agreement on Reciprocal Trade over the winter."
TARIFF = "Estonia will eliminate its tariffs on U.S. industrial goods."


def statement(*paragraphs: str):
    """Rows of a joint statement (no byline) made of ``paragraphs``."""
    return commitments_from([OPENING, TARIFF, *paragraphs], published_at=ON, title=TITLE)


def talks_evidence(found) -> list[str]:
    return sorted({r.evidence for r in found if r.category == "diplomatic" and r.action == "negotiate"})


def test_a_later_sentence_finishing_the_agreement_repeats_the_talks():
    found = statement("The two countries will cooperate on export controls.",
                      "The United States and Estonia will work to finalize the text of the Agreement and to complete "
                      "their domestic procedures so that it can enter into force.")
    assert talks_evidence(found) == [OPENING]
    assert ("EST", "tariff", "remove") in triples(found)


def test_looking_forward_to_concluding_the_agreement_repeats_the_talks():
    found = statement("The United States and Estonia look forward to concluding the Agreement on Reciprocal Trade "
                      "and to deepening their friendship.")
    assert talks_evidence(found) == [OPENING]
    assert sorted(r.actor for r in found if r.action == "negotiate") == ["EST", "USA"]


def test_officials_expecting_to_sign_the_agreement_repeat_the_talks():
    found = statement("Officials of the two countries expect to sign the Agreement before the end of the year.")
    assert talks_evidence(found) == [OPENING]


def test_the_first_telling_of_the_talks_keeps_its_row_when_no_other_precedes():
    found = commitments_from(["The United States and Estonia will work to finalize the Agreement on Reciprocal Trade "
                              "in the coming weeks and prepare it for signature."], published_at=ON, title=TITLE)
    assert triples(found) == [("EST", "diplomatic", "negotiate"), ("USA", "diplomatic", "negotiate")]


def test_a_lead_in_of_terms_does_not_count_as_the_first_telling():
    found = commitments_from(["The United States and Estonia intend to conclude the Agreement on the following terms:",
                              TARIFF,
                              "The two countries will work to finalize the Agreement and complete their domestic "
                              "procedures so that it can be signed."], published_at=ON, title=TITLE)
    assert any(r.evidence.startswith("The two countries will work to finalize") for r in found
               if r.action == "negotiate")


def test_talks_on_another_matter_keep_their_row():
    found = statement("The two countries will open negotiations on a memorandum of understanding on critical minerals "
                      "by the end of 2027.")
    assert any("critical minerals" in r.evidence for r in found if r.action == "negotiate")


def test_a_parliament_approving_the_agreement_is_no_repeat():
    found = statement("Estonia's parliament must approve the Agreement before it takes effect.")
    evidence = [r.evidence for r in found if r.action == "negotiate"]
    assert OPENING in evidence
