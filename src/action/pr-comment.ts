import { commentBody, isReportComment, mergeState, parseCommentState, type CommentState } from '../report/report-comment.js';
import type { ReportRow } from '../report/report-row.js';
import type { SweepTable } from '../report/sweep-table.js';
import type { PullRequestEvent } from './pull-request-event.js';

export type CommentOutcome = { kind: 'created' | 'updated'; id: number; state: CommentState } | { kind: 'failed'; status?: number; reason: string };

/**
 * Keep the job's one report comment on the PR: find it by its marker (every page of comments), merge this step's
 * row into the rows it holds, update it in place, or create it the first time. @actions/github is imported only
 * here, when a comment is due: steps that are not on a pull request never load it.
 */
export async function upsertReportComment(params: {
  token: string;
  apiUrl: string;
  pr: PullRequestEvent;
  job: string;
  run: string;
  row?: ReportRow;
  sweep?: SweepTable;
}): Promise<CommentOutcome> {
  const { pr, job } = params;
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(params.token, { baseUrl: params.apiUrl });
    const where = { owner: pr.owner, repo: pr.repo };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: pr.number, per_page: 100 });
    const existing = comments.find((comment) => isReportComment(comment.body, job));
    const state = mergeState({ previous: existing?.body ? parseCommentState(existing.body) : undefined, run: params.run, row: params.row, sweep: params.sweep });
    const body = commentBody({ job, state, title: `model-experiments report: ${job}` });
    if (existing) {
      await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      return { kind: 'updated', id: existing.id, state };
    }
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
    return { kind: 'created', id: created.data.id, state };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const said = (error as { response?: { data?: { message?: unknown } } }).response?.data?.message;
    const reason = typeof said === 'string' ? said : error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { kind: 'failed', status: typeof status === 'number' ? status : undefined, reason };
  }
}
