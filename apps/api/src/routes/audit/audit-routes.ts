import { listAuditAnchors, readAuditHead, verifyAudit } from '@safegrid/core';
import { AuditAnchorListResponse, AuditAnchorQuery, AuditHeadResponse, AuditVerificationResponse, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

/** The district office's view of its hash-chained audit trail (ADR 0071). */
export async function auditRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/audit/head', {
    config: { access: 'audit.read' },
    schema: { tags: ['audit'], summary: 'The district’s audit chain head: entries so far and the latest hash (write it down to prove this state later)', response: { 200: AuditHeadResponse, 403: Problem } },
  }, async (request) => readAuditHead(deps, requireActor(request)));

  app.get('/audit/verify', {
    config: { access: 'audit.read' },
    schema: {
      tags: ['audit'],
      summary: 'Walk the district’s chain and compare every audited row with it; names the first broken link (edited, deleted, inserted, reordered)',
      response: { 200: AuditVerificationResponse, 403: Problem },
    },
  }, async (request) => {
    const result = await verifyAudit(deps, requireActor(request));
    return { ...result, breaks: [...result.breaks] };
  });

  app.get('/audit/anchors', {
    config: { access: 'audit.read' },
    schema: {
      tags: ['audit'],
      summary: 'Daily anchors, newest first: each day’s chain head and whether that night’s verification found it intact',
      querystring: AuditAnchorQuery,
      response: { 200: AuditAnchorListResponse, 400: Problem, 403: Problem },
    },
  }, async (request) => ({ items: await listAuditAnchors(deps, requireActor(request), request.query.limit ?? 31) }));
}
