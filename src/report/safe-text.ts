import { isAbsolute, relative, sep } from 'node:path';

/** What a report may show: paths only inside the workspace, no secret anywhere. */
export interface SafeTextOptions {
  /** The workspace root (GITHUB_WORKSPACE, or the working directory): paths inside it are shown relative to it. */
  workspace: string;
  /** Values replaced by *** wherever they appear. */
  secrets: readonly string[];
}

/** An absolute path as the report shows it: `./rel` inside the workspace, `…/name` outside it. */
export function displayPath(path: string, options: Pick<SafeTextOptions, 'workspace'>): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(options.workspace, path);
  if (inside === '') return '.';
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return `…/${path.split(sep).filter(Boolean).pop() ?? ''}`;
  return `./${inside.split(sep).join('/')}`;
}

/** Absolute paths in free text (reasons, messages): after a space, a quote, a bracket or "=", never inside a URL. */
const ABSOLUTE_PATH = /(^|[\s'"`(=[])(\/[^\s'"`()|,;\]]+)/g;

/**
 * Text that can go into a PR comment or a shared file: every secret masked, the workspace written as ".", and any
 * other absolute path cut to its last part (a runner's home, temp or tool-cache paths are nobody's business).
 */
export function safeText(text: string, options: SafeTextOptions): string {
  let out = text;
  for (const secret of options.secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  return out.replace(ABSOLUTE_PATH, (_, lead: string, path: string) => `${lead}${displayPath(path.replace(/[.:]+$/, ''), options)}${path.match(/[.:]+$/)?.[0] ?? ''}`);
}
