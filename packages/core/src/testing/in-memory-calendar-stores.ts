import { isInScope } from '../accounts/scope.js';
import type { CalendarStore, DistrictCalendarDay } from '../calendar/calendar-store.js';
import type { CalendarDay } from '../calendar/working-calendar.js';
import type { HazardNoticeStore, TakenNoticeStep } from '../escalation/notice-store.js';
import { LAST_NOTICE_STEP } from '../escalation/notice-steps.js';
import type { Hazard } from '../hazards/hazard.js';
import { DEADLINE_STATUS } from '../hazards/hazard-time-policy.js';
import type { HazardSupervision, SupervisionStore } from '../supervision/supervision.js';

export interface MemoryCalendarTables {
  hazards: Map<string, Hazard>;
  nationalDays: Map<string, CalendarDay>;
  districtDays: Map<string, DistrictCalendarDay>;
  noticeSteps: Map<string, TakenNoticeStep>;
  supervisions: Map<string, HazardSupervision>;
}

export function createMemoryCalendarTables(): Omit<MemoryCalendarTables, 'hazards'> {
  return { nationalDays: new Map(), districtDays: new Map(), noticeSteps: new Map(), supervisions: new Map() };
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);
const stepKey = (step: Pick<TakenNoticeStep, 'districtCode' | 'hazardId' | 'step' | 'deadline'>) =>
  `${step.districtCode}|${step.hazardId}|${step.step}|${step.deadline}`;

/** The calendar, "sent once" and 挂牌督办 stores over plain maps, with the storage rules. */
export function createMemoryCalendarStores(tables: MemoryCalendarTables): { calendar: CalendarStore; hazardNotices: HazardNoticeStore; supervisions: SupervisionStore } {
  const calendar: CalendarStore = {
    listNational: async () => [...tables.nationalDays.values()].sort(byDate),
    async putNational(days) {
      for (const day of days) tables.nationalDays.set(day.date, { date: day.date, working: day.working, name: day.name });
    },
    listDistrict: async (districtCode) =>
      [...tables.districtDays.values()].filter((day) => districtCode === undefined || day.districtCode === districtCode).sort(byDate),
    async putDistrict(days) {
      for (const day of days) tables.districtDays.set(`${day.districtCode}|${day.date}`, { ...day });
    },
    async removeDistrict(districtCode, dates) {
      for (const date of dates) tables.districtDays.delete(`${districtCode}|${date}`);
    },
  };
  const hazardNotices: HazardNoticeStore = {
    async listCandidates({ districtCode, deadlineTo, afterId, limit }) {
      return [...tables.hazards.values()]
        .filter((hazard) => hazard.districtCode === districtCode && hazard.status === DEADLINE_STATUS && hazard.deadline !== null && hazard.deadline <= deadlineTo)
        .filter((hazard) => !tables.noticeSteps.has(stepKey({ districtCode, hazardId: hazard.id, step: LAST_NOTICE_STEP, deadline: hazard.deadline ?? '' })))
        .filter((hazard) => afterId === undefined || hazard.id > afterId)
        .sort((a, b) => a.id.localeCompare(b.id))
        .slice(0, limit);
    },
    async markTaken(step) {
      const key = stepKey(step);
      if (tables.noticeSteps.has(key)) return false;
      tables.noticeSteps.set(key, { ...step });
      return true;
    },
    listTaken: async (hazardId, districtCode) =>
      [...tables.noticeSteps.values()].filter((step) => step.hazardId === hazardId && step.districtCode === districtCode).sort((a, b) => a.takenAt.localeCompare(b.takenAt)),
  };
  const supervisions: SupervisionStore = {
    find: async (hazardId, districtCode) => tables.supervisions.get(`${districtCode}|${hazardId}`),
    async insert(supervision) {
      const key = `${supervision.districtCode}|${supervision.hazardId}`;
      if (tables.supervisions.has(key)) return false;
      tables.supervisions.set(key, { ...supervision });
      return true;
    },
    async delist({ hazardId, districtCode, by, byName, at }) {
      const key = `${districtCode}|${hazardId}`;
      const row = tables.supervisions.get(key);
      if (!row || row.delistedAt) return false;
      tables.supervisions.set(key, { ...row, delistedBy: by, delistedByName: byName, delistedAt: at });
      return true;
    },
    async list(scope, filter, page) {
      const rows = [...tables.supervisions.values()]
        .map((supervision) => ({ supervision, hazard: tables.hazards.get(supervision.hazardId) }))
        .filter((row): row is { supervision: HazardSupervision; hazard: Hazard } => row.hazard !== undefined && row.hazard.districtCode === row.supervision.districtCode)
        .filter(({ supervision, hazard }) => isInScope(scope, hazard)
          && (filter.active === undefined || filter.active === (supervision.delistedAt === null))
          && (filter.regionCode === undefined || hazard.townCode === filter.regionCode || hazard.villageCode === filter.regionCode))
        .filter(({ hazard }) => !page.cursor || hazard.id < page.cursor)
        .sort((a, b) => (a.hazard.id < b.hazard.id ? 1 : -1));
      const items = rows.slice(0, page.limit);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.hazard.id ?? null) : null };
    },
  };
  return { calendar, hazardNotices, supervisions };
}
