"""The relations markup of annotations/src/relations_heldout.txt: offsets, values and every refusal."""

from __future__ import annotations

import re

import pytest

from edclaims.benchmark.markup import MarkupError, parse_relations_markup

SOURCE = """# a comment
== r1 | 学前教育 | 工作总结
全县共有幼儿园{{a|126所}}，其中公办幼儿园{{b|78所}}，占{{c|61.9%}}。
资助学生{{d|两千三百名|2300}}，资金{{e|1886万元}}，人均{{f|8200元}}。
> percent_of_whole consistent whole=a part=b percent=c | 78/126=61.90% -> 61.9% | first paragraph
> average consistent total=e count=d average=f | 18860000/2300=8200

== r2 | 资助 | 新闻
共发放资金{{g|9300多万元}}，其中{{h|5200万元}}、{{i|4150万元}}；某项{{x|xx万元}}，另有{{y|３２０萬元}}。
> sum consistent total=g item=h item=i | 9350万
> part_le_whole unverifiable whole=x part=y | redacted
"""


def test_offsets_values_and_meta():
    first, second = parse_relations_markup(SOURCE)
    assert first["meta"] == {
        "id": "r1",
        "split": "heldout",
        "source": "gold-relations",
        "topic": "学前教育",
        "style": "工作总结",
    }
    assert first["spans"] == []
    assert "{{" not in first["text"] and first["text"].count("\n") == 1
    for record in (first, second):
        for relation in record["relations"]:
            for number in relation["numbers"]:
                assert record["text"][number["start"] : number["end"]] == number["text"]
    percent = first["relations"][0]
    assert [(n["role"], n["value"]) for n in percent["numbers"]] == [
        ("whole", 126),
        ("part", 78),
        ("percent", "61.9"),
    ]
    assert percent["computed"] == "78/126=61.90% -> 61.9%" and percent["note"] == "first paragraph"
    assert [n["value"] for n in first["relations"][1]["numbers"]] == [18_860_000, 2300, 8200]
    values = {n["text"]: n["value"] for r in second["relations"] for n in r["numbers"]}
    assert values == {
        "9300多万元": 93_000_000,
        "5200万元": 52_000_000,
        "4150万元": 41_500_000,
        "xx万元": None,
        "３２０萬元": 3_200_000,
    }


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("全县{{a|3所}}\n", 1, "before the first"),
        ("== r1\n全县{{a|3所}}\n> sum consistent total=a\n", 3, "needs 2–99 'item'"),
        ("== r1\n全县{{a|3所}}\n> shape consistent part=a\n", 3, "unknown kind"),
        ("== r1\n全县{{a|3所}}\n> bounds fine percent=a\n", 3, "unknown verdict"),
        ("== r1\n全县{{a|3所}}\n> bounds consistent whole=a\n", 3, "role one of percent"),
        ("== r1\n全县{{a|3%}}\n> bounds consistent percent=b\n", 3, "no mark 'b'"),
        ("== r1\n全县{{a|3%}}{{b|4%}}\n> bounds consistent percent=a\n", 2, "'b' (4%) is in no relation"),
        ("== r1\n全县{{a|3%}}{{a|4%}}\n", 2, "used twice"),
        ("== r1\n全县{{a|三所}}\n> part_le_whole consistent whole=a part=a\n", 2, "give its value"),
        ("== r1\n全县{{a|3所\n", 2, "malformed mark"),
        (
            "== r1\n全县{{a|101%}}\n> bounds consistent percent=a\n",
            3,
            "annotated consistent but its arithmetic",
        ),
        ("== r1\n全县{{a|99%}}\n> bounds mismatch percent=a\n", 3, "annotated mismatch but its arithmetic"),
        ("== r1\n全县{{a|99%}}\n> bounds unverifiable percent=a\n", 3, "annotated unverifiable"),
        ("== r1\n全县{{a|x%|5}}\n> bounds unverifiable percent=a\n", 2, "redacted figure has no value"),
        ("== r1\n全县{{a|3%}}\n> bounds consistent percent=a\n全县\n", 4, "after its relation lines"),
        ("== r1\n全县{{a|3%}}\n", 1, "has no relations"),
        ("== r1\n> bounds consistent percent=a\n", 2, "no mark 'a'"),
        ("== r1\n全县{{a|3%}}\n> bounds consistent percent=a\n== r1\n全县{{a|3%}}\n", 4, "used twice"),
        ("# only a comment\n", 1, "no releases"),
    ],
)
def test_problems_are_reported_with_their_line(source, line, message):
    with pytest.raises(MarkupError, match=re.escape(message)) as error:
        parse_relations_markup(source)
    assert error.value.line == line
