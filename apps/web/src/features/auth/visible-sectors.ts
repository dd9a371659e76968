import { SECTORS, type UserResponse } from '@safegrid/contracts';

/**
 * The sectors a user may filter by: a department sees the sectors of its scope and those its
 * department co-follows under the district's 三管三必须 table (a 公安 account may have only the
 * latter, ADR 0100); everyone else all of them. The server scopes every list anyway; this keeps the
 * choices honest.
 */
export function visibleSectors(user: Pick<UserResponse, 'role' | 'scope' | 'followedSectors'>): readonly (typeof SECTORS)[number][] {
  if (user.role !== 'department') return SECTORS;
  const seen = new Set([...user.scope.sectors, ...(user.followedSectors ?? [])]);
  return SECTORS.filter((sector) => seen.has(sector));
}
