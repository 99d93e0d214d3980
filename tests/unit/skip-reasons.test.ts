import { skipReason } from '../../console/src/i18n';
import { parseImportedText } from '../../src/importer/parse/planText';
import { REMOVED_REASONS } from '../../src/importer/read/source';
import { generateLayout, TEXT_LAYOUTS } from '../support/planGenerator';

const CHINESE = /[\u4e00-\u9fff]/;

describe('the import preview names every skip reason in Chinese, the importer’s reason beside it', () => {
  it('every reason a file reader gives', () => {
    for (const reason of REMOVED_REASONS) {
      expect({ reason, zh: CHINESE.test(skipReason('zh', reason)), code: skipReason('zh', reason).includes(reason) }).toEqual({ reason, zh: true, code: true });
      expect(skipReason('en', reason)).toContain(reason);
    }
  });

  it('every reason the parser gave on the generator’s plans (chrome, junk, notes, wrapped pages, tables)', async () => {
    const reasons = new Set<string>();
    for (const layout of TEXT_LAYOUTS) for (const plan of await generateLayout(layout, 6)) for (const s of parseImportedText(plan.text).skipped) reasons.add(s.reason);
    expect(reasons.size).toBeGreaterThan(3);
    for (const reason of reasons) expect({ reason, zh: CHINESE.test(skipReason('zh', reason).replace(reason, '')) }).toEqual({ reason, zh: true });
  });

  it('a reason with details keeps them; one it does not know stays as written', () => {
    expect(skipReason('zh', 'table row 7: attribute "x" is neither 约束性 nor 预期性')).toBe('未能读出的表格行(table row 7: attribute "x" is neither 约束性 nor 预期性)');
    expect(skipReason('zh', 'something new')).toBe('something new');
  });
});
