import { getEvidencePolicy, getHazardEvidence, updateEvidencePolicy, type HazardEvidence } from '@safegrid/core';
import { EvidencePolicyBody, EvidencePolicyResponse, HazardEvidenceResponse, IdParams, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const errors = { 400: Problem, 403: Problem, 422: Problem };

function presentEvidence(evidence: HazardEvidence): HazardEvidenceResponse {
  return { ...evidence, photos: evidence.photos.map((photo) => ({ ...photo, flags: [...photo.flags] })) };
}

/** 复查 evidence (ADR 0087): a hazard's before/after/review photos with their checks, and the district's rules. */
export async function evidenceRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/hazards/:id/evidence', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['hazards'],
      summary: '整改前 / 整改后 / 复查 photos of a hazard, each checked against its upload time and the unit’s place, and whether 销号 needs review photos',
      params: IdParams,
      response: { 200: HazardEvidenceResponse, 404: Problem },
    },
  }, async (request) => presentEvidence(await getHazardEvidence(deps, requireActor(request), request.params.id)));

  app.get('/settings/evidence-policy', {
    config: { access: 'hazard.read' },
    schema: { tags: ['hazards'], summary: 'The district’s evidence photo rules (defaults until the district office changes them)', response: { 200: EvidencePolicyResponse } },
  }, async (request) => getEvidencePolicy(deps, requireActor(request)));

  app.put('/settings/evidence-policy', {
    config: { access: 'evidence.manage' },
    schema: {
      tags: ['hazards'],
      summary: 'Set whether closing a general hazard needs review photos, and when a photo is flagged as old or far away (district office)',
      body: EvidencePolicyBody,
      response: { 200: EvidencePolicyResponse, ...errors },
    },
  }, async (request) => updateEvidencePolicy(deps, requireActor(request), request.body));
}
