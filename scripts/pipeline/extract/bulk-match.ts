/**
 * compromise's bulk matcher (`methods.one.bulkMatch`), which runs its tagger's thousand-odd
 * match rules on each sentence, with the same result in a fraction of the time. Before running
 * any rule, compromise picks the rules a sentence could match: those hooked on a word or tag the
 * sentence has. It does so by asking, for every hook key of the net (thousands), whether the
 * sentence has it, and joining the rule lists with one `concat` each; this asks, for each word
 * and tag the sentence has (dozens), whether it is a hook key. The keys are then put back in
 * the net's key order, so the rules are tried, and tag the words, in exactly compromise's order.
 * Rules are kept and dropped by compromise's own tests (needs, ifNo, wants, minimum words) and
 * run by its own `match`. Installed by `tagger()`; compromise 14's internals, so
 * tests/unit/pipeline/bulk-match.test.ts checks that tags come out as compromise's own matcher
 * gives them.
 */

/** One compiled match rule, as compromise's `buildNet` gives it (the fields read here). */
interface Rule {
	match: string;
	needs: string[];
	wants: string[];
	minWant: number;
	minWords: number;
	ifNo?: string[];
	unTag?: unknown;
}

/** A compiled net: rules by the word or tag (`#Noun`) that hooks them, and rules with no hook. */
interface Net {
	hooks: Record<string, Rule[]>;
	always: Rule[];
}

type Pointer = [sentence: number, start: number, end: number];
type Term = { normal: string };
interface Methods {
	one: {
		cacheDoc(document: Term[][]): Set<string>[];
		match(document: Term[][], rule: Rule): { ptrs: Pointer[] };
	};
}

/**
 * A net's hooks for quick lookup: each key's place in compromise's key order, and its rules,
 * each with a number shared by every rule of the same match text (compromise counts those once).
 */
interface HookIndex {
	place: Map<string, number>;
	rules: { rule: Rule; id: number }[][];
	/** For each rule number, the sentence it was last taken up for. */
	seen: Uint32Array;
	sentences: number;
}
const indexes = new WeakMap<Net, HookIndex>();

function hookIndex(net: Net): HookIndex {
	let index = indexes.get(net);
	if (index === undefined) {
		// Object.keys is the order compromise walks the hooks in (integer-like keys first).
		const keys = Object.keys(net.hooks);
		const ids = new Map<string, number>();
		const rules = keys.map((key) =>
			net.hooks[key]!.map((rule) => {
				let id = ids.get(rule.match);
				if (id === undefined) ids.set(rule.match, (id = ids.size));
				return { rule, id };
			}),
		);
		index = {
			place: new Map(keys.map((key, i) => [key, i])),
			rules,
			seen: new Uint32Array(ids.size),
			sentences: 0,
		};
		indexes.set(net, index);
	}
	return index;
}

/** compromise's `trimDown` and `tooSmall` tests of one rule against one sentence. */
const mayMatch = (rule: Rule, has: Set<string>, words: number): boolean =>
	rule.needs.every((need) => has.has(need)) &&
	!(rule.ifNo !== undefined && rule.ifNo.some((no) => has.has(no))) &&
	(rule.wants.length === 0 || rule.wants.filter((want) => has.has(want)).length >= rule.minWant) &&
	words >= rule.minWords;

/** The rules worth trying on one sentence, in compromise's order. */
function rulesFor(net: Net, has: Set<string>, words: number): Rule[] {
	const index = hookIndex(net);
	const hooked: number[] = [];
	for (const item of has) {
		const i = index.place.get(item);
		if (i !== undefined) hooked.push(i);
	}
	hooked.sort((a, b) => a - b);
	// As compromise does: a rule hooked on several keys counts once, where its first key puts it,
	// and is tested once; a rule that fails there is not taken up again under another key.
	if (index.sentences === 0xffffffff) index.seen.fill((index.sentences = 0));
	const sentence = ++index.sentences;
	const rules: Rule[] = [];
	for (const i of hooked) {
		for (const { rule, id } of index.rules[i]!) {
			if (index.seen[id] === sentence) continue;
			index.seen[id] = sentence;
			if (mayMatch(rule, has, words)) rules.push(rule);
		}
	}
	for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
	return rules;
}

/** `methods.one.bulkMatch`: every match of the net's rules in the document, in compromise's order. */
export function bulkMatch(
	document: Term[][],
	net: Net,
	methods: Methods,
	options: { matchOne?: boolean } = {},
): (Rule & { pointer: Pointer })[] {
	const caches = methods.one.cacheDoc(document);
	const results: (Rule & { pointer: Pointer })[] = [];
	for (let n = 0; n < document.length; n++) {
		for (const rule of rulesFor(net, caches[n]!, document[n]!.length)) {
			const { ptrs } = methods.one.match([document[n]!], rule);
			if (ptrs.length === 0) continue;
			for (const pointer of ptrs) {
				pointer[0] = n;
				const found = Object.assign({}, rule, { pointer });
				if (rule.unTag !== undefined) found.unTag = rule.unTag;
				results.push(found);
			}
			if (options.matchOne === true) return [results[0]!];
		}
	}
	return results;
}
