import { dryRunGridImport, importGrids } from '@safegrid/core';
import { describeRowProblem, GridImportReportResponse, GridImportResultResponse, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { readImportUpload } from './unit-import-upload.js';

const errors = { 400: Problem, 403: Problem, 413: Problem, 422: Problem };
const UPLOAD = 'Multipart form: a GeoJSON FeatureCollection (WGS84; Polygon or MultiPolygon, whose parts must not meet; properties code, name, optional town, village) as field `file`';

/** 网格边界导入 (issue 13, ADR 0084): dry run and all-or-nothing commit of grid polygons from GeoJSON. */
export async function gridImportRoutes(app: SafeGridApp): Promise<void> {
  const { deps, config } = app.services;
  const read = async (request: Parameters<typeof readImportUpload>[0]) => new TextDecoder('utf-8').decode((await readImportUpload(request, config.imports.maxBytes)).bytes);

  app.post('/imports/grids/dry-run', {
    config: { access: 'user.manage' },
    schema: { tags: ['imports'], summary: `Check every grid polygon of a GeoJSON file; writes nothing. ${UPLOAD}`, consumes: ['multipart/form-data'], response: { 200: GridImportReportResponse, ...errors } },
  }, async (request) => {
    const report = await dryRunGridImport(deps, requireActor(request), await read(request));
    return { ...report, problems: report.problems.map((problem) => ({ ...problem, message: describeRowProblem(request.language, { code: problem.problem, params: problem.params }) })) };
  });

  app.post('/imports/grids', {
    config: { access: 'user.manage' },
    schema: { tags: ['imports'], summary: `Save every grid of a GeoJSON file or none; a known code updates its grid, and units whose location now lies in another grid move there in the same transaction. ${UPLOAD}`, consumes: ['multipart/form-data'], response: { 201: GridImportResultResponse, ...errors } },
  }, async (request, reply) => reply.status(201).send(await importGrids(deps, requireActor(request), await read(request))));
}
