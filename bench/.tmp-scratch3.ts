import { openStore } from '../src/db/open-store.ts';
import { programmeCounts } from '../src/db/repositories/outcomes/summary-rows.ts';
import { quartersBetween } from '../src/domain/outcomes/quarters.ts';
import { nationalTable } from '../src/domain/outcomes/reports.ts';

const url = 'postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3Db14_scratch';
const store = await openStore({ kind: 'postgres', url, poolSize: 10 }, (e) => console.error(e));
const regions = await store.db.selectFrom('region').select(['id', 'name']).orderBy('id').execute();
const rows = await store.db
  .selectFrom('programme')
  .innerJoin('outcome_freshness as f', 'f.programme_id', 'programme.id')
  .select(['id', 'name', 'region_id'])
  .orderBy('name')
  .execute();
const periods = quartersBetween('2017Q1', '2026Q4');
let counts = new Map();
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  counts = await programmeCounts(
    store.db,
    rows.map((r) => r.id),
    periods,
    'all',
  );
  const u = process.cpuUsage(c);
  console.log(
    'fetch',
    rows.length,
    Math.round(performance.now() - t),
    'cpu',
    Math.round((u.user + u.system) / 1000),
  );
}
const N = 299;
const programmes = Array.from({ length: N }, (_, i) => {
  const r = rows[i % rows.length]!;
  return { id: `${r.id}-${i}`, name: r.name, regionId: r.region_id, src: r.id };
});
const big = new Map(programmes.map((p) => [p.id, counts.get(p.src)!]));
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  nationalTable(regions, programmes, big, periods, 5);
  const u = process.cpuUsage(c);
  console.log('table', N, Math.round(performance.now() - t), 'cpu', Math.round((u.user + u.system) / 1000));
}
await store.close();
