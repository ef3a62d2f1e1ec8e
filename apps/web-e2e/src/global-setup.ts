import { buildTemplateDataDir } from './system';

/** Once per run, before any journey: the data folder every journey's API starts on a copy of. */
export default async function globalSetup(): Promise<void> {
  await buildTemplateDataDir();
}
