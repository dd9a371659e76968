import { RISK_TAG_LABELS, SECTOR_LABELS, UNIT_KIND_LABELS, UNIT_STATUS_LABELS } from '@safegrid/core';
import type { ExportLabels } from './export-labels.js';

/** Words of exported lists in Chinese: sheet titles, headings, filter names and vocabulary labels. */
export const EXPORT_ZH_CN: ExportLabels = {
  titles: {
    hazards: '隐患清单', units: '单位台账', inspections: '检查记录', campaign_units: '专项行动单位', patrols: '巡查计划', tenant_reviews: '厂中厂承租审查',
    notification_deliveries: '通知发送记录',
  },
  headings: {
    hazards: {
      title: '隐患名称', unit: '单位名称', town: '镇（街道）', village: '村（社区）', sector: '行业领域', category: '隐患类别', level: '隐患级别',
      source: '来源', status: '状态', foundAt: '发现时间', reportedAt: '上报时间', deadline: '整改期限', daysOverdue: '逾期天数',
      escalation: '督办级别', assignee: '整改责任人', closedAt: '销号时间', legalBasis: '依据', description: '隐患描述',
    },
    units: {
      name: '单位名称', creditCode: '统一社会信用代码', kind: '单位类型', sector: '行业领域', department: '监管部门', town: '镇（街道）',
      village: '村（社区）', address: '地址', riskTags: '风险标签', employees: '从业人数', floorArea: '建筑面积（㎡）', contact: '联系人',
      phone: '联系电话', status: '经营状态', createdAt: '登记时间',
    },
    inspections: {
      unit: '被检查单位', town: '镇（街道）', village: '村（社区）', sector: '行业领域', kind: '检查类型', status: '状态', checklist: '检查表',
      inspector: '检查人', startedAt: '开始时间', finishedAt: '完成时间', items: '检查项数', failedItems: '不合格项数', signedBy: '被检查单位签字人',
    },
    campaign_units: {
      unit: '单位名称', kind: '单位类型', status: '经营状态', town: '镇（街道）', village: '村（社区）', inspected: '已检查',
      lastInspectedAt: '最近检查时间', hazardsFound: '发现隐患', hazardsOpen: '未整改隐患',
    },
    patrols: {
      unit: '单位名称', kind: '单位类型', town: '镇（街道）', village: '村（社区）', riskLevel: '风险等级', intervalDays: '巡查周期（天）',
      lastVisitedOn: '上次巡查', dueOn: '应巡查日期', state: '巡查状态',
    },
    tenant_reviews: {
      park: '园区（出租方）', tenant: '承租方', creditCode: '统一社会信用代码', business: '经营范围', riskTags: '风险标签', town: '镇（街道）',
      status: '审查状态', leaseStartsOn: '租期开始', leaseEndsOn: '租期结束', safetyAgreement: '安全生产管理协议', fireAcceptance: '消防验收',
      appliedBy: '申请人', appliedAt: '申请时间', decidedBy: '审核人', decidedAt: '审核时间', decisionReason: '审核意见',
    },
    notification_deliveries: {
      createdAt: '创建时间', channel: '渠道', receiver: '接收方', title: '通知标题', status: '状态', attempts: '尝试次数', sentAt: '发送时间',
      lastError: '最近错误',
    },
  },
  filters: {
    status: '状态', level: '级别', source: '来源', category: '类别', sector: '行业领域', regionCode: '区域', gridId: '网格', unitId: '单位',
    assigneeId: '责任人', overdue: '逾期', reportedFrom: '上报起', reportedTo: '上报止', deadlineFrom: '期限起', deadlineTo: '期限止', q: '关键词',
    kind: '类型', tag: '风险标签', riskLevel: '风险等级', parentId: '园区', sort: '排序', campaignId: '专项行动', inspectorId: '检查人',
    finishedFrom: '完成起', finishedTo: '完成止', state: '状态', townCode: '镇（街道）', gridWorkerId: '网格员', parkId: '园区',
    channel: '渠道',
  },
  words: { exportedAt: '导出时间', exportedBy: '导出人', filters: '筛选条件', none: '无', yes: '是', no: '否', separator: '；' },
  vocabulary: {
    hazardStatus: { reported: '待核实', assigned: '整改中', submitted: '待复查', closed: '已销号', dismissed: '不予受理' },
    hazardLevel: { general: '一般隐患', major: '重大隐患' },
    hazardSource: { inspection: '执法检查', patrol: '网格巡查', self_check: '企业自查', public: '群众举报', campaign: '专项整治' },
    hazardCategory: { fire_safety: '消防设施', fire_lane: '生命通道', electrical: '电气线路', gas: '燃气', dust_explosion: '粉尘防爆', hazardous_chemicals: '危险化学品', structural: '房屋结构', special_equipment: '特种设备', confined_space: '有限空间', construction: '施工安全', occupancy: '违规住人（三合一）', management: '安全管理', other: '其他' },
    sector: SECTOR_LABELS, // the registry's own words, shared with the 台账 import
    department: { emergency: '应急管理局', housing: '住房和城乡建设局', fire: '消防救援大队', market: '市场监督管理局', transport: '交通运输局', public_security: '公安分局', education: '教育局', health: '卫生健康委员会', civil_affairs: '民政局', commerce: '商务局' },
    escalation: { none: '未督办', town: '镇级督办', department: '部门督办', district: '区级督办' },
    unitKind: UNIT_KIND_LABELS, // the registry's own words, shared with the 台账 import
    unitStatus: UNIT_STATUS_LABELS, // the registry's own words, shared with the 台账 import
    riskTag: RISK_TAG_LABELS, // the registry's own words, shared with the 台账 import
    riskLevel: { red: '红', orange: '橙', yellow: '黄', blue: '蓝' },
    inspectionStatus: { in_progress: '检查中', finished: '已完成', cancelled: '已取消' },
    inspectionKind: { supervision: '监管检查', self_inspection: '企业自查' },
    patrolState: { late: '已逾期', due: '即将到期', ok: '正常' },
    tenantReviewStatus: { submitted: '待审核', approved: '已通过', rejected: '已驳回', withdrawn: '已撤回' },
    channel: { wecom: '企业微信机器人', dingtalk: '钉钉机器人', webhook: 'Webhook', email: '邮件', sms: '短信（仅日志）' },
    deliveryStatus: { pending: '待发送', sent: '已发送', failed: '失败' },
  },
};
