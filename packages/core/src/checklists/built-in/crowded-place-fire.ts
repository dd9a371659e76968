import type { UnitKind } from '../../units/unit-catalog.js';
import type { ChecklistItem, LegalCitation } from '../checklist.js';
import { checkItem, cite, REGULATIONS, UNCONFIRMED, type ItemOptions } from './citations.js';

/**
 * 人员密集场所消防安全检查表 for 商场、学校、医院、养老机构 and other crowded places, with the warehouse
 * checks of logistics units. Duties from 《消防法》 and 公安部令第61号; the criteria that make a 重大火灾隐患
 * directly follow GB 35181 (直接判定要素) and are marked major, their clause UNCONFIRMED until checked
 * (docs/reference/checklist-sources.md). Restated in our own words.
 */
export const CROWDED_FIRE_KINDS: readonly UnitKind[] = ['crowded_place', 'school', 'medical', 'elderly_care', 'logistics'];
const CROWDED: readonly UnitKind[] = ['crowded_place', 'school', 'medical', 'elderly_care'];

const fireLaw = (article: string): LegalCitation => cite(REGULATIONS.fireLaw, article);
const rule61 = (): LegalCitation => cite(REGULATIONS.fireManagementRule, UNCONFIRMED);
const major = (): LegalCitation => cite(REGULATIONS.majorFireHazard, `直接判定要素${UNCONFIRMED}`);
const fire = (id: string, section: string, text: string, finding: string, basis: readonly LegalCitation[], options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`FP-${id}`, section, text, finding, basis, { category: 'fire_safety', kinds: CROWDED_FIRE_KINDS, ...options });

const ESCAPE = '安全疏散';
const SYSTEMS = '消防设施';
const USE = '用火用电与场所使用';
const DUTY = '消防安全管理';

export const CROWDED_PLACE_FIRE_ITEMS: readonly ChecklistItem[] = [
  fire('01', ESCAPE, '疏散通道、安全出口畅通，营业和使用期间安全出口、疏散门未锁闭', '疏散通道、安全出口被占用、堵塞、封闭，或使用期间安全出口上锁', [fireLaw('第二十八条')], { category: 'fire_lane' }),
  fire('02', ESCAPE, '安全出口数量和总净宽度满足规范（数量不足或总净宽小于规定值80%为重大火灾隐患）', '安全出口数量不足或总净宽度小于规范规定值的80%', [major()], { level: 'major', category: 'fire_lane', kinds: CROWDED }),
  fire('03', ESCAPE, '门窗未设置影响逃生和灭火救援的障碍物', '门窗设有影响逃生和灭火救援的铁栅栏、广告牌等障碍物', [fireLaw('第二十八条')], { category: 'fire_lane' }),
  fire('04', ESCAPE, '应急照明和疏散指示标志完好有效', '应急照明或疏散指示标志缺失、损坏', [fireLaw('第十六条第一款第（二）项')]),
  fire('05', ESCAPE, '消防车通道、登高操作场地未被占用、堵塞', '消防车通道或登高操作场地被占用、堵塞', [fireLaw('第二十八条')], { category: 'fire_lane' }),
  fire('06', SYSTEMS, '火灾自动报警、自动喷水灭火等系统保持完好有效，每年至少全面检测一次', '自动消防设施停用、损坏或未按期检测', [fireLaw('第十六条第一款第（三）项')]),
  fire('07', SYSTEMS, '消防控制室24小时值班，每班不少于2人并持证上岗', '消防控制室无人值班、单人值班或值班人员无证', [rule61()], { kinds: CROWDED }),
  fire('08', SYSTEMS, '室内消火栓有水、配件齐全，灭火器配置合理并在有效期内', '消火栓无水或配件缺失，或灭火器配置不足、过期', [fireLaw('第十六条第一款第（二）项')]),
  fire('09', USE, '人员密集场所内未使用、储存、销售易燃易爆危险品', '在人员密集场所内违规使用、储存或销售易燃易爆危险品', [fireLaw('第二十三条'), major()], { level: 'major', kinds: CROWDED, category: 'hazardous_chemicals' }),
  fire('10', USE, '住宿、居住部分未采用燃烧性能低于A级的彩钢夹芯板搭建', '住宿或居住用房采用芯材燃烧性能低于A级的彩钢夹芯板搭建', [major()], { level: 'major', kinds: CROWDED, category: 'structural' }),
  fire('11', USE, '老年人、儿童用房设在规范允许的楼层', '老年人或儿童用房所在楼层不符合消防技术标准', [major()], { level: 'major', kinds: ['school', 'elderly_care'], category: 'occupancy' }),
  fire('12', USE, '室内装修、装饰材料的防火性能符合国家标准', '室内装修使用不符合防火要求的易燃可燃材料', [fireLaw('第二十六条')]),
  fire('13', USE, '电气线路规范敷设，无私拉乱接和超负荷用电；电动自行车不在室内、楼道停放充电', '电气线路私拉乱接、超负荷用电，或电动自行车在室内、楼道停放充电', [fireLaw('第二十七条')], { category: 'electrical' }),
  fire('14', USE, '仓库内不住人，不违规用火用电；货物堆垛与灯具、墙、柱保持间距并留出主通道', '仓库内住人或违规用火用电，或堆垛间距、主通道不符合要求', [cite('《仓库防火安全管理规则》（公安部令第6号）', UNCONFIRMED)], { kinds: ['logistics'], category: 'occupancy' }),
  fire('15', DUTY, '确定消防安全责任人和管理人，落实逐级消防安全责任制', '未确定消防安全责任人、管理人或未落实消防安全责任制', [fireLaw('第十六条第一款第（一）项')], { category: 'management' }),
  fire('16', DUTY, '开展防火巡查、检查并记录（公众聚集场所营业期间至少每2小时巡查一次）', '未按要求开展防火巡查、检查或无记录', [rule61()], { category: 'management' }),
  fire('17', DUTY, '组织员工消防培训，至少每半年开展一次灭火和应急疏散演练', '未开展员工消防培训或未按期组织灭火疏散演练', [rule61()], { category: 'management' }),
];
