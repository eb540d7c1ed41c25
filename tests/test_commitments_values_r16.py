"""Commitment extraction, round 16: values of measures.

The levels a tariff row carries when the text gives them without the usual tariff verb: a
ceiling on a rate (the goods "will pay no more than", "subject to a ceiling of"), a rate taken
to nothing, a rate stepped up, a suspended increase, a tariff-rate quota, purchases raised by a
share. Every sentence is our own; each class is given several wordings, registers and parties.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, one

PUBLISHED = datetime(2026, 6, 2, 9, 0, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: The United States and Japan Reach a Trade Agreement"
NEWS = "Japan and US strike trade deal after months of talks"


def extract(*texts, title=FACT_SHEET):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-values-r16")


def values(row):
    return row.actor, row.counterparty, row.category, row.action, row.value_from, row.value_to


# A ceiling on a rate with no tariff verb is that rate set (guide rule 23: `impose`, value_to);
# `reduce` when the higher rate it replaces is stated.
@pytest.mark.parametrize("text, title, expected", [
    ("Under the deal, Japanese cars will pay no more than 15% when they enter the United States.", NEWS,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("Japanese pharmaceuticals will be subject to a ceiling of 15 percent.", FACT_SHEET,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("The agreement puts a ceiling of 15 per cent on US tariffs on Japanese semiconductors.", NEWS,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("The United States agreed to a ceiling of 15% on any future Section 232 tariffs on Japanese lumber.", FACT_SHEET,
     ("USA", "JPN", "tariff", "impose", None, 15.0)),
    ("Japanese machine tools will face a maximum tariff rate of 10 percent under the arrangement.", FACT_SHEET,
     ("USA", "JPN", "tariff", "impose", None, 10.0)),
    ("Duties on Japanese steel are capped at 25 per cent, down from 50 per cent.", NEWS,
     ("USA", "JPN", "tariff", "reduce", 50.0, 25.0)),
    ("Exporters of Japanese machinery will pay at most 15 percent, down from 27.5 percent.", NEWS,
     ("USA", "JPN", "tariff", "reduce", 27.5, 15.0)),
])
def test_rate_ceiling_without_a_tariff_verb(text, title, expected):
    row = one(extract(text, title=title))
    assert values(row) == expected
    assert not row.conditional  # "subject to a ceiling" is the rate, not a condition


def test_ceiling_down_from_a_threat_is_no_earlier_level():
    # convention 16: a threatened rate never applied is its own `threatened` row, not the cap's earlier level
    rows = extract("Japanese cars will pay no more than 15 percent, down from the 25 percent Trump had threatened.",
                   title=NEWS)
    assert sorted((r.action, r.value_from, r.value_to, r.status) for r in rows) == [
        ("impose", None, 15.0, "agreed"), ("impose", None, 25.0, "threatened")]


def test_ceiling_words_outside_trade_give_no_row():
    assert extract("Officials said a ceiling of 15 percent on rent increases would help tenants.", title=NEWS) == []


KOREA = "Joint Statement on a Framework for a United States-Korea Agreement on Reciprocal Trade"


# A removal that says where the rate goes (zeroed out, cut to nothing, reduced to zero, "..., making the
# goods duty-free") carries value_to 0 beside the stated old rate (convention 13); a bare "scrap its 17.5%
# duty" says no new level (convention 5).
@pytest.mark.parametrize("text, old", [
    ("Korea zeroed out its 15% tariff on U.S. ethanol.", 15.0),
    ("Seoul will zero out its 8 per cent duties on American cherries.", 8.0),
    ("Korea will cut its 8 percent tariff on U.S. cherries to nothing.", 8.0),
    ("Korea's 40% tariff on U.S. beef will be cut to zero over five years.", 40.0),
    ("The 12 per cent duty on American pork will be reduced to zero.", 12.0),
    ("Korea will eliminate the 10% tariff on U.S. soybeans, making them duty free.", 10.0),
    ("Seoul agreed to scrap its 30 percent levy on American walnuts so that they enter Korea free of any duty.", 30.0),
    ("Korea will waive the 5 percent tariff on U.S. wine and let it in duty-free.", 5.0),
])
def test_removal_to_a_stated_zero_keeps_the_old_rate(text, old):
    row = one(extract(text, title=KOREA))
    assert values(row) == ("KOR", "USA", "tariff", "remove", old, 0.0)


@pytest.mark.parametrize("text", [
    "Korea will scrap its 17.5 percent duty on American ethanol.",
    "Seoul waived its 15 per cent duty on U.S. cut flowers in December.",
])
def test_bare_removal_states_no_new_level(text):
    row = one(extract(text, title=KOREA))
    assert (row.action, row.value_to) == ("remove", None) and row.value_from is not None


# Goods let in duty-free with no tariff verb are the importing party's zero tariff (convention 13); a
# tonnage let in free is a duty-free quota, its size in subject (guide rule 21), a measure apart.
@pytest.mark.parametrize("text, title, actor, partner", [
    ("Indonesia will allow U.S. wheat to be imported duty-free for two years.",
     "Fact Sheet: The United States and Indonesia Reach a Trade Agreement", "IDN", "USA"),
    ("Japan will import 70,000 tonnes of U.S. rice duty-free each year.", NEWS, "JPN", "USA"),
    ("The EU will let in 40,000 tonnes of American beef a year duty-free.",
     "EU and US seal trade pact", "EUN", "USA"),
    ("U.S. soybeans will be allowed into Indonesia duty-free from January.",
     "Fact Sheet: The United States and Indonesia Reach a Trade Agreement", "IDN", "USA"),
    ("Indonesia agreed to admit American cheese free of any duty.",
     "Fact Sheet: The United States and Indonesia Reach a Trade Agreement", "IDN", "USA"),
    ("Under the pact, Jakarta lets U.S. cotton in tariff-free.",
     "Indonesia and US strike trade pact", "IDN", "USA"),
])
def test_goods_let_in_duty_free(text, title, actor, partner):
    row = one(extract(text, title=title))
    assert values(row) == (actor, partner, "tariff", "remove", None, 0.0)
    assert row.amount is None


def test_two_duty_free_quotas_are_two_rows():
    rows = extract("Britain will let in 13,000 tonnes of American beef a year duty-free under the deal.",
                   "Britain will also let in 1.4 billion litres of US ethanol tariff-free.",
                   "Britain will cut its tariff on US cheese to zero.", title="Britain and US strike trade deal")
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("GBR", "remove", 0.0)] * 3


@pytest.mark.parametrize("text", [
    "The country imported $5 billion of goods duty-free last year.",
    "Travellers can bring in two bottles of wine duty-free.",
])
def test_duty_free_figures_and_allowances_are_no_row(text):
    assert extract(text, title=NEWS) == []


def test_more_let_in_free_is_the_quota_enlarged():
    # "an additional 80,000 tonnes ... tariff-free" enlarges a quota (a `reduce` row of its own sentence)
    rows = extract("The Proclamation permits an additional 50,000 metric tons of Brazilian beef per year to be "
                   "imported tariff-free.", title="Fact Sheet: President Donald J. Trump Lowers Beef Prices")
    assert not any(r.action == "remove" and r.value_to == 0 for r in rows)


CHINA = "Joint Statement on United States-China Economic and Trade Meeting"


# A rise of purchases by a share is `change` in percent, even with the base it rises from stated
# (guide rule 25); an amount stated first is the purchase.
@pytest.mark.parametrize("text, change, amount", [
    ("China will raise purchases of U.S. soybeans by 75 per cent from 12 million tonnes.", 75.0, None),
    ("Beijing pledged to boost its buying of American sorghum by 40%, to 3 million tonnes a year.", 40.0, None),
    ("Chinese importers will increase purchases of U.S. pork by fifty percent over the 2024 level of 1.2 million tons.",
     50.0, None),
    ("China will expand its purchases of U.S. LNG by 30 percent.", 30.0, None),
    ("China will increase its purchases of American wheat by 30 percent.", 30.0, None),
    ("China agreed to buy 12 million tonnes of U.S. soybeans, up by 20 percent from last year.", None, 12e6),
])
def test_purchases_raised_by_a_share(text, change, amount):
    row = one(extract(text, title=CHINA))
    assert (row.actor, row.category, row.change, row.amount) == ("CHN", "purchase", change, amount)


MEXICO = "Fact Sheet: The United States and Mexico Reach an Agreement on Trade"


# A suspended step of a rate is `suspend` with the level the step would bring in value_from (convention 15).
@pytest.mark.parametrize("text, level", [
    ("The United States suspended the increase to 30 percent for 90 days.", 30.0),
    ("The US will suspend the increase in the tariff on Mexican tomatoes to 25 per cent.", 25.0),
    ("Washington agreed to pause the planned hike to 50% on Mexican steel.", 50.0),
    ("The United States will put on hold its scheduled increase in duties on Mexican trucks to 25 percent.", 25.0),
    ("The United States will suspend the increase from 25% to 35% on Mexican goods.", None),
])
def test_suspended_increase_keeps_its_level(text, level):
    row = one(extract(text, title=MEXICO))
    assert (row.actor, row.category, row.action) == ("USA", "tariff", "suspend")
    if level is None:
        assert (row.value_from, row.value_to) == (25.0, 35.0)  # both levels stated: read as written
    else:
        assert (row.value_from, row.value_to) == (level, None)


def test_delayed_increase_keeps_its_new_level():
    row = one(extract("The United States will delay the increase to 30 percent until August 1.", title=MEXICO))
    assert (row.action, row.value_to) == ("delay", 30.0)


CHINA_SHEET = "Fact Sheet: President Donald J. Trump Secures a Deal with China"


# A measure brought back on the other side's failure is a conditional `resume`; named by reference, it takes
# the level of the suspension the text told before.
@pytest.mark.parametrize("text", [
    "If China fails to comply, the United States may reinstate the additional duty.",
    "The United States may reinstate the additional duty if China fails to comply.",
    "Should Beijing fail to honor the deal, Washington could restore the increase.",
    "If China does not carry out its commitments, the United States may reimpose the tariffs.",
])
def test_measure_brought_back_on_failure(text):
    row = one(extract(text, title=CHINA_SHEET))
    assert (row.actor, row.category, row.action, row.conditional) == ("USA", "tariff", "resume", True)


def test_brought_back_takes_the_suspended_level():
    rows = extract("The United States will suspend the increase to 34 percent on Chinese goods for 90 days.",
                   "If China fails to comply, the United States may reinstate the additional duty.", title=CHINA_SHEET)
    assert sorted((r.action, r.value_from, r.value_to) for r in rows) == [("resume", None, 34.0), ("suspend", 34.0, None)]


def test_restored_rate_stated_is_its_own_level():
    rows = extract("The United States will suspend the 34 percent tariff on Chinese goods for 90 days.",
                   "If talks fail, the United States will restore the 20 percent tariff.", title=CHINA_SHEET)
    assert sorted((r.action, r.value_from, r.value_to) for r in rows) == [("resume", None, 20.0), ("suspend", 34.0, None)]


BRAZIL = "Trump doubles tariffs on Brazil as talks stall"


# A rate stepped up in news words, or by a pronoun whose antecedent is the tariff named before (in the
# clause or the paragraph's previous sentence), is a `raise` with the levels stated.
@pytest.mark.parametrize("texts, expected", [
    # (round 22) the first step's rate, stated in the same sentence, is the second step's earlier level (guide,
    # round 21 review: "a second step stated after the first takes the first's rate as value_from")
    (["Trump imposed a 25% tariff on Brazilian goods in July, and in August he raised them to 50%."],
     ("raise", 25.0, 50.0)),
    (["Washington slapped 10% duties on Brazilian steel. A month later it raised them to 25 per cent."],
     ("raise", None, 25.0)),
    (["President Trump set duties on Brazilian beef in the spring. In June he raised them from 10 percent to 30 percent."],
     ("raise", 10.0, 30.0)),
    (["The United States will step up the tariff on Brazilian goods from 25% to 40%."], ("raise", 25.0, 40.0)),
    (["The administration stepped up duties on Brazilian beef to 50 percent."], ("raise", None, 50.0)),
    (["The tariffs on Brazilian coffee will climb from 10% to 50% next month."], ("raise", 10.0, 50.0)),
    (["Tariffs on Brazilian shoes go up to 35 per cent on Friday."], ("raise", None, 35.0)),
])
def test_rate_steps(texts, expected):
    rows = [r for r in extract(*texts, title=BRAZIL) if r.action == "raise"]
    row = one(rows)
    assert (row.actor, row.counterparty, row.category) == ("USA", "BRA", "tariff")
    assert (row.action, row.value_from, row.value_to) == expected


@pytest.mark.parametrize("text", [
    "The company raised them to 50% of revenue.",
    "Trump said he would halve the tariff he imposed over fentanyl, citing Beijing's pledge.",
    "Exporters complained about the tariffs, and they raised prices to cover them.",
])
def test_pronouns_without_a_tariff_step_give_no_raise(text):
    assert not any(r.action == "raise" for r in extract(text, title=BRAZIL))


def test_stepped_up_sanctions_stay_sanctions():
    row = one(extract("The United States stepped up sanctions on Brazilian officials.", title=BRAZIL))
    assert (row.category, row.action) == ("sanctions", "raise")
