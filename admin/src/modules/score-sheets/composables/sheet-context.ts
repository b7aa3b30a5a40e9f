import type { InjectionKey } from 'vue';
import type { ScoreSheetState } from './use-score-sheet';

export interface SheetPageContext {
  state: ScoreSheetState;
  showHistory: (criterionId: string | null, code: string | null) => void;
}

export const SHEET_CONTEXT: InjectionKey<SheetPageContext> = Symbol('score-sheet');
