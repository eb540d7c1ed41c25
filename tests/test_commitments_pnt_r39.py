"""Round 39 (issue 4), PNT: tariff and duty commitments as news writers tell them, a robustness battery.

The team's own sentences (never text from the shared or written pages): each frequent kind of `tariff` row of the
open news gold (impose with its level, reduce and raise between two levels, remove with the level removed or the zero
reached, maintain with the level kept, suspend, delay, extend, duty-free quotas) told in several phrasings a writer
would use: verb forms, word order (passive, fronted clause, "under the deal, ..."), nouns for the verb, numbers in
every style (%, per cent, pct, pc, words, ranges, "from ... to" either way round), the levying party named by its
name, adjective, capital, leader or ministry. Near-misses give no row (forecasts, a lobby's or a commentator's wish,
a past measure told in a clause of time, statistics, a study's hypothesis).

The mechanism this round: a specific duty in money per unit of the goods (guide rule 22: money levels, in the
currency stated) read in more of the ways writers put it -- "2,000 rupiah on every imported bottle", "a flat EUR 2
duty on each parcel" (the unit the duty is charged on told with "on each/every"), "30 crowns a kilogram from 45
crowns" (Nordic crowns as kroner), "a 900-baht-per-tonne levy" (the hyphenated compound), "from eight cents per litre
to five cents per litre" (cents of a dollar), and "to $40 a tonne from $25 a tonne" (the earlier level stating its
own measure).
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 5, 1, tzinfo=timezone.utc)


def _story_rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff"]


def _story_units(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return [(r.actor, r.action, r.value_from, r.value_to, r.unit) for r in rows if r.category == "tariff"]


# impose: the new level is value_to (convention 4)
@pytest.mark.parametrize("text, expected", [
    ("Mexico will impose a 30 percent duty on Chinese bicycles from March.", ("MEX", "impose", None, 30.0)),
    ("Starting in June, imports of Thai ceramic tiles will face a 12% tariff in the Philippines, the trade ministry "
     "said.", ("PHL", "impose", None, 12.0)),
    ("Ottawa slapped a 25 per cent surtax on Brazilian steel wire on Tuesday.", ("CAN", "impose", None, 25.0)),
    ("Under the agreement, Turkey will levy a duty of 7.5 pct on Indonesian soap.", ("TUR", "impose", None, 7.5)),
    ("The Colombian government announced a 40% tariff on imported frozen potatoes, effective next month.",
     ("COL", "impose", None, 40.0)),
    ("A duty of fifteen per cent will apply to Vietnamese furniture entering Australia from July 1.",
     ("AUS", "impose", None, 15.0)),
    ("Modi's government will put a 35% duty on Chinese solar glass, officials said.", ("IND", "impose", None, 35.0)),
    ("Beijing is set to slap 25 percent tariffs on Canadian canola oil from next week.", ("CHN", "impose", None, 25.0)),
    ("New 18% duties on Vietnamese tiles take effect in Thailand on Monday.", ("THA", "impose", None, 18.0)),
    ("Peru will impose duties of between 10 and 20 percent on Chinese steel bars.", ("PER", "impose", None, 20.0)),
])
def test_a_duty_imposed_carries_its_level(text, expected):
    assert expected in _story_rows(text)


# reduce: both levels, told in either order, by the verb, its passive or its intransitive
@pytest.mark.parametrize("text, expected", [
    ("Korea will cut its tariff on Australian oranges to 10 percent from 30 percent.", ("KOR", "reduce", 30.0, 10.0)),
    ("India agreed to lower duties on British gin from 150% to 75%.", ("IND", "reduce", 150.0, 75.0)),
    ("The Thai commerce ministry said duties on Chilean wine would fall from 54 per cent to 20 per cent by 2029.",
     ("THA", "reduce", 54.0, 20.0)),
    ("Under the pact, Egypt's tariff on Turkish cars is being cut to 5% from 40%.", ("EGY", "reduce", 40.0, 5.0)),
    ("Japan's 38.5% tariff on New Zealand beef will be reduced to 9% over fifteen years.",
     ("JPN", "reduce", 38.5, 9.0)),
    ("Duties on Peruvian quinoa entering China will drop to 3 percent, down from 12 percent.",
     ("CHN", "reduce", 12.0, 3.0)),
    ("Tokyo is cutting its tariff on Canadian pork to 4.3 percent from 12 percent under the pact.",
     ("JPN", "reduce", 12.0, 4.3)),
    ("The cuts, which would take effect in April, bring Kenyan duties on Ethiopian coffee down to 10% from 25%.",
     ("KEN", "reduce", 25.0, 10.0)),
    ("Tariffs on Norwegian salmon will be lowered by Seoul to 5 percent from 20 percent.",
     ("KOR", "reduce", 20.0, 5.0)),
    ("Indian duties on Australian wine will fall to 25 percent from 150 percent over ten years.",
     ("IND", "reduce", 150.0, 25.0)),
    ("Lula's government will lower the tariff on imported Chinese solar panels to 10% from 25%.",
     ("BRA", "reduce", 25.0, 10.0)),
    ("Saudi Arabia slashed customs duties on Jordanian cement to 3 percent from 12 percent.",
     ("SAU", "reduce", 12.0, 3.0)),
    ("Indonesia will halve its 10 percent duty on Australian beef cattle.", ("IDN", "reduce", 10.0, 5.0)),
    ("Nigeria will reduce import duty on Ghanaian cocoa butter by 5 percentage points to 15 percent.",
     ("NGA", "reduce", 20.0, 15.0)),
    ("Canada agreed to reduce tariffs on Ecuadorian shrimp.", ("CAN", "reduce", None, None)),
])
def test_a_cut_carries_both_levels(text, expected):
    assert expected in _story_rows(text)


# raise
@pytest.mark.parametrize("text, expected", [
    ("Turkey will raise its duty on imported walnuts to 45 percent from 20 percent.", ("TUR", "raise", 20.0, 45.0)),
    ("South Africa has increased the tariff on frozen chicken from Brazil from 37% to 62%.",
     ("ZAF", "raise", 37.0, 62.0)),
    ("The tariff Washington charges on Canadian softwood will rise from 15 percent to 30 percent on Monday.",
     ("USA", "raise", 15.0, 30.0)),
    ("Indonesia hiked import duties on Chinese ceramics to 28 pct from 10 pct.", ("IDN", "raise", 10.0, 28.0)),
    ("Colombia's trade ministry said it would raise the tariff on imported milk powder to 33% from 15%.",
     ("COL", "raise", 15.0, 33.0)),
    ("The Philippine government will raise tariffs on imported pork to thirty percent from fifteen percent.",
     ("PHL", "raise", 15.0, 30.0)),
    ("Kazakhstan's duty on Russian sugar will be lifted from 7% to 15% next month.", ("KAZ", "raise", 7.0, 15.0)),
    ("Mexico will double its tariff on Chinese garlic to 40%.", ("MEX", "raise", 20.0, 40.0)),
])
def test_a_rise_carries_both_levels(text, expected):
    assert expected in _story_rows(text)


# remove: the level removed as value_from, a zero only where the sentence states one (guide rule 20, Round 17 Q2)
@pytest.mark.parametrize("text, expected", [
    ("Kenya will scrap its 25% duty on Tanzanian maize.", ("KEN", "remove", 25.0, None)),
    ("The Philippines agreed to eliminate the 15 per cent tariff it charges on Australian lamb.",
     ("PHL", "remove", 15.0, None)),
    ("The removal of Chile's 6% duty on Uruguayan rice takes effect in January.", ("CHL", "remove", 6.0, None)),
    ("Britain is to scrap a 12pc tariff on Indian textiles under the deal.", ("GBR", "remove", 12.0, None)),
    ("Indonesia will remove tariffs of up to 15 percent on Canadian canola.", ("IDN", "remove", 15.0, None)),
    ("Under an agreement with Lima, Seoul will eliminate its 8% tariff on Peruvian coffee.",
     ("KOR", "remove", 8.0, None)),
    ("The Australian government has agreed to waive its 5 per cent tariff on Thai rubber gloves for two years.",
     ("AUS", "remove", 5.0, None)),
    ("Under the deal, South Korean tariffs on British whisky, now 20 percent, will be phased out.",
     ("KOR", "remove", 20.0, None)),
    ("Australian barley will enter India duty-free from next year under the deal.", ("IND", "remove", None, 0.0)),
    ("Singapore agreed to cut tariffs on Mexican avocados to zero.", ("SGP", "remove", None, 0.0)),
    ("Vietnam's duties on US almonds will be reduced from 10% to 0% by 2028.", ("VNM", "remove", 10.0, 0.0)),
    ("From January, New Zealand kiwifruit will enter Korea tariff-free, down from a 45 percent duty.",
     ("KOR", "remove", 45.0, 0.0)),
    ("Jakarta said Indonesian tariffs on Canadian wheat would be cut from 5% to zero.", ("IDN", "remove", 5.0, 0.0)),
    ("Thailand will open a duty-free quota of 50,000 tonnes for Australian sugar.", ("THA", "remove", None, 0.0)),
    ("Malaysia will abolish tariffs on Peruvian blueberries.", ("MYS", "remove", None, None)),
    ("Under a deal with Kyiv, the EU agreed to lift duties on Ukrainian honey.", ("EUN", "remove", None, None)),
    ("The elimination of Chilean tariffs on Japanese cars is the centerpiece of the deal.",
     ("CHL", "remove", None, None)),
])
def test_a_removal_carries_the_level_removed(text, expected):
    assert expected in _story_rows(text)


# kept, paused, put off, prolonged
@pytest.mark.parametrize("text, expected", [
    ("Japan will keep its 25% tariff on foreign rice unchanged, the agriculture minister said.",
     ("JPN", "maintain", None, 25.0)),
    ("The 40 percent duty that Beijing charges on Australian wine stays in place under the truce.",
     ("CHN", "maintain", None, 40.0)),
    ("Ankara said it would maintain the 20 per cent levy on Greek olive oil.", ("TUR", "maintain", None, 20.0)),
    ("Under the new arrangement, Canada keeps its 6 per cent tariff on Korean cars.", ("CAN", "maintain", None, 6.0)),
    ("Bangladesh's tariff on Indian onions remains at 10 percent, officials said.", ("BGD", "maintain", None, 10.0)),
    ("Canada suspended its 25% surtax on American orange juice for 90 days.", ("CAN", "suspend", 25.0, None)),
    ("Beijing will suspend the 10 percent tariff on US soybeans until November.", ("CHN", "suspend", 10.0, None)),
    ("Mexico postponed the 30% tariff on Chinese bicycles until April.", ("MEX", "delay", None, 30.0)),
    ("Seoul delayed by three months a planned 15% tariff on Chinese steel plate.", ("KOR", "delay", None, 15.0)),
    ("India extended the 20 per cent export duty on onions until March.", ("IND", "extend", None, 20.0)),
    ("Ghana's 15% duty on imported rice will stay unchanged.", ("GHA", "maintain", None, 15.0)),
    ("Vietnam's 25 per cent tariff on Thai sugar will remain in force until the talks end.",
     ("VNM", "maintain", None, 25.0)),
    ("Korea voted to keep anti-dumping duties on Chinese steel pipes for another three years, at rates of up to 28%.",
     ("KOR", "extend", None, 28.0)),
    ("The EU extended by a further five years the 30% anti-dumping duty on Chinese e-bikes.",
     ("EUN", "extend", None, 30.0)),
])
def test_a_measure_kept_paused_or_put_off(text, expected):
    assert expected in _story_rows(text)


# (round 39) a measure prolonged for a hedged stretch ("for at least five more years", as "for another five years"
# is read: convention 4's `extend`)
@pytest.mark.parametrize("text, expected", [
    ("Canada will keep its duties on Chinese wire rod for at least five more years.", ("CAN", "extend", None, None)),
    ("Thailand will keep its 12% levy on Chinese glass for up to another six months.",
     ("THA", "extend", None, 12.0)),
])
def test_prolonged_for_a_hedged_stretch(text, expected):
    assert expected in _story_rows(text)


# a measure kept told in reported speech ("said ... would stay", as "will stay" is read): dropped this round
@pytest.mark.xfail(reason="the cue reader does not know 'would stay'; adding it (/tmp/s39/dropped/pnt_would_stay.patch) "
                          "paired five open rows but wrong in category, actor or amount, and lost one", strict=True)
@pytest.mark.parametrize("text, expected", [
    ("Egypt said the 20% duty it charges on Turkish glass would stay for now.", ("EGY", "maintain", None, 20.0)),
    ("Pakistan said its 20 per cent regulatory duty on imported mobile phones would stay until June 2028.",
     ("PAK", "maintain", None, 20.0)),
    ("Peru said its 9% duty on Bolivian onions would stay.", ("PER", "maintain", None, 9.0)),
])
def test_kept_in_reported_speech(text, expected):
    assert expected in _story_rows(text)


# near-misses: a stay that is no keeping of a duty
@pytest.mark.parametrize("text", [
    "Tourists would stay longer if visas were cheaper, the Thai tourism minister said.",
    "The court granted a stay of the 20 percent duty ruling, a lawyer for the importers said.",
])
def test_a_stay_that_keeps_no_duty_gives_no_maintain(text):
    assert all(row[1] != "maintain" for row in _story_rows(text))


# a specific duty in money per unit of the goods (guide rule 22): the mechanism of this round
@pytest.mark.parametrize("text, expected", [
    ("Indonesia will charge a safeguard duty of 2,000 rupiah on every imported glass bottle from March.",
     ("IDN", "impose", None, 2000.0, "idr")),
    ("The EU will levy a flat €2 customs duty on each parcel from July.", ("EUN", "impose", None, 2.0, "eur")),
    ("Peru will charge an extra duty of $1.90 on every imported pair of jeans for 200 days.",
     ("PER", "impose", None, 1.9, "usd")),
    ("Norway will cut its duty on imported lamb to 30 crowns a kilogram from 45 crowns.",
     ("NOR", "reduce", 45.0, 30.0, "nok")),
    ("Thailand will charge a 900-baht-per-tonne levy on exported cassava chips.", ("THA", "impose", None, 900.0, "thb")),
    ("Kazakhstan will raise its export duty on sunflower seeds to $40 a tonne from $25 a tonne.",
     ("KAZ", "raise", 25.0, 40.0, "usd")),
    ("Palau will lower the import tax it charges on Australian diesel from eight cents per litre to five cents per "
     "litre.", ("PLW", "reduce", 0.08, 0.05, "usd")),
    ("Washington will keep its in-quota duty of 3.2 cents per kilogram on Uruguayan beef unchanged.",
     ("USA", "maintain", None, 0.032, "usd")),
])
def test_a_specific_duty_in_money_is_the_level(text, expected):
    assert expected in _story_units(text)


# goods that pay a rate keep it; goods that pay a sum per unit (the sum naming the tariff as a rate paid does) are
# dropped this round
def test_goods_paying_a_rate_keep_that_level():
    assert ("GBR", "maintain", None, 12.0, "percent") in _story_units(
        "Outside the quota, New Zealand butter will still pay 12% in Britain.")


@pytest.mark.xfail(reason="the paying reader: 'pay' names a tariff only with a duty noun or a rate after it, so a sum "
                          "per unit falls to money paid in (an investment) or to nothing; reading it as the tariff "
                          "(/tmp/s39/dropped/pnt_paid_sum_per_unit.patch) paired no open row and added two (a port "
                          "fee page, a page anchoring the sum at its lead)", strict=True)
@pytest.mark.parametrize("text, expected", [
    ("Outside the quota, New Zealand butter will still pay £1,500 a tonne in Britain.",
     ("GBR", "maintain", None, 1500.0, "gbp")),
    ("Rice imported outside the quota still pays ¥300 a kilogram in Japan.", ("JPN", "maintain", None, 300.0, "jpy")),
])
def test_goods_paying_a_sum_per_unit_keep_that_level(text, expected):
    assert expected in _story_units(text)


# near-misses: a price paid per unit is no duty
@pytest.mark.parametrize("text", [
    "Drivers will pay $4 a gallon for petrol this summer, analysts said.",
    "Shoppers in Lima now pay 3 soles a kilogram for tomatoes.",
    "Buyers paid $550 a tonne for Thai rice last week.",
    "Egyptian mills will pay $275 a tonne for the Kazakh wheat under the contract.",
])
def test_a_price_paid_per_unit_is_no_duty(text):
    assert _story_rows(text) == []


# specific duties the base already read: they stay read
@pytest.mark.parametrize("text, expected", [
    ("Switzerland will raise its duty on imported butter to 20 francs a kilogram from 16 francs.",
     ("CHE", "raise", 16.0, 20.0, "chf")),
    ("Japan will impose a duty of 250 yen per kilogram on rice imported outside the quota.",
     ("JPN", "impose", None, 250.0, "jpy")),
    ("The EU will lift its duty on Belarusian potash to 60 euros a tonne from 45 euros on July 1.",
     ("EUN", "raise", 45.0, 60.0, "eur")),
])
def test_specific_duties_read_before_stay_read(text, expected):
    assert expected in _story_units(text)


# near-misses: a rate, not the money beside it; no money read out of other sums
@pytest.mark.parametrize("text, expected", [
    ("Ghana will charge a 10 percent duty on every car worth more than $20,000.", ("GHA", "impose", None, 10.0, "percent")),
    ("Chile will impose a 5% duty on each parcel valued above $800.", ("CHL", "impose", None, 5.0, "percent")),
])
def test_a_rate_on_each_item_stays_a_rate(text, expected):
    assert expected in _story_units(text)


def test_a_sum_of_trade_in_crowns_is_no_duty():
    assert _story_rows("Norway's salmon exports to China rose to 12 billion crowns last year.") == []


# near-misses: no row
@pytest.mark.parametrize("text", [
    "Analysts expect Japan to cut its tariff on beef to 20 percent next year.",
    "Exporters want India to scrap its 50% duty on whisky.",
    "If talks fail, Brazil could raise tariffs on US ethanol to 18%, an economist said.",
    "Dairy farmers urged Ottawa to raise duties on American milk powder.",
    "A 30% tariff on Indian shrimp would cost exporters $2 billion, a study found.",
    "Economists at the bank forecast that Mexico will raise its tariffs on Asian textiles to 35 percent.",
    "The minister said he hoped Australia would one day remove its duty on New Zealand apples.",
    "The peso fell 3 per cent against the dollar on tariff worries.",
])
def test_forecasts_wishes_and_figures_give_no_row(text):
    assert _story_rows(text) == []


# failures of the battery left this round, by their cause in the code
# (PNP's `_LOBBY_BODY`, merged in the same round, knows "farm / business / industry groups" as lobbies)
def test_a_lobby_urging_a_government_gives_no_row():
    assert _story_rows("Farm groups urged Seoul to lower duties on American cherries.") == []


@pytest.mark.xfail(reason="a past measure told in a 'since' clause whose main clause tells a trade flow (Round 38 "
                          "review, the cognac story) still gives the measure's row when the clause has its own subject "
                          "and rate", strict=True)
def test_a_measure_in_a_since_clause_of_a_trade_flow_gives_no_row():
    assert _story_rows("Shipments have fallen since Canada imposed a 25 per cent surtax on Chinese electric cars in "
                       "2024.") == []


@pytest.mark.xfail(reason="average applied tariffs (guide rule 2: statistics) told with a verb of movement are read as "
                          "a cut", strict=True)
def test_average_applied_tariffs_give_no_row():
    assert _story_rows("Average applied tariffs in Vietnam fell to 5 percent last year, the World Bank said.") == []


@pytest.mark.xfail(reason="the actor reader: in a noun of the verb ('a cut in Vietnamese duties on Irish pork') the "
                          "goods' origin adjective wins over the levying party's", strict=True)
def test_the_levying_party_of_a_noun_form_is_the_duties_owner():
    rows = _story_rows("The agreement provides for a cut in Vietnamese duties on Irish pork from 25 pct to 10 pct.")
    assert ("VNM", "reduce", 25.0, 10.0) in rows


@pytest.mark.xfail(reason="the noun reader: 'a reduction of X duties ... to 8 percent was agreed' has no cue the "
                          "sentence reader knows before its passive verb", strict=True)
def test_a_reduction_agreed_in_the_passive():
    rows = _story_rows("A reduction of Moroccan duties on Spanish olive oil to 8 percent was agreed on Friday.")
    assert ("MAR", "reduce", None, 8.0) in rows


@pytest.mark.xfail(reason="the action reader: a passive 'will be suspended' after a relative clause ('The 17.5% duty "
                          "Ottawa charges on X will be suspended') takes the relative clause's verb", strict=True)
def test_a_duty_suspended_in_the_passive_after_its_relative_clause():
    rows = _story_rows("The 17.5% duty Ottawa charges on Mexican sugar will be suspended for six months.")
    assert ("CAN", "suspend", 17.5, None) in rows


def test_a_duty_kept_with_a_past_relative_clause_is_kept():
    # (round 43: read since, the kept measure named with its rate is `maintain` and its recounting no row)
    rows = _story_rows("Chile has kept its 12 percent tariff on Argentine flour, which it imposed in 2025.")
    assert ("CHL", "maintain", None, 12.0) in rows


@pytest.mark.xfail(reason="the actor reader: an unresolved speaker ('the president said he would put ...') leaves the "
                          "goods' origin ('from Vietnam') as the only country, and it is taken as the levying party",
                   strict=True)
def test_the_origin_of_the_goods_is_not_the_levying_party():
    rows = _story_rows("The president said he would put a 40 per cent duty on solar panels from Vietnam as well.")
    assert all(row[0] != "VNM" for row in rows)


@pytest.mark.xfail(reason="the cue reader: a charge told with no noun of a duty ('will charge an extra $1.90 on every "
                          "imported pair of jeans') is no tariff row; with the noun ('an extra duty of $1.90') it is read",
                   strict=True)
def test_a_charge_in_money_with_no_noun_of_a_duty():
    rows = _story_units("Peru will charge an extra $1.90 on every imported pair of jeans for 200 days.")
    assert ("PER", "impose", None, 1.9, "usd") in rows
