/** 通报的中文消息（ADR 0083），并入 ZH_CN。 */
export const REPORTS_ZH_CN = {
  errors: {
    'report.not_found': '通报不存在或不在您的管辖范围内',
    'report.refused': '只有区应急管理局和镇（街道）可以生成和查看通报',
    'report.files_unavailable': '本服务器无法生成通报文件',
  },
  fieldProblems: {
    not_begun: '尚未开始',
  },
} as const;
