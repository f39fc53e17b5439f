/**
 * Global setup of the attack suite: one example-app server (real process, own database copy)
 * shared by the test files that do not need their own, since every server start costs seconds
 * (PGlite's WebAssembly Postgres). Tests reach it with `inject('registration')`.
 */
import type { TestProject } from 'vitest/node';
import { removeData, startRegistrationServer } from '../registration-server';

declare module 'vitest' {
  export interface ProvidedContext {
    registration: { base: string; port: number; dataDir: string; firstStartLog: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startRegistrationServer();
  project.provide('registration', { base: server.base, port: server.port, dataDir: server.dataDir, firstStartLog: server.firstStartLog });
  return async () => {
    await server.stop();
    await removeData(server);
  };
}
