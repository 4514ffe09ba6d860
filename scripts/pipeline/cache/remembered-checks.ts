import { hash } from 'node:crypto';
import type { z } from 'zod';
import type { EntryCache } from './entry-cache.ts';

/** `schema.safeParse(record)`, as the pipeline checks each record it publishes. */
export type CheckRecord = <S extends z.ZodType>(
	schema: S,
	record: unknown,
) => z.ZodSafeParseResult<z.output<S>>;

/** `CheckRecord` by zod itself, remembering nothing. */
export const checkRecord: CheckRecord = (schema, record) => schema.safeParse(record);

/** The checks of one build, remembering what passed for the next (see `rememberedChecks`). */
export interface RememberedChecks {
	/** `checkRecord` for the records of collection `name`. */
	check(name: string): CheckRecord;
	/** The JSON text of a record that passed, made when it was checked, for writing it out. */
	textOf(record: unknown): string | undefined;
	/** Keeps this build's passes for the next build. */
	save(): void;
}

/**
 * `checkRecord`, remembering across builds which records passed. Each record is written out as
 * JSON, which its collection's file needs anyway (see collection-file.ts), and known by its
 * collection's name and a hash of that text; one that passed in the last build passes again without
 * being parsed. The cache is the pipeline code's own (schemas included), and the pipeline
 * publishes the records it checked, not zod's copies of them, which the published schemas would
 * not change anyway (a test holds them to that).
 */
export function rememberedChecks(cache: EntryCache): RememberedChecks {
	const kept = cache.getBytes(PASSED)?.toString('latin1');
	const passedBefore = new Set(kept ? kept.split('\n') : []);
	const passed = new Set<string>();
	const texts = new WeakMap<object, string>();
	return {
		check:
			(name) =>
			<S extends z.ZodType>(schema: S, record: unknown) => {
				const text = JSON.stringify(record);
				// The text hashed alone, not copied into one string with the name.
				const key = `${name}:${hash('sha1', text)}`;
				const result: z.ZodSafeParseResult<z.output<S>> = passedBefore.has(key)
					? { success: true, data: record as z.output<S> }
					: schema.safeParse(record);
				if (result.success) {
					passed.add(key);
					if (typeof record === 'object' && record !== null) texts.set(record, text);
				}
				return result;
			},
		textOf: (record) => (typeof record === 'object' && record !== null ? texts.get(record) : undefined),
		save() {
			const same = passed.size === passedBefore.size && [...passed].every((key) => passedBefore.has(key));
			if (!same) cache.setBytes(PASSED, Buffer.from([...passed].join('\n'), 'latin1'));
		},
	};
}

const PASSED = 'passed-checks';
