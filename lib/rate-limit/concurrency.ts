/**
 * Runs at most `max` tasks at once in this process; the others wait their turn in order. For
 * heavy work (image decoding) that many people could start together.
 */
export function limitConcurrency(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    // A finished task hands its place straight to the next in line, so a newcomer arriving in
    // between cannot take it too.
    if (running < max) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
