// GraphQL Code Generator: turns the operations in libs/web/*/src/**/*.graphql into typed
// documents (MeDocument, UsersDocument, …) checked against the API's schema.
// Run with `npx nx run web-data:codegen`; the output in src/generated is committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/*/src/**/*.graphql'],
  ignoreNoDocuments: false,
  // Formatted like the rest of the code, so running Prettier over the workspace leaves it alone.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'libs/web/data/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        // JSONObject: a drill's list filter, passed back unchanged as the list query's filter variable.
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        defaultScalarType: 'unknown',
        strictScalars: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
