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


# A procedure to widen a tariff later: the inclusions process told with its deadline first (round 24's reader, widened).
FACT_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Garden Tools"
TOOLS = ("Today, President Donald J. Trump signed a Proclamation imposing a 25 percent tariff under Section 232 on imports "
         "of garden tools and their parts.")


def fact_sheet(*paragraphs: str):
    return commitments_from([TOOLS, *paragraphs], published_at=ON, title=FACT_SHEET)


def test_a_process_set_up_within_days_to_add_parts_gives_no_row():
    found = fact_sheet("The Secretary of Commerce will set up a process within 45 days to add components to the "
                       "tariff's coverage where toolmakers show harm.")
    assert [r.evidence for r in found] == [TOOLS]


def test_a_process_opened_for_producers_to_ask_that_parts_be_added_stays_silent():
    found = fact_sheet("Commerce will open a process, within 60 days, for domestic toolmakers to ask that further "
                       "components be added to the tariff.")
    assert [r.evidence for r in found] == [TOOLS]


def test_a_new_rate_on_parts_is_no_process():
    found = fact_sheet("Blades and handles will pay a 10 percent tariff from March 1.")
    assert any(r.value_to == 10.0 and r.category == "tariff" for r in found)


# A pledge only to consider: a partner's request, further adjustments or financing (Round 13 Q4; Round 18 Q4).
JOINT = "Joint Statement on a United States-Estonia Framework for Reciprocal Trade"


def joint(*paragraphs: str):
    return commitments_from(list(paragraphs), published_at=ON, title=JOINT)


def test_considering_a_partners_request_pledges_nothing():
    found = joint("5. The United States will consider Estonia's request for access for chilled sprats from regions "
                  "free of disease.")
    assert found == []


def test_giving_due_consideration_to_a_request_pledges_nothing():
    found = joint("4. The United States will give due consideration to Estonia's request for access for its smoked "
                  "sprats.")
    assert found == []


def test_a_lender_that_will_consider_financing_pledges_nothing():
    found = joint("The U.S. International Development Finance Corporation intends to consider financing of up to "
                  "$80 million for grain terminals and rail links in Estonia.")
    assert found == []


def test_considering_further_adjustments_pledges_nothing():
    found = joint("As Estonia implements the Framework, the United States will consider further adjustments to the "
                  "reciprocal tariff on Estonian goods.")
    assert found == []


def test_considering_a_cut_with_its_direction_keeps_its_row():
    found = joint("The United States will consider lowering the reciprocal tariff on Estonian peat moss to zero if "
                  "Estonia opens its market to U.S. poultry.")
    assert any(r.actor == "USA" and r.category == "tariff" for r in found)


def test_a_keep_beside_a_considered_request_keeps_its_row():
    found = joint("The United States will hold the reciprocal tariff on Estonian goods at 10 percent, and will "
                  "consider Estonia's request for duty-free treatment of peat moss.")
    assert ("USA", "tariff", "maintain") in triples(found)


# An outsider's expectation of a party's act: a guess, no commitment (guide rule 2; Round 7: "expect" is a forecast).
from tests.commitment_text import bylined_story  # noqa: E402

LENTILS = ("OTTAWA, Nov 29 (Wire) - India will cut its import duty on Canadian lentils to 10% from 30% from January 1, "
           "the finance ministry said.")


def story(*paragraphs: str):
    return bylined_story(LENTILS, *paragraphs, published_at=ON, title="India cuts lentil duty")


def lentil_rows(found):
    return [r for r in found if r.evidence == LENTILS]


def test_a_pronoun_that_expects_a_party_to_act_gives_no_row():
    found = story("Priya Nair, who tracks pulses at a Mumbai brokerage, called the cut overdue.",
                  "She expects New Delhi to scrap the remaining duty on peas only if prices keep climbing.")
    assert len(found) == len(lentil_rows(found)) >= 1


def test_buyers_said_to_expect_a_quota_to_be_loosened_give_no_row():
    found = story("A dealer in Winnipeg said buyers expected the pea quota to be loosened before the spring harvest.")
    assert len(found) == len(lentil_rows(found)) >= 1


def test_analysts_expecting_further_cuts_after_a_past_cut_give_no_row():
    # (round 37) the past cut only dates the analysts' outlook: a passing mention (annotation guide, Round 35 review
    # (lead): past measures in "after" clauses whose main clause tells another event); this test kept the cut until then
    found = story("Analysts expect further cuts to import duties after last year's budget lowered the duty on chickpeas "
                  "to 10% from 40%.")
    assert not [r for r in found if r.evidence != LENTILS]


def test_a_past_cut_told_in_its_own_sentence_beside_analysts_expectations_keeps_its_row():
    found = story("Last year's budget lowered the duty on chickpeas to 10% from 40%.",
                  "Analysts expect further cuts to import duties.")
    assert any(r.value_to == 10.0 and r.value_from == 40.0 for r in found if r.evidence != LENTILS)


# An opening told only of partners in general, in a relative clause: rhetoric, no party's measure (guide rule 2).
ESTONIA_CUT = "Estonia will eliminate its tariffs on U.S. pork and poultry."


def test_partners_in_general_who_open_their_markets_give_no_row():
    found = commitments_from([ESTONIA_CUT, "President Trump has made it clear that partners who lower their barriers "
                              "to American goods will find a dependable friend in America."], published_at=ON,
                             title=FACT_SHEET)
    assert triples(found) == [("EST", "tariff", "remove")]


def test_a_party_joining_nations_that_chose_to_lower_barriers_gives_no_row():
    found = commitments_from([ESTONIA_CUT, "Estonia now stands with a lengthening line of nations that have chosen to "
                              "lower their barriers to American farmers."], published_at=ON, title=FACT_SHEET)
    assert triples(found) == [("EST", "tariff", "remove")]


def test_a_named_party_that_opens_its_market_keeps_its_row():
    found = commitments_from(["Estonia will open its market to U.S. beef and poultry."], published_at=ON,
                             title=FACT_SHEET)
    assert ("EST", "market_access", "relax") in triples(found)


# A rate a party "has levied ... since" a date, beside its own change: the change's earlier level (Round 30 review),
# round 30's standing-rate reader widened to "since".
def wire(*paragraphs: str):
    return bylined_story(*paragraphs, published_at=ON, title="Trade wire")


def tariff_rows(found):
    return sorted((r.actor, r.action, r.value_to) for r in found if r.category == "tariff")


def test_a_rate_levied_since_a_year_beside_its_removal_is_no_row_of_its_own():
    found = wire("CANBERRA, Nov 29 (Wire) - New Zealand will scrap the 8.5 per cent anti-dumping duty it has levied on "
                 "Chinese-made steel pipes since 2023, the trade ministry said on Monday.")
    assert [(a, act) for a, act, _ in tariff_rows(found)] == [("NZL", "remove")]


def test_a_provisional_levy_in_place_since_a_month_beside_the_final_duty_is_no_row_of_its_own():
    found = wire("SEOUL, Nov 29 (Wire) - South Korea will charge a definitive anti-dumping duty of 31.2% on glass "
                 "fibre from Egypt for five years, replacing a provisional 22% levy in place since June, the finance "
                 "ministry said.")
    assert ("KOR", "impose", 22.0) not in tariff_rows(found)
    assert ("KOR", "impose", 31.2) in tariff_rows(found)


def test_a_rate_charged_since_a_date_told_alone_keeps_its_row():
    found = wire("New Zealand has charged a 7.5 per cent duty on Chinese steel pipes since 2023, and importers say "
                 "prices have risen by a tenth.")
    assert ("NZL", "impose", 7.5) in tariff_rows(found)
