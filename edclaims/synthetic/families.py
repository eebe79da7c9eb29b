"""Sentence families: each writes one or two sentences and the relations its figures stand in.

A family first fixes consistent values, then (when asked) breaks exactly one operand that belongs to
one relation only, so that a planted mismatch never silently breaks a neighbouring relation too.
Operands of relations are always exact figures; approximations only appear in `distractors`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from edclaims.synthetic import forms, lexicon
from edclaims.synthetic.builder import NumberRef, Relation, Rendered, Sentence
from edclaims.synthetic.context import FamilyContext, FamilyOutput, show, verdict

Family = Callable[[FamilyContext], FamilyOutput | None]


def _maybe_redact(ctx: FamilyContext, values: list[Rendered]) -> list[Rendered]:
    """With a small chance, withhold one of the figures (the relation becomes unverifiable)."""
    if not ctx.redacts():
        return values
    i = ctx.rng.randrange(len(values))
    return [forms.redact(v) if j == i else v for j, v in enumerate(values)]


def _count_topic(ctx: FamilyContext) -> lexicon.CountTopic | None:
    free = ctx.free([t.noun for t in lexicon.COUNT_TOPICS])
    if not free:
        return None
    noun = ctx.take(ctx.rng.choice(free))
    return next(t for t in lexicon.COUNT_TOPICS if t.noun == noun)


def coverage(ctx: FamilyContext) -> FamilyOutput | None:
    """「N个行政村中，…的行政村共P个，覆盖率X%，其余R个行政村…，其中a个…，b个…」 (percent, remainder, sum)."""
    topic = _count_topic(ctx)
    if topic is None:
        return None
    rng, u = ctx.rng, topic.unit
    whole = rng.randint(max(topic.low, 20), topic.high)
    part = rng.randint(whole * 6 // 10, whole - 4)
    places = rng.choice((0, 1, 1, 2))
    stated_pct = forms.round_percent(Decimal(part) * 100 / Decimal(whole), places)
    pct_broken = ctx.breaks()
    if pct_broken:
        shift = ctx.steps() * Decimal(1).scaleb(-places)
        # keep the planted figure a plausible share: flip the shift rather than leave 0..100
        stated_pct += shift if 0 < stated_pct + shift <= 100 else -shift
    w, p = forms.count(whole, u, rng, chinese_ok=False), forms.count(part, u, rng, chinese_ok=False)
    pct = forms.percent(stated_pct, rng, worded_ok=places == 0)
    w, p, pct = _maybe_redact(ctx, [w, p, pct])

    s = Sentence()
    s.add(ctx.place + rng.choice(("农村", "", "现有")))
    w_ref = s.num(w, "whole")
    s.add(topic.noun, "SUBJECT")
    s.add("中，" + rng.choice(topic.qualifiers))
    s.add(topic.noun, "SUBJECT")
    s.add("共")
    p_ref = s.num(p, "part")
    s.add("，")
    s.add(topic.rate, "SUBJECT")
    s.add("达到" if pct.unit_first else rng.choice(("", "为", "达")))
    pct_ref = s.num(pct, "percent")
    refs = [w_ref, p_ref, pct_ref]
    relations = [
        Relation(
            "percent_of_whole",
            refs,
            verdict(refs, pct_broken),
            f"{part}/{whole}*100 -> {show(pct.value)}%",
        )
    ]
    if rng.random() < 0.7:
        rest = whole - part
        rest_broken = ctx.breaks()
        if rest_broken:
            rest = max(1, rest + ctx.steps(1, 3)) if rest > 4 else rest + ctx.rng.randint(1, 3)
        r = forms.count(rest, u, rng)
        s.add("，其余")
        r_ref = s.num(r, "remainder")
        s.add(topic.noun, "SUBJECT")
        refs = [w_ref.as_role("whole"), p_ref.as_role("part"), r_ref]
        relations.append(
            Relation("remainder", refs, verdict(refs, rest_broken), f"{whole}-{part}={show(r.value)}")
        )
        if rest >= 4 and rng.random() < 0.6:
            s.add(rng.choice(lexicon.REST_STATES))
            relations.append(_items_of(ctx, s, r_ref.as_role("total"), rest, u))
        else:
            s.add(rng.choice(lexicon.REST_STATES))
    s.add("。")
    return FamilyOutput([s], relations)


def _items_of(ctx: FamilyContext, s: Sentence, total_ref: NumberRef, total: int, unit: str) -> Relation:
    """「，其中a个…，b个…」 breaking down a count that is already written."""
    rng = ctx.rng
    a = rng.randint(1, total - 1)
    b = total - a
    broken = ctx.breaks()
    if broken:
        b += rng.randint(1, 4)  # over the total: the one error a breakdown can never excuse
    first, second = rng.choice(lexicon.ITEM_STATES)
    s.add("，其中" + rng.choice(("", "有")))
    ra = s.num(forms.count(a, unit, rng), "item")
    s.add(first + "，")
    rb = s.num(forms.count(b, unit, rng), "item")
    s.add(second)
    refs = [total_ref, ra, rb]
    return Relation("sum", refs, verdict(refs, broken), f"{a}+{b}={total}")


def remainder_list(ctx: FamilyContext) -> FamilyOutput | None:
    """「共有中小学校N所，已…的A所，…的B所，其余R所…」."""
    topic = _count_topic(ctx)
    if topic is None:
        return None
    rng, u = ctx.rng, topic.unit
    whole = rng.randint(max(topic.low, 30), topic.high)
    a = rng.randint(whole // 5, whole // 2)
    b = rng.randint(1, whole - a - 2)
    rest = whole - a - b
    broken = ctx.breaks()
    if broken:
        rest += rng.randint(1, 5) * rng.choice((-1, 1)) if rest > 5 else rng.randint(1, 5)
    vals = _maybe_redact(ctx, [forms.count(x, u, rng) for x in (whole, a, b, rest)])
    q1, q2 = rng.sample(topic.qualifiers, 2)
    s = Sentence()
    s.add(ctx.place + rng.choice(("共有", "现有")))
    s.add(topic.noun, "SUBJECT")
    w = s.num(vals[0], "whole")
    s.add("，" + q1)
    ra = s.num(vals[1], "part")
    s.add("，" + q2)
    rb = s.num(vals[2], "part")
    s.add("，其余")
    rr = s.num(vals[3], "remainder")
    s.add(topic.noun, "SUBJECT")  # named again, as releases do, so the rest is tied to the whole
    s.add(rng.choice(lexicon.REST_STATES) + "。")
    refs = [w, ra, rb, rr]
    return FamilyOutput(
        [s], [Relation("remainder", refs, verdict(refs, broken), f"{whole}-{a}-{b}={show(vals[3].value)}")]
    )


def sum_money(ctx: FamilyContext) -> FamilyOutput | None:
    """「共投入教育经费3854.8万元，其中中央资金…万元，省级资金…万元」."""
    free = ctx.free([f[0] for f in lexicon.FUNDS])
    if not free:
        return None
    fund = ctx.take(ctx.rng.choice(free))
    sources = next(f[1] for f in lexicon.FUNDS if f[0] == fund)
    rng = ctx.rng
    n = rng.choice((2, 2, 3))
    in_yi = rng.random() < 0.2
    places = 0 if in_yi else rng.choice((0, 1, 2))
    # amounts count the items' last stated place: 0.01万 at places=2; 100万 (0.01亿) when the total is in 亿
    amounts = [
        rng.randint(20, 400) if in_yi else rng.randint(50, 9000) * 10**places + rng.randint(0, 10**places - 1)
        for _ in range(n)
    ]
    total = sum(amounts)
    broken = ctx.breaks()
    if broken:
        amounts[-1] += rng.randint(n + 2, n + 20)  # over the total by more than the rounding of all figures
    if in_yi:
        items = [forms.wan(a * 100, 0) for a in amounts]
        total_r = forms.yi(total, 2)
    else:
        items = [forms.wan(a, places) for a in amounts]
        total_r = forms.wan(total, places)
    total_r, *items = _maybe_redact(ctx, [total_r, *items])
    s = Sentence()
    s.add(ctx.place + rng.choice(("全年共投入", "累计投入", "共落实")))
    s.add(fund, "SUBJECT")
    t_ref = s.num(total_r, "total")
    s.add("，其中")
    refs = [t_ref]
    for i, (source, item) in enumerate(zip(sources, items, strict=False)):
        if i:
            s.add("，")
        s.add(source, "SUBJECT")
        refs.append(s.num(item, "item"))
    s.add("。")
    shown = "+".join(show(i.value) for i in items)
    return FamilyOutput([s], [Relation("sum", refs, verdict(refs, broken), f"{shown}={show(total_r.value)}")])


def sum_respectively(ctx: FamilyContext) -> FamilyOutput | None:
    """「共有幼儿园N所，其中城区和农村分别为a所、b所」."""
    topic = _count_topic(ctx)
    if topic is None:
        return None
    rng, u = ctx.rng, topic.unit
    total = rng.randint(topic.low, topic.high)
    a = rng.randint(total // 4, total * 3 // 4)
    b = total - a
    broken = ctx.breaks()
    if broken:
        b += rng.randint(1, 9)
    t, ra, rb = _maybe_redact(
        ctx, [forms.count(total, u, rng), forms.count(a, u, rng), forms.count(b, u, rng)]
    )
    x, y = rng.choice((("城区", "农村"), ("县城", "乡镇"), ("公办", "民办")))
    s = Sentence()
    s.add(ctx.place + "共有")
    s.add(topic.noun, "SUBJECT")
    t_ref = s.num(t, "total")
    s.add(f"，其中{x}和{y}分别为")
    a_ref = s.num(ra, "item")
    s.add("、")
    b_ref = s.num(rb, "item")
    s.add("。")
    refs = [t_ref, a_ref, b_ref]
    return FamilyOutput([s], [Relation("sum", refs, verdict(refs, broken), f"{a}+{b}={total}")])


def _project(ctx: FamilyContext) -> tuple[str, str, str, str] | None:
    free = ctx.free([p[0] for p in lexicon.PROJECTS])
    if not free:
        return None
    noun = ctx.take(ctx.rng.choice(free))
    return next(p for p in lexicon.PROJECTS if p[0] == noun)


def sum_total_after(ctx: FamilyContext) -> FamilyOutput | None:
    """「新建公办幼儿园a所、改扩建公办幼儿园b所，共计T所」: a list, then its total."""
    project = _project(ctx)
    if project is None:
        return None
    noun, u, _, _ = project
    rng = ctx.rng
    verbs = rng.sample(("新建", "改扩建", "维修改造"), rng.choice((2, 3)))
    values = [rng.randint(2, 60) for _ in verbs]
    total = sum(values)
    broken = ctx.breaks()
    if broken:
        total -= rng.randint(1, min(values))  # the items then add up to more than the total
    rendered = _maybe_redact(ctx, [forms.count(v, u, rng) for v in values] + [forms.count(total, u, rng)])
    s = Sentence()
    s.add(rng.choice(("今年", "年内", "")) + ctx.place)
    refs: list[NumberRef] = []
    for i, (verb, r) in enumerate(zip(verbs, rendered, strict=False)):
        s.add(("、" if i else "") + verb)
        s.add(noun, "SUBJECT")
        refs.append(s.num(r, "item"))
    s.add("，" + rng.choice(("共计", "合计", "总计")))
    t_ref = s.num(rendered[-1], "total")
    s.add("。")
    refs = [t_ref, *refs]
    shown = "+".join(str(v) for v in values)
    return FamilyOutput([s], [Relation("sum", refs, verdict(refs, broken), f"{shown}={total}")])


def plan_progress(ctx: FamilyContext) -> FamilyOutput | None:
    """「计划新建公办幼儿园N所，目前已完工M所」."""
    project = _project(ctx)
    if project is None:
        return None
    noun, u, plan, done = project
    rng = ctx.rng
    whole = rng.randint(5, 120)
    part = rng.randint(1, whole)
    broken = ctx.breaks()
    if broken:
        part = whole + rng.randint(1, 9)
    w, p = _maybe_redact(ctx, [forms.count(whole, u, rng), forms.count(part, u, rng)])
    s = Sentence()
    s.add(f"{ctx.place}计划{plan}")
    s.add(noun, "SUBJECT")
    w_ref = s.num(w, "whole")
    s.add(f"，{rng.choice(('目前', '截至目前', '年内'))}已{done}")
    p_ref = s.num(p, "part")
    s.add("。")
    refs = [w_ref, p_ref]
    return FamilyOutput([s], [Relation("part_le_whole", refs, verdict(refs, broken), f"{part}<={whole}")])


def all_parts(ctx: FamilyContext) -> FamilyOutput | None:
    """「8所公办幼儿园已全部完工，5所已投入使用，3所正在完善配套设施」."""
    project = _project(ctx)
    if project is None:
        return None
    noun, u, _, done = project
    rng = ctx.rng
    whole = rng.randint(3, 40)
    a = rng.randint(1, whole)
    b = rng.randint(1, whole)
    broken = ctx.breaks()
    if broken:
        a = whole + rng.randint(1, 9)
    w, ra, rb = _maybe_redact(
        ctx, [forms.count(whole, u, rng), forms.count(a, u, rng), forms.count(b, u, rng)]
    )
    s = Sentence()
    s.add(ctx.place)
    w_ref = s.num(w, "whole")
    s.add(noun, "SUBJECT")
    s.add(f"已全部{done}，")
    a_ref = s.num(ra, "part")
    s.add("已投入使用，")
    b_ref = s.num(rb, "part")
    s.add(rng.choice(("正在完善配套设施", "正在进行设备调试", "正在组织验收")) + "。")
    refs = [w_ref, a_ref, b_ref]
    return FamilyOutput(
        [s], [Relation("part_le_whole", refs, verdict(refs, broken), f"{a}<={whole}, {b}<={whole}")]
    )


def scope_total(ctx: FamilyContext) -> FamilyOutput | None:
    """「今年我县新认定幼儿园a所，全县幼儿园达到T所」: a subset, then the whole jurisdiction's total."""
    topic = _count_topic(ctx)
    if topic is None:
        return None
    rng, u = ctx.rng, topic.unit
    whole = rng.randint(topic.low, topic.high)
    part = rng.randint(1, max(1, whole // 5))
    broken = ctx.breaks()
    if broken:
        part = whole + rng.randint(1, 50)
    p, w = _maybe_redact(ctx, [forms.count(part, u, rng), forms.count(whole, u, rng)])
    s = Sentence()
    s.add("今年" + rng.choice(lexicon.SELF_PLACES[ctx.scope[-1]]) + rng.choice(("新认定", "新增")))
    s.add(topic.noun, "SUBJECT")
    p_ref = s.num(p, "part")
    s.add("，" + ctx.scope)
    s.add(topic.noun, "SUBJECT")
    s.add("达到")
    w_ref = s.num(w, "whole")
    s.add("。")
    refs = [w_ref, p_ref]
    return FamilyOutput([s], [Relation("part_le_whole", refs, verdict(refs, broken), f"{part}<={whole}")])


def topic_restatement(ctx: FamilyContext) -> FamilyOutput | None:
    """「今年共实施建设项目15个。15个建设项目中，已竣工13个」 (restatement + part_le_whole)."""
    project = _project(ctx)
    if project is None:
        return None
    noun, u, plan, done = project
    rng = ctx.rng
    whole = rng.randint(5, 90)
    restated = whole
    re_broken = ctx.breaks()
    if re_broken:
        restated = whole + ctx.steps(1, 4)
    part = rng.randint(1, min(whole, restated))
    part_broken = ctx.breaks()
    if part_broken:
        part = restated + rng.randint(1, 5)
    first, second, p = _maybe_redact(
        ctx,
        [
            forms.count(whole, u, rng),
            forms.count(restated, u, rng, chinese_ok=False),
            forms.count(part, u, rng),
        ],
    )
    s1 = Sentence()
    s1.add(f"{ctx.place}今年共{plan}")
    s1.add(noun, "SUBJECT")
    r1 = s1.num(first, "before")
    s1.add("。")
    s2 = Sentence()
    r2 = s2.num(second, "after")
    s2.add(noun, "SUBJECT")
    s2.add(f"中，已{done}")
    rp = s2.num(p, "part")
    s2.add("，其余正在加快推进。")
    refs = [r1, r2]
    prefs = [r2.as_role("whole"), rp]
    return FamilyOutput(
        [s1, s2],
        [
            Relation("restatement", refs, verdict(refs, re_broken), f"{whole}=={restated}", "topic restated"),
            Relation("part_le_whole", prefs, verdict(prefs, part_broken), f"{part}<={restated}"),
        ],
    )


def lead_restatement(ctx: FamilyContext) -> FamilyOutput | None:
    """A lead sentence at the top restating a figure of the body in the same words."""
    free = ctx.free([r[1] for r in lexicon.RESTATED])
    if not free:
        return None
    subject = ctx.take(ctx.rng.choice(free))
    verb, _, u, low, high, tail = next(r for r in lexicon.RESTATED if r[1] == subject)
    rng = ctx.rng
    value = rng.randint(low, high)
    if rng.random() < 0.3 and value >= 10000:
        value -= value % 1000  # a round figure the lead may write in 万
    body_value = value
    broken = ctx.breaks()
    if broken:
        body_value = value + ctx.steps(1, 9)
    if broken or rng.random() < 0.5:
        lead_r, body_r = (
            Rendered(str(value), u, Decimal(value)),
            Rendered(str(body_value), u, Decimal(body_value)),
        )
    else:
        lead_r, body_r = (
            forms.count(value, u, rng, chinese_ok=False),
            forms.count(body_value, u, rng, chinese_ok=False),
        )
    lead_r, body_r = _maybe_redact(ctx, [lead_r, body_r])
    lead = Sentence()
    lead.add(ctx.place + verb)
    lead.add(subject, "SUBJECT")
    r1 = lead.num(lead_r, "before")
    lead.add(f"，{tail}。")
    body = Sentence()
    body.add(f"今年，{ctx.place}{verb}")
    body.add(subject, "SUBJECT")
    r2 = body.num(body_r, "after")
    body.add(f"，{tail}。")
    refs = [r1, r2]
    return FamilyOutput(
        [body],
        [
            Relation(
                "restatement", refs, verdict(refs, broken), f"{value}=={body_value}", "lead restates body"
            )
        ],
        lead=lead,
    )


def change(ctx: FamilyContext) -> FamilyOutput | None:
    """「资助标准由650元提高到720元，增加了70元」 / 「覆盖率由85.3%提高到91.8%，提高了6.5个百分点」."""
    rng = ctx.rng
    use_percent = rng.random() < 0.3
    if use_percent:
        free = ctx.free(list(lexicon.PERCENT_CHANGES))
        if not free:
            return None
        subject, u, rises = ctx.take(rng.choice(free)), "%", True
        a = Decimal(rng.randint(600, 940)) / 10
        b = a + Decimal(rng.randint(5, 55)) / 10
    else:
        free = ctx.free([c[0] for c in lexicon.CHANGES])
        if not free:
            return None
        subject = ctx.take(rng.choice(free))
        _, u, low, high, rises = next(c for c in lexicon.CHANGES if c[0] == subject)
        ai = rng.randint(low, high)
        step = max(1, ai * rng.randint(5, 40) // 100)
        a, b = Decimal(ai), Decimal(ai + step if rises else ai - step)
    broken = ctx.breaks()
    if broken:
        a, b = b, a  # the verb now says the opposite of what the figures do
    verb = rng.choice(lexicon.UP_VERBS if rises else lexicon.DOWN_VERBS)
    if use_percent:
        ra, rb = Rendered(forms.plain(a), u, a), Rendered(forms.plain(b), u, b)
    else:
        ra, rb = forms.count(int(a), u, rng, chinese_ok=False), forms.count(int(b), u, rng, chinese_ok=False)
    ra, rb = _maybe_redact(ctx, [ra, rb])
    s = Sentence()
    s.add(rng.choice(("", "近三年来，", "与上年相比，")))
    s.add(subject, "SUBJECT")
    s.add("由")
    ref_a = s.num(ra, "before")
    s.add(verb)
    ref_b = s.num(rb, "after")
    direction = "rise" if rises else "fall"
    refs = [ref_a, ref_b]
    relations = [
        Relation("change", refs, verdict(refs, broken), f"{show(a)}->{show(b)}, {verb} says a {direction}")
    ]
    if rng.random() < 0.6:
        relations.append(_stated_delta(ctx, s, ref_a, ref_b, a, b, use_percent, rises))
    s.add("。")
    return FamilyOutput([s], relations)


def _stated_delta(
    ctx: FamilyContext,
    s: Sentence,
    ref_a: NumberRef,
    ref_b: NumberRef,
    a: Decimal,
    b: Decimal,
    use_percent: bool,
    rises: bool,
) -> Relation:
    """「，增加了70元」 / 「，增长10.8%」 / 「，提高了6.5个百分点」 after a change."""
    rng = ctx.rng
    up = "提高了" if rises else "下降了"
    diff = abs(b - a)
    broken = ctx.breaks()
    if use_percent:
        role, stated = "rate", diff
        if broken:
            stated += Decimal(rng.randint(3, 9)) / 10
        rendered, word, unit_note = forms.points(stated), up, "个百分点"
    elif rng.random() < 0.5:
        role, stated = "delta", diff
        if broken:
            stated += rng.randint(2, 9)
        rendered = forms.count(int(stated), ref_a.rendered.unit, rng, chinese_ok=False)
        word, unit_note = ("增加了" if rises else "减少了"), ""
    else:
        role, places = "rate", rng.choice((1, 2))
        stated = forms.round_percent(diff * 100 / a, places)
        if broken:
            stated += rng.randint(3, 9) * Decimal(1).scaleb(-places)
        rendered, word, unit_note = (
            Rendered(forms.plain(stated), "%", stated),
            ("增长" if rises else "下降"),
            "%",
        )
    if ref_a.rendered.redacted or ref_b.rendered.redacted:
        broken = False
    s.add("，" + word)
    ref_d = s.num(rendered, role)
    refs = [ref_a, ref_b, ref_d]
    # a stated amount in the figures' own unit is the change check's; a rate or points are growth's
    kind = "change" if role == "delta" else "growth"
    computed = f"|{show(b)}-{show(a)}| -> {show(stated)}{unit_note}"
    if kind == "growth":
        # the benchmark's schema: the rate in role "rate", points or percent said in `computed`; no direction,
        # since a verb flipped on purpose is the change relation's mismatch, not this one's
        computed += f" ({'points' if use_percent else 'percent'})"
    return Relation(kind, refs, verdict(refs, broken), computed)


RELATION_FAMILIES: dict[str, Family] = {
    "coverage": coverage,
    "remainder_list": remainder_list,
    "sum_money": sum_money,
    "sum_respectively": sum_respectively,
    "sum_total_after": sum_total_after,
    "plan_progress": plan_progress,
    "all_parts": all_parts,
    "scope_total": scope_total,
    "topic_restatement": topic_restatement,
    "lead_restatement": lead_restatement,
    "change": change,
}
