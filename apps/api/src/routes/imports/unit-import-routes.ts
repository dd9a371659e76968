import { dryRunUnitImport, importUnits, readUnitImport, startUnitImport, type SheetTable } from '@safegrid/core';
import { IdParams, Problem, UnitImportQuery, UnitImportReportResponse, UnitImportResultResponse, UnitImportRunHeaders, UnitImportRunResponse, type Language } from '@safegrid/contracts';
import type { FastifyReply } from 'fastify';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { readImportUpload } from './unit-import-upload.js';
import { presentUnitImportReport, presentUnitImportRun, reportLabels, reportProblems } from './unit-import-presenter.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: Problem, 403: Problem, 413: Problem, 422: Problem };
const UPLOAD = 'Multipart form: the sheet (xlsx, or CSV in UTF-8 or GB 18030) as field `file`; optional field `mapping`, JSON `{"heading": "field" | "ignore"}` for headings the dry run did not know';

function sendXlsx(reply: FastifyReply, fileName: string, bytes: Uint8Array) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="import.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(bytes));
}

/** 台账导入 (issue 13, ADR 0067): template, dry run, report and commit of the unit registry import. */
export async function unitImportRoutes(app: SafeGridApp): Promise<void> {
  const { deps, config, spreadsheets } = app.services;
  const limits = config.imports;
  const upload = async (request: Parameters<typeof readImportUpload>[0]) => {
    const { bytes, mapping, fileName } = await readImportUpload(request, limits.maxBytes);
    const table: SheetTable = await spreadsheets.read(bytes, limits);
    return { table, mapping, bytes, fileName };
  };

  app.get('/imports/units/template', {
    config: { access: 'unit.create' },
    schema: { tags: ['imports'], summary: 'The 台账 template (xlsx): the import’s headings, dropdowns on every coded column and a 填写说明 sheet', produces: [XLSX] },
  }, async (_request, reply) => sendXlsx(reply, '监管对象台账导入模板.xlsx', await spreadsheets.unitImportTemplate()));

  app.post('/imports/units/dry-run', {
    config: { access: 'unit.create' },
    schema: {
      tags: ['imports'],
      summary: `Check every row of a unit sheet and report problems by row and column; writes nothing. ${UPLOAD}`,
      consumes: ['multipart/form-data'],
      response: { 200: UnitImportReportResponse, ...errors },
    },
  }, async (request) => {
    const { table, mapping } = await upload(request);
    return presentUnitImportReport(await dryRunUnitImport(deps, requireActor(request), { table, mapping }), request.language);
  });

  app.post('/imports/units/report', {
    config: { access: 'unit.create' },
    schema: {
      tags: ['imports'],
      summary: `The dry run as a workbook: the sheet with every bad cell filled and commented, and a list of problems. ${UPLOAD}`,
      consumes: ['multipart/form-data'],
      produces: [XLSX],
      response: { 400: Problem, 403: Problem, 413: Problem, 422: Problem },
    },
  }, async (request, reply) => {
    const { table, mapping } = await upload(request);
    const report = await dryRunUnitImport(deps, requireActor(request), { table, mapping });
    const language: Language = request.language;
    const bytes = await spreadsheets.importReport(table, reportProblems(report, language), reportLabels(language));
    return sendXlsx(reply, language === 'zh-CN' ? '台账导入问题报告.xlsx' : 'import-report.xlsx', bytes);
  });

  app.post('/imports/units', {
    config: { access: 'unit.create' },
    schema: {
      tags: ['imports'],
      summary: `Import all rows of a unit sheet or none, in one transaction; a registered credit code is updated or skipped (onExisting). ${UPLOAD}`,
      consumes: ['multipart/form-data'],
      querystring: UnitImportQuery,
      response: { 201: UnitImportResultResponse, ...errors },
    },
  }, async (request, reply) => {
    const { table, mapping } = await upload(request);
    const result = await importUnits(deps, requireActor(request), { table, mapping, onExisting: request.query.onExisting ?? 'skip' });
    return reply.status(201).send(result);
  });

  app.post('/imports/units/runs', {
    config: { access: 'unit.create' },
    schema: {
      tags: ['imports'],
      summary: `Start importing all rows of a unit sheet or none, as a job with progress (ADR 0098): the sheet is kept, the imports.units job checks every row again and writes them in one transaction. Poll GET /imports/units/runs/{id}. ${UPLOAD}`,
      consumes: ['multipart/form-data'],
      querystring: UnitImportQuery,
      headers: UnitImportRunHeaders,
      response: { 202: UnitImportRunResponse, 200: UnitImportRunResponse, ...errors, 409: Problem },
    },
  }, async (request, reply) => {
    const { table, mapping, bytes, fileName } = await upload(request);
    const onExisting = request.query.onExisting ?? 'skip';
    const idempotencyKey = request.headers['idempotency-key'];
    const requestHash = idempotencyKey ? deps.hasher.sha256(new Uint8Array(Buffer.concat([Buffer.from(`${onExisting}\n${JSON.stringify(mapping)}\n`), Buffer.from(bytes)]))) : undefined;
    const { status, started } = await startUnitImport(deps, requireActor(request), { table, mapping, onExisting, fileName, idempotencyKey, requestHash });
    return reply.status(started ? 202 : 200).send(presentUnitImportRun(status, request.language));
  });

  app.get('/imports/units/runs/:id', {
    config: { access: 'unit.create' },
    schema: {
      tags: ['imports'],
      summary: 'A unit import started as a job: its state, progress (rows checked of rows in the file) and, when done, what was created, updated and skipped or why nothing was imported',
      params: IdParams,
      response: { 200: UnitImportRunResponse, 403: Problem, 404: Problem },
    },
  }, async (request) => presentUnitImportRun(await readUnitImport(deps, requireActor(request), request.params.id), request.language));
}
