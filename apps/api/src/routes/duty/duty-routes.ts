import { acknowledgeHandover, canPlanRoster, getRosterMonth, planRoster, shiftWindow, whoIsOnDutyNow, writeHandover, type DutyShift } from '@safegrid/core';
import {
  CopyWeekBody,
  type DutyShiftResponse,
  HandoverResponse,
  IdParams,
  OnDutyResponse,
  Problem,
  RosterMonthResponse,
  RosterQuery,
  RosterWriteResponse,
  SetShiftBody,
  SwapShiftBody,
  WriteHandoverBody,
} from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function presentShift(shift: DutyShift): DutyShiftResponse {
  return {
    id: shift.id, regionCode: shift.regionCode, date: shift.date, kind: shift.kind, ...shiftWindow(shift.date, shift.kind),
    leader: { ...shift.leader }, officer: { ...shift.officer }, note: shift.note, swaps: shift.swaps.map((swap) => ({ ...swap })), updatedAt: shift.updatedAt, version: shift.version,
  };
}

/** 值班表 and 交接班 (ADR 0077): transport only; rules live in core's duty. */
export async function dutyRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const written = (count: number) => ({ written: count });

  app.get('/duty/roster', {
    config: { access: 'duty.read' },
    schema: { tags: ['duty'], summary: 'An office’s roster for a month, with rest days, gaps of the next 7 days and recent handovers', querystring: RosterQuery, response: { 200: RosterMonthResponse, ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    const month = await getRosterMonth(deps, actor, request.query.regionCode, request.query.month);
    const names = await deps.regions.regionNames(actor.districtCode);
    return {
      regionCode: month.regionCode, regionName: names.get(month.regionCode) ?? month.regionCode, month: month.month, shifts: month.shifts.map(presentShift), restDays: [...month.restDays], days: month.days.map((day) => ({ ...day })),
      gaps: month.gaps.map((gap) => ({ date: gap.date, kind: gap.kind, shiftKind: gap.shiftKind })),
      handovers: month.handovers.map(({ districtCode: _district, writtenBy: _by, acknowledgedBy: _ack, openIncidents, ...handover }) => ({ ...handover, openIncidents: openIncidents.map((item) => ({ ...item })) })),
      canPlan: canPlanRoster(actor, month.regionCode),
    };
  });

  app.get('/duty/now', {
    config: { access: 'authenticated' },
    schema: { tags: ['duty'], summary: 'Who is on duty now at the district and each town you see', response: { 200: OnDutyResponse, 403: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    const names = await deps.regions.regionNames(actor.districtCode);
    return (await whoIsOnDutyNow(deps, actor)).map((entry) => ({ regionCode: entry.regionCode, regionName: names.get(entry.regionCode) ?? entry.regionCode, shift: entry.shift ? presentShift(entry.shift) : null }));
  });

  app.post('/duty/shifts', {
    config: { access: 'duty.plan' },
    schema: { tags: ['duty'], summary: 'Plan a shift (new, or the people of the planned one)', body: SetShiftBody, response: { 200: RosterWriteResponse, ...errors } },
  }, async (request) => written(await planRoster(deps, requireActor(request), { action: 'set', input: request.body })));

  app.post('/duty/shifts/copy-week', {
    config: { access: 'duty.plan' },
    schema: { tags: ['duty'], summary: 'Copy a week’s shifts onto another week; planned dates are kept', body: CopyWeekBody, response: { 200: RosterWriteResponse, ...errors } },
  }, async (request) => written(await planRoster(deps, requireActor(request), { action: 'copy_week', ...request.body })));

  app.post('/duty/shifts/:id/swap', {
    config: { access: 'duty.plan' },
    schema: { tags: ['duty'], summary: '换班: another leader or officer on a shift, with the reason', params: IdParams, body: SwapShiftBody, response: { 200: RosterWriteResponse, ...errors } },
  }, async (request) => written(await planRoster(deps, requireActor(request), { action: 'swap', shiftId: request.params.id, ...request.body })));

  app.delete('/duty/shifts/:id', {
    config: { access: 'duty.plan' },
    schema: { tags: ['duty'], summary: 'Remove a planned shift', params: IdParams, response: { 200: RosterWriteResponse, ...errors } },
  }, async (request) => written(await planRoster(deps, requireActor(request), { action: 'remove', shiftId: request.params.id })));

  const presentHandover = (handover: Awaited<ReturnType<typeof writeHandover>>) => {
    const { districtCode: _district, writtenBy: _by, acknowledgedBy: _ack, openIncidents, ...rest } = handover;
    return { ...rest, openIncidents: openIncidents.map((item) => ({ ...item })), flagged: false };
  };

  app.post('/duty/handovers', {
    config: { access: 'duty.plan' },
    schema: { tags: ['duty'], summary: '交接班: the outgoing officer’s log, with the open incidents of the area', body: WriteHandoverBody, response: { 201: HandoverResponse, ...errors } },
  }, async (request, reply) => reply.status(201).send(presentHandover(await writeHandover(deps, requireActor(request), request.body))));

  app.post('/duty/handovers/:id/acknowledge', {
    config: { access: 'duty.plan' },
    schema: { tags: ['duty'], summary: 'The incoming officer acknowledges a handover (once)', params: IdParams, response: { 200: HandoverResponse, ...errors } },
  }, async (request) => presentHandover(await acknowledgeHandover(deps, requireActor(request), request.params.id)));
}
