"""Commitment extraction, round 11: precision across kinds — wrong fields, extra rows, status.

Each rule is written for the shape of a sentence, tested on our own paraphrases of it, next to
a sentence of the same shape that does state a commitment (the rule must not eat it). Every
sentence here is ours; countries and figures are used for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from, rows_of

PUBLISHED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)
AGREEMENT_TITLE = "Agreement Between the United States of America and the Federal Republic of Germany on Reciprocal Trade"
FACT_SHEET_TITLE = "Fact Sheet: President Donald J. Trump Protects American Widget Makers"


def extract(*texts, title=AGREEMENT_TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-precision-r11")


# --- a charge in the singular, then a past form: the charge described, no levy imposed -------

def test_a_past_form_describing_a_charge_gives_no_row():
    for text in (
            "[2] A customs duty covers any duty or charge of any kind imposed on or in connection with the "
            "importation of a good.",
            "(b) a fee imposed on imported goods in connection with services rendered;",
            "(c) a charge equivalent to an internal tax imposed consistently with Article III of the GATT;",
            "The term does not include an antidumping duty or a surcharge imposed under domestic trade remedy law."):
        assert extract(text) == [], text


def test_an_exception_for_a_charge_does_not_make_a_second_row():
    rows = extract("Germany shall eliminate customs duties on U.S. goods, other than a fee imposed in "
                   "connection with importation.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("DEU", "tariff", "remove")]


def test_a_government_or_a_country_imposing_a_tax_is_still_a_row():
    rows = extract("Germany imposed a tax on imported U.S. cars.", title=FACT_SHEET_TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == [("DEU", "tariff", "impose")]
    rows = extract("In March, Germany imposed a 20 percent levy on imported U.S. motorcycles.", title=FACT_SHEET_TITLE)
    assert ("DEU", "tariff", "impose", 20.0, None, "percent") in rows_of(rows)


# --- a condition belongs to its own enumerated provision, not to the next one ---------------

def test_a_condition_of_one_provision_does_not_reach_the_next():
    rows = extract("On request of Germany, the United States will consider lowering its tariffs for a German "
                   "territory. (b) U.S. pork exports to Germany are currently subject to a 12 percent tariff "
                   "within a quota of 2,000 metric tons.")
    assert [r.conditional for r in rows if r.value_to == 12.0] == [False]
    rows = extract("Any such treatment is contingent on Germany securing its supply chains. (d) Germany will "
                   "eliminate its tariffs on U.S. beef.")
    assert [(r.actor, r.action, r.conditional) for r in rows if r.category == "tariff"] == [("DEU", "remove", False)]


def test_a_condition_in_the_provision_itself_still_counts():
    rows = extract("Germany will consider its applied tariffs. (b) If Germany lifts its ban on U.S. poultry, "
                   "the United States will lower its tariff on German cars to 15 percent.")
    cars = [r for r in rows if r.value_to == 15.0]
    assert cars and all(r.conditional for r in cars)
    rows = extract("Subject to final approval, Germany will lower its tariff on U.S. motorcycles to 5 percent.")
    assert [r.conditional for r in rows if r.value_to == 5.0] == [True]


# --- what a step already taken means: the step is done, and so is its consequence ----------

SCOPE_TITLE = "Fact Sheet: President Donald J. Trump Modifies the Scope of Reciprocal Tariffs"


def test_the_consequence_of_a_step_taken_is_in_force():
    for text in ("Some goods have been added to Annex II, meaning they will no longer be subject to reciprocal tariffs.",
                 "Certain fertilizers were moved to Annex II, which means they will no longer be subject to the "
                 "reciprocal tariffs.",
                 "Several products have been removed from Annex II, meaning that they will now be subject to "
                 "reciprocal tariffs."):
        rows = extract(text, title=SCOPE_TITLE)
        assert rows and {r.status for r in rows} == {"implemented"}, text


def test_the_consequence_of_a_step_promised_is_not():
    rows = extract("Germany will end its discriminatory practices for U.S. cars, meaning that U.S. cars will no "
                   "longer be subject to higher taxes.", title=SCOPE_TITLE)
    assert rows and "implemented" not in {r.status for r in rows}


# --- in an agreed text, an undertaking to consider is agreed; a bare "will consider" is an offer

FRAMEWORK_TITLE = "Joint Statement on a Framework for an Agreement on Reciprocal Trade between the United States and Germany"


def test_an_undertaking_to_consider_is_agreed():
    for text in ("The United States shall work through its institutions such as the Export-Import Bank to consider "
                 "supporting investment financing in critical minerals projects in Germany.",
                 "Germany intends to consider opportunities to provide U.S. service suppliers additional access to "
                 "its market.",
                 "The United States and Germany commit to consider lowering tariffs on industrial machinery."):
        rows = extract(text, title=FRAMEWORK_TITLE)
        assert rows and {r.status for r in rows} == {"agreed"}, text


def test_a_bare_will_consider_stays_an_offer():
    rows = extract("On request of Germany, the United States will consider reducing its tariffs for a German territory.",
                   title=FRAMEWORK_TITLE)
    assert [r.status for r in rows] == ["proposed"]


# --- a burden the signer "may" lay is held out, not laid ------------------------------------

def test_a_burden_the_signer_may_lay_is_a_threat():
    for text in ("In the near future, President Trump may impose broader tariffs on imports of drones and their parts.",
                 "Should imports of widgets keep rising, I may further modify the HTSUS to increase duties under this "
                 "proclamation.",
                 "The President may raise the tariff on imported gadgets if the negotiations fail to progress."):
        rows = extract(text, title=FACT_SHEET_TITLE)
        assert rows and {r.status for r in rows} == {"threatened"}, text


def test_a_burden_laid_or_a_scope_line_is_not_a_threat():
    rows = extract("Today, President Trump signed a Proclamation imposing a 25 percent tariff on imported drones.",
                   title=FACT_SHEET_TITLE)
    assert [r.status for r in rows] == ["implemented"]
    rows = extract("He identified certain goods that may not be subject to the reciprocal tariffs.", title=FACT_SHEET_TITLE)
    assert "threatened" not in {r.status for r in rows}


# --- a measure referred to again without a figure is the measure already stated -------------

def test_a_step_on_a_measure_referred_to_again_is_one_row():
    cases = (
        ("The United States will delay the increases in tariffs on sofas and kitchen cabinets for one year.",
         "Given the productive talks, the President is delaying the tariff increase to allow for further negotiations."),
        ("Germany will remove its retaliatory tariffs on U.S. motorcycles.",
         "The retaliatory tariffs it announced in April will be removed as well."),
        ("Today, President Trump signed an Executive Order suspending the additional duties on German cars.",
         "The President has thus determined that the additional duties described in the order shall be suspended."),
    )
    for first, again in cases:
        rows = extract(first, again, title=FACT_SHEET_TITLE)
        steps = [r for r in rows if r.action in ("delay", "remove", "suspend")]
        assert len(steps) == 1 and steps[0].mentions == 2, (first, again, [(r.action, r.subject) for r in rows])


def test_a_step_on_other_goods_or_a_dated_step_stays_its_own_row():
    rows = extract("Germany will remove its tariffs on U.S. motorcycles.",
                   "Germany will also remove its tariffs on U.S. whiskey and bourbon.", title=FACT_SHEET_TITLE)
    assert len([r for r in rows if r.action == "remove"]) == 2
    rows = extract("Today, President Trump signed an Executive Order terminating the Syria sanctions program.",
                   "On May 13, President Trump announced he would be lifting sanctions on Syria to give it a chance.",
                   title=FACT_SHEET_TITLE)
    assert len([r for r in rows if r.action == "remove"]) == 2
    rows = extract("Today, President Trump signed an Executive Order terminating the Syria sanctions program.",
                   "American sanctions were lifted after the 2019 election.", title=FACT_SHEET_TITLE)
    assert len([r for r in rows if r.action == "remove"]) == 2



def test_a_compound_naming_the_measure_again_is_the_same_measure():
    cases = (
        ("China will suspend its rare-earth export curbs for one year.",
         "The ministry said Beijing would pause the export-control measures it announced in October."),
        ("Canada will remove many of its retaliatory tariffs on American goods.",
         "The counter-tariffs will be lifted on goods that meet the trade pact's rules."),
    )
    for first, again in cases:
        rows = extract(first, again, title="US and Canada agree trade truce")
        steps = [r for r in rows if r.action in ("suspend", "remove")]
        assert len(steps) == 1 and steps[0].mentions == 2, (first, again, [(r.action, r.subject) for r in rows])
