/**
 * A tiny XML well-formedness check, enough for the pictures this module writes: balanced tags,
 * quoted and unique attributes, escaped `<` and `&`, one root. No DOM needed, so unit tests can run
 * it in Node. `xmlProblems('<a><b></a>')` → `['line 1: </a> closes <b>']`
 */
export function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	let roots = 0;
	let i = 0;
	const lineAt = (at: number) => xml.slice(0, at).split('\n').length;
	const NAME = /^[A-Za-z_][\w.:-]*/;
	const checkText = (text: string, at: number) => {
		if (text.includes('<')) problems.push(`line ${lineAt(at)}: raw "<" in text`);
		const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.exec(text);
		if (amp) problems.push(`line ${lineAt(at + amp.index)}: unescaped "&"`);
	};
	while (i < xml.length) {
		const lt = xml.indexOf('<', i);
		const text = xml.slice(i, lt < 0 ? xml.length : lt);
		if (stack.length === 0 && text.trim() !== '')
			problems.push(`line ${lineAt(i)}: text outside the root`);
		checkText(text, i);
		if (lt < 0) break;
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			if (end < 0) return [...problems, `line ${lineAt(lt)}: unclosed comment`];
			if (xml.slice(lt + 4, end).includes('--'))
				problems.push(`line ${lineAt(lt)}: "--" in comment`);
			i = end + 3;
			continue;
		}
		if (xml.startsWith('<?', lt)) {
			const end = xml.indexOf('?>', lt);
			if (end < 0) return [...problems, `line ${lineAt(lt)}: unclosed declaration`];
			i = end + 2;
			continue;
		}
		if (!/[A-Za-z_/]/.test(xml[lt + 1] ?? '')) {
			problems.push(`line ${lineAt(lt)}: raw "<" in text`);
			i = lt + 1;
			continue;
		}
		const gt = findTagEnd(xml, lt);
		if (gt < 0) return [...problems, `line ${lineAt(lt)}: unclosed tag`];
		const tag = xml.slice(lt + 1, gt);
		if (tag.startsWith('/')) {
			const name = tag.slice(1).trim();
			const open = stack.pop();
			if (open !== name) problems.push(`line ${lineAt(lt)}: </${name}> closes <${open ?? ''}>`);
		} else {
			const selfClosing = tag.endsWith('/');
			const body = selfClosing ? tag.slice(0, -1) : tag;
			const name = NAME.exec(body)?.[0];
			if (!name) {
				problems.push(`line ${lineAt(lt)}: bad tag name`);
			} else {
				if (stack.length === 0) roots++;
				const rest = body.slice(name.length);
				const seen = new Set<string>();
				const attr = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
				let at = 0;
				while (at < rest.length) {
					attr.lastIndex = at;
					const m = attr.exec(rest);
					if (!m) {
						if (rest.slice(at).trim() !== '')
							problems.push(`line ${lineAt(lt)}: bad attribute in <${name}>`);
						break;
					}
					const key = m[1] ?? '';
					if (seen.has(key)) problems.push(`line ${lineAt(lt)}: ${key} twice in <${name}>`);
					seen.add(key);
					checkText(m[3] ?? m[4] ?? '', lt);
					at = attr.lastIndex;
				}
				if (!selfClosing) stack.push(name);
			}
		}
		i = gt + 1;
	}
	if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
	if (roots !== 1) problems.push(`${roots} root elements`);
	return problems;
}

/** The `>` ending the tag opened at `lt`, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, lt: number): number {
	let quote = '';
	for (let i = lt + 1; i < xml.length; i++) {
		const c = xml[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i;
	}
	return -1;
}
