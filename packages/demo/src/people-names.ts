import type { Random } from './random.js';

// Frequent surnames, roughly by frequency, plus some typical of 常州 (恽, 蒋, 史, 钱).
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '段', '雷', '侯', '史', '陶',
  '贺', '顾', '毛', '龚', '邵', '万', '钱', '严', '武', '戴', '孔', '汤', '恽', '庄', '储', '缪',
];
const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平',
  '刚', '桂', '英', '华', '建', '国', '文', '辉', '玉', '兰', '红', '波', '斌', '宇', '浩', '凯', '鹏', '鑫', '晨', '欣',
  '佳', '雪', '梅', '琳', '婷', '亮', '峰', '志', '俊', '海', '林', '春', '云', '飞', '宏', '兵', '荣', '新', '忠', '德',
  '卫', '东', '金', '燕', '萍', '洪', '健', '伟', '晓', '丹', '怡', '嘉', '彬', '琦', '瑞', '子', '轩', '昊', '雨', '思',
];
// Mainland mobile prefixes in common use (reference §7.3: ^1[3-9]\d{9}$).
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];

/** A plausible Chinese personal name of two or three characters. */
export function personName(random: Random): string {
  const surname = random.pick(SURNAMES);
  return random.chance(0.3) ? `${surname}${random.pick(GIVEN)}` : `${surname}${random.pick(GIVEN)}${random.pick(GIVEN)}`;
}

/** An 11-digit mainland mobile number. */
export function mobileNumber(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}
