import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { hundredthsTransformer } from '../../../platform/database/columns';
import { jsonColumn } from '../audit/json-column';

/** A piece of evidence: an uploaded file and/or a reference to a document (văn bản). */
export interface EvidenceItem {
  fileId?: string | null;
  /** Số ký hiệu, e.g. "125/QĐ-UBND". */
  documentNumber?: string | null;
  /** Ngày ban hành, YYYY-MM-DD. */
  documentDate?: string | null;
  /** Cơ quan ban hành. */
  issuer?: string | null;
  /** Trích yếu / tên tài liệu. */
  title?: string | null;
}

const decimal = { type: 'decimal' as const, precision: 6, scale: 2, nullable: true, transformer: hundredthsTransformer };

/**
 * One leaf of one sheet. A row exists once somebody wrote to the leaf; leaves without a row are
 * shown empty. Points are integer hundredths in code, DECIMAL(6,2) in the database.
 */
@Entity('score_entry')
@Index('uq_score_entry_sheet_criterion', ['sheetId', 'criterionId'], { unique: true })
export class ScoreEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'sheet_id', type: 'varchar', length: 36 }) sheetId: string;
  @Column({ name: 'criterion_id', type: 'varchar', length: 36 }) criterionId: string;
  /** The unit's declared value as typed ("1", "85,5", a level key…); the method turns it into points. */
  @Column({ name: 'declared_value', type: 'varchar', length: 255, nullable: true }) declaredValue: string | null;
  @Column({ name: 'not_applicable', type: 'boolean', default: false }) notApplicable: boolean;
  @Column({ name: 'self_points', ...decimal }) selfPoints: number | null;
  @Column({ name: 'self_note', type: 'text', nullable: true }) selfNote: string | null;
  @Column({ name: 'self_evidence', type: 'text', nullable: true, transformer: jsonColumn<EvidenceItem[]>(() => []) })
  selfEvidence: EvidenceItem[];
  @Column({ name: 'round1_points', ...decimal }) round1Points: number | null;
  @Column({ name: 'round1_note', type: 'text', nullable: true }) round1Note: string | null;
  @Column({ name: 'explanation_requested', type: 'boolean', default: false }) explanationRequested: boolean;
  @Column({ name: 'explanation_request_note', type: 'text', nullable: true }) explanationRequestNote: string | null;
  @Column({ name: 'explanation_text', type: 'text', nullable: true }) explanationText: string | null;
  @Column({ name: 'supplementary_evidence', type: 'text', nullable: true, transformer: jsonColumn<EvidenceItem[]>(() => []) })
  supplementaryEvidence: EvidenceItem[];
  @Column({ name: 'round2_points', ...decimal }) round2Points: number | null;
  @Column({ name: 'round2_note', type: 'text', nullable: true }) round2Note: string | null;
  /** Last appraisal (round 2, else round 1), kept in the row so reports need no rule. */
  @Column({ name: 'final_points', ...decimal }) finalPoints: number | null;
  /** SURVEY leaves: points from imported survey results (the declared value holds the raw figure). */
  @Column({ name: 'survey_points', ...decimal }) surveyPoints: number | null;
  /**
   * The leaf's scoring rule (maximum, method, parameters) changed after the appraiser scored it
   * in a reopened criteria set: his points stay, he is asked to review them. Cleared when he saves
   * the leaf again.
   */
  @Column({ name: 'rule_review', type: 'boolean', default: false }) ruleReview: boolean;
  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true }) updatedBy: string | null;
  @Column({ name: 'updated_at', type: 'datetime', nullable: true }) updatedAt: Date | null;
}

/** A leaf's row before anybody wrote to it: nothing declared, scored or requested; `fields` fill in the rest. */
export function newScoreEntry(
  fields: Pick<ScoreEntryEntity, 'id' | 'sheetId' | 'criterionId'> & Partial<ScoreEntryEntity>,
): ScoreEntryEntity {
  return Object.assign(new ScoreEntryEntity(), {
    declaredValue: null,
    notApplicable: false,
    selfPoints: null,
    selfNote: null,
    selfEvidence: [],
    round1Points: null,
    round1Note: null,
    explanationRequested: false,
    explanationRequestNote: null,
    explanationText: null,
    supplementaryEvidence: [],
    round2Points: null,
    round2Note: null,
    finalPoints: null,
    surveyPoints: null,
    ruleReview: false,
    updatedBy: null,
    updatedAt: null,
    ...fields,
  });
}
