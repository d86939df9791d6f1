"""Bytes to clean text: encoding detection, refusal of binary or empty input, whitespace.

Every later span is an offset into the text made here, so the clean-up only touches
whitespace and Unicode composition (NFC); quotes, dashes and every other character stay.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from .errors import IngestError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Bytes that never occur in text (C0 controls other than tab, newlines, form feed; DEL).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c") + b"\x7f"
_SAMPLE = 65536
#: Characters Western-language text in cp1252 is made of besides ASCII: letters with
#: accents, typographic punctuation, a few signs. Anything else hints at another code page.
_WESTERN = frozenset("\u00a0¡¢£¥§©«®°±²³´·»¼½¾¿×÷–—‘’‚“”„†‡•…‰‹›€™ŒœŠšŸŽž"
                     + "".join(map(chr, range(0xC0, 0x100))))
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                       rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def check_binary(data: bytes) -> None:
    """Refuse data that is not text: NUL bytes or many control characters."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise IngestError("binary file, not text")
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if sample and controls / len(sample) > 0.05:
        raise IngestError("binary file, not text")


def _looks_cp1252(data: bytes) -> str | None:
    """The cp1252 reading when it looks like Western-language text, else None.

    charset-normalizer often names a Central European code page for short cp1252 text,
    so this common case is tried first. Letters outside ASCII must stay a minority, which
    rules out Cyrillic or Greek code pages read the wrong way.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:4 * _SAMPLE]
    high = [c for c in sample if ord(c) > 127]
    odd = sum(c not in _WESTERN for c in high)
    letters = sum(c.isalpha() for c in sample)
    high_letters = sum(c.isalpha() for c in high)
    if odd > len(high) * 0.05 or not letters or high_letters / letters > 0.3:
        return None
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (scraped text often has some), else None."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = len(_UTF8_SEQ.findall(data[:16 * _SAMPLE]))
    return text if good > 2 * bad else None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to str; return (text, encoding).

    Tried in turn: a byte-order mark, strict UTF-8, UTF-8 with a few stray bytes, cp1252
    when it reads as Western text, then charset-normalizer's guess.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"text starts with a {encoding} byte-order mark but "
                                  f"does not decode as {encoding}: {exc}") from None
    check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8 (invalid bytes replaced)"
    text = _looks_cp1252(data)
    if text is not None:
        return text, "cp1252"
    best = from_bytes(data).best()
    if best is None:
        raise IngestError("could not detect the text encoding")
    return str(best), best.encoding


_SPACES = re.compile(r"[ \t\f\v]+")
_TRAILING = re.compile(r" +\n")
_NEWLINES = re.compile(r"\n{3,}")


def clean(text: str) -> str:
    """Normalise whitespace and Unicode composition; refuse empty text."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _NEWLINES.sub("\n\n", text).strip()
    if not text:
        raise IngestError("empty document")
    return text
