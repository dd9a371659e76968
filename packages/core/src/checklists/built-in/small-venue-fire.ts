import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, REGULATIONS, type ItemOptions } from './citations.js';

/** 九小场所消防安全检查表 (reference §6.1, §6.4): fire lanes, exits, equipment, wiring, 三合一. */
const fireLaw = (article: string) => cite(REGULATIONS.fireLaw, article);
const venue = (id: string, section: string, text: string, finding: string, article: string, options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`SV-${id}`, section, text, finding, [fireLaw(article)], { category: 'fire_safety', kinds: ['small_venue', 'crowded_place'], ...options });

const ESCAPE = '疏散通道与安全出口';
const EQUIPMENT = '消防设施器材';
const USE = '用火用电与场所使用';
const DUTY = '消防安全管理';

export const SMALL_VENUE_ITEMS: readonly ChecklistItem[] = [
  venue('01', ESCAPE, '疏散通道、安全出口畅通，未被占用、堵塞或封闭，营业期间出口未上锁', '疏散通道、安全出口被占用、堵塞或封闭，或营业期间出口上锁', '第二十八条', { category: 'fire_lane' }),
  venue('02', ESCAPE, '门窗未设置影响逃生和灭火救援的铁栅栏、防盗网等障碍物，或可从内部开启', '门窗设置影响逃生和灭火救援的铁栅栏、防盗网等障碍物', '第二十八条', { category: 'fire_lane' }),
  venue('03', ESCAPE, '应急照明和疏散指示标志完好有效', '应急照明或疏散指示标志损坏、失效', '第十六条第一款第（二）项'),
  venue('04', ESCAPE, '门前消防车通道未被占用、堵塞', '门前消防车通道被占用、堵塞', '第二十八条', { category: 'fire_lane' }),
  venue('05', EQUIPMENT, '按规定配置灭火器并在有效期内，放置在明显、便于取用的位置', '未按规定配置灭火器，或灭火器过期、放置位置不便取用', '第十六条第一款第（二）项'),
  venue('06', EQUIPMENT, '设有自动消防设施的，设施保持完好有效并定期检测', '自动消防设施损坏、停用或未定期检测', '第十六条第一款第（三）项'),
  venue('07', USE, '生产、经营、储存场所未与居住场所设置在同一建筑内（无“三合一”“多合一”违规住人）', '生产、经营、储存场所与居住场所设在同一建筑内（“三合一”“多合一”违规住人）', '第十九条', { category: 'occupancy' }),
  venue('08', USE, '电气线路穿管敷设，无私拉乱接，无超负荷用电', '电气线路未穿管敷设，私拉乱接或超负荷用电', '第二十七条', { category: 'electrical' }),
  venue('09', USE, '电动自行车未在室内、门厅、走道、楼梯间停放或充电', '电动自行车在室内、门厅、走道或楼梯间停放、充电', '第二十八条', { category: 'fire_lane' }),
  venue('10', USE, '厨房用火用气有专人看管，燃气管道和软管完好', '厨房用火用气无人看管，或燃气管道、软管损坏', '第二十一条', { category: 'gas' }),
  venue('11', DUTY, '明确消防安全责任人，从业人员会报警、会使用灭火器、会组织疏散', '未明确消防安全责任人，或从业人员不会报警、使用灭火器、组织疏散', '第十六条第一款第（一）项', { category: 'management' }),
  venue('12', DUTY, '开展防火检查、巡查并有记录', '未开展防火检查、巡查或无记录', '第十六条第一款第（五）项', { category: 'management' }),
];
