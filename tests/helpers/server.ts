// Starts the real server on a random loopback port (for browser tests and benchmarks).
import type { Config } from '../../server/config.ts';
import { createTestApp } from './app.ts';

export async function startTestServer(overrides: Partial<Config> = {}): Promise<{ url: string; dataDir: string; close(): Promise<void> }> {
  const test = await createTestApp(overrides);
  const address = await test.app.listen({ port: 0, host: '127.0.0.1' });
  return { url: address, dataDir: test.dataDir, close: test.close };
}
