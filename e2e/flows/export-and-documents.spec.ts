import type { DocumentResponse, InspectionPage, InspectionResponse, HazardResponse } from '@safegrid/contracts';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiAs, chooseOption, DEMO_PASSWORD, logIn, watchErrors } from '../fixtures/app';

/** RFC 4180 records (quoted fields, doubled quotes, CRLF) — enough to read our own export back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { field += '"'; index += 1; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { record.push(field); field = ''; } else if (char === '\n') { record.push(field.replace(/\r$/, '')); records.push(record); record = []; field = ''; } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

async function setCertificate(request: APIRequestContext, userId: string, certificateNo: string): Promise<void> {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const { token } = (await login.json()) as { token: string };
  const response = await request.put(`/api/v1/users/${userId}/certificate`, { headers: { authorization: `Bearer ${token}` }, data: { certificateNo } });
  expect(response.status()).toBe(204);
}

test('a town exports its hazard list (only its own rows, Chinese headings) and issues a 责令限期整改指令书 as PDF from an inspection', async ({ page, request }) => {
  // Two flows in one test, each opening pages cold: on a shared 2-core machine this took 1.7 minutes.
  test.setTimeout(300_000);
  const admin = await apiAs(request, 'admin');
  const hutang = await apiAs(request, 'hutang');
  await setCertificate(request, hutang.user.id, '32041220260101');
  await setCertificate(request, admin.user.id, '32041220260001');

  const errors = watchErrors(page);
  await logIn(page, 'hutang');
  await page.goto('/hazards');
  // The first visit loads the list's chunks: give a busy machine time.
  await expect(page.getByRole('table')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('export-button').click();
  const downloading = page.waitForEvent('download');
  await page.getByText('导出 CSV', { exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^隐患清单-\d{12}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [preamble = [], headings = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(preamble[0]).toMatch(/^导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}\u3000导出人：.+\u3000筛选条件：/);
  expect(headings.slice(0, 4)).toEqual(['隐患名称', '单位名称', '镇（街道）', '村（社区）']);
  expect(rows.length).toBeGreaterThan(20);
  expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['湖塘镇']));
  expect(rows.every((row) => ['待核实', '整改中', '待复查', '已销号', '不予受理'].includes(row[8] ?? ''))).toBe(true);

  // A finished supervision inspection of 湖塘 with a finding still open.
  const inspections = (await hutang.get<InspectionPage>('/inspections?status=finished&kind=supervision&limit=100')).body.items;
  let chosen: InspectionResponse | undefined;
  for (const inspection of inspections.filter((one) => one.failedItems > 0)) {
    const hazardIds = inspection.answers.flatMap((answer) => (answer.hazardId ? [answer.hazardId] : []));
    const hazards = await Promise.all(hazardIds.map(async (id) => (await hutang.get<HazardResponse>(`/hazards/${id}`)).body));
    if (hazards.some((hazard) => hazard.status !== 'closed' && hazard.status !== 'dismissed')) {
      chosen = inspection;
      break;
    }
  }
  if (!chosen) throw new Error('the demo has a finished 湖塘 inspection with an open finding');

  await page.goto(`/inspections/${chosen.id}`);
  const card = page.getByTestId('documents-card');
  await expect(card).toBeVisible({ timeout: 60_000 });
  await card.getByTestId('issue-document').click();
  await chooseOption(page, '第二名执法人员', `${admin.user.displayName}（32041220260001）`);
  await page.getByTestId('document-deadline').fill('2030-06-30');
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(card.getByText(/武应急责改〔\d{4}〕第\d{4}号/)).toBeVisible();

  const documents = (await hutang.get<DocumentResponse[]>(`/documents?inspectionId=${chosen.id}`)).body;
  const order = documents.find((document) => document.kind === 'rectification_order');
  expect(order?.number).toMatch(/^武应急责改〔\d{4}〕第\d{4}号$/);
  const href = await card.getByTestId('document-link').first().getAttribute('href');
  const pdf = await page.request.get(href ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(body.length).toBe(order?.byteSize);
  expect(pdf.headers()['content-disposition']).toContain(encodeURIComponent(`${order?.number ?? ''}.pdf`));
  expect(errors).toEqual([]);
});
