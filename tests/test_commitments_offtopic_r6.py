"""Commitment extraction on news pages about no deal at all (round 6): verbs that look like
commitment cues in sport, lifestyle and politics stories give no row; trade rows stay.
Our own invented sentences."""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2019, 11, 20, 9, 0, tzinfo=timezone.utc)


def extract(*texts, title=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="offtopic-test")


def kinds(rows):
    return [(r.actor, r.category, r.action) for r in rows]


# -- a generic verb needs a measure or a trade sentence ------------------------------

def test_generic_verbs_in_sentences_about_no_trade_give_no_row():
    rows = extract(
        "Norway's goalkeeper kept the home side's title hopes alive with a late save.",
        "The senator suspended his campaign for governor in March.",
        "I block two hours every morning for reading and keep my phone in a drawer.",
        "Canada's centre scored twice to lift Toronto over Boston and extend their winning run to six games.",
        "The space agency delayed the rocket's first flight to next spring.",
    )
    assert rows == []


def test_the_same_verbs_on_a_trade_measure_still_give_rows():
    rows = extract(
        "Canada will keep its 25 per cent duties on American steel.",
        "Brazil suspended its import licensing rules for ethanol from the United States.",
    )
    assert ("CAN", "tariff", "maintain") in kinds(rows)
    assert ("BRA", "import_restriction", "suspend") in kinds(rows)


def test_a_generic_verb_in_a_sentence_about_trade_keeps_its_row():
    rows = extract("Mexico lifted the restrictions on American trucks under the trade pact.")
    assert kinds(rows) == [("MEX", "other", "remove")]


# -- buying, investing and visiting need a country (or its companies) --------------------

def test_purchases_and_investments_of_private_people_give_no_row():
    rows = extract(
        "He bought an old ferry in 2015 with a $2 million loan from his bank.",
        "Save what you earn and invest as much as you can before you turn forty.",
    )
    assert rows == []


def test_time_spent_or_invested_is_no_purchase():
    rows = extract(
        "Chile's climbers spent the last three weeks waiting for the weather to clear.",
        "Peru's coach said the players had invested too much time in the old system.",
    )
    assert rows == []


def test_spending_needs_a_sum():
    rows = extract(
        "Germany has spent far too long on the losing side of the argument.",
        "Spain is spending less than its neighbours on roads.",
        "Poland will spend $4 billion on American air-defence equipment.",
    )
    assert kinds(rows) == [("POL", "purchase", "purchase")]
    assert rows[0].amount == 4_000_000_000


def test_a_visit_needs_a_country_to_go_to():
    rows = extract(
        "The Kenyan president will visit Capitol Hill on Thursday.",
        "The Kenyan president will visit Japan in May.",
    )
    assert kinds(rows) == [("KEN", "diplomatic", "visit")]
    assert rows[0].counterparty == "JPN"


# -- domestic taxes, court reports, market moves, open questions, experts ----------------

def test_domestic_taxes_are_not_tariffs():
    rows = extract(
        "The senator unveiled her American tax plan on Monday.",
        "For households earning more than $3 million, she would impose a 6 percent surcharge on top of the normal tax system.",
        "Gains held for two years would be subject to a 30 percent rate.",
    )
    assert rows == []


def test_a_tax_on_imported_goods_is_still_a_tariff():
    rows = extract("Ghana will impose a 20 percent tax on imported cars.")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("GHA", "tariff", "impose", 20)]


def test_bonds_and_fines_in_court_reports_are_no_pledges():
    rows = extract("Jane Roe: theft, maintaining a common nuisance, held in jail in lieu of $15,000 bond.")
    assert rows == []


def test_a_currency_move_is_no_tariff_rate():
    rows = extract("The Swiss franc strengthened 0.4% versus the dollar on Tuesday.")
    assert rows == []


def test_an_open_question_is_no_measure():
    rows = extract(
        "China and the United States held trade talks in Beijing.",
        "An adviser said whether Trump will agree to remove existing tariffs depends on the talks.",
    )
    assert ("USA", "tariff", "remove") not in kinds(rows)


def test_access_outside_trade_is_no_market_access():
    rows = extract("Protests spread in London.", "I think I was somehow granted access to it, she said.")
    assert rows == []


def test_a_trade_experts_view_is_no_commitment():
    rows = extract("One trade expert said that Chile would have to remove its tariffs on wine to get a deal.")
    assert rows == []


# -- news-set readings: ranges, roll-backs, licences -------------------------------------

def test_a_tariff_ranging_between_two_rates_takes_the_top_rate():
    rows = extract("Peru slapped retaliatory tariffs, ranging from 10 percent to 30 percent, on American apples.")
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows] == [("PER", "impose", None, 30)]


def test_rolling_back_tariffs_without_a_figure_is_a_cut():
    rows = extract("Colombia will roll back its tariffs on American wheat.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("COL", "tariff", "reduce")]


def test_extending_a_general_licence_is_an_export_control_extension():
    rows = extract(
        "The US government on Friday extended a temporary general license allowing American firms to sell "
        "to ZTE, the Chinese telecoms maker, for another 90 days."
    )
    assert [(r.actor, r.category, r.action, r.duration_days) for r in rows] == [("USA", "export_control", "extend", 90)]


def test_a_tax_that_discriminates_against_a_partners_firms_is_still_a_term():
    rows = extract("Peru shall not impose sales taxes that discriminate against U.S. companies.")
    assert [r.actor for r in rows] == ["PER"]


def test_imposing_costs_or_pressure_is_no_tariff():
    rows = extract(
        "The United States is imposing higher costs on companies that abuse the visa programme.",
        "In his first term the President imposed maximum pressure on Venezuela.",
    )
    assert [r for r in rows if r.category == "tariff"] == []


def test_imposing_a_named_duty_still_counts():
    rows = extract("The United States is imposing a 10 percent duty on Venezuelan steel.")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("USA", "tariff", "impose", 10)]


def test_placing_needs_a_measure_and_trade_inside_a_compound_is_no_trade():
    rows = extract(
        "The records of calls with Ukraine's leader have been inappropriately placed on a classified server, "
        "along with his deals with Turkey.",
    )
    assert rows == []
    rows = extract("Canada will hold an election.",
                   "A cap-and-trade bill Canada had tried to pass failed, blocked by senators from both parties.")
    assert rows == []


def test_placing_a_company_on_the_entity_list_still_counts():
    rows = extract("The United States placed three Chinese chipmakers on the entity list.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "export_control", "restrict")]


def test_a_persons_purchase_in_a_deal_story_is_not_the_partners():
    lead = "Column: the Gannett and GateHouse merger deal in the United States and Costa Rica."
    rows = extract(
        lead,
        "Tribune may have the best balance sheet, having paid down most of its long-term debt with the proceeds "
        "of Dr. Jane Smith’s purchase of The Ledger and The Herald for $500 million.",
        title=lead,
    )
    assert [r for r in rows if r.category == "purchase"] == []


def test_investing_as_a_means_is_no_pledge_but_a_sum_still_is():
    rows = extract(
        "The senator believes that American businesses need to break free of short-term thinking so they can "
        "focus on innovating and investing for the long term.",
        "Japan will create jobs in America by investing $40 billion in new car plants.",
    )
    assert [(r.actor, r.category, r.amount) for r in rows] == [("JPN", "investment", 40_000_000_000)]


def test_a_figure_cut_in_the_passive_is_no_measure():
    rows = extract(
        "The United States and China traded tariffs all year.",
        "As the President delivers better terms for workers and farmers, November's deficit was cut by more "
        "than half compared to the same month last year, fueled by soaring tariff revenues.",
    )
    assert rows == []


def test_criminal_groups_as_subject_are_no_government():
    rows = extract("Mexico-based drug trafficking organizations maintain large fentanyl labs near the border.")
    assert rows == []
