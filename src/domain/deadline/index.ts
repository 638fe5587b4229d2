/**
 * The statutory clock: the PCC must publish comments within 56 days of the report's publication
 * (Police Act 1996 s.55(5)-(5B)). 56 days beginning with the day of publication, so the last day
 * is publication + 55 days (published 16 July 2021 -> due Thursday 9 September 2021).
 */
export const STATUTORY_DAYS = 56;

const DAY_MS = 24 * 60 * 60 * 1000;

function isoToUtc(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

function utcToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day of `date` in local time, as midnight UTC, so day arithmetic ignores clocks changing. */
function dayOf(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Last day to publish comments, ISO date. */
export function statutoryDueDate(publishedOn: string): string {
  return utcToIso(isoToUtc(publishedOn) + (STATUTORY_DAYS - 1) * DAY_MS);
}

export interface DeadlineStatus {
  dueOn: string;
  /** Days from today to the due date: 0 on the due day, negative once overdue. */
  daysLeft: number;
  overdue: boolean;
  /** e.g. "due 9 September 2021 · 12 days left", "due 9 September 2021 · 3 days overdue". */
  label: string;
}

// Names, not Intl.DateTimeFormat: the inspection list is the pane's first screen, and making a
// formatter costs more (ICU's locale data, tens of ms in a task pane) than the rest of the list.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "16 July 2021" */
export function formatLongDate(iso: string): string {
  const d = new Date(isoToUtc(iso));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Thursday 9 September 2021" */
export function formatWeekdayDate(iso: string): string {
  return `${WEEKDAYS[new Date(isoToUtc(iso)).getUTCDay()]} ${formatLongDate(iso)}`;
}

export function deadlineStatus(publishedOn: string, today: Date): DeadlineStatus {
  const dueOn = statutoryDueDate(publishedOn);
  const daysLeft = Math.round((isoToUtc(dueOn) - dayOf(today)) / DAY_MS);
  const overdue = daysLeft < 0;
  const when =
    daysLeft === 0 ? "due today" : overdue ? `${-daysLeft} day${daysLeft === -1 ? "" : "s"} overdue` : `${daysLeft} day${daysLeft === 1 ? "" : "s"} left`;
  return { dueOn, daysLeft, overdue, label: `due ${formatLongDate(dueOn)} · ${when}` };
}
