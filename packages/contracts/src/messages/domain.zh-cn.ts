/** 三管三必须与设备台账的中文消息（ADR 0085、0086），合并进 ZH_CN。 */
export const DOMAIN_ZH_CN = {
  errors: {
    'dust.unit_not_found': '涉粉单位不存在或不在您的管辖范围内',
    'dust.refused': '您无权登记该单位的常态监管信息',
    'sector_duty.manage_refused': '只有区安委办可以设置行业牵头部门和协同部门',
    'equipment.not_found': '设备不存在或不在您的管辖范围内',
    'equipment.unit_not_found': '单位不存在或不在您的管辖范围内',
    'equipment.manage_refused': '您无权登记或修改该单位的设备',
    'equipment.changed_concurrently': '设备信息已被他人修改，请刷新后重试',
  },
  fieldProblems: {
    other_unit: '须为该单位的设备',
  },
  fields: {
    officerName: '安全专员姓名',
    officerPhone: '安全专员电话',
    trainedOn: '培训日期',
    retrofitState: '除尘系统改造状态',
    retrofitDate: '改造完成日期',
    retrofitPhotoId: '改造佐证照片',
    coDepartments: '协同部门',
    registrationCode: '使用登记证编号',
    equipmentType: '设备类型',
    equipmentLocation: '安装位置',
    maintenanceCompany: '维保单位',
    lastInspectionDate: '上次定期检验日期',
    nextInspectionDate: '下次定期检验日期',
    commissionedOn: '投入使用日期',
    equipmentId: '设备',
  },
} as const;
