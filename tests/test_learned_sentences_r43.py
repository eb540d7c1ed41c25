"""Round 43 (issue 4, LRS): the learned reader's sentences that give no row because their subject points back after a
fronted time.

- a subject that points back ("it", "the kingdom", "the government") after a fronted date ("In 2019 ...", "In May 2025
  ...", "Last week, ...") takes the party told before, as one that opens the sentence does (``_points_back``,
  ``_fronted_time``); and "It" with its own act told in the past ("It banned ...", "it raised ...");
- not after any other fronted phrase (round 42's dropped patch), not a person, not a verb that only reports.

Our own sentences only (never text from the shared or written pages). Rows are the slots' reading for a label given
(``ls.sentence_rows(..., label=...)``, round 39), whatever the models say.
"""
import pytest

from test_learned_sentences_r42 import slot_rows  # (the slots' reading of a story's sentence, round 42's helper)


# --- a subject that points back after a fronted time --------------------------------------------------------------

@pytest.mark.parametrize("sentence, label_given, expected", [
    ("In 2018 it banned imports of live goats from Somalia for six months.", "import_restriction/restrict",
     [("KEN", "import_restriction", "restrict", None, None)]),
    ("In March 2024 it raised its duty on Egyptian sugar to 35 percent from 25 percent.", "tariff/raise",
     [("KEN", "tariff", "raise", 25.0, 35.0)]),
    ("Last year it suspended licences for maize exports to Tanzania.", "export_control/suspend",
     [("KEN", "export_control", "suspend", None, None)]),
    ("In 2021 the kingdom pledged to invest $3 billion in Indonesian nickel plants.", "investment/invest",
     [("KEN", "investment", "invest", None, None)]),
    ("In October 2025, the government lifted its ban on Brazilian beef.", "import_restriction/remove",
     [("KEN", "import_restriction", "remove", None, None)]),
    ("In May 2023 it also agreed to buy 50,000 tonnes of Ukrainian wheat.", "purchase/purchase",
     [("KEN", "purchase", "purchase", None, None)]),
    ("In 2019 it banned imports of used clothing.", "import_restriction/restrict",
     [("KEN", "import_restriction", "restrict", None, None)]),
    ("It banned imports of Peruvian onions for a month after the floods.", "import_restriction/restrict",
     [("KEN", "import_restriction", "restrict", None, None)]),
])
def test_a_subject_that_points_back_after_a_fronted_time_takes_the_party_told_before(sentence, label_given, expected):
    assert slot_rows(sentence, label_given, antecedent="KEN") == expected


@pytest.mark.parametrize("sentence, label_given, antecedent, expected", [
    # the party told before is the goods' origin named here: no guess
    ("In 2020 it banned imports of Ugandan poultry.", "import_restriction/restrict", "UGA", []),
    # a verb that only reports: nobody acts
    ("In 2019 it noted that imports of Zambian maize had doubled.", "import_restriction/restrict", "KEN", []),
    # a person, not a body that points back
    ("In 2022 the minister banned imports of Malawian tobacco.", "import_restriction/restrict", "KEN", []),
    # its goods, not its government
    ("In 2017 its exports of tea to Pakistan rose by a third.", "export_control/relax", "KEN", []),
    # a fronted phrase that is no time (round 42's dropped reading stays out)
    ("In a statement on trade, it banned imports of Nepalese ginger.", "import_restriction/restrict", "KEN", []),
])
def test_a_fronted_time_before_no_subject_that_points_back_takes_no_antecedent(sentence, label_given, antecedent,
                                                                                expected):
    assert slot_rows(sentence, label_given, antecedent) == expected


# --- not read this round ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, label_given, expected", [
    pytest.param("Importers will still pay Japan's regular tariff of 9 percent on Thai shrimp.", "tariff/maintain",
                 [("JPN", "tariff", "maintain", None, 9.0)],
                 marks=pytest.mark.xfail(reason="not read: a levy paid, told by its owner in the possessive, gained "
                                                "on 2 open pages only, one of them wrong (dropped patch)")),
    pytest.param("In a notice on its website, the government banned imports of Nepalese ginger.",
                 "import_restriction/restrict", [("KEN", "import_restriction", "restrict", None, None)],
                 marks=pytest.mark.xfail(reason="not read: a fronted phrase that is no time added a validation row "
                                                "that is not right, as in round 42 (dropped patch)")),
])
def test_not_read_this_round(sentence, label_given, expected):
    assert slot_rows(sentence, label_given, antecedent="KEN") == expected
