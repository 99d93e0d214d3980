import { BadUserInputError } from '../errors';

// A Chinese official document number: 黔市监发〔2022〕5号, 六盘水市市场监管局〔2023〕12号 (any of the brackets in use).
const DOCUMENT_NUMBER = /^\S{1,60}[〔［\[（(【]\s*(19|20)\d{2}\s*[〕］\]）)】]\s*第?\s*\d{1,6}\s*号$/u;
// A standard's code: GB/T 19022-2003, JJF 1070-2002, DB52/T 1234-2020.
const STANDARD_CODE = /^[A-Z]{1,5}(\d{1,3})?(\/[A-Z]{1,2})?\s?\d{1,6}(\.\d{1,3})?-(19|20)\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/i;
// A URL whose path ends in a file name with an extension names a file.
const FILE_PATH = /\/[^/]+\.[A-Za-z0-9]{1,5}$/;

/**
 * Checks a figure's evidence: an http(s) URL or a document number; a checksum (SHA-256, 64 hex digits) is
 * required when the URL names a file and allowed only with a URL. Returns the values to store.
 */
export function checkEvidence(evidence: string | null | undefined, checksum: string | null | undefined): { evidence: string | null; checksum: string | null } {
  const e = evidence?.trim() || null;
  const c = checksum?.trim().toLowerCase() || null;
  if (!e) {
    if (c) throw new BadUserInputError('input.checksum needs input.evidence (the file it is the checksum of)', { argument: 'input.checksum' });
    return { evidence: null, checksum: null };
  }
  if (e.length > 500) throw new BadUserInputError('input.evidence may be at most 500 characters', { argument: 'input.evidence' });
  let url: URL | null = null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(e) && !DOCUMENT_NUMBER.test(e)) {
    try {
      url = new URL(e);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) {
      throw new BadUserInputError('input.evidence must be an http(s) URL or a document number', { argument: 'input.evidence' });
    }
  } else if (!DOCUMENT_NUMBER.test(e) && !STANDARD_CODE.test(e)) {
    throw new BadUserInputError('input.evidence must be an http(s) URL or a document number (e.g. 黔市监发〔2022〕5号)', { argument: 'input.evidence' });
  }
  if (c && !SHA256.test(c)) throw new BadUserInputError('input.checksum must be a SHA-256: 64 hexadecimal digits', { argument: 'input.checksum' });
  if (c && !url) throw new BadUserInputError('input.checksum goes with a URL of a file, not a document number', { argument: 'input.checksum' });
  if (url && !c && FILE_PATH.test(url.pathname) && !/\.(html?|php|aspx?|jsp)$/i.test(url.pathname)) {
    throw new BadUserInputError('input.checksum (SHA-256) is required when the evidence URL names a file', { argument: 'input.checksum' });
  }
  return { evidence: e, checksum: c };
}
