import { CONTENT_WIDTH, ensureSpace, PAGE, type Pdf } from './pdf-layout.js';

/** A ruled table: header row in bold on grey, numbers right-aligned; breaks across pages with its header. */
export function table(doc: Pdf, headings: readonly string[], rows: readonly (readonly (string | number)[])[], widths: readonly number[]): void {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const columns = widths.map((width) => (width / total) * CONTENT_WIDTH);
  const rowHeight = 20;
  const drawRow = (cells: readonly (string | number)[], header: boolean) => {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    if (header) doc.save().rect(PAGE.margin, y, CONTENT_WIDTH, rowHeight).fill('#eef2f7').restore();
    let x = PAGE.margin;
    cells.forEach((cell, index) => {
      const width = columns[index] ?? 0;
      doc.font(header ? 'bold' : 'regular').fontSize(10).fillColor('black')
        .text(String(cell), x + 4, y + 5, { width: width - 8, height: rowHeight - 6, ellipsis: true, lineBreak: false, align: typeof cell === 'number' ? 'right' : 'left' });
      x += width;
    });
    doc.moveTo(PAGE.margin, y + rowHeight).lineTo(PAGE.margin + CONTENT_WIDTH, y + rowHeight).lineWidth(0.4).strokeColor('#b0b8c4').stroke().strokeColor('black');
    doc.x = PAGE.margin;
    doc.y = y + rowHeight;
  };
  drawRow(headings, true);
  for (const row of rows) {
    if (doc.y + rowHeight > PAGE.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(headings, true);
    }
    drawRow(row, false);
  }
  doc.y += 8;
}

/**
 * A line chart drawn with vector primitives: value axis from 0 to the largest value (or 1 for
 * rates), one polyline per series, labels of the first, middle and last x.
 */
export function lineChart(doc: Pdf, input: {
  readonly labels: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[]; readonly color: string }[];
  readonly percent?: boolean;
  readonly height?: number;
}): void {
  const height = input.height ?? 150;
  ensureSpace(doc, height + 40);
  const left = PAGE.margin + 36;
  const top = doc.y + 6;
  const width = CONTENT_WIDTH - 40;
  const max = input.percent ? 1 : Math.max(1, ...input.series.flatMap((series) => series.values));
  const count = Math.max(1, input.labels.length - 1);
  const xOf = (index: number) => left + (width * index) / count;
  const yOf = (value: number) => top + height - (height * value) / max;
  doc.lineWidth(0.4).strokeColor('#c8ced8');
  for (let step = 0; step <= 4; step += 1) {
    const value = (max * step) / 4;
    doc.moveTo(left, yOf(value)).lineTo(left + width, yOf(value)).stroke();
    const text = input.percent ? `${Math.round(value * 100)}%` : String(Math.round(value));
    doc.font('regular').fontSize(8).fillColor('#555555').text(text, PAGE.margin, yOf(value) - 4, { width: 32, align: 'right', lineBreak: false });
  }
  for (const series of input.series) {
    if (series.values.length === 0) continue;
    doc.lineWidth(1.6).strokeColor(series.color);
    series.values.forEach((value, index) => (index === 0 ? doc.moveTo(xOf(index), yOf(value)) : doc.lineTo(xOf(index), yOf(value))));
    doc.stroke();
  }
  const marks = [...new Set([0, Math.floor(count / 2), count])];
  for (const index of marks) {
    const text = input.labels[index] ?? '';
    doc.font('regular').fontSize(8).fillColor('#555555').text(text, xOf(index) - 40, top + height + 4, { width: 80, align: 'center', lineBreak: false });
  }
  let legendX = left;
  for (const series of input.series) {
    doc.save().rect(legendX, top + height + 18, 10, 4).fill(series.color).restore();
    doc.font('regular').fontSize(8).fillColor('#333333').text(series.name, legendX + 14, top + height + 15, { lineBreak: false });
    legendX += 14 + doc.widthOfString(series.name) + 18;
  }
  doc.fillColor('black').strokeColor('black');
  doc.x = PAGE.margin;
  doc.y = top + height + 34;
}
