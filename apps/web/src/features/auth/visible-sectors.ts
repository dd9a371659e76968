import { SECTORS, type UserResponse } from '@safegrid/contracts';

/**
 * The sectors a user may filter by: a department sees only the sectors of its scope (三管三必须),
 * everyone else all of them. The server scopes every list anyway; this keeps the choices honest.
 */
export function visibleSectors(user: Pick<UserResponse, 'scope'>): readonly (typeof SECTORS)[number][] {
  const own = user.scope.sectors;
  return own.length > 0 ? SECTORS.filter((sector) => own.includes(sector)) : SECTORS;
}
