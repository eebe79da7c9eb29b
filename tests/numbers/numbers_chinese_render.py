"""A reference renderer of integers in Chinese numerals, written independently of the parser under test."""

DIGIT_CHARS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10000 in positional form with 零 for skipped places (1005 → 一千零五)."""
    out = ""
    gap = False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += DIGIT_CHARS[digit] + name
    return out


def to_chinese(n: int) -> str:
    if n == 0:
        return "零"
    if n < 10000:
        return _section(n)
    for unit, name in ((10**8, "亿"), (10**4, "万")):
        if n >= unit:
            high, low = divmod(n, unit)
            text = to_chinese(high) + name
            if low:
                text += ("零" if low < unit // 10 else "") + to_chinese(low)
            return text
    raise AssertionError("unreachable")
