"""The whole job on texts we wrote: normalisation, furniture and duplicates never produce claims or findings."""

from edclaims.ingest import html_to_text
from edclaims.pipeline import verify_text
from edclaims.records import Status

ARTICLE = "全县共有农村学校52所,其中小学40所,初中12所。"
FURNITURE = [
    # each line holds a figure the scanner would take for a claim if furniture removal let it through
    "来源:某某日报 阅读 1356次",
    "关键词:学校 责任编辑:王五 浏览量1.2万次",
    "版权所有 某某日报社 本站已发布稿件3200篇",
    "地址:某某市人民路1159号 距火车站2公里",
    "版权所有:某某日报社 电话:(0391)8797000 邮编:454002",
    "地址:某某市人民路1159号",
    "豫ICP备14012713号-1",
]


def test_page_furniture_in_copied_text_makes_no_claims():
    text = "\n".join([ARTICLE, *FURNITURE]) + "\n"
    doc = verify_text(text)
    furniture_start = text.index(FURNITURE[0])
    assert doc.claims and all(doc.norm.to_original(c.start, c.end)[0] < furniture_start for c in doc.claims)


def test_page_furniture_in_html_makes_no_claims():
    html = (
        "<html><body><nav>首页 新闻 教育 访问量 3200次</nav><article><h1>通报</h1>"
        f"<p>{ARTICLE}</p></article><footer>{'<br>'.join(FURNITURE)}</footer></body></html>"
    )
    text = html_to_text(html)
    doc = verify_text(text)
    assert sorted(text[c.q_start : c.q_end] for c in doc.claims) == ["12", "40", "52"]


def test_an_article_printed_twice_gives_each_finding_once():
    once = verify_text(ARTICLE + "\n")
    twice = verify_text(ARTICLE + "\n\n" + ARTICLE + "\n")
    assert len(twice.findings) == len(once.findings) == 1
    assert twice.findings[0].status is Status.CONSISTENT


def test_traditional_script_with_glosses_and_full_width_digits():
    text = "參訓學(xué)生由暑假前１３０１１名減至７８７０名。"
    [finding] = [f for f in verify_text(text).findings if f.check == "change"]
    assert finding.status is Status.CONSISTENT
    doc = verify_text(text)
    assert [text[slice(*doc.norm.to_original(c.q_start, c.q_end))] for c in finding.claims] == [
        "１３０１１",
        "７８７０",
    ]


def test_redacted_release_gives_no_mismatch():
    text = "全市现有学校xxxx所,在校生xx.xx万人。经费补助标准由每生每年xxx元提高至xxx元,参与学生占比xx.xx%。"
    statuses = {f.status for f in verify_text(text).findings}
    assert Status.MISMATCH not in statuses and Status.UNVERIFIABLE in statuses


def test_every_number_a_finding_uses_is_a_claim_of_the_result():
    # reports link a finding to its numbers by claim id: a check may not judge numbers the result does not list
    text = (
        "全县小学、初中校际综合差异系数分别为0.412和0.338,均低于国家标准0.50和0.45。"
        "全县学校63所,其中小学41所、初中17所、九年一贯制学校5所,覆盖率95.2%。"
    )
    result = verify_text(text)
    ids = {c.id for c in result.claims}
    assert any(f.check == "comparison" for f in result.findings)
    assert all(c.id in ids for f in result.findings for c in f.claims)
