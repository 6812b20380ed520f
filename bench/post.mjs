/**
 * Bench inputs: a post shaped and sized like a real one (about 4.4 KB: twelve
 * frontmatter fields, title, angle, an Idea Legos table, two hooks, a FULL POST
 * of ~260 words and a NOTES list), written for the bench. `variant` changes a
 * few words, the name and the date in each copy so no two files are the same
 * text and no cache anywhere can serve one from another.
 */

const SUBJECTS = ['dashboards', 'standups', 'roadmaps', 'retros', 'wikis', 'on-call rotas', 'design reviews', 'OKRs'];
const TEAMS = ['platform', 'payments', 'search', 'mobile', 'data', 'growth', 'infra'];

function pad(number, width) {
	return String(number).padStart(width, '0');
}

const NAME_WORDS = ['quiet', 'roadmap', 'habit', 'launch', 'review', 'budget', 'hiring', 'async', 'meeting', 'metric', 'incident',
	'handover', 'design', 'pricing', 'support', 'founder', 'churn', 'backlog', 'sprint', 'demo', 'feedback', 'mentor', 'scope', 'debt',
	'release', 'oncall', 'pairing', 'writing', 'offsite', 'ritual', 'estimate', 'ticket', 'partner', 'refactor', 'postmortem', 'sync',
	'owner', 'promise', 'deadline', 'customer', 'platform', 'growth', 'focus'];

/** Note names as people write them: a few words and a number, so no two are alike in length and letters. */
export function postName(variant) {
	const word = (step, offset) => NAME_WORDS[(variant * step + offset) % NAME_WORDS.length];
	return `${word(1, 0)}_${word(7, 3)}${variant % 3 === 0 ? `_${word(11, 5)}` : ''}_${variant.toString(36)}`;
}

/** A reference-sized post; `links` are note names its related_concepts point at. */
export function referencePost(variant = 0, links = ['meeting_culture']) {
	const subject = SUBJECTS[variant % SUBJECTS.length];
	const team = TEAMS[variant % TEAMS.length];
	const day = pad(1 + (variant % 28), 2);
	// A few posts carry the marks the slop rules look for, as real drafts do.
	const dash = variant % 3 === 0 ? ' — mostly' : ', mostly';
	const heres = variant % 5 === 0 ? "Here's what changed." : 'This is what changed.';
	return `---
name: ${postName(variant)}
description: We deleted most of our ${subject} and the ${team} team shipped more. Notes on variant ${variant}.
domain: engineering
node_type: linkedin-post
status: draft
last_updated: 2026-02-${day}
published_date:
tags:
  - engineering-culture
  - ${subject.replace(/\s+/g, '-')}
  - team-habits
topics:
  - working habits
  - tools nobody uses
  - the ${team} team
related_concepts:
${links.map((link) => `  - "[[${link}]]"`).join('\n')}
link:
image:
---

# Fewer ${subject}, more shipping (${variant})
## Angle: Every tool a team adopts has a carrying cost. We measured ours and threw half of it away.

---

## IDEA LEGOS
| Lego | Choice |
|------|--------|
| User's Insight | Tools a team stops looking at still cost attention: someone keeps them alive, someone feels guilty about them, and new hires learn them for nothing. |
| Topic | Deleting ${subject} nobody opens |
| Angle | An audit of our own habits, with numbers, told by the person who built half of them |
| Hook Type | Confession with a number |
| Story Structure | Confession → The audit → What we deleted → What happened → What we kept → Question |
| Psych Triggers | Curiosity Gap, Relief, Permission (you may delete things too) |
| Visual Format | text-only |
| Key Visuals | N/A |

---

### HOOK A (Recommended)
I built 14 of our team's ${subject}. Last month we deleted 11 of them.

Nobody asked for them back.

### HOOK B
The ${team} team had more ${subject} than engineers.

That was the first sign something was off.

---

### FULL POST (using Hook A)

I built 14 of our team's ${subject}. Last month we deleted 11 of them.

Nobody asked for them back.

Each one made sense when I made it. A launch needed watching, a manager wanted a view, an incident left us nervous. Then the launch ended, the manager moved on, the incident faded. The ${subject} stayed.

So we ran a small audit. For two weeks we logged every time someone opened one, and every time someone fixed one that had broken.

The numbers were not kind. Three got daily use. Four were opened only by the person who maintained them. The rest were opened by nobody at all, yet they still broke${dash} when an upstream schema changed.

${heres} We deleted the eleven, wrote one page listing what the remaining three are for, and added a date to each so we look again in six months.

The hard part was not the deleting. It was admitting that most of them had been built to make someone feel safe rather than to answer a question anyone was asking. A view you never open cannot warn you of anything; it only feels like cover.

Onboarding got shorter. The ${team} channel got quieter. Two people got back the afternoon they had been spending on upkeep without ever being asked to.

The lesson for me: building a tool is a decision, but keeping it is also a decision, and we only ever made the first one on purpose.

What is one thing your team maintains that nobody would miss?

---

## NOTES
- **Voice**: first person, plain, a little rueful. The author built the problem, which earns the right to talk about it.
- **Template source**: confession, then evidence, then the lesson stated once. Keep the numbers exact; rounding them makes the story sound invented.
- **Idea Legos**: Confession → Audit → Deletion → Result → Lesson → Question
- **Narrative arc**: I made these → why each made sense → how they outlived their reason → the audit → the numbers → what we did → what changed → lesson → question to the reader
- **Psychological triggers**: Curiosity Gap (which eleven?) + Relief (nothing broke) + Permission (you can delete yours)
- **Hook analysis (Kallaway)**: Single subject: ${subject}. Single question: "Why did nobody ask for them back?" "See more" char count: ~75. Fits mobile: yes.
- **AI slop check**: Checked by hand. Numbers are ours, not rounded for effect.
- **Counter-argument to answer in comments**: "but we needed that view during the outage". Answer: then it earns its place by being opened, and the date on it will show that.
- **Word count**: ~260
- **Follow-up post**: the list of what we removed, with a line on why each existed, kept in case a real need came back. Six weeks on, nobody has opened it.
- **Factual sources**: our own two-week usage log, ${team} team, February 2026
`;
}

/**
 * A long note (~`bytes` UTF-16 units): the reference post with its FULL POST
 * grown by distinct paragraphs. The FULL POST is where the per-character work
 * (slop, words, fold) happens, so it is the part a large note stresses.
 */
export function longPost(bytes, variant = 0) {
	const base = referencePost(variant);
	const marker = '\n---\n\n## NOTES';
	const cut = base.lastIndexOf(marker);
	const paragraphs = [];
	let size = base.length;
	for (let i = 0; size < bytes; i++) {
		const paragraph = `\n\nWeek ${i + 1}: the log showed ${(i * 7) % 31} opens and ${(i * 3) % 5} repairs for the ${SUBJECTS[i % SUBJECTS.length]}. ` +
			`We asked the ${TEAMS[i % TEAMS.length]} team what they would lose if it went away, and wrote the answer down before deciding anything. ` +
			'Most answers were shorter than the question, which told us more than the numbers did.';
		paragraphs.push(paragraph);
		size += paragraph.length;
	}
	return `${base.slice(0, cut)}${paragraphs.join('')}\n${base.slice(cut)}`;
}
