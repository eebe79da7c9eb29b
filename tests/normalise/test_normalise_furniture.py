"""Step 4: furniture lines go, body sentences stay (even when they contain 电话 or 来源)."""

from __future__ import annotations

import pytest

from edclaims.normalise import normalise
from edclaims.normalise.furniture import drop_furniture
from edclaims.normalise.furniture_rules import is_furniture

# Invented names and numbers, in the shapes pages use.
FURNITURE = [
    "责任编辑:王小明",
    "编辑:赵一",
    "责编:钱二",
    "责 编:孙 三",
    "审 核:李四",
    "审校:周五",
    "统 筹:吴六",
    "总值班:郑七",
    "监制:冯八",
    "校 对:陈九",
    "  【责任编辑:某某】",
    "来源: 某某日报  作者:某某",
    "发布日期:2022年3月4日",
    "发布时间:2022-03-04 10:20",
    "更新时间:2022-3-4 9:05:11    来源:某某网",
    "    2022-3-4 9:05:11    来源:某某网",
    "2022-03-04 10:20:30",
    "关键词:教育责任编辑:某某",
    "分享:",
    "分享到: 微信 微博",
    "二维码",
    "扫一扫在手机上阅读",
    "上一条:关于某某的通知",
    "  • 下一条新闻: 没有了",
    "某某网免责声明:",
    "本网所有稿件,未经许可不得转载。",
    "版权所有:某某日报社",
    "Copyright © 2022 某某网",
    "某ICP备12345678号-1",
    "某公网安备00000000000号",
    "互联网新闻信息服务许可证号:00000000",
    "举报电话:(0000)1234567 举报邮箱:someone@example.com",
    "联系电话:0000-7654321",
    "咨询热线:13800000000",
    "电话:0000-1111111",
    "邮编:000000",
    "地址:某市某路100号",
    "邮箱:someone@example.com",
    "工作时间",
    "联系方式",
    "周一至周五 :8:30-17:30",
    "当前位置: 首页 > 工作动态",
    "您现在的位置: 某某网 > 新闻 > 正文",
    "网站首页 新闻 国内 国际 本地 体育",
    "首页 | 机构 | 公开 | 服务",
    "某某传媒集团  主办",
    "(记者某某某)",
    "（记者 某某 通讯员 某某）",
    "本报记者 王某 通讯员 李某某",
    "现场照片。某某客户端记者 某某 摄",
    "Top",
    "联系我们",
]

BODY = [
    "设立咨询服务站、开通咨询电话;利用官网发布解读信息70余条,受众100万人次。",
    "经费来源于市级财政,共计2805万元。",
    "据记者了解,全市共有幼儿园320所。",
    "记者朋友们:",
    "编辑部共收到来稿1200篇,录用300篇。",
    "审核通过的项目共45个,总投资1.5亿元。",
    "聚焦培根铸魂 突出德育实效",
    "小学 650 720",
    "学段\t学校数\t学生数",
    "2021年,全市新增学位6100个。",
    "本次活动由市教育局主办,参与学生3000人。",
    "版权意识教育进课堂,覆盖学校40所。",
    "许可证办理时间缩短至3个工作日。",
    "问题一:今年的招生计划有什么变化?",
    "谢谢。",
    "通讯员组织学生拍摄",
    "",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", BODY)
def test_body_lines_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_step_drops_whole_lines_with_their_endings() -> None:
    text = "正文一共有12所学校。\r\n责任编辑:某某\r\n正文二有34名教师。\n审 核:某某"
    result = drop_furniture(text)
    assert result.text == "正文一共有12所学校。\r\n正文二有34名教师。\n"


def test_long_body_line_keeps_its_body_and_loses_an_appended_credit() -> None:
    body = (
        "今年全市共新建改扩建中小学幼儿园15所,总建设面积5.92万平方米,新增学位6100个,年底可全部完成建设任务。"
    )
    result = drop_furniture(body + "责任编辑:某某\n下一段。")
    assert result.text == body + "\n下一段。"


def test_traditional_and_fullwidth_labels_are_caught_in_the_pipeline() -> None:
    original = (
        "全縣新增學位800個。\n聯繫電話：０３１８－１２３４５６７\n責任編輯：某某\n諮詢熱線：13800000000"
    )
    assert normalise(original).text == "全县新增学位800个。\n"
