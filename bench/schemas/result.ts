/** What the event-parsing benchmark measured: everything `printSchemasBench` prints. */
import type { CompileReport } from './competitors';
import type { ErrorCounts } from './errors';

/** Times are ns per event, each the lowest of the rounds' medians. */
export interface SchemasBenchResult {
  /** CPUs, and the 1-minute load average before and after the timed rounds: other work inflates every figure. */
  readonly cpus: number;
  readonly load: readonly [number, number];
  readonly templates: number;
  readonly validFixtures: number;
  readonly invalidFixtures: number;
  readonly compile: CompileReport;
  /** Invalid fixtures the ajv validator accepts (JSON Schema cannot say what zod checks there). */
  readonly ajvAcceptsInvalid: readonly string[];
  readonly valid: ValidFigures;
  readonly text: {
    readonly jsonParse: number;
    readonly ajv: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
  };
  readonly mixed: {
    readonly ajv: number;
    readonly direct: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
    readonly textSafeParseEvent: number;
  };
  readonly invalid: {
    readonly ajv: number;
    readonly direct: number;
    readonly directWithError: number;
    readonly safeParseEvent: number;
    readonly compiled: number;
  };
  readonly errors: {
    readonly newError: number;
    readonly newErrorNoStack: number;
    /** What swapping `globalThis.Error` for a counting subclass during one pass counts. */
    readonly swappedGlobal: number;
    readonly counted: ErrorCounts;
  };
}

/** The valid set, decoded objects. */
export interface ValidFigures {
  readonly ajv: number;
  readonly direct: number;
  /** The direct call with `{ reportInput: true }`, which parse.ts passes when it checks a refused event again. */
  readonly directReport: number;
  /** `parseTopic` of the event's topic, alone. */
  readonly parseTopic: number;
  readonly safeParseEvent: number;
  readonly compiled: number;
  /** `safeParseEvent` after `compileEventSchemas()`, timed in a child process (see compiled-dispatch.ts). */
  readonly dispatchCompiled: number;
}
