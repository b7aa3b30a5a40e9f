import type { EntityManager } from 'typeorm';
import { hasBlockingIssues, validateCriteriaSet, type CriteriaIssue, type CriteriaNode } from '../../../domain/scoring/criteria-tree';
import type { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { CriteriaNodeEntity } from './criteria-node.entity';

/** Entity → the domain's node shape (rules never see TypeORM). */
export function toDomainNode(node: CriteriaNodeEntity): CriteriaNode {
  return {
    id: node.id,
    parentId: node.parentId,
    code: node.code,
    title: node.title,
    maxPoints: node.maxPoints,
    section: node.section,
    allowNotApplicable: node.allowNotApplicable,
    method: node.method,
    params: node.params,
    sortOrder: node.sortOrder,
  };
}

export async function loadSetNodes(manager: EntityManager, groupId: string): Promise<CriteriaNodeEntity[]> {
  return manager.find(CriteriaNodeEntity, { where: { groupId }, order: { depth: 'ASC', sortOrder: 'ASC', code: 'ASC' } });
}

export function setIssues(nodes: readonly CriteriaNodeEntity[], group: Pick<UnitGroupEntity, 'criteriaTotal'>): CriteriaIssue[] {
  return validateCriteriaSet(nodes.map(toDomainNode), { total: group.criteriaTotal });
}

/** Blocking issues of one group's set (an empty set is blocking: its total is 0). */
export async function blockingIssueCount(manager: EntityManager, group: UnitGroupEntity): Promise<number> {
  const issues = setIssues(await loadSetNodes(manager, group.id), group);
  return hasBlockingIssues(issues) ? issues.filter((i) => i.severity === 'ERROR').length : 0;
}
