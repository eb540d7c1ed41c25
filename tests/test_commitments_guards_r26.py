"""Commitment extraction, round 26: guards that silenced right rows (GD).

Each mechanism is tested on wordings of our own (round-up quotes); countries and people are invented or used
only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 10, 6, 15, 0, tzinfo=timezone.utc)
ROUNDUP_LEAD = "Leaders across the country are praising the trade agreement President Donald J. Trump reached with Ghana."


def roundup(*quotes):
    return commitments_from([ROUNDUP_LEAD, *quotes], published_at=PUBLISHED,
                            title="What They Are Saying: U.S.-Ghana Trade Deal", article_id="test-roundup-gd-r26")


def triples(rows):
    return sorted((r.actor, r.category, r.action) for r in rows)


# --- (1) a partner government's minister, labelled as the quote's speaker, speaks for the government ---

def test_a_partner_ministers_we_will_is_the_governments_undertaking():
    rows = roundup("Ghana's Minister of Trade and Industry: “We will drop the pre-shipment inspection rule for "
                   "American cargo arriving at Tema, because we want our port to serve the whole region.”")
    assert triples(rows) == [("GHA", "import_restriction", "remove")]


def test_a_ministers_label_with_demonym_and_name_is_an_officials():
    rows = roundup("Ghanaian Minister of Trade Kofi Mensah: “Recognizing American car safety standards as our own "
                   "was the easy part of this agreement.”")
    assert [(r.actor, r.category, r.action) for r in rows] == [("GHA", "market_access", "relax")]


def test_a_trade_groups_we_will_stays_silent():
    # the same words from a trade group: its "we" is no government's
    rows = roundup("National Grain Exporters Council: “We will drop the pre-shipment inspection rule for "
                   "American cargo arriving at Tema, because we want our port to serve the whole region.”")
    assert not [r for r in rows if r.category in ("import_restriction", "market_access")]


def test_a_former_ministers_word_stays_an_outside_voice():
    rows = roundup("Former Ghanaian Minister of Trade Ama Owusu: “Recognizing American car safety standards as our "
                   "own was the easy part of this agreement.”")
    assert not [r for r in rows if r.category == "market_access"]


# --- (2) "that" before a measure noun is a determiner, not a content clause the verb reports ---

AGREEMENT = "Agreement on Reciprocal Trade between the United States of America and the Republic of Ghana"


def test_that_before_a_tariff_moved_down_is_the_tariff_told_before():
    rows = commitments_from(["Ghana charges a 25 percent tariff on American frozen chicken. Under the agreement, Ghana "
                             "will bring that tariff down to 5 percent within two years."],
                            published_at=PUBLISHED, title="What They Are Saying: U.S.-Ghana Trade Deal",
                            article_id="test-roundup-gd-r26-that")
    assert ("GHA", "tariff", "reduce", 5.0) in [(r.actor, r.category, r.action, r.value_to) for r in rows]


def test_a_duty_not_applied_with_that_is_withheld_not_kept():
    rows = commitments_from(["The United States imposes an additional duty of 15 percent on goods of Ghana.",
                             "The United States shall not apply that additional duty to the cocoa beans and shea "
                             "butter of Ghana listed in Annex II."],
                            published_at=PUBLISHED, title=AGREEMENT, article_id="test-agreement-gd-r26-that")
    assert [(r.actor, r.action) for r in rows if "Annex II" in (r.evidence or "")] == [("USA", "remove")]


def test_a_content_clause_after_that_stays_silent():
    rows = commitments_from(["Ghana recognizes that tariffs on cocoa protect small farmers in both countries."],
                            published_at=PUBLISHED, title=AGREEMENT, article_id="test-agreement-gd-r26-that2")
    assert rows == []


# --- (3) a firm known by its form: a carrier's fused or home-language name, a firm said to be the state's ---

STATEMENT = "Joint Statement on a United States-Ghana Framework for Reciprocal Trade"


def statement(*texts):
    return commitments_from(["The United States and Ghana have reached a framework for reciprocal trade.", *texts],
                            published_at=PUBLISHED, title=STATEMENT, article_id="test-statement-gd-r26")


def purchases(rows):
    return [(r.actor, r.category, r.action, r.amount) for r in rows if r.category in ("purchase", "investment")]


def test_a_carrier_named_with_its_fused_form_buys_for_its_country():
    assert purchases(statement("VoltaAir intends to acquire four Boeing 787 aircraft.")) == [
        ("GHA", "purchase", "purchase", 4.0)]


def test_a_state_owned_firm_invests_for_its_country():
    assert purchases(statement("State-owned Akosombo Petroleum will invest three billion dollars in Texas gas "
                               "terminals.")) == [("GHA", "investment", "invest", 3_000_000_000.0)]


def test_a_firm_named_by_one_plain_word_buys_for_its_country():
    # (round 30) a plain name with no company form buying the other party's goods on a deal page: the partner's firm
    # when the page gives no other nationality (guide, "Deals listed under a partner's investment commitment take that
    # partner as actor when the investor or buyer is the partner's company, or the page gives no other nationality for
    # it"); round 26 kept it silent, the written gold reads the partner's purchase ("Belavia intends to acquire five
    # Boeing 737 MAX aircraft", "Ecopetrol will purchase $3 billion in U.S. liquefied natural gas")
    assert purchases(statement("Volta intends to acquire four Boeing 787 aircraft.")) == [
        ("GHA", "purchase", "purchase", 4.0)]


def test_a_pronoun_or_plural_noun_is_no_firm():
    assert purchases(statement("Importers intend to acquire four Boeing 787 aircraft.")) == []


def test_a_firm_that_has_agreed_to_buy_buys_for_its_country():
    assert purchases(statement("Volta Linhas Aéreas has agreed to purchase six Boeing 737 aircraft.")) == [
        ("GHA", "purchase", "purchase", 6.0)]
