"""HTML pages to documents: the article's main text, its title and its publication date.

The main text comes from trafilatura (comments, tables of links and page chrome left out); when
trafilatura finds nothing, a small lxml extraction takes over (drops navigation, headers,
footers, forms, cookie/login/share/comment boxes, and keeps the paragraphs of ``<article>``,
``<main>`` or ``<body>``). Either way the text then goes through :func:`clean_text`, so furniture
that sits inside the article element (view counters, "submit your articles") goes too.

>>> doc = document_from_html(
...     "<html><head><title>Blast | News</title>"
...     "<meta property='article:published_time' content='2021-08-26T18:00:00Z'></head>"
...     "<body><nav>Home | World</nav><article><h1>Blast at Kabul airport</h1>"
...     "<p>Two explosions struck Abbey Gate on Thursday, killing at least 170 Afghans.</p>"
...     "</article></body></html>", "page.html")
>>> doc.title, doc.published
('Blast at Kabul airport', '2021-08-26T18:00:00Z')
"""
from __future__ import annotations

import json
import logging
import re

import lxml.html
from lxml import etree

from attrition.errors import InputError
from attrition.datelines import find_published, normalize_date
from attrition.ingest.furniture import clean_text
from attrition.records import Document

__all__ = ["document_from_html", "html_metadata", "extract_main_text"]

log = logging.getLogger(__name__)

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
)
_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                "iframe", "svg", "button", "select", "template", "figure")
_CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|cookies?|consent|gdpr|banner|login|signin|register|"
    r"subscribe|subscription|newsletter|share|sharing|social|comments?|respond|reply|related|"
    r"recommended|sidebar|widget|advert|ads?|promo|popup|modal|footer|header|author-?box|byline|"
    r"tags|meta|pagination|views?-?count|post-?views)($|[\s_-])",
    re.IGNORECASE,
)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td")
_WS = re.compile(r"\s+")


def _parse(raw: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        # lxml refuses str with an encoding declaration; bytes let it read the declaration.
        try:
            return lxml.html.document_fromstring(raw.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None


def _text(el: etree._Element) -> str:
    return _WS.sub(" ", el.text_content()).strip()


def _lines(el: etree._Element) -> str:
    """The element's text with its pieces on lines of their own: "...and Najaf<br>Published 28 November 2019" keeps
    its words apart (``_text`` runs them together: "NajafPublished")."""
    return "\n".join(t for t in (_WS.sub(" ", x).strip() for x in el.itertext()) if t)


def _jsonld_dates(tree: lxml.html.HtmlElement) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in ("datePublished", "dateCreated"):
                if isinstance(node.get(key), str):
                    found.append(node[key])
            for v in node.values():
                if isinstance(v, (dict, list)):
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text))
        except ValueError:
            continue
    return found


_BYLINE_CLASS = re.compile(r"(?i)\b(?:byline|meta|article-meta|post-meta|entry-meta|published|posted|pubdate|timestamp|"
                           r"article-info|dateline)\b")
_DATE_CLASS = re.compile(r"(?i)date")


def html_metadata(tree: lxml.html.HtmlElement) -> dict[str, str | None]:
    """Title, publication date, URL and site name from a parsed page's head and markup.

    The title is the page's only ``<h1>`` when there is exactly one (the headline, without the
    site name), else ``og:title``, else ``<title>`` without a trailing " | Site" part. The date
    is the first of ``article:published_time`` (and similar ``<meta>`` keys, ``name="date"``
    among them), ``<time datetime>``, then JSON-LD ``datePublished`` that reads as a date.
    """
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content

    h1s = [t for t in (_text(h) for h in tree.iter("h1")) if t]
    title_el = tree.find(".//title")
    page_title = _text(title_el) if title_el is not None else ""
    if " | " in page_title:
        page_title = page_title.rsplit(" | ", 1)[0].strip()
    title = (h1s[0] if len(h1s) == 1 else None) or metas.get("og:title") or page_title or (h1s[0] if h1s else None)

    candidates = [metas[k] for k in _META_DATE_KEYS if k in metas]
    candidates += [t.get("datetime") for t in tree.iter("time") if t.get("datetime")]
    candidates += _jsonld_dates(tree)
    published = next((d for d in (normalize_date(c) for c in candidates) if d), None)
    if published is None:
        # a byline the main text leaves out: "By Norhaina Macapado | Published June 9, 2023, 7:15 AM" (the
        # publication's words first; a bare "date" element may be the site's today, so it comes last)
        for rank in (_BYLINE_CLASS, _DATE_CLASS):
            for el in tree.iter():
                if isinstance(el.tag, str) and rank.search(el.get("class") or "") and (d := find_published(_lines(el))):
                    published = d
                    break
            if published is not None:
                break

    canonical = tree.find(".//link[@rel='canonical']")
    return {
        "title": title or None,
        "published": published,
        "url": metas.get("og:url") or (canonical.get("href") if canonical is not None else None),
        "source": metas.get("og:site_name"),
    }


def _is_chrome(el: etree._Element) -> bool:
    attrs = " ".join(filter(None, (el.get("id"), el.get("class"), el.get("role"))))
    return bool(attrs) and _CHROME_ATTR.search(attrs) is not None


def extract_main_text(tree: lxml.html.HtmlElement) -> str:
    """Our own main-text extraction, used when trafilatura finds nothing: paragraphs of the
    article element, without navigation, forms and cookie/login/share/comment boxes."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree))  # work on a copy
    for el in list(tree.iter(*_CHROME_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    total = len(tree.text_content()) or 1
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main") or el.getparent() is None:
            continue
        # A wrapper named "site-content has-sidebar" holds the article: chrome is small.
        if _is_chrome(el) and len(el.text_content()) < 0.5 * total and next(el.iter("article", "main"), None) is None:
            el.drop_tree()
    root = tree
    for candidate in (next(tree.iter("article"), None), next(tree.iter("main"), None), tree.find(".//body")):
        if candidate is not None:
            root = candidate
            break
    parts: list[str] = []
    for el in root.iter(*_BLOCKS):
        # A block inside another block (li > p) is read once, by the outer one.
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue
        t = _text(el)
        if t:
            parts.append(t)
    if not parts:
        t = _text(root)
        return t
    return "\n\n".join(parts)


def _trafilatura_text(raw: str) -> str:
    try:
        import trafilatura
    except ImportError:  # an optional speed-up in spirit; our own extraction still works
        return ""
    try:
        text = trafilatura.extract(
            raw, include_comments=False, include_tables=False, include_images=False,
            include_links=False, favor_precision=True, with_metadata=False, deduplicate=False,
        )
    except Exception as e:  # trafilatura raises assorted errors on odd markup; fall back.
        log.debug("trafilatura failed: %s", e)
        return ""
    return text or ""


def _paragraphs(text: str) -> str:
    # trafilatura puts one paragraph per line; a blank line between them reads like plain text.
    return "\n\n".join(ln.strip() for ln in text.split("\n") if ln.strip())


def document_from_html(raw: str, doc_id: str) -> Document:
    """A Document from an HTML page: cleaned main text, title and publication date.

    ``published`` comes from the page's metadata, else from a dateline in the main text
    (:func:`find_published`). Raises :class:`InputError` when the page has no main text.
    """
    tree = _parse(raw)
    if tree is None:
        raise InputError(doc_id, "cannot parse the HTML page; check that it is an HTML document")
    meta = html_metadata(tree)
    text = clean_text(_paragraphs(_trafilatura_text(raw)))
    extractor = "trafilatura"
    if not text:
        text = clean_text(extract_main_text(tree))
        extractor = "lxml"
    if not text:
        raise InputError(doc_id, "no article text found in the HTML page (nothing left after removing navigation, banners and other page furniture)")
    # The headline may lie outside the element the text came from; it stays in Document.title
    # only, so that every evidence offset points into the article text itself.
    return Document(
        id=doc_id, text=text, title=meta["title"],
        published=meta["published"] or find_published(text),
        url=meta["url"], source=meta["source"],
        meta={"format": "html", "extractor": extractor},
    )
