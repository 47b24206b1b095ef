import { parseArgs } from 'node:util';
import { isDateOnly } from '../common/validation/date-only.js';
import { MAIL_MAX_ATTEMPTS } from './deliver-digest-mail.js';
import { vietnameseDate } from './digest-time.js';
import type { DigestResult } from './run-digest.service.js';

export const DIGEST_USAGE = [
  'Usage: npm run digest -- [--date YYYY-MM-DD] [--force]',
  '',
  '  --date YYYY-MM-DD  the day to run (default: today in APP_TIME_ZONE)',
  '  --force            run a day again that already ran: no notification is written twice and no mail',
  '                     already sent goes again; mail not sent yet is rendered anew and tried afresh',
  '  --help             print this and stop',
].join('\n');

/** What `npm run digest -- …` was asked: a day to run, the usage, or a mistake (exit 2) with what is wrong. */
export type DigestCommand =
  { kind: 'run'; date: string | undefined; force: boolean } | { kind: 'help' } | { kind: 'mistake'; message: string };

export function parseDigestCommand(args: readonly string[]): DigestCommand {
  let values: { date?: string; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        date: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // Unknown options, stray words, --date without its value.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) return { kind: 'mistake', message: (error as Error).message };
    throw error;
  }
  if (values.help) return { kind: 'help' };
  if (values.date !== undefined && !isDateOnly(values.date)) {
    return {
      kind: 'mistake',
      message: `--date ${values.date} is not a valid date: write a real calendar day as YYYY-MM-DD, such as 2024-10-15.`,
    };
  }
  return { kind: 'run', date: values.date, force: values.force ?? false };
}

/** What a run did, for the person who ran it. */
export function describeDigestResult(result: DigestResult, mailOn: boolean): string {
  const day = `${result.day} (${vietnameseDate(result.day)})`;
  const { sent, pending, givenUp } = result.mails;
  const standing = `${sent} sent, ${pending} pending (the service's minute check tries them again), ${givenUp} given up`;
  if (!result.ran) {
    return [
      `The digest of ${day} has already run; nothing done (use --force to run it again).`,
      ...(mailOn ? [`Its mail: ${standing}.`] : []),
    ].join('\n');
  }
  const { dueSoon, overdue, escalated } = result.written;
  return [
    `Digest of ${day}:`,
    `  notifications written: ${dueSoon} due soon, ${overdue} overdue, ${escalated} escalated (${dueSoon + overdue + escalated} in all)`,
    mailOn
      ? `  mail: ${result.mailsSent} sent now, ${result.mailsFailed} failed now; the day's mail: ${standing}`
      : '  mail: off (SMTP_URL is not set)',
    ...result.failures.map(
      (f) => `    not sent to ${f.address} (attempt ${f.attempts} of ${MAIL_MAX_ATTEMPTS}${f.willRetry ? '' : ', the last'}): ${f.error}`,
    ),
  ].join('\n');
}
