/**
 * Hive Gateway (@graphql-hive/gateway 2.15.1, installed in this folder) serving the checked-in supergraph in its own process
 * against our running subgraphs, for `pnpm bench`'s Apollo-vs-Hive comparison (issue 9). Input:
 * one JSON argument { subgraphUrls: { org, scoring }, internalSecret, actor, port }; prints
 * `{"listening":<port>}` once it answers. Hive does not run our caller checks (session, trusted
 * documents, cost, app access): every request goes to the subgraphs as the given actor, with an
 * internal token and the gateway's fetch token minted here the way our gateway mints them (each
 * reused for 30 s), so the subgraphs do exactly the work they do for Apollo.
 *
 *   node -r @swc-node/register bench/hive/hive-gateway.ts '<json>'   (from server/)
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  GATEWAY_FETCH_HEADER,
  GATEWAY_FETCH_PURPOSE,
  INTERNAL_TOKEN_HEADER,
  signServiceToken,
  type Actor,
} from '../../src/platform/auth/tokens';
import { internalTokenFor } from '../../src/gateway/data-sources';

/** What is used of @graphql-hive/gateway (installed in this folder, apart from the workspace: see package.json). */
interface HiveGateway {
  createGatewayRuntime(options: {
    supergraph: string;
    logging: boolean;
    propagateHeaders: { fromClientToSubgraphs: () => Record<string, string> };
  }): http.RequestListener;
}

interface Spec {
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  actor: Actor;
  port: number;
}

/** The supergraph with each subgraph's URL replaced by where it runs now. */
export function supergraphFor(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls[name];
    if (!url) throw new Error(`no URL for subgraph "${name}"`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as Spec;
  const { createGatewayRuntime } = createRequire(__filename)('@graphql-hive/gateway') as HiveGateway;
  const supergraph = supergraphFor(readFileSync(path.join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'), spec.subgraphUrls);
  let fetchToken = { token: '', renewAt: 0 };
  const headers = async () => {
    const now = Date.now();
    if (now >= fetchToken.renewAt)
      fetchToken = { token: await signServiceToken(GATEWAY_FETCH_PURPOSE, spec.internalSecret), renewAt: now + 30_000 };
    return {
      [INTERNAL_TOKEN_HEADER]: await internalTokenFor(spec.actor, '', spec.internalSecret, now),
      [GATEWAY_FETCH_HEADER]: fetchToken.token,
      'accept-language': 'vi',
    };
  };
  // Refreshed off the request path (the header hook is synchronous): always well inside the tokens' 60 s.
  let current = await headers();
  setInterval(() => {
    void headers().then((h) => (current = h));
  }, 5_000).unref();
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    propagateHeaders: { fromClientToSubgraphs: () => current },
  });
  const server = http.createServer(gateway);
  server.keepAliveTimeout = 65_000;
  server.listen(spec.port, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ listening: spec.port })}\n`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
