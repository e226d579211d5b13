/** Column alignment of renderTable. */
export type Align = 'left' | 'right';

/**
 * Renders rows as a plain-text table with a header and a rule, columns padded to fit.
 *
 * @example
 * renderTable(['check', 'value'], [['Evidence exact', '100%']]);
 */
export function renderTable(headers: string[], rows: string[][], align: Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? cell.length;
        return align[i] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n') + '\n';
}
