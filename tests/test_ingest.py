"""Ingest: files, folders, stdin, HTML main text, furniture removal, dates and bad input."""
from __future__ import annotations

import io
import json
from pathlib import Path

import lxml.html
import pytest

from attrition.demo import corpus_path
from attrition.ingest import (
    DEFAULT_MAX_BYTES, clean_text, document_from_html, find_published, read_documents,
)
from attrition.ingest.html import extract_main_text
from attrition.records import Document, ErrorRecord

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "taliban-vs-isis-k.txt"
DEMO_HTML = "2021-08-27-kabul-airport-abbey-gate.html"

ARTICLE = "Taliban fighters attacked Islamic State positions in Darzab.\n\nDozens were killed on both sides.\n"


def read(*paths, **kw) -> list[Document | ErrorRecord]:
    return list(read_documents([*paths], **kw))


def docs_of(records) -> list[Document]:
    return [r for r in records if isinstance(r, Document)]


def errors_of(records) -> list[ErrorRecord]:
    return [r for r in records if isinstance(r, ErrorRecord)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A folder with one good report, next to which each test drops one bad input."""
    write(tmp_path / "good.txt", "Clash in Jowzjan\n\n" + ARTICLE)
    return tmp_path


def assert_one_error(records, doc_id: str, *words: str) -> ErrorRecord:
    errors = errors_of(records)
    assert len(errors) == 1, errors
    assert errors[0].doc_id == doc_id
    for w in words:
        assert w.lower() in errors[0].error.lower(), errors[0].error
    assert [d.id for d in docs_of(records)] == ["good.txt"], "the good document must still come through"
    return errors[0]


# --- formats --------------------------------------------------------------------------------------

def test_text_file_gets_its_name_as_id_headline_title_and_dateline_date(tmp_path):
    p = write(tmp_path / "sub" / "report.txt",
              "Taliban raid ISIS-K hideout\n\nKABUL, Oct 4, 2021 (Reuters) - Taliban forces raided a hideout.\n")
    [doc] = read(p)
    assert doc.id == "report.txt"
    assert doc.title == "Taliban raid ISIS-K hideout"
    assert doc.published == "2021-10-04"
    assert doc.text.startswith("Taliban raid ISIS-K hideout\n\nKABUL, Oct 4, 2021")


def test_text_without_headline_line_has_no_title(tmp_path):
    p = write(tmp_path / "a.txt", "Taliban fighters attacked Islamic State positions in Darzab, officials said.\n\nMore.")
    [doc] = read(p)
    assert doc.title is None


def test_markdown_loses_markup_and_furniture_but_keeps_text():
    [doc] = read(FIXTURES / "scraped-page.md")
    assert doc.id == "scraped-page.md"
    assert doc.title == "ISIS-K claims Jalalabad bank bombing"
    assert doc.published == "2015-04-18"
    assert "A suicide bomber attacked a branch of the New Kabul Bank in Jalalabad, killing 33 people" in doc.text
    assert "Most of the dead were soldiers and civil servants" in doc.text
    for gone in ("**", "](", "#", "Skip to main content", "Menu", "Posted by admin", "Share this article",
                 "Tags:", "Read more", "All rights reserved"):
        assert gone not in doc.text, gone


def test_html_file_main_text_title_and_meta_date():
    [doc] = read(corpus_path() / DEMO_HTML)
    assert doc.id == DEMO_HTML
    assert doc.title == "Suicide bombing at Kabul airport kills 13 US troops and at least 170 Afghans"
    assert doc.published.startswith("2021-08-27")
    assert doc.source == "Attrition Demo Post"
    assert "killing 13 US service members and at least 170 Afghans" in doc.text
    assert "President Joe Biden said the United States would hunt down those responsible." in doc.text


@pytest.mark.parametrize("gone", [
    "Home", "Log in", "Register", "We use cookies", "Accept all", "Subscribe", "AnonReader99",
    "kabul_watcher", "logged in to post", "Related articles", "Evacuation flights resume",
    "Visited", "submit your articles", "views and opinions", "All rights reserved", "Share on Facebook",
])
def test_demo_html_loses_nav_cookie_banner_comments_and_footer(gone):
    [doc] = read(corpus_path() / DEMO_HTML)
    assert gone.lower() not in doc.text.lower()


def test_own_html_extraction_also_drops_chrome():
    """The lxml fallback (used when trafilatura finds nothing) drops the same chrome."""
    tree = lxml.html.document_fromstring((corpus_path() / DEMO_HTML).read_text("utf-8"))
    text = clean_text(extract_main_text(tree))
    assert "Abbey Gate" in text and "11 Marines" in text
    for gone in ("Home", "cookies", "Subscribe", "AnonReader99", "Related articles", "Visited", "submit your articles"):
        assert gone not in text, gone


def test_html_date_from_json_ld_graph_and_title_from_title_tag():
    [doc] = read(FIXTURES / "jsonld-only.html")
    assert doc.published == "2018-07-20"
    assert doc.title == "Taliban and ISIS-K clash in Darzab"
    assert "Darzab district of Jowzjan province" in doc.text
    assert "newsletter" not in doc.text.lower()


@pytest.mark.parametrize("head, expected", [
    ('<meta name="date" content="2019-11-19">', "2019-11-19"),
    ('<meta property="article:published_time" content="2021-08-26T18:00:00Z">', "2021-08-26T18:00:00Z"),
    ("", "2020-08-03"),  # from <time datetime> in the body
])
def test_html_published_from_meta_or_time_element(head, expected):
    html = (f"<html><head><title>T</title>{head}</head><body><article><h1>Siege ends</h1>"
            '<p><time datetime="2020-08-03">3 Aug</time></p>'
            "<p>Afghan forces regained control of the prison in Jalalabad after a siege of about twenty hours.</p>"
            "<p>At least 29 people were killed, officials said on Monday.</p></article></body></html>")
    doc = document_from_html(html, "x.html")
    assert doc.published == expected
    assert doc.title == "Siege ends"


def test_own_html_extraction_keeps_article_inside_a_wrapper_named_like_chrome():
    html = ("<html><body><div class='site-content has-sidebar'><div class='sidebar'>Popular now</div>"
            "<p>ISIS-K fighters attacked a Taliban checkpoint in Jalalabad, killing three guards.</p>"
            "<p>The Taliban said they arrested two suspects after the attack on Sunday.</p></div></body></html>")
    text = extract_main_text(lxml.html.document_fromstring(html))
    assert "killing three guards" in text and "arrested two suspects" in text
    assert "Popular now" not in text


def test_html_without_metadata_takes_date_from_dateline():
    html = ("<html><body><article><p>KUNDUZ, Oct 8, 2021 (AP) - A suicide bomber struck a Shia mosque "
            "during Friday prayers, killing dozens of worshippers.</p></article></body></html>")
    assert document_from_html(html, "k.html").published == "2021-10-08"


def test_jsonl_documents_with_fields_meta_and_default_ids(tmp_path):
    p = write(tmp_path / "feed.jsonl", "\n".join([
        json.dumps({"id": "a1", "text": "Text A.", "title": "A", "published": "2023-07-31", "url": "u",
                    "source": "s", "language": "en", "section": "Asia"}),
        "",
        json.dumps({"text": "Text B."}),
    ]) + "\n")
    a, b = read(p)
    assert (a.id, a.text, a.title, a.published, a.url, a.source) == ("a1", "Text A.", "A", "2023-07-31", "u", "s")
    assert a.meta == {"section": "Asia"}
    assert b.id == "feed.jsonl:3"


def test_jsonl_text_is_kept_verbatim(tmp_path):
    text = "Subscription banner youtube\nISIS-K claimed the attack.  Twice  spaced."
    [doc] = read(write(tmp_path / "f.jsonl", json.dumps({"id": "v", "text": text}) + "\n"))
    assert doc.text == text


def test_json_object_and_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps({"text": "One report.", "published": "August 26, 2021"}))
    many = write(tmp_path / "many.json", json.dumps([{"id": "x", "text": "First."}, {"text": "Second."}]))
    [d] = read(one)
    assert (d.id, d.published) == ("one.json", "2021-08-26")
    assert [r.id for r in read(many)] == ["x", "many.json:2"]


def test_demo_corpus_reads_completely_with_dates():
    records = read(corpus_path())
    assert not errors_of(records)
    assert 8 <= len(records) <= 10
    assert all(d.published for d in records)
    ids = [d.id for d in records]
    assert "2021-10-04-taliban-raid-iskp-cell-kabul.md" in ids and "demo-2023-07-30-bajaur-rally" in ids
    assert not any(i.endswith((".rst", ".py")) for i in ids)


# --- folders ------------------------------------------------------------------------------------

def test_folder_recursion_sorted_relative_ids_hidden_and_unknown_skipped(tmp_path):
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a" / "z.md", ARTICLE)
    write(tmp_path / "a" / "deep" / "x.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / ".git" / "c.txt", ARTICLE)
    write(tmp_path / "notes.rst", ARTICLE)
    write(tmp_path / "image.png", b"\x89PNG\x00\x00")
    assert [r.id for r in read(tmp_path)] == ["a/deep/x.txt", "a/z.md", "b.txt"]
    assert [r.id for r in read(tmp_path / "a")] == ["deep/x.txt", "z.md"]


def test_folder_is_streamed_one_document_at_a_time(tmp_path):
    for i in range(3):
        write(tmp_path / f"{i}.txt", ARTICLE)
    it = read_documents([tmp_path])
    first = next(it)
    (tmp_path / "2.txt").write_text("Changed after the first document was read.\n\nYes.", encoding="utf-8")
    rest = list(it)
    assert first.id == "0.txt"
    assert rest[-1].text.startswith("Changed after")


# --- stdin --------------------------------------------------------------------------------------

def test_stdin_plain_text_is_one_document():
    records = read("-", stdin=io.StringIO("KABUL, Aug 26, 2021 - Two blasts hit the airport.\n\nMany died.\n"))
    [doc] = records
    assert doc.id == "stdin"
    assert doc.published == "2021-08-26"


def test_no_paths_reads_stdin_bytes():
    stdin = io.BytesIO("Blast in Kabul\n\nTwo blasts hit the airport on Thursday.\n".encode("utf-8"))
    [doc] = list(read_documents(None, stdin=stdin))
    assert (doc.id, doc.title) == ("stdin", "Blast in Kabul")


def test_stdin_jsonl_one_document_per_line():
    lines = [json.dumps({"id": "s1", "text": "First report."}), "", json.dumps({"text": "Second."})]
    records = read("-", stdin=io.StringIO("\n".join(lines) + "\n"))
    assert [r.id for r in records] == ["s1", "stdin:3"]


def test_stdin_with_one_non_json_line_is_text():
    text = '{"id": "s1", "text": "First report."}\nThen a plain line of prose.\n'
    [doc] = read("-", stdin=io.StringIO(text))
    assert doc.id == "stdin" and "plain line" in doc.text


def test_stdin_jsonl_larger_than_the_limit_streams_on():
    lines = "".join(json.dumps({"id": f"d{i}", "text": "x" * 50}) + "\n" for i in range(20))
    records = read("-", stdin=io.StringIO(lines), max_bytes=300)
    assert [r.id for r in records] == [f"d{i}" for i in range(20)]


# --- the founding article ----------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not available")
def test_seed_article_loses_furniture_and_keeps_every_paragraph():
    raw = SEED.read_text("utf-8")
    [doc] = read(SEED)
    for gone in ("Subscription banner youtube", "+ posts", "Submissions 2023", "About the Author",
                 "completed her bachelor", "If you want to submit your articles",
                 "The views and opinions expressed", "Visited 655 times", "login or register cheese",
                 "Written by Hania Amaad", "taliban isis-k\n"):
        assert gone not in doc.text, gone
    for kept in (
        "In an open letter in 2015, the Taliban threatened ISIS leader Abu Bakr Al Baghdadi with dire consequences",
        "A United Nations Assistance Mission report recorded 77 attacks in the first 4 months by ISIS-K.",
        "Almost 1400 of their fighters and their families surrendered to the government.",
        "a 20-hour siege at a prison where dozens were killed",
        "This will persuade Pakistan to deal with these groups on their own and not allow them to cross the border.",
        "Formation of the ISIS-K",
    ):
        assert kept in doc.text, kept
    # Every paragraph of the article body (from the first heading on, before the footer) survives.
    body = raw[raw.index("A Taliban Insurgence"):raw.index("If you want to submit")]
    # (clean_text turns no-break spaces into plain spaces)
    for para in (" ".join(p.split()) for p in body.split("\n") if p.strip() and p.strip() != "Submissions 2023"):
        assert para in doc.text, para
    assert doc.title == "A War of Attrition: The Taliban vs ISIS-K"


# --- furniture and dates as functions ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Subscribe to our newsletter to get the best of our reporting.",  # sentence, but only furniture says it
    "Click here to log in or register",
    "Share this article",
    "Follow us on Twitter",
    "This website uses cookies to ensure you get the best experience.",
    "Related articles",
    "Read more: Taliban deny role",
    "Copyright 2021 Example Media",
    "(Visited 1,204 times, 3 visits today)",
])
def test_clean_text_drops_furniture_lines(line):
    assert clean_text(f"The Taliban denied the attack.\n{line}\nISIS-K claimed it.") == \
        "The Taliban denied the attack.\nISIS-K claimed it."


@pytest.mark.parametrize("line", [
    "Taliban fighters said they would register every weapon in the district.",
    "ISIS-K followers share videos of the attack on Telegram and YouTube channels.",
    "Officials said the group had cookies and bread delivered to the prison.",
    "Read the statement, the spokesman told reporters.",
    "Related groups in Pakistan were also targeted.",
    "A Taliban Insurgence",
])
def test_clean_text_keeps_article_sentences_that_share_furniture_words(line):
    assert line in clean_text(f"The Taliban denied the attack.\n\n{line}\n\nISIS-K claimed it.")


def test_clean_text_on_a_large_text_drops_every_repeated_furniture_line():
    text = ("KABUL - The Taliban said ISIS-K attacked a checkpoint, killing three guards.\n\n"
            "Share this article\n\n") * 40_000
    out = clean_text(text)
    assert "Share this" not in out and out.count("checkpoint") == 40_000


@pytest.mark.parametrize("text, expected", [
    ("KABUL, Aug 26, 2021 (Reuters) - Two explosions", "2021-08-26"),
    ("SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] The FMLN", "1990-01-12"),
    ("LIMA, 5 FEB 49 (EFE) -- text", "2049-02-05"),
    ("Published: 2021-08-26\nText", "2021-08-26"),
    ("Updated 26 August 2021", "2021-08-26"),
    ("Written by X on March 3, 2022", "2022-03-03"),
    ("Headline\n\nThursday, 26 August 2021\n\nBody", "2021-08-26"),
    ("On Aug 26, 2021 a bomb exploded at the airport.", None),
    # deeper than the head and above the last lines: a date in the body, not the publication's
    ("x" * 450 + "\nPublished: 2021-08-26\n" + "y" * 400, None),
    # a footer's date closes the text
    ("x" * 450 + "\nPublished: 2021-08-26", "2021-08-26"),
    ("Body.\n\nPublished in Dawn, April 9th, 2023", "2023-04-09"),
    ("Khaama Press | 14 Feb 2023\n\nTwo Taliban security personnel were killed.", "2023-02-14"),
    ("KABUL, Feb 30, 2021 - impossible date", None),
    ("As of 18 March 2022\n\nOn 12 March, gunmen killed four civilians.", "2022-03-18"),
    ("Broadcast: Monday 14 November 2022, 07:00\n\nText", "2022-11-14"),
    ("Issued on 3 May 2023\nText", "2023-05-03"),
    ("Rawalpindi - March 16, 2023: The ISPR said", "2023-03-16"),
    ("Published: Kabul, 1 November 2022\n\nText", "2022-11-01"),
    ("The airport was closed as of March 5, 2022.", None),           # "as of" inside a sentence dates no report
    ("Released prisoners on 3 May 2023 said they were beaten.", None),
    # a time before the date; a title and a bar before "Issued"; the agency between place and dash; numeric dates
    ("Published 3:40 PM, March 22, 2024 | Updated 5:10 PM\nText", "2024-03-22"),
    ("Flash Update No. 2 | Issued 9 October 2023\nText", "2023-10-09"),
    ("Jayapura, Papua (ANTARA) - 15 April 2024\nText", "2024-04-15"),
    ("Date: 05.10.2024\nText", "2024-10-05"),                         # dotted: the day first
    ("Posted on 25/10/2024 by Staff\nText", "2024-10-25"),
    ("Posted on 10/25/2024 by Staff\nText", "2024-10-25"),
    ("Posted on 05/10/2024 by Staff\nText", None),                    # 5 October or May 10: not known
    ("Date: 31.02.2024\nText", None),
    # the date's line after several parts a bar ends, after a name and a colon, or with a clock time after it
    ("By Staff Reporter | Addis Standard | Tuesday, 4 June 2024\nText", "2024-06-04"),
    ("Jane Doe, Addis Standard | 4 June 2024\nText", "2024-06-04"),
    ("KABUL (Pajhwok): 12 August 2024\nText", "2024-08-12"),
    ("TOLOnews | 04 March 2025 - 14:22\nText", "2025-03-04"),
    ("Gunmen killed five people on 4 June 2024 in Quetta.\nText", None),
    # a clock time after a space, with a time zone that has an offset (as Reuters' pages print it)
    ("February 11, 2024 4:05 PM GMT+3\n\nMOGADISHU (Reuters) - A car bomb", "2024-02-11"),
    ("11 February 2024 10:15 am UTC\nText", "2024-02-11"),
    ("February 11, 2024 4:05 PM and then gunmen attacked\nText", None),
    ("INTER SERVICES PUBLIC RELATIONS\nNo PR-142/2019-ISPR          Rawalpindi - May 17, 2019\n\nText", "2019-05-17"),
    # a wire's "Filed" line; a dateline whose place is spelled with accents, under a press release's heading lines
    ("Headline\nFiled 2024-06-04 11:40 GMT\n\nKHARTOUM, June 4 (Reuters) - Shells hit", "2024-06-04"),
    ("Headline\nNATIONAL ARMY OF COLOMBIA\nPRESS RELEASE No. 047\nMedellín, March 9, 2023\n\nText", "2023-03-09"),
    ("BOGOTÁ, Colombia, March 3, 2022 (AP) — Text", "2022-03-03"),
    ("Filed under: Conflict\nText", None),
    # the Gregorian date beside another calendar's; a wire's "Filed" line under the story, with its clock time
    ("Head\nDate: 25 Sunbula 1398 (16 September 2019)\n\nGHAZNI - Text", "2019-09-16"),
    ("PRESS RELEASE\nDate: 4 Shawwal 1445 / 13 April 2024\nText", "2024-04-13"),
    ("QUETTA, Pakistan, June 4 (Reuters) - Text.\n\nFiled: 4 June 2024 14:20 GMT\n\n(Reporting by desk)", "2024-06-04"),
    # a numeric date in another calendar is no date of ours; the Gregorian one beside it is
    ("STATEMENT\nDate: 15/02/1402 Hijri Shamsi (corresponding to 5 May 2023)\n\nText", "2023-05-05"),
    ("STATEMENT\nDate: 15/02/1402\n\nText", None),
    # a wire page's date line that says when it was updated
    ("Headline\n\nBy A Writer\n\nJanuary 11, 2023 4:52 PM GMT+4:30 Updated 3 hours ago\n\nText", "2023-01-11"),
    # a broadcast's clock time before its day; a weekday that tells which order a numeric date is written in
    ("RADIO MUQDISHO - EVENING NEWS\nBroadcast: 18:00 EAT, Sunday 12 March 2023\nText", "2023-03-12"),
    ("Headline\n\nADDIS ABABA (AFP) -\nPublished Thursday 08/02/2024 - 14:26\n\nText", "2024-02-08"),
    ("Headline\n\nADDIS ABABA (AFP) -\nPublished Friday 08/02/2024 - 14:26\n\nText", "2024-08-02"),
    ("Headline\n\nADDIS ABABA (AFP) -\nPublished 08/02/2024 - 14:26\n\nText", None),
    # a clock time with a zone's offset; a dateline's Hijri day before the Gregorian one; a situation report's "as of"
    ("Headline\n\nERBIL, Iraq (AP) -\n\nPublished 3:41 PM GMT+3, August 21, 2023\n\nText", "2023-08-21"),
    ("MEDIA CENTRE\nStatement No. (112)\nAden, Thursday 29 Safar 1445 AH, corresponding to 14 September 2023\n\nText",
     "2023-09-14"),
    ("NORTH-WEST SYRIA\nFlash Update No. 2\nSituation as of 8 October 2023, 17:00 (Damascus time)\nText", "2023-10-08"),
])
def test_find_published(text, expected):
    assert find_published(text) == expected


# --- bad input: one ErrorRecord each, the rest goes on -------------------------------------------

def test_binary_file(good):
    write(good / "bin.txt", b"\x00\x01\x02\x03PK\x00\x00 binary")
    assert_one_error(read(good), "bin.txt", "binary", "NUL")


def test_mostly_control_characters_is_binary(good):
    write(good / "ctl.txt", bytes(range(1, 9)) * 200 + b"text")
    assert_one_error(read(good), "ctl.txt", "binary")


def test_cp1252_text_is_decoded_and_says_so(tmp_path):
    [doc] = read(write(tmp_path / "w.txt", "Attack on the café in Kabul \u2013 officials said.\n".encode("cp1252")))
    assert "café" in doc.text and "\u2013" in doc.text
    assert doc.meta["encoding"] == "cp1252"


def test_utf8_bom_is_dropped(tmp_path):
    [doc] = read(write(tmp_path / "bom.txt", "\ufeffKabul report text.".encode("utf-8")))
    assert doc.text == "Kabul report text."


def test_undecodable_file(good):
    # 0x81 and 0x8d are undefined in cp1252, and the sequence is not UTF-8 either.
    write(good / "bad.txt", b"Report \x81\x8d\x90 text")
    assert_one_error(read(good), "bad.txt", "decode", "UTF-8", "cp1252")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "])
def test_empty_or_whitespace_file(good, content):
    write(good / "empty.txt", content)
    assert_one_error(read(good), "empty.txt", "empty")


def test_file_of_only_furniture(good):
    write(good / "chrome.txt", "Subscription banner youtube\n+ posts\n\n(Visited 655 times, 1 visits today)\n")
    assert_one_error(read(good), "chrome.txt", "furniture")


def test_html_without_article_text(good):
    write(good / "nav.html", "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    assert_one_error(read(good), "nav.html", "no article text")


def test_file_over_the_size_limit_names_size_and_limit(good):
    write(good / "big.txt", "The Taliban said ISIS-K attacked.\n" * 100)
    err = assert_one_error(read(good, max_bytes=1000), "big.txt", "too large", "3,400 bytes", "1,000", "max_bytes")
    assert "3,400" in err.error
    assert DEFAULT_MAX_BYTES == 5_000_000


def test_jsonl_bad_lines_name_their_line_number(good):
    write(good / "feed.jsonl", "\n".join([
        json.dumps({"id": "ok", "text": "Fine."}),
        "{not json",
        json.dumps({"id": "notext", "title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok2", "text": "Also fine."}),
    ]) + "\n")
    records = read(good)
    assert [d.id for d in docs_of(records)] == ["ok", "ok2", "good.txt"]  # feed.jsonl sorts first
    errs = errors_of(records)
    assert [e.doc_id for e in errs] == ["feed.jsonl:2", "notext", "feed.jsonl:4"]
    assert "line 2" in errs[0].error and "not valid JSON" in errs[0].error
    assert "line 3" in errs[1].error and '"text"' in errs[1].error
    assert "line 4" in errs[2].error


def test_jsonl_line_over_the_limit(tmp_path):
    write(tmp_path / "f.jsonl", json.dumps({"id": "big", "text": "x" * 500}) + "\n" + json.dumps({"id": "s", "text": "y"}) + "\n")
    records = read(tmp_path / "f.jsonl", max_bytes=200)
    assert [type(r).__name__ for r in records] == ["ErrorRecord", "Document"]
    assert "line 1" in records[0].error and "too large" in records[0].error


def test_bad_json_file(good):
    write(good / "x.json", "[{broken")
    assert_one_error(read(good), "x.json", "not valid JSON")


def test_unsupported_extension_given_explicitly(good):
    p = write(good / "report.pdf", b"%PDF-1.4")
    records = read(p, good / "good.txt")
    assert_one_error(records, "report.pdf", "unsupported", ".pdf")


def test_missing_path(good):
    records = read(good / "nope.txt", good / "good.txt")
    err = assert_one_error(records, str(good / "nope.txt"), "no such file")
    assert "nope.txt" in err.error


def test_stdin_binary_and_empty():
    [err] = read("-", stdin=io.BytesIO(b"\x00\x01\x02"))
    assert isinstance(err, ErrorRecord) and err.doc_id == "stdin" and "binary" in err.error
    [err] = read("-", stdin=io.StringIO("   \n"))
    assert isinstance(err, ErrorRecord) and "empty" in err.error


def test_stdin_text_over_the_limit():
    [err] = read("-", stdin=io.StringIO("plain words here\n" * 100), max_bytes=500)
    assert isinstance(err, ErrorRecord) and "too large" in err.error and "500" in err.error
def test_a_roundup_without_a_date_line_is_dated_by_the_last_day_its_title_covers():
    assert find_published("# Myanmar conflict roundup: 8–14 July 2024\n\n- **8 July – Lashio:** shells hit ...") == "2024-07-14"
    assert find_published("# Security roundup — week ending Sunday 27 October 2024\n\nFighting ...") == "2024-10-27"
    # a date in the body is the event's, not the report's
    assert find_published("Roundup of the week\n\nOn 12 May 2023 gunmen killed three people.") is None
    # a date line wins over the title's
    assert find_published("# Roundup: 1–7 May 2023\n\nPublished: 2023-05-09\n\nText") == "2023-05-09"


@pytest.mark.parametrize("text,expected", [
    ("Ségou, Mali | 9 December 2022 —\n\nMalian troops killed ...", "2022-12-09"),
    ("N'Djamena (Wire), Monday 14 October 2024 — Boko Haram fighters killed 17 soldiers", "2024-10-14"),
    ("Maiduguri, Nigeria — 19 June 2023: A female suicide bomber blew herself up", "2023-06-19"),
])
def test_datelines_with_accents_agencies_bars_and_dashes(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a translation keeps its first language's dateline
    ("EL TIEMPO\n\nBogotá, 21 de mayo de 2024 · Actualizado 7:45 a. m.\n\nText", "2024-05-21"),
    ("Bamako, 8 juillet 2024 (AFP) - Des hommes armés ...", "2024-07-08"),
    ("Lunes 8 de julio de 2024 (English edition, translated)\n\nFOUR STATE POLICE KILLED", "2024-07-08"),
    ("DIGEST OF STATEMENTS\nCompiled 13 March 2025 (Thursday) — translated from Russian\n", "2025-03-13"),
    ("LIVE | Sudan war\nSaturday 11 January 2025 - all times Sudan (GMT+2)\nLive updates", "2025-01-11"),
    # another calendar's date, and the Gregorian day a note gives for it
    ("Broadcast date: Hamle 19, 2016 E.C.\n[Translator's note: Hamle 19, 2016 in the Ethiopian calendar corresponds to "
     "Friday, 26 July 2024 in the Gregorian calendar.]\n\nText", "2024-07-26"),
    ("Report\n\nThe raid corresponds to what the army did on 12 May 2023 in Kabul.", None),
    ("[Unofficial translation from Dari. Source: evening news bulletin of a private FM radio station. Broadcast: Friday, "
     "2 Saur 1401 (22 April 2022), 19:00 local time.]\n\nText", "2022-04-22"),
    ("No. 311/PR/CTD                      Peshawar, dated 16-02-2023\n\nCTD ARRESTS KEY FACILITATOR", "2023-02-16"),
    # (a day and a month that may be either way round are no date)
    ("No. 311/PR/CTD                      Peshawar, dated 05-02-2023\n\nText", None),
    # a foreign month in the body is no dateline
    ("Noticias\n\nEl ataque del 3 de mayo de 2024 dejó dos muertos.", None),
])
def test_datelines_in_spanish_french_or_compiled(text, expected):
    assert find_published(text) == expected


def test_the_dateline_is_the_report_s_day_not_the_deed_s():
    from attrition.datelines import is_dateline_head
    assert is_dateline_head("Maiduguri, Nigeria — 19 June", 0, 21)
    assert is_dateline_head("N'Djamena (Wire), Monday 14 October", 0, 25)
    assert not is_dateline_head("Gunmen, who fled, were caught", 0, 18)


def test_an_html_page_is_dated_by_its_byline_when_its_head_and_main_text_give_no_date():
    page = ("<html><head><title>4 killed in clash - Daily Star</title></head><body>"
            "<span class='date-today'>Saturday, June 10, 2023</span>"
            "<div class='meta'>By A Reporter | Published June 9, 2023, 7:15 AM</div>"
            "<article><p>MARAWI CITY — Soldiers killed four suspected militants in a clash in Piagapo, Lanao del Sur, on "
            "Wednesday, the military said. Troops were conducting a security operation in a remote village when they "
            "were fired upon by gunmen, sparking a gunbattle that lasted nearly two hours.</p></article></body></html>")
    doc = document_from_html(page, "p.html")
    assert doc.published == "2023-06-09"   # the byline's, not the site's "today"
    # (a line break in the byline keeps its words apart: "...and Najaf<br>Published 28 November 2019")
    doc = document_from_html(page.replace("By A Reporter | Published June 9, 2023, 7:15 AM",
                                          "By our reporters in Baghdad and Najaf<br>Published 28 November 2019, 16:40 GMT"),
                             "p.html")
    assert doc.published == "2019-11-28"


def test_a_liveblog_is_dated_by_its_line_of_the_day():
    assert find_published("# Russia-Ukraine war live: latest updates\n\n**Saturday 22 June 2024** — updated 18:45 Kyiv "
                          "time\n\nHere is a roundup") == "2024-06-22"
