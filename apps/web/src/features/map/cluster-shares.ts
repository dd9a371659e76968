/** Clusters of units show the share of each colour (四色图); pure helpers, no Leaflet. */

export const MAX_RANK = 4;

/** One colour's share of a cluster, most urgent first. */
export interface ClusterShare {
  readonly rank: number;
  readonly color: string;
  readonly label: string;
  readonly count: number;
}

/** Per rank (index 0 … MAX_RANK): how many units, and the colour and name of that rank. */
export interface ClusterSummary {
  counts: number[];
  colors: string[];
  labels: string[];
}

/** The shares of a cluster's colours, most urgent first; empty ranks left out. */
export function clusterShares(summary: Partial<ClusterSummary>): ClusterShare[] {
  const { counts = [], colors = [], labels = [] } = summary;
  const shares: ClusterShare[] = [];
  for (let rank = MAX_RANK; rank >= 0; rank -= 1) {
    const count = counts[rank] ?? 0;
    if (count > 0) shares.push({ rank, count, color: colors[rank] ?? '#8c8c8c', label: labels[rank] ?? '' });
  }
  return shares;
}

/** A conic gradient with one arc per share, starting at twelve o'clock with the most urgent. */
export function ringBackground(shares: readonly ClusterShare[]): string {
  const total = shares.reduce((sum, share) => sum + share.count, 0);
  if (total === 0) return '#8c8c8c';
  let start = 0;
  const arcs = shares.map((share) => {
    const end = start + (share.count / total) * 360;
    const arc = `${share.color} ${start.toFixed(2)}deg ${end.toFixed(2)}deg`;
    start = end;
    return arc;
  });
  return `conic-gradient(${arcs.join(', ')})`;
}

/** The summary of a single point, which clusters add up. */
export function summaryOf(point: { readonly rank: number; readonly color: string; readonly classLabel: string }): ClusterSummary {
  const rank = Math.min(MAX_RANK, Math.max(0, Math.round(point.rank)));
  const counts = Array.from({ length: MAX_RANK + 1 }, (_, index) => (index === rank ? 1 : 0));
  const colors = Array.from({ length: MAX_RANK + 1 }, (_, index) => (index === rank ? point.color : ''));
  const labels = Array.from({ length: MAX_RANK + 1 }, (_, index) => (index === rank ? point.classLabel : ''));
  return { counts, colors, labels };
}

/**
 * Adds `next` into `accumulated` (Supercluster's reduce). Supercluster copies properties shallowly,
 * so the arrays are replaced, never changed in place: a leaf's own arrays would change with them.
 */
export function addSummary(accumulated: ClusterSummary, next: ClusterSummary): void {
  accumulated.counts = accumulated.counts.map((count, rank) => count + (next.counts[rank] ?? 0));
  accumulated.colors = accumulated.colors.map((color, rank) => color || (next.colors[rank] ?? ''));
  accumulated.labels = accumulated.labels.map((label, rank) => label || (next.labels[rank] ?? ''));
}
