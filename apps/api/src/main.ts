import 'reflect-metadata';
import { ConfigError, loadConfig } from '@lianzhao/api-core';
import { createApp, openDatabase } from './app/create-app';
import { DEMO_PASSWORD } from './demo/demo-data';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`✖ ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const database = await openDatabase(config);
  const { app, seeded } = await createApp(config, database.url, ['error', 'warn']);
  // Close the app before the embedded database, so PGlite flushes a consistent data folder.
  const shutdown = async (): Promise<void> => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen(config.port, '0.0.0.0');
  const where = database.embedded ? `embedded PostgreSQL in ${config.dataDir}/pgdata` : 'PostgreSQL from DATABASE_URL';
  console.log(`✔ Lianzhao API ready: http://localhost:${config.port}/graphql (health: /health), on ${where}`);
  if (seeded.length) console.log(`  demo accounts created: ${seeded.join(', ')} (password: ${DEMO_PASSWORD})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
  console.error('✖ Lianzhao API failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
