/**
 * `npm run bench:engine`: the detection engine's throughput in Node on generated milia-dense and
 * unrelated text, and its doubling ratio. `-- --json` prints the rows as JSON instead.
 */
import { loadPools } from './bench/corpus.ts';
import { runEngineBench } from './bench/engine-bench.ts';
import { engineRows } from './bench/engine-rows.ts';
import { describeMachine, formatMachine } from './bench/machine.ts';
import { formatTable } from './bench/report.ts';

const rows = engineRows(runEngineBench({ pools: loadPools() }));
const machine = describeMachine();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ machine, rows }, null, 2));
} else {
  console.log(formatMachine(machine));
  console.log(formatTable(rows));
}
