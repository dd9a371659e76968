import { RISK_LEVELS } from '@safegrid/contracts';
import { useT } from '../../../shared/i18n/i18n';
import { RISK_COLOURS, UNGRADED_COLOUR } from '../risk-colours';
import { riskLabelOf } from '../risk-labels';

/** The 四色图 key: the four colours, then units not graded yet. */
export function RiskLegend({ counts }: { readonly counts?: Readonly<Record<string, number>> }) {
  const t = useT();
  const count = (key: string) => (counts && counts[key] !== undefined ? ` ${counts[key]}` : '');
  return (
    <div className="map-legend" data-testid="risk-legend">
      {RISK_LEVELS.map((level) => (
        <span key={level}><span className="map-legend-swatch" style={{ background: RISK_COLOURS[level].fill }} />{riskLabelOf(t, 'riskLevelLong', level)}{count(level)}</span>
      ))}
      <span><span className="map-legend-swatch" style={{ background: UNGRADED_COLOUR.fill }} />{t('risk.ungraded')}{count('ungraded')}</span>
    </div>
  );
}
