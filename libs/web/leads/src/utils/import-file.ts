/** The server refuses larger payloads (25 MB of JSON, base64 adds a third). */
export const MAX_IMPORT_MB = 18;

export type ImportFileProblem = 'type' | 'size';

/** Why a picked file cannot be imported, or null; checked before the browser reads it. */
export function importFileProblem(file: { name: string; size: number }): ImportFileProblem | null {
  if (!/\.xlsx$/i.test(file.name)) return 'type';
  if (file.size > MAX_IMPORT_MB * 1024 * 1024) return 'size';
  return null;
}
