#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, type Config } from '@safegrid/platform';
import { isDomainError } from '@safegrid/core';
import { auditCommand } from './commands/audit-commands.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { calendarImportCommand, calendarListCommand, calendarSetCommand, escalateCommand } from './commands/calendar-commands.js';
import { demoCommand } from './commands/seed-demo.js';
import { jobsListCommand, jobsRetryCommand, jobsRunCommand, workerCommand } from './commands/job-commands.js';
import { importGridsCommand, importUnitsCommand, importUsersCommand } from './commands/import-commands.js';
import { migrateCommand } from './commands/migrate.js';
import { serveCommand } from './commands/serve.js';
import { userAddCommand, userPasswdCommand, userUnlockCommand } from './commands/user-commands.js';
import { apikeyCommand } from './commands/apikey-commands.js';
import { secretsCommand } from './commands/secret-commands.js';
import { cliConfig, isInteractive, toolEnvironment } from './config.js';
import { createOutput, EXIT, UsageError, type Output } from './output.js';

const USAGE = `safegrid — 安全生产网格化监管平台

usage:
  safegrid serve [--demo]                 run the platform (--demo: seed the demo district into an empty database);
                                          runs jobs in the same process unless SAFEGRID_JOBS=off
  safegrid worker                         run only the job runner (no HTTP), e.g. beside serve with SAFEGRID_JOBS=off
  safegrid jobs list [--state S] [--district D]
                                          recent jobs with state, attempts, progress and last error
  safegrid jobs retry ID                  send a failed (retrying or dead) job back to the queue
  safegrid jobs run KIND [--district D]   enqueue a job now (risk.regrade, sessions.purge)
  safegrid migrate                        apply pending database migrations
  safegrid audit verify [--district D]    walk each district's hash-chained audit trail and name the first
                                          broken link (row, edited/deleted/inserted/reordered); exit 1 if broken
  safegrid backup [FILE]                  online, consistent backup while the server runs (SQLite backup API,
                                          or pg_dump -Fc); default <data dir>/backups/safegrid-<time>.db|.dump
  safegrid restore FILE [--force]         bring a backup back (stop the server first; --force replaces a
                                          database that already holds SafeGrid data)
  safegrid demo [--units N] [--hazards N] [--seed N]
                                          generate the demo district 武进区 into an empty database
  safegrid user add --username U --role R [--name N] [--region CODE] [--grid ID ...]
                    [--sector S ...] [--unit ID] [--phone P] (--password-stdin | --password P)
  safegrid user passwd --username U (--password-stdin | --password P)
  safegrid user unlock --username U       end the lock after repeated wrong passwords (as the district office)
  safegrid calendar list [--year Y] [--district D]
                                          the year's holidays and 调休 working days, and where each comes from
  safegrid calendar set DATE work|off|default [--name N] [--district D]
                                          set one day of the district's own calendar (default: back to national)
  safegrid calendar import FILE [--district D]
                                          set days from lines "date,work|off,name" (next year's official list)
  safegrid escalate [--date D] [--district D]
                                          run automatic 督办 (催办, overdue, escalation) as of date D; idempotent
  safegrid import units FILE [--dry-run] [--on-existing update|skip] [--district D] [--map "heading=field" ...]
                    [--report OUT.xlsx]   台账导入 from xlsx or CSV (UTF-8 or GB 18030): --dry-run checks every row
                                          (--report writes the sheet with bad cells marked); otherwise all rows or none
  safegrid import users FILE [--dry-run] [--district D]
                                          账号导入 (role and scope per row): --dry-run checks every row; otherwise all
                                          accounts or none, printing each generated initial password once
  safegrid import grids FILE.geojson [--dry-run] [--district D]
                                          网格边界导入 from a GeoJSON FeatureCollection (WGS84): all grids or none
  safegrid apikey issue --name N [--per-hour N] [--district D]
                                          issue an Open311 API key for a client system (shown once)
  safegrid apikey list [--district D]     the Open311 API keys with their names, limits and state
  safegrid apikey revoke ID [--district D]
                                          revoke an API key at once
  safegrid secrets rotate-key [--new-key-file FILE] [--skip-unreadable]
                                          re-seal every two-step verification secret under a new key in one
                                          transaction (all or none); without --new-key-file a new random key
                                          becomes <data dir>/secret.key (0600). Stop the servers first. Refused,
                                          naming the accounts, when a secret cannot be opened, unless
                                          --skip-unreadable (they stay as they are). Keys are never printed

options: --json (machine-readable output), --help
environment: SAFEGRID_DATABASE_URL, SAFEGRID_DATA_DIR, PORT, HOST, LOG_LEVEL, … (see .env.example);
             a .env file in the working directory (or SAFEGRID_ENV_FILE) is read, real variables win`;

const OPTIONS = {
  help: { type: 'boolean' },
  json: { type: 'boolean' },
  demo: { type: 'boolean' },
  units: { type: 'string' },
  hazards: { type: 'string' },
  seed: { type: 'string' },
  username: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  district: { type: 'string' },
  region: { type: 'string' },
  grid: { type: 'string', multiple: true },
  sector: { type: 'string', multiple: true },
  unit: { type: 'string' },
  phone: { type: 'string' },
  password: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  force: { type: 'boolean' },
  state: { type: 'string' },
  year: { type: 'string' },
  date: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'on-existing': { type: 'string' },
  map: { type: 'string', multiple: true },
  report: { type: 'string' },
  'per-hour': { type: 'string' },
  'new-key-file': { type: 'string' },
  'skip-unreadable': { type: 'boolean' },
} as const;

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} must be a whole number`);
  return value;
}

/** `safegrid import units FILE …`: the 台账导入 (other imports to come). */
async function importCommand(config: Config, output: Output, positionals: string[], values: ParsedValues): Promise<number> {
  if (positionals[1] === 'users' && positionals.length === 3) {
    await importUsersCommand(config, output, { file: positionals[2], dryRun: values['dry-run'], district: values.district });
    return EXIT.ok;
  }
  if (positionals[1] === 'grids' && positionals.length === 3) {
    await importGridsCommand(config, output, { file: positionals[2], dryRun: values['dry-run'], district: values.district });
    return EXIT.ok;
  }
  if (positionals[1] !== 'units' || positionals.length !== 3) throw new UsageError('usage: safegrid import units|users|grids FILE [--dry-run] [--on-existing update|skip]');
  await importUnitsCommand(config, output, {
    file: positionals[2], dryRun: values['dry-run'], onExisting: values['on-existing'], district: values.district, map: values.map, report: values.report,
  });
  return EXIT.ok;
}

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** `safegrid calendar …` and `safegrid escalate` (ADR 0063). */
async function runCalendarCommand(config: Config, output: Output, positionals: readonly string[], values: { year?: string; date?: string; name?: string; district?: string }): Promise<number> {
  const [command, subcommand, argument] = positionals;
  switch (`${command}${subcommand ? ` ${subcommand}` : ''}`) {
    case 'calendar list':
      await calendarListCommand(config, output, { year: values.year, district: values.district });
      return EXIT.ok;
    case 'calendar set':
      await calendarSetCommand(config, output, { date: argument, state: positionals[3], name: values.name, district: values.district });
      return EXIT.ok;
    case 'calendar import':
      await calendarImportCommand(config, output, { file: argument, district: values.district });
      return EXIT.ok;
    case 'escalate':
      await escalateCommand(config, output, { date: values.date, district: values.district });
      return EXIT.ok;
    default:
      throw new UsageError(`unknown command "${positionals.join(' ')}"`);
  }
}

/**
 * Commands that take a file name where others take a subcommand (backup, restore), or dispatch
 * their own subcommands (calendar, audit, import, apikey, secrets); null for every other command.
 */
async function runStandaloneCommand(input: {
  command: string;
  subcommand: string | undefined;
  positionals: string[];
  values: ParsedValues;
  config: ReturnType<typeof cliConfig>;
  output: ReturnType<typeof createOutput>;
}): Promise<number | null> {
  const { command, subcommand, positionals, values, config, output } = input;
  switch (command) {
    case 'backup':
      if (positionals.length > 2) throw new UsageError('backup takes at most one file name');
      await backupCommand(config, output, { file: subcommand, environment: toolEnvironment() });
      return EXIT.ok;
    case 'restore':
      if (!subcommand || positionals.length > 2) throw new UsageError('restore needs exactly one file name');
      await restoreCommand(config, output, { file: subcommand, force: values.force ?? false, environment: toolEnvironment() });
      return EXIT.ok;
    case 'calendar':
    case 'escalate':
      return runCalendarCommand(config, output, positionals, values);
    case 'audit':
      return auditCommand(config, output, { subcommand, district: values.district });
    case 'import':
      return importCommand(config, output, positionals, values);
    case 'apikey':
      await apikeyCommand(config, output, { subcommand, id: positionals[2], name: values.name, perHour: positiveInteger('per-hour', values['per-hour']), district: values.district });
      return EXIT.ok;
    case 'secrets':
      if (positionals.length > 2) throw new UsageError('usage: safegrid secrets rotate-key [--new-key-file FILE] [--skip-unreadable]');
      await secretsCommand(config, output, { subcommand, newKeyFile: values['new-key-file'], skipUnreadable: values['skip-unreadable'] });
      return EXIT.ok;
    default:
      return null;
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const output = createOutput({ json: values.json ?? false, interactive: isInteractive() });
  const [command, subcommand, argument] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const config = cliConfig();
  const password = { password: values.password, passwordStdin: values['password-stdin'] };
  const standalone = await runStandaloneCommand({ command, subcommand, positionals, values, config, output });
  if (standalone !== null) return standalone;
  switch (`${command}${subcommand ? ` ${subcommand}` : ''}`) {
    case 'serve':
      await serveCommand(config, output, { demo: values.demo });
      return EXIT.ok;
    case 'migrate':
      await migrateCommand(config, output);
      return EXIT.ok;
    case 'worker':
      await workerCommand(config, output);
      return EXIT.ok;
    case 'jobs list':
      await jobsListCommand(config, output, { state: values.state, district: values.district });
      return EXIT.ok;
    case 'jobs retry':
      await jobsRetryCommand(config, output, { id: argument });
      return EXIT.ok;
    case 'jobs run':
      await jobsRunCommand(config, output, { kind: argument, district: values.district });
      return EXIT.ok;
    case 'demo':
      await demoCommand(config, output, {
        units: positiveInteger('units', values.units),
        hazards: positiveInteger('hazards', values.hazards),
        seed: positiveInteger('seed', values.seed),
      });
      return EXIT.ok;
    case 'user add':
      await userAddCommand(config, output, { ...values, ...password });
      return EXIT.ok;
    case 'user passwd':
      await userPasswdCommand(config, output, { username: values.username, ...password });
      return EXIT.ok;
    case 'user unlock':
      await userUnlockCommand(config, output, { username: values.username });
      return EXIT.ok;
    default:
      throw new UsageError(`unknown command "${positionals.join(' ')}"`);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code !== EXIT.ok) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = EXIT.usage;
    } else if (isDomainError(error)) {
      const fields = error.fields.map((field) => `${field.path}: ${field.code}`).join(', ');
      process.stderr.write(`refused (${error.code}): ${error.message}${fields ? ` [${fields}]` : ''}\n`);
      process.exitCode = EXIT.failure;
    } else {
      process.stderr.write(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.failure;
    }
  },
);
