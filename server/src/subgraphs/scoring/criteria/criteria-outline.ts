import { randomUUID } from 'node:crypto';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from './criteria-node.entity';

/**
 * A criteria set written as an outline — the demo seed's catalogues (seed/demo-criteria) and the
 * test kits' sets are written this way — and the rows it becomes.
 */

/** A leaf or inner node of a criteria outline; points in hundredths. */
export interface NodeSpec {
  code: string;
  title: string;
  max: number;
  section?: CriteriaSection;
  method?: ScoringMethod;
  params?: unknown;
  allowNa?: boolean;
  children?: NodeSpec[];
}

/** The four-level LEVELS parameters (Tốt 100 %, Đầy đủ 75 %, Chưa đầy đủ 50 %, Không 0). */
export const LEVELS = {
  levels: [
    { key: 'tot', labelVi: 'Tốt', sharePercent: 100 },
    { key: 'day_du', labelVi: 'Đầy đủ', sharePercent: 75 },
    { key: 'chua_day_du', labelVi: 'Chưa đầy đủ', sharePercent: 50 },
    { key: 'khong', labelVi: 'Không', sharePercent: 0 },
  ],
};
/** RATIO_TIERS parameters: nothing below 80 %, half from 80 %, all at 100 %. */
export const TIERS = {
  tiers: [
    { fromPercent: 0, toPercent: 80, sharePercent: 0 },
    { fromPercent: 80, toPercent: 100, sharePercent: 50 },
    { fromPercent: 100, toPercent: 100, sharePercent: 100 },
  ],
};

/**
 * Turns an outline into criteria rows (parents before children, a section inherited from the
 * parent, MANUAL where no method is given); the demo seed and the test kits build sets this way.
 */
export function criteriaNodesFromSpecs(
  specs: NodeSpec[],
  target: { yearId: string; groupId: string; evidenceGuidance: string },
): CriteriaNodeEntity[] {
  const rows: CriteriaNodeEntity[] = [];
  const visit = (list: NodeSpec[], parentId: string | null, depth: number, inherited: CriteriaSection) =>
    list.forEach((spec, i) => {
      const section = spec.section ?? inherited;
      const row = Object.assign(new CriteriaNodeEntity(), {
        id: randomUUID(),
        yearId: target.yearId,
        groupId: target.groupId,
        parentId,
        code: spec.code,
        title: spec.title,
        maxPoints: spec.max,
        section,
        sortOrder: i,
        depth,
        method: spec.children ? null : (spec.method ?? ScoringMethod.MANUAL),
        params: spec.children ? null : (spec.params ?? {}),
        evidenceGuidance: spec.children ? null : target.evidenceGuidance,
        scoringGuidance: null,
        allowNotApplicable: spec.allowNa ?? false,
      });
      rows.push(row);
      if (spec.children) visit(spec.children, row.id, depth + 1, section);
    });
  visit(specs, null, 1, CriteriaSection.SCORED);
  return rows;
}
