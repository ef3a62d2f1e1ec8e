// Closed-loop load: `concurrency` callers, each sending its next request as soon as the last one
// answered, for a fixed time. Each call gets a number that is never reused within a run.

/**
 * Runs `call(n)` from `concurrency` callers for `durationMs`. A call that throws is an error; the
 * first one is kept to be shown. A call may resolve to `{ statements }` to report what it cost.
 */
export async function drive({ concurrency, durationMs, call, next }) {
  const latencies = [];
  const statements = [];
  let errors = 0;
  let firstError = null;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  async function caller() {
    while (Date.now() < deadline) {
      const n = next();
      const t0 = process.hrtime.bigint();
      try {
        const outcome = await call(n);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (outcome && typeof outcome.statements === 'number') statements.push(outcome.statements);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return summarize(latencies, statements, errors, firstError, elapsedMs);
}

function percentile(sorted, q) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function summarize(latencies, statements, errors, firstError, elapsedMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (v) => (v === null ? null : Math.round(v * 10) / 10);
  const counts = [...new Set(statements)].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round((latencies.length / elapsedMs) * 1000 * 10) / 10,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    errors,
    firstError: firstError ? String(firstError.message ?? firstError).slice(0, 2000) : null,
    // The statement counts seen: one number when every request cost the same.
    statements: counts.length ? { min: counts[0], max: counts[counts.length - 1] } : null,
  };
}

/** A warm-up run, whose timings are discarded but whose errors count, then the measured one. */
export async function measure({ concurrency, warmupMs, durationMs, call, next }) {
  const warmup = warmupMs > 0 ? await drive({ concurrency, durationMs: warmupMs, call, next }) : null;
  const measured = await drive({ concurrency, durationMs, call, next });
  if (warmup?.errors) {
    measured.errors += warmup.errors;
    measured.firstError ??= warmup.firstError;
  }
  return measured;
}
