"""Statement extraction on paragraphs written for these tests: patterns, speakers, kinds."""
from datetime import datetime, timezone

from pipeline.model import Article, Paragraph, article_from_paragraphs, stable_id
from pipeline.statements import EXTRACTOR_VERSION, extract_statements


def extract(*paragraphs, **kwargs):
    article = article_from_paragraphs(list(paragraphs), **kwargs)
    article.article_id = "test-article"
    return article, extract_statements(article)


def one(*paragraphs):
    _, statements = extract(*paragraphs)
    assert len(statements) == 1, [s.quote for s in statements]
    return statements[0]


# ---------------------------------------------------------------- the worked example

WIRE_STORY = [
    "Negotiators from both capitals agreed on Monday to lower tariffs for 90 days.",
    "“This is a pause, not a peace treaty,” said Ms Laura Okafor, senior fellow at the Institute for Global Commerce.",
    "Mr Kenji Sato, chief economist at Harbour Capital, a fund manager, said markets had already priced in the truce.",
    "Pedro Alvarez, a Singapore-based partner at advisory firm Meridian, said exporters were relieved.",
    "“Nobody trusts the other side’s numbers,” she said.",
    "“That will not change this year.”",
    "A diplomat familiar with the talks said Tokyo had expected more from the meeting.",
]


def test_worked_example_speakers_pronoun_and_continuation():
    article, statements = extract(*WIRE_STORY)
    by_quote = {s.quote: s for s in statements}
    first = by_quote["This is a pause, not a peace treaty"]
    assert (first.kind, first.speaker, first.speaker_role, first.speaker_org, first.speaker_type) == (
        "direct", "Laura Okafor", "senior fellow", "Institute for Global Commerce", "analyst")
    sato = by_quote["markets had already priced in the truce"]
    assert (sato.kind, sato.speaker, sato.speaker_role, sato.speaker_org) == (
        "indirect", "Kenji Sato", "chief economist", "Harbour Capital")
    alvarez = by_quote["exporters were relieved"]
    assert (alvarez.speaker, alvarez.speaker_role, alvarez.speaker_org) == ("Pedro Alvarez", "partner", "Meridian")
    # "she" three paragraphs on, after two men were named, is Laura Okafor
    nobody = by_quote["Nobody trusts the other side’s numbers"]
    assert (nobody.kind, nobody.speaker) == ("direct", "Laura Okafor")
    carried = by_quote["That will not change this year."]
    assert (carried.kind, carried.speaker, carried.paragraph_index) == ("continuation", "Laura Okafor", 5)
    diplomat = by_quote["Tokyo had expected more from the meeting"]
    assert (diplomat.kind, diplomat.speaker, diplomat.speaker_type) == (
        "indirect", "a diplomat familiar with the talks", "anonymous")


def test_every_field_is_filled_and_offsets_point_into_the_body():
    article, statements = extract(*WIRE_STORY)
    for s in statements:
        assert s.article_id == "test-article"
        assert s.extractor_version == EXTRACTOR_VERSION
        assert article.body[s.char_start:s.char_end] == s.quote
        paragraph = article.paragraphs[s.paragraph_index]
        assert paragraph.char_start <= s.char_start < s.char_end <= paragraph.char_end
        assert s.statement_id == stable_id(s.article_id, s.paragraph_index, s.char_start, s.char_end, s.kind)
    assert len({s.statement_id for s in statements}) == len(statements)


def test_guide_example():
    s = one("“We are buying time, not peace,” said Ms Jane Doe, director at the Trade Institute.")
    assert (s.speaker, s.speaker_role, s.speaker_org, s.kind, s.verb) == (
        "Jane Doe", "director", "Trade Institute", "direct", "said")


# ---------------------------------------------------------------- attribution patterns


def test_quote_then_speaker_then_verb():
    s = one("“The numbers do not add up,” the Commerce Ministry said in a statement.")
    assert (s.speaker, s.kind, s.speaker_type, s.quote) == (
        "Commerce Ministry", "direct", "official", "The numbers do not add up")


def test_speaker_says_colon_quote():
    s = one("Mr Kenji Sato said: “Shipping rates will fall before Christmas.”")
    assert (s.speaker, s.kind, s.quote) == ("Kenji Sato", "direct", "Shipping rates will fall before Christmas.")


def test_said_that_is_indirect():
    s = one("The trade envoy Mara Quist said that both teams would meet again in Geneva.")
    assert (s.kind, s.speaker, s.quote) == ("indirect", "Mara Quist", "both teams would meet again in Geneva")


def test_said_that_with_a_quoted_fragment_is_partial():
    s = one("Ms Mara Quist said the agreement was “a floor, not a ceiling” for future talks.")
    assert s.kind == "partial"
    assert s.quote == "the agreement was “a floor, not a ceiling” for future talks"


def test_clause_then_speaker_added():
    s = one("The quota would be reviewed every six months, Mr Kenji Sato added.")
    assert (s.kind, s.speaker, s.verb, s.quote) == (
        "indirect", "Kenji Sato", "added", "The quota would be reviewed every six months")


def test_say_experts_is_generic():
    s = one("Shipping costs will stay high well into next year, say experts.")
    assert (s.kind, s.speaker, s.speaker_type) == ("indirect", "experts", "analyst")
    assert s.confidence < 1.0  # nobody in particular


def test_according_to_at_either_end():
    lead = one("According to Ms Mara Quist, the first cargoes will sail in March.")
    assert (lead.speaker, lead.verb, lead.quote) == ("Mara Quist", "according to", "the first cargoes will sail in March")
    trail = one("The first cargoes will sail in March, according to port officials.")
    assert (trail.speaker, trail.quote) == ("port officials", "The first cargoes will sail in March")


def test_by_saying_that_quote():
    s = one("The ministry responded by saying that “the door to talks remains open.”")
    assert s.speaker == "ministry" or s.speaker == "the ministry"
    assert "the door to talks remains open" in s.quote


def test_round_up_lead_in_with_organisation_title_name():
    s = one("Northern Growers Federation President Dana Whitfield: “This deal opens a market our farmers lost years ago.”")
    assert (s.speaker, s.speaker_role, s.speaker_org, s.kind) == (
        "Dana Whitfield", "President", "Northern Growers Federation", "direct")


def test_press_conference_transcript_turns():
    _, statements = extract(
        "Spokesperson Lin Qiao of the Ministry of Commerce answered questions on Thursday.",
        "Q: Will the port fees be suspended?",
        "Lin Qiao: Yes. The fees will be suspended for one year from next Monday.",
        "Q: What about soybean purchases?",
        "Lin Qiao: Companies will buy according to market principles.",
    )
    answers = [s for s in statements if s.speaker == "Lin Qiao"]
    assert [a.quote for a in answers] == [
        "Yes. The fees will be suspended for one year from next Monday.",
        "Companies will buy according to market principles.",
    ]
    assert answers[0].speaker_role == "Spokesperson" and answers[0].speaker_org == "Ministry of Commerce"
    assert all(a.kind == "direct" for a in answers)


def test_dash_transcript_turns():
    _, statements = extract(
        "Trade envoy Mara Quist spoke to reporters in Geneva on Monday.",
        "Q — Is the truce holding?",
        "A — It is holding, and both sides want it extended.",
        "Q — For how long?",
        "A — At least another ninety days.",
    )
    assert [(s.speaker, s.quote) for s in statements] == [
        ("Mara Quist", "It is holding, and both sides want it extended."),
        ("Mara Quist", "At least another ninety days."),
    ]


def test_interrupted_quote_is_one_statement():
    s = one("“If the quota is filled by June,” Mr Sato said, “the rest of the year is lost.”")
    assert s.quote == "If the quota is filled by June, the rest of the year is lost."
    assert (s.kind, s.speaker) == ("direct", "Sato")


def test_quote_opening_in_a_colon_lead_in_paragraph():
    _, statements = extract("Ms Mara Quist told reporters after the final session:", "“We came for a truce and we got one.”")
    assert [(s.kind, s.speaker, s.paragraph_index) for s in statements] == [("direct", "Mara Quist", 1)]


def test_inverted_said_name_colon():
    s = one("Said Ms Quist: “Nobody leaves this room without a deal.”")
    assert (s.speaker, s.kind) == ("Quist", "direct")


def test_participle_after_comma_speaks_for_the_subject():
    s = one("Ms Mara Quist rejected the offer on Friday, saying, “Half a deal is no deal.”")
    assert (s.speaker, s.verb, s.kind, s.quote) == ("Mara Quist", "saying", "direct", "Half a deal is no deal.")


def test_dash_signature_after_a_quote():
    s = one("“The quota is gone by March and nobody told us.” ― Priya Raman, a steel buyer")
    assert (s.speaker, s.kind, s.verb) == ("Priya Raman", "direct", None)


def test_quoted_label_after_called_is_partial():
    s = one("Ms Mara Quist called the agreement “a floor, not a ceiling” for the region.")
    assert (s.speaker, s.kind, s.verb) == ("Mara Quist", "partial", "called")
    _, none = extract("The tariff, called “reciprocal” by the White House, took effect in April.")
    assert none == []  # a label with no speaker before it is a scare quote


def test_trailing_title_then_name():
    s = one("Exports will keep flowing, its ambassador to Geneva, Vinay Rao, told a news agency this week.")
    assert (s.speaker, s.speaker_role, s.quote, s.addressee) == (
        "Vinay Rao", "ambassador", "Exports will keep flowing", "a news agency")


def test_verbs_that_take_objects_need_that():
    _, statements = extract("The president announced the agreement late on Tuesday at the White House.")
    assert statements == []
    s = one("The ministry announced that port fees would be suspended for a year.")
    assert s.quote == "port fees would be suspended for a year"


def test_said_but_warned_gives_two_statements():
    _, statements = extract(
        "Ms Mara Quist said the quota would bring “welcome relief” but warned that costs would stay high until June.")
    assert [(s.kind, s.verb, s.speaker) for s in statements] == [
        ("partial", "said", "Mara Quist"), ("indirect", "warned", "Mara Quist")]
    assert statements[1].quote == "costs would stay high until June"


def test_participle_in_reported_speech():
    s = one("Chancellor Dana Whitfield welcomed the cut, saying it would lower borrowing costs for families.")
    assert (s.speaker, s.speaker_role, s.verb, s.kind) == ("Dana Whitfield", "Chancellor", "saying", "indirect")


def test_place_names_ending_in_ing_can_speak():
    s = one("Downing Street said talks on medicines were continuing.")
    assert (s.speaker, s.speaker_type) == ("Downing Street", "official")
    _, statements = extract("Speaking at a rally in Ohio, the crowd said nothing new.")
    assert all(st.speaker != "Speaking at a rally in Ohio" for st in statements)


def test_quotes_inside_a_quoted_excerpt_are_their_speakers():
    _, statements = extract(
        "The Harbour Herald reported a rush of orders at small plants, writing:",
        "“‘We cannot hire welders fast enough,’ said Dana Whitfield, owner of Whitfield Fabrication. "
        "The plant added a night shift in May.”",
    )
    inner = [s for s in statements if s.speaker == "Dana Whitfield"]
    assert inner and inner[0].quote == "We cannot hire welders fast enough"
    assert (inner[0].speaker_role, inner[0].speaker_org) == ("owner", "Whitfield Fabrication")


def test_q_and_a_answers_go_to_the_host_not_to_people_named_in_questions():
    _, statements = extract(
        "Spokesperson Lin Qiao of the Ministry of Commerce hosted the briefing on Thursday.",
        "Q: President Donald Trump said on Friday that tariffs would rise again. What is your response?",
        "A: China does not want a trade war, but it is not afraid of one.",
    )
    answer = [s for s in statements if s.quote.startswith("China does not want")]
    assert answer[0].speaker == "Lin Qiao"
    trump = [s for s in statements if s.speaker == "Donald Trump"]
    assert trump and trump[0].kind == "indirect" and trump[0].quote == "tariffs would rise again"


def test_the_ministry_resolves_to_the_named_ministry():
    _, statements = extract(
        "“We will suspend the port fees,” China’s Commerce Ministry said.",
        "The fees cost shippers millions each month, the ministry said.",
    )
    assert [s.speaker for s in statements] == ["Commerce Ministry", "Commerce Ministry"]


def test_no_continuation_after_reported_speech_or_for_headline_lines():
    _, statements = extract(
        "Ms Mara Quist said the talks had stalled over rice.",
        "“All Bets Are Off.”",
    )
    assert [s.kind for s in statements] == ["indirect"]


def test_a_list_before_the_attribution_is_not_the_speaker():
    s = one("Medicines, phones and other electronics remain exempt, Customs and Border Protection said in a notice.")
    assert (s.speaker, s.quote) == ("Customs and Border Protection", "Medicines, phones and other electronics remain exempt")


def test_setting_before_that_is_not_content():
    s = one("The minister told reporters aboard the government plane that the quota would be doubled.")
    assert (s.quote, s.addressee) == ("the quota would be doubled", "reporters")
    s = one("Mr Kenji Sato said in a television interview that exports would recover by June.")
    assert s.quote == "exports would recover by June"


def test_addressee_is_kept():
    s = one("Xi Jinping told his Japanese counterpart by phone that trade must stay open.")
    assert (s.addressee, s.quote, s.verb) == ("his Japanese counterpart", "trade must stay open", "told")


# ---------------------------------------------------------------- speakers across paragraphs


def test_surname_later_resolves_to_full_name_and_keeps_role():
    _, statements = extract(
        "Japan’s Trade Minister Ryosei Akazawa arrived in Washington on Tuesday.",
        "“We will not give up our rice farmers,” Akazawa said.",
    )
    s = statements[0]
    assert (s.speaker, s.speaker_role, s.speaker_type) == ("Ryosei Akazawa", "Trade Minister", "official")


def test_government_speaker_is_linked_to_actor_and_country():
    article, statements = extract(
        "“The measures take effect on Monday,” China’s Commerce Ministry said.",
        published_at=datetime(2025, 11, 5, tzinfo=timezone.utc),
    )
    assert statements[0].speaker_country == "CHN"
    assert statements[0].speaker_actor_id


def test_analyst_is_not_linked_to_a_government():
    s = one("“Markets will like this,” said Ms Jane Doe, director at the Trade Institute.")
    assert s.speaker_country is None and s.speaker_actor_id is None


def test_the_official_links_to_earlier_anonymous_official():
    _, statements = extract(
        "A senior official briefed on the talks said the tariff pause would be extended.",
        "The official added that a signing ceremony was planned for next week.",
    )
    assert statements[0].speaker_type == statements[1].speaker_type == "anonymous"
    assert statements[0].speaker == statements[1].speaker == "a senior official briefed on the talks"


def test_pronoun_inside_quote_text_does_not_steal_the_speaker():
    _, statements = extract(
        "Ms Laura Okafor spoke first.",
        "“Mr Kenji Sato is wrong about the quota,” she said.",
    )
    assert statements[0].speaker == "Laura Okafor"


# ---------------------------------------------------------------- what is not a statement


def test_scare_quotes_and_titles_are_not_statements():
    _, statements = extract(
        "The so-called “reciprocal” tariffs remain in force under the “Phase One” deal.",
        "Officials think the plan will work.",
    )
    assert statements == []


def test_belief_verbs_are_not_speech():
    _, statements = extract("Analysts believe the tariffs will stay until spring.")
    assert statements == []


def test_headings_are_skipped():
    _, statements = extract("“A pause, not peace,” the experts say", kinds=["heading"])
    assert statements == []


def test_apostrophes_do_not_open_quotes():
    s = one("China’s exporters’ margins fell, and we’ve seen the ’90s before, Ms Jane Doe said.")
    assert s.kind == "indirect" and s.speaker == "Jane Doe"


def test_unbalanced_quote_marks_still_give_the_statement():
    s = one("“We will keep buying soybeans as long as prices hold, said Mr Kenji Sato.")
    assert s.speaker is None or s.quote.startswith("We will keep buying soybeans")


def test_unattributed_quote_without_previous_speaker_is_dropped():
    _, statements = extract("“Made in America” labels are now required on every crate.")
    assert statements == []


def test_odd_articles_do_not_raise():
    assert extract_statements(Article(body="", paragraphs=[])) == []
    weird = Article(body="x", paragraphs=[Paragraph(0, "“”“’‘\"'", 0, 7), Paragraph(1, ":", 99, 100)])
    assert isinstance(extract_statements(weird), list)
