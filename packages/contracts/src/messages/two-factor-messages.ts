/** 两步验证（TOTP）的提示（议题 16；ADR 0093），合并进 ZH_CN / EN。 */
export const TWO_FACTOR_MESSAGES_ZH = {
  errors: {
    'auth.second_factor_invalid': '验证码不正确或已使用过，请输入验证器当前显示的 6 位数字，或一个未用过的恢复码',
    'auth.second_factor_expired': '验证已超时，请重新输入用户名和密码登录',
    'auth.two_factor_enrolment_required': '本区要求区安委办账号开启两步验证，请先开启',
    'two_factor.already_enabled': '两步验证已开启；如需更换手机，请先关闭再重新开启',
    'two_factor.no_pending_enrolment': '请先点击“开启两步验证”获取新的密钥',
    'two_factor.not_enabled': '两步验证未开启',
    'two_factor.manage_refused': '只有区安委办可以重置他人的两步验证或设置两步验证要求',
    'two_factor.secret_unreadable': '服务器无法用当前密钥读取该账号的两步验证密钥（SAFEGRID_SECRET_KEY 或密钥文件可能已更换），请联系系统管理员恢复原密钥，或由区安委办重置该账号的两步验证',
    'secrets.unreadable': '以下账号的两步验证密钥无法用当前密钥打开，密钥未更换、数据未改动：{accounts}（可加 --skip-unreadable 跳过这些账号）',
    'secrets.changed_during_rotation': '更换密钥期间有两步验证密钥被修改，未做任何改动：请先停止所有服务进程，再重新更换密钥',
  },
  fieldProblems: {
    totp_code_wrong: '验证码不正确，请输入验证器当前显示的 6 位数字',
  },
  fields: {
    challenge: '登录验证',
  },
} as const;

export const TWO_FACTOR_MESSAGES_EN = {
  errors: {
    'auth.second_factor_invalid': 'The code is wrong or was used already: enter the 6 digits your authenticator shows now, or an unused recovery code',
    'auth.second_factor_expired': 'The verification timed out: log in again with your username and password',
    'auth.two_factor_enrolment_required': 'Your district requires two-step verification for district-office accounts: turn it on first',
    'two_factor.already_enabled': 'Two-step verification is already on; to move it to a new phone, turn it off and on again',
    'two_factor.no_pending_enrolment': 'Start with “Turn on two-step verification” to get a new key',
    'two_factor.not_enabled': 'Two-step verification is not on',
    'two_factor.manage_refused': 'Only the district office resets another account’s two-step verification or sets the requirement',
    'two_factor.secret_unreadable': 'The server cannot read this account’s two-step verification key with its current key (SAFEGRID_SECRET_KEY or the key file may have changed): ask the administrator to restore the original key, or the district office to reset this account’s two-step verification',
    'secrets.unreadable': 'The two-step verification secrets of these accounts cannot be opened with the current key; the key was not changed and nothing was written: {accounts} (give --skip-unreadable to leave them as they are)',
    'secrets.changed_during_rotation': 'A two-step verification secret changed while the key was being rotated and nothing was written: stop every server process and rotate again',
  },
  fieldProblems: {
    totp_code_wrong: 'is not right: enter the 6 digits your authenticator shows now',
  },
  fields: {
    challenge: 'Log-in verification',
  },
} as const;
