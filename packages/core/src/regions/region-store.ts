import type { Grid, Region } from './region.js';

export interface RegionStore {
  listRegions(districtCode: string): Promise<Region[]>;
  /** Code → name of every region of the district, without boundaries (labels for counts). */
  regionNames(districtCode: string): Promise<ReadonlyMap<string, string>>;
  findRegion(code: string): Promise<Region | undefined>;
  listGrids(districtCode: string, regionCode?: string): Promise<Grid[]>;
  findGrid(id: string): Promise<Grid | undefined>;
  /** Every district that has regions; the grid locator indexes them all. */
  listDistrictCodes(): Promise<string[]>;
  /** Inserts a grid, or replaces the one with its id (name, place, boundary): the GeoJSON import (ADR 0084). */
  saveGrid(grid: Grid): Promise<void>;
}
