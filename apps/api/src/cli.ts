import 'reflect-metadata';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { loadConfig, RequestContext, toFieldErrors } from '@lianzhao/api-core';
import { NotificationRemindersJob } from '@lianzhao/api-notifications';
import { ReferralExpiryJob } from '@lianzhao/api-referrals';
import { PolicyMatchJobsService } from '@lianzhao/api-policies';
import { CreateUserInput, UsersService } from '@lianzhao/api-users';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  backupEmbeddedDatabase,
  buildDataSourceOptions,
  MIGRATIONS,
  restoreEmbeddedDatabase,
  startEmbeddedPostgres,
} from '@lianzhao/api-database';
import { createApp, openDatabase } from './app/create-app';
import { ENTITIES } from './app/entities';

// Developer commands, run from the repository root (npm scripts call them after building):
//   schema [file]              write the GraphQL schema the code produces (default apps/api/schema.gql)
//   migration:generate <Name>  write a migration for the difference between entities and migrations
//   migration:check            fail when entities and migrations disagree (CI)
//   migration:run              apply pending migrations to DATABASE_URL or the embedded database
//   db:serve [port]            serve the embedded database (LIANZHAO_DATA_DIR, or in memory with
//                              --memory) on a loopback port, for psql and the benchmarks
//   db:backup <file>           copy the embedded database (LIANZHAO_DATA_DIR) into one file; stop the API first
//   db:restore <file>          restore such a file into LIANZHAO_DATA_DIR, which must not hold a database yet
//   referrals:expire           release referral protections past their last day (what the daily job does)
//   notifications:remind       write today's reminders (protections ending, milestones due or overdue), as the daily job does
//   policies:rematch           work off every waiting policy re-evaluation job (what the API's worker does), e.g. where
//                              the API runs with POLICY_MATCH_WORKER=false
//   user:create-admin <name>   create a first administrator (password from ADMIN_PASSWORD), for
//                              production databases, which get no demo accounts

const MIGRATIONS_DIR = 'libs/api/database/src/migrations';

/** The SQL that would bring a freshly migrated database in line with the entities. */
async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const embedded = await startEmbeddedPostgres();
  const dataSource = new DataSource(buildDataSourceOptions({ url: embedded.url, entities: ENTITIES, migrations: MIGRATIONS }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/** Rewrites the migrations index from the files in the folder, oldest first. */
function writeMigrationIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{13}-[A-Za-z0-9]+\.ts$/.test(f))
    .sort();
  const imports = files.map((f) => {
    const base = f.replace(/\.ts$/, '');
    const [stamp, name] = base.split('-');
    return { base, cls: `${name}${stamp}` };
  });
  const body = [
    '// The migrations, oldest first. Written by `npm run migration:generate`; add hand-written ones with the same naming.',
    ...imports.map((i) => `import { ${i.cls} } from './${i.base}';`),
    '',
    `export const MIGRATIONS = [${imports.map((i) => i.cls).join(', ')}];`,
    '',
  ];
  writeFileSync(path.join(MIGRATIONS_DIR, 'index.ts'), body.join('\n'));
}

/** The same input rules as the createUser mutation, so a bad username or short password is refused here too. */
async function validatedCreateUser(plain: Record<string, unknown>): Promise<CreateUserInput> {
  const input = plainToInstance(CreateUserInput, plain);
  const problems = toFieldErrors(await validate(input));
  if (problems.length) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
  return input;
}

async function emitSchema(file: string): Promise<void> {
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: '' }), demoData: false };
  const embedded = await startEmbeddedPostgres();
  const { app } = await createApp(config, embedded.url, false);
  try {
    const schema = lexicographicSortSchema(app.get(GraphQLSchemaHost).schema);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `# Generated by \`npm run codegen\` from the API's code-first schema. Do not edit.\n\n${printSchema(schema)}\n`);
    console.log(`schema written to ${file}`);
  } finally {
    await app.close();
    await embedded.stop();
  }
}

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  switch (command) {
    case 'schema':
      return emitSchema(arg ?? 'apps/api/schema.gql');
    case 'migration:generate': {
      if (!arg || !/^[A-Z][A-Za-z0-9]*$/.test(arg)) throw new Error('usage: migration:generate <PascalCaseName>');
      const { up, down } = await pendingSchemaChanges();
      if (!up.length) {
        console.log('No changes: the entities and the migrations agree.');
        return;
      }
      const stamp = Date.now();
      const file = path.join(MIGRATIONS_DIR, `${stamp}-${arg}.ts`);
      writeFileSync(file, migrationSource(`${arg}${stamp}`, up, down));
      writeMigrationIndex();
      console.log(`wrote ${file} (${up.length} statements)`);
      return;
    }
    case 'migration:check': {
      const { up } = await pendingSchemaChanges();
      if (up.length) {
        console.error('✖ The entities and the migrations disagree. Run `npm run migration:generate -- <Name>`. Missing:');
        for (const q of up) console.error(`  ${q}`);
        process.exit(1);
      }
      console.log('✔ Entities and migrations agree.');
      return;
    }
    case 'migration:run': {
      const config = loadConfig();
      const database = await openDatabase(config);
      const dataSource = new DataSource(buildDataSourceOptions({ url: database.url, entities: ENTITIES, migrations: MIGRATIONS }));
      await dataSource.initialize();
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to apply');
      await dataSource.destroy();
      await database.stop();
      return;
    }
    case 'db:serve': {
      const memory = process.argv.includes('--memory');
      const port = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 0);
      const embedded = await startEmbeddedPostgres({
        dataDir: memory ? undefined : path.join(loadConfig().dataDir, 'pgdata'),
        port,
      });
      // The first line is the URL, so scripts can read it.
      console.log(embedded.url);
      const stop = () => void embedded.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => undefined);
      return;
    }
    case 'db:backup': {
      if (!arg) throw new Error('usage: node dist/apps/api/cli.js db:backup <file>');
      const dataDir = path.join(loadConfig().dataDir, 'pgdata');
      const bytes = await backupEmbeddedDatabase(dataDir, arg);
      console.log(`backed up ${dataDir} to ${arg} (${bytes} bytes)`);
      return;
    }
    case 'db:restore': {
      if (!arg) throw new Error('usage: node dist/apps/api/cli.js db:restore <file>');
      const dataDir = path.join(loadConfig().dataDir, 'pgdata');
      await restoreEmbeddedDatabase(arg, dataDir);
      console.log(`restored ${arg} into ${dataDir}`);
      return;
    }
    case 'notifications:remind': {
      const config = { ...loadConfig(), demoData: false };
      const database = await openDatabase(config);
      const { app } = await createApp(config, database.url, ['error']);
      try {
        const written = await app.get(NotificationRemindersJob).remind();
        console.log(`wrote reminders ${JSON.stringify(written)}`);
      } finally {
        await app.close();
        await database.stop();
      }
      return;
    }
    case 'policies:rematch': {
      const config = { ...loadConfig(), demoData: false, policyMatchWorker: false };
      const database = await openDatabase(config);
      const { app } = await createApp(config, database.url, ['error']);
      try {
        const batches = await app.get(PolicyMatchJobsService).drain(RequestContext.system());
        console.log(`ran ${batches} policy re-evaluation batch(es)`);
      } finally {
        await app.close();
        await database.stop();
      }
      return;
    }
    case 'referrals:expire': {
      const config = { ...loadConfig(), demoData: false };
      const database = await openDatabase(config);
      const { app } = await createApp(config, database.url, ['error']);
      try {
        const released = await app.get(ReferralExpiryJob).release();
        console.log(`released ${released} lapsed referral protection(s)`);
      } finally {
        await app.close();
        await database.stop();
      }
      return;
    }
    case 'user:create-admin': {
      const password = process.env['ADMIN_PASSWORD'] ?? '';
      if (!arg || !password) throw new Error('usage: ADMIN_PASSWORD=… node dist/apps/api/cli.js user:create-admin <username>');
      const config = { ...loadConfig(), demoData: false };
      const database = await openDatabase(config);
      const { app } = await createApp(config, database.url, ['error']);
      try {
        const user = await app.get(UsersService).create(RequestContext.system(), await validatedCreateUser({
          username: arg,
          displayName: '系统管理员',
          role: 'ADMIN',
          password,
        }));
        console.log(`created administrator ${user.username}`);
      } finally {
        await app.close();
        await database.stop();
      }
      return;
    }
    default:
      throw new Error('commands: schema [file] | migration:generate <Name> | migration:check | migration:run | db:serve [port] | db:backup <file> | db:restore <file> | referrals:expire | notifications:remind | policies:rematch | user:create-admin <username>');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
