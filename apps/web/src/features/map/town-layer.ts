import type { OverviewResponse, RegionResponse } from '@safegrid/contracts';
import L from 'leaflet';
import type { BaseMap } from './base-map';

export interface TownLayerStyle {
  readonly fill: string;
  readonly outline: string;
  readonly overdueOutline: string;
}

type TownCounts = OverviewResponse['byTown'][number];

/**
 * Town boundaries shaded by their open hazards (darker = more), outlined in the overdue colour
 * where hazards are past their deadline; each names itself and tells its counts on hover.
 */
export function drawTowns(base: BaseMap, towns: readonly RegionResponse[], counts: readonly TownCounts[], style: TownLayerStyle, tooltip: (town: RegionResponse, counts: TownCounts | undefined) => string): L.FeatureGroup {
  const group = L.featureGroup();
  const byCode = new Map(counts.map((row) => [row.townCode, row]));
  const maxOpen = Math.max(1, ...counts.map((row) => row.open));
  for (const town of towns) {
    if (!town.boundary) continue;
    const row = byCode.get(town.code);
    const share = row ? row.open / maxOpen : 0;
    const polygon = L.polygon(base.toRings(town.boundary.coordinates), {
      color: row && row.overdue > 0 ? style.overdueOutline : style.outline,
      weight: row && row.overdue > 0 ? 2 : 1,
      fillColor: style.fill,
      fillOpacity: 0.08 + 0.6 * share,
    });
    polygon.bindTooltip(tooltip(town, row), { sticky: true });
    group.addLayer(polygon);
    if (town.center) {
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'town-label', interactive: false })
        .setLatLng(base.toLatLng(town.center))
        .setContent(town.name);
      group.addLayer(label);
    }
  }
  return group;
}
