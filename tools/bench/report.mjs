// The bench's output: a table on the terminal and the same figures as JSON under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Terminal width of a string: CJK and full-width forms take two columns. */
function width(text) {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
const pad = (text, n) => text + ' '.repeat(Math.max(0, n - width(text)));
const padStart = (text, n) => ' '.repeat(Math.max(0, n - width(text))) + text;

const ms = (r) => (r.p50 === null ? '—' : `${r.p50} / ${r.p95} / ${r.p99}`);
const statements = (s) => (!s ? '—' : s.min === s.max ? String(s.min) : `${s.min}–${s.max}`);
const times = (v) => (v === null || !Number.isFinite(v) ? '—' : `${v.toFixed(1)}×`);

export function ratios(api, floor) {
  return {
    p50: api.p50 && floor.p50 ? Math.round((api.p50 / floor.p50) * 100) / 100 : null,
    rps: api.rps && floor.rps ? Math.round((floor.rps / api.rps) * 100) / 100 : null,
  };
}

export function printTable(run) {
  const header = [
    'scenario',
    'API rps',
    'API p50/p95/p99 ms',
    'stmts',
    'floor rps',
    'floor p50/p95/p99 ms',
    'stmts',
    'p50 API/floor',
    'rps floor/API',
  ];
  // A scenario run at other than the bench's concurrency says so in its row.
  const at = (s) => (s.concurrency && s.concurrency !== run.settings.concurrency ? ` (${s.concurrency} concurrent)` : '');
  const rows = run.scenarios.map((s) => [
    `${s.failed ? '✖ ' : ''}${s.label}${at(s)}`,
    String(s.api.rps),
    ms(s.api),
    statements(s.api.statements),
    String(s.floor.rps),
    ms(s.floor),
    statements(s.floor.statements),
    times(s.ratio.p50),
    times(s.ratio.rps),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : padStart(c, widths[i]))).join('  ');
  console.log('');
  console.log(
    `Lianzhao bench — ${run.database.kind}, ${run.scale.leads.toLocaleString('en')} leads, ` +
      `${run.scale.projects.toLocaleString('en')} projects, commit ${run.commit}`,
  );
  console.log(
    `${run.settings.concurrency} concurrent connections, ${run.settings.warmupMs / 1000} s warm-up, ` +
      `${run.settings.durationMs / 1000} s measured per side; pages of ${run.settings.pageSize}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const { peakMiB, rssMiB, startupPeakMiB, peakIsUnderLoad } = run.memory;
  console.log(
    `API memory: peak ${peakMiB} MiB (VmHWM${peakIsUnderLoad ? ' under load' : ', start-up included'}), ` +
      `${rssMiB ?? '—'} MiB resident at the end (start-up peak ${startupPeakMiB} MiB)`,
  );
  for (const s of run.scenarios) {
    const detail = s.failed
      ? `✖ ${s.api.firstError ?? s.floor.firstError}`
      : `${s.notes ? `${s.notes}; ` : ''}sample ${s.sample}${s.warnings.length ? '' : ', same on both sides'}`;
    console.log(`  ${s.label}: ${detail}${s.memory ? `; API peak ${s.memory.peakMiB} MiB` : ''}`);
  }
  for (const s of run.scenarios) {
    for (const warning of s.warnings) console.log(`⚠ ${s.label}: ${warning}`);
  }
}

/** bench/results/<ISO date and time>-<db>-<leads>.json */
export function writeJson(run, root = process.cwd()) {
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = `${run.startedAt.slice(0, 19).replace(/:/g, '')}Z`;
  const file = path.join(dir, `${stamp}-${run.database.id}-${run.scale.leads}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return path.relative(root, file);
}
