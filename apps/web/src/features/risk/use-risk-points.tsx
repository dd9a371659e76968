import { useMemo } from 'react';
import { useT } from '../../shared/i18n/i18n';
import { RiskLegend } from './components/risk-legend';
import { riskLabelOf } from './risk-labels';
import { riskPointsOf } from './risk-points';
import { useRiskMap, useRiskOverview } from './use-risk';

/** The 四色图 as map points, fetched only while the layer is shown. */
export function useRiskPoints(enabled: boolean) {
  const t = useT();
  const map = useRiskMap(enabled);
  const points = useMemo(
    () => map.data && riskPointsOf(map.data, (level, overridden) => `${level ? riskLabelOf(t, 'riskLevelLong', level) : t('risk.ungraded')}${overridden ? ` · ${t('risk.overridden')}` : ''}`),
    [map.data, t],
  );
  return { points, error: map.error };
}

/** The legend under the 四色图 with the count of each colour. */
export function RiskMapLegend() {
  const overview = useRiskOverview();
  return <RiskLegend counts={overview.data?.byLevel} />;
}
