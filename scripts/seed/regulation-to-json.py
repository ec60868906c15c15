#!/usr/bin/env python3
"""Writes the Chinese LegalText seed file from the published text of the implementation rules.

Usage: scripts/seed/regulation-to-json.py ../shared/reference/gansu-anti-trafficking-rules-2022.txt \
           > Portal.Content/Seed/Data/regulation.zh-CN.standard.json

The text is copied, not edited: the covering notice, then one heading block per chapter and one rich-text block per
article (its numbered items as paragraphs). Only the spaces that centred the chapter titles are dropped.
"""
import html
import json
import re
import sys

lines = [line.strip() for line in open(sys.argv[1], encoding="utf-8")]
lines = [line for line in lines if line]

rules_title = "甘肃省反对拐卖人口行动实施细则"
start = lines.index(rules_title)
notice = lines[:start]
# notice: [0] title of the notice, [1] date/source line, [2] number, [3] addressees, [4] body, [5] issuer, [6] date, [7] (此件公开发布)
number = notice[2]
assert number == "甘政办发〔2022〕38号", number

def p(text):
    return "<p>" + html.escape(text, quote=False) + "</p>"

blocks = [
    {"type": "richText", "html": "".join([
        p(notice[0]), p(number), p(notice[3]), p(notice[4]),
        "<p>" + html.escape(notice[5]) + "<br>" + html.escape(notice[6]) + "</p>", p(notice[7])])},
]

article = None
for line in lines[start + 1:]:
    chapter = re.match(r"^(第[一二三四五六七八九十]+章)\s+(.+)$", line)
    head = re.match(r"^(第[一二三四五六七八九十]+条)\s+(.+)$", line)
    if chapter:
        article = None
        blocks.append({"type": "heading", "level": 2, "text": chapter.group(1) + " " + re.sub(r"\s+", "", chapter.group(2))})
    elif head:
        article = {"type": "richText", "html": "<p><strong>" + head.group(1) + "</strong>　" + html.escape(head.group(2), quote=False) + "</p>"}
        blocks.append(article)
    else:
        assert article is not None, line
        article["html"] += p(line)

articles = sum(1 for b in blocks if b["type"] == "richText") - 1
assert articles == 40, articles

seed = {
    "set": "regulation",
    "type": "LegalText",
    "culture": "zh-CN",
    "rendition": "Standard",
    "department": "joint-conference",
    "slug": "gansu-anti-trafficking-rules-2022",
    "title": rules_title,
    "summary": "甘肃省人民政府办公厅2022年3月28日印发（甘政办发〔2022〕38号），自印发之日起施行。共九章四十条：组织机构、预防犯罪、打击解救、救助安置、宣传教育培训、对外合作和实施保障。",
    "allRegions": True,
    "terms": {
        "Audience": ["general-public", "teachers", "frontline-staff"],
        "Topic": ["recruitment-fraud", "child-abduction", "marriage-fraud", "forced-labour", "online-lures", "illegal-adoption",
                  "forced-begging", "sexual-exploitation", "organ-trafficking", "how-to-report", "victims-rights"],
    },
    "fields": {
        "type": "legalText",
        "documentNumber": number,
        "issuedBy": "甘肃省人民政府办公厅",
        "issuedOn": "2022-03-28",
        "effectiveFrom": "2022-03-28",
        "inForce": True,
    },
    "blocks": blocks,
}
json.dump(seed, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
