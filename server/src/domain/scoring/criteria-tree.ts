/**
 * Criteria sets (bộ chỉ số): a tree per unit group and year, stored flat
 * (id + parentId) and rebuilt here. Validation returns a list of issues instead of
 * throwing, because the admin UI shows them all at once next to the nodes.
 */
import { formatHundredths, isIntegerAmount, type Hundredths, type LocalizedText } from './hundredths';
import { SCORING_METHODS, validateMethodParams, type ScoringMethod } from './scoring-methods';

/**
 * Which part of the set a node belongs to. SCORED + SURVEY make up the set's total
 * (typically 100) and the index denominator; BONUS and PENALTY form the separate
 * điểm thưởng / điểm trừ block whose sums are limited by the year's caps.
 */
export type CriteriaSection = 'SCORED' | 'SURVEY' | 'BONUS' | 'PENALTY';

/** Depth-derived kind: 1 area (lĩnh vực), 2 criterion (tiêu chí), 3 sub-criterion, ≥ 4 detail. */
export type CriteriaNodeKind = 'AREA' | 'CRITERION' | 'SUB_CRITERION' | 'DETAIL';

export interface CriteriaNode {
  readonly id: string;
  readonly parentId: string | null;
  /** "1", "1.2", "1.2.3"; bonus/penalty blocks may use their own codes. */
  readonly code: string;
  readonly title: string;
  /** Điểm tối đa (the weight), integer hundredths. */
  readonly maxPoints: Hundredths;
  readonly section: CriteriaSection;
  readonly allowNotApplicable: boolean;
  /** Required on leaves, absent on inner nodes. */
  readonly method?: ScoringMethod | null;
  /** Method parameters as stored (JSON); validated by validateMethodParams. */
  readonly params?: unknown;
  /** Display order among siblings; falls back to code order. */
  readonly sortOrder?: number | null;
  /** Entered by the assessor, not the unit (issue 10 §2); such leaves never default to 0. */
  readonly enteredByAssessor?: boolean | null;
}

export interface CriteriaTreeNode {
  readonly node: CriteriaNode;
  readonly depth: number;
  readonly kind: CriteriaNodeKind;
  readonly parent: CriteriaTreeNode | null;
  readonly children: CriteriaTreeNode[];
}

export interface CriteriaTree {
  readonly roots: readonly CriteriaTreeNode[];
  readonly byId: ReadonlyMap<string, CriteriaTreeNode>;
  /** Structural problems found while building (orphans, cycles, duplicate ids). */
  readonly issues: readonly CriteriaIssue[];
}

export type CriteriaIssueCode =
  | 'DUPLICATE_ID'
  | 'DUPLICATE_CODE'
  | 'MISSING_PARENT'
  | 'CYCLE'
  | 'EMPTY_CODE'
  | 'CODE_NOT_UNDER_PARENT'
  | 'BAD_MAX_POINTS'
  | 'SECTION_MISMATCH'
  | 'CHILDREN_SUM_MISMATCH'
  | 'TOTAL_MISMATCH'
  | 'LEAF_WITHOUT_METHOD'
  | 'METHOD_ON_INNER_NODE'
  | 'BAD_METHOD_PARAMS'
  | 'SURVEY_METHOD_MISMATCH';

export interface CriteriaIssue extends LocalizedText {
  readonly code: CriteriaIssueCode;
  /** Code of the node concerned, null for set-level issues. */
  readonly nodeCode: string | null;
  /** ERROR blocks opening the year; WARNING is shown but does not block. */
  readonly severity: 'ERROR' | 'WARNING';
}

// ---------------------------------------------------------------------------
// codes

/** "1.2.3" → ["1", "2", "3"] (segments stay strings so codes such as "T.1" work too). */
export function codeSegments(code: string): string[] {
  return code
    .trim()
    .split('.')
    .filter((s) => s !== '');
}

/** Code of the n-th (1-based) child: childCode('1.2', 3) = '1.2.3', childCode(null, 4) = '4'. */
export function childCode(parentCode: string | null, position: number): string {
  return parentCode ? `${parentCode}.${position}` : String(position);
}

/** The code one level up ('1.2.3' → '1.2', '1' → null). */
export function parentCode(code: string): string | null {
  const segments = codeSegments(code);
  return segments.length <= 1 ? null : segments.slice(0, -1).join('.');
}

/** True when `code` equals `ancestor` or lies below it by whole segments ('1.10' is not under '1.1'). */
export function isCodeWithin(code: string, ancestor: string): boolean {
  const a = codeSegments(ancestor);
  const c = codeSegments(code);
  return a.length <= c.length && a.every((s, i) => s === c[i]);
}

const segmentCollator = new Intl.Collator('vi', { numeric: true });

/** Natural order of codes: "1.2" < "1.10" < "2" (numeric per segment). */
export function compareCodes(a: string, b: string): number {
  const sa = codeSegments(a);
  const sb = codeSegments(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = segmentCollator.compare(sa[i]!, sb[i]!);
    if (c !== 0) return c;
  }
  return sa.length - sb.length;
}

/** Renumbers siblings in order: useful after the admin inserts or moves a node. */
export function renumberCodes(nodes: readonly CriteriaNode[]): Map<string, string> {
  const tree = buildCriteriaTree(nodes);
  const result = new Map<string, string>();
  const visit = (list: readonly CriteriaTreeNode[], prefix: string | null): void => {
    list.forEach((t, i) => {
      const code = childCode(prefix, i + 1);
      result.set(t.node.id, code);
      visit(t.children, code);
    });
  };
  visit(tree.roots, null);
  return result;
}

export function kindOfDepth(depth: number): CriteriaNodeKind {
  if (depth <= 1) return 'AREA';
  if (depth === 2) return 'CRITERION';
  if (depth === 3) return 'SUB_CRITERION';
  return 'DETAIL';
}

// ---------------------------------------------------------------------------
// building

function makeIssue(
  code: CriteriaIssueCode,
  nodeCode: string | null,
  vi: string,
  en: string,
  severity: 'ERROR' | 'WARNING' = 'ERROR',
): CriteriaIssue {
  return { code, nodeCode: nodeCode === null || nodeCode.trim() === '' ? null : nodeCode.trim(), vi, en, severity };
}

function compareSiblings(a: CriteriaNode, b: CriteriaNode): number {
  const oa = a.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const ob = b.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || compareCodes(a.code, b.code);
}

/**
 * Builds the tree from a flat list. Nodes whose parent is missing or that sit on
 * a cycle are left out of the tree and reported, so callers always get a tree.
 */
export function buildCriteriaTree(nodes: readonly CriteriaNode[]): CriteriaTree {
  const issues: CriteriaIssue[] = [];
  const nodesById = new Map<string, CriteriaNode>();
  for (const n of nodes) {
    if (nodesById.has(n.id)) {
      issues.push(makeIssue('DUPLICATE_ID', n.code, `Trùng mã định danh nút (${n.id})`, `Duplicate node id (${n.id})`));
      continue;
    }
    nodesById.set(n.id, n);
  }
  const childrenOf = new Map<string | null, CriteriaNode[]>();
  for (const n of nodesById.values()) {
    let parent = n.parentId ?? null;
    if (parent !== null && !nodesById.has(parent)) {
      issues.push(
        makeIssue(
          'MISSING_PARENT',
          n.code,
          `Tiêu chí ${n.code} trỏ tới nút cha không tồn tại`,
          `Node ${n.code} points to a missing parent`,
        ),
      );
      continue;
    }
    if (parent === n.id) parent = '\u0000self';
    const list = childrenOf.get(parent) ?? [];
    list.push(n);
    childrenOf.set(parent, list);
  }

  const byId = new Map<string, CriteriaTreeNode>();
  const attach = (node: CriteriaNode, parent: CriteriaTreeNode | null, depth: number): CriteriaTreeNode => {
    const tree: CriteriaTreeNode = { node, depth, kind: kindOfDepth(depth), parent, children: [] };
    byId.set(node.id, tree);
    const kids = [...(childrenOf.get(node.id) ?? [])].sort(compareSiblings);
    for (const k of kids) tree.children.push(attach(k, tree, depth + 1));
    return tree;
  };
  const roots = [...(childrenOf.get(null) ?? [])].sort(compareSiblings).map((r) => attach(r, null, 1));

  // Anything not reached from a root is on a cycle (or under one).
  for (const n of nodesById.values()) {
    if (!byId.has(n.id) && (n.parentId === null || nodesById.has(n.parentId))) {
      issues.push(
        makeIssue('CYCLE', n.code, `Tiêu chí ${n.code} nằm trong một vòng lặp cha–con`, `Node ${n.code} is part of a parent cycle`),
      );
    }
  }
  return { roots, byId, issues };
}

/** Depth-first walk, parents before children. */
export function* walkTree(roots: readonly CriteriaTreeNode[]): Generator<CriteriaTreeNode> {
  for (const r of roots) {
    yield r;
    yield* walkTree(r.children);
  }
}

/** Leaves below (or equal to) a node. */
export function leavesOf(node: CriteriaTreeNode): CriteriaTreeNode[] {
  if (node.children.length === 0) return [node];
  return node.children.flatMap(leavesOf);
}

// ---------------------------------------------------------------------------
// validation

export interface ValidateCriteriaOptions {
  /** Points of SCORED + SURVEY roots together (typically 100 points = 10 000). */
  readonly total: Hundredths;
}

/**
 * Every problem of a criteria set, each with the node code and vi/en messages.
 * The year may open self-assessment only when no ERROR remains.
 */
export function validateCriteriaSet(nodes: readonly CriteriaNode[], options: ValidateCriteriaOptions): CriteriaIssue[] {
  const tree = buildCriteriaTree(nodes);
  const issues: CriteriaIssue[] = [...tree.issues];

  const codes = new Map<string, number>();
  for (const n of nodes) {
    const key = n.code.trim();
    if (key === '') {
      issues.push(makeIssue('EMPTY_CODE', null, `Tiêu chí "${n.title}" chưa có mã`, `Node "${n.title}" has no code`));
      continue;
    }
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  for (const [code, count] of codes) {
    if (count > 1)
      issues.push(makeIssue('DUPLICATE_CODE', code, `Mã tiêu chí ${code} bị trùng (${count} lần)`, `Code ${code} is used ${count} times`));
  }

  for (const t of walkTree(tree.roots)) {
    const n = t.node;
    if (!isIntegerAmount(n.maxPoints) || n.maxPoints < 0) {
      issues.push(
        makeIssue('BAD_MAX_POINTS', n.code, `Điểm tối đa của tiêu chí ${n.code} không hợp lệ`, `Maximum points of ${n.code} are invalid`),
      );
    }
    if (t.parent) {
      if (t.parent.node.section !== n.section) {
        issues.push(
          makeIssue(
            'SECTION_MISMATCH',
            n.code,
            `Tiêu chí ${n.code} phải thuộc cùng phần với tiêu chí cha ${t.parent.node.code}`,
            `Node ${n.code} must be in the same section as its parent ${t.parent.node.code}`,
          ),
        );
      }
      if (n.code.trim() !== '' && !isCodeWithin(n.code, t.parent.node.code)) {
        issues.push(
          makeIssue(
            'CODE_NOT_UNDER_PARENT',
            n.code,
            `Mã ${n.code} nên bắt đầu bằng mã cha ${t.parent.node.code}`,
            `Code ${n.code} should start with its parent's code ${t.parent.node.code}`,
            'WARNING',
          ),
        );
      }
    }

    if (t.children.length > 0) {
      if (n.method) {
        issues.push(
          makeIssue(
            'METHOD_ON_INNER_NODE',
            n.code,
            `Tiêu chí ${n.code} có tiêu chí con nên không được gắn cách chấm`,
            `Node ${n.code} has children and must not carry a scoring method`,
          ),
        );
      }
      // Bonus/penalty items are alternatives limited by the year's cap, so their
      // children need not add up to the block's maximum.
      if (n.section === 'SCORED' || n.section === 'SURVEY') {
        const sum = t.children.reduce((s, c) => s + c.node.maxPoints, 0);
        if (sum !== n.maxPoints) {
          issues.push(
            makeIssue(
              'CHILDREN_SUM_MISMATCH',
              n.code,
              `Tổng điểm tối đa các tiêu chí con của ${n.code} (${formatHundredths(sum, 'vi')}) khác điểm tối đa của ${n.code} (${formatHundredths(n.maxPoints, 'vi')})`,
              `Children of ${n.code} add up to ${formatHundredths(sum, 'en')}, not ${formatHundredths(n.maxPoints, 'en')}`,
            ),
          );
        }
      }
      continue;
    }

    // leaf
    if (!n.method) {
      issues.push(
        makeIssue('LEAF_WITHOUT_METHOD', n.code, `Tiêu chí ${n.code} chưa có cách chấm điểm`, `Leaf ${n.code} has no scoring method`),
      );
      continue;
    }
    if (!(SCORING_METHODS as readonly string[]).includes(n.method)) {
      issues.push(makeIssue('BAD_METHOD_PARAMS', n.code, `Cách chấm của ${n.code} không tồn tại`, `Unknown scoring method on ${n.code}`));
      continue;
    }
    if ((n.section === 'SURVEY') !== (n.method === 'SURVEY')) {
      issues.push(
        makeIssue(
          'SURVEY_METHOD_MISMATCH',
          n.code,
          `Chỉ tiêu chí thuộc phần điều tra xã hội học mới dùng cách chấm theo kết quả khảo sát (và ngược lại) — ${n.code}`,
          `Only survey-section leaves use the SURVEY method, and they must use it — ${n.code}`,
        ),
      );
    }
    // A bad maximum is already reported above; do not report it twice through the params.
    const maxForParams = isIntegerAmount(n.maxPoints) && n.maxPoints >= 0 ? n.maxPoints : undefined;
    for (const p of validateMethodParams(n.method, n.params, maxForParams)) {
      issues.push(makeIssue('BAD_METHOD_PARAMS', n.code, `Tiêu chí ${n.code}: ${p.vi}`, `Node ${n.code}: ${p.en}`));
    }
  }

  const total = tree.roots
    .filter((r) => r.node.section === 'SCORED' || r.node.section === 'SURVEY')
    .reduce((s, r) => s + r.node.maxPoints, 0);
  if (total !== options.total) {
    issues.push(
      makeIssue(
        'TOTAL_MISMATCH',
        null,
        `Tổng điểm tối đa phần chấm điểm và phần điều tra xã hội học là ${formatHundredths(total, 'vi')}, phải bằng ${formatHundredths(options.total, 'vi')}`,
        `Scored and survey parts add up to ${formatHundredths(total, 'en')}, expected ${formatHundredths(options.total, 'en')}`,
      ),
    );
  }
  return issues;
}

/** True when the list holds at least one blocking issue. */
export function hasBlockingIssues(issues: readonly { severity: 'ERROR' | 'WARNING' }[]): boolean {
  return issues.some((i) => i.severity === 'ERROR');
}
