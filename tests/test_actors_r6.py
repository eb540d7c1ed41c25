"""Round 6 actor coverage: every country and territory, guards for forms that are also
names, US places or words, and the partners' office holders by date. Sentences are ours."""
from datetime import date, datetime

import pytest

from pipeline.actors import find_actor_mentions, resolve_actor
from tests.commitment_text import commitments_from

ON = date(2026, 2, 12)


def _found(text: str, on: date | None = ON, context=None) -> list[tuple[str, str | None]]:
    return [(text[m.start:m.end], m.actor.country) for m in find_actor_mentions(text, on, context)]


@pytest.mark.parametrize(
    ("text", "code", "form"),
    [
        ("North Macedonia", "MKD", "name"),
        ("the Republic of North Macedonia", "MKD", "name"),
        ("Macedonian", "MKD", "adjective"),
        ("Skopje", "MKD", "capital"),
        ("Salvadoran", "SLV", "adjective"),
        ("Ivorian", "CIV", "adjective"),
        ("Bosnia and Herzegovina", "BIH", "name"),
        ("Kyrgyz Republic", "KGZ", "name"),
        ("Timor-Leste", "TLS", "name"),
        ("East Timor", "TLS", "name"),
        ("Macau", "MAC", "name"),
        ("Puerto Rico", "PRI", "name"),
        ("Greenlandic", "GRL", "adjective"),
        ("Nigerien", "NER", "adjective"),
        ("Burkinabe", "BFA", "adjective"),
        ("Eswatini", "SWZ", "name"),
        ("Swaziland", "SWZ", "name"),
        ("Cabo Verde", "CPV", "name"),
        ("Cape Verde", "CPV", "name"),
        ("Papua New Guinea", "PNG", "name"),
        ("Turks and Caicos Islands", "TCA", "name"),
        ("Kosovo", "XKX", "name"),
        ("U.S. Virgin Islands", "VIR", "name"),
        ("Vilnius", "LTU", "capital"),
    ],
)
def test_new_countries_resolve_by_every_form(text, code, form):
    actor = resolve_actor(text, ON)
    assert actor is not None and actor.country == code, text
    mentions = find_actor_mentions(f"Officials said {text} would act.", ON)
    assert [(m.actor.country, m.form) for m in mentions] == [(code, form)]


def test_longer_country_names_win_over_the_shorter_ones_inside_them():
    text = "Sudan, South Sudan, Niger, Nigeria, Guinea, Equatorial Guinea, Guinea-Bissau, Dominica and the Dominican Republic"
    assert [code for _, code in _found(text)] == ["SDN", "SSD", "NER", "NGA", "GIN", "GNQ", "GNB", "DMA", "DOM"]


def test_a_country_name_inside_a_person_name_is_no_actor():
    assert _found("Chad Bown, an economist, said the duties would hurt farmers.") == []
    assert _found("Michael Jordan said he would buy the team.") == []
    assert ("Santiago", "CHL") not in _found("Santiago Peña met investors.")


def test_a_country_name_as_subject_or_in_a_title_case_headline_is_an_actor():
    assert _found("Jordan will eliminate tariffs on U.S. goods.") == [("Jordan", "JOR"), ("U.S.", "USA")]
    assert _found("Trump Hails Jordan Trade Deal") == [("Trump", "USA"), ("Jordan", "JOR")]
    assert _found("Chad agreed to cut duties.") == [("Chad", "TCD")]


def test_georgia_is_the_us_state_unless_the_country_is_confirmed():
    assert _found("Georgia Gov. Kemp praised the plant.") == []
    assert _found("The battery plant in Georgia will employ 800 people.") == []
    assert _found("Texas and Georgia farmers sell peanuts.") == []
    assert _found("Georgian officials said Georgia will lower tariffs.") == [("Georgian", "GEO"), ("Georgia", "GEO")]
    assert _found("The U.S.-Georgia trade framework was signed.") == [("U.S.", "USA"), ("Georgia", "GEO")]
    assert _found("Georgia will lower tariffs.", context=("USA", "GEO")) == [("Georgia", "GEO")]
    assert resolve_actor("Georgia") is None
    assert resolve_actor("Georgia", context="GEO").country == "GEO"


def test_us_places_named_after_countries_and_capitals_are_not_them():
    assert _found("Plants in New Mexico and New Jersey will expand.") == []
    assert _found("The mill in Paris, Texas, and the plant in Lima, Ohio, will hire.") == []
    assert _found("Drilling in the Gulf of Mexico resumed.") == []
    assert _found("Tbilisi, Georgia, hosted the talks.") == [("Tbilisi", "GEO"), ("Georgia", "GEO")]


def test_bodies_and_regions_named_after_a_country_are_not_it():
    assert _found("The Paris Agreement sets climate goals.") == []
    assert _found("Exports to Latin America and North America rose.") == []
    assert _found("Navies patrol the Indian Ocean.") == []
    assert _found("NEW MEXICO ACTIONS:") == []


def test_congo_alone_needs_the_document_to_say_which():
    assert _found("Congo will export more cobalt.") == []
    assert _found("Congo will export more cobalt.", context=("USA", "COD")) == [("Congo", "COD")]
    assert _found("the Democratic Republic of the Congo and the Republic of the Congo") == [
        ("Democratic Republic of the Congo", "COD"), ("Republic of the Congo", "COG")]


def test_lower_case_words_stay_words():
    assert _found("The turkey and a guinea pig were in the jersey.") == []


def test_a_new_partner_leads_its_own_commitment_rows():
    rows = commitments_from(["North Macedonia will eliminate customs duties on all U.S. industrial goods."],
                            published_at=datetime(2026, 2, 12))
    assert [(r.actor, r.category, r.action) for r in rows] == [("MKD", "tariff", "remove")]


def test_a_small_country_buying_land_is_no_trade_purchase():
    # newly known countries must not turn off-trade news into rows
    assert commitments_from(["Tuvalu is buying land abroad for the day its atolls flood."],
                            published_at=datetime(2016, 9, 8)) == []
    rows = commitments_from(["Tuvalu will buy 20,000 tonnes of U.S. rice."], published_at=datetime(2026, 3, 1))
    assert [(r.actor, r.category) for r in rows] == [("TUV", "purchase")]


@pytest.mark.parametrize(
    ("text", "on", "country", "role"),
    [
        # the article's date picks the office
        ("Motegi", date(2020, 5, 1), "JPN", "Foreign Minister"),
        ("Motegi", date(2023, 5, 1), None, None),
        ("Motegi", date(2025, 11, 1), "JPN", "Foreign Minister"),
        ("Dombrovskis", date(2023, 3, 1), "EUN", "Trade Commissioner"),
        ("Dombrovskis", date(2025, 3, 1), "EUN", "Commissioner for Economy and Productivity"),
        ("Mélanie Joly", date(2024, 3, 1), "CAN", "Minister of Foreign Affairs"),
        ("Mélanie Joly", date(2025, 8, 1), "CAN", "Minister of Industry"),
        ("Tusk", date(2016, 3, 1), "EUN", "President of the European Council"),
        ("Tusk", date(2025, 3, 1), "POL", "Prime Minister"),
        ("Guy Parmelin", date(2026, 4, 1), "CHE", "President of the Swiss Confederation"),
        ("Guy Parmelin", date(2025, 8, 1), "CHE", "Head of the Federal Department of Economic Affairs"),
        ("Paetongtarn", date(2025, 3, 1), "THA", "Prime Minister"),
        ("Paetongtarn", date(2025, 10, 1), None, None),
        ("Marcelo Ebrard", date(2025, 4, 1), "MEX", "Secretary of Economy"),
        ("Tengku Zafrul", date(2025, 10, 26), "MYS", "Minister of Investment, Trade and Industry"),
        ("Hristijan Mickoski", date(2026, 2, 12), "MKD", "Prime Minister"),
        ("Foreign Minister Motegi", date(2025, 11, 1), "JPN", "Foreign Minister"),
    ],
)
def test_partners_office_holders_by_the_article_date(text, on, country, role):
    actor = resolve_actor(text, on)
    assert actor is not None and actor.kind == "person", text
    assert (actor.country, actor.role) == (country, role)


def test_partners_ministries_and_agencies():
    assert resolve_actor("SECO").country == "CHE"
    assert resolve_actor("DGFT").country == "IND"
    assert resolve_actor("the Department for International Trade").country == "GBR"
    assert resolve_actor("Ministry of Industry and Trade").country == "VNM"
    # a ministry name several partners use follows the document's parties
    text = "The Ministry of Commerce will remove the licence requirement."
    assert [m.actor.country for m in find_actor_mentions(text, ON, ("USA", "KHM"))] == ["KHM"]
    assert [m.actor.country for m in find_actor_mentions(text, ON, ("USA", "THA"))] == ["THA"]
    # MITI was Japan's before 2001 and is Malaysia's now: the text decides
    assert [m.actor.country for m in find_actor_mentions("Malaysia's MITI said it would cut duties.", ON)] == ["MYS", "MYS"]
    assert find_actor_mentions("MITI said it would cut duties.", ON) == []


def test_a_leader_named_like_a_capital_is_the_leader():
    assert _found("Santiago Peña met investors.") == [("Santiago Peña", "PRY")]


def test_seats_of_government_blocs_and_short_names():
    assert _found("Zhongnanhai and the Casa Rosada signalled support; KSA and Holland agreed.") == [
        ("Zhongnanhai", "CHN"), ("Casa Rosada", "ARG"), ("KSA", "SAU"), ("Holland", "NLD")]
    assert resolve_actor("the Gulf Cooperation Council").kind == "bloc"
    assert _found("Tom Holland said the film was good.") == []


def test_korean_trade_ministers_in_the_2025_talks():
    assert resolve_actor("Yeo Han-koo", date(2025, 8, 1)).role == "Trade Minister"
    assert resolve_actor("Yeo Han-koo", date(2023, 8, 1)).country is None  # out of office then
    assert resolve_actor("Kim Jung-kwan", date(2025, 10, 29)).country == "KOR"


def test_guarded_forms_stay_guarded_in_capitals():
    assert _found("GEORGIA PLANT EXPANSION:") == []
    assert _found("CAR TARIFFS WILL FALL") == []
