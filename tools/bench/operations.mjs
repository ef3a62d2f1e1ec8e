// The GraphQL operations the bench sends are the web client's own, read from libs/web/*/src/graphql
// at run time: the bench measures what a screen really asks for, and follows it when it changes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit } from 'graphql';

function webDocuments(root) {
  const files = [];
  for (const lib of readdirSync(path.join(root, 'libs/web'))) {
    const dir = path.join(root, 'libs/web', lib, 'src/graphql');
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (name.endsWith('.graphql')) files.push(path.join(dir, name));
  }
  return files.flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
}

/** `name` → the operation's source with every fragment it uses, ready to send. */
export function loadWebOperations(root = process.cwd()) {
  const definitions = webDocuments(root);
  const fragments = new Map(
    definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operations = new Map(
    definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.name).map((d) => [d.name.value, d]),
  );
  return (name) => {
    const operation = operations.get(name);
    if (!operation) throw new Error(`no web operation named ${name} in libs/web/*/src/graphql`);
    const used = new Set();
    const collect = (node) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = spread.name.value;
          if (used.has(fragment)) return;
          if (!fragments.has(fragment)) throw new Error(`fragment ${fragment} not found`);
          used.add(fragment);
          collect(fragments.get(fragment));
        },
      });
    collect(operation);
    return [operation, ...[...used].map((f) => fragments.get(f))].map((d) => print(d)).join('\n');
  };
}
