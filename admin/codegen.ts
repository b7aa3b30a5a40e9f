import type { CodegenConfig } from '@graphql-codegen/cli'

// The checked-in supergraph is the truth; pending-contract.graphql adds only the planned fields
// the server has not shipped yet (remove them there as they land).
const config: CodegenConfig = {
  schema: ['../schema/supergraph.graphql', 'src/graphql/pending-contract.graphql'],
  documents: ['src/**/*.{ts,vue}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
}

export default config
