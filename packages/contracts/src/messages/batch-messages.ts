/** 批量操作的提示（ADR 0092），合并进 ZH_CN / EN。每一项的原因沿用单项操作的错误文案。 */
export const BATCH_MESSAGES_ZH = {
  errors: {
    'batch.refused': '批量操作未执行：下列选中项不能办理，所有选中项均未改动',
  },
  fields: {
    reviewIds: '承租审查',
  },
} as const;

export const BATCH_MESSAGES_EN = {
  errors: {
    'batch.refused': 'Nothing was done: the items below cannot be processed, so none of the selection was changed',
  },
  fields: {
    reviewIds: 'Tenant reviews',
  },
} as const;
