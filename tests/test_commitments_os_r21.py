"""Round 21, official rate schedules: tariffs "placed" on goods are imposed, and a partner cap covers the
partners of its own clause only (our own sentences)."""
from datetime import datetime

from tests.commitment_text import commitments_from, levels_of

PUBLISHED = datetime(2027, 2, 3, 12)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of Widgets into the United States"
PROCLAMATION = "Adjusting Imports of Widgets into the United States"
NEWS = "Trade tensions rise"


def extract(text, title=FACT_SHEET):
    return commitments_from([text], published_at=PUBLISHED, title=title)


def tariff_actions(rows):
    return sorted((r.actor, r.action, r.value_to) for r in rows if r.category == "tariff")


def test_tariffs_placed_on_goods_are_imposed():
    cases = [
        (FACT_SHEET, "In his first term, the President placed tariffs of 25% on imported steel and 10% on imported aluminum.",
         [("USA", "impose", 10.0), ("USA", "impose", 25.0)]),
        (FACT_SHEET, "In 2018, he placed safeguard tariffs on imported washing machines and solar panels.",
         [("USA", "impose", None)]),
        (NEWS, "The United States placed a 30 percent duty on Chinese solar panels in 2018.", [("USA", "impose", 30.0)]),
        (NEWS, "Ottawa has placed 25 per cent counter-tariffs on American steel.", [("CAN", "impose", 25.0)]),
    ]
    for title, sentence, expected in cases:
        assert tariff_actions(extract(sentence, title)) == expected, sentence


def test_placing_other_measures_still_restricts():
    rows = extract("China placed export controls on gallium and germanium.", NEWS)
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHN", "export_control", "restrict")]
    rows = extract("Beijing placed restrictions on imports of Japanese seafood.", NEWS)
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHN", "import_restriction", "restrict")]


def test_partner_cap_covers_its_own_clause():
    cases = [
        (FACT_SHEET, "Tires from the European Union and Japan will pay no more than 15%, while tires from the United Kingdom will pay 10%.",
         [("USA", "EUN", 15.0), ("USA", "GBR", 10.0), ("USA", "JPN", 15.0)]),
        (FACT_SHEET, "Goods of Japan and Korea will pay no more than 15 percent; goods of the United Kingdom will pay 10 percent.",
         [("USA", "GBR", 10.0), ("USA", "JPN", 15.0), ("USA", "KOR", 15.0)]),
        (PROCLAMATION, "Articles of the European Union and Japan shall be subject to a rate no higher than 15 percent, while "
                       "articles of the United Kingdom shall be subject to a duty of 10 percent.",
         [("USA", "EUN", 15.0), ("USA", "GBR", 10.0), ("USA", "JPN", 15.0)]),
    ]
    for title, sentence, expected in cases:
        rows = [r for r in extract(sentence, title) if r.category == "tariff"]
        assert sorted((r.actor, r.counterparty, r.value_to) for r in rows) == expected, sentence
        assert all(r.action == "impose" for r in rows), sentence


def test_partner_cap_without_a_second_clause_keeps_every_partner():
    rows = extract("Chips from Japan, Korea and the European Union will pay no more than 15%.")
    assert sorted((r.actor, r.counterparty, r.value_to) for r in rows) == [
        ("USA", "EUN", 15.0), ("USA", "JPN", 15.0), ("USA", "KOR", 15.0)]
    assert levels_of(rows)[0][2:] == ("tariff", "impose", None, 15.0)


def test_goods_of_no_named_country_pay_the_pages_levier():
    # "pay"/"face" with goods as the subject and no country named: the goods pay the page's levier's rate
    cases = [
        ("Under the proclamation, kitchen cabinets and vanities will face a 25% duty from Oct. 14.", 25.0),
        ("Upholstered furniture will pay 25 per cent, the White House said.", 25.0),
        ("Imported heavy trucks will face a 25 percent tariff starting Nov. 1, Trump said.", 25.0),
        ("Softwood lumber and timber now face a 10% levy.", 10.0),
    ]
    for sentence, rate in cases:
        rows = extract(sentence, "US to hit imported trucks with tariffs")
        assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "impose", rate)], sentence
    rows = extract("Steel products and aluminum parts will face a combined tariff of 50 percent.")
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("USA", "impose", 50.0)]


def test_goods_of_a_named_country_keep_their_country_as_payer():
    rows = extract("Chinese solar panels will face a 50% tariff.", "US to hit imported trucks with tariffs")
    assert [(r.actor, r.counterparty, r.value_to) for r in rows] == [("USA", "CHN", 50.0)]
    rows = extract("Steel shipments from Brazil face a 50% duty.", "US to hit imported trucks with tariffs")
    assert [(r.actor, r.counterparty, r.value_to) for r in rows] == [("USA", "BRA", 50.0)]
    assert extract("Consumers will pay 10 percent more for groceries.", NEWS) == []
