/** A repo on the Hub as our code passes it around. */
export interface RepoRef {
  type: 'model' | 'dataset';
  name: string;
}

export function toRepoDesignation(repo: RepoRef): { type: 'model' | 'dataset'; name: string } {
  return { type: repo.type, name: repo.name };
}

export function describeRepo(repo: RepoRef, revision?: string): string {
  const kind = repo.type === 'dataset' ? 'dataset ' : 'model ';
  return `${kind}${repo.name}${revision ? `@${revision}` : ''}`;
}
