/**
 * Non-Latin posts (PRODUCT.md §8): the reference-sized post with its hooks and
 * FULL POST written in Cyrillic, Arabic, Hindi, CJK and emoji-heavy text, each
 * analysed against the English post of the same length. The text is the
 * English post's, letter for letter in the other script (headings,
 * frontmatter and section markers stay as they are), so the post has the same
 * shape, the same number of words and about the same length.
 * Run from bench/run.mjs; `runScriptsBench` reports through its `report`.
 */
import { compare, formatMs } from './measure.mjs';
import { postName, referencePost } from './post.mjs';

// 26 letters each, in the order a..z. Hindi letters carry a vowel sign or a virama now and then, as real text does.
const ALPHABETS = {
	Cyrillic: [...'абвгдежзийклмнопрстуфхцчшщ'],
	Arabic: [...'ابتثجحخدذرزسشصضطظعغفقكلمنه'],
	Hindi: ['क', 'खि', 'ग', 'घ', 'च', 'छा', 'ज', 'झ', 'ट', 'ठी', 'ड', 'ढ', 'ण', 'त्', 'थ', 'द', 'धु', 'न', 'प', 'फ', 'ब', 'भे', 'म', 'य', 'र', 'ल'],
	CJK: [...'的一是不了人我在有他这中大来上国个到说们为子和你地出道'],
};
const EMOJI = ['🚀', '💡', '🔥', '✅', '👉', '🙏', '👨‍👩‍👧', '🇫🇷', '👍🏽', '❤️'];

/** The lines a writer writes in their own language: hook and FULL POST text, not headings, frontmatter or tables. */
function isProse(line, inFrontmatter) {
	return !inFrontmatter && line.trim() !== '' && !/^(#|\||---|- \*\*|- \[)/.test(line);
}

function rewrite(post, letter) {
	let inFrontmatter = false;
	return post.split('\n').map((line, i) => {
		if (line === '---') {
			if (i === 0 || inFrontmatter) inFrontmatter = i === 0;
			return line;
		}
		return isProse(line, inFrontmatter) ? line.replace(/[a-z]/gi, (c) => letter(c.toLowerCase().charCodeAt(0) - 97)) : line;
	}).join('\n');
}

/** The post in `script`; emoji-heavy text is English with an emoji after every third word. */
export function scriptPost(script, variant) {
	const english = referencePost(variant, [postName(variant + 1)]);
	if (script === 'emoji-heavy') {
		let n = 0;
		return rewrite(english, (k) => String.fromCharCode(97 + k)).replace(/^(?!#|\||---|- \*\*|- \[|[a-z_]+:| {2}- )(.+)$/gm, (line) =>
			line.replace(/ /g, () => (++n % 3 === 0 ? ` ${EMOJI[n % EMOJI.length]} ` : ' ')));
	}
	const alphabet = ALPHABETS[script];
	return rewrite(english, (k) => alphabet[k]);
}

/** English posts cut or padded to the same length as `texts`, one for one. */
function englishOfLength(texts) {
	return texts.map((text, i) => {
		const english = referencePost(i, [postName(i + 1)]);
		if (english.length >= text.length) return english.slice(0, text.length);
		return english + '\nMore of the same post, padded to the length of the other one.'.repeat(Math.ceil((text.length - english.length) / 60)).slice(0, text.length - english.length);
	});
}

export function runScriptsBench({ engine, report, quick, resolver }) {
	const options = { path: `posts/${postName(0)}.md`, parseYaml: engine.parseYamlWithGrayMatter, today: '2026-03-01', resolver };
	const timing = quick ? { rounds: 7, batchMs: 25, warmupMs: 800 } : { rounds: 15, batchMs: 40, warmupMs: 1500 };
	for (const script of [...Object.keys(ALPHABETS), 'emoji-heavy']) {
		const texts = Array.from({ length: 16 }, (_, i) => scriptPost(script, i));
		const english = englishOfLength(texts);
		const { subject, reference } = compare(
			(i) => engine.analyze(texts[i % texts.length], options),
			(i) => engine.analyze(english[i % english.length], options),
			timing,
		);
		const ratio = subject / reference;
		report(`${script} post (${texts[0].length} UTF-16 units): analyze`, `${formatMs(subject)} (${ratio.toFixed(2)}×)`, `English of the same length ${formatMs(reference)}`, '≤ 2.0×', ratio <= 2);
	}
}
