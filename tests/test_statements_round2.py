"""Statement rules added in round 2 (issue 5), each on sentences written for these tests."""
from pipeline.model import article_from_paragraphs
from pipeline.statements import extract_statements


def extract(*paragraphs):
    article = article_from_paragraphs(list(paragraphs))
    article.article_id = "round2"
    return extract_statements(article)


def one(*paragraphs):
    statements = extract(*paragraphs)
    assert len(statements) == 1, [(s.kind, s.quote) for s in statements]
    return statements[0]


def test_judgement_verb_quotes_the_judged_words():
    s = one("Dana Reyes dismissed the offer as “theatre for the cameras.”")
    assert (s.kind, s.speaker, s.verb) == ("partial", "Dana Reyes", "dismissed")
    assert s.quote == "the offer as “theatre for the cameras.”"


def test_label_list_runs_through_every_quoted_label():
    s = one("Mr Sato called the quota a “sham,” a “ransom note” and “an insult to growers.”")
    assert s.quote == "the quota a “sham,” a “ransom note” and “an insult to growers.”"


def test_demanded_reports_a_question():
    s = one("“Who will pay for the quota?” Dana Reyes demanded.")
    assert (s.kind, s.speaker, s.verb, s.quote) == ("direct", "Dana Reyes", "demanded", "Who will pay for the quota?")


def test_went_on_to_say_is_a_speech_verb_phrase():
    s = one("Kenji Sato went on to say that the quota would be filled by June.")
    assert (s.kind, s.speaker, s.quote) == ("indirect", "Kenji Sato", "the quota would be filled by June")


def test_pronoun_subject_after_an_opening_phrase():
    statements = extract("Mr Kenji Sato spoke in Osaka on Monday.",
                         "In an interview with a business channel he blasted exporters for being “greedy beyond words.”")
    assert [(s.speaker, s.quote) for s in statements] == [("Kenji Sato", "exporters for being “greedy beyond words.”")]


def test_coordinated_verb_before_the_speech_verb():
    s = one("Ms Laura Okafor smiled and said: “The quota will not last the winter.”")
    assert (s.kind, s.speaker, s.quote) == ("direct", "Laura Okafor", "The quota will not last the winter.")


def test_first_person_narrator_is_kept_as_a_statement():
    s = one("On the drive home I laughed and said, “The quota will never hold.”")
    assert (s.kind, s.quote) == ("direct", "The quota will never hold.")


def test_kin_noun_is_a_speaker_and_tells_gender():
    s = one("My grandmother often said, “A quota is only as good as its inspector.”")
    assert (s.speaker_role, s.quote) == ("grandmother", "A quota is only as good as its inspector.")
    statements = extract("Port widow Terry Vance spoke first, then Kenji Sato, who is a trader.",
                         "“Nobody asked the growers,” she said.")
    assert statements[-1].speaker == "Terry Vance"


# ---------------------------------------------------------------- speakers


def test_pronoun_goes_to_the_subject_of_the_last_sentence_not_the_last_name():
    statements = extract(
        "Retired Gen. Norman Vance spoke about the quota on Monday.",
        "In a radio interview, Vance made it clear he had doubts about the deal struck by President Joe Harlan.",
        "“The growers were never asked,” he told the host.")
    assert statements[-1].speaker == "Norman Vance"


def test_a_name_owning_something_is_still_registered():
    statements = extract(
        "Laura Whitfield’s proposal on the quota was read out at the port.",
        "“The quota is a floor,” she said.")
    assert statements[-1].speaker == "Laura Whitfield"


def test_headline_case_phrase_is_not_a_person():
    statements = extract(
        "Retired General Warns Of Quota Trouble Under Harlan.",
        "“The growers were never asked,” he said.")
    assert all(s.speaker is None or "Warns" not in s.speaker for s in statements)


def test_pronouns_in_a_sentence_naming_one_person_tell_the_gender():
    statements = extract(
        "“The quota is a floor,” said Ms Dana Whitfield.",
        "Robin Tall said his growers had sold out by June.",
        "“Nobody asked the growers,” she said.")
    # "his" made Robin Tall a man, so "she" passes over him to Whitfield
    assert statements[-1].speaker == "Dana Whitfield"


def test_abbreviated_military_title_is_a_role():
    s = one("“The port is secure,” said Gen. Norman Vance.")
    assert (s.speaker, s.speaker_role, s.speaker_type) == ("Norman Vance", "General", "official")


def test_chancellor_type_depends_on_the_country():
    # a head of government in Germany or Austria, a finance minister elsewhere
    merz = one("German Chancellor Konrad Albers said the agreement spared the car makers.")
    assert (merz.speaker_role, merz.speaker_type) == ("Chancellor", "leader")
    austria = one("Austria’s Chancellor Karl Brenner said the deal was fair to farmers.")
    assert austria.speaker_type == "leader"
    uk = one("Chancellor Rachel Whitby said the cut would help families with mortgages.")
    assert (uk.speaker_role, uk.speaker_type) == ("Chancellor", "official")
    exchequer = one("The Chancellor of the Exchequer, Rachel Whitby, said the cut would help families.")
    assert exchequer.speaker_type == "official"


def test_president_of_a_government_body_is_a_leader_of_a_company_is_business():
    commission = one("European Commission President Ingrid Holm said the deal brought stability to exporters.")
    assert commission.speaker_type == "leader"
    company = one("Harbour Freight Group President Ingrid Holm said the deal brought stability to exporters.")
    assert company.speaker_type == "business"


def test_label_verb_content_runs_to_the_end_of_its_clause():
    s = one("Ms Dana Reyes likened the quota to a “ransom note” in a speech to growers.")
    assert s.quote == "the quota to a “ransom note” in a speech to growers"


def test_quoted_sentence_after_a_participle_is_direct():
    statements = extract("Growers marched to the port, chanting “Hold the line!” and waving banners.")
    assert [(s.kind, s.quote) for s in statements] == [("direct", "Hold the line!")]
    s = one("Mr Kenji Sato said during the hearing last week, “The quota is a floor, not a ceiling.”")
    assert (s.kind, s.quote) == ("direct", "The quota is a floor, not a ceiling.")


def test_it_after_an_organisation_is_the_organisation():
    statements = extract("The Harbour Growers Association said on Monday that the quota was too small.",
                         "“Our members will have sold out by June,” it added.")
    assert (statements[-1].kind, statements[-1].speaker) == ("direct", "Harbour Growers Association")


def test_a_document_can_be_the_speaker():
    s = one("“The impact on exporters remains unclear,” the fund’s quarterly report stated.")
    assert (s.kind, s.quote) == ("direct", "The impact on exporters remains unclear")
    assert "report" in s.speaker


def test_transcript_turns_inside_an_opening_quote_mark():
    statements = extract("“REYES: Let us start with the quota. What did the minister promise?",
                         "“SATO: Well, the quota is a floor and the growers know it.",
                         "“REYES: And the beef?")
    assert [(s.speaker, s.quote) for s in statements] == [
        ("Reyes", "Let us start with the quota. What did the minister promise?"),
        ("Sato", "Well, the quota is a floor and the growers know it."),
        ("Reyes", "And the beef?")]


def test_coordinated_names_speak_together_and_answer_they():
    statements = extract("Mara Quist and Kenji Sato said the quota would be filled by June.",
                         "“We will not sign this year,” they said.",
                         "“Prices will rise,” Quist said.")
    assert [s.speaker for s in statements] == ["Mara Quist and Kenji Sato", "Mara Quist and Kenji Sato", "Mara Quist"]


def test_plural_title_is_shared_by_coordinated_names():
    s = one("Senators Dana Reyes and Tom Hale said in a joint letter that the quota was too small.")
    assert (s.speaker, s.speaker_role, s.speaker_type) == ("Dana Reyes and Tom Hale", "Senator", "official")


def test_institution_names_with_and_stay_organisations():
    s = one("Procter and Gamble said the tariffs would raise shelf prices this winter.")
    assert s.speaker == "Procter and Gamble"


def test_a_thing_before_a_parenthetical_attribution_is_not_the_speaker():
    statements = extract("Senator Dana Reyes spoke at the port on Monday.",
                         "The truth, the senator said then, was that the quota had never been enforced.")
    assert statements[-1].speaker == "Dana Reyes"
    s = one("The middle fifth paid 8.9 percent, the agency said in a June report.")
    assert s.speaker == "the agency"


def test_outer_reporter_governs_a_nested_attribution():
    s = one("Reyes said during a rally in Ohio that Sato once described the quota as “the gold standard” of deals.")
    assert (s.kind, s.speaker, s.quote) == ("partial", "Reyes", "Sato once described the quota as “the gold standard” of deals")


def test_a_document_named_with_its_owner_is_a_speaker():
    s = one("“The impact on exporters remains unclear, as the quota talks have stalled,” the IMF report stated.")
    assert (s.kind, s.speaker) == ("direct", "IMF report")


def test_label_verb_after_a_name_and_its_appositive():
    s = one("Minyon Reyes, a senior adviser to the campaign, called the remarks “a true wake-up call” for growers.")
    assert (s.speaker, s.verb, s.quote) == ("Minyon Reyes", "called", "the remarks “a true wake-up call” for growers")
    # a thing named by a participle is still no statement
    assert extract("The agreement, called “Phase One” by negotiators, cut tariffs on 300 goods.") == []


def test_quote_opening_a_clause_after_that_is_partial():
    s = one("Spokeswoman Jessica Reyes said that, “Of course the ministry will defend itself” against what it sees as a campaign.")
    assert (s.kind, s.quote) == ("partial", "“Of course the ministry will defend itself” against what it sees as a campaign")


def test_state_before_a_title_is_the_jurisdiction():
    s = one("Ohio Governor Dana Reyes: “The quota protects our growers.”")
    assert (s.speaker, s.speaker_role, s.speaker_org, s.speaker_type) == ("Dana Reyes", "Governor", "Ohio", "official")
    # a capitalised title phrase still keeps its words
    s = one("Business and Trade Secretary Tom Hale said the quota would be filled by June.")
    assert s.speaker_role == "Business and Trade Secretary"


def test_place_based_name_without_a_title_is_an_organisation():
    s = one("Ohio-based Kestrel said the tariff gave it a price advantage over importers.")
    assert (s.speaker, s.speaker_org) == ("Kestrel", "Kestrel")
    s = one("Administrator Dana Reyes said the rule would take effect in June.")
    assert (s.speaker_role, s.speaker_type) == ("Administrator", "official")


def test_outer_reporter_without_that():
    s = one("The council statement noted they had previously said they would take “further measures” on quotas.")
    assert (s.speaker, s.verb) == ("the council statement", "noted")
    assert s.quote == "they had previously said they would take “further measures” on quotas"


def test_speech_verb_coordinated_with_an_earlier_predicate_shares_its_subject():
    statements = extract("Ms Dana Reyes stood at the gate.",
                         "She then urged the growers to stay calm and repeatedly says, “Do not sell below the floor.”")
    assert [(s.kind, s.speaker, s.quote) for s in statements][-1] == ("direct", "Dana Reyes", "Do not sell below the floor.")


def test_label_verb_content_stops_before_a_setting():
    s = one("Kenji Sato blasted the quota as a “disgrace” on Wednesday on a farm radio show.")
    assert s.quote == "the quota as a “disgrace”"
    s = one("The growers’ union called Reyes a “champion” for its members, citing her work on quotas.")
    assert s.quote == "Reyes a “champion” for its members"


def test_contracted_is_before_a_speech_verb():
    statements = extract("Mr Kenji Sato spoke first.", "He’s claiming that the quota is “a big, big problem” for growers.")
    assert [(s.speaker, s.quote) for s in statements] == [("Kenji Sato", "the quota is “a big, big problem” for growers")]


def test_called_on_keeps_the_particle_out_of_the_content():
    s = one("Dana Reyes called on the ministry to “stand up to the importers” before June.")
    assert (s.speaker, s.quote) == ("Dana Reyes", "the ministry to “stand up to the importers”")


def test_sung_words_are_quoted_words():
    s = one("Protesters at the port sang “We will not be moved.”")
    assert (s.kind, s.verb, s.quote) == ("direct", "sang", "We will not be moved.")


def test_label_verb_after_an_opening_phrase_and_an_appositive_with_an_abbreviation():
    s = one("With 50 days to go, Minyon Reyes, a senior adviser to the campaign, called Mr. Sato’s remarks "
            "“a true wake-up call” to growers.")
    assert (s.speaker, s.quote) == ("Minyon Reyes", "Mr. Sato’s remarks “a true wake-up call” to growers")


def test_quote_followed_by_a_time_clause_is_direct():
    s = one("Mr Kenji Sato said during the hearing, “That makes me careful,” when the minister pressed him.")
    assert (s.kind, s.quote) == ("direct", "That makes me careful")


def test_time_phrase_after_the_addressee_is_not_content_and_a_gloss_ends_it():
    s = one("Mr Kenji Sato told Americans this weekend he would consider it a “personal insult” if growers sold "
            "below the floor, implicitly putting his name on the line.")
    assert s.quote == "he would consider it a “personal insult” if growers sold below the floor"
    assert s.addressee == "Americans"


def test_plain_and_ing_forms_of_label_verbs():
    s = one("Growers call the quota “a ransom note” at every meeting.")
    assert (s.verb, s.quote) == ("call", "the quota “a ransom note”")
    statements = extract("The Harbour Growers Association said on Monday that the quota was too small.",
                         "It is denouncing what it calls “the worst quota in a generation.”")
    assert [(s.speaker, s.verb) for s in statements][-1] == ("Harbour Growers Association", "denouncing")


def test_a_coordinated_act_verb_without_that_is_no_second_statement():
    statements = extract("Mr Kenji Sato said the quota was “a ransom note” and described the talks in detail.")
    assert [s.verb for s in statements] == ["said"]


def test_a_name_opening_a_sentence_before_a_verb_is_registered():
    statements = extract(
        "Mr Keith Vance was stopped at the port gate on Friday.",
        "The video shows an officer at the gate. Odalys Vance can be heard telling the officers that her husband was unarmed.",
        "“He has no weapon,” she says.")
    assert statements[-1].speaker == "Odalys Vance"
    # a place opening a sentence is not a person
    statements = extract("North Dakota ships soybeans to Japan every spring.",
                         "“We will not sign,” she said.")
    assert statements[-1].speaker is None


def test_a_surname_opening_a_sentence_takes_the_full_name_seen_before():
    statements = extract(
        "Two growers, Tyresha Okoro and Bryce Lundqvist, came to hear Senator Dana Reyes speak.",
        "Lundqvist largely agreed with Okoro and thought the quota was unfair.",
        "“The quota helps the big farms,” he said.")
    assert statements[-1].speaker == "Bryce Lundqvist"


def test_a_no_break_space_after_the_last_quote_keeps_the_statement():
    s = one("“The quota is a floor,” Dana Reyes said. “Growers know it.”\xa0")
    assert (s.kind, s.speaker, s.quote) == ("direct", "Dana Reyes", "The quota is a floor, Growers know it.")


def test_adding_after_an_attribution_starts_a_second_statement():
    statements = extract("“We cannot afford this quota anymore,” Kenji Sato said, adding later, “It is costing us a fortune.”")
    assert [(s.kind, s.verb, s.speaker, s.quote) for s in statements] == [
        ("direct", "said", "Kenji Sato", "We cannot afford this quota anymore"),
        ("direct", "adding", "Kenji Sato", "It is costing us a fortune.")]
    statements = extract("“The rules are careful,” Kenji Sato said, adding that “some of them are ridiculous.”")
    assert [(s.kind, s.verb, s.quote) for s in statements][-1] == ("partial", "adding", "“some of them are ridiculous.”")


def test_but_before_another_quote_carries_the_reported_speech_on():
    s = one("Kenji Sato claimed that quota fraud is “a big, big problem” but “nobody dares to say it.”")
    assert s.quote == "quota fraud is “a big, big problem” but “nobody dares to say it.”"


def test_saying_after_a_speech_noun_needs_no_comma():
    s = one("Kenji Sato sent a series of messages early Friday saying that the minister had used the quota "
            "“as a bargaining chip.”")
    assert (s.speaker, s.verb, s.quote) == ("Kenji Sato", "saying",
                                            "the minister had used the quota “as a bargaining chip.”")


def test_description_then_name_before_a_label_verb_and_adverbs_before_verbs():
    s = one("Another critic, Laurence Okoro, likened the quota to “a tax on bread” in a speech.")
    assert (s.speaker, s.verb) == ("Laurence Okoro", "likened")
    s = one("In July, Mr Sato cynically dismissed the port as “a backwater” in an interview.")
    assert (s.speaker, s.verb) == ("Sato", "dismissed")
    statements = extract("Mr Kenji Sato toured the port.",
                         "A few days ago in an interview with the network RT he blasted the press for being “dishonest.”")
    assert statements[-1].speaker == "Kenji Sato"


def test_a_text_reads_its_words_but_reading_is_no_speech():
    s = one("“Growers will be paid by June,” the ministry letter read.")
    assert (s.kind, s.verb, s.quote) == ("direct", "read", "Growers will be paid by June")
    assert extract("Ms Dana Reyes read the quota report on the train to Leeds.") == []


def test_a_long_title_phrase_is_a_speaker():
    s = one("On the “Morning Farm Show,” the former secretary of state and current Democratic presidential nominee "
            "said she wanted to speak “directly to growers.”")
    assert (s.kind, s.speaker_role) == ("partial", "former secretary of state and current Democratic presidential nominee")


def test_citing_and_encouraging_carry_quoted_words():
    s = one("Dana Reyes cited the minister’s remarks as “proof of bad faith” at the meeting.")
    assert (s.verb, s.quote) == ("cited", "the minister’s remarks as “proof of bad faith”")


def test_still_and_state_abbreviations_in_attributions():
    statements = extract("Ms Dana Reyes retired last year.",
                         "Even now she still says things such as, “The quota was never meant to be fair.”")
    assert [(s.kind, s.speaker, s.quote) for s in statements][-1] == (
        "direct", "Dana Reyes", "The quota was never meant to be fair.")
    s = one("He characterized Sen. Tom Hale, D-Va., as “a little desperate” during the debate.")
    assert (s.verb, s.quote) == ("characterized", "Sen. Tom Hale, D-Va., as “a little desperate”")


def test_when_after_a_quoted_fragment_carries_the_reported_clause_on():
    s = one("Dana Reyes said there remains a “significant gap between growers and packers,” when it comes to prices.")
    assert s.quote.endswith("when it comes to prices")


def test_label_verb_with_a_longer_object():
    s = one("Mr Sato blasted the ministry for leaving growers a quota that was only “partial.”")
    assert (s.verb, s.quote) == ("blasted", "the ministry for leaving growers a quota that was only “partial.”")


def test_the_next_sentence_is_not_a_trailing_attribution_of_a_quoted_fragment():
    statements = extract("In his speech on Wednesday, Kenji Sato proclaimed a goal of “Growth Through Quotas.” "
                         "He told an invited crowd at the port club that he wants a policy “focused on growers.”")
    assert [(s.verb, s.speaker, s.quote) for s in statements] == [
        ("proclaimed", "Kenji Sato", "a goal of “Growth Through Quotas.”"),
        ("told", "Kenji Sato", "he wants a policy “focused on growers.”")]


def test_a_surname_the_actor_lexicon_knows_gets_its_gender():
    # "Merz" alone carries no given name; the actor lexicon's Friedrich Merz says "she" is someone else
    statements = extract("Chancellor Merz met growers in Bonn.", "“We will not sign this year,” she said.")
    assert [s.speaker for s in statements] == [None]


def test_a_subject_with_an_appositive_stays_in_focus():
    statements = extract(
        "House Speaker Paul Brandt, R-Ohio, despite his doubts about the quota, said growers deserve a hearing "
        "and that Senator Mitch Harlow is right about the override.",
        "“I do think the votes are there,” he said.")
    assert statements[-1].speaker == "Paul Brandt"


def test_a_name_after_mr_in_mid_sentence_is_not_a_sentence_subject():
    statements = extract(
        "Mr. Donald Harlan spoke at the port on Monday about the quota.",
        "Mr. Schultz generally supported growers and said he did not back Mr. Harlan, the presumed favorite. "
        "“The difference now is that I chair a neutral panel,” he told me.")
    assert statements[-1].speaker == "Schultz"


def test_parenthetical_attribution_with_a_short_addressee_and_time():
    statements = extract("Mr Kenji Sato spoke.", "The difference now, he told me on Friday, is that he chairs a neutral panel.")
    assert [(s.kind, s.speaker, s.verb) for s in statements] == [("indirect", "Kenji Sato", "told")]
    assert statements[0].quote.startswith("The difference now") and statements[0].quote.endswith("a neutral panel")
