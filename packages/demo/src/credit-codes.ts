import { CREDIT_CODE_ALPHABET, withCreditCodeCheck } from '@safegrid/core';

/**
 * Positions 1–2 of a 统一社会信用代码 (reference §7.1): 91 企业, 92 个体工商户, 12 事业单位 (机构编制),
 * 52 民办非企业单位 (民政).
 */
export type CreditCodeIssuer = '91' | '92' | '12' | '52';

// GB 11714 组织机构代码 check: weights over the 8 body characters, modulus 11.
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const NEW_STYLE_SPACE = 31 ** 6;
const OLD_STYLE_SPACE = 10 ** 8;

function organizationCheck(body: string): string {
  let sum = 0;
  for (let index = 0; index < 8; index += 1) {
    const char = body[index] ?? '0';
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    sum += value * (ORGANIZATION_WEIGHTS[index] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function base31(value: number, width: number): string {
  let text = '';
  let rest = value;
  for (let index = 0; index < width; index += 1) {
    text = CREDIT_CODE_ALPHABET[rest % 31] + text;
    rest = Math.floor(rest / 31);
  }
  return text;
}

/**
 * A valid, unique 统一社会信用代码 for unit `index` of a district: the registration area is the
 * district code, the 主体标识码 a 组织机构代码 with its own GB 11714 check character. The body is a
 * bijection of the index (an affine map modulo the body space), so distinct indices never collide.
 */
export function demoCreditCode(issuer: CreditCodeIssuer, areaCode: string, index: number, salt: number): string {
  let organization: string;
  if (issuer === '12') {
    // 事业单位 kept their numeric organisation codes.
    organization = String((index * 7_919 + (salt % OLD_STYLE_SPACE)) % OLD_STYLE_SPACE).padStart(8, '0');
  } else {
    // Registrations since 2015 carry MA… (企业, 个体) or MJ… (民办非企业) bodies.
    const head = issuer === '52' ? 'MJ' : 'MA';
    organization = head + base31((index * 7_919 + (salt % NEW_STYLE_SPACE)) % NEW_STYLE_SPACE, 6);
  }
  return withCreditCodeCheck(`${issuer}${areaCode}${organization}${organizationCheck(organization)}`);
}
