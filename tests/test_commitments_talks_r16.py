"""Commitment extraction, round 16: talks, approvals, company purchases and cooperation terms.

Each class is tested on several wordings of its shape (official and news register, the verb near
or far from its noun) and on sentences that must stay without rows. Every sentence is our own;
people, companies and figures are invented, countries are used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, triples

WIRE_DAY = datetime(2026, 6, 5, 14, 0, tzinfo=timezone.utc)


def extract(*texts, title="Trade talks move ahead"):
    return commitments_from(list(texts), published_at=WIRE_DAY, title=title, article_id="test-talks-r16")


def talks(rows):
    return sorted((r.actor, r.category) for r in rows if r.action == "negotiate")


# --- (1) talks told by their noun: held, resumed, launched, to come --------------------------------

def test_talks_held_resumed_or_planned_are_a_row_per_party():
    for text, parties in (
            ("Negotiators from Washington and Jakarta held three rounds of trade negotiations in Geneva last month.",
             ("IDN", "USA")),
            ("Talks between Canada and the United States on a reciprocal trade agreement resumed in May after "
             "a two-month pause.", ("CAN", "USA")),
            ("Indian and American officials are expected to hold another round of trade talks in New Delhi in "
             "October, a ministry official said.", ("IND", "USA")),
            ("Vietnam said it would send a delegation to Washington to continue trade negotiations.", ("USA", "VNM")),
            ("Trade negotiators from Brazil and the United States will meet next month in Brasilia.", ("BRA", "USA")),
            ("The ministry said that tariff talks with Japan are set to resume next week.", ("JPN", "USA"))):
        rows = extract(text, title="United States trade talks")
        assert talks(rows) == [(p, "diplomatic") for p in parties], text


def test_talks_on_a_named_measure_take_its_category():
    rows = extract("Mexico and the United States launched formal negotiations on a new steel quota on Monday.")
    assert talks(rows) == [("MEX", "tariff"), ("USA", "tariff")]
    # talks on the deal itself stay diplomatic
    rows = extract("Talks with Japan on the tariff deal will resume next week, the trade ministry said.",
                   title="United States and Japan")
    assert talks(rows) == [("JPN", "diplomatic"), ("USA", "diplomatic")]


def test_a_framework_to_be_written_up_as_a_binding_text_is_talks_for_both():
    for text in (
            "The two governments agreed to turn the framework into a binding legal text within 90 days.",
            "The United States and Kenya will work to convert the framework into a legally binding agreement.",
            "Officials said the trade framework would be translated into a formal treaty by the end of the year.",
            "Both sides intend to formalize the understanding into a comprehensive trade agreement."):
        rows = extract(text, title="United States and Kenya reach a trade framework")
        assert talks(rows) == [("KEN", "diplomatic"), ("USA", "diplomatic")], text


def test_talks_failed_called_off_or_not_about_trade_give_no_row():
    for text in (
            "Negotiations with Canada on dairy tariffs were called off after the dispute.",
            "Ottawa refused to resume trade talks until the duties are lifted.",
            "Washington and the rebels held direct talks on a ceasefire and the withdrawal of troops.",
            "A spokesperson described the talks as candid and said both sides would continue to trade.",
            "Indeed, the chief executive says talks have resumed between the two newspaper groups.",
            "These negotiations are ongoing."):
        assert talks(extract(text, title="Canada and the United States")) == [], text


# --- (2) approval still to come from a legislature ---------------------------------------------------

def test_approval_still_pending_is_the_approving_partys_talks_row():
    for text, actor in (
            ("The agreement still has to be ratified by the European Parliament before it can take effect.", "EUN"),
            ("The deal must still be approved by Indonesia's parliament, officials said.", "IDN"),
            ("The pact awaits ratification by the Swiss parliament.", "CHE"),
            ("The accord will enter into force once it is approved by the National Assembly of Vietnam.", "VNM"),
            ("Lawmakers in Malaysia must still ratify the trade agreement signed in Kuala Lumpur.", "MYS"),
            ("The cut will be held back until Kenya's parliament approves the full text of the agreement.", "KEN"),
            ("The European Parliament is expected to vote on the deal in the spring.", "EUN")):
        rows = [r for r in extract(text, title="United States trade deal") if r.category == "diplomatic"]
        assert [(r.actor, r.action) for r in rows] == [(actor, "negotiate")], text


def test_an_approval_already_given_or_of_another_measure_gives_no_talks_row():
    for text in (
            "The European Parliament approved the agreement on Tuesday by 410 votes to 200.",
            "Indonesia's parliament ratified the deal last year.",
            "The budget must still be approved by the Swiss parliament."):
        rows = extract(text, title="United States trade deal")
        assert [r for r in rows if r.category == "diplomatic"] == [], text
