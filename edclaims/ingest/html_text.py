"""Extract the article text of a release page: no menus, no footers, one paragraph per line.

The string returned here is, for HTML inputs, the text that every reported offset indexes.
"""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

# Whole elements that never carry article text.
_DROP_TAGS = (
    "head", "script", "style", "noscript", "iframe", "form", "nav", "header", "footer", "aside",
    "template", "svg", "button", "select", "textarea", "object", "embed",
)  # fmt: skip

# id/class fragments of page chrome on Chinese government and news sites (weizhi = 位置,
# daohang = 导航, fenxiang = 分享, banquan = 版权).
_CHROME_ATTR = re.compile(
    r"nav|menu|breadcrumb|crumb|share|footer|copyright|sidebar|side-bar|side_bar|toolbar"
    r"|weizhi|daohang|fenxiang|banquan|bdshare|jiathis|location|position",
    re.IGNORECASE,
)

_BLOCK_TAGS = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table tbody thead tfoot caption "
    "section article main blockquote pre figure figcaption center hr address".split()
)
_CELL_TAGS = frozenset(("td", "th"))

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A container must hold at least this much Chinese text in its paragraphs to be "the article".
_MIN_ARTICLE_CJK = 40
_NON_CONTENT_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# Line-edge whitespace including the ideographic and no-break spaces used for indentation.
_EDGE_SPACE = " \t\u3000\xa0"


class _Break(NavigableString):
    """A marker string standing for a line break between block elements."""


class _Cell(NavigableString):
    """A marker string separating table cells, so that numbers in adjacent cells never fuse."""


def html_to_text(markup: str) -> str:
    """Return the article text of an HTML page, one block element per line, entities unescaped."""
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    _drop_chrome(soup)
    container = _article_container(soup)
    if container is None:
        return ""
    title = _title_outside(soup, container)
    _mark_blocks(container)
    body = _render(container)
    return f"{title}\n{body}" if title and body else title or body


def _title_outside(soup: BeautifulSoup, container: Tag | BeautifulSoup) -> str:
    # Pages often put the headline (which may carry figures) just above the article container.
    if container is soup or container is soup.body:
        return ""
    heading = soup.find("h1")
    if heading is None or container in heading.parents or heading in container.parents:
        return ""
    return _clean_line(_SPACES.sub(" ", heading.get_text()))


def _drop_chrome(soup: BeautifulSoup) -> None:
    total_cjk = _cjk_count(soup.get_text())
    for tag in soup.find_all(_has_chrome_attr):
        if tag.decomposed or tag.name in ("html", "body", "article", "main"):
            continue
        # A class like "content-position" on the wrapper of the whole article must not
        # take the article with it: chrome never holds most of a page's Chinese text.
        if total_cjk and _cjk_count(tag.get_text()) > total_cjk / 2:
            continue
        tag.decompose()


def _has_chrome_attr(tag: Tag) -> bool:
    values: list[str] = []
    for attr in ("id", "class"):
        value = tag.get(attr)
        if isinstance(value, str):
            values.append(value)
        elif value:
            values.extend(value)
    return any(_CHROME_ATTR.search(value) for value in values)


def _article_container(soup: BeautifulSoup) -> Tag | BeautifulSoup | None:
    articles = soup.find_all("article")
    if articles:
        article = max(articles, key=lambda tag: _cjk_count(tag.get_text()))
        # Some themes wrap every teaser in <article>; only a substantial one is the article.
        if _cjk_count(article.get_text()) >= _MIN_ARTICLE_CJK:
            return article
    best: Tag | None = None
    best_score = 0
    for paragraph in soup.find_all("p"):
        parent = paragraph.parent
        if parent is None or parent is best:
            continue
        score = sum(_cjk_count(p.get_text()) for p in parent.find_all("p", recursive=False))
        if score > best_score:
            best, best_score = parent, score
    if best is not None and best_score >= _MIN_ARTICLE_CJK:
        return best
    # No paragraph-based article (e.g. text separated by <br>): fall back to the whole body.
    return soup.body or soup


def _mark_blocks(container: Tag | BeautifulSoup) -> None:
    for tag in container.find_all(True):
        if tag.name == "br":
            tag.replace_with(_Break("\n"))
        elif tag.name in _BLOCK_TAGS:
            tag.insert_before(_Break("\n"))
            tag.append(_Break("\n"))
        elif tag.name in _CELL_TAGS:
            tag.append(_Cell("\t"))


def _render(container: Tag | BeautifulSoup) -> str:
    pieces: list[str] = []
    # .descendants walks the tree iteratively, so deeply nested pages cannot overflow the stack.
    for node in container.descendants:
        if isinstance(node, _Break):
            pieces.append("\n")
        elif isinstance(node, _Cell):
            pieces.append("\t")
        elif isinstance(node, NavigableString) and not isinstance(node, _NON_CONTENT_STRINGS):
            # Source line breaks inside a paragraph are formatting, not text.
            pieces.append(_SPACES.sub(" ", _unescape_twice_escaped(str(node))))
    lines = ("".join(pieces)).split("\n")
    kept = [_clean_line(line) for line in lines]
    return "\n".join(line for line in kept if line)


def _unescape_twice_escaped(text: str) -> str:
    # CMSs often escape twice (&amp;ldquo;), leaving entity names in the parsed text.
    return html.unescape(text) if _ENTITY.search(text) else text


def _clean_line(line: str) -> str:
    cells = [cell.strip(_EDGE_SPACE) for cell in line.split("\t")]
    return "\t".join(cell for cell in cells if cell)


def _cjk_count(text: str) -> int:
    return len(_CJK.findall(text))
