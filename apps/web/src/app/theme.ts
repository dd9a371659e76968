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
    // Secondary text (descriptions, hints, timestamps, table sorters) at 4.5:1 or more on white and on
    // the grey page background (WCAG 1.4.3); Ant Design's default (45 % black) gives only 3.4:1.
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.58)',
    // Placeholders name what a field wants (请选择…): readable too, 4.5:1 on white.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Status colours as text (Typography type="success" / "warning" / "danger", tags' text): darker
    // shades of the same hues, 4.5:1 or more on white; fills and icons keep the brighter ones.
    colorSuccessText: '#237a34',
    colorWarningText: '#ad5f00',
    colorErrorText: '#c0272f',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerHeight: 56, headerPadding: '0 16px' },
    // An unchecked switch's track (and the white 不强制 on it) at 4.5:1; the default grey gives 1.8:1.
    Switch: { colorTextQuaternary: 'rgba(0, 0, 0, 0.55)', colorTextTertiary: 'rgba(0, 0, 0, 0.65)' },
  },
};

/** Colours of map and chart series that have no Ant Design token of their own. */
export const SERIES = {
  found: '#1d5fd1',
  closed: '#2f9e44',
  overdue: '#d9363e',
  open: '#e8890c',
  /** The open colour as large text (a KPI's number) on white: 3:1 or more (WCAG 1.4.3). */
  openText: '#b86a00',
  major: '#9c36b5',
  rate: '#0c8599',
  townOutline: '#3b5b92',
  gridOutline: '#7a8ca8',
  unit: '#1d5fd1',
} as const;
