import type { HazardCategory } from '../hazards/hazard.js';
import { routeHazardCategory } from '../hazards/hazard-category-routes.js';
import type { Department, Sector } from '../units/unit-catalog.js';

/**
 * What a member of the public may report (群众举报), each mapped to the hazard category it becomes.
 * Sector and department are not repeated here: they follow from the category through
 * HAZARD_CATEGORY_ROUTES, the one table of where a category belongs (issue 15). The same codes are
 * the Open311 `service_code`s (ADR 0075).
 *
 * Sources for the mapping: 《消防法》第二十八条 (占用、堵塞、封闭疏散通道、安全出口、消防车通道 — 消防救援),
 * 《高层民用建筑消防安全管理规定》第三十七条 (电动自行车违规停放、充电 — 消防), 《城镇燃气管理条例》
 * (燃气 — 住建/燃气主管部门), 《工贸企业粉尘防爆安全规定》(应急管理部令第6号, 粉尘 — 应急管理),
 * 《建设工程安全生产管理条例》(施工 — 住建). 群租房 and 九小场所 fire hazards are handled by the fire
 * brigade with the town (国务院安委会《关于全面加强消防安全工作的意见》, 2023).
 */
export const PUBLIC_REPORT_CATEGORIES = {
  fire_lane_blocked: { hazardCategory: 'fire_lane' }, // 生命通道/消防通道堵塞
  fire_equipment_damaged: { hazardCategory: 'fire_safety' }, // 消防设施损坏
  e_bike_charging: { hazardCategory: 'electrical' }, // 电动车违规停放充电
  group_rental: { hazardCategory: 'occupancy' }, // 群租房/违规住人
  gas: { hazardCategory: 'gas' }, // 燃气隐患
  small_venue: { hazardCategory: 'fire_safety' }, // 九小场所隐患
  dust: { hazardCategory: 'dust_explosion' }, // 粉尘作业隐患
  construction: { hazardCategory: 'construction' }, // 建筑施工
  other: { hazardCategory: 'other' }, // 其他: the town sorts it out
} as const satisfies Record<string, { readonly hazardCategory: HazardCategory }>;

export type PublicReportCategory = keyof typeof PUBLIC_REPORT_CATEGORIES;
export const PUBLIC_REPORT_CATEGORY_CODES = Object.keys(PUBLIC_REPORT_CATEGORIES) as PublicReportCategory[];

export function isPublicReportCategory(value: string): value is PublicReportCategory {
  return Object.hasOwn(PUBLIC_REPORT_CATEGORIES, value);
}

/** The hazard category, sector and competent department a public report of `category` is routed to. */
export function routePublicCategory(category: PublicReportCategory): { hazardCategory: HazardCategory; sector: Sector; department: Department } {
  const { hazardCategory } = PUBLIC_REPORT_CATEGORIES[category];
  return { hazardCategory, ...routeHazardCategory(hazardCategory) };
}
