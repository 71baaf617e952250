import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/**
 * A log line with fields, e.g. `{ message: 'refused', codes: { FORBIDDEN: 3 }, operation: 'LaoProfile', actor: 'prov.12' }`.
 * Pass it as the message of any Nest Logger call.
 */
export interface LogEvent {
  message: string;
  [field: string]: unknown;
}

export type LogFormat = 'json' | 'text';

type JsonOptions = { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown };

export function isLogEvent(value: unknown): value is LogEvent {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as LogEvent).message === 'string';
}

/**
 * The API's logger. `json` (production): one JSON object a line, fields of a LogEvent at the top level beside
 * level, time and context, so a log pipeline can filter on `code` or `actor` without parsing prose. `text`: one
 * readable line, fields as key=value.
 */
export class AppLogger extends ConsoleLogger {
  constructor(format: LogFormat) {
    super(format === 'json' ? { json: true, colors: false } : {});
  }

  protected override getJsonLogObject(message: unknown, options: JsonOptions) {
    const base = super.getJsonLogObject(message, options);
    // "info" is what log pipelines call Nest's "log".
    const level = (options.logLevel === 'log' ? 'info' : options.logLevel) as LogLevel;
    if (!isLogEvent(message)) return { ...base, level };
    const { message: text, ...fields } = message;
    return { ...base, ...fields, level, message: text };
  }

  protected override stringifyMessage(message: unknown, logLevel: LogLevel): unknown {
    if (!isLogEvent(message)) return super.stringifyMessage(message, logLevel);
    const { message: text, ...fields } = message;
    const pairs = Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    return super.stringifyMessage([text, ...pairs].join(' '), logLevel);
  }
}
