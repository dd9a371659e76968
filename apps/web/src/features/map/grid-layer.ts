import type { GridResponse, RegionResponse } from '@safegrid/contracts';
import L from 'leaflet';
import type { BaseMap } from './base-map';
import { gridParts, largestGridPart } from './grid-parts';

/** Grids appear from this zoom on; below it the district would be a web of 1,500 outlines. */
export const GRID_MIN_ZOOM = 13;

/**
 * Grid outlines of the towns in view, loaded town by town as the map moves (each once) and hidden
 * when zoomed out.
 */
export function attachGridLayer(base: BaseMap, towns: readonly RegionResponse[], loadGrids: (townCode: string) => Promise<GridResponse[]>, color: string): () => void {
  const { map } = base;
  const layer = L.layerGroup();
  const drawn = new Set<string>();
  const townBounds = towns
    .filter((town) => town.boundary)
    .map((town) => ({ code: town.code, bounds: L.latLngBounds(base.toRings(town.boundary?.coordinates ?? []).flat()) }));

  const refresh = () => {
    if (map.getZoom() < GRID_MIN_ZOOM) {
      layer.remove();
      return;
    }
    layer.addTo(map);
    const view = map.getBounds();
    for (const town of townBounds) {
      if (drawn.has(town.code) || !view.intersects(town.bounds)) continue;
      drawn.add(town.code);
      loadGrids(town.code).then(
        (grids) => {
          if (base.isDisposed()) return;
          for (const grid of grids) {
            // Every part of a MultiPolygon grid is outlined; the name sits on the largest part.
            L.polygon(gridParts(grid.boundary).map(base.toRings), { color, weight: 1, dashArray: '4 3', fill: false, interactive: false }).addTo(layer);
            L.tooltip({ permanent: true, direction: 'center', className: 'grid-label', interactive: false })
              .setLatLng(L.polygon(base.toRings(largestGridPart(grid.boundary))).getBounds().getCenter())
              .setContent(grid.name)
              .addTo(layer);
          }
        },
        () => drawn.delete(town.code),
      );
    }
  };
  map.on('moveend', refresh);
  refresh();
  return () => {
    if (base.isDisposed()) return;
    map.off('moveend', refresh);
    layer.remove();
  };
}
