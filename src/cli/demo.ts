/** `npm run demo [-- --remove]`: records (or removes) synthetic demo figures, source "synthetic demo", so a newcomer sees every status. */
import { parseArgs } from 'node:util';
import { DEMO_AS_OF, DEMO_RECORDER, DEMO_SOURCE, recordDemoFigures, removeDemoFigures } from '../demo/demo';
import { cliContext } from './context';
import { runCli } from './run';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { remove: { type: 'boolean', default: false } } });
  const { ctx, database } = await cliContext({ token: '', role: 'PLANNER', name: DEMO_RECORDER });
  try {
    if (values.remove) {
      console.log(`removed ${await removeDemoFigures(ctx.db)} figures with source "${DEMO_SOURCE}"`);
      return 0;
    }
    const result = await recordDemoFigures(ctx.db);
    console.log(`recorded ${result.recorded} SYNTHETIC figures (source "${DEMO_SOURCE}", by "${DEMO_RECORDER}") for ${result.indicators} Table 1 indicators, in the years of each plan's period up to ${DEMO_AS_OF}`);
    if (result.outOfPeriod) console.log(`no figures for ${result.outOfPeriod} indicators whose plan's period starts after ${DEMO_AS_OF} (or states none)`);
    console.log(`statuses as of 2023 from them: ${Object.entries(result.statuses).map(([s, n]) => `${s} ${n}`).join(', ')}; the rest stay NO_DATA`);
    if (result.skipped.length) console.log(`left alone (they have real figures): ${result.skipped.join(', ')}`);
    console.log('they show as "synthetic demo" on the board and in the report; `npm run demo -- --remove` takes them out');
  } finally {
    await database.close();
  }
  return 0;
}

runCli('demo', run);
