import { Type, type Static } from 'typebox';
import { DateTime } from './shared.js';

// ---- The optional second factor (issue 16, ADR 0093) ----

/** The password was right; the account has a second factor: no session yet, send the code with this challenge. */
export const SecondFactorChallengeResponse = Type.Object({
  secondFactorRequired: Type.Literal(true),
  challenge: Type.String(),
  expiresAt: DateTime,
});
export type SecondFactorChallengeResponse = Static<typeof SecondFactorChallengeResponse>;

export const SecondFactorBody = Type.Object(
  {
    challenge: Type.String({ minLength: 1, maxLength: 200 }),
    /** The authenticator's 6-digit code, or one of the recovery codes. */
    code: Type.String({ minLength: 1, maxLength: 40 }),
  },
  { additionalProperties: false },
);
export type SecondFactorBody = Static<typeof SecondFactorBody>;

export const TwoFactorStatusResponse = Type.Object({
  enabled: Type.Boolean(),
  recoveryCodesLeft: Type.Integer(),
  /** The district requires a second factor of this account. */
  required: Type.Boolean(),
});
export type TwoFactorStatusResponse = Static<typeof TwoFactorStatusResponse>;

/** Returned once, when the enrolment starts; never again. */
export const TotpEnrolmentResponse = Type.Object({
  secret: Type.String(),
  otpauthUri: Type.String(),
  issuer: Type.String(),
  accountName: Type.String(),
});
export type TotpEnrolmentResponse = Static<typeof TotpEnrolmentResponse>;

export const TotpCodeBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export type TotpCodeBody = Static<typeof TotpCodeBody>;

/** Shown once after the enrolment is confirmed; only their hashes are kept. */
export const RecoveryCodesResponse = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
export type RecoveryCodesResponse = Static<typeof RecoveryCodesResponse>;

export const TwoFactorPolicyResponse = Type.Object({ requiredForDistrictOffice: Type.Boolean() });
export type TwoFactorPolicyResponse = Static<typeof TwoFactorPolicyResponse>;

export const TwoFactorPolicyBody = Type.Object({ requiredForDistrictOffice: Type.Boolean() }, { additionalProperties: false });
export type TwoFactorPolicyBody = Static<typeof TwoFactorPolicyBody>;
