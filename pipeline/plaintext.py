"""Paragraphs from plain-text articles (``.txt`` inputs).

DESIGN.md: paragraphs are separated by blank lines, or start with an indented
first line, or are one per line when neither is present; hard-wrapped lines
inside a paragraph are joined. A short capitalised first line is the headline,
and a "CITY, Month Day -" opening is the dateline.
"""
from __future__ import annotations

import re

from pipeline.htmlbody import MAX_CAPS_LABEL_CHARS, is_all_caps

# A headline is one short line without a full stop at the end.
MAX_HEADLINE_CHARS = 150
MAX_HEADLINE_WORDS = 20
_BULLET = re.compile(r"^\s*(?:[-*•–]|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\)|\([a-z]\))\s+\S")
_SYMBOL_BULLET = re.compile(r"^[-*•–]\s+")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def split_blocks(text: str) -> list[list[str]]:
    """Groups of lines that form paragraphs, before joining."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BLANK_LINE.search(text.strip()):
        groups = [chunk.split("\n") for chunk in _BLANK_LINE.split(text)]
    else:
        lines = text.split("\n")
        if any(_INDENTED.match(line) for line in lines[1:]):
            groups = _split_at_indents(lines)
        else:
            groups = [[line] for line in lines]
    blocks = []
    for group in groups:
        lines = [line for line in group if line.strip()]
        blocks.extend(_split_bullets(lines))
    return [b for b in blocks if b]


def _split_at_indents(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for line in lines:
        if not groups or _INDENTED.match(line):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _split_bullets(lines: list[str]) -> list[list[str]]:
    """Bulleted lines inside one block are separate list items."""
    if not any(_BULLET.match(line) for line in lines):
        return [lines]
    groups: list[list[str]] = []
    for line in lines:
        if not groups or _BULLET.match(line):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines; a line ending in a hyphen joins without a space."""
    text = ""
    for line in lines:
        line = " ".join(line.split())
        if not text:
            text = line
        elif text.endswith("-") and not text.endswith(" -") and line[:1].islower():
            text += line
        else:
            text += " " + line
    return text


def is_bullet(text: str) -> bool:
    return _BULLET.match(text) is not None


def looks_like_headline(text: str, following: int) -> bool:
    """A short first line that starts with a capital and does not end like a sentence, with text after it."""
    if following == 0 or len(text) > MAX_HEADLINE_CHARS or len(text.split()) > MAX_HEADLINE_WORDS:
        return False
    return text[:1].isupper() and not text.endswith((".", ",", ";", ":", "!", "?", '"', "”"))


def is_caps_label(text: str) -> bool:
    """A section label such as "CHINESE ACTIONS:" on a line of its own."""
    return len(text) <= MAX_CAPS_LABEL_CHARS and text.endswith(":") and is_all_caps(text)


def plain_paragraphs(text: str) -> list[tuple[str, str]]:
    """(text, kind) for each paragraph of a plain-text article."""
    blocks = [join_wrapped(lines) for lines in split_blocks(text)]
    blocks = [b for b in blocks if b]
    out: list[tuple[str, str]] = []
    for index, block in enumerate(blocks):
        if index == 0 and looks_like_headline(block, len(blocks) - 1):
            out.append((block, "heading"))
        elif index > 0 and is_caps_label(block):
            out.append((block, "heading"))
        elif is_bullet(block):
            # symbol bullets are layout; numbering ("1.", "(ii)") is kept as text
            out.append((_SYMBOL_BULLET.sub("", block, count=1), "list_item"))
        else:
            out.append((block, "paragraph"))
    return out
