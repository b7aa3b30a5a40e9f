import type { InjectionKey, Ref } from 'vue';
import type { ScoreSheetState } from './use-score-sheet';

export interface SheetPageContext {
  state: ScoreSheetState;
  showHistory: (criterionId: string | null, code: string | null) => void;
  /** Leaves named as missing by the submit dialog or the server's refusal: each row says so. */
  flagged?: Ref<ReadonlySet<string>>;
}

export const SHEET_CONTEXT: InjectionKey<SheetPageContext> = Symbol('score-sheet');
