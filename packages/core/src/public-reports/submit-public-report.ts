import type { Actor } from '../accounts/actor.js';
import { hazardChangeOf } from '../changes/change-feed.js';
import type { CoreDeps, Stores, WriteContext } from '../deps.js';
import { toWgs84, type CoordinateSystem } from '../geo/coordinate-systems.js';
import { isValidLngLat, type LngLat } from '../geo/geometry.js';
import { createHazardRecord, type HazardPlacement } from '../hazards/create-hazard-record.js';
import { findLikelyDuplicates, type DuplicateCandidate } from '../hazards/find-duplicates.js';
import type { Hazard } from '../hazards/hazard.js';
import { isOpenStatus } from '../hazards/hazard-status.js';
import { idempotencyKeyReused } from '../hazards/hazard-errors.js';
import type { Photo } from '../photos/photo.js';
import { photoNotAnImage, photoTooLarge } from '../photos/upload-photo.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { followTargetGone, publicReportLooksAutomated } from './public-report-errors.js';
import { countPublicSubmission } from './public-report-limits.js';
import { isPublicReportCategory, routePublicCategory, type PublicReportCategory } from './public-report-categories.js';
import { MOBILE_PATTERN, PUBLIC_REPORT_LIMITS, type PublicReport, type PublicReportChannel } from './public-report.js';
import { publicReporterActor, publicReportSettingsOf, resolvePublicDistrict } from './public-reporter.js';
import { newTrackingCode, normalizeTrackingCode, trackingCodeHash } from './tracking-code.js';

export interface PublicReportInput {
  /** Only for installs serving several districts. */
  readonly districtCode?: string | undefined;
  readonly category: string;
  readonly description: string;
  readonly location: LngLat & { readonly crs: CoordinateSystem };
  readonly photos?: readonly { readonly bytes: Uint8Array; readonly originalName?: string | undefined }[];
  readonly reporterName?: string | undefined;
  readonly reporterPhone?: string | undefined;
  /** The field people never see; anything in it means a robot filled the form. */
  readonly honeypot?: string | undefined;
  /** Follow this open hazard (one of the likely duplicates offered) instead of reporting a new one. */
  readonly followHazardId?: string | undefined;
  /** Counted for the per-address limit (hashed). */
  readonly clientAddress: string;
  /** Open311: the API key's own hourly limit replaces the per-address one (the key's id is the address). */
  readonly perHourLimit?: number | undefined;
  /** Open311: attributes and media_url, kept in the report event's details. */
  readonly extraDetails?: Readonly<Record<string, unknown>> | undefined;
  readonly channel: PublicReportChannel;
  /** Open311: the API key's name, written into the hazard's history. */
  readonly clientName?: string | undefined;
  /** Open311 `address_string`, kept in the report event's details. */
  readonly addressText?: string | undefined;
  readonly idempotencyKey?: string | undefined;
  readonly requestHash?: string | undefined;
}

export interface PublicReportReceipt {
  /** Shown once; only its hash is stored. */
  readonly trackingCode: string;
  readonly reportId: string;
  readonly hazardId: string;
  readonly followed: boolean;
  readonly receivedAt: string;
  /** Likely duplicates of a new report, to offer following one of them. */
  readonly duplicates: readonly DuplicateCandidate[];
}

/**
 * 群众举报: a report from anyone, without an account (ADR 0074). Checks, counts it against the
 * per-address and per-phone limits, stores the photo bytes (content-addressed, so a failure later
 * leaves only unreferenced files), then in ONE transaction writes the photo rows, the hazard
 * (source `public`, 待核实, routed by place to grid and town and by category to the department)
 * with its `report` event, and the report with its hashed tracking code. A retry with the same
 * idempotency key returns the same report with a fresh code (the first answer never arrived).
 */
export async function submitPublicReport(deps: CoreDeps, input: PublicReportInput): Promise<PublicReportReceipt> {
  if (input.honeypot?.trim()) throw publicReportLooksAutomated();
  const districtCode = await resolvePublicDistrict(deps, input.districtCode);
  const actor = publicReporterActor(districtCode);
  const checked = checkFields(input);
  const replayed = await replay(deps, actor, input);
  if (replayed) return replayed;
  const configured = publicReportSettingsOf(deps);
  const settings = input.perHourLimit ? { ...configured, reportsPerHourPerAddress: input.perHourLimit } : configured;
  await countPublicSubmission(deps, {
    now: deps.clock.now(), settings, addressKey: deps.hasher.sha256(new TextEncoder().encode(input.clientAddress)),
    phoneKey: checked.phone ? deps.hasher.sha256(new TextEncoder().encode(checked.phone)) : null,
  });
  const location = toWgs84(input.location, input.location.crs);
  const grid = (await deps.gridLocators.forDistrict(districtCode)).locate(location);
  if (!grid) throw invalidInput([{ path: '/location', code: 'outside_district' }]);
  const photos = await storePhotos(deps, actor, input.photos ?? []);
  const context: WriteContext = { deps, actor, now: deps.clock.now() };
  const code = newTrackingCode(deps.tokens);
  const result = await deps.inTransaction(async (stores) => {
    for (const photo of photos) await stores.photos.insert(photo);
    const placement = { districtCode, townCode: grid.townCode, villageCode: grid.villageCode, gridId: grid.id, unitId: null, location };
    return input.followHazardId
      ? { followed: true as const, ...(await followRecord(stores, context, { input, checked, code, photos, followId: input.followHazardId })) }
      : { followed: false as const, ...(await reportRecord(stores, context, { input, checked, code, photos, placement })) };
  });
  if (result.hazard && !result.followed) deps.changes.publish(hazardChangeOf(result.hazard, 'report', result.report.createdAt));
  const duplicates = result.followed ? [] : await findLikelyDuplicates(deps, { districtCode, category: checked.route.hazardCategory, location, excludeId: result.report.hazardId });
  return { trackingCode: code, reportId: result.report.id, hazardId: result.report.hazardId, followed: result.followed, receivedAt: result.report.createdAt, duplicates };
}

interface CheckedFields {
  readonly category: PublicReportCategory;
  readonly route: ReturnType<typeof routePublicCategory>;
  readonly description: string;
  readonly name: string | null;
  readonly phone: string | null;
}

function checkFields(input: PublicReportInput): CheckedFields {
  const problems: FieldProblem[] = [];
  const description = input.description.trim();
  const name = input.reporterName?.trim() || null;
  const phone = input.reporterPhone?.replace(/[\s-]/g, '') || null;
  if (!isPublicReportCategory(input.category)) problems.push({ path: '/category', code: 'enum' });
  if (description.length < PUBLIC_REPORT_LIMITS.descriptionMin) problems.push({ path: '/description', code: 'too_short', params: { limit: PUBLIC_REPORT_LIMITS.descriptionMin } });
  if (description.length > PUBLIC_REPORT_LIMITS.descriptionMax) problems.push({ path: '/description', code: 'too_long', params: { limit: PUBLIC_REPORT_LIMITS.descriptionMax } });
  if (!isValidLngLat(input.location)) problems.push({ path: '/location', code: 'out_of_range' });
  if (name && [...name].length > PUBLIC_REPORT_LIMITS.nameMax) problems.push({ path: '/reporterName', code: 'too_long', params: { limit: PUBLIC_REPORT_LIMITS.nameMax } });
  if (phone && !MOBILE_PATTERN.test(phone)) problems.push({ path: '/reporterPhone', code: 'mobile_format' });
  if ((input.photos?.length ?? 0) > PUBLIC_REPORT_LIMITS.maxPhotos) problems.push({ path: '/photos', code: 'too_many', params: { limit: PUBLIC_REPORT_LIMITS.maxPhotos } });
  if (problems.length > 0 || !isPublicReportCategory(input.category)) throw invalidInput(problems);
  return { category: input.category, route: routePublicCategory(input.category), description, name, phone };
}

/** Checks and stores the bytes of every photo before the transaction; the rows are written inside it. */
async function storePhotos(deps: CoreDeps, actor: Actor, photos: NonNullable<PublicReportInput['photos']>): Promise<Photo[]> {
  const checked = [];
  for (const [index, photo] of photos.entries()) {
    if (photo.bytes.byteLength > deps.limits.photoMaxBytes) throw withPath(photoTooLarge(deps.limits.photoMaxBytes), index);
    const facts = await deps.images.inspect(photo.bytes);
    if (!facts) throw withPath(photoNotAnImage(), index);
    checked.push({ photo, facts });
  }
  const stored: Photo[] = [];
  for (const { photo, facts } of checked) {
    const sha256 = deps.hasher.sha256(photo.bytes);
    await deps.photoFiles.put(sha256, 'original', photo.bytes);
    await deps.photoFiles.put(sha256, 'thumbnail', await deps.images.thumbnail(photo.bytes));
    stored.push({
      id: deps.ids.newId(), districtCode: actor.districtCode, sha256, mimeType: facts.mimeType, byteSize: photo.bytes.byteLength,
      width: facts.width, height: facts.height, takenAt: facts.takenAt, location: facts.location, uploadedBy: actor.userId,
      uploadedAt: deps.clock.now().toISOString(), originalName: photo.originalName?.slice(0, 255) ?? null,
    });
  }
  return stored;
}

function withPath(error: ReturnType<typeof photoNotAnImage>, index: number) {
  return invalidInput(error.fields.map((field) => ({ ...field, path: `/photos/${index}` })), error.message);
}

interface RecordInput {
  readonly input: PublicReportInput;
  readonly checked: CheckedFields;
  readonly code: string;
  readonly photos: readonly Photo[];
}

async function reportRecord(
  stores: Stores,
  context: WriteContext,
  args: RecordInput & { placement: Omit<HazardPlacement, 'sector'> },
): Promise<{ report: PublicReport; hazard: Hazard }> {
  const { deps, actor, now } = context;
  const { input, checked } = args;
  const title = checked.description.replace(/\s+/g, ' ').slice(0, 40);
  const hazard = await createHazardRecord({ deps, stores, actor, now, today: shanghaiDate(now) }, {
    placement: { ...args.placement, sector: checked.route.sector },
    source: 'public', level: 'general', category: checked.route.hazardCategory, title, description: checked.description,
    legalBasis: null, photoIds: args.photos.map((photo) => photo.id), foundAt: now.toISOString(), plan: null,
    reportDetails: {
      channel: input.channel, publicCategory: checked.category, department: checked.route.department,
      ...(input.clientName ? { client: input.clientName } : {}), ...(input.addressText ? { address: input.addressText } : {}),
      ...input.extraDetails,
    },
  });
  const report = await insertReport(stores, context, args, { hazardId: hazard.id, reportedHazardId: hazard.id });
  return { report, hazard };
}

/** 附近已有相同问题正在处理: the reporter follows an open hazard instead; their photos join it. */
async function followRecord(stores: Stores, context: WriteContext, args: RecordInput & { followId: string }): Promise<{ report: PublicReport; hazard: undefined }> {
  const target = await stores.hazards.findById(args.followId, { districtCode: context.actor.districtCode });
  if (!target || !isOpenStatus(target.status)) throw followTargetGone(args.followId);
  await stores.hazards.linkPhotos(target, args.photos.map((photo) => photo.id));
  const report = await insertReport(stores, context, args, { hazardId: target.id, reportedHazardId: null });
  return { report, hazard: undefined };
}

async function insertReport(
  stores: Stores,
  context: WriteContext,
  args: RecordInput,
  link: { hazardId: string; reportedHazardId: string | null },
): Promise<PublicReport> {
  const { deps, actor, now } = context;
  const normalized = normalizeTrackingCode(args.code) as string;
  const report: PublicReport = {
    id: deps.ids.newId(), districtCode: actor.districtCode, ...link, codeHash: trackingCodeHash(deps.tokens, normalized),
    channel: args.input.channel, clientName: args.input.clientName ?? null, category: args.checked.category, description: args.checked.description,
    photoIds: args.photos.map((photo) => photo.id), reporterName: args.checked.name, reporterPhone: args.checked.phone, createdAt: now.toISOString(),
  };
  await stores.publicReports.insert(report);
  if (args.input.idempotencyKey) {
    await stores.idempotency.save({ userId: actor.userId, key: args.input.idempotencyKey, requestHash: args.input.requestHash ?? '', resourceId: report.id, createdAt: now.toISOString() });
  }
  return report;
}

/** A retried submission: the same report, with a new code replacing the one whose answer was lost. */
async function replay(deps: CoreDeps, actor: Actor, input: PublicReportInput): Promise<PublicReportReceipt | undefined> {
  if (!input.idempotencyKey) return undefined;
  const record = await deps.idempotency.find(actor.userId, input.idempotencyKey);
  if (!record) return undefined;
  if (record.requestHash !== (input.requestHash ?? '')) throw idempotencyKeyReused();
  const report = await deps.publicReports.findById(record.resourceId, actor.districtCode);
  if (!report) return undefined;
  const code = newTrackingCode(deps.tokens);
  await deps.inTransaction((stores) => stores.publicReports.replaceCode(report.id, report.districtCode, trackingCodeHash(deps.tokens, normalizeTrackingCode(code) as string)));
  return { trackingCode: code, reportId: report.id, hazardId: report.hazardId, followed: report.reportedHazardId === null, receivedAt: report.createdAt, duplicates: [] };
}
