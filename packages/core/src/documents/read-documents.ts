import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { getHazard } from '../hazards/get-hazard.js';
import { getInspection } from '../inspections/read-inspections.js';
import { invalidInput } from '../shared/domain-error.js';
import { certificateRefused, documentNotFound } from './document-errors.js';
import type { EnforcementDocument } from './enforcement-document.js';

/** Documents issued from an inspection, or covering a hazard, that the actor can see; newest first. */
export async function listDocuments(
  deps: CoreDeps,
  actor: Actor,
  link: { readonly inspectionId: string } | { readonly hazardId: string },
): Promise<EnforcementDocument[]> {
  // The inspection or hazard itself must be visible: 404 for another town's.
  if ('inspectionId' in link) await getInspection(deps, actor, link.inspectionId);
  else await getHazard(deps, actor, link.hazardId);
  return deps.documents.listFor(scopeFilterOf(actor), link);
}

/** An issued document and its PDF bytes, exactly as issued. */
export async function readDocumentFile(deps: CoreDeps, actor: Actor, documentId: string): Promise<{ document: EnforcementDocument; file: Uint8Array }> {
  const document = await deps.documents.findById(documentId, scopeFilterOf(actor));
  const file = document && await deps.documents.readFile(document);
  if (!document || !file) throw documentNotFound(documentId);
  return { document, file };
}

/** Records an officer's 执法证号 (the district office keeps its officers' numbers). */
export async function setOfficerCertificate(deps: CoreDeps, actor: Actor, input: { readonly userId: string; readonly certificateNo: string }): Promise<void> {
  if (actor.role !== 'district') throw certificateRefused();
  const user = await deps.users.findById(input.userId);
  if (!user || user.districtCode !== actor.districtCode) throw invalidInput([{ path: '/userId', code: 'not_found' }]);
  const certificateNo = input.certificateNo.trim();
  if (!certificateNo) throw invalidInput([{ path: '/certificateNo', code: 'required' }]);
  await deps.inTransaction((stores) => stores.documents.setCertificate(actor.districtCode, user.id, certificateNo, deps.clock.now().toISOString()));
}

/** Officers of the actor's district who can co-sign: those with a 执法证号. */
export async function listOfficers(deps: CoreDeps, actor: Actor): Promise<{ userId: string; displayName: string; certificateNo: string }[]> {
  const users = (await deps.users.listByDistrict(actor.districtCode)).filter((user) => ['district', 'department', 'town'].includes(user.role) && user.status === 'active');
  const certificates = await deps.documents.certificatesOf(actor.districtCode, users.map((user) => user.id));
  return users.flatMap((user) => {
    const certificateNo = certificates.get(user.id);
    return certificateNo ? [{ userId: user.id, displayName: user.displayName, certificateNo }] : [];
  });
}
