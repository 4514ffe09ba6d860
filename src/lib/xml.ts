const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/** Escape text for an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
