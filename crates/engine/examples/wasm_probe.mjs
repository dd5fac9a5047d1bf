// Times the engine in a bare WebAssembly module under node (see
// wasm_probe.rs for the build): the basic model for `people` (default
// 2,000,000), `runs` times (default 8), in the process's CPU time, and
// prints the fastest and median run and the results' hash.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [people = '2000000', runs = '8', file] = process.argv.slice(2);
const path =
  file ?? fileURLToPath(new URL('../../../target/wasm32-unknown-unknown/web/examples/wasm_probe.wasm', import.meta.url));
const { instance } = await WebAssembly.instantiate(readFileSync(path), {});
const times = [];
let hash = 0n;
for (let i = 0; i < Number(runs); i++) {
  const before = process.cpuUsage();
  hash = instance.exports.run_basic(BigInt(people));
  const used = process.cpuUsage(before);
  times.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
const fastest = times[0];
console.log(
  `${people} people in WebAssembly, CPU time: fastest ${fastest.toFixed(1)} ms ` +
    `(${(Number(people) / fastest / 1000).toFixed(2)} M people/s), median ${times[times.length >> 1].toFixed(1)} ms; ` +
    `results hash ${BigInt.asUintN(64, hash).toString(16).padStart(16, '0')}`,
);
