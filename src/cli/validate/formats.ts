/// <reference types="node" />
/**
 * The output formats of `validate`: `text` (problems, then a table by
 * template), `json` (one object per refused record, then the summary) and
 * `github` (workflow-command annotations).
 *
 * @packageDocumentation
 */
import type { _CliOutput, _Style } from '../io.js';
import type { _Verdict } from './check.js';
import { _summaryTable, type _Summary } from './summary.js';

/** The formats, as `--format` names them. @internal */
export const _FORMATS: readonly ['text', 'json', 'github'] = Object.freeze(['text', 'json', 'github'] as const);
/** @internal */
export type _Format = (typeof _FORMATS)[number];

/** A refused record: where it is and why. @internal */
export interface _Problem {
  readonly file: string;
  readonly line: number;
  readonly verdict: _Verdict;
}

/** Writes problems as they are found and the summary at the end. @internal */
export interface _Reporter {
  problem(problem: _Problem): void;
  finish(summary: _Summary): void;
}

/** Escapes the message of a GitHub workflow command. @internal */
export function _githubData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property (`file=...`) of a GitHub workflow command. @internal */
export function _githubProperty(text: string): string {
  return _githubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The reporter of a format; `maxErrors` is the number of refused records listed (all when `Infinity`). @internal */
export function _reporterFor(
  format: _Format,
  out: _CliOutput,
  style: (style: _Style, text: string) => string,
  maxErrors: number,
): _Reporter {
  let listed = 0;
  let unlisted = 0;
  const room = (): boolean => {
    if (listed < maxErrors) {
      listed += 1;
      return true;
    }
    unlisted += 1;
    return false;
  };
  const more = (): string =>
    unlisted === 0
      ? ''
      : `... and ${unlisted} more refused record${unlisted === 1 ? '' : 's'} (--max-errors ${maxErrors})`;
  switch (format) {
    case 'json':
      return {
        problem({ file, line, verdict }) {
          if (!room()) return;
          const { topic, template, form, type, issues } = verdict;
          const shown = issues.map(({ path, expected, received, message }) => ({ path, expected, received, message }));
          out.write(
            `${JSON.stringify({ file, line, topic: topic ?? null, template: template ?? null, form: form ?? null, type: type ?? null, issues: shown })}\n`,
          );
        },
        finish(summary) {
          out.write(`${JSON.stringify({ summary: { ...summary.toJSON(), unlisted } })}\n`);
        },
      };
    case 'github':
      return {
        problem({ file, line, verdict }) {
          if (!room()) return;
          const text = verdict.issues.map((issue) => issue.message).join('\n');
          out.write(`::error file=${_githubProperty(file)},line=${line}::${_githubData(text)}\n`);
        },
        finish(summary) {
          const { events, refused } = summary;
          const note = more();
          out.write(
            `::notice::${_githubData(`${events} events checked: ${events - refused} valid, ${refused} refused${note === '' ? '' : `; ${note}`}`)}\n`,
          );
        },
      };
    case 'text':
      return {
        problem({ file, line, verdict }) {
          if (!room()) return;
          const where = style('bold', `${file}:${line}:`);
          for (const issue of verdict.issues) out.write(`${where} ${style('red', issue.message)}\n`);
        },
        finish(summary) {
          const note = more();
          if (note !== '') out.write(`${style('dim', note)}\n`);
          if (listed > 0 || note !== '') out.write('\n');
          out.write(_summaryTable(summary));
        },
      };
  }
}
