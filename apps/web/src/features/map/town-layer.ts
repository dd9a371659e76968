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
 * Town labels get a pane of their own above the markers (600) and below hover tooltips (650), so
 * a cluster drawn at a town's centre never covers its name and overdue count (issue 16).
 */
export const TOWN_LABEL_PANE = 'townLabels';
const TOWN_LABEL_Z_INDEX = '640';

function townLabelPane(map: L.Map): string {
  if (!map.getPane(TOWN_LABEL_PANE)) map.createPane(TOWN_LABEL_PANE).style.zIndex = TOWN_LABEL_Z_INDEX;
  return TOWN_LABEL_PANE;
}

/** Shading by something other than open hazards (the 四色图 shades towns by their risk mix). */
export interface TownShading {
  readonly color: string;
  /** 0 … 1 for each town; the largest share gets the darkest fill. */
  readonly shareOf: (townCode: string) => number;
  /** Extra lines under the town's name. */
  readonly lines: (townCode: string) => readonly string[];
}

/**
 * Town boundaries shaded by their open hazards (darker = more), outlined in the overdue colour
 * where hazards are past their deadline; each names itself and tells its counts on hover.
 */
export function drawTowns(base: BaseMap, towns: readonly RegionResponse[], counts: readonly TownCounts[], style: TownLayerStyle, text: {
  readonly tooltip: (town: RegionResponse, counts: TownCounts | undefined) => string;
  /** Lines of the town's label on the map: its name, and what needs attention. */
  readonly label: (town: RegionResponse, counts: TownCounts | undefined) => readonly string[];
}, shading?: TownShading): L.FeatureGroup {
  const group = L.featureGroup();
  const byCode = new Map(counts.map((row) => [row.townCode, row]));
  const maxOpen = Math.max(1, ...counts.map((row) => row.open));
  const maxOverdue = Math.max(1, ...counts.map((row) => row.overdue));
  const maxShade = Math.max(Number.EPSILON, ...towns.map((town) => shading?.shareOf(town.code) ?? 0));
  const pane = townLabelPane(base.map);
  for (const town of towns) {
    if (!town.boundary) continue;
    const row = byCode.get(town.code);
    const share = shading ? shading.shareOf(town.code) / maxShade : row ? row.open / maxOpen : 0;
    const overdue = row?.overdue ?? 0;
    // The more overdue hazards, the heavier the red outline; none, a thin neutral one.
    const polygon = L.polygon(base.toRings(town.boundary.coordinates), {
      color: overdue > 0 ? style.overdueOutline : style.outline,
      weight: overdue > 0 ? 1 + 3 * (overdue / maxOverdue) : 1,
      fillColor: shading?.color ?? style.fill,
      fillOpacity: 0.08 + 0.6 * share,
    });
    polygon.bindTooltip(text.tooltip(town, row), { sticky: true });
    group.addLayer(polygon);
    if (town.center) {
      // On top, it takes the pointer too: a click on the name zooms to the town (a cluster it
      // covers is still reachable by zooming in).
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'town-label', interactive: true, pane })
        .setLatLng(base.toLatLng(town.center))
        .setContent(labelElement([...text.label(town, row), ...(shading?.lines(town.code) ?? [])], town.code));
      label.on('click', () => base.map.fitBounds(polygon.getBounds(), { padding: [12, 12] }));
      group.addLayer(label);
    }
  }
  return group;
}

/** Text nodes, never HTML: names come from data. */
function labelElement(lines: readonly string[], townCode: string): HTMLElement {
  const element = document.createElement('div');
  element.dataset.town = townCode;
  lines.forEach((line, index) => {
    const part = document.createElement(index === 0 ? 'div' : 'small');
    part.textContent = line;
    element.append(part);
  });
  return element;
}
