import type { ProgressUpdate, Reporter } from '../core/reporter.js';
import { formatBytes } from '../steps/format.js';

export interface TextSink {
  write(text: string): void;
  isTTY?: boolean;
}

/**
 * The CLI's reporter: the seed's ℹ/⚠ lines on stderr (stdout is kept for --json), a redrawn progress bar
 * on a terminal, and on a pipe one progress line per 10% (or per update for step counts) so logs stay short.
 */
export function createConsoleReporter(params: { sink: TextSink; verbose?: boolean }): Reporter & { finishProgress(): void } {
  const { sink } = params;
  let barShown = false;
  const lastDecile = new Map<string, number>();
  const clearBar = () => {
    if (barShown) {
      sink.write('\r\x1b[K');
      barShown = false;
    }
  };
  const line = (text: string) => {
    clearBar();
    sink.write(`${text}\n`);
  };
  return {
    info: (message) => line(message),
    notice: (message) => line(`ℹ ${message}`),
    warning: (message) => line(`⚠ ${message}`),
    miss: (message) => line(`⚠ ${message}`),
    success: (message) => line(`✓ ${message}`),
    progress: (update) => {
      const text = formatProgress(update);
      if (sink.isTTY) {
        sink.write(`\r\x1b[K${text}`);
        barShown = true;
        if (update.total !== undefined && update.done >= update.total) line('');
        return;
      }
      if (update.unit === 'bytes' || update.unit === 'rows') {
        const decile = update.total ? Math.floor((update.done / update.total) * 10) : Math.floor(Math.log2(update.done + 1));
        if (lastDecile.get(update.label) === decile) return;
        lastDecile.set(update.label, decile);
      }
      line(text);
    },
    finishProgress: clearBar,
  };
}

export function formatProgress(update: ProgressUpdate): string {
  const amount = (value: number) => (update.unit === 'bytes' ? formatBytes(value) : String(value));
  const total = update.total;
  const fraction = total ? Math.min(1, update.done / total) : undefined;
  const width = 24;
  const bar = fraction !== undefined ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${Math.floor(fraction * 100)}% ` : '';
  const counts = total !== undefined ? `${amount(update.done)}/${amount(total)}` : amount(update.done);
  const unit = update.unit === 'bytes' ? '' : ` ${update.unit}`;
  return `${update.label} ${bar}${counts}${unit}${update.detail ? `  ${update.detail}` : ''}`;
}
