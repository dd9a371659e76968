import sharp from 'sharp';
import type { DocumentContent } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.js';
import { deadlineGroups, pdfDocumentRenderer } from './render-documents.js';

const officers = [{ name: '张敏', certificateNo: '32041220260017' }, { name: '李强', certificateNo: '32041220260023' }];
const unit = { name: '常州市武进区湖塘精密机械有限公司', creditCode: '91320412MA1XXXXX0X', address: '武进区湖塘镇花园街128号', contact: '王强（安全负责人）13912345678' };

function sampleOrder(findings = 3, signature: Uint8Array | null = null): Extract<DocumentContent, { kind: 'rectification_order' }> {
  return {
    kind: 'rectification_order', number: '武应急责改〔2026〕第0123号', agency: '常州市武进区应急管理局', unit,
    findings: Array.from({ length: findings }, (_, index) => ({
      seq: index + 1,
      text: index === 0 ? '除尘系统未按规定设置泄爆装置：布袋除尘器箱体无泄爆口' : `安全出口被杂物堵塞（第${index + 1}处）`,
      legalBasis: index === 0 ? '《工贸企业重大事故隐患判定标准》第十三条第（二）项' : '《中华人民共和国消防法》第二十八条',
      major: index === 0, deadline: index === 0 ? '2026-03-30' : '2026-03-09',
    })),
    reconsiderationBody: '常州市武进区人民政府或者常州市应急管理局', court: '常州市武进区人民法院',
    officers, signature, signedBy: '王强', issuedOn: '2026-03-02',
  };
}

describe('pdfDocumentRenderer', () => {
  it('lays out a 责令限期整改指令书 with its number, addressee, numbered findings, grouped deadlines and remedies', async () => {
    const signature = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const bytes = await pdfDocumentRenderer.render(sampleOrder(3, new Uint8Array(signature)));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(bytes.byteLength).toBeLessThan(200_000);
    const [first = '', ...rest] = await pdfText(bytes);
    const text = [first, ...rest].join('');
    expect(first).toContain('安全生产行政执法文书');
    expect(first).toContain('责令限期整改指令书');
    expect(first).toContain('武应急责改〔2026〕第0123号');
    expect(text).toContain('常州市武进区湖塘精密机械有限公司：');
    expect(text).toContain('统一社会信用代码：91320412MA1XXXXX0X');
    expect(text).toContain('1．【重大事故隐患】除尘系统未按规定设置泄爆装置');
    expect(text).toContain('其中事故隐患1项属于重大事故隐患');
    expect(text).toContain('现责令你单位对上述第2、3项问题于2026年3月9日前整改完毕');
    expect(text).toContain('第1项问题于2026年3月30日前整改完毕');
    expect(text).toContain('60日内向常州市武进区人民政府或者常州市应急管理局申请行政复议');
    expect(text).toContain('6个月内依法向常州市武进区人民法院提起行政诉讼');
    expect(text).toContain('执法证号：32041220260017');
    expect(text).toContain('执法证号：32041220260023');
    expect(text).toContain('共1页');
  });

  it('numbers every page of a long order', async () => {
    const pages = await pdfText(await pdfDocumentRenderer.render(sampleOrder(40)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page).toContain(`共${pages.length}页第${index + 1}页`));
  });

  it('groups deadlines in date order', () => {
    expect(deadlineGroups(sampleOrder(3).findings)).toEqual([{ deadline: '2026-03-09', seqs: [2, 3] }, { deadline: '2026-03-30', seqs: [1] }]);
  });

  it('lays out a 现场检查记录 and a 整改复查意见书', async () => {
    const record = await pdfText(await pdfDocumentRenderer.render({
      kind: 'inspection_record', number: '武应急检记〔2026〕第0007号', agency: '常州市武进区应急管理局', unit, startedAt: '2026-03-02T01:30:00Z',
      finishedAt: '2026-03-02T02:10:00Z', place: unit.address, checklist: '粉尘涉爆企业检查表（DUST 第1版）', officers, signature: null, signedBy: '王强', issuedOn: '2026-03-02',
      items: [{ seq: 1, text: '除尘系统设置泄爆装置', result: '不符合', note: '无泄爆口' }, { seq: 2, text: '粉尘清扫制度', result: '符合', note: null }],
    }));
    expect(record.join('')).toContain('现场检查记录');
    expect(record.join('')).toContain('检查时间：2026年3月2日09时30分至2026年3月2日10时10分');
    expect(record.join('')).toContain('共检查2项，其中不符合1项');
    const review = await pdfText(await pdfDocumentRenderer.render({
      kind: 'review_opinion', number: '武应急复查〔2026〕第0002号', agency: '常州市武进区应急管理局', unit, orderNumber: '武应急责改〔2026〕第0123号',
      orderIssuedOn: '2026-03-02', officers, issuedOn: '2026-03-12', hazards: [{ seq: 1, text: '安全出口被杂物堵塞', closedOn: '2026-03-12', note: '已清理' }],
    }));
    expect(review.join('')).toContain('本机关于2026年3月2日作出了责令限期整改的决定（武应急责改〔2026〕第0123号）');
    expect(review.join('')).toContain('于2026年3月12日复查合格');
  });
});
