import { Type, type Static } from 'typebox';
import { ROLES, SECTORS } from '@safegrid/core';
import { DateTime, Nullable, StringEnum } from './shared.js';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const UserResponse = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(ROLES),
  districtCode: Type.String(),
  scope: Type.Object({
    regionCode: Type.String(),
    gridIds: Type.Array(Type.String()),
    sectors: Type.Array(StringEnum(SECTORS)),
    unitId: Nullable(Type.String()),
  }),
  permissions: Type.Array(Type.String()),
});
export type UserResponse = Static<typeof UserResponse>;

export const LoginResponse = Type.Object({ token: Type.String(), expiresAt: DateTime, user: UserResponse });
export type LoginResponse = Static<typeof LoginResponse>;

/** Who is signed in on this browser, or null: lets a web app start without provoking a 401. */
export const SessionResponse = Type.Object({ user: Nullable(UserResponse) });
export type SessionResponse = Static<typeof SessionResponse>;

/** An account locked after repeated wrong passwords, as the district office sees it (ADR 0059). */
export const LockedAccountResponse = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(ROLES),
  regionCode: Type.String(),
  lockedUntil: DateTime,
});
export type LockedAccountResponse = Static<typeof LockedAccountResponse>;

export const LockedAccountListResponse = Type.Object({ items: Type.Array(LockedAccountResponse) });
export type LockedAccountListResponse = Static<typeof LockedAccountListResponse>;
