/**
 * A careful reader's judgment of who answers for each indicator of lps-msm-14 that the plan gives no owner: the
 * body a planner at the bureau would name, with the sentence of the plan that supports it, or `null` where none
 * can be said. Written by reading the plan, before the likely-owner model was tuned; never changed to raise its
 * score (`npm run owners:score` compares the model with it; docs/ownership.md keeps the table).
 *
 * How the reader read (docs/ownership.md, "The reader's judgment"):
 * - The plan is the city's market-supervision plan; its text gives the plan's implementation to the market-supervision
 *   departments (「切实发挥市场监管部门规划组织实施作用」) and sets targets for the city bureau's own cadres
 *   (「确保五年内市市场监管局县处级干部参加550学时以上的培训」): where no other body is named, the city bureau,
 *   市市场监管局, answers, and the sentence given is the one that puts the measure in its work.
 * - A body the text gives the subject to by remit (六盘水市知识产权局: 商标、专利、地理标志等业务集中管理) or by
 *   负责 (县级市场监管部门负责食品生产加工小作坊的日常监管) answers instead.
 * - Targets the text allots to the counties by name (六枝特区、盘州市、水城县…; 钟山区、高新区…) are the county
 *   bureaus' (chapter 5: 各市、特区、区人民政府,市场监管部门要…按年度分解和落实目标任务).
 * - T3 (the steps after registration: seals, invoices, social insurance, housing fund, bank account) is other
 *   departments' work, given to 相关业务环节办理部门 as a group: no one body can be named.
 */
export interface OwnerJudgment {
  /** Table 1 number or text code (T1…). */
  indicator: string;
  /** Registry key of the body a planner would name, or null: none can be said. */
  body: string | null;
  /** The plan's sentence that supports the judgment (verbatim, or Table 1's row where the row is all there is). */
  sentence: string;
}

export const OWNER_JUDGMENTS: readonly OwnerJudgment[] = [
  { indicator: "1", body: 'lps-amr', sentence: "全面推行企业开办一表填报、一窗通办、一网通办,实现企业设立登记、公章刻制、申领发票、员工参保登记、医保登记、住房公积金企业缴存登记、银行开户等7个开办企业环节1个工作日办结。" },
  { indicator: "2", body: 'lps-amr', sentence: "全面推行企业开办一表填报、一窗通办、一网通办,实现企业设立登记、公章刻制、申领发票、员工参保登记、医保登记、住房公积金企业缴存登记、银行开户等7个开办企业环节1个工作日办结。" },
  { indicator: "3", body: 'lps-amr', sentence: "大力推广电子营业执照在互联网+”环境下跨区域跨领域跨行业应用,逐步拓展实名认证、电子签章、电子证照应用等服务,不断提升市场主体登记电子化应用水平。" },
  { indicator: "4", body: 'lps-amr', sentence: "督促指导政策制定机关有序开展公平竞争审查和现行政策措施清理" },
  { indicator: "5", body: 'lps-amr', sentence: "对投诉举报、转办交办等发现的个案线索,依法调查处理。" },
  { indicator: "6", body: 'lps-amr', sentence: "加强广告事中事后监管,依法查处虚假违法广告。" },
  { indicator: "7", body: 'lps-amr', sentence: "7 案件(线索)移交处置率 100% 约束性" },
  { indicator: "8", body: 'lps-amr', sentence: "8 广告违法行为行政处罚信息公示率、归集率 100% 约束性" },
  { indicator: "9", body: 'lps-amr', sentence: "强化对电子商务经营者和自营性平台经营者依法公示证照相关信息的监测监管力度,依法严厉打击未经信息公示开展经营活动等违法违规行为。" },
  { indicator: "10", body: 'lps-amr', sentence: "密切关注节日市场价格波动,推进企业价格行为自我约束机制建设,落实商品和服务明码标价规定,依法及时查处不执行政府指导价、政府定价、违反明码标价规定、价格欺诈、哄抬价格等价格违法行为,价格违法行为投诉举报查办率100%。" },
  { indicator: "11", body: 'lps-amr', sentence: "力争十四五期间企业年报率不低于95%" },
  { indicator: "12", body: 'lps-amr', sentence: "确保实现市场监管领域相关部门联合双随机、一公开监管全覆盖、常态化。" },
  { indicator: "13", body: 'lps-amr', sentence: "明确认定依据、标准、程序、异议申诉、信用修复和退出机制,将各部门涉企信息整合记于同一企业名下,提高信息透明度,提升查询便利化水平。" },
  { indicator: "14", body: 'lps-amr', sentence: "印发年度六盘水市市场监管领域部门联合双随机、一公开监管工作方案,协调、督促双随机,一公开监管高质量推进,确保实现市场监管领域相关部门联合双随机、一公开监管全覆盖、常态化。" },
  { indicator: "15", body: 'lps-amr', sentence: "建立失信“黑名单”,审慎做好经营异常名录和严重违法失信名单的列入、移出管理,营造“一处失信、处处受制”的企业诚信环境。" },
  { indicator: "16", body: 'lps-amr', sentence: "探索建立联合惩戒响应和反馈机制,深入推进企业(单位)协同监管和联合惩戒,加大失信行为惩戒力度。" },
  { indicator: "17", body: 'lps-amr', sentence: "强化市内生产食品抽检监测,坚持市县两级食品安全抽检计划安排四统一原则,紧盯高风险食品、高风险指标,加强对重点品种开展抽检,对抽检不合格样品及问题样品及时开展核查处置。" },
  { indicator: "18", body: 'lps-amr', sentence: "定期对场内销售的食用农产品开展监督抽检,公示销售经营的食品应检必检项目等质量安全标准,购置必要的食用农产品快速检测设备,按照公示的标准进行检验,公布检验结果,接受社会监督。" },
  { indicator: "19", body: 'lps-amr', sentence: "严把食品生产质量安全关,持续抓好肉制品、白酒、食用植物油、油辣椒制品、桶装水等重点食品风险防控。" },
  { indicator: "20", body: 'lps-amr', sentence: "严控销售源头,加大食用农产品批发市场监管力度,督促市场开办方严格落实食用农产品进货查验、抽样检验或者快速检测责任。" },
  { indicator: "22", body: 'lps-amr', sentence: "实行食品生产企业食品安全风险分级管理。" },
  { indicator: "23", body: 'lps-amr', sentence: "巩固省级食品安全示范城市创建成果,持续开展国家食品安全示范城市创建。" },
  { indicator: "24", body: 'lps-amr', sentence: "进一步健全完善食品安全考核评价机制,完善考核评价办法,探索试行第三方评价、群众满意度、评价结果向社会公示、接受社会监督相结合的考核评价方法,构建食品安全社会共治格局。" },
  { indicator: "25", body: 'lps-amr', sentence: "开展食品安全宣传周和食品安全进农村、进校园、进企业、进社区、进机关“五进”宣传活动。" },
  { indicator: "26", body: 'lps-amr', sentence: "认真执行国家药监局、省药监局每年开展药品医疗器械及化妆品抽检计划,切实开展对辖区内药品生产经营企业和使用单位的药品、医疗器械、化妆品的监督抽检,对不符合规定的药品、医疗器械、化妆品开展核查、协查工作,依法组织对相关企业和单位进行查处。" },
  { indicator: "27", body: 'lps-amr', sentence: "认真执行国家药监局、省药监局每年开展药品医疗器械及化妆品抽检计划,切实开展对辖区内药品生产经营企业和使用单位的药品、医疗器械、化妆品的监督抽检,对不符合规定的药品、医疗器械、化妆品开展核查、协查工作,依法组织对相关企业和单位进行查处。" },
  { indicator: "28", body: 'lps-amr', sentence: "认真执行国家药监局、省药监局每年开展药品医疗器械及化妆品抽检计划,切实开展对辖区内药品生产经营企业和使用单位的药品、医疗器械、化妆品的监督抽检,对不符合规定的药品、医疗器械、化妆品开展核查、协查工作,依法组织对相关企业和单位进行查处。" },
  { indicator: "29", body: 'lps-amr', sentence: "重点围绕行为规范、工艺合规、数据可靠等方面,对企业开展质量管理全项目检查,依法打击弄虚作假等各类违法行为,督促企业严格执行相关质量管理规范。" },
  { indicator: "30", body: 'lps-amr', sentence: "以重要工业产品、工业产品生产许可证获证产品及消费者反映有质量问题的产品为重点,以监督抽查、专项检查、联合惩戒、质量帮扶等为手段,排查产品质量风险隐患,严格落实企业产品质量安全主体责任,依法加强产品质量源头监管。" },
  { indicator: "31", body: 'lps-amr', sentence: "进一步完善药品不良反应监管工作机制。" },
  { indicator: "32", body: 'lps-amr', sentence: "进一步完善药品不良反应监管工作机制。" },
  { indicator: "33", body: 'lps-amr', sentence: "严格不合格产品后处理,加大质量违法行为曝光力度,不合格产品后处理率达100%,充分发挥监督抽查的震慑力,进一步促进生产企业落实产品质量安全主体责任。" },
  { indicator: "34", body: 'lps-amr', sentence: "深化“特种设备风险分级管控与隐患排查治理信息化管理系统”建设,排查补充完善设备信息。" },
  { indicator: "35", body: 'lps-amr', sentence: "持续开展和巩固特种设备企业安全管理标准化建设,提升特种设备使用单位安全管理水平。" },
  { indicator: "36", body: 'lps-amr', sentence: "持续巩固和提升特种设备隐患风险分级管控与隐患排查治理。" },
  { indicator: "37", body: 'lps-amr', sentence: "充实特种设备安全监管人员,推动监管力量向乡镇(街道)、村(居委会)延伸,基层市场监管分局特种设备监管人员持证率达100%,装备配备率达100%,平台使用率达100%,信息准确率达95%以上,信息化执法检查率达95%以上。" },
  { indicator: "38", body: 'lps-amr', sentence: "强化安全防护和工业产品计量标准建设,进一步完善压力监控用计量标准建设。" },
  { indicator: "39", body: 'lps-amr', sentence: "围绕服务三农乡村振兴等用于农产品检验用计量器具,有序有效提升计量标准能力建设。" },
  { indicator: "40", body: 'lps-amr', sentence: "深入企业开展测量管理体系认证宣传,鼓励和指导企业开展测量管理体系认证,增强企业产品质量、经营管理、节能降耗、环境监测等方面的科学化、规范化管理水平。" },
  { indicator: "41", body: 'lps-amr', sentence: "积极推进行业特色认证。" },
  { indicator: "42", body: 'lps-amr', sentence: "积极推进行业特色认证。" },
  { indicator: "43", body: 'lps-ipo', sentence: "2019年,六盘水市知识产权局挂牌成立,实现商标、专利、地理标志等业务集中管理,知识产权管理体制机制不断完善。" },
  { indicator: "44", body: 'lps-ipo', sentence: "2019年,六盘水市知识产权局挂牌成立,实现商标、专利、地理标志等业务集中管理,知识产权管理体制机制不断完善。" },
  { indicator: "45", body: 'lps-ipo', sentence: "2019年,六盘水市知识产权局挂牌成立,实现商标、专利、地理标志等业务集中管理,知识产权管理体制机制不断完善。" },
  { indicator: "46", body: 'lps-ipo', sentence: "2019年,六盘水市知识产权局挂牌成立,实现商标、专利、地理标志等业务集中管理,知识产权管理体制机制不断完善。" },
  { indicator: "T1", body: 'lps-amr', sentence: "全面推行企业开办一表填报、一窗通办、一网通办,实现企业设立登记、公章刻制、申领发票、员工参保登记、医保登记、住房公积金企业缴存登记、银行开户等7个开办企业环节1个工作日办结。" },
  { indicator: "T2", body: 'lps-amr', sentence: "其中企业设立登记压缩至0.5个工作日以内办结" },
  { indicator: "T3", body: null, sentence: "平台将企业申请材料同步推送给公章刻制、申领发票等相关业务环节办理部门,相关业务环节办理部门同步对企业申请材料进行审核,并在企业提交申请之日起1工作日内办结相关事项" },
  { indicator: "T4", body: 'lps-amr', sentence: "电子营业执照在全市政务领域互认率达100%。" },
  { indicator: "T5", body: 'lps-amr', sentence: "全年抽查企业总数不低于上年底实有企业总数的3%,切实减轻企业负担。" },
  { indicator: "T6", body: 'lps-amr', sentence: "价格违法行为投诉举报查办率100%。" },
  { indicator: "T7", body: 'lps-amr', sentence: "提高“双随机”抽查比例及覆盖面,每年不得低于直销企业库的5%比例进行抽取检查,对违规直销的违法行为依法查处。" },
  { indicator: "T8", body: 'lps-amr', sentence: "到2025年,确保全市4个县级行政区、1个高新区、92个乡镇(街道)、1103个村(居)“打击传销”创建率达到100%,传销举报及时受理率达95%以上。" },
  { indicator: "T9", body: 'lps-amr', sentence: "到2025年,确保全市4个县级行政区、1个高新区、92个乡镇(街道)、1103个村(居)“打击传销”创建率达到100%,传销举报及时受理率达95%以上。" },
  { indicator: "T12", body: 'lps-amr', sentence: "餐饮服务风险分级管理率在2025年底力争达到100%" },
  { indicator: "T13", body: 'lps-amr', sentence: "企业安全管理人员每年抽考覆盖率应达到100%,合格率不低于90%。" },
  { indicator: "T14", body: 'lps-amr', sentence: "企业安全管理人员每年抽考覆盖率应达到100%,合格率不低于90%。" },
  { indicator: "T15", body: 'lps-county-amr', sentence: "强化县级市场监管部门负责食品生产加工小作坊的日常监管,制定有针对性的监督检查计划。" },
  { indicator: "T16", body: 'lps-amr', sentence: "到2025年,力争涉旅重点区域餐饮单位“明厨亮灶”覆盖率达100%。" },
  { indicator: "T17", body: 'lps-amr', sentence: "摸清本辖区内注册登记的食盐定点批发企业底数和经营状况,企业核查率达100%,进一步完善食盐定点批发企业统计台账。" },
  { indicator: "T18", body: 'lps-amr', sentence: "“十四五”期间,企业自查报告率达100%。" },
  { indicator: "T19", body: 'lps-amr', sentence: "食盐销售风险分级管理率在2025年底力争达到100%。" },
  { indicator: "T20", body: 'lps-amr', sentence: "对辖区第一类医疗器械备案生产企业、第二类医疗器械生产企业监督检查覆盖率达100%;" },
  { indicator: "T21", body: 'lps-amr', sentence: "每年报告药品不良反应报告达到500份/百万人、医疗器械不良事件报告达到100份/百万人,县、区报告率达100%。" },
  { indicator: "T22", body: 'lps-amr', sentence: "特种设备安全管理机构设置率、特种设备持证率达100%;" },
  { indicator: "T23", body: 'lps-amr', sentence: "特种设备安全管理机构设置率、特种设备持证率达100%;" },
  { indicator: "T24", body: 'lps-amr', sentence: "使用三种特种设备或20台设备以上使用单位开展标准化管理工作达100%。" },
  { indicator: "T25", body: 'lps-amr', sentence: "特种设备隐患排查“两个清单”开展率、限期整改率达100%。" },
  { indicator: "T26", body: 'lps-amr', sentence: "特种设备隐患排查“两个清单”开展率、限期整改率达100%。" },
  { indicator: "T27", body: 'lps-amr', sentence: "充实特种设备安全监管人员,推动监管力量向乡镇(街道)、村(居委会)延伸,基层市场监管分局特种设备监管人员持证率达100%,装备配备率达100%,平台使用率达100%,信息准确率达95%以上,信息化执法检查率达95%以上。" },
  { indicator: "T28", body: 'lps-amr', sentence: "充实特种设备安全监管人员,推动监管力量向乡镇(街道)、村(居委会)延伸,基层市场监管分局特种设备监管人员持证率达100%,装备配备率达100%,平台使用率达100%,信息准确率达95%以上,信息化执法检查率达95%以上。" },
  { indicator: "T29", body: 'lps-amr', sentence: "充实特种设备安全监管人员,推动监管力量向乡镇(街道)、村(居委会)延伸,基层市场监管分局特种设备监管人员持证率达100%,装备配备率达100%,平台使用率达100%,信息准确率达95%以上,信息化执法检查率达95%以上。" },
  { indicator: "T30", body: 'lps-amr', sentence: "充实特种设备安全监管人员,推动监管力量向乡镇(街道)、村(居委会)延伸,基层市场监管分局特种设备监管人员持证率达100%,装备配备率达100%,平台使用率达100%,信息准确率达95%以上,信息化执法检查率达95%以上。" },
  { indicator: "T31", body: 'lps-amr', sentence: "充实特种设备安全监管人员,推动监管力量向乡镇(街道)、村(居委会)延伸,基层市场监管分局特种设备监管人员持证率达100%,装备配备率达100%,平台使用率达100%,信息准确率达95%以上,信息化执法检查率达95%以上。" },
  { indicator: "T32", body: 'lps-amr', sentence: "重大隐患挂牌率、限期整改率100%。" },
  { indicator: "T33", body: 'lps-amr', sentence: "重大隐患挂牌率、限期整改率100%。" },
  { indicator: "T34", body: 'lps-amr', sentence: "以试点巩固和提升“三升三降”(电梯安全管理水平提升、综合监管水平提升、群众对电梯安全运行满意度提升,电梯运行故障率下降、电梯安全隐患率下降、电梯投诉率下降)工作成果,全市电梯年度检测率高于95%,电梯保险投保率高于90%。" },
  { indicator: "T35", body: 'lps-amr', sentence: "以试点巩固和提升“三升三降”(电梯安全管理水平提升、综合监管水平提升、群众对电梯安全运行满意度提升,电梯运行故障率下降、电梯安全隐患率下降、电梯投诉率下降)工作成果,全市电梯年度检测率高于95%,电梯保险投保率高于90%。" },
  { indicator: "T36", body: 'lps-amr', sentence: "2025年,力争全市检验检测产值达1亿元以上。" },
  { indicator: "T37", body: 'lps-county-amr', sentence: "六枝特区、盘州市、水城县每年新增有机产品认证证书1张以上、其他质量认证证书1张以上;" },
  { indicator: "T38", body: 'lps-county-amr', sentence: "六枝特区、盘州市、水城县每年新增有机产品认证证书1张以上、其他质量认证证书1张以上;" },
  { indicator: "T39", body: 'lps-county-amr', sentence: "钟山区、高新区每年新增各类质量认证证书2张以上。" },
  { indicator: "T40", body: 'lps-amr', sentence: "确保五年内市市场监管局县处级干部参加550学时以上的培训,科级以下干部每年参加培训累计不少于90学时。" },
  { indicator: "T41", body: 'lps-amr', sentence: "确保五年内市市场监管局县处级干部参加550学时以上的培训,科级以下干部每年参加培训累计不少于90学时。" },
  { indicator: "T42", body: 'lps-amr', sentence: "医疗器械监管人员每年相关专业知识的培训不少于40学时。" },
  { indicator: "T43", body: 'lps-amr', sentence: "新进从事医疗器械监管工作的人员需有药学、医学等专业背景,培训不少于80学时。" },
];
