/** Prints the outline the importer reads from a plan's text, for curators: every task with its code, paragraphs and citations. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseImportedText } from '../../src/importer/parse/planText';

const planDir = process.argv[2] ?? path.join(__dirname, '../plans/lps-msm-14');
const plan = parse(readFileSync(path.join(planDir, 'plan.yaml'), 'utf8')) as { source: string };
const source = readFileSync(path.join(planDir, plan.source), 'utf8');
const parsed = parseImportedText(source);
for (const t of parsed.tasks) {
  console.log(`\n## ${t.code} [${t.level}] ${t.name}   (line ${t.line}, parent ${t.parentCode ?? '-'})`);
  for (const p of t.paragraphs) console.log(`   ${p}`);
  for (const c of parsed.citations.filter((c) => c.taskCode === t.code)) console.log(`   [cites ${c.kind}] ${c.text}`);
}
console.log('\n## Goals');
for (const g of parsed.goals) console.log(`   ${g.kind}: ${g.text}`);
console.log('\n## Table 1');
for (const r of parsed.indicators) console.log(`   ${r.code} | ${r.category ?? '-'} | ${r.name} | ${r.target.raw} | ${r.attribute ?? '-'}`);
