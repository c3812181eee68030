import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring for the gateway process. Import it first.
 *
 * V8 watches how many objects from each allocation site survive young-generation collections and,
 * past a threshold, allocates that site's objects straight in the old generation. A proxy's
 * per-request objects live a few milliseconds, but during warm-up (first token verifications, cold
 * JIT) they outlive a scavenge often enough to trip the heuristic, and the decision sticks: from
 * then on every request leaves old-generation garbage, scavenges slow down from about 1.5 ms to
 * 5-12 ms and mark-compacts run several times a second. Measured with the benchmark
 * (bench/run-bench.ts, `BENCH_NODE_FLAGS=--trace-gc`): in roughly half of the gateway processes,
 * 60-90 µs more CPU per request, about as much as the bare proxy spends in all. The flag is a GC
 * heuristic V8 reads at each collection, so setting it at start-up, before any request, is enough.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
