import type { DistrictTemplate, TownTemplate } from './district-template.js';

/*
 * 武进区 (320412): the 18 township-level units of NBS 统计用区划代码 2023 (reference domain.md §8.2),
 * centres from §8.3. The six 经开区 units have surveyed centres; the other towns use the ±3 km
 * placeholders of §8.3; 高新区 sits at 南夏墅 and 西太湖 at 西湖 (the 街道 the map providers list under
 * those codes). For the six 经开区 units the 村 and 社区 counts follow §8.3, with 社区 added so every
 * unit has at least eight; elsewhere the counts are plausible guesses. Demo maps only.
 */
const town = (
  code: string, name: string, kind: TownTemplate['kind'], lng: number, lat: number,
  detail: Pick<TownTemplate, 'username' | 'villages' | 'communities' | 'weight' | 'profile'>,
): Omit<TownTemplate, 'sortOrder'> => ({ code, name, kind, center: { lng, lat }, ...detail });

const TOWNS: readonly Omit<TownTemplate, 'sortOrder'>[] = [
  town('320412001', '戚墅堰街道', 'subdistrict', 120.056084, 31.721888, { username: 'qishuyan', villages: 3, communities: 6, weight: 0.8, profile: 'urban' }),
  town('320412002', '丁堰街道', 'subdistrict', 120.024369, 31.742573, { username: 'dingyan', villages: 4, communities: 5, weight: 0.8, profile: 'urban' }),
  town('320412003', '潞城街道', 'subdistrict', 120.03887, 31.763177, { username: 'lucheng', villages: 5, communities: 4, weight: 0.9, profile: 'urban' }),
  town('320412100', '湖塘镇', 'town', 119.96, 31.72, { username: 'hutang', villages: 8, communities: 17, weight: 3.2, profile: 'urban' }),
  town('320412102', '牛塘镇', 'town', 119.91, 31.73, { username: 'niutang', villages: 10, communities: 5, weight: 1.2, profile: 'industrial' }),
  town('320412103', '洛阳镇', 'town', 120.05, 31.65, { username: 'luoyang', villages: 12, communities: 3, weight: 1.2, profile: 'industrial' }),
  town('320412104', '遥观镇', 'town', 120.028789, 31.702233, { username: 'yaoguan', villages: 15, communities: 7, weight: 1.5, profile: 'industrial' }),
  town('320412105', '横林镇', 'town', 120.095566, 31.699915, { username: 'henglin', villages: 15, communities: 6, weight: 1.5, profile: 'industrial' }),
  town('320412106', '横山桥镇', 'town', 120.10814, 31.765233, { username: 'hengshanqiao', villages: 19, communities: 4, weight: 1.3, profile: 'industrial' }),
  town('320412110', '雪堰镇', 'town', 120.08, 31.52, { username: 'xueyan', villages: 16, communities: 4, weight: 1, profile: 'rural' }),
  town('320412113', '前黄镇', 'town', 119.97, 31.58, { username: 'qianhuang', villages: 14, communities: 4, weight: 0.9, profile: 'rural' }),
  town('320412114', '礼嘉镇', 'town', 120.01, 31.62, { username: 'lijia', villages: 12, communities: 3, weight: 0.9, profile: 'rural' }),
  town('320412119', '嘉泽镇', 'town', 119.78, 31.64, { username: 'jiaze', villages: 12, communities: 2, weight: 0.7, profile: 'rural' }),
  town('320412120', '湟里镇', 'town', 119.7, 31.6, { username: 'huangli', villages: 12, communities: 2, weight: 0.7, profile: 'rural' }),
  // Placeholder centre (no source): west of 牛塘 towards 西太湖, inside the working bbox.
  town('320412400', '武进经济开发区', 'zone', 119.85, 31.745, { username: 'wujinkaifaqu', villages: 6, communities: 4, weight: 1, profile: 'industrial' }),
  town('320412411', '高新区', 'zone', 119.95, 31.66, { username: 'gaoxinqu', villages: 8, communities: 6, weight: 1.6, profile: 'industrial' }),
  town('320412412', '西太湖生态休闲区', 'zone', 119.84, 31.69, { username: 'xitaihu', villages: 6, communities: 6, weight: 0.7, profile: 'scenic' }),
  // Placeholder centre (no source): on the 太湖 shore south-west of 雪堰, inside the working bbox.
  town('320412413', '太湖旅游度假区', 'zone', 120.03, 31.46, { username: 'taihudujiaqu', villages: 6, communities: 2, weight: 0.4, profile: 'scenic' }),
];

/** The built-in demo district: 常州市武进区 with its 18 township-level units and the [M] working bbox. */
export const WUJIN_TEMPLATE: DistrictTemplate = {
  code: '320412',
  name: '武进区',
  cityName: '常州市',
  provinceShortName: '江苏',
  // Working bbox of reference §8.3 [M]: lon 119.62–120.22, lat 31.40–31.83.
  bbox: { minLng: 119.62, minLat: 31.4, maxLng: 120.22, maxLat: 31.83 },
  // Seat of the district government (延政中路, 湖塘镇), reference §8.3.
  center: { lng: 119.9377, lat: 31.70204 },
  seatTownCode: '320412100',
  towns: TOWNS.map((entry, index) => ({ ...entry, sortOrder: index + 1 })),
  usernamePrefix: '',
};
