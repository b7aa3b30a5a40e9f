import type { DataSource } from 'typeorm';
import type { SignedInActor } from '../../../platform/auth/request-context';
import type { Locale } from '../../../platform/errors/app-error';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { TaskKind } from './task.types';

/** One piece of work on the user's desk, before the inbox adds days left and sorts. */
export interface TaskItem {
  /** Stable across requests (e.g. `sheet:<id>:EXPLAIN`), so the admin can key its list on it. */
  key: string;
  kind: TaskKind;
  /** What to do, in the request's language ("Giải trình theo đề nghị của đơn vị thẩm định"). */
  title: string;
  /** A short status ("Còn 34/41 tiêu chí chưa nhập"), or null. */
  detail: string | null;
  year: AssessmentYearEntity;
  /** What the task opens: a sheet, else the year (or, for other modules, their own target). */
  sheetId: string | null;
  targetId: string | null;
  unitId: string | null;
  unitName: string | null;
  /** Inclusive ISO day, Vietnam time; null when the step has no deadline. */
  deadline: string | null;
  /** What the deadline is for ("Hạn giải trình"); null with no deadline. */
  deadlineFor: string | null;
}

export interface TaskSourceInput {
  db: DataSource;
  actor: SignedInActor;
  locale: Locale;
  now: Date;
  /**
   * Every year the user takes part in (his province's, or one whose roster names his unit), in
   * any status; a source picks the statuses it cares about. Read once for all sources.
   */
  years: AssessmentYearEntity[];
}

/**
 * A module's contribution to the inbox. It must read set-based: a fixed number of statements
 * whatever the number of years, sheets or items (the inbox spec counts them).
 */
export type TaskSource = (input: TaskSourceInput) => Promise<TaskItem[]>;

const sources: { name: string; collect: TaskSource }[] = [];

/** Called once at load by each contributing module (scoring.subgraph.ts), like the year hooks. */
export function registerTaskSource(name: string, collect: TaskSource): void {
  if (!sources.some((s) => s.name === name)) sources.push({ name, collect });
}

export function taskSources(): readonly { name: string; collect: TaskSource }[] {
  return sources;
}
