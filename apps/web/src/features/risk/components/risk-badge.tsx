import type { RiskLevel } from '@safegrid/contracts';
import { Tag, Tooltip } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { riskColourOf } from '../risk-colours';
import { riskLabelOf } from '../risk-labels';

/** 红/橙/黄/蓝 in the standard colours; the long name (重大风险…) for screen readers and on hover. */
export function RiskBadge({ level, overridden = false }: { readonly level: RiskLevel | null | undefined; readonly overridden?: boolean }) {
  const t = useT();
  const colour = riskColourOf(level);
  const short = level ? riskLabelOf(t, 'riskLevel', level) : t('risk.ungraded');
  const long = level ? riskLabelOf(t, 'riskLevelLong', level) : t('risk.ungraded');
  const title = overridden ? `${long} · ${t('risk.overridden')}` : long;
  return (
    <Tooltip title={title}>
      <Tag
        className="risk-badge"
        data-risk={level ?? 'none'}
        aria-label={title}
        style={{ background: colour.fill, color: colour.text, borderColor: colour.fill, fontWeight: 600 }}
      >
        {short}{overridden ? ' *' : ''}
      </Tag>
    </Tooltip>
  );
}
