"""Commitment extraction, round 18: the process reader — talks, bodies and the agreement's own steps
(convention 19, guide rule 1a, round 11 review Q1).

A process noun (talks, negotiations, rounds, dialogues, working groups, committees) read with a verb of
the family that holds, resumes, pursues, convenes or sets it up; the agreement's steps still to come
(entry into force, submission to procedures, the framework written up as a text). Each mechanism is
tested on several wordings of our own (official and news register); countries and figures are used
only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
BYLINE = ["Dana Reyes"]


def extract(*texts, title, authors=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=authors,
                            article_id="test-process-r18")


def talks_of(rows, sentence):
    return sorted((r.actor, r.counterparty, r.category) for r in rows
                  if r.evidence == sentence and r.action == "negotiate")


# --- (1) a process noun after a verb of the family, or as its clause's subject -------------------

def test_talks_and_bodies_read_by_their_verb_family_give_a_row_per_party():
    cases = [
        # official, a named body convened under a lead naming both presidents
        ("Joint Fact Sheet on the Meeting Between the Presidents of the United States and Peru",
         ["The two Presidents directed their trade ministers to convene the U.S.-Peru Economic Dialogue in Lima "
          "before the end of the year."], None, "diplomatic"),
        # official, a working group named by its field, list-item register
        ("Joint Statement on a Framework for a United States-Chile Agreement on Reciprocal Trade",
         ["The United States and Chile will establish a Critical Minerals Working Group that will meet "
          "twice a year."], None, "other"),
        # official, a lower-case body with its topic after "on"
        ("Joint Statement on a Framework for a United States-Peru Agreement on Reciprocal Trade",
         ["The United States and Peru will set up a joint working group on sanitary and phytosanitary measures."],
         None, "market_access"),
        # official order, rounds held and continuing, past perfect
        ("Continuing the Suspension of Heightened Duties on Products of Namibia",
         ["Since April, the United States and Namibia have held four rounds of negotiations, and those "
          "negotiations are continuing."], None, "diplomatic"),
        # news, the noun as subject with its verb far after it, commas between
        ("Analysis: who still has no tariff deal", ["Mexico's talks with Washington, interrupted in the "
                                                    "summer, resumed last week in Mexico City."], BYLINE, "diplomatic"),
        # news, talks scheduled, the subject slot read from "over"
        ("Mexico, US set steel talks", ["Talks between Mexico and the United States over the steel quota are "
                                        "scheduled to resume on Monday."], BYLINE, "tariff"),
        # official, talks advancing in a that-clause, the partner named by "with"
        ("Continuing the Suspension of Heightened Duties on Products of Jordan",
         ["In April, I suspended the heightened duty on products of Jordan to allow the United States and Jordan "
          "to negotiate.",
          "The Trade Representative has informed me that negotiations with Jordan toward a final Agreement on "
          "Reciprocal Trade are advancing."], None, "diplomatic"),
    ]
    for title, texts, authors, category in cases:
        rows = extract(*texts, title=title, authors=authors)
        found = talks_of(rows, texts[-1])
        assert len(found) == 2 and {c for _, _, c in found} == {category}, (texts[-1], found)
        assert {a for a, _, _ in found} == {b for _, b, _ in found}, found  # each the other's counterparty


def test_negotiators_meeting_or_sitting_down_are_talks_on_what_they_discuss():
    cases = [
        ("Canada, US dairy trade talks drag on", ["Negotiators from the two countries will meet again in Ottawa on "
                                            "March 3, both governments said."], ("CAN", "USA"), "diplomatic"),
        ("US, Vietnam trade truce extended", ["Officials said negotiators would meet again in the spring to discuss "
                                              "Washington's tariffs on Vietnamese furniture."], ("USA", "VNM"), "tariff"),
        ("EU pauses counter-tariffs", ["Washington agreed on Friday to sit down with Brussels over "
                                       "its tariffs on European aluminium."], ("EUN", "USA"), "tariff"),
    ]
    for title, texts, parties, category in cases:
        rows = extract(*texts, title=title, authors=BYLINE)
        found = talks_of(rows, texts[-1])
        assert sorted(a for a, _, _ in found) == sorted(parties) and {c for _, _, c in found} == {category}, \
            (texts[-1], found)


def test_talks_with_unnamed_partners_are_the_acting_party_alone():
    text = ("(c) The Trade Representative shall pursue negotiations with allied shipbuilding nations on agreements "
            "addressing imports of the articles described in clause 1.")
    rows = extract("By the authority vested in me as President by the Constitution and the laws of the United States "
                   "of America, it is hereby ordered:", text,
                   title="Adjusting Imports of Marine Engines Into the United States")
    assert talks_of(rows, text) == [("USA", None, "import_restriction")]


# --- (2) the agreement's own steps still to come ---------------------------------------------------

def test_the_agreements_steps_to_come_are_a_diplomatic_row_per_party():
    cases = [
        ("Agreement Between the United States of America and the Republic of Peru on Reciprocal Trade",
         "This Agreement takes effect 90 days after the later of the two notes by which the Parties confirm the "
         "completion of their internal procedures.", None),
        ("Agreement Between the United States of America and the Republic of Peru on Reciprocal Trade",
         "Article 7.3 This Agreement shall enter into force sixty days after the date on which the Parties exchange "
         "written notifications.", None),
        ("Vietnam, US sign trade pact", "The two governments aim to bring the pact into force by January, officials "
                                        "said.", BYLINE),
        ("What They Are Saying: the United States-Vietnam Agreement",
         'Vietnam\'s trade minister: "Both governments will now submit the Agreement to their domestic procedures '
         'so that it can take effect next year."', None),
        ("Joint Statement on a Framework for a United States-Peru Agreement on Reciprocal Trade",
         "The United States and Peru today concluded a Framework for an Agreement on Reciprocal Trade, which the two "
         "Governments will turn into a binding legal text in the coming weeks.", None),
    ]
    for title, text, authors in cases:
        rows = extract(text, title=title, authors=authors)
        found = talks_of(rows, text)
        assert len(found) == 2 and {c for _, _, c in found} == {"diplomatic"}, (text, found)


# --- precision: what the reader must leave empty -------------------------------------------------

def test_talks_done_refused_told_back_or_off_trade_give_no_talks_row():
    cases = [
        # talks concluded and reported as done
        ("India, EU sign trade pact", "The two sides concluded negotiations in Delhi in May, after talks that began in "
                                      "2007."),
        # history of the talks
        ("India, EU sign trade pact", "Negotiations were first launched in 2007, stalled in 2013 over wine, and "
                                      "resumed in 2021."),
        # talks as the condition of another measure
        ("Continuing the Suspension of Heightened Duties on Products of Namibia",
         "It is appropriate to continue the suspension while the negotiations proceed."),
        # sport, merger and wage talks on pages about no trade
        ("Striker joins rivals", "The club will resume talks with the player's agent next week, the coach said."),
        ("Union wage deal", "Union leaders and the company will hold a second round of wage talks on Friday."),
        ("Bank merger", "Negotiators from the two banks will meet again on Monday to discuss the merger terms."),
        # an agreement already in force
        ("US-Peru pact one year on", "The agreement entered into force on May 1, 2025."),
    ]
    for title, text in cases:
        rows = extract(text, title=title, authors=BYLINE)
        assert talks_of(rows, text) == [], (text, talks_of(rows, text))
