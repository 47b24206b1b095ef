import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEMO_USERS, type EnsuredUser, ensureDemoUsers } from './demo-users.js';
import { MEETING_RECORDED_AT, type StoryReport, type Teller, tellFollowUpStory } from './followup-story.js';
import { httpClient } from './http-client.js';
import { type SeedReport, seedLaoCai } from './seed-laocai.js';
import { mintServiceSession } from './service-session.js';

export interface DemoDataReport {
  laoCai: SeedReport;
  story: StoryReport;
  users: EnsuredUser[];
}

/**
 * Loads the whole demo through the HTTP API of `app`, which must be listening
 * on a loopback port: the accounts, the Lào Cai meeting (recorded the
 * afternoon it was held) and what became of its directives. `at` sets the
 * service's clock to an instant of the story (null: back to its own time).
 */
export async function seedDemoData(app: NestFastifyApplication, at: (instant: string | null) => void): Promise<DemoDataReport> {
  const { port } = app.getHttpServer().address() as { port: number };
  const sessions: { revoke: () => Promise<void> }[] = [];
  const clientFor = async (userId: string) => {
    const session = await mintServiceSession(app, userId);
    sessions.push(session);
    return httpClient(port, session.token);
  };
  try {
    const central = await ensureDemoUsers(
      app,
      DEMO_USERS.filter((u) => !u.organization),
      {},
    );
    const [admin, secretariat] = [central.find((u) => u.role === 'admin')!, central.find((u) => u.role === 'secretariat')!];
    let agency: EnsuredUser[] = [];
    at(MEETING_RECORDED_AT);
    const laoCai = await seedLaoCai(
      { admin: await clientFor(admin.id), secretariat: await clientFor(secretariat.id) },
      async (byShortName) => {
        at(null);
        agency = await ensureDemoUsers(
          app,
          DEMO_USERS.filter((u) => u.organization),
          byShortName,
        );
        at(MEETING_RECORDED_AT);
      },
    ).finally(() => at(null));
    const users = [...central, ...agency];

    const userOf = (teller: Teller): EnsuredUser => {
      const [kind, organization] = teller.split(':') as [string, string | undefined];
      const role = { secretariat: 'secretariat', leader: 'leader', head: 'department_head', staff: 'department_staff' }[kind];
      const demo = DEMO_USERS.find((u) => u.role === role && u.organization === organization);
      const user = users.find((u) => u.username === demo?.username);
      if (!user) throw new Error(`No demo user acts as ${teller}`);
      return user;
    };
    const story = await tellFollowUpStory(laoCai.meeting.id, async (teller) => clientFor(userOf(teller).id), at);
    return { laoCai, story, users };
  } finally {
    for (const session of sessions) await session.revoke();
  }
}
