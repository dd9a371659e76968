import type { DocumentContent, DocumentRenderer, OrderFinding } from '@safegrid/core';
import { chineseDate, chineseTime, documentHead, finishPages, newPdf, paragraph, pdfBytes, signaturesAndSeal, type Pdf } from './pdf-layout.js';

const FOOTNOTE = '本文书一式两份：一份由应急管理部门备案，一份交被检查单位。';

/** The three 执法文书 as PDF with pdfkit, laid out after the official templates (reference domain.md §10). */
export const pdfDocumentRenderer: DocumentRenderer = {
  render(content: DocumentContent): Promise<Uint8Array> {
    switch (content.kind) {
      case 'rectification_order': return renderOrder(content);
      case 'inspection_record': return renderRecord(content);
      case 'review_opinion': return renderReview(content);
    }
  },
};

type Order = Extract<DocumentContent, { kind: 'rectification_order' }>;
type Record = Extract<DocumentContent, { kind: 'inspection_record' }>;
type Review = Extract<DocumentContent, { kind: 'review_opinion' }>;

function addressee(doc: Pdf, unit: Order['unit']): void {
  doc.font('bold').fontSize(13).text(`${unit.name}：`);
  doc.font('regular').fontSize(10).fillColor('#444444')
    .text(`统一社会信用代码：${unit.creditCode ?? '（未登记）'}\u3000地址：${unit.address}`, { lineGap: 3 }).fillColor('black');
  doc.moveDown(0.6);
}

/** Findings sharing a deadline form one sentence: 对上述第1、3项问题于…前整改完毕. */
export function deadlineGroups(findings: readonly OrderFinding[]): { deadline: string; seqs: number[] }[] {
  const groups = new Map<string, number[]>();
  for (const finding of findings) groups.set(finding.deadline, [...(groups.get(finding.deadline) ?? []), finding.seq]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([deadline, seqs]) => ({ deadline, seqs }));
}

async function renderOrder(content: Order): Promise<Uint8Array> {
  const doc = await newPdf(`责令限期整改指令书 ${content.number}`, content.agency);
  return pdfBytes(doc, () => {
    documentHead(doc, '责令限期整改指令书', content.number);
    addressee(doc, content.unit);
    paragraph(doc, '经查，你单位存在下列问题：');
    for (const finding of content.findings) {
      const basis = finding.legalBasis ? `（依据：${finding.legalBasis}）` : '';
      paragraph(doc, `${finding.seq}．${finding.major ? '【重大事故隐患】' : ''}${finding.text}${basis}`);
    }
    const major = content.findings.filter((finding) => finding.major).length;
    if (major > 0) paragraph(doc, `其中事故隐患${major}项属于重大事故隐患。`);
    for (const group of deadlineGroups(content.findings)) {
      paragraph(doc, `现责令你单位对上述第${group.seqs.join('、')}项问题于${chineseDate(group.deadline)}前整改完毕，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。`);
    }
    paragraph(doc, '整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。');
    paragraph(doc, `如果不服本指令，可以依法在60日内向${content.reconsiderationBody}申请行政复议，或者在6个月内依法向${content.court}提起行政诉讼，但本指令不停止执行，法律另有规定的除外。`);
    signaturesAndSeal(doc, { ...content, unitLabel: '被检查单位负责人（签名）' });
    finishPages(doc, FOOTNOTE);
  });
}

async function renderRecord(content: Record): Promise<Uint8Array> {
  const doc = await newPdf(`现场检查记录 ${content.number}`, content.agency);
  return pdfBytes(doc, () => {
    documentHead(doc, '现场检查记录', content.number);
    const facts = [
      ['被检查单位', content.unit.name], ['统一社会信用代码', content.unit.creditCode ?? '（未登记）'], ['地址', content.unit.address],
      ['联系人', content.unit.contact ?? '—'], ['检查场所', content.place],
      ['检查时间', `${chineseTime(content.startedAt)} 至 ${content.finishedAt ? chineseTime(content.finishedAt) : '—'}`], ['检查依据', content.checklist],
    ];
    for (const [label, value] of facts) doc.font('regular').fontSize(11).text(`${label}：${value}`, { lineGap: 4 });
    doc.moveDown(0.6);
    paragraph(doc, '检查情况：', { indent: false, bold: true });
    for (const item of content.items) {
      const note = item.note ? `；${item.note}` : '';
      doc.font('regular').fontSize(11).text(`${item.seq}．${item.text}——${item.result}${note}`, { lineGap: 4, align: 'left' });
    }
    const failed = content.items.filter((item) => item.result === '不符合').length;
    doc.moveDown(0.5);
    paragraph(doc, `共检查${content.items.length}项，其中不符合${failed}项。`);
    signaturesAndSeal(doc, { ...content, unitLabel: '被检查单位现场负责人（签名）' });
    finishPages(doc, FOOTNOTE);
  });
}

async function renderReview(content: Review): Promise<Uint8Array> {
  const doc = await newPdf(`整改复查意见书 ${content.number}`, content.agency);
  return pdfBytes(doc, () => {
    documentHead(doc, '整改复查意见书', content.number);
    addressee(doc, content.unit);
    const order = content.orderNumber && content.orderIssuedOn
      ? `本机关于${chineseDate(content.orderIssuedOn)}作出了责令限期整改的决定（${content.orderNumber}），`
      : '本机关对你单位存在的事故隐患作出了限期整改的要求，';
    paragraph(doc, `${order}经对你单位整改情况进行复查，提出如下意见：`);
    for (const hazard of content.hazards) {
      const closed = hazard.closedOn ? `，于${chineseDate(hazard.closedOn)}复查合格` : '';
      paragraph(doc, `${hazard.seq}．${hazard.text}：已整改完毕${closed}${hazard.note ? `（${hazard.note}）` : ''}。`);
    }
    paragraph(doc, '经复查，上述问题已按要求整改，予以销号。你单位应当巩固整改成果，落实安全生产主体责任，防止同类隐患再次发生。');
    signaturesAndSeal(doc, { ...content, unitLabel: '被复查单位负责人（签名）', signature: null, signedBy: null });
    finishPages(doc, FOOTNOTE);
  });
}
