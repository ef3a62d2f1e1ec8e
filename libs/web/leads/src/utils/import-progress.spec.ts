import { importPercent, type ImportJobProgress } from './import-progress';

const job = (phase: ImportJobProgress['phase'], processedRows: number): ImportJobProgress => ({ phase, processedRows, rowCount: 1000 });

describe('importPercent', () => {
  it.each<[ImportJobProgress, number, number]>([
    [job('READING', 0), 800, 0],
    [job('CHECKING', 500), 800, 25],
    [job('CHECKING', 1000), 800, 50],
    [job('WRITING', 0), 800, 50],
    [job('WRITING', 400), 800, 75],
    [job('WRITING', 800), 800, 99],
    // Nothing to write (every row a duplicate): writing counts as done at once, but not finished.
    [job('WRITING', 0), 0, 99],
    [job('DONE', 1000), 800, 100],
  ])('%j writing %i → %i%%', (progress, leads, percent) => {
    expect(importPercent(progress, leads)).toBe(percent);
  });
});
