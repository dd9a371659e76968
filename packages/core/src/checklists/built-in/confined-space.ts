import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, gm10Article, REGULATIONS, type ItemOptions } from './citations.js';

/**
 * 有限空间作业安全检查表. The two 第10号令 第十三条 criteria are split into the checks they name; each
 * one of 第（二）项 alone is a major hazard, 第（一）项 only when all three are missing (CS-01, reworded in
 * version 2: the first version's "三项未全部缺失" was a double negative).
 */
const space = (id: string, section: string, text: string, finding: string, basis: ReturnType<typeof cite>[], options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`CS-${id}`, section, text, finding, basis, { category: 'confined_space', tags: ['confined_space'], ...options });

const LEDGER = '辨识与台账';
const WORK = '作业管理';
const EQUIPMENT = '设备与应急';

export const CONFINED_SPACE_ITEMS: readonly ChecklistItem[] = [
  space('01', LEDGER, '有限空间辨识、安全管理台账、安全警示标志至少已落实一项（三项全部缺失为重大事故隐患）',
    '未辨识有限空间、未建立安全管理台账，且未设置明显的安全警示标志（三项全部缺失）', [gm10Article(13, 1)], { level: 'major' }),
  space('02', LEDGER, '已逐一辨识有限空间并建立台账（名称、位置、危险有害因素）', '未逐一辨识有限空间或未建立台账', [gm10Article(13, 1)]),
  space('03', LEDGER, '有限空间出入口设置明显的安全警示标志', '有限空间出入口未设置明显的安全警示标志', [gm10Article(13, 1)]),
  space('04', WORK, '有限空间作业经审批后实施', '有限空间作业未经审批', [gm10Article(13, 2)], { level: 'major' }),
  space('05', WORK, '作业执行“先通风、再检测、后作业”，检测结果合格并记录', '有限空间作业未执行“先通风、再检测、后作业”', [gm10Article(13, 2)], { level: 'major' }),
  space('06', WORK, '作业现场设置专职监护人员，监护人员未离岗', '有限空间作业现场未设监护人员或监护人员离岗', [gm10Article(13, 2)], { level: 'major' }),
  space('07', EQUIPMENT, '配备气体检测报警仪、机械通风设备、呼吸防护用品和应急救援装备并完好',
    '未配备或未维护气体检测报警仪、机械通风设备、呼吸防护用品或应急救援装备', [cite(REGULATIONS.confinedSpace, '（设备设施与防护用品配备要求）')]),
  space('08', EQUIPMENT, '制定有限空间作业应急预案（或现场处置方案）并定期演练，严禁盲目施救',
    '未制定有限空间作业应急预案（现场处置方案）或未演练', [cite(REGULATIONS.confinedSpace, '（应急救援要求）')], { category: 'management' }),
];
