"""HTML to main text, title, date and URL, with trafilatura and an lxml fallback.

trafilatura drops navigation, footers and scripts. It gives up on very short or odd
pages, so lxml's plain text is the fallback; a page with no text at all is refused.
Paragraphs come out separated by a blank line, line breaks inside them by one newline.
"""
from __future__ import annotations

import logging
from typing import NamedTuple

import trafilatura
from lxml import etree, html as lxml_html
from lxml_html_clean import Cleaner
from trafilatura.settings import set_date_params
from trafilatura.xml import xmltotxt

from .errors import IngestError

log = logging.getLogger(__name__)

#: Block elements that end a paragraph in the lxml fallback.
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "tr", "table", "ul", "ol", "section", "article", "header", "footer", "dd", "dt"}
#: Markup that carries a full publication datetime (with a time zone), most trusted first.
_DATE_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="DC.date"'
    ' or @name="dc.date" or @name="publish-date" or @name="sailthru.date"]/@content',
    '//time[@itemprop="datePublished"]/@datetime',
    '//time[@pubdate]/@datetime',
)


class Extracted(NamedTuple):
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def _trafilatura(markup: str):
    try:
        return trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, deduplicate=False,
            date_extraction_params=set_date_params(False))
    except Exception:  # trafilatura on malformed markup: fall back, never crash
        log.debug("trafilatura failed", exc_info=True)
        return None


def _body_text(body) -> str:
    """trafilatura's body, one paragraph (head, p, list, table...) per block."""
    blocks = (xmltotxt(block, False).strip() for block in body)
    return "\n\n".join(b for b in blocks if b)


def _fallback_text(markup: str) -> str:
    """lxml's text of the page without scripts and styles, blocks on their own lines."""
    try:
        tree = lxml_html.fromstring(markup)
        tree = Cleaner(scripts=True, javascript=True, style=True, comments=True,
                       page_structure=False, forms=False).clean_html(tree)
    except (etree.ParserError, ValueError, TypeError):
        return ""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    body = tree.find(".//body")
    return (body if body is not None else tree).text_content().strip()


def _meta_datetime(markup: str) -> str | None:
    """A full publication datetime from the page's markup, if it has one."""
    try:
        tree = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError, TypeError):
        return None
    for xpath in _DATE_XPATHS:
        for value in tree.xpath(xpath):
            if "T" in value or ":" in value:
                return value.strip()
    return None


def extract(markup: str, metadata: bool = True) -> Extracted:
    """Main text, and unless metadata is False, title, date and URL of an HTML page."""
    doc = _trafilatura(markup)
    text = _body_text(doc.body) if doc is not None and doc.body is not None else ""
    if not text and doc is not None:
        text = (doc.text or "").strip()
    if not text:
        text = _fallback_text(markup)
    if not text:
        raise IngestError("no text found in HTML")
    if doc is None or not metadata:
        return Extracted(text)
    date = _meta_datetime(markup) or doc.date
    return Extracted(text, doc.title or None, date or None, doc.url or None)


def looks_like_html(text: str) -> bool:
    """True when text starts like an HTML page or fragment."""
    head = text.lstrip()[:2048].lower()
    if not head.startswith("<"):
        return False
    return any(tag in head for tag in ("<!doctype html", "<html", "<head", "<body", "<p>",
                                       "<p ", "<div", "<article", "<br", "<span", "<a "))
