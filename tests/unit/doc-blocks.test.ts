import fc from 'fast-check';
import { casesOf, linesMatch, tokensOf, withoutOthers } from '../support/docBlocks';

/** A piece of Markdown and the case the docs test must find in it (null: none). */
type Piece = { text: string; expected: Record<string, unknown> | null };

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const prose: fc.Arbitrary<Piece> = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ({ text: `${ws.join(' ')}.\n`, expected: null }));
const role = fc.constantFrom(null, 'READER', 'PLANNER', 'ADMIN');
const marker = fc.constantFrom(null, 'not replayed: timings');
const query: fc.Arbitrary<Piece> = fc.tuple(role, word, fc.boolean(), marker).map(([r, field, answerLine, skip]) => {
  const body = `${r ? `# as ${r}\n` : ''}{ ${field} }`;
  const text = `${skip ? `<!-- ${skip} -->\n` : ''}\`\`\`graphql\n${body}\n\`\`\`\n${answerLine ? '\nAnswer:\n\n' : ''}\`\`\`json\n{"${field}":1}\n\`\`\`\n`;
  return { text, expected: skip ? { kind: 'not replayed', reason: 'timings' } : { kind: 'graphql', role: r, query: body, answer: `{"${field}":1}` } };
});
const unanswered: fc.Arbitrary<Piece> = word.map((field) => ({ text: `\`\`\`graphql\n{ ${field} }\n\`\`\`\n`, expected: null }));
const commands: fc.Arbitrary<Piece> = word.map((w) => ({ text: `\`\`\`bash\nnpm run ${w}\n\`\`\`\n`, expected: null }));
const transcript: fc.Arbitrary<Piece> = fc.tuple(fc.array(fc.tuple(word, fc.array(word, { maxLength: 3 })), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([steps, varies]) => ({
  text: `${varies ? '<!-- varies: \\d+ ms -->\n' : ''}\`\`\`text\n${steps.map(([c, out]) => [`$ ${c}`, ...out].join('\n')).join('\n')}\n\`\`\`\n`,
  expected: { kind: 'shell', steps: steps.map(([command, output]) => ({ command, output })), varies: varies ? 1 : 0 },
}));

describe('the docs test finds every printed answer the Markdown has, and nothing else', () => {
  it('for any mix of queries with answers, transcripts, markers, prose and blocks without answers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, query, unanswered, commands, transcript), { maxLength: 12 }), (pieces) => {
        const text = pieces.map((p) => p.text).join('\n');
        const found = casesOf('x.md', text).map((c) => {
          const { file: _file, line: _line, ...rest } = c;
          return rest.kind === 'shell' ? { ...rest, varies: rest.varies.length } : rest;
        });
        expect(found).toEqual(pieces.filter((p) => p.expected).map((p) => p.expected));
      }),
    );
  });

  it('reads the tokens a file defines, and not a line explaining the format', () => {
    expect(tokensOf('With `API_TOKENS="t2:PLANNER:stats-office,t4:ADMIN:ops"`; the format is `API_TOKENS="token:ROLE:name,…"`.')).toEqual([
      { token: 't2', role: 'PLANNER', name: 'stats-office' },
      { token: 't4', role: 'ADMIN', name: 'ops' },
    ]);
  });

  it('an output line … stands for any run of lines, and only that', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(word, { maxLength: 6 }), fc.array(word, { maxLength: 6 }), (a, middle, b) => {
        expect(linesMatch([...a, '…', ...b], [...a, ...middle, ...b])).toBe(true);
        expect(linesMatch([...a, ...b], [...a, ...middle, ...b])).toBe(middle.length === 0);
      }),
    );
  });
});

describe('what other test files wrote meanwhile is set aside, and nothing else', () => {
  const review = (groups: [string, number[]][]) => ({
    finalReview: { endYear: 2025, byAgency: groups.map(([agency, numbers]) => ({ agency: { id: agency }, indicators: numbers.map((number) => ({ indicator: { number }, outcome: 'NO_DATA' })) })) },
  });
  const printed = review([['Agency:lps-amr', [9, 41]], ['Agency:lps-amr-system', [47]], ['Agency:lps-county-amr', [21]]]);

  it('a row another test file added (an owner it assigned) goes, and a group only it made goes with it', () => {
    const actual = review([['Agency:lps-amr', [5, 9, 41]], ['Agency:lps-amr-system', [47]], ['Agency:lps-county-amr', [21]], ['Agency:other', [6]]]);
    const touched = { ids: new Set(['Indicator:lps-msm-14:5', 'Indicator:lps-msm-14:6']), numbers: new Set([5, 6]) };
    expect(withoutOthers(actual, touched)).toEqual(withoutOthers(printed, touched));
    expect(withoutOthers(printed, touched)).toEqual(printed);
  });

  it('a row the docs printed and nobody else touched still has to be there', () => {
    const actual = review([['Agency:lps-amr', [9, 41]], ['Agency:lps-amr-system', [47]]]);
    const touched = { ids: new Set(['Indicator:lps-msm-14:5']), numbers: new Set([5]) };
    expect(withoutOthers(actual, touched)).not.toEqual(withoutOthers(printed, touched));
  });
});
