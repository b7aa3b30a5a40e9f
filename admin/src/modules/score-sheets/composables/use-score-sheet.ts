import { computed, onBeforeUnmount, reactive, ref, watch, type Ref } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import type { GraphQLFormattedError } from 'graphql';
import type { ApolloError } from '@apollo/client/core';
import type {
  EvidenceInput,
  ScoreSheetFieldsFragment,
  SheetAction,
  AppraisalEntryInput,
  ExplanationEntryInput,
  SelfAssessmentEntryInput,
} from '@/graphql/generated/graphql';
import { describeGraphQLError } from '@/graphql/errors';
import { NOT_FOUND_INLINE } from '@/graphql/not-found';
import { formatDateTime } from '@/i18n/format';
import { useToastStore } from '@/stores/toast';
import {
  ApproveScoreSheetDocument,
  CloseExplanationDocument,
  CompleteAppraisalDocument,
  ReopenScoreSheetDocument,
  RemoveEvidenceDocument,
  RequestExplanationDocument,
  ReturnToAppraisalDocument,
  SaveAppraisalDocument,
  ConfirmRuleReviewDocument,
  SaveExplanationDocument,
  SaveSelfAssessmentDocument,
  ScoreSheetDocument,
  StartAppraisalDocument,
  SubmitExplanationDocument,
  SubmitSelfAssessmentDocument,
  WithdrawSubmissionDocument,
} from '../graphql';
import { computeSheet, hundredths, isOverride, nodesFromCriteria, sheetRows, type AppraisalRound, type Locale } from './sheet-model';
import { fromHundredths } from '@domain/scoring/hundredths';
import type { LeafDefaults } from '@domain/scoring/default-zero';
import { defaultZeroMarks } from './submit-check';

export type Sheet = ScoreSheetFieldsFragment;
export type SheetEntryData = Sheet['entries'][number];

/** A file or document reference attached to a leaf, as edited. */
export interface EvidenceDraft {
  fileId?: string | null;
  fileName?: string | null;
  size?: number | null;
  documentNumber?: string | null;
  documentDate?: string | null;
  issuer?: string | null;
  title?: string | null;
}

/** What the user is editing on one leaf (strings as typed). */
export interface LeafDraft {
  declaredValue: string;
  notApplicable: boolean;
  note: string;
  evidence: EvidenceDraft[];
  appraisalPoints: string;
  appraisalNote: string;
  explanationText: string;
  supplementary: EvidenceDraft[];
}

type DraftKind = 'self' | 'appraisal' | 'explanation';

/** Debounce of the autosave (ms): long enough to group keystrokes, short enough to feel live. */
export const AUTOSAVE_DELAY = 800;

export function pointsText(points: number | null | undefined, locale: Locale): string {
  if (points === null || points === undefined) return '';
  const s = String(points);
  return locale === 'vi' ? s.replace('.', ',') : s;
}

/** A stored numeric declared value ("87.68") as an official reads it: "87,68" in Vietnamese. */
export function declaredText(value: string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return locale === 'vi' && /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value;
}

/** What the API stores: a decimal comma becomes a point ("12,5" → "12.5"); other values as typed. */
export function declaredForApi(text: string): string {
  const v = text.trim();
  return /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v;
}

function evidenceFrom(list: SheetEntryData['selfEvidence'] | undefined): EvidenceDraft[] {
  return (list ?? []).map((e) => ({
    fileId: e.fileId ?? null,
    fileName: e.file?.fileName ?? null,
    size: e.file?.size ?? null,
    documentNumber: e.documentNumber ?? null,
    documentDate: e.documentDate ?? null,
    issuer: e.issuer ?? null,
    title: e.title ?? null,
  }));
}

export function evidenceInput(list: readonly EvidenceDraft[]): EvidenceInput[] {
  return list
    .filter((e) => e.fileId || e.documentNumber || e.title || e.issuer || e.documentDate)
    .map((e) => ({
      fileId: e.fileId || null,
      documentNumber: e.documentNumber?.trim() || null,
      documentDate: e.documentDate || null,
      issuer: e.issuer?.trim() || null,
      title: e.title?.trim() || null,
    }));
}

/**
 * The round the appraiser is writing: round 2 once an explanation was requested (the server
 * keeps `explanationRequested` on the questioned leaves and refuses round 2 before that).
 */
export function currentRound(sheet: Pick<Sheet, 'entries'>): AppraisalRound {
  return sheet.entries.some((e) => e.explanationRequested) ? 2 : 1;
}

/** What an appraisal in this round is compared with: a change from it needs a note. */
export function appraisalBaseline(
  entry: Pick<SheetEntryData, 'selfPoints' | 'round1Points'> | undefined,
  round: AppraisalRound,
): number | null {
  if (!entry) return null;
  return hundredths(round === 2 ? (entry.round1Points ?? entry.selfPoints) : entry.selfPoints);
}

export function draftFromEntry(entry: SheetEntryData | undefined, round: AppraisalRound, locale: Locale): LeafDraft {
  const roundPoints = round === 2 ? entry?.round2Points : entry?.round1Points;
  const roundNote = round === 2 ? entry?.round2Note : entry?.round1Note;
  return {
    declaredValue: declaredText(entry?.declaredValue, locale),
    notApplicable: !!entry?.notApplicable,
    note: entry?.selfNote ?? '',
    evidence: evidenceFrom(entry?.selfEvidence),
    appraisalPoints: pointsText(roundPoints, locale),
    appraisalNote: roundNote ?? '',
    explanationText: entry?.explanationText ?? '',
    supplementary: evidenceFrom(entry?.supplementaryEvidence),
  };
}

function gqlErrors(e: unknown): readonly GraphQLFormattedError[] {
  const err = e as Partial<ApolloError> | null;
  return err?.graphQLErrors ?? [];
}

export function isConflict(e: unknown): boolean {
  return gqlErrors(e).some((g) => g.extensions?.code === 'CONFLICT');
}

/**
 * A save refused because a file it cites was deleted or attached elsewhere meanwhile: not someone
 * else's edit of the sheet — the server's words say what to do, and the draft stays as it is.
 */
export function isLostEvidenceFile(e: unknown): boolean {
  return gqlErrors(e).some((g) => g.extensions?.reason === 'EVIDENCE_FILE_CHANGED');
}

const TRANSITIONS = {
  SUBMIT: SubmitSelfAssessmentDocument,
  START_APPRAISAL: StartAppraisalDocument,
  SUBMIT_EXPLANATION: SubmitExplanationDocument,
  COMPLETE_APPRAISAL: CompleteAppraisalDocument,
  APPROVE: ApproveScoreSheetDocument,
} as const;
/** Transitions whose mutation takes a reason (kept in the audit trail). */
const WITH_REASON = {
  WITHDRAW: WithdrawSubmissionDocument,
  CLOSE_EXPLANATION: CloseExplanationDocument,
  RETURN_TO_APPRAISAL: ReturnToAppraisalDocument,
} as const;
const REOPEN = { REOPEN_SELF_ASSESSMENT: 'SELF_ASSESSMENT', REOPEN_APPRAISAL: 'APPRAISAL' } as const;
export type TransitionAction = keyof typeof TRANSITIONS | keyof typeof WITH_REASON | keyof typeof REOPEN;

/** How a transition treats its reason: not asked, optional, or required before sending. */
export function reasonPolicy(action: TransitionAction | 'REQUEST_EXPLANATION'): 'none' | 'optional' | 'required' {
  if (action === 'WITHDRAW') return 'optional';
  if (action === 'CLOSE_EXPLANATION' || action === 'RETURN_TO_APPRAISAL' || action in REOPEN) return 'required';
  return 'none';
}

/**
 * State of the score-sheet page: the sheet from the API, the drafts being typed, the live
 * computation, debounced autosave with optimistic concurrency, and the workflow actions. Every
 * button the page shows comes from `availableActions`.
 */
export function useScoreSheet(sheetId: Ref<string>) {
  const { t, locale: i18nLocale } = useI18n();
  const locale = computed(() => (i18nLocale.value === 'en' ? 'en' : 'vi') as Locale);
  const toast = useToastStore();
  const { resolveClient } = useApolloClient();

  const query = useQuery(ScoreSheetDocument, () => ({ id: sheetId.value }), {
    fetchPolicy: 'cache-and-network',
    context: NOT_FOUND_INLINE,
  });
  const sheet = computed<Sheet | null>(() => query.result.value?.scoreSheet ?? null);
  const actions = computed(() => new Set<SheetAction>(sheet.value?.availableActions ?? []));
  const can = (a: SheetAction) => actions.value.has(a);

  /** The sheet's criteria tree: every node with its own title, maximum and parent. */
  const criteria = computed(() => (sheet.value ? nodesFromCriteria(sheet.value.criteria) : []));
  const rows = computed(() => sheetRows(criteria.value));
  const leafIds = computed(() => rows.value.filter((r) => r.isLeaf).map((r) => r.node.id));
  const nodeById = computed(() => new Map(criteria.value.map((n) => [n.id, n])));
  const entryById = computed(() => new Map((sheet.value?.entries ?? []).map((e) => [e.criterionId, e])));
  const round = computed<AppraisalRound>(() => (sheet.value ? currentRound(sheet.value) : 1));

  const drafts = reactive(new Map<string, LeafDraft>());
  const dirty = reactive({ self: new Set<string>(), appraisal: new Set<string>(), explanation: new Set<string>() });
  /** Leaves ticked for an explanation request, with the appraiser's note. */
  const explanationRequests = reactive(new Map<string, string>());

  /** Non-dirty drafts follow the server; dirty ones keep what the user typed. */
  function syncDrafts(reset = false) {
    const s = sheet.value;
    if (!s) return;
    if (reset) {
      drafts.clear();
      dirty.self.clear();
      dirty.appraisal.clear();
      dirty.explanation.clear();
      explanationRequests.clear();
    }
    for (const id of leafIds.value) {
      const fresh = draftFromEntry(entryById.value.get(id), round.value, locale.value);
      const current = drafts.get(id);
      if (!current) {
        drafts.set(id, fresh);
        continue;
      }
      if (!dirty.self.has(id))
        Object.assign(current, {
          declaredValue: fresh.declaredValue,
          notApplicable: fresh.notApplicable,
          note: fresh.note,
          evidence: fresh.evidence,
        });
      if (!dirty.appraisal.has(id)) Object.assign(current, { appraisalPoints: fresh.appraisalPoints, appraisalNote: fresh.appraisalNote });
      if (!dirty.explanation.has(id))
        Object.assign(current, { explanationText: fresh.explanationText, supplementary: fresh.supplementary });
    }
  }
  watch(sheet, () => syncDrafts(), { immediate: true });
  watch(sheetId, () => syncDrafts(true));
  // Untouched values follow the language (decimal comma in Vietnamese, point in English).
  watch(locale, () => syncDrafts());

  /** The set's own rules for empty leaves (issue 11 §4: bonus/penalty "mặc định 0 điểm"). */
  const leafDefaults = computed<LeafDefaults>(() => ({ bonusPenaltyDefaultZero: !!sheet.value?.group.bonusPenaltyDefaultZero }));

  /** Totals, subtotals and per-leaf points from the stored entries overlaid with dirty drafts. */
  const computation = computed(() => {
    const s = sheet.value;
    if (!s) return null;
    const selfDrafts = new Map<string, { declaredValue: string; notApplicable: boolean }>();
    for (const id of dirty.self) {
      const d = drafts.get(id);
      if (d) selfDrafts.set(id, { declaredValue: d.declaredValue, notApplicable: d.notApplicable });
    }
    const appraisalDrafts = new Map<string, { points: string; note: string }>();
    for (const id of dirty.appraisal) {
      const d = drafts.get(id);
      if (d) appraisalDrafts.set(id, { points: d.appraisalPoints, note: d.appraisalNote });
    }
    return computeSheet(criteria.value, s.entries, {
      selfDrafts,
      appraisalDrafts,
      round: round.value,
      bonusCap: s.year.bonusCap,
      penaltyCap: s.year.penaltyCap,
      locale: locale.value,
      defaults: leafDefaults.value,
    });
  });

  /** Self points of a leaf in hundredths (draft if dirty, else stored). */
  function selfPointsOf(id: string): number | null {
    return computation.value?.self.get(id)?.points ?? hundredths(entryById.value.get(id)?.selfPoints);
  }

  const NOT_DEFAULTED = { self: false, appraisal: false } as const;
  /**
   * Whether a leaf's self and appraisal columns stand at the set's default 0, from what is shown
   * now (drafts included). A value that does not parse is an error to fix, not an empty leaf.
   */
  function defaultZeroOf(id: string): { self: boolean; appraisal: boolean } {
    const node = nodeById.value.get(id);
    if (!node || !leafDefaults.value.bonusPenaltyDefaultZero) return NOT_DEFAULTED;
    const self = computation.value?.self.get(id);
    const typed = dirty.appraisal.has(id) ? computation.value?.appraisal.get(id) : undefined;
    if (self?.error || typed?.error) return NOT_DEFAULTED;
    const entry = entryById.value.get(id);
    return defaultZeroMarks(
      node,
      {
        notApplicable: drafts.get(id)?.notApplicable ?? entry?.notApplicable,
        selfPoints: selfPointsOf(id),
        finalPoints: typed ? typed.points : hundredths(entry?.finalPoints),
      },
      leafDefaults.value,
    );
  }

  /** An override (appraised ≠ self) without a note: refused before sending. */
  function noteMissing(id: string): boolean {
    const d = drafts.get(id);
    if (!d || !dirty.appraisal.has(id)) return false;
    const outcome = computation.value?.appraisal.get(id);
    if (!outcome || outcome.error || outcome.points === null) return false;
    const entry = entryById.value.get(id);
    // Before any self points are stored, the draft ones are the baseline (the unit's claim).
    const baseline = round.value === 1 ? selfPointsOf(id) : appraisalBaseline(entry, 2);
    return isOverride(outcome.points, baseline) && d.appraisalNote.trim() === '';
  }

  const invalidCount = computed(() => {
    let n = computation.value?.errorCount ?? 0;
    for (const id of dirty.appraisal) if (noteMissing(id)) n++;
    return n;
  });

  // ---------------------------------------------------------------- autosave
  const saving = ref(false);
  const savedAt = ref<string | null>(null);
  const saveError = ref<string | null>(null);
  // Another sheet in the same page ("Đơn vị tiếp theo"): its save state starts blank, not "Đã lưu lúc …" of the last one.
  watch(sheetId, () => {
    savedAt.value = null;
    saveError.value = null;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let again = false;
  let inFlight: Promise<void> | null = null;

  function touch(id: string, kind: DraftKind) {
    dirty[kind].add(id);
    schedule();
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY);
  }
  const hasUnsaved = computed(() => dirty.self.size + dirty.appraisal.size + dirty.explanation.size > 0);

  type Payload<T> = { entries: T[]; snapshot: Map<string, string> };
  /** The entries to send for the drafts of `kind` that changed (`toEntry` skips one by returning null), with a snapshot of each to tell later whether it changed again while saving. */
  function collectDirty<T>(kind: DraftKind, toEntry: (id: string, d: LeafDraft) => T | null): Payload<T> {
    const entries: T[] = [];
    const snapshot = new Map<string, string>();
    for (const id of dirty[kind]) {
      const d = drafts.get(id);
      const entry = d ? toEntry(id, d) : null;
      if (!d || !entry) continue;
      snapshot.set(id, JSON.stringify(d));
      entries.push(entry);
    }
    return { entries, snapshot };
  }

  const selfPayload = () =>
    collectDirty<SelfAssessmentEntryInput>('self', (id, d) =>
      computation.value?.self.get(id)?.error
        ? null
        : {
            criterionId: id,
            declaredValue: d.notApplicable || d.declaredValue.trim() === '' ? null : declaredForApi(d.declaredValue),
            notApplicable: d.notApplicable,
            note: d.note.trim() || null,
            evidence: evidenceInput(d.evidence),
          },
    );

  const appraisalPayload = () =>
    collectDirty<AppraisalEntryInput>('appraisal', (id, d) => {
      const outcome = computation.value?.appraisal.get(id);
      if (!outcome || outcome.error || noteMissing(id)) return null;
      return {
        criterionId: id,
        points: outcome.points === null ? null : fromHundredths(outcome.points),
        note: d.appraisalNote.trim() || null,
      };
    });

  const explanationPayload = () =>
    collectDirty<ExplanationEntryInput>('explanation', (id, d) => ({
      criterionId: id,
      explanation: d.explanationText.trim() || null,
      evidence: evidenceInput(d.supplementary),
    }));

  async function reloadAfterConflict() {
    toast.push({
      kind: 'warning',
      title: t('scoreSheets.autosave.conflictTitle'),
      message: t('scoreSheets.autosave.conflict'),
      code: 'CONFLICT',
    });
    await reload();
  }

  async function reload() {
    await query.refetch();
    syncDrafts(true);
  }

  function reportError(e: unknown) {
    const first = gqlErrors(e)[0];
    const d = first
      ? describeGraphQLError(first, t)
      : { title: t('errors.title.NETWORK'), message: t('errors.fallback.NETWORK'), code: 'NETWORK' };
    saveError.value = d.message;
    toast.error(t('scoreSheets.autosave.failed'), d.message, d.code);
  }

  async function saveKind(kind: DraftKind): Promise<boolean> {
    const s = sheet.value;
    if (!s) return true;
    const client = resolveClient();
    const ctx = { context: { quiet: true } };
    let payload: { entries: unknown[]; snapshot: Map<string, string> };
    let run: () => Promise<unknown>;
    if (kind === 'self') {
      if (!can('SAVE_SELF')) return true;
      const p = selfPayload();
      payload = p;
      run = async () =>
        (
          await client.mutate({
            mutation: SaveSelfAssessmentDocument,
            variables: { sheetId: s.id, version: s.version, entries: p.entries, criterionIds: p.entries.map((e) => e.criterionId) },
            ...ctx,
          })
        ).data?.saveSelfAssessment;
    } else if (kind === 'appraisal') {
      if (!can('SAVE_APPRAISAL')) return true;
      const p = appraisalPayload();
      payload = p;
      run = async () =>
        (
          await client.mutate({
            mutation: SaveAppraisalDocument,
            variables: {
              sheetId: s.id,
              version: s.version,
              round: round.value,
              entries: p.entries,
              criterionIds: p.entries.map((e) => e.criterionId),
            },
            ...ctx,
          })
        ).data?.saveAppraisal;
    } else {
      if (!can('SAVE_EXPLANATION')) return true;
      const p = explanationPayload();
      payload = p;
      run = async () =>
        (
          await client.mutate({
            mutation: SaveExplanationDocument,
            variables: { sheetId: s.id, version: s.version, items: p.entries, criterionIds: p.entries.map((e) => e.criterionId) },
            ...ctx,
          })
        ).data?.saveExplanation;
    }
    if (payload.entries.length === 0) return true;
    try {
      await run();
      for (const [id, snap] of payload.snapshot) {
        const d = drafts.get(id);
        if (d && JSON.stringify(d) === snap) dirty[kind].delete(id);
      }
      saveError.value = null;
      savedAt.value = formatDateTime(new Date()).split(' ')[1] ?? '';
      return true;
    } catch (e) {
      if (isConflict(e) && !isLostEvidenceFile(e)) await reloadAfterConflict();
      else reportError(e);
      return false;
    }
  }

  /** Saves every pending change now (also before a workflow action). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) {
      again = true;
      return inFlight;
    }
    saving.value = true;
    inFlight = (async () => {
      for (const kind of ['self', 'appraisal', 'explanation'] as const) {
        if (!(await saveKind(kind))) break;
      }
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
      saving.value = false;
    }
    if (again) {
      again = false;
      await flush();
    }
  }

  onBeforeUnmount(() => {
    if (hasUnsaved.value) void flush();
    clearTimeout(timer);
  });

  // ---------------------------------------------------------------- workflow
  const acting = ref<SheetAction | null>(null);

  /** The sheet as it stands once every pending edit is saved; null when there is none. */
  async function freshSheet(): Promise<Sheet | null> {
    const s0 = sheet.value;
    if (!s0) return null;
    await flush();
    return sheet.value ?? s0;
  }

  /** Runs `send` with `acting` showing `action`; on a version conflict runs `onConflict`. */
  async function act(action: SheetAction, send: () => Promise<unknown>, onConflict: () => Promise<void> = reload): Promise<boolean> {
    acting.value = action;
    try {
      await send();
      return true;
    } catch (e) {
      if (isConflict(e)) await onConflict();
      return false;
    } finally {
      acting.value = null;
    }
  }

  /**
   * Why the last workflow action was refused, for the dialog that is still open (a toast would sit
   * behind it); `criteria` are the codes the server names (extensions.criteria), for the rows.
   */
  const actionError = ref<{ message: string; criteria: string[] } | null>(null);

  async function runTransition(action: TransitionAction, reason?: string): Promise<boolean> {
    actionError.value = null;
    const s = await freshSheet();
    if (!s) return false;
    const client = resolveClient();
    const context = { quiet: true };
    return act(action, async () => {
      const base = { sheetId: s.id, version: s.version };
      try {
        if (action in REOPEN) {
          const target = REOPEN[action as keyof typeof REOPEN];
          await client.mutate({ mutation: ReopenScoreSheetDocument, variables: { ...base, target, reason: reason ?? '' }, context });
        } else if (action in WITH_REASON) {
          await client.mutate({
            mutation: WITH_REASON[action as keyof typeof WITH_REASON],
            variables: { ...base, reason: reason || null },
            context,
          });
        } else {
          await client.mutate({ mutation: TRANSITIONS[action as keyof typeof TRANSITIONS], variables: base, context });
        }
      } catch (e) {
        const first = gqlErrors(e)[0];
        const d = first ? describeGraphQLError(first, t) : { message: t('errors.fallback.NETWORK') };
        const codes = first?.extensions?.criteria;
        actionError.value = { message: d.message, criteria: Array.isArray(codes) ? codes.map(String) : [] };
        throw e;
      }
      toast.success(t(`scoreSheets.done.${action}`));
      syncDrafts(true);
    });
  }

  /**
   * Accepts the unit's points on every leaf not appraised yet in this round (points: null →
   * the server takes the baseline), so "complete appraisal" only needs the overrides typed.
   */
  async function acceptRemaining(): Promise<boolean> {
    if (!sheet.value || !can('SAVE_APPRAISAL')) return false;
    const s = await freshSheet();
    if (!s) return false;
    const items = s.entries
      .filter((e) => {
        const node = nodeById.value.get(e.criterionId);
        return !e.notApplicable && !!node && node.section !== 'SURVEY' && node.method !== 'SURVEY';
      })
      .filter((e) => (round.value === 2 ? e.round2Points : e.round1Points) == null)
      .filter((e) => appraisalBaseline(e, round.value) !== null && !dirty.appraisal.has(e.criterionId))
      .map((e) => ({ criterionId: e.criterionId, points: null, note: null }));
    if (items.length === 0) return true;
    return act(
      'SAVE_APPRAISAL',
      () =>
        resolveClient().mutate({
          mutation: SaveAppraisalDocument,
          variables: {
            sheetId: s.id,
            version: s.version,
            round: round.value,
            entries: items,
            criterionIds: items.map((e) => e.criterionId),
          },
        }),
      reloadAfterConflict,
    );
  }

  /**
   * The appraiser keeps his points on every leaf flagged "cần rà soát" (appraised under an older
   * rule of a reopened set); changing a point is saving the appraisal, which clears its flag too.
   */
  async function confirmRuleReview(): Promise<boolean> {
    if (!sheet.value || !can('SAVE_APPRAISAL')) return false;
    const s = await freshSheet();
    if (!s) return false;
    const criterionIds = s.entries.filter((e) => e.ruleReview).map((e) => e.criterionId);
    if (criterionIds.length === 0) return true;
    return act(
      'SAVE_APPRAISAL',
      async () => {
        await resolveClient().mutate({
          mutation: ConfirmRuleReviewDocument,
          variables: { sheetId: s.id, version: s.version, criterionIds },
        });
        toast.success(t('scoreSheets.ruleReview.done', { n: criterionIds.length }));
      },
      reloadAfterConflict,
    );
  }

  /**
   * Takes an uploaded file off a leaf for good (a wrong file, or one with personal data): pending
   * edits are saved first so the version is current and a file just added is on the stored list;
   * a file only in the draft (its save failed) simply leaves the draft. The server's refusal
   * (Vietnamese, coded) is shown by the error link.
   */
  async function removeEvidenceFile(criterionId: string, fileId: string, fileName: string): Promise<boolean> {
    const s = await freshSheet();
    if (!s) return false;
    const stored = s.entries.find((e) => e.criterionId === criterionId);
    const onList = [...(stored?.selfEvidence ?? []), ...(stored?.supplementaryEvidence ?? [])].some((e) => e.fileId === fileId);
    const draft = drafts.get(criterionId);
    const dropFromDraft = () => {
      if (!draft) return;
      draft.evidence = draft.evidence.filter((e) => e.fileId !== fileId);
      draft.supplementary = draft.supplementary.filter((e) => e.fileId !== fileId);
    };
    if (!onList) {
      dropFromDraft();
      return true;
    }
    const done = await act(
      can('SAVE_EXPLANATION') ? 'SAVE_EXPLANATION' : 'SAVE_SELF',
      async () => {
        await resolveClient().mutate({
          mutation: RemoveEvidenceDocument,
          variables: { sheetId: s.id, version: s.version, criterionId, fileId, criterionIds: [criterionId] },
        });
      },
      reloadAfterConflict,
    );
    if (done) {
      dropFromDraft();
      toast.success(t('scoreSheets.evidence.removed', { name: fileName }));
    }
    return done;
  }

  async function sendExplanationRequests(): Promise<boolean> {
    if (!sheet.value || explanationRequests.size === 0) return false;
    const s = await freshSheet();
    if (!s) return false;
    return act('REQUEST_EXPLANATION', async () => {
      await resolveClient().mutate({
        mutation: RequestExplanationDocument,
        variables: {
          sheetId: s.id,
          version: s.version,
          items: [...explanationRequests].map(([criterionId, note]) => ({ criterionId, note: note.trim() })),
        },
      });
      toast.success(t('scoreSheets.done.REQUEST_EXPLANATION'));
      syncDrafts(true);
    });
  }

  return {
    query,
    sheet,
    rows,
    nodeById,
    entryById,
    round,
    actions,
    can,
    drafts,
    dirty,
    explanationRequests,
    computation,
    invalidCount,
    noteMissing,
    selfPointsOf,
    leafDefaults,
    defaultZeroOf,
    touch,
    flush,
    saving,
    savedAt,
    saveError,
    hasUnsaved,
    acting,
    actionError,
    runTransition,
    sendExplanationRequests,
    removeEvidenceFile,
    acceptRemaining,
    confirmRuleReview,
    criteria,
    locale,
  };
}

export type ScoreSheetState = ReturnType<typeof useScoreSheet>;
