// Prints a conformance report as a table, one row a file, then the failing fields, then one total line.
import type { ConformanceReport } from './run';

const FAILURES_SHOWN = 12;

/** The report as plain text for the terminal. */
export function formatReport(report: ConformanceReport): string {
  const width = Math.max(4, ...report.files.map((f) => f.file.length));
  const lines = [`${'file'.padEnd(width)}  fields   ms  result`];
  for (const f of report.files) {
    const ok = f.fields.filter((x) => x.ok).length;
    const failed = f.fields.filter((x) => !x.ok);
    lines.push(
      `${f.file.padEnd(width)}  ${`${ok}/${f.fields.length}`.padStart(7)} ${String(f.tookMs).padStart(5)}  ${failed.length === 0 ? 'ok' : `${failed.length} wrong`}`,
    );
  }
  for (const f of report.files) {
    const failed = f.fields.filter((x) => !x.ok);
    if (failed.length === 0) continue;
    lines.push('', `${f.file}:`);
    for (const x of failed.slice(0, FAILURES_SHOWN)) {
      lines.push(`  ✗ ${x.field}: expected ${clip(x.expected)}, got ${clip(x.actual)}`);
    }
    if (failed.length > FAILURES_SHOWN) lines.push(`  … and ${failed.length - FAILURES_SHOWN} more`);
  }
  lines.push(
    '',
    `conformance: ${report.passed} of ${report.total} fields pass; ${report.filesFullyRight} of ${report.files.length} files fully right`,
  );
  return lines.join('\n');
}

function clip(text: string, max = 110): string {
  return text.length > max ? `"${text.slice(0, max - 1)}…"` : `"${text}"`;
}
