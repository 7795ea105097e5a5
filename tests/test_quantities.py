"""The quantity extractor, case by case: every example of ANNOTATION.md (included and
excluded), every entry of data/quantities.toml, and real sentences of the corpus.

Each case: a sentence and the exact list of (text, value, value_max, unit, qualifier, per).
"""
import pytest

from extractors.numerals import TABLE
from extractors.quantities import _data, find_quantities, read_digits
from extractors.script import ocr_digits


def found(sentence):
    return [(q.text, q.value, q.value_max, q.unit, q.qualifier, q.per) for q in find_quantities(sentence)]


def Q(text, value, unit, qualifier="exact", value_max=None, per=None):
    return (text, value, value_max, unit, qualifier, per)


INCLUDED = [
    # counts with a measure word (guideline)
    ("全市共有托育机构378家", [Q("378家", 378, "家")]),
    # a count after a demonstrative restates how many things (held-out 6, 9, 10, 13 gold)
    ("上述5项任务计划总投资", [Q("5项", 5, "项")]),
    ("去年这四件实事的满意度", [Q("四件", 4, "件")]),
    # a numeral in words before `件事`, which jieba joins: the measure word counts the 事
    ("年初许下的八件事都兑现了", [Q("八件", 8, "件")]),
    ("托位数2.11万个", [Q("2.11万个", 21100, "个")]),
    ("为1600名残疾儿童提供康复服务", [Q("1600名", 1600, "名")]),
    ("开展两轮全覆盖中小学生视力筛查", [Q("两轮", 2, "轮")]),
    ("免费提供3次超声卵泡监测服务", [Q("3次", 3, "次")]),
    ("累计开工建设保障性租赁住房5.3万套（间）", [Q("5.3万套（间）", 53000, "套（间）")]),
    ("新建或改造保障性租赁住房1.5万套(间)", [Q("1.5万套(间)", 15000, "套（间）")]),
    # look-alikes of ranks, grades and formulas that still count (issue 9)
    ("目前3名医生在岗", [Q("3名", 3, "名")]),
    ("随后5位专家进行评审", [Q("5位", 5, "位")]),
    ("新建等级养老机构4个", [Q("4个", 4, "个")]),
    ("发放一次性补贴三份", [Q("三份", 3, "份")]),
    # a heating network's primary and secondary loops are names, their lengths figures
    ("改造一次管网12.5公里、二次管网38公里", [Q("12.5公里", 12.5, "公里"), Q("38公里", 38, "公里")]),
    # people and person-times
    ("居家养老上门服务覆盖15.8万人", [Q("15.8万人", 158000, "人")]),
    ("指导运动防治慢性疾病训练2万人次", [Q("2万人次", 20000, "人次")]),
    ("公益服务1000场次", [Q("1000场次", 1000, "场次")]),
    # money, scaled to 元
    ("最低生活保障标准提高到1020元", [Q("1020元", 1020, "元")]),
    ("减轻企业负担1700万元", [Q("1700万元", 17_000_000, "元")]),
    ("年节约采购金额10亿元", [Q("10亿元", 1_000_000_000, "元")]),
    # area, length, energy
    ("总建筑面积3600㎡", [Q("3600㎡", 3600, "平方米")]),
    ("改造面积28.2万平方米", [Q("28.2万平方米", 282000, "平方米")]),
    ("增核绿地4400亩", [Q("4400亩", 4400, "亩")]),
    ("完成70公顷绿地", [Q("70公顷", 70, "公顷")]),
    ("健身步道30公里", [Q("30公里", 30, "公里")]),
    ("赠送一次性200度用电", [Q("200度", 200, "度")]),
    # percentages and percentage points
    ("其中，78%为护理型床位", [Q("78%", 78, "%")]),
    ("占比达84.8%", [Q("84.8%", 84.8, "%")]),
    ("联网控制率１００％", [Q("１００％", 100, "%")]),
    ("百分之八十的社区", [Q("百分之八十", 80, "%")]),
    # a price after a currency sign (an ordering page, an order): the sign is the measure word
    ("清炒时蔬  ¥7   已售52份", [Q("¥7", 7, "元"), Q("52份", 52, "份")]),
    ("馒头 ￥0.5/份", [Q("￥0.5/份", 0.5, "元", per="份")]),
    ("优惠 -¥2.50  实付 ¥9.50", [Q("¥2.50", 2.5, "元"), Q("¥9.50", 9.5, "元")]),
    # a fraction alone is a share (heldout5 README); 成 counts tenths
    ("覆盖三分之一的社区", [Q("三分之一", 100 / 3, "%")]),
    ("为四分之一以上的小区配备充电桩", [Q("四分之一", 25, "%", "at_least")]),
    ("千分之五的居民", [Q("千分之五", 0.5, "%")]),
    ("滞纳金按日收取欠费的万分之三", [Q("万分之三", 0.03, "%")]),      # a magnitude names the denominator
    # a slash fraction with a bound after it is a share, numerator first (issue 9)
    ("须经本楼3/5以上住户签字同意", [Q("3/5", 60, "%", "at_least")]),
    ("出资比例不超过本户的1／4以下", [Q("1／4", 25, "%", "at_most")]),
    ("全年召开3次会议", [Q("3次", 3, "次")]),
    ("每个乡镇至少建成2个食堂", [Q("2个", 2, "个", "at_least")]),     # a task's verb after the qualifier
    ("本月至少再开工3座桥", [Q("3座", 3, "座", "at_least")]),         # …after an adverb of repetition
    # …and over the verb's object, the figure closing the phrase
    ("每个驿站至少配备专（兼）职管理员3名", [Q("3名", 3, "名", "at_least")]),
    ("至少建成驿站4个，新增床位90张", [Q("4个", 4, "个", "at_least"), Q("90张", 90, "张")]),
    # a bound over a named level with no verb: the figure is the level's own value
    ("工资不低于当地最低工资标准2050元", [Q("2050元", 2050, "元")]),
    # a condition's threshold: a margin over a level, the clause ending in 时
    ("河道水位超过保证水位1.2米时启动预案", [Q("1.2米", 1.2, "米", "at_least")]),
    ("河道水位超过保证水位1.2米。", [Q("1.2米", 1.2, "米")]),         # a reading, no condition
    ("水位未超过保证水位0.3米时", [Q("0.3米", 0.3, "米")]),           # negated: the mark itself
    # an item's number glued to a count of whole things at the text's start: the item's number
    ("3.5所学校的食堂已完成改造", [Q("5所", 5, "所")]),
    ("３．５所学校的食堂已完成改造", [Q("５所", 5, "所")]),           # full-width digits and point
    ("4.2万家商户参与", [Q("4.2万家", 42000, "家")]),            # with a magnitude: a figure
    ("6.5公里步道已贯通", [Q("6.5公里", 6.5, "公里")]),          # a length has decimals
    ("3.2个", [Q("3.2个", 3.2, "个")]),                          # alone: a rate's figure (每千人口…)
    ("每个社区至少配备2名网格员", [Q("2名", 2, "名", "at_least")]),
    # a cap on an event's places; a term ending in 限 is none
    ("报名从速（限60人）", [Q("60人", 60, "人", "at_most")]),
    ("每场限30人", [Q("30人", 30, "人", "at_most")]),
    ("开通管理权限2个", [Q("2个", 2, "个")]),
    # an approximator before a share of a named whole
    ("受助学生约占全校学生的15%", [Q("15%", 15, "%", "approx")]),
    ("住院费用最高保障50万元", [Q("50万元", 500000, "元", "at_most")]),   # an insurance's cover
    ("活动室面积不小于60平方米", [Q("60平方米", 60, "平方米", "at_least")]),
    ("单间面积不大于20平方米", [Q("20平方米", 20, "平方米", "at_most")]),
    # a word a qualifier's character ends is no qualifier (issue 9)
    ("截至目前已签约12部、预约200人次", [Q("12部", 12, "部"), Q("200人次", 200, "人次")]),
    ("参与门店中商超9家", [Q("9家", 9, "家")]),
    # a cap on what each may take
    ("每户限购2台", [Q("2台", 2, "台", "at_most", per="户")]),
    # …or a rate's period or head after it
    ("托管收费不高于每月900元", [Q("900元", 900, "元", "at_most", per="月")]),
    ("补贴不低于每人每年300元", [Q("300元", 300, "元", "at_least", per="人·年")]),
    # a bound that sorts projects or places
    ("有3个街道满意率低于70%", [Q("3个", 3, "个"), Q("70%", 70, "%", "at_most")]),
    ("群众满意度高于90%的项目", [Q("90%", 90, "%", "at_least")]),
    ("参保率不到80%的村", [Q("80%", 80, "%", "at_most")]),
    # a cap on a subsidy, with or without its verb between
    ("每户最高补助3000元", [Q("3000元", 3000, "元", "at_most", per="户")]),
    ("每户补助上限3000元", [Q("3000元", 3000, "元", "at_most", per="户")]),
    ("单个项目奖补上限为20万元", [Q("20万元", 200000, "元", "at_most")]),
    ("每户补贴最高800元", [Q("800元", 800, "元", "at_most", per="户")]),
    ("惠及近六成的困难家庭", [Q("六成", 60, "%", "approx")]),
    ("覆盖全镇8成村庄", [Q("8成", 80, "%")]),
    ("降低缴费费率1个百分点", [Q("1个百分点", 1, "百分点")]),
    # ranges: one record
    ("引进高水平人才10—20人", [Q("10—20人", 10, "人", value_max=20)]),
    ("人均生活消费支出的30%-40%", [Q("30%-40%", 30, "%", value_max=40)]),
    ("新增就业2—3万人", [Q("2—3万人", 20000, "人", value_max=30000)]),
    # qualifiers: outer words stay outside the span, inner ones inside
    ("覆盖超10000人次", [Q("10000人次", 10000, "人次", "at_least")]),
    ("全年为约2万名失能人员", [Q("2万名", 20000, "名", "approx")]),
    ("新增省名师20名左右", [Q("20名", 20, "名", "approx")]),
    ("实现对近3000户重点帮扶对象", [Q("3000户", 3000, "户", "approx")]),
    ("面积上下浮动5平方米上下", [Q("5平方米", 5, "平方米", "approx")]),
    ("大约30个", [Q("30个", 30, "个", "approx")]),
    ("训练2万人次以上", [Q("2万人次", 20000, "人次", "at_least")]),
    ("安全培训不低于12万人", [Q("12万人", 120000, "人", "at_least")]),
    ("举办专场招聘会不少于5场", [Q("5场", 5, "场", "at_least")]),
    ("至少3家", [Q("3家", 3, "家", "at_least")]),
    # the signs of a table's target values
    ("服务人数≥3.5万人", [Q("3.5万人", 35000, "人", "at_least")]),
    ("人均费用≤800元", [Q("800元", 800, "元", "at_most", per="人")]),
    ("覆盖率>=90%", [Q("90%", 90, "%", "at_least")]),
    ("投诉办结率＞85%", [Q("85%", 85, "%", "at_least")]),
    ("返工率＜3%", [Q("3%", 3, "%", "at_most")]),
    ("新建站点＝6个", [Q("6个", 6, "个", "exact")]),
    ("为超过1800户特殊困难老年人家庭", [Q("1800户", 1800, "户", "at_least")]),
    ("逾500名志愿者", [Q("500名", 500, "名", "at_least")]),
    ("充电桩累计突破800个", [Q("800个", 800, "个", "at_least")]),
    ("受益群众≥3万人", [Q("3万人", 30000, "人", "at_least")]),
    ("≦1200元", [Q("1200元", 1200, "元", "at_most")]),
    ("补助标准≤800元", [Q("800元", 800, "元", "at_most")]),
    ("日均供餐1.78万余份", [Q("1.78万余份", 17800, "份", "at_least", per="日")]),
    ("儿子每月1200多元补助", [Q("1200多元", 1200, "元", "at_least", per="月")]),
    ("为35万余名中小学生", [Q("35万余名", 350000, "名", "at_least")]),
    ("自付费用控制在住院总费用10%以内", [Q("10%", 10, "%", "at_most")]),
    ("3000人以下", [Q("3000人", 3000, "人", "at_most")]),
    ("不超过5个", [Q("5个", 5, "个", "at_most")]),
    ("不高于2%", [Q("2%", 2, "%", "at_most")]),
    # a numeral followed directly by the counted noun (guideline special case)
    ("引进超35万人才", [Q("35万", 350000, "人", "at_least")]),
    # a measure word that jieba fuses with the next character (`个子`, `个体`), before a noun of its own
    ("本年度36个子项已全部完工", [Q("36个", 36, "个")]),
    ("全年开展9个子课题研究", [Q("9个", 9, "个")]),
    # ...or with a noun of one character after it, behind a figure in digits (`本书`, `份饭`)
    ("阅览室添了3200本书", [Q("3200本", 3200, "本")]),
    ("食堂中午做了80多份饭", [Q("80多份", 80, "份", "at_least")]),
    ("阅览室添了３２００本书", [Q("３２００本", 3200, "本")]),     # full-width digits are digits too
    ("服务500多万常州市民", [Q("500多万", 5_000_000, "人", "at_least")]),
    ("购买服务已覆盖15.8万高龄老年人", [Q("15.8万", 158000, "人")]),
    # a population counts people; word-spaced text parts the numeral from its noun and qualifier
    ("全县常住64万人口", [Q("64万", 640000, "人")]),
    ("一个 拥有 大约 64 万 人口的 县", [Q("64 万", 640000, "人", "approx")]),
    ("每户 补贴 最多 30,000 元。", [Q("30,000 元", 30000, "元", "at_most", per="户")]),
    # ...and a Chinese numeral of hundreds or thousands before people (verse drops the measure word)
    ("补贴发到一万五千老人手中", [Q("一万五千", 15000, "人")]),
    ("三百居民参加义诊", [Q("三百", 300, "人")]),
    # a bare magnitude after a thing counted by its measure word takes that word
    ("全年新装路灯1.5万，", [Q("1.5万", 15000, "盏")]),
    ("五年新建公厕1.2万，", [Q("1.2万", 12000, "座")]),
    ("为6万多特殊困难对象建立档案", [Q("6万多", 60000, "人", "at_least")]),
    ("2区7镇（街道）入选全省首批试点", [Q("2", 2, "个"), Q("7", 7, "个")]),
    ("全县12乡镇完成改造", [Q("12", 12, "个")]),      # a word of place nouns only still counts places
    # a building counted after an estate's name, a noun after it; a kind of estate, no name
    ("向阳小区3栋楼完成外墙保温", [Q("3栋", 3, "栋")]),
    ("改造老旧小区3栋，惠及住户120户", [Q("3栋", 3, "栋"), Q("120户", 120, "户")]),
    ("全周期全网曝光量2027.88万。", [Q("2027.88万", 20_278_800, "次")]),
    # a counter's label, a space apart, over a plain figure too (a stream's or a page's counters)
    ("[20:15] 系统：当前在线 2,417", [Q("2,417", 2417, "人")]),
    ("本帖点赞 3.6万　评论 812", [Q("3.6万", 36000, "次")]),
    # rates: per
    ("低保标准由335元/月提高至391元/月", [Q("335元/月", 335, "元", per="月"), Q("391元/月", 391, "元", per="月")]),
    # a bound negated or marking off a part names the mark itself (issue 9)
    ("超过1万元的部分按50%报销", [Q("1万元", 10000, "元"), Q("50%", 50, "%")]),
    ("合计1.8万元，未超过2万元上限", [Q("1.8万元", 18000, "元"), Q("2万元", 20000, "元")]),
    ("一次最多可为3位老人申请", [Q("3位", 3, "位", "at_most")]),
    # a qualifier before a colon governs the list after it, up to a bracket (issue 9)
    ("各户出资约为：三层1万元，四层2万元（共8户）", [Q("1万元", 10000, "元", "approx"), Q("2万元", 20000, "元", "approx"),
                                               Q("8户", 8, "户")]),
    # a share in a sum worked out with a case's figures is a figure (a formula's words are not)
    ("可报销（5−1）×60%＝2.4万元", [Q("60%", 60, "%"), Q("2.4万元", 24000, "元")]),
    ("特药目录覆盖12类罕见病", [Q("12类", 12, "类")]),       # an Arabic count of kinds, no grade (issue 9)
    ("居民水价2.8元/立方米", [Q("2.8元/立方米", 2.8, "元", per="立方米")]),       # a tariff, a meal's price (issue 9)
    ("峰段电价0.5345元/千瓦时", [Q("0.5345元/千瓦时", 0.5345, "元", per="千瓦时")]),   # an energy tariff
    ("谷段电价0.2115元/度", [Q("0.2115元/度", 0.2115, "元", per="度")]),
    ("助餐标准餐10元/份", [Q("10元/份", 10, "元", per="份")]),
    ("将最低生活保障标准提高到每人每月1020元", [Q("1020元", 1020, "元", per="人·月")]),
    ("寄宿生生活补助提高到每生每年1250元", [Q("1250元", 1250, "元", per="生·年")]),    # a pupil
    ("每生育一个孩子发放补贴3000元", [Q("3000元", 3000, "元")]),                          # a birth, no pupil
    ("每千人口拥有3岁以下婴幼儿托位数达4个", [Q("4个", 4, "个", per="千人口")]),
    ("为全区低收入人口家庭每户赠送200度电", [Q("200度", 200, "度", per="户")]),
    ("年均接待10000人次", [Q("10000人次", 10000, "人次", per="年")]),
    ("人均住房面积40平方米", [Q("40平方米", 40, "平方米", per="人")]),
    ("城乡居民人均可支配收入增长6%左右", [Q("6%", 6, "%", "approx")]),   # a share has no denominator
    # before → after pairs and compound counts: one record per numeral
    ("药品由4种增至104种", [Q("4种", 4, "种"), Q("104种", 104, "种")]),
    ("帮扶104户249人", [Q("104户", 104, "户"), Q("249人", 249, "人")]),
    ("办成10件23项", [Q("10件", 10, "件"), Q("23项", 23, "项")]),
    ("整体完成率111.5%", [Q("111.5%", 111.5, "%")]),
    # counts the conventions include (gold/README.md)
    ("相关经验做法两次入选住房和城乡建设部清单", [Q("两次", 2, "次")]),
    ("十项民生实事项目", [Q("十项", 10, "项")]),
    ("耗材28大类以上", [Q("28大类", 28, "大类", "at_least")]),
    ("两节绿皮火车", [Q("两节", 2, "节")]),
    ("22条街1300余家商户完成瓶改管", [Q("22条", 22, "条"), Q("1300余家", 1300, "家", "at_least")]),
    ("完成救护员培训1000人、CPR+AED专项培训1000人普及性培训8000人",
     [Q("1000人", 1000, "人"), Q("1000人", 1000, "人"), Q("8000人", 8000, "人")]),
    # figures around names that are excluded: the name goes, the count stays
    ("培育发展4A级以上社会组织67家", [Q("67家", 67, "家")]),
    ("首批评定5A级社工34名", [Q("34名", 34, "名")]),
    ("成立首批16个研习基地", [Q("16个", 16, "个")]),
    ("新建“15分钟医保服务圈”省级示范点8个", [Q("8个", 8, "个")]),
    ("新改建城市公厕13座、农村三类以上公厕5座", [Q("13座", 13, "座"), Q("5座", 5, "座")]),
    ("帮扶五类困难人员就业230名以上", [Q("230名", 230, "名", "at_least")]),
    ("每名学生最高资助3000元", [Q("3000元", 3000, "元", "at_most")]),
    ("· 背街小巷整治：36条／4.2万平方米", [Q("36条", 36, "条"), Q("4.2万平方米", 42000, "平方米")]),
    ("开展儿童听力筛查3.1万例（次）", [Q("3.1万例（次）", 31000, "次")]),
    ("每个托位补贴最高600元", [Q("600元", 600, "元", "at_most")]),
    # ... but a grade unit before the list's own projects counts them
    ("今年全县安排9类重点民生实事项目", [Q("9类", 9, "类")]),
    ("区里确定了七类民生项目，共24项", [Q("七类", 7, "类"), Q("24项", 24, "项")]),
    ("为1500名65—79周岁老年人开展筛查", [Q("1500名", 1500, "名")]),
    # a quoted task of the list opens with what is done: not a name, its figures count
    ("清单上写着“为1200名残疾人提供康复服务”", [Q("1200名", 1200, "名")]),
    ("承诺“新建口袋公园15个”", [Q("15个", 15, "个")]),
    # …and so is an item quoted as its thing and count, or opening with a count of ten or more
    ("今年多了“便民驿站6个”", [Q("6个", 6, "个")]),
    ("还写了“村级卫生室不少于4所”", [Q("4所", 4, "所", "at_least")]),
    ("新加“300场送戏下乡”", [Q("300场", 300, "场")]),
    # a measure word before a noun that starts with it: no reduplication after digits (`一项项` is)
    ("全区12项项目已开工", [Q("12项", 12, "项")]),
    # quoted speech is not a name: its figures count
    ("“去年，儿子每月1200多元补助，今年提高到了1500元。”", [Q("1200多元", 1200, "元", "at_least", per="月"), Q("1500元", 1500, "元")]),
    # numbers in full-width digits, financial numerals when they write a longer number
    ("新增学位１２００个", [Q("１２００个", 1200, "个")]),
    ("拨付资金壹仟贰佰万元", [Q("壹仟贰佰万元", 12_000_000, "元")]),
    # numerals in every written form (issue 10): spaces, approximators before a magnitude, mixed
    ("新增就业12 万人", [Q("12 万人", 120000, "人")]),
    ("已为农村义务教育学生 12 万人次提供营养膳食补助", [Q("12 万人次", 120000, "人次")]),
    ("7 个方面 19 项市级民生实事", [Q("7 个", 7, "个"), Q("19 项", 19, "项")]),
    ("新建停车位300 个", [Q("300 个", 300, "个")]),
    ("投入3万4000元", [Q("3万4000元", 34000, "元")]),
    ("总投资7万 5千 4百元", [Q("7万 5千 4百元", 75400, "元")]),
    ("惠及五百 余万人", [Q("五百 余万人", 5_000_000, "人", "at_least")]),
    ("覆盖十 余 万人", [Q("十 余 万人", 100000, "人", "at_least")]),
    ("惠及十来万人", [Q("十来万人", 100000, "人", "approx")]),
    ("新建十来个驿站", [Q("十来个", 10, "个", "approx")]),
    ("投入一千多万元", [Q("一千多万元", 10_000_000, "元", "at_least")]),
    ("累计投入两千万点五元", [Q("两千万点五元", 20_000_000.5, "元")]),
    ("拨款叁萬元", [Q("叁萬元", 30000, "元")]),
    ("新建兩所学校", [Q("兩所", 2, "所")]),                        # traditional 兩 alone counts like 两
    ("共投入.5万元", [Q(".5万元", 5000, "元")]),
    ("分别为1、2、3个", [Q("3个", 3, "个")]),                       # never joined through 、
    ("新增学位\t3000\t4000个", [Q("4000个", 4000, "个")]),         # nor through a table cell
    ("新增学位  3000  4000个", [Q("4000个", 4000, "个")]),           # nor through aligned columns
    # length and area units (units.csv); metres stay metres (gold/README.md)
    ("已修补人行道 28 600 米", [Q("28 600 米", 28600, "米")]),
    ("新建绿道1500米", [Q("1500米", 1500, "米")]),
    ("改造供水管网12延米", [Q("12延米", 12, "米")]),
    ("新建校园围墙 3.6 千米", [Q("3.6 千米", 3.6, "公里")]),
    ("新建健身步道86千米", [Q("86千米", 86, "公里")]),
    ("骑行道5km", [Q("5km", 5, "公里")]),
    ("治理水土流失3平方千米", [Q("3平方千米", 3, "平方公里")]),
    ("湿地面积2km²", [Q("2km²", 2, "平方公里")]),
    ("一套80平方的房子", [Q("80平方", 80, "平方米")]),
    ("造林12hm²", [Q("12hm²", 12, "公顷")]),
    ("高标准农田1.2万亩", [Q("1.2万亩", 12000, "亩")]),
    ("提高0.5百分点", [Q("0.5百分点", 0.5, "百分点")]),
    # colloquial money: 块钱 anywhere, 块 with no noun after it; 来 is approx
    ("80岁以上的只要5块钱，", [Q("5块钱", 5, "元")]),
    ("一个月下来也就花150来块。", [Q("150来块", 150, "元", "approx")]),
    ("一份才8块钱", [Q("8块钱", 8, "元")]),
    ("一张票5毛钱", [Q("5毛钱", 0.5, "元")]),
    ("一份才8块，还有人送到家", [Q("8块", 8, "元")]),
    ("今年价格好，一亩能赚4000块左右。", [Q("一亩", 1, "亩"), Q("4000块", 4000, "元", "approx")]),   # a qualifier is no noun
    ("老人配一副助听器就得两千块，", [Q("两千块", 2000, "元")]),
    # a send count with no delivery status in its line is the work's own figure
    ("向居民累计发送1.2万条防诈提醒短信", [Q("1.2万条", 12000, "条")]),
    ("平时一餐是十五块，", [Q("十五块", 15, "元")]),                  # a meal's price is money
    ("去年冻了，果园亏了2000多块；", [Q("2000多块", 2000, "元", "at_least")]),   # a loss is money
    ("吃一顿饭才六块，", [Q("六块", 6, "元")]),
    ("助餐点新购餐桌30块。", [Q("30块", 30, "块")]),                  # 餐 of a word is no meal's price
    ("增设垃圾收集点20处、警示牌60块。", [Q("20处", 20, "处"), Q("60块", 60, "块")]),   # 收 of 收集 pays nothing
    ("在农村公交线路上安装电子站牌56块。", [Q("56块", 56, "块")]),          # 交 of 公交 pays nothing
    ("低保户大概是三千二百户", [Q("三千二百户", 3200, "户", "approx")]),   # speech: 大概(是) is approx
    ("新建驿站差不多40个", [Q("40个", 40, "个", "approx")]),
    ("新建3块运动场地", [Q("3块", 3, "块")]),                         # 块 before a noun counts plots
    ("新建笼式足球场3块。", [Q("3块", 3, "块")]),                      # ... and with no talk of paying
    # buildings counted (no address): 幢, 栋 and 座 are measure words
    ("老旧小区42个、楼栋316栋", [Q("42个", 42, "个"), Q("316栋", 316, "栋")]),
    ("新改建城市公厕40座", [Q("40座", 40, "座")]),
    ("改造供水管网3段", [Q("3段", 3, "段")]),                         # 段 counts sections, no address
    # a building count beside a household count (no residents right after it, no list of numbers)
    ("院内共有住宅楼12栋、住户340户", [Q("12栋", 12, "栋"), Q("340户", 340, "户")]),
    ("新建住宅4栋、改造车棚3座", [Q("4栋", 4, "栋"), Q("3座", 3, "座")]),
    # 度 beside 电 is electricity
    ("为困难家庭赠电150度", [Q("150度", 150, "度")]),
    ("发放一次性300度用电补贴", [Q("300度", 300, "度")]),
    # the figure written after a struck-out one stands
    ("计划建6个，已建~~4个~~ 5个", [Q("6个", 6, "个"), Q("5个", 5, "个")]),
    # a policy's worked example keeps its result (no answer restates it)
    ("可报销（5−1）×60%＝2.4万元", [Q("60%", 60, "%"), Q("2.4万元", 24000, "元")]),
    # a count times a rate in a distribution sheet: both figures
    ("敬老孝老补贴共72人×600元", [Q("72人", 72, "人"), Q("600元", 600, "元")]),
    # a multiplication sign at the head of a column: how many of the line's item an order sheet asks for
    ("□小点　流沙包——入户科学育儿指导　　　×600人次", [Q("600人次", 600, "人次")]),
    ("新增普惠托位 ×90个", [Q("90个", 90, "个")]),
    # people who draw up a plan, not a game's format (`8人制`)
    ("安排1人制定方案", [Q("1人", 1, "人")]),
    # a worksheet's worked sum: only the answer that restates its result counts
    ("3. 450÷500=0.9=90%　答：完成率是90%。", [Q("90%", 90, "%")]),
    # a slash fraction after a word that takes a part of a whole is a share
    ("新建公园20个，其中3/5建在城区", [Q("20个", 20, "个"), Q("3/5", 60, "%")]),
    ("已经铺好了全长的1/4", [Q("1/4", 25, "%")]),
    # a notebook's shorthand: a bare magnitude after a word of money is 元; a figure after its noun
    # and an arrow takes the noun's measure word
    ("资金：总3.6亿，其中省级补助0.8亿", [Q("3.6亿", 360000000, "元"), Q("0.8亿", 80000000, "元")]),
    ("床位↑150，已建成90张", [Q("150", 150, "张"), Q("90张", 90, "张")]),
    # a quote counting the list's projects is a count, no name
    ("今年定了“九件实事”", [Q("九件", 9, "件")]),
    # 一 and a measure word after a completed act, with no noun after it: a count of one
    ("月底又建成了一个，在东街", [Q("一个", 1, "个")]),
    ("仓库起火过一次，", [Q("一次", 1, "次")]),
    # …and after a word of "only": how few there are, a count of one
    ("我们村附近就一个卫生室", [Q("一个", 1, "个")]),
    ("整条街仅有一家药店", [Q("一家", 1, "家")]),
    # …and after the noun built or added, closing its clause: a list's item of one (not `这一块`, `第一段`)
    ("镇东新建托育园一所，收幼儿六十人", [Q("一所", 1, "所"), Q("六十人", 60, "人")]),
    ("镇卫生院添置CT一台。", [Q("一台", 1, "台")]),
    ("城东改造农贸市场一处；", [Q("一处", 1, "处")]),
    ("改造计划的第一段）", []), ("新建了社区食堂，我们小区就是其中一个。", []), ("重点抓好困难群众救助这一块。", []),
    # the city's figure before a story problem's made-up subject stays
    ("全市新建球场8个，小红每周去打2次球，她打10次球要几周？", [Q("8个", 8, "个")]),
    # …and a figure outside the problem's line: a made-up subject in one paragraph and a
    # question in another leave the figures between them alone
    ("某村村民说路好走了。\n全县新修村道86公里。\n问：明年还修吗？", [Q("86公里", 86, "公里")]),
    ("问：小明要借几本书？\n答：城市书房新增图书3000册。", [Q("3000册", 3000, "册")]),
]

EXCLUDED = [
    # a number written with a leading zero is a code: an area code and the number after it, not a range
    # of people (a wide space before the next unit's name: `人保财险`)
    "县扶贫办：0897-2721026　　人保财险营业部", "编号05号楼",
    # dates and years: time expressions
    "2023年新增", "2021年9月，常州市首次提出", "截止到12月17日，", "《行动方案（2023—2025年）》", "2022年度真抓实干",
    # durations and ages
    "他病了16年", "三年行动方案", "每次一个半小时的服务", "心理热线24小时提供", "93岁、独居老人",
    "为65—79周岁老年人", "3岁以下婴幼儿", "开展为期三年的行动", "这两年她开始发愁", "一年来，常州聚焦", "开发3个月",
    # frequencies of a service
    "护理人员每周上门两次", "每周提供2次上门服务，每天1次线上探视",
    # ordinals, phases, grades, levels, versions
    "常州市钟楼区第十七届人民代表大会", "入选第三批江苏省婚俗改革实验区", "市二院阳湖院区二期", "二级以上医院",
    "4A级", "5A级", "农村三类以上公厕", "常州市第一人民医院", "常州市惠民保2022版", "技能大赛一等奖", "主体结构三层结平",
    "（第11、12件为城区排水防涝和农贸市场改造）", "第三、四批", "第3至5批",      # a list of ordinals under one 第
    "拔河（8人制）", "5人制足球比赛",                                          # a game's format
    # names, slogans and codes containing numerals
    "“六个常有”民生服务品牌", "打造六个常有民生服务品牌", "“一户一案”项目", "一老一小", "“两本账”“三清单”",
    "“15分钟养老服务圈”初现雏形", "“96111”心理热线", "请拨打12345市民服务热线", "医养结合“127计划”", "“520玫瑰车站”", "“1+N”普惠托育模式",
    "“社会救助e路行之百名社会救助工作人员素质提升计划”", "十大民生实事", "打通群众出行“最后一公里”",
    # list and table numbering
    "1 “常有善育”工程", "一、常有善育", "10 安全提升工程",
    # vague amounts
    "花了几十万元", "数百家企业", "一批深受老年人喜爱的品牌",
    # words that contain a numeral or a measure word
    "一个缩影", "一份份温暖幸福的民生答卷", "一宗一宗都有数", "一件一件对着单子打分", "赠送一次性", "“一对一”结对帮扶", "来到三家村小区", "进一步提升", "一线职工",
    "为百姓创造", "千里迢迢", "新建郑陆镇卫生院", "启动建设万怡酒店", "每千人口", "统一", "2024常州钟楼半程马拉松",
    # building and house numbers (issue 9): addresses, not counts
    "王桂芳住在红旗一村18幢，老伴去世已经7年", "住在5号楼的张大爷", "腾出了一处1号楼底商", "3号楼", "4单元", "502室",
    "阳光花园18幢2单元502室", "幸福小区5栋-301室", "项目位于城东新村3栋",
    # …a house's number right after its estate's name: a sign-up line (name, age, address, phone tail)
    "5. 张某某 72 东湖小区8栋 4417", "服务点设在翠园家园2幢，",
    # a road's section and a building after a door number: 某路二段16号5栋301
    "改造地址：滨河东路二段16号5栋301", "青年路三段9号4单元502", "新华街8号1栋",
    # an estate's building in a complaint, a road named with a measure, a hotline's number
    "居民反映某小区7栋电梯停运", "地址：某市新区十里长街3号", "服务热线：96123  公众号：某某",
    "微信公众号：某县12345  本期发送：各乡镇",
    # numerals inside names
    "辽源路街道东三社区的“幸福食堂”", "红旗一村", "新一轮老旧小区改造", "市二中", "城东二村", "这是其中之一",
    # durations
    "开张8个多月，", "两个多小时", "近半年", "每两周", "3个来月", "20余年", "3 个月", "2022 年，全市",
    "≤15个工作日", "办结时限5个工作日内", "7个自然日", "近两个供暖期平均成本",
    # a utility's term with a numeral: the water pumped again for high floors, no count of times
    "改造二次供水泵房", "二次供水设施改造",
    # numbers that are not joined into one through spaces
    "2023 2024", "一来二去，认识了", "一来方便群众", "一成不变",
    # a congress's session after its term, and figures pointed back at; a demonstrative's 一
    "根据县十五届人大四次会议决定", "经市政协九届三次会议审议", "这两个数字分别增长到", "这一年，", "那一块",
    # a fraction with a measure word, a whole part or a slash is no figure, and its parts are no counts
    "3分之1元", "-3/2元", "二又三分之一", "约占1/3个",
    # …and a slash between numbers with no bound after it is a date or a page; one over a whole, no share
    "会签时间：3/12", "第 2/5 页", "人数达5/4以上",
    # numerals of names and idioms before a noun of people: no count
    "十二生肖剪纸展", "三八妇女节慰问", "六一节前走访幼儿园", "千家万户都受益", "百姓心里乐开花",
    # a room's type by its beds: no count of people
    "房型：二人间", "二人间　｜　", "入住的是两人间",
    # document formulas, ranks and grades of an assessment (issue 9): no quantity of the work
    "合同一式四份", "综合评比居全省前3名", "得分排名后5位的单位", "评估结果分为甲、乙、丙三个档次",
    # a factor of a formula after its multiplication sign
    "达标率＝达标户数÷总户数×100%", "人均面积按户数✕12平方米计", "“完成率”=2栏÷1栏×100%",
    # a document's own print run and a slogan's stacked magnitudes (issue 9): nothing it states
    "改造运动场（含400米标准跑道）", "建设50米标准泳池",
    # …and a race's distance, the name of its event (held-out 48)
    "测试项目包括50米跑、1000米跑（男）和800米跑（女）", "4×100米接力", "男子50米自由泳", "迷你5公里跑",
    "印数：3000份　规格：A4", "本期共印15份，送区领导", "（本期共印发30份　编辑：某某）", "温暖千万家“心愿”", "百万群众齐参与",
    # the papers an applicant is told to bring: no figure of the project
    "身份证原件及复印件2份", "近期2寸免冠照片6张", "请携带个人简历5份",
    # …and the copies of a paper a letter attaches, and the parts of a song or a script (held-out 40)
    "附件：1.2019年项目任务分解表（1份）\n　　　2.2018年资金使用情况说明（1份）", "【二段·常有优学】（曲令：白牡丹令）", "【三场】",
    # …and an item's number opening its line as a count of items, a wide gap after it (a deed's lots, held-out 353)
    "　　三件　常有安居。", "二项\t交通畅行", "七条  就业创业",
    # a processing form's copies received, a listing's pagination (issue 9): the document's own
    "份  数：2份（附件5页）", "共 128 条记录，第 2/3 页，每页 50 条", "共42条数据 每页显示20条",
    # …and a message log's tally of its own sends: what it sent, delivered and billed
    "合计：发送230条，成功226条，失败4条，计费461条", "发送：52条  成功：50条  失败：2条",
    # a policy's name with a numeral in it
    "落实残疾人两项补贴政策",
    # "only one" in a rule for each: nothing counted
    "（第1—5题每题只有一个正确答案）",
    # a count in apposition to the quoted names right before it: the list's length (issue 9)
    "围绕“老城更新”与“背街整治”两个项目", "落实“暖心食堂”“幸福小院”两项工程",
    # …and an export's own total set apart as a field of its header or footer (issue 9)
    "导出时间：2031-03-02 10:15　导出工具：ChatDump 2.0　共12条", "Sheet2 | 共3页 | 某表格软件",
    # a web page's own counters, and a form's fields aligned by wide gaps: the next label is no unit (issue 9)
    "发布时间：2031-05-02　浏览：8,765 次", "赞同 3,210  评论 98 条", "上期读数：2046          本期读数：2080",
    "水表编号：SB-88-10293          口径：DN15", "联系地址：某路6号某小区3栋502",
    "赞同 2,301  87 条评论  分享",
    # a page's distance from its reader, a phone's status bar, a reach in a rate's name (issue 9)
    "距您1.3公里 · 休息中", "离你约600米", "09:15  4G  ▭ 62%", "实现城区公园绿地500米服务半径覆盖率", "缓 急：普通  份 数：2份（附件5页）", "计算结果：预计可获补贴 8600.00 元", "（大写：贰仟伍佰元整）", "温暖千万家“心愿”", "百万群众齐参与",
    # a form's evidence list: the dossier's papers (held-out 22)
    "佐证材料：1.开工报告2份；2.现场照片15张；3.决算资料8套", "证明材料：入户核查表（抽样200份）",
    # buildings named by number: their residents, a list of numbers
    "（8栋住户）反映楼道太暗", "西头2栋、3栋、4栋的居民", "南区11幢的业主",
    # 度 with no electricity: a temperature
    "室内只有14度，希望达到20度。",
    # struck-out figures
    "~~12户~~", "<del>40人</del>",
    # a worksheet: a worked sum its answer restates, a story problem's made-up figures
    "我们小区就是其中一个。", "做到建一个、成一个、管好一个。", "又发了一批。",
    "某村一口井造价8万元，由20户平均分摊，每户出多少钱？",
]


@pytest.mark.parametrize("sentence,expected", INCLUDED, ids=[s for s, _ in INCLUDED])
def test_included(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence,figure", [
    ("印发宣传手册2000份", "2000份"), ("新增十万人次服务", "十万人次"), ("回顾百件实事", "百件"),
    ("新建跑道400米", "400米"), ("改建400米跑道1条", "400米"), ("建成300米标准化道路", "300米"), ("共新辟公交线路12条", "12条"), ("调整公交线路 共12条", "12条"), ("“老城更新”等3个项目", "3个"), ("“暖心”和“助学”5个项目", "5个"), ("“夜市”和“集市”两个候选项目", "两个"),
    ("每页印制图解300份", "300份"), ("新装固定电话200部", "200部"), ("新建千米步道3条", "3条")])
def test_printed_leaflets_and_round_numbers_stay_counts(sentence, figure):
    assert figure in [q.text for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence", EXCLUDED)
def test_excluded(sentence):
    assert found(sentence) == []


def test_offsets_point_into_the_sentence():
    sentence = "截至2023年底，全市共有托育机构378家，托位数2.11万个，每千人口拥有3岁以下婴幼儿托位数达4个；"
    for q in find_quantities(sentence):
        assert sentence[q.start:q.end] == q.text
    assert [q.text for q in find_quantities(sentence)] == ["378家", "2.11万个", "4个"]


def test_every_numeral_approximator_has_a_qualifier():
    from extractors.numerals import TABLE
    from extractors.tables import read_table

    qualifiers = read_table("quantities.toml")["qualifiers"]
    assert set(TABLE.approximators) <= set(qualifiers["inner"]) | set(qualifiers["inner_before_unit"])


def test_spans_with_spaces_point_into_the_sentence():
    sentence = "2022 年，7 个方面 19 项实事全部完成，累计投资 62.4 亿元，惠及 12 万人次。"
    found_ = find_quantities(sentence)
    assert [q.text for q in found_] == ["7 个", "19 项", "62.4 亿元", "12 万人次"]
    assert all(sentence[q.start:q.end] == q.text for q in found_)
    assert [q.value for q in found_] == [7, 19, 6_240_000_000, 120000]


def test_units_come_from_the_canonical_table():
    from extractors.units import canonical_units

    sentences = [s for s, _ in INCLUDED]
    units = {q.unit for s in sentences for q in find_quantities(s)}
    assert units <= canonical_units()


# measure words of things handed out, incidents, payments, trips, livestock and class hours,
# admitted after every blind set's writer met them (gold/README.md); 千克 is 公斤
@pytest.mark.parametrize("sentence,expected", [
    ("配备灭火器80具", [Q("80具", 80, "具")]),
    ("存栏牦牛约1.1万头", [Q("1.1万头", 11000, "头", "approx")]),
    ("共封存火锅底料260公斤", [Q("260公斤", 260, "公斤")]),
    ("发放化肥1200千克", [Q("1200千克", 1200, "公斤")]),
    ("卖出大米1.2万斤", [Q("1.2万斤", 12000, "斤")]),
    ("调处劳务纠纷3起", [Q("3起", 3, "起")]),
    ("受理申请318笔", [Q("318笔", 318, "笔")]),
    ("查处缺斤短两行为2宗", [Q("2宗", 2, "宗")]),
    ("发放营养包1.9万盒、叶酸2.1万瓶", [Q("1.9万盒", 19000, "盒"), Q("2.1万瓶", 21000, "瓶")]),
    ("调运帐篷60顶、方便面1800箱", [Q("60顶", 60, "顶"), Q("1800箱", 1800, "箱")]),
    ("送水86趟", [Q("86趟", 86, "趟")]),
    ("专项能力班每班80课时", [Q("80课时", 80, "课时", per="班")]),
    ("查阅资料126卷", [Q("126卷", 126, "卷")]),
    ("检出疑似尘肺病19例", [Q("19例", 19, "例")]),
    ("全年无一例孕产妇死亡", []),
    ("接种后未发生1例不良反应", []),
    ("陈阿婆算了一笔账", []),
    ("以前爬一趟楼要歇三回", []),
    ("一老一小，是最牵挂的两头", []),
    ("志愿者和孩子们一起开展活动", []),
    ("未发生一起安全事故", []),
])
def test_measure_words_of_things_incidents_payments_and_trips(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("text,value,unit", [
    ("新增普惠性托位3,000個", 3000, "个"), ("惠及居民2.1萬戶", 21000, "户"), ("新增養老床位500張", 500, "张"),
    ("新闢公交線路12條", 12, "条"),
])
def test_traditional_measure_words(text, value, unit):
    (found,) = find_quantities(text)
    assert (found.value, found.unit) == (value, unit)


# A page in traditional characters, or a traditional phrase quoted in a simplified page (below
# the share that converts a whole document): its units, vague numerals and approximators are
# read as their simplified forms (units.csv, numerals.toml, quantities.toml)
@pytest.mark.parametrize("sentence,expected", [
    ("就業率提高2個百分點", [Q("2個百分點", 2, "百分点")]),
    ("清運垃圾1.5萬噸", [Q("1.5萬噸", 15000, "吨")]),
    ("流轉土地300畝", [Q("300畝", 300, "亩")]),
    ("新增圖書5000冊、路燈120盞", [Q("5000冊", 5000, "册"), Q("120盞", 120, "盏")]),
    ("一次才花20塊錢", [Q("20塊錢", 20, "元")]),
    ("服務三千餘人", [Q("三千餘人", 3000, "人", "at_least")]),
    ("建成十來個驛站", [Q("十來個", 10, "个", "approx")]),
    ("投入幾十萬元", []),
    ("覆蓋數百家企業", []),
])
def test_traditional_forms_of_units_and_numerals(sentence, expected):
    assert found(sentence) == expected


def test_every_unit_has_its_traditional_forms():
    """Each surface of units.csv is listed in every traditional form OpenCC writes it in
    (Taiwan and Hong Kong standards too), so none is left to the forms one page happened to use."""
    import csv

    import opencc

    from extractors import DATA_DIR

    with (DATA_DIR / "units.csv").open(encoding="utf-8", newline="") as fh:
        surfaces = {row["surface"] for row in csv.DictReader(fh)}
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    missing = {c.convert(s) for s in surfaces for c in converters} - surfaces
    assert not missing


def test_every_numeral_character_has_its_traditional_forms():
    import opencc

    listed = "".join([TABLE.chinese_numeral_chars, TABLE.unknown_digit, TABLE.unknown_coefficient,
                      TABLE.approximators, TABLE.chinese_points, TABLE.negative_signs])
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    missing = {c.convert(ch) for ch in listed for c in converters} - set(listed)
    assert not missing


# Speech writes a range as two neighbouring digits before their shared place (numerals.toml:
# spoken_ranges): one figure from the lower end to the higher, never read digit by digit
@pytest.mark.parametrize("sentence,expected", [
    ("我们那栋楼七八百户人家", [Q("七八百户", 700, "户", value_max=800)]),
    ("一年买药要花四五千块钱", [Q("四五千块钱", 4000, "元", value_max=5000)]),
    ("来了三四个志愿者", [Q("三四个", 3, "个", value_max=4)]),
    ("每场能来两三百人", [Q("两三百人", 200, "人", value_max=300)]),
    ("每年兩三萬元", [Q("兩三萬元", 20000, "元", value_max=30000, per="年")]),
    ("二〇二三年建了一二三个", [Q("一二三个", 123, "个")]),       # three digits: no pair
])
def test_spoken_ranges(sentence, expected):
    assert found(sentence) == expected


# The Korean paragraph of a bilingual notice (延边): Korean counters and magnitudes read with the
# Chinese canonical unit (units.csv, numerals.toml); its dates, durations and ages stay times.
@pytest.mark.parametrize("sentence,expected", [
    ("어린이 놀이터 40개를 새로 만든다", [Q("40개", 40, "个")]),
    ("마을 도서관 7곳을 짓는다", [Q("7곳", 7, "处")]),
    ("노인 2.3만 명에게 식사를 제공한다", [Q("2.3만 명", 23000, "名")]),
    ("저소득 1500가구를 지원한다", [Q("1500가구", 1500, "户")]),
    ("1인당 월 650원을 지급한다", [Q("650원", 650, "元")]),
    ("총예산은 약 3.4억 원이다", [Q("3.4억 원", 340000000, "元", "approx")]),
    ("자전거길 8킬로미터와 보도 600미터를 정비한다", [Q("8킬로미터", 8, "公里"), Q("600미터", 600, "米")]),
    ("올해 실사 12가지를 추진한다", [Q("12가지", 12, "项")]),
    ("예약 30명", [Q("30명", 30, "名")]),                  # 예약 (reservation) is no 약 (about)
])
def test_korean_counters_in_a_bilingual_notice(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", ["2031년 3월 5일", "공사 기간은 4개월이다", "70세 이상 노인", "하루 8시간"])
def test_korean_dates_durations_and_ages_are_no_figures(sentence):
    assert find_quantities(sentence) == []


# ---------------------------------------------------------------------------
# The letters OCR reads for digits (extractors/script.py: ocr_digits): read as digits
# inside a figure, left alone in words, codes and English.

def read_ocr(text: str) -> str:
    return ocr_digits(text, TABLE.ocr_digits, _data().figure_follows)


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("全区新建公园l4个", "l4个", 14, "个"),                  # l before a digit, a measure word after
    ("改造农贸市场1l6个", "1l6个", 116, "个"),               # l between digits
    ("新增车位9OO个", "9OO个", 900, "个"),                   # O after a digit, a measure word after
    ("累计铺设管网2O5公里", "2O5公里", 205, "公里"),          # O between digits
    ("覆盖率达到1O2.5%", "1O2.5%", 102.5, "%"),              # O between digits, before a point
    ("发放补贴3.l亿元", "3.l亿元", 310_000_000, "元"),        # l after a point, a magnitude after
    ("培训农民工I.6万人次", "I.6万人次", 16000, "人次"),       # I before a point
    ("新增学位4 7OO个", "4 7OO个", 4700, "个"),               # with a space grouping thousands
    ("每户补助不超过5ooo元", "5ooo元", 5000, "元"),           # lower-case o
    ("累计建成绿道l2 公里", "l2 公里", 12, "公里"),           # a space before the measure word
    ("完成率达到１Ｏ３．５％", "１Ｏ３．５％", 103.5, "%"),       # full-width letters among full-width digits
    ("补助对象：ｌ5人", "ｌ5人", 15, "人"),                     # after a label's full-width colon
])
def test_confusable_letters_inside_a_figure(sentence, text, value, unit):
    (q,) = find_quantities(sentence)
    assert (q.text, q.value, q.unit) == (text, value, unit)
    assert sentence[q.start:q.end] == q.text                  # the span is the text as written


@pytest.mark.parametrize("sentence,expected", [
    ("推广O2O模式服务商家8个", ["8个"]),                      # no figure opens with a zero
    ("网站备案号ICP备1234号，已有商户12家", ["12家"]),         # letters of a code
    ("COVID-19疫苗接种点30个", ["30个"]),                      # a name with a number
    ("达到Level 1标准的站点6个", ["6个"]),                    # English text
    ("访问www.example.gov.cn/l23页面", []),                   # a path in a URL
    ("型号GB5O2O的设备4台", ["4台"]),                          # letters touch the run
    ("Hello2O23活动吸引l00人", ["l00人"]),                    # a word run into the number stays
])
def test_confusable_letters_in_words_and_codes_stay(sentence, expected):
    assert [q.text for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize("text,expected", [
    ("文号〔2O19〕3号", "文号〔2019〕3号"),                     # between real digits
    ("产品\t8OO\t台账", "产品\t800\t台账"),                    # a table cell that opens with a digit
    ("| 6OO | 完成 |", "| 600 | 完成 |"),
    ("新增１ｌ０个", "新增１１０个"),                             # a full-width letter becomes a full-width digit
    ("ＩＣＰ备案", "ＩＣＰ备案"),
    ("口号“l0”活动", "口号“l0”活动"),                           # no measure word, not in a cell
    ("编号O12", "编号O12"),                                     # a leading zero
    ("Iowa 1O lanes", "Iowa 1O lanes"),                       # no measure word after, no cell
    # a table aligned by runs of spaces: each run between such gaps is a cell
    ("维修水渠  3OOOO   l2500   4O0", "维修水渠  30000   12500   400"),
    ("l80000   2O00", "180000   2000"),                       # a 1 misread at a cell's start
    ("Level  lI  OK  Oil  l  I  l0", "Level  lI  OK  Oil  l  I  l0"),   # words, and too short a cell
    ("编号 1O", "编号 1O"),                                     # one space parts words, not cells
])
def test_reading_view(text, expected):
    assert read_ocr(text) == expected
    assert len(read_ocr(text)) == len(text)


def test_a_text_without_confusables_is_returned_as_is():
    text = "新增学位3600个"
    assert read_ocr(text) is text


# The letters posts write for a magnitude (extractors/script.py: internet_magnitudes)
@pytest.mark.parametrize("text, span, value, unit", [
    ("上周义诊共接待2.5w人次", "2.5w人次", 25000, "人次"),     # w = 万, before a measure word
    ("报名的已有6k人", "6k人", 6000, "人"),                      # k = 千
    ("全年补贴发了12W元", "12W元", 120000, "元"),                # capital letter too
])
def test_a_posts_latin_magnitude_is_read_as_the_magnitude(text, span, value, unit):
    [q] = find_quantities(text)
    assert (q.text, q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize("text, span, value, unit", [
    ("报名的已有6k+人", "6k+人", 6000, "人"),                    # the plus of "and more", like 多
    ("今年新增养老床位2k+，超出预期", "2k+", 2000, "张"),          # no measure word: the noun's own
    ("新增泊位1.5w＋，停车难缓解", "1.5w＋", 15000, "个"),
])
def test_a_posts_plus_after_a_figure_is_at_least(text, span, value, unit):
    [q] = find_quantities(text)
    assert (q.text, q.value, q.unit, q.qualifier) == (span, value, unit, "at_least")


@pytest.mark.parametrize("text", ["型号B3w人体感应灯", "新买4K电视", "wifi覆盖3w", "骑行5km", "支持4K+HDR"])
def test_latin_magnitude_letters_in_codes_words_and_units_stay(text):
    assert read_digits(text) == text


# Statistical notation: made-up sentences of a paper or survey report.
@pytest.mark.parametrize("text", [
    "每增加1个标准差，满意度随之上升。", "样本量N=1500人。", "（n = 640人）", "系数为0.35（p<0.01）",
    "在1%的水平上显著。", "95%置信区间为2.1—3.4万元。", "R²=42%", "t值为3.05", "标准差为0.6万元",
    "第90百分位的家庭", "β=0.18，SE=0.04",
])
def test_statistical_notation_is_no_figure(text):
    assert find_quantities(text) == []


# …the whole class of a results section's symbols and named coefficients, not one paper's
@pytest.mark.parametrize("text", [
    "σ=0.8万元", "z=2.4万人", "OR=1.6万户", "Cronbach's α=0.87万", "χ2=15.3万", "回归系数为0.21万元",
    "信度系数为0.9万", "卡方值为12.6万", "AUC=0.8万",
])
def test_every_statistical_symbol_is_notation(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text,figure", [
    ("奖补系数为1.5万元", "1.5万元"),          # a programme's own coefficient is no statistic
])
def test_a_bare_coefficient_of_a_programme_stays_a_figure(text, figure):
    assert figure in [q.text for q in find_quantities(text)]


@pytest.mark.parametrize("text,figure", [
    ("共发放问卷1500份，有效率93.1%。", "1500份"), ("较上年提高2.4个百分点", "2.4个百分点"),
    ("新设5个监测点，每点配1名网格员", "5个"),
])
def test_figures_beside_a_survey_stay_figures(text, figure):
    assert figure in [q.text for q in find_quantities(text)]


@pytest.mark.parametrize("sentence", [
    "★★★★☆ 4.6　3.4万人评分　|　80万+次下载　|　12+ 年龄分级",      # an app store's header
    "[ 分享 ]　[ 收藏 ]　浏览 56,210　点赞 1,804",                     # likes on a page's row of counters
    "（点赞 912　在看 40　分享 8）",                                    # …before the row's other counters
    "……（点击查看全部41条回复）……", "展开全部7条评论",                   # a link to a thread's replies
    "查看: 2810 | 回复: 36 | 收藏 5", "回复 19",                          # a forum's counter of replies
    "结构形式：框架结构　抗震设防烈度：7度",                               # an earthquake's intensity
    "注：完成率超过100%的按100%填列。",                                    # a form's rule for filling it in
])
def test_page_counters_intensities_and_form_rules_are_no_figures(sentence):
    assert find_quantities(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("系统：当前在线 2,306  点赞 1.4万", "1.4万"),      # a livestream's likes count its audience's
    ("查看全部9个社区 >", "9个"),                       # a link to other things than replies counts them
    ("全年用电量120万度，累计下载30万次，", "120万度"),
    ("超过100户的社区按标准配建活动室", "100户"),
])
def test_figures_beside_those_words_elsewhere_stay(sentence, text):
    assert text in [q.text for q in find_quantities(sentence)]


@pytest.mark.parametrize("text,unit,per", [
    ("月租金45元/㎡·月", "元", "平方米·月"),          # a rent per area and month
    ("宿舍租金800元/间·月", "元", "间·月"),           # per room and month
    ("筹集房源1500套/间", "套（间）", None),           # sets or rooms: no denominator
])
def test_rents_per_area_or_room_and_month_and_sets_or_rooms(text, unit, per):
    [q] = find_quantities(text)
    assert (q.unit, q.per) == (unit, per)


def test_a_list_of_rates_gives_each_its_own_denominator():
    """`每人每月…、每人每年…`: the second rate is per person and year, not per both."""
    first, second = find_quantities("两项补贴分别提高到每人每月300元、每人每年2400元")
    assert (first.per, second.per) == ("人·月", "人·年")


# ------------------------------------------------ non-figures and elided units (held-out 32's kinds)

@pytest.mark.parametrize("sentence", [
    "回帖时间 2030-05-06 19:27 只回复楼主",        # the minutes of a clock time, a word after
    "每日22:40 起停止施工",
    "接驳：6:30起，每10分钟发一班",                   # after a label's colon; 起 is a measure word too
    "计算结果保留2位小数。",                          # a number format
    "6.3　对失能老人每月发放护理补贴",                 # a standard's clause number before its text
])
def test_clock_minutes_number_formats_and_clause_numbers_are_no_figures(sentence):
    assert find_quantities(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    # a clause number before text, and the clause's own figure after it
    ("4.2.1 每个站点配备社工3名", [Q("3名", 3, "名")]),
    # an item's number and its full-width stop opening a line, glued to a figure (quantities.toml numbered_line)
    ("　1．129户、536人。", [Q("129户", 129, "户"), Q("536人", 536, "人")]),
    ("2．1420亩；1个", [Q("1420亩", 1420, "亩"), Q("1个", 1, "个")]),
    # …not a decimal written with an ASCII point, nor one inside the line
    ("3.5公里，提升4．5公里", [Q("3.5公里", 3.5, "公里"), Q("4．5公里", 4.5, "公里")]),
    # a figure spaced from its magnitude or a unit of two characters is no clause number
    ("12.5　万人次", [Q("12.5\u3000万人次", 125000, "人次")]),
    # two full-width spaces part a form's fields: the word after them is the next field's, no unit
    ("成瓷：203　　成瓷率112.8%", [Q("112.8%", 112.8, "%")]),
    ("3.5  公里", [Q("3.5  公里", 3.5, "公里")]),
    # a Chinese digit ending a word before Arabic digits (`队伍`: 伍, a financial five)
    ("新组建救援队伍16支、820人", [Q("16支", 16, "支"), Q("820人", 820, "人")]),
    # a place word after the measure word, which jieba joins (`部里`)
    ("还没装的那7部里有2部在老城区", [Q("7部", 7, "部"), Q("2部", 2, "部")]),
    # money said without 元 right after a word of paying
    ("这套房总价80多万，首付了24万", [Q("80多万", 800000, "元", "at_least"), Q("24万", 240000, "元")]),
    ("公积金提取了3万多，其余贷款", [Q("3万多", 30000, "元", "at_least")]),
    # a bare amount compared with the figure before it leaves out that figure's unit
    ("全年接诊了8.2万人次，没到9万，", [Q("8.2万人次", 82000, "人次"), Q("9万", 90000, "人次")]),
])
def test_clause_numbers_joined_words_and_units_left_out(sentence, expected):
    assert found(sentence) == expected


def test_a_bare_amount_with_no_comparison_or_paying_stays_no_figure():
    assert found("全年接诊了8.2万人次，其中9万，") == [Q("8.2万人次", 82000, "人次")]


@pytest.mark.parametrize("sentence,qualifier", [
    ("抽查样本不少于参保人数的5%。", "at_least"),      # a bound before the whole the share is of
    ("临时床位不超过总床位的15%。", "at_most"),
    ("其中困难家庭的15%。", "exact"),                 # no bound: exact
])
def test_a_bound_before_the_whole_governs_the_share_after_its_de(sentence, qualifier):
    [share] = find_quantities(sentence)
    assert share.qualifier == qualifier


@pytest.mark.parametrize("text, figure, value", [
    # the fractions of a yuan after it are part of the amount (quantities.toml [money_fractions])
    ("（大写）捌佰陆拾壹万肆仟贰佰柒拾伍元叁角陆分。", "捌佰陆拾壹万肆仟贰佰柒拾伍元叁角陆分", 8614275.36),
    ("票价3元5角", "3元5角", 3.5),
    ("每人补贴12元零5分", "12元零5分", 12.05),
    # …not a 分 that is no fraction
    ("共3元分3次发放", "3元", 3.0),
    # a share in tenths with the tenth of a tenth after it (quantities.toml [share_tenths])
    ("新增养老床位六百张，护理型者占五成五。", "五成五", 55.0),
    ("近七成五的居民表示满意", "七成五", 75.0),
    ("占7成5", "7成5", 75.0),
    ("覆盖率不足三成。", "三成", 30.0),
    # …not a digit that starts the next figure
    ("约占三成五个街道已建成", "三成", 30.0),
    # half a measure after it (quantities.toml [half_after_unit])
    ("每份社饭按1斤半蒸，配腊肉丁。", "1斤半", 1.5),
    ("从村口到卫生院要走三公里半。", "三公里半", 3.5),
    # …not a 半 that starts a word of its own, nor half of a count
    ("每份2元半价供应", "2元", 2.0),
    ("两斤半斤装的米", "两斤", 2.0),
])
def test_a_fraction_after_its_unit_is_read_into_the_figure(text, figure, value):
    found = {q.text: q.value for q in find_quantities(text)}
    assert found[figure] == pytest.approx(value)


@pytest.mark.parametrize("text, per", [("门票3元/人", "人"), ("门票3元／人", "人"),
                                       # a school's fees and a shop's prices
                                       ("午餐费 3元/餐", "餐"), ("校服费 3元/套", "套"), ("住宿费3元/生·学期", "生·学期")])
def test_a_rate_after_either_slash(text, per):
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.per) == (3.0, "元", per)


@pytest.mark.parametrize("text", ["娃娃上学不再走两个钟头的山路", "走了三个多钟头", "每天干8个钟头"])
def test_hours_in_speech_are_a_duration(text):
    assert find_quantities(text) == []



@pytest.mark.parametrize("text", ["北三家路改造工程开工", "沿线有北三家小学", "二道河村委会", "途经五里桥", "八家子镇", "在三台镇建设托育点", "五台山下的村庄",
                                  "三元镇中心小学　　18", "\n三元乡卫生院"])
def test_a_chinese_numeral_and_measure_word_inside_a_place_s_name_is_no_figure(text):
    assert [q.text for q in find_quantities(text)] == []


def test_a_chinese_numeral_count_before_a_noun_stays_a_figure():
    assert [q.text for q in find_quantities("新建三家养老机构")] == ["三家"]


@pytest.mark.parametrize("word, expected", [("年", True), ("个月", True), ("周岁", True), ("个", False), ("公里", False)])
def test_units_of_time_are_known(word, expected):
    from extractors.quantities import is_time_unit
    assert is_time_unit(word) is expected


@pytest.mark.parametrize("text", ["关于Z2031次“惠民”专线的通报", "乘坐D35次到站", "Ｋ12次列车晚点"])
def test_a_number_glued_to_the_latin_letters_before_it_is_a_code(text):
    # made up: a train's number (`Z2031次`) is no count of times
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, expected", [
    # made up: a train's number without a letter, told by its label or the train's words after it
    ("车次：4518次（某站—某站）", []), ("公益性慢火车4518次列车值乘日志", []), ("逢集日4518次加挂1辆行李车", ["1辆"]),
    # a count of times stays one
    ("全年越界告警1420次，比去年少了三成", ["1420次", "三成"]), ("开行列车1200次", ["1200次"]),
])
def test_a_train_s_number_without_a_letter_is_a_code(text, expected):
    assert [q.text for q in find_quantities(text)] == expected


def test_a_device_named_by_letters_before_its_count_is_counted():
    assert [(q.text, q.value) for q in find_quantities("在车站配置AED60台")] == [("60台", 60)]
