"""Ingest: every input kind, and every kind of bad input becoming a Failure, not a crash."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import time
from importlib.resources import files
from pathlib import Path

import pytest

from rapport.ingest import IngestError, make_document, read
from rapport.ingest import boilerplate, text as text_mod
from rapport.schema import Document, Failure

DEV = Path("/work/shared/dev/articles")
SAMPLE = files("rapport").joinpath("sample")

ARTICLE = ("Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister "
           "Sergey Lavrov. The Secretary reiterated the U.S. commitment to a diplomatic "
           "solution.")

PAGE = """<!DOCTYPE html><html><head><title>Talks resume | Example</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="article:published_time" content="2022-03-03T03:38:15Z">
<link rel="canonical" href="https://www.state.gov/talks-resume/">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume in Geneva</h1>
<p>GENEVA &#8212; Negotiators from both sides met on Tuesday for a second round of talks,
officials said.</p>
<p>&#8220;We are making progress,&#8221; the envoy told reporters.<br>He declined to say more.</p>
<p>Share this article</p>
</article><footer>&#169; 2022 Example News. All rights reserved.</footer>
<script>var tracking = "do not extract me";</script></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Press releases</title><link>https://www.state.gov/</link>
<description>Releases</description>
<item><title>First release</title><link>https://www.state.gov/first-release/</link>
<guid isPermaLink="false">https://www.state.gov/?p=1</guid>
<pubDate>Thu, 03 Mar 2022 03:38:15 +0000</pubDate>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>The Secretary met the Foreign Minister of Ruritania.</p>
<p>They discussed the crisis.</p>]]></content:encoded></item>
<item><title>Second release</title><link>https://www.state.gov/second-release/</link>
<pubDate>Fri, 04 Mar 2022 15:00:00 +0000</pubDate>
<description><![CDATA[<p>Only a summary: the Secretary travelled to Brussels.</p>]]></description>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<link href="https://news.example.org/"/><id>urn:feed</id><updated>2022-03-04T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:entry:1</id>
<link href="https://news.example.org/a1"/><updated>2022-03-04T10:00:00Z</updated>
<content type="html">&lt;p&gt;Leaders agreed to meet again next month.&lt;/p&gt;</content>
</entry>
<entry><title>Plain entry</title><id>urn:entry:2</id>
<link href="https://news.example.org/a2"/><published>2022-03-05T10:00:00+01:00</published>
<summary type="text">A plain summary of the second entry.</summary>
</entry></feed>"""


def docs(items) -> list[Document]:
    items = list(items)
    assert all(isinstance(i, Document) for i in items), items
    return items


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- source kinds ---------------------------------------------------------------------

def test_txt_file(tmp_path):
    path = write(tmp_path / "call.txt", ARTICLE + "\n")
    [doc] = docs(read([str(path)]))
    assert doc.id == "call"
    assert doc.text == ARTICLE
    assert doc.origin == str(path)
    assert doc.published is None and doc.url is None
    assert doc.content_hash == hashlib.sha256(ARTICLE.encode()).hexdigest()


def test_default_published_only_fills_missing_dates(tmp_path):
    plain = write(tmp_path / "a.txt", ARTICLE)
    dated = write(tmp_path / "b.jsonl", json.dumps({"text": ARTICLE, "published": "2021-01-02"}))
    a, b = docs(read([str(plain), str(dated)], published="2023-06-19"))
    assert a.published == "2023-06-19"
    assert b.published == "2021-01-02"


def test_header_txt_bundled_seed():
    path = str(SAMPLE.joinpath("seed.txt"))
    [doc] = docs(read([path]))
    assert doc.id == "seed"
    assert doc.url is None              # "url: (none)"
    assert doc.published == "2023-06-19"
    assert doc.source == "seed"
    assert doc.text.startswith("Chinese President Xi Jinping believes")
    assert "licence" not in doc.text and "---" not in doc.text
    last = doc.text.rsplit("\n", 1)[1]
    assert [b.text for b in doc.boilerplate] == [last]
    assert last.startswith("“Hardcore alcohol maven.")
    assert doc.boilerplate[0].reason == "author-bio"


def test_header_txt_fields(tmp_path):
    path = write(tmp_path / "18.txt", (
        "url: https://www.state.gov/media-crackdown-in-russia/\npublished: 2022-03-02\n"
        "source: state.gov\ntitle: Media Crackdown in Russia\n"
        "published_utc: 2022-03-03T03:38:15+00:00\n---\n" + ARTICLE + "\n"))
    [doc] = docs(read([str(path)]))
    assert (doc.id, doc.url, doc.title, doc.source) == (
        "18", "https://www.state.gov/media-crackdown-in-russia/", "Media Crackdown in Russia",
        "state.gov")
    assert doc.published == "2022-03-02"
    assert doc.published_at == "2022-03-03T03:38:15+00:00"
    assert doc.text == ARTICLE


def test_html_file(tmp_path):
    path = write(tmp_path / "page.html", PAGE)
    [doc] = docs(read([str(path)]))
    assert doc.id == "page"
    assert doc.title == "Talks resume in Geneva"
    assert doc.url == "https://www.state.gov/talks-resume/"
    assert doc.source == "state.gov"
    assert doc.published == "2022-03-02"           # 03:38 UTC is the evening before in DC
    assert "GENEVA — Negotiators from both sides met" in doc.text
    assert "“We are making progress,” the envoy told reporters.\nHe declined" in doc.text
    assert "\n\n“We are making progress" in doc.text  # paragraphs: blank line between
    assert "do not extract me" not in doc.text and "Home" not in doc.text
    assert "Share this article" in [b.text for b in doc.boilerplate]


def test_jsonl_file(tmp_path):
    lines = [{"text": ARTICLE, "title": "One"},
             {"id": "given", "html": "<p>Leaders met in Paris on Monday to discuss trade.</p>",
              "url": "https://www.whitehouse.gov/x/", "published": "2022-03-03T03:00:00Z"},
             {"id": 7, "text": "A third document with a numeric id.", "source": "Reuters"}]
    path = write(tmp_path / "batch.jsonl",
                 "\n".join(json.dumps(x) for x in lines[:2]) + "\n\n" + json.dumps(lines[2]))
    a, b, c = docs(read([str(path)]))
    assert (a.id, a.title, a.text, a.origin) == ("batch:1", "One", ARTICLE, f"{path}:1")
    assert b.id == "given" and b.text == "Leaders met in Paris on Monday to discuss trade."
    assert b.source == "whitehouse.gov" and b.published == "2022-03-02"
    assert (c.id, c.source, c.origin) == ("7", "Reuters", f"{path}:4")


def test_jsonl_gz_file_and_byline(tmp_path):
    record = {"url": "https://www.state.gov/call/", "title": "Call", "source": "state.gov",
              "published": "2022-02-15T19:06:40+00:00", "author": "Office of the Spokesperson",
              "html": "<p>Office of the Spokesperson</p><p>" + ARTICLE + "</p>"}
    path = tmp_path / "press.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n" + json.dumps({"text": "Second line text."}) + "\n")
    first, second = docs(read([str(path)]))
    assert first.id == "press:1" and second.id == "press:2"
    assert first.text == ARTICLE                    # the author line is dropped
    assert first.published == "2022-02-15"
    assert first.published_at == "2022-02-15T19:06:40+00:00"


def test_rss_feed(tmp_path):
    path = write(tmp_path / "state.rss", RSS)
    first, second = docs(read([str(path)]))
    assert first.id == "https://www.state.gov/?p=1"
    assert first.title == "First release" and first.url == "https://www.state.gov/first-release/"
    assert first.text == ("The Secretary met the Foreign Minister of Ruritania.\n\n"
                          "They discussed the crisis.")     # content:encoded, not the summary
    assert first.source == "state.gov" and first.published == "2022-03-02"
    assert second.id == "https://www.state.gov/second-release/"
    assert second.text == "Only a summary: the Secretary travelled to Brussels."
    assert second.published == "2022-03-04"


def test_atom_feed_sniffed_by_content(tmp_path):
    path = write(tmp_path / "feed", ATOM)            # no extension: content is sniffed
    first, second = docs(read([str(path)]))
    assert (first.id, first.title) == ("urn:entry:1", "Atom entry")
    assert first.text == "Leaders agreed to meet again next month."
    assert first.published == "2022-03-04" and first.source == "news.example.org"
    assert second.text == "A plain summary of the second entry."
    assert second.published == "2022-03-05"          # unknown zone: the date as given


def test_atom_xml_extension(tmp_path):
    path = write(tmp_path / "feed.xml", ATOM)
    assert [d.id for d in docs(read([str(path)]))] == ["urn:entry:1", "urn:entry:2"]


def test_xml_that_is_not_a_feed(tmp_path):
    sitemap = write(tmp_path / "sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>')
    broken = write(tmp_path / "broken.rss", "not xml at all")
    a, b = read([str(sitemap), str(broken)])
    assert (a.id, a.reason) == ("sitemap", "not an RSS or Atom feed")
    assert isinstance(b, Failure) and b.id == "broken"


def test_directory_recursion(tmp_path):
    write(tmp_path / "b.txt", "Document b.")
    write(tmp_path / "a" / "z.txt", "Document a/z.")
    write(tmp_path / "a" / "y.htm", "<p>Document a/y in HTML.</p>")
    write(tmp_path / "a" / "notes.md", "# skipped")
    write(tmp_path / "a" / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / ".hidden" / "c.txt", "Hidden.")
    write(tmp_path / "c.jsonl", json.dumps({"text": "Document c, line one."}))
    items = docs(read([str(tmp_path)]))
    assert [d.id for d in items] == ["y", "z", "b", "c:1"]
    assert items[0].text == "Document a/y in HTML."


def test_empty_directory_is_a_failure(tmp_path):
    write(tmp_path / "readme.md", "nothing to read")
    [item] = read([str(tmp_path)])
    assert isinstance(item, Failure) and "no .txt" in item.reason


def test_stdin_plain_text():
    [doc] = docs(read(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert (doc.id, doc.origin, doc.text) == ("stdin", "-", ARTICLE)


def test_stdin_jsonl_and_text_stream():
    data = json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n"
    one, two = docs(read(["-"], stdin=io.StringIO(data)))
    assert (one.id, one.text, two.id, two.text) == ("stdin:1", "One.", "stdin:2", "Two.")


def test_stdin_html():
    [doc] = docs(read(["-"], stdin=io.BytesIO(PAGE.encode())))
    assert doc.title == "Talks resume in Geneva" and "Negotiators" in doc.text


def test_stdin_with_buffer_attribute():
    class Stdin:
        buffer = io.BytesIO(b"  \n" + ARTICLE.encode())
    [doc] = docs(read(["-"], stdin=Stdin()))
    assert doc.text == ARTICLE


# --- bad input ------------------------------------------------------------------------

def test_empty_and_blank_files(tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    blank = write(tmp_path / "blank.txt", " \n\t\n\u00a0 \r\n")
    items = list(read([str(empty), str(blank)]))
    assert [(i.id, i.reason) for i in items] == [("empty", "empty document"),
                                                 ("blank", "empty document")]


def test_binary_file(tmp_path):
    path = write(tmp_path / "report.txt", bytes(range(256)) * 20)
    [item] = read([str(path)])
    assert isinstance(item, Failure) and item.reason == "binary file, not text"


def test_control_characters_without_nul_are_binary(tmp_path):
    path = write(tmp_path / "noise.txt", b"\x01\x02\x03\x04abc" * 100)
    [item] = read([str(path)])
    assert item.reason == "binary file, not text"


def test_broken_html(tmp_path):
    broken = write(tmp_path / "broken.html", "<div><p>Unclosed <b>bold <i>text about talks")
    no_text = write(tmp_path / "none.html", "<html><body><script>x()</script></body></html>")
    garbage = write(tmp_path / "garbage.htm", "<<<>>><</</")
    doc, fail, other = list(read([str(broken), str(no_text), str(garbage)]))
    assert isinstance(doc, Document) and doc.text == "Unclosed bold text about talks"
    assert isinstance(fail, Failure) and fail.reason == "no text found in HTML"
    assert isinstance(other, (Document, Failure))    # whatever it is, it did not crash


def test_large_text_file_is_read_quickly(tmp_path):
    paragraph = ("The ministers met in Geneva and agreed to continue talks next week. " * 10
                 + "\n\n")
    path = write(tmp_path / "big.txt", paragraph * (5_000_000 // len(paragraph) + 1))
    start = time.perf_counter()
    [doc] = docs(read([str(path)]))
    assert time.perf_counter() - start < 10
    assert len(doc.text) > 4_900_000


def test_jsonl_bad_line_among_good(tmp_path):
    path = write(tmp_path / "mixed.jsonl", "\n".join([
        json.dumps({"text": "First good line."}),
        '{"text": "broken',
        "[1, 2]",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Last good line."}),
    ]))
    items = list(read([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Failure",
                                                 "Document"]
    assert items[0].text == "First good line." and items[4].text == "Last good line."
    bad = items[1]
    assert bad.id == "mixed:2" and bad.origin == f"{path}:2"
    assert bad.reason.startswith("line 2 is not valid JSON: ")
    assert items[2].reason == "line 3 is not a JSON object"
    assert items[3].reason == 'line 4 has no "text" or "html"'


def test_corrupt_gzip(tmp_path):
    good = gzip.compress((json.dumps({"text": "Good line."}) + "\n").encode() * 3)
    path = write(tmp_path / "cut.jsonl.gz", good[: len(good) - 6])
    items = list(read([str(path)]))
    assert isinstance(items[-1], Failure) and "could not read the file" in items[-1].reason


def test_cp1252_text(tmp_path):
    original = "“Déjà vu,” said the café owner – it’s naïve to think otherwise. Œuvre: 5 €."
    path = write(tmp_path / "latin.txt", original.encode("cp1252"))
    [doc] = docs(read([str(path)]))
    assert doc.text == original
    assert doc.notes == ["text decoded as cp1252"]


def test_latin1_text(tmp_path):
    original = "Straße, Ärger und Öl über den Münchner Hafen."
    path = write(tmp_path / "de.txt", original.encode("latin-1"))
    assert docs(read([str(path)]))[0].text == original


def test_utf8_bom_and_utf16(tmp_path):
    a = write(tmp_path / "bom.txt", "\ufeff“Quoted” text.".encode("utf-8"))
    b = write(tmp_path / "wide.txt", "Wide “text”.".encode("utf-16"))
    assert [d.text for d in docs(read([str(a), str(b)]))] == ["“Quoted” text.", "Wide “text”."]


def test_bad_date_is_a_note_not_a_failure(tmp_path):
    path = write(tmp_path / "d.jsonl", json.dumps({"text": ARTICLE, "published": "last Tuesday"}))
    [doc] = docs(read([str(path)]))
    assert doc.published is None and doc.published_at is None
    assert doc.notes == ["publication date 'last Tuesday' is not a readable date; left empty"]


def test_nonexistent_path_and_the_rest_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", ARTICLE)
    missing = tmp_path / "missing.txt"
    fail, doc = list(read([str(missing), str(good)]))
    assert isinstance(fail, Failure) and fail.id == "missing" and fail.origin == str(missing)
    assert "no such file or directory" in fail.reason
    assert isinstance(doc, Document)


def test_duplicate_ids_are_renamed(tmp_path):
    write(tmp_path / "x" / "same.txt", "First.")
    write(tmp_path / "y" / "same.txt", "Second.")
    first, second = docs(read([str(tmp_path)]))
    assert (first.id, second.id) == ("same", "same~2")
    assert "renamed" in second.notes[0]


# --- make_document, text and dates -----------------------------------------------------

def test_make_document_dates():
    kw = dict(id="d", text=ARTICLE)
    assert make_document(**kw, published="2022-03-02T01:12:00Z",
                         source="state.gov").published == "2022-03-01"
    assert make_document(**kw, published="2022-03-02T01:12:00Z",
                         url="https://www.whitehouse.gov/x").published == "2022-03-01"
    unknown = make_document(**kw, published="2022-03-02T01:12:00Z", source="example.org")
    assert unknown.published == "2022-03-02"
    assert unknown.published_at == "2022-03-02T01:12:00+00:00"
    naive = make_document(**kw, published="2022-03-02 23:30", source="state.gov")
    assert naive.published == "2022-03-02"
    assert make_document(**kw, published="Thu, 03 Mar 2022 03:38:15 GMT",
                         source="state.gov").published == "2022-03-02"
    assert make_document(**kw, published="March 2, 2022").published == "2022-03-02"
    assert make_document(**kw, published="2022-03-02").published_at is None
    bad = make_document(**kw, published="2022-13-45")
    assert bad.published is None and len(bad.notes) == 1


def test_make_document_errors():
    with pytest.raises(IngestError, match="empty document"):
        make_document(id="x", text="   \n ")
    with pytest.raises(IngestError, match="empty document"):
        make_document(id="x")
    with pytest.raises(IngestError, match="no id"):
        make_document(id="", text="Some text.")
    with pytest.raises(IngestError, match="no text found in HTML"):
        make_document(id="x", html="<html><body></body></html>")
    with pytest.raises(IngestError, match="must be a string"):
        make_document(id="x", text=["a list"])


def test_clean_normalises_whitespace_but_not_characters():
    raw = ("  “Quoted”\u00a0text\u202fhere \t with   gaps.  \r\n"
           "Cafe\u0301 — ‘single’ and \"straight\" quotes…\r\n\r\n\r\n\n\nLast line.\t\n")
    assert text_mod.clean(raw) == ("“Quoted” text here with gaps.\n"
                                   "Café — ‘single’ and \"straight\" quotes…\n\nLast line.")


def test_boilerplate_spans_are_offsets_into_text():
    text = ("Leaders met in Paris.\n\nSubscribe to our newsletter for daily updates.\n\n"
            "The minister is on travel to Rome from July 1-3. Please click here for more "
            "information.\nFollow us on Twitter\n© 2022 Example Media")
    found = boilerplate.find(text)
    assert [b.reason for b in found] == ["newsletter", "click-here", "follow", "copyright"]
    assert all(text[b.start:b.end] == b.text for b in found)
    assert found[1].text == "Please click here for more information."


def test_spam_bio_shape():
    assert boilerplate.is_spam_bio(
        "“Hardcore alcohol maven. Hipster-friendly analyst. Introvert. "
        "Devoted social media advocate.”")
    assert boilerplate.is_spam_bio("Evil organizer. Web fanatic. Total coffee aficionado.")
    for line in ("Silence. Then sirens. Then nothing.", "Thank you. Thank you very much. Okay.",
                 "Kyiv. Kharkiv. Mariupol.",
                 "Hardline nationalist. Former general. Putin loyalist.",
                 "Oil prices rise. Markets fall. Investors worry.", "U.S. Sen. J. Smith."):
        assert not boilerplate.is_spam_bio(line), line


@pytest.mark.skipif(not DEV.is_dir(), reason="dev set not available")
def test_dev_articles_have_no_boilerplate_but_the_seed_bio():
    items = docs(read([str(DEV)]))
    assert len(items) == 21
    flagged = {d.id: [b.text for b in d.boilerplate] for d in items if d.boilerplate}
    assert list(flagged) == ["00-seed"]
    assert flagged["00-seed"][0].startswith("“Hardcore alcohol maven.")


def test_bundled_press_sample():
    path = Path(str(SAMPLE.joinpath("press-sample.jsonl.gz")))
    assert path.stat().st_size < 2_000_000
    items = docs(read([str(path)]))
    assert len(items) == 300
    assert len({d.id for d in items}) == 300
    days = [d.published for d in items]
    assert days == sorted(days) and days[0] < "2021-06" and days[-1] > "2022-07"
    assert {d.source for d in items} == {"state.gov", "whitehouse.gov"}


@pytest.mark.parametrize("text,lang", [
    ("Secretary Antony Blinken reaffirmed the United States' unwavering support for Ukraine's "
     "sovereignty. Prime Minister Justin Trudeau announced $50 million in humanitarian "
     "assistance for Ukraine. Pakistan, a key U.S. ally, condemned Iran.", "en"),
    ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Bundeskanzler "
     "Olaf Scholz sagte in Berlin, man werde die Ukraine weiter unterstützen, auch mit Waffen.", "und"),
    ("Le gouvernement français a annoncé lundi de nouvelles sanctions contre la Russie. Le "
     "président Emmanuel Macron a déclaré à Paris que la France continuerait à soutenir Ukraine.", "und"),
    ("Today, Julie Rodriguez, White House Intergovernmental Affairs Director, and Jennifer Klein "
     "met with Attorney General Dana Nessel of Michigan to discuss efforts to protect rights.", "en"),
    ("De regering heeft maandag nieuwe sancties tegen Rusland aangekondigd. Premier Mark Rutte "
     "zei in Den Haag dat Nederland Oekraïne zal blijven steunen met wapens.", "und"),
])
def test_language_check_keeps_name_dense_english(text, lang):
    """English full of names and titles stays English; Latin-script languages do not pass."""
    from rapport.nlp import language
    assert language(text) == lang
