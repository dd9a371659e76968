import type { ChecklistItem } from '../checklist.js';
import { articleName, checkItem, gm10Article, type ItemOptions } from './citations.js';

/**
 * 《工贸企业重大事故隐患判定标准》（应急管理部令第10号，2023年5月15日施行）: all 64 items of 第三条至第十三条,
 * restated as checks in our own words (reference §1.3). Each failed item is a 重大事故隐患. Items of the
 * industry articles (第四条至第十条) that no risk tag identifies are shown to every 工贸 unit and
 * answered 不适用 where the industry differs (ADR 0041). 第十四条 (失效的监测报警、防护装置) is folded
 * into the items naming those devices.
 */
const SECTIONS: Readonly<Record<number, string>> = {
  3: '通用',
  4: '冶金',
  5: '有色',
  6: '建材',
  7: '机械',
  8: '轻工',
  9: '纺织',
  10: '烟草',
  11: '存在粉尘爆炸危险的',
  12: '使用液氨制冷的',
  13: '存在硫化氢、一氧化碳等中毒风险有限空间作业的',
};

const MOLTEN = { tags: ['molten_metal'] } as const;
const DUST = { tags: ['dust'] } as const;

function gm10(article: number, item: number, text: string, options: Omit<ItemOptions, 'level'>): ChecklistItem {
  const id = `GM10-${String(article).padStart(2, '0')}-${String(item).padStart(2, '0')}`;
  const section = `${articleName(article)} ${SECTIONS[article] ?? ''}工贸企业`;
  return checkItem(id, section, text, [gm10Article(article, item)], { ...options, level: 'major' });
}

const GENERAL: ChecklistItem[] = [
  gm10(3, 1, '对承包、承租单位的安全生产工作实行统一协调、管理，并定期进行安全检查', { category: 'management' }),
  gm10(3, 2, '特种作业人员均经专门的安全技术培训并取得相应资格后上岗作业', { category: 'management' }),
  gm10(3, 3, '金属冶炼企业的主要负责人、安全生产管理人员经考核合格', { category: 'management', ...MOLTEN }),
];

const METALLURGY: ChecklistItem[] = [
  gm10(4, 1, '会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）及钢铁水罐冷、热修工位均未设在铁水、钢水、液渣吊运跨的地坪区域内', { category: 'occupancy', ...MOLTEN }),
  gm10(4, 2, '生产期间事故坑、炉下渣坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、厂房内吊运和地面运输通道均无积水', { category: 'other', ...MOLTEN }),
  gm10(4, 3, '连铸工艺设有事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）和漏钢回转溜槽；模铸工艺设有事故钢水罐（坑、槽）', { category: 'other', ...MOLTEN }),
  gm10(4, 4, '转炉、电弧炉、AOD炉、LF炉、RH炉、VOD炉等水冷元件设有出水温度、进出水流量差监测报警，并与炉体倾动、氧（副）枪自动提升、电极自动断电和升起联锁', { category: 'other', ...MOLTEN }),
  gm10(4, 5, '高炉炉顶工作压力设定值不超过设计最高值，炉顶压力监测与炉顶放散阀联锁，联锁放散压力不高于设备设计压力', { category: 'other', ...MOLTEN }),
  gm10(4, 6, '煤气生产、净化、加压混合、储存、使用设施附近的6类人员聚集场所及可能泄漏聚集煤气的区域设有固定式一氧化碳浓度监测报警，报警信号发送至24小时有人值守处', { category: 'gas', ...MOLTEN }),
  gm10(4, 7, '加热炉、煤气柜、除尘器、加压机、烘烤器等设施，以及进入车间前的煤气管道均设有隔断装置', { category: 'gas', ...MOLTEN }),
  gm10(4, 8, '正压煤气输配管线水封式排水器最高封堵煤气压力不小于30kPa，同一排水器不共用于隔断装置两侧，不同煤气管道排水管在水封以上不连通，不同介质煤气管道不共用一个排水器', { category: 'gas', ...MOLTEN }),
];

const NONFERROUS: ChecklistItem[] = [
  gm10(5, 1, '会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）均未设在熔融金属吊运跨的地坪区域内', { category: 'occupancy', ...MOLTEN }),
  gm10(5, 2, '生产期间事故坑、炉下渣坑及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、厂房内吊运和地面运输通道无非生产性积水', { category: 'other', ...MOLTEN }),
  gm10(5, 3, '熔融金属铸造环节设有紧急排放和应急储存设施（倾动式熔炼炉、保温炉、熔保一体炉及带保温炉的固定式熔炼炉除外）', { category: 'other', ...MOLTEN }),
  gm10(5, 4, '采用水冷的冶炼炉窑、铸造机（铝加工深井铸造结晶器除外）、加热炉设有应急水源', { category: 'other', ...MOLTEN }),
  gm10(5, 5, '密闭循环水冷元件设有出水温度、进出水流量差监测报警；开路水冷元件设有进水流量、压力监测报警并监测出水温度', { category: 'other', ...MOLTEN }),
  gm10(5, 6, '铝深井铸造结晶器冷却水设有进水压力、流量监测报警，并与快速切断阀、紧急排放阀、流槽断开装置联锁，且与倾动式浇铸炉控制系统联锁', { category: 'other', ...MOLTEN }),
  gm10(5, 7, '铝深井铸造炉出口流槽及流槽与模盘连接处设有液位监测报警；固定式浇铸炉的炉眼设有机械锁紧装置', { category: 'other', ...MOLTEN }),
  gm10(5, 8, '固定式浇铸炉流槽设有紧急排放阀，流槽与模盘连接处设有快速切断阀（断开装置），液位报警与快速切断阀、紧急排放阀联锁', { category: 'other', ...MOLTEN }),
  gm10(5, 9, '倾动式浇铸炉流槽与模盘连接处设有快速切断阀（断开装置），液位报警与浇铸炉倾动控制系统、快速切断阀联锁', { category: 'other', ...MOLTEN }),
  gm10(5, 10, '深井铸造机提升系统使用钢芯钢丝绳，并建立钢丝绳定期检查和更换制度', { category: 'special_equipment', ...MOLTEN }),
  gm10(5, 11, '可能泄漏聚集一氧化碳、砷化氢、氯气、硫化氢的场所设有固定式浓度监测报警并接入24小时有人值守处；砷化氢场所有同等效果的检测措施', { category: 'hazardous_chemicals', ...MOLTEN }),
  gm10(5, 12, '使用煤气（天然气）并强制送风的燃烧装置，其燃气总管设有压力监测报警并与紧急自动切断装置联锁', { category: 'gas', ...MOLTEN }),
  gm10(5, 13, '正压煤气输配管线水封式排水器最高封堵煤气压力不小于30kPa，隔断装置两侧、不同煤气管道、不同介质管道不共用或连通排水器', { category: 'gas', ...MOLTEN }),
];

const BUILDING_MATERIALS: ChecklistItem[] = [
  gm10(6, 1, '煤磨袋式收尘器、煤粉仓设有温度和固定式一氧化碳浓度监测报警，并配备气体灭火装置', { category: 'dust_explosion' }),
  gm10(6, 2, '人员清理筒型储库时落实清库方案中的防坠落、防坍塌措施', { category: 'confined_space' }),
  gm10(6, 3, '水泥企业电石渣原料筒型储库设有固定式可燃气体浓度监测报警，并与事故通风装置联锁', { category: 'hazardous_chemicals' }),
  gm10(6, 4, '进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前，对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体采取隔离措施，并落实防坠落、防坍塌措施', { category: 'confined_space' }),
  gm10(6, 5, '采用预混燃烧方式的燃气窑炉（发生炉煤气窑炉除外）燃气总管设有压力监测报警并与紧急自动切断装置联锁', { category: 'gas' }),
  gm10(6, 6, '制氢站、氮氢保护气体配气间、燃气配气间设有固定式可燃气体浓度监测报警', { category: 'gas' }),
  gm10(6, 7, '电熔制品电炉的水冷设备完好有效', { category: 'other' }),
  gm10(6, 8, '玻璃窑炉、玻璃锡槽等设备的水冷、风冷保护系统设有监测报警', { category: 'other' }),
];

const MACHINERY: ChecklistItem[] = [
  gm10(7, 1, '会议室、活动室、休息室、更衣室、交接班室均未设在熔融金属吊运跨或浇注跨的地坪区域内', { category: 'occupancy', ...MOLTEN }),
  gm10(7, 2, '铸造用熔炼炉、精炼炉、保温炉设有紧急排放和应急储存设施', { category: 'other', ...MOLTEN }),
  gm10(7, 3, '生产期间炉底、炉坑、事故坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、造型地坑、浇注作业坑和熔融金属转运通道均无积水', { category: 'other', ...MOLTEN }),
  gm10(7, 4, '铸造用熔炼炉、精炼炉、压铸机、氧枪的冷却水系统设有出水温度、进出水流量差监测报警，并与熔融金属加热、输送控制系统联锁', { category: 'other', ...MOLTEN }),
  gm10(7, 5, '使用煤气（天然气）的燃烧装置燃气总管设有压力监测报警并与紧急自动切断装置联锁，燃烧装置设有火焰监测和熄火保护系统', { category: 'gas', tags: ['gas_use', 'molten_metal'] }),
  gm10(7, 6, '使用易燃易爆有机溶剂清洗设备设施、工装器具、地面时，采取防止可燃气体在周边密闭或半密闭空间内积聚的措施', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
  gm10(7, 7, '使用非水性漆的调漆间、喷漆室设有固定式可燃气体浓度监测报警和通风设施', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
];

const LIGHT_INDUSTRY: ChecklistItem[] = [
  gm10(8, 1, '食品制造企业烘制、油炸设备设有防过热自动切断装置', { category: 'fire_safety' }),
  gm10(8, 2, '白酒勾兑、灌装场所和酒库设有固定式乙醇蒸气浓度监测报警，并与通风设施联锁', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
  gm10(8, 3, '纸浆制造、造纸企业不使用蒸气、明火直接加热钢瓶汽化液氯', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
  gm10(8, 4, '日用玻璃、陶瓷制造企业采用预混燃烧方式的燃气窑炉（发生炉煤气窑炉除外）燃气总管设有压力监测报警并与紧急自动切断装置联锁', { category: 'gas', tags: ['gas_use'] }),
  gm10(8, 5, '日用玻璃制造企业炉、窑类设备本体及附属设施的冷却保护系统设有监测报警', { category: 'other' }),
  gm10(8, 6, '使用非水性漆的调漆间、喷漆室设有固定式可燃气体浓度监测报警和通风设施', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
  gm10(8, 7, '锂离子电池储存仓库对故障电池采取有效物理隔离措施', { category: 'fire_safety', tags: ['lithium_battery'] }),
];

const TEXTILE: ChecklistItem[] = [
  gm10(9, 1, '烧毛、开幅、烘干热定型工艺的汽化室、燃气储罐、储油罐、热媒炉与人员聚集场所、其他生产区域有效隔离或保持间距', { category: 'fire_safety' }),
  gm10(9, 2, '保险粉、双氧水、次氯酸钠、亚氯酸钠、雕白粉（吊白块）不与禁忌物料混合储存；保险粉库房采取防水防潮措施', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
];

const TOBACCO: ChecklistItem[] = [
  gm10(10, 1, '熏蒸作业场所配备磷化氢气体浓度监测报警仪器和防毒面具，熏蒸前确认无关人员全部撤离', { category: 'hazardous_chemicals', tags: ['hazardous_chemicals'] }),
  gm10(10, 2, '使用液态二氧化碳的膨胀烟丝生产线设有固定式二氧化碳浓度监测报警，并与事故通风设施联锁', { category: 'other' }),
];

const DUST_ITEMS: ChecklistItem[] = [
  gm10(11, 1, '粉尘爆炸危险场所不设在非框架结构的多层建（构）筑物内；粉尘爆炸危险场所内不设员工宿舍、会议室、办公室、休息室等人员聚集场所', { category: 'dust_explosion', ...DUST }),
  gm10(11, 2, '不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质不共用一套除尘系统；不同建（构）筑物、不同防火分区的除尘系统互不联通', { category: 'dust_explosion', ...DUST }),
  gm10(11, 3, '干式除尘系统至少采取泄爆、惰化、抑爆中的一种控爆措施', { category: 'dust_explosion', ...DUST }),
  gm10(11, 4, '铝镁等金属粉尘除尘系统采用负压方式；其他可燃性粉尘除尘系统采用正压吹送时设有火花探测消除等防范点燃源措施', { category: 'dust_explosion', ...DUST }),
  gm10(11, 5, '除尘系统不采用重力沉降室除尘，不采用干式巷道式构筑物作为除尘风道', { category: 'dust_explosion', ...DUST }),
  gm10(11, 6, '铝镁等金属粉尘、木质粉尘的干式除尘系统设有锁气卸灰装置', { category: 'dust_explosion', tags: ['dust'], dustKinds: ['metal', 'wood'] }),
  gm10(11, 7, '除尘器、收尘仓等划分为20区的粉尘爆炸危险场所电气设备均为防爆型', { category: 'dust_explosion', ...DUST }),
  gm10(11, 8, '粉碎、研磨、造粒等易产生机械点燃源的工艺设备前设有铁、石等杂物去除装置；木制品加工企业与砂光机连接的风管设有火花探测消除装置', { category: 'dust_explosion', ...DUST }),
  gm10(11, 9, '遇湿自燃金属粉尘收集、堆放、储存场所采取通风等防止氢气积聚的措施，干式收集、堆放、储存场所采取防水、防潮措施', { category: 'dust_explosion', tags: ['dust'], dustKinds: ['metal'] }),
  gm10(11, 10, '落实粉尘清理制度，作业现场无积尘严重的情况', { category: 'dust_explosion', ...DUST }),
];

const AMMONIA: ChecklistItem[] = [
  gm10(12, 1, '包装、分割、产品整理场所的空调系统不采用氨直接蒸发制冷', { category: 'hazardous_chemicals', tags: ['ammonia_refrigeration'] }),
  gm10(12, 2, '快速冻结装置设在单独的作业间内，且作业间内作业人员不超过9人', { category: 'hazardous_chemicals', tags: ['ammonia_refrigeration'] }),
];

const CONFINED: ChecklistItem[] = [
  gm10(13, 1, '已对有限空间进行辨识、建立安全管理台账或设置明显的安全警示标志（三项均未做到即为重大事故隐患）', { category: 'confined_space', tags: ['confined_space'] }),
  gm10(13, 2, '有限空间作业落实审批，执行“先通风、再检测、后作业”要求，作业现场设置监护人员', { category: 'confined_space', tags: ['confined_space'] }),
];

/** All 64 items in article order. */
export const GM10_ITEMS: readonly ChecklistItem[] = [
  ...GENERAL, ...METALLURGY, ...NONFERROUS, ...BUILDING_MATERIALS, ...MACHINERY, ...LIGHT_INDUSTRY,
  ...TEXTILE, ...TOBACCO, ...DUST_ITEMS, ...AMMONIA, ...CONFINED,
];
