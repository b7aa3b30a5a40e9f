import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { hundredthsTransformer } from '../../../platform/database/columns';
import type { NationalIndexKind } from '../../../domain/analysis/national-indices';

/**
 * One figure of the province in an index measured by others (PAR INDEX, SIPAS, PAPI, PCI), or one
 * unit's DDCI, for one calendar year — not tied to an assessment year: the province may record
 * years from before it used this platform. `unitId` is the province itself for the national
 * indices and the ranked unit for DDCI, so one unique key covers both (MySQL would let NULLs repeat).
 * Unit code and name are copied from a roster when written: the scoring subgraph never joins org tables.
 */
@Entity('national_index')
@Index('uq_national_index', ['provinceUnitId', 'year', 'kind', 'unitId'], { unique: true })
export class NationalIndexEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'province_unit_id', type: 'varchar', length: 36 }) provinceUnitId: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'index_kind', type: 'varchar', length: 16 }) kind: NationalIndexKind;
  @Column({ name: 'unit_id', type: 'varchar', length: 36 }) unitId: string;
  @Column({ name: 'unit_code', type: 'varchar', length: 32, nullable: true }) unitCode: string | null;
  @Column({ name: 'unit_name', type: 'varchar', length: 255, nullable: true }) unitName: string | null;
  @Column({ name: 'value', type: 'decimal', precision: 6, scale: 2, transformer: hundredthsTransformer }) value: number;
  @Column({ name: 'rank_value', type: 'int', nullable: true }) rank: number | null;
  @Column({ name: 'rank_of', type: 'int', nullable: true }) rankOf: number | null;
  @Column({ type: 'boolean', default: false }) published: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) source: string | null;
  @Column({ name: 'updated_by', type: 'varchar', length: 120 }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt: Date;
}
