// Import progress: the writers report what they wrote, a command-line bar (or a benchmark) listens.
// A listener rather than a parameter threaded through the pipeline: POST /api/datasets has none.

export interface ProgressEvent {
  /** What is being written: a label or relationship type, or a phase such as "validating". */
  step: string;
  /** Rows of this step written so far, and how many it has (0 for a phase without rows). */
  done: number;
  total: number;
}
type Listener = (e: ProgressEvent) => void;

let listener: Listener | null = null;
let current = { step: '', done: 0, total: 0 };

/** Listens to the progress of imports in this process; returns the function that stops listening. */
export function onProgress(l: Listener): () => void {
  listener = l;
  return () => { if (listener === l) listener = null; };
}

/** A new step begins: `total` rows to write (0 for a phase). */
export function beginStep(step: string, total = 0): void {
  current = { step, done: 0, total };
  listener?.({ ...current });
}

/** `n` more rows of the step written. */
export function advance(step: string, n: number): void {
  if (current.step !== step) current = { step, done: 0, total: n };
  current.done = Math.min(current.total, current.done + n);
  listener?.({ ...current });
}

/** A text bar for a terminal line: `SUPPLIES [#########-----------] 450 000 / 1 000 000`. */
export function renderBar(e: ProgressEvent, width = 30): string {
  if (!e.total) return `${e.step}…`;
  const filled = Math.round((e.done / e.total) * width);
  const n = (x: number) => x.toLocaleString('ru-RU');
  return `${e.step.padEnd(12)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n(e.done)} / ${n(e.total)}`;
}

/** Draws the bar on stderr, in place, when it is a terminal; returns the function that clears it. */
export function terminalBar(stream: NodeJS.WriteStream = process.stderr): () => void {
  if (!stream.isTTY) return () => undefined;
  let last = 0;
  const stop = onProgress((e) => {
    const now = Date.now();
    // Redraw at most ten times a second, and always at the end of a step.
    if (now - last < 100 && e.done < e.total) return;
    last = now;
    stream.write(`\r\x1b[K${renderBar(e)}`);
  });
  return () => { stop(); stream.write('\r\x1b[K'); };
}
