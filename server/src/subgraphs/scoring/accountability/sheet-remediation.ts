import {
  appraisalReduction,
  canAssignFromRow,
  daysLeftToDeadline,
  isOverdue,
  rowItem,
  suggestedRemediationTitle,
} from '../../../domain/accountability';
import { compareCodes } from '../../../domain/scoring';
import type { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { effectiveState } from '../score-sheet/sheet-access';
import type { ScoringContext } from '../scoring-context';
import { RemediationSourceEnum, RemediationStatusEnum, type SheetLeafRemediationView } from './inspection.types';
import type { RemediationItemEntity } from './remediation.entity';
import { relationToSheet } from './remediation.service';

/**
 * The remediation column of a sheet's leaves (issue 10 §4, "Giao khắc phục" on the appraised
 * sheet): for the unit's assessor, every leaf that lost points in appraisal with the suggested
 * content and whether he may give an item from the row; for everyone who reads the unit, the
 * state of the item attached to each leaf this year. Read through the request's loaders: the
 * year, the leaves, the entries and the unit's items of the year, one statement each, whatever
 * the number of leaves and items.
 */
export async function sheetLeafRemediation(ctx: ScoringContext, sheet: ScoreSheetEntity): Promise<SheetLeafRemediationView[]> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.userId) return [];
  const actor = ctx.actor as Parameters<typeof relationToSheet>[0];
  const year = await ctx.loaders.scoreSheets.yearById.load(sheet.yearId);
  if (!year) return [];
  const relation = relationToSheet(actor, sheet, year.provinceUnitId);
  if (relation === 'NONE') return [];
  const manages = relation === 'MANAGE';
  const sheetState = effectiveState({ sheet, year });
  const [items, nodes, entries] = await Promise.all([
    ctx.loaders.accountability.itemsByYearUnit.load(`${sheet.yearId}|${sheet.unitId}`),
    manages ? ctx.loaders.scoreSheets.nodesByGroup.load(sheet.groupId) : Promise.resolve([]),
    manages ? ctx.loaders.scoreSheets.entriesBySheet.load(sheet.id) : Promise.resolve([]),
  ]);
  const itemsByLeaf = new Map<string, RemediationItemEntity[]>();
  for (const i of items) if (i.criterionId) itemsByLeaf.set(i.criterionId, [...(itemsByLeaf.get(i.criterionId) ?? []), i]);
  const entryByLeaf = new Map(entries.map((e) => [e.criterionId, e]));
  const parents = new Set(nodes.map((n) => n.parentId));
  const now = new Date();
  const rows: SheetLeafRemediationView[] = [];
  const seen = new Set<string>();
  // The assessor's rows: leaves of the set that lost points in appraisal.
  for (const leaf of nodes) {
    if (parents.has(leaf.id)) continue;
    const entry = entryByLeaf.get(leaf.id);
    const reduction = appraisalReduction(entry);
    if (!reduction) continue;
    const leafItems = itemsByLeaf.get(leaf.id) ?? [];
    const canAssign = canAssignFromRow({ manages, sheetState, reduced: true, items: leafItems });
    seen.add(leaf.id);
    rows.push({
      criterionId: leaf.id,
      criterionCode: leaf.code,
      lostPoints: (reduction.self - reduction.final) / 100,
      canAssign,
      suggestedTitle: canAssign ? suggestedRemediationTitle(leaf, entry!, reduction) : null,
      item: view(rowItem(leafItems), now),
    });
  }
  // Everyone's rows: leaves with an item this year (an inspection's, one given by hand, …).
  for (const [leafId, leafItems] of itemsByLeaf) {
    if (seen.has(leafId)) continue;
    const shown = rowItem(leafItems);
    if (!shown?.criterionCode) continue;
    rows.push({
      criterionId: leafId,
      criterionCode: shown.criterionCode,
      lostPoints: null,
      canAssign: false,
      suggestedTitle: null,
      item: view(shown, now),
    });
  }
  return rows.sort((a, b) => compareCodes(a.criterionCode, b.criterionCode));
}

function view(item: RemediationItemEntity | null, now: Date) {
  if (!item) return null;
  return {
    id: item.id,
    sourceType: item.sourceType as RemediationSourceEnum,
    title: item.title,
    status: item.status as RemediationStatusEnum,
    deadline: item.deadline,
    daysLeft: daysLeftToDeadline(now, item.deadline),
    overdue: isOverdue(item, now),
  };
}
