import type { SheetStatus } from '@/graphql/generated/graphql';

export type Tone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'info';

const TONES: Record<SheetStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  UNDER_APPRAISAL: 'primary',
  EXPLANATION_REQUESTED: 'warning',
  EXPLAINED: 'info',
  APPRAISED: 'primary',
  APPROVED: 'success',
  FINALIZED: 'success',
  PUBLISHED: 'success',
};

export const SHEET_STATES = Object.keys(TONES) as SheetStatus[];

export function statusTone(status: SheetStatus | string): Tone {
  return TONES[status as SheetStatus] ?? 'neutral';
}
