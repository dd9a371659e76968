/** 账号管理、修改密码相关的中文消息（议题 16；ADR 0088），合并进 ZH_CN。 */
export const ACCOUNTS_ZH_CN = {
  errors: {
    'user.manage_refused': '只有区安委办可以管理账号；镇（街道）只能管理本镇的网格员和企业账号',
    'user.cannot_deactivate_self': '不能停用自己的账号',
    'auth.api_key_scope': '该接口密钥只能只读拉取区域、单位、隐患和统计数据',
    'api_key.too_many_requests': '该接口密钥本分钟的请求次数已用完，请 {retryAfterSeconds} 秒后再试',
    'auth.password_change_required': '管理员已重置您的密码，请先修改密码',
  },
  fieldProblems: {
    password_too_short: '至少 {limit} 位',
    password_classes: '须包含大写字母、小写字母、数字、符号中的至少 {limit} 类',
    password_contains_username: '不能包含用户名',
    password_wrong: '不正确',
    password_unchanged: '不能与当前密码相同',
    role_not_allowed: '镇（街道）只能创建网格员或企业账号',
  },
  fields: {
    currentPassword: '当前密码',
    newPassword: '新密码',
    department: '所属部门',
  },
} as const;
