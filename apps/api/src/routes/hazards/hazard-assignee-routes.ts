import { listHazardAssignees } from '@safegrid/core';
import { HazardAssigneeResponse, IdParams, Problem } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

export async function hazardAssigneeRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/hazards/:id/assignees', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['hazards'],
      summary: 'People this hazard may be handed to (交办/改派): active users whose scope covers it, nearest first',
      params: IdParams,
      response: { 200: Type.Array(HazardAssigneeResponse), 404: Problem },
    },
  }, async (request) => {
    const users = await listHazardAssignees(deps, requireActor(request), request.params.id);
    return users.map((user) => ({ id: user.id, username: user.username, displayName: user.displayName, role: user.role }));
  });
}
