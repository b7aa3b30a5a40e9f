/**
 * Plain-data types shared by the org import plan (unit-dataset, standard-departments) and the
 * hierarchy rules. Kept separate so the pure modules don't import each other in a cycle.
 */
import type { OrgSubtype } from './vietnamese-text';

export type OrgKind = 'PROVINCE' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE';

/** The org model of an assessment year: before / from 1 July 2025. */
export type OrgEra = 'three-level' | 'two-level';

/** ISO calendar date "YYYY-MM-DD" (validity bounds are whole days, inclusive). */
export type IsoDate = string;

/**
 * One unit an importer should create or update. `sourceKey` is the idempotency key: importing the
 * same plan twice must find the unit by sourceKey and change nothing.
 */
export interface PlannedUnit {
  readonly sourceKey: string;
  readonly kind: OrgKind;
  readonly subtype: OrgSubtype | null;
  /** National statistical code (territorial units) or "<province>-<abbr>" (departments). */
  readonly code: string;
  /** Full name as officials show it ("Phường Ba Đình", "Sở Nội vụ"). */
  readonly name: string;
  readonly parentSourceKey: string | null;
  /** First day of validity, inclusive; null = since before our data starts. */
  readonly validFrom: IsoDate | null;
  /** Last day of validity, inclusive; null = still valid. */
  readonly validTo: IsoDate | null;
  /** Original "truocsapnhap" text for post-reform communes, kept as evidence for derived links. */
  readonly mergerText?: string;
}

/** A predecessor → successor link between two planned units (merge, split, absorption). */
export interface PlannedLink {
  readonly predecessorSourceKey: string;
  readonly successorSourceKey: string;
  /** True when only part of the predecessor went into the successor. */
  readonly partial: boolean;
  /** Day the successor took over (the predecessor's validTo is the day before, if it closed). */
  readonly effectiveDate: IsoDate;
  readonly note?: string;
}
