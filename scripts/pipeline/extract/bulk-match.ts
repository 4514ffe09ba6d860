/**
 * compromise's bulk matcher (`methods.one.bulkMatch`), which runs its tagger's thousand-odd
 * match rules on each sentence, with the same result in a fraction of the time. Before running
 * any rule, compromise picks the rules a sentence could match: those hooked on a word or tag the
 * sentence has. It does so by asking, for every hook key of the net (thousands), whether the
 * sentence has it, and joining the rule lists with one `concat` each; this asks, for each word
 * and tag the sentence has (dozens), whether it is a hook key. The keys are then put back in
 * the net's key order, so the rules are tried, and tag the words, in exactly compromise's order.
 * Rules are kept and dropped by compromise's own tests (needs, ifNo, wants, minimum words) and
 * run by its own `match`, from the first word that can start them (`matchRule`). Installed by
 * `tagger()`. It relies on compromise 14's internals, so tests/unit/pipeline/bulk-match.test.ts
 * checks that tags come out as compromise's own matcher gives them.
 */

/** One compiled match rule, as compromise's `buildNet` gives it (the fields read here). */
interface Rule {
	match: string;
	regs: Step[];
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

type Pointer = [sentence: number, start: number, end: number, ...ids: string[]];
interface Term {
	normal: string;
	text: string;
	machine: string | null;
	root?: string;
	implicit?: string;
	alias?: string[];
	tags: Set<string>;
}

/** One step of a rule's match (the fields read here); compromise has many more kinds. */
interface Step {
	tag?: string;
	word?: string;
	fastOr?: Set<string>;
	pos?: string;
	operator?: string;
	[other: string]: unknown;
}
interface Methods {
	one: {
		cacheDoc(document: Term[][]): Set<string>[];
		match(document: Term[][], rule: Rule): { ptrs: Pointer[] };
	};
}

/** A rule with its words and tags as numbers (see `HookIndex`). */
interface IndexedRule {
	rule: Rule;
	/** Shared by every rule of the same match text: compromise counts those once. */
	id: number;
	needs: number[];
	ifNo: number[];
	wants: number[];
}

/**
 * A net's hooks for quick lookup. Every word and tag (`#Noun`) a rule hooks on, needs, wants or
 * must not have is a number; a sentence's are marked in `present` with the sentence's stamp,
 * so testing a rule reads a few array slots.
 */
interface HookIndex {
	items: Map<string, number>;
	/** For each item, its hook key's place in compromise's key order, or -1 for none. */
	place: Int32Array;
	/** For each hook key, in compromise's order, its rules. */
	rules: IndexedRule[][];
	/** For each item, the stamp of the sentence that last had it. */
	present: Uint32Array;
	/** For each rule id, the stamp of the sentence it was last taken up for. */
	seen: Uint32Array;
	stamp: number;
}
const indexes = new WeakMap<Net, HookIndex>();

function hookIndex(net: Net): HookIndex {
	let index = indexes.get(net);
	if (index !== undefined) return index;
	const items = new Map<string, number>();
	const item = (key: string) => {
		let i = items.get(key);
		if (i === undefined) items.set(key, (i = items.size));
		return i;
	};
	// Object.keys is the order compromise walks the hooks in (integer-like keys first).
	const keys = Object.keys(net.hooks);
	const places = new Map(keys.map((key, place) => [item(key), place]));
	const ids = new Map<string, number>();
	const rules = keys.map((key) =>
		net.hooks[key]!.map((rule) => {
			let id = ids.get(rule.match);
			if (id === undefined) ids.set(rule.match, (id = ids.size));
			return {
				rule,
				id,
				needs: rule.needs.map(item),
				ifNo: (rule.ifNo ?? []).map(item),
				wants: rule.wants.map(item),
			};
		}),
	);
	const place = new Int32Array(items.size).fill(-1);
	for (const [i, p] of places) place[i] = p;
	index = {
		items,
		place,
		rules,
		present: new Uint32Array(items.size),
		seen: new Uint32Array(ids.size),
		stamp: 0,
	};
	indexes.set(net, index);
	return index;
}

/** compromise's `trimDown` and `tooSmall` tests of one rule against the stamped sentence. */
function mayMatch(
	{ rule, needs, ifNo, wants }: IndexedRule,
	present: Uint32Array,
	stamp: number,
	words: number,
) {
	if (words < rule.minWords) return false;
	for (const need of needs) if (present[need] !== stamp) return false;
	for (const no of ifNo) if (present[no] === stamp) return false;
	if (wants.length === 0) return true;
	let found = 0;
	for (const want of wants) if (present[want] === stamp) found++;
	return found >= rule.minWant;
}

/** The rules worth trying on one sentence (its words and tags are `has`), in compromise's order. */
function rulesFor(net: Net, has: Set<string>, words: number): Rule[] {
	const index = hookIndex(net);
	const { present, seen, place } = index;
	if (index.stamp === 0xffffffff) {
		present.fill(0);
		seen.fill((index.stamp = 0));
	}
	const stamp = ++index.stamp;
	const hooked: number[] = [];
	for (const key of has) {
		const i = index.items.get(key);
		if (i === undefined) continue;
		present[i] = stamp;
		if (place[i]! >= 0) hooked.push(place[i]!);
	}
	hooked.sort((a, b) => a - b);
	// As compromise does: a rule hooked on several keys counts once, where its first key puts it,
	// and is tested once; a rule that fails there is not taken up again under another key.
	const rules: Rule[] = [];
	for (const i of hooked) {
		for (const indexed of index.rules[i]!) {
			if (seen[indexed.id] === stamp) continue;
			seen[indexed.id] = stamp;
			if (mayMatch(indexed, present, stamp, words)) rules.push(indexed.rule);
		}
	}
	for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
	return rules;
}

/** Of a rule's first step, what a word must be to start a match; null when the step is not this simple. */
type FirstWord = (term: Term) => boolean;
const firstWords = new WeakMap<Rule, FirstWord | null>();

/**
 * A test of whether a word can start a match of the rule, when its first step is a plain tag
 * (`#Noun`), word or list of words (`(met|meets)`): compromise's own test of such a step
 * (`doesMatch`), which must pass on the first word of any match. For any other first step
 * (optional, negated, anchored, fuzzy, a choice of phrases, …) null: every word may start one.
 */
function firstWord(rule: Rule): FirstWord | null {
	let test = firstWords.get(rule);
	if (test !== undefined) return test;
	const [step] = rule.regs;
	// A capture group or a repeat (`[#Noun+]`) still needs its first word to match.
	const marks = ['greedy', 'group', 'groupStart', 'groupEnd'];
	const keys = step ? Object.keys(step).filter((key) => step[key] !== undefined && !marks.includes(key)) : [];
	const only = (...allowed: string[]) => keys.every((key) => allowed.includes(key));
	test = null;
	if (step?.tag !== undefined && only('tag')) {
		const tag = step.tag;
		test = (term) => term.tags.has(tag);
	} else if (step?.word !== undefined && only('word')) {
		const word = step.word;
		test = (term) =>
			term.machine === word ||
			term.text === word ||
			term.normal === word ||
			(term.alias?.includes(word) ?? false);
	} else if (step?.fastOr !== undefined && step.operator === 'or' && only('fastOr', 'operator', 'pos')) {
		const { fastOr: words, pos } = step;
		test = (term) =>
			(pos === undefined || term.tags.has(pos)) &&
			(words.has(term.root || term.implicit || term.machine || term.normal) || words.has(term.text));
	}
	firstWords.set(rule, test);
	return test;
}

/**
 * compromise's `match` of one rule on one sentence, tried from the first word that can start it
 * (see `firstWord`), not from every word: no match starts before that word, and from it on the
 * search is compromise's own, on the rest of the sentence, so it finds what compromise finds.
 */
function matchRule(terms: Term[], rule: Rule, methods: Methods): Pointer[] {
	const test = firstWord(rule);
	let from = 0;
	if (test !== null) {
		while (from < terms.length && !test(terms[from]!)) from++;
		if (from === terms.length) return [];
	}
	const { ptrs } = methods.one.match([from === 0 ? terms : terms.slice(from)], rule);
	if (from > 0)
		for (const pointer of ptrs) {
			pointer[1] += from;
			pointer[2] += from;
		}
	return ptrs;
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
			const ptrs = matchRule(document[n]!, rule, methods);
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
