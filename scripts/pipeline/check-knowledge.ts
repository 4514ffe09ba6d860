import type { Article } from '../../src/schemas/article.ts';
import { EventSchema } from '../../src/schemas/event.ts';
import { FigureSchema } from '../../src/schemas/figure.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { OfficialSchema } from '../../src/schemas/official.ts';
import { checkRecord, type CheckRecord } from './cache/remembered-checks.ts';
import { error, type Diagnostic } from './diagnostics.ts';
import type { Knowledge } from './extract/index.ts';
import { checkMentions, checkProvenance } from './provenance.ts';

const SCHEMAS = {
	officials: OfficialSchema,
	meetings: MeetingSchema,
	events: EventSchema,
	figures: FigureSchema,
} as const;

/**
 * The problems with what was read from `articles`: each record that its collection's schema
 * refuses (`checkOf(name)` checks the records of collection `name`), each name mention whose
 * offsets miss the name, and each source whose quote is not in the paragraph it cites.
 */
export function checkKnowledge(
	articles: readonly Article[],
	knowledge: Knowledge,
	checkOf: (name: string) => CheckRecord = () => checkRecord,
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const [name, schema] of Object.entries(SCHEMAS)) {
		const check = checkOf(name);
		for (const record of knowledge[name as keyof typeof SCHEMAS]) {
			const result = check(schema, record);
			if (result.success) continue;
			const issue = result.error.issues[0]!;
			diagnostics.push(
				error(`${name}.json`, `${record.id}: field \`${issue.path.join('.')}\`: ${issue.message}`),
			);
		}
	}
	diagnostics.push(...checkMentions(articles, knowledge.officials));
	diagnostics.push(
		...checkProvenance(articles, {
			...knowledge,
			officials: knowledge.officials.map((o) => ({ id: o.id, sources: o.roles.flatMap((r) => r.sources) })),
		}),
	);
	return diagnostics;
}
