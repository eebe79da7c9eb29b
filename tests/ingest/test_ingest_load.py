"""load_text(): decode, then article extraction for HTML; every problem is one InputError line."""

from __future__ import annotations

import pytest

from edclaims.ingest import InputError, Source, load_text

TEXT = "全市普通高中录取率为百分之七十九点八。\r\n"


def test_plain_text_is_returned_as_decoded() -> None:
    assert load_text(Source("a.txt", TEXT.encode("gb18030"), is_html=False)) == TEXT


def test_html_is_reduced_to_its_article() -> None:
    page = "<html><body><div class='menu'>首页 新闻</div><p>全市新增学位6100个。</p></body></html>"
    source = Source("p.html", page.encode("gbk"), is_html=True)
    assert load_text(source) == "全市新增学位6100个。"


def test_html_without_text() -> None:
    source = Source("blank.html", b"<html><body><script>x=1</script></body></html>", is_html=True)
    with pytest.raises(InputError, match=r"^blank\.html: no article text found in the HTML$"):
        load_text(source)


def test_decode_errors_pass_through() -> None:
    with pytest.raises(InputError, match=r"^-: empty file$"):
        load_text(Source("-", b"", is_html=False))
