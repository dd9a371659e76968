// Messages of public reporting (issue 12, ADR 0074), spread into the zh-CN and en catalogues.

export const PUBLIC_REPORT_MESSAGES_ZH = {
  errors: {
    'public_report.too_many_by_address': '该网络提交举报过于频繁，请 {retryAfterSeconds} 秒后再试；紧急情况请拨打 119',
    'public_report.too_many_by_phone': '该手机号今日举报次数已达上限，请明天再试；紧急情况请拨打 119',
    'public_report.automated': '提交内容像是由程序自动填写，请刷新页面后重新填写',
    'public_report.code_not_found': '查询码不存在，请核对后重新输入',
    'public_report.follow_not_found': '要关注的举报已办结或不存在，请直接提交新的举报',
    'public_report.district_unknown': '本系统服务多个区，请指明所在区',
    'public_report.district_not_found': '该区不存在',
    'api_key.manage_refused': '只有区安委办可以签发和撤销开放接口密钥',
    'api_key.not_found': '该密钥不存在',
    'open311.range_too_long': 'start_date 与 end_date 相隔不能超过 90 天',
  },
  fieldProblems: {
    mobile_format: '请填写 11 位手机号码',
    not_mergeable: '不能合并到已不予受理的隐患',
  },
  fields: {
    reporterName: '姓名',
    reporterPhone: '手机号码',
    photos: '照片',
    followHazardId: '关注的举报',
    districtCode: '所在区',
    requestsPerHour: '每小时请求上限',
  },
} as const;

export const PUBLIC_REPORT_MESSAGES_EN = {
  errors: {
    'public_report.too_many_by_address': 'Too many reports from this network; try again in {retryAfterSeconds} seconds. In an emergency call 119',
    'public_report.too_many_by_phone': 'This mobile number has made the most reports allowed today; try again tomorrow. In an emergency call 119',
    'public_report.automated': 'The form looks filled in by a program; reload the page and fill it in again',
    'public_report.code_not_found': 'No report has this tracking code; check it and try again',
    'public_report.follow_not_found': 'The report to follow is closed or gone; send a new report instead',
    'public_report.district_unknown': 'This service covers several districts; name the district',
    'public_report.district_not_found': 'No such district',
    'api_key.manage_refused': 'Only the district office issues and revokes API keys',
    'api_key.not_found': 'No such API key',
    'open311.range_too_long': 'start_date and end_date may be at most 90 days apart',
  },
  fieldProblems: {
    mobile_format: 'enter an 11-digit mobile number',
    not_mergeable: 'cannot merge into a dismissed hazard',
  },
  fields: {
    reporterName: 'name',
    reporterPhone: 'mobile number',
    photos: 'photos',
    followHazardId: 'report to follow',
    districtCode: 'district',
    requestsPerHour: 'requests per hour',
  },
} as const;
