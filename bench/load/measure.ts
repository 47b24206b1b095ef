import autocannon from 'autocannon';
import { cpuSeconds, rssMb } from '../support/built-service.js';
import type { Endpoint } from './endpoints.js';
import type { Target } from './targets.js';

export interface Run {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Process CPU (user + system) per answered request, in microseconds. */
  cpuMicros: number;
  peakRssMb: number;
  /** Answers other than 2xx: the target is broken. */
  refused: number;
  /** Connection errors and timeouts (30 s): the machine is overloaded. */
  errors: number;
}

/**
 * One autocannon run against `target`: `connections` connections as fast as it
 * answers, or `rate` requests/s in all (`overallRate`) for latency at a fixed
 * load. CPU comes from /proc before and after, RSS is sampled every 50 ms.
 */
export async function measure(
  target: Target,
  endpoint: Endpoint,
  options: { seconds: number; connections: number; rate?: number },
): Promise<Run> {
  let peak = await rssMb(target.pid);
  const sampler = setInterval(() => {
    rssMb(target.pid).then(
      (mb) => (peak = Math.max(peak, mb)),
      () => undefined,
    );
  }, 50);
  const cpuBefore = await cpuSeconds(target.pid);
  try {
    const result = await autocannon({
      url: target.base,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
      ...(options.rate ? { overallRate: options.rate } : {}),
      requests: [
        {
          setupRequest: (request) => {
            const spec = endpoint.next();
            return {
              ...request,
              method: spec.method,
              path: spec.path,
              headers: { ...request.headers, ...spec.headers },
              body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
            };
          },
        },
      ],
    });
    const cpu = (await cpuSeconds(target.pid)) - cpuBefore;
    const answered = result.requests.total;
    return {
      requests: answered,
      requestsPerSecond: answered / options.seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      cpuMicros: answered > 0 ? (cpu * 1e6) / answered : 0,
      peakRssMb: peak,
      refused: result.non2xx,
      errors: result.errors,
    };
  } finally {
    clearInterval(sampler);
    await idle(target.pid);
  }
}

/**
 * Autocannon stops at the deadline with requests still in flight; a slow write
 * keeps the target busy after it. The next run starts once the process has
 * used no CPU for 100 ms (at most 10 s), so it neither inherits that backlog
 * nor counts its CPU.
 */
async function idle(pid: number): Promise<void> {
  let last = await cpuSeconds(pid);
  for (let waited = 0; waited < 10_000; waited += 100) {
    await new Promise((wait) => setTimeout(wait, 100));
    const now = await cpuSeconds(pid);
    if (now === last) return;
    last = now;
  }
}
