// esbuild cannot emit decorator metadata, which Nest's dependency injection, TypeORM and the
// GraphQL code-first schema read; esbuild-plugin-tsc compiles files that use decorators with
// TypeScript (emitDecoratorMetadata on) and leaves the rest to esbuild.
const esbuildPluginTsc = require('esbuild-plugin-tsc');

module.exports = {
  // Class names become GraphQL type names, so the bundler must not rename them.
  keepNames: true,
  plugins: [esbuildPluginTsc({ tsconfigPath: 'apps/api/tsconfig.app.json' })],
  // Bundled ES modules still meet CommonJS packages that call require().
  banner: {
    js: "import { createRequire as __lzCreateRequire } from 'node:module'; const require = __lzCreateRequire(import.meta.url);",
  },
};
