import { dryRunUserImport, importUsers } from '@safegrid/core';
import { MAX_REPORTED_PROBLEMS, presentRowProblem, Problem, UserImportReportResponse, UserImportResultResponse } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { readImportUpload } from './unit-import-upload.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: Problem, 403: Problem, 413: Problem, 422: Problem };
const UPLOAD = 'Multipart form: the sheet (xlsx, or CSV in UTF-8 or GB 18030) as field `file`';

/** 账号导入 (issue 13, ADR 0084): template, dry run and all-or-nothing commit of accounts with role and scope. */
export async function userImportRoutes(app: SafeGridApp): Promise<void> {
  const { deps, config, spreadsheets } = app.services;
  const limits = config.imports;
  const upload = async (request: Parameters<typeof readImportUpload>[0]) => spreadsheets.read((await readImportUpload(request, limits.maxBytes)).bytes, limits);

  app.get('/imports/users/template', {
    config: { access: 'user.manage' },
    schema: { tags: ['imports'], summary: 'The account import template (xlsx): headings, a role dropdown and a 填写说明 sheet', produces: [XLSX] },
  }, async (_request, reply) => reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="user-import.xlsx"; filename*=UTF-8''${encodeURIComponent('账号导入模板.xlsx')}`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(await spreadsheets.userImportTemplate())));

  app.post('/imports/users/dry-run', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['imports'], summary: `Check every row of an account sheet and report problems by row and column; writes nothing and shows no password. ${UPLOAD}`,
      consumes: ['multipart/form-data'], response: { 200: UserImportReportResponse, ...errors },
    },
  }, async (request) => {
    const report = await dryRunUserImport(deps, requireActor(request), await upload(request));
    return {
      totalRows: report.totalRows, validRows: report.validRows, problemCount: report.problems.length,
      problems: report.problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => presentRowProblem(request.language, problem)),
    };
  });

  app.post('/imports/users', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['imports'],
      summary: `Create all accounts of a sheet or none, in one transaction; an empty 初始密码 gets a generated password, answered this once. ${UPLOAD}`,
      consumes: ['multipart/form-data'], response: { 201: UserImportResultResponse, ...errors },
    },
  }, async (request, reply) => {
    const result = await importUsers(deps, requireActor(request), await upload(request));
    return reply.status(201).header('cache-control', 'no-store').send({ created: result.created, accounts: result.accounts.map((account) => ({ ...account })) });
  });
}
