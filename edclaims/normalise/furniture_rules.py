"""Which lines are page furniture (credits, contact blocks, navigation) rather than article text.

The rules run on text that is already half-width and Simplified, so labels end in ":" and
are spelled in Simplified characters; "：" is still accepted for direct use. Every rule is
anchored (line start, a colon, a short line, a page-only phrase) because body sentences
legitimately contain words like 电话 or 来源 — 「开通咨询电话;利用官网……」 must stay.
"""

from __future__ import annotations

import re

# Labels that, at the start of a line and followed by a colon, mark credits, metadata or
# contact details. Pages often space them out (「责 编:」), which the pattern allows.
LINE_LABELS = (
    # editorial credits
    "责任编辑", "编辑", "责编", "编审", "审核", "审校", "审稿", "初审", "复审", "终审", "监制", "校对",
    "总值班", "值班", "统筹", "策划", "来源", "信息来源", "文章来源", "稿件来源", "稿源", "作者",
    "记者", "通讯员", "摄影", "摄像", "供稿", "出品", "制作",
    # article metadata and page chrome
    "发布日期", "发布时间", "更新时间", "更新日期", "发稿时间", "关键词", "关键字", "标签",
    "分享", "分享到", "二维码", "扫一扫", "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数",
    "点击量", "字号", "上一条", "下一条", "上一篇", "下一篇", "免责声明", "版权所有", "版权声明",
    "当前位置", "您现在的位置", "您的位置", "现在位置", "所在位置", "相关链接", "附件",
    # site operator and contact block
    "主办", "主办单位", "承办", "承办单位", "协办", "主管", "主管单位", "技术支持", "网站标识码",
    "备案号", "ICP备案号", "许可证", "举报电话", "举报邮箱", "联系电话", "联系方式", "咨询电话",
    "咨询热线", "服务热线", "热线", "电话", "传真", "邮编", "邮政编码", "地址", "通讯地址",
    "联系地址", "邮箱", "电子邮箱", "E-mail", "Email", "网址", "工作时间", "办公时间",
)  # fmt: skip

# Chrome that needs no colon: a line starting with one of these is never article text.
_PREFIX_CHROME = (
    "上一条", "下一条", "上一篇", "下一篇", "当前位置", "您现在的位置", "您的位置", "现在的位置",
    "免责声明", "版权声明", "版权所有", "扫一扫", "返回顶部", "打印本页", "关闭窗口",
)  # fmt: skip

# A whole line that is just one of these words is a leftover button or heading of the chrome.
_BARE_CHROME = frozenset(
    (*LINE_LABELS, "Top", "TOP", "top", "返回顶部", "打印", "关闭", "打印本页", "关闭窗口", "【打印】",
     "【关闭】", "收藏", "首页", "网站首页", "联系我们", "相关新闻", "相关阅读", "推荐阅读", "热点推荐",
     "网站地图", "English")
)  # fmt: skip

# Phrases that only ever appear in a site's footer, wherever they are in the line.
_FOOTER_ANYWHERE = re.compile(
    r"ICP\s*备|ICP\s*证|公网安备|许可证号|许可证\s*[:：]|版权所有|Copyright|©|All Rights Reserved"
    r"|网站标识码|技术支持\s*[:：]",
    re.IGNORECASE,
)

# Phrases of page chrome that, in a short line without sentence punctuation, mark the line.
_SHORT_CHROME = re.compile(
    r"免责声明|扫一扫|二维码|微信公众号|客户端|上一条|下一条|上一篇|下一篇|联系我们|返回顶部|分享到"
    r"|举报中心"
)

# Reprint disclaimers are full sentences, so they are recognised by phrase in any short line.
_DISCLAIMER = re.compile(r"未经(?:许可|授权)|不得转载|请勿转载|转载请注明|不代表本网观点|稿酬|如有异议")
_DISCLAIMER_MAX = 60
_SHORT_CHROME_MAX = 40

# Contact details anywhere in a line without sentence punctuation: 「……举报电话:(0391)8797000」.
_CONTACT = re.compile(r"(?:电话|热线|邮箱|邮编|传真|网站|地址)\s*[:：]")
_CONTACT_MAX = 120

# Metadata rows such as 「2024-3-6 9:43:48    来源:焦作日报」: a label after a gap, then a colon.
_META_LABELS = (
    "来源", "作者", "记者", "编辑", "责任编辑", "发布时间", "更新时间", "发布日期", "浏览次数",
    "点击数", "阅读量", "字号", "分享",
)  # fmt: skip
_META_MAX = 80

# Credits that end a line: 「关键词:张家口责任编辑:郑世繁」 or a body line with a credit appended.
_TAIL_CREDIT_LABELS = ("责任编辑", "责编", "编审", "审核", "审校", "终审", "监制", "校对")
_TAIL_CREDIT_MAX_NAME = 16
# When the text before a trailing credit is at most this long the whole line is chrome.
_TAIL_CREDIT_SHORT_PREFIX = 40

_SENTENCE_PUNCT = re.compile(r"[,。;!?，；！？]")
_LEADING_JUNK = " \t\r\xa0\u3000•·●◆■□▪▶►*-–—|>»"
_DATE_ONLY = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_WEEKDAY = "周[一二三四五六日天]"
_OFFICE_HOURS = re.compile(rf"{_WEEKDAY}\s*(?:至|到|-|~|—)\s*{_WEEKDAY}\s*[:：]?\s*\d{{1,2}}:\d{{2}}")
# 「(记者某某某)」 or a bare byline 「本报记者 某某 通讯员 某某」: names are 2-4 characters.
_REPORTER = r"(?:本报|特约)?(?:记者|通讯员|实习生)"
_NAME = r"[^\s:：]{2,4}"
_REPORTER_CREDIT = re.compile(
    rf"[(（]\s*{_REPORTER}[^()（）:：]{{0,30}}[)）]|{_REPORTER}\s*{_NAME}(?:\s+{_REPORTER}?\s*{_NAME})*"
)
# 「记者 某某 摄」, but not a sentence ending in 拍摄/航拍摄/录摄.
_PHOTO_CREDIT = re.compile(r".{0,40}(?:记者|摄影|通讯员).{0,12}(?<![拍航录])摄")
_OPERATOR_TAIL = re.compile(r".{0,30}\s(?:主办|承办|协办|主管)")
_NAV_SPLIT = re.compile(r"[\s|｜/>»]+")


def _spaced(word: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in word)


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so that 责任编辑 is tried before 编辑.
    return "|".join(_spaced(word) for word in sorted(set(words), key=len, reverse=True))


_LABEL_AT_START = re.compile(rf"[【\[]?\s*(?:{_alternation(LINE_LABELS)})\s*[】\]]?\s*[:：]", re.IGNORECASE)
_META_IN_LINE = re.compile(rf"(?:^|\s|[|】])(?:{_alternation(_META_LABELS)})\s*[:：]")
_TAIL_CREDIT = re.compile(
    rf"(?:{'|'.join(_TAIL_CREDIT_LABELS)}|(?:^|(?<=[\s。!?”」)]))编辑)"
    rf"\s*[:：]\s*[^\s,。;!?，；！？:：]{{1,{_TAIL_CREDIT_MAX_NAME}}}"
    r"(?:\s+[^\s,。;!?，；！？:：]{1,8}){0,3}\s*$"
)


def is_furniture(line: str) -> bool:
    """True if the whole line is page furniture and must not reach the tagger."""
    core = line.strip().lstrip(_LEADING_JUNK).strip()
    if not core:
        return False
    if (
        _LABEL_AT_START.match(core)
        or core.startswith(_PREFIX_CHROME)
        or _is_bare_chrome(core)
        or _FOOTER_ANYWHERE.search(core)
        or _DATE_ONLY.fullmatch(core)
        or _OFFICE_HOURS.match(core)
        or _PHOTO_CREDIT.fullmatch(core)
        or _is_navigation_row(core)
        or (len(core) <= _DISCLAIMER_MAX and _DISCLAIMER.search(core))
    ):
        return True
    tail = credit_tail_start(core)
    if tail is not None and tail <= _TAIL_CREDIT_SHORT_PREFIX:
        return True
    # The remaining rules look for words that body sentences can contain too, so they only
    # apply to lines that are not sentences.
    if _SENTENCE_PUNCT.search(core):
        return False
    return _is_short_chrome(core) or _is_credit_or_contact(core)


def credit_tail_start(line: str) -> int | None:
    """Offset in ``line`` where a trailing credit (「……责任编辑:郑某」) starts, if there is one."""
    match = _TAIL_CREDIT.search(line)
    return match.start() if match else None


def _is_bare_chrome(core: str) -> bool:
    word = re.sub(r"\s+", "", core).rstrip(":：")
    return word in _BARE_CHROME


def _is_short_chrome(core: str) -> bool:
    return len(core) <= _SHORT_CHROME_MAX and _SHORT_CHROME.search(core) is not None


def _is_credit_or_contact(core: str) -> bool:
    return bool(
        (len(core) <= _CONTACT_MAX and _CONTACT.search(core))
        or (len(core) <= _META_MAX and _META_IN_LINE.search(core))
        or _REPORTER_CREDIT.fullmatch(core)
        or _OPERATOR_TAIL.fullmatch(core)
    )


def _is_navigation_row(core: str) -> bool:
    # Rows of short link words: 「网站首页 新闻 国内 国际 河南 焦作」. Table rows are tab-separated
    # and rows with digits may carry figures, so neither is ever treated as navigation.
    if "\t" in core or any(ch.isdigit() for ch in core) or _SENTENCE_PUNCT.search(core):
        return False
    if len(core) > 80:
        return False
    tokens = [token for token in _NAV_SPLIT.split(core) if token]
    longest = max((len(token) for token in tokens), default=0)
    return (len(tokens) >= 4 and longest <= 6) or (len(tokens) >= 3 and longest <= 4)
