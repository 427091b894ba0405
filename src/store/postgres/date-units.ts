// Calendar units of the rollup grains: whether a date window starts and ends on week or month
// edges, and which whole units lie inside it (rollups.ts reads those from a coarse grain).

import { addDays } from '../reconcile.ts';
import type { Grain } from './rollups.ts';

/** True when the window [from, to] starts and ends on unit edges (a coarse row then lies
 *  wholly inside or wholly outside it). */
export function inUnits(from: string | undefined, to: string | undefined, unit: Grain['unit']): boolean {
  return (!from || startsUnit(from, unit)) && (!to || startsUnit(dayAfter(to), unit));
}

/** The whole units of the window: from the first unit start on or after `from` to the last
 *  unit end on or before `to`; null when none lies inside or a bound is not a plain date. */
export function unitsWithin(from: string | undefined, to: string | undefined, unit: 'week' | 'month'): { from?: string; to?: string } | null {
  if (!plainOrAbsent(from) || !plainOrAbsent(to)) return null;
  let start = from;
  while (start && !startsUnit(start, unit)) start = dayAfter(start);
  let end = to;
  while (end && !startsUnit(dayAfter(end), unit)) end = dayBefore(end);
  if (start && end && start > end) return null;
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

export function plainOrAbsent(date: string | undefined): boolean {
  return !date || (PLAIN_DATE.test(date) && dayAfter(date) !== '');
}

/** Days from a to b (YYYY-MM-DD). */
export function days(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` (YYYY-MM-DD) is the first day of a unit; any date starts a day, none 'all'. */
function startsUnit(date: string, unit: Grain['unit']): boolean {
  if (unit === 'day') return true;
  if (unit === 'all' || !PLAIN_DATE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return false;
  return unit === 'month' ? d.getUTCDate() === 1 : d.getUTCDay() === 1; // weeks start on Monday
}

/** The day after a YYYY-MM-DD date ('' when it is not one). */
function dayAfter(date: string): string {
  return shift(date, 1);
}

function dayBefore(date: string): string {
  return shift(date, -1);
}

function shift(date: string, n: number): string {
  return PLAIN_DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? addDays(date, n) : '';
}
