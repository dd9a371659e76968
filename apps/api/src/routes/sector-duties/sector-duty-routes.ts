import { listSectorDuties, setSectorDuty, type SectorDuty } from '@safegrid/core';
import { Problem, SectorDutiesResponse, SectorDutyResponse, SectorParams, SetSectorDutyBody, type SectorDutyResponse as SectorDutyWire } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const presentSectorDuty = (duty: SectorDuty): SectorDutyWire => ({ sector: duty.sector, lead: duty.lead, coDepartments: [...duty.coDepartments] });

/** 三管三必须: the lead and co-responsible departments of each sector (ADR 0085). */
export async function sectorDutyRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/sector-duties', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['units'],
      summary: '三管三必须: every sector of the caller’s district with its lead department (牵头部门) and co-responsible departments (协同部门); co-responsible departments see and follow the sector’s hazards',
      response: { 200: SectorDutiesResponse },
    },
  }, async (request) => ({ items: (await listSectorDuties(deps, requireActor(request))).map(presentSectorDuty) }));

  app.put('/sector-duties/:sector', {
    config: { access: 'sector_duty.manage' },
    schema: {
      tags: ['units'],
      summary: 'Set the lead and co-responsible departments of one sector (district office); audited. Department sessions see the change from their next request',
      params: SectorParams,
      body: SetSectorDutyBody,
      response: { 200: SectorDutyResponse, 400: Problem, 403: Problem, 422: Problem },
    },
  }, async (request) => presentSectorDuty(await setSectorDuty(deps, requireActor(request), request.params.sector, request.body)));
}
