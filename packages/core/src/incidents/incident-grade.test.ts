import { describe, expect, it } from 'vitest';
import type { Casualties, IncidentGrade } from './incident.js';
import { assessGrade } from './incident-grade.js';

const NONE: Casualties = { deaths: 0, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLossYuan: 0 };
const WAN = 10_000;

// 国务院令第493号 Art. 3: "以上" includes the number, "以下" excludes it; the highest criterion wins.
const EDGES: [string, Partial<Casualties>, IncidentGrade][] = [
  ['no casualties', {}, 'general'],
  ['2 deaths', { deaths: 2 }, 'general'],
  ['3 deaths', { deaths: 3 }, 'larger'],
  ['9 deaths', { deaths: 9 }, 'larger'],
  ['10 deaths', { deaths: 10 }, 'major'],
  ['29 deaths', { deaths: 29 }, 'major'],
  ['30 deaths', { deaths: 30 }, 'especially_major'],
  ['9 serious injuries', { seriousInjuries: 9 }, 'general'],
  ['10 serious injuries', { seriousInjuries: 10 }, 'larger'],
  ['49 serious injuries', { seriousInjuries: 49 }, 'larger'],
  ['50 serious injuries', { seriousInjuries: 50 }, 'major'],
  ['99 serious injuries', { seriousInjuries: 99 }, 'major'],
  ['100 serious injuries', { seriousInjuries: 100 }, 'especially_major'],
  ['¥999.9999万', { directLossYuan: 1000 * WAN - 1 }, 'general'],
  ['¥1000万', { directLossYuan: 1000 * WAN }, 'larger'],
  ['¥4999.9999万', { directLossYuan: 5000 * WAN - 1 }, 'larger'],
  ['¥5000万', { directLossYuan: 5000 * WAN }, 'major'],
  ['¥1亿 less ¥1', { directLossYuan: 10_000 * WAN - 1 }, 'major'],
  ['¥1亿', { directLossYuan: 10_000 * WAN }, 'especially_major'],
  ['minor injuries never raise the grade', { minorInjuries: 5_000 }, 'general'],
  ['2 deaths + 1 missing count as 3', { deaths: 2, missing: 1 }, 'larger'],
  ['3 missing alone', { missing: 3 }, 'larger'],
  ['highest wins: 1 death, 10 serious, ¥5000万', { deaths: 1, seriousInjuries: 10, directLossYuan: 5000 * WAN }, 'major'],
  ['highest wins: 30 deaths, nothing else', { deaths: 30, seriousInjuries: 0 }, 'especially_major'],
];

describe('accident grade (国务院令第493号 Art. 3)', () => {
  it.each(EDGES)('%s → %s', (_name, casualties, grade) => {
    expect(assessGrade({ ...NONE, ...casualties }).grade).toBe(grade);
  });

  it('reports the grade of each criterion on its own', () => {
    expect(assessGrade({ ...NONE, deaths: 3, seriousInjuries: 50, directLossYuan: 10_000 * WAN }).byCriterion)
      .toEqual({ deaths: 'larger', seriousInjuries: 'major', directLossYuan: 'especially_major' });
  });

  it('is monotone: one more of anything never lowers the grade (every value 0..120 deaths and injuries)', () => {
    const rank = ['general', 'larger', 'major', 'especially_major'];
    for (let n = 0; n < 120; n += 1) {
      for (const field of ['deaths', 'seriousInjuries', 'missing'] as const) {
        const before = rank.indexOf(assessGrade({ ...NONE, [field]: n }).grade);
        expect(rank.indexOf(assessGrade({ ...NONE, [field]: n + 1 }).grade)).toBeGreaterThanOrEqual(before);
      }
    }
  });
});
