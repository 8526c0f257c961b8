import type { CDPSession } from 'playwright-core';

/**
 * What a page that never highlighted looked like from the inside, for the bench's error message:
 * which script worlds exist in it (is Milia Lens's content script there at all?) and, in the
 * extension's world, whether it still has an extension context and whether a storage read
 * answers. The content script reads its settings from sync storage before anything else, so a
 * read that never answers leaves the page exactly as the stuck loads did: no highlight, no UI
 * host, no console message.
 */
export async function diagnoseStuckPage(cdp: CDPSession, extensionName: string): Promise<string> {
  const contexts: { id: number; name: string; origin: string; type: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    contexts.push({
      id: context.id,
      name: context.name,
      origin: context.origin,
      type: aux?.type ?? '',
    });
  });
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200));
  const worlds = contexts.map((c) => `${c.type || 'main'}:${c.name || c.origin}`).join(', ');
  const own = contexts.find((c) => c.type === 'isolated' && c.name === extensionName);
  if (!own) return `worlds [${worlds}], no Milia Lens world, busiest: ${await busiest(cdp)}`;
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: own.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const id = globalThis.chrome?.runtime?.id ?? null;
      const read = (area) => Promise.race([
        chrome.storage[area].get('settings').then(() => 'answers', (e) => 'fails: ' + e),
        new Promise((r) => setTimeout(() => r('no answer in 5 s'), 5000)),
      ]);
      return { id, sync: id ? await read('sync') : 'n/a', local: id ? await read('local') : 'n/a' };
    })()`,
  });
  return `worlds [${worlds}], Milia Lens world: ${JSON.stringify(result.value)}, busiest: ${await busiest(cdp)}`;
}

/** The functions that took the most main-thread time in two seconds of sampling. */
async function busiest(cdp: CDPSession): Promise<string> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await new Promise((r) => setTimeout(r, 2000));
  const { profile } = await cdp.send('Profiler.stop');
  const hits = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const id of profile.samples ?? []) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'}@${file}:${frame.lineNumber}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
  }
  const total = profile.samples?.length ?? 0;
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([key, n]) => `${key} ${((100 * n) / total).toFixed(0)}%`)
    .join('; ');
}
