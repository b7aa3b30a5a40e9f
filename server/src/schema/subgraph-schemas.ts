import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildOrgSchema } from '../subgraphs/org/org.subgraph';
import { buildScoringSchema } from '../subgraphs/scoring/scoring.subgraph';

/** The subgraphs as the gateway knows them; URLs are placeholders the gateway maps to its config. */
export const SUBGRAPHS = [
  { name: 'org', url: 'http://org.subgraph/graphql', build: buildOrgSchema },
  { name: 'scoring', url: 'http://scoring.subgraph/graphql', build: buildScoringSchema },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export async function printSubgraphs(): Promise<{ name: SubgraphName; url: string; sdl: string }[]> {
  return Promise.all(SUBGRAPHS.map(async (s) => ({ name: s.name, url: s.url, sdl: printSubgraphSchema(await s.build()) })));
}

/** Composes the supergraph offline with @apollo/composition (no live introspection). */
export function composeSupergraph(subgraphs: { name: string; url: string; sdl: string }[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors || !result.supergraphSdl) {
    throw new Error(`Supergraph does not compose:\n${(result.errors ?? []).map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
