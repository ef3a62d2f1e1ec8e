import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../libs/web');

function webDefinitions(): DefinitionNode[] {
  const definitions: DefinitionNode[] = [];
  for (const lib of readdirSync(WEB)) {
    const dir = path.join(WEB, lib, 'src/graphql');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    } catch {
      continue;
    }
    for (const file of files)
      definitions.push(...parse(readFileSync(path.join(dir, file), 'utf8')).definitions);
  }
  return definitions;
}

/**
 * The web client's own operation `name` (libs/web/<lib>/src/graphql/*.graphql) with the fragments
 * it uses: a test that sends it asks for exactly what a screen asks for, and follows the screen.
 */
export function webOperation(name: string): string {
  const definitions = webDefinitions();
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (!operation) throw new Error(`no web operation named ${name}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`fragment ${spread.name.value} not found`);
        if (used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  };
  collect(operation);
  return [operation, ...used.values()].map((d) => print(d)).join('\n');
}

/** The names of every operation the web client sends. */
export function webOperationNames(): string[] {
  return webDefinitions()
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name !== undefined)
    .map((d) => d.name?.value ?? '');
}
