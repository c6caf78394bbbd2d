// qlobber and mqtt-match ship no types; the benchmarks use this much of them.
declare module 'qlobber' {
  interface QlobberOptions {
    separator?: string;
    wildcard_one?: string;
    wildcard_some?: string;
    match_empty_levels?: boolean;
    cache_adds?: boolean;
  }
  export class Qlobber<T = unknown> {
    constructor(options?: QlobberOptions);
    add(topic: string, value: T): this;
    remove(topic: string, value?: T): this;
    match(topic: string): T[];
    test(topic: string, value: T): boolean;
    clear(): this;
  }
  export class QlobberDedup<T = unknown> {
    constructor(options?: QlobberOptions);
    add(topic: string, value: T): this;
    remove(topic: string, value?: T): this;
    match(topic: string): Set<T>;
    test(topic: string, value: T): boolean;
    clear(): this;
  }
}
declare module 'mqtt-match' {
  export default function mqttMatch(filter: string, topic: string, handleSharedSubscription?: boolean): boolean;
}
