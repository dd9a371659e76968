// The dashboard's heavy parts as separate chunks, requested as soon as the route is entered so
// they download while the numbers are being counted (not after).
export const loadCharts = () => import('./components/dashboard-charts');
export const loadDistrictMap = () => import('../map/district-map');

export function preloadDashboardCode(): void {
  void loadCharts();
  void loadDistrictMap();
}
