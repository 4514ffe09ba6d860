import { error, warning, type Diagnostic } from './diagnostics.ts';

/** The largest raw article the pipeline accepts; a longer file is a whole site or a scrape gone wrong. */
export const MAX_ARTICLE_BYTES = 1_000_000;

export interface Decoded {
	/** The text with line endings as "\n" and no byte-order mark; null when nothing could be read. */
	text: string | null;
	diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Turns a raw file's bytes into text. Empty, binary and oversized files are errors; a
 * byte-order mark and text in a legacy single-byte encoding are read with a warning.
 */
export function decodeArticle(file: string, bytes: Uint8Array): Decoded {
	if (bytes.length > MAX_ARTICLE_BYTES) {
		const size = (bytes.length / 1_000_000).toFixed(1);
		return fail(
			file,
			`is ${size} MB; one article may be at most ${MAX_ARTICLE_BYTES / 1_000_000} MB (is this a whole page dump or several articles in one file?)`,
		);
	}
	if (looksBinary(bytes)) return fail(file, 'is binary, not text (it contains NUL or control bytes)');

	const diagnostics: Diagnostic[] = [];
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		text = windows1252.decode(bytes);
		diagnostics.push(
			warning(
				file,
				`is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); read it as Windows-1252 — check accented letters on its page`,
			),
		);
	}
	if (text.startsWith('\uFEFF')) {
		text = text.slice(1);
		diagnostics.push(warning(file, 'starts with a byte-order mark; removed it'));
	}
	text = text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') return { text: null, diagnostics: [...diagnostics, error(file, 'is empty')] };
	return { text, diagnostics };
}

function fail(file: string, message: string): Decoded {
	return { text: null, diagnostics: [error(file, message)] };
}

/** NUL bytes, or more than 1% C0 control bytes other than tab and line breaks, mean "not text". */
function looksBinary(bytes: Uint8Array): boolean {
	let controls = 0;
	for (const byte of bytes) {
		if (byte === 0) return true;
		if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
	}
	return controls > bytes.length / 100;
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		const length =
			lead < 0x80
				? 1
				: lead >= 0xc2 && lead < 0xe0
					? 2
					: lead >= 0xe0 && lead < 0xf0
						? 3
						: lead >= 0xf0 && lead < 0xf5
							? 4
							: 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return i;
		}
		i += length;
	}
	return i;
}
