import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../..');
/** The plan the tests seed. */
export const PLAN_DIR = path.join(ROOT, 'seed/plans/lps-msm-14');
/** The plan's published text. */
export const SOURCE_TEXT = readFileSync(path.join(ROOT, 'seed/source/000_815fa9a73ad098dd.txt'), 'utf8');
/** The contract's operations, as copied into the repo. */
export const CONTRACT_DIR = path.join(ROOT, 'contract');
