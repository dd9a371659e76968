// Tests only (pdfjs-dist is a dev dependency; index.ts does not export this file).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, in reading order, with the PDF library's own extractor. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    // Letter-spaced titles and ideographic spaces come out as spaces: compare without whitespace.
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  await task.destroy();
  return pages;
}
