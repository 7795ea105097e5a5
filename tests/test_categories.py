"""Categories: the brand a heading, table group or project names; else by topic."""
import pytest

from extractors.categories import InlinePhrase, inline_phrase, names_the_projects, OTHER, category_by_alias, category_by_topic, category_names, category_of_heading


@pytest.mark.parametrize("heading,expected", [
    ("### “常有善育”，完善托育供给体系", "常有善育"),
    ("一、常有善育", "常有善育"),
    ("“常有优学”工程", "常有优学"),
    ("就业创业促进工程", "就业创业"),
    ("9 就业促进工程", "就业创业"),
    ("环境优化工程", "环境改善"),
    ("公共安全提升工程", "公共安全"),
    ("10 安全提升工程", "公共安全"),
    ("文体惠民工程", "文体惠民"),
    ("养老事业：破解养老难题，让“常有颐养”更有温度", "常有颐养"),
    # a heading that names a topic assigns that topic's category
    ("民生保障：密织保障网，让幸福底色更鲜亮", "常有众扶"),
    ("提升公共卫生和医疗服务水平", "常有健康"),
    ("关爱帮扶重点群体", "常有众扶"),
    ("城乡环境提升工程", "环境改善"),
    # headings that name none
    ("数字里的民生福祉", None),
    ("## 打造“六个常有”民生服务品牌 积极探索共同富裕新路径", None),
    ("2024年钟楼区十项民生实事圆满完成", None),
])
def test_category_of_heading(heading, expected):
    assert category_of_heading(heading) == expected


def test_a_project_name_assigns_only_by_naming_a_group():
    assert category_by_alias("“常有众扶”工程") == "常有众扶"
    assert category_by_alias("停车设施建设") is None


@pytest.mark.parametrize("sentence,indicator,expected", [
    ("截止到12月17日，玫瑰车站共办理婚姻登记410对", "婚姻登记", OTHER),
    ("纳入省政府民生实事的8个殡葬改扩建项目全部完工", "殡葬改扩建项目", OTHER),
    ("新建7家“德康驿站”", "德康驿站", "常有众扶"),
    ("累计为全省救助管理机构236名走失人员成功寻亲", "走失人员", "常有众扶"),
    ("新增幼儿园学位6000个", "幼儿园学位", "常有优学"),
    ("新增普惠托位400个", "普惠托位", "常有善育"),
    ("新增老年助餐点32个", "老年助餐点", "常有颐养"),
    ("打通断头路11条", "断头路", "交通畅行"),
    ("建成口袋公园28个", "口袋公园", "环境改善"),
    ("城镇新增就业10万人", "城镇新增就业", "就业创业"),
    ("全市GDP增长5%", "GDP", OTHER),
    ("新增学位3万个以上；城乡居民人均可支配收入增长6%左右", "城乡居民人均可支配收入", OTHER),
    ("天气晴朗", "", OTHER),
    ("家庭医生签约服务重点人群覆盖率由72.3%提高到78.6%", "家庭医生签约服务重点人群覆盖率", "常有健康"),
    ("全市地表水市控以上断面水质优良比例达到97.6%", "地表水市控以上断面水质优良比例", "环境改善"),
    ("新建长者饭堂20家", "长者饭堂", "常有颐养"),
])
def test_category_by_topic(sentence, indicator, expected):
    assert category_by_topic(sentence, indicator) == expected


def test_the_indicator_weighs_more_than_the_sentence():
    # the sentence is about schools, the figure counts childcare places
    assert category_by_topic("学校新建项目中新增托位500个", "托位") == "常有善育"


def test_category_list_is_the_guideline():
    assert category_names() == ("常有善育", "常有优学", "常有健康", "常有颐养", "常有安居", "常有众扶",
                                "就业创业", "交通畅行", "环境改善", "公共安全", "文体惠民", "其他")


def test_the_figures_own_words_decide_over_a_sentence_of_other_topics():
    sentence = ("主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%；"
                "城镇新增就业5万人以上，城镇调查失业率控制在5%左右")
    assert category_by_topic(sentence, "城镇新增就业，城镇新增就业5万人以上") == "就业创业"
    # a figure whose words name no topic goes by the sentence
    assert category_by_topic(sentence, "，") == OTHER


@pytest.mark.parametrize("sentence,category", [
    ("围绕“常有善育”，全区新增普惠性托位680个。", "常有善育"),
    ("在“常有健康”方面，建成医疗集团分院2家。", "常有健康"),
    ("“常有颐养”：全区新增老年助餐点26个。", "常有颐养"),
    ("看看“常有优学”这张名片。", "常有优学"),
    ("“常有安居”方面，改造老旧小区23个。", "常有安居"),
    ("在养老服务方面，新增床位200张。", "常有颐养"),
    ("就业方面，城镇新增就业1.2万人。", "就业创业"),
])
def test_a_brand_or_topic_at_the_head_of_a_sentence_is_an_inline_phrase(sentence, category):
    assert inline_phrase(sentence) == InlinePhrase(category)


@pytest.mark.parametrize("sentence", [
    "民生无小事，事事关民心。",            # no name in the head
    "以“微更新”提升城市品质，对2个口袋公园解危维修。",  # a quoted name with no topic
    "2024年，全区新增托位500个。",          # a figure in the head
    "全区新增普惠性托位680个，每千人口拥有托位4.3个。",
    "这是一段很长很长的开头没有任何标点符号也没有品牌名称一直写下去的句子，",
])
def test_what_is_not_an_inline_phrase(sentence):
    assert inline_phrase(sentence) is None


def test_a_phrase_over_several_topics_assigns_none():
    assert inline_phrase("聚焦“养老和托育”，新建服务站12个。") == InlinePhrase(None)


@pytest.mark.parametrize("indicator,expected", [
    ("赞成票率", True), ("群众满意度", True), ("民生实事项目", True), ("候选项目", True),
    ("普惠托位", False), ("农贸市场", False), (None, False),
])
def test_figures_about_the_projects_themselves(indicator, expected):
    assert names_the_projects(indicator) is expected


def test_a_frame_starts_a_new_topic_even_where_its_name_is_unknown():
    assert inline_phrase("某某方面，新建12处。") == InlinePhrase(None)
