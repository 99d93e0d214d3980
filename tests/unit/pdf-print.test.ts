import { MAX_WAITING_PRINTS, printPdf } from '../../src/review/pdf';
import { describeWithChromium } from '../support/browser';

jest.setTimeout(120_000);

describeWithChromium('the PDF printer (system Chromium)', () => {
  it('prints one at a time and refuses, with SERVICE_OVERLOADED, prints beyond the few it lets wait', async () => {
    const html = '<!doctype html><html><body><p>PDF</p></body></html>';
    const asked = MAX_WAITING_PRINTS + 3;
    const results = await Promise.allSettled(Array.from({ length: asked }, () => printPdf(html)));
    const done = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Buffer>[];
    const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(done).toHaveLength(MAX_WAITING_PRINTS + 1);
    for (const r of done) expect(r.value.subarray(0, 5).toString()).toBe('%PDF-');
    expect(refused.map((r) => (r.reason as { extensions: { code: string } }).extensions.code)).toEqual(Array(asked - MAX_WAITING_PRINTS - 1).fill('SERVICE_OVERLOADED'));
    // Once the queue has drained, a print is taken again.
    expect((await printPdf(html)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
