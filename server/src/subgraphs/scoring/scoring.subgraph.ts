import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { ScoringSheetArchive1766001200000 } from './migrations/1766001200000-scoring-sheet-archive';
import { SheetArchiveEntity } from './score-sheet/sheet-archive.entity';
import { SheetArchiveResolver } from './score-sheet/sheet-archive.resolver';
import { EvidenceResolver } from './evidence/evidence.resolver';
import type { AppConfig } from '../../platform/config/config';
import { openDatabase } from '../../platform/database/data-source';
import { buildFederatedSchema } from '../../platform/graphql/build-federated-schema';
import { COMMON_SCHEMA_OPTIONS } from '../../platform/graphql/schema-options';
import { startSubgraph, type RunningSubgraph } from '../../platform/http/subgraph-server';
import type { Logger } from '../../platform/logging/logger';
import { AssessmentYearEntity } from './assessment-year/assessment-year.entity';
import { AssessmentYearResolver, OrgUnitScoringResolver } from './assessment-year/assessment-year.resolver';
import { ScoringInitial1764000001000 } from './migrations/1764000001000-scoring-initial';
import { ScoringYearsCriteriaRoster1764000002100 } from './migrations/1764000002100-scoring-years-criteria-roster';
import { UnitGroupEntity } from './unit-group/unit-group.entity';
import { CriteriaNodeEntity } from './criteria/criteria-node.entity';
import { RosterEntryEntity } from './roster/roster-entry.entity';
import { AppraiserAssignmentEntity } from './appraiser-assignment/appraiser-assignment.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { ScoringEvidence1764000003000 } from './migrations/1764000003000-scoring-evidence';
import { EvidenceFileEntity } from './evidence/evidence-file.entity';
import { evidenceRoutes } from './evidence/evidence.module';
import { ScoringSheetsResults1764000004000 } from './migrations/1764000004000-scoring-sheets-results';
import { ResultsVersionRuleReview1765003000000 } from './migrations/1765003000000-results-version-rule-review';
import { ScoreSheetEntity } from './score-sheet/score-sheet.entity';
import { ScoreEntryEntity } from './score-sheet/score-entry.entity';
import { UnitResultEntity } from './results/unit-result.entity';
import { ScoreSheetResolver } from './score-sheet/score-sheet.resolver';
import { scoreSheetCacheKey, SHEET_ANSWER_FIELD_SETS } from './score-sheet/score-sheet.read';
import { registerSheetHooks } from './score-sheet/sheet-hooks';
import { registerResultsHooks } from './results/published-cache';
import { OrgUnitResultsResolver, ResultsResolver } from './results/results.resolver';
import { RecomputeResolver } from './results/recompute.resolver';
import { SurveyResolver } from './survey/survey.resolver';
import { UnitGroupResolver } from './unit-group/unit-group.resolver';
import { RosterResolver } from './roster/roster.resolver';
import { CriteriaResolver } from './criteria/criteria.resolver';
import { AppraiserAssignmentResolver } from './appraiser-assignment/appraiser-assignment.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { InboxResolver } from './inbox/inbox.resolver';
import { OrgUnitRef } from './org-unit-ref';
import { AnalysisNoteEntity } from './analysis/analysis-note.entity';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { ScoringAnalysisNotes1765008000000 } from './migrations/1765008000000-scoring-analysis-notes';
import { createScoringLoaders, type ScoringContext } from './scoring-context';
import { publishedCacheKey, rankingCacheKey, RANKING_ANSWER_TYPES } from './results/results.read';
import { HeadTermEntity } from './accountability/head-term.entity';
import { SheetAttestationEntity } from './accountability/sheet-attestation.entity';
import { HeadsResolver, SheetAttestationResolver } from './accountability/accountability.resolver';
import { AccountabilityHeadsAttestation1766004000000 } from './migrations/1766004000000-accountability-heads-attestation';
import { AccountabilityAssessorEntries1766004100000 } from './migrations/1766004100000-accountability-assessor-entries';
import { AssessorEntryEntity } from './accountability/assessor-entry.entity';
import { InspectionEntity, InspectionFindingEntity } from './accountability/inspection.entity';
import { RemediationEventEntity, RemediationItemEntity } from './accountability/remediation.entity';
import { InspectionResolver, SheetRemediationResolver } from './accountability/inspection.resolver';
import { AccountabilityInspectionsRemediation1767001000000 } from './migrations/1767001000000-accountability-inspections-remediation';
import { registerRemediationTasks } from './accountability/remediation-tasks';
import { ReportPeriodEntity } from './accountability/report-period.entity';
import { UnitReportEntity } from './accountability/unit-report.entity';
import { EmulationRuleEntity } from './accountability/emulation-rule.entity';
import { InitiativeEntity } from './accountability/initiative.entity';
import { EmulationResolver, PeriodicReportsResolver } from './accountability/reports.resolver';
import { reportTasks } from './accountability/report-tasks';
import { registerTaskSource } from './inbox/task-sources';
import { AccountabilityReportsEmulation1767002000000 } from './migrations/1767002000000-accountability-reports-emulation';
import { NationalIndexEntity } from './national-index/national-index.entity';
import { NationalIndexResolver } from './national-index/national-index.resolver';
import { NationalIndices1766003000000 } from './migrations/1766003000000-national-indices';
import { Notifications1767003000000 } from './migrations/1767003000000-notifications';
import { BonusPenaltyDefaultZero1768001000000 } from './migrations/1768001000000-bonus-penalty-default-zero';
import { ProgressUnitLeaves1771004000000 } from './migrations/1771004000000-progress-unit-leaves';
import { RemediationEventChange1771004100000 } from './migrations/1771004100000-remediation-event-change';
import { YesNoRecordsOne1771004200000 } from './migrations/1771004200000-yes-no-records-one';
import { AuditEventNoCriterionIndex1772000000000 } from './migrations/1772000000000-audit-event-no-criterion-index';
import { YearStateVersion1771001000000 } from './migrations/1771001000000-year-state-version';
import { NotificationEntity, NotificationReadEntity } from './notification/notification.entity';
import { NotificationResolver } from './notification/notification.resolver';
import { registerNotificationHooks } from './notification/notification-hooks';
import { startMailSender } from './notification/mail-sender';

export const SCORING_ENTITIES = [
  AssessmentYearEntity,
  UnitGroupEntity,
  CriteriaNodeEntity,
  RosterEntryEntity,
  AppraiserAssignmentEntity,
  AuditEventEntity,
  EvidenceFileEntity,
  ScoreSheetEntity,
  ScoreEntryEntity,
  UnitResultEntity,
  AnalysisNoteEntity,
  SheetArchiveEntity,
  HeadTermEntity,
  SheetAttestationEntity,
  AssessorEntryEntity,
  InspectionEntity,
  InspectionFindingEntity,
  RemediationItemEntity,
  RemediationEventEntity,
  NationalIndexEntity,
  ReportPeriodEntity,
  UnitReportEntity,
  EmulationRuleEntity,
  InitiativeEntity,
  NotificationEntity,
  NotificationReadEntity,
];
export const SCORING_MIGRATIONS = [
  ScoringInitial1764000001000,
  ScoringYearsCriteriaRoster1764000002100,
  ScoringEvidence1764000003000,
  ScoringSheetsResults1764000004000,
  ResultsVersionRuleReview1765003000000,
  ScoringAnalysisNotes1765008000000,
  ScoringSheetArchive1766001200000,
  NationalIndices1766003000000,
  AccountabilityHeadsAttestation1766004000000,
  AccountabilityAssessorEntries1766004100000,
  AccountabilityInspectionsRemediation1767001000000,
  AccountabilityReportsEmulation1767002000000,
  Notifications1767003000000,
  BonusPenaltyDefaultZero1768001000000,
  ProgressUnitLeaves1771004000000,
  RemediationEventChange1771004100000,
  YesNoRecordsOne1771004200000,
  YearStateVersion1771001000000,
  AuditEventNoCriterionIndex1772000000000,
];

export function openScoringDatabase(url: string): Promise<DataSource> {
  return openDatabase({ url, entities: SCORING_ENTITIES, migrations: SCORING_MIGRATIONS, migrationsTableName: 'scoring_migrations' });
}

registerSheetHooks();
registerTaskSource('reports', reportTasks);
registerResultsHooks();
registerRemediationTasks();
registerNotificationHooks();

let schemaPromise: Promise<GraphQLSchema> | null = null;

export function buildScoringSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildFederatedSchema(
    {
      ...COMMON_SCHEMA_OPTIONS,
      resolvers: [
        AssessmentYearResolver,
        OrgUnitScoringResolver,
        UnitGroupResolver,
        RosterResolver,
        CriteriaResolver,
        AppraiserAssignmentResolver,
        AuditResolver,
        ScoreSheetResolver,
        ResultsResolver,
        OrgUnitResultsResolver,
        RecomputeResolver,
        SurveyResolver,
        InboxResolver,
        AnalysisResolver,
        SheetArchiveResolver,
        EvidenceResolver,
        HeadsResolver,
        SheetAttestationResolver,
        InspectionResolver,
        SheetRemediationResolver,
        NationalIndexResolver,
        PeriodicReportsResolver,
        EmulationResolver,
        NotificationResolver,
      ],
      orphanedTypes: [OrgUnitRef],
    },
    // Scoring can "resolve" any OrgUnit from its id alone: its fields are keyed by unit id.
    { OrgUnit: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  );
  return schemaPromise;
}

export async function startScoringSubgraph(
  config: AppConfig,
  db: DataSource,
  log: Logger,
  port = config.scoringPort,
): Promise<RunningSubgraph> {
  // E-mail copies of notifications, only where SMTP is configured (notification/mail-sender.ts).
  startMailSender({ db, smtp: config.smtp, log });
  return startSubgraph({
    name: 'scoring',
    schema: await buildScoringSchema(),
    db,
    log,
    config,
    createLoaders: createScoringLoaders,
    extendApp: evidenceRoutes(config, db, log),
    // Repeated rankings and published results are served as stored text (issue 9), per caller's view.
    cachedFields: [
      { field: 'ranking', types: RANKING_ANSWER_TYPES, key: (ctx, args) => rankingCacheKey(ctx as ScoringContext, args as never) },
      {
        // A whole score sheet (the admin's sheet page), per caller and per sheet version / results_version.
        field: 'scoreSheet',
        types: new Set(SHEET_ANSWER_FIELD_SETS.keys()),
        fields: SHEET_ANSWER_FIELD_SETS,
        cache: 'sheets',
        key: (ctx, args) => scoreSheetCacheKey(ctx as ScoringContext, args as never),
      },
      {
        field: 'publishedResults',
        types: RANKING_ANSWER_TYPES,
        key: (ctx, args) => publishedCacheKey(ctx as ScoringContext, args as never),
      },
    ],
    port,
    host: config.listenHost,
  });
}
