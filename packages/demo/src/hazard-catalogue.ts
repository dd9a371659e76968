import type { DustKind, HazardCategory, HazardLevel } from '@safegrid/core';

/** One kind of finding: its title, the sentence describing it, and its legal basis. */
export interface HazardItem {
  readonly title: string;
  readonly finding: string;
  readonly legalBasis: string | null;
  /** Criteria of a 重大事故隐患 standard are major by rule, never by an inspector's feel (reference §3.1). */
  readonly level: HazardLevel;
  readonly weight: number;
  /** Only for units handling these dusts. */
  readonly dustKinds?: readonly DustKind[];
}

/** A group of items that apply to the same kind of unit or risk tag. */
export interface HazardTopic {
  readonly category: HazardCategory;
  readonly items: readonly HazardItem[];
}

type ItemRow = readonly [title: string, finding: string, legalBasis: string | null, level?: HazardLevel, weight?: number, dustKinds?: readonly DustKind[]];

const topic = (category: HazardCategory, rows: readonly ItemRow[]): HazardTopic => ({
  category,
  items: rows.map(([title, finding, legalBasis, level = 'general', weight = 10, dustKinds]) => ({
    title, finding, legalBasis, level, weight, ...(dustKinds ? { dustKinds } : {}),
  })),
});

const GM10 = (article: string, item: string) => `《工贸企业重大事故隐患判定标准》第${article}条第${item}项`;
const FIRE_LAW_28 = '《中华人民共和国消防法》第二十八条';
const FIRE_LAW_16 = '《中华人民共和国消防法》第十六条';
const DUST_CODE = '《粉尘防爆安全规程》（GB 15577-2018）';
const GROUP_RENTAL_RULES = '《"群租房"消防安全整治导则》';

// Major items carry low weights: about 1–2 % of all hazards end up major.
export const HAZARD_TOPICS = {
  dust: topic('dust_explosion', [
    ['除尘系统未设置泄爆装置', '干式除尘器未采取泄爆、惰化、抑爆中任一控爆措施', GM10('十一', '三'), 'major', 4],
    ['粉尘爆炸危险区域内设置休息室', '粉尘爆炸危险区域内设有员工休息室和办公室', GM10('十一', '一'), 'major', 2],
    ['不同类别粉尘合用除尘系统', '抛光与打磨工序不同类别的可燃性粉尘合用同一除尘系统', GM10('十一', '二'), 'major', 2],
    ['铝镁粉尘采用正压吹送除尘', '铝镁金属粉尘除尘系统采用正压吹送方式', GM10('十一', '四'), 'major', 2, ['metal']],
    ['除尘器未设置锁气卸灰装置', '干式除尘器卸灰口未设置锁气卸灰装置', GM10('十一', '六'), 'major', 2, ['metal', 'wood']],
    ['砂光机风管未设火花探测消除装置', '砂光机连接风管未设置火花探测消除装置', GM10('十一', '八'), 'major', 2, ['wood']],
    ['除尘器内电气设备非防爆型', '除尘器内部20区使用非防爆型电气设备', GM10('十一', '七'), 'major', 2],
    ['粉尘清扫制度未落实', '作业现场积尘严重，设备、地面及梁架上粉尘未及时清理', GM10('十一', '十'), 'major', 2],
    ['车间地面及设备积尘', '打磨工位周边地面及设备表面有积尘，未按班次清扫', DUST_CODE, 'general', 40],
    ['使用压缩空气吹扫积尘', '清理作业时使用压缩空气吹扫积尘，易形成粉尘云', DUST_CODE, 'general', 20],
    ['除尘器泄爆片锈蚀', '除尘器泄爆片锈蚀变形，泄爆口朝向人员通道', DUST_CODE, 'general', 20],
    ['除尘系统启停顺序不符合要求', '除尘系统未先于生产设备启动、停机后未延时运行', DUST_CODE, 'general', 15],
    ['粉尘作业场所未设置警示标识', '粉尘爆炸危险场所未设置安全警示标识', DUST_CODE, 'general', 15],
    ['除尘风管未做跨接接地', '除尘风管法兰之间未做跨接，静电接地不可靠', null, 'general', 15],
  ]),
  confinedSpace: topic('confined_space', [
    ['有限空间未辨识且无警示标识', '污水井、地下池等有限空间未辨识、未建立台账且未设置警示标识', GM10('十三', '一'), 'major', 3],
    ['有限空间作业未执行"先通风、再检测、后作业"', '有限空间作业未审批，未先通风检测即进入作业', GM10('十三', '二'), 'major', 3],
    ['有限空间作业现场无监护人员', '有限空间作业现场未安排专人监护', null, 'general', 20],
    ['有限空间应急救援器材缺失', '未配备正压式空气呼吸器、安全绳等应急救援器材', null, 'general', 20],
  ]),
  ammonia: topic('hazardous_chemicals', [
    ['包装间采用氨直接蒸发制冷', '包装间空调系统采用氨直接蒸发制冷方式', GM10('十二', '一'), 'major', 2],
    ['快速冻结装置未设在单独作业间', '速冻装置未设置在单独作业间内，作业人员超过9人', GM10('十二', '二'), 'major', 1],
    ['液氨管道阀门锈蚀', '机房液氨管道阀门锈蚀，未定期检查维护', null, 'general', 30],
    ['氨气泄漏报警装置未定期校验', '氨制冷机房氨气浓度报警装置超期未校验', null, 'general', 25],
  ]),
  moltenMetal: topic('other', [
    ['熔炼炉未设置紧急排放和应急储存设施', '中频熔炼炉未设置紧急排放和应急储存设施', GM10('七', '二'), 'major', 2],
    ['熔融金属吊运跨内设置休息室', '熔融金属吊运跨地面区域内设置交接班室', GM10('七', '一'), 'major', 1],
    ['炉前区域存在积水', '熔炼炉炉前平台及浇注地坑周边存在积水', GM10('七', '三'), 'major', 1],
    ['浇注作业人员防护用品不全', '浇注作业人员未穿戴隔热防护服和防护面罩', null, 'general', 30],
  ]),
  hazardousChemicals: topic('hazardous_chemicals', [
    ['危险化学品混存', '仓库内氧化剂与易燃液体混存，未分类分库储存', '《危险化学品安全管理条例》', 'general', 25],
    ['可燃气体报警装置失效', '储罐区可燃气体检测报警装置失效', '《危险化学品安全管理条例》', 'general', 20],
    ['危化品仓库超量储存', '危险化学品仓库储存量超过设计储量', '《危险化学品安全管理条例》', 'general', 15],
    ['装卸作业未落实防静电措施', '槽车装卸作业未连接静电接地装置', null, 'general', 15],
    ['危险化学品安全技术说明书缺失', '现场未张贴安全技术说明书和安全标签', null, 'general', 15],
  ]),
  gas: topic('gas', [
    ['燃气软管老化未更换', '灶具连接使用普通橡胶软管，软管老化龟裂', '《城镇燃气管理条例》', 'general', 30],
    ['餐饮场所未安装燃气泄漏报警器', '后厨未安装可燃气体泄漏报警器及紧急切断阀', '《城镇燃气管理条例》', 'general', 25],
    ['管道燃气与液化石油气混用', '同一厨房内同时使用管道燃气和液化石油气钢瓶', '《城镇燃气管理条例》', 'general', 15],
    ['液化石油气钢瓶超期未检', '在用液化石油气钢瓶超过检验有效期', null, 'general', 15],
    ['灶具无熄火保护装置', '在用燃气灶具无熄火保护装置', null, 'general', 15],
    ['使用直排式燃气热水器', '室内安装使用直排式燃气热水器', null, 'general', 8],
  ]),
  fireLane: topic('fire_lane', [
    ['消防通道被杂物堵塞', '疏散通道堆放纸箱、货物等杂物，影响人员疏散', FIRE_LAW_28, 'general', 30],
    ['安全出口上锁', '营业期间安全出口被锁闭', FIRE_LAW_28, 'general', 15],
    ['消防车道被车辆占用', '消防车道被机动车长期占用', FIRE_LAW_28, 'general', 20],
    ['防火门未保持常闭', '常闭式防火门被木楔固定处于常开状态', FIRE_LAW_28, 'general', 15],
  ]),
  fireSafety: topic('fire_safety', [
    ['灭火器过期失效', '配置的灭火器压力不足，超过维修期限', FIRE_LAW_16, 'general', 30],
    ['消火栓被遮挡', '室内消火栓箱被货物遮挡，无法正常使用', FIRE_LAW_28, 'general', 15],
    ['应急照明灯损坏', '应急照明灯和疏散指示标志损坏不亮', FIRE_LAW_16, 'general', 20],
    ['未设置独立式感烟火灾探测报警器', '住人房间未安装独立式感烟火灾探测报警器', null, 'general', 15],
    ['自动喷水灭火系统未保持正常运行', '自动喷水灭火系统末端试水压力不足', FIRE_LAW_16, 'general', 8],
  ]),
  electrical: topic('electrical', [
    ['电动自行车在楼道内充电', '电动自行车在楼道内停放并充电', '《高层民用建筑消防安全管理规定》', 'general', 30],
    ['私拉乱接电线', '电气线路私拉乱接，未穿管保护', null, 'general', 25],
    ['未安装漏电保护装置', '配电回路未安装剩余电流保护装置', null, 'general', 15],
    ['使用铜丝代替保险丝', '配电箱内使用铜丝代替熔断器熔丝', null, 'general', 10],
    ['配电箱周边堆放可燃物', '配电箱周边堆放纸箱等可燃物', null, 'general', 15],
  ]),
  occupancy: topic('occupancy', [
    ['生产储存住宿"三合一"', '生产、储存、住宿场所设置在同一建筑内且未有效分隔', null, 'general', 20],
    ['群租房人均居住面积不足', '出租房间人均居住面积不足4平方米', GROUP_RENTAL_RULES, 'general', 15],
    ['厨房卫生间改作卧室出租', '将厨房、卫生间改作卧室出租', GROUP_RENTAL_RULES, 'general', 10],
    ['使用彩钢板搭建住人', '屋顶使用彩钢夹芯板搭建用于住人', GROUP_RENTAL_RULES, 'general', 10],
    ['窗户设置固定防盗网', '住人房间窗户设置固定防盗网，影响逃生', GROUP_RENTAL_RULES, 'general', 10],
  ]),
  structural: topic('structural', [
    ['承重墙体出现明显裂缝', '房屋承重墙体出现明显斜向裂缝', '《全国自建房安全专项整治工作方案》', 'general', 20],
    ['擅自加层改变房屋结构', '房屋擅自加建一层，未经设计和安全鉴定', '《全国自建房安全专项整治工作方案》', 'general', 15],
    ['经营性自建房未进行安全鉴定', '三层以上用于经营的自建房未进行房屋安全鉴定', '《全国自建房安全专项整治工作方案》', 'general', 15],
    ['鉴定为C级危房仍用于经营', '房屋安全鉴定为C级，仍用于经营且未采取管控措施', '《全国自建房安全专项整治工作方案》', 'major', 2],
    ['擅自开挖地下室', '房屋擅自开挖地下空间，危及地基安全', null, 'general', 5],
  ]),
  construction: topic('construction', [
    ['深基坑未按专项方案支护', '深基坑支护未按经审批的专项施工方案施工，基坑侧壁出现裂缝', '《房屋市政工程生产安全重大事故隐患判定标准（2022版）》', 'major', 2],
    ['脚手架连墙件缺失', '外脚手架连墙件设置不足，部分拆除未恢复', null, 'general', 20],
    ['临边洞口防护缺失', '楼层临边及预留洞口未设置防护栏杆', null, 'general', 25],
    ['高处作业未系安全带', '作业人员高处作业未系挂安全带', null, 'general', 15],
    ['施工用电未按三级配电两级保护', '施工现场未按"三级配电、两级保护"设置配电箱', null, 'general', 15],
    ['动火作业未办理审批', '施工现场焊接作业未办理动火审批，未配备灭火器材', null, 'general', 10],
  ]),
  elevators: topic('special_equipment', [
    ['电梯超期未检验', '在用电梯超过定期检验有效期仍在使用', '《中华人民共和国特种设备安全法》', 'general', 20],
    ['电梯维保记录不全', '电梯维护保养记录不全，未按每15日进行维保', null, 'general', 15],
    ['电梯应急电话不通', '电梯轿厢内应急呼叫装置无法接通', null, 'general', 10],
  ]),
  machinery: topic('special_equipment', [
    ['叉车操作人员无证上岗', '叉车操作人员未取得特种设备作业人员证', '《中华人民共和国特种设备安全法》', 'general', 20],
    ['起重机械限位装置失效', '桥式起重机起升高度限位器失效', null, 'general', 15],
    ['压力容器安全阀超期未校验', '空压机储气罐安全阀超期未校验', null, 'general', 15],
  ]),
  qualification: topic('management', [
    ['特种作业人员未持证上岗', '电工、焊工等特种作业人员未取得相应资格上岗作业', GM10('三', '二'), 'major', 1],
  ]),
  management: topic('management', [
    ['隐患排查治理制度未建立', '未建立事故隐患排查治理制度，无排查记录', null, 'general', 20],
    ['安全生产教育培训记录缺失', '新员工三级安全教育培训记录缺失', null, 'general', 20],
    ['应急预案未组织演练', '生产安全事故应急预案未按规定组织演练', null, 'general', 15],
    ['安全警示标志缺失', '危险作业场所未设置安全警示标志', null, 'general', 15],
  ]),
  sublease: topic('management', [
    ['未与承租单位签订安全管理协议', '出租方未与承租单位签订专门的安全生产管理协议，未统一协调管理', GM10('三', '一'), 'major', 1],
    ['未对承租单位定期开展安全检查', '出租方未定期对承租单位进行安全检查，无检查记录', null, 'general', 20],
    ['出租前未审查承租单位', '出租方未审查承租单位生产工艺和风险即出租厂房（未落实"先审后租"）', null, 'general', 15],
    ['公共消防设施维护不到位', '园区公共区域消火栓和灭火器缺失，出租方未统一维护', FIRE_LAW_16, 'general', 10],
  ]),
  tenancy: topic('occupancy', [
    ['厂房内违规设置员工宿舍', '承租厂房内违规设置员工宿舍', null, 'general', 15],
    ['承租单位擅自分隔厂房', '承租单位使用易燃材料擅自分隔厂房，占用防火间距', FIRE_LAW_28, 'general', 10],
    ['擅自变更生产工艺', '承租单位未经出租方同意擅自增加喷涂工序', null, 'general', 8],
  ]),
  lithium: topic('fire_safety', [
    ['锂电池仓库故障电池未隔离', '锂离子电池仓库未对故障电池进行有效物理隔离', GM10('八', '七'), 'major', 4],
    ['锂电池集中充电区未分隔', '锂电池充电区与生产区域未进行防火分隔', null, 'general', 20],
  ]),
  street: topic('fire_lane', [
    ['消防车道被私家车占用', '小区消防车道被私家车长期占用', FIRE_LAW_28, 'general', 30],
    ['沿街商铺占用消防车道堆放货物', '沿街商铺在消防车道上堆放货物', FIRE_LAW_28, 'general', 15],
    ['消防车道设置地锁和隔离桩', '消防车道上设置地锁、隔离桩，影响消防车通行', FIRE_LAW_28, 'general', 10],
  ]),
  streetElectrical: topic('electrical', [
    ['电动自行车在楼道内充电', '居民楼楼道内停放电动自行车并私拉电线充电', '《高层民用建筑消防安全管理规定》', 'general', 30],
    ['"飞线"充电', '居民从楼上窗口拉线为电动自行车"飞线"充电', null, 'general', 20],
  ]),
  streetFireSafety: topic('fire_safety', [
    ['市政消火栓损坏', '路边市政消火栓损坏漏水，无法正常出水', FIRE_LAW_16, 'general', 20],
  ]),
} as const satisfies Record<string, HazardTopic>;

export type HazardTopicName = keyof typeof HAZARD_TOPICS;
