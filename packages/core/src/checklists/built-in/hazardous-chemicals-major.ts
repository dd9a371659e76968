import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, REGULATIONS, UNCONFIRMED, type ItemOptions } from './citations.js';

/**
 * 危险化学品重大事故隐患检查表 after the 20 criteria of 《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准
 * （试行）》（安监总管三〔2017〕121号）, restated as checks in our own words. Every failure is a 重大事故隐患.
 * Sources: criteria 1–12 checked against a public reprint of the notice (see
 * docs/reference/checklist-sources.md); criteria 13–20 from the notice's widely used wording, not yet
 * checked against a reprint, so their clause carries UNCONFIRMED. Items that do not concern a unit's
 * installation (e.g. liquefied-hydrocarbon tanks) are answered 不适用 on site.
 */
const criterion = (index: number, confirmed: boolean) =>
  cite(REGULATIONS.hazchemMajor, confirmed ? `第${CRITERIA[index - 1]}项` : `第${CRITERIA[index - 1]}项${UNCONFIRMED}`);
const CRITERIA = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

const chem = (index: number, section: string, text: string, finding: string, options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`HC-${String(index).padStart(2, '0')}`, section, text, finding, [criterion(index, index <= 12)], {
    category: 'hazardous_chemicals', sectors: ['hazardous_chemicals'], level: 'major', ...options,
  });

const PEOPLE = '人员与资格';
const SITE = '选址、布局与外部距离';
const CONTROL = '工艺控制与安全仪表';
const FACILITY = '设备设施';
const SYSTEMS = '管理制度与作业';

export const HAZARDOUS_CHEMICALS_ITEMS: readonly ChecklistItem[] = [
  chem(1, PEOPLE, '主要负责人和安全生产管理人员依法经安全生产知识和管理能力考核合格', '主要负责人或安全生产管理人员未依法经考核合格', { category: 'management' }),
  chem(2, PEOPLE, '特种作业人员持有效证件上岗', '特种作业人员未持证上岗', { category: 'management' }),
  chem(3, SITE, '涉及“两重点一重大”的生产装置、储存设施外部安全防护距离符合国家标准', '涉及“两重点一重大”的生产装置或储存设施外部安全防护距离不符合国家标准'),
  chem(4, CONTROL, '涉及重点监管危险化工工艺的装置实现自动化控制和紧急停车功能，且系统已投入使用', '重点监管危险化工工艺装置未实现自动化控制或紧急停车功能，或相关系统未投用'),
  chem(5, CONTROL, '一级、二级重大危险源罐区具备紧急切断功能；涉及毒性气体、液化气体、剧毒液体的配备独立的安全仪表系统', '一、二级重大危险源罐区无紧急切断功能，或涉毒性气体、液化气体、剧毒液体的罐区无独立安全仪表系统'),
  chem(6, FACILITY, '全压力式液化烃储罐按国家标准设置注水措施', '全压力式液化烃储罐未按国家标准设置注水措施'),
  chem(7, FACILITY, '液化烃、液氨、液氯等易燃易爆、有毒有害液化气体充装使用万向管道充装系统', '液化烃、液氨、液氯等液化气体充装未使用万向管道充装系统'),
  chem(8, SITE, '光气、氯气等剧毒气体及硫化氢气体管道不穿越厂区（园区）以外的公共区域', '光气、氯气等剧毒气体或硫化氢管道穿越厂区（园区）以外的公共区域'),
  chem(9, SITE, '地区架空电力线路不穿越生产区，或穿越时符合国家标准', '地区架空电力线路穿越生产区且不符合国家标准', { category: 'electrical' }),
  chem(10, FACILITY, '在役化工装置经正规设计，或已进行安全设计诊断', '在役化工装置未经正规设计且未进行安全设计诊断'),
  chem(11, FACILITY, '未使用淘汰落后安全技术工艺、设备目录所列的工艺和设备', '使用淘汰落后安全技术工艺、设备目录所列的工艺或设备'),
  chem(12, FACILITY, '可燃和有毒有害气体泄漏场所按国家标准设置检测报警装置；爆炸危险场所安装使用防爆电气设备', '可燃或有毒气体泄漏场所未按标准设检测报警装置，或爆炸危险场所未使用防爆电气设备'),
  chem(13, SITE, '控制室、机柜间面向有火灾爆炸危险装置的一侧满足防火防爆要求', '控制室或机柜间面向火灾爆炸危险装置一侧不满足防火防爆要求'),
  chem(14, FACILITY, '化工生产装置按国家标准双重电源供电，自动化控制系统设不间断电源', '化工生产装置未按标准双重电源供电，或自动化控制系统无不间断电源', { category: 'electrical' }),
  chem(15, FACILITY, '安全阀、爆破片等安全附件正常投用', '安全阀、爆破片等安全附件未正常投用'),
  chem(16, SYSTEMS, '建立与岗位相匹配的全员安全生产责任制，制定并实施事故隐患排查治理制度', '未建立与岗位相匹配的全员安全生产责任制，或未制定实施隐患排查治理制度', { category: 'management' }),
  chem(17, SYSTEMS, '制定操作规程和工艺控制指标', '未制定操作规程或工艺控制指标', { category: 'management' }),
  chem(18, SYSTEMS, '按国家标准制定动火、进入受限空间等特殊作业管理制度并有效执行', '未按标准制定动火、受限空间等特殊作业管理制度，或制度未有效执行', { category: 'management' }),
  chem(19, SYSTEMS, '新工艺经小试、中试、工业化试验；首次使用的化工工艺经安全可靠性论证；新装置按试生产方案投料；精细化工按要求开展反应安全风险评估',
    '新工艺未经逐级试验即工业化生产，或首次使用的工艺未经论证，或新装置无试生产方案投料，或精细化工未做反应安全风险评估', { category: 'management' }),
  chem(20, SYSTEMS, '危险化学品按国家标准分区分类储存，不超量、超品种储存，禁配物质不混放混存', '危险化学品未分区分类储存，超量、超品种储存，或禁配物质混放混存'),
];
