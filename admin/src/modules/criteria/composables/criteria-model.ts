/**
 * The criteria editor's model: an outline (the nodes in depth-first order, each with its depth),
 * which makes add / indent / outdent / move / delete simple splices, and the pure checks the
 * screen shows live. Sums use integer hundredths and the server's own rules
 * (@domain/scoring/criteria-tree), so what the editor warns about is what the server refuses.
 */
import { parseScaled, formatHundredths, type Hundredths } from '@domain/scoring/hundredths';
import { validateCriteriaSet, type CriteriaIssue, type CriteriaNode, type CriteriaSection } from '@domain/scoring/criteria-tree';
import { validateMethodParams, type ScoringMethod } from '@domain/scoring/scoring-methods';

export type { CriteriaSection, ScoringMethod, CriteriaIssue };

export interface DraftNode {
  /** Server id, or a client id ("new-3") for a node not saved yet. */
  id: string;
  depth: number;
  code: string;
  title: string;
  /** Điểm tối đa as typed ("12,5" or "12.5"). */
  maxPoints: string;
  section: CriteriaSection;
  method: ScoringMethod | null;
  /** Method parameters in the domain's units (points as hundredths, percents as 0..100). */
  params: Record<string, unknown>;
  evidenceGuidance: string;
  scoringGuidance: string;
  allowNotApplicable: boolean;
  /** Entered by the assessor, not the unit (issue 10 §2). */
  enteredByAssessor: boolean;
  assessorEntryReason: string;
}

export interface ServerNode {
  id: string;
  parentId?: string | null;
  code: string;
  title: string;
  maxPoints: number;
  section: CriteriaSection;
  sortOrder: number;
  method?: ScoringMethod | null;
  params?: string | null;
  evidenceGuidance?: string | null;
  scoringGuidance?: string | null;
  allowNotApplicable: boolean;
  enteredByAssessor?: boolean;
  assessorEntryReason?: string | null;
}

let seq = 0;
export const newId = () => `new-${++seq}`;

/** "12,5" / "12.5" / 12.5 → 1250; null when not a number, negative or more than 2 decimals. */
export function parsePoints(text: string | number): Hundredths | null {
  const p = parseScaled(typeof text === 'number' ? text : text.trim(), 2);
  return p.ok && p.value >= 0 ? p.value : null;
}

/** Hundredths → the text an input shows ("12,5" in Vietnamese, "12.5" in English; no trailing zeros). */
export function pointsText(h: Hundredths, locale: 'vi' | 'en' = 'vi'): string {
  const s = formatHundredths(h, locale)
    .replace(/[.,]00$/, '')
    .replace(/([.,]\d)0$/, '$1');
  return locale === 'vi' ? s.replace(/\./g, '') : s.replace(/,/g, '');
}

function parseParams(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Server rows (flat, parentId + sortOrder) → the outline, parents before children. */
export function fromServer(nodes: readonly ServerNode[], locale: 'vi' | 'en' = 'vi'): DraftNode[] {
  const byParent = new Map<string | null, ServerNode[]>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    const key = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), n]);
  }
  const out: DraftNode[] = [];
  const visit = (parent: string | null, depth: number) => {
    const kids = [...(byParent.get(parent) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    for (const n of kids) {
      out.push({
        id: n.id,
        depth,
        code: n.code,
        title: n.title,
        maxPoints: pointsText(Math.round(n.maxPoints * 100), locale),
        section: n.section,
        method: n.method ?? null,
        params: parseParams(n.params),
        evidenceGuidance: n.evidenceGuidance ?? '',
        scoringGuidance: n.scoringGuidance ?? '',
        allowNotApplicable: n.allowNotApplicable,
        enteredByAssessor: n.enteredByAssessor ?? false,
        assessorEntryReason: n.assessorEntryReason ?? '',
      });
      visit(n.id, depth + 1);
    }
  };
  visit(null, 1);
  return out;
}

// ---------------------------------------------------------------------------
// structure

/** Index just past the last descendant of nodes[i]. */
export function subtreeEnd(nodes: readonly DraftNode[], i: number): number {
  let j = i + 1;
  while (j < nodes.length && nodes[j]!.depth > nodes[i]!.depth) j++;
  return j;
}

export function parentIndex(nodes: readonly DraftNode[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (nodes[j]!.depth < nodes[i]!.depth) return j;
  return -1;
}

function previousSibling(nodes: readonly DraftNode[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    if (nodes[j]!.depth === nodes[i]!.depth) return j;
    if (nodes[j]!.depth < nodes[i]!.depth) return -1;
  }
  return -1;
}

function nextSibling(nodes: readonly DraftNode[], i: number): number {
  const j = subtreeEnd(nodes, i);
  return j < nodes.length && nodes[j]!.depth === nodes[i]!.depth ? j : -1;
}

export const hasChildren = (nodes: readonly DraftNode[], i: number) => subtreeEnd(nodes, i) > i + 1;

/** parentId of every node, derived from the outline. */
export function parentIds(nodes: readonly DraftNode[]): (string | null)[] {
  const stack: DraftNode[] = [];
  return nodes.map((n) => {
    while (stack.length && stack[stack.length - 1]!.depth >= n.depth) stack.pop();
    const parent = stack[stack.length - 1]?.id ?? null;
    stack.push(n);
    return parent;
  });
}

/**
 * Codes follow the outline: scored and survey areas are numbered 1, 2, 3…; a bonus or penalty
 * block keeps the code the admin gave it; every child is "<parent>.<n>".
 */
export function renumber(nodes: DraftNode[]): void {
  const stack: DraftNode[] = [];
  const counters: number[] = [];
  let rootCounter = 0;
  for (const n of nodes) {
    while (stack.length && stack[stack.length - 1]!.depth >= n.depth) {
      stack.pop();
    }
    counters.length = stack.length + 1;
    if (stack.length === 0) {
      if (n.section === 'SCORED' || n.section === 'SURVEY') n.code = String(++rootCounter);
    } else {
      counters[stack.length] = (counters[stack.length] ?? 0) + 1;
      n.code = `${stack[stack.length - 1]!.code}.${counters[stack.length]}`;
    }
    stack.push(n);
  }
}

function blankNode(depth: number, section: CriteriaSection): DraftNode {
  return {
    id: newId(),
    depth,
    code: '',
    title: '',
    maxPoints: '0',
    section,
    method: section === 'SURVEY' ? 'SURVEY' : 'YES_NO',
    params: section === 'SURVEY' ? { basis: 'PERCENT' } : {},
    evidenceGuidance: '',
    scoringGuidance: '',
    allowNotApplicable: false,
    enteredByAssessor: false,
    assessorEntryReason: '',
  };
}

/** A node that gets children no longer carries a method (the server refuses one on inner nodes). */
function becameInner(n: DraftNode) {
  n.method = null;
  n.params = {};
}

export type StructureOp = 'addChild' | 'addSibling' | 'indent' | 'outdent' | 'moveUp' | 'moveDown' | 'remove';

/** Whether an operation applies to nodes[i] (for disabling buttons). */
export function canApply(nodes: readonly DraftNode[], i: number, op: StructureOp): boolean {
  if (i < 0 || i >= nodes.length) return false;
  switch (op) {
    case 'indent':
      return previousSibling(nodes, i) >= 0;
    case 'outdent':
      return nodes[i]!.depth > 1;
    case 'moveUp':
      return previousSibling(nodes, i) >= 0;
    case 'moveDown':
      return nextSibling(nodes, i) >= 0;
    default:
      return true;
  }
}

/**
 * Applies a structural edit in place and renumbers. Returns the id of the node to focus
 * (the new node, or the moved one), or null when the edit does not apply.
 */
export function applyOp(nodes: DraftNode[], i: number, op: StructureOp): string | null {
  if (!canApply(nodes, i, op)) return null;
  const node = nodes[i]!;
  const end = subtreeEnd(nodes, i);
  let focus: string | null = node.id;
  switch (op) {
    case 'addChild': {
      const child = blankNode(node.depth + 1, node.section);
      if (!hasChildren(nodes, i)) becameInner(node);
      nodes.splice(end, 0, child);
      focus = child.id;
      break;
    }
    case 'addSibling': {
      const sib = blankNode(node.depth, node.section);
      nodes.splice(end, 0, sib);
      focus = sib.id;
      break;
    }
    case 'indent': {
      const prev = previousSibling(nodes, i);
      if (!hasChildren(nodes, prev)) becameInner(nodes[prev]!);
      for (let k = i; k < end; k++) nodes[k]!.depth++;
      break;
    }
    case 'outdent': {
      const p = parentIndex(nodes, i);
      const block = nodes.splice(i, end - i);
      for (const b of block) b.depth--;
      // After the parent's remaining subtree, so the later siblings stay with the parent.
      const pEnd = subtreeEnd(nodes, p);
      nodes.splice(pEnd, 0, ...block);
      break;
    }
    case 'moveUp': {
      const prev = previousSibling(nodes, i);
      const block = nodes.splice(i, end - i);
      nodes.splice(prev, 0, ...block);
      break;
    }
    case 'moveDown': {
      const next = nextSibling(nodes, i);
      const nextEnd = subtreeEnd(nodes, next);
      const following = nodes.splice(next, nextEnd - next);
      nodes.splice(i, 0, ...following);
      break;
    }
    case 'remove': {
      nodes.splice(i, end - i);
      focus = null;
      break;
    }
  }
  renumber(nodes);
  return focus;
}

/** Whether nodes[from] may be dropped next to nodes[to]: both children of the same parent (drag and drop stays within the parent). */
export function canMoveTo(nodes: readonly DraftNode[], from: number, to: number): boolean {
  if (from === to || from < 0 || to < 0 || from >= nodes.length || to >= nodes.length) return false;
  return nodes[from]!.depth === nodes[to]!.depth && parentIndex(nodes, from) === parentIndex(nodes, to);
}

/**
 * Moves nodes[from] (with its subtree) before or after its sibling nodes[to] and renumbers.
 * Returns the moved node's id, or null when the two are not siblings (or nothing would change).
 */
export function moveTo(nodes: DraftNode[], from: number, to: number, place: 'before' | 'after'): string | null {
  if (!canMoveTo(nodes, from, to)) return null;
  const moved = nodes[from]!;
  const target = nodes[to]!;
  const block = nodes.splice(from, subtreeEnd(nodes, from) - from);
  const t = nodes.indexOf(target);
  const at = place === 'before' ? t : subtreeEnd(nodes, t);
  nodes.splice(at, 0, ...block);
  renumber(nodes);
  return moved.id;
}

/** Position (0-based) of nodes[i] among its siblings, and how many siblings there are. */
export function siblingPosition(nodes: readonly DraftNode[], i: number): { position: number; count: number } {
  const p = parentIndex(nodes, i);
  const depth = nodes[i]!.depth;
  let position = 0;
  let count = 0;
  for (let j = p + 1; j < nodes.length && (p < 0 || nodes[j]!.depth > nodes[p]!.depth); j++) {
    if (nodes[j]!.depth !== depth) continue;
    if (j === i) position = count;
    count++;
  }
  return { position, count };
}

/** A new top-level area or block at the end. */
export function addRoot(nodes: DraftNode[], section: CriteriaSection): string {
  const n = blankNode(1, section);
  if (section === 'BONUS') n.code = 'T';
  if (section === 'PENALTY') n.code = 'TR';
  n.method = null;
  n.params = {};
  nodes.push(n);
  renumber(nodes);
  return n.id;
}

// ---------------------------------------------------------------------------
// live totals and checks

export interface NodeTotals {
  /** Own maximum in hundredths (null when the input is not a valid number). */
  max: Hundredths | null;
  /** Sum of the children's maxima (null for a leaf or when a child is invalid). */
  childSum: Hundredths | null;
  /** Inner scored/survey node whose children do not add up to it. */
  mismatch: boolean;
}

export function computeTotals(nodes: readonly DraftNode[]): NodeTotals[] {
  const maxes = nodes.map((n) => parsePoints(n.maxPoints));
  const result: NodeTotals[] = nodes.map((_, i) => ({ max: maxes[i]!, childSum: null, mismatch: false }));
  const stack: number[] = [];
  const sums = new Map<number, { sum: number; valid: boolean }>();
  nodes.forEach((n, i) => {
    while (stack.length && nodes[stack[stack.length - 1]!]!.depth >= n.depth) stack.pop();
    const p = stack[stack.length - 1];
    if (p !== undefined) {
      const acc = sums.get(p) ?? { sum: 0, valid: true };
      const m = maxes[i];
      if (m === null || m === undefined) acc.valid = false;
      else acc.sum += m;
      sums.set(p, acc);
    }
    stack.push(i);
  });
  for (const [i, acc] of sums) {
    const r = result[i]!;
    r.childSum = acc.valid ? acc.sum : null;
    const sec = nodes[i]!.section;
    r.mismatch = (sec === 'SCORED' || sec === 'SURVEY') && (r.childSum === null || r.max === null || r.childSum !== r.max);
  }
  return result;
}

export interface SetTotals {
  scored: Hundredths;
  survey: Hundredths;
  bonus: Hundredths;
  penalty: Hundredths;
  /** scored + survey */
  total: Hundredths;
}

export function setTotals(nodes: readonly DraftNode[]): SetTotals {
  const t: SetTotals = { scored: 0, survey: 0, bonus: 0, penalty: 0, total: 0 };
  for (const n of nodes) {
    if (n.depth !== 1) continue;
    const m = parsePoints(n.maxPoints) ?? 0;
    if (n.section === 'SCORED') t.scored += m;
    else if (n.section === 'SURVEY') t.survey += m;
    else if (n.section === 'BONUS') t.bonus += m;
    else t.penalty += m;
  }
  t.total = t.scored + t.survey;
  return t;
}

/** The outline as the domain's flat nodes (for validateCriteriaSet and for saving). */
export function toDomainNodes(nodes: readonly DraftNode[]): CriteriaNode[] {
  const parents = parentIds(nodes);
  const order = new Map<string | null, number>();
  return nodes.map((n, i) => {
    const parentId = parents[i] ?? null;
    const sortOrder = (order.get(parentId) ?? 0) + 1;
    order.set(parentId, sortOrder);
    const leaf = !hasChildren(nodes, i);
    return {
      id: n.id,
      parentId,
      code: n.code,
      title: n.title,
      maxPoints: parsePoints(n.maxPoints) ?? Number.NaN,
      section: n.section,
      allowNotApplicable: n.allowNotApplicable,
      method: leaf ? n.method : null,
      params: leaf ? n.params : undefined,
      sortOrder,
    };
  });
}

/** Every issue of the set (server rules), plus a blank-title check the server does not make. */
export function validateDraft(nodes: readonly DraftNode[], total: Hundredths): CriteriaIssue[] {
  const issues = validateCriteriaSet(toDomainNodes(nodes), { total });
  for (const n of nodes) {
    if (n.title.trim() === '') {
      issues.push({
        code: 'EMPTY_CODE',
        nodeCode: n.code || null,
        severity: 'ERROR',
        vi: `Tiêu chí ${n.code} chưa có nội dung`,
        en: `Node ${n.code} has no title`,
      });
    }
  }
  return issues;
}

/** Parameter problems of one leaf (shown next to its method editor). */
export function paramIssues(n: DraftNode): { field: string; vi: string; en: string }[] {
  if (!n.method) return [];
  return validateMethodParams(n.method, n.params, parsePoints(n.maxPoints) ?? undefined);
}

/**
 * One node of replaceCriteriaSet: the server derives parents from the codes and order from the list;
 * `id` (saved nodes only) keeps a moved or renumbered criterion the same node (its sheets' answers).
 */
export interface SaveNodeInput {
  id: string | null;
  code: string;
  title: string;
  maxPoints: number;
  section: CriteriaSection;
  method: ScoringMethod | null;
  params: string | null;
  evidenceGuidance: string | null;
  scoringGuidance: string | null;
  allowNotApplicable: boolean;
  enteredByAssessor: boolean;
  assessorEntryReason: string | null;
}

/** The bulk-save payload in outline order: points as decimals (exact: hundredths ÷ 100), params as JSON. */
export function toSaveInput(nodes: readonly DraftNode[]): SaveNodeInput[] {
  return toDomainNodes(nodes).map((d, i) => {
    const n = nodes[i]!;
    return {
      id: n.id.startsWith('new-') ? null : n.id,
      code: d.code.trim(),
      title: n.title.trim(),
      maxPoints: (parsePoints(n.maxPoints) ?? 0) / 100,
      section: d.section,
      method: d.method ?? null,
      params: d.method ? JSON.stringify(d.params ?? {}) : null,
      evidenceGuidance: n.evidenceGuidance.trim() || null,
      scoringGuidance: n.scoringGuidance.trim() || null,
      allowNotApplicable: n.allowNotApplicable,
      // Only a leaf with a method can be the assessor's (the server says so too).
      enteredByAssessor: !!d.method && n.enteredByAssessor,
      assessorEntryReason: d.method && n.enteredByAssessor ? n.assessorEntryReason.trim() || null : null,
    };
  });
}

/** A stable fingerprint of the draft, to know whether there are unsaved changes. */
export function fingerprint(nodes: readonly DraftNode[]): string {
  return JSON.stringify(toSaveInput(nodes));
}

// ---------------------------------------------------------------------------
// RATIO_TIERS coverage, for the visual check (the server's rule: [from, to), last includes 100)

export interface TierDraft {
  fromPercent: string | number;
  toPercent: string | number;
  sharePercent?: string | number;
  points?: number | string;
}

export interface CoverageSegment {
  from: number;
  to: number;
  kind: 'ok' | 'gap' | 'overlap';
}

export interface TierCoverage {
  segments: CoverageSegment[];
  gaps: { from: number; to: number }[];
  overlaps: { from: number; to: number }[];
  /** Tiers whose bounds are not numbers in 0..100 or are reversed (1-based). */
  invalidRows: number[];
  ok: boolean;
}

function pct(v: string | number | undefined): number | null {
  if (v === undefined || v === '') return null;
  const p = parseScaled(typeof v === 'number' ? v : v.trim(), 2);
  return p.ok && p.value >= 0 && p.value <= 10000 ? p.value / 100 : null;
}

export function tierCoverage(tiers: readonly TierDraft[]): TierCoverage {
  const invalidRows: number[] = [];
  const ranges: { from: number; to: number; point: boolean }[] = [];
  tiers.forEach((t, i) => {
    const from = pct(t.fromPercent);
    const to = pct(t.toPercent);
    if (from === null || to === null || from > to || (from === to && from !== 100)) invalidRows.push(i + 1);
    else ranges.push({ from, to, point: from === 100 && to === 100 });
  });
  const spans = ranges.filter((r) => !r.point).sort((a, b) => a.from - b.from || a.to - b.to);
  const segments: CoverageSegment[] = [];
  const gaps: { from: number; to: number }[] = [];
  const overlaps: { from: number; to: number }[] = [];
  let cursor = 0;
  for (const r of spans) {
    if (r.from > cursor) {
      gaps.push({ from: cursor, to: r.from });
      segments.push({ from: cursor, to: r.from, kind: 'gap' });
    } else if (r.from < cursor) {
      const o = { from: r.from, to: Math.min(cursor, r.to) };
      overlaps.push(o);
      segments.push({ ...o, kind: 'overlap' });
    }
    const start = Math.max(r.from, cursor);
    if (r.to > start) segments.push({ from: start, to: r.to, kind: 'ok' });
    cursor = Math.max(cursor, r.to);
  }
  if (cursor < 100) {
    gaps.push({ from: cursor, to: 100 });
    segments.push({ from: cursor, to: 100, kind: 'gap' });
  }
  const pointTiers = ranges.filter((r) => r.point).length;
  if (pointTiers > 1) overlaps.push({ from: 100, to: 100 });
  return { segments, gaps, overlaps, invalidRows, ok: gaps.length === 0 && overlaps.length === 0 && invalidRows.length === 0 };
}
