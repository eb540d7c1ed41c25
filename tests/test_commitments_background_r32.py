"""Round 32 (BG): the background paragraph of a news story — a restriction told before, then named by its bare noun
("imposed a similar ban in 2021", "lifted that ban", "scrapped its curbs"). Our own sentences (wire register)."""
from __future__ import annotations

from datetime import datetime, timezone

from tests.commitment_text import bylined_story, triples_in

ON = datetime(2027, 3, 9, tzinfo=timezone.utc)

LEAD_EXPORT = ("ACCRA, March 9 (Reuters) - Ghana will stop exports of raw cashew nuts for three months from April to "
               "keep its processing plants supplied, the trade ministry said on Tuesday.")
LEAD_IMPORT = ("NAIROBI, March 9 (Reuters) - Kenya will bar imports of frozen fish from Uganda from next week, the "
               "fisheries ministry said on Monday, citing a disease outbreak on Lake Victoria.")


def story(*paragraphs: str):
    return bylined_story(*paragraphs, published_at=ON, title="Trade round-up")


# 1. A bare "ban" / "that ban" / "the curbs" after a restriction the story told: the restriction's category, the
# clause's own party, action and (past) status.
def test_a_similar_ban_in_a_past_year_is_the_partys_export_restriction():
    rows = story(LEAD_EXPORT, "Ghana imposed a similar ban in March 2021, angering traders in Vietnam and India.")
    assert triples_in(rows, "imposed a similar ban") == [("GHA", "export_control", "restrict")]
    assert {r.status for r in rows if "similar ban" in r.evidence} == {"implemented"}


def test_that_ban_lifted_after_a_pronoun_subject():
    rows = story(LEAD_EXPORT, "Ghana imposed a similar ban in March 2021. It lifted that ban after six weeks.")
    assert triples_in(rows, "lifted that ban") == [("GHA", "export_control", "remove")]


def test_the_bare_ban_of_an_import_restriction_is_lifted_and_extended():
    rows = story(LEAD_IMPORT, "Nairobi extended the ban twice in 2024 before it lifted the ban in May 2025.")
    assert triples_in(rows, "extended the ban twice") == [("KEN", "import_restriction", "extend"),
                                                          ("KEN", "import_restriction", "remove")]


def test_its_own_ban_told_by_another_party_is_that_partys():
    rows = story(LEAD_IMPORT, "Tanzania scrapped its ban in January after talks with Nairobi.")
    assert triples_in(rows, "scrapped its ban") == [("TZA", "import_restriction", "remove")]


# 2. Negative cases: no restriction told before; "the ban" that is another party's; the ban's own goods are read as
# before (not the earlier row's).
def test_a_bare_ban_with_no_restriction_before_stays_silent():
    rows = story("LUSAKA, March 9 (Reuters) - Zambia's central bank held its key rate at 14.5% on Tuesday.",
                 "Zambia lifted the ban in February 2022.")
    assert triples_in(rows, "lifted the ban") == []


def test_the_ban_lifted_by_a_party_other_than_its_owner_stays_silent():
    rows = story(LEAD_EXPORT, "Togo lifted the ban in February 2022, a trader said.")
    assert triples_in(rows, "Togo lifted the ban") == []


def test_a_ban_with_goods_of_its_own_keeps_its_own_reading():
    rows = story(LEAD_EXPORT, "Ghana imposed a ban on imports of used tyres in 2022.")
    assert triples_in(rows, "used tyres") == [("GHA", "import_restriction", "restrict")]


# 3. A pronoun object where the chain names no measure and the page's last measure is a restriction: the restriction,
# whoever lifts it; not when a tariff was told after the restriction.
def test_a_pronoun_after_a_told_restriction_is_that_restriction():
    rows = story(LEAD_IMPORT, "A Ugandan minister said Kampala had no intention of lifting it before the harvest.")
    assert triples_in(rows, "no intention of lifting it") == [("UGA", "import_restriction", "remove")]


def test_a_pronoun_after_a_later_tariff_is_not_the_restriction():
    rows = story(LEAD_IMPORT, "Kenya also raised its duty on Ugandan sugar to 35% from 25% in 2024.",
                 "A Ugandan minister said Kampala had no intention of lifting it before the harvest.")
    assert ("UGA", "import_restriction", "remove") not in triples_in(rows, "no intention of lifting it")


# 4. A pronoun for the same party's restriction told before it in the sentence takes that restriction's way.
def test_a_pronoun_for_the_sentences_own_export_ban_keeps_its_way():
    rows = story(LEAD_EXPORT, "Ghana banned exports of raw shea nuts in 2019 and scrapped it two years later.")
    assert triples_in(rows, "raw shea nuts") == [("GHA", "export_control", "remove"), ("GHA", "export_control", "restrict")]


def test_a_pronoun_for_a_tariff_of_the_sentence_is_not_a_restriction():
    rows = story(LEAD_EXPORT, "Ghana banned exports of raw shea nuts in 2019, put a 10% duty on them in 2020 and "
                 "suspended it in 2022.")
    assert ("GHA", "export_control", "suspend") not in triples_in(rows, "raw shea nuts")
