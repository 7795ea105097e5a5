#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28700 plan / 28701 report).

Run inside tests/heldout287:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`. The plan states `18.6公里` twice (its 第一刻 and the
villages' table total): the link takes the first. The report's `刻口` column restates the plan's targets (target
records of 28701): the links go from the plan's records to the `流量` cells. A target with no result is listed with
None and skipped.
"""
import runpy
from pathlib import Path

LINKS = [
    (('18.6公里', '通组道路'), ('17.2', '硬化通组道路')),
    (('40处', '错车道'), ('43', '错车道')),
    (('12处', '农村供水工程'), ('12', '农村供水工程')),
    (('6400人', '受益群众'), ('6710', '受益群众')),
    (('30个', '托位'), ('30', '托位')),
    (('240张', '住宿床位'), ('240', '新增住宿床位')),
    (('8名', '特岗教师'), ('7', '特岗教师')),
    (('6个', '村卫生室'), ('6', '村卫生室改造')),
    (('2800人', '老年人免费体检'), ('3046', '老年人免费体检')),
    (('3个', '村级互助养老点'), ('3', '村级互助养老点')),
    (('60万元', '临时救助资金'), ('71.3', '临时救助资金')),
    (('1500人', '转移就业劳动力'), ('1688', '转移就业劳动力')),
    (('120个', '乡村公益性岗位'), ('120', '公益性岗位')),
    (('200户', '蘑菇房修缮加固'), ('186', '蘑菇房修缮')),
    (('10座', '农村卫生公厕'), ('10', '农村卫生公厕')),
    (('60场', '送文艺下乡演出'), ('64', '送文艺下乡演出')),
    (('5400元', '农村低保标准'), ('5400元', '农村低保标准')),
    (('4860万元', '总投入'), ('4715万元', '完成投资')),
    (('3120万元', '上级资金'), ('3120万元', '上级资金')),
    (('十件', '为民办实事项目'), None),
    (('980万元', '县级配套'), None),
    (('760万元', '镇村自筹及群众投工投劳折资'), None),
    (('2条', '农村客运班线'), None),
    (('8个', '高位水池'), None),
    (('96%', '农村自来水普及率'), None),
    (('1个', '托班'), None),
    (('300人次', '科学育儿入户指导'), None),
    (('1栋', '学生宿舍'), None),
    (('1100人次', '资助家庭经济困难学生'), None),
    (('1辆', '救护车'), None),
    (('800人次', '技能培训'), None),
    (('45个', '护林护水岗位'), None),
    (('350户', '户厕改造'), None),
    (('12个', '农家书屋'), None),
    (('3000册', '图书'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28700', report='28701', target='first', result='first')
