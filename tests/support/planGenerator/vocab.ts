/**
 * The words generated plans are written with: places other than 六盘水, chapter, section and item names, sentences,
 * owners and citations, written by hand from how Guizhou's cities and counties write their five-year plans.
 */

export interface Place {
  province: string;
  city: string;
  /** A county plan's county; absent for a city plan. */
  county?: string;
  /** How the city's documents are numbered (遵府办发〔2025〕12号). */
  docPrefix: string;
}

export const PLACES: Place[] = [
  { province: '贵州省', city: '遵义市', docPrefix: '遵府办发' },
  { province: '贵州省', city: '遵义市', county: '桐梓县', docPrefix: '桐府办发' },
  { province: '贵州省', city: '遵义市', county: '湄潭县', docPrefix: '湄府发' },
  { province: '贵州省', city: '六盘水市', county: '盘州市', docPrefix: '盘政办' },
  { province: '贵州省', city: '安顺市', docPrefix: '安府办发' },
  { province: '贵州省', city: '安顺市', county: '普定县', docPrefix: '普府办发' },
  { province: '贵州省', city: '黔东南州', docPrefix: '黔东南府办发' },
  { province: '贵州省', city: '黔东南州', county: '凯里市', docPrefix: '凯府办发' },
  { province: '贵州省', city: '毕节市', docPrefix: '毕府办发' },
  { province: '贵州省', city: '铜仁市', docPrefix: '铜政发' },
  { province: '贵州省', city: '铜仁市', county: '江口县', docPrefix: '江府办发' },
  { province: '贵州省', city: '黔南州', county: '都匀市', docPrefix: '都府办发' },
  { province: '贵州省', city: '贵阳市', docPrefix: '筑府办发' },
  { province: '贵州省', city: '贵阳市', county: '修文县', docPrefix: '修府办发' },
];

/** The plan's subject, as its title names it. */
export const TOPICS = ['市场监管', '食品安全', '市场监管现代化', '质量发展', '知识产权保护和运用', '市场监管和质量发展'];

export const CONTEXT_CHAPTERS = ['发展基础', '发展环境', '现实基础和发展环境', '规划背景', '发展基础与面临形势', '发展现状', '“十四五”发展成就'];
export const CONTEXT_SECTIONS = ['“十四五”时期主要成效', '面临的机遇和挑战', '存在的主要问题', '发展形势研判'];
export const GOALS_CHAPTERS = ['总体要求', '指导思想和发展目标', '总体思路和发展目标'];
export const GUIDING_SECTIONS = ['指导思想', '基本原则'];
export const GOALS_SECTIONS = ['发展目标', '主要目标'];
export const INDICATOR_SECTIONS = ['主要指标', '指标体系'];

/** Chapters that assign work: the plan's tasks. */
export const WORK_CHAPTERS = [
  '优化营商环境', '激发市场主体活力', '维护公平竞争秩序', '守牢质量安全底线', '强化食品安全监管', '提升药品安全保障水平',
  '加强特种设备安全监管', '实施质量强市战略', '加强知识产权保护和运用', '营造放心消费环境', '推进智慧监管', '构建现代化市场监管体系',
  '提升标准化水平', '夯实计量基础', '加强网络市场监管',
];
export const FINAL_CHAPTERS = ['保障措施', '组织实施', '规划实施保障'];
export const FINAL_SECTIONS = ['加强组织领导', '强化资金保障', '加强队伍建设', '强化监测评估', '营造良好氛围', '完善法治保障'];

export const SECTIONS = [
  '深化商事制度改革', '推进登记注册便利化', '完善企业退出机制', '加强信用监管', '强化反垄断和反不正当竞争', '规范涉企收费',
  '强化食品生产经营监管', '加强食用农产品质量安全监管', '提升药品监管能力', '加强化妆品和医疗器械监管', '强化重点工业产品质量监管',
  '加强特种设备隐患排查', '推进质量基础设施建设', '实施品牌培育工程', '完善标准体系', '提升计量服务能力', '加强检验检测机构监管',
  '强化知识产权创造', '加强知识产权保护', '促进知识产权转化运用', '完善消费维权机制', '推进放心消费创建', '加强价格监管',
  '推进监管数字化转型', '强化网络交易监管', '加强广告监管', '完善综合执法体系', '推进社会共治', '加强基层监管能力建设', '提升应急处置能力',
  // Two clauses, as many plans write their sections.
  '深化商事制度改革，塑造宽松便捷的市场准入环境', '全面加强市场监管，打造公平有序的市场竞争环境', '坚守质量安全底线，着力构建质量安全保障体系',
  '强化知识产权保护，激发全社会创新创造活力', '完善消费者权益保护机制，营造安全放心的消费环境',
];
export const SUBSECTIONS = [
  '推进企业开办便利化', '推行简易注销', '清理长期停业企业', '完善信用修复机制', '推进信用分级分类监管', '加强公平竞争审查',
  '查处不正当竞争行为', '严格食品生产许可', '加强校园食品安全管理', '规范农村集体聚餐', '强化食品抽检监测', '推进食品安全追溯',
  '加强药品流通环节监管', '开展医疗器械专项整治', '加强电梯安全监管', '推进气瓶信息化追溯', '加强锅炉压力容器监管', '推进标准化试点示范',
  '加强地理标志保护', '打击商标侵权假冒', '推进专利导航', '开展知识产权质押融资', '畅通消费投诉渠道', '推进线下无理由退货',
  '建设智慧监管平台', '推进“互联网+监管”', '规范网络直播营销', '整治虚假违法广告', '加强执法队伍建设', '完善行刑衔接机制',
  '提升检验检测能力', '建设计量标准体系', '推进质量认证', '培育区域公用品牌', '加强价格监督检查', '治理涉企违规收费',
  '推进“双随机、一公开”监管', '加强重点领域监管', '开展质量提升行动', '推进消费维权进乡村',
];
export const ITEMS = [
  '推行企业开办一网通办', '推广电子营业执照', '推进证照分离改革', '压缩企业开办时间', '完善市场主体退出制度', '推进经营主体信用修复',
  '实施信用风险分类管理', '开展年报公示工作', '加强涉企信息归集', '落实公平竞争审查制度', '查处仿冒混淆行为', '规范平台经济竞争',
  '落实食品安全主体责任', '推进“互联网+明厨亮灶”', '加强小作坊小餐饮治理', '开展食品安全风险排查', '加强进口冷链食品监管', '推进食品快检进市场',
  '加强疫苗质量监管', '推进药品追溯体系建设', '加强网络售药监管', '开展电梯按需维保试点', '推进特种设备智慧监管', '加强液化石油气瓶监管',
  '实施重点产品质量攻关', '推进首席质量官制度', '开展企业标准领跑者行动', '建设社会公用计量标准', '推进能源计量审查', '强化检验检测结果互认',
  '推进商标品牌建设', '强化地理标志运用', '开展专利转化专项行动', '建立知识产权纠纷调解机制', '推进消费纠纷在线解决', '开展放心消费示范单位创建',
  '加强12315热线建设', '建设一体化监管平台', '推进非现场监管', '加强网络交易主体登记', '开展广告导向监测', '加强执法办案指导',
  '推进柔性执法', '完善举报奖励制度', '发挥行业协会作用', '加强基层所规范化建设', '完善应急预案体系', '开展应急演练',
];
/** Short lead sentences of measures: a paragraph led by one becomes a measure of its task. */
export const MEASURE_LEADS = [
  '强化源头治理', '加强过程监管', '完善制度机制', '提升监管效能', '推进协同共治', '强化科技支撑', '加强宣传引导', '健全风险防控体系',
  '压实主体责任', '加强督促检查', '推进信息共享', '强化结果运用',
];
export const BOX_TITLES = [
  '营商环境优化提升工程', '食品安全放心工程', '质量基础设施建设工程', '知识产权强市建设工程', '智慧监管建设工程', '放心消费创建行动',
  '特种设备安全提升行动', '药品安全守护行动', '品牌培育行动', '标准化提升工程', '计量惠民工程', '执法能力提升工程',
];
export const BOX_ITEMS = [
  '企业开办一网通办', '电子营业执照推广应用', '信用监管平台建设', '食品安全示范城市创建', '农贸市场快检室建设', '校园食品安全守护',
  '国家级检验检测中心建设', '社会公用计量标准建设', '地理标志运用促进', '专利转化运用', '12315平台升级', '放心消费示范街区',
  '电梯应急处置平台建设', '气瓶质量安全追溯', '药品不良反应监测', '智慧市场监管平台', '网络交易监测中心', '执法装备标准化建设',
  '区域品牌培育', '标准化试点示范', '首席质量官培训', '质量提升示范区建设',
];

/** Clauses paragraphs are written from; none starts with a figure or a numbering marker. */
export const CLAUSES = [
  '坚持问题导向和目标导向，聚焦群众反映强烈的突出问题', '深入推进简政放权、放管结合、优化服务改革', '进一步压缩审批时限，提升政务服务效能',
  '健全以信用为基础的新型监管机制', '加强部门协同联动，形成监管合力', '严格落实企业主体责任和部门监管责任', '完善风险隐患排查治理长效机制',
  '推动监管重心向事中事后转移', '强化数字赋能，提升监管精准化水平', '依法严厉打击各类违法违规行为', '引导企业加强质量管理和品牌建设',
  '加大对小微企业和个体工商户的帮扶力度', '推进检验检测资源整合共享', '完善投诉举报处理机制，及时回应群众关切', '加强舆情监测和应急处置',
  '健全基层监管网络，夯实基层基础', '推动行业组织加强自律', '开展常态化专项检查和集中整治', '建立健全考核评价和责任追究制度',
  '强化跨区域执法协作', '统筹推进城乡市场监管一体化', '加大宣传培训力度，营造全社会共同参与的良好氛围', '完善监管清单和工作规范',
  '推进监管执法全过程记录', '鼓励企业参与标准制定', '加强知识产权运营服务体系建设', '强化重点时段和重点区域监管', '提升消费者满意度和获得感',
  '深化放心消费创建活动', '推动形成统一开放、竞争有序的市场体系',
];
export const BACKGROUND_CLAUSES = [
  '“十四五”以来，全市市场监管工作取得明显成效', '商事制度改革持续深化，市场主体数量稳步增长', '食品药品安全形势总体稳定向好',
  '质量基础设施不断完善，品牌建设取得新进展', '知识产权创造、保护和运用水平明显提升', '监管执法体制机制改革全面完成',
  '同时也要看到，监管能力与高质量发展要求还不完全适应', '基层监管力量相对薄弱，智慧监管水平有待提升', '新业态新模式带来新的监管挑战',
];
export const GUIDING_CLAUSES = [
  '以习近平新时代中国特色社会主义思想为指导', '全面贯彻党的二十大和二十届历次全会精神', '完整、准确、全面贯彻新发展理念',
  '坚持以人民为中心的发展思想', '统筹发展和安全', '坚持依法监管、科学监管、智慧监管', '坚持改革创新和系统观念',
];

/**
 * Bodies by their role, the one list every generated plan and owner test names them from: a city's or county's plan
 * writes them after its level (市…, 县…), a province's after 省, with its own word where a province has one (公安厅).
 * Some hold 和 (工业和信息化局), which must not split them.
 */
export const AGENCY_ROLES: { role: string; province?: string }[] = [
  { role: '市场监管局' }, { role: '公安局', province: '公安厅' }, { role: '商务局', province: '商务厅' }, { role: '农业农村局', province: '农业农村厅' },
  { role: '卫生健康局' }, { role: '教育局', province: '教育厅' }, { role: '工业和信息化局', province: '工业和信息化厅' }, { role: '发展改革委' },
  { role: '财政局', province: '财政厅' }, { role: '司法局', province: '司法厅' }, { role: '生态环境局', province: '生态环境厅' }, { role: '住房城乡建设局' },
  { role: '交通运输局', province: '交通运输厅' }, { role: '文化广电旅游局' }, { role: '税务局' }, { role: '大数据局' }, { role: '人力资源社会保障局' },
  { role: '卫生健康委' }, { role: '住房和城乡建设局', province: '住房和城乡建设厅' }, { role: '委宣传部' }, { role: '药品监管局' },
];
/** The roles, as a plan of a city or county writes them after its level. */
export const AGENCIES = AGENCY_ROLES.map((a) => a.role);
/** Every body of the list as a plan of that level names its own: 市公安局, 县公安局, 省公安厅. */
export function bodiesOf(level: '省' | '市' | '县'): string[] {
  return AGENCY_ROLES.map((a) => `${level}${level === '省' ? a.province ?? a.role : a.role}`);
}
/** Bodies named without a level: shared (公安机关) or the place's own (消费者协会). */
export const BODIES_WITHOUT_LEVEL = ['公安机关', '消费者协会', '行业协会'];

export const LAWS = [
  '中华人民共和国食品安全法', '中华人民共和国产品质量法', '中华人民共和国消费者权益保护法', '中华人民共和国反垄断法', '中华人民共和国药品管理法',
  '中华人民共和国特种设备安全法', '中华人民共和国计量法', '中华人民共和国标准化法', '中华人民共和国商标法', '中华人民共和国专利法',
  '中华人民共和国反不正当竞争法', '中华人民共和国广告法', '优化营商环境条例', '中华人民共和国市场主体登记管理条例', '企业信息公示暂行条例',
  '贵州省食品安全条例', '贵州省优化营商环境条例', '贵州省消费者权益保护条例', '质量强国建设纲要', '知识产权强国建设纲要（2021—2035年）',
  '市场监督管理行政处罚程序规定', '食品生产许可管理办法',
];
/** Titles of documents a plan cites with their number in brackets after them. */
export const DOCUMENT_TITLES = [
  '关于深化市场监管综合执法改革的实施意见', '关于进一步优化营商环境的若干措施', '关于加强食品安全工作的实施意见', '关于推进质量强市建设的实施方案',
  '关于强化知识产权保护的实施意见', '关于全面加强药品监管能力建设的实施意见',
];
// National standards, and sector, local and group ones, some with a part number (LB/T, DB52/T, T/CAS, GB/T 24421.1),
// safety technical specifications (TSG) and accreditation rules (CNAS-CL01:2018).
export const STANDARDS = ['GB/T 19001-2016', 'GB/T 27025-2019', 'GB 2760-2024', 'GB/T 22239-2019', 'GB/T 19580-2012', 'GB 14881-2013', 'GB/T 27922-2011', 'GB 31654-2021', 'LB/T 065-2019', 'GB/T 24421.1-2023', 'GB/T 1.1-2020', 'DB52/T 1540-2020', 'SB/T 10428-2007', 'T/CAS 115-2005', 'TSG 08-2017', 'TSG ZF001-2006', 'HJ 1237-2021', 'CNAS-CL01:2018'];

/** Page chrome a government site puts around (and sometimes inside) a plan's page. */
export const CHROME_BEFORE = (place: string) => [
  `${place}人民政府门户网站`, '首页 > 政务公开 > 规划计划', `您现在的位置：首页 > 政务公开 > 发展规划`, '索引号：000014349/2026-12345',
  `发布机构：${place}市场监督管理局`, '发布日期：2026-03-15', '字号：[ 大 中 小 ]', '浏览次数：1024',
];
export const CHROME_AFTER = (place: string) => [
  '扫一扫在手机打开当前页', '【打印本页】【关闭窗口】', `上一篇：关于印发${place}2026年市场监管工作要点的通知`, '下一篇：无', '相关链接',
  `版权所有：${place}人民政府办公室`, '网站标识码：5203000001', '黔ICP备12345678号',
];
/** Chrome lines that turn up in the middle of a scraped body. */
export const CHROME_INSIDE = ['扫一扫在手机打开当前页', '打印本页', '【打印本页】', '分享到：', '【字体：大 中 小】', '关闭窗口'];
/** Strings a compromised page injects into the text (the real plan's page carried 彩天下). */
export const JUNK = ['彩天下', '好运来', '幸运快三', '大发娱乐'];
