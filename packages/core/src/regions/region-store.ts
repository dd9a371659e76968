import type { Grid, Region } from './region.js';

export interface RegionStore {
  listRegions(districtCode: string): Promise<Region[]>;
  findRegion(code: string): Promise<Region | undefined>;
  listGrids(districtCode: string, regionCode?: string): Promise<Grid[]>;
  findGrid(id: string): Promise<Grid | undefined>;
  /** Every district that has regions; the grid locator indexes them all. */
  listDistrictCodes(): Promise<string[]>;
}
