import { readFile } from 'node:fs/promises';
import { loadPdfKit } from '../lazy-modules.js';

/**
 * Noto Sans SC cut down to GB 2312 + ASCII + common punctuation (fonts/NOTICE: SIL OFL 1.1). pdfkit
 * embeds only the glyphs a document uses, so a one-page document carries a few dozen KB of font.
 */
const FONT_DIR = new URL('../../fonts/', import.meta.url);
// Read with the first document (ADR 0080): 4.4 MB that a server printing no documents never needs.
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | null = null;
const loadFonts = () => (fonts ??= Promise.all([
  readFile(new URL('NotoSansSC-Regular-GB2312.ttf', FONT_DIR)),
  readFile(new URL('NotoSansSC-Bold-GB2312.ttf', FONT_DIR)),
]).then(([regular, bold]) => ({ regular, bold })).catch((error: unknown) => {
  fonts = null;
  throw error;
}));

export const PAGE = { width: 595.28, height: 841.89, margin: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margin * 2;

export type Pdf = PDFKit.PDFDocument;

/** An A4 document with both weights registered and pages kept for numbering at the end. */
export async function newPdf(title: string, author: string): Promise<Pdf> {
  const [PDFDocument, { regular, bold }] = await Promise.all([loadPdfKit(), loadFonts()]);
  const doc = new PDFDocument({ size: 'A4', margins: { top: PAGE.margin - 8, bottom: PAGE.margin + 12, left: PAGE.margin, right: PAGE.margin }, bufferPages: true, info: { Title: title, Author: author } });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular').fontSize(12);
  return doc;
}

/** Collects the PDF's bytes once the document is ended. */
export function pdfBytes(doc: Pdf, finish: () => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    try {
      finish();
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** 安全生产行政执法文书 over a double rule, then the title: the head of every 执法文书. */
export function documentHead(doc: Pdf, title: string, number: string): void {
  doc.font('regular').fontSize(14).text('安全生产行政执法文书', { align: 'center', characterSpacing: 2 });
  const y = doc.y + 4;
  doc.moveTo(PAGE.margin, y).lineTo(PAGE.width - PAGE.margin, y).lineWidth(1.6).stroke();
  doc.moveTo(PAGE.margin, y + 3).lineTo(PAGE.width - PAGE.margin, y + 3).lineWidth(0.6).stroke();
  doc.y = y + 16;
  doc.font('bold').fontSize(22).text(title, { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(12).text(number, { align: 'center' });
  doc.moveDown(1);
}

/** Punctuation that must not begin a line (禁则): it hangs at the end of the previous line instead. */
const NO_LINE_START = new Set('，。、；：？！）》」』〕】”’%％…—·'.split(''));
/** Latin words and numbers (GB 15577-2018, 32041220260017) are never split. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9.\-/]*|[\s\S]/gu;

/**
 * Breaks Chinese text into lines of `width` points: between any two characters, never inside a
 * Latin word or number, and never before closing punctuation. pdfkit's own breaker follows UAX 14
 * and leaves ragged gaps before long runs of Chinese.
 */
export function wrapLines(doc: Pdf, text: string, width: number, firstIndent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let available = width - firstIndent;
  for (const token of text.match(TOKEN) ?? []) {
    if (token === '\n') {
      lines.push(line);
      line = '';
      available = width;
      continue;
    }
    if (line !== '' && !NO_LINE_START.has(token) && doc.widthOfString(line + token) > available) {
      // Opening punctuation moves down with what it opens.
      const opening = /[（《「『〔【“‘]+$/u.exec(line)?.[0] ?? '';
      lines.push(line.slice(0, line.length - opening.length));
      line = opening + token.trimStart();
      available = width;
    } else {
      line += token;
    }
  }
  lines.push(line);
  return lines;
}

/** A paragraph with a first-line indent of two characters, wrapped by wrapLines. */
export function paragraph(doc: Pdf, text: string, options: { indent?: boolean; bold?: boolean; size?: number } = {}): void {
  const size = options.size ?? 11.5;
  doc.font(options.bold ? 'bold' : 'regular').fontSize(size);
  const indent = options.indent === false ? 0 : size * 2;
  const lineHeight = doc.currentLineHeight(true) + 3;
  wrapLines(doc, text, CONTENT_WIDTH, indent).forEach((line, index) => {
    ensureSpace(doc, lineHeight);
    const y = doc.y;
    doc.text(line, PAGE.margin + (index === 0 ? indent : 0), y, { lineBreak: false });
    doc.x = PAGE.margin;
    doc.y = y + lineHeight;
  });
  doc.y += size * 0.3;
}

/** Starts a new page unless `height` points are left above the footer. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > PAGE.height - doc.page.margins.bottom) doc.addPage();
}

/**
 * The foot of every document: two officers with their 执法证号 and the unit's signature on the
 * left (the image captured on site, else a line to sign on paper); the issuing body and date at the
 * right over a dashed circle where the seal goes.
 */
export function signaturesAndSeal(doc: Pdf, input: {
  readonly officers: readonly { name: string; certificateNo: string }[];
  readonly unitLabel: string;
  readonly signature: Uint8Array | null;
  readonly signedBy: string | null;
  readonly agency: string;
  readonly issuedOn: string;
}): void {
  ensureSpace(doc, 165);
  const top = doc.y + 6;
  const leftWidth = CONTENT_WIDTH - 170;
  doc.font('regular').fontSize(12).text('安全生产行政执法人员（签名）：', PAGE.margin, top, { width: leftWidth, lineGap: 5 });
  for (const officer of input.officers) doc.text(`\u3000\u3000${officer.name}\u3000执法证号：${officer.certificateNo}`, { width: leftWidth, lineGap: 5 });
  doc.moveDown(0.4);
  doc.text(`${input.unitLabel}：`, { width: leftWidth, lineGap: 5 });
  const signatureTop = doc.y;
  if (input.signature) {
    try {
      doc.image(Buffer.from(input.signature), PAGE.margin + 24, signatureTop, { fit: [140, 44] });
    } catch {
      doc.text('\u3000\u3000（现场签字图片无法读取）', PAGE.margin, signatureTop);
    }
  } else {
    doc.moveTo(PAGE.margin + 24, signatureTop + 30).lineTo(PAGE.margin + 200, signatureTop + 30).lineWidth(0.5).stroke();
  }
  doc.y = signatureTop + 48;
  if (input.signedBy) doc.text(`\u3000\u3000签字人：${input.signedBy}`, PAGE.margin, doc.y, { width: leftWidth });
  const leftBottom = doc.y;

  const centreX = PAGE.width - PAGE.margin - 80;
  const centreY = top + 64;
  doc.save().circle(centreX, centreY, 44).lineWidth(0.8).dash(3, { space: 3 }).strokeColor('#c0392b').stroke().restore();
  doc.fillColor('#c0392b').fontSize(9).text('（印章）', centreX - 44, centreY - 6, { width: 88, align: 'center' }).fillColor('black');
  doc.fontSize(12).text(input.agency, PAGE.margin, centreY + 52, { width: CONTENT_WIDTH, align: 'right' });
  doc.text(chineseDate(input.issuedOn), { width: CONTENT_WIDTH, align: 'right' });
  doc.x = PAGE.margin;
  doc.y = Math.max(doc.y, leftBottom) + 8;
}

/** 共 N 页 第 n 页 at the foot of every page, and the document's footnote above it. */
export function finishPages(doc: Pdf, footnote: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(9).fillColor('#333333');
    doc.text(footnote, PAGE.margin, PAGE.height - 58, { width: CONTENT_WIDTH, align: 'left' });
    doc.text(`共 ${range.count} 页\u3000第 ${index - range.start + 1} 页`, PAGE.margin, PAGE.height - 44, { width: CONTENT_WIDTH, align: 'center' });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}

/** 2026-03-15 → 2026年3月15日 */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** An instant as 2026年3月2日 10时05分, Asia/Shanghai. */
export function chineseTime(instant: string): string {
  const local = new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString();
  return `${chineseDate(local.slice(0, 10))} ${local.slice(11, 13)}时${local.slice(14, 16)}分`;
}
