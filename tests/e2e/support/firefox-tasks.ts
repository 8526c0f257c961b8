import type { Browser } from 'puppeteer-core';
import type { TaskShare } from './extension-tasks.ts';

/**
 * How long the extension keeps a page's main thread busy in Firefox, from the Gecko profiler:
 * the Firefox counterpart of extension-tasks.ts. Firefox has no Long Tasks API and WebDriver
 * BiDi no trace, but with `--remote-allow-system-access` BiDi can run script in the browser's
 * own (chrome) context, where `Services.profiler` records every process's main thread: samples
 * with their JS stacks (each frame names its script URL) and CPU time, and a `LongTask` marker
 * for every task over 50 ms. Each long task's CPU time is split into "the extension's code was
 * on the stack" and the rest, as the Chromium trace is.
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}

interface BidiResult {
  contexts?: { context: string }[];
  type?: string;
  result?: { value?: string };
  exceptionDetails?: { text?: string };
}

/** Runs `expression` in the browser's chrome context and hands back its string result. */
async function inChrome(browser: Browser, expression: string): Promise<string> {
  // Puppeteer's WebDriver BiDi connection: public in its types only as part of the Browser.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('no chrome context: is --remote-allow-system-access set?');
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type !== 'success') throw new Error(`profiler: ${result.exceptionDetails?.text}`);
  return result.result?.value ?? '';
}

/** Starts the profiler on every main thread; the returned function stops it and judges. */
export async function startFirefoxTrace(
  browser: Browser,
  extensionBase: string,
): Promise<() => Promise<TaskShare[]>> {
  await inChrome(
    browser,
    `Services.profiler.StartProfiler(4000000, 1, ["js", "cpu"], ["GeckoMain"]); "started"`,
  );
  return async () => {
    const json = await inChrome(
      browser,
      `Services.profiler.getProfileDataAsync().then((profile) => {
         Services.profiler.StopProfiler();
         return JSON.stringify(profile);
       })`,
    );
    return longTasks(JSON.parse(json) as GeckoProfile, extensionBase);
  };
}

interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}

interface GeckoThread {
  name: string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  markers: Table;
  stringTable?: string[];
  stringArray?: string[];
}

interface GeckoProfile {
  meta: { sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

const NS_PER_UNIT: Record<string, number> = { ns: 1, µs: 1_000, ms: 1_000_000 };

/** Every long task in every process's main thread, with the extension's CPU time in it. */
export function longTasks(profile: GeckoProfile, extensionBase: string): TaskShare[] {
  const shares: TaskShare[] = [];
  for (const process of [profile, ...(profile.processes ?? [])]) {
    const unit = NS_PER_UNIT[process.meta.sampleUnits?.threadCPUDelta ?? 'ns'] ?? 1;
    for (const thread of process.threads) shares.push(...threadTasks(thread, unit, extensionBase));
  }
  return shares.sort((a, b) => b.extensionMs - a.extensionMs);
}

function threadTasks(thread: GeckoThread, nsPerUnit: number, extensionBase: string): TaskShare[] {
  const strings = thread.stringTable ?? thread.stringArray ?? [];
  const m = thread.markers.schema;
  const tasks = thread.markers.data.filter((row) => strings[row[m.name!] as number] === 'LongTask');
  if (tasks.length === 0) return [];
  const ours = oursByStack(thread, strings, extensionBase);
  const s = thread.samples.schema;
  return tasks.map((task) => {
    const start = task[m.startTime!] as number;
    const end = task[m.endTime!] as number;
    let cpuNs = 0;
    const byFunction = new Map<string, number>();
    for (const sample of thread.samples.data) {
      const time = sample[s.time!] as number;
      if (time < start || time > end) continue;
      const stack = sample[s.stack!] as number | null;
      const name = stack === null ? null : ours(stack);
      if (!name) continue;
      const ns = ((sample[s.threadCPUDelta!] as number | null) ?? 0) * nsPerUnit;
      cpuNs += ns;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ns);
    }
    const hot = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return {
      taskMs: end - start,
      extensionMs: cpuNs / 1e6,
      hot: hot.map(([name, ns]) => `${name} ${Math.round(ns / 1e6)}ms`),
    };
  });
}

/** For a stack index, the innermost frame of the extension's code on it, or null. */
function oursByStack(
  thread: GeckoThread,
  strings: string[],
  extensionBase: string,
): (stack: number) => string | null {
  const st = thread.stackTable.schema;
  const ft = thread.frameTable.schema;
  const memo = new Map<number, string | null>();
  const at = (stack: number): string | null => {
    const known = memo.get(stack);
    if (known !== undefined) return known;
    const row = thread.stackTable.data[stack]!;
    const frame = thread.frameTable.data[row[st.frame!] as number]!;
    const location = strings[frame[ft.location!] as number] ?? '';
    const prefix = row[st.prefix!] as number | null;
    const found = location.includes(extensionBase)
      ? location.replace(extensionBase, '')
      : prefix === null
        ? null
        : at(prefix);
    memo.set(stack, found);
    return found;
  };
  return at;
}
