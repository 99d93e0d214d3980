import { CONSOLE_BUILD_DIR, writeConsoleBuild } from '../console/bundle';

/** `npm run build`'s second step (scripts/build.js runs it): the console's bundle and the report's chart script, written to dist/console. */
writeConsoleBuild()
  .then((files) => console.log(`console: ${files.length} files in ${CONSOLE_BUILD_DIR}`))
  .catch((error: unknown) => {
    console.error(`the console's bundle failed: ${(error as Error).message}`);
    process.exit(1);
  });
