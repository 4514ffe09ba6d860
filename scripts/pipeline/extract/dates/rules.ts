import { RELATIVE_PERIOD_RULES } from './relative-periods.ts';
import type { Found, Rule } from './rule.ts';
import { WEEKDAY_MONTH_RULES } from './weekdays-months.ts';
import { YEAR_RULES } from './years.ts';

// Expressions chrono does not read as calendar periods: "last month", "in March last year", years.

/** Rules in order of precedence; an earlier rule's match hides the words from later ones. */
const RULES: Rule[] = [...WEEKDAY_MONTH_RULES, ...RELATIVE_PERIOD_RULES, ...YEAR_RULES];

/**
 * The dates the rules read in `sentence`, counted from the publication day number, and the
 * sentence with their words blanked out (same length, so offsets hold) for chrono to read the rest.
 */
export function readByRules(sentence: string, published: number): { found: Found[]; masked: string } {
	const found: Found[] = [];
	let masked = sentence;
	for (const [pattern, read] of RULES) {
		for (const match of masked.matchAll(pattern)) {
			const hit = read(match as RegExpExecArray, published, masked);
			if (!hit) continue;
			found.push(hit);
			masked = masked.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + masked.slice(hit.end);
		}
	}
	return { found, masked };
}
