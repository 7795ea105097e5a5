"""Categories: the brand a heading, table group or project names; else by topic."""
import pytest

from pipeline import extract
from extractors.categories import (InlinePhrase, OTHER, topic_scores, beside_the_projects, boundaries, goes_on_about_the_projects, parts_the_list,
                                   category_by_alias, category_by_topic, category_names,
                                   category_of_heading, counts_the_population, inline_phrase, names_a_stage, names_one_project, names_the_projects,
                                   parse_boundaries, project_of_field, is_a_site_name, boundary_under, work_of_heading)


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
    ("社会救助：密织保障网，让幸福底色更鲜亮", "常有众扶"),
    ("提升公共卫生和医疗服务水平", "常有健康"),
    ("关爱帮扶重点群体", "常有众扶"),
    ("城乡环境提升工程", "环境改善"),
    ("三、老旧楼院整治", "常有安居"),
    # the work a heading or project names counts before the people it serves
    ("为独居老人家庭安装烟感报警器", "公共安全"),
    ("关爱残疾人", "常有众扶"),
    # two topics joined assign none, though one part alone names a group (`社会救助`, `平安`)
    ("就业和社会救助", None),
    # a served group's rights protection is a topic of its own beside its sports
    ("（六）权益维护和文体活动。", None),
    ("平安与出行", None),
    ("住房保障、交通出行", None),
    # …and two phrases set apart by a space, a WeChat article's section head
    ("三 住房改善 出行更畅", None),
    ("二 就业增收 文化惠民", None),
    # two quoted brands side by side are joined like `幼有所育·学有优教`: each figure its own topic
    ("“悦享幼育”“书香优学”：一小", None),
    ("“悦享幼育”：一小", "常有善育"),
    # joined words of one topic still assign it
    ("养老服务和居家照护", "常有颐养"),
    ("低保以及特困供养", "常有众扶"),
    # a charity organisation's report is its aid, its elderly and student programmes too
    ("——某县慈善总会2031年度工作报告", "常有众扶"),
    # a notice in classical style heads its sections with the old words (made up)
    ("一曰育幼", "常有善育"), ("二曰劝学", "常有优学"), ("五曰恤困", "常有众扶"), ("扶贫济困", "常有众扶"),
    # headings that name none
    ("数字里的民生福祉", None),
    ("## 打造“六个常有”民生服务品牌 积极探索共同富裕新路径", None),
    ("2024年钟楼区十项民生实事圆满完成", None),
    # where two topics meet in a heading, their boundary decides: gas pipes inside old estates are gas safety
    ("某区老旧小区燃气管道更新改造工程", "公共安全"),
    ("某区老旧小区综合改造工程", "常有安居"),
    # a topic that what 其他 holds outweighs assigns none: the farmers' insurance, not the typhoon's emergency
    ("某县紫菜养殖台风指数保险理赔清单", None),
])
def test_category_of_heading(heading, expected):
    assert category_of_heading(heading) == expected


def test_a_project_name_assigns_only_by_naming_a_group():
    assert category_by_alias("“常有众扶”工程") == "常有众扶"
    assert category_by_alias("停车设施建设") is None


@pytest.mark.parametrize("name,expected", [
    # the longer alias wins wherever the two stand (the lookup is indexed by first character)
    ("安居工程中的就业创业促进项目", "就业创业"),
    ("善育和常有众扶", "常有众扶"),
    ("众扶与善育", "常有善育"),
    ("平安区的文体活动", "文体惠民"),      # `平安区` names a place, not 公共安全
])
def test_the_longest_alias_a_name_holds_assigns_it(name, expected):
    assert category_by_alias(name) == expected


@pytest.mark.parametrize("slogan,expected", [("“行”有畅达", "交通畅行"), ("「劳」有厚得", "就业创业"),
                                             ("“业”有所就", "就业创业")])
def test_a_slogan_with_one_character_in_quotes_names_its_brand(slogan, expected):
    assert category_by_alias(slogan) == expected
    assert category_by_alias("“有”字当头") is None


@pytest.mark.parametrize("sentence,indicator,expected", [
    ("截止到12月17日，玫瑰车站共办理婚姻登记410对", "婚姻登记", OTHER),
    ("纳入省政府民生实事的8个殡葬改扩建项目全部完工", "殡葬改扩建项目", OTHER),
    ("新建7家“德康驿站”", "德康驿站", "常有众扶"),
    ("累计为全省救助管理机构236名走失人员成功寻亲", "走失人员", "常有众扶"),
    ("新增幼儿园学位6000个", "幼儿园学位", "常有优学"),
    ("新增普惠托位400个", "普惠托位", "常有善育"),
    ("新增老年助餐点32个", "老年助餐点", "常有颐养"),
    ("打通断头路11条", "断头路", "交通畅行"),
    # ancient trees cared for are nature kept
    ("全乡登记古樟树126株，其中一级古树9株", "古樟树", "环境改善"),
    # a highway by its class, its number before it
    ("225国道和两条省道穿镇而过，国道、省道总长约38公里", "国道、省道总长", "交通畅行"),
    ("建成口袋公园28个", "口袋公园", "环境改善"),
    ("城镇新增就业10万人", "城镇新增就业", "就业创业"),
    ("全市GDP增长5%", "GDP", OTHER),
    ("新增学位3万个以上；城乡居民人均可支配收入增长6%左右", "城乡居民人均可支配收入", OTHER),
    ("天气晴朗", "", OTHER),
    ("家庭医生签约服务重点人群覆盖率由72.3%提高到78.6%", "家庭医生签约服务重点人群覆盖率", "常有健康"),
    ("全市地表水市控以上断面水质优良比例达到97.6%", "地表水市控以上断面水质优良比例", "环境改善"),
    ("新建长者饭堂20家", "长者饭堂", "常有颐养"),
    # a village's points scheme is grass-roots governance
    ("二季度参与积分农户208户", "积分农户", "常有众扶"),
    # `本人社保卡` holds no labour bureau (人社): the money paid to people in difficulty is their aid
    ("向特困人员每人发放补贴60元，直接发放至本人社保卡", "补贴", "常有众扶"),
    ("区人社局举办招聘会12场", "招聘会", "就业创业"),
    # a university student's loan ceiling: not the 专科 of a hospital
    ("全日制本专科生每人每年不超过16000元", "全日制本专科生", "常有优学"),
    # raptor perches against pikas on a grassland: its ecology
    ("全县安装鹰架80架、人工鹰巢24个", "鹰架", "环境改善"),
    # a retaining wall made safe against collapse: a geological hazard
    ("本年整治挡墙6处，疏通泄水孔46个", "挡墙", "公共安全"),
    # the ground over old mines watched as it sinks, and the cracks it opens: a geological hazard; the villages moved off
    # it are housing
    ("本季沿三村布设观测点46个，最大单点本季下沉量34毫米", "下沉量", "公共安全"),
    ("片区设地面沉降观测点8个", "地面沉降观测点", "公共安全"),
    ("已建卡监测房屋裂缝186户", "房屋裂缝", "公共安全"),
    ("采煤沉陷区搬迁安置86户", "搬迁安置", "常有安居"),
    # the spoken word of a play or an interview names the work in its own words
    ("去年乡里给四百三十户改了电取暖", "电取暖", "常有安居"),
    ("去县城那段烂路，去年才修了七点二公里", "烂路", "交通畅行"),
    ("还要帮着一千二百人出去找活", "找活", "就业创业"),
    # …but a heater given to the old and a household's people away at work name no work of their own
    ("每位老人发放电暖褥1条", "电暖褥", "常有颐养"),
    # a benefit's guarantees hold no health insurance (惠民保) across their words
    ("冬季旅游惠民保障：新增停车位220个", "停车位", "交通畅行"),
    ("今年参加惠民保12万人", "惠民保", "常有健康"),
    # a free public Wi-Fi network is infrastructure no topic defines, whatever places its access points cover
    ("在汽车站和镇卫生院候诊区共布设无线接入点86个", "无线接入点", OTHER),
])
def test_category_by_topic(sentence, indicator, expected):
    assert category_by_topic(sentence, indicator) == expected


@pytest.mark.parametrize("indicator,expected", [
    ("社会保障和就业支出", "其他"), ("托育与养老服务投资", "其他"),
    ("中小学和幼儿园", "常有优学"), ("低保和特困人员", "常有众扶"),
])
def test_a_figure_over_the_works_of_two_categories_is_other(indicator, expected):
    assert category_by_topic(f"某县安排{indicator}12亿元。", f"{indicator}，{indicator}12亿元") == expected


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


@pytest.mark.parametrize("sentence,category,framed", [
    ("围绕“常有善育”，全区新增普惠性托位680个。", "常有善育", False),
    ("在“常有健康”方面，建成医疗集团分院2家。", "常有健康", False),
    ("“常有颐养”：全区新增老年助餐点26个。", "常有颐养", False),
    ("看看“常有优学”这张名片。", "常有优学", False),
    ("“常有安居”方面，改造老旧小区23个。", "常有安居", False),
    ("在养老服务方面，新增床位200张。", "常有颐养", True),
    ("就业方面，城镇新增就业1.2万人。", "就业创业", True),
    ("在社区治理上，全年调解纠纷380件。", "常有众扶", True),      # 在…上 naming a topic
    # a field naming the project the lines after it describe
    ("项目名称：中小学扩容工程\n建设内容：新建托班8个", "常有优学", False),
    ("实事名称：全民健身提升\n举办赛事30场", "常有健康", False),
    ("项目名称：某镇综合提升\n新建公园1个", None, False),
    # a numbered heading run into its paragraph
    ("三、劳有厚得。城镇新增就业3万人。", "就业创业", False),
    ("（二）住有宜居。改造老旧小区40个。", "常有安居", False),
    # a sentence filing its matter under a brand or group of the list, after a short label too
    ("本届大赛是县政府今年承诺的文体惠民实事之一，总预算15万元。", "文体惠民", False),
    ("说明：“醒狮进校园”是县政府今年承诺的文体惠民实事之一。", "文体惠民", False),
    # …a quoted brand after the year, in a clause longer than a phrase's head
    ("说明：本项目为县人民政府2024年“常有众扶”民生实事之一。割胶多在凌晨进行。", "常有众扶", False),
    ("本项目为县人民政府2024年“常有众扶”民生实事之一，全县投保1.6万人。", "常有众扶", False),
    ("该中心列入常有颐养工程，新增床位120张。", "常有颐养", False),
    # a purpose clause files under a brand it quotes, as a frame does
    ("为擦亮“常有颐养”品牌，新增助餐点26个。", "常有颐养", False),
    # …and the clause after a purpose clause may file the matter under a brand (民心工程 as the list's name)
    ("为持续改善农村人居环境，镇政府将坑塘整治列入2028年“环境改善”民心工程。", "环境改善", False),
    # …also after a second aim joined to the purpose clause
    ("为规范景区滑竿服务，保障游客和轿夫双方权益，镇政府将滑竿队提升列入2031年镇级“就业创业”民生实事。", "就业创业", False),
])
def test_a_brand_or_topic_at_the_head_of_a_sentence_is_an_inline_phrase(sentence, category, framed):
    assert inline_phrase(sentence) == InlinePhrase(category, framed=framed)


@pytest.mark.parametrize("sentence", [
    "民生无小事，事事关民心。",            # no name in the head
    "（三）污水管网改造，新铺设污水管2公里；",   # an item of a list, its name run on after a comma
    "以“微更新”提升城市品质，对2个口袋公园解危维修。",  # a quoted name with no topic
    "2024年，全区新增托位500个。",          # a figure in the head
    "全区新增普惠性托位680个，每千人口拥有托位4.3个。",
    "这是一段很长很长的开头没有任何标点符号也没有品牌名称一直写下去的句子，",
    "二、综合提升。新建公园1个。",           # a numbered heading that names no topic
    "在此基础上，新建驿站3个。",             # 在…上 that names no topic
    "这是今年的民生实事之一，共建驿站3个。",   # filed under the list, no brand of it
    "本项目属于城市更新项目，投资800万元。",   # a broad group's name, no brand's alias
    "为巩固农村“厕所革命”成果，全区共有农村公厕412座。",   # a purpose clause quoting a campaign
    "为深入推进“垃圾分类”，新建分类亭30个。",
])
def test_what_is_not_an_inline_phrase(sentence):
    assert inline_phrase(sentence) is None


def test_a_phrase_over_several_topics_assigns_none():
    assert inline_phrase("聚焦“养老和托育”，新建服务站12个。") == InlinePhrase(None)
    assert inline_phrase("民生兜底方面，城镇新增就业900人。") == InlinePhrase(None, framed=True)


# --------------------------------------------------------------------------- boundaries
# "Where two definitions meet" (ANNOTATION.md), one rule each in categories.toml
# [[boundary]]; every rule has cases here, in the wordings of several cities. Each case:
# sentence, the figure's indicator, its clause (None: the sentence), expected category.
BOUNDARY_CASES = [
    # a pumping station run against a typhoon → 公共安全, flood defence
    ("台风期间雨水泵站累计开机排水86台时", "台风期间雨水泵站累计开机排水", None, "公共安全"),
    # compensation for what a flood destroyed → 常有众扶, the relief of the households hit
    ("第二批共1286户，拟发放蓄滞洪区运用补偿资金1104.7万元", "蓄滞洪区运用补偿资金", None, "常有众扶"),
    # soil improved in an orchard → 其他 (farming), not soil pollution
    ("抽查果园地块36个，采集土壤样品108份", "土壤样品", "抽查果园地块36个，采集土壤样品108份", OTHER),
    # pickers kept cool in the heat → 常有众扶; relocated households' incomes → 其他
    ("枸杞采摘期为采摘工人发放防暑降温药品1200份", "采摘工人防暑降温药品", None, "常有众扶"),
    ("生态移民村农户人均纯收入8650元", "生态移民村农户人均纯收入", None, OTHER),
    # a rest station for migrant workers riding home → 常有众扶, not their jobs
    ("春运期间返乡务工人员暖心驿站接待2690人次", "返乡务工人员暖心驿站接待", None, "常有众扶"),
    # farmers taught their trade → 就业创业, vocational training, not the farming it teaches
    ("组织养殖户参加青贮饲料制作培训4场、160人次", "青贮饲料制作培训", None, "就业创业"),
    # lightning protection at schools → 公共安全, the schools' safety, not schooling
    # the social-insurance subsidy of a worker placed in a job → 就业创业, an employment subsidy
    ("转岗人员享受社保补贴每人每月400元", "转岗人员享受社保补贴", None, "就业创业"),
    ("全县农村学校防雷装置检测完成46所", "农村学校防雷装置检测", None, "公共安全"),
    # swimming taught against drowning → 公共安全, safety training, not mass sport
    ("暑期防溺水游泳培训班共培训学生1260人", "防溺水游泳培训班培训学生", None, "公共安全"),
    # farm insurance against the weather → 其他, not the disaster's emergency
    ("紫菜养殖台风指数保险赔付金额86万元", "台风指数保险赔付金额", None, OTHER),
    # the insurance of rice-and-crab fields, by its 亩 → 其他 (farming), not medical insurance's 参保
    ("2025年全镇参保面积不少于2.56万亩，参保率达到80%以上", "参保面积", None, OTHER),
    # fire safety in heritage villages and buildings → 公共安全
    ("为52个古村落装上消防栓", "古村落装上消防栓", None, "公共安全"),
    # traffic control at a school gate → 交通畅行, though pupils are served and volunteers staff it
    ("为全县22所小学校门口加装过街信号灯", "过街信号灯", None, "交通畅行"),
    ("校门口护学岗每天安排4名民警和6名家长志愿者值守", "护学岗", None, "交通畅行"),
    # rest stations and welfare for workers → 常有众扶
    ("新建户外劳动者服务站点60个", "户外劳动者服务站点", None, "常有众扶"),
    ("建成工会驿站35家，为环卫工人、快递员提供歇脚饮水服务", "工会驿站", "建成工会驿站35家", "常有众扶"),
    ("为新就业形态劳动者建设暖心驿站20处", "暖心驿站", None, "常有众扶"),
    ("“盐工之家”驿站本月接待盐工63人次", "驿站接待盐工", None, "常有众扶"),     # workers of a trade
    # …not a parcel station (`快递驿站`), where parcels are picked up: a trade's service
    ("全镇快递驿站今年揽收包裹12万件", "快递驿站揽收包裹", None, OTHER),
    ("新建村级快递服务点7个", "村级快递服务点", None, OTHER),
    # a ride service for the old (`助老出行`) is transport, as their bus cards
    ("助老出行服务今年累计叫车2.1万单，每单补贴10元", "助老出行服务补贴", None, "交通畅行"),
    # the labour protection of workers → 就业创业
    ("为快递员、外卖骑手办理职业伤害保障1.5万人", "职业伤害保障", None, "就业创业"),
    # a family doctor's contracts of the elderly and the poor → 常有健康
    ("为75岁以上老年人提供上门签约服务6000人", "上门签约服务", None, "常有健康"),
    ("脱贫人口家庭医生签约率达到100%", "脱贫人口家庭医生签约率", None, "常有健康"),
    # first-aid, fire and disaster training → 公共安全, whoever is trained
    ("为辖区老年人开展急救技能培训80场", "急救技能培训", None, "公共安全"),
    ("组织中小学生开展消防疏散演练300余次", "消防疏散演练", None, "公共安全"),
    ("开展居民应急救护培训1.2万人次", "居民应急救护培训", None, "公共安全"),
    ("村里9个孩子考上大学", "孩子考上大学", None, "常有优学"),
    # a karst household's water tank is its drinking water → 常有安居, beside a road in one list
    ("去年一年，村里办成几件大事：屯级路硬化3.2公里；新建家庭水柜45座", "新建家庭水柜", None, "常有安居"),
    # cooling shelters opened in a heat wave → 公共安全 (a farm's rest shade for pickers is not one)
    ("在镇文化服务中心、3个社区服务站开放避暑场所共5处", "避暑场所", None, "公共安全"),
    # employment and vocational training of any group → 就业创业
    ("帮助320名残疾人实现就业", "残疾人", None, "就业创业"),
    ("举办高校毕业生专场招聘会15场", "高校毕业生专场招聘会", None, "就业创业"),
    ("开展养老护理员、育婴员等职业技能培训5000人次", "职业技能培训", None, "就业创业"),
    ("为盲人开展按摩技能培训120人", "按摩技能培训", None, "就业创业"),
    # insurance paid for people in difficulty → 常有众扶
    ("资助困难群众参加城乡居民医保2.3万人", "困难群众参加城乡居民医保", None, "常有众扶"),
    ("为低保对象代缴医保费用1800万元", "低保对象代缴医保费用", None, "常有众扶"),
    # screening and vaccination of adults and adolescents → 常有健康
    ("为适龄妇女开展两癌免费筛查3万人", "两癌免费筛查", None, "常有健康"),
    ("为13至14岁女孩免费接种HPV疫苗6000人", "HPV疫苗", None, "常有健康"),
    ("市妇幼保健院完成宫颈癌筛查1.5万例", "宫颈癌筛查", None, "常有健康"),
    # health of mothers, newborns and children → 常有善育
    ("免费婚前医学检查4.2万对", "婚前医学检查", None, "常有善育"),
    ("新生儿疾病筛查率达98%", "新生儿疾病筛查率", None, "常有善育"),
    ("为0—6岁儿童提供眼保健和视力检查12万人次", "眼保健和视力检查", None, "常有善育"),
    ("为适龄儿童免费窝沟封闭2.6万颗", "窝沟封闭", None, "常有善育"),
    ("开展0-6岁儿童残疾筛查2万人", "儿童残疾筛查", None, "常有善育"),
    # …and pupils' eyes at school (screening, myopia, spectacles); their classrooms' lighting stays education
    ("为全县中小学生开展两轮视力筛查3.6万人", "视力筛查", None, "常有善育"),
    ("寄宿制学校学生免费验光配镜1860人", "验光配镜", None, "常有善育"),
    ("全县学生近视率下降0.5个百分点", "学生近视率", None, "常有善育"),
    ("学校今年改造教室照明32间", "教室照明", None, "常有优学"),
    # home adaptation of elderly homes → 常有颐养, also for disabled or poor elderly households
    ("为残疾老年人家庭实施适老化改造，每户补助3000元", "补助", "为残疾老年人家庭实施适老化改造，每户补助3000元", "常有颐养"),
    ("低保家庭中的失能老人居家适老化改造补助每户4000元", "居家适老化改造补助", None, "常有颐养"),
    # care, rehabilitation and accessibility for disabled people → 常有众扶
    ("为困难重度残疾人家庭实施无障碍改造500户", "无障碍改造", None, "常有众扶"),
    ("为900名残疾儿童提供康复救助", "残疾儿童", None, "常有众扶"),
    ("为持证残疾人免费适配辅助器具1200件", "辅助器具", None, "常有众扶"),
    # care under 3 and holiday care → 常有善育, also run by schools; kindergartens 常有优学
    ("幼儿园开设托班80个", "托班", None, "常有善育"),
    ("依托中小学开办暑期托管班120个", "暑期托管班", None, "常有善育"),
    ("公办幼儿园新增托班学位1200个", "托班学位", None, "常有善育"),
    ("另设托班2个，托班招生40人", "托班招生", None, "常有善育"),     # a nursery class's enrolment
    # safety, transport and housing work for the elderly → its own group
    ("为独居老人家庭免费安装燃气报警器1.5万户", "独居老人家庭", None, "公共安全"),
    ("为80岁以上老人安装智能烟感3000个", "智能烟感", None, "公共安全"),
    ("为65周岁以上老年人免费办理公交乘车卡8万张", "公交乘车卡", None, "交通畅行"),
    ("更新适老化低地板公交车200辆", "适老化低地板公交车", None, "交通畅行"),
    ("完成梯道适老化改造31条", "梯道适老化改造", None, "交通畅行"),        # a hill town's stairways, not a home
    ("山城步道二期已完成步道主体1.94公里", "山城步道", None, "交通畅行"),    # a walkway linking streets and stops
    ("新建健身步道3.2公里", "健身步道", None, "常有健康"),                    # …not a fitness trail
    ("收费站设“麦客驿站”1处，设休息床位16张", "麦客驿站", None, "常有众扶"),        # the harvest crews' rest station
    ("核定拆解渔船28艘，拆解现场全程监督", "拆解渔船", None, "环境改善"),            # boats taken out of the fishery
    ("丈量原宅基地620平方米，拆除房屋5间", "原宅基地", None, "常有安居"),            # a moved family's homestead
    ("为减船转产渔民开展转产培训120人次", "转产培训", None, "就业创业"),              # …the fishermen's new trade
    ("航空医疗救援起降点上半年转运患者21人", "航空医疗救援起降点转运患者", None, "常有健康"),   # medical rescue, a hospital's
    ("县消防救援大队出动救援12次", "消防救援大队出动救援", None, "公共安全"),                  # …not a disaster's rescue
    ("为住院分娩的孕产妇发放交通补助150元", "孕产妇交通补助", None, "常有善育"),   # what brings a mother to hospital
    ("培训班学员交通误工补助每人每天20元", "学员交通误工补助", None, "就业创业"),   # part of the training
    ("我区首批8所中小学校体育场地向社会开放", "中小学校体育场地向社会开放", None, "常有健康"),   # open to residents
    ("为老年人较多的多层住宅加装电梯150部", "电梯", None, "常有安居"),
    # rehabilitation as medical care → 常有健康; for disabled people → 常有众扶
    ("每个县建成1个老年病康复中心", "老年病康复中心", None, "常有健康"),
    ("县医院新增康复床位80张", "康复床位", "县医院新增康复床位80张", "常有健康"),
    ("为残疾人提供康复床位60张", "康复床位", None, "常有众扶"),
    # dementia care → 常有颐养; health services for the elderly → 常有健康
    ("开展老年人认知障碍早期筛查1万人", "认知障碍早期筛查", None, "常有颐养"),
    ("为65岁以上老年人免费健康体检12万人", "老年人", None, "常有健康"),
    ("为60岁以上老人免费接种流感疫苗5万剂", "流感疫苗", None, "常有健康"),
    # meals, beds, home care and home adaptation for the elderly → 常有颐养
    ("为高龄独居老人提供助餐服务2000人", "高龄独居老人", None, "常有颐养"),
    ("为失能老人家庭安装紧急呼叫设备800套", "失能老人家庭", None, "常有颐养"),
    # sports events → 文体惠民, also mass-fitness ones
    ("举办全民健身赛事活动300场", "全民健身赛事活动", None, "文体惠民"),
    ("举办社区运动会40场", "社区运动会", None, "文体惠民"),
    # school canteens and sports grounds → 常有优学
    ("完成中小学校食堂明厨亮灶改造120所", "中小学校食堂明厨亮灶改造", None, "常有优学"),
    ("新建学校塑胶运动场15个", "学校塑胶运动场", None, "常有优学"),
    # fire safety inside estates → 公共安全
    ("完成住宅小区消防车通道标识划线300个", "住宅小区消防车通道", None, "公共安全"),
    ("在老旧小区建设电动自行车集中充电设施200处", "电动自行车集中充电设施", None, "公共安全"),
    # car parking and charging inside estates → 常有安居
    ("挖潜增加住宅小区停车位2000个", "住宅小区停车位", None, "常有安居"),
    ("在居住社区建设电动汽车充电桩500个", "电动汽车充电桩", None, "常有安居"),
    # aid money of people named beside it is theirs (review: bare 援助资金 made any of it 其他)
    ("发放就业援助资金300万元", "就业援助资金", None, "就业创业"),
    ("为困难职工发放援助资金80万元", "援助资金", "为困难职工发放援助资金80万元", "常有众扶"),
    ("向低保家庭发放援助资金50万元", "援助资金", "向低保家庭发放援助资金50万元", "常有众扶"),
    # buses chartered to take migrant workers back to their jobs → 就业创业 (public buses stay 交通畅行)
    ("组织返岗包车86辆，输送务工人员3412人", "返岗包车", None, "就业创业"),
    # a reservoir's resettled people's yearly cash after the move → 常有众扶 (the move and homes stay 常有安居)
    ("发放水库移民后期扶持直补资金907万元", "水库移民后期扶持直补资金", None, "常有众扶"),
    # help for a patient's household → 常有众扶 (patients in hospital stay 常有健康)
    ("为困难患者筹集善款4.2万元", "善款", "为困难患者筹集善款4.2万元", "常有众扶"),
    ("患者家庭纳入防止返贫监测，家庭人口4人", "家庭人口", "患者家庭纳入防止返贫监测，家庭人口4人", "常有众扶"),
    # relief of utility bills for households in difficulty → 常有众扶 (the utility is 常有安居)
    ("对低保户每月减免水费4立方米", "低保户减免水费", None, "常有众扶"),
    ("为特困人员发放取暖补贴每户500元", "特困人员取暖补贴", None, "常有众扶"),
    ("对低保户减免物业费每户200元", "低保户减免物业费", None, "常有众扶"),
    # the riders of a race are its competitors → 文体惠民 (delivery riders 常有众扶)
    ("来自各地的600名骑手同场竞技", "骑手", "来自各地的600名骑手同场竞技", "文体惠民"),
    # street lamps by the place they light: villages' and roads' → 交通畅行, a park's → 环境改善
    ("为村庄安装太阳能路灯300盏", "太阳能路灯", None, "交通畅行"),
    # clean heating paid for in guesthouses → 环境改善, the coal kept out of the air (homes' stays 常有安居)
    ("全镇14家民宿完成“煤改电”", "民宿完成“煤改电”", None, "环境改善"),
    ("为滨河公园更换路灯80盏", "路灯", "为滨河公园更换路灯80盏", "环境改善"),
    ("亮化工程：新装路灯90盏，覆盖3个自然村", "路灯", "亮化工程：新装路灯90盏，覆盖3个自然村", "交通畅行"),
    # pensions and pension insurance → 常有颐养, though enrolment is named
    ("城乡居民养老保险参保人数达到12.6万人", "城乡居民养老保险参保人数", None, "常有颐养"),
    ("按规定参保的居民领取基础养老金每人每月150元", "基础养老金", None, "常有颐养"),
    # the support and care standards of 特困 people → 常有众扶
    ("失能特困人员照料护理标准每人每月900元", "特困人员照料护理标准", None, "常有众扶"),
    # school aid for the children of poor families → 常有众扶
    ("雨露计划：脱贫家庭子女读中职每生每学期补助1000元", "雨露计划补助", None, "常有众扶"),
    ("为低保家庭学生发放助学金300人", "低保家庭学生", None, "常有众扶"),
    # the quality of tap water is the water supply's → 常有安居 (a river's stays 环境改善)
    ("供水出厂水水质合格率保持100%", "出厂水水质合格率", "供水出厂水水质合格率保持100%", "常有安居"),
    # relief to the people a disaster struck → 常有众扶; the damage alone → 公共安全
    ("向受灾困难群众发放临时生活补助86.4万元", "临时生活补助", None, "常有众扶"),
    # relief goods an emergency store keeps → 常有众扶 (emergency supplies that are no relief stay 公共安全)
    ("乡应急救灾物资储备点库存救灾帐篷40顶", "应急救灾物资储备点救灾帐篷", None, "常有众扶"),
    # road accidents and their casualties → 公共安全 (the roads stay 交通畅行)
    ("全县共接报道路交通事故案件412件", "道路交通事故案件", None, "公共安全"),
    ("交通事故造成12人死亡", "死亡", "交通事故造成12人死亡", "公共安全"),
    # volunteers planting or fixing sand do that work → 环境改善 (volunteers of other work: 常有众扶)
    ("组织志愿者义务植树1.2万株", "志愿者义务植树", None, "环境改善"),
    # back lanes put in order as an environment → 环境改善 (the lanes' roads rebuilt stay 交通畅行)
    ("完成背街小巷环境整治14条", "背街小巷环境整治", None, "环境改善"),
    # a typhoon shelter's berths for fishing boats → 公共安全
    ("本次向在册渔船分配避风塘泊位1104个", "避风塘泊位", None, "公共安全"),
    # a school's ice rinks → 常有优学 (public rinks stay 常有健康)
    ("全市中小学浇筑校园冰场46块", "校园冰场", None, "常有优学"),
    # a sightseeing boat's line and voyages → 文体惠民 (a ferry's stay 交通畅行)
    ("运河夜游航线每晚开行4个航次", "夜游航线", None, "文体惠民"),
    # wells drilled in a drought → 常有安居, the drinking-water supply; the drought itself stays 公共安全
    ("抗旱期间新打机井9口、修复旧井14口", "抗旱期间新打机井", None, "常有安居"),
    ("抗旱期间已发放储水罐320个", "储水罐", None, "常有安居"),
    # a co-operative's members sent to a farm-machine drivers' course → 就业创业 (farm machines stay 其他)
    ("送7名年轻社员参加农机手培训", "农机手培训", None, "就业创业"),
    # roads a flood washed away → 公共安全, the damage (roads opened again stay 交通畅行)
    ("7月一场暴雨冲毁路基300米", "冲毁路基", None, "公共安全"),
    # a guesthouse's travellers are its guests → 其他, not a transport service's passengers
    ("民宿上半年接待入住旅客1860人次", "入住旅客", None, "其他"),
    # young stock handed to poor households to raise → 其他, the farming they are helped into
    ("为脱贫户、监测户发放鸭苗2400只", "发放鸭苗", None, "其他"),
    # a screening in a sentence about pupils' eyes → 常有善育 (an old people's eye screening stays 常有健康)
    ("今年全镇中小学生视力筛查要做到全覆盖，计划筛查4300人", "计划筛查", None, "常有善育"),
    ("去年筛查学生4186人，近视检出率41.3%", "筛查学生", None, "常有善育"),
    ("为65岁以上老人免费视力筛查3000人", "免费视力筛查", None, "常有健康"),
    # …and bee colonies and hives (categories.toml: bees are farming)
    ("为低收入农户发放中蜂蜂群44箱", "发放中蜂蜂群", None, "其他"),
    ("低收入农户养蜂帮扶：现存蜂群42箱", "现存蜂群", None, "其他"),
    # fish pens taken out of a lake → 环境改善, the lake's water (the fish farmed stay 其他)
    ("两批合计已拆除围网1.09万亩", "拆除围网", None, "环境改善"),
    # a hill city's slopes and cliffs greened → 环境改善, beside whatever path they line
    ("步道两处坡坎崖花境完成整治", "坡坎崖花境", None, "环境改善"),
    # an estate's night watch → 公共安全, wherever it walks (the estate's upkeep stays 常有安居)
    ("安置小区夜间巡更每晚两轮", "安置小区夜间巡更", None, "公共安全"),
    # jobs found for relocated households → 就业创业 (the move and the homes stay 常有安居)
    ("易地扶贫搬迁后续扶持就业214人", "易地扶贫搬迁后续扶持就业", None, "就业创业"),
    # traps set against a forest's pests → 环境改善, the forest's health (traps in the fields stay farming)
    ("松褐天牛诱捕器HMC-01本次收虫", "诱捕器", None, "环境改善"),
    # a homestead reclaimed and sold as a land quota → 其他, land finance (the move and the homes stay 常有安居)
    ("某村宅基地复垦地票交易价款共计96.5万元", "宅基地复垦地票交易价款", None, "其他"),
]


def _focus(sentence: str, indicator: str, clause: str | None) -> str:
    return f"{indicator}，{clause if clause is not None else sentence}"


@pytest.mark.parametrize("sentence,indicator,clause,expected", BOUNDARY_CASES)
def test_where_two_definitions_meet(sentence, indicator, clause, expected):
    assert category_by_topic(sentence, _focus(sentence, indicator, clause)) == expected


def test_every_boundary_rule_has_a_case():
    fired = {next(i for i, b in enumerate(boundaries()) if b.holds(text))
             for sentence, indicator, clause, _ in BOUNDARY_CASES
             for text in (indicator, clause or sentence) if any(b.holds(text) for b in boundaries())}
    assert fired == set(range(len(boundaries())))


@pytest.mark.parametrize("sentence,indicator,expected", [
    # the other side of each boundary, where the rule does not hold
    ("新增公共停车泊位1000个", "公共停车泊位", "交通畅行"),
    ("春运期间发送旅客12.6万人次", "发送旅客", "交通畅行"),
    ("镇村两级抢通道路，出动挖掘机9台", "挖掘机", "交通畅行"),
    # a creek reshaped is the village's water (环境改善); a footbridge over it its crossing (交通畅行)
    ("改造河沟3.5公里", "河沟", "环境改善"),
    ("易地扶贫搬迁安置住房建成480套", "易地扶贫搬迁安置住房", "常有安居"),
    ("全村已拆旧复垦宅基地37户", "拆旧复垦宅基地", "常有安居"),
    ("全县完成农村节能吊炕改造1187户", "节能吊炕改造", "常有安居"),
    ("为牧民定居点完成暖炕改造304户", "暖炕改造", "常有安居"),          # a herder's heated bed
    ("户用净水器180台全部入户", "户用净水器", "常有安居"),               # a home's drinking water
    # a sand-fixing shrub forest cut back to renew it (环境改善); the feed milled from its branches is farming
    ("全镇柠条林平茬4500亩", "柠条林平茬", "环境改善"),
    ("当日加工柠条颗粒饲料9.6吨", "柠条颗粒饲料", "其他"),
    # a grassland's state and its protection are its ecology (环境改善); the hay cut from it is farming
    ("全镇草群平均高度24.1厘米，平均盖度58.3%", "草群平均高度", "环境改善"),
    ("对150户牧户开展草畜平衡核查", "草畜平衡核查牧户", "环境改善"),
    ("完成退化草原补播改良2.6万亩", "退化草原补播改良", "环境改善"),
    ("预计全镇可打贮青干草6.2万吨", "青干草", "其他"),
    # households moved out of a hazard's way and housed anew, in either word order
    ("完成地灾隐患点搬迁避让15户", "搬迁避让", "常有安居"),
    # a highland home's insulation and its energy-saving hearth are the home's warmth
    ("完成藏式民居保温改造146户", "藏式民居保温改造", "常有安居"),
    ("为320户牧民实施节能火塘改造", "节能火塘改造", "常有安居"),
    ("新建大溪河便民桥1座", "便民桥", "交通畅行"),
    ("村里货运索道5月运行835趟", "货运索道", "交通畅行"),
    # fish farmed in pens (其他); pens taken out (环境改善); a lake given back, its mangroves replanted (环境改善);
    # its fishermen retrained for another trade (就业创业)
    ("全镇网箱养殖水面3200亩", "网箱养殖水面", "其他"),
    ("拆围还湖6800亩", "拆围还湖", "环境改善"),
    ("补种红树林60亩", "补种红树林", "环境改善"),
    ("参加小龙虾稻田养殖等转产培训156人次", "转产培训", "就业创业"),
    # an old house given a toilet of its own (常有安居); a lake's wintering birds guarded (环境改善)
    ("消除手拎马桶居民612户", "手拎马桶居民", "常有安居"),
    ("护鸟队巡护白鹤越冬地9公里", "护鸟队巡护", "环境改善"),
    # a boundary's `unless` words keep it from holding: pen farmers on a safety course get safety training (公共安全)
    ("组织养殖户参加安全培训3场", "养殖户参加安全培训", "公共安全"),
    # cattle bred by insemination are farming (其他); the inseminators trained, vocational training (就业创业)
    ("全年冻配黄牛1.3万头", "冻配黄牛", "其他"),
    ("新培训乡村配种员6名", "培训乡村配种员", "就业创业"),
    # a film town's extras and their day pay are jobs (就业创业)
    ("今日需群演445人，日薪180元", "群演", "就业创业"),
    # a longevity allowance is the elderly's (常有颐养)
    ("长寿补贴按每人每月120元发放", "长寿补贴", "常有颐养"),
    ("景区客运索道成人往返票价100元", "客运索道", "文体惠民"),
    ("新建公共充电桩300个", "公共充电桩", "交通畅行"),
    ("完成农户“煤改电”清洁取暖改造1200户", "农户“煤改电”清洁取暖改造", "常有安居"),
    ("新建普惠性幼儿园5所", "普惠性幼儿园", "常有优学"),
    ("改扩建全民健身中心3个", "全民健身中心", "常有健康"),
    ("为1000户老年人家庭实施居家适老化改造", "居家适老化改造", "常有颐养"),
    ("开办老年大学分校12所", "老年大学分校", "常有优学"),
    ("新建校园暖心驿站20个", "校园暖心驿站", "常有优学"),
    ("在6个社区开设四点半课堂", "社区", "常有优学"),
    ("在5个村各建成1个党群服务中心", "党群服务中心", "常有众扶"),
    ("公共场所新增配置AED 200台", "AED", "公共安全"),
    ("开通心理援助热线，全年接听来电1.6万个", "来电", "常有健康"),
    ("举办送戏下乡演出600场", "送戏下乡演出", "文体惠民"),
    ("创建美丽庭院示范户3000户", "美丽庭院示范户", "环境改善"),
    # a festival and the visitors it draws
    ("第三届荷花节开幕，两天吸引游客5.1万人次", "游客", "文体惠民"),
    ("春节灯会共设展位80个", "展位", "文体惠民"),
    # waterlogged streets are drainage of the town (环境改善); flood defence stays 公共安全
    ("改造城区内涝点15处", "城区内涝点", "环境改善"),
    ("整治道路积水点9个", "道路积水点", "环境改善"),
    ("新建防汛物资仓库3座", "防汛物资仓库", "公共安全"),
    # a flood plan's hazards, warning thresholds and evacuation (公共安全); rivers counted beside its
    # flood hazards are what it defends against, rivers dredged or greened stay 环境改善
    ("全县有主要河流9条，洪涝灾害危险区58处", "主要河流", "公共安全"),
    ("中型以上水库7座，其中病险水库1座", "水库", "公共安全"),
    ("3小时降雨量超过60毫米时启动Ⅳ级响应", "3小时降雨量", "公共安全"),
    ("落实转移避险责任人930名", "转移避险责任人", "公共安全"),
    ("全县有主要河流9条，今年完成河道清淤12公里", "河道清淤", "环境改善"),
    # a community worker's home visits, and the residents' comments gathered
    ("网格员入户走访居民130户", "入户走访居民", "常有众扶"),
    ("共收到居民意见56条", "居民意见", OTHER),
    # a canteen named alone, in a resident's words, is the list's meal point; a school's is the school's
    ("街坊说，巷口那家食堂一份午饭只要7元", "午饭", "常有颐养"),
    ("新建中小学食堂4个", "中小学食堂", "常有优学"),
    # heating changed to a cleaner fuel in homes, and a household's cooking gear: the homes'
    ("今年完成农户“煤改电”入户改造860户", "农户“煤改电”入户改造", "常有安居"),
    ("为牧区群众发放太阳灶1200台", "太阳灶", "常有安居"),
    # radio and television for every home, and the guarding of relics: culture
    ("全年维修直播卫星“户户通”设备430套", "直播卫星“户户通”设备", "文体惠民"),
    ("更换高清机顶盒900套", "高清机顶盒", "文体惠民"),
    ("全县落实文物安全巡查员36名", "文物安全巡查员", "文体惠民"),
    # 检验 alone tests products and lifts, not patients; a clinic's tests stay health
    ("产品质量监督检验抽取样品20台", "样品", OTHER),
    ("推进医疗机构检查检验结果互认项目160项", "检查检验结果互认项目", "常有健康"),
    # 急救 alone is the medical service; first aid taught to the public stays safety
    ("新建120急救分站3个", "120急救分站", "常有健康"),
    ("急救中心全月接诊心脑血管疾病71人", "心脑血管疾病", "常有健康"),
    ("当日在院患者431人", "在院患者", "常有健康"),
    ("发放家庭急救包300个", "家庭急救包", "公共安全"),
    # farming: the soil's moisture, pests and their control, crops (no definition names it)
    ("全县耕层土壤相对含水量平均为74.5%", "耕层土壤相对含水量", OTHER),
    ("建设绿色防控示范区5个", "绿色防控示范区", OTHER),
    ("全县茶园面积达到15.6万亩", "茶园面积", OTHER),
    # farmers trained in their trade: vocational training
    ("举办田间学校6期，培训农民430人次", "培训农民", "就业创业"),
    # a county's tourism income is the economy's
    ("全县旅游综合收入达到31.7亿元", "旅游综合收入", OTHER),
    # a flood season's rain and reservoirs: the hazard watched
    ("全县8座小型水库中2座超汛限水位运行", "小型水库", "公共安全"),
    ("22日全县平均雨量42.6毫米", "平均雨量", "公共安全"),
    # cave dwellings are rural homes, a household's rain-water cellar its drinking water
    ("今年改造危旧窑洞520户", "危旧窑洞", "常有安居"),
    ("维修小水窖186口", "小水窖", "常有安居"),
    # hail suppression and sea rescue: prevention and rescue, not relief
    ("全年开展人工防雹作业42次", "人工防雹作业", "公共安全"),
    ("全年组织海上搜救行动52次", "海上搜救行动", "公共安全"),
    # workshops handing out piece-work: jobs
    ("帮扶车间6月在岗员工86人", "帮扶车间在岗员工", "就业创业"),
    ("非遗工坊向32户绣娘派件1200件", "派件", "就业创业"),
    # rubber farmers' price insurance and online public opinion: 其他
    ("全县胶农参加天然橡胶价格保险1.2万户", "天然橡胶价格保险", OTHER),
    ("全年监测网络舆情信息14.2万条", "网络舆情信息", OTHER),
    # border trade and farm machines: 其他; a desert restored: the environment's; a hamlet's road: transport
    ("全县组建边民互助组186个", "边民互助组", OTHER),
    ("本榨季新购置甘蔗收获机23台", "甘蔗收获机", OTHER),
    ("完成石漠化综合治理面积12平方公里", "石漠化综合治理面积", "环境改善"),
    ("今年硬化屯级路56条", "屯级路", "交通畅行"),
    # paired counties' cooperation funds projects of every kind: 其他 (as 东西部协作)
    ("两地集中签约山海协作项目8个", "山海协作项目", OTHER),
    # a hill city's public step lift and a river's ship lock: transport, not a home's lift
    ("建设“爬坡上坎”步道电梯2部", "步道电梯", "交通畅行"),
    ("船闸全年过闸船舶1.2万艘次", "船闸过闸船舶", "交通畅行"),
    # a scenic area's cableway: a ticket to a scenic spot
    ("景区客运索道试运行期间累计运送游客31.6万人次", "客运索道运送游客", "文体惠民"),
    # the grain harvest's machines and tidal-flat fish farms: farming (其他)
    ("全县现有小麦联合收割机2860台", "小麦联合收割机", OTHER),
    ("本批共核发滩涂养殖证12本", "滩涂养殖证", OTHER),
    # a river's winter irrigation and a village's wedding-and-funeral council: 其他; a residents' fund: self-governance
    ("今年全市计划冬灌面积52.6万亩", "冬灌面积", OTHER),
    ("批复建设高效节水滴灌面积1.5万亩", "高效节水滴灌面积", OTHER),          # the fields' water saving, not a home's
    ("新建防雹网的苹果园按每亩1200元给予补助", "防雹网", OTHER),             # the orchards' nets, not hail suppression
    ("城区现有人行梯道186条", "人行梯道", "交通畅行"),                       # a hill town's stairways are its streets
    ("现有待产床位12张", "待产床位", "常有善育"),                             # a home for women waiting to give birth
    ("在6个移民村建成公共浴室6座", "公共浴室", "常有安居"),                   # where homes have no bath, as a public toilet
    ("红白理事会全年办理婚丧事宜32场", "婚丧事宜", OTHER),
    ("街道下拨居民区自治金86万元", "自治金", "常有众扶"),
    ("全街道共有睦邻点58个", "睦邻点", "常有众扶"),
    # livestock: farming
    ("合作社建成标准化羊舍8栋", "标准化羊舍", OTHER),
    ("建设示范性乡村互助养老睦邻点40个", "互助养老睦邻点", "常有颐养"),
    ("新建农村睦邻点（四堂间）8个", "农村睦邻点（四堂间）", "常有颐养"),
    # the patients a medical point sees and treats
    ("祖庙山门服务点接诊412人次", "接诊", "常有健康"),
    # a hospital's children's department is the children's health (its obstetrics the mothers')
    ("儿科就诊量比上周增加18%", "儿科就诊量", "常有善育"),
    # poplars' catkins treated in spring: the town's green
    ("飞絮期内对雌株注射抑花药剂3.2万株", "雌株", "环境改善"),
    ("黄金沙滩点处置海蜇蜇伤19例", "海蜇蜇伤", "常有健康"),
    # people hired by a co-operative, young farmers taught the trade: jobs; a walking challenge: an event
    ("合作社常年雇用本镇农民42人", "农民", "就业创业"),
    ("开办新农人课堂4期，每期30人", "新农人课堂", "就业创业"),
    ("举办鱼皮画制作技艺培训班1期，结业学员40名", "学员", "就业创业"),      # a craft taught for a living
    ("全镇健步走挑战赛实际参赛1426人", "健步走挑战赛", "文体惠民"),
    # an ancestral hall's repair and a lion dance handed down: culture
    ("林氏宗祠修缮占地面积约1260平方米", "宗祠", "文体惠民"),
    ("在全县中小学建设醒狮训练点16个", "醒狮训练点", "文体惠民"),

    # a drought's reach: the hazard's
    ("全县受旱群众1.37万人", "受旱群众", "公共安全"),
    # a workshop for mothers is jobs; a village shop's online sales are trade
    ("园区内设妈妈车间3个", "妈妈车间", "就业创业"),
    ("本月网店销售额达到21.6万元", "网店销售额", OTHER),
    # family planning's special support (an only child lost or disabled) is aid; its reward support an old-age allowance
    ("确认计划生育家庭特别扶助对象1208人", "特别扶助对象", "常有众扶"),
    # adults taught the standard language, a village's preschool point: education; a disease's control: health
    ("全县计划培训青壮年农牧民普通话6000人", "普通话培训", "常有优学"),
    ("同期全县共有幼教点236个", "幼教点", "常有优学"),
    # a forest's surplus workers placed in other posts: jobs, not relocation
    ("全年林区富余职工转岗安置612人", "富余职工转岗安置", "就业创业"),
    # coal-smoke poisoning in the heating season: safety, not heating
    ("采暖期防范煤烟中毒入户排查8620户", "防范煤烟中毒入户排查", "公共安全"),
    # cash crops are farming, whatever price floor protects them (`最低保护价`: no 低保 in it)
    ("咖啡鲜果最低保护价每公斤3.6元", "咖啡鲜果最低保护价", OTHER),
    ("全县割胶面积38万亩", "割胶面积", OTHER),
    # a water heater installed at a rural home: the home's
    ("为农户安装太阳能热水器612台", "太阳能热水器", "常有安居"),
    # a school for expectant parents: maternal care, not schooling
    ("孕妇学校教室配有分娩球20个", "分娩球", "常有善育"),
    ("孕妇学校7—9月共开课36节", "开课", "常有善育"),
    # a village road hardened, a rural housing programme's homes, the national language taught at night
    ("村东组至牧业点的村道硬化工程1.8公里通过验收", "村道硬化工程", "交通畅行"),
    ("本村今年安居富民房建设任务42户", "安居富民房", "常有安居"),
    # state firms' retirees handed over to their communities: the elderly's
    ("全区应移交退休人员24600人", "应移交退休人员", "常有颐养"),
    # infants' nutrition packs, a food workshop's inspection, wells closed against over-extraction
    ("儿童营养改善项目本季度发放营养包1572盒", "营养包", "常有善育"),
    ("食品小作坊生产场所面积约320平方米", "生产场所面积", "公共安全"),
    ("全县累计关停各类机井418口，压减地下水开采量2140万立方米", "关停机井", "环境改善"),
    # winter fodder for herds, a community garden's beds, children with congenital heart disease
    ("燕麦青干草补助标准为每吨800元", "燕麦青干草补助标准", OTHER),
    ("社区花园总面积约860平方米", "社区花园总面积", "环境改善"),
    ("复查确诊先心病患儿87人", "确诊先心病患儿", "常有善育"),
    ("国家通用语言夜校本月开课12次", "国家通用语言夜校", "常有优学"),
    ("上半年包虫病患者筛查3.2万人", "包虫病筛查", "常有健康"),
    # the snail that carries schistosomiasis: its survey is disease control, not the river's environment
    ("洲滩有螺面积38600平方米", "有螺面积", "常有健康"),
    ("春季查螺完成调查框数3830框", "调查框数", "常有健康"),
    ("全县共有失独家庭465户", "失独家庭", "常有众扶"),
    ("确认农村部分计划生育家庭奖励扶助对象21346人", "奖励扶助对象", "常有颐养"),
    # fluorosis is an endemic disease, not a poisoning accident; the works that change the water are the supply's
    ("全县饮水型地方性氟中毒病区人口约38.6万人", "病区人口", "常有健康"),
    ("病区村氟斑牙患病率13.5%", "氟斑牙患病率", "常有健康"),
    ("全县建成降氟改水工程112处", "降氟改水工程", "常有安居"),
    ("全年巡检末梢水水样640份", "末梢水水样", "常有安居"),
    # a food handler's health certificate is a food-safety check's item
    ("现有从业人员9名，均持有效健康证明", "从业人员", "公共安全"),
    # a truck drivers' rest station is a workers' rest station
    ("军粮城“司机之家”站内设休息室26间", "休息室", "常有众扶"),
    # shelterbelts replanted, farm insurance against the weather, termites in wooden homes
    ("沿海基干林带补植补造面积1200亩", "补植补造面积", "环境改善"),
    ("本季度完成木构民居白蚁防治412户", "木构民居白蚁防治", "常有安居"),
    # fireworks' ban zones and set-off points: safety; blind people's massage shops: their employment
    ("今年全县农村共设燃放点146个", "燃放点", "公共安全"),
    ("全县现有经备案的盲人按摩机构21家", "盲人按摩机构", "就业创业"),
    # lectures of traditional learning in villages: culture
    ("2019年新建乡村儒学讲堂40处", "乡村儒学讲堂", "文体惠民"),
    # dentures fitted for the elderly: a health service; debris cleared from a river; village banquets filed for food safety
    ("为农村老年人免费镶配义齿312人", "镶配义齿", "常有健康"),
    ("收第一季度子女缴纳孝善金17400元", "子女缴纳孝善金", "常有颐养"),
    # retired village doctors' living subsidy is an old-age allowance; doctors at work stay health's
    ("本期向离岗老年乡村医生发放生活补助14人", "离岗老年乡村医生", "常有颐养"),
    ("全县在岗乡村医生186名", "在岗乡村医生", "常有健康"),
    # a left-behind children's call room, the Li boat-shaped houses, sea turtles rescued, fishing boats' mutual insurance
    ("亲情聊天室本月开放12次", "亲情聊天室", "常有众扶"),
    ("现存黎族船型屋47栋", "黎族船型屋", "文体惠民"),
    ("本月救护海龟9只", "救护海龟", "环境改善"),
    ("渔船互助保险参保渔船214艘", "渔船互助保险参保渔船", OTHER),
    ("本月清理长江干流水面漂浮物860吨", "水面漂浮物", "环境改善"),
    ("本季度备案农村自办群体性宴席46场", "农村自办群体性宴席", "公共安全"),
    # the Great Wall's guardians, objects falling from buildings, back lanes put in order as an environment
    ("全区在岗长城保护员326人", "在岗长城保护员", "文体惠民"),
    ("书场翻建后建筑面积410平方米", "书场建筑面积", "文体惠民"),
    # a free workshop or station keeps its own topic; dengue's mosquitoes; veterans' families honoured
    ("剪纸传习所公益工作坊累计招收学员236名", "学员", "文体惠民"),
    ("全县太极拳公益辅导站达到318个", "太极拳公益辅导站", "常有健康"),
    ("本周对165个村开展伊蚊幼虫监测", "伊蚊幼虫监测", "常有健康"),
    ("全县补挂光荣牌273户", "补挂光荣牌", "常有众扶"),
    ("培育公益组织12家", "公益组织", "常有众扶"),
    ("豫剧戏迷擂台赛海选晋级68人", "海选晋级", "文体惠民"),
    ("全县村级鼓队达到50支", "村级鼓队", "文体惠民"),
    ("街区现存骑楼254栋", "骑楼", "文体惠民"),
    ("第三批46个村完成农村生活水源江水置换", "农村生活水源江水置换", "常有安居"),
    ("本轮排查发现高空坠物隐患743处", "高空坠物隐患", "公共安全"),
    ("今年改造背街小巷5条", "改造背街小巷", "交通畅行"),
    # old lanes, bungalow courtyards given up on lease, adobe houses; wild birds counted
    ("这条弄堂现有住户286户", "住户", "常有安居"),
    ("第一阶段平房（院落）申请式退租签约168户", "申请式退租签约", "常有安居"),
    ("今年完成农村土坯房改造1200户", "农村土坯房改造", "常有安居"),
    ("本次同步调查共记录到水鸟46种58316只", "水鸟", "环境改善"),
    # a fishing ban's guards and enforcement → the waters' ecology; a folk-song class → culture;
    # a village pond → the village environment
    ("护渔队现有队员26名", "护渔队队员", "环境改善"),
    ("清除互花米草1.2万亩", "互花米草", "环境改善"),
    ("林区居民每人限预约免费滑雪2次", "免费滑雪", "常有健康"),
    ("铲除加拿大一枝黄花360亩", "加拿大一枝黄花", "环境改善"),
    ("打捞水葫芦860吨", "水葫芦", "环境改善"),
    ("清理非法捕捞网具86套", "非法捕捞网具", "环境改善"),
    ("土家族民歌传习班录取学员14名", "民歌传习班学员", "文体惠民"),
    ("全镇共排查坑塘126个", "坑塘", "环境改善"),
    # traffic cameras and taxis by their long name
    ("新增交通技术监控设备46套", "交通技术监控设备", "交通畅行"),
    ("市区巡游出租汽车共342辆", "巡游出租汽车", "交通畅行"),
    # public ice rinks are fitness facilities
    ("今年全区公益冰场由去年的3处增加到5处", "公益冰场", "常有健康"),
    ("为候鸟老人登记服务需求1200人", "候鸟老人", "常有颐养"),
    # sightseeing boats are a scenic trip's, a ferry is transport
    ("首批投入运营游船24艘", "运营游船", "文体惠民"),
    ("推出夜游航线4条", "夜游航线", "文体惠民"),
    ("新增客渡船4艘", "客渡船", "交通畅行"),
    # crop waste chipped or ploughed back in, not burnt, as straw's reuse; recruiting hands is jobs
    ("今年梨树枝条粉碎还田面积2600亩", "枝条粉碎还田面积", "环境改善"),
    ("秸秆机械化还田4.2万亩", "秸秆机械化还田", "环境改善"),
    ("茶园春季招工120人", "春季招工", "就业创业"),
    ("一线海塘加高加固5.2公里", "一线海塘加高加固", "公共安全"),
    ("经核定，景区瞬时最大承载量1200人", "景区瞬时最大承载量", "公共安全"),
    ("在祠堂举行修缮竣工仪式，修缮宗祠3座", "修缮宗祠", "文体惠民"),
    ("古镇摇橹船去年载客11万人次", "摇橹船载客", "文体惠民"),
    # a polder's flood works and their watch are flood defence
    ("排灌闸除险改造，新建管理房1栋", "管理房", "公共安全"),
    ("汛期组织巡堤人员18名轮流值守", "巡堤人员", "公共安全"),
    # a forest's pests and their traps are the forest's health; pest control in the fields stays farming
    ("松褐天牛诱捕器本次诱到天牛14只", "诱到天牛", "环境改善"),
    ("今年全镇新装杀虫灯120盏", "杀虫灯", "其他"),
])
def test_topic_words_of_many_wordings(sentence, indicator, expected):
    assert category_by_topic(sentence, _focus(sentence, indicator, None)) == expected


@pytest.mark.parametrize("sentence,indicator,clause,expected", [
    # people sheltered before a typhoon: the emergency's, though 安置 alone is housing's resettlement
    ("全市开放避灾点136个，安置群众9230人，其余投亲靠友", "群众", "安置群众9230人", "公共安全"),
    ("完成征迁安置群众320户", "征迁安置群众", "完成征迁安置群众320户", "常有安居"),
])
def test_a_sentence_about_an_evacuation_makes_its_sheltering_the_emergency_s(sentence, indicator, clause, expected):
    assert category_by_topic(sentence, _focus(sentence, indicator, clause)) == expected


@pytest.mark.parametrize("sentence,indicator,clause,expected", [
    # people short of water in a drought count its reach; a water project's 饮水困难 stays housing's
    ("旱情持续，全县出现临时饮水困难群众4216户", "饮水困难群众", "全县出现临时饮水困难群众4216户", "公共安全"),
    ("新建集中供水工程，解决饮水困难群众4216户", "饮水困难群众", "解决饮水困难群众4216户", "常有安居"),
    ("全镇因旱饮水困难群众约4300人", "饮水困难群众", "全镇因旱饮水困难群众约4300人", "公共安全"),
])
def test_people_short_of_water_in_a_drought_are_the_drought_s(sentence, indicator, clause, expected):
    assert category_by_topic(sentence, _focus(sentence, indicator, clause)) == expected


@pytest.mark.parametrize("sentence,indicator,clause,expected", [
    # what a pre-marital check finds is the check's, though its own words name only the disease
    ("全年婚检3536人，检出各类疾病患者412人", "疾病患者", "检出各类疾病患者412人", "常有善育"),
    ("全年门诊接诊患者412人", "患者", "全年门诊接诊患者412人", "常有健康"),
])
def test_what_a_pre_marital_check_finds_is_the_check_s(sentence, indicator, clause, expected):
    assert category_by_topic(sentence, _focus(sentence, indicator, clause)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a bilingual notice's Korean paragraph (made-up wordings of a made-up county)
    ("어린이집 보육 자리 240개를 새로 늘린다.", "常有善育"),
    ("초등학교 2곳을 신축하여 학위 1800개를 늘린다.", "常有优学"),
    ("농촌 주민 무료 건강검진 3만 명을 실시한다.", "常有健康"),
    ("노인식당 12곳을 설치한다.", "常有颐养"),
    ("임대주택 600채를 공급한다.", "常有安居"),
    ("농촌 최저생활보장 기준을 1인당 월 560원으로 인상한다.", "常有众扶"),
    ("신규 일자리 8000개를 창출한다.", "就业创业"),
    ("시내버스 노선 5개를 새로 개통한다.", "交通畅行"),
    ("하천 오수 처리 시설 3곳을 건설한다.", "环境改善"),
    ("가정용 가스 경보기 2000세트를 보급한다.", "公共安全"),
    ("농촌 도서관 40곳을 새로 짓는다.", "文体惠民"),
    ("이상 항목의 총투자는 약 3.2억 원이다.", OTHER),
    # the people served speak only where no work is named
    ("65세 이상 노인 6000명을 방문한다.", "常有颐养"),
    ("65세 이상 노인 무료 건강검진 2만 명을 실시한다.", "常有健康"),
])
def test_korean_topic_words(sentence, expected):
    assert category_by_topic(sentence) == expected


# --------------------------------------------------------------------------- the figure's own words
def test_the_indicator_decides_over_other_items_of_its_clause():
    sentence = "全年改造老旧小区45个、新增托位800个、新建长者食堂12家"
    assert category_by_topic(sentence, f"托位，{sentence}") == "常有善育"
    assert category_by_topic(sentence, f"长者食堂，{sentence}") == "常有颐养"


def test_the_clause_decides_over_the_rest_of_the_sentence():
    sentence = "城镇新增就业1.1万人，发放低保金2300万元，建成口袋公园6个"
    assert category_by_topic(sentence, "口袋公园，建成口袋公园6个") == "环境改善"
    # an indicator without topic words leaves it to its clause
    assert category_by_topic(sentence, "，发放低保金2300万元") == "常有众扶"


def test_a_figure_without_topic_words_goes_on_from_the_clause_before():
    sentence = "新增养老床位600张，完成年度任务的120%；举办招聘会30场，提供岗位5000个"
    assert category_by_topic(sentence, "年度任务，完成年度任务的120%") == "常有颐养"


def test_the_people_served_speak_only_where_no_work_is_named():
    # 学生 names the people; 图书馆 the work
    assert category_by_topic("为辖区学生开放图书馆自习室120个", "学生，为辖区学生开放图书馆自习室120个") == "文体惠民"
    # with no work named, the people decide
    assert category_by_topic("为1200名老年人开设智能手机课堂30期", "老年人，为1200名老年人开设智能手机课堂30期") == "常有颐养"


def test_a_boundary_of_the_clause_overrides_the_indicator_only_when_about_it():
    # 充电桩 alone is public charging (交通畅行); in a residential estate it is 常有安居
    assert category_by_topic("在居住社区建设电动汽车充电桩500个", "电动汽车充电桩，在居住社区建设电动汽车充电桩500个") == "常有安居"
    # the figure counts the projects; the elderly-meals rule is about another thing
    sentence = "为高龄老人上门送餐被列为今年8件民生实事之首"
    assert category_by_topic(sentence, f"民生实事，{sentence}") == OTHER


def test_old_people_of_walk_ups_are_not_lift_work():
    # a building's want of a lift (`无电梯`) is no lift work: its old people are counted for the help they get
    survey = "某街道无电梯老旧楼栋高龄老人“下楼难”情况摸排表（汇总）"
    assert boundary_under(survey, "80岁以上独居老人（人）") is None
    assert boundary_under("某街道老旧小区加装电梯惠老情况表", "80岁以上独居老人（人）") == "常有安居"


def test_a_social_insurance_subsidy_of_a_job_is_employment_support():
    assert boundary_under("某区下岗职工转岗再就业花名册", "社保补贴（元/月）") == "就业创业"
    assert boundary_under("某镇公益性岗位人员名单", "社会保险补贴") == "就业创业"
    assert boundary_under("某区城乡居民养老保险参保缴费情况", "社保补贴") is None


def test_boundaries_read_only_the_figures_own_words():
    # the sentence holds 托育 and 从业人员培训, but this figure counts childcare places
    sentence = "新增托位260个，完成年度目标的43%；新开办托育点4个、托育从业人员培训120人次"
    assert category_by_topic(sentence, "年度目标，完成年度目标的43%") == "常有善育"


# --------------------------------------------------------------------------- the table
def test_a_boundary_naming_an_unknown_category_or_word_set_is_an_error():
    table = {"category": [{"name": "常有善育"}], "word_sets": {"child": ["儿童"]}}
    with pytest.raises(ValueError, match="wins '常有好'"):
        parse_boundaries({**table, "boundary": [{"words": ["@child"], "with": ["筛查"], "wins": "常有好"}]})
    with pytest.raises(ValueError, match="'@kid'"):
        parse_boundaries({**table, "boundary": [{"words": ["@kid"], "with": ["筛查"], "wins": "常有善育"}]})
    (rule,) = parse_boundaries({**table, "boundary": [{"words": ["@child"], "with": ["筛查"], "wins": "常有善育"}]})
    assert rule.words == ("儿童",) and rule.holds("儿童筛查") and not rule.holds("成人筛查")


def test_every_topic_word_belongs_to_one_category():
    from extractors.categories import category_table
    seen: dict[str, str] = {}
    for category in category_table():
        for word in (*category.topics, *category.groups):
            assert seen.setdefault(word, category.name) == category.name, word

@pytest.mark.parametrize("indicator,expected", [
    ("赞成票率", True), ("群众满意度", True), ("民生实事项目", True), ("候选项目", True),
    ("占比权重", True), ("绩效考评得分", True),      # the appraisal of the work on them
    ("项目前期工作提前完成的比例", True),            # the preparation of the projects
    ("确认代表", True),                              # the residents who confirmed the work on site
    ("到场代表（人）", True),                         # …or signed for it when its card was turned
    ("普惠托位", False), ("农贸市场", False), (None, False),
])
def test_figures_about_the_projects_themselves(indicator, expected):
    assert names_the_projects(indicator) is expected


def test_a_frame_starts_a_new_topic_even_where_its_name_is_unknown():
    assert inline_phrase("某某方面，新建12处。") == InlinePhrase(None, framed=True)


@pytest.mark.parametrize("heading,expected", [
    ("就业和社会保障", None),          # 就业创业 and 常有众扶: each figure by its own topic
    ("环境和安全（3项）", None),
    ("城市环境和交通", None),
    ("住房和城市更新", "常有安居"),    # both parts are housing
    ("文化体育", "文体惠民"),
    ("就业和文体", None),              # an alias (文体) in one part does not outweigh the other
    ("六、离田利用与用工", None),      # straw baled off the fields (环境改善) and the hired hands (就业创业)
    # a heading naming only what the figures are broken down by (grids, towns, months): no topic
    ("二、分网格情况（截至11月30日）", None),
    ("按月份汇总", None),
    ("网格化服务情况", "常有众扶"),   # the grids' own work
    ("三、各乡镇托育情况", "常有善育"),   # by town, of a topic
])
def test_a_heading_joining_topics_of_two_categories_assigns_none(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("heading,expected", [
    ("城市更新", None),                 # estates, parking, parks, pipes: each figure by its own topic
    ("城市更新行动（4项）", None),
    ("就业保障", None),                 # jobs and social assistance
    ("就业和保障", None),
    ("住房和城市更新", "常有安居"),     # beside a topic, the topic decides
    ("老旧小区改造", "常有安居"),
    ("社会保障", None),                 # pension and medical insurance, 低保: 颐养, 健康, 众扶
    ("社会保险", None),                 # pension, medical, unemployment insurance: three categories
    ("五、社会保险", None),
    ("民生保障", None),                 # as 社会保障: assistance, schooling and health under one heading (held-out 43)
    ("民生兜底", None),                 # a report's lead over assistance and jobs: each figure its own topic
    ("三、全村2031年帮扶目标", None),     # a village's pairing assistance: jobs, housing, health, schooling
    ("四、2030年帮扶成效回顾", None),
    ("结对帮扶明细", None),
    ("困难群众帮扶", "常有众扶"),       # beside the people it serves, the assistance is theirs
    ("关爱帮扶重点群体", "常有众扶"),   # the guideline's own example: a name of 常有众扶
])
def test_a_group_name_over_several_categories_assigns_none(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("sentence,focus,expected", [
    ("本次调查共发放问卷3000份，回收有效问卷2800份。", "问卷，本次调查共发放问卷3000份", OTHER),
    ("新增清冰雪机械40台，确保主干道畅通。", "清冰雪机械，新增清冰雪机械40台", "交通畅行"),
    ("其中托育和养老相关项目投入逾9亿元。", "，其中托育和养老相关项目投入逾9亿元", OTHER),
])
def test_topic_words_of_surveys_and_winter_roads(sentence, focus, expected):
    assert category_by_topic(sentence, focus) == expected


def test_a_frame_joining_two_topics_assigns_none():
    # 就 here is the first character of 就业, not the preposition of `就…方面`
    assert inline_phrase("就业和文体方面，新增就业2万人，举办演出300场。") == InlinePhrase(None, framed=True)
    assert inline_phrase("就教育方面，新建学校3所。") == InlinePhrase("常有优学", framed=True)


@pytest.mark.parametrize("heading,expected", [
    ("二、学有优教：新增公办学位", "常有优学"),
    ("三、劳有所得", "就业创业"),
    ("四、病有良医：服务能力提升", "常有健康"),
    ("（五）老有所养", "常有颐养"),
    ("六、住有所居", "常有安居"),
    ("七、弱有所扶", "常有众扶"),
    ("一、幼有所育", "常有善育"),
])
def test_the_seven_haves_name_their_categories(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("line,expected", [
    ("项目名称：某村主干道拓宽工程", "某村主干道拓宽工程"),
    ("工程名称: 社区公园提升", "社区公园提升"),
    ("项目名称：", None),
    ("项目名称\t城区公厕提升改造项目\t", "城区公厕提升改造项目"),
    ("项目资金\t1200", None),
    ("建设内容：硬化道路2公里", None),
    ("新建道路2公里", None),
    # a form's next field on the same line after a wide gap, not the name's
    ("工程名称：某小区老旧小区改造工程      标段：第2标段", "某小区老旧小区改造工程"),
    ("工程名称：某小区老旧小区改造工程   标段：第2标段       第 2 页 共 4 页", "某小区老旧小区改造工程"),
    ("项目名称：城东幼儿园建设　　标段：一", "城东幼儿园建设"),
    ("项目名称：城东　幼儿园建设", "城东\u3000幼儿园建设"),     # a wide space inside a name stays
])
def test_a_field_names_its_project(line, expected):
    assert project_of_field(line) == expected


@pytest.mark.parametrize("heading,expected", [
    ("今年工作进展", True), ("下步打算", True), ("资金筹集（合计30万元）", True), ("存在问题", True),
    ("旧楼换新颜", False), ("养老服务", False),
])
def test_headings_over_a_stage_of_the_work(heading, expected):
    assert names_a_stage(heading) is expected


@pytest.mark.parametrize("heading,expected", [
    ("绿城宜居", None),           # the green city against livable housing: the items decide
    ("绿美乡村行动", "环境改善"),
    ("宜居住房保障", "常有安居"),
])
def test_green_city_slogans(heading, expected):
    assert category_of_heading(heading) == expected


def test_employers_running_childcare_is_childcare():
    assert category_by_topic("其中机关企事业单位办托800个。", "单位办托，其中机关企事业单位办托800个") == "常有善育"


@pytest.mark.parametrize("title,expected", [
    ("某区老旧小区改造项目批前公示", True),
    ("某村道路硬化工程竣工公示", True),
    ("某市2031年民生实事项目清单", False),           # a list: names no topic
    ("关于下达城市更新和托育服务工程任务的通知", False),  # two works joined
    ("家门口看病更方便了", False),                     # a theme, no project
    ("某县2031年困难老年人居家适老化改造补助对象公示", True),   # a notice is of one matter
    ("某市2031年民生实事候选项目公示", False),          # …but a list of them names no topic
    ("关于某区部分公交线路调整的公告", True),           # a notice, a letter, a bill, a web tool (issue 9)
    ("关于某小区加装电梯事项的告知书", True),
    ("某市居民水费缴费通知单", True),
    ("某区老旧住宅改造补贴计算器", True),
    ("关于公布2031年民生实事项目的公告", False),       # …of a list, no topic
    ("关于某县城乡托育服务发展情况的调研报告", True),     # a study is of the one topic it names
    ("某市居民出行满意度调查报告", True),
    ("关于某市民生实事办理情况的视察报告", False),       # …of the list, no topic
    ("某区慈善总会2031年度工作报告", True),              # an institution's annual report (held-out 31)
    ("某区人民政府2031年度工作报告", False),             # …a government's names no one topic
])
def test_a_title_naming_one_project(title, expected):
    assert names_one_project(title) is expected


def test_a_study_gives_its_survey_figures_its_topic():
    # made up: a research group's report on child care; its survey's counts name no topic
    text = ("关于某县普惠托育服务发展情况的调研报告\n\n"
            "课题组走访6个乡镇、18个社区，发放问卷900份，回收有效问卷860份。\n"
            "受访家庭中，42.5%表示祖辈照料孩子。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["6个"] == categories["900份"] == categories["42.5%"] == "常有善育"


@pytest.mark.parametrize("line,expected", [
    ('{"序号":"4","领域":"卫生健康","年度目标":"在车站配置AED60台"}', "常有健康"),   # a JSON export's row
    ('<项目 序号="2" 类别="养老" 名称="助餐"/>', "常有颐养"),                          # an XML export's row
    ("所属领域：交通", "交通畅行"),
    ('{"领域":"一老一小"}', None),              # a group over two topics assigns none
    ("在民生领域：新增岗位300个", None),        # 领域 as the tail of a word is no field
])
def test_a_group_field_of_a_record_line_names_its_category(line, expected):
    from extractors.categories import category_of_group_field
    assert category_of_group_field(line) == expected


@pytest.mark.parametrize("sentence,focus,expected", [
    # pupils counted for the holiday care of the clause before (the 暑托班 boundary rule)
    ("寒假托管服务覆盖小学56所，参加学生3200人次。", "参加学生，参加学生3200人次", "常有善育"),
    ("全区共有小学56所，在校学生3200人。", "在校学生，在校学生3200人", "常有优学"),
    # an indicator naming its own work keeps it
    ("暑期托管班开到小学56所，新增学位3200个。", "学位，新增学位3200个", "常有优学"),
])
def test_people_counted_for_the_work_of_the_clause_before(sentence, focus, expected):
    assert category_by_topic(sentence, focus) == expected


@pytest.mark.parametrize("sentence, clause, expected", [
    # the clause before gives a figure about the projects, this one names no topic
    ("市民对实事项目的满意度为95%，比前年高出2个百分点。", "比前年高出2个百分点", True),
    # …but a clause naming a topic of its own is about that topic
    ("市民对实事项目的满意度为95%，新建公园绿地12处。", "新建公园绿地12处", False),
    # the clause before only mentions the projects: no figure of theirs
    ("将菜市场提升列入实事项目，现已完成8家。", "现已完成8家", False),
    # no clause before
    ("现已完成8家。", "现已完成8家", False),
    # the figure before is a work's, the list only names who set it: the next goes on about the work
    ("今年市民生实事安排改造供水管网80公里，惠及居民3万户。", "惠及居民3万户", False),
])
def test_goes_on_about_the_projects(sentence, clause, expected):
    assert goes_on_about_the_projects(clause, sentence) is expected


@pytest.mark.parametrize("sentence,clause,unit,expected", [
    # a court case: every figure of the sentence
    ("被告人李某以代办养老床位为名，骗取15户家庭钱款共计80万元。", "骗取15户家庭钱款共计80万元", "户", True),
    ("法院判处其有期徒刑五年，并处罚金10万元。", "并处罚金10万元", "元", True),
    # the parties of a procurement or an inquiry count, the price of a bid does not
    ("共有9家供应商参与竞标，有效报价8家。", "共有9家供应商参与竞标", "家", True),
    ("评标委员会由7人组成。", "评标委员会由7人组成", "人", True),
    ("第一名投标报价1520万元。", "第一名投标报价1520万元", "元", False),
    ("对相关责任人问责处理6人。", "对相关责任人问责处理6人", "人", True),
    # a survey: its shares and the opinions it counts, not a work figure beside them
    ("受访居民中81.5%认为公交更方便了。", "受访居民中81.5%认为公交更方便了", "%", True),
    ("共收到意见建议420条，其中涉及养老的96条。", "其中涉及养老的96条", "条", True),
    ("群众满意度达到95%，新增托位300个。", "新增托位300个", "个", False),
    # no such word: the figure is about the work
    ("新建公交站台60个，为老年人提供免费乘车服务。", "新建公交站台60个", "个", False),
])
def test_figures_about_what_goes_on_around_the_projects(sentence, clause, unit, expected):
    assert beside_the_projects(sentence, clause, unit) is expected


@pytest.mark.parametrize("sentence,figure,unit,expected", [
    ("12件实事中，完成率超过100%的有9件，未完成的3件。", "3件", "件", True),
    ("12件实事中，完成率超过100%的有9件，未完成的3件。", "100%", "%", True),
    ("在10个项目中，已竣工的7个。", "7个", "个", True),
    # a part after `；` that parts the list's indicators; the part before it is not about them
    ("注：新增床位800张；全市30项指标中，27项达到目标。", "27项", "项", True),
    ("注：新增床位800张；全市30项指标中，27项达到目标。", "800张", "张", False),
    # money there is a part's own
    ("6个项目中，未完成的1个（学校扩建），涉及资金50万元。", "50万元", "元", False),
    # no partition: a count of a topic's projects
    ("新建10个养老项目，其中7个已投用。", "7个", "个", False),
    # the items' noun left out: the part counted right after in the same measure word shows it
    ("24项中21项按时完成，3项延期（延期的为某路桥梁和一座公园）。", "3项", "项", True),
    ("24项中21项按时完成，3项延期（延期的为某路桥梁和一座公园）。", "24项", "项", True),
    ("新建公园24个中，3个已开园。", "3个", "个", False),
    # among the list told with 里, after a speaker's name
    ("王某：今年市里的十项实事里，民政牵头的有三项。", "三项", "项", True),
])
def test_a_sentence_that_parts_the_list(sentence, figure, unit, expected):
    assert parts_the_list(sentence, sentence.index(figure), unit) is expected



@pytest.mark.parametrize("heading,expected", [
    ("业有所就", "就业创业"),
    ("行有畅达", "交通畅行"),
    # two brands joined by a middle dot: each figure by its own topic
    ("幼有所育·学有优教", None),
    ("病有良医・老有颐养", None),
])
def test_local_forms_of_the_seven_haves_and_joined_brands(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("小结：20项任务中18项已完成；全年完成投资8.2亿元。", True),
    ("总结: 全年完成投资8.2亿元。", True),
    ("小区改造完成投资8.2亿元。", False),    # 小 of 小区 is no summary label
])
def test_a_summary_line_speaks_of_the_list(sentence, expected):
    from extractors.categories import speaks_of_the_list
    assert speaks_of_the_list(sentence.split("；")[-1], sentence) is expected


@pytest.mark.parametrize("sentence,focus,expected", [
    # parking added among estate work is the estates'
    ("翻新老旧小区30个，增设停车位900个。", "停车位，增设停车位900个", "常有安居"),
    ("改造楼栋20栋，新增停车泊位300个。", "停车泊位，新增停车泊位300个", "常有安居"),
    ("翻新老旧小区30个，新装路灯500盏。", "路灯，新装路灯500盏", "常有安居"),
    ("新修道路8条，新装路灯500盏。", "路灯，新装路灯500盏", "交通畅行"),
    ("整治老旧院落14个，划设停车位260个。", "停车位，划设停车位260个", "常有安居"),
    # public parking, or parking in another part of the sentence, is transport
    ("翻新老旧小区30个，新增公共停车位900个。", "公共停车位，新增公共停车位900个", "交通畅行"),
    ("翻新老旧小区30个；城区增设停车泊位900个。", "停车泊位，城区增设停车泊位900个", "交通畅行"),
    ("城区增设停车泊位900个。", "停车泊位，城区增设停车泊位900个", "交通畅行"),
])
def test_parking_follows_the_estates_of_its_sentence(sentence, focus, expected):
    assert category_by_topic(sentence, focus) == expected


@pytest.mark.parametrize("sentence,focus,expected", [
    ("社区食堂新开8家，每餐5元。", "社区食堂，社区食堂新开8家", "常有颐养"),
    ("学校食堂改造12所。", "学校食堂，学校食堂改造12所", "常有优学"),
])
def test_community_canteens_are_elderly_meals(sentence, focus, expected):
    assert category_by_topic(sentence, focus) == expected


@pytest.mark.parametrize("sentence,focus,expected", [
    # aid to people keeps its people's category (review: bare 援助资金 made any of it 其他)
    ("发放就业援助资金300万元。", "就业援助资金，发放就业援助资金300万元", "就业创业"),
    ("为困难职工发放援助资金80万元。", "援助资金，为困难职工发放援助资金80万元", "常有众扶"),
    ("拨付对口支援资金3200万元。", "对口支援资金，拨付对口支援资金3200万元", "其他"),
])
def test_aid_of_paired_regions_is_other_aid_to_people_is_theirs(sentence, focus, expected):
    assert category_by_topic(sentence, focus) == expected


def test_aid_of_paired_regions_alone_is_other():
    sentence = "拨付对口支援资金3200万元。"
    assert category_by_topic(sentence, "对口支援资金，" + sentence) == "其他"
    sentence = "把新增援助资金的60%用于村级项目。"
    assert category_by_topic(sentence, "援助资金，" + sentence) == "其他"


@pytest.mark.parametrize("sentence,clause,unit,expected", [
    ("会上，4个乡镇作了表态发言。", "会上，4个乡镇作了表态发言", "个", True),
    ("推进会上，3个部门作了典型发言。", "推进会上，3个部门作了典型发言", "个", True),
    ("会上通报了新建学校4所的进展。", "会上通报了新建学校4所的进展", "所", False),
])
def test_the_speakers_of_a_meeting_are_beside_the_projects(sentence, clause, unit, expected):
    assert beside_the_projects(sentence, clause, unit) is expected


@pytest.mark.parametrize("heading,expected", [
    ("二、新开8路（高铁站—湿地公园）", None),          # a route's ends are place names (issue 9)
    ("三、优化15路（东站~人民医院）走向", None),
    ("新建口袋公园（2031—2033年）", "环境改善"),        # years in brackets are no route
])
def test_a_routes_ends_name_no_topic(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("sentence,clause,unit,expected", [
    # a contract's payment shares, bond and price deduction: the purchase's, not the work's (issue 9)
    ("付款方式：验收合格后支付合同金额的60%；", "验收合格后支付合同金额的60%", "%", True),
    ("履约保证金为合同价款的3%。", "履约保证金为合同价款的3%", "%", True),
    ("对残疾人福利单位报价给予6%的价格扣除。", "对残疾人福利单位报价给予6%的价格扣除", "%", True),
    ("服务对象满意率不低于90%。", "服务对象满意率不低于90%", "%", True),       # (a survey, as before)
    ("合同金额为120万元。", "合同金额为120万元", "元", False),                  # the money bought with
    ("送餐覆盖率达到95%。", "送餐覆盖率达到95%", "%", False),
])
def test_the_terms_of_a_contract_are_beside_the_projects(sentence, clause, unit, expected):
    assert beside_the_projects(sentence, clause, unit) is expected


def test_a_survey_of_the_one_matter_of_a_document_is_that_matters():
    sentence = "全年办件群众满意率98%。"
    assert beside_the_projects(sentence, sentence, "%") is True
    assert beside_the_projects(sentence, sentence, "%", of_the_list=False) is False


@pytest.mark.parametrize("title,expected", [
    ("关于加快建设社区养老服务设施的提案", True),       # a proposal is of one matter
    ("某县困难残疾人生活补贴和重度残疾人护理补贴办事指南", True),   # joined parts of one category
    ("某区既有住宅加装电梯补贴申报指南", True),
    ("关于新建学校和养老院的提案", False),              # joined parts of two
    ("某县上半年包虫病防治犬只登记与驱虫投药情况汇总", True),   # the control of one disease
    ("某市地质灾害防治工作方案", True),
])
def test_proposals_and_service_guides_name_one_matter(title, expected):
    assert names_one_project(title) is expected


@pytest.mark.parametrize("heading,expected", [
    ("就业文体", None),        # two names run together, no joiner
    ("安居颐养", None),
    ("上学看病", None),
    ("文体惠民", "文体惠民"),  # one name
    ("善育工程", "常有善育"),
])
def test_two_names_run_together_in_a_short_heading_assign_none(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("sentence,figure,expected", [
    ("本月新修道路3条，占全年12个任务的25%。", "12个", False),   # the item's yearly task
    ("今年12个任务已完成9个。", "12个", True),
])
def test_the_whole_of_a_share_is_the_items_task_not_the_list(sentence, figure, expected):
    from extractors.categories import counts_the_list
    assert counts_the_list(sentence, sentence.index(figure)) is expected


@pytest.mark.parametrize("sentence,clause,expected", [
    ("年初确定计划投入资金2.4亿元，拟新建公园6个、新增托位900个。", "年初确定计划投入资金2.4亿元", True),
    ("年初确定计划投入资金2.4亿元，拟新建公园6个、绿道9公里。", "年初确定计划投入资金2.4亿元", False),
    # another part of the sentence (after `；`) is another item
    ("新建公园6个，投入资金2.4亿元；新增托位900个。", "投入资金2.4亿元", False),
    # a part that names no work: the money of the works the sentence lists
    ("截至5月底：闲置的3个助餐点已恢复运营；破损路面已修复1.2公里；拨付尾款300万元。", "拨付尾款300万元", True),
    ("新建公园6个；拨付尾款300万元。", "拨付尾款300万元", False),
])
def test_money_over_the_works_of_several_categories_is_the_lists(sentence, clause, expected):
    from extractors.categories import money_of_the_list
    assert money_of_the_list(sentence, clause, "投入资金") is expected


def test_figures_under_a_social_security_heading_go_by_their_own_topics():
    from pipeline.document import Document
    from pipeline.run import analyse
    text = ("某市2030年统计公报\n\n八、社会保障\n\n"
            "年末全市参加城乡居民基础养老保险人数52.1万人。参加基本医疗保险人数96.4万人。"
            "全市农村低保对象1.8万人。\n")
    records, _ = analyse(Document("t", text), doc_year=2030)
    assert {r.text: r.category for r in records} == {"52.1万人": "常有颐养", "96.4万人": "常有健康", "1.8万人": "常有众扶"}

@pytest.mark.parametrize("sentence,indicator,clause,expected", [
    # a rate and the households served go on about the nearest clause before that names a work,
    # not about a lead before `：`
    ("低保特困兜底保障再加力：全年新建口袋公园12个，完成计划的120%，服务群众3万人；新建公交候车亭30座、公交站台20个。",
     "完成率", "完成计划的120%", "环境改善"),
    ("低保特困兜底保障再加力：全年新建口袋公园12个，完成计划的120%，服务群众3万人；新建公交候车亭30座、公交站台20个。",
     "群众", "服务群众3万人", "环境改善"),
])
def test_a_figure_with_no_work_goes_on_about_the_nearest_clause_that_names_one(sentence, indicator, clause, expected):
    assert category_by_topic(sentence, f"{indicator}，{clause}") == expected


def test_sewer_pipes_and_parking_of_an_estate_being_renovated_are_housing():
    sentence = "阳光花园是今年改造的15个小区之一，改造雨污分流管网0.8公里，新增停车位40个。"
    assert category_by_topic(sentence, "雨污分流管网，改造雨污分流管网0.8公里") == "常有安居"
    assert category_by_topic(sentence, "停车位，新增停车位40个") == "常有安居"
    # outside an estate's renovation they keep their own topic
    assert category_by_topic("全年改造雨污分流管网12公里。", "雨污分流管网，改造雨污分流管网12公里") == "环境改善"
    # the estates are named by their class word in any wording; a renovation of something
    # else is no estate's (`改造的` alone says nothing of estates)
    assert category_by_topic("城西片区纳入改造范围的9个小区，新增停车位210个。", "停车位，新增停车位210个") == "常有安居"
    assert category_by_topic("提升改造的农贸市场新增停车位80个。", "停车位，新增停车位80个") == "交通畅行"
    # the blocks of a resettlement estate and its parking (a resident's words)
    assert category_by_topic("就是车库少，8栋楼才建了40个车位。", "车位，才建了40个车位") == "常有安居"


def test_one_figure_over_works_of_two_categories_listed_with_a_comma_is_other():
    sentence = "6月底前各项目完成年度任务的40%以上，其中养老、就业项目不低于55%。"
    assert category_by_topic(sentence, "养老、就业项目，其中养老、就业项目不低于55%") == OTHER
    # works of one category listed so keep it
    assert category_by_topic(sentence, "托位、托育机构，托位、托育机构") == "常有善育"


@pytest.mark.parametrize("name,expected", [
    # a city's own brand built on a word over two topics, with nothing but its place beside it
    ("康养南川", None),             # health and elderly care
    ("北塘·康养", None),
    ("宜居青屿", None),             # housing and the living environment
    ("幸福东滨·善育优学", None),     # two brand names run together after the place
    ("东滨·颐养健康", None),
    # …and one over one topic assigns it
    ("乐业南川", "就业创业"),
    ("幼育南川", "常有善育"),
    ("北塘·安居", "常有安居"),
    ("安居乐业", None),             # two names run together
    ("住有宜居", "常有安居"),        # a national brand: its alias decides
    ("宜居农房改造", "常有安居"),     # a topic word beside 宜居: read by its words
])
def test_local_brands_over_two_topics_assign_none(name, expected):
    assert category_of_heading(name) == expected


def test_figures_under_a_brand_over_two_topics_go_by_their_own_topic():
    text = ("南川区2031年民生实事进展\n\n二、康养南川\n\n新建社区老年食堂12个。\n\n"
            "为65岁以上老年人免费健康体检3.2万人。\n\n三、宜居南川\n\n改造老旧小区18个。\n\n新建口袋公园6个。\n")
    found = {r.text: r.category for r in extract(text)}
    assert found == {"12个": "常有颐养", "3.2万人": "常有健康", "18个": "常有安居", "6个": "环境改善"}


@pytest.mark.parametrize("focus,expected", [
    # water supply is a utility of homes, as heating is (常有安居)
    ("农村供水工程，新建农村供水工程9处", "常有安居"),
    ("农村自来水普及率，农村自来水普及率达到95%", "常有安居"),
    ("管网漏损率，城区管网漏损率降至9%", "常有安居"),
    ("居民热用户，居民热用户21万户", "常有安居"),
    # a coast restored is the environment's
    ("海岸线，修复海岸线1.6公里", "环境改善"),
    # the quality of a river's water stays the environment's (tap water: BOUNDARY_CASES)
    ("断面水质优良比例，河流断面水质优良比例90%", "环境改善"),
])
def test_utilities_of_homes_and_their_relief(focus, expected):
    assert category_by_topic(focus.partition("，")[2] + "。", focus) == expected


def test_the_participants_of_a_hearing_are_beside_the_projects():
    sentence = "听证会参加人共19名，另设旁听席6个，邀请新闻媒体5家。"
    assert beside_the_projects(sentence, "听证会参加人共19名", "名") is True
    assert beside_the_projects(sentence, "另设旁听席6个", "个") is True
    # the parts of the participants counted after `其中`
    parts = "听证会参加人共19名，其中：消费者代表9名，专家学者4名，人大代表和政协委员2名。"
    assert beside_the_projects(parts, "人大代表和政协委员2名", "名") is True
    assert beside_the_projects("改造小区12个，其中：加装电梯30部。", "加装电梯30部", "部") is False


def test_a_hearing_notice_is_of_the_one_matter_heard():
    assert names_one_project("关于召开某市居民供水价格听证会的公告") is True


def test_an_official_title_under_its_issuer_names_the_subject():
    from pipeline.structure import structure
    text = ("某市物价局\n关于召开某市城区居民供热价格听证会的公告\n\n一、调整方案\n"
            "方案一：每平方米调整为30元，上调2元。\n\n二、困难群体保障\n对低保户每户补贴200元。\n")
    blocks = structure(text)
    proposal = next(b for b in blocks if "方案一" in b.text)
    relief = next(b for b in blocks if "低保户" in b.text and b.kind == "paragraph")
    assert proposal.context.category == "常有安居"
    assert relief.context.category == "常有众扶"       # the heading names its own topic
    # a first line that is the title itself is read as before; a second line not in the
    # form of an official title is no title
    assert structure("某市物价局\n城区居民供热价格调整方案\n\n上调2元。\n")[-1].context.category is None


def test_the_one_matter_of_a_document_decides_before_a_group_s_items():
    from pipeline.structure import structure
    # a care home's fee notice: its discounts for 低保, 优抚 and 特困 residents are the home's
    text = ("某县福寿苑养老服务中心收费标准公示\n（民办非营利机构）\n\n一、收费标准\n床位费每人每月900元。\n\n"
            "二、优惠政策\n1．低保家庭老年人入住，床位费减免30%。\n2．优抚对象入住，床位费优惠10%。\n"
            "3．特困人员入住，费用由政府全额承担。\n")
    discounts = next(b for b in structure(text) if b.kind == "paragraph" and "优抚" in b.text)
    assert discounts.context.category == "常有颐养"
    # with no one matter, the group goes by what most of its items name
    text = "某县2031年工作要点\n\n二、重点任务\n1．低保标准每月提高30元。\n2．优抚对象补助提高10%。\n"
    assert next(b for b in structure(text) if "优抚" in b.text and b.kind == "paragraph").context.category == "常有众扶"


def test_a_brand_over_two_topics_in_an_inline_phrase_or_a_category_column():
    # inline: the phrase ends the reach of the one before it and assigns none
    assert inline_phrase("围绕“康养南川”，新建社区老年食堂12个。") == InlinePhrase(None)
    table = ("南川区2031年民生实事项目表\n\n项目名称\t类别\t年度目标（个）\n新建社区老年食堂\t康养南川\t12\n"
             "新建村卫生室\t康养南川\t9\n新建口袋公园\t宜居南川\t6\n")
    assert [r.category for r in extract(table)] == ["常有颐养", "常有健康", "环境改善"]


def test_a_renovated_market_is_safety_work_only_beside_gas_or_food_safety():
    # no definition fits a market's renovation: `其他`, not the parking of the clause before
    sentence = "新建公共停车场12个，新增泊位3000个；提升改造农贸市场9个。"
    assert category_by_topic(sentence, "农贸市场，提升改造农贸市场9个") == OTHER
    # in a part of a sentence about gas or food safety it is safety work
    sentence = "完成燃气管道更新改造18公里，全区36家农贸市场完成“瓶改管”。"
    assert category_by_topic(sentence, "农贸市场，全区36家农贸市场完成“瓶改管”") == "公共安全"


def test_volunteers_of_an_elderly_care_scheme_are_the_scheme_s():
    sentence = "“爱心时间银行”纳入养老服务项目，发展注册志愿者6000人，评选优秀志愿者80名。"
    assert category_by_topic(sentence, "注册志愿者，发展注册志愿者6000人") == "常有颐养"
    assert category_by_topic(sentence, "优秀志愿者，评选优秀志愿者80名") == "常有颐养"
    # volunteers of other work, or beside no elderly-care scheme, stay social work
    assert category_by_topic("招募社区志愿者3000人。", "社区志愿者，招募社区志愿者3000人") == "常有众扶"
    sentence = "依托居家养老服务中心，组建助残志愿者队伍15支。"
    assert category_by_topic(sentence, "助残志愿者队伍，组建助残志愿者队伍15支") == "常有众扶"


def test_enrolment_in_a_sentence_about_pensions_is_the_pension_s():
    sentence = "◆城乡居民基础养老金：年满60岁、按时参保缴费的居民，每人每月领取185元。"
    assert category_by_topic(sentence, "按时参保缴费的居民，每人每月领取185元") == "常有颐养"
    # medical insurance named beside it keeps its own topic
    sentence = "养老保险参保率98%；医保参保人数42万人。"
    assert category_by_topic(sentence, "医保参保人数，医保参保人数42万人") == "常有健康"
    assert category_by_topic("居民医保参保缴费每人每年380元。", "居民医保参保缴费") == "常有健康"


def test_an_allowance_paid_with_a_wage_is_the_pay():
    sentence = "月工资2300元，每月另发交通补贴120元。"
    assert category_by_topic(sentence, "交通补贴，每月另发交通补贴120元") == "就业创业"


def test_a_city_check_up_is_no_medical_check():
    assert category_by_topic("本次城市体检覆盖常住人口52万人。", "常住人口，本次城市体检覆盖常住人口52万人") == OTHER
    assert category_by_topic("完整居住社区覆盖率达到45%。", "完整居住社区覆盖率，完整居住社区覆盖率达到45%") == "常有安居"
    # a medical check stays health
    assert category_by_topic("为老年人免费体检3万人。", "老年人，为老年人免费体检3万人") == "常有健康"
    # …and so does a check-up by its northern name (`查体`; held-out 355's 35501)
    assert category_by_topic("给65岁往上的老人免费查体4300多人。", "老人免费查体，给65岁往上的老人免费查体4300多人") == "常有健康"


def test_the_points_a_survey_share_gained_are_the_survey_s():
    sentence = "问卷调查中，对社区服务表示满意的占88.2%，较上年提高1.7个百分点。"
    assert beside_the_projects(sentence, "较上年提高1.7个百分点", "百分点")
    assert not beside_the_projects("托位覆盖率较上年提高1.7个百分点。", "托位覆盖率较上年提高1.7个百分点", "百分点")


def test_a_share_that_says_it_is_satisfied_is_the_survey_s():
    sentence = "代表们随机走访居民80户，对项目表示满意的占95.2%。"
    assert beside_the_projects(sentence, "对项目表示满意的占95.2%", "%")


def test_meal_seats_are_meals_for_the_elderly():
    sentence = "以上9处点位新增托位120个、餐位90个。"
    assert category_by_topic(sentence, "餐位，餐位90个") == "常有颐养"


def test_a_part_after_qizhong_of_a_count_of_the_parties_is_of_the_parties():
    sentence = "评审小组由7人组成，其中评审专家5名，采购人代表2名。"
    assert beside_the_projects(sentence, "其中评审专家5名", "名")
    assert beside_the_projects(sentence, "采购人代表2名", "名")


def test_money_put_into_the_list_is_the_projects():
    sentence = "2031年新增中小学学位8000个，比2027年增长40.2%；投入资金年均增长8.5%。"
    assert category_by_topic(sentence, "投入资金年均增长，投入资金年均增长8.5%") == OTHER


def test_a_rate_in_an_item_s_bracket_goes_on_about_that_item():
    sentence = "进度滞后：加装电梯（完成51%）、燃气安全改造（完成900户，38%）。"
    assert category_by_topic(sentence, "完成率，38%）") == "公共安全"


def test_relief_of_utility_bills_is_assistance_also_under_the_utility_s_heading():
    from extractors.categories import over_a_topic_heading
    sentence = "对低保户每户每月减免水费4立方米，全年惠及困难家庭900户。"
    assert over_a_topic_heading(sentence, "低保户减免水费，对低保户每户每月减免水费4立方米") == "常有众扶"
    assert over_a_topic_heading(sentence, "困难家庭，全年惠及困难家庭900户") == "常有众扶"
    # a levy waived for them under another work's heading is that work's
    assert over_a_topic_heading("其中低保户等12户减免。", "低保户，其中低保户等12户减免") is None


@pytest.mark.parametrize("sentence", ["对居民反映集中的4个方面问题逐项整改。", "清单覆盖“老有颐养、住有宜居”等六个领域。"])
def test_a_count_of_the_fields_of_the_list_is_about_the_list(sentence):
    assert [r.category for r in extract(sentence, doc_id="x", doc_year=2031)] == ["其他"]


@pytest.mark.parametrize("sentence,expected", [
    ("本季度共收到居民意见61条，其中关于加装电梯的17条已转交住建部门。", ["其他", "其他"]),
    ("热线全年受理市民诉求3.2万件。", ["其他"]),
    ("根据群众意见，新建公厕8座，改造背街小巷5条。", None),    # the works keep their own topics
    # requests to a hotline, and a change of their count (test_hotline_reports.py: a whole report)
    ("涉及加装电梯的诉求64件，环比增加12件。", ["其他", "其他"]),
    ("本月受理群众投诉46条，其中关于噪音的19条。", ["其他", "其他"]),     # one list of words, one set of units
])
def test_counts_of_what_the_public_sent_in_are_other(sentence, expected):
    categories = [r.category for r in extract(sentence, doc_id="x", doc_year=2031)]
    assert categories == expected if expected else "其他" not in categories


def test_a_charitys_report_files_its_elderly_programme_as_its_aid():
    text = ("某县慈善总会2031年度工作报告\n\n一、工作回顾\n"
            "3. 助老项目。支出120万元，走访慰问困难老人3000人次。\n")
    records = {r.text: r for r in extract(text, doc_year=2031)}
    assert records["120万元"].category == "常有众扶"
    assert records["3000人次"].category == "常有众扶"


@pytest.mark.parametrize("indicator, expected", [
    ("户籍人口", True), ("农户", True), ("全村常住人口", True), ("全村", True), ("全市人民", True),
    ("老年人占户籍人口比例", False), ("受益农户", False), ("全村新建", False),
])
def test_a_places_population_as_a_whole(indicator, expected):
    assert counts_the_population(indicator) is expected


def test_population_and_a_tv_hearings_parties_are_other():
    text = ("某村基本情况\n\n　　某村现有农户418户、户籍人口1530人，今年新建村卫生室1个。\n\n"
            "　　某县电视台《问政某县》现场问政县住建局、县交通局等5个部门，现场曝光问题6个。\n")
    categories = {r.text: r.category for r in extract(text)}
    assert categories["418户"] == OTHER and categories["1530人"] == OTHER
    assert categories["1个"] == "常有健康"
    assert categories["5个"] == OTHER and categories["6个"] == OTHER


def test_a_routes_ends_make_no_second_work_for_its_fare():
    # made up: the stops in brackets (`…湿地公园`) are places, so the fare is the route's money
    text = "某区交通运输局通知\n\n3月1日起开通公交K7路（北站—湿地公园），全长9.6公里，票价1元。\n"
    categories = {r.text: r.category for r in extract(text, doc_year=2030)}
    assert categories["1元"] == "交通畅行"


def test_a_rooms_bathroom_is_no_health_work():
    assert category_by_topic("标准间每月1800元，带独立卫生间", "标准间，标准间每月1800元") == OTHER
    assert category_by_topic("养老公寓双人间每月1500元，带独立卫生间", "双人间，养老公寓双人间每月1500元") == "常有颐养"
    # a public toilet, accessibility work and health work keep their own words
    assert category_by_topic("新建改建公共卫生间20座", "公共卫生间") == "常有安居"
    assert category_by_topic("改造无障碍卫生间4间", "无障碍卫生间") == "常有众扶"
    assert category_by_topic("新建村卫生室12个", "村卫生室") == "常有健康"


def test_a_contracts_cost_items_keep_the_projects_category():
    # made up: a contract for a nursing home; its 安全文明施工费 line is the project's money
    text = ("某区福利中心新建工程施工合同\n\n一、工程概况\n工程名称：某区福利中心养老院新建工程。\n\n"
            "二、签约合同价\n签约合同价：人民币2,400,000.00元；\n（1）安全文明施工费：\n人民币72,000.00元；\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2030)}
    assert categories["72,000.00元"] == categories["2,400,000.00元"] == "常有颐养"


def test_the_party_s_organisation_cadres_and_study_campaigns_are_other():
    # made up: a sub-district's work summary accounts for the Party and the office beside its works
    text = ("某街道2030年工作总结\n\n"
            "　　认真学习贯彻党的二十大精神，开展理论宣讲30场；街道现有基层党组织25个、党员980名。\n\n"
            "　　推进“红色物业”，新建小区党支部4个；40岁以下干部占比不足三成。\n\n"
            "　　改造老旧小区3个，新增老年助餐点2个。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2030)}
    assert {categories[k] for k in ("30场", "25个", "980名", "4个", "三成")} == {OTHER}
    assert categories["3个"] == "常有安居" and categories["2个"] == "常有颐养"


def test_work_after_the_name_of_a_party_campaign_keeps_its_topic():
    text = ("某区2030年工作报告\n\n　　深入贯彻党的二十大精神，新增养老床位300张。\n\n"
            "　　党的二十大报告指出，我国“建成世界上规模最大的社会保障体系，基本养老保险覆盖十亿四千万人”。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2030)}
    assert categories["300张"] == "常有颐养" and categories["十亿四千万人"] != OTHER


def test_departments_listed_in_a_sentence_name_no_topic_of_its_figures():
    # made up: who came to a meeting; 交通运输局 alone would make them roads
    text = "县发改委、县住建局、县交通运输局、县民政局负责同志共38人参加。"
    assert category_by_topic(text, "县住建局、县交通运输局、县民政局负责同志") == OTHER
    # one department in a part of its own may be the work's: its meetings are its roads'
    text = "县民政局逐户核对低保对象；县交通运输局实行周调度，召开项目调度会11次。"
    assert category_by_topic(text, "项目调度会，召开项目调度会11次") == "交通畅行"


@pytest.mark.parametrize("text,expected", [
    # drinking water at the tap is the water supply's (gold/README: water and heating of homes),
    # though 水质 alone is a river's: a notice of the tap water's quality is about housing utilities
    ("某县2031年第一季度城乡饮用水水质公示", "常有安居"),
    ("四、2031年农村饮水安全巩固提升工程", "常有安居"),
    # the safety of homes is the homes', as 饮水安全 is the water's: 安全 alone would tie it with 公共安全
    ("某县2031年农村住房安全性鉴定结果汇总报告", "常有安居"),
    # a village household's sanitary toilet is the home's (户厕, as the held-out gold files it), as a public one is
    # (常有安居): 卫生 alone would read as health; the toilet campaign's name stays the village environment's
    ("建成农村户用卫生厕所", "常有安居"),
    ("深入推进农村厕所革命", "环境改善"),
    # insurance against falling (back) into poverty is assistance, not health cover
    ("措勤县2018年“防贫保”保险理赔情况公示", "常有众扶"),
    ("防止因病致贫返贫", "常有众扶"),
    ("新建农村卫生厕所", "常有安居"),
    ("改造公共卫生厕所", "常有安居"),
    # a note to the reader in brackets (`（请仔细阅读）`) is no reading programme
    ("三、可能出现的情况（请仔细阅读）", None),
    ("全民阅读（请关注）", "文体惠民"),
    # …nor a web page's instruction on what to press (`（点击标题阅读全文）`)
    ("镇村动态（点击标题阅读全文）", None),
    ("全民阅读活动（点击查看详情）", "文体惠民"),
    # …nor a request to read inside a longer note
    ("（背面印：2031年某镇民生实事项目候选名单，请代表会前阅读）", None),
    ("请代表会前阅读", None),
    ("请到图书馆阅读", "文体惠民"),         # (a request to go and read somewhere keeps its place's topic)
    ("三、农村房屋安全隐患排查整治", "常有安居"),
    # a drinking-water source is a water body: its protection stays 环境改善
    ("饮用水水源地保护", "环境改善"),
    # 抽检 alone says that something was sampled, not what: the thing checked decides
    ("抽检工程（个）", None),
    ("抽检食品（批次）", "公共安全"),
])
def test_the_work_a_heading_names_by_its_longer_word(text, expected):
    assert category_of_heading(text) == expected


def test_free_water_for_households_in_difficulty_is_assistance_under_the_supply_s_heading():
    from extractors.categories import over_a_topic_heading
    sentence = "对特困户继续执行每户每月3吨免费用水政策。"
    assert over_a_topic_heading(sentence, "特困户免费用水，对特困户继续执行每户每月3吨免费用水政策") == "常有众扶"


def _categories_of(text: str, year: int, title: str | None = None) -> dict[str, str]:
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title)), doc_year=year)
    return {r.text: r.category for r in records}


def test_the_minutes_of_a_meeting_on_one_estate_s_works():
    # made up: the matter of the minutes (`议题：`) is their subject; its roll call and the
    # residents' oversight group count the meeting and its parties (其他), not the estate's work
    text = ("某街道居民议事会会议记录\n"
            "应到成员19人，实到17人（请假2人），列席：物业代表1人、居民代表4人。\n"
            "议题：审议某厂老宿舍区环境微改造方案\n\n"
            "一、方案\n　　方案内容：1．修补院内道路800平方米；2．建设晾衣区4处。预算：总投资9.5万元。\n\n"
            "二、下一步\n　　成立居民监督小组（3人）。\n")
    found = _categories_of(text, 2030)
    assert {found[k] for k in ("19人", "17人", "2人", "1人", "4人", "3人")} == {"其他"}
    assert {found[k] for k in ("800平方米", "4处", "9.5万元")} == {"常有安居"}


def test_each_numbered_board_of_a_site_is_a_section_of_its_own():
    # made up: a project named by its field; each board in black brackets heads its own lines,
    # and a board that names a topic gives its figures that topic, not the project's
    text = ("【牌一】工程概况牌\n工程名称：某镇中心小学扩建项目\n建设规模：新增学位900个\n"
            "【牌二】消防保卫牌\n设置消防器材点5处，现场义务消防队：9人\n"
            "【牌三】文明施工牌\n施工现场围挡高度不低于2.5米，出入口硬化率100%\n")
    found = _categories_of(text, 2030)
    assert found["900个"] == "常有优学"
    assert found["5处"] == found["9人"] == "公共安全"
    assert found["2.5米"] == found["100%"] == "环境改善"


def test_a_count_whose_item_names_its_noun_is_no_count_of_the_list():
    from extractors.categories import counts_the_list
    sentence = "本项目为全县新建学校3所、新增学位2700个任务之一。"
    assert counts_the_list(sentence, sentence.index("2700")) is False
    sentence = "尚未完成的2项任务（加装电梯、燃气改造）"
    assert counts_the_list(sentence, sentence.index("2")) is True


def test_an_institution_s_annual_report_is_about_that_institution():
    # made up: its data fields name no topic (`新办证` is no housing certificate here)
    found = _categories_of("某县图书馆 2031 年度报告\n\n一、基本数据\n馆舍面积：0.8万平方米\n本年新办证：1200张\n", 2031)
    assert found == {"0.8万平方米": "文体惠民", "1200张": "文体惠民"}


def test_a_charity_s_annual_work_report_is_its_aid_and_its_topic_headings_govern():
    # made up: a charity's `年度工作报告`; a run-in heading naming a topic (助老) keeps its own
    text = ("某县慈善总会\n2031年度工作报告\n\n一、项目实施\n（一）助学。\n资助山区学校修建图书室12间。\n"
            "（二）助老。\n资助建设村级老年食堂8个。\n")
    found = _categories_of(text, 2031, title="某县慈善总会2031年度工作报告")
    assert found == {"12间": "常有众扶", "8个": "常有颐养"}


def test_a_bulleted_item_naming_no_topic_reads_its_lead_line():
    # made up: a notebook's visits, each a lead line over bulleted items
    text = ("采访记录 2031.5.6\n\n"
            "09:30　某街道 社区老年食堂（新开）\n- 每天供餐约120份\n- 价格：每餐12元，80岁以上减2元\n- 城镇新增就业 目标800人\n\n"
            "11:00　区住建局\n- 老旧小区：15个，已开工12个\n- 涉及楼栋 96栋、居民 约3100户\n- 公益岗 新开发40个\n")
    found = _categories_of(text, 2031)
    assert found["12元"] == found["2元"] == "常有颐养"
    assert found["800人"] == "就业创业"          # an item naming its own topic keeps it
    assert found["96栋"] == found["3100户"] == "常有安居"
    assert found["40个"] == "就业创业"


def test_what_an_item_goes_on_about():
    from extractors.categories import what_an_item_goes_on_about
    lines = ["托育点（新开的）", "- 3个班", "- 收费：每月900元", "没有符号的一行"]
    assert what_an_item_goes_on_about(lines, 2) == "托育点（新开的）"
    assert what_an_item_goes_on_about(lines, 3) == ""
    assert what_an_item_goes_on_about(["- 老旧小区：9个", "- 涉及楼栋40栋"], 1) == "- 老旧小区：9个"


def test_a_figure_s_own_line_decides_before_the_lines_above_it():
    # made up: problems of a worksheet, one a line, each answered on its line; the line
    # above ends in `？` but is another problem
    text = ("二、算一算\n"
            "我市新增托位500个，已入托420名，入托率是多少？答：84%。？\n"
            "全市要为1.5万户安装燃气报警器，已装1.2万户，完成了百分之几？12000÷15000=80%　答：完成了80%。？\n"
            "某大街改造全长2.4公里，已修好一半，还剩多少公里？2.4÷2=1.2（公里）　答：还剩1.2公里。\n")
    found = _categories_of(text, 2031)
    assert found["80%"] == "公共安全"
    assert found["1.2公里"] == "交通畅行"


def test_a_bracket_around_a_measure_word_on_a_later_line_opens_no_breakdown():
    from pipeline.run import _breaks_down
    text = "托位入托率85%。\n已装1.2万户，12000－8000=4000（户）　8000÷12000=67%"
    assert _breaks_down(text, text.index("85%") + 3, text.index("67%")) is False
    text = "目标6500人，已完成5980人。还差6500－5980=520（人）　答：还差520人。"
    assert _breaks_down(text, text.index("5980人") + 5, text.rindex("520人")) is True
    text = "新开食堂8家。\n（白）好日子！\n食堂再开十家"
    assert _breaks_down(text, text.index("8家") + 2, text.index("十家")) is True     # a stage direction: as before
    text = "累计用水172立方米（距第二阶梯还剩8立方米）\n本期应缴：38立方米"
    assert _breaks_down(text, text.index("172立方米") + 6, text.index("38立方米")) is True
    text = "新增托位2万个（甲市8000个）"
    assert _breaks_down(text, text.index("2万个") + 3, text.index("8000")) is True
    text = "新增托位2万个。其中：\n甲市8000个"
    assert _breaks_down(text, text.index("2万个") + 3, text.index("8000")) is True


@pytest.mark.parametrize("text,expected", [
    ("├─ 负责：区民政局 ｜ 配合：12个镇街", True),
    ("协办单位：全区9个街道", True),
    # the field after the figure, or a verb of working together, says nothing of the figure
    ("新增托位1000个（责任单位：市卫健委）", False),
    ("配合开展筛查1200人", False),
])
def test_a_count_in_an_owner_field_counts_the_units_responsible(text, expected):
    from extractors.categories import counts_the_owners
    assert counts_the_owners(text, next(i for i, ch in enumerate(text) if ch.isdigit())) is expected


def test_a_satisfaction_rate_in_one_project_s_form_is_that_project_s():
    # made up: two closing-off forms, each opening with its project's field
    text = ("表号：XH-01\n项目名称：老年助餐\n完成内容：新增助餐点12个；老人满意度97.5%\n\n"
            "表号：XH-02\n项目名称：城镇老旧小区改造\n完成内容：改造老旧小区20个；居民满意度95.1%\n")
    found = _categories_of(text, 2031)
    assert found["97.5%"] == "常有颐养"
    assert found["95.1%"] == "常有安居"


def test_nothing_runs_on_into_a_numbered_line():
    # made up: problem 1 ends in `？`, problem 2 (no topic word of its own) is about another matter
    text = "练习\n1. 新增托位600个，入托率是多少？\n2. 某桥全长800米，修好了一半，还剩多少米？\n3. 答案见后页。\n"
    found = _categories_of(text, 2031)
    assert found.get("600个") == "常有善育"
    assert found.get("800米") != "常有善育"


def test_a_sentence_set_on_two_lines_is_read_on_both():
    # made up: the rate goes on from the line above (its comma), whose clause counts the
    # projects' investment, though its own line then lists lagging works
    text = ("> 截至9月底：20项中已完成8项、序时推进10项、滞后2项；完成投资2.1亿元，占计划的70.2%，\n"
            "> 高于序时进度（66.0%）4.2个百分点。滞后项目：加装电梯（完成40%）、燃气安全改造（完成900户，38%）、\n"
            "> 停车泊位（完成120个）。\n")
    found = _categories_of(text, 2031)
    assert found["4.2个百分点"] == "其他"


@pytest.mark.parametrize("text,word,expected", [
    ("服务点设在文化路12号", "文化", True),            # an address: the street's house number
    ("站点在健康东路3—5号", "健康", True),
    ("新设驿站在健康路社区", "健康", True),            # a place named after its street
    ("人民大街57号院完成改造", "大街", True),           # the road word itself, before the number
    ("公园路小学新增学位", "公园", True),
    ("文化路至体育路段完成改造", "体育", False),        # a road's section is the road itself
    ("历史文化街区保护", "文化", False),                 # 街区 is a district, not a street
    ("新建道路3条", "道路", False),
    ("建成口袋公园5个", "公园", False),
])
def test_a_topic_word_in_a_streets_name_is_not_the_topic(text, word, expected):
    from extractors.categories import in_a_street_name
    start = text.index(word)
    assert in_a_street_name(text, start, start + len(word)) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("服务点设在文化路12号，全年服务3200人次。", OTHER),          # not 文体惠民
    ("新设的便民服务站在健康路社区，全年服务3200人次。", OTHER),  # not 常有健康
    ("人民大街57号院完成改造，惠及居民260户。", OTHER),          # not 交通畅行
    ("公园路小学新增学位450个。", "常有优学"),
])
def test_an_address_gives_its_sentence_no_topic(sentence, expected):
    assert [r.category for r in extract(sentence)] == [expected]


def test_a_pages_accessibility_controls_are_no_accessibility_work():
    # made up: a portal's toolbar for screen readers, read as a bracketed heading, assigns no
    # category; the news under it goes by its own topics
    text = ("某区发布 | 首页 > 要闻\n某区这一年的民生答卷\n2031-01-05 08:00  来源：某区融媒体中心\n"
            "【无障碍浏览】 【长辈模式】 【关闭】\n全区新增普惠性托位800个，新增老年助餐点20个，完成加装电梯90台。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["800个"] == "常有善育" and categories["20个"] == "常有颐养" and categories["90台"] == "常有安居"
    # accessibility work keeps its word
    assert category_by_topic("改造无障碍坡道30处", "无障碍坡道") == "常有众扶"


def test_a_programmes_address_to_its_audience_gives_no_topic():
    # made up: a radio news script whose host's lead (a head line naming the year's 工程) greets
    # the listeners and viewers; the programme is the medium, each story's words decide
    text = ("某县广播电视台　综合频道《某县新闻》　2031-06-02　18:30\n时长：01'58\"\n"
            "【主持人】观众朋友们，大家好。今年我县把8项“惠民工程”列为重点。\n"
            "【记者】今年全县新增普惠性托位300个，新建老年助餐点15个，改造老旧小区12个。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["300个"] == "常有善育" and categories["15个"] == "常有颐养" and categories["12个"] == "常有安居"
    # the audience an event draws keeps its word
    assert category_by_topic("送戏下乡演出吸引观众2万人次", "观众") == "文体惠民"


def test_a_pages_section_of_readers_letters_gives_no_topic():
    # made up: an explainer's `读者留言` section (held-out 42): who writes in, no library's readers
    assert category_of_heading("五、读者留言精选") is None
    text = ("医保小课堂\n\n五、读者留言精选\n网友问：门诊慢特病怎么报？\n答：高血压、糖尿病等31种门诊慢特病，合规费用按70%报销。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["31种"] == "常有健康" and categories["70%"] == "常有健康"


def test_a_box_figure_on_its_own_line_takes_its_caption_below():
    # made up: a year-end listicle, each item a slogan, a box figure alone on its line and a
    # caption restating it; the photo caption in brackets between items opens no breakdown
    text = ("某市发布　2031-12-30\n年终盘点｜某市这一年\n"
            "NO.1　孩子有人带\n900个\n新增普惠托位900个，每千人口托位3.5个。\n▲某街道托育园里的孩子们。（图/某融媒 王某）\n"
            "NO.2　上学更近了\n3600个\n新建中小学4所，新增学位3600个。\n"
            "NO.3　兜底有温度\n2.6亿元\n发放城乡低保金2.6亿元，临时救助1.2万人次。\n")
    records = [r for r in extract(text, doc_year=2031)]
    boxes = {r.text: r for r in records if r.sentence.strip() == r.text}
    assert boxes["900个"].category == "常有善育" and boxes["900个"].indicator == "普惠托位"
    assert boxes["3600个"].category == "常有优学" and boxes["3600个"].indicator == "学位"
    assert boxes["2.6亿元"].category == "常有众扶"
    # a table copied one cell per line: the cell after a lone figure restates it but is no sentence
    cells = {(r.start, r.text): r.indicator for r in extract("进度表\n项目\n完成\n合计\n8项\n完成8项\n100%\n", doc_year=2031)}
    assert next(name for (_, text), name in sorted(cells.items()) if text == "8项") != "完成项目"


def test_a_strip_of_figure_boxes_captioned_below_reads_each_caption():
    # made up: an infographic's text version, a strip of boxes each putting its figure over its
    # caption; the bars after it put their label over the figure instead
    text = ("某县民生实事一图读懂\n\n数说2031\n9.2亿元\n总投资\n6座\n新建城市书房\n"
            "4所\n新建公办幼儿园\n\n▌  老有颐养\n为老人发放助餐补贴\n1200人\n改造敬老院\n3所\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["6座"] == "文体惠民" and categories["4所"] == "常有优学"
    assert categories["1200人"] == "常有颐养" and categories["3所"] == "常有颐养"


def test_an_estates_building_number_is_an_address_not_housing_work():
    # made up: sign-up lines and a notice naming households by estate and building
    from extractors.categories import topic_scores
    assert "常有安居" not in topic_scores("5. 王某某 72 东风小区8栋 3391")
    assert "常有安居" not in topic_scores("请幸福小区12号楼的居民到社区登记")
    # the estates' work keeps its words, beside an address or with a building count
    assert category_by_topic("完成老旧小区12栋楼改造", "老旧小区") == "常有安居"
    assert category_by_topic("为东风小区3栋加装电梯1部", "加装电梯") == "常有安居"
    assert category_by_topic("惠及小区居民800户", "小区居民") == "常有安居"


def test_money_put_into_a_work_is_that_works_and_so_are_its_shares():
    # made up: a report's funding line for one work, broken down by where the money came from
    sentence = "全年污水管网建设投入资金3.2亿元，其中中央资金1.1亿元，县级配套0.6亿元。"
    assert category_by_topic(sentence, "投入资金，全年污水管网建设投入资金3.2亿元") == "环境改善"
    assert category_by_topic(sentence, "中央资金，其中中央资金1.1亿元") == "环境改善"
    assert category_by_topic(sentence, "县级配套，县级配套0.6亿元") == "环境改善"
    # the projects' own money stays 其他, and so do its shares
    projects = "全年民生实事投入资金12亿元，其中市级资金5亿元。"
    assert category_by_topic(projects, "投入资金，全年民生实事投入资金12亿元") == OTHER
    assert category_by_topic(projects, "市级资金，其中市级资金5亿元") == OTHER


def test_money_a_giver_puts_into_the_work_after_it_is_that_works():
    # made up: the sum named by who pays it, then the work it builds in the same clause
    assert category_by_topic("去年镇里投资450万元新建的学生宿舍已经投用。",
                             "镇里投资，去年镇里投资450万元新建的学生宿舍已经投用") == "常有优学"
    assert category_by_topic("区财政投入300万元用于社区老年助餐点建设。",
                             "区财政投入，区财政投入300万元用于社区老年助餐点建设") == "常有颐养"
    # the work after it names two topics, or the projects: no one work takes the money
    assert category_by_topic("县里投资900万元新建学校和养老院。",
                             "县里投资，县里投资900万元新建学校和养老院") == OTHER
    assert category_by_topic("市财政投入2亿元用于十件民生实事。",
                             "市财政投入，市财政投入2亿元用于十件民生实事") == OTHER


def test_a_sound_bite_goes_on_about_the_report_before_it():
    # made up: a TV script; the resident's sound bite names no topic of its own, the reporter's line does
    text = ("某县新闻　2031-10-08\n时长：01'20\"\n"
            "【记者】在城关镇的助老食堂，82岁的王大爷正在吃午饭，一荤两素只要五块钱。\n"
            "【同期声】城关镇居民 王某：现在走几步就到，五块钱吃得饱，比自己做省事。\n"
            "【同期声】县发改局 李某：今年8项工程已经完成了6项。\n")
    categories = {(r.sentence[:4], r.text): r.category for r in extract(text, doc_year=2031)}
    assert categories[("【同期声", "五块钱")] == "常有颐养"
    # a sound bite about the projects themselves stays 其他
    assert categories[("【同期声", "8项")] == categories[("【同期声", "6项")] == OTHER


def test_a_facilitys_free_hours_are_its_own_service_not_charity():
    # made up: a stadium's notice; the heading of its free hours keeps the stadium's topic
    text = ("关于某区体育馆正式对外开放的公告\n\n一、开放时间\n每日8:00—21:00。\n\n"
            "二、惠民措施\n1.公益时段：\n每周三上午，市民免费使用羽毛球场，每时段限80人。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["80人"] == "常有健康"
    # a charity's own work keeps its word
    assert category_by_topic("开展公益活动12场", "公益活动") == "常有众扶"


def test_checks_of_farm_produce_in_markets_are_food_safety():
    # made up: a procurement line; the markets checked and the checks are food safety
    text = "某区市场监管局\n\n农贸市场检测服务采购：对80个农贸市场开展食用农产品快速检测4万批次。\n"
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["80个"] == categories["4万批次"] == "公共安全"
    # a market renovated with no safety work beside it stays 其他
    assert category_by_topic("改造提升农贸市场6家", "农贸市场") == OTHER


def test_a_lists_closing_note_counts_the_list_itself():
    # made up: the note closing a list of projects counts its groups and items
    text = ("某区2031年民生实事项目清单\n\n五、生态环境\n5.1 口袋公园\n新建口袋公园12个。\n"
            "清单共5大类10项，联系电话：0571-12345678。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["5大类"] == categories["10项"] == OTHER
    assert categories["12个"] == "环境改善"


def test_a_rental_housing_projects_young_tenants_name_no_job_programme():
    assert category_of_heading("某某青年社区") == "常有安居"
    # jobs for the young stay 就业创业
    assert category_by_topic("帮助青年就业1200人", "青年就业") == "就业创业"


def test_family_doctor_contracts_of_the_elderly_and_the_poor_are_health_care():
    # made up: the groups signed stay health care; mothers' and children's stay 常有善育
    assert category_by_topic("其中低保对象签约率为100%", "低保对象签约率，其中低保对象签约率为100%") == "常有健康"
    assert category_by_topic("70岁以上老年人签约3.1万人", "70岁以上老年人签约，70岁以上老年人签约3.1万人") == "常有健康"
    assert category_by_topic("孕产妇签约0.8万人", "孕产妇签约，孕产妇签约0.8万人") == "常有善育"
    # a lift's signing names none of the contract words
    assert category_by_topic("既有住宅加装电梯已签约30部", "加装电梯签约，既有住宅加装电梯已签约30部") == "常有安居"


def test_a_table_naming_no_topic_is_of_the_topic_its_documents_title_names():
    # made up: a health bureau's report breaks its one programme down by township in a table
    # whose rows, header and heading name no topic
    text = ("某县2031年家庭医生签约服务工作情况报告\n\n一、总体情况\n全县签约居民10.2万人。\n\n"
            "二、分乡镇情况\n乡镇 | 团队数（个） | 签约人数（人） |\n东镇 | 12 | 30500 |\n西镇 | 9 | 21800 |\n")
    records = extract(text, doc_year=2031)
    cells = {r.text: r.category for r in records if r.extractor == "table"}
    assert cells and set(cells.values()) == {"常有健康"}


def test_a_table_naming_no_topic_is_of_the_work_its_caption_names():
    # made up: a charter's table breaks the year's new homes down by township under a caption
    # naming the work; the title names the charter's subject only loosely
    text = ("某县农村互助设施管理办法（试行）\n\n第一章　总　则\n　　第一条　为规范管理，制定本办法。\n\n"
            "　　表　2031年新建、改造幸福院分乡镇安排\n乡镇\t新建（个）\t改造（个）\t新增床位（张）\n"
            "东镇\t3\t2\t40\n西乡\t2\t1\t24\n合计\t5\t3\t64\n")
    cells = {r.text: r.category for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert len(cells) >= 3 and set(cells.values()) == {"常有颐养"}
    # a caption naming the work of two topics decides none
    text = text.replace("幸福院分乡镇安排", "幸福院和卫生室分乡镇安排")
    cells = {r.text: r.category for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert "常有颐养" not in cells.values()


def test_a_disaster_s_damage_is_public_safety_its_relief_assistance():
    assert category_by_topic("全镇受灾群众86户312人", "受灾群众，全镇受灾群众86户312人") == "公共安全"
    assert category_by_topic("旗救灾物资储备库调拨帐篷40套", "帐篷，旗救灾物资储备库调拨帐篷40套") == "常有众扶"
    assert category_by_topic("为受灾群众调拨棉被200条", "棉被，为受灾群众调拨棉被200条") == "常有众扶"


def test_donations_and_appeals_for_them_are_charity():
    assert category_by_topic("我们学校32名老师共同捐款4800元", "捐款，我们学校32名老师共同捐款4800元") == "常有众扶"
    assert category_by_topic("已累计收到善款186420元", "善款，已累计收到善款186420元") == "常有众扶"
    # the treatment the money pays for keeps its topic
    assert category_by_topic("孩子的医疗费用已花了约42万元", "医疗费用，孩子的医疗费用已花了约42万元") == "常有健康"


def test_households_water_use_and_saving_are_the_supply_to_homes():
    assert category_by_topic("开展家庭节水竞赛，参赛家庭1860户", "参赛家庭，开展家庭节水竞赛，参赛家庭1860户") == "常有安居"
    assert category_by_topic("3—4人家庭户均月用水7.5立方米", "户均月用水，3—4人家庭户均月用水7.5立方米") == "常有安居"


def test_road_accidents_and_their_casualties_are_public_safety_the_roads_stay_transport():
    # made up: a traffic police bulletin's accidents and casualties, beside road works
    assert category_by_topic("全县共接报道路交通事故案件412件", "道路交通事故案件，全县共接报道路交通事故案件412件") == "公共安全"
    assert category_by_topic("交通事故造成12人死亡", "死亡，交通事故造成12人死亡") == "公共安全"
    assert category_by_topic("事故（件）", "事故，东镇 14") == "公共安全"
    assert category_by_topic("完成农村公路安全生命防护工程120公里", "农村公路安全生命防护工程，完成农村公路安全生命防护工程120公里") == "交通畅行"
    assert category_by_topic("新建农村公路38公里", "农村公路，新建农村公路38公里") == "交通畅行"
    assert category_by_topic("为高龄老人安装床边护栏260套", "床边护栏，为高龄老人安装床边护栏260套") == "常有颐养"


def test_a_network_s_site_named_after_a_building_names_no_topic():
    # made up: a charging operator's monthly report lists its sites, one named after the hospital it stands by
    text = ("某县2031年城乡公共充电设施运营月报\n\n二、分站点运营情况\n站点名称　　　　　桩数（个）　充电量（千瓦时）\n"
            "镇政务中心站　　　　24　　　　　58210\n县医院站　　　　　　16　　　　　37840\n")
    cells = {r.text: r.category for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert cells["16"] == "交通畅行" and cells["37840"] == "交通畅行"


def test_the_labour_protection_of_gig_workers_is_employment_their_rest_stations_assistance():
    assert category_by_topic("为外卖骑手办理职业伤害保障，覆盖2万人",
                             "职业伤害保障覆盖，为外卖骑手办理职业伤害保障，覆盖2万人") == "就业创业"
    assert category_by_topic("新建快递员爱心驿站10个", "爱心驿站，新建快递员爱心驿站10个") == "常有众扶"
    # a workers' home on an industrial park is welfare, as a rest station is
    assert category_by_topic("城镇新增就业5000人，在产业园建设“产业工人之家”6处", "产业工人之家，在产业园建设“产业工人之家”6处") == "常有众扶"


def test_a_lone_figure_of_a_table_copied_one_cell_per_line_is_of_its_rows_name():
    # made up: a progress table pasted from a browser, each cell on a line of its own
    text = ("某市2031年民生实事推进情况表\n\n序号\t项目名称\t完成数\t完成率\t责任单位\n"
            "1\n新增普惠性托位500个\n420\n84.0%\n市卫健委\n"
            "2\n新建口袋公园12个\n12\n100%\n市园林局\n"
            "合计\n\n\n91.5%\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["84.0%"] == "常有善育" and categories["100%"] == "环境改善"
    # a figure under a label naming no topic (`合计`) is not read into the row above it
    assert categories["91.5%"] == OTHER


def test_a_vote_s_approval_share_of_a_project_is_about_the_projects():
    records = {r.text: r for r in extract("票决结果\n\n得票最高：背街小巷改造（赞成率96.1%）。\n", doc_year=2041)}
    assert records["96.1%"].category == OTHER


@pytest.mark.parametrize("sentence, focus, expected", [
    # an audit's teams over funds of several categories: a total across them
    ("区审计局组织3个审计组，对城乡低保、特困供养、高龄补贴、就业补助等4类资金进行审计。", "审计组，区审计局组织3个审计组", OTHER),
    ("区审计局对城乡低保、特困供养、高龄补贴、就业补助等4类资金进行审计。", "资金，对城乡低保、特困供养、高龄补贴、就业补助等4类资金进行审计", OTHER),
    # a list of figures each naming its own work keeps them
    ("新建托育点5个、学校2所、养老院3个。", "托育点，新建托育点5个、学校2所、养老院3个", "常有善育"),
])
def test_a_figure_over_a_list_of_several_categories_is_other(sentence, focus, expected):
    assert category_by_topic(sentence, focus) == expected


def test_the_places_a_drive_goes_into_name_no_topic():
    # made up: a fire-safety drive `进校园` is safety work, not schooling
    categories = {r.text: r.category for r in extract(
        "今年将开展消防安全宣传“进校园、进家庭”活动不少于150场。", doc_year=2031)}
    assert categories["150场"] == "公共安全"
    assert category_by_topic("防溺水宣传进校园、进社区") != "常有优学"


def test_a_work_listed_among_the_projects_keeps_its_topic():
    # made up: the list's name after 列入 is where the work stands, not what it counts
    sentence = "2031年，老旧小区改造列入区政府八大民生实事，年度任务36个。"
    assert category_by_topic(sentence, "小区改造列入区政府八大民生实事，年度任务36个") == "常有安居"
    # the list itself, not listed, is still counted as the list
    assert {r.text: r.category for r in extract("全区共实施民生实事8件。", doc_year=2031)}["8件"] == "其他"


@pytest.mark.parametrize("sentence,figure,expected", [
    ("2031年实事项目调整为9件，新增两项。", "9件", "其他"),       # the list's count, set anew
    ("今年养老项目调整为6个，新增床位200张。", "6个", "常有颐养"),   # a topic's projects keep it
])
def test_the_list_set_to_a_count(sentence, figure, expected):
    assert {r.text: r.category for r in extract(sentence, doc_year=2031)}[figure] == expected


@pytest.mark.parametrize("text, expected", [
    ("8座农村公厕无人保洁", "常有安居"),           # a village's public toilets, not its cleaning
    ("渗水的5栋楼已完成修缮", "常有安居"),          # a building's leaks repaired
])
def test_toilets_and_leaking_buildings_are_housing(text, expected):
    assert category_by_topic(text) == expected


def test_a_budget_group_joining_several_categories_gives_its_own_sum_no_topic():
    # made up: the groups' sums are over several categories (其他); each output keeps its topic
    text = ("四、2031年民生实事资金安排\n\n"
            "（一）“一老一小”服务。安排3100万元。其中：新增普惠托位600个，每个补助3000元；"
            "改造社区养老服务站9处，每处补助40万元。\n\n"
            "（二）就业与兜底。安排1500万元，开发公益性岗位800个。\n\n"
            "上述资金全部编入部门预算。\n\n单位：万元\n项目\t2030年预算\t2031年预算\n一老一小服务\t2800\t3100\n义务教育提升\t6100\t6400\n")
    found = _categories_of(text, 2031)
    assert found["3100万元"] == found["1500万元"] == found["2800"] == "其他"
    assert found["40万元"] == "常有颐养"
    assert found["800个"] == "就业创业"
    assert found["6100"] == "常有优学"


@pytest.mark.parametrize("heading", ["二、教学过程", "一、教学目标", "《生活中的数学》教学设计", "导入新课", "五、板书设计",
                                     "三、教学重点和难点"])
def test_a_heading_framing_a_lesson_assigns_no_topic(heading):
    # a teaching activity is not a topic of the place, though `教学` is a word of school work, nor a work
    assert category_of_heading(heading) is None and work_of_heading(heading) is None
    assert category_of_heading("教学综合楼建设") == "常有优学" and work_of_heading("教学综合楼建设") == "常有优学"


@pytest.mark.parametrize("heading", ["一、市卫生健康局（考核得分98.6分，第1名）", "县住房和城乡建设局", "（二）区教育局", "市卫健委"])
def test_a_heading_naming_a_department_assigns_no_topic(heading):
    # who did the work, not what it was: the figures under it go by their own topics
    assert category_of_heading(heading) is None
    assert category_of_heading("二、卫生健康") == "常有健康"


def test_a_departments_results_go_by_their_own_topics():
    text = ("关于通报表扬2030年度民生实事先进单位的决定\n\n一、市卫生健康局（98.6分）\n"
            "新增普惠托位628个；改造村卫生室25个。\n\n二、市交通运输局（95.9分）\n新建农村公路118公里。\n")
    found = {r.text: r.category for r in extract(text, doc_year=2030)}
    assert found == {"628个": "常有善育", "25个": "常有健康", "118公里": "交通畅行"}


#: made-up documents, each with the categories of its figures
_OWN_TOPICS_IN_A_DOCUMENT_OF_ONE_SUBJECT = [
    # a lesson plan's process heading quotes a town's facts: each keeps its own topic
    ("《我的家乡在变化》教学设计\n\n三、教学过程\n\n"
     "活动一：出示本县2031年民生实事：新建乡镇卫生院2所；改造农村公路150公里；新增公益性岗位300个。\n\n"
     "活动二：分组读资料卡。资料卡A：镇上新建的街心游园，面积约2000平方米。\n",
     {"2所": "常有健康", "150公里": "交通畅行", "300个": "就业创业", "2000平方米": "环境改善"}),
    # a care home's publicity: the part after `；` names the childcare unit (常有善育); the
    # home's car park and green ratio stay the home's
    ("某县城北综合养老院项目规划公示\n\n"
     "建设内容：新建综合养老院1处，设养老床位150张；配套建设托育中心1所，设托位60个。\n\n"
     "主要指标：建筑密度28.5%，绿地率36.0%；机动车停车位52个。\n",
     {"150张": "常有颐养", "1所": "常有善育", "60个": "常有善育", "36.0%": "常有颐养", "52个": "常有颐养"}),
    # the planning table of one care home: its green ratio and parking rows are the home's,
    # its childcare row the childcare's
    ("某区城西综合养老院项目规划批前公示\n\n序号\t指标名称\t单位\t数值\n1\t总建筑面积\t平方米\t9800\n"
     "2\t绿地率\t%\t35.2\n3\t机动车停车位\t个\t64\n4\t托位\t个\t45\n",
     {"35.2": "常有颐养", "64": "常有颐养", "45": "常有善育"}),
    # a relocation list under a safety project's name: the people moved out and housed anew are
    # housing's; a kindergarten and a clinic built alongside (配套建设, 配建) go by their own work
    ("某县水库移民避险解困工程\n2030年度搬迁安置名单公示\n\n"
     "今年安排集中安置群众180户；安置区规划建设安置房12栋，配套建设幼儿园1所、村卫生室2个。\n\n"
     "东片安置区配建老年人日间照料中心1个。\n",
     {"180户": "常有安居", "12栋": "常有安居", "1所": "常有优学", "2个": "常有健康", "1个": "常有颐养"}),
    # …but a school's own track built alongside stays the school's: only homes' facilities built alongside serve
    # other matters
    ("某县第二中学新建工程概况\n\n本工程新建教学楼2栋、综合楼1栋，配套建设300米环形跑道1条。\n",
     {"2栋": "常有优学", "1条": "常有优学"}),
    # a progress form's `其中` row counts the people of the renovation in the row above
    ("民生实事项目进展统计表\n\n指标名称\t计量单位\t全年目标\t完成\n农村危房改造\t户\t420\t388\n"
     "其中：惠及群众\t人\t1500\t1390\n",
     {"1500": "常有安居", "1390": "常有安居"}),
    # a local standard for community dining halls: its staff and rates name no topic and are
    # the dining hall's (the title under the standard's number)
    ("DB3301/T 0456—2031\n社区老年食堂运营服务规范\n\n5 人员\n\n5.1 每个食堂配备工作人员不少于3名。\n\n"
     "6 评价\n\n6.1 用餐老人满意率不低于92%。\n\n6.2 测评样本不少于当月用餐人次的8%。\n",
     {"3名": "常有颐养", "92%": "常有颐养", "8%": "常有颐养"}),
]


def test_a_camp_for_one_group_and_a_register_of_one_aid_are_of_one_subject():
    # made up: the camp's buses, tutors and lunches serve the left-behind children it is held for;
    # the fitting trips of a hearing-aid register are the disabled people's aid
    camp = ("某县2031年农村留守儿童夏令营结营报告\n\n本次夏令营共接收营员480人，安排校车6辆接送，"
            "招募志愿者教师40名开展作业辅导，每人每天午餐标准15元。\n")
    found = _categories_of(camp, 2031)
    assert [found[f] for f in ("480人", "6辆", "40名", "15元")] == ["常有众扶"] * 4
    register = ("某县2031年度听力残疾人助听器免费验配发放登记汇总\n\n验配组分4批次深入12个乡镇开展测听，"
                "共为186人验配助听器。\n")
    found = _categories_of(register, 2031)
    assert [found[f] for f in ("4批次", "12个", "186人")] == ["常有众扶"] * 3


def test_heritage_buildings_are_culture_their_fire_safety_is_safety():
    # made up: a repair plan of walled houses; the hydrants put in them are fire safety
    text = ("某县2031年客家围屋保护修缮计划\n\n今年计划修缮围屋6座，修缮面积7530平方米。"
            "同步为12座古民居安装消防栓36个。\n")
    found = _categories_of(text, 2031)
    assert (found["6座"], found["7530平方米"]) == ("文体惠民", "文体惠民")
    assert found["36个"] == "公共安全"


def test_power_for_homes_is_housing_as_water_and_heating_are():
    # made up: a power company's summer report; the grid's lines, meters and weak-voltage areas serve homes
    text = ("某县供电公司关于2031年迎峰度夏工作情况的汇报\n\n今年完成户表改造12650户，新建改造低压线路431公里，"
            "低电压台区由37个减少到3个。\n")
    found = _categories_of(text, 2031)
    assert [found[f] for f in ("12650户", "431公里", "37个")] == ["常有安居"] * 3


def test_a_document_title_over_its_table_gives_the_table_its_topic_and_the_sections_after_it_none():
    # made up: a relocation progress form; its title names housing for the table's rows, while the sections
    # after the table go by their own topics (a kindergarten built alongside, subsidence monitoring)
    text = ("某县采煤沉陷区居民搬迁安置工作进度表\n乡镇\t搬迁任务（户）\t已入住（户）\n甲镇\t420\t396\n乙镇\t310\t280\n\n"
            "一、配套设施\n安置区配建幼儿园1所，可提供学位360个。\n\n二、存在问题\n沉陷区设置地表变形监测点32个。\n")
    found = _categories_of(text, 2031)
    assert (found["420"], found["396"]) == ("常有安居", "常有安居")
    assert (found["1所"], found["360个"]) == ("常有优学", "常有优学")


def test_funerals_and_graves_are_other():
    # made up: civil affairs the definitions leave to 其他 (gold/README's 社会事务 row); the bus line
    # laid on for the visitors keeps transport's
    text = ("某县2031年清明节祭扫服务保障工作方案\n\n全县建成乡镇公益性公墓11处、村级骨灰堂46个，"
            "2030年火化率保持100%，清明期间接待祭扫群众16.4万人次。开通祭扫专线公交4条。\n")
    found = _categories_of(text, 2031)
    assert [found[f] for f in ("11处", "46个", "100%", "16.4万人次")] == ["其他"] * 4
    assert found["4条"] == "交通畅行"


@pytest.mark.parametrize("text, expected", _OWN_TOPICS_IN_A_DOCUMENT_OF_ONE_SUBJECT)
def test_lessons_combined_facilities_form_rows_and_standards(text, expected):
    found = _categories_of(text, 2031)
    assert {figure: found[figure] for figure in expected} == expected


@pytest.mark.parametrize("heading, expected", [
    # a part whose own topic words point to two categories makes the joined heading name none
    ("生态宜居·文化惠民", None),
    ("生态宜居", None),
    ("文化惠民", "文体惠民"),
    # …but not a part whose only words are the list's own (`…民生实事项目…的请示`)
    ("关于申请2024年“丛台颐养·幸福邻里”民生实事项目区级配套资金的请示", "常有颐养"),
])
def test_a_joined_heading_with_an_ambiguous_part_names_no_category(heading, expected):
    assert category_of_heading(heading) == expected


@pytest.mark.parametrize("text, expected", [
    # a county high school's revival is education; `县中` inside a place or a hospital's name is not
    ("推进县中振兴", "常有优学"),
    ("越西县中所镇星光村通村公路", "交通畅行"),
    ("县中医院新建发热门诊", "常有健康"),
])
def test_a_county_high_school_is_named_by_its_phrase_not_two_characters(text, expected):
    scores = topic_scores(text)
    assert max(scores, key=scores.get) == expected


def test_an_inscription_records_the_one_work_it_was_set_up_for():
    assert names_one_project("越西县中所镇星光村通村公路修建碑记（录文）")


@pytest.mark.parametrize("text, focus, expected", [
    # an island's boats are its public transport
    ("开通至东极的“海上巴士”航线2条，投入客船3艘。", "航线", "交通畅行"),
    # households lifted out of poverty and those watched against falling back are social assistance's people
    ("全村现有农户612户，其中脱贫户187户、监测户14户。", "脱贫户", "常有众扶"),
    # a fund's own money is a total (not `公益`, charity) …
    ("2028年度，市本级共安排公益金1263.5万元。", "公益金", OTHER),
    ("提取公积公益金259260元。", "提取公积公益金", OTHER),
    # … but the share of it put to one work is that work's, and so is the bound set on that share
    ("市本级福彩公益金用于养老服务的比例达到55%以上，高于不低于50%的规定。", "福彩公益金用于养老服务的比例", "常有颐养"),
    ("市本级福彩公益金用于养老服务的比例达到55%以上，高于不低于50%的规定。", "规定，高于不低于50%的规定", "常有颐养"),
])
def test_topic_words_of_boats_poverty_households_and_funds(text, focus, expected):
    assert category_by_topic(text, focus) == expected


def test_a_figure_naming_no_topic_is_of_the_topic_its_documents_title_names():
    # made up: a property company's report to the owners; its accounts name no topic of their own
    text = ("某小区2031年度物业服务报告\n\n各位业主：\n　　一、收支情况\n　　全年收入185.9万元，"
            "支出190.1万元。\n　　二、绿化\n　　补植树木160株。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["185.9万元"] == categories["190.1万元"] == "常有安居"
    # a figure whose own words name a topic keeps it
    assert categories["160株"] == "环境改善"
    # a list's title names no one topic: its bare figures stay 其他
    listed = {r.text: r.category for r in extract(text.replace("某小区2031年度物业服务报告", "某区2031年民生实事项目"),
                                                  doc_year=2031)}
    assert listed["190.1万元"] == OTHER


@pytest.mark.parametrize("name, expected", [
    ("某市第五届全民健身运动会", "文体惠民"),      # a games is a sports event, mass fitness or not
    ("某市全民运动会开幕", "文体惠民"),
    ("新建全民健身中心1座", "常有健康"),          # a fitness facility
    ("开展全民健身活动", "常有健康"),             # mass fitness
])
def test_a_mass_fitness_games_is_an_event_its_centre_health(name, expected):
    assert category_of_heading(name) == expected


def test_a_votes_ballots_and_columns_count_the_vote_in_a_document_about_one_work():
    # made up: an owners' assembly's result notice on one estate's renovation
    text = ("某小区业主大会关于老旧小区改造事项表决结果的公告\n\n　　本次共发出表决票628张，收回571张。"
            "改造内容包括加装电梯4部。\n\n| 事项 | 同意（户） | 占总户数（%） |\n|---|---|---|\n"
            "| 1 | 538 | 85.7 |\n| 2 | 441 | 70.2 |\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["628张"] == categories["571张"] == OTHER
    assert categories["538"] == categories["85.7"] == OTHER
    # the work itself keeps its topic
    assert categories["4部"] == "常有安居"


def test_a_choice_of_schemes_counts_its_valid_ballots_and_each_scheme_s_votes():
    # made up: residents choose an old estate's facade colours; the ballots have a name of their own (`选色票`)
    text = ("某社区老旧小区外立面改造选色结果公示\n\n　　共发放选色票900张，收回860张；其中有效票842张，无效票18张。\n\n"
            "方案\t主色\t得票（票）\t占有效票比例\n方案一\t米黄\t500\t59.4%\n方案二\t浅灰\t342\t40.6%\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["842张"] == categories["18张"] == OTHER
    assert categories["59.4%"] == categories["40.6%"] == OTHER


def test_the_deputies_marks_on_each_project_count_the_rating_not_the_project():
    # made up: a people's congress rates each project of the year's list; the rows name topics
    text = ("某镇人大主席团关于2031年民生实事项目票评结果的公告\n\n三、票评结果（单位：人）\n"
            "序号\t项目\t满意\t基本满意\t不满意\n1\t幼有善育\t52\t2\t0\n2\t病有良医\t50\t3\t1\n")
    categories = {(r.start, r.text): r.category for r in extract(text, doc_year=2032)}
    assert set(categories.values()) == {OTHER} and len(categories) == 6
    # a survey's rate beside each project's results counts no vote: the results keep their topics
    survey = ("某县2031年民生实事完成情况电话调查报告\n\n序号\t子项目\t年度目标\t完成情况\t满意率（%）\n"
              "1\t新增普惠托位\t240个\t262个\t93.5\n2\t护理型床位\t120张\t120张\t93.3\n")
    found = {r.text: r.category for r in extract(survey, doc_year=2032)}
    assert found["262个"] == "常有善育" and found["120张"] == "常有颐养"
    # a rating sheet with each project's completion rate beside the raters' counts: the rate is the project's
    sheet = ("某镇2031年民生实事群众评议记分表\n\n｜序号｜类别｜项目｜完成率（%）｜满意（人）｜不满意（人）｜\n"
             "｜1｜交通畅行｜新建硬化路18.6公里｜103.2｜50｜1｜\n｜2｜托育｜增设托位40个｜100｜47｜2｜\n")
    rated = {(r.start, r.text): r.category for r in extract(sheet, doc_year=2032) if r.extractor == "table"}
    assert [c for (_, text), c in sorted(rated.items()) if text in ("103.2", "100")] == ["交通畅行", "常有善育"]
    assert {c for (_, text), c in rated.items() if text in ("50", "1", "47", "2")} == {OTHER}


@pytest.mark.parametrize("sentence,expected", [
    ("2031年安排一线职工疗休养1200人次", "常有众扶"),            # a trade union's rest trips: workers' welfare
    ("厂办大集体改革遗留人员核算86名", "就业创业"),              # workers of wound-up collectives: their jobs' end
    ("支付经济补偿金386.4万元", "就业创业"),
])
def test_workers_welfare_and_the_end_of_their_jobs(sentence, expected):
    assert category_by_topic(sentence, sentence) == expected


def test_the_language_a_script_is_read_in_names_no_topic():
    # a village broadcast's script in Mandarin and Minnan: the languages are the medium, not Mandarin teaching
    from pipeline.structure import title_topic

    assert title_topic("某区2031年为民办实事项目村居广播稿（普通话·闽南话对照）") is None
    assert topic_scores("【普通话稿】") == {}
    assert topic_scores("推广普通话培训教师200人次")      # teaching Mandarin stays a topic


def test_a_wish_names_no_brand_nor_topic():
    # a speech's last line (`祝大家新春快乐、阖家平安！干杯！`) is no heading naming 公共安全 over the table after it
    assert category_by_alias("最后，祝大家新春快乐、阖家平安！干杯！（热烈掌声）") is None
    assert topic_scores("祝各位身体健康、阖家平安") == {}
    assert category_by_alias("“平安”工程") == "公共安全"


def test_a_topic_word_read_across_a_words_boundary_names_no_topic():
    # `集中学习` is 集中 + 学习: no 中学 (a middle school) in it
    assert category_of_heading("二、集中学习") is None
    assert category_of_heading("新建中学1所") == "常有优学"


@pytest.mark.parametrize("title,topic", [
    ("某旗应急管理局救灾物资调拨签收单", "常有众扶"),      # the sender's 应急 is not the receipt's topic
    ("某县卫健委家庭医生签约服务工作情况报告", "常有健康"),
    ("某县教育局关于森林防火知识进校园的通知", "公共安全"),   # the sender's 教育 neither
    ("某县老年人公交爱心卡月度充值台账", "交通畅行"),         # two topics a boundary settles: transport for the elderly
    # a list of places joined before the matter (`A—B岛、C—D岛客渡航线`): the places name no topic
    ("某县交通运输局关于甲港—乙岛、丙港—丁岛客渡航线船期调整的公告", "交通畅行"),
    ("某县养老服务和社区网格化治理工作方案", None),           # a long part naming none is a matter of its own
    # a quoted name before the noun it names: the noun says what the document is about
    ("关于公布2030年某县“和美乡村”广场舞大赛获奖名单的通知", "文体惠民"),
    # an institution sending its own report: what follows the year is what it is about…
    ("某街道社区卫生服务中心2019年第三季度产后访视及新生儿家庭访视情况", "常有善育"),
    # …where it says so by a word of weight (`水情` inside `用水情况` is none)
    ("某镇某某灌区农民用水户协会2019年度财务收支及用水情况公开", None),
    # compensation for what a flood destroyed is relief; the safety of a transport service is the service's
    ("某镇某某洼蓄滞洪区2030年运用补偿登记表公示", "常有众扶"),
    ("某区农村客运车辆出站安全例检情况周汇总表", "交通畅行"),
    # an aside in brackets joins nothing: the batch and the kinds grafted are no second matter
    ("某镇2031年果树嫁接技术培训学员花名册及考核登记表（荔枝、龙眼 第二期）", "就业创业"),
    # swimming taught against drowning is safety training; a swimming race is a sports event
    ("暑期免费游泳培训：1500名孩子学会“水中自救”", "公共安全"),
    ("某县全民健身游泳比赛", "文体惠民"),
    # an apprenticeship in a craft is vocational training; the scenic spots' tickets are a visit to the sights
    ("关于开展2031年竹编技艺“师带徒”补贴申报工作的通知", "就业创业"),
    ("某市A级旅游景区本地居民免门票政策实施情况周报", "文体惠民"),
    # a winter ice festival is an event, though it is held in a public ice park (fitness)
    ("某县首届冰雪节后勤保障方案：冰雪乐园设冰雕雪雕作品120件", "文体惠民"),
    ("某县火把节群众文艺活动安排", "文体惠民"),
    # a mountain line's public-welfare slow train is public transport; a forest town's firewood heats its homes
    ("关于公益性慢火车冬季运行安排的公告", "交通畅行"),
    ("某林业公司关于职工冬季烧柴分配的告示", "常有安居"),
    # a trade's workers' rest station is the workers' welfare
    ("某盐场“盐工之家”驿站值守日志（2030年7月）", "常有众扶"),
])
def test_the_topic_of_a_title_is_not_its_sender_s(title, topic):
    from pipeline.structure import title_topic

    assert title_topic(title) == topic


def test_an_insurance_policy_s_terms_are_its_scheme_s():
    # made up: a government assistance insurance policy; its medical cover line is the scheme's (assistance)
    text = "某旗2031年度政府救助综合保险保险单\n\n特别约定：\n1．意外医疗费用在扣除免赔额后，按80%比例赔付。\n"
    assert {r.text: r.category for r in extract(text, doc_year=2031)}["80%"] == "常有众扶"


def test_a_topic_word_that_names_an_administrative_unit_names_no_topic():
    from extractors.categories import category_by_alias, names_a_place
    # made up: 平安 is an alias of 公共安全, but 平安区 and 安居镇 are places
    assert category_by_alias("某某市平安区大药房关于药品降价的公告") is None
    assert category_by_alias("建设平安乡村") == "公共安全"
    assert names_a_place("平安区", 0, 2) and not names_a_place("平安乡村", 0, 2) and not names_a_place("棚户区", 0, 2)
    found = {r.text: r for r in extract("某某市平安区2031年药品降价情况：全区23家药店对56种常用药品降价，执业药师41名。")}
    assert found["23家"].category == "常有健康"


def test_stocking_rivers_with_young_fish_is_the_waters_ecology():
    found = {r.text: r for r in extract("2031年在某江段增殖放流鱼苗5.2吨，放流点4处。")}
    assert found["5.2吨"].category == "环境改善"


def test_a_health_check_s_figures_in_a_sentence_about_the_children_checked_are_child_health():
    # made up: a kindergarten's entry checks; `实检`, `体检率` name no child, the sentence does
    found = {r.text: r for r in extract("2031年秋季入园体检：应检幼儿920人，实检904人，体检率98.3%。")}
    assert {found[t].category for t in ("920人", "904人", "98.3%")} == {"常有善育"}
    old = {r.text: r for r in extract("2031年为65岁以上老年人健康体检3600人，体检率72%。")}
    assert old["72%"].category == "常有健康"


def test_a_water_plant_is_the_water_supply_s():
    from pipeline.structure import title_topic
    assert title_topic("某县某镇第二水厂　生产运行日志") == "常有安居"


def test_a_town_after_its_county_at_the_head_of_a_title_names_no_topic():
    from extractors.place import without_leading_places
    from pipeline.structure import title_topic
    # made up: 天桥 (a footbridge) inside a town's name
    assert without_leading_places("某某县天桥岭镇2031年退耕还林补助兑现公示") == "2031年退耕还林补助兑现公示"
    assert title_topic("某某县天桥岭镇2031年退耕还林补助兑现公示") == "环境改善"
    assert without_leading_places("美丽乡村建设") == "美丽乡村建设"


@pytest.mark.parametrize("lead,expected", [
    ("根据《某县2031年民生实事项目实施方案》中“就业创业·肉牛产业帮扶”子项，全县今年计划新建暖棚600座。", "就业创业"),
    ("该项目是县2031年民生实事“城乡环境整治”项目的主体工程，现将有关事项公告如下。", "城乡环境整治"),
    ("“常有颐养·敬老暖心行动”是市2031年民生实事之一。", "常有颐养"),
    ("2031年民生实事“成绩单”出炉。", None),                           # names no topic
    # a frame the list is drawn as, though its first word names a topic (`技能` is training's)
    ("某镇2031年民生实事“技能树”，请大家查收！", None),
    ("某街道2031年民生实事“健康地图”发布。", None),
    ("某县2031年民生实事“就业服务”项目启动。", "就业服务"),
    # two quoted projects of two topics name no one subject, nor a project of two works of which one names none
    ("根据民生实事“新建公办幼儿园2所”和民生实事“新增养老床位200张”的安排，", None),
    ("根据《某县2031年民生实事工作方案》中“壮大村集体经济、增加贫困户收入”的安排，", None),
    ("结合今年市民生实事“新建、改扩建中小学4所，新增学位3150个”的实施，", "新建、改扩建中小学4所，新增学位3150个"),
])
def test_the_one_project_a_lead_says_it_carries_out(lead, expected):
    from extractors.categories import project_carried_out
    assert project_carried_out(lead) == expected


def test_a_document_carrying_out_one_project_is_of_that_project_throughout():
    from pipeline import extract
    text = ("某镇2031年暖棚建设补贴资金发放名单公示\n\n"
            "根据《某县2031年民生实事项目实施方案》中“就业创业·肉牛肉羊产业帮扶”子项，全县今年计划新建暖棚600座。\n\n"
            "说明：\n1．脱贫户按面积计算补贴，最高18000元。\n2．暖棚单座面积不小于60平方米。\n")
    assert {r.text: r.category for r in extract(text)} == {"600座": "就业创业", "18000元": "就业创业", "60平方米": "就业创业"}


def test_a_story_that_names_a_project_further_on_is_not_of_that_project_throughout():
    from pipeline import extract
    text = ("我家门口的新变化\n\n"
            "小区里来了好多工人叔叔。爸爸告诉我，这是区里今年要办的民生实事里的“老旧小区改造”。\n\n"
            "小区门口的荒地变成了口袋公园，里面种了300多棵树。\n")
    assert {r.text: r.category for r in extract(text)}["300多棵"] == "环境改善"


@pytest.mark.parametrize("title,sentence,expected", [
    # made up: the department that issues a notice is not its topic
    ("某县卫生健康局关于2030年托育机构备案名单的公告", "经审核，以下5家托育机构共提供托位260个。", "常有善育"),
    ("某区教育体育局关于老年大学春季招生的通知", "今年春季开设班级12个。", "常有优学"),
    ("某市文化和旅游局关于发放旅游厕所运维补助的通知", "全市新改建旅游厕所36座。", "常有安居"),
])
def test_a_department_s_name_is_no_topic(title, sentence, expected):
    from extractors.categories import category_by_alias
    assert category_by_alias("县卫生健康局") is None and category_by_alias("卫生健康工作") == "常有健康"
    categories = _categories_of(f"{title}\n\n{sentence}\n", 2030, title=title)
    assert set(categories.values()) == {expected}


def test_a_title_where_two_topics_meet_settles_the_figures_naming_one_side():
    # made up: a plan of buses taking migrant workers back to their jobs; a line naming only the
    # buses is the jobs service's, a bus line in a transport bureau's timetable stays transport
    from extractors.categories import boundary_in_setting
    assert boundary_in_setting("春节后务工人员返岗包车发车计划", "大巴", "大巴12辆") == "就业创业"
    assert boundary_in_setting("2031年城区公交线路调整方案", "大巴", "大巴12辆") is None
    # the figure's words on the other side: a school's canteen seats in a notice of its pupils' meals
    assert boundary_in_setting("某中心小学农村义务教育学生营养改善计划每周公示", "新增餐位",
                               "扩建食堂，新增餐位80个") == "常有优学"
    assert boundary_in_setting("某社区老年食堂运营情况公示", "新增餐位", "扩建食堂，新增餐位80个") is None
    # …and a fitness centre under a title naming a games and the centre is the centre's, not the games'
    assert boundary_in_setting("某市第五届全民健身运动会暨全民健身中心启用仪式秩序册", "座位",
                               "全民健身中心设有主体育馆1个（座位3000个）") is None
    assert boundary_in_setting("某街道便民服务中心运营情况公示", "新增餐位", "扩建食堂，新增餐位80个") is None
    title = "某县2031年春节后务工人员“点对点”返岗包车发车计划"
    text = f"{title}\n\n一、发车安排\n　　厦门专线：大巴12辆，计划乘车540人，7:00客运站发车。\n"
    categories = _categories_of(text, 2031, title=title)
    assert categories["12辆"] == categories["540人"] == "就业创业"
    # a reservoir's resettled people and their yearly cash after the move: support, not the housing
    assert boundary_in_setting("关于2030年度大中型水库移民后期扶持直补资金发放的公告", "核定扶持人口",
                               "全县核定扶持人口9120人") == "常有众扶"
    assert boundary_in_setting("某县水库移民安置小区建设方案", "安置房", "建成安置房360套") is None


def test_a_band_over_the_page_naming_a_brand_files_its_figures_under_it():
    # made up: a clinic's register under a top line naming the brand; a line naming two brands assigns none
    text = "2031年县级民生实事（常有颐养）·家庭病床服务\n某镇卫生院家庭病床登记簿\n\n　　本季度新建家庭病床36张，查床412次。\n"
    assert set(_categories_of(text, 2031).values()) == {"常有颐养"}
    text = "常有善育、常有优学工作简报\n\n　　本季度新建家庭病床36张。\n"
    assert _categories_of(text, 2031)["36张"] == "常有健康"


def test_a_band_naming_a_brand_holds_over_a_column_s_topic_where_the_page_is_that_brand_s_project():
    # made up: a buddy scheme (one project, the brand's) tabled by town; its volunteers' column
    # names a topic of its own (volunteers), the page's brand holds
    text = ("2031年“常有颐养”民生实事项目\n“银龄结对”计划进展汇总表\n\n"
            "　　“银龄结对”计划全年组织低龄老年志愿者800名，与4000名高龄老人结对。\n\n"
            "街镇\t低龄老年志愿者（人）\t结对老人（人）\n东镇\t92\t460\n西镇\t78\t390\n")
    categories = _categories_of(text, 2031)
    assert categories["92"] == categories["78"] == categories["460"] == "常有颐养"


@pytest.mark.parametrize("cell,site", [
    ("石角镇中心小学", True), ("汤塘镇第一中学", True), ("县人民医院", True), ("东风村", True), ("城南社区", True),
    # works, not names alone
    ("新建幼儿园", False), ("县一中扩建", False), ("老旧小区改造", False),
    # names of other things
    ("醒狮训练", False), ("合计", False),
])
def test_a_site_name_alone_is_a_school_s_a_clinic_s_or_a_village_s_name(cell, site):
    assert is_a_site_name(cell) is site


def test_an_animal_named_by_a_word_of_people_s_need_is_no_aid():
    # `流浪` of homeless people is 常有众扶; a stray dog is not
    assert "常有众扶" not in topic_scores("上半年收容流浪犬312只，全县现有流浪犬收容所2个")
    assert "常有众扶" in topic_scores("救助流浪乞讨人员312人次")



def test_a_cards_field_without_a_topic_takes_the_cards_name():
    # made up: a progress platform's export, one card per project; the rate line names no topic
    text = ("某县民生实事项目进度查询平台\n\n"
            "【1/20】MS2031-01　普惠托育扩容\n年度目标：新增普惠性托位400个\n完成情况：新增普惠性托位436个\n"
            "完成率：109.0%　　状态：已完成\n\n"
            "【2/20】MS2031-02　农村公路提档升级\n年度目标：提档升级农村公路80公里\n"
            "完成情况：完成提档升级62公里\n完成率：77.5%　　状态：未完成\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["109.0%"] == "常有善育"
    assert categories["77.5%"] == categories["62公里"] == "交通畅行"
    # cards named by a field
    text = ("项目编号：MS-03\n项目名称：城乡居民健身设施\n完成率：100%\n\n"
            "项目编号：MS-04\n项目名称：老年助餐服务\n完成率：96%\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["100%"] == "常有健康" and categories["96%"] == "常有颐养"
    # a person's profile names no topic: nothing changes
    profile = {r.text: r.category for r in extract("张三\n年龄：45岁\n补助：300元\n", doc_year=2031)}
    assert profile["300元"] == OTHER


def test_a_cards_field_naming_its_own_topic_takes_it_over_the_cards_heading():
    # made up: a resettlement site's card; the site is housing, its school, clinic and jobs are not
    text = ("某县易地搬迁安置点后续扶持情况\n\n【卡片1】幸福家园安置区\n安置规模：860户3120人\n劳动力：1650人\n"
            "配套学校：小学1所\n医疗：社区卫生服务站1个\n兜底保障：纳入低保120户\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["860户"] == "常有安居"
    assert (categories["1650人"], categories["1所"], categories["1个"], categories["120户"]) == (
        "就业创业", "常有优学", "常有健康", "常有众扶")
    # a brand's heading decides for all its lines
    named = {r.text: r.category for r in extract("三、常有安居\n\n安置规模：860户\n配套学校：小学1所\n医疗：卫生室1个\n", doc_year=2031)}
    assert named["1所"] == named["1个"] == "常有安居"


@pytest.mark.parametrize("heading,expected", [
    ("一、潮汐预报（据某海洋环境监测站，潮高以当地基准面起算）", None),       # the source names no topic
    ("二、健康体检（数据来源：区卫健局）", "常有健康"),
    ("三、可能出现的情况（请仔细阅读）", None),
    ("终点成绩（按航道）", None),                                           # the rows' order names no topic
    ("二、城区学校改扩建进度（按乡镇排列）", "常有优学"),
    ("四、航道疏浚", "交通畅行"),
])
def test_a_heading_s_note_of_its_source_or_for_the_reader_names_no_topic(heading, expected):
    assert category_of_heading(heading) == expected


def test_a_form_s_spaced_out_key_files_its_ticket_under_a_brand():
    # made up: a dispatch ticket's keys are spaced to the column's width (`类　别`, `资　金`)
    text = ("2031年区政府民生实事派工单\n\n工单号：MS-2031-01\n类　别：“常有善育”\n"
            "任　务：新增普惠托位80个\n资　金：区财政120万元\n承办单位：区卫健局\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["120万元"] == "常有善育"


def test_a_bulleted_list_of_services_is_a_card_whose_fields_name_their_own_topics():
    # made up: a web page's list of services for the elderly; a bullet before each field's name
    text = ("某街道高龄津贴办事指南\n\n四、相关为老服务\n　　▸ 长者食堂：街道共有长者食堂5家。\n"
            "　　▸ 家庭医生：65岁以上老人签约率已达87%。\n　　• 居家安全：为独居老人安装烟感报警器860户。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert (categories["5家"], categories["87%"], categories["860户"]) == ("常有颐养", "常有健康", "公共安全")


def test_the_brand_a_one_matter_document_files_itself_under_in_its_lead_is_its_topic():
    # made up: a notice whose lead files its one matter under a group; its figures with no topic
    # of their own take it, those with one (a fire post, parking) keep theirs
    text = ("某区滨河夜市便民摊位摇号结果公示\n\n　　围绕“就业创业”，区政府将滨河夜市便民摊位列入2024年民心工程。\n\n"
            "　　一、报名情况\n　　共有612人报名，符合条件的548人。\n\n　　二、经营须知\n"
            "　　夜市设微型消防站1个，设置临时停车泊位260个。\n")
    categories = _categories_of(text, 2024)
    assert categories["612人"] == categories["548人"] == "就业创业"
    assert (categories["1个"], categories["260个"]) == ("公共安全", "交通畅行")
    # a lead naming two brands files the document under neither
    two = text.replace("。\n\n　　一、", "。围绕“常有善育”，设亲子区。\n\n　　一、")
    assert _categories_of(two, 2024)["612人"] != "就业创业"


def test_one_section_of_another_topic_does_not_stop_the_lead_s_brand():
    # made up: a park's opening notice (a park: 环境改善 by its title) whose lead files the park under
    # 文体惠民; its safety section keeps its own topic, and two such sections would make it a document
    # of several matters
    text = ("关于某某湿地公园试开放的公告\n\n　　围绕“文体惠民”，镇政府将某某湿地公园建设列入2024年民生实事。\n\n"
            "一、园区设施\n　　公园建有观鸟平台2处，步道全长约1.2公里。\n\n"
            "二、安全须知\n　　园区配备安保人员16名，设置灭火器30具。\n")
    categories = _categories_of(text, 2024)
    assert categories["2处"] == categories["1.2公里"] == "文体惠民"
    assert categories["16名"] == categories["30具"] == "公共安全"
    several = text.replace("二、安全须知", "二、交通出行\n　　公园入口设停车位150个。\n\n三、安全须知")
    assert _categories_of(several, 2024)["2处"] != "文体惠民"
    # a lead that names the list the matter is on without setting the brand off as a name describes it
    described = text.replace("围绕“文体惠民”，镇政府将某某湿地公园建设列入2024年民生实事", "本项目已列入今年镇级文体惠民实事")
    assert _categories_of(described, 2024)["2处"] == "环境改善"


def test_a_salutation_before_the_lead_does_not_hide_its_brand():
    # made up: a hike's road book whose lead, under `致参加者：`, files the event under 文体惠民
    text = ("2019年某某古道群众徒步活动路书\n\n致参加者：\n本次活动是县政府2019年“文体惠民”民生实事之一，共开放名额1500个。\n\n"
            "一、线路概况\nA线全程约21.6公里，累计爬升约860米。\n")
    categories = _categories_of(text, 2019)
    assert categories["21.6公里"] == categories["860米"] == "文体惠民"


def test_a_crops_area_and_output_are_farming_whatever_the_pages_matter():
    # made up: a harvest's hiring plan (jobs, by its title's 用工): the crop's figures are farming
    text = "某县2023年金柚采收季用工保障工作方案\n\n全县金柚种植面积约6.8万亩，预计今年产量9.5万吨。计划组织采摘工1200人。\n"
    categories = _categories_of(text, 2023)
    assert categories["6.8万亩"] == categories["9.5万吨"] == "其他"
    assert categories["1200人"] == "就业创业"


def test_a_lead_filing_the_titles_matter_under_a_brand_files_that_topic_under_it():
    # made up: an old-age university's prospectus (lifelong learning, 常有优学, by its title), whose lead
    # files the matter under 常有颐养; its heading of the same topic does not stop the lead, its
    # fee relief and parking keep their own topics
    text = ("某区老年大学2031年春季学期招生简章\n\n　　围绕“常有颐养”，区政府将老年大学扩容列入2031年民生实事。"
            "本学期开设专业14个，招生名额1100人。\n\n一、招生对象\n　　年龄在50至75周岁之间的中老年朋友，每人限报2个专业。\n\n"
            "二、其他\n　　低保、特困学员免收学费，共减免42人。新校区设停车泊位60个。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["14个"] == categories["1100人"] == categories["2个"] == "常有颐养"
    assert (categories["42人"], categories["60个"]) == ("常有众扶", "交通畅行")
    # without the lead's brand, the title's topic
    plain = text.replace("围绕“常有颐养”，", "")
    assert {r.text: r.category for r in extract(plain, doc_year=2031)}["1100人"] == "常有优学"


def test_a_campaign_quoted_in_the_lead_does_not_refile_the_titles_matter():
    # made up: a page about village public toilets (常有安居 by its title and figures) whose lead
    # quotes a campaign of the village environment, in a frame and in a purpose clause
    for lead in ("围绕“厕所革命”，我区推行公厕所长制。", "为巩固农村“厕所革命”成果，我区推行公厕所长制。"):
        text = (f"某区农村公厕所长制管理公示\n\n　　{lead}全区共有农村公厕412座，落实所长412名。\n\n"
                "一、巡查情况\n　　9月共发现问题58个，已整改53个。\n")
        categories = {r.text: r.category for r in extract(text, doc_year=2024)}
        assert categories["58个"] == categories["53个"] == "常有安居", lead


def test_a_labelled_figure_naming_no_topic_takes_the_documents_topic():
    text = ("某县2025年“秦腔进乡村”惠民演出票价补贴结算单\n\n场次：第19场\n演出地点：某村戏楼\n剧目：《火焰驹》\n"
            "售票（张）：386\n票款收入（元）：3860\n补贴金额（元）：5790\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2025)}
    assert categories["386"] == categories["3860"] == categories["5790"] == "文体惠民"


def test_in_a_document_about_one_matter_a_figure_naming_no_topic_takes_the_title_s_unless_a_classifier_is_sure():
    # made up: a postnatal-visit report's cards; `应访9人` names nothing (the lexicon gives 其他): the title's
    # topic; a classifier sure of 其他 (it has learnt what card furniture and geography are) is not overruled
    from pipeline.document import DocMeta, Document
    from pipeline.run import RULES, Backups, analyse
    title = "某卫生服务中心2019年第三季度产后访视及新生儿家庭访视情况"
    text = f"{title}\n\n【某村】\n产后访视：应访9人，实访8人\n【另一村】\n产后访视：应访6人，实访6人\n"
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title)), 2019, RULES)
    assert {r.text: r.category for r in records}["9人"] == "常有善育"
    # a lexicon that reads no topic in `应访9人`, `实访8人`: the title's
    unsure = Backups(category=lambda sentence, focus, heading="": "其他",
                     source=lambda sentence, focus, heading="": "topic", name="statistical")
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title)), 2019, unsure)
    assert {r.text: r.category for r in records}["8人"] == "常有善育"
    sure = Backups(category=lambda sentence, focus, heading="": "其他",
                   source=lambda sentence, focus, heading="": "textcat", name="statistical")
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title)), 2019, sure)
    assert {r.text: r.category for r in records}["9人"] == "其他"


def test_money_named_only_as_money_on_a_card_is_the_documents_topic():
    # made up: a pond's task card; its money names no work, its measures name several topics (railings: safety)
    text = ("某镇关于印发2028年农村坑塘整治任务卡的通知\n\n【任务卡01】\n坑塘编号：KT-01\n水面面积：约3.2亩\n"
            "整治措施：清淤约4200立方米；安装防护栏杆260米\n计划投资：38.6万元\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2028)}
    assert categories["38.6万元"] == categories["3.2亩"] == "环境改善"
    # …but not money beside the whole list's counts in a prose sentence: the list's (其他)
    prose = ("某区2028年基层治理创新案例（民生实事闭环管理）\n\n"
             "到2027年底，12件实事全部完成，实际完成投资19.3亿元。\n")
    assert {r.text: r.category for r in extract(prose, doc_year=2028)}["19.3亿元"] == "其他"


def test_in_a_document_about_one_matter_a_figure_whose_own_words_name_no_topic_takes_the_title_s():
    # made up: a town's report on its garbage bin rooms (`箱房`, no word of the lexicon); the sentence's
    # completion rate names the projects' procedure (其他), not what the 89 count
    text = ("某镇人民政府关于报送2015年农村生活垃圾箱房改造进展情况的报告\n\n"
            "截至11月30日，已完工改造箱房89座，完成率79.5%；在建23座。\n")
    assert {r.text: r.category for r in extract(text, doc_year=2015)}["89座"] == "环境改善"


def test_in_a_document_about_one_matter_a_figure_the_classifier_is_unsure_of_is_the_matter_s():
    # made up: a drought's water-delivery roster; the drivers of the fire brigade's tankers name safety to
    # the lexicon, but they deliver the roster's water (常有安居). Only where a classifier was asked and was unsure:
    # a sure classifier keeps its call, and the lexicon alone (rules only) keeps its own.
    from pipeline.document import DocMeta, Document
    from pipeline.run import RULES, Backups, analyse
    title = "某县抗旱应急送水车辆调度排班表"
    text = f"{title}\n\n本期共安排消防水罐车6台，每台配驾驶员1名。\n"

    def categories(backups: Backups) -> dict[str, str]:
        records, _ = analyse(Document("t", text, meta=DocMeta(title=title)), 2024, backups)
        return {r.text: r.category for r in records}

    def classifier(source: str) -> Backups:
        return Backups(category=lambda sentence, focus, heading="": "公共安全",
                       source=lambda sentence, focus, heading="": source, name="statistical")

    assert categories(classifier("unsure"))["1名"] == "常有安居"
    assert categories(classifier("textcat"))["1名"] == "公共安全"
    assert categories(RULES)["1名"] == "公共安全"


def test_a_figure_no_topic_word_claims_takes_the_documents_main_topic():
    # made up: a town's year, most of whose figures are of elderly care; its meetings name no topic of
    # their own (the lexicon's 其他): the document's main topic; the list's own count is a rule's 其他
    text = ("某镇这一年\n\n　　今年，全镇新增养老床位120张，建成老年助餐点8个，为2300名老人发放高龄津贴。"
            "全镇新建居家养老服务站5个。\n\n　　全年共实施民生实事项目10件。镇里召开推进会3次。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2026)}
    assert categories["3次"] == categories["120张"] == "常有颐养"
    assert categories["10件"] == OTHER
    # no topic holds more than half the figures: nothing is refiled
    split = text.replace("为2300名老人发放高龄津贴。全镇新建居家养老服务站5个。",
                         "新增学位2300个，新建公办幼儿园5所。")
    assert {r.text: r.category for r in extract(split, doc_year=2026)}["3次"] == OTHER
    # a figure whose own words name a topic of 其他 (a crop's output: farming) is claimed, no stray
    farming = text.replace("镇里召开推进会3次。", "全镇鲜椒总产量约160万斤。")
    assert {r.text: r.category for r in extract(farming, doc_year=2026)}["160万斤"] == OTHER
    # …but not for a word elsewhere in its clause (the hotline's `12345`): what it counts names no topic
    hotline = text.replace("镇里召开推进会3次。", "老街管网堵塞冒溢19次，投诉电话打到12345的有27件。")
    assert {r.text: r.category for r in extract(hotline, doc_year=2026)}["19次"] == "常有颐养"


def test_each_item_of_a_list_after_a_colon_goes_by_its_own_words():
    # made up: a compact's preface lists last year's works after a colon; no item borrows the road's topic
    text = "去年一年，村里办成几件大事：屯级路硬化3.2公里；新建家庭水柜45座；八角合作社分红每户平均1860元；村里9个孩子考上大学。"
    found = {r.text: r.category for r in extract(text, doc_year=2026)}
    assert found == {"3.2公里": "交通畅行", "45座": "常有安居", "1860元": "其他", "9个": "常有优学"}


@pytest.mark.parametrize("title, expected", [
    ("某县2024年抗旱应急打井（修井）施工台账", "常有安居"),     # made up: the wells are the water supply's
    ("某县2024年抗旱应急响应情况通报", "公共安全"),             # the drought itself is the emergency's
])
def test_wells_drilled_in_a_drought_are_the_water_supply_s(title, expected):
    from pipeline.structure import title_topic
    assert title_topic(title) == expected


def test_a_contest_s_age_bracket_is_no_care_for_that_age():
    # `老年组` is who competes in a kite contest, not care of the elderly; the contest's topic stays
    assert topic_scores("老年组入围名单") == {}
    assert category_of_heading("老年组入围名单") is None
    assert "常有颐养" not in topic_scores("其中老年组12支、亲子组11支、青少年组8支")
    assert category_of_heading("老年人助餐服务") == "常有颐养"


def test_a_broad_group_cut_by_a_topic_word_across_its_edge_is_no_broad_group():
    # `城市建设` inside `新时代城市建设者管理者之家` (beds let to the city's workers): the home names housing
    assert category_of_heading("某街道新时代城市建设者管理者之家（某路点）入住登记单") == "常有安居"
    assert category_of_heading("某区蓝领公寓床位出租情况表") == "常有安居"
    # the broad group standing alone still names no one topic
    assert category_of_heading("三、城市建设") is None


@pytest.mark.parametrize("text, expected", [
    # piece-work brought to the village (`共富工坊`) and outwork done at home (`来料加工`): jobs
    ("某村渔嫂共富工坊发料收货登记簿", "就业创业"),
    ("全镇来料加工点新增5个", "就业创业"),
    # beds let to the city's front-line workers: housing
    ("某区新时代城市建设者管理者之家新增床位2000张", "常有安居"),
    ("新建蓝领公寓2处", "常有安居"),
])
def test_work_and_housing_under_their_local_names(text, expected):
    assert category_of_heading(text) == expected


def test_a_word_alone_that_names_no_topic_counts_inside_a_topic_word():
    # `帮扶` alone names no one topic; inside `帮扶车间` (piece-work brought to a village) it is the workshop's
    assert category_of_heading("某镇草编·指尖帮扶车间吊牌印制校样") == "就业创业"
    assert category_of_heading("三、全村2031年帮扶目标") is None


def test_a_lead_filing_the_one_project_under_a_brand_stands_over_the_title_s_topic():
    # made up: a clothes-bin notice; its title names recycling, its lead files the project under social assistance,
    # also under a heading naming the bins; a figure of its own other topic keeps it
    title = "某市“衣旧有爱”旧衣物回收箱2045年第二季度清运称重公示"
    text = (f"{title}\n\n“衣旧有爱”旧衣物循环利用项目列入2045年某市为民办实事，归入“常有众扶”类。\n\n"
            "一、回收箱设置\n全年计划设置回收箱120个，已设置96个。\n\n二、去向\n向困难群众发放冬衣1320件。\n")
    found = _categories_of(text, 2045, title)
    assert (found["120个"], found["96个"], found["1320件"]) == ("常有众扶", "常有众扶", "常有众扶")


@pytest.mark.parametrize("sentence,figure", [
    ("本周接报各类警情37起，同比下降15.9%。", "37起"),
    ("1—7月累计接报警情1163起，其中群众求助类警情占52%。", "52%"),
])
def test_a_police_station_s_incidents_reported_are_its_caseload(sentence, figure):
    # made up: a border station's weekly bulletin; the accidents it handled keep their own topic
    found = _categories_of(f"某派出所警情周报\n\n{sentence}交通事故6起，受伤3人。\n", 2045)
    assert (found[figure], found["6起"]) == (OTHER, "公共安全")


@pytest.mark.parametrize("name,expected", [("常有众扶", "常有众扶"), ("文体惠民", "文体惠民"), ("生态环境部令第4号", None),
                                           ("某某湿地公园", None)])
def test_a_set_off_name_is_a_brand_only_whole(name, expected):
    from extractors.categories import category_of_name
    assert category_of_name(name) == expected


def test_a_foreword_going_through_two_brands_files_each_clause_by_its_own():
    # made up: an exhibition's foreword names two brands, one at the head of each part; the parts after the
    # second name their own topics, and neither the foreword's heading nor the visitors of an exhibition
    # on the year's list are a topic of it
    text = ("某镇2031年民生实事影像展观众留言簿抄录\n\n【展览前言】\n"
            "2031年，某镇把8件事列为为民办实事。围绕“常有颐养”，新建农村幸福院2个；围绕“常有安居”，"
            "完成安置小区配套提升1个；硬化通村路6.4公里；镇卫生院新增床位20张。\n\n"
            "【留言抄录】\nP.2　镇中学学生\n我们学校今年新修了篮球场2块。\n")
    found = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert found == {"8件": "其他", "2个": "常有颐养", "1个": "常有安居", "6.4公里": "交通畅行",
                     "20张": "常有健康", "2块": "常有优学"}


def test_a_show_about_the_year_s_projects_takes_no_topic_from_its_troupe_and_script():
    # made up: a village troupe's script sings the year's projects; its form is culture, its matter the projects:
    # each figure goes by its own words, and those naming no topic are the list's
    from pipeline.structure import title_topic
    title = "快板书　某村今年办实事——某村文艺宣传队2031年春节演出本"
    assert title_topic(title) is None
    text = (title + "\n\n甲：村集体的光伏电站，去年收益21.6万元。\n乙：今年硬化巷道3.2公里。\n")
    found = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert found["3.2公里"] == "交通畅行" and found["21.6万元"] != "文体惠民"
    # a show that names no year's list keeps its topic
    assert title_topic("某村文艺宣传队2031年春节演出本") == "文体惠民"


def test_a_quoted_topic_after_a_semicolon_names_an_activity_and_a_title_of_one_matter_keeps_its_audience():
    text = "围绕“常有颐养”，新建幸福院2个；“银龄课堂”培训老人300人次。"
    assert {r.text: r.category for r in extract(text, doc_year=2031)}["300人次"] == "常有颐养"
    assert category_of_heading("某县公益电影放映观众人次统计") == "文体惠民"


@pytest.mark.parametrize("text, expected", [
    ("二、巷道硬化«巷道硬化»米", "交通畅行"),       # a village's lanes paved: its streets
    ("改造背街小巷5条", "交通畅行"),
    ("新建村组巷道1.2公里", "交通畅行"),
])
def test_a_village_s_lanes_are_its_streets(text, expected):
    assert category_of_heading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("贯通滨江步道1.8公里", "环境改善"),             # a river's banks opened to walkers
    ("“一江一河”公共空间新增开放岸线2公里", "环境改善"),
])
def test_a_river_s_banks_opened_to_walkers_are_the_waterfront_s(text, expected):
    assert category_of_heading(text) == expected


def test_a_slip_s_own_project_label_files_its_other_fields():
    # made up: a post lays the year's projects out as deposit slips; the slip's project field names the matter,
    # its money field names none
    text = ("某镇2031年民生“定期存单”开出啦！\n\n━━━━━━\n存单①　　存单号：X-2031-001\n"
            "存入项目：既有住宅节能改造（暖房子）\n存入金额：860万元\n━━━━━━\n存单②　　存单号：X-2031-002\n"
            "存入项目：屯内道路硬化\n存入金额：410万元\n")
    assert {r.text: r.category for r in extract(text, doc_year=2031)} == {"860万元": "常有安居", "410万元": "交通畅行"}
    assert project_of_field("存入项目：屯内道路硬化") == "屯内道路硬化"
    assert project_of_field("检测项目：农药残留62项、重金属5项") is None     # the items a test covers: no project


def test_the_rural_credit_system_is_work_of_its_own_no_definition_names():
    # made up: a notice of the households and villages rated for credit; its words weigh for 其他 in a one-matter
    # document's body (a section on start-up loans does not make the notice employment's)
    assert set(topic_scores("今年评定信用户6100户，农商银行整村授信2.1亿元")) == {OTHER}
    assert "就业创业" in topic_scores("凭信用户证可申请创业担保贷款")


def test_conscription_is_work_of_its_own_and_the_allowance_to_soldiers_families_is_assistance():
    # made up: a call-up notice to families; the young people called up are no job seekers
    assert set(topic_scores("今年全镇共有21名应征青年光荣入伍")) == {OTHER}
    assert set(topic_scores("为义务兵家庭发放优待金共计28.8万元")) == {"常有众扶"}
    # `应征` alone opens other words: land to be expropriated, a contest's entries
    assert OTHER not in topic_scores("片区应征收房屋120户") and OTHER not in topic_scores("共收到应征作品326件")


def test_rural_land_use_rights_and_their_transfer_are_farming_no_definition_names():
    # made up: a land-transfer agreement whose body binds the tenant to hire villagers; the land and its rent are
    # farming's (其他), the jobs stay 就业创业
    assert set(topic_scores("全村土地流转面积1200亩，流转费每亩每年260元")) == {OTHER}
    assert "就业创业" in topic_scores("优先雇用本村劳动力，全年用工不少于30人")
    text = ("桃园村集体土地经营权流转协议\n"
            "第一条　流转面积\n甲方将河滩地共420亩的土地经营权流转给乙方种植中药材。\n"
            "第二条　用工\n乙方优先雇用本村劳动力，全年用工不少于30人，日工资不低于100元，"
            "为本村农户开展技能培训，提供季节性就业岗位，带动务工增收。\n")
    found = {r.text: r.category for r in extract(text, doc_year=2025)}
    assert found["420亩"] == OTHER and found["30人"] == "就业创业"


@pytest.mark.parametrize("heading, expected", [
    # made up: a heading joining a matter the lexicon knows to one no topic word names is over two matters
    ("第三段　渡口和菜园", None),
    ("二、米袋子和消防", None),
    # …but not where the unknown word only names the kind of work done on the known one
    ("（一）养老服务与保障", "常有颐养"),
    ("三、公交线路与运营", "交通畅行"),
    # two known matters of one topic stay that topic's
    ("助餐和助浴", "常有颐养"),
])
def test_a_heading_joining_a_known_matter_to_an_unknown_one_assigns_none(heading, expected):
    assert category_of_heading(heading) == expected


def test_an_emergency_store_of_relief_goods_is_aid():
    """`某乡应急救灾物资储备点` (an emergency store of relief goods): its room, shelves and keepers are the relief
    the guideline files as aid, 常有众扶, not the emergency's."""
    from pipeline import extract
    from pipeline.document import DocMeta
    text = ("某乡应急救灾物资储备点\n货位卡（年末盘点抄录）\n\n说明：某乡应急救灾物资储备点是县里2031年的民生实事之一，"
            "由闲置库房改建，库房面积180平方米，共设货架12个，日常由2名库管员轮流值守。\n")
    found = {r.text: r.category for r in extract(text, meta=DocMeta(title="某乡应急救灾物资储备点货位卡",
                                                                    published="2031-12-28", kind="mixed"))}
    assert found == {"180平方米": "常有众扶", "12个": "常有众扶", "2名": "常有众扶"}


def test_an_elder_s_emergency_call_pendant_is_home_care_not_the_safety_alias_it_holds():
    # `平安钟` (an elder's emergency-call pendant): home care's monitoring, not the 平安 of public safety
    assert category_by_alias("“平安钟”智慧手环长者健康月报") is None
    assert category_of_heading("“平安钟”智慧手环长者健康月报") == "常有颐养"
    assert category_by_alias("平安乡村建设") == "公共安全"       # the alias elsewhere still names the group


def test_the_traffic_police_s_cases_of_the_road_rules_keep_their_topic():
    """`查处各类交通违法行为1265起` (a traffic police exposure board): the roads' traffic control, as gold/README's road
    row files enforcement, not an oversight body's caseload (`查处侵害群众利益问题126个` stays 其他)."""
    found = _categories_of("某县交警大队曝光台\n\n上周全县共查处各类交通违法行为1265起。\n", 2045)
    assert found["1265起"] == "交通畅行"
    found = _categories_of("某县纪委监委通报\n\n全年查处侵害群众利益问题126个。\n", 2045)
    assert found["126个"] == OTHER


@pytest.mark.parametrize("line,expected", [
    ("民生支票　No.AB31-01　　　科目：常有善育", "常有善育"),
    ("【进账单 01】对应支票AB31-01（常有颐养）　进账日期：2031-12-28", "常有颐养"),
    ("品号ZZ-31-01　〔交通畅行〕", "交通畅行"),
    ("　　①【常有善育】新增普惠性托位300个", None),        # an item after its number: its sentence's phrase files it
    ("4. 去年的房态表里1间（抗震安居）没住满", None),       # a count, not a code, before the bracket
    ("本项目为某县十件民生实事之一（常有优学类）", None),
    ("所属板块：常有善育", None),                             # a field alone is a field line's (category_of_field_line)
])
def test_a_card_s_head_names_its_brand_after_the_card_s_number(line, expected):
    from extractors.categories import category_of_card_head

    assert category_of_card_head(line) == expected
