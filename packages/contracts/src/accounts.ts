import { Type, type Static } from 'typebox';
import { ACCOUNT_PAGE_SIZES, ACCOUNT_SORTS, DEPARTMENTS, ROLES, SECTORS, USER_STATUSES } from '@safegrid/core';
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
    /** Department accounts: 所属部门 (ADR 0100); null for other roles. */
    department: Type.Optional(Nullable(StringEnum(DEPARTMENTS))),
  }),
  /** Department accounts: the sectors they co-follow under the district's 三管三必须 table, beyond their own (ADRs 0096, 0100). */
  followedSectors: Type.Optional(Type.Array(StringEnum(SECTORS))),
  permissions: Type.Array(Type.String()),
  /** After an administrator's reset: every other request is refused until the password is changed. */
  mustChangePassword: Type.Optional(Type.Boolean()),
  /** The district requires a second factor of this account and it has none: every other request is refused until it enrols (ADR 0093). */
  mustEnrolTwoFactor: Type.Optional(Type.Boolean()),
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

// ---- Account administration (issue 16, ADR 0088) ----

/** An account as its administrator sees it: no password, whether a change is pending, who changed it. */
export const AccountResponse = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(ROLES),
  scope: Type.Object({
    regionCode: Type.String(),
    gridIds: Type.Array(Type.String()),
    sectors: Type.Array(StringEnum(SECTORS)),
    unitId: Nullable(Type.String()),
    /** Department accounts: 所属部门 (ADR 0100); null for other roles. */
    department: Nullable(StringEnum(DEPARTMENTS)),
  }),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  status: StringEnum(USER_STATUSES),
  mustChangePassword: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
  /** In the account list: whether the account logs in with a second factor (TOTP, ADR 0093). */
  twoFactorEnabled: Type.Optional(Type.Boolean()),
});
export type AccountResponse = Static<typeof AccountResponse>;

export const AccountListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 64 })),
    role: Type.Optional(StringEnum(ROLES)),
    status: Type.Optional(StringEnum(USER_STATUSES)),
    sort: Type.Optional(StringEnum(ACCOUNT_SORTS, {
      description: 'Order: username_asc (default) or username_desc; name_asc/name_desc (display name by pinyin); role_asc/role_desc; status_asc/status_desc; created_desc/created_asc',
    })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: ACCOUNT_PAGE_SIZES.max, default: ACCOUNT_PAGE_SIZES.default })),
  },
  { additionalProperties: false },
);
export type AccountListQuery = Static<typeof AccountListQuery>;

export const AccountListResponse = Type.Object({
  items: Type.Array(AccountResponse),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type AccountListResponse = Static<typeof AccountListResponse>;

const accountScopeFields = {
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$' })),
  gridIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50 })),
  sectors: Type.Optional(Type.Array(StringEnum(SECTORS), { maxItems: SECTORS.length })),
  /** Department accounts: 所属部门, required for the role (ADR 0100); may have no sectors of its own. */
  department: Type.Optional(Nullable(StringEnum(DEPARTMENTS))),
  unitId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
};

export const CreateAccountBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    displayName: Type.String({ minLength: 1, maxLength: 40 }),
    role: StringEnum(ROLES),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    email: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    ...accountScopeFields,
  },
  { additionalProperties: false },
);
export type CreateAccountBody = Static<typeof CreateAccountBody>;

export const UpdateAccountBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    role: Type.Optional(StringEnum(ROLES)),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    ...accountScopeFields,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAccountBody = Static<typeof UpdateAccountBody>;

/** The answer to creating an account or resetting its password: the one-time password, this once. */
export const AccountWithPasswordResponse = Type.Object({ account: AccountResponse, oneTimePassword: Type.String() });
export type AccountWithPasswordResponse = Static<typeof AccountWithPasswordResponse>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
    newPassword: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** For the web's account forms: the statuses and the password rules (issue 16). */
export { PASSWORD_RULES, USER_STATUSES as ACCOUNT_STATUSES } from '@safegrid/core';

/** For the web's API key form: what a key may do (ADR 0089). */
export { API_KEY_SCOPES } from '@safegrid/core';
export type { ApiKeyScope } from '@safegrid/core';
