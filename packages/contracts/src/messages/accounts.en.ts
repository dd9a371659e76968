/** Messages of account administration and password changes (issue 16; ADR 0088), merged into EN. */
export const ACCOUNTS_EN = {
  errors: {
    'user.manage_refused': 'Only the district office manages accounts; a town manages only its own grid workers and enterprise users',
    'user.cannot_deactivate_self': 'You cannot deactivate your own account',
    'auth.api_key_scope': 'This API key may only read regions, units, hazards and statistics',
    'api_key.too_many_requests': 'This API key has used its requests of this minute; try again in {retryAfterSeconds} s',
    'auth.password_change_required': 'An administrator reset your password: change it first',
  },
  fieldProblems: {
    password_too_short: 'must have at least {limit} characters',
    password_classes: 'must use at least {limit} of: upper-case letters, lower-case letters, digits, symbols',
    password_contains_username: 'must not contain the username',
    password_wrong: 'is not correct',
    password_unchanged: 'must differ from the current password',
    role_not_allowed: 'A town creates only grid worker or enterprise accounts',
  },
  fields: {
    currentPassword: 'Current password',
    newPassword: 'New password',
    department: 'Department',
  },
} as const;
