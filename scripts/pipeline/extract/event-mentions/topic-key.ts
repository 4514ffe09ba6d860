import { list } from '../toolkit/lists.ts';

// Words any outlet may add or leave out of a name: "the Sino-Russian summit" is "the summit".
const GENERIC = new Set(
	list(`the a an of on for in and sino chinese china russian russia international meeting meetings conference
	summit forum issues issue near`),
);

/**
 * The topic words of an event's name, sorted, crude plurals folded: what two outlets' names of one
 * thing share ("12th International Meeting of High Representatives for Security Issues" →
 * "12th high representative security").
 */
export function topicKey(name: string): string {
	const words = name
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 1 && !GENERIC.has(w))
		.map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
	return [...new Set(words)].sort().join(' ');
}
