"""Round 25 (issue 4): talks and negotiations, both registers — our own sentences only.

- talks' topic read past a time or place told first ("hold talks in Nairobi next month on the cocoa duties");
- the deal's steps still to come: the legal text to finish, the text to be signed, a framework "which the two
  countries will work to conclude", an upgrade to bring into force, both parties' ratification still ahead, a pact
  still to be laid before a parliament (guide rule 1a); a pluperfect hope is no step;
- a party still in talks ("remains in discussions with X") and a topic "under discussion" are talks under way, and
  the order's later "shall continue negotiations with X" is the same talks (convention 8);
- sanitary talks take their side of guide rules 13 / 14; a working group on X is talks on X;
- investment screening cooperation named with export controls or duty evasion is one `export_control` `negotiate`
  row per party (guide rule 15);
- a review of the deal is talks on it ("meet to review how this Agreement is operating", "take stock of progress at
  the pact's first annual review", a tariff arrangement to review).
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from, order_commitments

ON = datetime(2026, 11, 30)
FRAMEWORK = "Joint Statement on a United States-Ghana Framework for an Agreement on Reciprocal Trade"
PACT_LEAD = "Ghana and Kenya agreed a trade pact on Monday."


def story(*paragraphs: str, title: str = "Ghana and Kenya trade pact"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"])


def statement(*paragraphs: str):
    """Rows of a joint statement between the United States and Ghana (official register)."""
    return commitments_from(list(paragraphs), published_at=ON, title=FRAMEWORK)


def talks(rows, evidence: str | None = None) -> list[tuple]:
    """(actor, category, counterparty) of each negotiate row, sorted; only those on ``evidence`` if given."""
    return sorted((r.actor, r.category, r.counterparty) for r in rows
                  if r.action == "negotiate" and (evidence is None or r.evidence == evidence))


# --- 1. the talks' topic after a time or place -------------------------------------------------------------

def test_talks_held_somewhere_next_month_on_duties_are_tariff_talks():
    rows = story("Ghana and Kenya will hold talks in Nairobi next month on the cocoa and tea duties.",
                 title="Ghana and Kenya trade talks")
    assert talks(rows) == [("GHA", "tariff", "KEN"), ("KEN", "tariff", "GHA")]


def test_talks_to_open_within_a_period_on_rules_of_origin_are_other():
    rows = statement("The framework commits the United States and Ghana to open talks within ninety days on rules "
                     "of origin for footwear.")
    assert talks(rows) == [("GHA", "other", "USA"), ("USA", "other", "GHA")]


def test_talks_somewhere_on_the_deal_itself_stay_diplomatic():
    rows = story("Ghana and Kenya will hold talks in Nairobi next month on a free trade agreement.",
                 title="Ghana and Kenya trade talks")
    assert talks(rows) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


# --- 2. the deal's steps still to come (guide rule 1a) -----------------------------------------------------

def test_the_text_to_be_signed_is_a_step_for_both_parties():
    rows = story(PACT_LEAD, "Officials said the text would be signed when the Kenyan president visits Accra in May.")
    assert talks(rows) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_a_framework_the_parties_will_work_to_conclude():
    rows = statement("The United States and Ghana have agreed on a Framework for an Agreement on Reciprocal Trade, "
                     "which the two countries will work to conclude by March.")
    assert talks(rows) == [("GHA", "diplomatic", "USA"), ("USA", "diplomatic", "GHA")]


def test_an_upgrade_to_bring_into_force():
    rows = story(PACT_LEAD, "Both governments aim to bring the upgrade into force next year.")
    assert talks(rows, "Both governments aim to bring the upgrade into force next year.") == [
        ("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_a_pluperfect_hope_and_a_signing_done_are_no_steps():
    for sentence in ("Exporters had hoped the framework would be signed before the harvest.",
                     "The text was signed in Accra on Monday."):
        assert talks(story(PACT_LEAD, sentence), sentence) == [], sentence


# --- 3. ratification still ahead -----------------------------------------------------------------------------

def test_both_parliaments_still_to_ratify():
    sentence = "Both parliaments still have to ratify the agreement."
    assert talks(story(PACT_LEAD, sentence), sentence) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_both_sides_trying_to_ratify_the_pact():
    sentence = "The row over flour comes as both sides try to ratify the pact they signed in May."
    assert talks(story(PACT_LEAD, sentence), sentence) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_a_pact_still_to_be_laid_before_a_parliament():
    sentence = "The pact still has to be laid before the Kenyan parliament."
    assert talks(story(PACT_LEAD, sentence), sentence) == [("KEN", "diplomatic", "GHA")]


def test_a_ratification_done_is_no_step():
    sentence = "Both parliaments ratified the agreement last year."
    assert talks(story(PACT_LEAD, sentence), sentence) == []


# --- 4. talks under way told in an order -------------------------------------------------------------------

def test_a_party_still_in_discussions_and_the_talks_the_order_continues():
    first = "The United States also remains in discussions with the Republic of Ghana toward a framework of its own."
    rows = order_commitments([first, "(b) The United States Trade Representative shall continue negotiations with the "
                                     "Republic of Ghana and shall report to me within 60 days."],
                             published_at=ON, title="Further Modifying the Reciprocal Tariff Rates for Ghana",
                             article_id="talks-r25-order")
    negotiate = [r for r in rows if r.action == "negotiate"]
    assert talks(negotiate) == [("GHA", "diplomatic", "USA"), ("USA", "diplomatic", "GHA")]
    assert all(r.evidence == first and r.mentions == 2 for r in negotiate)  # anchored at the first mention


def test_steps_under_discussion_are_talks_on_their_topic():
    rows = order_commitments(["The United States Trade Representative has informed me that further steps by Ghana, "
                              "including on labor rights in the cocoa sector, remain under discussion."],
                             published_at=ON, title="Extending the Suspension of Duties on Goods of Ghana",
                             article_id="talks-r25-under")
    assert talks(rows) == [("GHA", "other", "USA"), ("USA", "other", "GHA")]


def test_a_matter_under_discussion_with_no_party_is_silent():
    rows = order_commitments(["The matter remains under discussion."], published_at=ON,
                             title="Extending the Suspension of Duties on Goods of Ghana", article_id="talks-r25-none")
    assert talks(rows) == []


# --- 5. sanitary talks and working groups ------------------------------------------------------------------

def test_consultations_on_sanitary_requirements_are_import_restriction_talks():
    rows = statement("The United States and Ghana will hold consultations on the sanitary requirements that Ghana "
                     "applies to poultry.")
    assert talks(rows) == [("GHA", "import_restriction", "USA"), ("USA", "import_restriction", "GHA")]


def test_a_working_group_on_phytosanitary_approvals_is_market_access_talks():
    rows = statement("The two sides will set up a joint working group on phytosanitary questions to speed the "
                     "approval of Ghanaian mangoes.")
    assert talks(rows) == [("GHA", "market_access", "USA"), ("USA", "market_access", "GHA")]


def test_a_working_group_on_the_agreement_stays_diplomatic():
    rows = statement("The two sides will set up a joint working group on the implementation of the Agreement.")
    assert talks(rows) == [("GHA", "diplomatic", "USA"), ("USA", "diplomatic", "GHA")]


# --- 6. investment screening with export controls (guide rule 15) -----------------------------------------

def test_screening_beside_export_controls_with_its_own_verb_is_a_row_per_object():
    # (round 35) two verbs with their own objects give a row per object and party (Round 27 review, over this
    # test's round-25 reading of one export-control row)
    rows = statement("The two countries will coordinate their export controls and consult on the screening of "
                     "foreign investment.")
    assert sorted(talks(rows)) == [("GHA", "export_control", "USA"), ("GHA", "investment", "USA"),
                                   ("USA", "export_control", "GHA"), ("USA", "investment", "GHA")]


def test_investment_security_beside_duty_evasion_is_export_control_talks():
    rows = statement("The two countries will fight duty evasion and will cooperate on investment security.")
    assert talks(rows) == [("GHA", "export_control", "USA"), ("USA", "export_control", "GHA")]


def test_review_of_inbound_investment_alone_stays_investment():
    rows = statement("The two countries will cooperate on the review of inbound investment.")
    assert talks(rows) == [("GHA", "investment", "USA"), ("USA", "investment", "GHA")]


# --- 7. a review of the deal is talks on it ------------------------------------------------------------------

AGREEMENT = "Agreement on Reciprocal Trade between the United States of America and the Republic of Ghana"


def test_the_parties_meeting_to_review_how_the_agreement_operates():
    sentence = ("Not later than one year after its entry into force, the Parties shall meet to review how this "
                "Agreement is operating.")
    rows = commitments_from([sentence], published_at=ON, title=AGREEMENT)
    assert talks(rows, sentence) == [("GHA", "diplomatic", "USA"), ("USA", "diplomatic", "GHA")]


def test_a_tariff_arrangement_to_review_is_tariff_talks():
    sentence = "Ghana and Kenya agreed on Friday to review the cocoa tariff arrangement by June."
    assert talks(story(sentence), sentence) == [("GHA", "tariff", "KEN"), ("KEN", "tariff", "GHA")]


def test_taking_stock_of_progress_at_the_pacts_review():
    sentence = ("Officials said the two governments would take stock of progress at the pact's first annual review "
                "in June.")
    assert talks(story(PACT_LEAD, sentence), sentence) == [("GHA", "diplomatic", "KEN"), ("KEN", "diplomatic", "GHA")]


def test_a_partys_own_review_and_a_review_in_a_time_clause_are_no_talks():
    own = ("If a Party considers that the other Party has not complied with a provision of this Agreement, the Party "
           "may review the terms of this Agreement.")
    assert talks(commitments_from([own], published_at=ON, title=AGREEMENT), own) == []
    later = "Exporters expect little relief before Accra and Nairobi review their trade arrangement."
    assert talks(story(PACT_LEAD, later), later) == []
