"""Products named in a phrase, with their HS codes (lexicon: data/hs_codes.yaml)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.actors import StartDispatch, finditer_from_starts, read_yaml, regex_module_with_cache, starting_with_first_chars, word_start_scan

re = regex_module_with_cache()  # noqa: F811 (speed: patterns read from the compiled-pattern cache, pipeline/actors.py)

HS_CODES_PATH = Path(__file__).parent / "data" / "hs_codes.yaml"


@dataclass(frozen=True)
class Product:
    name: str
    hs: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ProductMention:
    start: int
    end: int
    product: Product


@lru_cache(maxsize=1)
def _hs_data() -> dict:
    """hs_codes.yaml, read once for the product patterns and their start scan. Shared: readers
    must not change it."""
    return read_yaml(HS_CODES_PATH) or {}


@lru_cache(maxsize=1)
def _products() -> tuple[tuple[Product, ...], re.Pattern[str]]:
    data = _hs_data()
    products = []
    groups = []
    for index, spec in enumerate(data.get("products") or []):
        alternatives = "|".join(f"(?:{p})" for p in spec["patterns"])
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        products.append(Product(spec["name"], tuple(str(h) for h in spec["hs"]), pattern))
        # the entry's own first characters, tested once, turn most word starts away before
        # its patterns are tried (a third less time over the sample object texts)
        groups.append(rf"{starting_with_first_chars(alternatives, re.IGNORECASE)}(?P<p{index}>{alternatives})")
    # one pass over the text; at one position the earlier lexicon entry wins. The word
    # boundary sits outside the alternation so mid-word positions fail at once (the same
    # edges as _product_starts: change both together).
    # the lookahead on first characters lets the scan pass most word starts at once
    combined = r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])"
    return tuple(products), re.compile(starting_with_first_chars(combined, re.IGNORECASE) + combined, re.IGNORECASE)


@lru_cache(maxsize=1)
def _product_starts() -> re.Pattern[str] | None:
    """Where a product of the lexicon can start (speed: ``actors.word_start_scan``; the
    combined pattern's edges are its edges)."""
    data = _hs_data()
    return word_start_scan([p for spec in data.get("products") or [] for p in spec["patterns"]])


@lru_cache(maxsize=1)
def _product_dispatch() -> StartDispatch:
    """The combined pattern matched at a start from only the products that can start there (speed,
    round 25: ``actors.StartDispatch``; the groups are those ``_products`` names)."""
    specs = _hs_data().get("products") or []
    return StartDispatch(_products()[1], [(f"p{index}", spec["patterns"]) for index, spec in enumerate(specs)])


def _product_matches(text: str):
    """``combined.finditer(text)``, the same matches, found from the start scan."""
    return finditer_from_starts(_products()[1], _product_starts(), text, _product_dispatch())


def find_products(text: str) -> list[ProductMention]:
    """Products named in ``text``, in text order, not overlapping."""
    if not isinstance(text, str) or not text:
        return []
    products = _products()[0]
    return [
        ProductMention(match.start(), match.end(), products[int(match.lastgroup[1:])])
        for match in _product_matches(text)
    ]


def hs_codes(text: str) -> list[str]:
    """The HS codes of every product named in ``text``, without repeats, in text order."""
    if not isinstance(text, str) or not text:
        return []
    products = _products()[0]
    codes: list[str] = []
    # (the matches of find_products, read without building a ProductMention each: speed)
    for match in _product_matches(text):
        codes.extend(code for code in products[int(match.lastgroup[1:])].hs if code not in codes)
    return codes
