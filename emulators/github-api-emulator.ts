/**
 * A loopback GitHub REST API, the part the PR report uses: issue comments of a pull request (a PR is an issue to
 * this API). Driven by the real @actions/github (Octokit) through GITHUB_API_URL / `baseUrl`.
 *   GET   /repos/{owner}/{repo}/issues/{number}/comments?per_page=&page=   list, oldest first, paged with an
 *         absolute `Link: <…>; rel="next", <…>; rel="last"` header (per_page default 30, at most 100)
 *   POST  /repos/{owner}/{repo}/issues/{number}/comments   {body}  → 201 with the comment
 *   PATCH /repos/{owner}/{repo}/issues/comments/{id}         {body}  → 200 with the comment
 * Tokens come as `Authorization: token …` or `Bearer …`: an unknown one is 401 "Bad credentials"; a read-only one
 * (a fork's pull_request token) may list but a write is 403 "Resource not accessible by integration"; an unknown
 * repository, issue or comment is 404 "Not Found"; a body over 65,536 characters is 422, as GitHub answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface GithubComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface GithubRequestRecord {
  method: string;
  path: string;
  /** The query string without "?", e.g. per_page=100&page=2. */
  query: string;
  status: number;
  /** What the request did, when it was one of ours: list, create, update. */
  operation?: 'list' | 'create' | 'update';
}

export interface GithubApiEmulator {
  /** GITHUB_API_URL. */
  url: string;
  /** A token that may write (`pull-requests: write`). */
  writeToken: string;
  /** A token that may only read, as a fork's pull_request run gets. */
  readToken: string;
  /** Make a repository with an open pull request (issue) `number`. */
  addPullRequest(params: { owner: string; repo: string; number: number }): void;
  /** A comment written by someone else (for pagination: the report's comment is found on any page). */
  addComment(params: { owner: string; repo: string; issue: number; body: string; user?: string }): GithubComment;
  comments(params?: { owner?: string; repo?: string; issue?: number }): GithubComment[];
  requests: GithubRequestRecord[];
  close(): Promise<void>;
}

const MAX_BODY = 65_536;

export async function startGithubApiEmulator(params: { host?: string } = {}): Promise<GithubApiEmulator> {
  const writeToken = 'ghs_emulatedWriteToken0000000000000000000';
  const readToken = 'ghs_emulatedReadOnlyToken00000000000000000';
  const issues = new Set<string>();
  const comments: GithubComment[] = [];
  const requests: GithubRequestRecord[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1_000_001;
  let baseUrl = '';

  const issueKey = (owner: string, repo: string, issue: number) => `${owner.toLowerCase()}/${repo.toLowerCase()}#${issue}`;
  const repoKnown = (owner: string, repo: string) => [...issues].some((key) => key.startsWith(`${owner.toLowerCase()}/${repo.toLowerCase()}#`));

  const asJson = (comment: GithubComment) => ({
    id: comment.id,
    node_id: `IC_${Buffer.from(String(comment.id)).toString('base64')}`,
    url: `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues/${comment.issue}`,
    body: comment.body,
    user: { login: comment.user, id: 41898282, type: comment.user.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
  });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)), 'X-GitHub-Request-Id': `EMU:${requests.length}`, ...headers });
    res.end(text);
  };
  const fail = (res: ServerResponse, status: number, message: string) => send(res, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });

  const readBody = async (req: IncomingMessage): Promise<Record<string, unknown> | undefined> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse, record: GithubRequestRecord): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (auth !== writeToken && auth !== readToken) {
      req.resume();
      return fail(res, 401, 'Bad credentials');
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list) {
      const [, owner, repo, number] = list;
      const issue = Number(number);
      if (!issues.has(issueKey(owner, repo, issue))) {
        req.resume();
        return fail(res, 404, 'Not Found');
      }
      if (req.method === 'GET') {
        record.operation = 'list';
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const all = comments.filter((comment) => issueKey(comment.owner, comment.repo, comment.issue) === issueKey(owner, repo, issue));
        const pages = Math.max(1, Math.ceil(all.length / perPage));
        const pageUrl = (n: number) => {
          const next = new URL(url.pathname, baseUrl);
          next.searchParams.set('per_page', String(perPage));
          next.searchParams.set('page', String(n));
          return next.toString();
        };
        const links = [
          ...(page < pages ? [`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(pages)}>; rel="last"`] : []),
          ...(page > 1 ? [`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`] : []),
        ];
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(asJson), links.length > 0 ? { Link: links.join(', ') } : {});
      }
      if (req.method === 'POST') {
        record.operation = 'create';
        const body = await readBody(req);
        if (auth !== writeToken) return fail(res, 403, 'Resource not accessible by integration');
        if (typeof body?.body !== 'string') return fail(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        if (body.body.length > MAX_BODY) return fail(res, 422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        const now = new Date().toISOString();
        const comment: GithubComment = { id: nextId++, owner, repo, issue, body: body.body, user: 'github-actions[bot]', createdAt: now, updatedAt: now };
        comments.push(comment);
        return send(res, 201, asJson(comment), { Location: asJson(comment).url });
      }
    }
    if (one) {
      const [, owner, repo, id] = one;
      const comment = comments.find((candidate) => candidate.id === Number(id) && candidate.owner.toLowerCase() === owner.toLowerCase() && candidate.repo.toLowerCase() === repo.toLowerCase());
      if (!repoKnown(owner, repo) || !comment) {
        req.resume();
        return fail(res, 404, 'Not Found');
      }
      if (req.method === 'GET') return send(res, 200, asJson(comment));
      if (req.method === 'PATCH') {
        record.operation = 'update';
        const body = await readBody(req);
        if (auth !== writeToken) return fail(res, 403, 'Resource not accessible by integration');
        if (typeof body?.body !== 'string') return fail(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        if (body.body.length > MAX_BODY) return fail(res, 422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        comment.body = body.body;
        comment.updatedAt = new Date().toISOString();
        return send(res, 200, asJson(comment));
      }
    }
    req.resume();
    return fail(res, 404, 'Not Found');
  }

  const server = createServer((req, res) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    const record: GithubRequestRecord = { method: req.method ?? 'GET', path, query, status: 0 };
    handle(req, res, record)
      .catch((error: unknown) => {
        if (!res.headersSent) fail(res, 500, String(error));
        else res.destroy();
      })
      .finally(() => {
        record.status = res.statusCode;
        requests.push(record);
      });
  }).on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = params.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    writeToken,
    readToken,
    addPullRequest({ owner, repo, number }) {
      issues.add(issueKey(owner, repo, number));
    },
    addComment({ owner, repo, issue, body, user }) {
      const now = new Date().toISOString();
      const comment: GithubComment = { id: nextId++, owner, repo, issue, body, user: user ?? 'a-reviewer', createdAt: now, updatedAt: now };
      comments.push(comment);
      return comment;
    },
    comments: (filter = {}) =>
      comments.filter((comment) => (filter.owner === undefined || comment.owner === filter.owner) && (filter.repo === undefined || comment.repo === filter.repo) && (filter.issue === undefined || comment.issue === filter.issue)),
    requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
