import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { type StaticServer, serveDirectory } from '../../../scripts/lib/static-server.ts';

/** Where the e2e tests' pages live. */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * The fixture pages served on 127.0.0.1 for the file or `describe` block that calls this: started
 * before its tests, closed after them. Its `url` ends in a slash, ready for a file name.
 */
export function useFixtureServer(): { readonly url: string } {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDirectory(FIXTURES);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the fixture server is not started');
      return server.url;
    },
  };
}
