import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { acknowledgeWarning, changeWarning, issueWarning, type IssueWarningInput } from './warning-actions.js';
import { getWarning, listWarnings, myWarnings } from './read-warnings.js';

const HOUR = 60 * 60_000;

function setUp() {
  const deps = createInMemoryDeps();
  const site = deps.given.unit({ kind: 'construction_site', sector: 'construction', riskTags: [] });
  const dusty = deps.given.unit({ riskTags: ['dust'] });
  const plain = deps.given.unit({ riskTags: [] });
  const farSite = deps.given.unit({ town: LUOYANG, kind: 'construction_site', sector: 'construction' });
  const district = deps.given.user('district');
  const hutang = deps.given.user('town');
  const luoyang = deps.given.user('town', { town: LUOYANG });
  const worker = deps.given.user('grid_worker');
  const farWorker = deps.given.user('grid_worker', { town: LUOYANG });
  const siteUser = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: site.id } });
  const dustUser = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: dusty.id } });
  const plainUser = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: plain.id } });
  const farSiteUser = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: farSite.id } });
  const now = deps.clock.now().getTime();
  const input: IssueWarningInput = {
    kind: 'gale', colour: 'orange', townCodes: [HUTANG], startsAt: new Date(now).toISOString(), endsAt: new Date(now + 24 * HOUR).toISOString(),
    actions: '停止室外高处作业，加固脚手架和围挡', addressees: { towns: true, departments: [], gridWorkers: true, enterpriseTags: ['dust'], enterpriseSectors: ['construction'] },
  };
  return { deps, district, hutang, luoyang, worker, farWorker, siteUser, dustUser, plainUser, farSiteUser, input };
}

describe('warnings: addressees, 签收 by town, one reminder, lift and upgrade as events', () => {
  it('addresses the area’s town office, grid workers and the enterprises with the chosen tags or sectors, and counts 签收 by town', async () => {
    const { deps, district, hutang, luoyang, worker, farWorker, siteUser, dustUser, plainUser, farSiteUser, input } = setUp();
    const warning = await issueWarning(deps, district, input);
    const detail = await getWarning(deps, district, warning.id);
    expect(detail.recipients.map((recipient) => recipient.userId).sort()).toEqual([hutang.userId, worker.userId, siteUser.userId, dustUser.userId].sort());
    for (const outside of [luoyang, farWorker, plainUser, farSiteUser]) expect(await myWarnings(deps, outside)).toEqual([]);
    expect(await myWarnings(deps, worker)).toEqual([{ warning: expect.objectContaining({ id: warning.id, colour: 'orange' }), acknowledgedAt: null }]);

    await acknowledgeWarning(deps, worker, warning.id);
    await acknowledgeWarning(deps, siteUser, warning.id);
    await expect(acknowledgeWarning(deps, siteUser, warning.id)).rejects.toMatchObject({ code: 'warning.already_acknowledged' });
    await expect(acknowledgeWarning(deps, plainUser, warning.id)).rejects.toMatchObject({ code: 'warning.already_acknowledged' });
    expect((await getWarning(deps, district, warning.id)).byTown).toEqual([{ townCode: HUTANG, acknowledged: 2, total: 4 }]);
    expect((await listWarnings(deps, district))[0]).toMatchObject({ acknowledged: 2, total: 4, inForce: true });

    await changeWarning(deps, district, warning.id, { action: 'remind' });
    await expect(changeWarning(deps, district, warning.id, { action: 'remind' })).rejects.toMatchObject({ code: 'warning.already_reminded' });
    await expect(changeWarning(deps, district, warning.id, { action: 'upgrade', colour: 'yellow', note: '' })).rejects.toMatchObject({ fields: [{ path: '/colour', code: 'not_higher' }] });
    await changeWarning(deps, district, warning.id, { action: 'upgrade', colour: 'red', note: '风力加大' });
    const lifted = await changeWarning(deps, district, warning.id, { action: 'lift', note: '大风减弱' });
    expect(lifted.events.map((event) => [event.kind, event.colour])).toEqual([['issued', 'orange'], ['reminded', 'orange'], ['upgraded', 'red'], ['lifted', 'red']]);
    expect(await myWarnings(deps, worker)).toEqual([]);
  });

  it('lets only the district office and departments issue, and refuses bad input naming the fields', async () => {
    const { deps, district, hutang, input } = setUp();
    await expect(issueWarning(deps, hutang, input)).rejects.toMatchObject({ code: 'warning.issue_refused' });
    const department = deps.given.user('department');
    await expect(issueWarning(deps, department, input)).rejects.toMatchObject({ fields: [{ path: '/addressees/enterpriseSectors/0', code: 'not_applicable' }] });
    const bad = { ...input, townCodes: ['999999999'], endsAt: input.startsAt, actions: ' ', addressees: { towns: false, departments: [], gridWorkers: false, enterpriseTags: [], enterpriseSectors: [] } };
    await expect(issueWarning(deps, district, bad)).rejects.toMatchObject({ fields: [
      { path: '/townCodes/0', code: 'not_found' }, { path: '/endsAt', code: 'before_start' }, { path: '/actions', code: 'required' }, { path: '/addressees', code: 'required' },
    ] });
    expect(deps.tables.warnings.size).toBe(0);
  });
});
