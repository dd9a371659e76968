import type { ChecklistItem } from '../checklist.js';
import { checkItem, cite, REGULATIONS, type ItemOptions } from './citations.js';

/**
 * 经营性自建房安全排查表 after 《全国自建房安全专项整治工作方案》 (reference §6.6): 结构安全性、经营安全性、
 * 建设合法合规性.
 */
const plan = (clause: string) => cite(REGULATIONS.selfBuilt, clause);
const house = (id: string, section: string, text: string, finding: string, clause: string, options: Partial<ItemOptions> = {}): ChecklistItem =>
  checkItem(`SB-${id}`, section, text, finding, [plan(clause)], { category: 'structural', kinds: ['self_built_house'], ...options });

const STRUCTURE = '结构安全性';
const BUSINESS = '经营安全性';
const LEGALITY = '建设合法合规性';

export const SELF_BUILT_HOUSE_ITEMS: readonly ChecklistItem[] = [
  house('01', STRUCTURE, '承重墙、梁、柱、楼板无明显裂缝、倾斜、变形，构件无严重受潮、锈蚀', '承重墙、梁、柱、楼板出现明显裂缝、倾斜、变形，或构件严重受潮、锈蚀', '“排查内容—结构安全性”'),
  house('02', STRUCTURE, '未擅自改变房屋结构、布局，未拆改承重墙体', '擅自改变房屋结构、布局或拆改承重墙体', '“排查内容—结构安全性”'),
  house('03', STRUCTURE, '无违法加层、扩建，未擅自开挖地下室', '违法加层、扩建或擅自开挖地下室', '“排查内容—结构安全性”'),
  house('04', STRUCTURE, '3层及以上或人员密集的经营性自建房已进行房屋安全鉴定，鉴定为C、D级的已停止使用', '3层及以上或人员密集的经营性自建房未做房屋安全鉴定，或鉴定为C、D级仍在使用', '“排查内容—结构安全性”'),
  house('05', BUSINESS, '用作餐饮、民宿、出租、培训等经营用途的，已办理相应经营许可', '经营性自建房未办理相应经营许可', '“排查内容—经营安全性”', { category: 'management' }),
  house('06', BUSINESS, '经营场所疏散通道、安全出口畅通，消防器材配置到位', '经营场所疏散通道、安全出口不畅通，或消防器材未配置到位', '“排查内容—经营安全性”', { category: 'fire_lane' }),
  house('07', LEGALITY, '具备用地、规划、建设等审批手续', '自建房缺少用地、规划、建设等审批手续', '“排查内容—建设合法合规性”', { category: 'management' }),
  house('08', LEGALITY, '落实“谁拥有谁负责、谁使用谁负责”，明确房屋安全责任人', '未明确房屋安全责任人', '“工作原则”', { category: 'management' }),
];
