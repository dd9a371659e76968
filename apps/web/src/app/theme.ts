import type { ThemeConfig } from 'antd';

/**
 * The one place colours and sizes are chosen (Ant Design tokens). Components read them through
 * `theme.useToken()` or the CSS variables Ant Design derives from them (`var(--ant-…)`).
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fd1',
    colorInfo: '#1d5fd1',
    colorSuccess: '#2f9e44',
    colorWarning: '#e8890c',
    colorError: '#d9363e',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerHeight: 56, headerPadding: '0 16px' },
  },
};

/** Colours of map and chart series that have no Ant Design token of their own. */
export const SERIES = {
  found: '#1d5fd1',
  closed: '#2f9e44',
  overdue: '#d9363e',
  open: '#e8890c',
  major: '#9c36b5',
  rate: '#0c8599',
  townOutline: '#3b5b92',
  gridOutline: '#7a8ca8',
  unit: '#1d5fd1',
} as const;
