// A simulation result in, the human-readable metrics table out: one row per task, then averages,
// throughput and CPU utilisation.

import type { Summary, TaskReport } from './metrics.ts';

const COLUMNS: readonly [string, (r: TaskReport) => string | number | null][] = [
  ['task', (r) => r.path],
  ['arrival', (r) => r.arrival],
  ['prio', (r) => r.priority],
  ['first', (r) => r.firstRun],
  ['done', (r) => r.completion],
  ['turnaround', (r) => r.turnaround],
  ['waiting', (r) => r.waiting],
  ['response', (r) => r.response],
  ['cpu', (r) => r.cpuTime],
  ['sleep', (r) => r.sleepTime],
  ['switches', (r) => r.contextSwitches],
  ['state', (r) => r.state],
];

const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function renderMetrics(policy: string, tasks: readonly TaskReport[], summary: Summary): string {
  const table = [COLUMNS.map(([name]) => name), ...tasks.map((r) => COLUMNS.map(([, get]) => String(get(r) ?? '-')))];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const lines = table.map((row) => row.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of tasks) if (r.fault !== undefined) lines.push(`${r.path}: ${r.fault}`);
  lines.push('');
  lines.push(`policy ${policy}: ${summary.completed} of ${summary.tasks} tasks completed` +
    (summary.faulted > 0 ? `, ${summary.faulted} faulted` : '') +
    (summary.unfinished > 0 ? `, ${summary.unfinished} unfinished` : ''));
  lines.push(`average turnaround ${round(summary.averageTurnaround)}, waiting ${round(summary.averageWaiting)}, response ${round(summary.averageResponse)}`);
  lines.push(`elapsed ${summary.elapsed} ticks: ${summary.cpuBusy} busy, ${summary.switchTicks} switching, ${summary.idleTicks} idle; ${summary.contextSwitches} context switches`);
  lines.push(`throughput ${round(summary.throughput * 100)} tasks per 100 ticks, CPU utilisation ${(summary.cpuUtilisation * 100).toFixed(1)}%`);
  return `${lines.join('\n')}\n`;
}
