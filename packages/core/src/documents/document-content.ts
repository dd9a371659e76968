import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { Stores, WriteServices } from '../deps.js';
import type { Hazard } from '../hazards/hazard.js';
import type { Inspection } from '../inspections/inspection.js';
import { shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import type { Unit } from '../units/unit.js';
import type { DocumentContent, DocumentKind, DocumentOfficer, DocumentSettings, DocumentUnit } from './enforcement-document.js';

const RESULT_WORDS: Readonly<Record<string, string>> = { pass: '符合', fail: '不符合', na: '不适用' };

interface ContentInput {
  readonly kind: DocumentKind;
  readonly number: string;
  readonly unit: Unit;
  readonly inspection: Inspection | null;
  readonly hazards: readonly Hazard[];
  readonly officers: readonly DocumentOfficer[];
  readonly deadline: CalendarDate | undefined;
}

/** Everything the page shows, decided here (numbering, deadlines, results) so renderers only lay out. */
export async function documentContent(
  stores: Stores,
  context: { readonly deps: WriteServices; readonly actor: Actor; readonly now: Date; readonly settings: DocumentSettings },
  input: ContentInput,
): Promise<DocumentContent> {
  const { settings, now, deps } = context;
  const issuedOn = shanghaiDate(now);
  const unit = documentUnit(input.unit);
  const base = { number: input.number, agency: settings.agency, unit, officers: input.officers, issuedOn };
  const signature = input.inspection ? await signatureOf(stores, deps, input.inspection) : null;
  switch (input.kind) {
    case 'rectification_order':
      return {
        ...base, kind: 'rectification_order', reconsiderationBody: settings.reconsiderationBody, court: settings.court,
        signature, signedBy: input.inspection?.signedBy ?? null,
        findings: input.hazards.map((hazard, index) => ({
          seq: index + 1, text: findingText(hazard), legalBasis: hazard.legalBasis, major: hazard.level === 'major',
          deadline: (hazard.deadline ?? input.deadline) as CalendarDate,
        })),
      };
    case 'inspection_record': {
      const inspection = input.inspection as Inspection;
      const template = await stores.checklists.findById(inspection.checklistId, inspection.districtCode);
      const items = new Map(template?.items.map((item) => [item.id, item.text]) ?? []);
      return {
        ...base, kind: 'inspection_record', signature, signedBy: inspection.signedBy,
        startedAt: inspection.startedAt, finishedAt: inspection.finishedAt, place: input.unit.address,
        checklist: template ? `${template.name}（${inspection.checklistCode} 第${inspection.checklistVersion}版）` : inspection.checklistCode,
        items: inspection.answers.map((answer, index) => ({
          seq: index + 1, text: items.get(answer.itemId) ?? answer.itemId, result: RESULT_WORDS[answer.result] ?? answer.result,
          note: answer.fixedOnSite ? `${answer.note ?? ''}（已当场整改）`.trim() : answer.note,
        })),
      };
    }
    case 'review_opinion': {
      const orders = (await stores.documents.listFor(scopeFilterOf(context.actor), { hazardId: input.hazards[0]?.id ?? '' }))
        .filter((document) => document.kind === 'rectification_order');
      const order = orders[0] ?? null;
      const hazards = [];
      for (const [index, hazard] of input.hazards.entries()) {
        const events = await stores.hazardEvents.listForHazard(hazard.id, hazard.districtCode);
        const close = events.filter((event) => event.action === 'close').at(-1);
        hazards.push({ seq: index + 1, text: findingText(hazard), closedOn: hazard.closedAt ? shanghaiDate(hazard.closedAt) : null, note: close?.note ?? null });
      }
      return { ...base, kind: 'review_opinion', orderNumber: order?.number ?? null, orderIssuedOn: order ? shanghaiDate(order.issuedAt) : null, hazards };
    }
  }
}

function documentUnit(unit: Unit): DocumentUnit {
  const contact = unit.contacts[0];
  return { name: unit.name, creditCode: unit.creditCode, address: unit.address, contact: contact ? `${contact.name}（${contact.role}）${contact.phone}` : null };
}

function findingText(hazard: Hazard): string {
  const description = hazard.description.trim();
  return description && description !== hazard.title ? `${hazard.title}：${description}` : hazard.title;
}

/** The unit's signature captured at the end of the inspection, when it is an image a PDF can embed. */
async function signatureOf(stores: Stores, deps: WriteServices, inspection: Inspection): Promise<Uint8Array | null> {
  if (!inspection.signaturePhotoId) return null;
  const photo = await stores.photos.findById(inspection.signaturePhotoId, inspection.districtCode);
  if (!photo || (photo.mimeType !== 'image/png' && photo.mimeType !== 'image/jpeg')) return null;
  return (await deps.photoFiles.read(photo.sha256, 'original')) ?? null;
}
