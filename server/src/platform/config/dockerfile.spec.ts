import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 7, item 10: the image ran as root. No Docker engine runs in CI, so this is a static check
 * of the Dockerfile's final stage (the one `docker build` ships): it must switch to an
 * unprivileged user, never back to root, and leave the code unwritable to that user.
 */
describe('Dockerfile (static check)', () => {
  const text = readFileSync(path.resolve(__dirname, '../../../../Dockerfile'), 'utf8');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const lastFrom = lines.map((l) => /^FROM\b/i.test(l)).lastIndexOf(true);
  const finalStage = lines.slice(lastFrom);

  it('the final stage runs as a non-root user', () => {
    const users = finalStage.filter((l) => /^USER\b/i.test(l)).map((l) => l.split(/\s+/)[1]);
    expect(users.length).toBeGreaterThan(0);
    const effective = users.at(-1)!.split(':')[0];
    expect(['root', '0']).not.toContain(effective);
    // Nothing after the USER line may start as root again (sudo, gosu, su-exec in the command).
    const userIndex = finalStage.findLastIndex((l) => /^USER\b/i.test(l));
    const commands = finalStage.slice(userIndex).filter((l) => /^(CMD|ENTRYPOINT|RUN)\b/i.test(l));
    expect(commands.some((l) => /\b(sudo|gosu|su-exec|su)\b/.test(l))).toBe(false);
    expect(commands.some((l) => /^CMD\b/i.test(l))).toBe(true);
  });

  it('the code is copied owned by root; only the data directory belongs to the runtime user', () => {
    const copies = finalStage.filter((l) => /^COPY\b/i.test(l));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(copy).toMatch(/--chown=root(:root)?\b/);
    expect(finalStage.join('\n')).toMatch(/chown -R node:node \/data/);
    expect(finalStage.join('\n')).toMatch(/DATA_DIR=\/data/);
  });
});
