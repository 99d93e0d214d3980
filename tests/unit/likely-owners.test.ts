import { rankLikelyOwners } from '../../src/ownership/ownership.model';

describe('ranking likely owners', () => {
  it('combines an agency’s evidence as 1 - Π(1 - weight), ranks by confidence, and keeps its strongest evidence first', () => {
    const ranked = rankLikelyOwners([
      { agencyId: 'Agency:b', kind: 'TASK_PARTICIPANT', weight: 0.3, pathIds: ['I', 'T1', 'Agency:b'], quotes: ['q1', 'q2'] },
      { agencyId: 'Agency:a', kind: 'TASK_PARTICIPANT', weight: 0.3, pathIds: ['I', 'T2', 'Agency:a'], quotes: ['q3', 'q4'] },
      { agencyId: 'Agency:a', kind: 'REMIT', weight: 0.7, pathIds: ['I', 'Agency:a'], quotes: ['q5'] },
      { agencyId: 'Agency:c', kind: 'TASK_PARTICIPANT', weight: 0.3, pathIds: ['I', 'T3', 'Agency:c'], quotes: ['q6', 'q7'] },
    ]);
    expect(ranked.map((o) => [o.agencyId, o.confidence])).toEqual([['Agency:a', 0.79], ['Agency:b', 0.3], ['Agency:c', 0.3]]);
    expect(ranked[0].evidence.map((e) => e.kind)).toEqual(['REMIT', 'TASK_PARTICIPANT']);
  });

  it('gives nothing for no evidence', () => {
    expect(rankLikelyOwners([])).toEqual([]);
  });
});
