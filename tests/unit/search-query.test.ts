import { toLuceneQuery } from '../../src/search/search.query';

describe('toLuceneQuery makes user text safe for the full-text parser', () => {
  it('escapes every Lucene special character', () => {
    const q = toLuceneQuery('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')!;
    expect(q).toContain('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p');
  });
  it('turns boolean operators into plain words', () => {
    expect(toLuceneQuery('law AND order OR NOT x')).toContain('(law and order or not x)');
  });
  it('drops control characters and returns null for nothing searchable', () => {
    expect(toLuceneQuery('\u0000\u0007  \n')).toBeNull();
    expect(toLuceneQuery('特种\u0000设备')).toContain('特种 设备');
  });
});
