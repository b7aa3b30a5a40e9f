/**
 * What the person looking at a sheet should do next (issue 11 §3): the banners say which button to
 * press, instead of only why the sheet is locked. Decided from the actions the API offers this
 * user now (availableActions), the appraisal round and the sheet's state.
 */
import type { SheetAction } from '@/graphql/generated/graphql';

export type NextStep =
  | { key: 'fill' }
  | { key: 'explain'; n: number }
  | { key: 'start' }
  | { key: 'appraise1' }
  | { key: 'appraise2'; n: number }
  | { key: 'approve' }
  | { key: 'withdrawOrWait' }
  | { key: 'wait'; status: string }
  | null;

export function nextStep(args: { can: (a: SheetAction) => boolean; round: 1 | 2; status: string; questioned: number }): NextStep {
  const { can, round, status, questioned } = args;
  if (can('SAVE_EXPLANATION') || can('SUBMIT_EXPLANATION')) return { key: 'explain', n: questioned };
  if (can('SAVE_SELF') || can('SUBMIT')) return { key: 'fill' };
  if (can('START_APPRAISAL')) return { key: 'start' };
  if (can('SAVE_APPRAISAL') || can('COMPLETE_APPRAISAL')) return round === 2 ? { key: 'appraise2', n: questioned } : { key: 'appraise1' };
  if (can('APPROVE')) return { key: 'approve' };
  if (can('WITHDRAW')) return { key: 'withdrawOrWait' };
  if (['SUBMITTED', 'UNDER_APPRAISAL', 'EXPLAINED', 'APPRAISED', 'EXPLANATION_REQUESTED'].includes(status)) return { key: 'wait', status };
  return null;
}
