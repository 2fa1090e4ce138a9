/** Longest partial line kept before it is shown anyway (a trainer printing without newlines must not grow memory). */
const MAX_PENDING = 64 * 1024;

/**
 * Turns a trainer's output stream into whole lines for the log. Progress bars (tqdm and friends) redraw with
 * "\r" and no newline when not on a terminal: only the newest redraw is kept, and `flushProgress` shows it,
 * so a log gets a periodic progress line instead of nothing until the epoch ends, or every redraw.
 */
export function createLineSplitter(onLine: (line: string) => void) {
  let pending = '';
  let shownProgress = '';
  const emit = (line: string) => {
    const text = line.replace(/\s+$/, '');
    if (text !== '') onLine(text);
  };
  const latestRedraw = (text: string) => {
    const trimmed = text.replace(/\r+$/, '');
    return trimmed.slice(trimmed.lastIndexOf('\r') + 1);
  };
  return {
    push(chunk: string): void {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) !== -1) {
        emit(latestRedraw(pending.slice(0, newline)));
        pending = pending.slice(newline + 1);
        shownProgress = '';
      }
      if (pending.includes('\r')) pending = `\r${latestRedraw(pending)}`;
      if (pending.length > MAX_PENDING) {
        emit(pending);
        pending = '';
      }
    },
    /** Show the newest progress redraw, if it changed since last shown. */
    flushProgress(): void {
      const current = latestRedraw(pending);
      if (pending.includes('\r') && current !== shownProgress) {
        shownProgress = current;
        emit(current);
      }
    },
    /** The stream ended: show what is left. */
    end(): void {
      emit(latestRedraw(pending));
      pending = '';
    },
  };
}
