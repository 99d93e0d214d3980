/** Checks that every `quote:` in the given YAML files is a verbatim, junk-free substring of the plan body. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseImportedText } from '../../src/importer/parse/planText';

const planDir = path.join(__dirname, '../plans/lps-msm-14');
const plan = parse(readFileSync(path.join(planDir, 'plan.yaml'), 'utf8')) as { source: string };
const source = readFileSync(path.join(planDir, plan.source), 'utf8');
const { junk } = parseImportedText(source);
let bad = 0;
function walk(node: unknown, where: string, file: string) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`, file));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'quote' && typeof v === 'string') {
        const junkFound = junk.find((j) => v.includes(j));
        if (!source.includes(v) || junkFound) {
          bad++;
          console.log(`${file} ${where}.quote: ${junkFound ? `contains junk "${junkFound}"` : 'not a verbatim substring of the source'}: ${v}`);
        }
      } else walk(v, `${where}.${k}`, file);
    }
  }
}
for (const f of process.argv.slice(2)) walk(parse(readFileSync(f, 'utf8')), '', f);
console.log(bad === 0 ? 'all quotes verbatim' : `${bad} bad quote(s)`);
process.exit(bad === 0 ? 0 : 1);
