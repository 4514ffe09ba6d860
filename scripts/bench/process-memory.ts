import { readdirSync, readFileSync } from 'node:fs';

/**
 * How peak memory is measured, for the printed table and results.json: the process tree's
 * resident set, summed over the stage's process and every descendant, sampled from /proc.
 * Pages shared between processes are counted once per process, so this is an upper bound.
 */
export const peakMemoryMethod =
	'sum of VmRSS over the stage process and all its descendants, /proc sampled every 100 ms; max over samples';

/**
 * The pid and parent pid in the text of /proc/<pid>/stat. The command name (second field) is in
 * parentheses and may itself hold spaces and parentheses, so fields are read after the last ")".
 */
export function parseStatParent(stat: string): { pid: number; ppid: number } | undefined {
	const close = stat.lastIndexOf(')');
	const pid = Number.parseInt(stat, 10);
	const ppid = Number.parseInt(stat.slice(close + 2).split(' ')[1] ?? '', 10);
	return close === -1 || Number.isNaN(pid) || Number.isNaN(ppid) ? undefined : { pid, ppid };
}

/** Resident memory in bytes from the text of /proc/<pid>/status (its VmRSS line, in kB); 0 when absent. */
export function parseVmRssBytes(status: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
	return match ? Number(match[1]) * 1024 : 0;
}

/** `root` and every pid whose chain of parents (from `parentOf`) leads to it. */
export function treePids(root: number, parentOf: ReadonlyMap<number, number>): number[] {
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const tree = [root];
	for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
	return tree;
}

/** Read a /proc file, or null when the process has gone meanwhile. */
function readProc(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/**
 * The summed resident memory, in bytes, of `root` and its descendants now. Synchronous on
 * purpose: a few hundred small /proc reads take about a millisecond this way, many more with promises.
 */
export function treeRssBytes(root: number): number {
	const parentOf = new Map<number, number>();
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		const stat = readProc(`/proc/${pid}/stat`);
		const parsed = stat === null ? undefined : parseStatParent(stat);
		if (parsed) parentOf.set(parsed.pid, parsed.ppid);
	}
	return treePids(root, parentOf).reduce((sum, pid) => {
		const status = readProc(`/proc/${pid}/status`);
		return sum + (status === null ? 0 : parseVmRssBytes(status));
	}, 0);
}

/**
 * Sample the tree under `root` every `intervalMs` until `stop` is called; `stop` resolves to the
 * largest sample in bytes. One sample runs at a time, so a slow /proc scan delays, never piles up.
 */
export function watchPeakRss(root: number, intervalMs = 100): { stop: () => Promise<number> } {
	let peak = 0;
	let running = true;
	const loop = (async () => {
		while (running) {
			peak = Math.max(peak, treeRssBytes(root));
			await new Promise((resolve) => setTimeout(resolve, intervalMs));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await loop;
			return peak;
		},
	};
}
