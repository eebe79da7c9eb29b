"""html_to_text(): the article only, one block per line, entities unescaped."""

from __future__ import annotations

from edclaims.ingest import html_to_text

PAGE = """<!DOCTYPE html>
<html><head><title>某县教育局</title><style>p {color: red}</style>
<script>var visits = 12345;</script></head>
<body>
<div id="top-nav"><a href="/">首页</a> <a>机构概况</a> <a>政务公开</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 工作动态</div>
<nav>导航栏目一 导航栏目二</nav>
<h1>县教育局召开秋季开学工作会</h1>
<div class="sidebar"><p>热门文章：某校举办运动会，参赛学生八百人次。</p></div>
<div class="article-body">
  <p>　　本学期全县共有中小学<strong>86</strong>所，
  在校学生4.3万人&nbsp;，其中寄宿生1.2万人。</p>
  <p>新招聘教师260名&amp;新增学位3100个，完成率100%。</p>
  <p>第一项<br/>第二项</p>
  <ul><li>小学56所</li><li>初中30所</li></ul>
  <table><tr><th>学段</th><th>学校数</th></tr><tr><td>小学</td><td>56</td></tr></table>
</div>
<div class="share-bar">分享到：微信 微博</div>
<div id="footer">版权所有 &copy; 某县教育局 备案号：某ICP备00000000号</div>
<footer>联系电话：0000-1234567</footer>
<!-- 注释里的数字 999 -->
</body></html>"""


def test_article_text_only() -> None:
    text = html_to_text(PAGE)
    assert "本学期全县共有中小学86所," not in text  # full-width comma is kept as written
    assert "本学期全县共有中小学86所，" in text
    for chrome in (
        "首页",
        "当前位置",
        "导航",
        "热门文章",
        "分享到",
        "版权所有",
        "联系电话",
        "var visits",
        "999",
    ):
        assert chrome not in text, chrome


def test_blocks_become_lines_and_entities_are_unescaped() -> None:
    lines = html_to_text(PAGE).split("\n")
    assert lines[0] == "县教育局召开秋季开学工作会"  # the headline above the container is kept
    assert lines[1] == "本学期全县共有中小学86所, 在校学生4.3万人\xa0，其中寄宿生1.2万人。".replace(",", "，")
    assert "新招聘教师260名&新增学位3100个，完成率100%。" in lines
    assert lines.index("第一项") + 1 == lines.index("第二项")
    assert "小学56所" in lines and "初中30所" in lines


def test_table_cells_never_fuse() -> None:
    lines = html_to_text(PAGE).split("\n")
    assert "学段\t学校数" in lines
    assert "小学\t56" in lines


def test_article_element_wins() -> None:
    article = "正文第一段,全县共有中小学86所,在校学生4.3万人,其中寄宿生1.2万人,专任教师3900名。" * 2
    side = "侧栏文字" * 30
    page = f"<html><body><div><p>{side}</p></div><article><p>{article}</p></article></body></html>"
    assert html_to_text(page) == article


def test_chrome_class_on_the_article_wrapper_does_not_lose_the_article() -> None:
    body = "".join(f"<p>第{i}段内容，全县新增学位{i}00个，覆盖学校若干所。</p>" for i in range(1, 6))
    page = f'<html><body><div class="main-position">{body}</div></body></html>'
    text = html_to_text(page)
    assert "第1段内容" in text and "第5段内容" in text


def test_br_separated_page_without_paragraphs_uses_the_body() -> None:
    page = "<html><body><div>第一行有5所学校<br>第二行有6名教师</div></body></html>"
    assert html_to_text(page) == "第一行有5所学校\n第二行有6名教师"


def test_empty_and_fragment_markup() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<p>只有一段，3所学校。</p>") == "只有一段，3所学校。"


def test_deeply_nested_markup_does_not_overflow() -> None:
    page = "<div>" * 3000 + "<p>深层段落，共7所学校。</p>" + "</div>" * 3000
    assert "深层段落，共7所学校。" in html_to_text(page)


def test_twice_escaped_entities_are_unescaped() -> None:
    page = "<html><body><p>开展&amp;ldquo;双减&amp;rdquo;工作,覆盖学校&amp;nbsp;45所。</p></body></html>"
    assert html_to_text(page) == "开展“双减”工作,覆盖学校\xa045所。"


def test_small_teaser_articles_do_not_hide_the_main_text() -> None:
    body = "".join(f"<p>第{i}段,全县新增学位{i}00个,覆盖学校若干所。</p>" for i in range(1, 5))
    page = f"<html><body><article><p>短讯</p></article><div>{body}</div></body></html>"
    assert html_to_text(page).startswith("第1段")
