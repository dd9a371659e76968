import type { ChecklistItem, LegalCitation } from '../checklist.js';
import { checkItem, cite, gm10Article, REGULATIONS, UNCONFIRMED, type ItemOptions } from './citations.js';

/**
 * 粉尘防爆检查表 after GB 15577-2018 《粉尘防爆安全规程》 (reference §2.2), with the 第10号令 第十一条
 * criteria marked major. For units tagged 涉粉尘; metal and wood dust carry extra items. Version 2
 * (ADR 0072) adds findings, splits A2 (only a non-frame multi-storey building is major), restores what
 * C4 and D1 had lost, adds §7.2 (C5), and cites checks the standard's clauses do not carry (B10, D5,
 * D7) to the sector standard AQ 4273 with the clause marked unconfirmed.
 */
const gb = (clause: string): LegalCitation => cite(REGULATIONS.gb15577, clause);
const aq = (): LegalCitation => cite(REGULATIONS.dustRemovalSystem, UNCONFIRMED);
const dust = (id: string, section: string, text: string, finding: string, basis: readonly LegalCitation[], options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`DUST-${id}`, section, text, finding, basis, { category: 'dust_explosion', tags: ['dust'], ...options });

const LAYOUT = 'A. 建（构）筑物结构与布局';
const IGNITION = 'B. 防止粉尘云与粉尘层着火';
const CONTROL = 'C. 粉尘爆炸的控制';
const REMOVAL = 'D. 除尘系统';
const CLEANING = 'E. 粉尘清理';
const UPKEEP = 'F. 检修与个体防护';

export const DUST_ITEMS: readonly ChecklistItem[] = [
  dust('A1', LAYOUT, '粉尘爆炸危险场所不设在公共场所和居民区内，与其他建筑的防火间距符合 GB 50016',
    '粉尘爆炸危险场所设在公共场所或居民区内，或与其他建筑的防火间距不足', [gb('第5.1条')]),
  dust('A2', LAYOUT, '粉尘爆炸危险场所设在多层建（构）筑物内时，该建筑为框架结构',
    '粉尘爆炸危险场所设在非框架结构的多层建（构）筑物内', [gm10Article(11, 1), gb('第5.1条')], { level: 'major' }),
  dust('A3', LAYOUT, '粉尘爆炸危险场所内未设员工宿舍、会议室、办公室、休息室',
    '粉尘爆炸危险场所内设有员工宿舍、会议室、办公室或休息室等人员聚集场所', [gm10Article(11, 1)], { level: 'major', category: 'occupancy' }),
  dust('A4', LAYOUT, '厂房设有满足 GB 50016 要求的泄压面积', '厂房泄压面积不足或未设泄压设施', [gb('第5.2条')]),
  dust('A5', LAYOUT, '有粉尘爆炸危险的设备优先布置在室外；在室内时靠近外墙布置在高处',
    '有粉尘爆炸危险的设备布置在室内远离外墙处，未按要求靠外墙或布置在室外', [gb('第5.3条')]),
  dust('A6', LAYOUT, '梁、支架、墙体及设备表面平整光滑，便于清扫', '梁、支架、墙体或设备表面凹凸不平，难以清扫积尘', [gb('第5.4条')]),
  dust('A7', LAYOUT, '安全出口符合 GB 50016，至少一个直通室外', '安全出口数量或设置不符合要求，无直通室外的安全出口', [gb('第5.5条')], { category: 'fire_lane' }),
  dust('A8', LAYOUT, '粉尘爆炸危险场所设置安全警示标志', '粉尘爆炸危险场所未设置安全警示标志', [gb('第5.6条')], { category: 'management' }),
  dust('A9', LAYOUT, '粉尘爆炸危险场所优先设在单层建筑内，屋顶为轻型结构（推荐做法，不作重大隐患判定）',
    '粉尘爆炸危险场所未设在单层轻型屋顶建筑内（不符合推荐布置）', [gb('第5.1条')]),
  dust('B1', IGNITION, '无明火作业；动火作业经安全负责人批准并办理动火作业票', '粉尘爆炸危险场所有明火，或动火作业未经审批、未办理动火作业票', [gb('第6.2.1条')]),
  dust('B2', IGNITION, '动火前清除10米内可燃粉尘、配备灭火器材、停止相关除尘设备并隔离作业区段',
    '动火前未清除10米内可燃粉尘、未配灭火器材、未停除尘设备或未隔离作业区段', [gb('第6.2.1条')]),
  dust('B3', IGNITION, '动火后检查设备内外有无焊渣阴燃，作业及冷却期间无粉尘进入',
    '动火后未检查焊渣阴燃，或作业及冷却期间有粉尘进入作业区段', [gb('第6.2.1条')]),
  dust('B4', IGNITION, '与粉尘接触的设备（电机外壳、传动轴、加热器等）表面温度低于粉尘最低着火温度',
    '与粉尘接触的设备表面温度达到或超过粉尘最低着火温度', [gb('第6.2.2条')]),
  dust('B5', IGNITION, '轴承防尘密封并定期维护；易过热的轴承设有温度连续监测', '轴承未防尘密封或未维护，易过热轴承无温度连续监测', [gb('第6.2.3条')]),
  dust('B6', IGNITION, '皮带传动设有打滑监测，打滑时自动停机或声光报警', '皮带传动无打滑监测，打滑时不能自动停机或报警', [gb('第6.2.3条')]),
  dust('B7', IGNITION, '金属粉末干式研磨设有温度监测，超过设定值自动停机', '金属粉末干式研磨无温度监测或超温不能自动停机', [gb('第6.2.3条')], { dustKinds: ['metal'] }),
  dust('B8', IGNITION, '粉碎、研磨、造粒设备前设除铁、除石装置；木制品砂光机风管设火花探测消除装置',
    '粉碎、研磨、造粒设备前未设除铁除石装置，或砂光机风管未设火花探测消除装置', [gm10Article(11, 8)], { level: 'major' }),
  dust('B9', IGNITION, '除尘器、收尘仓等20区内电气设备为防爆型', '除尘器、收尘仓等20区内使用非防爆电气设备', [gm10Article(11, 7)], { level: 'major', category: 'electrical' }),
  dust('B10', IGNITION, '除尘系统导电部件等电位连接并接地，法兰间设跨接线', '除尘系统导电部件未等电位连接接地，或法兰间未设跨接线', [aq()], { category: 'electrical' }),
  dust('C1', CONTROL, '所有驱动系统设有紧急停机（断电）装置', '驱动系统未设紧急停机（断电）装置', [gb('第7.1.2条')], { category: 'electrical' }),
  dust('C2', CONTROL, '存在粉尘爆炸危险的工艺设备至少采取泄爆、抑爆与隔爆、抗爆设计之一，不单独依靠隔爆',
    '存在粉尘爆炸危险的工艺设备未采取泄爆、抑爆与隔爆、抗爆设计中的任何一种，或仅靠隔爆', [gb('第7.1.3条')]),
  dust('C3', CONTROL, '干式除尘器采取泄爆、惰化、抑爆中的至少一种控爆措施', '干式除尘系统未采取泄爆、惰化、抑爆中的任何一种控爆措施', [gm10Article(11, 3)], { level: 'major' }),
  dust('C4', CONTROL, '泄爆口朝向安全方向，不朝向人员、通道和其他建筑；室内除尘器泄爆导管直通室外、长度小于3米，并按粉尘特性设隔爆装置；排风设备不设在地下室',
    '泄爆口朝向人员、通道或其他建筑，或室内除尘器泄爆导管未直通室外、长度不小于3米、未设隔爆装置，或排风设备设在地下室', [gb('第7.3条')]),
  dust('C5', CONTROL, '采用抗爆设计的设备，其连接管道和部件与设备强度相同；高强度设备与低强度设备之间设隔爆装置',
    '抗爆设计设备的连接管道或部件强度低于设备，或高低强度设备之间未设隔爆装置', [gb('第7.2条')]),
  dust('D1', REMOVAL, '不同类别粉尘、粉尘与可燃气体等易加剧爆炸危险的介质不共用一套除尘系统；不同建（构）筑物、不同防火分区不共用一套除尘系统；除尘系统之间互不联通',
    '不同类别粉尘或粉尘与可燃气体共用除尘系统，或不同建筑、防火分区共用除尘系统，或除尘系统互联互通', [gm10Article(11, 2)], { level: 'major' }),
  dust('D2', REMOVAL, '未使用重力沉降室除尘，未使用干式巷道式构筑物作除尘风道', '使用重力沉降室除尘，或使用干式巷道式构筑物作除尘风道', [gm10Article(11, 5)], { level: 'major' }),
  dust('D3', REMOVAL, '铝镁等金属粉尘采用负压除尘；其他粉尘正压吹送时设火花探测消除装置',
    '铝镁等金属粉尘采用正压除尘，或其他粉尘正压吹送未设火花探测消除等防点燃源措施', [gm10Article(11, 4)], { level: 'major' }),
  dust('D4', REMOVAL, '铝镁等金属粉尘、木质粉尘干式除尘器设有锁气卸灰装置', '铝镁等金属粉尘或木质粉尘干式除尘系统未设锁气卸灰装置', [gm10Article(11, 6)], { level: 'major', dustKinds: ['metal', 'wood'] }),
  dust('D5', REMOVAL, '除尘系统先于生产设备启动，生产设备停机后至少运行10分钟，停机后清空灰斗',
    '除尘系统未先于生产设备启动，或停机后运行不足10分钟，或灰斗未清空', [aq()]),
  dust('D6', REMOVAL, '遇湿自燃金属粉尘场所通风防氢气积聚，干式收集储存场所防水防潮',
    '遇湿自燃金属粉尘场所未采取通风防氢气积聚措施，或干式收集储存场所未防水防潮', [gm10Article(11, 9)], { level: 'major', dustKinds: ['metal'] }),
  dust('D7', REMOVAL, '除尘系统按工艺分区设置，各产尘点均设吸尘罩；除尘风管不与输送可燃气体、高温气体或其他工业气体的管道连通',
    '产尘点未设吸尘罩或除尘系统未按工艺分区设置，或除尘风管与可燃气体、高温气体等管道连通', [aq()]),
  dust('E1', CLEANING, '制定粉尘清理制度（区域、方法、频次、责任人）并保存清理记录', '未制定粉尘清理制度或无清理记录', [cite(REGULATIONS.dustRule, '第十八条'), gb('第9章')], { category: 'management' }),
  dust('E2', CLEANING, '地面、梁、设备、管道表面无严重积尘', '粉尘清理制度未落实，作业现场积尘严重', [gm10Article(11, 10)], { level: 'major' }),
  dust('E3', CLEANING, '清理时不扬尘：不用压缩空气吹扫，采用防爆吸尘器或湿式清理，使用不产生火花的工具',
    '清理粉尘时扬尘，使用压缩空气吹扫或使用易产生火花的工具', [gb('第3.9条、第9章')]),
  dust('F1', UPKEEP, '检修和动火按规程停机、隔离、清理并办理作业票', '检修或动火未按规程停机、隔离、清理，未办理作业票', [gb('第10章')], { category: 'management' }),
  dust('F2', UPKEEP, '作业人员穿戴防静电工作服、防尘口罩等个体防护用品', '作业人员未穿戴防静电工作服、防尘口罩等个体防护用品', [gb('第11章')], { category: 'management' }),
];
