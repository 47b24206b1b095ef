import type { Actor } from '../../src/common/actor.js';
import { EditDirectiveService } from '../../src/directives/edit-directive.service.js';
import type { UpdateDirectiveDto } from '../../src/directives/dto/directive-input.dto.js';
import { createMedium, type Medium } from '../support/medium.js';
import { auditOf, meeting, organization, person } from '../support/medium-fixtures.js';

describe('Directive rules, called on the services', () => {
  let m: Medium;
  let secretariat: Actor, head: Actor, otherHead: Actor;
  let own: string, other: string, third: string;
  let ownPerson: string, otherPerson: string;
  beforeAll(async () => {
    m = await createMedium();
    [secretariat, head, otherHead] = [
      await m.actor('secretariat'),
      await m.actor('department_head'),
      await m.actor('other_department_head'),
    ];
    [own, other] = [head.organizationId!, otherHead.organizationId!];
    third = await organization(m, secretariat);
    [ownPerson, otherPerson] = [await person(m, secretariat, own), await person(m, secretariat, other)];
  });
  afterAll(async () => {
    await m.close();
  });

  /** A fresh directive led by `lead`, with `cooperating` agencies; returns its id and version. */
  async function directive(lead: string, cooperating: string[] = []): Promise<{ id: string; version: number }> {
    const recorded = await meeting(m, secretariat, {
      directives: [{ title: 'Việc cần làm', leadOrganizationId: lead, cooperatingOrganizationIds: cooperating }],
    });
    return recorded.directives[0]!;
  }
  const update = (d: { id: string; version: number }, input: UpdateDirectiveDto, actor: Actor) =>
    m.get(EditDirectiveService).updateDirective(d.id, input, d.version, actor);

  describe('the lead agency is never also a cooperating one', () => {
    it('refuses a new lead that still cooperates, writing nothing', async () => {
      const d = await directive(own, [other]);
      const before = await m.snapshot();
      await expect(update(d, { leadOrganizationId: other }, secretariat)).rejects.toMatchObject({
        code: 'directive_lead_also_cooperating',
      });
      await expect(update(d, { cooperatingOrganizationIds: [third, own] }, secretariat)).rejects.toMatchObject({
        code: 'directive_lead_also_cooperating',
      });
      expect(await m.snapshot()).toEqual(before);
    });

    it('accepts the swap of lead and cooperating agency made in one change', async () => {
      const d = await directive(own, [other]);
      const swapped = await update(d, { leadOrganizationId: other, cooperatingOrganizationIds: [own] }, secretariat);
      expect(swapped.leadOrganization.id).toBe(other);
      expect(swapped.cooperatingOrganizations.map((o) => o.id)).toEqual([own]);
    });

    it('refuses it when a meeting is recorded, storing no part of the meeting', async () => {
      const before = await m.snapshot();
      await expect(
        meeting(m, secretariat, { directives: [{ title: 'Việc', leadOrganizationId: own, cooperatingOrganizationIds: [third, own] }] }),
      ).rejects.toMatchObject({ code: 'directive_lead_also_cooperating' });
      expect(await m.snapshot()).toEqual(before);
    });
  });

  describe('what a department head may change: the owner, of directives their agency leads, to one of their people', () => {
    it('assigns an owner of their own agency, audited as an owner assignment by them', async () => {
      const d = await directive(own, [other]);
      const assigned = await update(d, { ownerId: ownPerson }, head);
      expect(assigned.owner?.id).toBe(ownPerson);
      expect((await auditOf(m, d.id)).slice(-1)).toEqual([
        expect.objectContaining({ action: 'directive.assign_owner', actor_username: 'department_head' }),
      ]);
    });

    it('refuses the wording, deadline or agencies, naming each field', async () => {
      const d = await directive(own);
      const before = await m.snapshot();
      await expect(update(d, { ownerId: ownPerson, title: 'Khác', dueDate: '2024-12-31' }, head)).rejects.toMatchObject({
        code: 'forbidden',
        errors: [expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'dueDate' })],
      });
      expect(await m.snapshot()).toEqual(before);
    });

    it('refuses an owner from another agency', async () => {
      const d = await directive(own);
      const before = await m.snapshot();
      await expect(update(d, { ownerId: otherPerson }, head)).rejects.toMatchObject({
        code: 'directive_owner_outside_agency',
        errors: [expect.objectContaining({ field: 'ownerId' })],
      });
      expect(await m.snapshot()).toEqual(before);
    });

    it('refuses the head of a cooperating agency (it sees the directive, but does not lead it)', async () => {
      const d = await directive(own, [other]);
      await expect(update(d, { ownerId: otherPerson }, otherHead)).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('answers "not found" to the head of an agency that neither leads nor cooperates', async () => {
      const d = await directive(own);
      await expect(update(d, { ownerId: otherPerson }, otherHead)).rejects.toMatchObject({ code: 'directive_not_found' });
    });
  });

  describe('the audit entry is written in the change’s own transaction', () => {
    it('keeps no change whose audit entry cannot be written', async () => {
      const d = await directive(own);
      // Make the audit trail refuse this one kind of entry, as a failing disk or a bug in the entry would. The change's
      // transaction writes its entry into audit_pending (the sealer moves it into audit_entry after the commit).
      await m.sql(`ALTER TABLE audit_pending ADD CONSTRAINT medium_refuses_owner CHECK (action <> 'directive.assign_owner') NOT VALID`);
      try {
        const before = await m.snapshot();
        await expect(update(d, { ownerId: ownPerson }, secretariat)).rejects.toThrow(/medium_refuses_owner/);
        expect(await m.snapshot()).toEqual(before);
      } finally {
        await m.sql('ALTER TABLE audit_pending DROP CONSTRAINT medium_refuses_owner');
      }
      const assigned = await update(d, { ownerId: ownPerson }, secretariat);
      expect(assigned.owner?.id).toBe(ownPerson);
    });
  });
});
