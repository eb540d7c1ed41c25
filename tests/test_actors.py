"""Actor resolution: names, adjectives, capitals, ministries, blocs, office holders by date."""
from datetime import date

import pytest

from pipeline.actors import all_actors, find_actor_mentions, find_actors, resolve_actor


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        ("Beijing", "CHN", "country"),
        ("the United States", "USA", "country"),
        ("U.S.", "USA", "country"),
        ("Japanese", "JPN", "country"),
        ("South Korean", "KOR", "country"),
        ("Brussels", "EUN", "bloc"),
        ("EU", "EUN", "bloc"),
        ("the European Commission", "EUN", "organisation"),
        ("ASEAN", "ASEAN", "bloc"),
        ("USTR", "USA", "organisation"),
        ("the State Council Customs Tariff Commission", "CHN", "organisation"),
        ("Bureau of Industry and Security", "USA", "organisation"),
        ("MOFCOM", "CHN", "organisation"),
        ("Mr Xi", "CHN", "person"),
        ("Vice Premier He", "CHN", "person"),
        ("Ryosei Akazawa", "JPN", "person"),
        ("Chinese Vice Premier He Lifeng", "CHN", "person"),
    ],
)
def test_resolves_names_adjectives_capitals_agencies_and_people(text, country, kind):
    actor = resolve_actor(text, date(2025, 10, 30))
    assert actor is not None, text
    assert (actor.country, actor.kind) == (country, kind)


def test_office_holders_depend_on_the_article_date():
    assert resolve_actor("Trump", date(2018, 6, 1)).role == "President"
    out_of_office = resolve_actor("Trump", date(2023, 6, 1))
    assert out_of_office.actor_id == "person:donald-trump" and out_of_office.country is None
    assert resolve_actor("Ishiba", date(2025, 7, 23)).country == "JPN"
    assert resolve_actor("Ishiba", date(2026, 1, 10)).country is None
    assert resolve_actor("Akazawa", date(2025, 7, 23)).role != resolve_actor("Akazawa", date(2025, 12, 1)).role


def test_ambiguous_forms_need_context():
    # Mr Li: the premier and the trade representative are both in office
    assert resolve_actor("Mr Li", date(2025, 10, 30)) is None
    # two countries call their ministry "the Commerce Ministry"
    assert resolve_actor("the Commerce Ministry") is None
    assert resolve_actor("the Commerce Ministry", context="CHN").actor_id == "organisation:chn-mofcom"


def test_lower_case_words_are_not_countries():
    assert resolve_actor("us") is None
    assert find_actors("tell us about the china cabinet") == []


def test_find_actors_gives_spans_and_settles_ministry_by_the_text():
    text = "Beijing said on Friday the Commerce Ministry would review US$2bn of orders from the U.S."
    spans = find_actors(text, date(2025, 11, 1))
    names = [(text[s:e], a.country) for s, e, a in spans]
    assert ("Beijing", "CHN") in names
    assert ("Commerce Ministry", "CHN") in names
    assert ("U.S.", "USA") in names
    assert all(name != "US" for name, _ in names)  # "US$" is a currency, not a party


def test_heading_capitals_are_found():
    forms = [(m.actor.country, m.form) for m in find_actor_mentions("CHINESE ACTIONS:")]
    assert forms == [("CHN", "adjective")]


def test_lexicon_ids_are_stable_and_unique():
    actors = all_actors()
    ids = [a.actor_id for a in actors]
    assert len(ids) == len(set(ids))
    assert {"country:USA", "country:CHN", "bloc:EUN", "person:scott-bessent", "organisation:usa-ustr"} <= set(ids)


def test_smaller_trading_partners_resolve_by_name_and_adjective():
    found = [(m.actor.country, m.form) for m in find_actor_mentions("Jordanian firms will buy from Costa Rica and Côte d’Ivoire.")]
    assert [code for code, _ in found] == ["JOR", "CRI", "CIV"]
    assert found[0][1] == "adjective"


def test_document_countries_settle_a_shared_ministry_name():
    # "Ministry of Commerce" is China's and India's: the document's parties decide
    text = "The Ministry of Commerce will suspend the measures."
    assert find_actor_mentions(text) == []
    assert [m.actor.country for m in find_actor_mentions(text, None, ("CHN", "USA"))] == ["CHN"]
    assert [m.actor.country for m in find_actor_mentions(text, None, ("USA", "IND"))] == ["IND"]
