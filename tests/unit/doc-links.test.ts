import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { docFiles, proseOf as prose } from '../support/docBlocks';
import { ROOT } from '../support/paths';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
const anchorsOf = (text: string) => new Set([...prose(text).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1].replace(/`/g, ''))));

const FILES = [...docFiles(ROOT), 'ARCHITECTURE.md', 'client/README.md'];

describe('every link between the README, docs/ and the code leads somewhere', () => {
  const links = FILES.flatMap((file) =>
    [...prose(readFileSync(path.join(ROOT, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1])
      .filter((href) => !/^[a-z]+:/.test(href))
      .map((href) => ({ file, href })),
  );

  it('finds the links (the README alone points into docs/ a dozen times)', () => {
    expect(links.filter((l) => l.file === 'README.md').length).toBeGreaterThanOrEqual(12);
  });

  it.each(links.map((l) => [`${l.file} → ${l.href}`, l] as const))('%s', (_name, { file, href }) => {
    const [target, anchor] = href.split('#');
    const resolved = target ? path.join(path.dirname(path.join(ROOT, file)), target) : path.join(ROOT, file);
    expect({ href, exists: existsSync(resolved) }).toEqual({ href, exists: true });
    if (anchor && resolved.endsWith('.md')) expect({ href, anchor: anchorsOf(readFileSync(resolved, 'utf8')).has(anchor) }).toEqual({ href, anchor: true });
  });
});
