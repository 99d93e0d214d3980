import { DEFAULT_GENERATOR, generatePlan, prng } from '../../bench/generator';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { PLAN_DIR } from '../support/paths';

const template = loadPlanGraphFromDisk(PLAN_DIR);

describe('the synthetic plan generator', () => {
  it('is deterministic: the same seed and index give the same plan', () => {
    expect(JSON.stringify(generatePlan(template, 7, DEFAULT_GENERATOR))).toBe(JSON.stringify(generatePlan(template, 7, DEFAULT_GENERATOR)));
    expect(prng(1)()).toBe(prng(1)());
  });

  it('keeps the real plan’s shape: the same tasks, indicators and goals, every edge between existing nodes', () => {
    const plan = generatePlan(template, 3, DEFAULT_GENERATOR);
    const count = (g: typeof plan, label: string) => g.nodes.filter((n) => n.label === label).length;
    for (const label of ['Task', 'Indicator', 'Goal']) expect(count(plan, label)).toBe(count(template, label));
    const ids = new Set(plan.nodes.map((n) => n.id));
    const followed = template.nodes.filter((n) => n.label === 'Plan' && n.id !== `Plan:${template.planId}`).map((n) => n.id);
    for (const e of plan.edges) {
      expect(ids.has(e.from) || followed.includes(e.from)).toBe(true);
      expect(ids.has(e.to) || followed.includes(e.to)).toBe(true);
    }
    expect(plan.edges.length).toBeGreaterThanOrEqual(template.edges.length - 10);
  });

  it('shares agencies across plans the way real ones are shared', () => {
    const agencies = (k: number) => new Set(generatePlan(template, k, DEFAULT_GENERATOR).nodes.filter((n) => n.label === 'Agency').map((n) => n.id));
    const a = agencies(1);
    const b = agencies(2);
    expect([...a].filter((id) => b.has(id)).length).toBeGreaterThan(0);
  });
});
