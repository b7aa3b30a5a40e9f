import type { RouteLocationRaw } from 'vue-router';
import type { MyTasksQuery, TaskKind } from '@/graphql/generated/graphql';

export type InboxTask = MyTasksQuery['myTasks'][number];

/**
 * Where each kind of task is done. A module that contributes tasks on the server (its own
 * TaskKind values) adds its page here; a kind without an entry is listed without a link.
 */
export const TASK_TARGETS: Partial<Record<TaskKind, (task: InboxTask) => RouteLocationRaw | null>> = {
  FILL: sheetOf,
  SUBMIT: sheetOf,
  EXPLAIN: sheetOf,
  APPRAISE: sheetOf,
  APPROVE: sheetOf,
  OPEN_YEAR: yearOf,
  FINALIZE_YEAR: yearOf,
  PUBLISH_YEAR: yearOf,
  REPORT_DUE: reportsOf,
  REPORT_PENALTY: reportsOf,
  REMEDIATE: remediationOf,
  REVIEW_REMEDIATION: remediationOf,
};

function remediationOf(task: InboxTask): RouteLocationRaw {
  return { name: 'accountabilityRemediation', query: { year: task.yearId, ...(task.targetId ? { item: task.targetId } : {}) } };
}

function sheetOf(task: InboxTask): RouteLocationRaw | null {
  return task.sheetId ? { name: 'scoreSheet', params: { id: task.sheetId } } : null;
}

function reportsOf(task: InboxTask): RouteLocationRaw {
  return { name: 'periodicReports', query: { year: task.yearId } };
}

function yearOf(task: InboxTask): RouteLocationRaw {
  return { name: 'year', params: { id: task.yearId } };
}

export function taskTarget(task: InboxTask): RouteLocationRaw | null {
  return TASK_TARGETS[task.kind]?.(task) ?? null;
}
