// A timeline in, a terminal Gantt chart out: one row per task, one column per tick when the run is
// short enough, otherwise each column covers several ticks ('#' ran most of them, '+' some).
// A first row shows context-switch ticks ('s') and idle ticks ('.').

import { IDLE, SWITCHING, type Segment } from '../vm/machine.ts';

export interface GanttOptions {
  readonly width?: number;
  readonly maxRows?: number;
}

export function renderGantt(
  timeline: readonly Segment[],
  taskNames: readonly string[],
  endTime: number,
  options: GanttOptions = {},
): string {
  const width = Math.max(10, options.width ?? 72);
  const maxRows = options.maxRows ?? 40;
  if (endTime <= 0) return '(nothing ran)\n';
  const ticksPerColumn = Math.max(1, Math.ceil(endTime / width));
  const columns = Math.ceil(endTime / ticksPerColumn);
  const rows = Math.min(taskNames.length, maxRows);
  // Ticks each row spent in each column; row `rows` is the switch/idle row.
  const covered = Array.from({ length: rows + 1 }, () => new Float64Array(columns));
  const kinds = Array.from({ length: columns }, () => ' ');

  for (const segment of timeline) {
    const row = segment.task >= 0 ? segment.task : rows;
    if (row > rows) continue;
    for (let t = segment.start; t < segment.end; ) {
      const column = Math.floor(t / ticksPerColumn);
      const columnEnd = Math.min(segment.end, (column + 1) * ticksPerColumn);
      covered[row][column] += columnEnd - t;
      if (segment.task === SWITCHING) kinds[column] = 's';
      else if (segment.task === IDLE && kinds[column] === ' ') kinds[column] = '.';
      t = columnEnd;
    }
  }

  const labelWidth = Math.min(24, Math.max(4, ...taskNames.slice(0, rows).map((n) => n.length)));
  const label = (text: string): string => (text.length > labelWidth ? `…${text.slice(-(labelWidth - 1))}` : text.padEnd(labelWidth));
  const cell = (ticks: number): string => (ticks * 2 >= ticksPerColumn ? '#' : ticks > 0 ? '+' : ' ');
  const lines: string[] = [];
  lines.push(`${''.padEnd(labelWidth)} |${Array.from(covered[rows], (_, c) => kinds[c]).join('')}|`);
  for (let row = 0; row < rows; row++) {
    lines.push(`${label(taskNames[row])} |${Array.from(covered[row], cell).join('')}|`);
  }
  if (taskNames.length > rows) lines.push(`(${taskNames.length - rows} more tasks not shown)`);
  const axis = `0${String(endTime).padStart(columns)}`;
  lines.push(`${''.padEnd(labelWidth)}  ${axis}`);
  lines.push(`${''.padEnd(labelWidth)}  one column = ${ticksPerColumn} tick${ticksPerColumn === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
