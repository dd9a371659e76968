import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, REGULATIONS, UNCONFIRMED, type ItemOptions } from './citations.js';

/**
 * 燃气经营企业重大隐患检查表 after 《城镇燃气经营安全重大隐患判定标准》（建城规〔2023〕4号）, for gas suppliers
 * (unit kind 燃气经营企业), next to the gas-user list. 第四条 (five items) and 第五条第（一）（二）项 were
 * checked against a public reprint of the notice; the rest follows its usual wording and carries
 * UNCONFIRMED (docs/reference/checklist-sources.md). Restated in our own words; every failure is major.
 */
const clause = (article: string, confirmed: boolean) => cite(REGULATIONS.gasOperatorMajor, confirmed ? article : `${article}${UNCONFIRMED}`);
const gas = (id: string, section: string, text: string, finding: string, article: string, confirmed: boolean, options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`GO-${id}`, section, text, finding, [clause(article, confirmed)], { category: 'gas', kinds: ['gas_supplier'], level: 'major', ...options });

const MANAGEMENT = '第四条 安全生产管理';
const STATION = '第五条 燃气厂站';
const NETWORK = '管网、瓶装气与用户服务';

export const GAS_OPERATOR_ITEMS: readonly ChecklistItem[] = [
  gas('04-01', MANAGEMENT, '取得燃气经营许可证后从事燃气经营', '未取得燃气经营许可证从事燃气经营活动', '第四条第（一）项', true, { category: 'management' }),
  gas('04-02', MANAGEMENT, '建立安全风险分级管控制度', '未建立安全风险分级管控制度', '第四条第（二）项', true, { category: 'management' }),
  gas('04-03', MANAGEMENT, '建立事故隐患排查治理制度', '未建立事故隐患排查治理制度', '第四条第（三）项', true, { category: 'management' }),
  gas('04-04', MANAGEMENT, '制定生产安全事故应急救援预案', '未制定生产安全事故应急救援预案', '第四条第（四）项', true, { category: 'management' }),
  gas('04-05', MANAGEMENT, '建立对用户燃气设施的定期安全检查制度', '未建立对用户燃气设施的定期安全检查制度', '第四条第（五）项', true, { category: 'management' }),
  gas('05-01', STATION, '燃气储罐设压力、罐容或液位显示等监测装置，并具有超限报警功能', '燃气储罐无压力、罐容或液位监测装置，或无超限报警功能', '第五条第（一）项', true),
  gas('05-02', STATION, '厂站内设备和管道设有防止压力超限的自动切断和放散装置', '厂站设备和管道未设防止压力超限的自动切断和放散装置', '第五条第（二）项', true),
  gas('05-03', STATION, '压缩天然气、液化天然气、液化石油气装卸系统设有防止装卸软管拉脱的保护措施（拉断阀等）', '压缩天然气、液化天然气或液化石油气装卸系统无防拉脱保护措施', '第五条第（三）项', false),
  gas('05-04', STATION, '厂站内可燃气体泄漏报警、紧急切断和消防设施完好有效', '厂站可燃气体泄漏报警、紧急切断或消防设施缺失、失效', '第五条', false),
  gas('06-01', NETWORK, '燃气管道及设施保护范围内无建（构）筑物占压', '燃气管道或设施被建（构）筑物占压', '第六条', false),
  gas('07-01', NETWORK, '瓶装液化石油气只充装自有产权、在检验期内的合格气瓶，并向具备安全条件的用户供气', '充装非自有、超期未检或报废气瓶，或向不具备安全条件的用户供应瓶装气', '第七条', false),
  gas('08-01', NETWORK, '按制度入户安全检查，对发现的用户隐患书面告知并跟踪整改', '未按规定对用户开展安全检查，或发现用户隐患未告知、未跟踪整改', '第八条', false, { level: 'general', category: 'management' }),
];
