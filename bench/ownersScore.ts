/**
 * `npm run owners:score`: the likely-owner model (src/ownership) against a careful reader's judgment
 * (tests/support/likelyOwnerJudgments.ts) over the seed plan's ownerless indicators. Prints the summary and the
 * table docs/ownership.md keeps. Exit 1 below 85% top-1 agreement or with a body that never owns on top.
 */
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../seed/build';
import { OWNER_JUDGMENTS } from '../tests/support/likelyOwnerJudgments';
import { ownerScoreMarkdown, scoreLikelyOwners } from '../tests/support/likelyOwnerScore';

const planDir = path.resolve(__dirname, '../seed/plans/lps-msm-14');
const score = scoreLikelyOwners(loadPlanGraphFromDisk(planDir), 'lps-msm-14', OWNER_JUDGMENTS);
process.stdout.write(`${ownerScoreMarkdown(score)}\n`);
const neverOwners = score.rows.filter((r) => r.neverOwns);
if (score.agree / score.ownerless < 0.85 || neverOwners.length > 0) {
  process.stderr.write(`below the bar: ${score.agree}/${score.ownerless} agree; never-owner bodies on top: ${neverOwners.map((r) => r.indicator).join(', ') || 'none'}\n`);
  process.exitCode = 1;
}
