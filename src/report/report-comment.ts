import { reportMarkdown, type ReportDocument } from './render-report.js';
import type { ReportRow } from './report-row.js';
import type { SweepTable } from './sweep-table.js';

/**
 * The PR comment of one workflow job: a visible report, a hidden marker that finds it again, and hidden data (the
 * rows so far) so the job's next step, a separate process, adds its row without dropping the others.
 */
const MARKER_PREFIX = '<!-- model-experiments:report ';
const DATA_PREFIX = '<!-- model-experiments:data ';
/** GitHub refuses comments over 65,536 characters; stay under it with room for the marker. */
export const MAX_COMMENT_CHARS = 65_000;

export interface CommentState extends ReportDocument {
  /** The run (id and attempt) that wrote it: a new push's run starts the table afresh. */
  run: string;
}

/** The marker of a job's comment; only characters that cannot end an HTML comment. */
export function reportMarker(job: string): string {
  return `${MARKER_PREFIX}job=${job.replace(/[^A-Za-z0-9._/ -]/g, '_').replace(/-{2,}/g, '-')} -->`;
}

export function parseCommentState(body: string): CommentState | undefined {
  const start = body.indexOf(DATA_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  try {
    const value = JSON.parse(Buffer.from(body.slice(start + DATA_PREFIX.length, end), 'base64url').toString('utf8')) as Partial<CommentState>;
    if (typeof value.run !== 'string' || !Array.isArray(value.rows) || !Array.isArray(value.sweeps)) return undefined;
    return { run: value.run, rows: value.rows, sweeps: value.sweeps };
  } catch {
    return undefined;
  }
}

/** The state after this step: the same run keeps its rows (this step's replaced in place), another run starts anew. */
export function mergeState(params: { previous?: CommentState; run: string; row?: ReportRow; sweep?: SweepTable }): CommentState {
  const kept = params.previous && params.previous.run === params.run ? params.previous : { run: params.run, rows: [], sweeps: [] };
  const rows = [...kept.rows];
  if (params.row) {
    const at = rows.findIndex((row) => row.id === params.row!.id);
    if (at >= 0) rows[at] = params.row;
    else rows.push(params.row);
  }
  const sweeps = [...kept.sweeps];
  if (params.sweep) {
    const at = sweeps.findIndex((sweep) => sweep.id === params.sweep!.id);
    if (at >= 0) sweeps[at] = params.sweep;
    else sweeps.push(params.sweep);
  }
  return { run: params.run, rows, sweeps };
}

/** The comment's body: marker, report, hidden data. Charts, then histories, go first when it would be too long. */
export function commentBody(params: { job: string; state: CommentState; title: string }): string {
  const build = (state: CommentState, charts: boolean) =>
    `${reportMarker(params.job)}\n${reportMarkdown({ document: state, title: params.title, charts })}\n${DATA_PREFIX}${Buffer.from(JSON.stringify(state)).toString('base64url')} -->\n`;
  const full = build(params.state, true);
  if (full.length <= MAX_COMMENT_CHARS) return full;
  const lean: CommentState = { ...params.state, rows: params.state.rows.map(({ history: _history, ...row }) => row) };
  const leaner = build(lean, false);
  if (leaner.length <= MAX_COMMENT_CHARS) return leaner;
  const short: CommentState = { ...lean, rows: lean.rows.map((row) => ({ ...row, reasons: row.reasons.length > 3 ? [...row.reasons.slice(0, 3), `… ${row.reasons.length - 3} more`] : row.reasons })) };
  return build(short, false);
}

export function isReportComment(body: string | undefined, job: string): boolean {
  return (body ?? '').includes(reportMarker(job));
}
