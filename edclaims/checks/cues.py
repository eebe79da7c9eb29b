"""Cue words the check families read around numbers. Kept together so they are easy to review and extend."""

from __future__ import annotations

import re

REMAINDER = re.compile(r"(其余|剩余|剩下|余下|另有|其他)")
BREAKDOWN = re.compile(r"其中")
RESPECTIVELY = re.compile(r"分别")
TOTAL = re.compile(r"(共计|合计|总计|共有|总共|共)$")
# 已竣工, 已完成, 已投入使用: a subset of something stated before
DONE_PART = re.compile(r"已(?!全部|经全部)")
ALL = re.compile(r"全部|均已|全都")
SCOPE_WHOLE = re.compile(r"(全市|全省|全县|全区|全国|全镇)")
RATE_CHANGE = re.compile(
    r"(增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅|同比|比上年|比去年|增速|减幅|提升|扩大|缩小)"
)
COMPARISON = re.compile(r"(高于|低于|超过|不低于|不高于|目标|任务|要求|控制在|不超过|以内)")
UP = re.compile(r"(提高|增加|增长|上升|提升|扩大|增至|升至|上调|新增|涨)")
DOWN = re.compile(r"(减少|降低|下降|减至|降至|压减|缩减|下调|减|降|回落|缩小)")
CHANGE_FROM = re.compile(r"(由|从)[^,;。由从]{0,12}$")
