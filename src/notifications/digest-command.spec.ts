import { describeDigestResult, parseDigestCommand } from './digest-command.js';
import type { DigestResult } from './run-digest.service.js';

describe('npm run digest', () => {
  it('reads a day and --force', () => {
    expect(parseDigestCommand(['--date', '2024-10-15', '--force'])).toEqual({ kind: 'run', date: '2024-10-15', force: true });
    expect(parseDigestCommand([])).toEqual({ kind: 'run', date: undefined, force: false });
  });

  it('says a date that is no calendar day is invalid', () => {
    expect(parseDigestCommand(['--date', '2024-02-30'])).toEqual({
      kind: 'mistake',
      message: '--date 2024-02-30 is not a valid date: write a real calendar day as YYYY-MM-DD, such as 2024-10-15.',
    });
  });

  it('answers --help with the usage, and an unknown option or a missing value with a mistake instead of a stack trace', () => {
    expect(parseDigestCommand(['--help'])).toEqual({ kind: 'help' });
    expect(parseDigestCommand(['--dry-run'])).toEqual({ kind: 'mistake', message: expect.stringContaining("Unknown option '--dry-run'") });
    expect(parseDigestCommand(['--date'])).toEqual({
      kind: 'mistake',
      message: expect.stringContaining("Option '--date <value>' argument missing"),
    });
  });

  const result: DigestResult = {
    day: '2024-10-15',
    ran: true,
    written: { dueSoon: 2, overdue: 3, escalated: 1 },
    mailsSent: 3,
    mailsFailed: 1,
    failures: [{ day: '2024-10-15', address: 'hopthu-hong@sokhac.gov.vn', error: '550 No such mailbox', attempts: 1, willRetry: true }],
    mails: { sent: 3, pending: 1, givenUp: 0 },
  };

  it('tells what a run wrote and where its mail stands', () => {
    expect(describeDigestResult(result, true).split('\n')).toEqual([
      'Digest of 2024-10-15 (15/10/2024):',
      '  notifications written: 2 due soon, 3 overdue, 1 escalated (6 in all)',
      "  mail: 3 sent now, 1 failed now; the day's mail: 3 sent, 1 pending (the service's minute check tries them again), 0 given up",
      '    not sent to hopthu-hong@sokhac.gov.vn (attempt 1 of 10): 550 No such mailbox',
    ]);
    expect(
      describeDigestResult({ ...result, mailsSent: 0, mailsFailed: 0, failures: [], mails: { sent: 0, pending: 0, givenUp: 0 } }, false),
    ).toBe(
      [
        'Digest of 2024-10-15 (15/10/2024):',
        '  notifications written: 2 due soon, 3 overdue, 1 escalated (6 in all)',
        '  mail: off (SMTP_URL is not set)',
      ].join('\n'),
    );
  });

  it('tells of a day that already ran, with its mail', () => {
    expect(describeDigestResult({ ...result, ran: false, mailsSent: 0, mailsFailed: 0, failures: [] }, true)).toBe(
      'The digest of 2024-10-15 (15/10/2024) has already run; nothing done (use --force to run it again).\n' +
        "Its mail: 3 sent, 1 pending (the service's minute check tries them again), 0 given up.",
    );
  });
});
