import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
(async () => {
  const d = neo4j.driver('bolt://127.0.0.1:7699', neo4j.auth.basic('neo4j', 'x'), { disableLosslessIntegers: true });
  const queries = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { name: string; q: string; p?: any; n?: number }[];
  for (const { name, q, p, n } of queries) {
    try {
      const times: number[] = []; let rows = 0; let sample = '';
      for (let i = 0; i < (n ?? 4); i++) {
        const t = performance.now();
        const r = await d.executeQuery(q, p ?? {}, { routing: q.startsWith("CREATE") ? neo4j.routing.WRITE : neo4j.routing.READ });
        times.push(performance.now() - t); rows = r.records.length; sample = JSON.stringify(r.records[0]?.toObject() ?? null).slice(0, 200);
      }
      console.log(name, 'rows', rows, 'ms', times.map((x) => x.toFixed(0)).join(' '), sample);
    } catch (e) { console.log(name, 'ERR', String(e).slice(0, 300)); }
  }
  await d.close();
})();
