/** What the progress bar reads of a running import. */
export interface ImportJobProgress {
  phase: 'READING' | 'CHECKING' | 'WRITING' | 'DONE';
  processedRows: number;
  rowCount: number;
}

/**
 * The bar's percent: checking the rows is the first half, writing the leads the second (the check
 * before told how many leads there are to write). Never 100 before the import says it is done.
 */
export function importPercent(job: ImportJobProgress, leadsToWrite: number): number {
  const share = (done: number, total: number) => (total > 0 ? Math.min(1, done / total) : 1);
  switch (job.phase) {
    case 'READING':
      return 0;
    case 'CHECKING':
      return Math.floor(share(job.processedRows, job.rowCount) * 50);
    case 'WRITING':
      return Math.min(99, 50 + Math.floor(share(job.processedRows, leadsToWrite) * 50));
    case 'DONE':
      return 100;
  }
}
