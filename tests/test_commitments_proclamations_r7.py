"""Commitment extraction, round 7: executive-order texts and proclamation fact sheets.

Every sentence here is our own, written for the rule it tests (the goods, rates, partners
and dates are invented). Each rule is tested on at least two shapes of the same kind.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
ORDER_TITLE = "Adjusting Reciprocal Tariff Rates on Imports from Peru"
AUTHORITY = ("By the authority vested in me as President by the Constitution and the laws of the "
             "United States of America, it is hereby ordered as follows:")


def extract(*texts, title=ORDER_TITLE, kinds=None):
    return commitments_from(texts, published_at=PUBLISHED, title=title, kinds=kinds, article_id="test-order-r7")


def tariff_rows(rows):
    return sorted((r.actor, r.action, r.value_from, r.value_to, r.counterparty) for r in rows
                  if r.category == "tariff")


def test_an_adverb_between_to_and_the_verb_keeps_the_verb():
    rows = extract(AUTHORITY, "I have decided to suspend the 30 percent duty on articles of Peru and to instead "
                              "impose on those articles an additional duty of 12 percent.")
    assert ("USA", "impose", None, 12.0, "PER") in tariff_rows(rows)
    rows = extract("The United States will drop its plan for a quota and will instead impose a tariff of 8 "
                   "percent on Peruvian copper.", title="Fact Sheet: The United States Adjusts Tariffs on Peru")
    assert ("USA", "impose", None, 8.0, "PER") in tariff_rows(rows)


def test_subject_to_split_by_a_comma_aside_is_still_a_rate():
    for sentence in (
        "All articles of Peru imported into the United States shall be, consistent with law, subject to an "
        "additional ad valorem rate of duty of 12 percent.",
        "Tin sheets from Peru are, from June 1, 2026, subject to a 20 percent tariff.",
        "Peruvian copper wire is, under this proclamation, subject to a 25% duty.",
    ):
        rows = extract(AUTHORITY, sentence)
        assert [(a, act, to) for a, act, _, to, _ in tariff_rows(rows)] in (
            [("USA", "impose", 12.0)], [("USA", "impose", 20.0)], [("USA", "impose", 25.0)]), sentence


def test_an_aside_holding_a_clause_does_not_join_the_phrase():
    rows = extract("Tin sheets are, and copper wire remains, subject to review by the Secretary.")
    assert tariff_rows(rows) == []


def test_goods_imported_into_a_customs_territory_are_tariffed_by_its_country():
    rows = extract(AUTHORITY, "Effective on May 1, 2026, all articles of Peru imported into the customs territory "
                              "of the United States shall be subject to an additional duty of 12 percent.")
    assert tariff_rows(rows) == [("USA", "impose", None, 12.0, "PER")]
    rows = extract("Goods entering the customs territory of the European Union from Peru will be subject to a "
                   "5 percent duty.", title="The European Union adjusts duties on Peruvian goods")
    assert [r[:4] for r in tariff_rows(rows)] == [("EUN", "impose", None, 5.0)]


def test_a_rate_deferred_to_later_in_the_text_fills_the_first_statement():
    rows = extract(AUTHORITY,
                   "I have determined that it is necessary to suspend the duties on tin of Peru, and to instead impose "
                   "on articles of Peru an additional ad valorem rate of duty as set forth herein.",
                   "Sec. 2. All articles of Peru imported into the customs territory of the United States shall be "
                   "subject to an additional ad valorem rate of duty of 12 percent.")
    rated = [r for r in rows if r.category == "tariff" and r.action == "impose"]
    assert [(r.value_to, r.paragraph_index, r.mentions) for r in rated] == [(12.0, 1, 2)]
    rows = extract(AUTHORITY,
                   "The Secretary shall impose a duty on Peruvian tin at the rate specified below.",
                   "The duty on Peruvian tin shall be 9 percent ad valorem.",
                   "Sec. 3. Tin sheets of Peru shall be subject to a duty of 9 percent.")
    rated = [r for r in rows if r.category == "tariff" and r.action == "impose"]
    assert [(r.value_to, r.paragraph_index) for r in rated] == [(9.0, 1)]


def test_a_reservation_is_no_deferred_rate():
    rows = extract(AUTHORITY,
                   "Except as otherwise provided herein, the Secretary shall impose a duty on Peruvian tin.",
                   "Sec. 2. Copper wire of Peru shall be subject to a duty of 9 percent.")
    assert (None, "figureless") in [(r.value_to, "figureless") for r in rows if r.category == "tariff"]


def test_places_named_as_part_of_a_partner_are_in_its_row():
    rows = extract(AUTHORITY, "All articles of Denmark, including Greenland and the Faroe Islands, shall be subject to "
                              "an additional duty of 11 percent.", title="Adjusting Tariffs on Imports from Denmark")
    assert [(a, to, cp) for a, _, _, to, cp in tariff_rows(rows)] == [("USA", 11.0, "DNK")]
    rows = extract(AUTHORITY, "All articles of Denmark and Peru imported into the United States shall be subject to "
                              "an additional duty of 11 percent.", title="Adjusting Tariffs on Imports from Denmark and Peru")
    assert sorted(cp for *_, cp in tariff_rows(rows)) == ["DNK", "PER"]


FACT_TITLE = "Fact Sheet: President Donald J. Trump Adjusts Tariffs on Imports of Tin"
SIGNED = "Today, President Donald J. Trump signed a Proclamation adjusting tariffs on imported tin."


def test_using_a_tariff_statute_to_act_is_a_tariff_put_in_place():
    for sentence in ("In his first term, President Trump rebuilt the tin industry by using Section 232 to counter "
                     "decades of cheap tin imports.",
                     "President Trump has utilized Section 301 to confront unfair tin subsidies abroad."):
        rows = extract(SIGNED, sentence, title=FACT_TITLE)
        assert [(r.actor, r.action, r.status) for r in rows if r.paragraph_index == 1] == [
            ("USA", "impose", "implemented")], sentence


def test_a_statute_named_for_its_authorities_is_not_itself_the_measure():
    rows = extract(SIGNED, "Using Section 232 authorities, he imposed a 40% tariff on tin sheets.", title=FACT_TITLE)
    assert [(r.action, r.value_to) for r in rows if r.paragraph_index == 1] == [("impose", 40.0)]


def test_two_recounts_dated_apart_keep_their_own_figures():
    rows = extract(SIGNED, "In his first term, President Trump tariffed tin by using Section 232 to protect smelters.",
                   "In March 2026, President Trump added tin foil to the tin tariffs, at the same 40% rate as tin sheets.",
                   title=FACT_TITLE)
    first_term = [r for r in rows if r.paragraph_index == 1]
    assert [(r.action, r.value_to) for r in first_term] == [("impose", None)]


def test_imposing_and_raising_one_tariff_is_one_row():
    for sentence in ("Since returning to office, President Trump has continued taking actions under Section 232 to "
                     "protect tin smelting, including imposing and strengthening tariffs on key goods such as tin.",
                     "The President has been imposing and increasing duties on foreign tin."):
        rows = extract(SIGNED, sentence, title=FACT_TITLE)
        assert [(r.actor, r.category, r.action) for r in rows if r.paragraph_index == 1] == [
            ("USA", "tariff", "impose")], sentence


def test_the_signer_deciding_it_is_necessary_to_act_is_the_measure():
    for sentence in ("I have determined that it is necessary and appropriate to impose on articles of Peru an "
                     "additional duty of 12 percent.",
                     "I have determined, based on advice from the Secretary of Commerce and other officials, that it is "
                     "necessary and appropriate to extend the suspension of the duties on tin of Peru until June 1, 2026.",
                     "I also deem it necessary to raise the duty on tin of Peru from 10 percent to 15 percent."):
        rows = extract(AUTHORITY, sentence)
        assert [(r.actor, r.category) for r in rows if r.paragraph_index == 1] == [("USA", "tariff")], sentence


def test_a_purpose_after_it_is_necessary_is_no_first_person_subject():
    rows = extract("Analysts have determined that it is necessary to raise tariffs on tin, the report said.",
                   title="Tin prices rise")
    assert [r for r in rows if r.actor == "USA"] == []


def test_talks_entered_into_with_a_country_are_both_parties_talks():
    for sentence in ("Since March, the United States has entered into discussions with Peru to address the lack of "
                     "reciprocity in tin trade.",
                     "The United States held talks with Peru on tin quotas last week."):
        rows = extract(AUTHORITY, sentence)
        talks = sorted((r.actor, r.counterparty) for r in rows if r.action == "negotiate")
        assert talks == [("PER", "USA"), ("USA", "PER")], sentence


def test_one_sides_pledge_to_continue_talks_stays_its_own():
    # (round 12: the gold review decided "continue talks is one row per party", as the August 11
    # China fact sheet's gold reads it; talks continued "with" Peru are Peru's talks too)
    rows = extract("The United States will continue trade talks with Peru to promote fair trade in tin.",
                   title="Fact Sheet: President Donald J. Trump Continues Tariff Talks with Peru")
    assert sorted(r.actor for r in rows if r.action == "negotiate") == ["PER", "USA"]


def test_a_rate_that_would_otherwise_apply_is_no_measure():
    for sentence in ("Imports of tin within the quota that would otherwise be subject to a 25 percent tariff shall "
                     "instead be subject to a 5 percent tariff.",
                     "Tin foil that would otherwise remain subject to a 30% duty will instead be subject to a 10% duty."):
        rows = extract(AUTHORITY, "I hereby establish a quota for tin that is a product of Peru.", sentence)
        rates = [(r.actor, r.action, r.value_to) for r in rows if r.paragraph_index == 2]
        assert [to for _, _, to in rates] in ([5.0], [10.0]), sentence
        assert rates[0][0] == "USA", sentence


def test_a_rate_stated_of_unowned_goods_in_a_signed_order_is_the_signers():
    rows = extract(AUTHORITY, "I hereby establish a tariff-rate quota for tin that is a product of Peru.",
                   "Imports of tin in excess of the quota shall remain subject to the full duties imposed by "
                   "Proclamation 10000.",
                   "Tin parts shall instead be subject to a total tariff of 10 percent, provided that they are "
                   "products of Peru.")
    later = sorted((r.actor, r.action, r.value_to, r.status) for r in rows if r.paragraph_index in (2, 3))
    assert later == [("USA", "impose", 10.0, "implemented"), ("USA", "maintain", None, "implemented")]


def test_a_partners_announced_rate_in_an_order_stays_the_partners():
    rows = extract(AUTHORITY, "On May 2, 2026, the Ministry of Foreign Trade of Peru announced that an additional "
                              "tariff of 30 percent would be imposed on goods of the United States.")
    assert [r.actor for r in rows if r.value_to == 30.0] == ["PER"]


def test_stopping_ones_own_exports_is_an_export_control():
    for sentence in ("Last spring, Peru banned exports to the United States of tin concentrate and tin ore.",
                     "Peru suspended exports of refined tin to choke off supplies to foreign smelters.",
                     "Peru halted its tin ore exports to the United States in 2025."):
        rows = extract(sentence, title="Fact Sheet: President Donald J. Trump Acts on Tin Imports from Peru")
        assert [(r.actor, r.category, r.action) for r in rows] == [("PER", "export_control", "restrict")], sentence


def test_blocking_another_countrys_exports_is_no_export_control():
    rows = extract("Peru blocked U.S. exports of tin ingots last year.",
                   title="Fact Sheet: President Donald J. Trump Acts on Tin Imports from Peru")
    assert [r.category for r in rows] == ["import_restriction"]


def test_goods_taken_off_an_exemption_list_pay_a_higher_tariff():
    for sentence in ("Some tin goods have been removed from Annex III, meaning they are now subject to reciprocal "
                     "tariffs.",
                     "Other tin goods were removed from the exclusion list, meaning they are now subject to the tin "
                     "tariffs."):
        rows = extract(SIGNED, sentence, title=FACT_TITLE)
        assert [(r.actor, r.category, r.action) for r in rows if r.paragraph_index == 1] == [
            ("USA", "tariff", "raise")], sentence


def test_goods_taken_off_a_tariff_list_are_no_raise():
    rows = extract(SIGNED, "Tin foil was removed from Annex I, so it is no longer subject to the tin tariff.",
                   title=FACT_TITLE)
    assert "raise" not in [r.action for r in rows]


def test_the_purpose_of_a_tariff_on_a_country_is_no_measure_of_its_own():
    for sentence in ("President Trump implemented 20% tariffs on Peru to address the flow of illicit drugs.",
                     "Imposing a 20% tariff on Peru to combat tin smuggling, and a 25% tariff on Chile to address "
                     "the flow of illicit drugs."):
        rows = extract(SIGNED, sentence, title=FACT_TITLE)
        assert sorted((r.category, r.value_to) for r in rows if r.paragraph_index == 1) in (
            [("tariff", 20.0)], [("tariff", 20.0), ("tariff", 25.0)]), sentence




ORDER_LEAD = "Today, President Donald J. Trump signed an Executive Order on reciprocal tariff rates."
RATE_TITLE = "Fact Sheet: President Donald J. Trump Sets New Reciprocal Tariff Rates"


def test_a_lead_on_partners_named_as_a_group_is_stated_by_the_rated_partners():
    for lead in ("President Trump sent letters to many countries explaining that, starting May 1, they will be "
                 "subject to new reciprocal tariff rates.",
                 "Countries listed in Annex I will be subject to the tariff specified therein."):
        rows = extract(ORDER_LEAD, lead, "The partners that received letters today include:", "Peru (22%)",
                       "Chile (30%)", title=RATE_TITLE, kinds=["paragraph", "paragraph", "paragraph"] + ["list_item"] * 2)
        assert sorted((r.counterparty, r.value_to) for r in rows if r.paragraph_index >= 1) == [
            ("CHL", 30.0), ("PER", 22.0)], lead


def test_a_group_lead_without_rated_partners_stays_a_row():
    rows = extract(ORDER_LEAD, "Countries listed in Annex I will be subject to the tariff specified therein.",
                   title=RATE_TITLE)
    assert [(r.category, r.action) for r in rows if r.paragraph_index == 1] == [("tariff", "impose")]
