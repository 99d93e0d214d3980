import { startTestApi, type TestApi } from '../support/api';
import { SOURCE_TEXT } from '../support/paths';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** Table 1 rows only (text targets, T1…, are covered too but not pinned here). */
const table1 = (c: { indicator: { code: string } }) => /^\d+$/.test(c.indicator.code);
const COVERAGE = `query($id: ID!) { node(id: $id) { ... on Task { coverage { indicator { code } derived movedBy { code } } } } }`;

describe('the roll-up rule: MOVES where the text says it, coverage derived upward', () => {
  it('3.3.3 (特种设备) moves nothing itself and covers 34-37, each derived from the sub-tasks that move it (hand-checked)', async () => {
    const res = await api.gql(COVERAGE, { id: 'Task:lps-msm-14:3.3.3' });
    expect(res.errors).toBeUndefined();
    const coverage = res.data!.node.coverage.filter(table1).map((c: any) => ({ code: c.indicator.code, derived: c.derived, movedBy: c.movedBy.map((t: any) => t.code) }));
    expect(coverage).toEqual([
      { code: '34', derived: true, movedBy: ['Z3-3-3.i2', 'Z3-3-3.i3.m3'] },
      { code: '35', derived: true, movedBy: ['3.3.3.i1', '3.3.3.i3', 'Z3-3-3.i1', 'Z3-3-3.i2', 'Z3-3-3.i3.m1', 'Z3-3-3.i3.m2'] },
      {
        code: '36',
        derived: true,
        movedBy: ['3.3.3.i1', '3.3.3.i3', '3.3.3.i4', 'Z3-3-3.i1', 'Z3-3-3.i2', 'Z3-3-3.i3.m1', 'Z3-3-3.i3.m2', 'Z3-3-3.i3.m3', 'Z3-3-3.i3.m4', 'Z3-3-3.i4'],
      },
      { code: '37', derived: true, movedBy: ['Z3-3-3.i2', 'Z3-3-3.i3.m4'] },
    ]);
  });

  it('a task whose own paragraph says it carries the edge itself: 3.3.2 moves 31 and 32 (not derived), and covers 26-29 through its items', async () => {
    const res = await api.gql(COVERAGE, { id: 'Task:lps-msm-14:3.3.2' });
    const byCode = Object.fromEntries(res.data!.node.coverage.filter(table1).map((c: any) => [c.indicator.code, c.derived]));
    expect(byCode).toEqual({ '26': true, '27': true, '28': true, '29': true, '31': false, '32': false });
  });

  it('a leaf covers exactly the Table 1 rows it moves, none of it derived', async () => {
    const res = await api.gql(COVERAGE, { id: 'Task:lps-msm-14:Z3-3-3.i3.m4' });
    expect(res.data!.node.coverage.filter(table1)).toEqual([
      { indicator: { code: '36' }, derived: false, movedBy: [{ code: 'Z3-3-3.i3.m4' }] },
      { indicator: { code: '37' }, derived: false, movedBy: [{ code: 'Z3-3-3.i3.m4' }] },
    ]);
  });
});

describe('the impact chain a planner can trust', () => {
  const IMPACT = `query($of: ID!) { impact(of: $of, maxDepth: 4) { affected { node { id ... on Indicator { code } } via quotes derived path { id } } } }`;

  it('the Special Equipment Safety Law at depth 4 reaches 34, 35, 36 and 37, every step of every path with a verbatim quote', async () => {
    const res = await api.gql(IMPACT, { of: 'Law:special-equipment-safety-law' });
    expect(res.errors).toBeUndefined();
    const affected = res.data!.impact.affected;
    const indicators = affected.filter((a: any) => a.node.code).map((a: any) => a.node.code);
    expect(indicators).toEqual(expect.arrayContaining(['34', '35', '36', '37']));
    for (const a of affected) {
      expect(a.quotes).toHaveLength(a.via.length);
      for (const q of a.quotes) {
        expect(typeof q).toBe('string');
        expect(SOURCE_TEXT).toContain(q);
      }
    }
    const to37 = affected.find((a: any) => a.node.code === '37');
    expect(to37.path.map((n: any) => n.id)).toEqual(['Law:special-equipment-safety-law', 'Task:lps-msm-14:Z3-3-3.i2', 'Indicator:lps-msm-14:37']);
    expect(to37.quotes[0]).toContain('《特种设备安全法》');
    expect(to37.derived).toBe(false);
  });

  it('the impact of 3.3.3 reaches 36 through a sub-task, marked derived', async () => {
    const res = await api.gql(IMPACT, { of: 'Task:lps-msm-14:3.3.3' });
    const to36 = res.data!.impact.affected.find((a: any) => a.node.code === '36');
    expect(to36.via[0]).toBe('PART_OF');
    expect(to36.via[to36.via.length - 1]).toBe('MOVES');
    expect(to36.derived).toBe(true);
  });
});
