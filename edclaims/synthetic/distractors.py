"""Sentences that carry numbers no relation uses: negatives for the tagger, noise for the checker.

Dates, ordinals, document and phone numbers are never tagged (GUIDELINES: Negatives). Approximations,
ranges, worded shares and redacted figures are tagged like any quantity but are no relation's operand;
each such sentence holds one figure only, so that no check can pair it with a neighbour.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from edclaims.synthetic import forms, lexicon
from edclaims.synthetic.builder import Rendered, Sentence
from edclaims.synthetic.context import FamilyContext

Distractor = Callable[[FamilyContext], Sentence]


def date_event(ctx: FamilyContext) -> Sentence:
    rng = ctx.rng
    s = Sentence()
    date = f"{rng.randint(2019, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    s.add(f"{date}，{ctx.place}召开第{rng.choice(lexicon.ORDINALS)}届{rng.choice(lexicon.EVENTS)}。")
    return s


def document(ctx: FamilyContext) -> Sentence:
    rng = ctx.rng
    s = Sentence()
    code = f"〔{rng.randint(2018, 2024)}〕{rng.randint(1, 120)}号"
    s.add(
        f"根据《{rng.choice(lexicon.TITLES)}》（{ctx.place[:2]}教发{code}）要求，“十四五”期间持续推进相关工作。"
    )
    return s


def phone(ctx: FamilyContext) -> Sentence:
    rng = ctx.rng
    s = Sentence()
    number = f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}"
    s.add(f"{rng.choice(('咨询电话', '监督电话', '联系电话'))}：{number}。")
    return s


def enumeration(ctx: FamilyContext) -> Sentence:
    s = Sentence()
    s.add(
        f"下一步，{ctx.place}将着力抓好三方面工作：一是加强统筹，二是压实责任，三是强化督导，进一步推动教育优质均衡发展。"
    )
    return s


def _approx_rendering(ctx: FamilyContext, unit: str) -> tuple[Rendered, str]:
    """An approximate or ranged figure and any untagged word after its unit (左右 / 以上)."""
    rng = ctx.rng
    n = rng.randint(12, 980)
    kind = rng.choice(("近", "约", "多", "余", "超过", "不足", "左右", "range", "wan", "redacted"))
    after = ""
    if kind in ("近", "约", "超过", "不足"):
        text = f"{kind}{n}"
    elif kind in ("多", "余"):
        text = f"{n - n % 10 or 10}{kind}"
    elif kind == "左右":
        text, after = str(n - n % 10 or 10), "左右"
    elif kind == "range":
        low = rng.randint(2, 9)
        text = rng.choice(
            (f"{low}—{low + rng.randint(1, 4)}", forms.chinese(low, False) + forms.chinese(low + 1, False))
        )
        if text[0] == "两" or low == 9:
            text = f"{low}—{low + 2}"
    elif kind == "wan":
        text = f"约{forms.plain(Decimal(rng.randint(11, 99)).scaleb(-1))}万"
    else:
        text = "x" * len(str(n))
    return Rendered(text, unit, None, exact=False, redacted=kind == "redacted"), after


def approximate_fact(ctx: FamilyContext) -> Sentence:
    rng = ctx.rng
    verb, subject, unit = rng.choice(lexicon.APPROX_FACTS)
    rendered, after = _approx_rendering(ctx, unit)
    s = Sentence()
    s.add(rng.choice(("全年", "一年来，", "同时，")) + verb)
    s.add(subject, "SUBJECT")
    s.add(rng.choice(("", "共")))
    s.num(rendered)
    s.add(after + "。")
    return s


def worded_share(ctx: FamilyContext) -> Sentence:
    """近三成 (UNIT 成), 一半 and 翻一番 (QUANTITY alone, no UNIT)."""
    rng = ctx.rng
    s = Sentence()
    kind = rng.choice(("成", "一半", "翻番"))
    if kind == "成":
        s.add("参与课后服务的教师中，")
        s.add("骨干教师", "SUBJECT")
        s.add("占")
        s.num(
            Rendered(
                rng.choice(("近", "约", "")) + forms.chinese(rng.randint(2, 8), False),
                "成",
                None,
                exact=False,
            )
        )
        s.add("。")
    elif kind == "一半":
        s.add(ctx.place)
        s.add("超过一半", "QUANTITY")  # 超过 right before the number belongs to the QUANTITY
        s.add("的学校开设了劳动教育特色课程。")
    else:
        s.add("与五年前相比，优质高中招生计划实现")
        s.add("翻一番", "QUANTITY")
        s.add("。")
    return s


DISTRACTORS: dict[str, Distractor] = {
    "date_event": date_event,
    "document": document,
    "phone": phone,
    "enumeration": enumeration,
    "approximate_fact": approximate_fact,
    "worded_share": worded_share,
}
