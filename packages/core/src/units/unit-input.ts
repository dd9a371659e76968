import type { Actor } from '../accounts/actor.js';
import type { GridLocators } from '../deps.js';
import type { GridLocator } from '../geo/grid-locator.js';
import { toWgs84, type CoordinateSystem } from '../geo/coordinate-systems.js';
import type { LngLat } from '../geo/geometry.js';
import type { FieldProblem } from '../shared/domain-error.js';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.js';
import type { Unit } from './unit.js';

export type LocationInput = LngLat & { readonly crs: CoordinateSystem };

/** Lengths and the phone pattern of a unit's text fields: the wire schema and the import check the same. */
export const UNIT_TEXT_LIMITS = { name: 100, address: 200, contactName: 50, contactRole: 50, phone: 20 } as const;
/** A mobile number (optionally +86) or a landline with area code. */
export const PHONE_PATTERN = '^(\\+?86)?1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$';

/** The normalised credit code, or a problem naming the field. Empty means "none". */
export function checkCreditCode(raw: string | null | undefined): { code: string | null; problem: FieldProblem | null } {
  if (raw === undefined || raw === null || raw.trim() === '') return { code: null, problem: null };
  const code = normalizeCreditCode(raw);
  const problem = creditCodeProblem(code);
  return { code, problem: problem ? { path: '/creditCode', code: `credit_code_${problem}` } : null };
}

/** Converts to WGS-84 and finds the grid; a point outside every grid of the district is refused. */
export async function placeLocation(
  gridLocators: GridLocators,
  actor: Actor,
  input: LocationInput,
): Promise<PlacedLocation> {
  return placeOnLocator(await gridLocators.forDistrict(actor.districtCode), input);
}

type PlacedLocation = { placement: Pick<Unit, 'location' | 'townCode' | 'villageCode' | 'gridId'> | null; problem: FieldProblem | null };

/** `placeLocation` with the district's locator already at hand (an import places thousands at once). */
export function placeOnLocator(locator: GridLocator, input: LocationInput): PlacedLocation {
  // Only the coordinates: a WGS-84 input comes back as is, and its `crs` must not reach the unit (nor its history).
  const { lng, lat } = toWgs84(input, input.crs);
  const location = { lng, lat };
  const grid = locator.locate(location);
  if (!grid) return { placement: null, problem: { path: '/location', code: 'outside_district' } };
  return { placement: { location, townCode: grid.townCode, villageCode: grid.villageCode, gridId: grid.id }, problem: null };
}
