"""SUBJECT spans: what a quantity counts or measures, found with jieba's words and parts of speech.

Chinese releases put the subject either after a measure word (「4876个行政村」) or before the number
(「覆盖的行政村共4835个」「覆盖率99.2%」「受益学生19.66万人」). We look after the unit first for counts,
then backwards over linking words (共, 达到, 为 …) to the nearest noun phrase in the same clause.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.resources import files

import jieba
import jieba.posseg

# words between a subject and its number that carry no meaning for the subject itself
LINK_WORDS = frozenset(
    "共 共有 共计 合计 总计 累计 达 达到 达到了 高达 为 是 有 计 约 近 将近 已 已有 已达 全部 均 分别 分别为 各 超过 逾 "
    "增至 增加 增加到 增加至 提高 提高到 提高至 占 仅 只有 还有 另有 其中 其中有 共同 总共 总数为 人数为 合计为 "
    "不足 不到 左右 以上 多达 至 到".split()
)
# words that scope a figure (where, when) rather than name what is counted; they end a subject
SCOPE_WORDS = frozenset(
    "全市 全省 全县 全区 全国 我市 本市 我省 各地 今年 去年 目前 当前 年底 全年 其中 其余 剩余 另有 累计 近两年 近年来 "
    "截至 截止 同比 比 较 上年 去年同期".split()
)
# l: set phrases such as 学前教育/义务教育, which name what is counted as often as nouns do
NOUN_FLAGS = frozenset("n nr nrt ns nt nz ng vn j b an nrfg l".split())
MAX_TOKENS = 4
MAX_CHARS = 14


@cache
def _initialise() -> None:
    # jieba prints its cache building to stderr at first use; users should not see that
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    jieba.load_userdict(str(files("edclaims") / "data" / "jieba_user_dict.txt"))


def _tokens(text: str) -> list[tuple[str, str, int]]:
    _initialise()
    out: list[tuple[str, str, int]] = []
    pos = 0
    for pair in jieba.posseg.cut(text, HMM=False):
        word, flag = pair.word, pair.flag
        out.append((word, flag, pos))
        pos += len(word)
    return out


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, part of speech) of every jieba word of the text."""
    return [(pos, pos + len(word), flag) for word, flag, pos in _tokens(text)]


def _is_nounish(word: str, flag: str) -> bool:
    if word in SCOPE_WORDS or word in LINK_WORDS:
        return False
    if any(ch.isdigit() for ch in word) or word.strip() != word:
        return False
    return flag in NOUN_FLAGS


def subject_before(text: str, clause_start: int, q_start: int) -> tuple[int, int] | None:
    """The noun phrase ending just before a number (skipping linking words), as offsets into text."""
    tokens = _tokens(text[clause_start:q_start])
    collected: list[tuple[str, int]] = []
    for word, flag, pos in reversed(tokens):
        if not collected and (word in LINK_WORDS or (flag in {"d", "uj", "ul"} and len(word) == 1)):
            continue
        if _is_nounish(word, flag) and len(collected) < MAX_TOKENS:
            if sum(len(w) for w, _ in collected) + len(word) > MAX_CHARS:
                break
            collected.append((word, pos))
            continue
        break
    if not collected:
        return None
    word, first = collected[-1]
    last_word, last_pos = collected[0]
    return clause_start + first, clause_start + last_pos + len(last_word)


def subject_after(text: str, unit_end: int, clause_end: int) -> tuple[int, int] | None:
    """The noun phrase right after a measure word (「4876个行政村」), as offsets into text."""
    tokens = _tokens(text[unit_end:clause_end])
    end = None
    count = 0
    for word, flag, pos in tokens:
        if _is_nounish(word, flag) and count < MAX_TOKENS and pos + len(word) <= MAX_CHARS:
            end = pos + len(word)
            count += 1
            continue
        break
    if end is None:
        return None
    return unit_end, unit_end + end
