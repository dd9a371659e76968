import type { HazardPoint } from '@safegrid/contracts';
import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { BaseMap } from './base-map';

export interface ClusterStyle {
  readonly cluster: string;
  readonly overdue: string;
  readonly major: string;
  readonly open: string;
}

interface PointProperties {
  readonly id: string;
  readonly color: string;
  readonly label: string;
}

/**
 * Open hazards as clusters that split as the map zooms in; a single hazard opens on click (or
 * Enter: the markers are focusable).
 */
export function attachClusterLayer(base: BaseMap, points: readonly HazardPoint[], options: {
  readonly style: ClusterStyle;
  readonly labelOf: (point: HazardPoint) => string;
  readonly clusterLabel: (count: number) => string;
  readonly onOpen: (id: string) => void;
}): () => void {
  const { map } = base;
  const { style } = options;
  const index = new Supercluster<PointProperties>({ radius: 56, maxZoom: 17 });
  index.load(points.map((point) => {
    const [lat, lng] = base.toLatLng(point);
    const color = point.isOverdue ? style.overdue : point.level === 'major' ? style.major : style.open;
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id: point.id, color, label: options.labelOf(point) } };
  }));
  const layer = L.layerGroup().addTo(map);

  const render = () => {
    layer.clearLayers();
    const bounds = map.getBounds();
    const zoom = Math.round(map.getZoom());
    // Tells tests (and anyone inspecting the page) which zoom the clusters were drawn for.
    map.getContainer().dataset.zoom = String(zoom);
    for (const feature of index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom)) {
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      const properties = feature.properties as Partial<ClusterProperties> & Partial<PointProperties>;
      if (properties.cluster) {
        const count = properties.point_count ?? 0;
        const size = count < 10 ? 28 : count < 100 ? 34 : count < 1000 ? 42 : 50;
        const marker = L.marker([lat, lng], {
          title: options.clusterLabel(count),
          alt: options.clusterLabel(count),
          icon: L.divIcon({ className: '', iconSize: [size, size], html: `<div class="hazard-cluster" style="width:${size}px;height:${size}px;background:${style.cluster}">${count}</div>` }),
        });
        const clusterId = properties.cluster_id ?? 0;
        marker.on('click', () => map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(clusterId), 18)));
        layer.addLayer(marker);
      } else if (properties.id) {
        const id = properties.id;
        const marker = L.marker([lat, lng], {
          title: properties.label,
          alt: properties.label,
          icon: L.divIcon({ className: '', iconSize: [16, 16], html: `<div class="hazard-point" style="background:${properties.color ?? style.open}"></div>` }),
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
