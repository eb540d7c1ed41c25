"""Quantities: rates in all styles, levels, points, money, tonnages, counts."""
import pytest

from pipeline.quantities import find_quantities, parse_number, rate_levels


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("35 per cent", 35, "percent"),
        ("35%", 35, "percent"),
        ("35 pct", 35, "percent"),
        ("thirty-five percent", 35, "percent"),
        ("removing 5 percentage points", 5, "percentage_points"),
        ("$420 billion", 420e9, "usd"),
        ("US$2.3bn", 2.3e9, "usd"),
        ("2.3 billion dlrs", 2.3e9, "usd"),
        ("€350 bn", 350e9, "eur"),
        ("3.2 billion USD", 3.2e9, "usd"),
        ("8 million metric tons", 8e6, "tonnes"),
        ("8 MMT", 8e6, "tonnes"),
        ("3 mln tonnes", 3e6, "tonnes"),
        ("450,000 tonnes", 450000, "tonnes"),
        ("50 Airbus aircraft", 50, "units"),
    ],
)
def test_reads_value_and_unit_in_every_style(text, value, unit):
    quantities = find_quantities(f"They said {text} on Monday.")
    assert len(quantities) == 1
    assert quantities[0].value == pytest.approx(value)
    assert quantities[0].unit == unit


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("cut tariffs to 47 per cent from 57 per cent", (57, 47)),
        ("from 57% to 47%", (57, 47)),
        ("to 35 per cent from around 41 per cent", (41, 35)),
        ("duties rise to 50 percent from 25 percent", (25, 50)),
        ("cutting duties on ethanol to zero", (None, 0)),
    ],
)
def test_rate_levels_read_either_order_and_hedges(text, levels):
    result = rate_levels(text, find_quantities(text))
    assert (result.value_from, result.value_to) == levels
    assert result.unit == "percent"


def test_stated_difference_is_a_change_in_points():
    text = "lower tariffs by 115%"
    result = rate_levels(text, find_quantities(text))
    assert (result.value_to, result.change, result.unit) == (None, 115, "percentage_points")


def test_words_and_scales():
    assert parse_number("a hundred") == 100
    assert parse_number("1,200.5") == 1200.5
    assert parse_number("twenty-four") == 24
    assert parse_number("banana") is None


def test_us_dollar_sign_is_not_read_twice():
    assert [q.unit for q in find_quantities("Korea will invest US$350 billion.")] == ["usd"]


def test_hyphenated_tonnage_and_duty_free_level():
    from pipeline.quantities import find_quantities, rate_levels
    assert [(q.value, q.unit) for q in find_quantities("a 13,000-tonne quota")] == [(13000.0, "tonnes")]
    text = "a duty-free quota for oats"
    assert rate_levels(text, find_quantities(text)).value_to == 0


def test_a_hyphenated_scale_word_scales_the_sum():
    assert [(q.kind, q.value, q.unit) for q in find_quantities("a $40-billion pledge")] == [("money", 4e10, "usd")]


def test_pounds_of_a_substance_are_a_weight_not_sterling():
    assert find_quantities("a lab can make 30 pounds of the drug a week") == []
    assert [(q.value, q.unit) for q in find_quantities("3 billion pounds of new investment")] == [(3e9, "gbp")]


def test_text_without_any_number_has_no_quantity_and_number_words_still_count():
    assert find_quantities("tariffs on cars and trucks will fall") == []
    assert [q.value for q in find_quantities("a billion dollars and twenty-five per cent")] == [1e9, 25.0]
