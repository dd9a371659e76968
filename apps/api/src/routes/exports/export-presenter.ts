import { Readable } from 'node:stream';
import { exportLabels, TABLE_MEDIA_TYPES, type ExportLabels, type Language } from '@safegrid/contracts';
import type { Actor, ExportCell, ExportLabelGroup, ExportTable, SheetContent, SheetValue, TableFileWriter, TableFormat } from '@safegrid/core';
import type { FastifyReply } from 'fastify';

/** Filter parameters whose values are vocabulary codes, per list: shown by their labels. */
const FILTER_VOCABULARY: Readonly<Record<ExportTable['list'], Readonly<Record<string, keyof ExportLabels['vocabulary']>>>> = {
  hazards: { status: 'hazardStatus', level: 'hazardLevel', source: 'hazardSource', category: 'hazardCategory', sector: 'sector' },
  units: { kind: 'unitKind', sector: 'sector', tag: 'riskTag', status: 'unitStatus', riskLevel: 'riskLevel' },
  inspections: { status: 'inspectionStatus', kind: 'inspectionKind' },
  campaign_units: {},
  patrols: { state: 'patrolState' },
  tenant_reviews: { status: 'tenantReviewStatus' },
  notification_deliveries: { channel: 'channel', status: 'deliveryStatus' },
};

export interface ExportRequest {
  readonly table: ExportTable;
  readonly format: TableFormat;
  readonly actor: Actor;
  readonly language: Language;
  /** The list filters as the client sent them (without `format`). */
  readonly filters: Readonly<Record<string, unknown>>;
  readonly regionNames: ReadonlyMap<string, string>;
  readonly now: Date;
}

/** Words the table for its reader: headings, labels, Asia/Shanghai times and the 导出时间/导出人/筛选条件 line. */
export function presentSheet(request: ExportRequest): SheetContent {
  const labels = exportLabels(request.language);
  const { table } = request;
  const headings = labels.headings[table.list];
  return {
    title: labels.titles[table.list],
    preamble: preambleOf(request, labels),
    headings: table.columns.map((column) => headings[column] ?? column),
    rows: wordRows(table.rows, labels),
  };
}

/** Sends the file as a download, streamed as it is written. */
export function sendTableFile(reply: FastifyReply, writer: TableFileWriter, request: ExportRequest): FastifyReply {
  const sheet = presentSheet(request);
  const stamp = shanghaiTime(request.now.toISOString()).replace(/[-: ]/g, '').slice(0, 12);
  const name = `${sheet.title}-${stamp}.${request.format}`;
  return reply
    .header('content-type', TABLE_MEDIA_TYPES[request.format])
    .header('content-disposition', `attachment; filename="${request.table.list}-${stamp}.${request.format}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('cache-control', 'no-store')
    .send(Readable.from(writer.write(sheet, request.format)));
}

async function* wordRows(rows: AsyncIterable<readonly ExportCell[]>, labels: ExportLabels): AsyncGenerator<readonly SheetValue[]> {
  for await (const row of rows) yield row.map((cell) => wordCell(cell, labels));
}

/** The words of one vocabulary value; a value from outside the vocabulary (old data) keeps its code. */
function wordOf(labels: ExportLabels, group: ExportLabelGroup, value: string): string {
  return (labels.vocabulary[group] as Readonly<Record<string, string>>)[value] ?? value;
}

export function wordCell(cell: ExportCell, labels: ExportLabels): SheetValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  switch (cell.kind) {
    case 'label': return wordOf(labels, cell.group, cell.value);
    case 'labels': return cell.values.map((value) => wordOf(labels, cell.group, value)).join('、');
    case 'date': return cell.value;
    case 'instant': return shanghaiTime(cell.value);
    case 'yes_no': return cell.value ? labels.words.yes : labels.words.no;
  }
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiTime(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function preambleOf(request: ExportRequest, labels: ExportLabels): string {
  const { words } = labels;
  const vocabulary = FILTER_VOCABULARY[request.table.list];
  const filters = Object.entries(request.filters)
    // The list's order (`sort`) is not a filter: the rows are the same whichever way they run.
    .filter(([key, value]) => key !== 'sort' && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => {
      const values = (Array.isArray(value) ? value : [value]).map((one) => {
        const text = String(one);
        const group = vocabulary[key];
        if (group) return wordOf(labels, group, text);
        if (typeof one === 'boolean') return one ? words.yes : words.no;
        return request.regionNames.get(text) ?? text;
      });
      return `${labels.filters[key] ?? key}=${values.join('、')}`;
    });
  return [
    `${words.exportedAt}：${shanghaiTime(request.now.toISOString())}`,
    `${words.exportedBy}：${request.actor.displayName}`,
    `${words.filters}：${filters.length > 0 ? filters.join(words.separator) : words.none}`,
  ].join('　');
}
