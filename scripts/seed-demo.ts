import 'reflect-metadata';
import { createApp, openDatabase } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { seedLaoCai } from './demo/seed-laocai.js';

// Runs the service on a loopback port of its own and loads the demo through its
// HTTP API. With the embedded database, stop `npm start` first (one process per
// data directory); with DATABASE_URL it can run beside a running service.
const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const database = await openDatabase(config);
const app = await createApp(config, database.target);
try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, body: text ? JSON.parse(text) : null };
  };
  const report = await seedLaoCai({ get: (url) => call('GET', url), post: (url, body) => call('POST', url, body) });
  console.log(
    `Demo data: organizations ${report.organizations.created} created, ${report.organizations.existing} already there; ` +
      `people ${report.people.created} created, ${report.people.existing} already there; ` +
      `meeting ${report.meeting.created ? 'recorded' : 'already recorded'} (${report.meeting.id}).`,
  );
} finally {
  await app.close();
  await database.embedded?.stop();
}
