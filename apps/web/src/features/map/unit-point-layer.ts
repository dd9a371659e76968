import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { LngLat } from '../../shared/geo/coordinate-systems';
import type { BaseMap } from './base-map';
import { addSummary, clusterShares, ringBackground, summaryOf, type ClusterShare, type ClusterSummary } from './cluster-shares';

export type { ClusterShare } from './cluster-shares';

/** A unit on the map: its colour and how urgent it is (clusters show the share of each colour). */
export interface UnitPoint {
  readonly id: string;
  readonly location: LngLat;
  readonly color: string;
  /** Higher is more urgent (red 4 … blue 1, ungraded 0); at most MAX_RANK. */
  readonly rank: number;
  readonly label: string;
  /** The name of the point's colour class (红色, 未评级 …), used to describe a cluster's mix. */
  readonly classLabel?: string;
  /** The colour that reads on `color` (dark on yellow); white when absent. */
  readonly textColor?: string;
}


interface PointProperties {
  readonly id: string;
  readonly color: string;
  readonly textColor: string;
  readonly label: string;
  readonly rank: number;
}


/**
 * Units as clusters that split as the map zooms in. A cluster is a ring showing the share of each
 * colour, most urgent first (四色图, issue 16: painting a cluster in its worst unit's colour turned the
 * whole district red when 5 % of units were red), so a red unit is never hidden and never overstated.
 * A unit opens on click or Enter. Draws on an empty background too (tiles "none").
 */
export function attachUnitPointLayer(base: BaseMap, points: readonly UnitPoint[], options: {
  readonly clusterLabel: (count: number, shares: readonly ClusterShare[]) => string;
  readonly onOpen: (id: string) => void;
}): () => void {
  const { map } = base;
  const index = indexOf(base, points);
  const layer = L.layerGroup().addTo(map);

  const render = () => {
    layer.clearLayers();
    const bounds = map.getBounds();
    const zoom = Math.round(map.getZoom());
    map.getContainer().dataset.zoom = String(zoom);
    for (const feature of index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom)) {
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      const properties = feature.properties as Partial<ClusterProperties> & Partial<PointProperties> & Partial<ClusterSummary>;
      if (properties.cluster) {
        const count = properties.point_count ?? 0;
        const size = count < 10 ? 28 : count < 100 ? 34 : count < 1000 ? 42 : 50;
        const shares = clusterShares(properties);
        const label = options.clusterLabel(count, shares);
        const mix = shares.map((share) => `${share.rank}:${share.count}`).join(',');
        const marker = L.marker([lat, lng], {
          title: label,
          alt: label,
          icon: L.divIcon({ className: '', iconSize: [size, size], html: `<div class="hazard-cluster unit-cluster" data-mix="${mix}" style="width:${size}px;height:${size}px;background:${ringBackground(shares)}"><span class="unit-cluster-count">${count}</span></div>` }),
        });
        const clusterId = properties.cluster_id ?? 0;
        marker.on('click', () => map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(clusterId), 18)));
        layer.addLayer(marker);
      } else if (properties.id) {
        const id = properties.id;
        const marker = L.marker([lat, lng], {
          title: properties.label,
          alt: properties.label,
          icon: L.divIcon({ className: '', iconSize: [16, 16], html: `<div class="hazard-point unit-point" data-unit="${id}" style="background:${properties.color ?? '#8c8c8c'}"></div>` }),
        });
        marker.on('click', () => options.onOpen(id));
        layer.addLayer(marker);
      }
    }
  };
  map.on('moveend', render);
  render();
  return () => {
    if (base.isDisposed()) return;
    map.off('moveend', render);
    layer.remove();
  };
}

// A cluster counts its units per rank (cluster-shares.ts).
function indexOf(base: BaseMap, points: readonly UnitPoint[]): Supercluster<PointProperties & { classLabel: string }, ClusterSummary> {
  const index = new Supercluster<PointProperties & { classLabel: string }, ClusterSummary>({
    radius: 56,
    maxZoom: 17,
    map: summaryOf,
    reduce: addSummary,
  });
  index.load(points.map((point) => {
    const [lat, lng] = base.toLatLng(point.location);
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id: point.id, color: point.color, textColor: point.textColor ?? '#ffffff', label: point.label, rank: point.rank, classLabel: point.classLabel ?? '' } };
  }));
  return index;
}
