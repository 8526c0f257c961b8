import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy that records every request passing through it and forwards plain HTTP ones (the
 * fixture servers on 127.0.0.1). Firefox gives WebDriver no view of requests made by an
 * extension's background, so the Firefox driver sends all of the browser's traffic through this
 * proxy instead: nothing the browser sends over the network can go round it. HTTPS tunnels
 * (CONNECT) are recorded and refused, as this machine has no network anyway.
 */
export interface ProxiedRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface RecordingProxy {
  port: number;
  readonly seen: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push({ url, headers: req.headers });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push({ url: `https://${req.url ?? ''}`, headers: req.headers });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Firefox preferences that send every request, loopback ones included, through `port`. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}
