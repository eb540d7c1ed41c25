"""Pages in legacy encodings: declared in the HTTP header, in a meta tag, wrongly, or not at all."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from pipeline.encoding import choose_codec, decode_page
from pipeline.parse import ParseError, parse_document, parse_html

PAGES = Path(__file__).parent / "fixtures" / "pages"

# fixture, the words its title must decode to, a phrase from its body
ENCODED_PAGES = [
    ("encoding-windows-1252.html", "Accord commercial : les droits de douane réduits", "L’Union européenne s’engage"),
    ("encoding-gbk.html", "中美日内瓦经贸会谈达成共识", "百分之一百四十五降至百分之三十"),
    ("encoding-shift_jis.html", "日米貿易協定で自動車関税を引き下げ", "五千五百億ドルを投資"),
    ("encoding-euc-kr.html", "한미 무역 합의, 자동차 관세 인하", "삼천오백억 달러를 투자"),
]
_META = re.compile(rb"<meta http-equiv[^>]*>\n")


def without_declaration(data: bytes) -> bytes:
    return _META.sub(b"", data)


@pytest.mark.parametrize("name,title,phrase", ENCODED_PAGES)
def test_meta_charset_is_honoured(name, title, phrase):
    article = parse_html((PAGES / name).read_bytes())
    assert article.title == title
    assert phrase in article.body


@pytest.mark.parametrize("name,title,phrase", ENCODED_PAGES)
def test_undeclared_encoding_is_detected(name, title, phrase):
    article = parse_html(without_declaration((PAGES / name).read_bytes()))
    assert article.title == title
    assert phrase in article.body


@pytest.mark.parametrize("name,title,phrase", ENCODED_PAGES)
def test_http_header_charset_is_honoured(name, title, phrase):
    data = without_declaration((PAGES / name).read_bytes())
    codec = re.search(rb"charset=([\w-]+)", (PAGES / name).read_bytes()).group(1).decode()
    article = parse_html(data, http_charset=f"text/html; charset={codec}")
    assert phrase in article.body


@pytest.mark.parametrize("name,title,phrase", ENCODED_PAGES)
def test_wrong_utf8_declaration_is_overruled(name, title, phrase):
    data = (PAGES / name).read_bytes().replace(b"charset=", b"charset=utf-8; was=")
    assert phrase in parse_html(data, http_charset="utf-8").body


def test_bom_beats_a_contradicting_header():
    html = "<p>Zölle auf Autos sinken auf 15 Prozent, teilte die Kommission mit.</p>"
    data = codecs.BOM_UTF16_LE + html.encode("utf-16-le")
    assert parse_html(data, http_charset="windows-1252").body == "Zölle auf Autos sinken auf 15 Prozent, teilte die Kommission mit."


def test_latin1_label_means_windows_1252_and_utf8_mislabelled_as_latin1_is_read_as_utf8():
    assert decode_page("l’accord".encode("cp1252"), "iso-8859-1")[0] == "l’accord"
    assert choose_codec("l’accord à 15 %".encode("utf-8"), "iso-8859-1") == "utf-8"


def test_str_input_is_used_as_is():
    assert parse_html("<p>Déjà décodé, merci beaucoup.</p>").body == "Déjà décodé, merci beaucoup."


@pytest.mark.parametrize("label", ["utf-7", "unicode_escape", "punycode", "rot13", "base64", "x-no-such-charset", "undefined"])
def test_labels_that_are_not_web_encodings_are_ignored(label):
    html = f'<meta charset="{label}"><p>Tariff +AGEAYg- path C:\\\\new\\\\tariffs stays as written.</p>'.encode("ascii")
    assert parse_html(html, http_charset=label).body == "Tariff +AGEAYg- path C:\\\\new\\\\tariffs stays as written."


UTF16_PAGE = "encoding-utf-16le-no-bom.html"  # written by us, saved as UTF-16LE without a BOM
UTF16_PHRASE = "von 25 Prozent auf 12,5 Prozent"


def test_utf16le_without_bom_is_decoded_not_refused_as_binary():
    data = (PAGES / UTF16_PAGE).read_bytes()
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" in data[:100]
    article = parse_html(data)
    assert article.title == "Zollabkommen: EU senkt Abgaben auf US-Hummer"
    assert UTF16_PHRASE in article.body
    assert "„Handel & Zölle“" in article.body


def test_utf16be_without_bom_is_decoded_and_sniffed_as_html():
    data = (PAGES / UTF16_PAGE).read_bytes().decode("utf-16-le").encode("utf-16-be")
    assert choose_codec(data) == "utf-16-be"
    article = parse_document(data, "saved-page")  # no suffix: the sniffer must see the markup
    assert article.title == "Zollabkommen: EU senkt Abgaben auf US-Hummer"
    assert UTF16_PHRASE in article.body


def test_utf16_plain_text_without_bom():
    text = "Tariff truce extended\n\nGENEVA, May 12 - Both sides cut tariffs by 115 points for 90 days."
    article = parse_document(text.encode("utf-16-le"), "story.txt")
    assert article.title == "Tariff truce extended"
    assert article.dateline == "GENEVA"


@pytest.mark.parametrize("data", [
    b"\x01\x00\x02\x00" * 300,  # NULs on one side, but control characters, not text
    "<p>Four bytes a character without a BOM.</p>".encode("utf-32-le") * 20,
    bytes(range(256)) * 8,
])
def test_nul_patterns_that_are_not_utf16_text_stay_binary(data):
    assert choose_codec(data) not in ("utf-16-le", "utf-16-be")
    with pytest.raises(ParseError, match="binary content"):
        parse_html(data)
