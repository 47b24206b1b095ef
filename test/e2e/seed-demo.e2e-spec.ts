import { seedLaoCai } from '../../scripts/demo/seed-laocai.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('npm run seed:demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads the Lào Cai meeting once; a second run changes nothing', async () => {
    const first = await seedLaoCai({ admin: t.as('admin'), secretariat: t });
    expect(first).toMatchObject({
      organizations: { created: 14, existing: 0 },
      people: { created: 11, existing: 0 },
      meeting: { created: true },
    });
    const afterFirst = await t.snapshot();

    const second = await seedLaoCai({ admin: t.as('admin'), secretariat: t });
    expect(second).toMatchObject({
      organizations: { created: 0, existing: 14 },
      people: { created: 0, existing: 11 },
      meeting: { created: false },
    });
    expect(second.meeting.id).toBe(first.meeting.id);
    expect(await t.snapshot()).toEqual(afterFirst);

    const meeting = await t.get(`/api/v1/meetings/${first.meeting.id}`);
    expect(meeting.body.directives).toHaveLength(8);
    expect(meeting.body.speeches).toHaveLength(11);
  });
});
