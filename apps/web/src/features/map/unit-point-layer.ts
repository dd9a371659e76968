import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { LngLat } from '../../shared/geo/coordinate-systems';
import type { BaseMap } from './base-map';

/** A unit on the map: its colour and how urgent it is (a cluster takes the colour of its most urgent unit). */
export interface UnitPoint {
  readonly id: string;
  readonly location: LngLat;
  readonly color: string;
  /** Higher is more urgent (red 4 … blue 1, ungraded 0). */
  readonly rank: number;
  readonly label: string;
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

interface ClusterSummary {
  rank: number;
  color: string;
  textColor: string;
}

/**
 * Units as clusters that split as the map zooms in, each cluster coloured like its most urgent
 * unit (四色图: a red unit is never hidden in a blue bubble); a unit opens on click or Enter.
 * Draws on an empty background too (tiles "none").
 */
export function attachUnitPointLayer(base: BaseMap, points: readonly UnitPoint[], options: {
  readonly clusterLabel: (count: number) => string;
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
        const marker = L.marker([lat, lng], {
          title: options.clusterLabel(count),
          alt: options.clusterLabel(count),
          icon: L.divIcon({ className: '', iconSize: [size, size], html: `<div class="hazard-cluster unit-cluster" style="width:${size}px;height:${size}px;background:${properties.color ?? '#8c8c8c'};color:${properties.textColor ?? '#ffffff'}">${count}</div>` }),
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

// A cluster keeps the colour of its most urgent unit.
function indexOf(base: BaseMap, points: readonly UnitPoint[]): Supercluster<PointProperties, ClusterSummary> {
  const index = new Supercluster<PointProperties, ClusterSummary>({
    radius: 56,
    maxZoom: 17,
    map: (properties) => ({ rank: properties.rank, color: properties.color, textColor: properties.textColor }),
    reduce: (accumulated, properties) => {
      if (properties.rank > accumulated.rank) {
        accumulated.rank = properties.rank;
        accumulated.color = properties.color;
        accumulated.textColor = properties.textColor;
      }
    },
  });
  index.load(points.map((point) => {
    const [lat, lng] = base.toLatLng(point.location);
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id: point.id, color: point.color, textColor: point.textColor ?? '#ffffff', label: point.label, rank: point.rank } };
  }));
  return index;
}
