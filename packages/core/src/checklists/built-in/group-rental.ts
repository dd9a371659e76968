import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, REGULATIONS, type ItemOptions } from './citations.js';

/**
 * 群租房消防安全检查表 after 江苏省《“群租房”消防安全整治导则》 (reference §6.5). Clause labels follow the
 * reference's digest of the guideline; occupancy limits are local settings (reference §11).
 */
const guide = (clause: string) => cite(REGULATIONS.groupRental, clause);
const rental = (id: string, section: string, text: string, finding: string, clause: string, options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`GR-${id}`, section, text, finding, [guide(clause)], { category: 'fire_safety', kinds: ['group_rental'], ...options });

const BUILDING = '建筑与分隔';
const PEOPLE = '居住人数与管理';
const ELECTRIC = '用电与电动自行车';
const FIRE = '用火与消防设施';

export const GROUP_RENTAL_ITEMS: readonly ChecklistItem[] = [
  rental('01', BUILDING, '不设在地下室、木结构建筑、违法改变用途的建筑或存放易燃易爆危险品的建筑内', '群租房设在地下室、木结构建筑、违法改变用途的建筑或存放易燃易爆危险品的建筑内', '“设置场所”要求', { category: 'occupancy' }),
  rental('02', BUILDING, '与非居住用途合用的建筑，采用无门窗洞口的实体墙分隔并设独立楼梯', '群租房与非居住用途合用建筑未采用实体墙分隔或未设独立楼梯', '“防火分隔”要求', { category: 'structural' }),
  rental('03', BUILDING, '未擅自分隔原有房间；厨房、卫生间、阳台、地下储藏室未出租住人；隔墙为不燃材料并砌至楼板', '擅自分隔房间，或厨房、卫生间、阳台、地下储藏室出租住人，或隔墙为可燃材料、未砌至楼板', '“房间分隔”要求', { category: 'occupancy' }),
  rental('04', BUILDING, '未采用彩钢夹芯板搭建居住用房', '采用彩钢夹芯板搭建居住用房', '“建筑材料”要求', { category: 'structural' }),
  rental('05', PEOPLE, '人均居住面积和每间居住人数符合本地规定（默认人均不少于4平方米、每间不超过2人）', '人均居住面积或每间居住人数超过本地规定', '“居住人数”要求', { category: 'occupancy' }),
  rental('06', PEOPLE, '每栋明确消防安全楼长；10张床位以上按每10人1名配备管理人员', '未明确消防安全楼长，或管理人员配备不足', '“消防管理”要求', { category: 'management' }),
  rental('07', PEOPLE, '租赁合同签订后按时登记备案，出租人与承租人签订消防安全责任书', '租赁未登记备案，或未签订消防安全责任书', '“租赁登记”要求', { category: 'management' }),
  rental('08', ELECTRIC, '电气线路穿金属管或封闭金属线槽保护，设短路、过载和漏电保护，无铜丝铁丝代替保险丝、无私拉乱接', '电气线路未穿管保护、无短路过载漏电保护，或私拉乱接、以铜丝铁丝代替保险丝', '“电气安全”要求', { category: 'electrical' }),
  rental('09', ELECTRIC, '电动自行车集中在室外或独立房间停放充电，未在房间、门厅、走道、楼梯间停放充电', '电动自行车在房间、门厅、走道或楼梯间停放充电', '“电动自行车”要求', { category: 'fire_lane' }),
  rental('10', FIRE, '使用明火的厨房与居住部分实体墙和乙级防火门分隔，设独立可燃气体探测器，灶具有熄火保护；房间内无液化气罐、酒精炉、煤油炉', '使用明火的厨房未与居住部分分隔或无可燃气体探测器，或房间内使用液化气罐、酒精炉、煤油炉', '“用火用气”要求', { category: 'gas' }),
  rental('11', FIRE, '出租房间设独立式感烟火灾探测报警器，每间至少配备1具2公斤ABC类灭火器', '出租房间未设独立式感烟火灾探测报警器或未配备灭火器', '“消防设施”要求'),
  rental('12', FIRE, '窗户、阳台未设固定防盗网，或防盗网可从内部开启；按要求配备逃生绳、逃生梯', '窗户、阳台设固定防盗网且不能从内部开启，或未配备逃生绳、逃生梯', '“逃生条件”要求', { category: 'fire_lane' }),
];
