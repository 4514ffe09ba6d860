import stock from 'compromise';
import { describe, expect, test } from 'vitest';
import { storySentences } from '../../../scripts/pipeline/extract/sentences.ts';
import { tagger } from '../../../scripts/pipeline/extract/tagger.ts';
import { seedArticles } from './extract-helpers.ts';

// `tagger()` sets up compromise's CommonJS build; the ES build imported here is another copy of
// compromise, left as it comes, to check the set-up against.
type Parse = { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
const words = (parse: Parse) =>
	parse.flatMap((s) => s.terms.map((t) => [t.text, t.offset.start, t.offset.length, t.tags.join(' ')]));
const tags = (nlp: typeof stock, text: string) =>
	words(nlp(text).json({ offset: true, terms: { offset: true } }) as Parse);

const awkward = [
	// Rules hooked on several words and tags, rules with ifNo and wants, contractions, numbers.
	"Officials said they'd met twice, but the ministry didn't confirm it until Tuesday.",
	'Imports fell 12% to $3.4bn in the first quarter, the customs agency said on 3 March.',
	'The minister, who was visiting Kazakhstan, will travel on to Tashkent next week.',
	'“We will keep working,” said Maria Zakharova, spokeswoman for the foreign ministry.',
	'Police detained 40 people and injured 12 others after the protest turned violent.',
	'Xi Jinping and Vladimir Putin signed the joint statement in the Kremlin.',
	'Running late, the delegation skipped the banquet.',
	'So the talks ended.',
];

describe('tagger', () => {
	test('tags the seeds’ sentences exactly as compromise itself does', () => {
		const sentences = storySentences(seedArticles()).map((s) => s.text);
		expect(sentences.length).toBeGreaterThan(50);
		for (const text of sentences) expect(tags(tagger(), text), text).toEqual(tags(stock, text));
	});

	test.each(awkward)('tags “%s” exactly as compromise itself does', (text) => {
		expect(tags(tagger(), text)).toEqual(tags(stock, text));
	});

	test('matches as compromise does, the first match only when asked', () => {
		const text = awkward[3]!;
		expect(tagger()(text).match('#Noun+').out('array')).toEqual(stock(text).match('#Noun+').out('array'));
		expect(tagger()(text).matchOne('#Person+').text()).toBe('Maria Zakharova');
		expect(tagger()(text).matchOne('#Person+').text()).toBe(stock(text).matchOne('#Person+').text());
	});

	test('finds matches that start late in a sentence, groups and repeats included', () => {
		const text = 'After long talks in the city, the ministers signed three new security agreements.';
		for (const pattern of [
			'#Verb #Value',
			'[#Adjective+] #Noun',
			'(signed|agreed) #Value? #Adjective',
			'security .',
		])
			expect(tagger()(text).match(pattern).out('array'), pattern).toEqual(
				stock(text).match(pattern).out('array'),
			);
		expect(tagger()(text).match('signed [#Value]', 0).text()).toBe('three');
	});

	test('leaves chunks to be computed by whoever needs them', () => {
		const text = 'The delegation wanted to see the port.';
		const doc = tagger()(text);
		// The tagging rules chunk a few words themselves ("wanted", "see"); the chunker does the rest.
		expect(doc.docs[0]!.filter((term) => term.chunk === undefined).length).toBeGreaterThan(0);
		expect(stock(text).docs[0]!.filter((term) => term.chunk === undefined)).toEqual([]);
		doc.compute('chunks');
		expect(doc.docs[0]!.map((term) => term.chunk)).toEqual(stock(text).docs[0]!.map((term) => term.chunk));
	});
});
