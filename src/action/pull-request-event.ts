import { readFile } from 'node:fs/promises';

/** The pull request this run is for, from the event payload the runner wrote (GITHUB_EVENT_PATH). */
export interface PullRequestEvent {
  event: string;
  owner: string;
  repo: string;
  number: number;
  baseRef: string;
  /** The head is in another repository: on `pull_request` its token can only read. */
  fromFork: boolean;
}

export async function readPullRequestEvent(env: Record<string, string | undefined>): Promise<PullRequestEvent | undefined> {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined;
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let payload: Record<string, any>;
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const fullName = String(payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? '');
  const [owner, repo] = fullName.split('/');
  if (!owner || !repo) return undefined;
  const headRepo = pr.head?.repo?.full_name;
  return {
    event,
    owner,
    repo,
    number: pr.number,
    baseRef: String(pr.base?.ref ?? env.GITHUB_BASE_REF ?? ''),
    fromFork: pr.head?.repo?.fork === true || (typeof headRepo === 'string' && headRepo !== fullName),
  };
}
