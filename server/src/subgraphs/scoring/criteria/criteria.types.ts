import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { CriteriaNodeEntity, CriteriaSection, ScoringMethod } from './criteria-node.entity';

@InputType('CriteriaNodeInput', {
  description: 'One node of a whole set (bulk save or import); the parent follows from the code ("1.2" is under "1").',
})
export class CriteriaNodeInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'replaceCriteriaSet: the id of an existing node of the set, so it keeps its identity (and the sheets its answers) when the editor moves or renumbers it; omit for a new node (then nodes match by code). Ignored by addCriterion.',
  })
  id?: string | null;
  @Field({ description: 'Mã: "1", "1.2", "1.2.3".' }) code: string;
  @Field({ description: 'Nội dung.' }) title: string;
  @Field(() => Float, { description: 'Điểm tối đa (2 decimals at most).' }) maxPoints: number;
  @Field(() => CriteriaSection) section: CriteriaSection;
  @Field(() => ScoringMethod, { nullable: true, description: 'Leaves only.' }) method?: ScoringMethod | null;
  @Field(() => String, { nullable: true, description: 'Method parameters as JSON text (see docs/criteria-template.md).' }) params?:
    | string
    | null;
  @Field(() => String, { nullable: true }) evidenceGuidance?: string | null;
  @Field(() => String, { nullable: true }) scoringGuidance?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false.' }) allowNotApplicable?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Do cơ quan đánh giá nhập (default false).' }) enteredByAssessor?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Lý do (hiện cho đơn vị).' }) assessorEntryReason?: string | null;
}

@InputType('AddCriterionInput')
export class AddCriterionInput extends CriteriaNodeInput {
  @Field(() => ID) yearId: string;
  @Field(() => ID) groupId: string;
  @Field(() => ID, { nullable: true, description: 'Parent node; omit for an area or a bonus/penalty block.' }) parentId?: string | null;
  @Field(() => Int, { nullable: true, description: '0-based position among siblings; default last.' }) position?: number | null;
}

@InputType('UpdateCriterionInput', { description: 'Only the fields given change; null clears method, params or guidance.' })
export class UpdateCriterionInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) title?: string;
  @Field(() => Float, { nullable: true }) maxPoints?: number;
  @Field(() => CriteriaSection, { nullable: true }) section?: CriteriaSection;
  @Field(() => ScoringMethod, { nullable: true }) method?: ScoringMethod | null;
  @Field(() => String, { nullable: true }) params?: string | null;
  @Field(() => String, { nullable: true }) evidenceGuidance?: string | null;
  @Field(() => String, { nullable: true }) scoringGuidance?: string | null;
  @Field(() => Boolean, { nullable: true }) allowNotApplicable?: boolean;
  @Field(() => Boolean, { nullable: true }) enteredByAssessor?: boolean;
  @Field(() => String, { nullable: true }) assessorEntryReason?: string | null;
}

@ObjectType('CriteriaIssue', { description: 'A problem of a criteria set (ERROR blocks opening the year, WARNING does not).' })
export class CriteriaIssueType {
  @Field({ description: 'CHILDREN_SUM_MISMATCH, TOTAL_MISMATCH, BAD_METHOD_PARAMS, …' }) code: string;
  @Field(() => String, { nullable: true, description: 'Code of the node concerned; null for the whole set.' }) nodeCode: string | null;
  @Field({ description: 'ERROR or WARNING.' }) severity: string;
  @Field({ description: 'In the caller’s language.' }) message: string;
}

@ObjectType('CriteriaSet', { description: 'Bộ chỉ số của một khối trong một kỳ: danh sách phẳng (parentId) kèm kết quả kiểm tra.' })
export class CriteriaSetType {
  @Field(() => ID) yearId: string;
  @Field(() => UnitGroupEntity) group: UnitGroupEntity;
  @Field(() => Float, { description: 'Required total of the scored + survey parts.' }) total: number;
  @Field(() => Float, { description: 'Σ maximum of the scored + survey roots as configured now.' }) configuredTotal: number;
  @Field({ description: 'True when edits are refused (see lockReason).' }) locked: boolean;
  @Field(() => String, { nullable: true }) lockReason: string | null;
  @Field(() => [CriteriaNodeEntity], { description: 'Depth-first order (parents before children, siblings by sortOrder).' })
  nodes: CriteriaNodeEntity[];
  @Field(() => [CriteriaIssueType]) issues: CriteriaIssueType[];
  @Field({ description: 'No ERROR issue.' }) valid: boolean;
}

@ObjectType('FileDownload', { description: 'A generated file, base64-encoded (GraphQL carries no binary).' })
export class FileDownload {
  @Field() fileName: string;
  @Field() contentType: string;
  @Field() base64: string;
}

@ArgsType()
export class CriteriaSetArgs {
  @Field(() => ID) yearId: string;
  @Field(() => ID) groupId: string;
}
