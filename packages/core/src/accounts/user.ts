import type { Department, Sector } from '../units/unit-catalog.js';

/**
 * Roles of people (SPEC §2): 区安委办 (district), 行业部门 (department), 镇/街道 (town),
 * 网格员 (grid_worker), 企业安全专员 (enterprise).
 */
export const ROLES = ['district', 'department', 'town', 'grid_worker', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];

/** What part of the district a user may see. Every query is narrowed by it. */
export interface UserScope {
  /** Root of the region subtree: the district, a town or a village code. */
  readonly regionCode: string;
  /** Grid workers: the grids they patrol. Empty for other roles. */
  readonly gridIds: readonly string[];
  /** Department users: the sectors their department answers for. Empty for other roles. */
  readonly sectors: readonly Sector[];
  /**
   * Department users: the department (所属部门) they speak for, which decides the sectors they lead
   * or co-follow (ADR 0100). Absent or null for other roles.
   */
  readonly department?: Department | null;
  /** Enterprise users: their own unit. */
  readonly unitId: string | null;
}

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface User {
  readonly id: string;
  readonly districtCode: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: UserScope;
  readonly phone: string | null;
  /** Where notification mail reaches the person (issue 11); null when not given. */
  readonly email?: string | null;
  readonly status: UserStatus;
  /** Set by an administrator's password reset (issue 16): the user must choose a new one before anything else. */
  readonly mustChangePassword?: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A user together with their password hash; only authentication reads the hash. */
export interface UserCredentials {
  readonly user: User;
  readonly passwordHash: string;
}
