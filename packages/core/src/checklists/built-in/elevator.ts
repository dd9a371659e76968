import type { ChecklistItem, LegalCitation } from '../checklist.js';
import { checkItem, cite, REGULATIONS, UNCONFIRMED, type ItemOptions } from './citations.js';

/**
 * 电梯安全检查表 (特种设备: 使用登记, 定期检验, 维保, 应急救援; reference §6.7). For units tagged 特种设备 and
 * the 特种设备 sector. 特种设备安全法 第三十三条 was checked against a public reprint; the other article
 * numbers and the TSG clauses follow the reference's secondary sources and carry UNCONFIRMED
 * (docs/reference/checklist-sources.md). A lift used without a valid periodic inspection is recorded
 * major; the rest general.
 */
const law = (article: string, confirmed = false): LegalCitation => cite(REGULATIONS.specialEquipmentLaw, confirmed ? article : `${article}${UNCONFIRMED}`);
const tsg = (): LegalCitation => cite(REGULATIONS.elevatorMaintenance, UNCONFIRMED);
const lift = (id: string, section: string, text: string, finding: string, basis: readonly LegalCitation[], options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`EL-${id}`, section, text, finding, basis, { category: 'special_equipment', tags: ['special_equipment'], ...options });

const REGISTER = '使用登记与检验';
const UPKEEP = '维护保养';
const RESCUE = '应急救援';
const MANAGE = '使用管理';

export const ELEVATOR_ITEMS: readonly ChecklistItem[] = [
  lift('01', REGISTER, '电梯投入使用前或投入使用后30日内办理使用登记，登记标志置于轿厢显著位置', '电梯未办理使用登记，或登记标志未置于显著位置', [law('第三十三条', true)]),
  lift('02', REGISTER, '电梯在定期检验合格有效期内使用，有效期届满前1个月申请检验', '电梯超过定期检验有效期或检验不合格仍在使用', [law('第四十条')], { level: 'major' }),
  lift('03', REGISTER, '建立电梯安全技术档案（登记、检验、维保、故障和事故记录）', '未建立电梯安全技术档案或档案不全', [law('第三十五条')], { category: 'management' }),
  lift('04', UPKEEP, '由电梯制造单位或取得许可的安装、改造、修理单位维护保养，签订维保合同', '电梯由无资质单位维保或未签订维保合同', [law('第四十五条')]),
  lift('05', UPKEEP, '日常维护保养至少每15日一次，记录经使用单位和维保单位签字', '电梯维保间隔超过15日或维保记录未经双方签字', [tsg()]),
  lift('06', UPKEEP, '机房（机器设备间）门锁闭，无杂物堆放，配有灭火器', '电梯机房未锁闭、堆放杂物或未配灭火器', [tsg()], { category: 'fire_safety' }),
  lift('07', RESCUE, '轿厢内紧急报警装置（对讲）有效，能与值守人员通话', '轿厢紧急报警装置（对讲）失效', [tsg()]),
  lift('08', RESCUE, '轿厢内张贴应急救援电话和使用标志，维保单位接到困人报警后在规定时间内到达（设区的市不超过30分钟）',
    '轿厢内未张贴应急救援电话，或困人救援不能按时到达', [tsg()]),
  lift('09', RESCUE, '制定电梯事故应急专项预案并定期演练', '未制定电梯应急专项预案或未演练', [law('第六十九条')], { category: 'management' }),
  lift('10', MANAGE, '设置电梯安全管理机构或配备持证的安全管理员', '未配备持证电梯安全管理员', [law('第十四条'), cite(REGULATIONS.specialEquipmentUse, UNCONFIRMED)], { category: 'management' }),
  lift('11', MANAGE, '未擅自改造、移装电梯；使用超过15年的老旧电梯已开展安全评估并按结论处理', '电梯被擅自改造、移装，或使用超过15年的老旧电梯未做安全评估', [law('第四十八条')]),
];
