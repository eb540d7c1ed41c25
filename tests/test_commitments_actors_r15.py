"""Commitment extraction, round 15: actors — who levies, who buys, who commits, and whom a collective
subject names.

Each class is tested on several wordings of our own (official and news styles); countries, firms
and figures are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)


def extract(*texts, title):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-actors-r15")


def of(rows, sentence):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows if r.evidence == sentence)


# --- (1) the levying party of a duty paid by a class of countries defined by their deals ---------

CHIPS_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Machine Tools"
CHIPS_OPENING = "Today, President Donald J. Trump signed a proclamation adjusting imports of machine tools into the United States."


def test_countries_defined_by_their_deals_with_a_party_pay_that_party_s_duty():
    # the only country named is the one the deals are with: it levies, whatever the verb
    for sentence in (
        "Machine tools from countries that have signed reciprocal trade agreements with the United States will pay a 10% duty.",
        "Lathes from nations that have concluded trade deals with the United States will face a 10 percent tariff.",
        "Presses originating in a country with which the United States has reached a framework will be subject to a 10% duty.",
        "Imports of milling machines from partners that struck agreements with the United States shall be subject to a duty of 10 percent.",
        "Grinding machines from economies with a trade deal with the United States will pay a 10 per cent tariff.",
    ):
        rows = extract(CHIPS_OPENING, sentence, title=CHIPS_TITLE)
        assert of(rows, sentence) == [("USA", "tariff", "impose", None, 10.0, None)], sentence


def test_a_class_of_countries_without_a_deal_word_is_no_levier():
    # "countries that export steel to ..." names no deal: the class rule leaves it to the other rules
    sentence = "Steel from countries that ship more than a million tonnes a year will face a 25 percent tariff."
    rows = extract(CHIPS_OPENING, sentence, title=CHIPS_TITLE)
    assert {r.actor for r in rows if r.evidence == sentence} <= {"USA"}


# --- (1b) goods or firms exempted from a duty: the levying party exempts them ---------------------

EV_TITLE = "EU and China strike deal on electric car duties"
EV_OPENING = "BRUSSELS (Wire) - The European Union and China struck a deal on Monday on electric cars."


def test_a_country_s_firms_exempted_from_a_rate_are_exempted_by_the_levier():
    for sentence in (
        "Chinese manufacturers that sign price undertakings will be exempted from the 12% rate altogether, the Commission said.",
        "Chinese carmakers that accept a minimum import price will be exempt from the 12 percent duty.",
        "Vehicles made in China by firms that sign undertakings will be exempted from the 12% levy.",
        "Chinese producers are exempted from the 12 per cent tariff under the deal.",
        "Electric cars built in China by companies that agree to a price floor shall be exempt from the 12% duty.",
    ):
        rows = [r for r in extract(EV_OPENING, sentence, title=EV_TITLE) if r.evidence == sentence]
        assert {(r.actor, r.category, r.action) for r in rows} == {("EUN", "tariff", "remove")}, sentence
        assert {r.counterparty for r in rows} == {"CHN"}, sentence


def test_a_party_that_exempts_goods_is_still_the_actor():
    sentence = "The European Union will exempt Chinese electric cars from the 12% duty."
    rows = [r for r in extract(EV_OPENING, sentence, title=EV_TITLE) if r.evidence == sentence]
    assert {(r.actor, r.action) for r in rows} == {("EUN", "remove")}


# --- (2) the clause's own subject beats the previous sentence's actor -----------------------------

ROUNDUP_TITLE = "Analysis: how the tariff bargains compare"


def test_said_it_would_refers_to_the_clause_subject_not_the_previous_sentence():
    opening = "Britain was first to settle, accepting a 10 per cent rate and promising to buy US$10 billion of Boeing jets."
    for sentence, buyer in (
        ("The European Union accepted a similar ceiling of 15 per cent on its goods and said it would buy "
         "US$750 billion of American energy over three years.", "EUN"),
        ("India accepted the deal and will purchase $500 billion of US goods.", "IND"),
        ("Japan took a 15% ceiling too, and it pledged to invest $550 billion in the United States.", "JPN"),
        ("South Korea accepted the same ceiling of 15 per cent and said it would buy $100 billion of LNG.", "KOR"),
        ("Vietnam accepted a 20% rate on its exports, and it will buy $2 billion of American farm goods.", "VNM"),
    ):
        rows = [r for r in extract(opening, sentence, title=ROUNDUP_TITLE)
                if r.evidence == sentence and r.category in ("purchase", "investment")]
        assert {r.actor for r in rows} == {buyer}, sentence


# --- (3) buyers named by role after "by" ----------------------------------------------------------

UZB_TITLE = "Agreement between the United States and the Republic of Uzbekistan on Reciprocal Trade"
UZB_OPENING = "The United States and Uzbekistan agree as follows."


def test_the_airline_named_after_by_buys_the_aircraft():
    for sentence, count in (
        ("Uzbekistan shall facilitate the acquisition by Uzbekistan Airways of 22 Boeing aircraft.", 22.0),
        ("Acquisition by Uzbekistan Airways of 14 Boeing 787 aircraft.", 14.0),
        ("The agreement provides for the purchase by Uzbekistan Airways of 9 Boeing aircraft.", 9.0),
        ("Purchase by Uzbekistan Airways of 12 Boeing aircraft.", 12.0),
        ("An order by Uzbekistan Airways for 7 Boeing 737 MAX aircraft.", 7.0),
    ):
        rows = extract(UZB_OPENING, sentence, title=UZB_TITLE)
        assert of(rows, sentence) == [("UZB", "purchase", "purchase", None, None, count)], sentence


# --- (4) collective subjects: every party of the page ---------------------------------------------

NOR_TITLE = "Agreement on Reciprocal Trade between the United States and the Kingdom of Norway"
NOR_OPENING = "The United States and Norway have agreed as follows."


def test_collective_subjects_name_each_party():
    for sentence in (
        "Both partners will hold talks on aluminum within 90 days.",
        "The signatories shall hold consultations on fisheries.",
        "The two economies will launch negotiations on services.",
        "All Parties shall enter into consultations on subsidies.",
        "Each government will hold consultations on dairy quotas.",
    ):
        rows = [r for r in extract(NOR_OPENING, sentence, title=NOR_TITLE) if r.evidence == sentence]
        assert {r.actor for r in rows} == {"USA", "NOR"}, sentence
        assert {r.action for r in rows} == {"negotiate"}, sentence


def test_neither_side_will_is_a_standstill_for_each_party():
    for sentence in (
        "Neither side will impose new tariffs on the other's goods.",
        "Neither government shall impose export duties on fish.",
        "Neither Party shall impose customs duties on electronic transmissions.",
    ):
        rows = [r for r in extract(NOR_OPENING, sentence, title=NOR_TITLE) if r.evidence == sentence]
        assert {(r.actor, r.category, r.action) for r in rows} == {("USA", "tariff", "maintain"), ("NOR", "tariff", "maintain")}, sentence


def test_three_countries_named_together_act_each():
    title = "Joint Statement of the United States, Mexico and Canada"
    for sentence in (
        "The three countries will hold consultations on rules of origin.",
        "All three governments will begin talks on steel.",
        "The three partners will eliminate tariffs on steel.",
    ):
        rows = [r for r in extract("The United States, Mexico and Canada met in Ottawa.", sentence, title=title)
                if r.evidence == sentence]
        assert {r.actor for r in rows} == {"USA", "MEX", "CAN"}, sentence


# --- (1c) goods said to bear a duty in other words: the importing party levies --------------------

MEX_TITLE = "Mexico raises duties on Asian imports"
MEX_OPENING = ("MEXICO CITY (Wire) - Mexico's Senate approved higher tariffs on imports from China and other Asian "
               "countries on Wednesday.")


def test_goods_that_attract_incur_or_are_charged_a_duty_pay_the_importer_s_duty():
    for sentence, row in (
        ("Chinese steel will be charged 35 pct instead of 15 pct.", ("MEX", "tariff", "raise", 15.0, 35.0, None)),
        ("Textiles from China will now incur a 35 percent tariff.", ("MEX", "tariff", "impose", None, 35.0, None)),
        ("Chinese exporters of shoes will be hit with a 35% levy.", ("MEX", "tariff", "impose", None, 35.0, None)),
        ("Chinese toys will attract duties of 30 per cent from January.", ("MEX", "tariff", "impose", None, 30.0, None)),
        ("Apparel made in China will be charged a 35% tariff instead of 15%.", ("MEX", "tariff", "raise", 15.0, 35.0, None)),
    ):
        rows = extract(MEX_OPENING, sentence, title=MEX_TITLE)
        assert of(rows, sentence) == [row], sentence


def test_attracting_investment_or_paying_with_a_local_levy_is_no_duty():
    title = "Council sets budget"
    for sentence in (
        "Since returning to office, the President has attracted more than $600 billion in new investment.",
        "The opposition, which proposed paying for the cut with a levy on hotel stays, voted against the budget.",
    ):
        rows = extract("The council met on Tuesday.", sentence, title=title)
        assert not [r for r in rows if r.evidence == sentence and r.category == "tariff"], sentence


# --- (2b) a condition's party is not the main clause's subject ------------------------------------

def test_the_party_a_condition_names_is_not_the_subject_of_the_main_clause():
    for sentence in (
        "Should Norway fail to carry out its obligations, the United States may reinstate the reciprocal duty.",
        "If Norway restores its quota on U.S. cheese, the United States may reimpose the reciprocal tariff.",
        "Unless Norway lifts its ban on U.S. poultry, the United States may reinstate the duty on Norwegian salmon.",
        "In the event that Norway does not ratify this Agreement, the United States may restore the reciprocal tariff.",
        "Should Norway breach Article 2, the United States may reimpose the duty in effect before entry into force.",
    ):
        rows = [r for r in extract(NOR_OPENING, sentence, title=NOR_TITLE) if r.evidence == sentence and r.category == "tariff"]
        assert rows and {r.actor for r in rows} == {"USA"}, sentence


# --- (5) list leads that hand their party to the items --------------------------------------------

KEN_TITLE = "Fact Sheet: President Donald J. Trump Secures a Reciprocal Trade Deal with Kenya"


def test_list_leads_in_more_shapes_hand_their_party_to_the_items():
    # the talks item names no party: only the lead can give it one
    for lead in (
        "American commitments:",
        "Under the deal, the U.S. will, among other things:",
        "The United States commits to the following:",
        "For its part, the United States will also:",
        "The United States' main undertakings are as follows:",
    ):
        texts = ["Kenya and the United States reached a deal.", "Kenya will eliminate tariffs on U.S. machinery.", lead,
                 "Hold consultations on digital trade.", "Remove the 10% tariff on Kenyan coffee."]
        rows = commitments_from(texts, published_at=PUBLISHED, title=KEN_TITLE, article_id="test-actors-r15",
                                levels=[0, 0, 0, 1, 1], kinds=["paragraph"] * 3 + ["list_item"] * 2)
        items = sorted((r.actor, r.category, r.action) for r in rows if r.evidence in texts[3:])
        assert items == [("USA", "other", "negotiate"), ("USA", "tariff", "remove")], lead


def test_goods_a_firm_imports_into_the_signer_s_market_are_exempted_by_the_signer():
    # "in the United States" names where the firm builds, not whose goods are exempt
    from commitment_text import order_commitments
    for sentence in (
        "(2) Chips imported by a firm that the Secretary certifies has committed to build a plant in the United "
        "States shall be exempt from the duty imposed by clause (1).",
        "(2) Semiconductors imported by companies that invest in fabrication capacity in the United States shall be "
        "exempt from the duty imposed by clause (1).",
    ):
        rows = order_commitments(["(1) Chips that are products of China shall be subject to an additional duty of 25 percent.",
                                  sentence], published_at=PUBLISHED, title="Adjusting Imports of Chips into the United States",
                                 article_id="test-actors-r15")
        assert [(r.actor, r.action) for r in rows if r.evidence == sentence] == [("USA", "remove")], sentence
