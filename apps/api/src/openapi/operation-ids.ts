/**
 * The operationId of every operation, by method and OpenAPI path under /api/v1. Client generators
 * name their functions after these, so they are verbs a reader would say (`listHazards`,
 * `actOnHazard`) and never change once published. A route may instead set `schema.operationId`;
 * a route in neither place gets an id derived from its path, and `openapi-document.test.ts` fails
 * until it is named here.
 */
export const OPERATION_IDS: Readonly<Record<string, string>> = {
  'GET /health': 'checkHealth',

  'POST /auth/login': 'logIn',
  'POST /auth/logout': 'logOut',
  'GET /auth/me': 'getCurrentUser',
  'GET /auth/session': 'getSession',

  'GET /regions': 'listRegions',
  'GET /grids': 'listGrids',
  'GET /grids/locate': 'locateGrid',
  'GET /grids/{id}': 'getGrid',

  'POST /units': 'createUnit',
  'GET /units': 'listUnits',
  'GET /units/{id}': 'getUnit',
  'PATCH /units/{id}': 'updateUnit',
  'GET /units/{id}/changes': 'listUnitChanges',

  'POST /hazards': 'reportHazard',
  'GET /hazards': 'listHazards',
  'GET /hazards/{id}': 'getHazard',
  'GET /hazards/{id}/events': 'listHazardEvents',
  'POST /hazards/{id}/actions': 'actOnHazard',
  'GET /hazards/{id}/assignees': 'listHazardAssignees',

  'POST /photos': 'uploadPhoto',
  'GET /photos/{id}': 'getPhoto',
  'GET /photos/{id}/file': 'getPhotoFile',

  'GET /stats/overview': 'getStatsOverview',
  'GET /stats/trend': 'getStatsTrend',
  'GET /stats/breakdown': 'getStatsBreakdown',
  'GET /stats/hazard-points': 'listHazardPoints',
  'GET /stats/stream': 'streamHazardChanges',

  'GET /checklists': 'listChecklists',
  'GET /checklists/{id}': 'getChecklist',
  'PUT /checklists/{id}': 'reviseChecklist',
  'GET /checklists/{id}/versions': 'listChecklistVersions',
  'POST /checklists/{id}/copy': 'copyChecklist',
  'POST /checklists': 'createChecklist',

  'POST /inspections': 'startInspection',
  'GET /inspections': 'listInspections',
  'GET /inspections/{id}': 'getInspection',
  'POST /inspections/{id}/answers': 'answerInspection',
  'POST /inspections/{id}/finish': 'finishInspection',
  'POST /inspections/{id}/cancel': 'cancelInspection',

  'POST /campaigns': 'createCampaign',
  'GET /campaigns': 'listCampaigns',
  'GET /campaigns/{id}': 'getCampaign',
  'GET /campaigns/{id}/coverage': 'getCampaignCoverage',
  'GET /campaigns/{id}/units': 'listCampaignUnits',
  'GET /campaigns/{id}/progress': 'getCampaignProgress',
  'GET /campaigns/{id}/report': 'getCampaignReport',

  'GET /units/{id}/risk': 'getUnitRisk',
  'PUT /units/{id}/risk/override': 'overrideUnitRisk',
  'DELETE /units/{id}/risk/override': 'endUnitRiskOverride',
  'GET /risk/policy': 'getRiskPolicy',
  'PUT /risk/policy': 'updateRiskPolicy',
  'POST /risk/recompute': 'recomputeRisk',
  'GET /risk/overview': 'getRiskOverview',
  'GET /risk/map': 'getRiskMap',
  'GET /patrols/workers': 'listPatrolWorkers',
  'GET /patrols': 'listPatrolUnits',

  'GET /units/{id}/tenants': 'listParkTenants',
  'POST /units/{id}/tenant-reviews': 'applyForTenantReview',
  'GET /tenant-reviews': 'listTenantReviews',
  'GET /tenant-reviews/{id}': 'getTenantReview',
  'POST /tenant-reviews/{id}/actions': 'actOnTenantReview',
  'PUT /units/{id}/tenant-outcome': 'recordTenantOutcome',

  'GET /settings/map': 'getMapSettings',

  'GET /users/locked': 'listLockedAccounts',
  'POST /users/{id}/unlock': 'unlockAccount',

  'GET /jobs': 'listJobs',
  'POST /jobs': 'runJobNow',
  'POST /jobs/{id}/retry': 'retryJob',
};

/** `listHazards`-like fallback for a route missing above: the method and the path's words in camelCase. */
export function derivedOperationId(method: string, path: string): string {
  const words = [method.toLowerCase(), ...path.split(/[^A-Za-z0-9]+/).filter((word) => word !== '')];
  return words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
}
