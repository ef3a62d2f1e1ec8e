import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

/*
 * The API's bounded contexts (libs/api/<context>, tagged context:<context>; core and database are
 * the shared kernel) and the contexts each may depend on, as today's imports have it. The
 * direction is stats → funds → referrals → projects → leads → enterprises → reference/users/audit → kernel,
 * with auth on users and imports on leads and what it reads; nothing points back (leads asks about
 * funds through its LeadFundDirectory port, which the funds context provides). A new context, or a
 * new edge, is a line here: an edge against that direction is a design decision, not a lint fix.
 */
const API_CONTEXTS = {
  kernel: [],
  audit: [],
  reference: ['audit'],
  users: ['reference'],
  attribution: ['reference', 'users'],
  auth: ['users'],
  enterprises: ['audit', 'reference'],
  leads: ['attribution', 'audit', 'enterprises', 'reference', 'users'],
  projects: ['attribution', 'audit', 'enterprises', 'leads', 'reference', 'users'],
  referrals: ['attribution', 'audit', 'enterprises', 'leads', 'projects', 'reference', 'users'],
  imports: ['enterprises', 'leads', 'reference', 'users'],
  funds: ['attribution', 'audit', 'enterprises', 'leads', 'projects', 'referrals', 'reference', 'users'],
  // Policy matches read the facts of projects and their enterprises and react to their events.
  policies: ['attribution', 'audit', 'enterprises', 'leads', 'projects', 'reference', 'users'],
  chain: ['attribution', 'audit', 'enterprises', 'funds', 'leads', 'projects', 'referrals', 'reference', 'users'],
  // The cockpit reads every context and nothing reads it: it sits on top of the direction above.
  stats: ['attribution', 'audit', 'enterprises', 'funds', 'leads', 'projects', 'referrals', 'reference', 'users'],
  // Global search reads the lists of the contexts it finds records in, under their own scopes.
  search: ['enterprises', 'funds', 'leads', 'projects', 'referrals'],
  // The notification centre reacts to the events of the contexts it tells users about.
  notifications: ['leads', 'projects', 'referrals', 'users'],
};
const KERNEL_LIBS = ['core', 'database'];

/*
 * Contexts that still take another context's repository, by owner: reported as warnings, not
 * errors, until those contexts read through the owner's query service (issue 10 lists each
 * place). Remove an entry once its warnings are gone; anything not listed here is an error.
 */
const KNOWN_FOREIGN_REPOSITORIES = {
  // A referral's effective status and the filing's open-lead match join the leads (and, for the
  // company keys, the enterprises) table in SQL: the SQL twin of the rule needs the lead's stage.
  referrals: ['enterprises', 'leads'],
  // The cockpit's grouped figures join the milestones and the partner organisations in the one
  // statement that counts them; a query-service call per row would cost a statement per group.
  stats: ['projects', 'users'],
};

/** Calls that take an entity class and reach its table: TransactionalConnection, EntityManager, query builders. */
const REPOSITORY_METHODS = new Set([
  'getRepository',
  'getById',
  'byId',
  'updateVersioned',
  'createQueryBuilder',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'insert',
  'save',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'increment',
  'decrement',
  'from',
  'into',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapOne',
  'leftJoinAndMapMany',
]);

/** The context an import from `@lianzhao/api-<lib>` belongs to, or null for anything else. */
function contextOfImport(scope, name) {
  for (let s = scope; s; s = s.upper) {
    const variable = s.set.get(name);
    if (!variable) continue;
    const def = variable.defs[0];
    if (def?.type !== 'ImportBinding') return null;
    const lib = /^@lianzhao\/api-([a-z-]+)$/.exec(def.parent.source.value)?.[1];
    if (!lib) return null;
    return KERNEL_LIBS.includes(lib) ? 'kernel' : lib;
  }
  return null;
}

/**
 * An entity class imported from another context and handed to a repository call: the caller
 * reads or writes that context's table behind its back. The owner's service writes it; its query
 * service (or a read model it publishes) reads it. Entities as GraphQL types stay allowed.
 */
const noForeignRepository = {
  meta: {
    type: 'problem',
    docs: { description: "A context reaches another context's tables only through that context's services" },
    schema: [
      {
        type: 'object',
        properties: {
          context: { type: 'string' },
          only: { type: 'array', items: { type: 'string' } },
          except: { type: 'array', items: { type: 'string' } },
        },
        required: ['context'],
        additionalProperties: false,
      },
    ],
    messages: {
      foreign:
        "{{name}} belongs to the {{owner}} context: read it through that context's query service and write it through its service, not through its repository.",
    },
  },
  create(context) {
    const { context: own, only, except = [] } = context.options[0];
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (!REPOSITORY_METHODS.has(callee.property.name)) return;
        for (const arg of node.arguments) {
          // Entity classes are PascalCase; constants and values are not.
          if (arg.type !== 'Identifier' || !/^[A-Z][a-z]/.test(arg.name)) continue;
          const owner = contextOfImport(context.sourceCode.getScope(node), arg.name);
          if (!owner || owner === own || owner === 'kernel') continue;
          if (only ? !only.includes(owner) : except.includes(owner)) continue;
          context.report({ node: arg, messageId: 'foreign', data: { name: arg.name, owner } });
        }
      },
    };
  },
};
const boundaries = {
  rules: { 'no-foreign-repository': noForeignRepository, 'known-foreign-repository': noForeignRepository },
};

const apiContextRules = Object.keys(API_CONTEXTS)
  .filter((name) => name !== 'kernel')
  .map((name) => {
    const known = KNOWN_FOREIGN_REPOSITORIES[name] ?? [];
    return {
      files: [`libs/api/${name}/src/**/*.ts`],
      // Tests set up data across contexts on purpose.
      ignores: ['**/*.spec.ts'],
      plugins: { boundaries },
      rules: {
        'boundaries/no-foreign-repository': ['error', { context: name, except: known }],
        ...(known.length
          ? { 'boundaries/known-foreign-repository': ['warn', { context: name, only: known }] }
          : {}),
      },
    };
  });


export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/generated/**', '**/vite.config.*.timestamp*', 'test-output/**', '.data/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:ui', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:ui', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:data', 'type:util'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            ...Object.entries(API_CONTEXTS).map(([name, reads]) => ({
              sourceTag: `context:${name}`,
              onlyDependOnLibsWithTags: ['context:kernel', 'scope:shared', ...reads.map((r) => `context:${r}`)],
            })),
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...apiContextRules,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Tool configuration files are not application code and may import from the workspace root.
    files: ['**/jest.config.*', '**/jest.preset*', '**/vite.config.*', '**/codegen.ts', '**/esbuild.config.*'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
