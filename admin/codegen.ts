import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents come from the checked-in supergraph, the published contract.
const config: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      // persisted-documents.json (sha256 → document as the admin sends it) is what the server's
      // answer-size tests and `pnpm bench` replay: the admin's own documents, not copies.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
