"""Speaker rules added in round 3 (issue 5), each on sentences written for these tests."""
from pipeline.model import article_from_paragraphs
from pipeline.speakers import parse_speaker
from pipeline.statements import extract_statements


def extract(*paragraphs):
    article = article_from_paragraphs(list(paragraphs))
    article.article_id = "round3"
    return extract_statements(article)


def test_title_first_description_with_the_name_after_a_comma_is_the_named_person():
    statements = extract(
        "Lena Marsh, the opposition leader, has promised to scrap the quota.",
        "The minister of agriculture, Mr. Tomas Ebner, insists the quota is temporary. "
        "“We will review it in the spring,” he told reporters.",
    )
    direct = [s for s in statements if s.kind == "direct"]
    assert [s.speaker for s in direct] == ["Tomas Ebner"]
    assert direct[0].speaker_type == "official"


def test_a_writer_for_an_outlet_is_the_person_and_the_outlet_is_the_organisation():
    s = parse_speaker("Priya Lowell for Harbour Weekly")
    assert (s.name, s.org, s.kind) == ("Priya Lowell", "Harbour Weekly", "person")
    [statement] = extract("“Tariffs are a tax on patience,” wrote Priya Lowell for Harbour Weekly.")
    assert (statement.speaker, statement.speaker_org) == ("Priya Lowell", "Harbour Weekly")


def test_an_organisation_name_with_for_is_not_split_at_for():
    s = parse_speaker("Council for Export Growth")
    assert s.name == "Council for Export Growth"


def test_it_finds_an_organisation_named_only_as_a_sentence_subject():
    statements = extract(
        "Mara Quist, the farm minister, met growers on Monday.",
        "The Harbour Growers Association is lobbying against the quota. "
        "It is denouncing what it calls “a slow strangling of the orchards.”",
    )
    assert [s.speaker for s in statements] == ["Harbour Growers Association"]


def test_she_finds_a_subject_introduced_with_a_title_appositive_before_the_verb():
    statements = extract(
        "Tavi-Renn Okoro, trade law professor at Lakeside University, described the quota as a bargaining chip.",
        "“It will be traded away before the summer,” she said.",
    )
    assert [s.speaker for s in statements if s.kind == "direct"] == ["Tavi-Renn Okoro"]


def test_a_share_of_poll_respondents_speaks_as_a_group():
    [s] = extract("Yet 58 percent of growers said the quota was “a price worth paying” for calm.")
    assert (s.kind, s.speaker, s.speaker_type) == ("partial", "58 percent of growers", "other")
    [t] = extract("However, a quarter of exporters said the rebate was too small.")
    assert (t.kind, t.speaker) == ("indirect", "a quarter of exporters")


def test_a_title_word_inside_an_assembly_name_is_no_person():
    s = parse_speaker("the General Assembly")
    assert (s.kind, s.name) == ("organisation", "General Assembly")
    statements = extract(
        "Secretary General Tunde Okonjo toured the port on Monday.",
        "Under Mr. Okonjo's watch the General Assembly adopted the tariff code. "
        "Last week he said he would back a review of it.",
    )
    assert [s.speaker for s in statements] == ["Tunde Okonjo"]


def test_an_earlier_utterance_reported_by_a_closing_speaker_belongs_to_the_closing_speaker():
    [s] = extract("Ms Quist had told customs officers that the cargo was exempt, but the port refused, "
                  "a port official added.")
    assert (s.kind, s.speaker, s.verb) == ("indirect", "a port official", "added")
    assert s.quote == "Ms Quist had told customs officers that the cargo was exempt, but the port refused"
    # without "had" the opening speaker keeps the sentence (a closing clause may be part of what she said)
    [t] = extract("Ms Quist told customs officers that the cargo was exempt.")
    assert t.speaker == "Quist"


def test_poll_respondents_agreeing_that_is_reported_speech_but_parties_agreeing_is_not():
    [s] = extract("Only 41 percent of farmers agreed that the quota was “a fair trade” for lower feed prices.")
    assert (s.kind, s.speaker, s.verb) == ("partial", "only 41 percent of farmers", "agreed")
    assert extract("The two governments agreed that tariffs on steel would fall to 10 percent in June.") == []


def test_phrasal_attack_verbs_quote_the_label():
    [s] = extract("In recent weeks, Reyes has gone after the quota as a “tax on breakfast” and a “gift to importers.”")
    assert (s.kind, s.speaker, s.verb) == ("partial", "Reyes", "gone after")
    assert s.quote == "the quota as a “tax on breakfast” and a “gift to importers.”"


def test_a_named_persons_doctor_is_a_speaker():
    [s] = extract("Senator Tom Hale’s doctor is calling the senator “fit to serve another term.”")
    assert (s.kind, s.speaker_role, s.verb) == ("partial", "doctor", "calling")


def test_a_party_adjective_is_no_speaker_and_the_rater_quotes_the_ratings():
    [s] = extract("FactWatch rated 30% of Republican claims as “false” compared to 12% of Democratic claims.")
    assert (s.speaker, s.verb) == ("FactWatch", "rated")


def test_a_party_adjective_opens_a_title_before_the_name():
    [s] = extract("Democratic presidential nominee Dana Reyes weighed in on Twitter, saying that port officials "
                  "should publish the quota data “without delay.”")
    assert (s.speaker, s.verb) == ("Dana Reyes", "saying")


def test_a_plural_role_described_by_whom_they_serve_speaks():
    [s] = extract("The port authority has said it will not publish the inspection logs, "
                  "according to lawyers for the importers.")
    assert (s.kind, s.speaker, s.verb) == ("indirect", "lawyers for the importers", "according to")
    assert s.quote == "The port authority has said it will not publish the inspection logs"


def test_reported_clause_ends_where_a_second_reporter_takes_over():
    s, t = extract("Ms Quist stressed that the quota was temporary, and farm groups warned that the rebate "
                   "would come too late for this harvest.")
    assert (s.speaker, s.verb, s.quote) == ("Quist", "stressed", "the quota was temporary")
    assert (t.speaker, t.verb, t.quote) == ("farm groups", "warned", "the rebate would come too late for this harvest")


def test_state_councils_are_official_bodies_and_business_councils_are_not():
    assert parse_speaker("the Security Council").speaker_type == "official"
    assert parse_speaker("China’s State Council").speaker_type == "official"
    assert parse_speaker("the Business Council").speaker_type == "business"


def test_a_state_name_speaking_is_no_person():
    s = parse_speaker("North Dakota")
    assert (s.kind, s.name) == ("organisation", "North Dakota")
    statements = extract("North Dakota said the rebate would reach soybean growers by March.",
                         "“We expect the first payments in spring,” he said.")
    assert statements[0].speaker == "North Dakota"
    assert statements[1].speaker is None  # "he" cannot be a state
