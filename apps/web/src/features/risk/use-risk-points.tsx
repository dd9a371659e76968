import { useMemo } from 'react';
import { useT } from '../../shared/i18n/i18n';
import { RiskLegend } from './components/risk-legend';
import { riskLabelOf } from './risk-labels';
import type { TownShading } from '../map/town-layer';
import { RISK_COLOURS } from './risk-colours';
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

/**
 * Towns on the 四色图 shaded by their share of 重大 and 较大 risk units (issue 16: towns by their
 * risk mix), each labelled with its count of every colour.
 */
export function useRiskTownShading(enabled: boolean): TownShading | undefined {
  const t = useT();
  const overview = useRiskOverview();
  return useMemo(() => {
    if (!enabled || !overview.data) return undefined;
    const byTown = new Map(overview.data.byTown.map((row) => [row.townCode, row]));
    return {
      color: RISK_COLOURS.red.fill,
      shareOf: (townCode) => {
        const row = byTown.get(townCode);
        const total = row ? row.red + row.orange + row.yellow + row.blue + row.ungraded : 0;
        return row && total > 0 ? (row.red + row.orange) / total : 0;
      },
      lines: (townCode) => {
        const row = byTown.get(townCode);
        return row ? [t('risk.townMix', { red: row.red, orange: row.orange, yellow: row.yellow, blue: row.blue })] : [];
      },
    };
  }, [enabled, overview.data, t]);
}
