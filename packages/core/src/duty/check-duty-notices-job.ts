import type { CoreDeps } from '../deps.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { addDays, shanghaiDate } from '../shared/calendar-date.js';
import { missingReports } from '../task-lists/task-list.js';
import { enqueueDutyNotices, handoverNotices, rosterGapNotices, taskListNotices, type DutyNotice } from './duty-notices.js';
import { isHandoverFlagged } from './handover.js';
import { ROSTER_GAP_DAYS } from './read-roster.js';
import { rosterGaps } from './roster.js';

/** Recent handovers per office looked at for acknowledgement; older ones were told of before. */
const HANDOVERS_PER_OFFICE = 10;

/**
 * What the duty offices must hear without anybody acting (ADR 0082): a task of a work-task list
 * whose monthly report is missing or that passed its deadline (to its lead office), a date of the
 * next 7 days not fully staffed, and a handover not acknowledged within the hour (to the office
 * owning the roster). Statuses stay computed on read; this job only tells. Each notice is keyed by
 * its event, so running again enqueues and tells nothing new.
 */
export async function findDutyNotices(deps: CoreDeps, districtCode: string): Promise<DutyNotice[]> {
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const notices: DutyNotice[] = [];

  for (const plan of await deps.taskLists.listPlans(districtCode)) {
    const tasks = (await deps.taskLists.listTasks(plan.id, districtCode)).filter((task) => task.completedAt === null);
    const reports = await deps.taskLists.listReports(tasks.map((task) => task.id), districtCode);
    for (const task of tasks) {
      const own = reports.filter((report) => report.taskId === task.id);
      notices.push(...taskListNotices(task, missingReports(task, own, today), today > task.deadline));
    }
  }

  const towns = (await deps.regions.listRegions(districtCode)).filter((region) => region.level === 'town').map((region) => region.code);
  const offices = [districtCode, ...towns];
  const shifts = await deps.duty.listShifts(districtCode, offices, today, addDays(today, ROSTER_GAP_DAYS - 1));
  for (const regionCode of offices) {
    notices.push(...rosterGapNotices(districtCode, regionCode, rosterGaps(regionCode, shifts.filter((shift) => shift.regionCode === regionCode), today, ROSTER_GAP_DAYS)));
    const handovers = await deps.duty.listHandovers(districtCode, regionCode, HANDOVERS_PER_OFFICE);
    notices.push(...handoverNotices(handovers.filter((handover) => isHandoverFlagged(handover, now))));
  }
  return notices;
}

/** Finds the notices and enqueues the new ones; returns how many were new. */
export async function checkDutyNotices(deps: CoreDeps, districtCode: string): Promise<number> {
  const notices = await findDutyNotices(deps, districtCode);
  return deps.inTransaction((stores) => enqueueDutyNotices(stores, deps, notices));
}

/** Every 15 minutes: a handover is flagged an hour after it was written, told within the quarter after. */
export const checkDutyNoticesJob: JobDefinition = {
  kind: 'duty.check-notices',
  schedule: '*/15 * * * *',
  async run({ job, deps, reportProgress }) {
    await checkDutyNotices(deps, job.districtCode);
    await reportProgress(1, 1);
  },
};
