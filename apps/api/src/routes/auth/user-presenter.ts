import { actorPermissions, type Actor, type User } from '@safegrid/core';
import type { UserResponse } from '@safegrid/contracts';

export function presentUser(user: User | Actor): UserResponse {
  const id = 'userId' in user ? user.userId : user.id;
  return {
    id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    districtCode: user.districtCode,
    scope: {
      regionCode: user.scope.regionCode,
      gridIds: [...user.scope.gridIds],
      sectors: [...user.scope.sectors],
      unitId: user.scope.unitId,
      department: user.scope.department ?? null,
    },
    ...('followedSectors' in user && user.followedSectors ? { followedSectors: [...user.followedSectors] } : {}),
    permissions: actorPermissions(user),
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    ...('mustEnrolTwoFactor' in user && user.mustEnrolTwoFactor ? { mustEnrolTwoFactor: true } : {}),
  };
}
