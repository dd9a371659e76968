import { PUBLIC_REPORT_CATEGORY_CODES, routePublicCategory, type Department, type PublicReportCategory } from '@safegrid/core';

/** One Open311 attribute of a service definition (GeoReport v2 §service definition). */
export interface Open311Attribute {
  readonly variable: boolean;
  readonly code: string;
  readonly datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  readonly required: boolean;
  readonly datatype_description: string;
  readonly order: number;
  readonly description: string;
  readonly values?: readonly { readonly key: string; readonly name: string }[];
}

interface ServiceText {
  readonly name: string;
  readonly description: string;
  readonly keywords: string;
  readonly attributes: readonly Open311Attribute[];
}

const DEPARTMENT_NAMES: Readonly<Record<Department, string>> = {
  emergency: '区应急管理局', housing: '区住房和城乡建设局', fire: '区消防救援大队', market: '区市场监督管理局', transport: '区交通运输局',
  public_security: '公安分局', education: '区教育局', health: '区卫生健康委员会', civil_affairs: '区民政局', commerce: '区商务局',
};

/**
 * The services of the Open311 endpoint: the public report categories (the one table in core), in
 * Chinese, the jurisdiction's language. Two carry attributes: which passage is blocked (required,
 * so clients must fetch the definition) and where e-bikes are charged.
 */
const SERVICE_TEXT: Readonly<Record<PublicReportCategory, ServiceText>> = {
  fire_lane_blocked: {
    name: '生命通道/消防通道堵塞', description: '消防车通道、疏散通道、安全出口被占用、堵塞或封闭', keywords: '消防通道,生命通道,消防车道,安全出口,堵塞,占用',
    attributes: [{
      variable: true, code: 'passage', datatype: 'singlevaluelist', required: true, datatype_description: '请选择一项', order: 1, description: '被堵塞的是哪类通道',
      values: [{ key: 'fire_lane', name: '消防车通道' }, { key: 'escape_route', name: '疏散通道/楼梯' }, { key: 'exit', name: '安全出口' }],
    }],
  },
  fire_equipment_damaged: { name: '消防设施损坏', description: '灭火器、消火栓、应急照明、疏散指示标志等损坏或缺失', keywords: '灭火器,消火栓,应急灯,疏散指示', attributes: [] },
  e_bike_charging: {
    name: '电动车违规停放充电', description: '电动自行车在楼道、室内、安全出口停放或充电，飞线充电', keywords: '电动车,电瓶车,飞线充电,楼道充电',
    attributes: [{
      variable: true, code: 'place', datatype: 'multivaluelist', required: false, datatype_description: '可多选', order: 1, description: '停放或充电的位置',
      values: [{ key: 'corridor', name: '楼道' }, { key: 'indoors', name: '室内' }, { key: 'lift', name: '电梯' }, { key: 'exit', name: '安全出口' }],
    }],
  },
  group_rental: { name: '群租房/违规住人', description: '群租房、“三合一”场所、厂房仓库违规住人', keywords: '群租,三合一,住人', attributes: [] },
  gas: { name: '燃气隐患', description: '燃气泄漏、瓶装液化气违规使用、软管老化等', keywords: '燃气,煤气,液化气,泄漏', attributes: [] },
  small_venue: { name: '九小场所隐患', description: '小商店、小餐饮、小旅馆等九小场所的消防安全隐患', keywords: '九小场所,小餐饮,小旅馆,小作坊', attributes: [] },
  dust: { name: '粉尘作业隐患', description: '涉粉尘企业积尘、除尘设施不正常运行等', keywords: '粉尘,除尘,积尘', attributes: [] },
  construction: { name: '建筑施工', description: '建筑工地安全隐患：脚手架、临边防护、塔吊等', keywords: '工地,施工,脚手架,塔吊', attributes: [] },
  other: { name: '其他', description: '其他安全生产隐患', keywords: '其他', attributes: [] },
};

export interface Open311Service extends ServiceText {
  readonly code: PublicReportCategory;
  readonly group: string;
  readonly agency: string;
}

export const OPEN311_SERVICES: readonly Open311Service[] = PUBLIC_REPORT_CATEGORY_CODES.map((code) => {
  const department = DEPARTMENT_NAMES[routePublicCategory(code).department];
  return { code, ...SERVICE_TEXT[code], group: department, agency: department };
});

export function findService(code: string): Open311Service | undefined {
  return OPEN311_SERVICES.find((service) => service.code === code);
}
