import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps, Stores, WriteContext } from '../deps.js';
import { writeContext } from '../deps.js';
import type { Hazard } from '../hazards/hazard.js';
import { hazardNotFound } from '../hazards/hazard-errors.js';
import type { Inspection } from '../inspections/inspection.js';
import { inspectionNotFound } from '../inspections/inspection-errors.js';
import { shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput } from '../shared/domain-error.js';
import { unitNotFound } from '../units/unit-errors.js';
import { documentContent } from './document-content.js';
import { documentNotFound, documentRefused, hazardNotReviewed, nothingToOrder, officerWithoutCertificate } from './document-errors.js';
import { documentNumber, type DocumentKind, type DocumentOfficer, type DocumentRenderer, type DocumentSettings, type EnforcementDocument } from './enforcement-document.js';

export interface DocumentServices {
  readonly renderer: DocumentRenderer;
  readonly settings: DocumentSettings;
}

export interface IssueDocumentInput {
  readonly kind: DocumentKind;
  /** The inspection an order or a record comes from. */
  readonly inspectionId?: string | undefined;
  /** Hazards of one unit: the findings of an order (default: the inspection's open findings) or the hazards a review closed. */
  readonly hazardIds?: readonly string[] | undefined;
  /** The second 执法人员 (two officers sign every document). */
  readonly coOfficerId: string;
  /** Deadline for findings that have none of their own (an inspection's findings start without one). */
  readonly deadline?: CalendarDate | undefined;
  /** The document this one reissues (it keeps its number; this one gets a new one). */
  readonly supersedesId?: string | undefined;
}

/** Officers of enforcement: district office, departments and towns (not grid workers or enterprises). */
const ISSUING_ROLES: readonly Actor['role'][] = ['district', 'department', 'town'];

/** Issues a document: takes the next number, renders the PDF and stores it, all in one transaction. */
export async function issueDocument(deps: CoreDeps, services: DocumentServices, actor: Actor, input: IssueDocumentInput): Promise<EnforcementDocument> {
  if (!ISSUING_ROLES.includes(actor.role)) throw documentRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => issueDocumentRecord(stores, { ...context, services }, input));
}

export async function issueDocumentRecord(
  stores: Stores,
  context: WriteContext & { readonly services: DocumentServices },
  input: IssueDocumentInput,
): Promise<EnforcementDocument> {
  const { actor, now, deps, services } = context;
  const scope = scopeFilterOf(actor);
  const inspection = input.inspectionId ? await loadInspection(stores, actor, input.inspectionId) : null;
  if (input.kind !== 'review_opinion' && !inspection && !(input.kind === 'rectification_order' && input.hazardIds?.length)) {
    throw invalidInput([{ path: '/inspectionId', code: 'required' }]);
  }
  const hazards = await chooseHazards(stores, actor, input, inspection);
  const unitId = inspection?.unitId ?? hazards[0]?.unitId ?? null;
  if (hazards.some((hazard) => hazard.unitId !== unitId) || unitId === null) throw invalidInput([{ path: '/hazardIds', code: 'one_unit' }]);
  const unit = await stores.units.findById(unitId, scope);
  if (!unit) throw unitNotFound(unitId);
  const officers = await officersOf(stores, actor, input.coOfficerId);
  const supersedes = input.supersedesId ? await stores.documents.findById(input.supersedesId, scope) : undefined;
  if (input.supersedesId && (!supersedes || supersedes.kind !== input.kind)) throw documentNotFound(input.supersedesId);

  const year = Number(shanghaiDate(now).slice(0, 4));
  const seq = await stores.documents.nextSequence(actor.districtCode, input.kind, year);
  const number = documentNumber(services.settings.numberPrefix, input.kind, year, seq);
  const content = await documentContent(stores, { deps, actor, now, settings: services.settings }, { kind: input.kind, number, unit, inspection, hazards, officers, deadline: input.deadline });
  const file = await services.renderer.render(content);
  const document: EnforcementDocument = {
    id: deps.ids.newId(), districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
    sector: unit.sector, kind: input.kind, number, year, seq, unitId: unit.id, inspectionId: inspection?.id ?? null,
    hazardIds: hazards.map((hazard) => hazard.id), supersedesId: supersedes?.id ?? null, byteSize: file.byteLength,
    sha256: deps.hasher.sha256(file), issuedBy: actor.userId, issuedByName: actor.displayName, issuedAt: now.toISOString(),
  };
  await stores.documents.insert(document, file);
  return document;
}

async function loadInspection(stores: Stores, actor: Actor, inspectionId: string): Promise<Inspection> {
  const inspection = await stores.inspections.findById(inspectionId, scopeFilterOf(actor));
  if (!inspection) throw inspectionNotFound(inspectionId);
  if (inspection.kind !== 'supervision') throw documentRefused();
  if (inspection.status !== 'finished') throw invalidInput([{ path: '/inspectionId', code: 'inspection_not_finished' }]);
  return inspection;
}

async function chooseHazards(stores: Stores, actor: Actor, input: IssueDocumentInput, inspection: Inspection | null): Promise<Hazard[]> {
  const ids = input.hazardIds?.length ? input.hazardIds : inspection?.answers.flatMap((answer) => (answer.hazardId ? [answer.hazardId] : [])) ?? [];
  if (input.kind === 'review_opinion' && ids.length === 0) throw invalidInput([{ path: '/hazardIds', code: 'required' }]);
  const hazards: Hazard[] = [];
  for (const id of ids) {
    const hazard = await stores.hazards.findById(id, scopeFilterOf(actor));
    if (!hazard) throw hazardNotFound(id);
    hazards.push(hazard);
  }
  if (input.kind === 'rectification_order') {
    const open = hazards.filter((hazard) => hazard.status !== 'closed' && hazard.status !== 'dismissed');
    if (open.length === 0) throw nothingToOrder();
    const undated = open.findIndex((hazard) => !hazard.deadline && !input.deadline);
    if (undated >= 0) throw invalidInput([{ path: '/deadline', code: 'required' }]);
    return open;
  }
  // A review opinion answers a rectification that was submitted and then closed on review.
  if (input.kind === 'review_opinion' && hazards.some((hazard) => hazard.status !== 'closed' || hazard.submittedBy === null)) throw hazardNotReviewed();
  return hazards;
}

async function officersOf(stores: Stores, actor: Actor, coOfficerId: string): Promise<DocumentOfficer[]> {
  const coOfficer = await stores.users.findById(coOfficerId);
  if (!coOfficer || coOfficer.districtCode !== actor.districtCode || coOfficer.id === actor.userId || !ISSUING_ROLES.includes(coOfficer.role)) {
    throw invalidInput([{ path: '/coOfficerId', code: 'not_found' }]);
  }
  const certificates = await stores.documents.certificatesOf(actor.districtCode, [actor.userId, coOfficer.id]);
  return [{ id: actor.userId, name: actor.displayName }, { id: coOfficer.id, name: coOfficer.displayName }].map(({ id, name }) => {
    const certificateNo = certificates.get(id);
    if (!certificateNo) throw officerWithoutCertificate(id);
    return { name, certificateNo };
  });
}
