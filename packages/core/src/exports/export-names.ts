import type { CoreDeps } from '../deps.js';

/** Region and user names of a district, read once per export (a district has hundreds of each). */
export async function districtNames(deps: CoreDeps, districtCode: string) {
  const [regions, users] = await Promise.all([deps.regions.regionNames(districtCode), deps.users.listByDistrict(districtCode)]);
  const userNames = new Map(users.map((user) => [user.id, user.displayName]));
  return {
    region: (code: string | null): string | null => (code ? regions.get(code) ?? code : null),
    user: (id: string | null): string | null => (id ? userNames.get(id) ?? null : null),
  };
}
