// First: compiles every later module with the V8 code cache when `pnpm start` runs the build.
import { codeCache } from './platform/runtime/boot';
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { startGateway } from './gateway/gateway';
import { loadConfig, type AppConfig } from './platform/config/config';
import { createLogger, type Logger } from './platform/logging/logger';
import type { RunningServer, RunningSubgraph } from './platform/http/subgraph-server';
import { openOrgDatabase, startOrgSubgraph } from './subgraphs/org/org.subgraph';
import { openScoringDatabase, startScoringSubgraph } from './subgraphs/scoring/scoring.subgraph';
import { ensureDemoData, printDemoBanner } from './seed/demo';

type Role = 'all' | 'org' | 'scoring' | 'gateway' | 'seed';

/**
 * One entry point, four shapes: `all` runs gateway + both subgraphs in one process (pnpm start);
 * `org`, `scoring` and `gateway` run one piece each (docker compose); `seed` migrates, loads the
 * demo province when the database is empty, and exits.
 */
export async function main(role: Role, config: AppConfig = loadConfig()): Promise<{ stop: () => Promise<void> }> {
  const log = createLogger(config.logLevel, role === 'all' ? 'par-index' : role);
  const servers: RunningServer[] = [];
  const databases: DataSource[] = [];
  try {
    let orgDb: DataSource | null = null;
    let scoringDb: DataSource | null = null;
    const withOrg = role === 'all' || role === 'org' || role === 'seed';
    const withScoring = role === 'all' || role === 'scoring' || role === 'seed';
    if (withOrg) databases.push((orgDb = await openOrgDatabase(config.databaseUrl)));
    if (withScoring) databases.push((scoringDb = await openScoringDatabase(config.databaseUrl)));
    if ((role === 'all' || role === 'seed') && config.demoSeed && orgDb && scoringDb)
      await ensureDemoData({ orgDb, scoringDb, log, config });
    if (role === 'seed') {
      await Promise.all(databases.map((db) => db.destroy()));
      return { stop: async () => undefined };
    }
    const org: RunningSubgraph | null = orgDb ? await startOrgSubgraph(config, orgDb, log) : null;
    if (org) servers.push(org);
    const scoring: RunningSubgraph | null = scoringDb ? await startScoringSubgraph(config, scoringDb, log) : null;
    if (scoring) servers.push(scoring);
    if (role === 'all' || role === 'gateway') {
      const gateway = await startGateway({
        config,
        log,
        subgraphUrls: { org: org?.url ?? config.orgUrl, scoring: scoring?.url ?? config.scoringUrl },
        // One process: GraphQL reaches the subgraphs in process (still with the internal token they verify).
        localSubgraphs: org && scoring ? { org: org.local, scoring: scoring.local } : undefined,
      });
      servers.push(gateway);
      if (role === 'all') printDemoBanner(gateway.port, config);
    }
  } catch (error) {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await Promise.allSettled(databases.map((db) => db.destroy()));
    throw error;
  }
  return {
    stop: async () => {
      // Gateway first (stop taking requests), then subgraphs; each drains in-flight requests. The
      // pools close even if a server failed to stop: an open MySQL pool keeps the process alive.
      const stopped = [];
      for (const server of [...servers].reverse()) stopped.push(...(await Promise.allSettled([server.stop()])));
      const closed = await Promise.allSettled(databases.map((db) => (db.isInitialized ? db.destroy() : undefined)));
      const failure = [...stopped, ...closed].find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) throw failure.reason;
    },
  };
}

/** After ready, when the first requests have compiled their code too. */
const CODE_CACHE_SAVE_DELAY_MS = 1000;

/** Longer than the HTTP drain (Apollo's 10 s grace) plus closing the pools; past it something hangs. */
const SHUTDOWN_DEADLINE_MS = 25_000;

/** The process's one handler of SIGTERM/SIGINT (Apollo's own is off): stop in order, then exit. */
function installShutdown(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      log.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) {
  const role = (process.argv[2] ?? process.env.PAR_ROLE ?? 'all') as Role;
  if (!['all', 'org', 'scoring', 'gateway', 'seed'].includes(role)) {
    console.error(`Unknown role "${role}": use all, org, scoring, gateway or seed`);
    process.exit(2);
  }
  const config = loadConfig();
  main(role, config)
    .then(({ stop }) => {
      if (role === 'seed') process.exit(0);
      installShutdown(stop, createLogger(config.logLevel, role));
      // Ready: store the bytecode of what the start compiled (only if something was missing) off the path to ready.
      const cache = codeCache;
      if (cache)
        setTimeout(() => {
          const stats = cache.stats();
          const wrote = cache.finish();
          if (process.env.PAR_CODE_CACHE_DEBUG) console.error(JSON.stringify({ codeCache: stats, wrote }));
        }, CODE_CACHE_SAVE_DELAY_MS).unref();
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
