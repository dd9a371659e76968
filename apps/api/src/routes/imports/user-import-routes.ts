import { dryRunUserImport, importUsers, maskUserImportPasswords } from '@safegrid/core';
import { describeRowProblem, MAX_REPORTED_PROBLEMS, presentRowProblem, Problem, UserImportReportResponse, UserImportResultResponse, type Language } from '@safegrid/contracts';
import type { FastifyReply } from 'fastify';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { readImportUpload } from './unit-import-upload.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: Problem, 403: Problem, 413: Problem, 422: Problem };
const UPLOAD = 'Multipart form: the sheet (xlsx, or CSV in UTF-8 or GB 18030) as field `file`';

function sendReport(reply: FastifyReply, fileName: string, bytes: Uint8Array) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="account-import-report.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(bytes));
}

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

  app.post('/imports/users/report', {
    config: { access: 'user.manage' },
    schema: {
      tags: ['imports'],
      summary: `The account dry run as a workbook: the sheet with every bad cell filled and commented (passwords masked), and a list of problems. ${UPLOAD}`,
      consumes: ['multipart/form-data'], produces: [XLSX], response: errors,
    },
  }, async (request, reply) => {
    const table = await upload(request);
    const report = await dryRunUserImport(deps, requireActor(request), table);
    const language: Language = request.language;
    const problems = report.problems.map((problem) => ({ row: problem.row, column: problem.column, value: problem.value, message: describeRowProblem(language, problem) }));
    const labels = language === 'zh-CN'
      ? { sheet: '账号', listSheet: '问题清单', listHeadings: ['行号', '列', '内容', '问题'] as const }
      : { sheet: 'Accounts', listSheet: 'Problems', listHeadings: ['Row', 'Column', 'Value', 'Problem'] as const };
    // The same writer as the unit import's report; the sheet it echoes never shows a password.
    const bytes = await spreadsheets.importReport(maskUserImportPasswords(table), problems, labels);
    const fileName = language === 'zh-CN' ? '账号导入问题报告.xlsx' : 'account-import-report.xlsx';
    return sendReport(reply, fileName, bytes);
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
