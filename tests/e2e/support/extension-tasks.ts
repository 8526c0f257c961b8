import type { Page } from 'playwright-core';

/**
 * How long the extension keeps a page's main thread busy, measured from a Chromium performance
 * trace. A PerformanceObserver 'longtask' entry says a task was long but not whose it was, and
 * long-animation-frame entries list page scripts only, never content scripts. The trace's CPU
 * samples do carry the script URL of every frame on the stack, so each long task's time can be
 * split into "the extension's code was on the stack" and the rest (the page's own scripts,
 * layout, garbage collection).
 */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      startTime?: number;
      timeDeltas?: number[];
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: {
            url: string;
            functionName?: string;
            lineNumber?: number;
            columnNumber?: number;
          };
        }[];
        samples?: number[];
      };
    };
  };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

/** Starts tracing the browser; the returned function stops it and hands back the events. */
export async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => {
    for (const event of chunk.value) events.push(event as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
    return events;
  };
}

export interface TaskShare {
  /** The whole task, ms. */
  taskMs: number;
  /**
   * CPU time in it with the extension's code on the stack, ms: the sampled wall time scaled by
   * the task's CPU/wall ratio, so a machine busy with other work (CI, parallel builds) does not
   * count the time the thread sat descheduled against the extension.
   */
  extensionMs: number;
  /** The extension functions that ran longest in it (innermost frame), for the failure message. */
  hot: string[];
}

interface Sample {
  t: number;
  /** The innermost extension frame on the stack, or null when none is the extension's. */
  ours: string | null;
}

/** Tasks over `limit` ms and the extension's share of each, busiest share first. */
export function longTasks(events: TraceEvent[], extensionOrigin: string, limit = 50): TaskShare[] {
  const samples = samplesByThread(events, extensionOrigin);
  const shares: TaskShare[] = [];
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || (task.dur ?? 0) <= limit * 1000) continue;
    const thread = samples.get(`${task.pid}:${task.tid}`) ?? [];
    const end = task.ts + task.dur!;
    let ours = 0;
    const byFunction = new Map<string, number>();
    for (let i = 0; i < thread.length - 1; i++) {
      const s = thread[i]!;
      if (s.t < task.ts || s.t >= end || !s.ours) continue;
      const spent = Math.min(thread[i + 1]!.t, end) - s.t;
      ours += spent;
      byFunction.set(s.ours, (byFunction.get(s.ours) ?? 0) + spent);
    }
    const hot = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const cpu = task.tdur ? Math.min(1, task.tdur / task.dur!) : 1;
    shares.push({
      taskMs: task.dur! / 1000,
      extensionMs: (ours * cpu) / 1000,
      hot: hot.map(([name, us]) => `${name} ${Math.round(us / 1000)}ms`),
    });
  }
  return shares.sort((a, b) => b.extensionMs - a.extensionMs);
}

/** CPU samples per thread, each marked by whether any frame on its stack is the extension's. */
function samplesByThread(events: TraceEvent[], origin: string): Map<string, Sample[]> {
  const profiles = new Map<
    string,
    { thread: string; t: number; parents: Map<number, number>; frames: Map<number, Frame> }
  >();
  const out = new Map<string, Sample[]>();
  const pending: { key: string; event: TraceEvent }[] = [];
  for (const event of events) {
    const key = `${event.pid}:${event.id}`;
    if (event.name === 'Profile') {
      profiles.set(key, {
        thread: `${event.pid}:${event.tid}`,
        t: event.args?.data?.startTime ?? event.ts,
        parents: new Map(),
        frames: new Map(),
      });
    } else if (event.name === 'ProfileChunk') {
      pending.push({ key, event });
    }
  }
  pending.sort((a, b) => a.event.ts - b.event.ts);
  for (const { key, event } of pending) {
    const profile = profiles.get(key);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const { url, functionName, lineNumber, columnNumber } = node.callFrame;
      profile.frames.set(node.id, {
        url: url ?? '',
        name: `${functionName || '(anonymous)'}@${lineNumber ?? 0}:${columnNumber ?? 0}`,
      });
      if (node.parent !== undefined) profile.parents.set(node.id, node.parent);
    }
    const list = out.get(profile.thread) ?? [];
    out.set(profile.thread, list);
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      profile.t += data.timeDeltas?.[i] ?? 0;
      list.push({ t: profile.t, ours: innermostOurs(profile, node, origin) });
    });
  }
  for (const list of out.values()) list.sort((a, b) => a.t - b.t);
  return out;
}

interface Frame {
  url: string;
  name: string;
}

function innermostOurs(
  profile: { parents: Map<number, number>; frames: Map<number, Frame> },
  node: number,
  origin: string,
): string | null {
  for (let id: number | undefined = node; id !== undefined; id = profile.parents.get(id)) {
    const frame = profile.frames.get(id);
    if (frame?.url.startsWith(origin)) return frame.name;
  }
  return null;
}
