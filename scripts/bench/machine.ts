import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import type { Machine } from './results.ts';

/** The PRETTY_NAME of an /etc/os-release text, or undefined when it has none. */
export function prettyOsName(osRelease: string): string | undefined {
	return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1];
}

/** Describe this machine: CPU model, cores, memory, OS, Node, and the given Chromium version. */
export async function describeMachine(chromium: string, date = new Date()): Promise<Machine> {
	const distribution = prettyOsName(await readFile('/etc/os-release', 'utf8').catch(() => ''));
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
		cores: availableParallelism(),
		memoryBytes: totalmem(),
		os: `${distribution ? `${distribution}, ` : ''}${type()} ${release()}`,
		node: process.version,
		chromium,
		date: date.toISOString().replace(/\.\d+Z$/, 'Z'),
	};
}
