import { issueDocument, listDocuments, listOfficers, readDocumentFile, setOfficerCertificate, type EnforcementDocument } from '@safegrid/core';
import { DocumentListQuery, DocumentResponse, IdParams, IssueDocumentBody, OfficerResponse, Problem, SetCertificateBody } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function presentDocument(document: EnforcementDocument): DocumentResponse {
  return {
    id: document.id, kind: document.kind, number: document.number, year: document.year, seq: document.seq, unitId: document.unitId,
    inspectionId: document.inspectionId, hazardIds: [...document.hazardIds], supersedesId: document.supersedesId, byteSize: document.byteSize,
    sha256: document.sha256, issuedBy: document.issuedBy, issuedByName: document.issuedByName, issuedAt: document.issuedAt,
  };
}

/** 执法文书 (ADR 0069): issue, list per inspection or hazard, download exactly as issued; officers' 执法证号. */
export async function documentRoutes(app: SafeGridApp): Promise<void> {
  const { deps, documents } = app.services;

  app.post('/documents', {
    config: { access: 'inspection.conduct' },
    schema: {
      tags: ['documents'],
      summary: 'Issue a 执法文书 as PDF: 责令限期整改指令书 from an inspection or chosen hazards, 现场检查记录, or 整改复查意见书 for closed hazards',
      description: 'Takes the next number of the district’s sequence for the kind and year inside the transaction; a reissue (supersedesId) gets a new number.',
      body: IssueDocumentBody,
      response: { 201: DocumentResponse, ...errors },
    },
  }, async (request, reply) => {
    const document = await issueDocument(deps, documents, requireActor(request), request.body);
    return reply.status(201).send(presentDocument(document));
  });

  app.get('/documents', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['documents'], summary: 'Documents issued from an inspection or covering a hazard, newest first',
      querystring: DocumentListQuery, response: { 200: Type.Array(DocumentResponse), 400: Problem, 404: Problem },
    },
  }, async (request) => {
    const { inspectionId, hazardId } = request.query;
    const link = inspectionId ? { inspectionId } : hazardId ? { hazardId } : null;
    if (!link) return [];
    return (await listDocuments(deps, requireActor(request), link)).map(presentDocument);
  });

  app.get('/documents/:id/file', {
    config: { access: 'hazard.read' },
    schema: { tags: ['documents'], summary: 'The PDF exactly as issued', params: IdParams, produces: ['application/pdf'] },
  }, async (request, reply) => {
    const { document, file } = await readDocumentFile(deps, requireActor(request), request.params.id);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="document-${document.year}-${document.seq}.pdf"; filename*=UTF-8''${encodeURIComponent(`${document.number}.pdf`)}`)
      .header('etag', `"${document.sha256}"`)
      .header('cache-control', 'private, max-age=86400, immutable')
      .send(Buffer.from(file));
  });

  app.get('/documents/officers', {
    config: { access: 'inspection.conduct' },
    schema: { tags: ['documents'], summary: 'Officers of your district with a 执法证号: who can co-sign a document', response: { 200: Type.Array(OfficerResponse) } },
  }, async (request) => listOfficers(deps, requireActor(request)));

  app.put('/users/:id/certificate', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Record an officer’s 执法证号 (district office)', params: IdParams, body: SetCertificateBody, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await setOfficerCertificate(deps, requireActor(request), { userId: request.params.id, certificateNo: request.body.certificateNo });
    return reply.status(204).send(null);
  });
}
