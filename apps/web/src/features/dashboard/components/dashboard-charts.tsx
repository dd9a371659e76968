// The dashboard's charts in one module, loaded after the numbers: ECharts is the largest library
// of the app and no other page needs it.
export { SectorChart } from './sector-chart';
export { TownChart } from './town-chart';
export { TrendChart } from './trend-chart';
