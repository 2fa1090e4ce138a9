import type { Reporter } from '../core/reporter.js';
import type { Tier } from '../core/tier.js';
import { rowsTableMarkdown } from '../report/render-report.js';
import { reportRowFromResult, stepIdOf, type ReportRow } from '../report/report-row.js';
import { branchOf, readBaseResult, recordStepResultOf } from '../report/step-records.js';
import type { SweepTable } from '../report/sweep-table.js';
import { oneOf, optionalInput } from './action-inputs.js';
import { Inputs } from './constants.js';
import { writeSummaryMarkdown } from './job-summary.js';
import { upsertReportComment } from './pr-comment.js';
import { readPullRequestEvent, type PullRequestEvent } from './pull-request-event.js';
import { runOptionsFromInputs } from './run-options-from-inputs.js';

export const PR_COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type PrCommentMode = (typeof PR_COMMENT_MODES)[number];

/** Read before the step runs, so a bad value is exit 2 with nothing done. */
export function prCommentMode(): PrCommentMode {
  return oneOf(Inputs.PrComment, optionalInput(Inputs.PrComment) ?? 'auto', PR_COMMENT_MODES);
}

/** The workspace the report's paths are relative to. */
export const workspaceRoot = () => process.env.GITHUB_WORKSPACE || process.cwd();

/** The job's identity for its comment: the workflow and the job id (one comment per workflow job). */
const jobName = () => `${process.env.GITHUB_WORKFLOW ?? 'workflow'} / ${process.env.GITHUB_JOB ?? 'job'}`;

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = process.env;
  if (!server || !repository || !run) return undefined;
  return `${server}/${repository}/actions/runs/${run}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}

/** The tiers of this step's cache settings, with their notices already said by the step itself. */
export function tiersForRecords(reporter: Reporter): { tiers: readonly Tier[]; saving: boolean } {
  try {
    const options = runOptionsFromInputs({ ...reporter, notice: () => undefined });
    return { tiers: options.tiers ?? [], saving: options.saveToTiers !== false };
  } catch {
    return { tiers: [], saving: false };
  }
}

/** Post (or update) the job's comment; every failure is a warning: the step's outcome stands. */
async function postToPullRequest(params: { mode: PrCommentMode; pr: PullRequestEvent; reporter: Reporter; row?: ReportRow; sweep?: SweepTable }): Promise<void> {
  const { mode, pr, reporter } = params;
  if (mode === 'never') return;
  if (mode === 'auto' && pr.fromFork && pr.event === 'pull_request') {
    reporter.notice('The PR report is in the job summary only: this pull request comes from a fork, whose token may not comment (pr-comment: always tries anyway)');
    return;
  }
  const token = (optionalInput(Inputs.GithubToken) ?? '').trim();
  if (token === '') {
    reporter.notice('The PR report is in the job summary only: no github-token was given');
    return;
  }
  const outcome = await upsertReportComment({
    token,
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    pr,
    job: jobName(),
    run: `${process.env.GITHUB_RUN_ID ?? '0'}.${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    row: params.row,
    sweep: params.sweep,
  });
  if (outcome.kind === 'failed') {
    const why =
      outcome.status === 403
        ? 'the token may not write to this pull request (a fork\'s pull request gets a read-only token; otherwise give the job "permissions: pull-requests: write")'
        : outcome.status === 404
          ? `pull request #${pr.number} of ${pr.owner}/${pr.repo} was not found with this token`
          : 'the GitHub API did not accept it';
    reporter.warning(`The PR report comment was not written (${outcome.status ?? 'no answer'}: ${outcome.reason}): ${why}. The report is in the job summary`);
    return;
  }
  reporter.info(`PR report ${outcome.kind === 'created' ? 'posted on' : 'updated on'} #${pr.number} (${outcome.state.rows.length} step${outcome.state.rows.length === 1 ? '' : 's'})`);
}

/**
 * After a step: record its result (metrics under its key, and the branch's `latest` pointer) where the run may save,
 * and on a pull request add its row, with the metrics against the base branch's latest result, to the job's comment
 * and the job summary. Nothing here fails the step.
 */
export async function reportStep(params: { result: Record<string, unknown>; mode: PrCommentMode; reporter: Reporter; secrets: readonly string[] }): Promise<void> {
  const { result, mode, reporter } = params;
  try {
    const workspace = workspaceRoot();
    const { tiers, saving } = tiersForRecords(reporter);
    if (saving) await recordStepResultOf({ result, tiers, branch: branchOf(process.env), workspace, reporter });
    const pr = await readPullRequestEvent(process.env);
    if (!pr || mode === 'never') return;
    const command = String(result.command);
    const base = pr.baseRef ? await readBaseResult({ tiers, command, stepId: stepIdOf(result, workspace), branch: pr.baseRef }) : undefined;
    const row = reportRowFromResult({ result, safe: { workspace, secrets: params.secrets }, base, runUrl: runUrl() });
    await writeSummaryMarkdown(`\n#### PR report row\n\n${rowsTableMarkdown([row])}\n`);
    await postToPullRequest({ mode, pr, reporter, row });
  } catch (error) {
    reporter.warning(`The PR report was not made: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A sweep report's table into the job's PR comment (the job summary has it already). */
export async function reportSweep(params: { table: SweepTable; mode: PrCommentMode; reporter: Reporter }): Promise<void> {
  try {
    const pr = await readPullRequestEvent(process.env);
    if (!pr || params.mode === 'never') return;
    await postToPullRequest({ mode: params.mode, pr, reporter: params.reporter, sweep: params.table });
  } catch (error) {
    params.reporter.warning(`The PR report was not made: ${error instanceof Error ? error.message : String(error)}`);
  }
}

