import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { watchPeakRss } from './process-memory.ts';
import type { StageCost } from './results.ts';
import { round } from './stats.ts';

/** A stage that exited with an error; its message names the stage and ends with its stderr. */
export class StageError extends Error {
	override name = 'StageError';
}

/** Keep the last `max` characters of a growing stderr, so a chatty stage cannot fill memory. */
export function tail(text: string, max = 8_000): string {
	return text.length <= max ? text : `…${text.slice(-max)}`;
}

/**
 * Run one build stage, `command` with `args` from the project root, and measure it: wall time
 * from spawn to exit, and the peak resident memory of its whole process tree. The project's
 * node_modules/.bin comes first on PATH, so `tsx` and `astro` run on the project's Node.
 * Its output is not shown (a large corpus warns about many articles): stdout is dropped, and the
 * end of stderr is kept for the error.
 * Throws a {@link StageError} naming `stage` when the command fails.
 */
export async function runStage(
	stage: string,
	command: string,
	args: readonly string[],
	env: Record<string, string> = {},
): Promise<StageCost> {
	const bin = resolve('node_modules/.bin');
	const started = performance.now();
	const child = spawn(command, args, {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, ...env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` },
	});
	const memory = watchPeakRss(child.pid!);
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr = tail(stderr + chunk);
	});
	const exit = await new Promise<{ code: number | null; signal: string | null; error?: Error }>((done) => {
		child.once('error', (error) => done({ code: null, signal: null, error }));
		child.once('close', (code, signal) => done({ code, signal }));
	});
	const seconds = round((performance.now() - started) / 1000, 3);
	const peakBytes = await memory.stop();
	if (exit.error || exit.code !== 0)
		throw new StageError(
			`${stage} failed (${exit.error?.message ?? (exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`)}): ` +
				`${command} ${args.join(' ')}\n${stderr.trim() || '(no stderr)'}`,
		);
	return { seconds, peakBytes };
}
