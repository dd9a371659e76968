import type { Random } from './random.js';

// Common characters of village names south of the Yangtze (…桥, …塘, …墅, …浜, …埭).
const VILLAGE_FIRST = [
  '东', '西', '南', '北', '前', '后', '新', '大', '小', '上', '下', '中', '高', '青', '龙', '凤', '金', '杨', '王', '陈',
  '周', '蒋', '史', '钱', '朱', '丁', '邹', '夏', '庙', '马', '长', '永', '太', '和', '安', '庆', '兴', '华', '桃', '柳',
  '梅', '竹', '荷', '潘', '郑', '汤', '漕', '卢', '恽', '刘', '严', '芦', '沙', '浦', '岑', '鸣', '洋', '戴', '湖', '滆',
];
const VILLAGE_SECOND = [
  '桥', '塘', '庄', '港', '墅', '浜', '湾', '家', '巷', '河', '圩', '墩', '坝', '埠', '泾', '里', '城', '湖', '堰', '林',
  '阳', '荡', '头', '舍', '埭', '渎', '沟', '园', '田', '垫',
];
const COMMUNITY_STEMS = [
  '花园', '人民', '新城', '城南', '城北', '城东', '城西', '阳光', '和平', '幸福', '锦绣', '丽华', '东方', '长安', '星河',
  '府前', '文化', '育才', '金色', '滨湖', '香樟', '紫薇', '荷花', '翠竹', '桂园', '富民', '鸣珂', '延政', '聚湖', '湖滨',
  '振兴', '广电', '大通', '府东', '新阳', '馨园', '怡景', '春江', '朝阳', '晓星', '康乐', '欣悦', '如意', '嘉禾', '清风',
  '明珠', '百草', '鑫源', '永安', '东苑', '西苑', '南苑', '北苑', '新苑', '丽景', '阳湖', '天安', '紫金', '芙蓉', '万福',
  '星火', '红梅', '青年', '建设', '团结', '胜利', '前进', '光明', '育英', '世纪', '御园', '润泽', '望湖', '金湖', '学府',
];
const STREET_SUFFIXES = ['路', '街', '大道', '巷', '中路', '南路', '北路', '东路', '西路'];

/** The stem of a town's name without 镇, 街道 or a zone suffix: 湖塘镇 → 湖塘. */
export function townStem(townName: string): string {
  return townName.replace(/(镇|街道|乡|经济开发区|旅游度假区|生态休闲区|区)$/, '') || townName;
}

/**
 * Names for the villages (…村) and communities (…社区) of one town, unique within `taken`
 * (shared across the district). The first village of a 镇 carries the town's own name (湖塘村).
 */
export function villageNames(
  input: { townName: string; townKind: string; villages: number; communities: number },
  random: Random,
  taken: Set<string>,
): { villages: string[]; communities: string[] } {
  const stem = townStem(input.townName);
  const claim = (name: string): boolean => {
    if (taken.has(name)) return false;
    taken.add(name);
    return true;
  };
  const villages: string[] = [];
  if (input.townKind === 'town' && input.villages > 0 && claim(`${stem}村`)) villages.push(`${stem}村`);
  let attempts = 0;
  while (villages.length < input.villages) {
    attempts += 1;
    // Large districts can run out of two-character names; a town prefix keeps names unique.
    const name = `${attempts > 200 ? stem : ''}${random.pick(VILLAGE_FIRST)}${random.pick(VILLAGE_SECOND)}村`;
    if (claim(name)) villages.push(name);
  }
  const communities: string[] = [];
  if (input.townKind === 'subdistrict' && input.communities > 0 && claim(`${stem}社区`)) communities.push(`${stem}社区`);
  attempts = 0;
  while (communities.length < input.communities) {
    attempts += 1;
    const base = random.pick(COMMUNITY_STEMS);
    const name = attempts > 200 ? `${stem}${base}社区` : `${base}社区`;
    if (claim(name)) communities.push(name);
  }
  return { villages, communities };
}

/** The stem of a village or community name: 花园社区 → 花园, 马杭村 → 马杭. */
export function villageStem(villageName: string): string {
  return villageName.replace(/(社区|村)$/, '');
}

/** A street named after a community, e.g. 花园街, 花园中路. */
export function streetName(stem: string, random: Random): string {
  return `${stem}${random.pick(STREET_SUFFIXES)}`;
}
